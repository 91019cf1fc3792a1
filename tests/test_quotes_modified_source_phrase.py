"""A source phrase whose noun of speech takes an article and adjectives.

Our own sentences.  "en palabras de X", "las declaraciones de X", "les propos
de X" name X as the source of the words quoted with them; a noun phrase keeps
its article and takes adjectives ("en las duras palabras de", "en las propias
palabras de"), up to two words, and is the same source phrase.  The dropped
subject of the next quotation then stands for that source too.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _mentions(text: str, language: str) -> list[str | None]:
    """Return the speaker mentions, as written, of the quotations of ``text``."""
    return [
        None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
        for q in find_quotes(text, language=language)
    ]


MODIFIED = [
    pytest.param(
        "es",
        "La ciudad vive una ola de robos que «asusta a todo el barrio», en las duras "
        "palabras de la jueza Marta Gil. «Nadie sale de noche», dice.",
        ["la jueza Marta Gil", "la jueza Marta Gil"],
        id="es-article-and-adjective",
    ),
    pytest.param(
        "es",
        "El nuevo puente será «una deuda saldada con la ciudad», en las propias palabras "
        "de la ministra Elena Ortiz.",
        ["la ministra Elena Ortiz"],
        id="es-possessive-adjective",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), MODIFIED)
def test_a_modified_noun_of_speech_names_the_source(
    language: str, text: str, expected: list[str]
) -> None:
    assert _mentions(text, language) == expected


def test_more_than_two_modifiers_are_no_source_phrase() -> None:
    text = (
        "La ciudad vive una ola de robos que «asusta a todo el barrio», en las muy duras y "
        "largas palabras de la jueza Marta Gil."
    )
    assert _mentions(text, "es") != ["la jueza Marta Gil"]
