"""The text layer shared by every module (private).

Paragraphs and sentences with exact offsets into the original string, character
classes for dashes and quotation marks across languages, and an offset-preserving
folding for matching.  Nothing here ever changes the length of the text: spans
always index the original.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

import attrs
import regex

from newsdoc._lexicon.abbreviations import NUMERIC, SENTENCE_OPENERS, STRONG, WEAK
from newsdoc.spans import Span

__all__ = [
    "CLOSE_QUOTES",
    "DASH_CLASS",
    "DOUBLE_QUOTES",
    "OPEN_QUOTES",
    "QUOTE_CLASS",
    "SINGLE_QUOTES",
    "Line",
    "Segment",
    "display_name_word",
    "fold",
    "paragraphs",
    "scraped_lines",
    "sentences",
]

#: Every dash news copy uses as a separator, ANPA's underscore included
#: (regex character-class body: use as ``f"[{DASH_CLASS}]"``).
DASH_CLASS = r"\p{Pd}_\u2212"
#: Double quotation marks of English, German, French, Spanish and Italian copy.
DOUBLE_QUOTES = '"“”„‟«»'
#: Single quotation marks (also apostrophes, so used with care).
SINGLE_QUOTES = "'‘’‚‛‹›"
#: Marks that can open a quotation in some language.
OPEN_QUOTES = "\"“„‟«»‘‚‛‹›'"
#: Marks that can close a quotation in some language.
CLOSE_QUOTES = "\"”“«»’‘‹›'"
#: All quotation marks, escaped for use inside a character class.
QUOTE_CLASS = regex.escape(DOUBLE_QUOTES + SINGLE_QUOTES)

# One-to-one folding: every exotic space becomes " ", every dash "-", every curly
# quote its straight form.  Because each character maps to exactly one character,
# offsets in the folded string are offsets in the original.
_FOLD = str.maketrans(
    {
        **dict.fromkeys(
            [
                "\u00a0",
                "\u2007",
                "\u202f",
                "\u2009",
                "\u200a",
                "\u2002",
                "\u2003",
                "\u2004",
                "\u2005",
                "\u2006",
                "\u2008",
                "\u3000",
                "\t",
                "\r",
                "\f",
                "\v",
            ],
            " ",
        ),
        **dict.fromkeys(
            ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"], "-"
        ),
        **dict.fromkeys(list("“”„‟«»"), '"'),
        **dict.fromkeys(list("‘’‚‛‹›"), "'"),
    }
)


def fold(text: str) -> str:
    """Return ``text`` with spaces, dashes and quotes folded, same length, same offsets."""
    return text.translate(_FOLD)


# The joints of a name word, kept by split: "jean-pierre", "o'brien".
_NAME_JOINTS = regex.compile(r"([\-'’])")


def display_name_word(word: str) -> str:
    """Return one upper- or lower-case name word in display case: O'Brien, McDonald.

    Shared by every module that prints names written in capitals ("JEAN-PIERRE").
    """
    parts = _NAME_JOINTS.split(word.lower())
    out = "".join(p[:1].upper() + p[1:] for p in parts)
    if out.startswith("Mc") and len(out) > 2:
        out = "Mc" + out[2].upper() + out[3:]
    return out


@attrs.frozen(kw_only=True)
class Segment:
    """A piece of the text (paragraph or sentence) and where it lies."""

    span: Span
    text: str


# What str.splitlines() breaks on: a line's own text ends before these.
_LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


# Hard-wrapped wire copy keeps lines to a terminal's width; wider lines mean the
# block is one paragraph per line (scraped text).
_WRAP_WIDTH = 110
_SHORT_LINE = 0.6


# A run of blank lines between two blocks: a line break, then one or more lines of
# white space only, each ending in a break.  Example: the "\n  \n\n" in "a\n  \n\nb".
_BLOCK_SEPARATOR = regex.compile(
    r"(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])"
    r"(?:[^\S\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*+(?:\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]))++"
)


def _block_lines(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Return (start, end, indent, length without trailing space) for each line of a block.

    Lines end where :meth:`str.splitlines` ends them (line feeds, carriage returns,
    form feeds, Unicode line separators); plain tuples, because a document can hold
    hundreds of thousands of lines.
    """
    out: list[tuple[int, int, int, int]] = []
    pos = start
    for piece in text[start:end].splitlines(keepends=True):
        body = piece.rstrip(_LINE_BREAKS)
        out.append((pos, pos + len(body), len(body) - len(body.lstrip()), len(body.rstrip())))
        pos += len(piece)
    return out


def _block_paragraph_ranges(block: list[tuple[int, int, int, int]]) -> Iterator[tuple[int, int]]:
    """Yield (first, last) line indexes of each paragraph in a blank-line block."""
    width = max(line[3] for line in block)
    wrapped = len(block) >= 3 and width <= _WRAP_WIDTH
    if not wrapped:
        for i in range(len(block)):
            yield i, i
        return
    base_indent = min(line[2] for line in block)
    short = _SHORT_LINE * width
    first = 0
    for i in range(1, len(block)):
        _, _, prev_indent, prev_len = block[i - 1]
        if block[i][2] > base_indent or (prev_len < short and prev_indent < prev_len):
            yield first, i - 1
            first = i
    yield first, len(block) - 1


def _segment(text: str, start: int, end: int) -> Segment | None:
    """Return the segment ``text[start:end]`` trimmed of surrounding white space."""
    chunk = text[start:end]
    stripped_left = len(chunk) - len(chunk.lstrip())
    stripped_right = len(chunk) - len(chunk.rstrip())
    s, e = start + stripped_left, end - stripped_right
    if s >= e:
        return None
    return Segment(span=Span(start=s, end=e), text=text[s:e])


def paragraphs(text: str) -> tuple[Segment, ...]:
    """Return the paragraphs of ``text`` with exact offsets.

    Blank lines separate blocks.  Inside a block, hard-wrapped wire copy (every
    line at most ~110 characters, three lines or more) starts a paragraph at an
    indented line or after a short line; other blocks are one paragraph per line,
    as scraped text is.  A title line on top becomes its own paragraph.
    """
    out: list[Segment] = []
    block_start = 0
    for sep in [*_BLOCK_SEPARATOR.finditer(text), None]:
        block_end = len(text) if sep is None else sep.start()
        if block_end > block_start:
            block = _block_lines(text, block_start, block_end)
            for a, b in _block_paragraph_ranges(block):
                seg = _segment(text, block[a][0], block[b][1])
                if seg is not None:
                    out.append(seg)
        if sep is not None:
            block_start = sep.end()
    return tuple(out)


class Line(NamedTuple):
    """A non-blank line, stripped, and the number of the blank-line block it belongs to.

    A named tuple rather than an attrs class: documents can hold hundreds of
    thousands of lines, and this is the cheapest record Python has.
    """

    start: int
    end: int
    block: int
    text: str


# What scraped_lines() strips from a line's ends: spaces, tabs, no-break and thin
# spaces, and the zero-width characters HTML extractors leave ("\ufeff", "\u200b").
_LINE_SPACE = " \t\u00a0\u2009\u202f\ufeff\u200b"
# A line of wire copy at least this wide counts as a full line of a hard-wrapped block.
_FULL_LINE = 50


def scraped_lines(text: str) -> tuple[Line, ...]:
    r"""Return the non-blank lines of ``text``, stripped, leaving out hard-wrapped blocks.

    The view of a scraped page that caption finding reads, where a line is a
    paragraph or an item of page furniture.  Lines end at ``"\n"`` or ``"\r"``
    only; a block is a run of lines between blank lines (two line feeds, or two
    carriage returns with no line feed, between two lines).  A block is left out
    when it is hard-wrapped wire copy: three lines or more, none wider than
    ~110 characters, and either half of them at least 50 wide or one in four
    running on into a line that opens in lower case ("as dealers\ncovered").
    Unlike :func:`paragraphs`, which reads every block, this view drops wire copy
    whole, so short blocks of furniture keep their lines.

    Example:
        >>> text = "Crews clear snow.\n(AP Photo/Dana Reyes)\n\n  The council met.  "
        >>> [(ln.text, ln.block) for ln in scraped_lines(text)]
        [('Crews clear snow.', 0), ('(AP Photo/Dana Reyes)', 0), ('The council met.', 1)]
    """
    out: list[Line] = []
    block: list[Line] = []
    number = 0
    pos = 0
    # blank lines since the last line, or -1 before the first: with only "\n" breaks
    # the gap between two lines is one break per blank line plus one
    blanks = -1
    crs = "\r" in text
    last_end = -1
    for raw in text.replace("\r", "\n").split("\n") if crs else text.split("\n"):
        start = pos
        pos += len(raw) + 1
        body = raw.strip(_LINE_SPACE)
        if not body:
            if blanks >= 0:
                blanks += 1
            continue
        if blanks >= 0:
            if crs:  # "\r\n" is one break, "\r\r" two: count what lies between
                gap = text.count("\n", last_end, start)
                new_block = gap >= 2 or (gap == 0 and text.count("\r", last_end, start) >= 2)
            else:
                new_block = blanks > 0
            if new_block:
                if len(block) < 3:  # too short to be hard-wrapped
                    out += block
                else:
                    _keep_unwrapped(block, out)
                block = []
                number += 1
        s = start + raw.find(body[0]) if raw[0] in _LINE_SPACE else start
        block.append(Line(s, s + len(body), number, body))
        blanks = 0
        last_end = pos - 1
    _keep_unwrapped(block, out)
    return tuple(out)


def _keep_unwrapped(block: list[Line], out: list[Line]) -> None:
    """Append the lines of ``block`` to ``out`` unless it is hard-wrapped wire copy."""
    if len(block) >= 3 and max(ln.end - ln.start for ln in block) <= _WRAP_WIDTH:
        wrapped = sum(1 for ln in block if ln.end - ln.start >= _FULL_LINE) * 2 >= len(block)
        if not wrapped:  # lines that run on into a line opening in lower case
            runs_on = sum(  # not after a credit's last word ("Jane Roe/NPR" / "hide caption")
                1
                for a, b in itertools.pairwise(block)
                if b.text[:1].islower()
                and a.text[-1:] not in ".!?"
                and "/" not in a.text[a.text.rfind(" ") + 1 :]
            )
            wrapped = runs_on * 4 >= len(block)
        if wrapped:
            return
    out.extend(block)


# A sentence-ending run: punctuation, then closing marks and brackets, then space.
# Example: the '." ' in 'left the room." Then'.
_END = regex.compile(r"[.!?…]++[\"”’»«)\]]*+(?=\s)")
# The word before a full stop: "Sen", "U.S", "z.B", "2".
_WORD_BEFORE = regex.compile(r"(?:\p{L}\.)*+[\p{L}\p{N}]++$")
# What follows a break: optional opening marks, then the first word.
_NEXT = regex.compile(r"\s++([\"“„«»‘'(\[]*+)([\p{L}\p{N}]*+)")
# Paired double quotation marks inside one paragraph.
_QUOTE_MARK = regex.compile(r"[\"“”„«»]")


def _quoted_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return ranges of double quotations that open and close inside ``[start, end)``."""
    marks = [(m.start(), m.group()) for m in _QUOTE_MARK.finditer(text, start, end)]
    german = any(ch == "„" for _, ch in marks)
    guillemet_open = next((ch for _, ch in marks if ch in "«»"), "«")
    ranges: list[tuple[int, int]] = []
    open_at: int | None = None
    for pos, ch in marks:
        if ch == '"':
            is_open = open_at is None
        elif ch in "«»":
            is_open = ch == guillemet_open
        elif ch == "„":
            is_open = True
        elif ch == "“":
            is_open = not german
        else:  # ”
            is_open = False
        if is_open:
            open_at = pos
        elif open_at is not None:
            ranges.append((open_at, pos + 1))
            open_at = None
    return ranges


def _is_break(text: str, para_start: int, dot: int, end: int, language: str) -> bool:
    """Return whether the terminal run ``text[dot:end]`` ends a sentence."""
    nxt = _NEXT.match(text, end)
    if nxt is None:
        return False
    opener, word = nxt.group(1), nxt.group(2)
    if not word and not opener:
        return False
    first = word[:1]
    if word and not (first.isupper() or first.isdigit()) and not opener:
        return False
    if text[dot] != ".":
        return True
    wb = _WORD_BEFORE.search(text, max(para_start, dot - 40), dot)
    if wb is None:
        return True
    before = wb.group().casefold()
    if len(before) == 1 and before.isalpha():
        return False  # an initial: "John F. Kennedy"
    if before in STRONG.get(language, STRONG["en"]) or before in STRONG["en"]:
        return False
    if before in NUMERIC:
        return not first.isdigit()  # "No. 2" but "voted no. She"
    if language == "de" and before.isdigit() and len(before) <= 2:
        return False  # a German ordinal: "am 2. Januar"
    if before in WEAK or (before.count(".") >= 1 and len(before) <= 8):
        return word.casefold() in SENTENCE_OPENERS
    return True


def sentences(
    text: str, start: int = 0, end: int | None = None, *, language: str = "en"
) -> tuple[Segment, ...]:
    """Return the sentences of ``text[start:end]`` (normally one paragraph).

    Does not break after abbreviations ("Sen.", "Jan.", "No. 2"), initials
    ("John F. Kennedy"), dotted acronyms before a non-opener ("U.S. officials")
    or inside a quotation that opens and closes in the range.
    """
    end = len(text) if end is None else end
    quoted = _quoted_ranges(text, start, end)
    out: list[Segment] = []
    q = 0
    sent_start = start
    for m in _END.finditer(text, start, end):
        stop = m.end()
        while q < len(quoted) and quoted[q][1] <= m.start():
            q += 1
        if q < len(quoted) and quoted[q][0] < m.start() and stop < quoted[q][1]:
            continue
        if not _is_break(text, start, m.start(), stop, language):
            continue
        seg = _segment(text, sent_start, stop)
        if seg is not None:
            out.append(seg)
        sent_start = stop
    seg = _segment(text, sent_start, end)
    if seg is not None:
        out.append(seg)
    return tuple(out)
