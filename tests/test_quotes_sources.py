"""Two source constructions: a pronoun after "according to", a text read from.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

* "selon lui", "según ella", "secondo lui", "according to him", "d'après elle":
  the stressed pronoun after a source preposition is the speaker mention, and
  its ``speaker`` is the person it stands for (the discourse register).
* "« … », peut-on lire dans le communiqué", "«…», se lee en el informe",
  "«…», si legge nella nota": an impersonal subject (French inverted *on*,
  Spanish *pasiva refleja* with *se*, Italian *si passivante*) with a verb of
  reading or writing; the text after the locative preposition is the source.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _first(text: str, language: str) -> tuple[str | None, str | None]:
    """Return the speaker name and speaker mention of the first quotation."""
    found = find_quotes(text, language=language)
    assert found, "no quotation found"
    q = found[0]
    span = q.speaker_span
    return q.speaker, (text[span.start : span.end] if span is not None else None)


# --- a pronoun after a source preposition --------------------------------------------

# (text, language, name, mention)
SOURCE_PRONOUN = [
    pytest.param(
        "Le maire Paul Martin a visité le chantier. « Il faut finir avant l'hiver », selon lui.",
        "fr",
        "Paul Martin",
        "lui",
        id="fr-selon-lui-after",
    ),
    pytest.param(
        "Le maire Paul Martin a visité le chantier. Selon lui, « il faut finir avant l'hiver ».",
        "fr",
        "Paul Martin",
        "lui",
        id="fr-selon-lui-before",
    ),
    pytest.param(
        "La juge Claire Dubois a rendu sa décision. « Le dossier est vide », selon elle.",
        "fr",
        "Claire Dubois",
        "elle",
        id="fr-selon-elle",
    ),
    pytest.param(
        "La juge Claire Dubois a rendu sa décision. « Le dossier est vide », d'après elle.",
        "fr",
        "Claire Dubois",
        "elle",
        id="fr-d-apres-elle",
    ),
    pytest.param(
        "El alcalde Pablo Gómez visitó la obra. «Hay que terminar antes del invierno», según él.",
        "es",
        "Pablo Gómez",
        "él",
        id="es-segun-el",
    ),
    pytest.param(
        "La jueza Marta Ríos leyó el fallo. Según ella, «el expediente está vacío».",
        "es",
        "Marta Ríos",
        "ella",
        id="es-segun-ella-before",
    ),
    pytest.param(
        "Il sindaco Marco Ferri ha visitato il cantiere. «Bisogna finire prima dell'inverno», "
        "secondo lui.",
        "it",
        "Marco Ferri",
        "lui",
        id="it-secondo-lui",
    ),
    pytest.param(
        "La giudice Anna Conti ha letto la sentenza. Secondo lei, «il fascicolo è vuoto».",
        "it",
        "Anna Conti",
        "lei",
        id="it-secondo-lei-before",
    ),
    pytest.param(
        'Mayor Paul Hart toured the site. "We must finish before winter," according to him.',
        "en",
        "Paul Hart",
        "him",
        id="en-according-to-him",
    ),
    pytest.param(
        'Judge Ann Webb read the ruling. According to her, "the file is empty."',
        "en",
        "Ann Webb",
        "her",
        id="en-according-to-her-before",
        # known miss: a fronted "According to her," before the quotation is not
        # read as its attribution (her may be a possessive determiner)
        marks=pytest.mark.xfail(strict=True, reason="fronted 'according to her' unread"),
    ),
]


@pytest.mark.parametrize(("text", "language", "name", "mention"), SOURCE_PRONOUN)
def test_source_pronoun(text: str, language: str, name: str, mention: str) -> None:
    assert _first(text, language) == (name, mention)


# A source preposition governing a thing or a plural names nobody in particular:
# the pronoun stays as written.
SOURCE_PRONOUN_NOT_RESOLVED = [
    pytest.param(
        "Le maire Paul Martin et son adjoint ont visité le chantier. "
        "« Il faut finir avant l'hiver », selon eux.",
        "fr",
        "eux",
        id="fr-selon-eux-plural",
    ),
    pytest.param(
        "Los alcaldes Pablo Gómez y Luis Vera visitaron la obra. "
        "«Hay que terminar pronto», según ellos.",
        "es",
        "ellos",
        id="es-segun-ellos-plural",
    ),
]


@pytest.mark.parametrize(("text", "language", "mention"), SOURCE_PRONOUN_NOT_RESOLVED)
def test_source_pronoun_plural_stays(text: str, language: str, mention: str) -> None:
    name, span = _first(text, language)
    assert span == mention
    assert name == mention
