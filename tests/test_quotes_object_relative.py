"""The subject of an object relative clause a gerund of saying hangs on.

Our own sentences: "X que Y justificaba afirmando que «…»" — the gerund has
the subject of the verb it hangs on, the relative clause's own subject Y, before
or after its verb; the antecedent X is what is spoken of.  A subject relative
("que promueve la vacuna") before a finite verb of saying is another clause.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speaker(text: str, language: str) -> str | None:
    found = find_quotes(text, language=language)
    assert found, text
    span = found[-1].speaker_span
    return None if span is None else text[span.start : span.end]


OBJECT_RELATIVES = [
    (
        "es",
        "Una mayor inversión en la red que Gómez justificaba afirmando que «lo que vale "
        "para unos vale para todos».",
        "Gómez",
    ),
    (
        "es",
        "Una subida de tasas que defendía la consejera diciendo que «sin ingresos no hay "
        "servicios».",
        "la consejera",
    ),
    (
        "fr",
        "Une hausse des fonds que Paul Roux justifiait en affirmant que « ce qui vaut "
        "pour les uns vaut pour tous ».",
        "Paul Roux",
    ),
    (
        "it",
        "Un aumento dei fondi che Neri giustificava affermando che «ciò che vale per "
        "alcuni vale per tutti».",
        "Neri",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    OBJECT_RELATIVES,
    ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(OBJECT_RELATIVES)],
)
def test_object_relative_subject(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


def test_subject_relative_before_a_finite_cue_is_another_clause() -> None:
    text = (
        "La directora del fondo que financia la planta confirmó el lunes que «la obra "
        "empezará en marzo sin falta»."
    )
    assert _speaker(text, "es") != "la planta"
