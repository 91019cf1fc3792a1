"""One analysed document: ``parse()`` gives exactly what each ``find_*`` gives.

``parse()`` analyses a text once (one ``_text.Document``: language, paragraphs,
lines) and hands it to every fact module; each ``find_*`` function builds its own
document for its call.  The answers must be the same objects either way, given the
same language and reference date.  Articles written by us, in all five languages,
then shuffled and spliced by hypothesis.
"""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import languages
from newsdoc._text import Document

# Short articles with every kind of fact: stamps, datelines, bylines, captions with
# credits, quotations with speakers, vote tallies.  Grouped by language.
ARTICLES = {
    "en": [
        "Harbour plan approved\n\nBy Tessa Marlow, Staff Writer\n\n"
        "Published: March 3, 2021 at 9:40 a.m. ET\n\n"
        "PORTLAND, Maine (AP) — The city council voted 7-2 on Tuesday to rebuild the "
        "old ferry pier.\n\n"
        "“We waited long enough,” said councillor Dev Anand.\n\n"
        "Workers repair the ferry pier in Portland. (Photo: Lina Berg/AP)\n\n"
        "(Reporting by Tessa Marlow; Editing by Joe Quill)",
        "LONDON, Jan 4 (Reuters) - Lawmakers rejected the budget amendment by 301 votes "
        'to 288 late on Monday, a blow to the minister, who had said: "This is the '
        'only sensible path." Mr. Hale told reporters the vote was "a warning".',
    ],
    "de": [
        "Brücke wird saniert\n\nVon Anna Berger\n\n"
        "Veröffentlicht am 2. Januar 2020, 13:15 Uhr\n\n"
        "Wien – Der Gemeinderat hat am Dienstag mit 41 zu 12 Stimmen die Sanierung "
        "der Brücke beschlossen.\n\n"
        "„Das war überfällig“, sagte die Stadträtin Eva Lind.\n\n"
        "Die Brücke am Abend. Foto: Jonas Kreil/dpa\n\n(APA, 2.1.2020)",
        "BERLIN (dpa) - Der Bundestag stimmte dem Gesetz einstimmig zu. „Wir sind "
        "zufrieden“, erklärte der Sprecher der Fraktion am Abend.",
    ],
    "fr": [
        "Le pont rouvrira en mai\n\nPar Claire Dumas\n\n"
        "Publié le 3 mars 2021 à 9h40\n\n"
        "LYON (AFP) - Le conseil municipal a adopté le projet par 45 voix contre 10 "
        "mardi soir.\n\n"
        "« Nous avons trop attendu », a déclaré l’adjoint chargé des transports.\n\n"
        "Le chantier du pont, mardi à Lyon. (Photo: Marc Roux/AFP)",
        "« Ce budget est injuste », estime la députée Ines Morel, qui a voté contre. "
        "Selon elle, le texte sera rejeté au Sénat.",
    ],
    "es": [
        "El puente abrirá en mayo\n\nPor Lucía Pardo\n\n"
        "MADRID, 2 Ene. (EUROPA PRESS) - El pleno aprobó el proyecto por 180 votos a "
        "favor y 150 en contra.\n\n"
        "«Hemos esperado demasiado», dijo la concejala Marta Gil.\n\n"
        "Obras en el puente, el martes en Madrid. (Foto: Pablo Ruiz/EFE)",
        "El alcalde, Tomás Vega, aseguró que «la obra terminará a tiempo». La moción "
        "fue aprobada por unanimidad.",
    ],
    "it": [
        "Il ponte riapre a maggio\n\ndi Giulia Fermi\n\n"
        "ROMA (ANSA) - Il consiglio comunale ha approvato il progetto con 30 voti "
        "favorevoli e 8 contrari.\n\n"
        "«Abbiamo aspettato troppo», ha detto l’assessore Paolo Greco.\n\n"
        "Il cantiere del ponte a Roma. (Foto: Sara Conti/ANSA)",
        "«Il bilancio è in ordine», ha spiegato la sindaca. Secondo il ministro, la "
        "legge sarà votata entro marzo.",
    ],
}
CASES = [
    pytest.param(code, text, id=f"{code}-{i}")
    for code, texts in ARTICLES.items()
    for i, text in enumerate(texts)
]
REFERENCE = dt.date(2021, 3, 4)


def assert_same_as_find(text: str, language: str | None, reference: dt.date | None) -> None:
    """``parse()`` and each ``find_*`` give equal objects for ``text``."""
    article = newsdoc.parse(text, reference_date=reference, language=language)
    code = article.language
    assert article.timestamps == newsdoc.find_timestamps(text, language=code)
    assert article.dateline == newsdoc.find_dateline(
        text, reference_date=article.reference_date, language=code
    )
    # these modules read the language of the whole text: given or not, the same
    for lang in (language, code):
        assert article.bylines == newsdoc.find_bylines(text, language=lang)
        assert article.captions == newsdoc.find_captions(text, language=lang)
        assert article.quotes == newsdoc.find_quotes(text, language=lang)
        assert article.votes == newsdoc.find_votes(text, language=lang)


# --- Our own articles -----------------------------------------------------------------------


@pytest.mark.parametrize(("code", "text"), CASES)
def test_articles_are_read_in_their_language(code: str, text: str) -> None:
    assert newsdoc.parse(text).language == code


@pytest.mark.parametrize(("code", "text"), CASES)
@pytest.mark.parametrize("reference", [None, REFERENCE], ids=["no-date", "dated"])
@pytest.mark.parametrize("given", [False, True], ids=["detected", "given"])
def test_parse_equals_find_on_our_articles(
    code: str, text: str, reference: dt.date | None, given: bool
) -> None:
    assert_same_as_find(text, code if given else None, reference)


@pytest.mark.parametrize(("code", "text"), CASES)
def test_our_articles_hold_facts(code: str, text: str) -> None:
    # the equality above would be empty if nothing were found
    article = newsdoc.parse(text)
    assert article.quotes or article.votes


# --- Shuffled and spliced by hypothesis ----------------------------------------------------

PARAGRAPHS = tuple(
    para for texts in ARTICLES.values() for text in texts for para in text.split("\n\n")
)
SEPARATORS = ("\n\n", "\n", " ", "\n  \n", "\r\n\r\n", "")


@st.composite
def spliced_articles(draw: st.DrawFn) -> str:
    """Return paragraphs of our articles, in any order and language, with noise."""
    paras = draw(st.lists(st.sampled_from(PARAGRAPHS), max_size=8))
    noise = draw(st.lists(st.text(max_size=12), max_size=len(paras)))
    pieces = [*paras, *noise]
    order = draw(st.permutations(range(len(pieces))))
    sep = draw(st.sampled_from(SEPARATORS))
    return sep.join(pieces[i] for i in order)


@given(
    spliced_articles(),
    st.sampled_from((None, *newsdoc.SUPPORTED_LANGUAGES)),
    st.sampled_from((None, REFERENCE)),
)
def test_parse_equals_find_on_spliced_articles(
    text: str, language: str | None, reference: dt.date | None
) -> None:
    assert_same_as_find(text, language, reference)


# --- The language is resolved once ---------------------------------------------------------


@pytest.mark.parametrize(("code", "text"), CASES)
def test_parse_detects_the_language_once(code: str, text: str) -> None:
    with mock.patch.object(languages, "detect_language", wraps=languages.detect_language) as detect:
        assert newsdoc.parse(text).language == code
    assert detect.call_count == 1


@pytest.mark.parametrize(("code", "text"), CASES)
def test_parse_with_a_language_detects_none(code: str, text: str) -> None:
    with mock.patch.object(languages, "detect_language", wraps=languages.detect_language) as detect:
        newsdoc.parse(text, language=code)
    assert detect.call_count == 0


def test_a_document_detects_its_language_only_when_read() -> None:
    with mock.patch.object(languages, "detect_language", wraps=languages.detect_language) as detect:
        doc = Document.analyse("Le conseil a voté le budget mardi soir.")
        assert doc.given_language is None
        assert detect.call_count == 0
        assert doc.language == doc.language == "fr"
    assert detect.call_count == 1


def test_a_given_language_is_checked_and_normalised() -> None:
    assert Document.analyse("Any text.", "ES-mx").language == "es"
    with pytest.raises(ValueError, match="unsupported language"):
        Document.analyse("Any text.", "nl")
