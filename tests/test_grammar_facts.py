"""The word-order and orthography facts each language declares (``grammar(lang).order``).

Quote attribution asks these facts instead of branching on a language code; the
table says which language has which property, from the grammars named in
``newsdoc._grammar.order``.
"""

from __future__ import annotations

import attrs
import pytest

from newsdoc._grammar import grammar
from newsdoc._grammar.order import WordOrder, order_of, word_order

LANGUAGES = ("en", "de", "fr", "es", "it")

# the boolean facts, and the languages that have each one
FACTS = {
    "nouns_capitalised": {"de"},
    "verb_second": {"de"},
    "verb_final_subordinates": {"de"},
    "so_introduces_source": {"de"},
    "reported_subjunctive": {"de"},
    "inverted_incise": {"fr", "es", "it"},
    "incise_inside_quotation": {"fr", "es", "it"},
    "inverted_incise_clitic": {"fr"},
    "null_subjects": {"es", "it"},
    "bare_apposition": {"fr", "es", "it"},
    "gerund_distinct": {"es", "it"},
    "dialogue_dash": {"es"},
}

TABLE = [
    pytest.param(language, fact, language in having, id=f"{language}-{fact}")
    for fact, having in FACTS.items()
    for language in LANGUAGES
]


@pytest.mark.parametrize(("language", "fact", "value"), TABLE)
def test_fact(language: str, fact: str, value: bool) -> None:
    assert getattr(grammar(language).order, fact) is value


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_record(language: str) -> None:
    order = grammar(language).order
    assert isinstance(order, WordOrder)
    assert order.language == language
    assert order is order_of(language)


def test_table_names_every_boolean_fact() -> None:
    booleans = {f.name for f in attrs.fields(WordOrder) if f.type in (bool, "bool")}
    assert booleans == set(FACTS)


@pytest.mark.parametrize(
    ("language", "romance"),
    [
        pytest.param("en", False, id="en"),
        pytest.param("de", False, id="de"),
        pytest.param("fr", True, id="fr"),
        pytest.param("es", True, id="es"),
        pytest.param("it", True, id="it"),
    ],
)
def test_word_order_only_where_the_romance_incise_holds(language: str, romance: bool) -> None:
    # the clause mechanisms read `word_order`; it is the same record or None
    assert (word_order(language) is order_of(language)) is romance
    assert (word_order(language) is None) is not romance


def test_unsupported_language_has_a_neutral_record() -> None:
    neutral = order_of("nl")
    assert not any(getattr(neutral, fact) for fact in FACTS)
