"""English: an adjective's prepositional complement stays in the speaker's description.

Our own sentences.  "close to", "briefed on", "loyal to": the preposition is
governed by the adjective (Quirk et al., §§ 16.69-16.83), so the phrase after it
describes the speaker and is no adjunct of the clause ("said Lee in a
statement").
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "“The merger is off,” said a banker close to the deal.",
            "a banker close to the deal",
            id="close-to",
        ),
        pytest.param(
            "“The merger is off,” a banker close to the deal said.",
            "a banker close to the deal",
            id="close-to-before-verb",
        ),
        pytest.param(
            "“The merger is off,” said an aide loyal to the senator on Friday.",
            "an aide loyal to the senator",
            id="loyal-to-then-time",
        ),
        pytest.param(
            "The merger is “over,” according to a lawyer involved in the case.",
            "a lawyer involved in the case",
            id="according-to-involved-in",
        ),
        pytest.param(
            "“The merger is off,” said a lawmaker opposed to the bill, who would not be named.",
            "a lawmaker opposed to the bill",
            id="opposed-to-then-relative",
        ),
        pytest.param(
            "“The merger is off,” one trader loyal to the founder said.",
            "one trader loyal to the founder",
            id="loyal-to-before-verb",
        ),
        # a name then an adjective set off by a comma: no description of the name
        pytest.param(
            "“The merger is off,” said Ann Lee, close to tears.", "Ann Lee", id="comma-after-name"
        ),
        # an adjective with no complement leaves the phrase cut at the preposition
        pytest.param(
            "“The merger is off,” said the reporter present in the room.",
            "the reporter present",
            id="other-preposition-still-ends",
        ),
    ],
)
def test_adjective_complement_describes_the_speaker(text: str, mention: str) -> None:
    quoted = "over" if "“over" in text else "merger"
    assert mention_of(text, quoted, "en") == mention
