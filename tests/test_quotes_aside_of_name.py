"""A French aside opened by "du", "des" or "de" before a name sits between subject and verb.

"du" and "des" are both articles and the preposition "de" fused with the
definite article; before a proper name only the preposition can stand (Le Bon
Usage, on the contracted and the partitive article), so "Anne Roux, du Centre
Atlas, a dit" holds an aside and its subject is the name before it.  Cases are
our own sentences.
"""

from __future__ import annotations

import pytest

from newsdoc import find_quotes

# (text, expected speaker mention)
_ASIDES = [
    pytest.param(
        "Le débat continue. Anne Roux, du Centre Atlas, a déclaré : « Il faut agir vite. »",
        "Anne Roux",
        id="du-before-a-name",
    ),
    pytest.param(
        "Le débat continue. Paul Girard, des Nations unies, a déclaré : « Il faut agir vite. »",
        "Paul Girard",
        id="des-before-a-name",
    ),
    pytest.param(
        "Le débat continue. Léa Morin, de l’Unesco, a déclaré : « Il faut agir vite. »",
        "Léa Morin",
        id="de-elided-article",
    ),
    pytest.param(
        "Le débat continue. Léa Morin, de la Banque de France, a déclaré : « Il faut agir vite. »",
        "Léa Morin",
        id="de-la-before-a-name",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _ASIDES)
def test_subject_before_an_aside_of_a_name(text: str, speaker: str) -> None:
    quotes = find_quotes(text, language="fr")
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker
