"""German verbs of saying coordinated with the verb before: they share its subject.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

"Der Wirt schloss die Tür und rief: „…“": a verb joined by "und" to the one
before leaves out their common subject (Duden-Grammatik, Koordination,
Subjektellipse).  In a main clause the subject may follow the first verb, after
an adverb ("Dann schloss der Wirt …") or after a fronted subordinate clause
("Als es klopfte, schloss der Wirt …"), and it speaks.
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of


def _mention(text: str, quoted: str) -> str | None:
    return mention_of(text, quoted, "de")


@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        pytest.param(
            "Es war spät. Der Wirt schloss die Tür und rief: „Feierabend für heute!“",
            "Feierabend",
            "Der Wirt",
            id="subject-first",
        ),
        pytest.param(
            "Es war spät. Dann schloss der Wirt die Tür und rief: „Feierabend für heute!“",
            "Feierabend",
            "der Wirt",
            id="adverb-first",
        ),
        pytest.param(
            "Es war spät. Als es klopfte, öffnete die Wirtin das Fenster und rief: "
            "„Wir haben geschlossen!“",
            "geschlossen",
            "die Wirtin",
            id="fronted-clause-first",
        ),
        pytest.param(
            "Es war spät. Als ein Gast zu Hilfe kam, griff der Wirt zum Telefon und sagte: "
            "„Die Polizei ist unterwegs.“",
            "unterwegs",
            "der Wirt",
            id="fronted-clause-strong-verb",
        ),
    ],
)
def test_coordinated_verb_shares_the_subject(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention
