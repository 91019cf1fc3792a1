"""What the quotation test tables share: the speaker mention of one quotation.

The tables name a quotation by a few words it holds and the mention they expect
as written in the text, so a case reads as the sentence a reporter would write.
"""

from __future__ import annotations

from newsdoc.quotes import find_quotes

__all__ = ["mention_of"]


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
