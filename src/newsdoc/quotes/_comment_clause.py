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

from collections.abc import Mapping

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import ADDRESSEE_VERBS, CUE_VERBS, NAMING_VERBS
from newsdoc._lexicon.grammar import CLAUSE_WORDS
from newsdoc.quotes._chunk import speaker_mention
from newsdoc.quotes._cues import Attribution, tokens

__all__ = ["comment_clause", "inverted_parenthetical"]

# "as the columnist Ann Lee puts it," / "As one aide has put it:" / "as she
# likes to put it in speeches,": the subject is the words between "as" and the
# verb group; at most eight words, no comma, colon or quotation mark in it.
# English only: "as … put it" is an English idiom; other languages have no entry.
_AS_PUT_IT: Mapping[str, regex.Pattern[str]] = {
    "en": regex.compile(
        r"""
        \b(?i:as)\s++
        (?P<speaker>[^\s,;:“”"«»()]++(?:\s++[^\s,;:“”"«»()]++){0,7}?)\s++
        (?:(?i:has|have|had|once|memorably|famously|so\s++aptly|aptly|would|might|likes\s++to|liked\s++to)\s++)?
        (?P<cue>(?i:put|puts|putting)\s++it)\b
        [^,:;“”"«»\n]{0,60}?                     # " in an editorial"
        \s*+[,:—–]                                # the clause is set off
        """,
        regex.VERBOSE,
    ),
}
# How far before a quotation the frame is looked for (characters).
_REACH = 160


def _may_put_it(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` may hold an "as X put it" frame: "put" in any case.

    Every match of the frame holds its verb "put", "puts" or "putting", in any
    case (ASCII letters, which fold to no other letter): a window without it
    holds no match, and the pattern need not be searched.
    """
    return "put" in text[lo:hi].lower()


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
    pattern = _AS_PUT_IT.get(language)
    if pattern is None:
        return None
    start = max(lo, hi - _REACH)
    if not _may_put_it(text, start, hi):
        return None
    m = pattern.search(text, start, hi)
    if m is None:
        return None
    return Attribution(
        speaker_start=m.start("speaker"),
        speaker_end=m.end("speaker"),
        cue_start=m.start("cue"),
        cue_end=m.end("cue"),
    )


# A reporting clause set off by commas inside the sentence, its subject after
# its verb: "The vote, said Ann Lee, was “a farce.”", "Because of the rules,
# explained the analyst, “the race …”".  The subject runs to the next comma (an
# apposition may follow it: ", says Ann Lee, a historian at …, is").
_INVERTED_REPORT = regex.compile(
    r",\s*+(?P<verb>\p{Ll}++)\s++(?P<speaker>[^,;:“”\"«»()\n]{2,80}?)\s*+,"
)
# Verbs that never report in this frame: a participle of naming ("the plan,
# called Safe Streets, …") and "told" of an addressee.
# verbs whose object is the one spoken to or urged ("…, warned the board, …";
# Levin 1993, 37.2 tell and 37.9 advise verbs, and "urged") name no speaker there.
# Per language: only English has an entry (the medial inverted clause of Quirk
# et al.; German and Romance inversion is read by their own rules).
_NOT_REPORTING: Mapping[str, frozenset[str]] = {
    "en": NAMING_VERBS["en"] | ADDRESSEE_VERBS["en"] | {"tells", "known", "urged", "urges", "asks"},
}
# Words no subject of the clause holds: a complementizer, "to" of an infinitive,
# negation, auxiliaries ("…, said Tuesday that …", "…, urged voters not to …").
_NOT_IN_SUBJECT = CLAUSE_WORDS["en"]


def _two_commas(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` holds two commas, as every `_INVERTED_REPORT` match does.

    The reporting clause is set off by a comma on each side, both inside the
    window searched: a window with fewer holds no match.
    """
    return text.count(",", lo, hi) >= 2


def inverted_parenthetical(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the subject of an inverted reporting clause set off before a quotation at ``hi``.

    A reporting clause may stand in the middle of the sentence it reports, set
    off by commas, with its subject after the verb (Quirk et al. 1985,
    §15.53-15.55, on reporting clauses in medial position and their
    subject-verb inversion; the AP Stylebook's "said Ann Lee" after the
    first words of a sentence).  It credits the words of its sentence, so the
    quotation after it, unless another verb of saying stands between them.

    Example:
        >>> t = "The vote, said Ann Lee, was “a farce.”"
        >>> a = inverted_parenthetical(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('Ann Lee', 'said')
        >>> t = "The plan, called Safe Streets, was “a failure.”"
        >>> inverted_parenthetical(t, 0, t.index("“"), "en") is None
        True
    """
    not_reporting = _NOT_REPORTING.get(language)
    if not_reporting is None:
        return None
    start = max(lo, hi - _REACH * 2)
    if not _two_commas(text, start, hi):
        return None
    verbs = CUE_VERBS.get(language, frozenset())
    found = None
    for m in _INVERTED_REPORT.finditer(text, start, hi, overlapped=True):
        verb = m.group("verb")
        if verb in verbs and verb not in not_reporting and not verb.endswith("ing"):
            found = m
    if found is None:
        return None
    start, end = found.span("speaker")
    if not (text[start].isupper() or text[start:end].split()[0] in {"the", "a", "an", "one"}):
        return None  # "…, said to be …": no subject after the verb
    words = tokens(text, start, end)
    if any(t[2] in _NOT_IN_SUBJECT or closed_class(t[2], language) == "time" for t in words):
        return None  # a clause or a time after the verb: no inverted subject
    if any(t[2] in verbs for t in tokens(text, found.end(), hi)):
        return None  # another verb of saying between: its own clause credits the words
    mention = speaker_mention(text, start, end, language)
    if mention is None:
        return None
    return Attribution(
        speaker_start=mention[0],
        speaker_end=mention[1],
        cue_start=found.start("verb"),
        cue_end=found.end("verb"),
    )
