"""The private text layer: paragraphs and sentences with exact offsets.

Every sample is written by us in the shapes real copy takes: blank-line paragraphs,
hard-wrapped wire copy with indented paragraphs, ``\\r\\n`` line ends, non-breaking
spaces, a title line on top.
"""

from __future__ import annotations

import itertools
from unittest import mock

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc._text import (
    _BLOCK_SEPARATOR,
    Document,
    MatchIndex,
    _block_lines,
    _block_paragraph_ranges,
    _block_separators,
    _segment,
    _suffix_alternation,
    fold,
    paragraphs,
    scraped_lines,
    sentences,
    tokenize,
)
from newsdoc.quotes import _cues

WIRE = (
    "HARBOUR FEES RISE AGAIN\n"
    "PORTSMOUTH, March 3 - The harbour board raised its mooring fees\n"
    "for the third year running, citing repairs to the eastern quay\n"
    "and a shortfall in visiting yachts.\n"
    "    The board said the rise would take effect on April 1 and\n"
    "would be reviewed after the summer season.\n"
    "    Local sailing clubs said they would appeal.\n"
    " Reuter\n"
)


def _texts(text: str) -> list[str]:
    return [p.text for p in paragraphs(text)]


def test_blank_line_paragraphs() -> None:
    text = "Title line\n\nFirst paragraph here.\n\n\nSecond one.\n"
    assert _texts(text) == ["Title line", "First paragraph here.", "Second one."]


def test_hard_wrapped_wire_copy_splits_on_indent_and_keeps_title() -> None:
    got = _texts(WIRE)
    assert got[0] == "HARBOUR FEES RISE AGAIN"
    assert got[1].startswith("PORTSMOUTH, March 3 -")
    assert got[1].endswith("visiting yachts.")
    assert got[2].startswith("The board said")
    assert got[3] == "Local sailing clubs said they would appeal."
    assert got[-1] == "Reuter"


def test_crlf_and_nbsp_keep_offsets() -> None:
    text = "First\u00a0line of the story.\r\n\r\nSecond paragraph.\r\n"
    for p in paragraphs(text):
        assert text[p.span.start : p.span.end] == p.text
    assert _texts(text) == ["First\u00a0line of the story.", "Second paragraph."]


def test_scraped_one_paragraph_per_line() -> None:
    long_a = "The committee heard evidence from three witnesses " * 3
    long_b = "Its chair said a report would follow within a month " * 3
    text = f"{long_a.strip()}\n{long_b.strip()}"
    assert len(paragraphs(text)) == 2


def test_every_line_ending_ends_a_scraped_paragraph() -> None:
    line = "The committee heard from a long list of witnesses about the harbour plan " * 2
    text = "\r\n".join([line, line]) + "\r" + line + "\n" + line + "\u2028" + line
    got = paragraphs(text)
    assert [p.text for p in got] == [line.strip()] * 5
    for p in got:
        assert text[p.span.start : p.span.end] == p.text


SENTENCE_CASES = [
    ("Sen. Ada Brook voted no. She left early.", ["Sen. Ada Brook voted no.", "She left early."]),
    ("Gov. Lee signed it. Aides cheered.", ["Gov. Lee signed it.", "Aides cheered."]),
    ("The U.S. envoy arrived. Talks began.", ["The U.S. envoy arrived.", "Talks began."]),
    (
        "It starts Jan. 2 at noon. Doors open early.",
        ["It starts Jan. 2 at noon.", "Doors open early."],
    ),
    ("He ranks No. 2 in the poll. Rivals trail.", ["He ranks No. 2 in the poll.", "Rivals trail."]),
    ("John F. Kennedy spoke. Crowds listened.", ["John F. Kennedy spoke.", "Crowds listened."]),
    (
        '"We won. They lost," she said. Then she left.',
        ['"We won. They lost," she said.', "Then she left."],
    ),
    ("“Stay. Please stay.” He did not.", ["“Stay. Please stay.”", "He did not."]),
    ("Shares of Orbis Inc. The firm fell.", ["Shares of Orbis Inc.", "The firm fell."]),
    ("Is it over? Not yet! Wait.", ["Is it over?", "Not yet!", "Wait."]),
    ("Prices rose 2.5 percent. Wages did not.", ["Prices rose 2.5 percent.", "Wages did not."]),
    ("the end. lower case follows.", ["the end. lower case follows."]),
]


@pytest.mark.parametrize(
    ("text", "expected"), SENTENCE_CASES, ids=[c[1][0][:18] for c in SENTENCE_CASES]
)
def test_sentences(text: str, expected: list[str]) -> None:
    got = sentences(text)
    assert [s.text for s in got] == expected
    for s in got:
        assert text[s.span.start : s.span.end] == s.text


def test_german_ordinal_dates_do_not_split() -> None:
    text = "Am 2. Januar tagte der Rat. Danach ging es weiter."
    got = [s.text for s in sentences(text, language="de")]
    assert got == ["Am 2. Januar tagte der Rat.", "Danach ging es weiter."]


def test_sentences_respect_range() -> None:
    text = "Ignore this. Count this one. And this."
    got = sentences(text, 13, len(text))
    assert [s.text for s in got] == ["Count this one.", "And this."]


def test_unclosed_quote_does_not_block_splitting() -> None:
    text = "“It was long. It was hard. We kept going. Nobody closed this."
    assert len(sentences(text)) == 4


def test_fold_keeps_length() -> None:
    text = "„Ja“ – «oui» — ‘yes’\u00a0!"
    assert len(fold(text)) == len(text)
    assert fold(text) == '"Ja" - "oui" - \'yes\' !'


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\r\t“”\"'„«»A1 ")), max_size=300))
def test_segments_slice_back_and_stay_ordered(text: str) -> None:
    last = 0
    for p in paragraphs(text):
        assert text[p.span.start : p.span.end] == p.text
        assert p.span.start >= last
        last = p.span.end
        prev = p.span.start
        for s in sentences(text, p.span.start, p.span.end):
            assert text[s.span.start : s.span.end] == s.text
            assert p.span.start <= s.span.start
            assert s.span.end <= p.span.end
            assert s.span.start >= prev
            prev = s.span.end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("one\n\ntwo", [(3, 5)], id="one-blank-line"),
        pytest.param("one\n \t\n\u3000\ntwo", [(3, 9)], id="blank-lines-with-spaces"),
        pytest.param("one\ntwo", [], id="no-blank-line"),
        pytest.param("\n\n\nbody", [(0, 3)], id="blank-lines-open-the-text"),
        pytest.param("body\n  ", [], id="last-line-blank-without-break"),
        pytest.param("a\n\x1f\nb", [], id="unit-separator-is-not-white-space"),
        pytest.param("a\r\nb", [(1, 3)], id="crlf-left-to-the-pattern"),
    ],
)
def test_block_separators(text: str, expected: list[tuple[int, int]]) -> None:
    assert _block_separators(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("a \t\n\xa0\u3000\x1f\u200b\r")), max_size=40))
def test_block_separators_are_the_pattern_matches(text: str) -> None:
    assert _block_separators(text) == [m.span() for m in _BLOCK_SEPARATOR.finditer(text)]


# Text broken by line feeds only, the shape of nearly all copy: paragraphs reads it
# with str.split instead of str.splitlines, and a block without a break as one line.
_LF_TEXT = st.text(alphabet=st.sampled_from(list("ab \t\n\xa0\u3000\x1f.")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_LF_TEXT)
def test_line_feed_block_lines_are_the_splitlines_lines(text: str) -> None:
    if text:
        assert _block_lines(text, 0, len(text), lf_only=True) == _block_lines(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(_LF_TEXT)
def test_line_feed_paragraphs_are_the_general_reading(text: str) -> None:
    # the general reading: separators by the pattern, every block split by splitlines
    expected = []
    block_start = 0
    separators = [m.span() for m in _BLOCK_SEPARATOR.finditer(text)]
    for sep_start, sep_end in [*separators, (len(text), len(text))]:
        if sep_start > block_start:
            block = _block_lines(text, block_start, sep_start)
            for first, last in _block_paragraph_ranges(block):
                segment = _segment(text, block[first][0], block[last][1])
                if segment is not None:
                    expected.append(segment)
        block_start = sep_end
    assert paragraphs(text) == tuple(expected)


def test_adversarial_megabyte_is_fast_enough_to_finish() -> None:
    text = ("“a. " * 50_000) + ("x" * 500_000)
    assert paragraphs(text)
    assert sentences(text)


# (text, [(line, block), ...]) for scraped_lines(): the line view caption finding reads.
SCRAPED_LINE_CASES = [
    (
        "Harbour fees rise\n\nThe board met on Monday.\nIts chair spoke.\n\n\nMore later.",
        [
            ("Harbour fees rise", 0),
            ("The board met on Monday.", 1),
            ("Its chair spoke.", 1),
            ("More later.", 2),
        ],
    ),
    (
        "Crews clear snow in Oslo.\r\nREUTERS/Lena Berg\r\n\r\nThe council met.",
        [("Crews clear snow in Oslo.", 0), ("REUTERS/Lena Berg", 0), ("The council met.", 1)],
    ),
    (
        "Crews clear snow in Oslo.\rAP Photo\r\rThe council met.",
        [("Crews clear snow in Oslo.", 0), ("AP Photo", 0), ("The council met.", 1)],
    ),
    ("The council met.\n\rIts chair spoke.", [("The council met.", 0), ("Its chair spoke.", 0)]),
    (
        "The council met.\n \t\u00a0\nIts chair spoke.",
        [("The council met.", 0), ("Its chair spoke.", 1)],
    ),
    (
        "\u00a0 Crews clear the quay.\u200b\t\n\ufeff(Photo: Tom Hale) ",
        [("Crews clear the quay.", 0), ("(Photo: Tom Hale)", 0)],
    ),
    (
        "PORTSMOUTH, March 3 - The harbour board raised its mooring fees\n"
        "for the third year running, citing repairs to the eastern quay\n"
        "and a shortfall in visiting yachts, the board said on Tuesday.\n"
        "\n"
        "Gulls over the quay.\n"
        "Photo: Tom Hale",
        [("Gulls over the quay.", 1), ("Photo: Tom Hale", 1)],
    ),
    (
        "The board raised fees\nfor the third year\nrunning, citing repairs\nto the quay.",
        [],
    ),
    (
        "Photo gallery\n1 of 4\nCrews clear the square.",
        [("Photo gallery", 0), ("1 of 4", 0), ("Crews clear the square.", 0)],
    ),
    (
        "The harbour board raised its mooring fees for the third year running\n"
        "and the sailing clubs of the eastern quay said on Tuesday that they would appeal "
        "against it before the summer season\n"
        "citing repairs to the eastern quay and a shortfall in visiting yachts",
        [
            ("The harbour board raised its mooring fees for the third year running", 0),
            (
                "and the sailing clubs of the eastern quay said on Tuesday that they would "
                "appeal against it before the summer season",
                0,
            ),
            ("citing repairs to the eastern quay and a shortfall in visiting yachts", 0),
        ],
    ),
    ("", []),
    (" \n\t\n", []),
]
SCRAPED_LINE_IDS = [
    "blank-line-blocks",
    "crlf-is-one-break",
    "two-cr-start-a-block",
    "lf-cr-is-one-break",
    "white-space-line-is-blank",
    "zero-width-and-nbsp-stripped",
    "hard-wrapped-block-dropped",
    "run-on-block-dropped",
    "short-furniture-kept",
    "line-over-110-keeps-block",
    "empty",
    "blank-only",
]


@pytest.mark.parametrize(("text", "expected"), SCRAPED_LINE_CASES, ids=SCRAPED_LINE_IDS)
def test_scraped_lines(text: str, expected: list[tuple[str, int]]) -> None:
    got = scraped_lines(text)
    assert [(ln.text, ln.block) for ln in got] == expected
    for ln in got:
        assert text[ln.start : ln.end] == ln.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab. \n\r\t\u00a0\u200bA")), max_size=200))
def test_scraped_lines_slice_back_in_order(text: str) -> None:
    last_end, last_block = 0, 0
    for ln in scraped_lines(text):
        assert text[ln.start : ln.end] == ln.text == ln.text.strip(" \t\u00a0\u200b")
        assert ln.text
        assert ln.start >= last_end
        assert ln.block >= last_block
        last_end, last_block = ln.end, ln.block


def test_scraped_lines_megabyte_without_newline() -> None:
    text = "a " * 500_000
    assert [ln.end for ln in scraped_lines(text)] == [len(text) - 1]


# Word sets of our own for the suffix-grouped alternation: shared endings, a word
# that ends another, dots and one letter alone.
SUFFIX_SETS = [
    (frozenset({"dr", "sr", "r", "no"}), ("d", "s", "o", "rr", "dsr", "ro")),
    (frozenset({"u.s", "s", "gov", "v"}), ("u.", ".s", "us", "go", "ov")),
    (frozenset({"bzw", "z.b", "ca", "a"}), ("b", "zb", "z.", "cca", "bz")),
]


@pytest.mark.parametrize(
    ("words", "others"), SUFFIX_SETS, ids=["shared-endings", "dotted", "one-letter"]
)
def test_suffix_alternation_matches_exactly_its_words(
    words: frozenset[str], others: tuple[str, ...]
) -> None:
    pattern = regex.compile(f"(?:{_suffix_alternation(words)})")
    assert all(pattern.fullmatch(w) for w in words)
    assert not any(pattern.fullmatch(w) for w in others)
    # as a look-behind, the way the sentence-end pattern reads it
    behind = regex.compile(f"(?<=(?<![a-z.])(?:{_suffix_alternation(words)}))!")
    assert all(behind.search(f" {w}!") for w in words)
    assert not any(behind.search(f" {w}!") for w in others)


# --- Tokens ---------------------------------------------------------------------------------

TOKENS = [
    ("l’hydrologue", ["l’", "hydrologue"]),
    ("dell’anno", ["dell’", "anno"]),
    ("d'un", ["d'", "un"]),
    ("qu’il", ["qu’", "il"]),
    ("c’est", ["c’", "est"]),
    ("all’ultimo", ["all’", "ultimo"]),
    ("jusqu’à", ["jusqu’", "à"]),
    ("aujourd’hui", ["aujourd’hui"]),
    ("O’Brien", ["O’Brien"]),
    ("a-t-il", ["a-t-il"]),
    ("1,250.5 euros", ["1,250.5", "euros"]),
    ("«Oui», dit-elle.", ["«", "Oui", "»", ",", "dit-elle", "."]),
    ("U.S. troops", ["U.S", ".", "troops"]),
    ("l’ 2", ["l", "’", "2"]),
]


@pytest.mark.parametrize(("text", "expected"), TOKENS, ids=[t for t, _ in TOKENS])
def test_tokens_split_elisions(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("al’'- .,«»\n\tÉé1Q\u00a0dq")), max_size=60))
def test_tokens_tile_the_visible_text(text: str) -> None:
    tokens = tokenize(text)
    covered = "".join(text[t.start : t.end] for t in tokens)
    assert covered == "".join(text.split())
    for t in tokens:
        assert text[t.start : t.end] == t.text
        assert t.text
        assert not any(ch.isspace() for ch in t.text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))


# --- The analysed document ------------------------------------------------------------------

STORY = (
    "Le barrage a cédé\n\n"
    "« L’eau monte vite », a déclaré l’hydrologue Marie Roche. Les secours sont sur place.\n\n"
    "Le maire a demandé l’évacuation du quartier."
)


def test_document_views() -> None:
    doc = Document.analyse(STORY)
    assert doc.language == "fr"
    assert next(p.text for p in doc.paragraphs) == "Le barrage a cédé"
    assert len(doc.sentences) == 4
    assert [doc.text[q.start : q.end] for q in doc.quotations] == ["« L’eau monte vite »"]
    words = [t.text for t in doc.tokens]
    assert words[words.index("déclaré") + 1 : words.index("déclaré") + 3] == ["l’", "hydrologue"]
    assert next(ln.text for ln in doc.scraped_lines) == "Le barrage a cédé"
    for view in (doc.paragraphs, doc.sentences):
        for seg in view:
            assert doc.text[seg.span.start : seg.span.end] == seg.text


def test_document_is_frozen_and_views_are_built_once() -> None:
    doc = Document.analyse(STORY, "fr")
    assert doc.tokens is doc.tokens
    assert doc.sentences is doc.sentences
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        doc.given_language = "en"  # type: ignore[misc]


def test_document_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="must be a str"):
        Document.analyse(b"bytes")  # type: ignore[arg-type]


# --- Matches found once, read by window -----------------------------------------------------

_PATTERNS = [regex.compile(r"\w+"), regex.compile(r"[.!?]++(?=\s)"), regex.compile(r"\d+")]


def _brute(pattern: regex.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text) if m.start() >= lo and m.end() <= hi]


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab1. !\n")), max_size=300),
    which=st.integers(0, len(_PATTERNS) - 1),
    a=st.integers(0, 320),
    b=st.integers(0, 320),
    block=st.sampled_from([4, 16, 64]),
)
def test_match_index_reads_what_one_search_finds(
    text: str, which: int, a: int, b: int, block: int
) -> None:
    pattern = _PATTERNS[which]
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    index = MatchIndex(pattern, text, reach=8, block=block)
    found = _brute(pattern, text, lo, hi)
    assert index.within(lo, hi) == found
    assert index.last_within(lo, hi, 3) == found[::-1][:3]
    assert index.first_within(lo, hi, 3) == found[:3]
    spans = [m.span() for m in pattern.finditer(text)]
    straddle = next((s for s in spans if s[0] < lo < s[1]), None)
    assert index.straddling(lo) == straddle


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list('aB.” “"\n,Dr')), max_size=400),
    a=st.integers(0, 420),
    b=st.integers(0, 420),
)
def test_attribution_windows_read_from_the_document_as_scanned(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    scanned = (
        _cues.tokens(text, lo, hi),
        _cues.sentence_start(text, lo, hi),
        _cues.sentence_end(text, lo, hi),
    )
    for share, short in ((1, 384), (0, 0)):  # 0: every window read from the document's index
        with (
            mock.patch.object(_cues, "_SCANNED_SHARE", share),
            mock.patch.object(_cues, "_SHORT_WINDOW", short),
            _cues.reading(Document(text=text, language="en")),
        ):
            read = (
                _cues.tokens(text, lo, hi),
                _cues.sentence_start(text, lo, hi),
                _cues.sentence_end(text, lo, hi),
            )
            assert read == scanned


@pytest.mark.parametrize(
    "text",
    [
        "Sen. Ann Lee-Park said l’accord was U.S.-made, Dr. Roe added.",
        "«Oui», a-t-il dit. M. Dupont n’a rien ajouté... «Non.»",
    ],
    ids=["en-dots-hyphens", "fr-elision-inversion"],
)
def test_windows_cut_from_a_wider_one_read_as_scanned(text: str) -> None:
    # a wide window is scanned first; every window inside it, cut from its
    # tokens, reads what scanning that window gives (edges inside words too)
    n = len(text)
    for outer_lo, outer_hi in ((0, n), (3, n - 2)):
        with _cues.reading(Document(text=text, language="en")):
            wide = _cues.tokens(text, outer_lo, outer_hi)
            for lo in range(outer_lo, outer_hi):
                for hi in range(lo + 1, outer_hi + 1):
                    assert _cues.tokens(text, lo, hi) == list(_cues._scan_tokens(text, lo, hi)), (
                        lo,
                        hi,
                    )
        assert wide == list(_cues._scan_tokens(text, outer_lo, outer_hi))


def test_no_document_outlives_the_call() -> None:
    newsdoc.find_quotes('"It is done," she said.')
    assert _cues._DOCUMENT.get() is None
