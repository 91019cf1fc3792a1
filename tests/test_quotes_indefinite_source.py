"""Sources with no definite article after a source phrase, in four languages.

"according to witnesses", "selon des témoins", "según fuentes policiales",
"secondo alcuni inquirenti", "stando alla polizia": the object of a source
phrase names the source as a bare or indefinite plural of persons, or as a noun
after a preposition that holds its article.  A plural that names no person
("estimates", "chiffres", "estimaciones") names nobody, and where adjectives
follow the noun only a comma after the phrase tells where it ends.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from quote_helpers import mention_of

CASES = [
    pytest.param(
        "According to witnesses, the driver was “going far too fast.”",
        "too fast",
        "en",
        "witnesses",
        id="en-bare-plural-es",
    ),
    pytest.param(
        "According to several deputies, the vote was “a foregone thing.”",
        "foregone",
        "en",
        "several deputies",
        id="en-quantifier-ies",
    ),
    pytest.param(
        "Selon des témoins, le conducteur roulait « beaucoup trop vite ».",
        "trop vite",
        "fr",
        "des témoins",
        id="fr-indefinite-article",
    ),
    pytest.param(
        "D'après de nombreux enquêteurs, l'incendie est « d'origine criminelle ».",
        "criminelle",
        "fr",
        "de nombreux enquêteurs",
        id="fr-de-before-adjective",
    ),
    pytest.param(
        "Según fuentes policiales, el conductor iba «demasiado rápido».",
        "rápido",
        "es",
        "fuentes policiales",
        id="es-bare-plural-adjective",
    ),
    pytest.param(
        "De acuerdo con varios testigos, el incendio fue «intencionado».",
        "intencionado",
        "es",
        "varios testigos",
        id="es-quantifier",
    ),
    pytest.param(
        "Según fuentes cercanas a la fiscalía, el acusado «lo sabía todo».",
        "sabía",
        "es",
        "fuentes cercanas",
        id="es-complement-before-comma",
    ),
    pytest.param(
        "Secondo alcuni inquirenti, il rogo è stato «appiccato di notte».",
        "appiccato",
        "it",
        "alcuni inquirenti",
        id="it-quantifier",
    ),
    pytest.param(
        "Secondo fonti diplomatiche, l'accordo è «a un passo».",
        "passo",
        "it",
        "fonti diplomatiche",
        id="it-bare-plural-adjective",
    ),
    pytest.param(
        "Stando alla procura, l'imputato «non poteva non sapere».",
        "sapere",
        "it",
        "procura",
        id="it-fused-article",
    ),
    pytest.param(
        "A detta dei medici, il paziente è «fuori pericolo».",
        "pericolo",
        "it",
        "medici",
        id="it-fused-article-plural",
    ),
]

# Prepositional phrases of point of view credit a view to their object.
OPINION_PHRASES = [
    pytest.param(
        "A juicio de la fiscal Rosa Gil, el caso está «lejos de cerrarse».",
        "cerrarse",
        "es",
        "la fiscal Rosa Gil",
        id="es-a-juicio-de",
    ),
    pytest.param(
        "A parere degli esperti, il ponte è «ormai insicuro».",
        "insicuro",
        "it",
        "esperti",
        id="it-a-parere-fused",
    ),
    pytest.param(
        "De l'avis de la Cour des comptes, le plan reste « trop flou ».",
        "trop flou",
        "fr",
        "la Cour des comptes",
        id="fr-de-l-avis-de",
    ),
    pytest.param(
        "In the view of the auditors, the accounts were “badly kept.”",
        "badly kept",
        "en",
        "the auditors",
        id="en-in-the-view-of",
    ),
]

# Spanish and Italian place a bare plural subject after its verb of saying.
AFTER_VERB = [
    pytest.param(
        "«El fuego sigue activo», indicaron fuentes de los bomberos.",
        "fuego",
        "es",
        "fuentes de los bomberos",
        id="es-fuentes-after-verb",
    ),
    pytest.param(
        "«Il ponte va chiuso», sostengono esperti indipendenti.",
        "ponte",
        "it",
        "esperti indipendenti",
        id="it-esperti-after-verb",
    ),
]

NOBODY = [
    pytest.param(
        "According to estimates, the repairs will be “very costly” for the town.",
        "costly",
        "en",
        id="en-plural-of-things",
    ),
    pytest.param(
        "Selon des chiffres provisoires, la hausse reste « très modeste ».",
        "modeste",
        "fr",
        id="fr-plural-of-things",
    ),
    pytest.param(
        "Secondo fonti investigative l'uomo era «molto agitato» quella sera.",
        "agitato",
        "it",
        id="it-no-comma-no-end",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), CASES)
def test_source_without_definite_article(
    text: str, quoted: str, language: str, mention: str
) -> None:
    assert mention_of(text, quoted, language) == mention


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), OPINION_PHRASES)
def test_phrase_of_point_of_view(text: str, quoted: str, language: str, mention: str) -> None:
    assert mention_of(text, quoted, language) == mention


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), AFTER_VERB)
def test_bare_plural_subject_after_verb(
    text: str, quoted: str, language: str, mention: str
) -> None:
    assert mention_of(text, quoted, language) == mention


def test_fused_article_after_verb_is_an_addressee() -> None:
    text = "«Il ponte va chiuso», hanno detto ieri alla stampa."
    assert mention_of(text, "ponte", "it") is None


@pytest.mark.parametrize(("text", "quoted", "language"), NOBODY)
def test_plural_of_things_names_nobody(text: str, quoted: str, language: str) -> None:
    quotes = [q for q in find_quotes(text, language=language) if quoted in q.text]
    assert all(q.speaker is None for q in quotes)
