"""newsdoc: structured, checkable facts from raw news copy.

Datelines, bylines, photo captions and credits, quotations with their speakers,
and vote tallies, each as a frozen value object with an exact character span
into the text it came from.

Example:
    >>> import newsdoc
    >>> article = newsdoc.parse("A short story.")
    >>> article.language
    'en'
"""

from __future__ import annotations

from newsdoc.article import Article, parse
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
from newsdoc.languages import SUPPORTED_LANGUAGES, detect_language, resolve_language
from newsdoc.quotes import Quote, find_quotes
from newsdoc.spans import Span
from newsdoc.votes import VoteTally, find_votes

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Article",
    "Byline",
    "Caption",
    "Credit",
    "Dateline",
    "Person",
    "Place",
    "Quote",
    "Span",
    "Timestamp",
    "VoteTally",
    "__version__",
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
    "resolve_language",
]


def __getattr__(name: str) -> str:
    """Return ``__version__`` lazily from the installed package metadata."""
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsdoc")
        except PackageNotFoundError:  # running from a source tree
            return "0+unknown"
    raise AttributeError(f"module 'newsdoc' has no attribute {name!r}")
