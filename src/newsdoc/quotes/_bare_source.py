"""English: a bare plural noun after "according to" (private helper of ``quotes``).

"according to officials", "according to people familiar with the plan",
"according to analysts polled by the paper": the object of a source
preposition names the source even with no determiner and no capital, as
plural and mass nouns stand bare in English (Quirk et al., § 5.26 on the zero
article of plural count nouns).  Only a noun of persons or of a speaking body
(tables ``SOURCE_NOUNS``, ``OFFICE_NOUNS``, in the plural) is read, so
"according to plan" or "according to estimates" still names nobody.  The
phrase runs to the next word that ends a speaker phrase ("officials in Ohio":
"officials").
"""

from __future__ import annotations

from newsdoc._lexicon.grammar import AFTER_STOP, CLAUSE_WORDS
from newsdoc._lexicon.speakers import OFFICE_NOUNS, SOURCE_NOUNS

__all__ = ["bare_source_after"]

# Plurals of person nouns that do not add "s" (lower case).
_IRREGULAR = frozenset({"people", "police", "men", "women", "sources", "residents"})
# How many words the phrase may hold ("people familiar with the matter").
_WORDS = 6


def _persons(word: str) -> bool:
    """Return whether ``word`` is a plural noun of persons or bodies ("officials")."""
    nouns = SOURCE_NOUNS["en"] | OFFICE_NOUNS["en"]
    return word in _IRREGULAR or (word.endswith("s") and word[:-1] in nouns)


def bare_source_after(
    text: str, toks: list[tuple[int, int, str]], language: str
) -> tuple[int, int] | None:
    """Return the bare plural noun phrase opening ``toks``, the words after a source preposition.

    ``toks`` are (start, end, lower-cased word) tokens of ``text``; None when
    they open with no bare plural noun of persons.

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> t = " officials in Ohio, the plan"
        >>> s, e = bare_source_after(t, tokens(t, 0, len(t)), "en")
        >>> t[s:e]
        'officials'
    """
    if language != "en":
        return None
    if not toks or not _persons(toks[0][2]) or text[toks[0][0]].isupper():
        return None
    stops = AFTER_STOP["en"] | CLAUSE_WORDS["en"]
    last = 1
    while last < min(len(toks), _WORDS) and toks[last][2] not in stops:
        if text[toks[last - 1][1] : toks[last][0]].strip():
            break  # punctuation: the phrase is over
        last += 1
    return toks[0][0], toks[last - 1][1]
