"""A neuter demonstrative before a colon credits nobody: the one quoted before speaks on.

Our own sentences.  "Ce n'est pas tout : « … »", "C'est simple : « … »", "Eso
no es todo: «…»": the clause that introduces the quotation has a neuter
demonstrative for subject, which names no person, so the speaker of the
quotation before in the paragraph goes on.  A person before the colon still
speaks.
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


CASES = [
    pytest.param(
        "fr",
        "Le sénateur Paul Girard a parlé devant la presse. « Nos navires resteront au large "
        "pendant des mois », a-t-il dit. Ce n’est pas tout : « Nous pourrions aussi envoyer "
        "des troupes au sol. »",
        ["il", "il"],
        id="fr-ce-n-est-pas-tout",
    ),
    pytest.param(
        "fr",
        "La maire Anne Roux a reçu les habitants. « Le parc rouvrira en mai », a-t-elle "
        "promis. C’est simple : « Sans budget, rien ne se fera cette année. »",
        ["elle", "elle"],
        id="fr-c-est-simple",
    ),
    pytest.param(
        "fr",
        "La maire Anne Roux a reçu les habitants. « Le parc rouvrira en mai », a-t-elle "
        "promis. Le préfet Luc Bardin a tranché : « Sans budget, rien ne se fera. »",
        ["elle", "Le préfet Luc Bardin"],
        id="fr-a-person-before-the-colon",
    ),
    pytest.param(
        "es",
        "La alcaldesa Rosa Vidal recibió a los vecinos. «El parque abrirá en mayo», prometió. "
        "Eso no es todo: «También habrá una biblioteca nueva en el barrio».",
        ["Rosa Vidal", "Rosa Vidal"],
        id="es-eso-no-es-todo",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), CASES)
def test_neuter_subject_before_colon(language: str, text: str, expected: list[str]) -> None:
    assert _mentions(text, language) == expected
