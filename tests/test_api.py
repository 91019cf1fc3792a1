"""The public API contract: names, types, parse() composition, JSON, TypeErrors.

The sample story is the bundled one, written for this project.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable

import attrs
import pytest

import newsdoc
from newsdoc.cli import sample_article

CONTRACT_NAMES = [
    "Article",
    "Byline",
    "Caption",
    "Credit",
    "Dateline",
    "ParsedRecord",
    "Person",
    "Place",
    "Quote",
    "RecordError",
    "Span",
    "Timestamp",
    "VoteTally",
    "article_schema",
    "find_bylines",
    "find_captions",
    "find_dateline",
    "find_quotes",
    "find_timestamps",
    "find_votes",
    "parse",
    "parse_byline",
    "parse_credit",
    "parse_dateline",
    "parse_many",
    "records",
    "utf16_offset",
]


@pytest.mark.parametrize("name", CONTRACT_NAMES)
def test_contract_names_are_exported(name: str) -> None:
    assert name in newsdoc.__all__
    assert getattr(newsdoc, name).__doc__


def test_all_is_unique_and_complete() -> None:
    assert len(set(newsdoc.__all__)) == len(newsdoc.__all__)
    for name in newsdoc.__all__:
        assert hasattr(newsdoc, name)


def test_version_is_a_string() -> None:
    assert isinstance(newsdoc.__version__, str)
    assert newsdoc.__version__


def test_unknown_attribute_raises() -> None:
    missing = "does_not_exist"
    with pytest.raises(AttributeError):
        getattr(newsdoc, missing)


RESULT_CLASSES = [
    newsdoc.Article,
    newsdoc.Byline,
    newsdoc.Caption,
    newsdoc.Credit,
    newsdoc.Dateline,
    newsdoc.ParsedRecord,
    newsdoc.Person,
    newsdoc.Place,
    newsdoc.Quote,
    newsdoc.Span,
    newsdoc.Timestamp,
    newsdoc.VoteTally,
]


@pytest.mark.parametrize("cls", RESULT_CLASSES, ids=lambda c: c.__name__)
def test_result_classes_are_frozen_attrs(cls: type) -> None:
    assert attrs.has(cls)
    assert cls.__setattr__ is not object.__setattr__  # frozen classes refuse assignment


ONE_ARG_FUNCTIONS: list[Callable[[str], object]] = [
    newsdoc.parse,
    newsdoc.find_dateline,
    newsdoc.parse_dateline,
    newsdoc.find_timestamps,
    newsdoc.find_bylines,
    newsdoc.parse_byline,
    newsdoc.find_captions,
    newsdoc.parse_credit,
    newsdoc.find_quotes,
    newsdoc.find_votes,
    newsdoc.detect_language,
]


@pytest.mark.parametrize("fn", ONE_ARG_FUNCTIONS, ids=lambda f: f.__name__)
@pytest.mark.parametrize(
    "bad", [None, 42, ["text"], b"bytes"], ids=["None", "int", "list", "bytes"]
)
def test_non_str_raises_type_error_saying_str(fn: Callable[[object], object], bad: object) -> None:
    with pytest.raises(TypeError, match="must be a str") as info:
        fn(bad)
    if isinstance(bad, bytes):
        assert "decode" in str(info.value)


@pytest.mark.parametrize("fn", ONE_ARG_FUNCTIONS, ids=lambda f: f.__name__)
def test_empty_string_gives_empty_result(fn: Callable[[str], object]) -> None:
    result = fn("")
    assert result in (None, (), "en") or isinstance(result, newsdoc.Article)


def test_parse_rejects_bad_reference_date() -> None:
    with pytest.raises(TypeError, match="reference_date"):
        newsdoc.parse("text", reference_date="2020-01-02")  # type: ignore[arg-type]


def test_parse_accepts_datetime_as_reference_date() -> None:
    article = newsdoc.parse("text", reference_date=dt.datetime(2021, 5, 6, 7, 8))
    assert article.reference_date == dt.date(2021, 5, 6)


def test_parse_rejects_unsupported_language() -> None:
    with pytest.raises(ValueError, match="supports de, en, es, fr, it"):
        newsdoc.parse("text", language="sv")


def test_parse_agrees_with_the_module_functions() -> None:
    text = sample_article()
    article = newsdoc.parse(text, reference_date=dt.date(2026, 3, 5))
    assert article.language == "en"
    assert article.dateline == newsdoc.find_dateline(
        text, reference_date=dt.date(2026, 3, 5), language="en"
    )
    assert article.bylines == newsdoc.find_bylines(text, language="en")
    assert article.captions == newsdoc.find_captions(text, language="en")
    assert article.quotes == newsdoc.find_quotes(text, language="en")
    assert article.votes == newsdoc.find_votes(text, language="en")


def test_explicit_language_is_used() -> None:
    article = newsdoc.parse("The council met.", language="de")
    assert article.language == "de"


def test_to_dict_is_json_ready_and_round_trips() -> None:
    text = sample_article()
    data = newsdoc.parse(text, reference_date=dt.date(2026, 3, 5)).to_dict()
    assert "text" not in data
    assert data["quotes"]
    assert all("text" in quote for quote in data["quotes"])  # type: ignore[attr-defined]
    assert data["reference_date"] == "2026-03-05"
    assert json.loads(json.dumps(data)) == data


def test_every_span_in_the_sample_slices_back() -> None:
    text = sample_article()
    article = newsdoc.parse(text)

    def spans(obj: object) -> list[newsdoc.Span]:
        found: list[newsdoc.Span] = []
        if isinstance(obj, newsdoc.Span):
            return [obj]
        if isinstance(obj, tuple):
            for item in obj:
                found += spans(item)
        elif attrs.has(type(obj)) and not isinstance(obj, newsdoc.Article):
            for field in attrs.fields(type(obj)):  # type: ignore[arg-type]  # has() checked it
                found += spans(getattr(obj, field.name))
        return found

    facts = (article.dateline, article.bylines, article.captions, article.quotes, article.votes)
    for span in spans(facts):
        assert 0 <= span.start <= span.end <= len(text)


def test_body_text_drops_furniture() -> None:
    text = sample_article()
    article = newsdoc.parse(text)
    body = article.body_text
    for span in article.furniture_spans:
        piece = text[span.start : span.end].strip()
        if len(piece) > 20:
            assert piece not in body
