"""Photo captions and credits left in scraped text.

(Skeleton: the captions issue fills this module in.)
"""

from __future__ import annotations

from typing import Literal

import attrs

from newsdoc._validate import ensure_str
from newsdoc.languages import resolve_language
from newsdoc.spans import Span

__all__ = ["Caption", "Credit", "find_captions", "parse_credit"]


@attrs.frozen(kw_only=True)
class Credit:
    """A photo credit: who took the picture and for which agency.

    Example:
        >>> Credit(span=Span(start=0, end=7), agencies=("Reuters",)).agencies
        ('Reuters',)
    """

    span: Span
    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    file_photo: bool = False
    handout: bool = False
    pool: bool = False


@attrs.frozen(kw_only=True)
class Caption:
    """A caption unit: the caption text and its credit.

    Example:
        >>> Caption(span=Span(start=0, end=5), text="Smoke").kind is None
        True
    """

    span: Span
    text: str
    credit: Credit | None = None
    kind: Literal["photo", "video", "graphic"] | None = None


def find_captions(text: str, *, language: str | None = None) -> tuple[Caption, ...]:
    """Return the photo captions and credit lines in ``text``.

    Example:
        >>> find_captions("")
        ()
    """
    text = ensure_str(text)
    resolve_language(text, language)
    return ()


def parse_credit(text: str) -> Credit | None:
    """Parse a caption or a bare credit string into a :class:`Credit`, or None.

    Example:
        >>> parse_credit("") is None
        True
    """
    ensure_str(text)
    return None
