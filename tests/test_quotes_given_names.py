"""A pronoun agrees with the sex a given name shows, and takes up one of two people named together.

"he" never stands for "Martha Quint", "she" never for "Paul Roe"; past a
person of the other sex, only a mention that shows the pronoun's gender is
taken (a place or a body further back is no antecedent of "she").  A lone
surname shows nothing, nor does a name borne by both sexes, and a name's sex
may depend on the language ("Andrea" is a man in Italian copy).
"""

from __future__ import annotations

import pytest

from newsdoc._lexicon.given_names import BY_LANGUAGE, SHARED, given_name_gender
from quote_helpers import speaker_of

RESOLVED = [
    pytest.param(
        "Martha Quint chaired the hearing and Paul Roe gave evidence. "
        "“The records were never kept,” she said.",
        "never kept",
        "Martha Quint",
        "en",
        id="en-she-past-a-man",
    ),
    pytest.param(
        "Paul Roe spoke after Martha Quint had left the stand. "
        "“I saw nothing that night,” he said.",
        "saw nothing",
        "Paul Roe",
        "en",
        id="en-he-past-a-woman",
    ),
    pytest.param(
        "Sen. Charles E. Whitlow questioned Susan Ardley for an hour. "
        "“We need the full file,” he said.",
        "full file",
        "Charles E. Whitlow",
        "en",
        id="en-initial-between-names",
    ),
    pytest.param(
        "Giulia Ferri ha incontrato Marco Sala in prefettura. "
        "«Serve un piano per l’inverno», ha detto lui.",
        "Serve un piano",
        "Marco Sala",
        "it",
        id="it-lui-past-a-woman",
    ),
    pytest.param(
        "Andrea Conti e la sindaca Laura Bassi hanno visitato il cantiere. "
        "«I lavori finiranno in primavera», ha assicurato lui.",
        "finiranno",
        "Andrea Conti",
        "it",
        id="it-andrea-is-a-man",
    ),
    pytest.param(
        "Hélène Morel a reçu Julien Vasseur à la mairie. « Rien n’est décidé », a-t-elle précisé.",
        "Rien n",
        "Hélène Morel",
        "fr",
        id="fr-elle-past-a-man",
    ),
    pytest.param(
        "Tobias Lenz und Katrin Vogt führen den Hof gemeinsam. "
        "„Die Preise decken kaum die Kosten“, sagt er.",
        "decken kaum",
        "Tobias Lenz",
        "de",
        id="de-one-of-two-named-together",
    ),
    pytest.param(
        "Paul Jennings and his sister Martha Jennings run the shop. "
        "“We open at six every day,” she said.",
        "open at six",
        "Martha Jennings",
        "en",
        id="en-one-of-a-pair",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "want", "language"), RESOLVED)
def test_pronoun_takes_the_agreeing_name(text: str, quoted: str, want: str, language: str) -> None:
    assert speaker_of(text, quoted, language) == want


UNRESOLVED = [
    pytest.param(
        "Paul Roe spoke in Springfield on Monday. “The plan is sound,” she said.",
        "plan is sound",
        "en",
        id="en-she-no-woman-named",
    ),
    pytest.param(
        "Tom Keller met the Harbor Board in Newport. “We will wait,” she said.",
        "will wait",
        "en",
        id="en-she-not-a-body-past-a-man",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "language"), UNRESOLVED)
def test_pronoun_abstains_past_the_other_sex(text: str, quoted: str, language: str) -> None:
    speaker = speaker_of(text, quoted, language)
    assert speaker is None or speaker.lower() == "she"


GENDERS = [
    pytest.param("Martha", "en", "f", id="martha"),
    pytest.param("Paul", "fr", "m", id="paul"),
    pytest.param("Andrea", "it", "m", id="andrea-it"),
    pytest.param("Andrea", "de", "f", id="andrea-de"),
    pytest.param("Simone", "fr", "f", id="simone-fr"),
    pytest.param("Simone", "it", "m", id="simone-it"),
    pytest.param("Jean", "fr", "m", id="jean-fr"),
    pytest.param("Jean", "en", None, id="jean-en-both"),
    pytest.param("Alex", "en", None, id="alex-both"),
    pytest.param("Dominique", "fr", None, id="dominique-both"),
    pytest.param("Springfield", "en", None, id="not-a-name"),
]


@pytest.mark.parametrize(("name", "language", "gender"), GENDERS)
def test_given_name_gender(name: str, language: str, gender: str | None) -> None:
    assert given_name_gender(name, language) == gender


def test_tables_hold_one_sex_per_name() -> None:
    for table in (SHARED, *BY_LANGUAGE.values()):
        assert set(table.values()) <= {"m", "f"}
        assert all(name == name.lower() and " " not in name for name in table)
    # a name whose sex depends on the language is not in the shared table
    for table in BY_LANGUAGE.values():
        assert not table.keys() & SHARED.keys()
