"""The work bounds of quotation finding: what they keep, and that they change no answer.

Speed itself is measured by ``benchmarks/adversarial.py``; these tests check the
mechanisms behind it: the segment bound, and that attribution's windows read from
the document's tokens and sentence ends give what scanning each window gives.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import quotes
from newsdoc._text import Document
from newsdoc.quotes import _cues
from newsdoc.quotes._marks import CHARS_PER_SEGMENT, SEGMENT_BASE, max_segments, quoted_segments

# --- the segment bound -------------------------------------------------------------


def test_the_segment_bound_grows_with_the_text() -> None:
    assert max_segments(0) == SEGMENT_BASE
    assert max_segments(100 * CHARS_PER_SEGMENT) == SEGMENT_BASE + 100


def test_one_letter_quotations_stop_at_the_segment_bound() -> None:
    text = '"a' * 5000
    segs = quoted_segments(text)
    assert len(segs) == max_segments(len(text))
    assert all(text[s.start : s.end] == '"a"' for s in segs)


def test_a_story_dense_with_quotations_is_read_in_full() -> None:
    # one short quotation per line, denser than any news story: all of them
    text = "".join(f"“Point {i}.” " for i in range(40))
    assert len(quoted_segments(text)) == 40
    assert len(newsdoc.find_quotes(text)) == 40


# --- windows read from the document ---------------------------------------------------

_WINDOW = st.tuples(st.integers(0, 300), st.integers(0, 300))


def _scanned(text: str, lo: int, hi: int) -> tuple[object, ...]:
    return (
        _cues.tokens(text, lo, hi),
        _cues.sentence_start(text, lo, hi),
        _cues.sentence_end(text, lo, hi),
    )


# Pieces that make sentence ends hard to read: abbreviations, ordinal dates, times
# ("p.m. He"), numbers after "No.", closing marks after a full stop.
_PIECES = st.sampled_from(
    [
        *("a", "B", ".", "”", " ", "  ", "“", '"', "\n", ",", "Dr", "5", "20", "?", "!", "…"),
        *("p.m", "Juli", "Julis", "He", "No", "Mr", "U.S", "\u00a0"),
    ]
)


@settings(max_examples=80, deadline=None)
@given(
    text=st.lists(_PIECES, max_size=120).map("".join),
    windows=st.lists(_WINDOW, min_size=1, max_size=60),
)
def test_many_windows_of_one_document_read_as_scanned(
    text: str, windows: list[tuple[int, int]]
) -> None:
    # many overlapping windows use up the scanning allowances, so later ones are
    # read from the document's index: every answer must stay the same
    spans = [tuple(sorted((min(a, len(text)), min(b, len(text))))) for a, b in windows]
    expected = [_scanned(text, lo, hi) for lo, hi in spans]
    with _cues.reading(Document(text=text, language="en")):
        got = [_scanned(text, lo, hi) for lo, hi in spans]
    assert got == expected


def test_a_text_dense_with_full_stops_reads_as_scanned() -> None:
    # a full stop every few characters: past the allowance of sentence ends the
    # short windows are read from the index, with the same answers
    text = "xxDr. ”" * 80
    spans = [(max(0, hi - 300), hi) for hi in range(10, len(text), 13)]
    expected = [_scanned(text, lo, hi) for lo, hi in spans]
    with _cues.reading(Document(text=text, language="en")):
        got = [_scanned(text, lo, hi) for lo, hi in spans]
    assert got == expected


def test_a_window_opening_inside_a_sentence_end_reads_as_scanned() -> None:
    # "?|? " and ".|” ": the window sees the rest of the end as an end of its own
    text = "Why?? Then.” Now " + "x" * 500
    for lo in (4, 11):
        for hi in (lo + 3, lo + 450):
            expected = _scanned(text, lo, hi)
            with _cues.reading(Document(text=text, language="en")):
                assert _scanned(text, lo, hi) == expected


# --- the attribution bound ------------------------------------------------------------


def test_the_attribution_bound_has_a_floor_then_grows_with_the_text() -> None:
    floor = quotes._ATTRIBUTION_FLOOR
    assert quotes._max_attributions(0) == floor
    assert quotes._max_attributions(floor * quotes._CHARS_PER_ATTRIBUTION) == floor
    assert quotes._max_attributions(1000 * quotes._CHARS_PER_ATTRIBUTION) == 1000


def test_quotations_past_the_attribution_bound_have_no_speaker() -> None:
    # a machine-made run of cued quotations: the first ones are attributed,
    # the rest are still returned, with no speaker
    text = "“Yes,” said Ann Lee. " * 60
    found = newsdoc.find_quotes(text, language="en")
    attributed = [q for q in found if q.speaker is not None]
    assert len(found) == 60
    assert len(attributed) == quotes._max_attributions(len(text))
    assert found[0].speaker == "Ann Lee"
    assert found[-1].speaker is None


def test_a_story_as_dense_as_the_densest_news_is_attributed_in_full() -> None:
    # one cued quotation per 80 characters over 3,000 characters: all of them
    text = "".join(f"“Point {i:02d} stands,” said Ann Lee on the day. " for i in range(38))
    assert len(text) < 40 * 80
    found = newsdoc.find_quotes(text, language="en")
    assert len(found) == 38
    assert all(q.speaker == "Ann Lee" for q in found)
