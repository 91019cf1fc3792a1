"""The text layer shared by every module (private).

Paragraphs and sentences with exact offsets into the original string, character
classes for dashes and quotation marks across languages, and an offset-preserving
folding for matching.  Nothing here ever changes the length of the text: spans
always index the original.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, TypeVar

import attrs
import regex

from newsdoc._lexicon.abbreviations import NUMERIC, SENTENCE_OPENERS, STRONG, WEAK
from newsdoc.spans import Span

_T = TypeVar("_T")

__all__ = [
    "CLOSE_QUOTES",
    "CLOSING_MARKS",
    "CLOSING_QUOTE_MARKS",
    "DASH_CLASS",
    "DOUBLE_QUOTES",
    "ENDS_LIKE_SENTENCE",
    "OPEN_QUOTES",
    "QUOTE_CLASS",
    "SINGLE_QUOTES",
    "TERMINAL_MARKS",
    "TERMINAL_RUN",
    "Document",
    "Line",
    "MatchIndex",
    "Segment",
    "Token",
    "display_name_word",
    "fold",
    "is_sentence_break",
    "paragraphs",
    "scraped_lines",
    "sentence_end_pattern",
    "sentences",
    "tokenize",
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


def _block_lines(
    text: str, start: int, end: int, *, lf_only: bool = False
) -> list[tuple[int, int, int, int]]:
    """Return (start, end, indent, length without trailing space) for each line of a block.

    Lines end where :meth:`str.splitlines` ends them (line feeds, carriage returns,
    form feeds, Unicode line separators); plain tuples, because a document can hold
    hundreds of thousands of lines.  ``lf_only`` says the text holds no break but
    line feeds.
    """
    out: list[tuple[int, int, int, int]] = []
    pos = start
    if lf_only:  # the text breaks lines at line feeds only: a plain split finds them
        for body in text[start:end].split("\n"):
            out.append((pos, pos + len(body), len(body) - len(body.lstrip()), len(body.rstrip())))
            pos += len(body) + 1
        if len(out) > 1 and out[-1][0] == end:  # a break closes the block: no line after it
            out.pop()
        return out
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
    left = chunk.lstrip()
    if not left:
        return None
    body = left.rstrip()
    s = start + len(chunk) - len(left)
    return Segment(span=Span(start=s, end=s + len(body)), text=body)


def paragraphs(text: str) -> tuple[Segment, ...]:
    """Return the paragraphs of ``text`` with exact offsets.

    Blank lines separate blocks.  Inside a block, hard-wrapped wire copy (every
    line at most ~110 characters, three lines or more) starts a paragraph at an
    indented line or after a short line; other blocks are one paragraph per line,
    as scraped text is.  A title line on top becomes its own paragraph.
    """
    out: list[Segment] = []
    block_start = 0
    # with line feeds as the only breaks, a block without one is one line: a paragraph
    one_break = not any(ch in text for ch in _OTHER_BREAKS)
    separators = _block_separators(text, lf_only=one_break)
    for sep_start, sep_end in [*separators, (len(text), len(text))]:
        if one_break and sep_start > block_start and text.find("\n", block_start, sep_start) < 0:
            seg = _segment(text, block_start, sep_start)
            if seg is not None:
                out.append(seg)
        elif sep_start > block_start:
            block = _block_lines(text, block_start, sep_start, lf_only=one_break)
            for a, b in _block_paragraph_ranges(block):
                seg = _segment(text, block[a][0], block[b][1])
                if seg is not None:
                    out.append(seg)
        block_start = sep_end
    return tuple(out)


# The white space _BLOCK_SEPARATOR allows on a blank line (``\s`` less the breaks).
# Unlike str.strip(), it leaves "\x1f" alone, which ``\s`` does not match.
_BLANK_LINE_SPACE = (
    "\t \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
# The line breaks other than the line feed.
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _block_separators(text: str, *, lf_only: bool | None = None) -> list[tuple[int, int]]:
    r"""Return the (start, end) of each run of blank lines between blocks of ``text``.

    The matches of ``_BLOCK_SEPARATOR``.  Text broken by line feeds alone (nearly
    all copy) is read line by line with ``str`` methods, which is several times
    cheaper than the pattern's scan; any other break ("\r\n" counts as two
    breaks there) is left to the pattern.  ``lf_only`` says whether the text breaks
    lines at line feeds only, when the caller knows it.
    """
    if lf_only is None:
        lf_only = not any(ch in text for ch in _OTHER_BREAKS)
    if not lf_only:
        return [m.span() for m in _BLOCK_SEPARATOR.finditer(text)]
    out: list[tuple[int, int]] = []
    lines = text.split("\n")
    last = len(lines) - 1  # the last line has no break after it
    pos = 0  # where line i starts
    i = 0
    while i < last:
        end = pos + len(lines[i])  # the break after line i
        j = i + 1
        sep_end = end + 1
        while j < last and not lines[j].strip(_BLANK_LINE_SPACE):
            sep_end += len(lines[j]) + 1
            j += 1
        if j > i + 1:  # at least one blank line with its break
            out.append((end, sep_end))
        pos = sep_end
        i = j
    return out


class Line(NamedTuple):
    """A non-blank line, stripped, and the number of the blank-line block it belongs to.

    A named tuple rather than an attrs class: documents can hold hundreds of
    thousands of lines, and this is the cheapest record Python has.
    """

    start: int
    end: int
    block: int
    text: str


# The constructor named tuples call: ``_new_tuple(Line, (start, end, block, text))``
# is ``Line(start, end, block, text)``.
_new_tuple = tuple.__new__

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
        # made by tuple.__new__, as Line() does, without its Python-level __new__:
        # half the cost, and a text can hold hundreds of thousands of lines
        block.append(_new_tuple(Line, (s, s + len(body), number, body)))
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


# --- Where sentences end ---------------------------------------------------------------------
#
# One vocabulary for the whole library.  A sentence ends with a *terminal run*: one
# or more terminal marks, then any closing quotation marks and brackets ('." ',
# '?» ', '.“ ', '.) ').  It answers three distinct questions, each named here:
#
# - does this terminal run end a sentence of running text?  `sentences` and
#   `is_sentence_break` (the splitter: they read the next word and the word before
#   the full stop, so "Sen. Ann" and "am 2. Januar" go on);
# - the same question asked of many windows of one text: `sentence_end_pattern`,
#   one pattern with the abbreviation checks as look-behinds, which a `MatchIndex`
#   can hold (quotation attribution reads it); a closing bracket does not end its
#   sentence there: attribution reads a bracketed sentence with the one around it,
#   so that the capitalised word after the bracket is not read as a sentence's
#   subject ("(... inocentes.) Son solo ...": "Son" is a verb);
# - does a piece of text (a line, the text before a tag) end as a sentence does?
#   `ENDS_LIKE_SENTENCE`: its last mark, no word to check.

#: Marks that end a sentence: full stop, question mark, exclamation mark, ellipsis.
TERMINAL_MARKS = ".!?…"
#: Marks that end a clause and open another inside one sentence: colon and semicolon
#: ("Lee said: …", "…; mientras que …"); with the terminal marks, where a clause's
#: subject can no longer be read across.
CLAUSE_MARKS = ":;"
#: Closing quotation marks that may follow a terminal mark inside its sentence, in
#: the five languages: English ” ’, German “, French and Italian », the reversed «
#: and the straight ".
CLOSING_QUOTE_MARKS = '"”’“»«'
#: Every mark that may follow a terminal mark inside its sentence: closing quotation
#: marks and closing brackets ("(It rained.) Then").
CLOSING_MARKS = CLOSING_QUOTE_MARKS + ")]"
#: A terminal run, as pattern text: '.', '?»', '.“', '…)', '!!'.
TERMINAL_RUN = rf"[{regex.escape(TERMINAL_MARKS)}]++[{regex.escape(CLOSING_MARKS)}]*+"
#: The marks text that ends like a sentence ends with: "… he said." "… „gut.“" "… (dpa)".
ENDS_LIKE_SENTENCE = frozenset(TERMINAL_MARKS + CLOSING_MARKS)

# A terminal run before white space: where `sentences` tries a break.
# Example: the '." ' in 'left the room." Then'.
_END = regex.compile(TERMINAL_RUN + r"(?=\s)")
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


def is_sentence_break(text: str, para_start: int, dot: int, end: int, language: str) -> bool:
    """Return whether the terminal run ``text[dot:end]`` ends a sentence.

    The next word must open a sentence (a capital, a digit or an opening mark);
    after a full stop, the word before must be no initial ("John F. Kennedy"), no
    known abbreviation ("Sen.", "Nr. 11"), no German ordinal ("am 2. Januar") and
    no dotted acronym before a word that cannot open a sentence ("U.S. officials").
    ``para_start`` bounds how far back the word before is read.

    Example:
        >>> text = "Sen. Lee spoke. Then she left."
        >>> is_sentence_break(text, 0, 3, 4, "en"), is_sentence_break(text, 0, 14, 15, "en")
        (False, True)
    """
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
        if not is_sentence_break(text, start, m.start(), stop, language):
            continue
        seg = _segment(text, sent_start, stop)
        if seg is not None:
            out.append(seg)
        sent_start = stop
    seg = _segment(text, sent_start, end)
    if seg is not None:
        out.append(seg)
    return tuple(out)


@functools.cache
def sentence_end_pattern() -> regex.Pattern[str]:
    r"""Return the sentence end as one pattern (built on first use: German months from Babel).

    A terminal run closed by quotation marks only (see the notes above), with
    what `is_sentence_break` reads as look-arounds, for code that reads many
    windows of one text through a `MatchIndex`: white space or a glued
    capitalised word follows ("said.She");
    not after an initial ("J. Roth"), a dotted abbreviation ("U.S.", "z.B.") or a
    known one ("Sen.", "bzw."); not a number's abbreviation before its figure
    ("Nr. 11"), nor a German ordinal before a month or century ("am 20. Juli").  "at
    7 p.m. He said" ends after "p.m." when a pronoun or article follows.

    Example:
        >>> pattern = sentence_end_pattern()
        >>> [m.start() for m in pattern.finditer("Sen. Lee said: “It rains.” Then no. 5 left. ")]
        [24, 42]
    """
    from newsdoc._lexicon.dates import month_names

    abbreviations = frozenset().union(*STRONG.values()) | WEAK
    german_months = "|".join(month_names("de"))
    return regex.compile(
        r"(?<!\b(?:\p{Lu}|[\p{L}]\.\p{L}))"
        rf"(?<!(?<![\p{{L}}.])(?i:{_suffix_alternation(abbreviations)}))"
        rf"[{regex.escape(TERMINAL_MARKS)}]++[{regex.escape(CLOSING_QUOTE_MARKS)}]*+"
        r"(?=\s|(?<=\p{Ll}{2}\.)\p{Lu}\p{Ll})"
        rf"(?!(?<=(?<![\p{{L}}.])(?i:{_suffix_alternation(NUMERIC)})\.)\s*+\d)"
        # "am 20. Juli", "im 19. Jahrhundert": a German ordinal date goes on
        rf"(?!(?<=\b\d{{1,2}}\.)\s++(?:{german_months}|Jahrhundert|Jahrhunderts)\b)"
        # "at 7 p.m. He said": a time abbreviation before a pronoun or article ends it
        r"|(?<=\b[ap]\.m)\.(?=\s++(?:He|She|They|It|We|I|The|A)\b)"
    )


def _alternation(words: frozenset[str]) -> str:
    """Return a regex alternation of ``words``, longest first."""
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Words stored by their letters read backwards; the key "" marks where one ends.
_SuffixTrie = dict[str, "_SuffixTrie"]


def _suffix_alternation(words: frozenset[str]) -> str:
    """Return a regex matching exactly ``words``, its branches grouped by their last letters.

    For a look-behind, which is matched from its end: a flat alternation tries
    every word at every full stop, this one reads one letter to rule out all
    the words that do not end in it.  Being the same set of words, it matches
    wherever the flat alternation does.

    Example:
        >>> _suffix_alternation(frozenset({"dr", "sr", "r", "no"}))
        '(?:no|(?:d|s)?r)'
    """
    trie: _SuffixTrie = {}
    for word in words:
        node = trie
        for char in reversed(word):
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _suffix_branches(trie)


def _suffix_branches(node: _SuffixTrie) -> str:
    """Return the pattern of the words that end in a suffix trie's ``node``'s path.

    See `_suffix_alternation`.
    """
    branches = [_suffix_branches(node[c]) + regex.escape(c) for c in sorted(node) if c]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]  # one word goes on before: no group needed
    group = f"(?:{'|'.join(branches)})"
    return f"{group}?" if "" in node else group


# --- Tokens ---------------------------------------------------------------------------------

# Elided words that lean on the next one: "l’hydrologue" -> "l’" + "hydrologue",
# "dell’anno", "d’un", "qu’il", "c’est", "all’ultimo", "un’altra", "nell’aula".
# A closed class of French and Italian articles, prepositions, pronouns and
# conjunctions (standard grammars of both languages); names with such a prefix
# ("D’Alema", "O’Brien") are not in it except "d’", which is split like the article.
_ELIDED = (
    "l d j m n s t c qu jusqu lorsqu puisqu quoiqu quelqu presqu "
    "dell all dall nell sull coll quell quest un nessun buon sant tutt ciascun alcun"
)
_ELISION = "|".join(sorted(_ELIDED.split(), key=len, reverse=True))
_APOSTROPHE = "'’ʼ"

# One token: an elided word with its apostrophe ("l’", "dell'"), a word with inner
# apostrophes, hyphens and dots ("aujourd’hui", "a-t-il", "U.S"), a number with
# its separators ("1,250.5"), or one other visible character ("«", ",", "-").
# Example: "l’hydrologue a-t-il dit « 1,5 »" -> l’ | hydrologue | a-t-il | dit | « | 1,5 | ».
_TOKEN = regex.compile(
    rf"""
    (?P<elided>(?i:{_ELISION})[{_APOSTROPHE}](?=\p{{L}}))    # l’ dell’ qu’ before a letter
    | (?P<number>\p{{N}}++(?:[.,:/]\p{{N}}++)*+)               # 12  1,250.5  7:30
    | (?P<word>[\p{{L}}\p{{M}}\p{{N}}]++
        (?:[{_APOSTROPHE}\-.\u2011][\p{{L}}\p{{M}}\p{{N}}]++)*+) # said  a-t-il  U.S  O’Brien
    | (?P<other>\S)                                          # one punctuation character
    """,
    regex.VERBOSE,
)


class Token(NamedTuple):
    """A token and its exact offsets: ``text[start:end] == token.text``.

    A named tuple, as a document holds tens of thousands of tokens.
    ``kind`` is "elided", "number", "word" or "other" (punctuation).
    """

    start: int
    end: int
    text: str
    kind: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Return the tokens of ``text[start:end]``: every visible character in one token.

    Elided articles, prepositions and pronouns are split from the word they lean
    on (``l’`` + ``hydrologue``, ``dell’`` + ``anno``, ``qu’`` + ``il``).

    Example:
        >>> [t.text for t in tokenize("Selon l’hydrologue, c’est «grave».")]
        ['Selon', 'l’', 'hydrologue', ',', 'c’', 'est', '«', 'grave', '»', '.']
    """
    end = len(text) if end is None else end
    return tuple(
        Token(m.start(), m.end(), m.group(), m.lastgroup or "other")
        for m in _TOKEN.finditer(text, start, end)
    )


class MatchIndex:
    r"""The matches of one pattern over a text, found once per block and read by window.

    Code that looks at many windows of one text ("the sentence before this
    quotation") reads the matches here instead of searching every window again,
    so a window costs the matches it holds, not its length.  The text is searched
    in blocks (2 KB unless told), each on first use, cut at white space: a pattern whose
    matches hold no white space finds exactly what one search of the whole text
    finds (look-ahead is allowed ``reach`` characters past a block).  Only whole
    matches are returned; a window's edges are the caller's business.

    Example:
        >>> idx = MatchIndex(regex.compile(r"\d+"), "a 12 b 345 c 6")
        >>> idx.within(3, 14)
        [(7, 10), (13, 14)]
        >>> idx.straddling(8)
        (7, 10)
    """

    __slots__ = ("_BLOCK", "_blocks", "_cuts", "_owners", "_pattern", "_reach", "_text")

    def __init__(
        self, pattern: regex.Pattern[str], text: str, reach: int = 64, block: int = 2048
    ) -> None:
        """Index ``pattern`` over ``text`` (nothing is searched until a window is read).

        ``block`` is the block length: about the windows the index will be asked for.
        """
        self._BLOCK = block
        self._pattern = pattern
        self._text = text
        self._reach = reach
        n = len(text) // self._BLOCK + 1
        self._cuts: list[int | None] = [None] * (n + 1)
        self._blocks: list[tuple[list[int], list[int]] | None] = [None] * n
        self._owners: list[int] = []

    def _cut(self, k: int) -> int:
        """Return where block ``k`` starts: the first white space at or after k blocks."""
        cut = self._cuts[k]
        if cut is None:
            text = self._text
            pos = k * self._BLOCK
            if k == 0 or pos >= len(text):
                cut = min(pos, len(text))
            else:
                m = _SPACE.search(text, pos)
                cut = len(text) if m is None else m.start()
            self._cuts[k] = cut
        return cut

    def _block(self, k: int) -> tuple[list[int], list[int]]:
        """Return the starts and ends of the matches starting in block ``k``."""
        block = self._blocks[k]
        if block is None:
            lo, hi = self._cut(k), self._cut(k + 1)
            starts: list[int] = []
            ends: list[int] = []
            if hi > lo:
                endpos = min(len(self._text), hi + self._reach)
                for m in self._pattern.finditer(self._text, lo, endpos):
                    start, end = m.span()
                    if start >= hi:
                        break
                    starts.append(start)
                    ends.append(end)
            block = self._blocks[k] = (starts, ends)
        return block

    def _block_of(self, pos: int) -> int:
        """Return the number of the block that holds position ``pos``."""
        k = min(pos // self._BLOCK, len(self._blocks) - 1)
        if self._cut(k) <= pos:
            return k
        # no white space between k blocks and pos: pos lies in the block that
        # holds the start of block k's stretch (memoised, so each is found once)
        owners = self._owners
        while len(owners) <= k:
            i = len(owners)
            if i == 0 or self._cut(i) == i * self._BLOCK:
                owners.append(i)
            elif self._cut(i - 1) <= i * self._BLOCK:
                owners.append(i - 1)
            else:
                owners.append(owners[i - 1])
        return owners[k]

    def _blocks_over(self, lo: int, hi: int) -> range:
        """Return the numbers of the blocks that hold text of ``[lo, hi)``."""
        return range(self._block_of(lo), self._block_of(max(hi - 1, lo)) + 1)

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Return the (start, end) of the matches lying wholly inside ``[lo, hi)``."""
        out: list[tuple[int, int]] = []
        for k in self._blocks_over(lo, hi):
            starts, ends = self._block(k)
            i = bisect.bisect_left(starts, lo)
            j = bisect.bisect_right(ends, hi, lo=i)
            out += zip(starts[i:j], ends[i:j], strict=True)
        return out

    def last_within(self, lo: int, hi: int, count: int) -> list[tuple[int, int]]:
        r"""Return up to ``count`` matches lying wholly inside ``[lo, hi)``, last first.

        Reads only the blocks it needs, however long the window.

        Example:
            >>> MatchIndex(regex.compile(r"\d+"), "1 2 3 4").last_within(0, 6, 2)
            [(4, 5), (2, 3)]
        """
        out: list[tuple[int, int]] = []
        for k in reversed(self._blocks_over(lo, hi)):
            starts, ends = self._block(k)
            i = bisect.bisect_left(starts, lo)
            j = bisect.bisect_right(ends, hi, lo=i)
            while j > i and len(out) < count:
                j -= 1
                out.append((starts[j], ends[j]))
            if len(out) >= count or (starts and starts[0] < lo):
                break
        return out

    def first_within(self, lo: int, hi: int, count: int) -> list[tuple[int, int]]:
        r"""Return up to ``count`` matches lying wholly inside ``[lo, hi)``, first first.

        Example:
            >>> MatchIndex(regex.compile(r"\d+"), "1 2 3 4").first_within(1, 7, 2)
            [(2, 3), (4, 5)]
        """
        out: list[tuple[int, int]] = []
        for k in self._blocks_over(lo, hi):
            starts, ends = self._block(k)
            i = bisect.bisect_left(starts, lo)
            while i < len(starts) and ends[i] <= hi and len(out) < count:
                out.append((starts[i], ends[i]))
                i += 1
            if len(out) >= count or i < len(starts):
                break
        return out

    def straddling(self, pos: int) -> tuple[int, int] | None:
        """Return the match that starts before ``pos`` and ends after it, if any."""
        for k in reversed(self._blocks_over(pos, pos + 1)):
            starts, ends = self._block(k)
            i = bisect.bisect_left(starts, pos) - 1
            if i >= 0:
                return (starts[i], ends[i]) if ends[i] > pos else None
        return None


# White space: where the blocks of a MatchIndex are cut.
_SPACE = regex.compile(r"\s")


# --- The analysed document ------------------------------------------------------------------


@attrs.frozen(kw_only=True, slots=False)
class Document:
    r"""A text analysed once: language, paragraphs, sentences, tokens, lines, quotations.

    Build it with :meth:`analyse`.  The views every fact module reads are computed
    on first use and then kept for the life of the document (never in module
    state): ``parse()`` analyses a text once and each ``find_*`` function its own.
    The language too is detected on first use, when the caller gave none: a
    module that reads no language costs no detection.

    Example:
        >>> doc = Document.analyse("« Il pleut », a dit l’hydrologue.\n\nFin.")
        >>> doc.language, len(doc.paragraphs), [s.text for s in doc.sentences][-1]
        ('fr', 2, 'Fin.')
        >>> [t.text for t in doc.tokens][6:9]
        ['dit', 'l’', 'hydrologue']
        >>> [doc.text[q.start:q.end] for q in doc.quotations]
        ['« Il pleut »']
    """

    text: str
    #: The language code the caller gave (checked), or None: :attr:`language` is
    #: then detected from the whole text on first use.  Modules that read a
    #: language of their own where none was given (a dateline's surroundings, the
    #: head of the page for stamps) read this.
    given_language: str | None = attrs.field(default=None, alias="language")

    @classmethod
    def analyse(cls, text: str, language: str | None = None) -> Document:
        """Return the analysed document of ``text`` (language detected when None).

        Raises:
            TypeError: ``text`` is not a str.
            ValueError: ``language`` is not supported.

        Example:
            >>> Document.analyse("Der Rat hat das Gesetz beschlossen.").language
            'de'
            >>> Document.analyse("Any text.", "fr-CA").given_language
            'fr'
        """
        from newsdoc._validate import ensure_str
        from newsdoc.languages import resolve_language

        text = ensure_str(text)
        code = None if language is None else resolve_language(text, language)
        return cls(text=text, language=code)

    @functools.cached_property
    def language(self) -> str:
        """The language code: the one given, or the one detected from the text."""
        if self.given_language is not None:
            return self.given_language
        from newsdoc.languages import detect_language

        return detect_language(self.text)

    @functools.cached_property
    def paragraphs(self) -> tuple[Segment, ...]:
        """The paragraphs (see :func:`paragraphs`)."""
        return paragraphs(self.text)

    @functools.cached_property
    def sentences(self) -> tuple[Segment, ...]:
        """The sentences of every paragraph, in order (see :func:`sentences`)."""
        out: list[Segment] = []
        for para in self.paragraphs:
            out += sentences(self.text, para.span.start, para.span.end, language=self.language)
        return tuple(out)

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the text with exact offsets (see :func:`tokenize`)."""
        return tokenize(self.text)

    @functools.cached_property
    def scraped_lines(self) -> tuple[Line, ...]:
        """The line view of scraped copy (see :func:`scraped_lines`)."""
        return scraped_lines(self.text)

    @functools.cached_property
    def quotations(self) -> tuple[Span, ...]:
        """The spans of the top-level quoted segments, marks included, in order."""
        from newsdoc.quotes._marks import quoted_segments

        return tuple(
            Span(start=q.start, end=q.end) for q in quoted_segments(self.text, self.paragraphs)
        )

    def index(self, pattern: regex.Pattern[str], reach: int = 64, block: int = 2048) -> MatchIndex:
        r"""Return the matches of ``pattern`` over the whole text, found once per document.

        Example:
            >>> doc = Document.analyse("One. Two. Three.", "en")
            >>> doc.index(regex.compile(r"\.")) is doc.index(regex.compile(r"\."))
            True
        """
        key = (pattern.pattern, pattern.flags)
        found = self._indexes.get(key)
        if found is None:
            found = self._indexes[key] = MatchIndex(pattern, self.text, reach, block)
        return found

    def derived(self, name: str, build: Callable[[Document], _T]) -> _T:
        """Return the table ``build(self)``, built on first use and kept as ``name``.

        For tables a module derives from the text (its own token view, say): they
        live as long as the document, never in module state.

        Example:
            >>> doc = Document.analyse("a b c", "en")
            >>> doc.derived("words", lambda d: d.text.split())
            ['a', 'b', 'c']
        """
        table = self._derived
        if name not in table:
            table[name] = build(self)
        found: _T = table[name]
        return found

    @functools.cached_property
    def _indexes(self) -> dict[tuple[str, int], MatchIndex]:
        return {}

    @functools.cached_property
    def _derived(self) -> dict[str, Any]:
        return {}
