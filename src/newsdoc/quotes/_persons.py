"""A noun phrase headed by a noun of person: "la experta", "el canciller de México".

Spanish and French name the people of a story again and again by their office,
trade or role ("Ana Ruiz … la alcaldesa", "la catedrática … la experta",
"le chercheur"), and such a phrase can be the subject who speaks.  The noun must
be the head of the phrase: after its determiners and at most one adjective set
before the noun ("la antigua ministra", "le nouveau président"), and followed
by nothing, a complement ("el jefe de la cartera", "la ministre des Armées"), a
name ("el ministro Luis Soto") or an adjective ("el médico forense"), never by a
verb ("su hermano llegó de noche" is a clause, not a noun phrase) — and "la
defensa de los vecinos" is about a deed, whatever noun its complement holds.

The nouns are :data:`newsdoc._lexicon.persons.PERSON_NOUNS`; a prefix of office
makes a noun of person again ("exministra", "vice-président").
"""

from __future__ import annotations

from newsdoc._grammar import closed_class
from newsdoc._lexicon.persons import PERSON_NOUNS
from newsdoc._lexicon.speakers import OFFICE_PREFIXES

__all__ = ["person_head"]

_Tok = tuple[int, int, str]

# Adjectives written before a noun of person: former, new, first, young, current
# (RAE, *Nueva gramática*, ch. 13 "El adjetivo", the adjectives set before the
# noun; *Le Bon Usage*, the place of the epithet adjective), lower case.
_PRENOMINAL: dict[str, frozenset[str]] = {
    "es": frozenset(
        "antiguo antigua nuevo nueva primer primera joven actual gran futuro futura "
        "propio propia célebre conocido conocida".split()
    ),
    "fr": frozenset(
        "ancien ancienne nouveau nouvel nouvelle premier première jeune actuel actuelle "
        "grand grande futur future célèbre".split()
    ),
    # (Serianni, *Grammatica italiana*, V, the place of the adjective)
    "it": frozenset(
        "ex nuovo nuova primo prima giovane attuale gran grande futuro futura celebre noto "
        "nota".split()
    ),
}


def _person_noun(word: str, language: str) -> bool:
    """Return whether ``word`` is a noun of person, alone or after a prefix of office."""
    nouns = PERSON_NOUNS.get(language, frozenset())
    if word in nouns:
        return True
    for prefix in OFFICE_PREFIXES.get(language, ()):
        if word.startswith(prefix) and word[len(prefix) :].lstrip("-") in nouns:
            return True
    return False


def person_head(text: str, toks: list[_Tok], language: str) -> bool:
    """Return whether the noun phrase of ``toks`` is headed by a noun of person.

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> def headed(s, lang="es"):
        ...     return person_head(s, tokens(s, 0, len(s)), lang)
        >>> headed("la experta"), headed("El jefe del servicio"), headed("la antigua ministra")
        (True, True, True)
        >>> headed("la defensa de los vecinos"), headed("su hermano llegó de noche")
        (False, False)
        >>> headed("le nouveau président", "fr"), headed("la fin des chercheurs", "fr")
        (True, False)
    """
    if language not in PERSON_NOUNS:
        return False
    k = 0
    while k < len(toks) and closed_class(toks[k][2], language) in {"determiner", "numeral"}:
        k += 1
    if k < len(toks) - 1 and toks[k][2] in _PRENOMINAL[language]:
        k += 1
    if k >= len(toks) or not _person_noun(toks[k][2], language):
        return False
    if k + 1 == len(toks):
        return True
    # (imported here: the chunker reads `_cues`, which reads this module)
    from newsdoc.quotes._chunk import adjective_like

    start, _end, word = toks[k + 1]
    return (
        text[start].isupper()
        or closed_class(word, language) in {"preposition", "conjunction", "determiner"}
        or adjective_like(word, language)
    )
