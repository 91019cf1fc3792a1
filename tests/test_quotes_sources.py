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
    ),
]


@pytest.mark.parametrize(("text", "language", "name", "mention"), SOURCE_PRONOUN)
def test_source_pronoun(text: str, language: str, name: str, mention: str) -> None:
    assert _first(text, language) == (name, mention)


# A plural pronoun names nobody in particular and stays as written; a possessive
# before a noun opens a phrase that is the speaker as written.
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
    pytest.param(
        'Judge Ann Webb read the ruling. "The file is empty," according to her lawyer.',
        "en",
        "her lawyer",
        id="en-her-as-determiner",
    ),
]


@pytest.mark.parametrize(("text", "language", "mention"), SOURCE_PRONOUN_NOT_RESOLVED)
def test_source_pronoun_plural_stays(text: str, language: str, mention: str) -> None:
    name, span = _first(text, language)
    assert span == mention
    assert name == mention


# --- a text as the source: impersonal subject, verb of reading or writing -------------

# (text, language, speaker mention)
READING = [
    # French: "on" inverted in the incise, any tense, with "-t-" after a vowel
    pytest.param(
        "« Le site ferme », peut-on lire dans la lettre.", "fr", "la lettre", id="fr-peut-on"
    ),
    pytest.param(
        "« Le site ferme », pouvait-on lire dans ce courrier.",
        "fr",
        "ce courrier",
        id="fr-pouvait-on",
    ),
    pytest.param("« Le site ferme », lit-on dans le rapport.", "fr", "le rapport", id="fr-lit-on"),
    pytest.param("« Le site ferme », lisait-on dans la note.", "fr", "la note", id="fr-lisait-on"),
    pytest.param(
        "« Le site ferme », pourra-t-on lire dans l'avis.", "fr", "l'avis", id="fr-pourra-t-on"
    ),
    pytest.param(
        "« Le site ferme », écrit-on dans le bulletin.", "fr", "le bulletin", id="fr-ecrit-on"
    ),
    pytest.param(
        "« Le site ferme », est-il écrit dans le texte.", "fr", "le texte", id="fr-est-il-ecrit"
    ),
    pytest.param(
        "« Le site ferme », était-il précisé dans la circulaire.",
        "fr",
        "la circulaire",
        id="fr-etait-il-precise",
    ),
    pytest.param(
        "« Le site ferme », comme on peut le lire dans la lettre.",
        "fr",
        "la lettre",
        id="fr-comme-on-peut-le-lire",
    ),
    pytest.param(
        "« Le site ferme » (en anglais), lit-on dans la lettre.",
        "fr",
        "la lettre",
        id="fr-gloss-in-brackets",
    ),
    # Spanish: pasiva refleja with "se", or "se" enclitic on the infinitive
    pytest.param("«La planta cierra», se lee en la carta.", "es", "la carta", id="es-se-lee"),
    pytest.param("«La planta cierra», se leía en el aviso.", "es", "el aviso", id="es-se-leia"),
    pytest.param(
        "«La planta cierra», puede leerse en el informe.", "es", "el informe", id="es-puede-leerse"
    ),
    pytest.param(
        "«La planta cierra», podía leerse en la nota.", "es", "la nota", id="es-podia-leerse"
    ),
    pytest.param(
        "«La planta cierra», se puede leer en el texto.", "es", "el texto", id="es-se-puede-leer"
    ),
    pytest.param(
        "«La planta cierra», está escrito en el acta.", "es", "el acta", id="es-esta-escrito"
    ),
    pytest.param(
        "«La planta cierra», como se lee en la carta.", "es", "la carta", id="es-como-se-lee"
    ),
    pytest.param(
        "«La planta cierra», se señala en el documento.", "es", "el documento", id="es-se-senala"
    ),
    # Italian: si passivante, "si" enclitic on the infinitive, passive of "scrivere"
    pytest.param(
        "«Lo stabilimento chiude», si legge nella lettera.", "it", "lettera", id="it-si-legge"
    ),
    pytest.param(
        "«Lo stabilimento chiude», si leggeva nel rapporto.", "it", "rapporto", id="it-si-leggeva"
    ),
    pytest.param(
        "«Lo stabilimento chiude», può leggersi nel testo.", "it", "testo", id="it-puo-leggersi"
    ),
    pytest.param(
        "«Lo stabilimento chiude», si può leggere sul sito.", "it", "sito", id="it-si-puo-leggere"
    ),
    pytest.param(
        "«Lo stabilimento chiude», è scritto nella nota.", "it", "nota", id="it-e-scritto"
    ),
    pytest.param(
        "«Lo stabilimento chiude», era scritta nell’avviso.", "it", "avviso", id="it-elided"
    ),
    pytest.param(
        "«Lo stabilimento chiude», come si legge nel verbale.", "it", "verbale", id="it-come"
    ),
    pytest.param(
        "«Lo stabilimento chiude», si afferma nel comunicato.", "it", "comunicato", id="it-afferma"
    ),
    # English: the text is the subject of "reads", before or after the verb
    pytest.param('"The plant closes," the letter reads.', "en", "the letter", id="en-reads-after"),
    pytest.param('"The plant closes," reads the notice.', "en", "the notice", id="en-reads-before"),
]


@pytest.mark.parametrize(("text", "language", "mention"), READING)
def test_reading_source(text: str, language: str, mention: str) -> None:
    assert _first(text, language)[1] == mention


# Verbs of reading without a quotation before them give nothing.
NOT_READING = [
    pytest.param("Le soir, on peut lire le journal au café.", "fr", id="fr-no-quotation"),
    pytest.param("El texto se lee bien y rápido.", "es", id="es-se-lee-bien"),
    pytest.param("Il libro si legge in fretta.", "it", id="it-si-legge-in-fretta"),
]


@pytest.mark.parametrize(("text", "language"), NOT_READING)
def test_reading_without_quotation(text: str, language: str) -> None:
    assert find_quotes(text, language=language) == ()


# (text, language, speaker mention): the construction does not fire when no
# locative preposition follows or a person is the subject of the verb of writing
READING_NOT_SOURCE = [
    pytest.param(
        "« Le site ferme », a écrit Paul Martin dans sa lettre.",
        "fr",
        "Paul Martin",
        id="fr-named-writer",
    ),
    pytest.param(
        "«Lo stabilimento chiude», ha scritto Marco Ferri nella lettera.",
        "it",
        "Marco Ferri",
        id="it-named-writer",
    ),
    pytest.param(
        "«La planta cierra», se lee bien, dijo Pablo Gómez.",
        "es",
        "Pablo Gómez",
        id="es-se-lee-bien",
    ),
]


@pytest.mark.parametrize(("text", "language", "mention"), READING_NOT_SOURCE)
def test_reading_not_source(text: str, language: str, mention: str) -> None:
    assert _first(text, language)[1] == mention
