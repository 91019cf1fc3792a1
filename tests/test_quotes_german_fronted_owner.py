"""German "Von X kam die Warnung, …": a fronted "von" phrase owns a noun of saying.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

A noun of saying takes what was said as a content clause (Duden-Grammatik,
Inhaltssätze); "kommen von" names where it came from, and with the "von" phrase
fronted ("Von der Polizei kam die Information, …") that phrase is the source of
a quotation inside the reported clause.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._content import content_clause_owner


def _mention(text: str, quoted: str) -> str | None:
    """Return the speaker mention of the quotation that holds ``quoted``."""
    for q in find_quotes(text, language="de"):
        if quoted in q.text:
            span = q.speaker_span
            return text[span.start : span.end] if span is not None else None
    raise AssertionError(f"no quotation holds {quoted!r}")


@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        pytest.param(
            "Von der Feuerwehr kam die Information, das Feuer sei im Keller „absichtlich "
            "gelegt“ worden.",
            "absichtlich",
            "der Feuerwehr",
            id="von-der",
        ),
        pytest.param(
            "Vom Mieterbund kam die Warnung, die Mieten würden „spürbar steigen“.",
            "spürbar steigen",
            "Mieterbund",
            id="vom",
        ),
    ],
)
def test_fronted_von_phrase_owns_the_noun(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Von der Brücke kam ein lauter Knall, dann war es „still“.", id="no-noun"),
        pytest.param(
            "Von der Feuerwehr kam die Drehleiter, sie sei „zu spät“ gewesen.", id="thing"
        ),
    ],
)
def test_no_fronted_owner(text: str) -> None:
    assert content_clause_owner(text, 0, text.index("„"), "de") is None
