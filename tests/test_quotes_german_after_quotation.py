"""German: the words after a quotation inside its clause name no new speaker.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

A quotation may stand inside a noun phrase ("einen „klar rassistischen“
Hintergrund"); the noun after its closing mark goes on with that phrase.  As
German capitalises every noun, the rest of the clause looks like a name, but it
is no subject, and the speaker of the reported speech goes on.  "„…“ heißt es in
der Erklärung" names the text the words stand in, with or without the comma
that should come before "heißt".
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
            "Laut dem Gutachten weise jeder dritte Fall einen „klar politischen“ Hintergrund "
            "auf. Ein Teil richte sich gegen so genannte („vermeintliche“) Gegner.",
            "vermeintliche",
            "dem Gutachten",
            id="noun-after-quotation-is-no-subject",
        ),
        pytest.param(
            "Weiter führt das Gutachten aus, jeder dritte Fall habe einen „klar politischen“ "
            "Hintergrund. Ein Teil richte sich gegen so genannte („vermeintliche“) Gegner.",
            "vermeintliche",
            "das Gutachten",
            id="after-split-cue",
        ),
    ],
)
def test_reported_speaker_goes_on_past_a_quoted_adjective(
    text: str, quoted: str, mention: str
) -> None:
    assert _mention(text, quoted) == mention


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Der Bund fordert mehr Schutz. „Wer Tiere quält, muss bestraft werden“ heißt es dazu "
            "in einer Erklärung des Bundes.",
            id="no-comma",
        ),
        pytest.param(
            "Der Bund fordert mehr Schutz. „Wer Tiere quält, muss bestraft werden“, heißt es dazu "
            "in einer Erklärung des Bundes.",
            id="comma",
        ),
    ],
)
def test_heisst_es_after_a_quotation_names_the_text(text: str) -> None:
    # the comma before "heißt es" is often left out; the text named after it speaks
    assert _mention(text, "Tiere quält") == "einer Erklärung des Bundes"


def test_a_common_noun_is_not_moved_to_a_later_mention() -> None:
    # "dem Urteil" names no one by its capital: a later "Urteil" is another phrase,
    # while a surname is the same speaker named again
    from newsdoc.quotes import _nearer_mention
    from newsdoc.quotes._cues import Attribution

    text = "Nach dem Urteil sei alles klar. Mit dem neuen Urteil endet es. Roth lachte. Roth ging."
    noun = Attribution(speaker_start=5, speaker_end=15, cue_start=0, cue_end=0, strong=False)
    assert _nearer_mention(text, noun, len(text)) == noun
    name = text.index("Roth")
    person = Attribution(speaker_start=name, speaker_end=name + 4, cue_start=0, cue_end=0)
    moved = _nearer_mention(text, person, len(text))
    assert text[moved.speaker_start : moved.speaker_end] == "Roth"
    assert moved.speaker_start > name
