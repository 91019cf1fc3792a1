"""The closed-class tables of newsdoc._grammar. Word tables written by us from grammar."""

from __future__ import annotations

import pytest

from newsdoc._grammar import (
    CLASSES,
    PronounFeatures,
    closed_class,
    grammar,
    is_closed_class,
    normalise,
)
from newsdoc.languages import SUPPORTED_LANGUAGES

# (language, word, class): one or more words of every class in every language.
CLOSED = [
    # English
    ("en", "the", "determiner"),
    ("en", "Those", "determiner"),
    ("en", "she", "pronoun"),
    ("en", "themselves", "pronoun"),
    ("en", "through", "preposition"),
    ("en", "Despite", "preposition"),
    ("en", "because", "conjunction"),
    ("en", "whereas", "conjunction"),
    ("en", "has", "auxiliary"),
    ("en", "wouldn't", "auxiliary"),
    ("en", "However", "adverb"),
    ("en", "reportedly", "adverb"),
    ("en", "yesterday", "time"),
    ("en", "Thursday", "time"),
    ("en", "September", "time"),
    # German
    ("de", "des", "determiner"),
    ("de", "Ihre", "determiner"),
    ("de", "sie", "pronoun"),
    ("de", "jemandem", "pronoun"),
    ("de", "zwischen", "preposition"),
    ("de", "zum", "preposition"),
    ("de", "ins", "preposition"),
    ("de", "beim", "preposition"),
    ("de", "obwohl", "conjunction"),
    ("de", "dass", "conjunction"),
    ("de", "wurde", "auxiliary"),
    ("de", "müssten", "auxiliary"),
    ("de", "allerdings", "adverb"),
    ("de", "darüber", "adverb"),
    ("de", "gestern", "time"),
    ("de", "Donnerstag", "time"),
    ("de", "März", "time"),
    # French
    ("fr", "les", "determiner"),
    ("fr", "l’", "determiner"),
    ("fr", "cette", "determiner"),
    ("fr", "elles", "pronoun"),
    ("fr", "lesquels", "pronoun"),
    ("fr", "parmi", "preposition"),
    ("fr", "au", "preposition"),
    ("fr", "aux", "preposition"),
    ("fr", "lorsque", "conjunction"),
    ("fr", "puisqu’", "conjunction"),
    ("fr", "avait", "auxiliary"),
    ("fr", "pourraient", "auxiliary"),
    ("fr", "néanmoins", "adverb"),
    ("fr", "désormais", "adverb"),
    ("fr", "hier", "time"),
    ("fr", "mercredi", "time"),
    ("fr", "août", "time"),
    # Spanish
    ("es", "los", "determiner"),
    ("es", "aquellas", "determiner"),
    ("es", "ellos", "pronoun"),
    ("es", "nadie", "pronoun"),
    ("es", "según", "preposition"),
    ("es", "al", "preposition"),
    ("es", "del", "preposition"),
    ("es", "aunque", "conjunction"),
    ("es", "sino", "conjunction"),
    ("es", "habían", "auxiliary"),
    ("es", "deberá", "auxiliary"),
    ("es", "además", "adverb"),
    ("es", "todavía", "adverb"),
    ("es", "ayer", "time"),
    ("es", "miércoles", "time"),
    ("es", "octubre", "time"),
    # Italian
    ("it", "gli", "determiner"),
    ("it", "quest’", "determiner"),
    ("it", "lei", "pronoun"),
    ("it", "chiunque", "pronoun"),
    ("it", "della", "preposition"),
    ("it", "dell’", "preposition"),
    ("it", "negli", "preposition"),
    ("it", "sull’", "preposition"),
    ("it", "affinché", "conjunction"),
    ("it", "sebbene", "conjunction"),
    ("it", "avevano", "auxiliary"),
    ("it", "potrebbe", "auxiliary"),
    ("it", "tuttavia", "adverb"),
    ("it", "ieri", "time"),
    ("it", "venerdì", "time"),
    ("it", "giugno", "time"),
]


@pytest.mark.parametrize(
    ("language", "word", "expected"), CLOSED, ids=[f"{lang}-{w}" for lang, w, _ in CLOSED]
)
def test_closed_class_words(language: str, word: str, expected: str) -> None:
    assert closed_class(word, language) == expected
    assert is_closed_class(word, language)


# Nouns, names, verbs of saying and titles: what a speaker is made of.
OPEN = [
    ("en", "senator"),
    ("en", "police"),
    ("en", "said"),
    ("en", "Reuters"),
    ("de", "Kanzlerin"),
    ("de", "Polizei"),
    ("de", "sagte"),
    ("de", "Sprecher"),
    ("fr", "ministre"),
    ("fr", "gouvernement"),
    ("fr", "déclaré"),
    ("fr", "maire"),
    ("es", "presidente"),
    ("es", "policía"),
    ("es", "dijo"),
    ("es", "portavoz"),
    ("it", "sindaco"),
    ("it", "governo"),
    ("it", "detto"),
    ("it", "Stato"),
]


@pytest.mark.parametrize(("language", "word"), OPEN, ids=[f"{lang}-{w}" for lang, w in OPEN])
def test_open_class_words_are_not_closed(language: str, word: str) -> None:
    assert closed_class(word, language) is None
    assert not is_closed_class(word, language)


CONTRACTIONS = [
    ("de", "zum", ("zu", "dem")),
    ("de", "zur", ("zu", "der")),
    ("de", "im", ("in", "dem")),
    ("de", "vom", ("von", "dem")),
    ("fr", "au", ("à", "le")),
    ("fr", "des", ("de", "les")),
    ("fr", "duquel", ("de", "lequel")),
    ("es", "al", ("a", "el")),
    ("es", "del", ("de", "el")),
    ("it", "della", ("di", "la")),
    ("it", "dell'", ("di", "l'")),
    ("it", "agli", ("a", "gli")),
    ("it", "nello", ("in", "lo")),
    ("it", "sui", ("su", "i")),
    ("it", "dal", ("da", "il")),
]


@pytest.mark.parametrize(
    ("language", "form", "parts"), CONTRACTIONS, ids=[f"{c[0]}-{c[1]}" for c in CONTRACTIONS]
)
def test_contractions_split_into_preposition_and_article(
    language: str, form: str, parts: tuple[str, str]
) -> None:
    g = grammar(language)
    assert g.contractions[form] == parts
    assert form in g.prepositions
    assert parts[0] in g.prepositions


FEATURES = [
    ("en", "she", PronounFeatures(person=3, number="sg", gender="f")),
    ("en", "we", PronounFeatures(person=1, number="pl", gender=None)),
    ("de", "er", PronounFeatures(person=3, number="sg", gender="m")),
    ("fr", "ils", PronounFeatures(person=3, number="pl", gender="m")),
    ("fr", "elle", PronounFeatures(person=3, number="sg", gender="f")),
    ("es", "ellas", PronounFeatures(person=3, number="pl", gender="f")),
    ("es", "usted", PronounFeatures(person=2, number="sg", gender=None)),
    ("it", "lui", PronounFeatures(person=3, number="sg", gender="m")),
    ("it", "noi", PronounFeatures(person=1, number="pl", gender=None)),
]


@pytest.mark.parametrize(
    ("language", "word", "features"), FEATURES, ids=[f"{f[0]}-{f[1]}" for f in FEATURES]
)
def test_pronoun_features(language: str, word: str, features: PronounFeatures) -> None:
    assert grammar(language).features(word) == features


def test_features_of_an_unlisted_word_are_none() -> None:
    assert grammar("fr").features("ministre") is None


MODALS = [("en", "might"), ("de", "sollte"), ("fr", "doit"), ("es", "puede"), ("it", "deve")]


@pytest.mark.parametrize(("language", "word"), MODALS, ids=[m[0] for m in MODALS])
def test_modals_are_auxiliaries(language: str, word: str) -> None:
    g = grammar(language)
    assert word in g.modals
    assert word in g.auxiliaries


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_class_is_filled_and_folded(language: str) -> None:
    g = grammar(language)
    for name in CLASSES[:-1]:  # German has no spaCy numeral list
        assert g.table(name), name
    for name in CLASSES:
        for word in g.table(name):
            assert word == normalise(word)
            assert g.closed_class(word) == name


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_grammar_is_built_once_and_read_only(language: str) -> None:
    g = grammar(language)
    assert grammar(language) is g
    with pytest.raises(TypeError):
        g.contractions["x"] = ("a", "b")  # type: ignore[index]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("L’", "l'"), ("DELL’", "dell'"), ("Straße", "strasse"), ("qu‘", "qu'")],
    ids=["curly", "upper", "sharp-s", "left-quote"],
)
def test_normalise(word: str, expected: str) -> None:
    assert normalise(word) == expected


def test_unknown_language_raises() -> None:
    with pytest.raises(ValueError, match="no grammar"):
        grammar("pt")
