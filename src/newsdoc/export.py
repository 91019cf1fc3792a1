"""Flat rows for tables: one per dateline, stamp, byline person, caption, quote or tally.

:func:`records` turns parsed articles into dicts of scalar values (str, int, bool or
None) with the same keys in every row of a kind, ready for ``pandas.DataFrame``,
``csv.DictWriter`` or a Parquet writer.  Nested objects are flattened into
prefixed columns (``place_city``, ``credit_agencies``); a span becomes two integer
columns (``start``, ``end``; ``speaker_start``, ``speaker_end``); a tuple of names
becomes one string joined with ``"; "``; dates and times become ISO 8601 strings.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Literal, Union, get_args, get_origin

import attrs

from newsdoc import _serial
from newsdoc.article import Article
from newsdoc.batch import ParsedRecord
from newsdoc.bylines import Byline, Person
from newsdoc.spans import Span

__all__ = ["records"]

RecordKind = Literal["datelines", "timestamps", "bylines", "captions", "quotes", "votes"]

# What a cell of a row holds.
Cell = str | int | bool | None

_KINDS: Mapping[str, str] = types.MappingProxyType(
    {
        "datelines": "dateline",
        "timestamps": "timestamps",
        "bylines": "bylines",
        "captions": "captions",
        "quotes": "quotes",
        "votes": "votes",
    }
)

# Joins the names of a tuple (agencies, photographers, organisations) into one cell.
_JOIN = "; "


def records(items: Iterable[Article | ParsedRecord], kind: RecordKind) -> Iterator[dict[str, Cell]]:
    """Yield one flat row per fact of ``kind`` in ``items``, led by the document's ``id``.

    ``kind`` is one of ``"datelines"``, ``"timestamps"``, ``"bylines"`` (one row per
    person named in a byline; a byline naming none gives one row with ``name`` None),
    ``"captions"``, ``"quotes"`` or ``"votes"``.  The ``id`` column is a record's
    id from :func:`newsdoc.parse_many`, else its position in ``items`` (from 0).  The
    row's own span is ``start``/``end``; for byline people, the person's name, with the
    whole byline's as ``byline_start``/``byline_end``.

    Args:
        items: Articles, or the records :func:`newsdoc.parse_many` yields; read once.
        kind: Which facts to list.

    Raises:
        TypeError: An item is neither an Article nor a ParsedRecord.
        ValueError: ``kind`` is not one of the six.

    Example:
        >>> import newsdoc
        >>> article = newsdoc.parse("“It is done,” the mayor said after the 9-2 vote.")
        >>> row = next(newsdoc.records([article], "quotes"))
        >>> row["id"], row["text"], row["speaker"], row["start"], row["end"]
        (0, 'It is done,', 'the mayor', 0, 13)
        >>> [(r["yes"], r["no"], r["start"], r["end"]) for r in newsdoc.records([article], "votes")]
        [(9, 2, 39, 47)]
    """
    if kind not in _KINDS:
        raise ValueError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
    if isinstance(items, (Article, ParsedRecord)) or not isinstance(items, Iterable):
        raise TypeError(
            f"items must be an iterable of Article or ParsedRecord, not {type(items).__name__}"
        )
    return _rows(items, _KINDS[kind])


def _rows(items: Iterable[Article | ParsedRecord], attribute: str) -> Iterator[dict[str, Cell]]:
    for position, item in enumerate(items):
        doc_id, article = _identify(position, item)
        value = getattr(article, attribute)
        facts = value if isinstance(value, tuple) else () if value is None else (value,)
        for fact in facts:
            if isinstance(fact, Byline):
                yield from _byline_rows(doc_id, fact)
            else:
                row: dict[str, Cell] = {"id": doc_id}
                _flatten(type(fact), fact, "", row)
                yield row


def _identify(position: int, item: object) -> tuple[str | int, Article]:
    if isinstance(item, ParsedRecord):
        return (item.index if item.id is None else item.id), item.article
    if isinstance(item, Article):
        return position, item
    raise TypeError(f"items must hold Article or ParsedRecord, not {type(item).__name__}")


def _byline_rows(doc_id: str | int, byline: Byline) -> Iterator[dict[str, Cell]]:
    """One row per person: the person's columns, then the byline's as ``byline_*``."""
    outer: dict[str, Cell] = {}
    _flatten(Byline, byline, "byline_", outer, skip="people")
    people: tuple[Person | None, ...] = byline.people or (None,)
    for person in people:
        row: dict[str, Cell] = {"id": doc_id}
        _flatten(Person, person, "", row)
        if person is None:  # the row stands for the byline itself
            row["start"], row["end"] = byline.span.start, byline.span.end
        row.update(outer)
        yield row


def _flatten(cls: type, obj: object, prefix: str, row: dict[str, Cell], skip: str = "") -> None:
    """Add the columns of ``obj`` (an instance of ``cls``, or None: empty cells)."""
    hints = _serial._hints(cls)
    for field in attrs.fields(cls):
        if field.name == skip:
            continue
        value = None if obj is None else getattr(obj, field.name)
        _cell(hints[field.name], value, prefix, field.name, row)


def _cell(tp: object, value: object, prefix: str, name: str, row: dict[str, Cell]) -> None:
    target = _strip_none(tp)
    if target is Span:
        stem = prefix + name.removesuffix("span")  # span -> start, speaker_span -> speaker_start
        span = value if isinstance(value, Span) else None
        row[stem + "start"] = None if span is None else span.start
        row[stem + "end"] = None if span is None else span.end
    elif isinstance(target, type) and attrs.has(target):
        _flatten(target, value, f"{prefix}{name}_", row)
    elif isinstance(value, tuple):
        row[prefix + name] = _JOIN.join(str(item) for item in value)
    elif isinstance(value, (dt.date, dt.time)):
        row[prefix + name] = value.isoformat()
    elif value is None or isinstance(value, (str, int, bool)):
        row[prefix + name] = value
    else:  # a type no result class uses today
        row[prefix + name] = str(value)


def _strip_none(tp: object) -> object:
    """Return ``X`` for ``X | None``; any other type as it is."""
    if get_origin(tp) in (Union, types.UnionType):
        choices = [choice for choice in get_args(tp) if choice is not type(None)]
        if len(choices) == 1:
            return choices[0]
    return tp
