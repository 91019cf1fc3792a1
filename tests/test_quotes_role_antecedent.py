"""A pronoun whose antecedent is a noun of office or person with no name.

"La ministre est restée prudente. « … », a-t-elle déclaré": with no name before
it that agrees, the pronoun stands for the role that was the subject.  A name
that agrees wins over the role ("Senator Ann Lee … The senator … she"), and a
phrase that is no noun of office or person ("the board", "the most") is never
given: the speaker then stays the pronoun.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        pytest.param(
            "La ministre est restée prudente. « Rien n'est signé », a-t-elle déclaré.",
            "fr",
            "La ministre",
            id="fr-role",
        ),
        pytest.param(
            "La jueza fue tajante. «No habrá aplazamiento», dijo ella.",
            "es",
            "La jueza",
            id="es-role",
        ),
        pytest.param(
            "The spokesman was brief. “We have nothing to add,” he said.",
            "en",
            "The spokesman",
            id="en-role",
        ),
        pytest.param(
            "Senator Ann Lee spoke first. The senator was cautious. “It is early days,” she said.",
            "en",
            "Ann Lee",
            id="en-name-wins",
        ),
        pytest.param(
            "The board met on Friday. “We have nothing to add,” he said.",
            "en",
            "he",
            id="en-body-is-no-role",
        ),
    ],
)
def test_pronoun_for_a_role(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker == speaker
