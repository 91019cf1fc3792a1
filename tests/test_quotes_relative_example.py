"""A relative clause after an example set off by commas, its verbs coordinated.

Our own sentences: "…, comme celle de Marie, qui vit à Lyon, et raconte :
« … »" — the example opened by "comme"/"como"/"come" ends with the name the
relative pronoun points back to, and a verb of saying joined to the relative's
first verb by "et"/"y"/"e" after a comma shares its subject.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._clause import relative_cue


def _speaker(text: str, language: str) -> str | None:
    found = find_quotes(text, language=language)
    assert found, text
    span = found[0].speaker_span
    return None if span is None else text[span.start : span.end]


EXAMPLES = [
    (
        "fr",
        "Des lettres d'habitants accompagnent le dossier, comme celle de Marie, qui vit à "
        "Lyon, et raconte : « Nous avons tout perdu en une nuit. »",
        "Marie",
    ),
    (
        "es",
        "Varios vecinos hablaron con la prensa, como Rosa, que vive en el barrio desde niña, "
        "y explica: «Nunca vimos algo así».",
        "Rosa",
    ),
    (
        "it",
        "Molti abitanti scrivono al sindaco, come Lucia, che vive in centro da anni, e "
        "racconta: «Non abbiamo mai visto niente di simile».",
        "Lucia",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"), EXAMPLES, ids=[lang for lang, _, _ in EXAMPLES]
)
def test_example_then_coordinated_relative(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


def test_relative_then_another_clause_is_no_cue() -> None:
    # after the comma a new clause with a subject of its own, not a coordinated verb
    text = "On a entendu Marc Petit, qui vit à Lyon, et le maire a déclaré : "
    found = relative_cue(text, 0, len(text), "fr")
    assert found is None or text[found.speaker_start : found.speaker_end] != "Marc Petit"
