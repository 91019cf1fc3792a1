"""A speaker label opening a quoted transcript line (private helper of ``quotes``).

Interview and debate transcripts name each turn's speaker with a label in
capitals and a colon ("WALLACE: …", "SEN. LEE: …"); a story that quotes such
a transcript keeps the labels inside its quotation marks: "“LEE: We will not
back down.”".  The label is the speaker of the turn it opens.  A label is one
to three words in capital letters, two letters at least (the "Q:" and "A:" of a
question-and-answer layout name nobody), right after the opening mark.
"""

from __future__ import annotations

import regex

from newsdoc.quotes._cues import Attribution

__all__ = ["transcript_label"]

# A label in capitals and a colon at the start of a quotation: "PENCE: ",
# "SEN. ANN LEE: " (not "Q: ", not "Note: ").
_LABEL = regex.compile(
    r"[ \t]*+(?P<label>\p{Lu}[\p{Lu}.'’\-]++(?:[ \t]\p{Lu}[\p{Lu}.'’\-]*+){0,2}):[ \t]"
)


def transcript_label(text: str, inner_start: int, inner_end: int) -> Attribution | None:
    """Return the speaker label opening the quotation ``text[inner_start:inner_end]``.

    Example:
        >>> t = "“LEE: We will not back down.”"
        >>> a = transcript_label(t, 1, len(t) - 1)
        >>> t[a.speaker_start : a.speaker_end]
        'LEE'
        >>> transcript_label("“Q: Will you run?”", 1, 17) is None
        True
    """
    if not text[inner_start : inner_start + 3].lstrip()[:2].isupper():
        return None  # (most quotations open with a word in lower case or one capital)
    m = _LABEL.match(text, inner_start, inner_end)
    if m is None:
        return None
    start, end = m.span("label")
    return Attribution(speaker_start=start, speaker_end=end, cue_start=end, cue_end=end + 1)
