"""The second words of Romance verb groups of saying: "fa sapere", "fait savoir", "taglia corto".

A verb of saying may be a periphrasis: a causative verb and an infinitive of
knowing or noticing ("fare sapere", "far notare", "far presente"; "faire
savoir", "faire valoir", "faire remarquer"; "hacer saber", "hacer notar", "hacer
constar"), or a verb and an adverbial adjective that together mean "to say
curtly" ("tagliare corto", "couper court", "trancher net"), or a light verb and
a bare noun that together mean "to say the same" ("fare eco": "Gli fa eco il
sindaco", Treccani, *eco*: "fare eco a qualcuno", to repeat or back his words).
In an incise the subject follows the whole group: "«…», fa sapere il ministero",
"« … », coupe court la ministre". Sources: Serianni, *Grammatica italiana*, XI
(the causative "fare" + infinitive); Grevisse & Goosse, *Le Bon Usage*, on
"faire" + infinitive as a semi-auxiliary; RAE, *Nueva gramática*, ch. 26
(causative "hacer" + infinitive); the idioms as the Treccani, Larousse and DLE
dictionaries give them.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["VERB_GROUP_COMPLEMENTS"]

#: Words that complete a verb group of saying right after its verb (lower case):
#: the infinitive after a causative verb, or the adverbial adjective of an idiom.
VERB_GROUP_COMPLEMENTS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "it": frozenset({"sapere", "notare", "presente", "corto", "osservare", "eco"}),
        "fr": frozenset({"savoir", "valoir", "remarquer", "observer", "court", "net"}),
        "es": frozenset({"saber", "notar", "constar", "observar"}),
    }
)
