"""German mentions that can speak: bodies by their initials, people by their profession.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

Broadcasters, parties and agencies are mostly named by an initialism (Duden:
Initialwörter) with the article of their head noun; a person's name is never
written in capitals, so an article and an initialism name a body that can be
the source of reported words ("Der NDR will wissen, dass …").  A noun of a
profession news reports quote for its expertise ("ein Manager der Firma", "die
Forscherin", "eine Augenzeugin") names a person, alone or in a compound.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes._cues import german_source
from quote_helpers import mention_of


def _mention(text: str, quoted: str) -> str | None:
    return mention_of(text, quoted, "de")


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        pytest.param("der WDR", True, id="broadcaster"),
        pytest.param("die FDP", True, id="party"),
        pytest.param("die CDU/CSU", True, id="joined"),
        pytest.param("der Ball", False, id="plain-noun"),
        pytest.param("WDR", True, id="bare-initialism-is-a-name"),
    ],
)
def test_initialism_is_a_source(phrase: str, source: bool) -> None:
    assert german_source(phrase, 0, len(phrase)) is source


def test_initialism_owns_the_reported_clause() -> None:
    text = (
        "Dennoch, so Kern, habe Roth seiner „Pflicht“ genügt. Beide schweigen dazu. "
        "Der WDR will aber wissen, dass Roth den Schüler gefragt habe, ob er „Angst“ habe."
    )
    assert _mention(text, "Angst") == "Der WDR"


@pytest.mark.parametrize(
    "phrase",
    [
        pytest.param("Ein Manager der Firma", id="manager"),
        pytest.param("die Forscherin", id="forscherin"),
        pytest.param("ein Polizeibeamter", id="compound-beamter"),
        pytest.param("eine Augenzeugin", id="augenzeugin"),
    ],
)
def test_professions_are_sources(phrase: str) -> None:
    # professions news reports quote for their expertise name people who speak
    assert german_source(phrase, 0, len(phrase))


def test_vehicles_are_no_witnesses() -> None:
    # "zeuge" alone would end "Fahrzeuge"
    assert not german_source("die Fahrzeuge", 0, len("die Fahrzeuge"))


def test_profession_owns_the_reported_clause_past_an_earlier_cue() -> None:
    text = (
        "Die Firma baut ein Werk. Damals hieß es, der Bau sei in Köln geplant. Ein Manager der "
        "Firma ließ durchblicken, dass auch ein neues „Zentrum für Antriebe“ entstehen solle."
    )
    assert _mention(text, "Zentrum") == "Ein Manager der Firma"
