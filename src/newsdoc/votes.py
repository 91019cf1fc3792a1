"""Vote tallies.

(Skeleton: the votes issue fills this module in.)
"""

from __future__ import annotations

from typing import Literal

import attrs

from newsdoc._validate import ensure_str
from newsdoc.languages import resolve_language
from newsdoc.spans import Span

__all__ = ["VoteTally", "find_votes"]


@attrs.frozen(kw_only=True)
class VoteTally:
    """A recorded vote.

    Example:
        >>> VoteTally(span=Span(start=0, end=7), yes=5, no=4).outcome is None
        True
    """

    span: Span
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    absent: int | None = None
    unanimous: bool = False
    outcome: Literal["passed", "failed"] | None = None
    body: str | None = None


def find_votes(text: str, *, language: str | None = None) -> tuple[VoteTally, ...]:
    """Return the vote tallies in ``text``.

    Example:
        >>> find_votes("")
        ()
    """
    text = ensure_str(text)
    resolve_language(text, language)
    return ()
