"""Pairing quotation marks into quoted segments (private helper of ``quotes``).

A segment runs from an opening double quotation mark to its closing mark; a
paragraph end closes a quote left open (news copy reopens a multi-paragraph
quote at each paragraph and closes only the last one).  Marks nested inside an
open quotation (``‘…’`` inside ``“…”``, ``“…”`` inside ``«…»``) belong to it.
Every mark is looked at once, so the pairing is linear in the text.
"""

from __future__ import annotations

import attrs
import regex

from newsdoc._text import Segment as Paragraph
from newsdoc._text import paragraphs

__all__ = ["CHARS_PER_SEGMENT", "SEGMENT_BASE", "Quoted", "max_segments", "quoted_segments"]

# Any double quotation mark, or a single curly mark that may open a British-style
# quotation: the '“', '”' and '‘' in '“Yes,” she said of the ‘plan’.'
_MARK = regex.compile(r"[\"“”„‟«»‘’]")
# A letter or digit: what an opening mark is followed by ('"W' in '"We').
_WORDISH = regex.compile(r"[\p{L}\p{N}]")
# White space or an opening bracket: what an opening mark is preceded by.
_OPEN_BEFORE = " \t\n\r\u00a0([{—–-/:;"


@attrs.frozen(kw_only=True)
class Quoted:
    """One quoted stretch: mark to mark (or to the paragraph end), and its paragraph.

    ``start``/``end`` include the marks; ``inner_start``/``inner_end`` exclude them.
    ``closed`` is False where the paragraph ended first.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    para: int
    closed: bool


def _german_style(text: str) -> bool:
    """Return whether the text pairs „ with “ (German) rather than “ with ”."""
    low = text.find("„")
    return low >= 0 and text.find("“", low) >= 0


def _guillemets_inward(text: str) -> bool:
    """Return whether guillemets open with » (German »…«) rather than « (French «…»)."""
    a = text.find("«")
    b = text.find("»")
    return b >= 0 and (a < 0 or b < a)


def _is_opening_context(text: str, pos: int, lo: int) -> bool:
    """Return whether the mark at ``pos`` sits where a quotation opens ('␣"W')."""
    before = text[pos - 1] if pos > lo else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before in _OPEN_BEFORE or before in "„“«»\"'") and not after.isspace()


def _is_closing_context(text: str, pos: int, hi: int) -> bool:
    """Return whether the mark at ``pos`` sits where a quotation closes ('.”␣')."""
    after = text[pos + 1] if pos + 1 < hi else " "
    return _WORDISH.match(after) is None


#: How many quoted segments one text may yield: a base, plus one per so many
#: characters.  Chosen from the development corpora (6,148 stories with quotation
#: marks): the bound is at least 1.8 times what any of them holds (the densest, 52
#: segments in 3,300 characters, is allowed 95), while a text made of thousands of
#: one-letter quotations (``"a"`` over and over) yields no more than can be
#: attributed and built within a second per megabyte.  Past the bound the rest of
#: the text is left alone.
SEGMENT_BASE = 40
CHARS_PER_SEGMENT = 60

# Marks that may open a quotation, by which guillemet opens (« French, » German):
# the closing guillemet and the apostrophe-like ’ never open one.
_OPENERS = {
    "«": regex.compile(r"[\"“”„‟‘«]"),
    "»": regex.compile(r"[\"“”„‟‘»]"),
}
# Marks that may close a quotation, by its opening mark: ’ closes ‘, a guillemet
# its counterpart, “ ” or " close „, and ” or " close a straight or curly double
# mark (German copy, where “ closes „, never closes a “ with a “).
_CLOSERS = {
    "‘": regex.compile(r"’"),
    "„": regex.compile(r"[“”\"]"),
    "‟": regex.compile(r"[“”\"]"),
    '"': regex.compile(r"[\"”]"),
    "«": regex.compile(r"«"),
    "»": regex.compile(r"»"),
}
_CLOSERS_CURLY = regex.compile(r"[”\"“]")  # after “ or ”, outside German copy
_CLOSERS_CURLY_DE = regex.compile(r"[”\"]")  # after “ or ”, in German copy


def _continuation_mark(text: str, lo: int, hi: int) -> int:
    """Return where a closing guillemet opens the paragraph ``text[lo:hi]``, else -1.

    Spanish marks a quotation that runs over several paragraphs with a closing
    guillemet at the start of each paragraph after the first, the *comillas de
    seguir* (RAE, *Ortografía de la lengua española*, 2010, § 3.4.8.2.1).

    Example:
        >>> _continuation_mark("»Sigue aquí».", 0, 13)
        0
    """
    at = lo
    while at < hi and text[at] in " \t":
        at += 1
    return at if at < hi - 1 and text[at] == "»" and not text[at + 1].isspace() else -1


def max_segments(n_chars: int) -> int:
    """Return how many quoted segments a text of ``n_chars`` characters may yield.

    Example:
        >>> max_segments(0), max_segments(10_000)
        (40, 206)
    """
    return SEGMENT_BASE + n_chars // CHARS_PER_SEGMENT


def quoted_segments(text: str, paras: tuple[Paragraph, ...] | None = None) -> list[Quoted]:
    """Return the top-level quoted segments of ``text`` in order (at most `max_segments`).

    Only the marks that can open a quotation are looked at outside one, and only
    those that can close it inside one.

    Example:
        >>> [(s.start, s.end) for s in quoted_segments('He said: "Yes." Then "no')]
        [(9, 15), (21, 24)]
    """
    if _MARK.search(text) is None:
        return []
    german = _german_style(text)
    inward = _guillemets_inward(text)
    g_open, g_close = ("»", "«") if inward else ("«", "»")
    openers = _OPENERS[g_open]
    closers = {**_CLOSERS, "“": _CLOSERS_CURLY_DE if german else _CLOSERS_CURLY}
    closers["”"] = closers["“"]
    closers[g_open] = _CLOSERS[g_close]
    most = max_segments(len(text))
    out: list[Quoted] = []
    # the next opening mark at or after where it was last looked for, searched to the
    # text's end: a paragraph with none costs no search of its own
    next_open = -1
    all_paras = paragraphs(text) if paras is None else paras
    for p_index, para in enumerate(all_paras):
        if len(out) >= most:
            break
        lo, hi = para.span.start, para.span.end
        # where the next paragraph opens: a British quotation over several paragraphs
        # reopens each with ‘ and closes only the last
        next_lo = all_paras[p_index + 1].span.start if p_index + 1 < len(all_paras) else -1
        open_at = -1
        open_ch = ""
        pos = lo
        if not inward and out and not out[-1].closed and out[-1].para == p_index - 1:
            at = _continuation_mark(text, lo, hi)
            if at >= 0:
                # "«…\n\n»Mis nietos …»": the quotation goes on in this paragraph
                open_at, open_ch, pos = at, g_open, at + 1
        while True:
            if open_at < 0:
                if next_open < pos:
                    m = openers.search(text, pos)
                    next_open = len(text) if m is None else m.start()
                if next_open >= hi:
                    break
                pos = next_open
                ch = text[pos]
                if ch in "„‟" or ch == g_open:
                    opens = True
                elif ch == "“":
                    opens = not german or _is_opening_context(text, pos, lo)
                elif ch in '"”':
                    opens = ch == '"' or _is_opening_context(text, pos, lo)
                else:  # ‘: a British-style single quotation, never an apostrophe
                    opens = (
                        _ELIDED_YEAR.match(text, pos) is None
                        and _is_opening_context(text, pos, lo)
                        and (_single_closes(text, pos, hi) or _reopens(text, next_lo))
                    )
                if opens:
                    open_at, open_ch = pos, ch
                pos += 1
                continue
            m = closers[open_ch].search(text, pos, hi)
            if m is None:
                break
            ch = m.group()
            pos = m.start()
            if (
                ch not in '"“’' or ch == open_ch or _is_closing_context(text, pos, hi)
            ) and not text[open_at + 1 : pos].isspace():
                out.append(
                    Quoted(
                        start=open_at,
                        end=pos + 1,
                        inner_start=open_at + 1,
                        inner_end=pos,
                        para=p_index,
                        closed=True,
                    )
                )
                open_at = -1
                if len(out) >= most:
                    break
            pos += 1
        if open_at >= 0:
            out.append(
                Quoted(
                    start=open_at,
                    end=hi,
                    inner_start=open_at + 1,
                    inner_end=hi,
                    para=p_index,
                    closed=False,
                )
            )
    return out


# A closing single mark that ends a word-run rather than eliding ("’s", "’t").
_SINGLE_CLOSE = regex.compile(r"’(?![\p{L}\p{N}])")
# A year with its century left out, its apostrophe typed as an opening mark: "in
# ‘08", "the ‘90s" (the apostrophe for omitted figures, Chicago Manual of Style 9.31).
_ELIDED_YEAR = regex.compile(r"‘\p{Nd}{2}(?!\p{Nd})")


def _reopens(text: str, lo: int) -> bool:
    """Return whether the paragraph at ``lo`` opens with ‘ before a word (-1: no paragraph).

    British copy runs a quotation over paragraphs by opening each with ‘ and
    closing only the last (the Guardian and Observer style guide, "quotation
    marks"; New Hart's Rules, 9.2), so a ‘ left open before such a paragraph opens
    a quotation.

    Example:
        >>> _reopens("‘It goes on.’", 0), _reopens("It ends.", 0), _reopens("x", -1)
        (True, False, False)
    """
    if lo < 0:
        return False
    at = lo
    while at < len(text) and text[at] in " \t":
        at += 1
    return text[at : at + 1] == "‘" and _WORDISH.match(text, at + 1) is not None


def _single_closes(text: str, pos: int, hi: int) -> bool:
    """Return whether a ‘ at ``pos`` is closed by a ’ before ``hi`` (and not far off)."""
    m = _SINGLE_CLOSE.search(text, pos + 1, min(hi, pos + 400))
    return m is not None
