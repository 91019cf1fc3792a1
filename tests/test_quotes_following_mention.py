"""The speaker named again right after a dropped-subject cue ("«…», aseguró. El ministro …").

Our own sentences.  Spanish drops the subject of a verb of saying set after a
quotation; when the very next sentence (in the paragraph or the next one) takes
the same person up again as its subject, by a definite noun of person or by a
word of the name, that nearer mention credits the quotation, and the name read
back stays its speaker.  Nobody is taken up across a connective of contrast
("Por su parte,"), by an indefinite ("Un vecino"), against the gender or number
of the speaker or of the verb, by a phrase naming another person in apposition,
or by a subject that is no person.  French writes its subject ("a-t-il dit"):
nothing changes there.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _last(text: str, language: str) -> tuple[str | None, int, str | None]:
    """Return the mention, where it starts and the speaker of the last quotation of ``text``."""
    q = find_quotes(text, language=language)[-1]
    if q.speaker_span is None:
        return None, -1, q.speaker
    return text[q.speaker_span.start : q.speaker_span.end], q.speaker_span.start, q.speaker


TAKEN_UP = [
    pytest.param(
        "es",
        "La ministra Elena Ortiz visitó el puerto el lunes. "
        "«Las obras terminarán antes del verano», aseguró. "
        "La ministra recorrió después los muelles nuevos.",
        "La ministra",
        "Elena Ortiz",
        id="es-definite-office-noun",
    ),
    pytest.param(
        "es",
        "Tomás Gil Rey dirige el hospital desde hace años. "
        "«Nos faltan camas en invierno», reconoció.\n\n"
        "En la rueda de prensa, el doctor pidió más enfermeras.",
        "el doctor",
        "Tomás Gil Rey",
        id="es-next-paragraph-after-fronted-phrase",
    ),
    pytest.param(
        "es",
        "La alcaldesa Rosa Vidal habló con los vecinos. "
        "«El parque abrirá en mayo», dijo. Vidal enseñó luego los planos.",
        "Vidal",
        "Rosa Vidal",
        id="es-surname-again",
    ),
]


@pytest.mark.parametrize(("language", "text", "mention", "speaker"), TAKEN_UP)
def test_the_mention_after_the_cue_credits_the_quotation(
    language: str, text: str, mention: str, speaker: str
) -> None:
    got, start, name = _last(text, language)
    assert got == mention
    assert start > text.rindex("»")  # the mention after the quotation, not the one before
    assert name is not None
    assert speaker in name


KEPT = [
    pytest.param(
        "es",
        "La ministra Elena Ortiz visitó el puerto. «Las obras terminarán pronto», aseguró. "
        "Por su parte, la alcaldesa criticó los retrasos.",
        id="es-contrast-connective",
    ),
    pytest.param(
        "es",
        "La ministra Elena Ortiz visitó el puerto. «Las obras terminarán pronto», aseguró. "
        "Una vecina del barrio protestó por el ruido.",
        id="es-indefinite-brings-someone-new",
    ),
    pytest.param(
        "es",
        "La ministra Elena Ortiz visitó el puerto. «Las obras terminarán pronto», aseguró. "
        "El alcalde recorrió después los muelles.",
        id="es-gender-disagrees",
    ),
    pytest.param(
        "es",
        "Los vecinos del puerto se reunieron ayer. «No queremos más camiones», dijeron. "
        "El alcalde recorrió después los muelles.",
        id="es-number-disagrees",
    ),
    pytest.param(
        "es",
        "Julio Prado Sanz habló en la radio. «La vacuna llegará en enero», añadió. "
        "El ministro de Salud, Marcos Lema, explicó el plan.",
        id="es-apposed-name-of-another",
    ),
    pytest.param(
        "es",
        "La ministra Elena Ortiz visitó el puerto. «Las obras terminarán pronto», aseguró. "
        "La reunión terminó tarde.",
        id="es-no-person",
    ),
]


@pytest.mark.parametrize(("language", "text"), KEPT)
def test_the_mention_read_back_stays(language: str, text: str) -> None:
    got, start, _name = _last(text, language)
    assert got is not None
    assert start < text.rindex("»")


def test_a_written_subject_stays_in_french() -> None:
    text = (
        "Le maire Paul Girard a visité le chantier. « Les travaux finiront en mai », a-t-il dit. "
        "Le maire a ensuite rencontré les habitants."
    )
    assert _last(text, "fr")[0] == "il"
