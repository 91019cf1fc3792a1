"""Speakers carried across sentences and paragraphs in French, Spanish and Italian.

Our own sentences, grouped by construction:

- a paragraph that announces the words of the person just spoken of ("Ecco le
  sue parole:", "Voici ses mots :", "Estas fueron sus palabras:") and the
  quotation in the paragraph after it: the possessive points at that person;
- a lone indefinite determiner capitalised by its sentence ("Altro", "Otro",
  "Autre") is never a person the story speaks about.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speaker(text: str, language: str) -> str | None:
    """Return the speaker mention, as written, of the only quotation in ``text``."""
    quotes = find_quotes(text, language=language)
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    return None if span is None else text[span.start : span.end]


# --- "his words:" as a paragraph of its own, the quotation in the next one
OWN_WORDS_PARAGRAPH = [
    pytest.param(
        "it",
        "Il sindaco Paolo Verdi ha parlato ieri sera alla radio.\n\n"
        "Ecco le sue parole:\n\n"
        "«Il ponte sarà pronto entro la fine dell'anno, e lo abbiamo promesso a tutti».\n\n"
        "Poi la trasmissione è finita.",
        "Il sindaco Paolo Verdi",
        id="it-ecco-le-sue-parole",
    ),
    pytest.param(
        "fr",
        "La ministre Claire Dubois s'est exprimée lundi devant les élus.\n\n"
        "Voici ses mots :\n\n"
        "« Nous tiendrons nos engagements envers chaque commune du pays. »\n\n"
        "La séance a ensuite été levée.",
        "La ministre Claire Dubois",
        id="fr-voici-ses-mots",
    ),
    pytest.param(
        "es",
        "La alcaldesa Marta Gil habló el martes ante los vecinos del barrio.\n\n"
        "Estas fueron sus palabras:\n\n"
        "«Vamos a abrir la biblioteca antes del verano, como prometimos».\n\n"
        "Después se marchó.",
        "La alcaldesa Marta Gil",
        id="es-estas-fueron-sus-palabras",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWN_WORDS_PARAGRAPH)
def test_own_words_paragraph_points_at_the_person_spoken_of(
    language: str, text: str, expected: str
) -> None:
    assert _speaker(text, language) == expected


# --- nobody to point at: the paragraph before names no person
OWN_WORDS_NOBODY = [
    pytest.param(
        "it",
        "Altro testo qui.\n\nEcco le sue parole:\n\n"
        "«Il ponte sarà pronto entro la fine dell'anno, e lo abbiamo promesso a tutti».",
        id="it-altro-opens-the-sentence",
    ),
    pytest.param(
        "es",
        "Otro día sin lluvia.\n\nEstas fueron sus palabras:\n\n"
        "«Vamos a abrir la biblioteca antes del verano, como prometimos».",
        id="es-otro-opens-the-sentence",
    ),
]


@pytest.mark.parametrize(("language", "text"), OWN_WORDS_NOBODY)
def test_an_indefinite_determiner_is_nobody_to_point_at(language: str, text: str) -> None:
    assert _speaker(text, language) is None
