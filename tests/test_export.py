"""records(): flat rows per fact kind, ready for a table. Stories written for these tests."""

from __future__ import annotations

import csv
import io
import json

import pytest

import newsdoc

WIRE = (
    "By Lena Hart and Omar Diaz, Associated Press\n\n"
    "HALIFAX, Nova Scotia (AP) — The provincial assembly voted 31-20 on Monday to cap "
    "ferry fares.\n\n“Families have paid enough,” Premier Ruth Olsen said.\n\n"
    "A ferry docks at the terminal on Monday. (AP Photo/Sam Reid)"
)
STAMPED = "Published: Jan. 2, 2020 at 1:15 p.m. ET\nBy Reuters Staff\n\nThe board met."

KINDS = ["datelines", "timestamps", "bylines", "captions", "quotes", "votes"]


@pytest.fixture(scope="module")
def articles() -> list[newsdoc.Article]:
    return [newsdoc.parse(WIRE), newsdoc.parse(STAMPED)]


@pytest.mark.parametrize("kind", KINDS)
def test_rows_are_flat_and_share_their_columns(
    kind: newsdoc.export.RecordKind, articles: list[newsdoc.Article]
) -> None:
    rows = list(newsdoc.records(articles, kind))
    assert rows, kind
    assert len({tuple(row) for row in rows}) == 1  # the same keys, in the same order
    for row in rows:
        assert next(iter(row)) == "id"
        assert all(v is None or isinstance(v, (str, int, bool)) for v in row.values())
        text = articles[int(row["id"] or 0)].text
        start, end = row["start"], row["end"]
        assert isinstance(start, int)
        assert isinstance(end, int)
        assert 0 <= start <= end <= len(text)
    json.dumps(rows)


def test_one_row_per_byline_person(articles: list[newsdoc.Article]) -> None:
    rows = list(newsdoc.records(articles, "bylines"))
    names = [(row["id"], row["name"]) for row in rows]
    assert (0, "Lena Hart") in names
    assert (0, "Omar Diaz") in names
    for row in rows:
        text = articles[int(row["id"] or 0)].text
        if row["name"] is not None:
            assert text[int(row["start"] or 0) : int(row["end"] or 0)] == row["name"]
        assert isinstance(row["byline_start"], int)
        assert row["byline_start"] <= int(row["start"] or 0)


def test_a_byline_naming_nobody_is_one_row(articles: list[newsdoc.Article]) -> None:
    article = articles[1]
    unnamed = [b for b in article.bylines if not b.people]
    rows = [r for r in newsdoc.records([article], "bylines") if r["name"] is None]
    assert len(rows) == len(unnamed)
    for row, byline in zip(rows, unnamed, strict=True):
        assert (row["start"], row["end"]) == (byline.span.start, byline.span.end)


def test_quote_columns(articles: list[newsdoc.Article]) -> None:
    (row,) = newsdoc.records(articles[:1], "quotes")
    quote = articles[0].quotes[0]
    assert row["text"] == quote.text
    assert row["speaker"] == "Premier Ruth Olsen"
    assert quote.speaker_span is not None
    assert (row["speaker_start"], row["speaker_end"]) == (
        quote.speaker_span.start,
        quote.speaker_span.end,
    )
    assert row["cue"] == "said"


def test_caption_and_credit_columns(articles: list[newsdoc.Article]) -> None:
    (row,) = newsdoc.records(articles[:1], "captions")
    assert row["credit_photographers"] == "Sam Reid"
    assert row["credit_agencies"] == "AP"
    assert row["credit_file_photo"] is False


def test_missing_nested_objects_give_empty_cells() -> None:
    article = newsdoc.parse("Lorem ipsum.\n\nREUTERS/Ann Fox")
    rows = list(newsdoc.records([article], "captions"))
    for row in rows:
        assert "credit_start" in row


def test_dates_and_times_are_iso_strings(articles: list[newsdoc.Article]) -> None:
    (row,) = newsdoc.records(articles[1:], "timestamps")
    assert row["value"] == "2020-01-02T13:15:00-05:00"
    assert row["kind"] == "published"


def test_ids_come_from_parse_many() -> None:
    results = newsdoc.parse_many([{"id": "story-7", "text": WIRE}, WIRE])
    rows = list(newsdoc.records(results, "votes"))
    assert [row["id"] for row in rows] == ["story-7", 1]
    assert rows[0]["yes"] == 31
    assert rows[0]["no"] == 20


def test_rows_write_to_csv(articles: list[newsdoc.Article]) -> None:
    rows = list(newsdoc.records(articles, "quotes"))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    back = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert back[0]["speaker"] == "Premier Ruth Olsen"


@pytest.mark.parametrize(
    ("items", "kind", "error"),
    [
        pytest.param([], "people", ValueError, id="unknown-kind"),
        pytest.param(newsdoc.parse("x"), "quotes", TypeError, id="one-article"),
        pytest.param(["text"], "quotes", TypeError, id="str-item"),
    ],
)
def test_bad_arguments(items: object, kind: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        list(newsdoc.records(items, kind))  # type: ignore[arg-type]
