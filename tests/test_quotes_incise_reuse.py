"""An incise read with the attribution found before it gives what `better_incise` keeps.

`incise_after` given ``found`` stops reading where its reading could not replace
``found``; the choice `better_incise` makes must be the same either way.  The
word-before check of a quotation opening after a determiner skips its search only
where no word can stand before the mark.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes._clause import _quoted_noun, better_incise, incise_after
from newsdoc.quotes._cues import attribute_after

# Invented sentences: a quotation, then an incise whose verb and subject may or may
# not be those the cue reader finds.
INCISES = [
    pytest.param("«Nous tiendrons», a déclaré Lou Morel.", "fr", id="fr-same-cue"),
    pytest.param(
        "«Nous tiendrons», a écrit sur son blog la maire de Brest.", "fr", id="fr-past-phrase"
    ),
    pytest.param("«Non», répond la ministre, agacée.", "fr", id="fr-simple-verb"),
    pytest.param("«Sí», dijo ayer el alcalde.", "es", id="es-time-word"),
    pytest.param("«Basta», ha detto il sindaco di Pisa.", "it", id="it-auxiliary"),
    pytest.param("«Oui», une réponse courte.", "fr", id="fr-no-verb"),
    pytest.param("«Jamais», a-t-elle ajouté.", "fr", id="fr-inverted-pronoun"),
    pytest.param("«Va bene», commenta Rossi, poi se ne va.", "it", id="it-goes-on"),
]


@pytest.mark.parametrize(("text", "language"), INCISES)
def test_incise_with_found_keeps_the_same_choice(text: str, language: str) -> None:
    close = max(text.index("»"), 0) + 1
    found = attribute_after(text, close, len(text), language)
    full = better_incise(found, incise_after(text, 0, close, len(text), language))
    reused = better_incise(found, incise_after(text, 0, close, len(text), language, found))
    assert reused == full


QUOTED_NOUNS = [
    pytest.param("Su género, el «shock rock», combina", "es", True, id="es-article"),
    pytest.param("Dijo el\n«shock rock» combina", "es", True, id="es-article-line-break"),
    pytest.param("Ella dijo. «Basta»", "es", False, id="es-full-stop"),
    pytest.param("(«Basta»", "es", False, id="es-bracket"),
    pytest.param("Elle a parlé de l’«affaire»", "fr", True, id="fr-elided-article"),
    pytest.param("«Basta»", "es", False, id="es-text-start"),
    pytest.param("                         «Basta»", "es", False, id="es-spaces-only"),
]


@pytest.mark.parametrize(("text", "language", "expected"), QUOTED_NOUNS)
def test_quoted_noun(text: str, language: str, expected: bool) -> None:
    assert _quoted_noun(text, text.index("«"), language) is expected
