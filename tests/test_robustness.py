"""Inputs that once raised, and the guarantee that one module's failure loses no other facts.

The reproducers are the shapes a fuzzing run found (times past midnight, zone offsets of a
day or more); the texts around them are ours.
"""

from __future__ import annotations

import datetime as dt
import sys
import warnings
from collections.abc import Callable

import pytest

import newsdoc
from newsdoc import article as article_module
from newsdoc.quotes._marks import max_segments

# (text, expected value of the first timestamp, or None where no stamp may be read)
CLOCK_EDGES = [
    ("2020-01-02 24:00", dt.datetime(2020, 1, 3, 0, 0)),
    ("Published: 2020-01-02T24:00:00Z", dt.datetime(2020, 1, 3, 0, 0, tzinfo=dt.timezone.utc)),
    ("Updated 2021-12-31T24:00 after the count", dt.datetime(2022, 1, 1, 0, 0)),
    ("2020-01-02T24:30:00Z", None),
    ("2020-01-02T27:15", None),
    ("9999-12-31T24:00:00Z", None),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_EDGES, ids=[text for text, _ in CLOCK_EDGES])
def test_iso_end_of_day_and_impossible_hours(text: str, expected: dt.datetime | None) -> None:
    stamps = newsdoc.parse(text).timestamps
    if expected is None:
        assert all(stamp.value.hour < 24 for stamp in stamps)
        assert not any(stamp.has_time and stamp.value.day == 2 for stamp in stamps)
    else:
        assert stamps[0].value == expected


ZONE_EDGES = [
    # A written offset that takes a zone a day or more from UTC names no real clock:
    # the time is kept, without a zone.
    ("2020-01-02 13:15 PST-19", None),
    ("Posted 2020-07-02 13:15 EDT", dt.timedelta(hours=-4)),
    ("Posted 2020-01-02 13:15 CET+1", dt.timedelta(hours=2)),
]


@pytest.mark.parametrize(("text", "offset"), ZONE_EDGES, ids=[text for text, _ in ZONE_EDGES])
def test_zone_offsets_out_of_range_give_a_naive_time(
    text: str, offset: dt.timedelta | None
) -> None:
    stamp = newsdoc.parse(text).timestamps[0]
    assert stamp.has_time
    assert stamp.value.utcoffset() == offset


STORY = (
    "LYON, France (AFP) — The regional assembly voted 41-12 on Friday to close the old "
    "tram depot.\n\n"
    "“The depot has served its time,” said councillor Mireille Faure.\n"
)


def test_a_failing_module_costs_only_its_own_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> tuple[object, ...]:
        raise RuntimeError("simulated bug")

    monkeypatch.delenv(article_module.STRICT_ENV, raising=False)
    monkeypatch.setattr(newsdoc.quotes, "_find", broken)  # what parse() calls
    with pytest.warns(newsdoc.ExtractionWarning, match="quotes.*RuntimeError: simulated bug"):
        article = newsdoc.parse(STORY)
    assert article.quotes == ()
    assert article.votes[0].yes == 41
    assert article.dateline is not None
    assert article.dateline.place is not None
    assert article.dateline.place.city == "Lyon"


def test_strict_mode_lets_the_bug_propagate(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> tuple[object, ...]:
        raise RuntimeError("simulated bug")

    monkeypatch.setenv(article_module.STRICT_ENV, "1")
    monkeypatch.setattr(newsdoc.votes, "_find", broken)  # what parse() calls
    with pytest.raises(RuntimeError, match="simulated bug"):
        newsdoc.parse(STORY)


def test_a_working_parse_warns_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(article_module.STRICT_ENV, raising=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        article = newsdoc.parse(STORY)
    assert article.quotes[0].speaker == "councillor Mireille Faure"


def test_a_list_of_quotations_is_attributed_in_full() -> None:
    # forty-four short quotations in a kilobyte and a half: denser than news copy
    # gets, and still within the attribution bound
    text = "".join(f"“Item {i} is ready,” said Ann Lee.\n\n" for i in range(44))
    quotes = newsdoc.find_quotes(text)
    assert len(quotes) == 44
    assert {q.speaker for q in quotes} == {"Ann Lee"}


def test_machine_made_quotations_are_found_up_to_the_segment_bound() -> None:
    # thousands of quotations in a few kilobytes, far denser than news copy: the
    # first ones are found and attributed, those past the attribution budget carry
    # no speaker, and past the segment bound the rest of the text is left alone
    text = "“Yes,” said Ann. " * 2000
    quotes = newsdoc.find_quotes(text)
    assert len(quotes) == max_segments(len(text))
    assert quotes[0].speaker == "Ann"
    assert quotes[-1].speaker is None
    assert all(text[q.span.start : q.span.end] == "“Yes,”" for q in quotes)


@pytest.mark.parametrize(
    "function",
    [
        newsdoc.parse,
        newsdoc.find_quotes,
        newsdoc.find_votes,
        newsdoc.find_captions,
        newsdoc.find_bylines,
        newsdoc.find_dateline,
        newsdoc.find_timestamps,
        newsdoc.detect_language,
    ],
    ids=lambda f: f.__name__,
)
def test_no_call_keeps_the_callers_text(function: Callable[[str], object]) -> None:
    # a module-level cache would hold one more reference to the text after the call
    text = "".join([STORY, "“It will open in June,” she added.\n"])  # a new object
    before = sys.getrefcount(text)
    result = function(text)
    assert sys.getrefcount(text) == before + (result.text is text if hasattr(result, "text") else 0)
