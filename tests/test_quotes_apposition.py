"""Asides between a subject and its verb of saying (``newsdoc.quotes._apposition``).

Every sentence here is our own, written from what French, Spanish and Italian
grammars list as a detached aside: an apposed role noun without its article, a
participle or an adjective, a gerund, a relative clause, a prepositional
phrase.  Several asides may follow one another, and a name inside one of them
("Perú, Chile y Brasil") is not the subject.
"""

from __future__ import annotations

import itertools

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._apposition import subject_before_asides


def _speaker(text: str, language: str) -> str | None:
    """Return the speaker mention of the first quotation found in ``text``."""
    found = find_quotes(text, language=language)
    assert found, text
    span = found[0].speaker_span
    return None if span is None else text[span.start : span.end]


def _chunks(text: str) -> list[tuple[int, int]]:
    """Return the comma chunks of ``text`` up to its last comma."""
    bounds = [-1] + [k for k, c in enumerate(text) if c == ","]
    return [(a + 1, b) for a, b in itertools.pairwise(bounds)]


# --- a name, then asides of each kind, then the verb of saying
ASIDES_AFTER_A_NAME = [
    # a bare role noun, then a relative clause on it
    (
        "it",
        "Ieri Luca Ferri, cronista del Giornale di Sicilia, testata che segue il caso da "
        "mesi, ha scritto: «La città merita risposte».",
        "Luca Ferri",
    ),
    # a bare role noun, then a gerund clause
    (
        "fr",
        "Hélène Barre, directrice de la Fondation pour les océans, invoquant une étude "
        "récente, a déclaré que « la pêche doit ralentir ».",
        "Hélène Barre",
    ),
    # an age in a prepositional phrase, then a role noun
    (
        "es",
        "Pedro Lago, de 54 años, director del museo, aseguró que la muestra será «un éxito».",
        "Pedro Lago",
    ),
    # a relative clause alone
    (
        "es",
        "Rosa Vidal, quien dirigió el hospital durante diez años, advirtió que la "
        "situación es «insostenible».",
        "Rosa Vidal",
    ),
    (
        "it",
        "Paola Serra, che guida la Consulta dal 2019, ha spiegato che la riforma è "
        "«un passo avanti».",
        "Paola Serra",
    ),
]

# --- a noun phrase, then a participle clause holding names of its own
ASIDES_AFTER_A_NOUN_PHRASE = [
    (
        "es",
        "El folleto, repartido en ciudades como Lima, Quito y Bogotá, sostiene que "
        "«el agua cura todo».",
        "El folleto",
    ),
    (
        "fr",
        "Le rapport, publié à Genève, Lyon et Bruxelles, affirme que « la dette recule ».",
        "Le rapport",
    ),
    (
        "it",
        "Il sindacato, riunito a Torino, Genova e Bari, ha ribadito che il contratto è «scaduto».",
        "Il sindacato",
    ),
    (
        "es",
        "En su discurso, el ministro, visiblemente molesto, dijo que la ley es «un error».",
        "el ministro",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    ASIDES_AFTER_A_NAME + ASIDES_AFTER_A_NOUN_PHRASE,
    ids=[f"{lang}-{s[:24]}" for lang, s, _ in ASIDES_AFTER_A_NAME + ASIDES_AFTER_A_NOUN_PHRASE],
)
def test_subject_before_asides(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# --- chunks that are no asides: the rule abstains and others decide
NO_ASIDE = [
    # the apposition is a name: the role comes first
    ("es", "La alcaldesa de Soria, Marta Gil,"),
    # the apposition opens with an article: the name-first rule's
    ("es", "Madani, la viróloga del hospital,"),
    # a clause before the aside: no subject chunk
    ("fr", "La chaîne a publié un texte de Paul Roux, reporter à Paris,"),
    # English writes its apposed roles with or without an article alike
    ("en", "Ann Lee, mayor of Lyon,"),
]


@pytest.mark.parametrize(
    ("language", "text"), NO_ASIDE, ids=[f"{lang}-{s[:24]}" for lang, s in NO_ASIDE]
)
def test_no_aside_reading(language: str, text: str) -> None:
    assert subject_before_asides(text, _chunks(text), language) is None


def test_subject_after_the_asides_is_read_as_before() -> None:
    # an introductory adverbial and an aside, then the subject with its verb:
    # no comma before the verb, so no aside reading
    text = "Entre-temps, sur fond de crise, le gouvernement a accusé son voisin de « mentir »."
    assert _speaker(text, "fr") == "le gouvernement"


def test_parenthesis_ends_the_subject() -> None:
    text = "Ana Gil (a la izquierda), directora del centro,"
    chunks = _chunks(text)
    s, e = subject_before_asides(text, chunks, "es") or (0, 0)
    assert text[s:e].strip() == "Ana Gil"
