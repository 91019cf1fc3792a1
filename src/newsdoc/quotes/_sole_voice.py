"""The one voice of a story (private helper of ``quotes``).

A story written up from one interview, or around one person's statements,
quotes that person alone and does not repeat the attribution before every
quotation: "Ferrante smonta il racconto … «…». … «…»" (the interview
write-up, where every quotation is the interviewee's unless another speaker
is named; Treccani, *Enciclopedia dell'Italiano*, "intervista", on the
"intervista riassunta" that mixes narration and the interviewee's words).
When a quotation that no cue credits finds nobody speaking in the sentences
before it, and every quotation credited so far in the story went to one
person named with a capitalised name (no place), several times and once at
least by a verb of saying, that person speaks.

The tracker is fed each attribution as the story is read, in order; it keeps
one key, a count and the latest mention, so a question costs the same however
many quotations came before.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.places import ends_with_place
from newsdoc.quotes._cues import Attribution

__all__ = ["SoleVoice"]

# The last capitalised word of a mention: the surname that every mention of one
# person shares ("Livio Ferrante", "Ferrante", "il critico Livio Ferrante").
_SURNAME = regex.compile(r"(\p{Lu}[\p{L}\p{M}'’\-]*+)[^\p{L}]*+$")
# The languages read so: English copy attributes every quotation it prints (the
# AP Stylebook, "quotations in the news"), so an uncued one there is a heading or a
# document's words, not the interviewee's.
_LANGUAGES = frozenset({"fr", "es", "it"})
# How many credited quotations make a story one person's.
_ENOUGH = 2


class SoleVoice:
    """The person every attributed quotation of a story so far credits, if there is one.

    Example:
        >>> t = "«A», spiega Livio Ferrante. «B», dice Ferrante. «C»."
        >>> voice = SoleVoice(t, "it")
        >>> def said(at, name):
        ...     end = at + len(name)
        ...     return Attribution(speaker_start=at, speaker_end=end, cue_start=at, cue_end=at)
        >>> voice.heard(said(t.index("Livio"), "Livio Ferrante"))
        >>> voice.speaker() is None  # once is not yet a story's voice
        True
        >>> voice.heard(said(t.rindex("Ferrante"), "Ferrante"))
        >>> a = voice.speaker()
        >>> t[a.speaker_start : a.speaker_end]
        'Ferrante'
    """

    def __init__(self, text: str, language: str) -> None:
        self._text = text
        self._language = language
        self._key: str | None = None
        self._count = 0
        self._spoiled = False  # a second person was credited: no one voice
        self._latest: Attribution | None = None
        self._cued = False  # whether a verb of saying credited the voice once

    def heard(self, attr: Attribution) -> None:
        """Note that a quotation was credited by ``attr``."""
        if (
            self._spoiled
            or self._language not in _LANGUAGES
            or attr.speaker_start < 0
            or attr.speaker_end <= attr.speaker_start
        ):
            return
        m = _SURNAME.search(self._text, attr.speaker_start, attr.speaker_end)
        if m is None or closed_class(m.group(1), self._language) is not None:
            # "lui", "il ministro", the courtesy "Lei": no name to tell the voice by
            self._spoiled = True
            return
        key = m.group(1)
        if self._key is not None and key != self._key:
            self._spoiled = True  # a second voice
            return
        if self._key is None and ends_with_place(self._text[attr.speaker_start : attr.speaker_end]):
            self._spoiled = True  # a place ("St. Gallen") for a voice: asked of the first
            return
        self._key = key
        self._count += 1
        self._cued = self._cued or attr.strong
        self._latest = attr

    def speaker(self) -> Attribution | None:
        """Return the story's one voice as a weak attribution at its latest mention, or None."""
        if (
            self._language not in _LANGUAGES
            or self._spoiled
            or self._count < _ENOUGH
            or not self._cued
            or self._latest is None
        ):
            return None
        at = self._latest.speaker_end
        return Attribution(
            speaker_start=self._latest.speaker_start,
            speaker_end=at,
            cue_start=at,
            cue_end=at,
            strong=False,
        )
