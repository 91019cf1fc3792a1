"""Impersonal verbs, whose subject pronoun names nobody (French *il*).

"Il faut", "il s'agit de", "il y a", "il semble que", "il paraît que",
"il suffit de", "il convient de", "il importe de", "il vaut mieux": the
*il* of these verbs is an apparent subject ("sujet apparent") that stands for
no person and no thing, so it is never the speaker of a quotation in its
clause.  The table holds the verbs French grammar lists as impersonal: the
essentially impersonal *falloir*, *s'agir*, *y avoir*, and the personal verbs
most often built impersonally with a completive or an infinitive (*sembler*,
*paraître*, *suffire*, *convenir*, *importer*, *valoir mieux*).  Verbs that are
as often personal with a person as subject (*rester*, *arriver*, *manquer*,
*être*) are left out: "il reste ministre" names someone.

The forms are the third person singular of the narrative tenses (present,
imperfect, simple past, future, conditional) and the compound past.

Sources: Grevisse & Goosse, *Le Bon Usage*, on impersonal verbs and the
apparent subject *il*; school summaries of the same classes
(etudes-litteraires.com, "Les verbes impersonnels"; leflepourlescurieux.fr,
"Verbes impersonnels"; skuola.net, "Verbes impersonnels").  Spanish and
Italian drop their subject pronouns, so no expletive pronoun stands before
their impersonal verbs and the table holds nothing for them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["EXPLETIVE_PRONOUNS", "IMPERSONAL_VERBS"]

#: The pronoun an impersonal verb takes as its apparent subject.
EXPLETIVE_PRONOUNS: Mapping[str, str] = MappingProxyType({"fr": "il"})

#: The forms of the impersonal verbs after their apparent subject, lower case,
#: a space between the words of a form ("y a", "s'agit").
IMPERSONAL_VERBS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset(
            {
                # falloir
                *("faut", "fallait", "fallut", "faudra", "faudrait"),
                *("a fallu", "avait fallu", "aurait fallu"),
                # s'agir (the reflexive pronoun elided before the vowel)
                *("s'agit", "s'agissait", "s'agira", "s'agirait", "s'est agi"),
                # y avoir
                *("y a", "y avait", "y eut", "y aura", "y aurait", "y a eu", "y avait eu"),
                # sembler
                *("semble", "semblait", "sembla", "semblera", "semblerait", "a semblé"),
                # paraître (with and without the circumflex of the 1990 spelling)
                *("paraît", "parait", "paraissait", "parut", "paraîtra", "paraîtrait"),
                # suffire
                *("suffit", "suffisait", "suffira", "suffirait", "a suffi"),
                # convenir
                *("convient", "convenait", "conviendra", "conviendrait"),
                # importer
                *("importe", "importait", "importera", "importerait"),
                # valoir mieux
                *("vaut", "valait", "vaudra", "vaudrait"),
            }
        ),
    }
)
