"""An English reporting frame after a quotation, whatever its verb ("“…,” the nominee riffed").

A reporting clause set after the quotation it reports, and set off from it by the comma, question
mark or exclamation mark inside the closing mark, is a reporting frame: its verb need not be one
of saying ("“…,” remembered the spokesman", "“…?” the host wondered aloud", "“…,” a voice-over
states"), for the frame itself marks the words as the subject's (Quirk et al. 1985, §14.29 on
quotative inversion and §15.54 on reporting clauses; Huddleston and Pullum 2002, pp. 1023-1026).
Two orders are read, with a verb in the past or the present ("-ed", "-s"):

- subject then verb: a noun phrase opened by a determiner ("the nominee", "a voice-over in the
  ad", "one user"), then the verb, then the sentence's end or an adjunct (a preposition, an
  adverb, a comma), never an object;
- verb then subject (quotative inversion): the verb, then a capitalised name or a determiner's
  phrase, then the sentence's end or a comma.

A full stop inside the closing mark ends the sentence, and what follows is a new one.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc.quotes._chunk import speaker_mention
from newsdoc.quotes._cues import Attribution, tokens

# The punctuation inside a closing mark that ends a quotation but not its sentence.
_FRAME_MARKS = frozenset(",!?")
_CLOSING_MARKS = "\"”’'»"
# A finite verb form of the frame: past "-ed" or present "-s" (lower case).
_FINITE = regex.compile(r"\p{Ll}{2,}(?:ed|s)")
# The determiners that open the frame's subject ("the nominee", "a voice-over", "one user").
_OPENERS = frozenset(
    "the a an one another his her their its our some several many two three".split()
)
# What may follow the frame's verb: the sentence's end, a comma, a dash.
_END = regex.compile(r"[ \t]*+(?:[.,;:!?—–]|\s-\s|$)")
_MAX_SUBJECT_WORDS = 6


def reporting_frame(text: str, end: int, hi: int) -> Attribution | None:
    """Return the subject of a reporting frame after a quotation closing at ``end``, or None.

    Example:
        >>> text = "“Let me help you out,” the nominee riffed on the answer."
        >>> a = reporting_frame(text, text.index("”") + 1, len(text))
        >>> text[a.speaker_start : a.speaker_end], text[a.cue_start : a.cue_end]
        ('the nominee', 'riffed')
        >>> text = "“It is time,” exhorted Ann Lee."
        >>> a = reporting_frame(text, text.index("”") + 1, len(text))
        >>> text[a.speaker_start : a.speaker_end]
        'Ann Lee'
        >>> text = "“It is time.” The board voted on Monday."
        >>> reporting_frame(text, text.index("”") + 1, len(text)) is None
        True
    """
    inside = text[max(0, end - 4) : end].rstrip(_CLOSING_MARKS)
    if inside[-1:] not in _FRAME_MARKS:
        return None
    toks = tokens(text, end, hi)[: _MAX_SUBJECT_WORDS + 4]
    if len(toks) < 2 or text[end : toks[0][0]] not in {" ", "\u00a0"}:
        return None  # a dash or a bracket after the mark: an aside, no frame
    first = toks[0]
    if inside[-1] in "!?" and text[first[0]].isupper():
        return None  # "“So, who?” Her notes are sealed.": a new sentence after the question
    if _verb(text, first):
        return _inverted(text, toks, hi)
    if first[2] not in _OPENERS:
        return None
    for k in range(1, min(len(toks), _MAX_SUBJECT_WORDS + 1)):
        s, e, _word = toks[k]
        if text[toks[k - 1][1] : s].strip():
            return None  # punctuation inside: no plain subject
        if (_verb(text, toks[k]) or _bare_cue(text, toks[k])) and k >= 2 - (first[2] == "one"):
            if not _adjunct_after(text, toks, k):
                return None  # "the board passed the bill": an object follows
            span = speaker_mention(text, first[0], toks[k - 1][1], "en")
            if span is None:
                return None
            return Attribution(
                speaker_start=span[0], speaker_end=span[1], cue_start=s, cue_end=e, strong=False
            )
    return None


def _verb(text: str, tok: tuple[int, int, str]) -> bool:
    """Return whether a token is a lower-case open-class finite form ("riffed", "states")."""
    return (
        text[tok[0]].islower()
        and _FINITE.fullmatch(tok[2]) is not None
        and closed_class(tok[2], "en") is None
        and not tok[2].endswith(("ss", "us", "is"))
    )


def _bare_cue(text: str, tok: tuple[int, int, str]) -> bool:
    """Return whether a token is the bare (plural present) form of a verb of saying.

    "“…,” the ministers state", "“…,” critics argue": the form whose past is a verb of saying
    ("stated", "argued"), or "say", "tell", "write".
    """
    word = tok[2]
    if not text[tok[0]].islower() or closed_class(word, "en") is not None:
        return False
    cues = CUE_VERBS["en"]
    return word in {"say", "tell", "write"} or word + "d" in cues or word + "ed" in cues


def _adjunct_after(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Return whether the frame's verb at ``toks[k]`` ends its clause or an adjunct follows."""
    if _END.match(text, toks[k][1]) is not None:
        return True
    if k + 1 >= len(toks) or text[toks[k][1] : toks[k + 1][0]].strip():
        return False
    return closed_class(toks[k + 1][2], "en") in {"preposition", "adverb", "time"}


def _inverted(text: str, toks: list[tuple[int, int, str]], hi: int) -> Attribution | None:
    """Return '“…,” remembered Ann Lee': the verb first, its subject after it."""
    verb, second = toks[0], toks[1]
    if text[verb[1] : second[0]].strip():
        return None
    if not (text[second[0]].isupper() or second[2] in _OPENERS):
        return None
    stop = _END.search(text, second[0], hi)
    limit = stop.start() if stop is not None else hi
    span = speaker_mention(text, second[0], limit, "en")
    if span is None or span[1] - span[0] > 80 or _END.match(text, span[1]) is None:
        return None  # "“Scandal,” thanked Lee for …": the verb's object, in a clause going on
    return Attribution(
        speaker_start=span[0],
        speaker_end=span[1],
        cue_start=verb[0],
        cue_end=verb[1],
        strong=False,
    )
