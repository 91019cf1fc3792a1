"""A partial quotation in an impersonal clause keeps the speaker quoted just before.

The "il" of an impersonal verb ("il s'agit de", "il faut") is an apparent
subject that names nobody (Le Bon Usage, on impersonal verbs), so the clause
has no speaker of its own: quoted words in it go on with the one quoted right
before.  Cases are our own sentences.
"""

from __future__ import annotations

import pytest

from newsdoc import find_quotes

_CARRIED = [
    pytest.param(
        "Le pays change de cap. Selon la ministre Anne Roux : « Le virus est devenu une "
        "maladie ordinaire. » Il s'agit désormais de ne « plus compter chaque cas "
        "au jour le jour ».",
        "la ministre Anne Roux",
        id="il-s-agit-after-selon",
    ),
    pytest.param(
        "Le pays change de cap. La ministre Anne Roux a déclaré : « Le virus est devenu une "
        "maladie ordinaire. » Il faut désormais « cesser de compter chaque cas au jour le jour ».",
        "La ministre Anne Roux",
        id="il-faut-after-a-cue",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), _CARRIED)
def test_impersonal_clause_keeps_the_speaker(text: str, speaker: str) -> None:
    quotes = find_quotes(text, language="fr")
    assert len(quotes) == 2
    span = quotes[1].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker
