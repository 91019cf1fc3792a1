"""Invariants of ``newsdoc.parse`` over any input (hypothesis), and hostile inputs.

Generated text mixes news-shaped tokens (datelines, bylines, quote marks, tallies) with
arbitrary characters, so that every module's patterns get exercised.
"""

from __future__ import annotations

import itertools

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdoc

NEWS_TOKENS = [
    "WASHINGTON (AP) — ",
    "BERLIN, 2. Januar (dpa) - ",
    "By JANE ROE, Reuters\n",
    "\n\n",
    "“",
    "”",
    '"',
    "„",
    "«",
    "»",
    "‘",
    "’",
    " said ",
    " sagte ",
    " a déclaré ",
    ", he said.",
    "passed 52-48",
    " voted 7-2 ",
    " par 325 voix contre 184",
    "(AP Photo/Lee Park)",
    "REUTERS/Ann Fox",
    " Reporting by Tom Ash; Editing by Ivy Lo)",
    "Jan. 2",
    "Sen. ",
    ". ",
    "unanimously approved",
    "Foto: APA",
    "\r\n",
    "\u00a0",
    "—",
    "_",
    "2-1",
    "1: 15pm",
]

news_text = st.lists(
    st.one_of(st.sampled_from(NEWS_TOKENS), st.text(max_size=12)), max_size=40
).map("".join)


def collect_spans(obj: object) -> list[tuple[newsdoc.Span, object]]:
    """Return every (span, owner) pair inside a fact, recursively."""
    found: list[tuple[newsdoc.Span, object]] = []
    if isinstance(obj, tuple):
        for item in obj:
            found += collect_spans(item)
    elif attrs.has(type(obj)) and not isinstance(obj, newsdoc.Span):
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]  # has() checked it
            value = getattr(obj, field.name)
            if isinstance(value, newsdoc.Span):
                found.append((value, obj))
            else:
                found += collect_spans(value)
    return found


def facts(article: newsdoc.Article) -> tuple[object, ...]:
    return (
        article.dateline,
        article.timestamps,
        article.bylines,
        article.captions,
        article.quotes,
        article.votes,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text)
def test_parse_never_raises_and_spans_slice_back(text: str) -> None:
    article = newsdoc.parse(text)
    for span, _owner in collect_spans(facts(article)):
        assert 0 <= span.start <= span.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(news_text)
def test_parse_is_deterministic(text: str) -> None:
    assert newsdoc.parse(text) == newsdoc.parse(text)


@settings(max_examples=100, deadline=None)
@given(news_text)
def test_parse_agrees_with_module_functions(text: str) -> None:
    article = newsdoc.parse(text, language="en")
    assert article.quotes == newsdoc.find_quotes(text, language="en")
    assert article.votes == newsdoc.find_votes(text, language="en")
    assert article.captions == newsdoc.find_captions(text, language="en")
    assert article.bylines == newsdoc.find_bylines(text, language="en")


@settings(max_examples=100, deadline=None)
@given(news_text)
def test_parse_and_module_functions_detect_the_same_language(text: str) -> None:
    # Neither call is told the language: each module must detect what parse() detects.
    article = newsdoc.parse(text)
    assert article.quotes == newsdoc.find_quotes(text)
    assert article.votes == newsdoc.find_votes(text)
    assert article.captions == newsdoc.find_captions(text)
    assert article.bylines == newsdoc.find_bylines(text)


@settings(max_examples=100, deadline=None)
@given(news_text)
def test_quotes_never_overlap(text: str) -> None:
    spans = sorted(q.span for q in newsdoc.find_quotes(text))
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start


HOSTILE = {
    "no-newline": "word " * 200_000,
    "quote-marks": "“" * 10_000 + "a" * 10_000 + '"' * 10_000 + "„" * 10_000,
    "digits-dashes": "12-34-56 " * 110_000,
    "dashes": "-" * 1_000_000,
    "binary-junk": "".join(chr(i % 0x2FF) for i in range(300_000)),
    "caps": "WASHINGTON (AP) — " * 50_000,
    "newlines": "\n" * 500_000 + "x",
    "periods": "Sen. " * 200_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_megabyte_inputs_finish(name: str) -> None:
    text = HOSTILE[name]
    article = newsdoc.parse(text)
    for span, _owner in collect_spans(facts(article)):
        assert span.end <= len(text)
