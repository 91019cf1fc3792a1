"""Bylines, credits and contributor trailers.

(Skeleton: the bylines issue fills this module in.)
"""

from __future__ import annotations

from typing import Literal

import attrs

from newsdoc._validate import ensure_str
from newsdoc.languages import resolve_language
from newsdoc.spans import Span

__all__ = ["Byline", "Person", "find_bylines", "parse_byline"]


@attrs.frozen(kw_only=True)
class Person:
    """One person named in a byline or trailer.

    Example:
        >>> Person(name="Jane Doe", span=Span(start=3, end=11)).name
        'Jane Doe'
    """

    name: str
    span: Span
    role: str | None = None
    title: str | None = None
    location: str | None = None


@attrs.frozen(kw_only=True)
class Byline:
    """A byline, desk credit or contributor trailer.

    Example:
        >>> Byline(span=Span(start=0, end=3), people=(), organizations=("Reuters",)).position
        'head'
    """

    span: Span
    people: tuple[Person, ...] = ()
    organizations: tuple[str, ...] = ()
    position: Literal["head", "tail"] = "head"


def find_bylines(text: str, *, language: str | None = None) -> tuple[Byline, ...]:
    """Return every byline and credit in ``text``.

    Example:
        >>> find_bylines("")
        ()
    """
    text = ensure_str(text)
    resolve_language(text, language)
    return ()


def parse_byline(line: str, *, language: str | None = None) -> Byline | None:
    """Parse one string that is a byline, or return None.

    Example:
        >>> parse_byline("") is None
        True
    """
    line = ensure_str(line, "line")
    found = find_bylines(line, language=language)
    return found[0] if found else None
