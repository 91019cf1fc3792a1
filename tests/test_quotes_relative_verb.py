"""A person's relative clause between a subject and its verb of saying.

The description of an anonymous source sits between the subject and the
reporting verb, set off by commas, and often holds a verb of saying of its own
("who spoke on condition of anonymity", "who asked not to be named"): the main
clause's verb after it is the cue, its subject the speaker.  A relative that may
stand for a thing ("which") can hold the quotation's own cue and is read as
before; with no verb of saying after the clause, its own verb is the cue.
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of

CASES = [
    pytest.param(
        "“The plant will close in March,” a manager, who spoke on condition of anonymity, said.",
        "plant",
        "en",
        "a manager",
        id="en-anonymity",
    ),
    pytest.param(
        "“We were never warned,” one tenant, who asked that her name be withheld, told the paper.",
        "warned",
        "en",
        "one tenant",
        id="en-asked-name-withheld",
    ),
    pytest.param(
        "“The numbers do not add up,” the aide, who requested anonymity to discuss the talks, "
        "said on Monday.",
        "numbers",
        "en",
        "the aide",
        id="en-requested-anonymity",
    ),
    pytest.param(
        "“It was settled weeks ago,” Ruth Kemp, who spoke at the hearing, said later.",
        "settled",
        "en",
        "Ruth Kemp",
        id="en-name-antecedent",
    ),
    pytest.param(
        "«Nadie nos avisó», un vecino, quien pidió no ser identificado, explicó.",
        "avisó",
        "es",
        "un vecino",
        id="es-quien",
    ),
    pytest.param(
        "«Non ci hanno avvisato», un residente, il quale ha chiesto l'anonimato, ha spiegato.",
        "avvisato",
        "it",
        "un residente",
        id="it-il-quale",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), CASES)
def test_relative_clause_verb_is_skipped(
    text: str, quoted: str, language: str, mention: str
) -> None:
    assert mention_of(text, quoted, language) == mention


def test_a_relative_of_things_keeps_its_cue() -> None:
    text = "Ann Lee blamed the rules, which she said were “written for another era.”"
    assert mention_of(text, "another era", "en") == "she"
