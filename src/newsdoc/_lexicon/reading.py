"""Impersonal constructions that give a text as the source of a quotation.

"« … », peut-on lire dans le communiqué", "«…», se lee en el informe",
"«…», puede leerse en la nota", "«…», si legge nel documento", "«…», è scritto
nella lettera": no person speaks; the subject is impersonal and the verb is one
of reading or writing, and the text after the locative preposition is the
source.  Each language's entry is built from three closed parts, not typed phrase
by phrase:

* the impersonal subject and where it stands: French *on* inverted after the
  verb in an incise, with the euphonic *-t-* after a vowel, or before it
  ("comme on peut le lire dans") (Grevisse, *Le Bon Usage*, on the indefinite
  pronoun *on* and on subject inversion in incises); Spanish *se* of the
  *pasiva refleja* before the verb, or enclitic on the infinitive after
  *poder* ("puede leerse") (RAE, *Nueva gramática de la lengua española*,
  ch. 41, passive and impersonal *se*); Italian *si passivante* before the
  verb or enclitic on the infinitive ("può leggersi") (Serianni, *Grammatica
  italiana*, on the *si passivante*);
* the third-person forms of the verbs of reading and writing (*lire*,
  *écrire*; *leer*, *escribir*; *leggere*, *scrivere*) in the narrative
  tenses (present, imperfect, simple past, future, conditional) and of the
  modal *can* (*pouvoir*, *poder*, *potere*) that governs them;
* the periphrastic passive of *to write* with *to be* ("est-il écrit",
  "está escrito", "è scritto", "viene scritto");
* the locative prepositions that introduce a text, with Italian articulated
  forms ("nel", "nella", "sull’").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["READING", "Reading"]


@attrs.frozen(kw_only=True)
class Reading:
    """One language's impersonal reading construction, as its closed parts.

    ``read`` and ``write`` are third-person finite forms; ``can`` the forms of
    the modal; ``infinitive`` the infinitive of *to read* and
    ``enclitic`` the same with the impersonal pronoun attached ("leerse"); ``participle`` the
    participle of *to write* in the passive; ``be`` the forms of the passive
    auxiliary; ``impersonal`` the impersonal pronoun; ``prepositions`` the
    locative prepositions before the text; ``openers`` the conjunctions that
    may open the construction ("comme", "como", "come").

    Example:
        >>> "legge" in READING["it"].read
        True
    """

    read: tuple[str, ...]
    write: tuple[str, ...]
    can: tuple[str, ...]
    infinitive: str
    enclitic: str
    participle: tuple[str, ...]
    be: tuple[str, ...]
    impersonal: str
    prepositions: tuple[str, ...]
    openers: tuple[str, ...]


#: The construction per language (lower case).
READING: Mapping[str, Reading] = MappingProxyType(
    {
        "fr": Reading(
            read=("lit", "lisait", "lut", "lira", "lirait"),
            write=("écrit", "écrivait", "écrivit", "écrira"),
            can=("peut", "pouvait", "put", "pourra", "pourrait"),
            infinitive="lire",
            enclitic="",
            participle=("écrit", "indiqué", "précisé", "mentionné"),
            be=("est", "était", "sera"),
            impersonal="on",
            prepositions=("dans", "sur", "en"),
            openers=("comme",),
        ),
        "es": Reading(
            read=("lee", "leía", "leyó", "leerá"),
            write=("escribe", "escribía", "escribió"),
            can=("puede", "podía", "pudo", "podrá", "podría"),
            infinitive="leer",
            enclitic="leerse",
            participle=("escrito", "escrita"),
            be=("está", "estaba", "estará", "es", "era", "fue"),
            impersonal="se",
            prepositions=("en",),
            openers=("como", "según"),
        ),
        "it": Reading(
            read=("legge", "leggeva", "lesse", "leggerà"),
            write=("scrive", "scriveva", "scrisse"),
            can=("può", "poteva", "poté", "potrà", "potrebbe"),
            infinitive="leggere",
            enclitic="leggersi",
            participle=("scritto", "scritta"),
            be=("è", "era", "sarà", "viene", "veniva"),
            impersonal="si",
            prepositions=(
                "in",
                "nel",
                "nella",
                "nello",
                "nei",
                "negli",
                "nelle",
                "nell’",
                "nell'",
                "sul",
                "sulla",
                "sullo",
                "sui",
                "sugli",
                "sulle",
                "sull’",
                "sull'",
            ),
            openers=("come",),
        ),
    }
)
