"""The subject of an English absolute clause with *with* ("with Ann Lee calling it …").

"The council met, with one of its members calling the plan “a fraud”": the
noun phrase after *with* is the subject of the participle after it, and so the
speaker of the words the participle clause quotes, not the subject of the
main clause (Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of
the English Language*, 1985, §15.60, supplementive clauses with *with*;
Huddleston & Pullum 2002, ch. 14 §9.2, absolute constructions).

Only the frame is read, with a participle of saying or naming: *with* opening
the clause (after a comma, or first in the sentence), a noun phrase of at most
eight words with no comma, a participle in *-ing*, then the rest of the clause
up to the quotation with no comma but one right before the quotation ("walking
with his friends, watching …" holds a plain preposition, no absolute clause).
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import CUE_VERBS, NAMING_VERBS
from newsdoc.quotes._chunk import speaker_mention
from newsdoc.quotes._cues import Attribution

__all__ = ["with_absolute"]

# "with many marchers chanting", "with one of her ads asking,": the noun phrase
# and the participle; then the clause runs to the quotation without a comma,
# colon or quotation mark (a comma may close it right before the quotation).
# English only: its preposition and "-ing" participle are English (Quirk et al.
# 1985, on "with" before a nonfinite clause); other languages have no entry.
_WITH_ABSOLUTE: Mapping[str, regex.Pattern[str]] = {
    "en": regex.compile(
        r"""
        (?:(?<=,\s*+)|^)(?i:with)\s++
        (?P<speaker>[^\s,;:“”"«»()]++(?:\s++[^\s,;:“”"«»()]++){0,7}?)\s++
        (?P<verb>\p{Ll}{2,}+(?<=ing))\b
        [^,;:“”"«»\n]{0,120}+,?\s*+$
        """,
        regex.VERBOSE,
    ),
}
# The participles that say or name: the verbs of saying and naming of the cue
# tables ("chanting", "calling", "asking", "describing").
_SAYING = CUE_VERBS["en"] | NAMING_VERBS["en"]
# How far before the quotation the clause is looked for (characters).
_REACH = 240


def with_absolute(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the subject of a *with* absolute clause that holds the quotation at ``hi``.

    Example:
        >>> t = "The parade was long, with many marchers chanting “We are one.”"
        >>> a = with_absolute(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('many marchers', 'chanting')
        >>> t = "She spoke with feeling, calling it “a shame.”"
        >>> with_absolute(t, 0, t.index("“"), "en") is None
        True
    """
    pattern = _WITH_ABSOLUTE.get(language)
    if pattern is None:
        return None
    m = pattern.search(text, max(lo, hi - _REACH), hi)
    if m is None or m.group("verb") not in _SAYING:
        return None  # "with the rates being …": a participle of no saying names no speaker
    start, end = m.span("speaker")
    if closed_class(text[start:end].split()[0], language) in {"preposition", "conjunction"}:
        return None
    mention = speaker_mention(text, start, end, language)
    if mention is None:
        return None
    return Attribution(
        speaker_start=mention[0],
        speaker_end=mention[1],
        cue_start=m.start("verb"),
        cue_end=m.end("verb"),
    )
