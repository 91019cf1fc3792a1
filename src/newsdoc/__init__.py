"""newsdoc: structured, checkable facts from raw news copy.

Datelines, bylines, photo captions and credits, quotations with their speakers,
and vote tallies, each as a frozen value object with an exact character span
into the text it came from.

The fact modules compile their patterns when first used, not when ``newsdoc`` is
imported: ``import newsdoc`` stays cheap for programs that touch one module only.

Example:
    >>> import newsdoc
    >>> article = newsdoc.parse("A short story.")
    >>> article.language
    'en'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the names below are loaded lazily by __getattr__
    from newsdoc.article import Article, ExtractionWarning, article_schema, parse
    from newsdoc.batch import ParsedRecord, RecordError, parse_many
    from newsdoc.bylines import Byline, Person, find_bylines, parse_byline
    from newsdoc.captions import Caption, Credit, find_captions, parse_credit
    from newsdoc.datelines import (
        Dateline,
        Place,
        Timestamp,
        find_dateline,
        find_timestamps,
        parse_dateline,
    )
    from newsdoc.export import records
    from newsdoc.languages import SUPPORTED_LANGUAGES, detect_language, resolve_language
    from newsdoc.quotes import Quote, find_quotes
    from newsdoc.spans import Span, utf16_offset
    from newsdoc.votes import VoteTally, find_votes

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Article",
    "Byline",
    "Caption",
    "Credit",
    "Dateline",
    "ExtractionWarning",
    "ParsedRecord",
    "Person",
    "Place",
    "Quote",
    "RecordError",
    "Span",
    "Timestamp",
    "VoteTally",
    "__version__",
    "article_schema",
    "detect_language",
    "find_bylines",
    "find_captions",
    "find_dateline",
    "find_quotes",
    "find_timestamps",
    "find_votes",
    "parse",
    "parse_byline",
    "parse_credit",
    "parse_dateline",
    "parse_many",
    "records",
    "resolve_language",
    "utf16_offset",
]

# Where each public name lives.
_HOMES = {
    "Article": "article",
    "ExtractionWarning": "article",
    "article_schema": "article",
    "parse": "article",
    "ParsedRecord": "batch",
    "RecordError": "batch",
    "parse_many": "batch",
    "Byline": "bylines",
    "Person": "bylines",
    "find_bylines": "bylines",
    "parse_byline": "bylines",
    "Caption": "captions",
    "Credit": "captions",
    "find_captions": "captions",
    "parse_credit": "captions",
    "Dateline": "datelines",
    "Place": "datelines",
    "Timestamp": "datelines",
    "find_dateline": "datelines",
    "find_timestamps": "datelines",
    "parse_dateline": "datelines",
    "SUPPORTED_LANGUAGES": "languages",
    "detect_language": "languages",
    "resolve_language": "languages",
    "Quote": "quotes",
    "find_quotes": "quotes",
    "records": "export",
    "Span": "spans",
    "utf16_offset": "spans",
    "VoteTally": "votes",
    "find_votes": "votes",
}


def __getattr__(name: str) -> object:
    """Load a public name from its module on first use; ``__version__`` from metadata."""
    home = _HOMES.get(name)
    if home is not None:
        value = getattr(importlib.import_module(f"newsdoc.{home}"), name)
        globals()[name] = value  # later look-ups skip this function
        return value
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsdoc")
        except PackageNotFoundError:  # running from a source tree
            return "0+unknown"
    raise AttributeError(f"module 'newsdoc' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the public names alongside the module's own attributes."""
    return sorted(set(globals()) | set(__all__))
