"""A source phrase inside a sentence, with no comma after it (private helper of ``quotes``).

"Per di più secondo l’ex generale i carri armati servono a poco", "Según el
ministro Luis Soto las obras terminarán en mayo", "Selon l’expert la crue
passera": the phrase after a source preposition names who the sentence's
words come from, and so who may go on speaking in the next quotation ("«…
– ha proseguito – …»").  With a comma after it the cue readers find it; without
one, where the phrase ends is read from its shape (Serianni, on the
preposition "secondo", "secondo X" meaning "according to X"): an
article, one noun (an elided article and a prefix such as "ex" may be glued to
it: "l’ex generale") and the name after it, or a name alone.

Only "secondo", "según" and "selon" are read ("per", "para", "pour" more often
mean "for"), and only where no other cue of the sentence credited anyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newsdoc._grammar import closed_class
from newsdoc._lexicon.speakers import DETERMINERS, OFFICE_PREFIXES
from newsdoc.quotes._cues import tokens

__all__ = ["source_phrase"]

#: The prepositions of a source that mean nothing else (lower case).
_SOURCES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "it": frozenset({"secondo"}),
        "es": frozenset({"según"}),
        "fr": frozenset({"selon"}),
    }
)
# How many words of a name may follow the noun ("il ministro Luis Soto").
_NAME_WORDS = 4


def source_phrase(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Return the noun phrase after a source preposition in the sentence ``text[start:end]``.

    Example:
        >>> t = "Per di più secondo l’ex generale i carri armati servono a poco."
        >>> s, e = source_phrase(t, 0, len(t), "it")
        >>> t[s:e]
        'l’ex generale'
        >>> t = "Secondo il ministro Paolo Neri i carri armati servono a poco."
        >>> s, e = source_phrase(t, 0, len(t), "it")
        >>> t[s:e]
        'il ministro Paolo Neri'
    """
    sources = _SOURCES.get(language)
    if not sources:
        return None
    words = tokens(text, start, end)
    at = next((k for k, w in enumerate(words) if w[2] in sources), -1)
    if at < 0 or at + 1 >= len(words):
        return None
    k = at + 1
    first = words[k]
    if text[first[1] : first[1] + 1] == ",":
        return None  # "secondo X, …": the cue readers have it
    dets = DETERMINERS.get(language, frozenset())
    opened = first[2] in dets or _elided(first[2], dets)
    if opened:
        if first[2] in dets:  # "il ministro": the noun after the article
            k += 1
            if k >= len(words) or not text[words[k][0]].islower():
                return None
        if closed_class(_after_elision(words[k][2]), language) is not None:
            return None  # "secondo il quale": a relative, read elsewhere
        if (
            _after_elision(words[k][2]) in OFFICE_PREFIXES.get(language, ())
            and k + 1 < len(words)
            and text[words[k + 1][0]].islower()
        ):
            k += 1  # "l’ex generale": the prefix of office, then the noun
        phrase_end = words[k][1]
        k += 1
    elif text[first[0]].isupper():
        phrase_end = first[1]
        k += 1
    else:
        return None
    # the name set after the noun, or the rest of a name: "Paolo Neri"
    n = 0
    while k < len(words) and n < _NAME_WORDS and text[words[k][0]].isupper():
        if text[words[k - 1][1] : words[k][0]].strip():
            break  # a mark between: the phrase has ended
        phrase_end = words[k][1]
        k += 1
        n += 1
    return first[0], phrase_end


def _elided(word: str, dets: frozenset[str]) -> bool:
    """Return whether ``word`` opens with an elided article ("l’ex", "l'esperto")."""
    cut = max(word.find("'"), word.find("’"))
    return 0 < cut < len(word) - 1 and word[: cut + 1] in dets


def _after_elision(word: str) -> str:
    """Return ``word`` without the elided article glued to it."""
    cut = max(word.find("'"), word.find("’"))
    return word[cut + 1 :] if 0 < cut < len(word) - 1 else word
