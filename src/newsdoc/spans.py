"""Character spans into the original input.

Every object newsdoc extracts carries a :class:`Span`: ``text[span.start:span.end]``
is exactly the text it was parsed from, whatever normalisation was used for matching.

Offsets count Unicode code points, as Python ``str`` indices do.  JavaScript, Java and
C# index strings in UTF-16 code units instead, where a character beyond U+FFFF (most
emoji, some CJK) takes two: :meth:`Span.to_utf16` and :func:`utf16_offset` convert for
such front ends, and :meth:`Span.from_utf16` converts back.
"""

from __future__ import annotations

import attrs

__all__ = ["Span", "utf16_offset"]


def utf16_offset(text: str, index: int) -> int:
    """Return the UTF-16 code-unit offset of code-point offset ``index`` in ``text``.

    Example:
        >>> text = "Fans 🎉 cheered"
        >>> text.index("cheered"), utf16_offset(text, text.index("cheered"))
        (7, 8)
    """
    if not 0 <= index <= len(text):
        raise ValueError(f"offset {index} is outside a text of {len(text)} characters")
    if text.isascii():
        return index
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def _wrong_type(attribute: attrs.Attribute[int], value: object) -> TypeError:
    # the error attrs.validators.instance_of(int) raises, word for word
    return TypeError(
        f"'{attribute.name}' must be {int!r} (got {value!r} that is a {value.__class__!r}).",
        attribute,
        int,
        value,
    )


# One check per field, type then range: a span is built for every fact found, and
# one validator costs half of two (attrs calls each through a wrapper).
def _check_start(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int):
        raise _wrong_type(attribute, value)
    if value < 0:
        raise ValueError(f"Span.start must be >= 0, got {value}")


def _check_end(instance: Span, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int):
        raise _wrong_type(attribute, value)
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

    start: int = attrs.field(validator=_check_start)
    end: int = attrs.field(validator=_check_end)

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

    def to_utf16(self, text: str) -> tuple[int, int]:
        """Return ``(start, end)`` counted in UTF-16 code units, as JavaScript indexes ``text``.

        Example:
            >>> text = "Fans 🎉 cheered"
            >>> Span(start=7, end=14).to_utf16(text)
            (8, 15)

            In a browser, ``text.slice(8, 15)`` is then ``"cheered"``.
        """
        if self.end > len(text):
            raise ValueError(f"span {self.start}-{self.end} is outside a text of {len(text)}")
        start = utf16_offset(text, self.start)
        return start, start + utf16_offset(text[self.start : self.end], len(self))

    @classmethod
    def from_utf16(cls, text: str, start: int, end: int) -> Span:
        """Return the span of UTF-16 code units ``[start, end)`` of ``text`` (a JS selection).

        Raises:
            ValueError: An offset falls inside a surrogate pair or outside the text.

        Example:
            >>> text = "Fans 🎉 cheered"
            >>> span = Span.from_utf16(text, 8, 15)
            >>> span, span.slice(text)
            (Span(start=7, end=14), 'cheered')
        """
        units = text.encode("utf-16-le", "surrogatepass")
        if not 0 <= start <= end <= len(units) // 2:
            raise ValueError(f"UTF-16 range {start}-{end} is outside the text")
        try:
            first = len(units[: 2 * start].decode("utf-16-le"))
            length = len(units[2 * start : 2 * end].decode("utf-16-le"))
        except UnicodeDecodeError:
            raise ValueError(f"UTF-16 range {start}-{end} splits a surrogate pair") from None
        return cls(start=first, end=first + length)

    def shifted(self, offset: int) -> Span:
        """Return the span moved by ``offset`` characters.

        Useful when a fact was parsed from a slice of a larger text.

        Example:
            >>> Span(start=0, end=3).shifted(10)
            Span(start=10, end=13)
        """
        return Span(start=self.start + offset, end=self.end + offset)
