"""Article.to_dict / from_dict round trips and the shipped JSON Schema.

Stories are written for these tests; the corpus sample (when ``../shared/corpora`` is
present) only checks that real output validates and round-trips.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import attrs
import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import _serial
from newsdoc.article import _build_schema
from newsdoc.cli import sample_article

# Our own stories, together holding every fact kind: stamps, bylines (head and tail),
# datelines, captions with credits, quotes (full and partial) and tallies.
STORIES: dict[str, tuple[str, str | None]] = {
    "en-wire": (
        "Published: March 3, 2025 at 9:40 a.m. ET\n\nBy Lena Hart, Associated Press\n\n"
        "HALIFAX, Nova Scotia (AP) — The provincial assembly voted 31-20 on Monday to cap "
        "ferry fares.\n\n“Families have paid enough,” Premier Ruth Olsen said. She called "
        "the old fares “a toll on islanders.”\n\nA ferry docks at the terminal on Monday. "
        "(AP Photo/Sam Reid)\n\nJoe Pike in Ottawa contributed to this report.",
        None,
    ),
    "de": (
        "Aktualisiert am 4. Februar 2024, 10:15 Uhr\n\nGRAZ. – Der Gemeinderat hat die "
        "Vorlage einstimmig beschlossen.\n\n„Wir sind zufrieden“, sagte Bürgermeisterin "
        "Eva Berger.\n\nFoto: APA/Hans Klein",
        None,
    ),
    "fr": (
        "LYON, 5 mars (AFP) - Le conseil a adopté le texte par 40 voix contre 12.\n\n"
        "« Nous tiendrons parole », a déclaré la maire Claire Dubois.",
        "fr",
    ),
    "es": (
        "MADRID, 6 mar (EFE) - El pleno aprobó la ley por 180 votos a favor y 150 en "
        "contra.\n\n«Es un buen día», afirmó la ministra Ana Ruiz.",
        None,
    ),
    "it": (
        "ROMA, 7 marzo (ANSA) - La Camera ha approvato il decreto con 250 voti a favore e "
        "100 contrari.\n\n«Andiamo avanti», ha detto il ministro Luca Bianchi.",
        None,
    ),
    "sample": (sample_article(), None),
    "empty": ("", None),
    "astral": ("Fans 🎉 cheered. “We won 🏆,” the captain said.", None),
}

SCHEMA = newsdoc.article_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def parsed(name: str) -> newsdoc.Article:
    text, language = STORIES[name]
    return newsdoc.parse(text, reference_date=dt.date(2025, 3, 4), language=language)


def test_the_stories_hold_every_fact_kind() -> None:
    articles = [parsed(name) for name in STORIES]
    assert any(a.dateline for a in articles)
    assert any(a.dateline and a.dateline.date for a in articles)
    for kind in ("timestamps", "bylines", "captions", "quotes", "votes"):
        assert any(getattr(a, kind) for a in articles), kind
    assert any(c.credit for a in articles for c in a.captions)
    assert {q.kind for a in articles for q in a.quotes} == {"full", "partial"}


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_shipped_schema_matches_the_result_classes() -> None:
    # After changing a result class: python -m newsdoc._serial > src/newsdoc/schema/...
    assert _build_schema() == SCHEMA


def test_article_schema_returns_a_fresh_copy() -> None:
    first = newsdoc.article_schema()
    first["title"] = "changed"
    assert newsdoc.article_schema()["title"] == "Article"


@pytest.mark.parametrize("name", STORIES)
@pytest.mark.parametrize("include_text", [False, True], ids=["facts", "with-text"])
def test_to_dict_validates_and_round_trips(name: str, include_text: bool) -> None:
    article = parsed(name)
    data = json.loads(json.dumps(article.to_dict(include_text=include_text)))
    VALIDATOR.validate(data)
    text = None if include_text else article.text
    assert newsdoc.Article.from_dict(data, text=text) == article


@pytest.mark.parametrize("name", STORIES)
def test_to_dict_keeps_the_text_of_quotes_and_captions(name: str) -> None:
    article = parsed(name)
    data = article.to_dict()
    assert "text" not in data
    quotes = data["quotes"]
    captions = data["captions"]
    assert isinstance(quotes, list)
    assert isinstance(captions, list)
    assert [q["text"] for q in quotes] == [q.text for q in article.quotes]
    assert [c["text"] for c in captions] == [c.text for c in article.captions]


def test_to_dict_carries_every_field_of_every_object() -> None:
    article = parsed("en-wire")

    def check(obj: object, data: object) -> None:
        cls = type(obj)
        if attrs.has(cls):
            assert isinstance(data, dict)
            names = [f.name for f in attrs.fields(cls)]
            assert list(data) == [n for n in names if not (obj is article and n == "text")]
            for name in data:
                check(getattr(obj, name), data[name])
        elif isinstance(obj, tuple):
            assert isinstance(data, list)
            assert len(obj) == len(data)
            for item, entry in zip(obj, data, strict=True):
                check(item, entry)

    check(article, article.to_dict())


BAD_DATA = [
    pytest.param({"language": "en"}, "no article text", id="no-text"),
    pytest.param({"text": "x"}, "language: missing", id="missing-field"),
    pytest.param(
        {"text": "x", "language": "en", "colour": 1}, "unknown field 'colour'", id="unknown"
    ),
    pytest.param(
        {"text": "x", "language": "en", "reference_date": "2020-13-01"},
        "reference_date: expected an ISO 8601 date",
        id="bad-date",
    ),
    pytest.param(
        {"text": "x", "language": "en", "votes": [{"span": {"start": 3, "end": 1}}]},
        "votes[0].span: Span.end (1) must be >= Span.start (3)",
        id="bad-span",
    ),
    pytest.param(
        {"text": "x", "language": "en", "quotes": [{"span": {"start": 0, "end": 1}, "text": 5}]},
        "quotes[0].text: expected str, got int 5",
        id="wrong-type",
    ),
    pytest.param(
        {"text": "x", "language": "en", "votes": [{"span": {"start": 0, "end": 1}, "yes": True}]},
        "votes[0].yes: expected int, got bool True",
        id="bool-is-no-int",
    ),
    pytest.param(
        {
            "text": "x",
            "language": "en",
            "quotes": [{"span": {"start": 0, "end": 1}, "text": "", "kind": "half"}],
        },
        "quotes[0].kind: expected one of ['full', 'partial']",
        id="bad-literal",
    ),
]


@pytest.mark.parametrize(("data", "message"), BAD_DATA)
def test_from_dict_names_what_is_wrong(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        newsdoc.Article.from_dict(data)


def test_from_dict_rejects_a_non_mapping() -> None:
    with pytest.raises(TypeError, match="mapping"):
        newsdoc.Article.from_dict([("language", "en")])  # type: ignore[arg-type]


def test_from_dict_reads_a_utc_z_suffix() -> None:
    data = newsdoc.parse("Published: Jan. 2, 2020 at 1:15 p.m. ET\nStory.").to_dict()
    stamps = data["timestamps"]
    assert isinstance(stamps, list)
    stamps[0]["value"] = "2020-01-02T18:15:00Z"
    article = newsdoc.Article.from_dict(data, text="x")
    assert article.timestamps[0].value == dt.datetime(2020, 1, 2, 18, 15, tzinfo=dt.timezone.utc)


# Property: any Article, built field by field from the type hints, survives JSON.

_ZONES: st.SearchStrategy[Any] = st.sampled_from(
    [
        None,
        dt.timezone.utc,
        dt.timezone(dt.timedelta(hours=-5)),
        dt.timezone(dt.timedelta(hours=5, minutes=30)),
    ]
)


@st.composite
def _spans(draw: st.DrawFn) -> newsdoc.Span:
    start = draw(st.integers(min_value=0, max_value=10_000))
    return newsdoc.Span(start=start, end=start + draw(st.integers(min_value=0, max_value=500)))


def _strategy(tp: Any) -> st.SearchStrategy[Any]:
    origin = get_origin(tp)
    if tp is type(None):
        return st.none()
    if origin is Union or type(tp).__name__ == "UnionType":
        return st.one_of(*(_strategy(choice) for choice in get_args(tp)))
    if origin is Literal:
        return st.sampled_from(get_args(tp))
    if origin is tuple:
        return st.lists(_strategy(get_args(tp)[0]), max_size=3).map(tuple)
    if tp is newsdoc.Span:
        return _spans()
    if attrs.has(tp):
        hints = _serial._hints(tp)
        fields = {f.name: _strategy(hints[f.name]) for f in attrs.fields(tp)}
        return st.fixed_dictionaries(fields).map(lambda kwargs: tp(**kwargs))
    scalars: dict[object, st.SearchStrategy[Any]] = {
        str: st.text(max_size=12),
        int: st.integers(min_value=-(2**40), max_value=2**40),
        bool: st.booleans(),
        dt.date: st.dates(),
        dt.time: st.times(),
        dt.datetime: st.datetimes(
            min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=_ZONES
        ),
    }
    return scalars[tp]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_strategy(newsdoc.Article))
def test_any_article_survives_json(article: newsdoc.Article) -> None:
    data = json.loads(json.dumps(article.to_dict(include_text=True)))
    VALIDATOR.validate(data)
    assert newsdoc.Article.from_dict(data) == article


# Real documents: a sample of each corpus's dev split, when the corpora are present.

CORPORA = Path(
    os.environ.get("CORPORA_DIR", Path(__file__).resolve().parents[2] / "shared" / "corpora")
)
PER_CORPUS = 12


def _corpus_names() -> list[str]:
    if not CORPORA.is_dir():
        return []
    return sorted(p.parent.name for p in CORPORA.glob("*/dev.jsonl"))


@pytest.mark.skipif(not _corpus_names(), reason="evaluation corpora not present")
@pytest.mark.parametrize("corpus", _corpus_names() or ["none"])
def test_corpus_output_validates_and_round_trips(corpus: str) -> None:
    with (CORPORA / corpus / "dev.jsonl").open(encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(PER_CORPUS), handle, strict=False)]
    for line in lines:
        text = json.loads(line)["text"]
        article = newsdoc.parse(text)
        data = json.loads(json.dumps(article.to_dict()))
        VALIDATOR.validate(data)
        assert newsdoc.Article.from_dict(data, text=text) == article
