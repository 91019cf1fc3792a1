"""Character spans into the original input.

Every object newsdoc extracts carries a :class:`Span`: ``text[span.start:span.end]``
is exactly the text it was parsed from, whatever normalisation was used for matching.
"""

from __future__ import annotations

import attrs

__all__ = ["Span"]


def _check_start(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"Span.start must be >= 0, got {value}")


def _check_end(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if value < instance.start:
        raise ValueError(f"Span.end ({value}) must be >= Span.start ({instance.start})")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` into the text given to newsdoc.

    Spans order by position, so a tuple of extracted objects can be sorted by
    their spans.

    Example:
        >>> from newsdoc import Span
        >>> text = "BERLIN (dpa) - Rain."
        >>> span = Span(start=0, end=6)
        >>> span.slice(text)
        'BERLIN'
        >>> len(span)
        6
        >>> span.overlaps(Span(start=5, end=9))
        True
    """

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_start])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _check_end])

    def __len__(self) -> int:
        """Return the number of characters the span covers."""
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        Example:
            >>> Span(start=4, end=9).slice("The House voted.")
            'House'
        """
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one character.

        Example:
            >>> Span(start=0, end=4).overlaps(Span(start=4, end=8))
            False
        """
        return max(self.start, other.start) < min(self.end, other.end)

    def contains(self, other: Span) -> bool:
        """Return whether ``other`` lies wholly inside this span.

        Example:
            >>> Span(start=0, end=10).contains(Span(start=2, end=5))
            True
        """
        return self.start <= other.start and other.end <= self.end

    def shifted(self, offset: int) -> Span:
        """Return the span moved by ``offset`` characters.

        Useful when a fact was parsed from a slice of a larger text.

        Example:
            >>> Span(start=0, end=3).shifted(10)
            Span(start=10, end=13)
        """
        return Span(start=self.start + offset, end=self.end + offset)
