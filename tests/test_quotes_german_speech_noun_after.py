"""German sentences that point back at a quotation with a noun of speech and its owner.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

"„…“ Das sind die Worte des Ministers.": a demonstrative, a copula and a noun of
speech point back at the quotation, and the noun's genitive owner speaks.
German marks the genitive by its article ("des Ministers", "einer Studie"; Duden-
Grammatik, Deklination), not by a preposition as "les mots du ministre" does,
and a role noun in the genitive takes its ending ("Ministers", "Präsidenten").
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "„Wir geben nicht auf.“ Das waren die Worte der Kapitänin Lea Brandt.",
            "der Kapitänin Lea Brandt",
            id="feminine-genitive-name",
        ),
        pytest.param(
            "„Die Mieten steigen weiter.“ Das ist die deutlichste Warnung einer Forscherin, die "
            "heute sprach.",
            "einer Forscherin",
            id="adjective-before-noun-indefinite",
        ),
        pytest.param(
            "„Die Mieten steigen weiter.“ Das war die Warnung des Präsidenten am Abend.",
            "des Präsidenten",
            id="weak-noun-genitive-en",
        ),
    ],
)
def test_noun_of_speech_after_names_its_owner(text: str, mention: str) -> None:
    (quote,) = find_quotes(text, language="de")
    span = quote.speaker_span
    assert span is not None
    assert text[span.start : span.end] == mention


def test_genitive_of_a_thing_names_no_one() -> None:
    text = "„Die Mieten steigen weiter.“ Das sind die Worte des Jahres."
    (quote,) = find_quotes(text, language="de")
    assert quote.speaker_span is None
