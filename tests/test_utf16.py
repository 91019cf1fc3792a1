"""UTF-16 offsets for JavaScript front ends: Span.to_utf16, Span.from_utf16, utf16_offset."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import Span

CASES = [
    pytest.param("plain ascii", 6, 11, (6, 11), id="ascii"),
    pytest.param("café crème", 5, 10, (5, 10), id="latin-bmp"),
    pytest.param("🎉 party", 2, 7, (3, 8), id="astral-before"),
    pytest.param("a 🎉 b", 2, 3, (2, 4), id="astral-inside"),
    pytest.param("𝐁𝐨𝐥𝐝 text", 0, 4, (0, 8), id="math-bold"),
    pytest.param("", 0, 0, (0, 0), id="empty"),
]


@pytest.mark.parametrize(("text", "start", "end", "expected"), CASES)
def test_to_utf16(text: str, start: int, end: int, expected: tuple[int, int]) -> None:
    span = Span(start=start, end=end)
    assert span.to_utf16(text) == expected
    assert Span.from_utf16(text, *expected) == span


def test_utf16_offset_is_exported() -> None:
    assert newsdoc.utf16_offset("🎉x", 1) == 2


@pytest.mark.parametrize(
    ("text", "start", "end", "message"),
    [
        pytest.param("a🎉", 0, 2, "splits a surrogate pair", id="split-pair"),
        pytest.param("abc", 2, 9, "outside", id="past-end"),
        pytest.param("abc", 2, 1, "outside", id="reversed"),
    ],
)
def test_from_utf16_rejects(text: str, start: int, end: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Span.from_utf16(text, start, end)


def test_to_utf16_rejects_a_span_past_the_text() -> None:
    with pytest.raises(ValueError, match="outside"):
        Span(start=0, end=5).to_utf16("abc")
    with pytest.raises(ValueError, match="outside"):
        newsdoc.utf16_offset("abc", 4)


@given(st.text(), st.data())
def test_utf16_offsets_agree_with_the_encoding(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    end = data.draw(st.integers(min_value=start, max_value=len(text)))
    span = Span(start=start, end=end)
    u_start, u_end = span.to_utf16(text)
    units = text.encode("utf-16-le", "surrogatepass")
    piece = units[2 * u_start : 2 * u_end].decode("utf-16-le", "surrogatepass")
    assert piece == span.slice(text)
    assert Span.from_utf16(text, u_start, u_end) == span
