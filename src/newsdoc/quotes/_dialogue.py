"""Lines of dialogue opened by a dash (private helper of ``quotes``).

Spanish writes the words of an interview or a dialogue with no quotation marks:
each turn opens its paragraph with a dash glued to the first word, and the
narrator's incise is set off by dashes, the opening one glued to a lower-case
verb ("—No pensamos rendirnos —aseguró la portavoz, Inés Mora.", "—No
—responde Marta Gil—. Ya no."; RAE, *Ortografía de la lengua española*, 2010,
§ 3.4.6.2, the dash in dialogues).  A turn is a quoted segment, one per line: up
to its incise when the incise closes the line (the words after it are the
narrator's), or the whole line when the turn goes on after a closed incise, as
a quotation with a cue inside its marks does.  A turn with no incise names no
speaker: turns alternate between speakers.  A paragraph that holds quotation
marks of its own is left to them.
"""

from __future__ import annotations

import bisect

import regex

from newsdoc._text import Segment as Paragraph
from newsdoc.quotes._marks import Quoted

__all__ = ["has_dialogue", "is_turn", "with_dialogue"]

# A dash opening a line, glued to what follows: "\n—No" (not "— Ana Gil", a
# source line, nor "——").
_TURN = regex.compile(r"(?m)^[ \t]*+—(?=[^\s—])")
# The dash opening a narrator's incise: a blank, the dash, a lower-case letter
# (" —responde", " —dijo").
_INCISE = regex.compile(r"\s—(?=\p{Ll})")
# What may stand after an incise's closing dash when the turn ends there.
_TRAILING = " \t.,;:!?…"


def has_dialogue(text: str) -> bool:
    r"""Return whether any line of ``text`` opens with a dialogue dash.

    Example:
        >>> has_dialogue("Texto.\n\n—No —dijo Ana—."), has_dialogue("— Ana Gil")
        (True, False)
    """
    return _TURN.search(text) is not None


def is_turn(text: str, seg: Quoted) -> bool:
    """Return whether ``seg`` is a dialogue turn: it opens with its dash, not a quotation mark.

    Example:
        >>> from newsdoc.quotes._cues import document_paragraphs
        >>> t = "—Sí —dijo Ana—."
        >>> is_turn(t, with_dialogue(t, document_paragraphs(t), [])[0])
        True
    """
    return text[seg.start] == "—"


def _turns(text: str, para: Paragraph, index: int) -> list[Quoted]:
    """Return the quoted segments of the dialogue turns opening the lines of ``para``."""
    found = []
    lo, hi = para.span.start, para.span.end
    for opening in _TURN.finditer(text, lo, hi):
        line_end = text.find("\n", opening.end(), hi)
        turn = _turn(text, opening.end() - 1, hi if line_end < 0 else line_end, index)
        if turn is not None:
            found.append(turn)
    return found


def _turn(text: str, dash: int, hi: int, index: int) -> Quoted | None:
    """Return the segment of the turn whose dash is at ``dash``, its line ending at ``hi``."""
    end = hi
    incise = _INCISE.search(text, dash + 1, hi)
    if incise is not None:
        close = text.find("—", incise.end(), hi)
        if close < 0 or not text[close + 1 : hi].strip(_TRAILING):
            end = incise.start()  # the incise ends the line: the turn ends before it
    while end > dash + 1 and text[end - 1] in " \t\r":
        end -= 1
    if end <= dash + 1:
        return None
    return Quoted(start=dash, end=end, inner_start=dash + 1, inner_end=end, para=index, closed=True)


def with_dialogue(text: str, paras: tuple[Paragraph, ...], segs: list[Quoted]) -> list[Quoted]:
    r"""Return ``segs`` with the dialogue turns of ``text`` added, in order.

    A paragraph holding a segment of quotation marks keeps it and adds no turn.

    Example:
        >>> from newsdoc.quotes._cues import document_paragraphs
        >>> t = "Hablamos con ella.\n\n—¿Tiene miedo?\n—No —responde Ana Gil—. Ya no."
        >>> [t[s.inner_start : s.inner_end] for s in with_dialogue(t, document_paragraphs(t), [])]
        ['¿Tiene miedo?', 'No —responde Ana Gil—. Ya no.']
    """
    if not has_dialogue(text):
        return segs
    taken = {seg.para for seg in segs}
    turns = [
        turn
        for index, para in enumerate(paras)
        if index not in taken
        for turn in _turns(text, para, index)
    ]
    if not turns:
        return segs
    merged = list(segs)
    for turn in turns:
        bisect.insort(merged, turn, key=lambda seg: seg.start)
    return merged
