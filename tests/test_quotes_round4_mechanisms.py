"""Quote mechanisms named after the fourth blind probe (``test_quotes_probe_round4.py``).

The answers of a printed interview are the interviewee's, never the label's; a
German epithet of age, party or group takes up the one person named before it; a
source phrase's preposition fused with an elided article and glued to its noun
("A detta dell’economista X,") still opens the phrase; a Spanish quotation goes on in
the next paragraph after a closing guillemet.
Our own passages, other than the probe's.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speaker(text: str, language: str) -> tuple[str | None, str | None]:
    """Return the resolved speaker and the mention as written of the last quotation."""
    quote = find_quotes(text, language=language)[-1]
    span = quote.speaker_span
    return quote.speaker, None if span is None else text[span.start : span.end]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        pytest.param(
            "en",
            "We spoke with beekeeper Tomas Lind about the cold spring.\n\n"
            "Q: How many hives did you lose?\nA: “Nine of forty. Painful, but not the end.”",
            "Tomas Lind",
            id="en-q-a",
        ),
        pytest.param(
            "de",
            "Die Bergführerin Anja Kessler im Gespräch.\n\n"
            "Frage: Haben Sie Angst?\nAntwort: „Respekt, ja. Angst macht unvorsichtig.“",
            "Anja Kessler",
            id="de-frage-antwort",
        ),
        pytest.param(
            "fr",
            "Entretien avec le luthier Paul Mercier.\n\n"
            "Question : Combien de temps pour un violon ?\nRéponse : « Trois mois, parfois plus. »",
            "Paul Mercier",
            id="fr-question-reponse",
        ),
        pytest.param(
            "es",
            "Hablamos con la alpinista Nuria Vidal.\n\nP: ¿Volverá?\nR: «Siempre vuelvo».",
            "Nuria Vidal",
            id="es-p-r",
        ),
        pytest.param(
            "it",
            "Intervista al regista Marco Fanti.\n\nD: Il prossimo film?\nR: «Una storia di mare».",
            "Marco Fanti",
            id="it-d-r",
        ),
    ],
)
def test_interview_answer_is_the_interviewees(language: str, text: str, name: str) -> None:
    speaker, mention = _speaker(text, language)
    assert speaker == name
    assert mention == name


def test_answer_label_without_interviewee_names_nobody() -> None:
    """No name before the answers: the label is no speaker."""
    text = "Q: Why now?\nA: “Because the roof leaks.”"
    speaker, _ = _speaker(text, "en")
    assert speaker != "A"


@pytest.mark.parametrize(
    ("text", "name", "epithet"),
    [
        pytest.param(
            "Seit 20 Jahren führt Gerda Holm die Bäckerei im Dorf.\n\n"
            "„Ohne Stammkunden ginge es nicht“, sagt die 59-Jährige.",
            "Gerda Holm",
            "die 59-Jährige",
            id="age",
        ),
        pytest.param(
            "Landrat Bernd Sauer verteidigte den Haushalt. „Wir sparen, wo es geht“, sagte "
            "der CDU-Politiker am Abend.",
            "Bernd Sauer",
            "der CDU-Politiker",
            id="party",
        ),
    ],
)
def test_german_epithet_takes_up_the_name(text: str, name: str, epithet: str) -> None:
    speaker, mention = _speaker(text, "de")
    assert mention == epithet
    assert speaker is not None
    assert speaker.endswith(name.split()[-1])


def test_german_epithet_with_two_people_before_stays() -> None:
    """Two people named before: the epithet alone does not tell which one speaks."""
    text = (
        "Gerda Holm und Ilse Brandt führen die Bäckerei.\n\n"
        "„Ohne Stammkunden ginge es nicht“, sagt die 59-Jährige."
    )
    speaker, _ = _speaker(text, "de")
    assert speaker == "die 59-Jährige"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "A detta dell’ingegnere Paola Riva, il ponte «regge senza problemi».",
            "Paola Riva",
            id="a-detta-dell",
        ),
        pytest.param(
            "Stando all’assessore Gino Barra, il cantiere è «quasi finito».",
            "Gino Barra",
            id="stando-all",
        ),
    ],
)
def test_source_phrase_with_elided_articled_preposition(text: str, name: str) -> None:
    """A source phrase's preposition fused with an elided article, glued to the noun."""
    speaker, _ = _speaker(text, "it")
    assert speaker is not None
    assert speaker.endswith(name)


def test_spanish_quotation_goes_on_in_the_next_paragraph() -> None:
    """A closing guillemet opening a paragraph continues the quotation (comillas de seguir)."""
    text = (
        "«El río nos lo quitó todo», cuenta la agricultora Rosa Peña. «Las vacas, el huerto.\n\n"
        "»Ahora empezamos de cero»."
    )
    quotes = find_quotes(text, language="es")
    assert [q.text for q in quotes][-1] == "Ahora empezamos de cero"
    assert quotes[-1].speaker is not None
    assert quotes[-1].speaker.endswith("Rosa Peña")


def test_hiess_es_in_a_document_keeps_its_owner() -> None:
    """ "hieß es in einer Mitteilung der X": the document with its owner in the genitive."""
    text = "„Die Strecke bleibt gesperrt“, hieß es in einer Mitteilung der Talbahn GmbH."
    _, mention = _speaker(text, "de")
    assert mention == "einer Mitteilung der Talbahn GmbH"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        pytest.param(
            "es",
            "El fiscal Andrés Gil estimó que la defensa del acusado fue «muy débil».",
            "Andrés Gil",
            id="es-del-participle-noun",
        ),
        pytest.param(
            "it",
            "Il pm Carla Fini ha detto che la difesa dell'imputato è «debole».",
            "Carla Fini",
            id="it-elided-articled-preposition",
        ),
    ],
)
def test_participle_after_articled_preposition_is_a_noun(
    language: str, text: str, name: str
) -> None:
    """ "del acusado": a preposition fused with its article wants a noun, never a verb."""
    speaker, _ = _speaker(text, language)
    assert speaker is not None
    assert speaker.endswith(name)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "“The pumps are fine,” a spokeswoman for the Harbor Authority said on Monday.",
            "a spokeswoman for the Harbor Authority",
            id="spokeswoman-for",
        ),
        pytest.param(
            "“No decision yet,” an aide to Governor Lena Hart said.",
            "an aide to Governor Lena Hart",
            id="aide-to",
        ),
        pytest.param(
            "“We lost,” the coach of the Lions said.",
            "the coach of the Lions",
            id="not-a-source-noun-unchanged",
        ),
    ],
)
def test_source_noun_before_its_postmodifier_speaks(text: str, mention: str) -> None:
    """'"…," a spokesperson for X said': the spokesperson, not X."""
    _, found = _speaker(text, "en")
    assert found == mention


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        pytest.param(
            "fr",
            "Lucie Perrin, 41 ans, infirmière de nuit à Lille, soupire : « On tient encore. »",
            "Lucie Perrin",
            id="fr-ans",
        ),
        pytest.param(
            "it",
            "Marco Bassi, 63 anni, pescatore di Chioggia, ammette: «Il mare è cambiato».",
            "Marco Bassi",
            id="it-anni",
        ),
    ],
)
def test_age_with_its_unit_is_no_name(language: str, text: str, mention: str) -> None:
    """ "X, 41 ans, <role>, verb": the age in apposition is skipped like a bare "41"."""
    _, found = _speaker(text, language)
    assert found == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "„Wir bauen weiter“, sagte am Montag die Leiterin des Bauamts, Petra Lind.",
            "Petra Lind",
            id="am-montag",
        ),
        pytest.param(
            "„Das war knapp“, sagte gestern Abend der Trainer Jens Brack.",
            "der Trainer Jens Brack",
            id="gestern-abend",
        ),
    ],
)
def test_german_time_phrase_before_the_subject(text: str, mention: str) -> None:
    """ "sagte am Montag die Leiterin …": the time phrase, then the inverted subject."""
    _, found = _speaker(text, "de")
    assert found == mention
