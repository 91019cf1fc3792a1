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

from newsdoc.quotes._content import content_clause_owner
from quote_helpers import mention_of


def _mention(text: str, quoted: str) -> str | None:
    return mention_of(text, quoted, "de")


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
