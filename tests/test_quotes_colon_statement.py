"""A short whole sentence of direct speech is a quotation.

A colon before quotation marks announces a speaker's words in every language
here, so a quotation opening with a capital there is a statement however few
words it has, and the subject of the clause before the colon says it.  So is a
quotation standing as a sentence of its own, its full stop inside the marks,
after a sentence naming its speaker.  A title after a colon and a gloss in
brackets are no statements.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from quote_helpers import mention_of

STATEMENTS = [
    pytest.param(
        "Léa Roux est furieuse : « C'est honteux. »", "honteux", "fr", "Léa Roux", id="fr"
    ),
    pytest.param(
        "Le maire a exprimé sa colère : « Nous refusons tout. »",
        "refusons",
        "fr",
        "Le maire",
        id="fr-role",
    ),
    pytest.param(
        "Pablo Gil no ocultó su enfado: «Es intolerable».",
        "intolerable",
        "es",
        "Pablo Gil",
        id="es",
    ),
    pytest.param(
        "Carla Neri ha espresso la sua delusione: «Non è giusto».",
        "giusto",
        "it",
        "Carla Neri",
        id="it",
    ),
    pytest.param(
        "Jonas Weber zeigte sich enttäuscht: „Das war schwach.“",
        "schwach",
        "de",
        "Jonas Weber",
        id="de",
    ),
    pytest.param(
        # two of three words capitalised, as German nouns are: a sentence, no title
        "„Es wird eng“, warnte die Leiterin des Hafens, Ida Brandt. „Wir brauchen Boote.“",
        "Boote",
        "de",
        "Ida Brandt",
        id="de-own-sentence-after-named-one",
    ),
    # the headline's way of crediting: one name, a colon, the words
    pytest.param("Nora Lind: „Wir kommen wieder.“", "kommen", "de", "Nora Lind", id="de-headline"),
]

NOT_STATEMENTS = [
    pytest.param("Son nouveau roman : « La Chute ».", "Chute", "fr", id="fr-title"),
    pytest.param(
        "Die Firma (Motto: „Immer sauber“) schweigt zu den Vorwürfen.",
        "sauber",
        "de",
        id="de-gloss-in-brackets",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), STATEMENTS)
def test_short_statement_after_colon(text: str, quoted: str, language: str, mention: str) -> None:
    assert mention_of(text, quoted, language) == mention


@pytest.mark.parametrize(("text", "quoted", "language"), NOT_STATEMENTS)
def test_title_or_gloss_after_colon_has_no_speaker(text: str, quoted: str, language: str) -> None:
    found = [q for q in find_quotes(text, language=language) if quoted in q.text]
    assert all(q.speaker is None for q in found)
