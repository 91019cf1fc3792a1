"""Quotations and who said them.

(Skeleton: the quotes issue fills this module in.)
"""

from __future__ import annotations

from typing import Literal

import attrs

from newsdoc._validate import ensure_str
from newsdoc.languages import resolve_language
from newsdoc.spans import Span

__all__ = ["Quote", "find_quotes"]


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation with its speaker and cue.

    Example:
        >>> Quote(span=Span(start=0, end=4), text="Hi").kind
        'full'
    """

    span: Span
    text: str
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    kind: Literal["full", "partial"] = "full"


def find_quotes(text: str, *, language: str | None = None) -> tuple[Quote, ...]:
    """Return the quotations in ``text`` in order.

    Example:
        >>> find_quotes("")
        ()
    """
    text = ensure_str(text)
    resolve_language(text, language)
    from newsdoc._quotes_marks import quoted_segments

    return tuple(
        Quote(span=Span(start=s.start, end=s.end), text=text[s.inner_start : s.inner_end])
        for s in quoted_segments(text)
    )
