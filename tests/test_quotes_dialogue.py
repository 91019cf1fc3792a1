"""Spanish dialogue turns opened by a dash, with the narrator's incise set off by dashes.

Interviews and reportage in Spanish write each turn on its own line, opened by
a dash glued to the first word, with no quotation marks (RAE, *Ortografía*,
§ 3.4.6.2).  The incise names the speaker; a turn with none names nobody, since
turns alternate.  A source line ("— Ana Gil, Madrid", the dash spaced) and the
same layout in English copy are no dialogue.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        pytest.param(
            "—Seguiremos en la plaza —avisó el portavoz vecinal, Hugo Sanz.",
            [("Seguiremos en la plaza", "Hugo Sanz")],
            id="incise-closes-the-turn",
        ),
        pytest.param(
            "—¿Volverá a presentarse?\n—Jamás —contesta Lidia Ferrer—. Ya he cumplido.",
            [
                ("¿Volverá a presentarse?", None),
                ("Jamás —contesta Lidia Ferrer—. Ya he cumplido.", "Lidia Ferrer"),
            ],
            id="question-then-answer-with-incise",
        ),
        pytest.param(
            "La pescadora Nieves Olmo habla sin rodeos.\n\n"
            "—El puerto se muere —dice—. Y nadie hace nada.\n\n"
            "—¿Ni el Gobierno?\n\n"
            "—Tampoco.",
            [
                ("El puerto se muere —dice—. Y nadie hace nada.", "Nieves Olmo"),
                ("¿Ni el Gobierno?", None),
                ("Tampoco.", None),
            ],
            id="dropped-subject-then-alternating-turns",
        ),
    ],
)
def test_dialogue_turns(text: str, turns: list[tuple[str, str | None]]) -> None:
    found = find_quotes(text, language="es")
    assert [(q.text, q.speaker) for q in found] == turns
    assert all(text[q.span.start] == "—" for q in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("La obra acaba en mayo.\n\n— Ana Gil, Madrid", "es", id="spaced-source-line"),
        pytest.param("The works end in May.\n\n—Ann Lee, reporting", "en", id="english-copy"),
    ],
)
def test_no_dialogue(text: str, language: str) -> None:
    assert find_quotes(text, language=language) == ()
