"""A noun of speech whose owner is a role with no name: "Palabras de la ministra:".

The verbless introduction of a noun of speech and its genitive credits the
owner of the words; the owner may be a noun of person or of office with no
name ("la ministra", "del ministro", the article inside the preposition), never
the noun of speech itself ("Palabras", "Parole").  A quotation may be the
subject of a copula whose complement is such a noun ("«…» è il commento del
sindacato").
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of


@pytest.mark.parametrize(
    ("text", "quoted", "language", "mention"),
    [
        pytest.param(
            "Palabras de la ministra: «Vamos a cumplir los plazos».",
            "plazos",
            "es",
            "la ministra",
            id="es-palabras-de",
        ),
        pytest.param(
            "Parole del ministro: «Andremo avanti comunque».",
            "avanti",
            "it",
            "ministro",
            id="it-parole-del",
        ),
        pytest.param(
            "Durissima la frase del sindaco: «Qui nessuno è al sicuro».",
            "nessuno",
            "it",
            "sindaco",
            id="it-adjective-first",
        ),
        pytest.param(
            "Les mots de la présidente : « Nous ne reculerons pas. »",
            "reculerons",
            "fr",
            "la présidente",
            id="fr-les-mots-de",
        ),
        pytest.param(
            "“Rates will stay put.” Those were the words of the bank’s governor, Omar Diaz.",
            "Rates",
            "en",
            "the bank’s governor, Omar Diaz",
            id="en-role-in-apposition",
        ),
        # the quotation as the subject of a copula: "«…» è il commento di X"
        pytest.param(
            "«Inaccettabile e offensivo per tutti noi» è il commento del sindacato.",
            "offensivo",
            "it",
            "sindacato",
            id="it-copula-body",
        ),
        pytest.param(
            "« Jamais, tant que je serai là » est la réponse du maire.",
            "Jamais",
            "fr",
            "maire",
            id="fr-copula-role",
        ),
    ],
)
def test_owner_of_the_words_is_a_role(text: str, quoted: str, language: str, mention: str) -> None:
    assert mention_of(text, quoted, language) == mention
