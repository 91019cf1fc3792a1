"""What the quotation test tables share: the speaker mention of one quotation.

The tables name a quotation by a few words it holds and the mention they expect
as written in the text, so a case reads as the sentence a reporter would write.
"""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet

from newsdoc.quotes import find_quotes

#: One probe row: the text, a fragment of the quotation, the speaker expected, and
#: the construction a known miss names (None: the case must pass).
Case = tuple[str, str, str, str | None]


def case(text: str, quoted: str, want: str, reason: str | None = None) -> Case:
    """Return one probe row; ``reason`` names the construction of a known miss.

    Example:
        >>> case("“Yes,” Ann Lee said.", "Yes", "Ann Lee")
        ('“Yes,” Ann Lee said.', 'Yes', 'Ann Lee', None)
    """
    return text, quoted, want, reason


__all__ = ["Case", "case", "mention_of", "params", "speaker_of", "speaker_overlaps"]


def mention_of(text: str, quoted: str, language: str) -> str | None:
    """Return the speaker mention of the quotation of ``text`` that holds ``quoted``.

    None when that quotation has no speaker; a quotation holding ``quoted`` must
    be found, or the case fails.

    Example:
        >>> mention_of("„Wir bleiben“, sagte die Ärztin Eva Roth.", "bleiben", "de")
        'die Ärztin Eva Roth'
    """
    for quote in find_quotes(text, language=language):
        if quoted in quote.text:
            span = quote.speaker_span
            return text[span.start : span.end] if span is not None else None
    raise AssertionError(f"no quotation holds {quoted!r}")


def _overlaps(text: str, want: str, start: int, end: int) -> bool:
    """Return whether an occurrence of ``want`` in ``text`` overlaps ``text[start:end]``."""
    at = text.find(want)
    while at >= 0:
        if at < end and start < at + len(want):
            return True
        at = text.find(want, at + 1)
    return False


def speaker_overlaps(text: str, quoted: str, want: str, language: str) -> bool:
    """Return whether the speaker of the quotation holding ``quoted`` is ``want``.

    The probes' test, the scorer's own: the mention overlaps ``want`` where it is
    written, or the resolved speaker holds it (a pronoun or a surname standing for
    the name before).

    Example:
        >>> speaker_overlaps("“Yes,” she said. Ann Lee left.", "Yes", "Ann Lee", "en")
        True
    """
    for quote in find_quotes(text, language=language):
        if quoted in quote.text:
            span = quote.speaker_span
            if span is None:
                return False
            resolved = quote.speaker is not None and want in quote.speaker
            return resolved or _overlaps(text, want, span.start, span.end)
    raise AssertionError(f"no quotation holds {quoted!r}")


def speaker_of(text: str, quoted: str, language: str) -> str | None:
    """Return the resolved speaker of the quotation of ``text`` that holds ``quoted``.

    Example:
        >>> speaker_of("Ann Lee left. “Yes,” she said.", "Yes", "en")
        'Ann Lee'
    """
    for quote in find_quotes(text, language=language):
        if quoted in quote.text:
            return quote.speaker
    raise AssertionError(f"no quotation holds {quoted!r}")


def params(rows: list[tuple[str, Case]], known: dict[str, str]) -> list[ParameterSet]:
    """Return probe rows as parameters, a row named in ``known`` a strict xfail with its reason.

    Example:
        >>> [p.id for p in params([("a", case("“Yes,” Ann Lee said.", "Yes", "Ann Lee"))], {})]
        ['a']
    """
    return [
        pytest.param(
            *c,
            id=i,
            marks=[pytest.mark.xfail(strict=True, reason=known[i])] if i in known else [],
        )
        for i, c in rows
    ]
