"""German verbs of considering with "für": a characterisation in marks.

"hält den Plan für „unsinnig“" credits the words as "bezeichnet den Plan als
„unsinnig“" does; "für" without such a verb ("der Preis für „Das Boot“",
"kämpft für „saubere Luft“") makes no quotation of a title or a slogan.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from quote_helpers import mention_of

CONSIDERING = [
    pytest.param(
        "Landrätin Eva Kron hält den Neubau für „völlig überteuert“.",
        "überteuert",
        "Landrätin Eva Kron",
        id="haelt-fuer",
    ),
    pytest.param(
        "Der Verband hielt die Regel schon damals für „praxisfern“.",
        "praxisfern",
        "Der Verband",
        id="hielt-fuer-adverbs-between",
    ),
    pytest.param(
        "Das Gericht erachtete die Klage für „offensichtlich unbegründet“.",
        "unbegründet",
        "Das Gericht",
        id="erachtete-fuer",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), CONSIDERING)
def test_verb_of_considering_with_fuer(text: str, quoted: str, mention: str) -> None:
    assert mention_of(text, quoted, "de") == mention


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Der Preis für „Das Boot“ ging nach Berlin.", id="title"),
        pytest.param("Sie wirbt für „saubere Luft“ in der Stadt.", id="slogan"),
    ],
)
def test_fuer_alone_makes_no_quotation(text: str) -> None:
    assert find_quotes(text, language="de") == ()
