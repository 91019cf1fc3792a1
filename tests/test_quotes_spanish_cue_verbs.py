"""Spanish verbs of communication whose every sense is saying attribute quotations.

Our own sentences.  "revelar", "externar", "mencionar", "gritar", "susurrar",
"reflexionar", "rebatir", "refutar", "objetar", "acotar" … report words as
"decir" does, in the incise after a quotation and before a colon.  Verbs that
also take a thing for subject ("compartir", "exigir", "pedir", "instar a …
que la ciencia guíe") are left out: their subject is no speaker by the verb
alone.
"""

from __future__ import annotations

import pytest

from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc.quotes import find_quotes


def _first(text: str) -> tuple[str | None, str | None]:
    """Return the speaker mention as written and the cue of the only quotation of ``text``."""
    (q,) = find_quotes(text, language="es")
    mention = None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
    return mention, q.cue


CUES = [
    pytest.param(
        "La diputada Ana Prieto habló ayer en el pleno. «El contrato se firmó sin concurso», "
        "reveló.",
        ("Ana Prieto", "reveló"),
        id="revelar-dropped-subject",
    ),
    pytest.param(
        "«El contrato se firmó sin concurso», reveló la diputada Ana Prieto.",
        ("la diputada Ana Prieto", "reveló"),
        id="revelar-incise",
    ),
    pytest.param(
        "«Nos sentimos abandonados», externó el párroco Luis Meza.",
        ("el párroco Luis Meza", "externó"),
        id="externar-incise",
    ),
    pytest.param(
        "El portero Tomás Ibáñez gritó: «¡Todos fuera del edificio!»",
        ("El portero Tomás Ibáñez", "gritó"),
        id="gritar-before-colon",
    ),
    pytest.param(
        "«No hay pruebas de fraude», refutó la fiscal Marta Gil.",
        ("la fiscal Marta Gil", "refutó"),
        id="refutar-incise",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CUES)
def test_a_verb_of_communication_attributes(text: str, expected: tuple[str, str]) -> None:
    assert _first(text) == expected


@pytest.mark.parametrize("form", ["comparte", "exige", "pide", "insta"])
def test_verbs_whose_subject_may_be_a_thing_are_no_cues(form: str) -> None:
    assert form not in CUE_VERBS["es"]
