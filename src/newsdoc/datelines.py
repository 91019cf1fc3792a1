"""Datelines and publication stamps.

(Skeleton: the datelines issue fills this module in.)
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

import attrs

from newsdoc._validate import ensure_str
from newsdoc.languages import resolve_language
from newsdoc.spans import Span

__all__ = ["Dateline", "Place", "Timestamp", "find_dateline", "find_timestamps", "parse_dateline"]


@attrs.frozen(kw_only=True)
class Place:
    """Where a story was filed.

    Example:
        >>> Place(city="Springfield", region="Illinois", country="United States", country_code="US")
        Place(city='Springfield', region='Illinois', country='United States', country_code='US')
    """

    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens a story.

    Example:
        >>> Dateline(span=Span(start=0, end=6), place=None, date=None, time=None, agencies=())
        Dateline(span=Span(start=0, end=6), place=None, date=None, time=None, agencies=())
    """

    span: Span
    place: Place | None = None
    date: dt.date | None = None
    time: dt.time | None = None
    agencies: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Timestamp:
    """A publication or update stamp found in page furniture.

    Example:
        >>> import datetime as dt
        >>> stamp = Timestamp(span=Span(start=0, end=4), kind=None, value=dt.datetime(2020, 1, 2))
        >>> stamp.kind is None
        True
    """

    span: Span
    kind: Literal["published", "updated"] | None
    value: dt.datetime


def find_dateline(
    text: str, *, reference_date: dt.date | None = None, language: str | None = None
) -> Dateline | None:
    """Return the dateline that opens the story in ``text``, or None.

    Example:
        >>> find_dateline("") is None
        True
    """
    text = ensure_str(text)
    resolve_language(text, language)
    return None


def parse_dateline(
    line: str, *, reference_date: dt.date | None = None, language: str | None = None
) -> Dateline | None:
    """Parse one string that is a dateline, or return None.

    Example:
        >>> parse_dateline("") is None
        True
    """
    line = ensure_str(line, "line")
    return find_dateline(line, reference_date=reference_date, language=language)


def find_timestamps(text: str, *, language: str | None = None) -> tuple[Timestamp, ...]:
    """Return the publication and update stamps in ``text``.

    Example:
        >>> find_timestamps("")
        ()
    """
    text = ensure_str(text)
    resolve_language(text, language)
    return ()
