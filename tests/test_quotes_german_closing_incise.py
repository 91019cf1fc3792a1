"""German sentences that end in their own cue: "…, sagte X." credits the whole sentence.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

A Redebegleitsatz after the reported words, its verb of saying first and its
subject after it, closes the sentence ("…, gebe es nicht, sagte die
Vorsitzende."; Duden-Grammatik, Redewiedergabe).  In reported speech (the
sentence holds a subjunctive) it credits every quotation of the sentence, even
one far before it and past a clause with a verb of its own; an indicative
sentence with a naming verb of its own keeps its subject ("Lee nannte es „…“,
sagte ein Sprecher": the words are Lee's).
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
            "Einen „Notfallplan“ für den Fall, dass der Rat das Projekt für ungültig erklären "
            "sollte, gebe es nicht, sagte die Bürgermeisterin Ute Fink am Abend.",
            "Notfallplan",
            "die Bürgermeisterin Ute Fink",
            id="far-incise-past-a-clause-with-a-verb",
        ),
        pytest.param(
            "Die Auflagen seien „kaum zu erfüllen“ und müssten im Herbst gelockert werden, "
            "erklärte der Sprecher des Verbandes.",
            "kaum zu erfüllen",
            "der Sprecher des Verbandes",
            id="subjunctive-sentence",
        ),
        pytest.param(
            "Die Ministerin nannte den Plan „mutig“, sagte ein Sprecher am Abend.",
            "mutig",
            "Die Ministerin",
            id="indicative-naming-verb-keeps-its-subject",
        ),
        pytest.param(
            "Die Warnung von Ärzten, die Welle werde „noch lange“ dauern, wies der Minister "
            "zurück.",
            "noch lange",
            "Ärzten",
            id="noun-of-saying-owner-keeps-its-words",
        ),
    ],
)
def test_closing_incise(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


def test_this_sentence_with_a_split_cue_credits_the_quotation() -> None:
    # "Dies gibt X bekannt": the sentence after points back, its separable verb
    # closed by its particle
    text = (
        "Die Kunden der Kasse brauchen bis Juli „eine Versicherung mit vollem Schutz“. "
        "Dies gibt der Landesverband der Apotheker bekannt."
    )
    assert _mention(text, "vollem Schutz") == "der Landesverband"


def test_this_sentence_after_one_plain_sentence_credits_the_quotation() -> None:
    # "Das berichtete X" may point back over one plain sentence more of the report
    text = (
        "Die Tour „Große Runde“ stellte mit einer Milliarde Euro einen Rekord auf. Sie "
        "dauerte zwei Jahre. Das berichtete die Zeitschrift „Klangwelt“ in ihrer Ausgabe."
    )
    assert _mention(text, "Große Runde") == "die Zeitschrift"


def test_this_sentence_after_a_sentence_with_its_own_cue_does_not_reach_back() -> None:
    text = (
        "Die Tour „Große Runde“ stellte mit einer Milliarde Euro einen Rekord auf. Der "
        "Veranstalter sagte, er sei zufrieden. Das berichtete die Zeitschrift „Klangwelt“."
    )
    assert _mention(text, "Große Runde") != "die Zeitschrift"
