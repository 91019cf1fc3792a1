"""The subject pronoun that repeats the speaker in the clause holding a French quotation.

Our own sentences.  "La romancière ne cache pas qu'elle voudrait « … »": the
words belong to the completive clause, whose subject "elle" stands for the
novelist; so does "; il présente les comptes : « … »" after a semicolon.
The pronoun credits the quotation and the name before stays the speaker.  Not
taken: a pronoun of another gender or number, the "il" of an impersonal verb,
a pronoun beyond a sentence end, and a clause whose verb of saying already has
its subject ("Le maire a annoncé qu'il … « … »": the mayor, by that verb).
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _last(text: str) -> tuple[str | None, str | None]:
    """Return the mention as written and the speaker of the last quotation of a French ``text``."""
    q = find_quotes(text, language="fr")[-1]
    mention = None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
    return mention, q.speaker


PRONOUN = [
    pytest.param(
        "La romancière Léa Morin ne cache pas qu’elle voudrait "
        "« que chacun respecte le choix des autres ».",
        ("elle", "Léa Morin"),
        id="completive-clause",
    ),
    pytest.param(
        "Le ministre Paul Girard prépare son budget ; il présente les comptes "
        "de l’année écoulée : « Une baisse de dix pour cent en un an. »",
        ("il", "Paul Girard"),
        id="after-a-semicolon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN)
def test_the_pronoun_of_the_clause_credits_the_quotation(
    text: str, expected: tuple[str, str]
) -> None:
    mention, speaker = _last(text)
    assert mention == expected[0]
    assert speaker is not None
    assert expected[1] in speaker


KEPT = [
    pytest.param(
        "La romancière Léa Morin ne cache pas qu’il fallait « que chacun respecte "
        "le choix des autres ».",
        "La romancière Léa Morin",
        id="impersonal-il",
    ),
    pytest.param(
        "La romancière Léa Morin ne cache pas qu’ils voudraient "
        "« que chacun respecte le choix des autres ».",
        "La romancière Léa Morin",
        id="number-disagrees",
    ),
    pytest.param(
        "Le maire Paul Girard a annoncé qu’il voulait « rebâtir le pont avant l’hiver ».",
        "Le maire Paul Girard",
        id="subject-of-the-verb-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_the_subject_named_before_stays(text: str, expected: str) -> None:
    assert _last(text)[0] == expected
