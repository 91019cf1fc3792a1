"""parse_many: order, records and their fields, per-record dates, bad records, the pool.

Stories are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Iterator, Mapping

import pytest

import newsdoc
from newsdoc import batch

STORIES = [
    "OSLO (Reuters) - The parliament voted 90-79 on Tuesday to raise the fuel tax.",
    "“We expected more,” the union leader said after the talks.",
    "Der Landtag hat den Haushalt mit 60 zu 40 Stimmen beschlossen.",
    "Le maire a déclaré que le pont rouvrirait en juin.",
    "",
    "Rain, then sun.",
]


def many(count: int) -> list[str]:
    return [f"{STORIES[i % len(STORIES)]} Item {i}." for i in range(count)]


class Counting:
    """An input that counts how many records have been read from it."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.read = 0

    def __iter__(self) -> Iterator[str]:
        for item in self.items:
            self.read += 1
            yield item


@pytest.mark.parametrize("processes", [None, 2], ids=["in-process", "pool"])
def test_results_equal_parse_and_keep_input_order(processes: int | None) -> None:
    texts = many(40)
    results = list(newsdoc.parse_many(texts, processes=processes, chunksize=3))
    assert [r.index for r in results] == list(range(40))
    assert [r.article for r in results] == [newsdoc.parse(t) for t in texts]
    assert all(r.id is None and dict(r.fields) == {} for r in results)


def test_mappings_give_ids_and_pass_other_fields_through() -> None:
    records: list[str | Mapping[str, object]] = [
        {"id": "a", "text": STORIES[0], "url": "https://example.org/a", "tags": ["x"]},
        {"id": 2, "text": STORIES[1]},
        {"text": STORIES[2]},
        STORIES[3],
    ]
    results = list(newsdoc.parse_many(records))
    assert [r.id for r in results] == ["a", 2, None, None]
    assert dict(results[0].fields) == {"id": "a", "url": "https://example.org/a", "tags": ["x"]}
    assert dict(results[2].fields) == {}
    with pytest.raises(TypeError):
        results[0].fields["url"] = "changed"  # type: ignore[index]


def test_other_field_names() -> None:
    records = [{"key": 9, "body": STORIES[0], "text": "ignored"}]
    (result,) = newsdoc.parse_many(records, text_field="body", id_field="key")
    assert result.id == 9
    assert result.article.text == STORIES[0]
    assert dict(result.fields) == {"key": 9, "text": "ignored"}


DATES = [
    pytest.param("2024-03-01", dt.date(2024, 3, 1), id="iso-date"),
    pytest.param("2024-03-01T23:30:00Z", dt.date(2024, 3, 1), id="datetime-z"),
    pytest.param("2024-03-01T09:30:00+02:00", dt.date(2024, 3, 1), id="datetime-offset"),
    pytest.param(" 2024-03-01 ", dt.date(2024, 3, 1), id="spaces"),
    pytest.param(dt.date(2024, 3, 1), dt.date(2024, 3, 1), id="date-object"),
    pytest.param(dt.datetime(2024, 3, 1, 8), dt.date(2024, 3, 1), id="datetime-object"),
    pytest.param(None, dt.date(2000, 1, 1), id="null-falls-back"),
    pytest.param("", dt.date(2000, 1, 1), id="empty-falls-back"),
]


@pytest.mark.parametrize(("value", "expected"), DATES)
def test_per_record_reference_date(value: object, expected: dt.date) -> None:
    records = [{"text": "ROME, March 2 (AP) — The vote was close.", "published": value}]
    (result,) = newsdoc.parse_many(
        records, date_field="published", reference_date=dt.date(2000, 1, 1)
    )
    assert result.article.reference_date == expected


def test_missing_date_field_falls_back() -> None:
    (result,) = newsdoc.parse_many([{"text": "x"}], date_field="published")
    assert result.article.reference_date is None


def test_language_applies_to_every_record() -> None:
    results = list(newsdoc.parse_many(STORIES[:2], language="de"))
    assert {r.article.language for r in results} == {"de"}


BAD = [
    pytest.param({"id": 1, "body": "x"}, "record 1 (id 1): no str field 'text'", id="no-text"),
    pytest.param({"id": 1, "text": 5}, "record 1 (id 1): no str field 'text'", id="text-not-str"),
    pytest.param({"id": [1], "text": "x"}, "must be a str or an int, not list", id="bad-id"),
    pytest.param({"id": True, "text": "x"}, "must be a str or an int, not bool", id="bool-id"),
    pytest.param(
        {"text": "x", "date": "next Tuesday"},
        "date field 'date': not an ISO 8601 date: 'next Tuesday'",
        id="bad-date",
    ),
    pytest.param(
        {"text": "x", "date": 20240301}, "expected an ISO 8601 date string", id="int-date"
    ),
    pytest.param(b"bytes", "expected a str or a mapping, got bytes", id="bytes"),
    pytest.param(42, "expected a str or a mapping, got int", id="int"),
]


@pytest.mark.parametrize("processes", [None, 2], ids=["in-process", "pool"])
@pytest.mark.parametrize(("bad", "message"), BAD)
def test_a_bad_record_is_reported_in_place_and_the_rest_parsed(
    bad: object, message: str, processes: int | None
) -> None:
    events: list[str] = []
    records = [STORIES[0], bad, STORIES[1]]
    for result in newsdoc.parse_many(
        records,  # type: ignore[arg-type]  # the bad record is the point
        processes=processes,
        date_field="date",
        on_error=lambda error: events.append(f"error {error.index}: {error}"),
    ):
        events.append(f"ok {result.index}")
    assert events[0] == "ok 0"
    assert events[1].startswith("error 1: ")
    assert message in events[1]
    assert events[2] == "ok 2"


@pytest.mark.parametrize("processes", [None, 2], ids=["in-process", "pool"])
def test_without_on_error_the_bad_record_raises_after_the_good_ones(processes: int | None) -> None:
    records: list[str | Mapping[str, object]] = [STORIES[0], STORIES[1], {"id": "x"}, STORIES[2]]
    results = newsdoc.parse_many(records, processes=processes, chunksize=1)
    seen = [next(results).index, next(results).index]
    with pytest.raises(newsdoc.RecordError) as info:
        next(results)
    assert seen == [0, 1]
    assert (info.value.index, info.value.id) == (2, "x")
    assert info.value.reason == "no str field 'text'"
    assert isinstance(info.value, ValueError)


def test_a_parser_failure_is_a_record_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str, reference_date: object = None, language: object = None) -> object:
        if "boom" in text:
            raise RuntimeError("simulated bug")
        return newsdoc.parse(text)

    monkeypatch.setattr(batch, "parse", broken)
    errors: list[newsdoc.RecordError] = []
    results = list(newsdoc.parse_many(["fine", "boom", "fine too"], on_error=errors.append))
    assert [r.index for r in results] == [0, 2]
    assert [e.reason for e in errors] == ["parser failed: RuntimeError: simulated bug"]


@pytest.mark.parametrize("processes", [None, 2], ids=["in-process", "pool"])
def test_progress_counts_every_record(processes: int | None) -> None:
    counts: list[int] = []
    records: list[str | Mapping[str, object]] = [*many(9), {"no": "text"}]
    list(
        newsdoc.parse_many(
            records, processes=processes, progress=counts.append, on_error=lambda e: None
        )
    )
    assert counts == list(range(1, 11))


def test_in_process_reads_one_record_ahead_of_nothing() -> None:
    source = Counting(many(50))
    results = newsdoc.parse_many(source)
    next(results)
    assert source.read == 1
    next(results)
    assert source.read == 2


def test_the_pool_keeps_a_bounded_window_in_flight() -> None:
    source = Counting(many(400))
    processes, chunksize = 2, 4
    results = newsdoc.parse_many(source, processes=processes, chunksize=chunksize)
    next(results)
    window = 2 * processes * chunksize
    assert source.read <= window
    for _ in range(100):
        next(results)
    assert source.read <= 101 + window
    results.close()  # stops the workers


def test_leaving_the_loop_early_stops_the_pool() -> None:
    for result in newsdoc.parse_many(many(200), processes=2):
        if result.index == 3:
            break
    assert result.index == 3


ARGUMENT_ERRORS = [
    pytest.param({"records": "a story"}, TypeError, "iterable of str or mappings", id="str"),
    pytest.param({"records": {"text": "x"}}, TypeError, "iterable of str", id="mapping"),
    pytest.param({"records": 3}, TypeError, "not int", id="int"),
    pytest.param({"processes": 0}, ValueError, "processes must be at least 1", id="processes-0"),
    pytest.param({"processes": 1.5}, TypeError, "processes must be an int", id="processes-float"),
    pytest.param({"chunksize": 0}, ValueError, "chunksize must be at least 1", id="chunksize-0"),
    pytest.param({"language": "sv"}, ValueError, "unsupported language", id="language"),
    pytest.param({"reference_date": "2024-01-01"}, TypeError, "reference_date", id="date"),
    pytest.param({"text_field": 3}, TypeError, "field names must be str", id="field"),
]


@pytest.mark.parametrize(("kwargs", "error", "message"), ARGUMENT_ERRORS)
def test_bad_arguments_raise_at_the_call(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    arguments: dict[str, object] = {"records": ["x"], **kwargs}
    with pytest.raises(error, match=message):
        newsdoc.parse_many(**arguments)  # type: ignore[arg-type]


def test_records_and_errors_pickle() -> None:
    (record,) = newsdoc.parse_many([{"id": 1, "text": STORIES[0], "url": "u"}])
    copy = pickle.loads(pickle.dumps(record))
    assert copy == record
    assert dict(copy.fields) == {"id": 1, "url": "u"}
    error = newsdoc.RecordError(3, "x", "no str field 'text'")
    again = pickle.loads(pickle.dumps(error))
    assert (again.index, again.id, again.reason, str(again)) == (3, "x", error.reason, str(error))


def test_parsed_records_compare_by_value() -> None:
    first = list(newsdoc.parse_many([{"id": 1, "text": "x", "url": "u"}]))
    second = list(newsdoc.parse_many([{"id": 1, "text": "x", "url": "u"}]))
    assert first == second
    assert hash(first[0]) == hash(second[0])
