"""The noun phrase after a verb of saying, before "de « … »", is its object, not its subject.

"La ministre a réaffirmé sa volonté de « … »": the phrase after the verb takes
the quotation as its complement through a preposition, so it is what was
said, not who said it (the same reading Spanish "acusó al Gobierno de «…»"
and Italian "ha invitato i presenti a «…»" already have).  French "de" is
filed with the determiners for its partitive use but is the preposition here
(Le Bon Usage, on the article partitif and the preposition "de").  Cases are
our own sentences.
"""

from __future__ import annotations

import pytest

from newsdoc import find_quotes

# (text, the mention that must not be the speaker, the expected one)
_OBJECTS = [
    pytest.param(
        "La ministre, depuis son bureau, a réaffirmé sa volonté de « tenir bon jusqu'au bout ».",
        "sa volonté de",
        "La ministre",
        id="fr-aside-then-object-de",
    ),
    pytest.param(
        "Le maire, hier soir, a dénoncé la tentation du préfet de « tout fermer sans débat ».",
        "la tentation du préfet de",
        "Le maire",
        id="fr-object-with-genitive",
    ),
]


@pytest.mark.parametrize(("text", "not_speaker", "speaker"), _OBJECTS)
def test_object_before_its_complement_is_no_speaker(
    text: str, not_speaker: str, speaker: str
) -> None:
    quotes = find_quotes(text, language="fr")
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] != not_speaker
    assert text[span.start : span.end] == speaker


def test_inverted_subject_in_an_incise_stays() -> None:
    text = "Le texte, a déclaré la ministre, « doit passer vite »."
    quotes = find_quotes(text, language="fr")
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == "la ministre"
