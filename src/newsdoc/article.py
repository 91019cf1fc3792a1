"""Parse a whole article: every fact kind at once.

:func:`parse` analyses the text once (language, paragraphs, lines: one
``_text.Document``), runs each fact module over that one document and returns an
:class:`Article` holding their results.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import warnings
from collections.abc import Callable, Mapping
from importlib import resources
from typing import TypeVar

import attrs
import regex

from newsdoc import _serial, bylines, captions, datelines, quotes, votes
from newsdoc._text import Document
from newsdoc._validate import ensure_str
from newsdoc.bylines import Byline
from newsdoc.captions import Caption
from newsdoc.datelines import Dateline, Timestamp
from newsdoc.languages import resolve_language
from newsdoc.quotes import Quote
from newsdoc.spans import Span
from newsdoc.votes import VoteTally

__all__ = ["Article", "ExtractionWarning", "article_schema", "parse"]

_T = TypeVar("_T")

#: Set to a non-empty value to let a fact module's exception propagate out of
#: :func:`parse` instead of being reported as an :class:`ExtractionWarning`.
#: The test suite sets it, so that no bug hides behind the guarantee.
STRICT_ENV = "NEWSDOC_STRICT"

# Runs of blank lines left where furniture was cut out: "\n  \n\n".
_BLANK_RUN = regex.compile(r"[ \t\u00a0]*+(?:\r?\n[ \t\u00a0]*+){2,}")


# Where the JSON Schema of Article.to_dict() output lives, and the address it names itself by.
_SCHEMA_FILE = "schema/article.schema.json"
_SCHEMA_ID = "https://github.com/newsdoc/newsdoc/blob/main/src/newsdoc/schema/article.schema.json"


@attrs.frozen(kw_only=True)
class Article:
    """Everything newsdoc found in one document.

    Every extracted object carries a :class:`~newsdoc.Span` into ``text``.

    Example:
        >>> import newsdoc
        >>> article = newsdoc.parse("Rain fell in the capital on Monday.")
        >>> article.language
        'en'
        >>> article.dateline is None, article.quotes
        (True, ())
        >>> sorted(article.to_dict())  # doctest: +NORMALIZE_WHITESPACE
        ['bylines', 'captions', 'dateline', 'language', 'quotes', 'reference_date',
         'timestamps', 'votes']
    """

    text: str = attrs.field(repr=False)
    language: str
    reference_date: dt.date | None = None
    dateline: Dateline | None = None
    timestamps: tuple[Timestamp, ...] = ()
    bylines: tuple[Byline, ...] = ()
    captions: tuple[Caption, ...] = ()
    quotes: tuple[Quote, ...] = ()
    votes: tuple[VoteTally, ...] = ()

    @property
    def furniture_spans(self) -> tuple[Span, ...]:
        """Return the spans of captions, bylines, the dateline and stamps, in order.

        Example:
            >>> import newsdoc
            >>> newsdoc.parse("Plain story text.").furniture_spans
            ()
        """
        spans = [c.span for c in self.captions]
        spans += [b.span for b in self.bylines]
        spans += [t.span for t in self.timestamps]
        if self.dateline is not None:
            spans.append(self.dateline.span)
        return tuple(sorted(spans))

    @property
    def body_text(self) -> str:
        r"""Return the story without captions, credits, bylines, stamps and dateline.

        Example:
            >>> import newsdoc
            >>> newsdoc.parse("First paragraph.\\n\\nSecond paragraph.").body_text
            'First paragraph.\\n\\nSecond paragraph.'
        """
        pieces: list[str] = []
        pos = 0
        for span in self.furniture_spans:
            if span.start > pos:
                pieces.append(self.text[pos : span.start])
            pos = max(pos, span.end)
        pieces.append(self.text[pos:])
        joined = "".join(pieces)
        return _BLANK_RUN.sub("\n\n", joined).strip()

    def to_dict(self, *, include_text: bool = False) -> dict[str, object]:
        """Return every field of every fact as JSON-ready data.

        Objects become dicts with one key per field, tuples become lists, dates, times
        and datetimes ISO 8601 strings, and spans ``{"start": ..., "end": ...}`` dicts.
        The text of quotes and captions is included; the article's own ``text`` only
        when ``include_text`` is true (every span indexes it).  The output obeys
        :func:`newsdoc.article_schema`, and :meth:`from_dict` rebuilds the article.

        Example:
            >>> import datetime, json, newsdoc
            >>> article = newsdoc.parse(
            ...     "“The bridge opens in May,” the minister said.",
            ...     reference_date=datetime.date(2020, 1, 2),
            ... )
            >>> data = article.to_dict()
            >>> data["reference_date"], data["quotes"][0]["text"], "text" in data
            ('2020-01-02', 'The bridge opens in May,', False)
            >>> data["quotes"][0]["span"]
            {'start': 0, 'end': 26}
            >>> json.loads(json.dumps(data)) == data
            True
            >>> article.to_dict(include_text=True)["text"][:10]
            '“The bridg'
        """
        skip = frozenset() if include_text else frozenset({"text"})
        data = _serial.dump(self, skip=skip)
        assert isinstance(data, dict)  # an attrs instance dumps to a dict
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object], *, text: str | None = None) -> Article:
        """Rebuild an article from :meth:`to_dict` output (after a JSON round trip too).

        Args:
            data: A mapping as :meth:`to_dict` returns it.
            text: The article's text, when ``data`` was made without
                ``include_text=True``; it must be the text the spans index.

        Raises:
            TypeError: ``data`` is not a mapping or ``text`` not a str.
            ValueError: A field is missing, unknown or of the wrong type (the
                message names it, e.g. ``quotes[2].span.end``), or there is no text.

        Example:
            >>> import json, newsdoc
            >>> article = newsdoc.parse("The council voted 7-2 to close the pool.")
            >>> wire = json.dumps(article.to_dict(include_text=True))
            >>> newsdoc.Article.from_dict(json.loads(wire)) == article
            True
            >>> newsdoc.Article.from_dict(article.to_dict(), text=article.text) == article
            True
        """
        if not isinstance(data, Mapping):
            raise TypeError(f"data must be a mapping, not {type(data).__name__}")
        if text is not None:
            data = {**data, "text": ensure_str(text)}
        elif "text" not in data:
            raise ValueError(
                "no article text: pass text=..., or make data with to_dict(include_text=True)"
            )
        article: Article = _serial.load(cls, data)
        return article


def article_schema() -> dict[str, object]:
    """Return the JSON Schema (draft 2020-12) of :meth:`Article.to_dict` output.

    The schema ships in the package as ``newsdoc/schema/article.schema.json``.  Every
    field is required, except the article's ``text`` (present with
    ``include_text=True``); no other key is allowed.  Each call returns a fresh dict.

    Example:
        >>> import newsdoc
        >>> schema = newsdoc.article_schema()
        >>> schema["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> sorted(schema["$defs"])  # doctest: +NORMALIZE_WHITESPACE
        ['Byline', 'Caption', 'Credit', 'Dateline', 'Person', 'Place', 'Quote', 'Span',
         'Timestamp', 'VoteTally']
    """
    source = resources.files("newsdoc").joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, object] = json.loads(source)
    return schema


def _build_schema() -> dict[str, object]:
    """Return the schema as the result classes define it today (see ``_serial``)."""
    return _serial.schema(Article, optional=frozenset({"text"}), schema_id=_SCHEMA_ID)


class ExtractionWarning(RuntimeWarning):
    """A fact module failed on one text; :func:`parse` left its facts out.

    :func:`parse` promises a result for any ``str``: a bug in one module costs only
    that module's facts, never the others'.  The failure is reported with this
    warning (module name and exception), so it can be logged, counted or turned
    into an error with ``warnings`` filters.  With the environment variable
    ``NEWSDOC_STRICT`` set, the exception propagates instead.

    Example:
        >>> import warnings, newsdoc
        >>> issubclass(newsdoc.ExtractionWarning, RuntimeWarning)
        True
        >>> with warnings.catch_warnings():
        ...     warnings.simplefilter("error", newsdoc.ExtractionWarning)
        ...     newsdoc.parse("A quiet day.").quotes
        ()
    """


def _guarded(kind: str, extract: Callable[[], _T], empty: _T) -> _T:
    """Return ``extract()``, or ``empty`` with an :class:`ExtractionWarning` if it raised."""
    try:
        return extract()
    except Exception as exc:
        if os.environ.get(STRICT_ENV):
            raise
        warnings.warn(
            f"newsdoc could not read the {kind} of this text ({type(exc).__name__}: {exc}); "
            f"they are left out of the Article",
            ExtractionWarning,
            stacklevel=3,
        )
        return empty


def parse(text: str, reference_date: dt.date | None = None, language: str | None = None) -> Article:
    """Extract every fact newsdoc knows from one article's plain text.

    Args:
        text: The article as plain text (title, furniture and all).
        reference_date: The story's date, used to resolve datelines without a
            year.  When None, a publication stamp in the text is used if found.
        language: An ISO 639-1 code (``"en"``, ``"de"``, ``"fr"``, ``"es"``,
            ``"it"``); None detects it from the text.

    Raises:
        TypeError: ``text`` is not a ``str`` or ``reference_date`` is not a date.
        ValueError: ``language`` is not supported.

    The text is analysed once (language, paragraphs, lines) for every fact module,
    and the result holds exactly what each ``find_*`` function returns for the same
    text given the article's ``language`` (and, for the dateline, its
    ``reference_date``).

    Any other failure inside one fact module costs only that module's facts: they are
    left out and an :class:`ExtractionWarning` says why (set ``NEWSDOC_STRICT`` to
    let the exception propagate instead).

    Example:
        >>> import newsdoc
        >>> article = newsdoc.parse("Die Regierung sagte am Montag, das Gesetz sei beschlossen.")
        >>> article.language
        'de'
    """
    text = ensure_str(text)
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )
    if isinstance(reference_date, dt.datetime):
        reference_date = reference_date.date()
    # the text is analysed once, its language resolved once, for every module
    doc = Document.analyse(text, resolve_language(text, language))
    timestamps: tuple[Timestamp, ...] = _guarded(
        "timestamps", lambda: datelines._find_timestamps(doc), ()
    )
    if reference_date is None:
        reference_date = next(
            (t.value.date() for t in timestamps if t.kind in ("published", None)), None
        )
    day = reference_date
    return Article(
        text=text,
        language=doc.language,
        reference_date=reference_date,
        dateline=_guarded("dateline", lambda: datelines._find_dateline(doc, day), None),
        timestamps=timestamps,
        bylines=_guarded("bylines", lambda: bylines._find(doc), ()),
        captions=_guarded("captions", lambda: captions._find(doc), ()),
        quotes=_guarded("quotes", lambda: quotes._find(doc), ()),
        votes=_guarded("vote tallies", lambda: votes._find(doc), ()),
    )
