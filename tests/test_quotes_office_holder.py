"""A definite noun of office that names nobody stands for the holder named with it before.

"Le ministre de l'Intérieur, Henri Faure, … Le ministre a estimé …": the mention
stays as written (its span), and the resolved ``speaker`` is the holder.  The
noun must stand with the name (before it in its sentence, with no other name
between, or in an apposition after it); otherwise the mention is kept.  Every
sentence is our own.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes

CASES = [
    pytest.param(
        "Le maire, Paul Brun, a reçu les commerçants. « Rien ne changera », a promis le maire.",
        "fr",
        "Paul Brun",
        id="fr-apposition-before",
    ),
    pytest.param(
        "Paul Brun, le maire de la ville, a reçu les commerçants. « Rien ne changera », a "
        "promis le maire.",
        "fr",
        "Paul Brun",
        id="fr-apposition-after",
    ),
    pytest.param(
        "La sindaca Anna Riva ha incontrato i negozianti. «Nulla cambierà», ha promesso la "
        "sindaca.",
        "it",
        "Anna Riva",
        id="it-title-before-name",
    ),
    pytest.param(
        "La alcaldesa, Rosa Vidal, recibió a los comerciantes. «Nada cambiará», prometió la "
        "alcaldesa.",
        "es",
        "Rosa Vidal",
        id="es-apposition-before",
    ),
    pytest.param(
        "Tom Reyes, the city's mayor, met the shop owners. “Nothing will change,” the mayor "
        "promised.",
        "en",
        "Tom Reyes",
        id="en-apposition-after",
    ),
    pytest.param(
        "Governor Ann Lake toured the dam. “It will hold,” the governor said.",
        "en",
        "Ann Lake",
        id="en-title-in-name",
    ),
    pytest.param(
        "Mayor Tom Reyes and Governor Ann Lake met on Monday. “We agree,” the mayor said.",
        "en",
        "Tom Reyes",
        id="en-two-offices-nearest-of-the-right-one",
    ),
]

KEPT = [
    pytest.param(
        "Tom Reyes met the shop owners. “Nothing will change,” the mayor promised.",
        "en",
        "the mayor",
        id="en-no-office-named-with-the-name",
    ),
    pytest.param(
        "Le maire a reçu les commerçants. « Rien ne changera », a promis le maire.",
        "fr",
        "le maire",
        id="fr-no-name-at-all",
    ),
    pytest.param(
        "La sindaca Anna Riva ha parlato per prima. «Nulla cambierà», ha detto il prefetto.",
        "it",
        "il prefetto",
        id="it-other-office",
    ),
]


def _speaker(text: str, language: str) -> str | None:
    found = find_quotes(text, language=language)
    assert len(found) == 1
    return found[0].speaker


@pytest.mark.parametrize(("text", "language", "holder"), CASES)
def test_office_noun_stands_for_its_holder(text: str, language: str, holder: str) -> None:
    assert _speaker(text, language) == holder


@pytest.mark.parametrize(("text", "language", "mention"), KEPT)
def test_office_noun_without_a_holder_is_kept(text: str, language: str, mention: str) -> None:
    assert _speaker(text, language) == mention


def test_the_mention_keeps_its_span() -> None:
    text = "Le maire, Paul Brun, a reçu les commerçants. « Rien ne changera », a promis le maire."
    (quote,) = find_quotes(text, language="fr")
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == "le maire"
