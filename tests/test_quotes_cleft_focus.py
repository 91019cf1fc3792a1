"""The focus of a cleft sentence and the paragraph that introduces a quotation.

Our own sentences.  A cleft ("è stato X a dire", "c'est X qui a lancé", "fue X
quien dijo") puts the whole phrase between its copula and its link in focus,
however its complements run ("il segretario alla Difesa", "le ministre délégué
au Budget").  A quotation standing in its own paragraph after one that ends in
a colon is introduced by that paragraph, read as the words right before a
quotation are: cleft, passive agent, relative clause, aside, inversion, cue.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._clause import cleft_subject


def _speaker(text: str, language: str) -> str | None:
    """Return the speaker mention of the last quotation found in ``text``."""
    found = find_quotes(text, language=language)
    assert found, text
    span = found[-1].speaker_span
    return None if span is None else text[span.start : span.end]


FOCUS_WITH_COMPLEMENTS = [
    (
        "it",
        "Alla fine è stata la sottosegretaria agli Esteri Laura Bassi a dichiarare da Bari: ",
        "la sottosegretaria agli Esteri Laura Bassi",
    ),
    (
        "fr",
        "C'est le ministre délégué au Budget Paul Roux qui a lancé : ",
        "le ministre délégué au Budget Paul Roux",
    ),
    (
        "es",
        "Fue la jueza de la Audiencia Nacional Eva Gil quien dijo: ",
        "la jueza de la Audiencia Nacional Eva Gil",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    FOCUS_WITH_COMPLEMENTS,
    ids=[lang for lang, _, _ in FOCUS_WITH_COMPLEMENTS],
)
def test_cleft_focus_runs_to_its_link(language: str, text: str, speaker: str) -> None:
    found = cleft_subject(text, 0, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == speaker


# a relative after a preposition is no cleft link: "el momento en el que"
def test_relative_after_a_preposition_is_no_cleft() -> None:
    text = "Dijo que este año es el momento en el que todos deben "
    assert cleft_subject(text, 0, len(text), "es") is None


PARAGRAPH_BEFORE = [
    (
        "it",
        "Fu il presidente della Provincia Carlo Neri a ricordare in aula:\n\n"
        "«Le strade di montagna vanno riaperte entro maggio».",
        "il presidente della Provincia Carlo Neri",
    ),
    (
        "it",
        "La stessa tesi viene sostenuta dal Mattino in un editoriale:\n\n"
        "«Il governo deve cambiare rotta subito e senza esitare».",
        "Mattino",
    ),
    (
        "fr",
        "C'est la maire Anne Roux qui a tranché devant le conseil :\n\n"
        "« Nous ne fermerons aucune école cette année. »",
        "la maire Anne Roux",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    PARAGRAPH_BEFORE,
    ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(PARAGRAPH_BEFORE)],
)
def test_paragraph_ending_in_a_colon_introduces(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker
