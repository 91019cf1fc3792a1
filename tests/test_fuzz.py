"""Fuzzing: news-shaped text, generated and mutated, through every public function.

The strategies write what the library reads — timestamps and dates in every format
(month names from Babel in all five languages, impossible hours, minutes and zone
offsets included), datelines, credit lines, quotation marks of every kind, tallies
with digits and number words — then mix in other scripts, control and zero-width
characters, and mutate the result (cut, doubled, spliced, re-cased).

Properties: nothing raises (the test run sets ``NEWSDOC_STRICT``, so a module bug is
not hidden by ``parse()``'s guarantee); every span lies in the text and slices back to
what its object says was written; ``parse()`` gives what the ``find_*`` functions
give; ``to_dict()`` survives a JSON round trip and ``from_dict()`` rebuilds the article.

``python -m pytest`` runs the short default profile; before a release run the long one:
``python -m pytest tests/test_fuzz.py --hypothesis-profile=fuzz`` (minutes).
"""

from __future__ import annotations

import functools
import json

import attrs
from babel.dates import get_month_names
from hypothesis import given
from hypothesis import strategies as st

import newsdoc

LANGUAGES = ("en", "de", "fr", "es", "it")


@functools.cache
def month_names() -> tuple[str, ...]:
    """Return wide and abbreviated month names of every supported language (Babel)."""
    names: set[str] = set()
    for code in LANGUAGES:
        for width in ("wide", "abbreviated"):
            names.update(get_month_names(width, locale=code).values())
    return tuple(sorted(names))


SPACES = st.sampled_from([" ", "  ", "\u00a0", "\u202f", "\t", "\n", "\r\n", "\n\n"])
DASHES = st.sampled_from(["-", "\u2013", "\u2014", "--", "_", "\u2212"])
ZONES = st.sampled_from(["", "Z", "+01:00", "-0500", "+14:00", "-23:59", "+25:00", "+99"])
WRITTEN_ZONES = st.sampled_from(["", " EST", " PST", " CET", " GMT", " UTC", " MESZ", " EDT"])
OFFSETS = st.sampled_from(["", "+1", "-5", "+12", "-19", "+24", "-30", "+05:30", "+9:99"])
CUES = st.sampled_from(
    [
        "",
        "Published: ",
        "Updated ",
        "Posted on ",
        "Veröffentlicht am ",
        "Stand: ",
        "Publié le ",
        "Mis à jour le ",
        "Publicado el ",
        "Actualizado: ",
        "Pubblicato il ",
        "Aggiornato alle ",
        "date ",
    ]
)
AMPM = st.sampled_from(["", " am", " p.m.", "pm", " A.M.", " Uhr", "h"])


@st.composite
def timestamps(draw: st.DrawFn) -> str:
    """Return a date-and-time stamp in one of the written formats, in or out of range."""
    year = draw(st.integers(1890, 2110))
    month = draw(st.integers(0, 13))
    day = draw(st.integers(0, 32))
    hour = draw(st.integers(0, 30))
    minute = draw(st.integers(0, 65))
    second = draw(st.integers(0, 61))
    name = draw(st.sampled_from(month_names()))
    zone = draw(ZONES)
    written = draw(WRITTEN_ZONES) + draw(OFFSETS)
    ampm = draw(AMPM)
    form = draw(st.integers(0, 7))
    body = [
        f"{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{zone}",
        f"{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}{written}",
        f"{name} {day}, {year} {hour}:{minute:02}{ampm}{written}",
        f"{day}. {name} {year}, {hour}:{minute:02}{ampm}",
        f"{day} de {name} de {year} a las {hour}.{minute:02}{written}",
        f"{day:02}.{month:02}.{year} | {hour}h{minute:02}",
        f"{month}/{day}/{year} {hour}: {minute:02}{ampm}",
        f"{name[:3]}. {day} {year} @ {hour}:{minute:02}:{second:02}{written}",
    ][form]
    return draw(CUES) + body


CITIES = st.sampled_from(
    ["WASHINGTON", "Berlin", "PARIS", "Madrid", "ROMA", "Wien", "SPRINGFIELD, Ill.", "São Paulo"]
)
AGENCIES = st.sampled_from(
    ["AP", "Reuters", "AFP", "dpa", "EFE", "ANSA", "EUROPA PRESS", "APA", "sda", "Xinhua"]
)


@st.composite
def datelines(draw: st.DrawFn) -> str:
    """Return a dateline in a wire agency's layout (sometimes with no city or date)."""
    city = draw(CITIES)
    agency = draw(AGENCIES)
    name = draw(st.sampled_from(month_names()))
    day = draw(st.integers(0, 40))
    dash = draw(DASHES)
    form = draw(st.integers(0, 4))
    return [
        f"{city} ({agency}) {dash} ",
        f"{city}, {name} {day} ({agency}) {dash} ",
        f"{city}, {day}. {name} ({agency}) {dash} ",
        f"({agency}) {dash} ",
        f"{city} {dash} ",
    ][form]


NAMES = st.sampled_from(["Ann Fox", "JOHN SMITH", "Lee", "Dana Reyes", "María Ortiz", "K. Ito"])
CREDIT_FORMS = (
    "({agency} Photo/{name})",
    "{agency}/{name}",
    "Photograph: {name}/Getty Images",
    "Foto: {agency}",
    "(Photo by {name}/{agency} via Getty Images)",
    "Bild: {name}/{agency}",
    "FILE PHOTO: a street. {agency}/{name}/File Photo",
    "Image caption text here. Image copyright {agency}",
    "By {name}, {agency}",
    "Reporting by {name}; Editing by {name}",
)


@st.composite
def credits(draw: st.DrawFn) -> str:
    """Return a photo credit or byline line in one of the agency layouts."""
    form = draw(st.sampled_from(CREDIT_FORMS))
    return form.format(agency=draw(AGENCIES), name=draw(NAMES))


MARKS = st.sampled_from([*"\"“”„‟«»‘’‚‹›'", "« ", " »"])
SAY = st.sampled_from(
    [
        " said ",
        ", he said.",
        " sagte ",
        ", so die Ministerin.",
        " a déclaré ",
        ", estime-t-elle.",
        " dijo ",
        ", ha detto ",
        ": ",
        " according to ",
        " Sen. ",
    ]
)
WORDS = st.sampled_from(
    ["We will", "Nein", "jamais", "nunca", "mai", "the plan", "Dr.", "U.S.", "a", "x" * 30]
)


@st.composite
def quotations(draw: st.DrawFn) -> str:
    """Return a quotation with marks of any kind (balanced or not) and a cue."""
    opening, closing = draw(MARKS), draw(MARKS)
    inner = " ".join(draw(st.lists(WORDS, min_size=0, max_size=6)))
    speaker = draw(NAMES)
    if draw(st.booleans()):
        return f"{opening}{inner}{closing}{draw(SAY)}{speaker}."
    return f"{speaker}{draw(SAY)}{opening}{inner}{closing}"


NUMBER_WORDS = st.sampled_from(
    ["nil", "none", "one", "twelve", "zwölf", "trois", "cinco", "dieci", "0", "7", "325", "10000"]
)
TALLY_FORMS = (
    "voted {a}-{b}",
    "passed {a} to {b}",
    "by {a} votes to {b}",
    "par {a} voix contre {b}",
    "mit {a} zu {b} Stimmen",
    "con {a} votos a favor y {b} en contra",
    "con {a} voti favorevoli e {b} contrari",
    "{a}-{b} with {c} abstentions",
    "won {a}-{b}",
    "a {a}-{b} majority",
    "unanimously",
)


@st.composite
def tallies(draw: st.DrawFn) -> str:
    """Return a tally, a score or a majority, with digits or number words."""
    form = draw(st.sampled_from(TALLY_FORMS))
    a, b, c = draw(NUMBER_WORDS), draw(NUMBER_WORDS), draw(NUMBER_WORDS)
    return "The council " + form.format(a=a, b=b, c=c) + "."


# Other scripts, combining marks, control, bidi and zero-width characters.
ODD = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            ["\u200b", "\u200d", "\ufeff", "\u202e", "\u0301", "\x00", "\x1b", "\u2028", "\x85"]
        ),
        st.sampled_from(list("Жжйü中文日本語عربيςא")),
    ),
    max_size=8,
)

PIECES = st.one_of(
    timestamps(), datelines(), credits(), quotations(), tallies(), ODD, SPACES, DASHES
)


@st.composite
def news_text(draw: st.DrawFn) -> str:
    """Return news-shaped text: generated pieces joined, then mutated a few times."""
    text = "".join(draw(st.lists(PIECES, max_size=25)))
    for _ in range(draw(st.integers(0, 4))):
        text = draw(mutated(text))
    return text


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """Return ``text`` with one slice cut, doubled, moved, re-cased or overwritten."""
    if not text:
        return text
    i = draw(st.integers(0, len(text)))
    j = draw(st.integers(i, min(len(text), i + 40)))
    how = draw(st.integers(0, 4))
    if how == 0:
        return text[:i] + text[j:]
    if how == 1:
        return text[:j] + text[i:j] * draw(st.integers(2, 6)) + text[j:]
    if how == 2:
        return text[i:j] + text[:i] + text[j:]
    if how == 3:
        return text[:i] + text[i:j].upper() + text[j:]
    return text[:i] + draw(ODD) + text[j:]


def spans_with_owner(obj: object) -> list[tuple[str, newsdoc.Span, object]]:
    """Return (field name, span, owner) for every span inside a fact, recursively."""
    found: list[tuple[str, newsdoc.Span, object]] = []
    if isinstance(obj, tuple):
        for item in obj:
            found += spans_with_owner(item)
    elif attrs.has(type(obj)) and not isinstance(obj, newsdoc.Span):
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]  # has() checked it
            value = getattr(obj, field.name)
            if isinstance(value, newsdoc.Span):
                found.append((field.name, value, obj))
            else:
                found += spans_with_owner(value)
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


def assert_spans_exact(text: str, article: newsdoc.Article) -> None:
    """Every span lies in ``text``; text fields said to be as written slice back exactly."""
    for _name, span, _owner in spans_with_owner(facts(article)):
        assert 0 <= span.start <= span.end <= len(text)
    for quote in article.quotes:
        assert quote.text in text[quote.span.start : quote.span.end]
        if quote.cue is not None and quote.cue_span is not None:
            assert text[quote.cue_span.start : quote.cue_span.end] == quote.cue
    for caption in article.captions:
        assert caption.span.end > caption.span.start
        if caption.credit is not None:
            assert caption.span.contains(caption.credit.span)
    for tally in article.votes:
        if tally.body is not None:
            assert tally.body_span is not None
            assert text[tally.body_span.start : tally.body_span.end] == tally.body


@given(news_text())
def test_parse_never_raises_and_spans_are_exact(text: str) -> None:
    assert_spans_exact(text, newsdoc.parse(text))


@given(news_text(), st.sampled_from((None, *LANGUAGES)))
def test_parse_equals_the_module_functions(text: str, language: str | None) -> None:
    article = newsdoc.parse(text, language=language)
    code = article.language
    assert article.timestamps == newsdoc.find_timestamps(text, language=code)
    assert article.dateline == newsdoc.find_dateline(
        text, reference_date=article.reference_date, language=code
    )
    assert article.bylines == newsdoc.find_bylines(text, language=language)
    assert article.captions == newsdoc.find_captions(text, language=language)
    assert article.quotes == newsdoc.find_quotes(text, language=language)
    assert article.votes == newsdoc.find_votes(text, language=language)


@given(news_text())
def test_to_dict_survives_a_json_round_trip(text: str) -> None:
    article = newsdoc.parse(text)
    data = json.loads(json.dumps(article.to_dict()))
    assert data == article.to_dict()
    assert newsdoc.Article.from_dict(data, text=text) == article


@given(st.one_of(credits(), datelines(), timestamps(), news_text()))
def test_single_string_parsers_never_raise(text: str) -> None:
    for parse_one in (newsdoc.parse_dateline, newsdoc.parse_byline, newsdoc.parse_credit):
        result = parse_one(text)
        for _name, span, _owner in spans_with_owner(result):
            assert 0 <= span.start <= span.end <= len(text)
