"""German bodies named by their initials speak: "der NDR", "die SPD", "das ZDF".

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

Broadcasters, parties and agencies are mostly named by an initialism (Duden:
Initialwörter) with the article of their head noun; a person's name is never
written in capitals, so an article and an initialism name a body that can be
the source of reported words ("Der NDR will wissen, dass …").
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._cues import german_source


def _mention(text: str, quoted: str) -> str | None:
    """Return the speaker mention of the quotation that holds ``quoted``."""
    for q in find_quotes(text, language="de"):
        if quoted in q.text:
            span = q.speaker_span
            return text[span.start : span.end] if span is not None else None
    raise AssertionError(f"no quotation holds {quoted!r}")


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
