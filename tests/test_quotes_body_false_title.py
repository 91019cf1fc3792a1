"""English: a false title opened by the capitalised name of a body.

Our own sentences.  AP style lowercases a description before a name ("false
titles") but keeps the body's proper noun capitalised: "City Council member
Eli Grant".  The noun of office right before the name joins the phrase; any
other lower-case word after a name still ends it.
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "“Fix the roads first,” said City Council member Eli Grant.",
            "City Council member Eli Grant",
            id="council-member",
        ),
        pytest.param(
            "“Fix the roads first,” said School Board member Rosa Diaz on Monday.",
            "School Board member Rosa Diaz",
            id="board-member-then-time",
        ),
        pytest.param(
            "“Fix the roads first,” said White House press secretary Kim Roe.",
            "White House press secretary Kim Roe",
            id="press-secretary",
        ),
        pytest.param(
            "“Fix the roads first,” said Treasury Secretary Jon Bell.",
            "Treasury Secretary Jon Bell",
            id="capitalised-title-unchanged",
        ),
        pytest.param(
            "“Fix the roads first,” said Lee Group chairman Tom J. Hale.",
            "Lee Group chairman Tom J. Hale",
            id="middle-initial",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the words after a cue are bounded at the initial's point before "
                "this phrase is read, so the name stops at 'Tom J'",
            ),
        ),
        # a lower-case word after a name that is no noun of office ends the phrase
        pytest.param(
            "“Fix the roads first,” said Ann Lee yesterday.", "Ann Lee", id="adverb-after-name"
        ),
        pytest.param(
            "“Fix the roads first,” said Ann Lee, a council member.",
            "Ann Lee",
            id="apposition-after-name",
        ),
    ],
)
def test_body_false_title(text: str, mention: str) -> None:
    assert mention_of(text, "roads", "en") == mention
