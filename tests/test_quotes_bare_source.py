"""English: a bare plural noun of persons after "according to".

Our own sentences.  Plural nouns stand with no article in English (Quirk et
al., § 5.26); after a source preposition such a noun of persons or bodies
names the source.  Other bare nouns ("plan", "estimates") name nobody.
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "According to officials, the bridge was “never safe.”", "officials", id="fronted"
        ),
        pytest.param(
            "The bridge was “never safe,” according to analysts in the county.",
            "analysts",
            id="after-stop-at-in",
        ),
        pytest.param(
            "The bridge was “never safe,” according to people familiar with the report.",
            "people familiar with the report",
            id="people-familiar-with",
        ),
        pytest.param("The bridge was “never safe,” according to police.", "police", id="police"),
        pytest.param(
            "The bridge was “never safe,” according to estimates.", None, id="no-person-noun"
        ),
        pytest.param("The bridge was “never safe,” according to plan.", None, id="singular-thing"),
    ],
)
def test_bare_plural_after_according_to(text: str, mention: str | None) -> None:
    assert mention_of(text, "never safe", "en") == mention
