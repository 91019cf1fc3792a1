"""Span behaviour: construction checks, slicing, ordering. Cases written by us."""

from __future__ import annotations

import attrs
import pytest

from newsdoc import Span


def test_slice_returns_exact_characters() -> None:
    text = "SPRINGFIELD, Ill. (AP) — Votes were counted."
    assert Span(start=0, end=11).slice(text) == "SPRINGFIELD"


@pytest.mark.parametrize(
    ("start", "end"),
    [(-1, 3), (5, 4)],
    ids=["negative-start", "end-before-start"],
)
def test_invalid_spans_are_rejected(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="Span"):
        Span(start=start, end=end)


def test_non_int_offsets_are_rejected() -> None:
    with pytest.raises(TypeError):
        Span(start="0", end=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("0", 3, "'start' must be <class 'int'> (got '0' that is a <class 'str'>)."),
        (0, 2.5, "'end' must be <class 'int'> (got 2.5 that is a <class 'float'>)."),
        (None, 1, "'start' must be <class 'int'> (got None that is a <class 'NoneType'>)."),
    ],
    ids=["str-start", "float-end", "none-start"],
)
def test_type_errors_read_as_attrs_instance_of(start: object, end: object, message: str) -> None:
    # the wording and arguments attrs.validators.instance_of(int) gives
    with pytest.raises(TypeError) as caught:
        Span(start=start, end=end)  # type: ignore[arg-type]
    assert caught.value.args[0] == message
    name = "start" if not isinstance(start, int) else "end"
    assert caught.value.args[1].name == name
    assert caught.value.args[2:] == (int, start if name == "start" else end)


def test_bool_offsets_are_ints() -> None:
    assert Span(start=False, end=True) == Span(start=0, end=1)


def test_checks_follow_attrs_switch() -> None:
    with attrs.validators.disabled():
        span = Span(start=4, end=2)
    assert (span.start, span.end) == (4, 2)


def test_spans_are_frozen_and_hashable() -> None:
    span = Span(start=1, end=4)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]
    assert {span, Span(start=1, end=4)} == {span}


def test_spans_order_by_position() -> None:
    spans = [Span(start=9, end=12), Span(start=0, end=4), Span(start=0, end=2)]
    assert sorted(spans) == [Span(start=0, end=2), Span(start=0, end=4), Span(start=9, end=12)]


@pytest.mark.parametrize(
    ("a", "b", "overlaps"),
    [
        ((0, 5), (4, 9), True),
        ((0, 5), (5, 9), False),
        ((3, 4), (0, 10), True),
        ((2, 2), (0, 10), False),
    ],
    ids=["partial", "touching", "inside", "empty"],
)
def test_overlaps(a: tuple[int, int], b: tuple[int, int], overlaps: bool) -> None:
    sa, sb = Span(start=a[0], end=a[1]), Span(start=b[0], end=b[1])
    assert sa.overlaps(sb) is overlaps
    assert sb.overlaps(sa) is overlaps


def test_contains_and_shifted() -> None:
    outer = Span(start=10, end=20)
    assert outer.contains(Span(start=12, end=20))
    assert not outer.contains(Span(start=9, end=12))
    assert Span(start=2, end=5).shifted(10) == Span(start=12, end=15)
