"""Nouns of persons by office, trade and role in Spanish and French.

Our own sentences.  A story names its people again by their office, trade or
role ("la experta", "el canciller", "le chercheur"): the subject of the
sentence right before a quotation with a dropped subject ("«…», dijo.") is then
that person, even when the verb of that sentence is no verb of saying and a
speaker was credited further back.  The noun must be the head of its phrase:
"la defensa de los vecinos" names a deed, "su hermano llegó de noche" is a
clause.  Plurals follow the regular rules of each language.  A bare plural noun
of person after a fronted phrase ("A la salida, familiares de los detenidos
denunciaron") is the subject of the verb of saying.
"""

from __future__ import annotations

import pytest

from newsdoc._lexicon.persons import PERSON_NOUNS, plural
from newsdoc.quotes import find_quotes
from newsdoc.quotes._cues import tokens
from newsdoc.quotes._persons import person_head


def _speakers(text: str, language: str) -> list[str | None]:
    """Return the speaker mentions, as written, of the quotations of ``text``."""
    return [
        None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
        for q in find_quotes(text, language=language)
    ]


# --- the person named by role in the sentence before speaks on
ROLE_BEFORE = [
    pytest.param(
        "es",
        "«El cielo de invierno es el mejor del año», explicó la astrónoma del observatorio. "
        "Por la mañana, la experta habló de las becas para jóvenes. "
        "«Necesitamos más chicas en las carreras de ciencia», dijo.",
        ["la astrónoma del observatorio", "la experta"],
        id="es-la-experta-after-a-longer-mention",
    ),
    pytest.param(
        "es",
        "«Vamos a abrir tres consulados», anunció el ministro de Asuntos Exteriores. "
        "El canciller también visitó la frontera con su equipo. "
        "«Nadie se quedará sin atención», aseguró.",
        ["el ministro de Asuntos Exteriores", "El canciller"],
        id="es-el-canciller-another-name-of-the-office",
    ),
    pytest.param(
        "es",
        "«Hay que vacunar antes del invierno», afirmó el director del hospital. "
        "Por la tarde, la antigua ministra recorrió las salas de urgencias. "
        "«Faltan enfermeras en todos los turnos», lamentó.",
        ["el director del hospital", "la antigua ministra"],
        id="es-adjective-before-the-noun",
    ),
    pytest.param(
        "fr",
        "« Le glacier recule chaque année », a déclaré le directeur du parc. "
        "La chercheuse a ensuite présenté ses mesures aux élus. "
        "« Nous avons perdu dix mètres en un an », a-t-elle ajouté.",
        ["le directeur du parc", "elle"],
        id="fr-pronoun-incise-keeps-its-own-mention",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), ROLE_BEFORE)
def test_a_person_named_by_role_speaks_on(
    language: str, text: str, expected: list[str | None]
) -> None:
    assert _speakers(text, language) == expected


# --- the head of the phrase decides, not a noun in its complement
HEADS = [
    pytest.param("es", "la experta", True, id="es-bare-noun"),
    pytest.param("es", "El jefe del servicio de urgencias", True, id="es-complement-after"),
    pytest.param("es", "la antigua ministra", True, id="es-prenominal-adjective"),
    pytest.param("es", "el médico forense", True, id="es-adjective-after"),
    pytest.param("es", "el ministro Luis Soto", True, id="es-name-after"),
    pytest.param("es", "la exministra", True, id="es-prefix-of-office"),
    pytest.param("es", "los investigadores", True, id="es-plural"),
    pytest.param("es", "la defensa de los vecinos", False, id="es-noun-in-complement"),
    pytest.param("es", "su hermano llegó de noche", False, id="es-verb-after-noun"),
    pytest.param("es", "la reunión", False, id="es-no-person"),
    pytest.param("fr", "la chercheuse", True, id="fr-feminine"),
    pytest.param("fr", "le nouveau président", True, id="fr-prenominal-adjective"),
    pytest.param("fr", "la ministre des Armées", True, id="fr-complement-after"),
    pytest.param("fr", "les témoins", True, id="fr-plural"),
    pytest.param("fr", "la fin des chercheurs", False, id="fr-noun-in-complement"),
    pytest.param("it", "la ricercatrice", True, id="it-feminine"),
    pytest.param("it", "il libraio", True, id="it-trade"),
    pytest.param("es", "la librera", True, id="es-trade"),
    pytest.param("fr", "la boulangère", True, id="fr-trade"),
    pytest.param("it", "il nuovo sindaco", True, id="it-prenominal-adjective"),
    pytest.param("it", "la fine dei ricercatori", False, id="it-noun-in-complement"),
]


@pytest.mark.parametrize(("language", "phrase", "expected"), HEADS)
def test_person_head(language: str, phrase: str, expected: bool) -> None:
    assert person_head(phrase, tokens(phrase, 0, len(phrase)), language) is expected


PLURALS = [
    pytest.param("es", "experta", "expertas", id="es-vowel"),
    pytest.param("es", "investigador", "investigadores", id="es-consonant"),
    pytest.param("es", "capitán", "capitanes", id="es-accent-goes"),
    pytest.param("es", "portavoz", "portavoces", id="es-z-to-c"),
    pytest.param("es", "joven", "jóvenes", id="es-accent-comes"),
    pytest.param("fr", "chercheuse", "chercheuses", id="fr-s"),
    pytest.param("fr", "général", "généraux", id="fr-al-aux"),
    pytest.param("fr", "époux", "époux", id="fr-x-stays"),
]


@pytest.mark.parametrize(("language", "singular", "expected"), PLURALS)
def test_plural(language: str, singular: str, expected: str) -> None:
    assert plural(singular, language) == expected
    assert expected in PERSON_NOUNS[language] or singular not in PERSON_NOUNS[language]


# --- a bare plural noun of person after a fronted phrase is the subject of the cue
BARE_PLURAL = [
    pytest.param(
        "es",
        "A la salida del juzgado, familiares de los detenidos denunciaron que se topan con "
        "«trámites eternos y ninguna respuesta».",
        "familiares de los detenidos",
        id="es-familiares",
    ),
    pytest.param(
        "es",
        "Tras la asamblea, vecinos del barrio aseguraron: «No vamos a aceptar otra torre».",
        "vecinos del barrio",
        id="es-vecinos",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), BARE_PLURAL)
def test_a_bare_plural_noun_of_person_speaks(language: str, text: str, expected: str) -> None:
    assert _speakers(text, language) == [expected]
