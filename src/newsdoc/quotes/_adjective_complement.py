"""The prepositional complement of a postpositive adjective in a speaker (private helper).

"said a person close to the talks": the phrase after a cue stops at a
preposition ("said Lee in a statement"), but a preposition governed by the
adjective before it ("close to", "briefed on") goes on with the description of
the speaker (table ``ADJECTIVE_PREPOSITIONS``, with its source).  The
complement is the preposition's noun phrase: up to a few words, up to the next
word that ends a speaker phrase.
"""

from __future__ import annotations

from newsdoc._lexicon.adjective_complements import ADJECTIVE_PREPOSITIONS
from newsdoc._lexicon.speakers import DETERMINERS

__all__ = ["adjective_complement_end", "described_subject_start"]

# How many words the complement's noun phrase may hold ("the city's budget talks").
_OBJECT_WORDS = 4


def adjective_complement_end(
    toks: list[tuple[int, int, str]],
    cut: int,
    stops: frozenset[str],
    language: str,
) -> int:
    """Return where a speaker phrase cut at ``cut`` ends once the adjective's complement is in.

    ``toks`` are the phrase's tokens (start, end, lower-cased word); ``cut`` the
    start of the token the phrase was cut before; ``stops`` the words that end a
    speaker phrase.  ``cut`` is returned unchanged unless that token is the
    preposition of the adjective right before it.

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> t = "a person close to the talks"
        >>> toks = tokens(t, 0, len(t))
        >>> t[: adjective_complement_end(toks, 15, frozenset({"to"}), "en")]
        'a person close to the talks'
    """
    table = ADJECTIVE_PREPOSITIONS.get(language)
    if table is None:
        return cut
    k = next((n for n, t in enumerate(toks) if t[0] == cut), -1)
    if k < 2 or table.get(toks[k - 1][2]) != toks[k][2]:
        return cut  # "a person close" needs a noun before the adjective
    last = k + 1
    while last < len(toks) and last - k <= _OBJECT_WORDS and toks[last][2] not in stops:
        last += 1
    if last == k + 1:
        return cut  # no object after the preposition
    return toks[last - 1][1]


# How many words the described noun phrase before the adjective may hold ("a
# senior union official").
_HEAD_WORDS = 4


def described_subject_start(
    text: str, toks: list[tuple[int, int, str]], found: tuple[int, int], language: str
) -> tuple[int, int]:
    """Return ``found`` grown back over the noun an adjective and its complement describe.

    "a banker close to the deal said": the phrase read back from the verb is
    the complement's noun ("the deal"); when the two words before it are an
    adjective and its preposition and a determined phrase stands before them,
    the subject is that phrase with its description.  ``toks`` are the tokens
    before ``found`` (start, end, lower-cased word).

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> t = "a banker close to the deal"
        >>> s, e = described_subject_start(t, tokens(t, 0, 18), (18, 26), "en")
        >>> t[s:e]
        'a banker close to the deal'
    """
    table = ADJECTIVE_PREPOSITIONS.get(language)
    dets = DETERMINERS.get(language, frozenset())
    if table is None or len(toks) < 4:
        return found
    prep, adj = toks[-1], toks[-2]
    if table.get(adj[2]) != prep[2] or text[prep[1] : found[0]].strip():
        return found
    for k in range(len(toks) - 3, max(-1, len(toks) - 3 - _HEAD_WORDS), -1):
        if text[toks[k][1] : toks[k + 1][0]].strip():
            return found  # punctuation: no single phrase
        if toks[k][2] in dets:
            return toks[k][0], found[1]
    return found
