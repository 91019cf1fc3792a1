"""The reference in parentheses after a quotation names its source.

Cases are our own sentences, grouped by what the rule must do: read the name
that opens a reference, and leave alone a parenthesis that names nobody or
glosses a name in marks.  Sources: Bureau de la traduction, *Clefs du français
pratique* (référence d'une citation entre parenthèses); APA author-date
citations.
"""

from __future__ import annotations

import pytest

from newsdoc import find_quotes

# (text, language, expected speaker mention)
_REFERENCES = [
    pytest.param(
        "Le soir tombait sur la plaine. « Rien ne se perd, rien ne se crée. » "
        "(Léa Morin, historienne des sciences). La salle resta muette.",
        "fr",
        "Léa Morin",
        id="fr-name-and-role",
    ),
    pytest.param(
        "Il relut la dernière page. « Les fleuves finissent toujours par rejoindre la mer. » "
        "(Le Livre des marées). Puis il ferma le volume.",
        "fr",
        "Le Livre des marées",
        id="fr-work-title",
    ),
    pytest.param(
        "Le jury délibéra longtemps. « La patience finit toujours par payer ses dettes. » "
        "(Dr Paul Vidal, 2019).",
        "fr",
        "Dr Paul Vidal",
        id="fr-title-name-year",
    ),
    pytest.param(
        "La sala era piena. «Nessuno può fermare il vento con le mani.» "
        "(Marta Neri, scrittrice). Poi cominciò il concerto.",
        "it",
        "Marta Neri",
        id="it-name-and-role",
    ),
    pytest.param(
        "The hall went quiet. “A river cuts rock by persistence, not power.” "
        "(Jane Holloway, geologist). Then the lights came up.",
        "en",
        "Jane Holloway",
        id="en-name-and-role",
    ),
]

# (text, language): no speaker comes from the parenthesis
_NOT_REFERENCES = [
    pytest.param(
        "Le soir tombait sur la plaine. « Rien ne se perd, rien ne se crée. » "
        "(en traduction libre). La salle resta muette.",
        "fr",
        id="fr-lower-case-aside",
    ),
    pytest.param(
        "Le soir tombait sur la plaine. « Rien ne se perd, rien ne se crée. » (1789).",
        "fr",
        id="fr-year-only",
    ),
    pytest.param(
        "Le soir tombait. « Rien ne se perd. » (Ce proverbe circule depuis des siècles "
        "dans toutes les campagnes du pays, dit-on souvent).",
        "fr",
        id="fr-sentence-aside",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), _REFERENCES)
def test_reference_names_the_source(text: str, language: str, speaker: str) -> None:
    quotes = find_quotes(text, language=language)
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker


@pytest.mark.parametrize(("text", "language"), _NOT_REFERENCES)
def test_parenthesis_without_a_name(text: str, language: str) -> None:
    quotes = find_quotes(text, language=language)
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    assert span is None or text.index("(") > span.start or text.index(")") < span.start


def test_name_in_marks_keeps_its_gloss() -> None:
    # an organisation's name in marks, its initials after it: no quotation to credit
    text = "Sie arbeitet seit Jahren für „Ärzte ohne Grenzen“ (MSF) in Kenia."
    for quote in find_quotes(text, language="de"):
        span = quote.speaker_span
        assert span is None or text[span.start : span.end] != "MSF"
