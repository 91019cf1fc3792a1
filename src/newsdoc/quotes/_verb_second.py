"""A German plural verb of saying right after a quotation (private helper of ``quotes``).

The third person plural present of a verb of saying has the infinitive's shape
("sprechen", "warnen"), so it is no cue read anywhere ("um darüber zu
sprechen").  Right after a quotation that stands in the first field of its
clause ("Von „…“ sprechen Medienberichte", "„…“, warnen Experten") it is in
the second place of a main clause, which only the finite verb takes (Duden,
Die Grammatik: Verbzweitsatz, Vorfeld), and it cues the quotation when its
subject follows it: a capitalised noun or a determiner.
"""

from __future__ import annotations

import functools

from newsdoc._lexicon.german_verbs import speech_plurals
from newsdoc._lexicon.speakers import DETERMINERS


@functools.cache
def _plurals() -> frozenset[str]:
    return speech_plurals()


def second_place_plural(text: str, toks: list[tuple[int, int, str]]) -> frozenset[str]:
    """Return the plural verb of saying opening ``toks`` when its subject follows.

    ``toks`` are the words after a quotation.

    Example:
        >>> t = " sprechen Medienberichte"
        >>> from newsdoc.quotes._cues import tokens
        >>> sorted(second_place_plural(t, tokens(t, 0, len(t))))
        ['sprechen']
        >>> t = " sprechen, um zu"
        >>> sorted(second_place_plural(t, tokens(t, 0, len(t))))
        []
    """
    if len(toks) < 2 or toks[0][2] not in _plurals():
        return frozenset()
    if text[toks[0][1] : toks[1][0]].strip():
        return frozenset()  # punctuation between: no subject right after
    nxt = toks[1]
    if text[nxt[0]].isupper() or nxt[2] in DETERMINERS["de"]:
        return frozenset({toks[0][2]})
    return frozenset()
