"""An incise with its inverted subject pronoun right before a quotation names its speaker.

French joins the inverted subject pronoun of an incise to its verb with a
hyphen ("ajoute-t-il"); set off by commas before the opening mark, the incise
attributes the quotation that follows (Grevisse & Goosse, *Le Bon Usage*, on
the incise).  Cases are our own sentences.
"""

from __future__ import annotations

import pytest

from newsdoc import find_quotes

# (text, expected speaker mention)
_INCISES = [
    pytest.param(
        "Les tarifs baisseront la nuit car, nous assure-t-elle, « cela aide tout le monde ».",
        "elle",
        id="dative-clitic-and-euphonic-t",
    ),
    pytest.param(
        "La réforme est prête. Mais, ajoute-t-il, « rien ne presse ».",
        "il",
        id="after-a-conjunction",
    ),
    pytest.param(
        "Le vote aura lieu lundi. Or, m’assure-t-elle, « tout peut encore changer ».",
        "elle",
        id="elided-clitic",
    ),
    pytest.param(
        "Les élus hésitent. Pourtant, insistent-ils, « le temps presse ».",
        "ils",
        id="plural-without-t",
    ),
]

# texts whose incise credits no third person
_NOT_INCISES = [
    pytest.param("La route est longue. Mais, dis-je, « rien ne presse ».", id="first-person"),
    pytest.param("La route est longue. Mais, dit-on, « rien ne presse ».", id="hearsay-on"),
]


@pytest.mark.parametrize(("text", "speaker"), _INCISES)
def test_incise_before_the_quotation(text: str, speaker: str) -> None:
    quotes = find_quotes(text, language="fr")
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker


@pytest.mark.parametrize("text", _NOT_INCISES)
def test_incise_names_no_third_person(text: str) -> None:
    for quote in find_quotes(text, language="fr"):
        span = quote.speaker_span
        assert span is None or text[span.start : span.end] not in {"je", "on"}
