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
from newsdoc.quotes._chunk import holds_name
from newsdoc.quotes._holder import holding_subject


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


# --- a role whose complement names a body, then the person's name in apposition
ROLE_OF_A_BODY = [
    # the epithet first, the name in the apposition: the name
    (
        "es",
        "La rectora de la Universidad de León, Marta Gil, dijo que el curso será «duro».",
        "Marta Gil",
    ),
    # too long together: the name alone
    (
        "es",
        "El obispo de la Diócesis de Ciudad Real, Antonio Ruiz Gil Moreno, generó polémica "
        "cuando el domingo señaló en su homilía que, «la fe basta».",
        "Antonio Ruiz Gil Moreno",
    ),
    (
        "it",
        "Il presidente della Camera di Commercio di Reggio Calabria, Paolo Neri, ha "
        "detto che il porto è «una risorsa».",
        "Paolo Neri",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    ROLE_OF_A_BODY,
    ids=[f"{lang}-{s[:24]}" for lang, s, _ in ROLE_OF_A_BODY],
)
def test_role_of_a_body_takes_the_apposed_name(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


@pytest.mark.xfail(
    strict=True,
    reason="the register reads a subject up to the first lower-case word, which "
    "cuts a body's name at its particle ('San Pedro del Valle')",
)
def test_body_name_with_a_particle_known_miss() -> None:
    text = (
        "El obispo de la Diócesis de San Pedro del Valle, Antonio Ruiz Gil, generó "
        "polémica cuando el domingo señaló en su homilía que, «la fe basta»."
    )
    assert _speaker(text, "es") == "Antonio Ruiz Gil"


HOLDS_NAME = [
    ("es", "El obispo de la Diócesis de Ciudad Real", False),
    ("it", "il segretario del Pd", False),
    ("fr", "la présidente de la Région Bretagne", False),
    ("es", "El obispo Pedro Gil", True),
    ("en", "Ann Lee", True),
    ("es", "Gil", True),
]


@pytest.mark.parametrize(
    ("language", "mention", "named"), HOLDS_NAME, ids=[m for _, m, _ in HOLDS_NAME]
)
def test_holds_name(language: str, mention: str, named: bool) -> None:
    assert holds_name(mention, 0, len(mention), language) is named


# --- a role with a complement and agreeing adjectives, then the name
ROLE_ADJECTIVES_NAME = [
    (
        "fr",
        "La ministre des Affaires étrangères danoise Anne Berg a salué sur Twitter "
        "« la décision courageuse du Conseil ».",
        "La ministre des Affaires étrangères danoise Anne Berg",
    ),
    (
        "it",
        "Il ministro degli Affari esteri italiano Carlo Neri ha definito «inaccettabile» "
        "la proposta.",
        "Il ministro degli Affari esteri italiano Carlo Neri",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    ROLE_ADJECTIVES_NAME,
    ids=[lang for lang, _, _ in ROLE_ADJECTIVES_NAME],
)
def test_role_adjectives_then_name(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# --- the register: a role, agreeing adjectives, then the name apposed to it
def test_register_role_adjective_then_name() -> None:
    text = (
        "Para frenar los contagios, el consejero de Sanidad valenciano, Pablo Lema, anunció "
        "nuevas medidas. «Vamos a cerrar las playas este verano», dijo."
    )
    found = find_quotes(text, language="es")
    span = found[-1].speaker_span
    assert span is not None
    assert "Pablo Lema" in text[span.start : span.end]


# --- the holder: a name inside a first phrase ("Lo stesso X") and its apposed role
def test_holder_name_inside_first_phrase_then_role() -> None:
    text = (
        "Lo stesso Paolo Conti, ministro degli Esteri, aveva messo in guardia i partner "
        "ricordando che “chi arma il vicino ne risponde davanti a tutti”."
    )
    found = holding_subject(text, 0, text.index("“"), "it")
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == "Paolo Conti"


def test_holder_name_inside_a_phrase_of_place_is_no_subject() -> None:
    text = "L'inscription de ce droit dans la Constitution se résumait à « une diversion »."
    found = holding_subject(text, 0, text.index("«"), "fr")
    assert found is None or text[found.speaker_start : found.speaker_end] != "Constitution"
