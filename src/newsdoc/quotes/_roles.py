"""A lower-case role between the capitalised words of one English name phrase.

AP style writes a description before a name in lower case and capitalises only
formal titles and proper words: "Senate candidate Ann Lee", "FBI director Tom
Baker", "Republican presidential front-runner Ann Lee" (*The Associated Press
Stylebook*, entries "titles" and "job descriptions").  Such a description is
one or a few modifiers and a noun of role, written between capitalised words
of the same noun phrase; read as a verb after the first name, it would cut the
speaker to "Senate" or "FBI".  The noun of role is an agent noun (Quirk et al.
1985, Appendix I.34-I.36: "-er", "-or", "-ist", "-ian", "-ee", "-ant", "-ent",
"-man", "-woman") or a noun the speaker tables list ("candidate", "spokesman",
"chief"); a verb never stands in that slot, so "Lee visited Paris Hilton" stays
two phrases, and a word that ends like a finite verb ("-ed", "-s") is read as
one ("Lee hires lawyer Ann Roe").
"""

from __future__ import annotations

from collections.abc import Mapping

from newsdoc._grammar import closed_class
from newsdoc._lexicon.grammar import AGENT_NOUN_ENDINGS
from newsdoc._lexicon.speakers import GROUP_SOURCES, SOURCE_NOUNS, TITLES

__all__ = ["role_before_name"]

# Lower-case words of a description before a name, at most ("former state
# party chief"): more is a clause, not a premodifier.
_MAX_ROLE_WORDS = 3
# Nouns of role the speaker tables list, beside the agent-noun endings.
# English only (its role nouns stand bare before a name, "Senate candidate Ann
# Lee"); other languages have no entry.
_ROLE_NOUNS: Mapping[str, frozenset[str]] = {
    "en": SOURCE_NOUNS["en"] | GROUP_SOURCES["en"] | TITLES,
}


def role_before_name(text: str, toks: list[tuple[int, int, str]], j: int, language: str) -> int:
    """Return the index of the capitalised word after a lower-case role starting at ``toks[j]``.

    0 when ``toks[j:]`` does not hold a role (at most three lower-case words
    ending in a noun of role) right before a full name (two capitalised words:
    "The Democrats represent Ohio and …" holds no role).

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> t = "Senate candidate Ann Lee spoke."
        >>> role_before_name(t, tokens(t, 0, len(t)), 1, "en")
        2
        >>> t = "Lee visited Paris Hilton."
        >>> role_before_name(t, tokens(t, 0, len(t)), 1, "en")
        0
    """
    role_nouns = _ROLE_NOUNS.get(language)
    if role_nouns is None:
        return 0
    k = j
    while k < len(toks) and k - j < _MAX_ROLE_WORDS and text[toks[k][0]].islower():
        word = toks[k][2]
        if closed_class(word, language) is not None:
            return 0  # "Lee said", "Lee and": a function word, no description
        if word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")):
            return 0  # "Lee slated comedian Ann Roe", "Lee hires lawyer Ann Roe": a verb
        k += 1
    if k == j or k + 1 >= len(toks) or not text[toks[k][0]].isupper():
        return 0
    if not text[toks[k + 1][0]].isupper() or any(
        text[toks[m][1] : toks[m + 1][0]].strip() for m in (k - 1, k)
    ):
        return 0  # a full name (two capitalised words, nothing between) follows the role
    noun = toks[k - 1][2]
    if noun in role_nouns or noun.endswith(AGENT_NOUN_ENDINGS):
        return k
    return 0
