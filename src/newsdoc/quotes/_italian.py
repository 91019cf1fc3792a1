"""Facts of Italian grammar the speaker mechanisms ask about.

- ``lo_article``: whether "Lo" opening a clause is the definite article ("Lo
  storico Paolo Neri ha detto") or the object clitic ("Lo ha detto il
  ministro"), which the shared tables list only as the neuter "lo" of Spanish
  ("Lo que …") and as a clitic.
- ``predicative``: an adjective right after a verb of saying that describes its
  subject, the "complemento predicativo del soggetto" ("«…», commenta amaro
  Paolo Neri", "«…», dice sconsolata."; Serianni, on the predicative complement): it stands
  between the verb and an inverted subject, and agrees with the subject in
  number and gender, so it tells a dropped subject's features.  Spanish has the
  same complement ("«…», afirmó convencida", "explicó emocionado el alcalde";
  RAE, *Nueva gramática*, ch. 38, "el complemento predicativo"), read with its
  own endings.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.speakers import DETERMINERS

__all__ = ["lo_article", "predicative", "predicative_features"]

# The onsets that take the article "lo" (and "gli", "uno") instead of "il":
# s followed by a consonant ("lo storico", "lo scrittore"), z ("lo zio"), gn
# ("lo gnomo"), ps and pn ("lo psicologo", "lo pneumologo"), x and y ("lo
# xilofono", "lo yogurt") and i before a vowel ("lo iato"); L. Serianni,
# *Grammatica italiana*, UTET 1989, on the forms of the article (Treccani,
# *Enciclopedia dell'Italiano*, "articolo").  Read on the lower-cased next word.
_LO_ONSET = regex.compile(r"(?:s[^\W\d_aeiouàèéìòóù]|z|gn|ps|pn|x|y|i[aeiouàèéìòóù])")
# Finite endings of a verb after an object clitic "Lo" that an onset above may
# open: first plural present and the third persons of the imperfect and the
# simple past ("Lo stiamo …", "Lo spiegavano", "Lo scrissero").
_FINITE_ENDINGS = ("iamo", "ava", "avano", "eva", "evano", "iva", "ivano", "arono", "erono")


def lo_article(word: str, next_word: str, after_next: str | None) -> bool:
    """Return whether ``word`` ("lo", any case) is the article of ``next_word``.

    "Lo storico", "Lo stesso ministro", "Lo Stato", "Lo zio": the onset of the
    next word takes the article.  "Lo scrive il giornale", "Lo stiamo facendo":
    a verb of saying, a finite ending, or an article right after (a verb, then
    its subject) make it the object clitic.  ``after_next`` is the word after
    ``next_word``, lower case, or None.

    Example:
        >>> lo_article("Lo", "storico", "Paolo")
        True
        >>> lo_article("Lo", "scrive", "il")
        False
        >>> lo_article("Lo", "ha", "detto")
        False
    """
    if word.lower() != "lo":
        return False
    nxt = next_word.lower()
    if _LO_ONSET.match(nxt) is None:
        return False
    if nxt in CUE_VERBS["it"] or nxt.endswith(_FINITE_ENDINGS):
        return False
    return after_next is None or after_next not in DETERMINERS["it"]


# The endings of an Italian adjective of the first class that show number and
# gender ("amaro", "amara", "amari"; Serianni, on the inflection of the
# adjective).  "-e" is left out: it is the singular of the second class
# ("triste") and the feminine plural of the first ("amare"), so it shows
# neither; "-i" shows the plural only ("tristi").
# Spanish adjectives of the first class show number and gender the same way with
# "-o", "-a", "-os", "-as" ("convencido", "convencidas"); "-e" and "-es" show neither
# gender ("tajante", "tajantes").
_ADJECTIVE_FEATURES: Mapping[str, Mapping[str, tuple[str, str | None]]] = {
    "it": {"o": ("sg", "m"), "a": ("sg", "f"), "i": ("pl", None)},
    "es": {"o": ("sg", "m"), "a": ("sg", "f"), "os": ("pl", "m"), "as": ("pl", "f")},
}
# A lower-case word that may be an adjective: letters only, the language's ending.
# A language with no entry reads none.
_ADJECTIVE: Mapping[str, regex.Pattern[str]] = {
    "it": regex.compile(r"\p{Ll}{3,}[aeio]"),
    "es": regex.compile(r"\p{Ll}{3,}[aeo]s?"),
}
# The endings of finite verbs, gerunds and infinitives, never an adjective after
# a verb of saying ("dice parlando", "ha detto andando", "dijo riendo"): -ndo,
# -re, -no, and the adverbs in -mente.
_NOT_ADJECTIVE_ENDINGS = ("ndo", "re", "no", "mente")


def predicative(word: str, language: str) -> bool:
    """Return whether ``word`` after a verb of saying may be a predicative adjective.

    Italian and Spanish: a lower-case open-class word with an adjective's ending,
    no verb of saying, no gerund, infinitive or adverb ("amaro", "sconsolata",
    "soddisfatti", "convencida").

    Example:
        >>> [predicative(w, "it") for w in ("sconsolata", "ieri", "parlando")]
        [True, False, False]
    """
    pattern = _ADJECTIVE.get(language)
    return (
        pattern is not None
        and pattern.fullmatch(word) is not None
        and closed_class(word, language) is None
        and word not in CUE_VERBS[language]
        and not word.endswith(_NOT_ADJECTIVE_ENDINGS)
    )


def predicative_features(word: str, language: str) -> tuple[str, str | None] | None:
    """Return the (number, gender) a predicative adjective shows, or None.

    Example:
        >>> predicative_features("sconsolata", "it"), predicative_features("triste", "it")
        (('sg', 'f'), None)
        >>> predicative_features("convencida", "es"), predicative_features("tajante", "es")
        (('sg', 'f'), None)
    """
    if not predicative(word, language):
        return None
    endings = _ADJECTIVE_FEATURES[language]
    return endings.get(word[-2:]) or endings.get(word[-1])
