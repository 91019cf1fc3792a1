"""A Spanish partial quotation in a clause about a thing goes to the one speaking now.

Our own sentences.  "El objetivo es cerrar el paso a los «…»": the subject is
a thing, which says nothing, so the words are those of the person or body the
story is quoting now, as for a short scare quote; a subject that can speak (a
person by name or by a noun of person, a body) keeps the words.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _last(text: str) -> str | None:
    """Return the speaker mention, as written, of the last quotation of a Spanish ``text``."""
    q = find_quotes(text, language="es")[-1]
    return None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]


CASES = [
    pytest.param(
        "El consejero de Transportes, Luis Soto Vera, anunció ayer un plan para el barrio. "
        "El objetivo es cerrar el paso a los «camiones pesados que cruzan las calles de noche» "
        "antes del verano.",
        "Luis Soto Vera",
        id="thing-subject-goes-to-the-speaker",
    ),
    pytest.param(
        "El consejero de Transportes, Luis Soto Vera, anunció ayer un plan para el barrio. "
        "La jueza del distrito calificó la medida de «abuso de poder sin ningún precedente» "
        "en su auto.",
        "La jueza del distrito",
        id="person-subject-keeps-the-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_thing_subject(text: str, expected: str) -> None:
    assert _last(text) == expected
