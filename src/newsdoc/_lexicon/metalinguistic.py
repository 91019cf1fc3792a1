"""Nouns that mention a word or a phrase: "l’expression « … »", "lo slogan «…»", "el lema «…»".

A quoted phrase in apposition right after such a noun is mentioned, not said:
it names the expression (Grevisse & Goosse, *Le Bon Usage*, on autonymy and the
quotation marks of mention; Serianni, *Grammatica italiana*, on the
metalinguistic use of the virgolette; RAE, *Ortografía de la lengua española*
(2010), on the metalinguistic use of the comillas).  Like the title of a work
after "le film", it is a name, not a quotation.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["MENTION_NOUNS"]

#: The nouns of mention per language (lower case, singular and plural).
MENTION_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset(
            "expression expressions slogan slogans formule formules terme termes "
            "mot-clé hashtag mot-dièse devise thème intitulé label".split()
        ),
        "it": frozenset(
            "espressione espressioni slogan formula formule termine termini "
            "hashtag motto tema dicitura etichetta".split()
        ),
        "es": frozenset(
            "expresión expresiones eslogan eslóganes lema lemas fórmula fórmulas "
            "término términos etiqueta hashtag tema".split()
        ),
    }
)
