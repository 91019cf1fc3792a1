"""The test that a head line reads as story text, which ends the search for a byline.

Each word is tried from its first letter only (so a long run of letters is read
once); the lines it recognises are the same.
"""

from __future__ import annotations

import pytest

from newsdoc.bylines import _BODY_LINE

# Own lines: story text (a clause with lower-case words) and lines that are not.
BODY = [
    ("clause-comma", "The ferry was late, and the harbour stayed shut"),
    ("three-words", "Officials said on Monday that crews were ready"),
    ("german", "Die Stadt hat am Montag ihre Pläne vorgestellt"),
    ("french", "Le maire a annoncé mardi que le pont rouvrira"),
    ("inside-long-word", "Unterhaltungselektronik war gestern, heute zählt Service"),
]
NOT_BODY = [
    ("title-case", "Council Approves New Harbour Plan"),
    ("capitals", "BY ANNA BERGER AND LEE PARK"),
    ("two-words", "by staff"),
    ("letter-run", "a" * 3000),
]


@pytest.mark.parametrize(("line"), [c[1] for c in BODY], ids=[c[0] for c in BODY])
def test_story_text_is_recognised(line: str) -> None:
    assert _BODY_LINE.search(line) is not None


@pytest.mark.parametrize(("line"), [c[1] for c in NOT_BODY], ids=[c[0] for c in NOT_BODY])
def test_other_lines_are_not(line: str) -> None:
    assert _BODY_LINE.search(line) is None
