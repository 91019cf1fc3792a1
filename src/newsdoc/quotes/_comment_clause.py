"""The comment clause "as X put it" (private helper of ``quotes``).

English sets a short clause of saying inside or before the words it credits:
"As the columnist Ann Lee put it, “…”", "…, the council is, as one aide puts
it, “out of ideas”".  Quirk, Greenbaum, Leech & Svartvik (*A Comprehensive
Grammar of the English Language*, 1985, §15.53-15.56) call it a comment
clause of the *as*-type, whose subject is the source of the words it
comments on; "put" has no sense of saying on its own, only in this frame
("as X put it", "as X has put it", "as X likes to put it").  The clause credits
the quotation that follows it in its sentence, whatever the subject of the
sentence is ("As the Herald put it, the mayor is “out of touch”" is the
Herald's wording).

Only the frame is read: *as*, a subject of at most eight words with no comma
or verb of its own, an optional auxiliary or catenative ("has", "once", "likes
to"), the verb "put" and "it", maybe a short adjunct ("in an editorial"), then
the comma, colon or dash that sets the clause off, in the quotation's sentence
before it.
"""

from __future__ import annotations

import regex

from newsdoc.quotes._cues import Attribution

__all__ = ["comment_clause"]

# "as the columnist Ann Lee puts it," / "As one aide has put it:" / "as she
# likes to put it in speeches,": the subject is the words between "as" and the
# verb group; at most eight words, no comma, colon or quotation mark in it.
_AS_PUT_IT = regex.compile(
    r"""
    \b(?i:as)\s++
    (?P<speaker>[^\s,;:“”"«»()]++(?:\s++[^\s,;:“”"«»()]++){0,7}?)\s++
    (?:(?i:has|have|had|once|memorably|famously|so\s++aptly|aptly|would|might|likes\s++to|liked\s++to)\s++)?
    (?P<cue>(?i:put|puts|putting)\s++it)\b
    [^,:;“”"«»\n]{0,60}?                     # " in an editorial"
    \s*+[,:—–]                                # the clause is set off
    """,
    regex.VERBOSE,
)
# How far before a quotation the frame is looked for (characters).
_REACH = 160


def comment_clause(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the subject of an "as X put it" clause right before a quotation at ``hi``.

    ``text[lo:hi]`` is the sentence before the quotation; the clause is set
    off in it by a comma, colon or dash.

    Example:
        >>> t = "As the columnist Ann Lee put it, “The council has lost its way.”"
        >>> a = comment_clause(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('the columnist Ann Lee', 'put it')
        >>> comment_clause("She put it on the table: “Done.”", 0, 26, "en") is None
        True
    """
    if language != "en":
        return None
    start = max(lo, hi - _REACH)
    m = _AS_PUT_IT.search(text, start, hi)
    if m is None:
        return None
    return Attribution(
        speaker_start=m.start("speaker"),
        speaker_end=m.end("speaker"),
        cue_start=m.start("cue"),
        cue_end=m.end("cue"),
    )
