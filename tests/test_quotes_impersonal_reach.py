"""A quotation in an impersonal clause, short or after a paragraph break, keeps the speaker before.

Our own sentences.  The "il" of an impersonal verb ("il s'agit de", "il
semblerait que", "il faut") names nobody (Le Bon Usage, on the apparent
subject), so words quoted in its clause go on with the one quoted just before:
also a short scare quote, which otherwise needs a speaker of its own clause, and
also when the clause opens the paragraph after the one that named the speaker.
"Il y a deux ans, …" is a time phrase, not a clause the verb governs the
quotation in: the speaker before does not speak on there.
"""

from __future__ import annotations

import pytest

from newsdoc import find_quotes


def _mentions(text: str) -> list[str | None]:
    """Return the speaker mentions, as written, of the quotations of a French ``text``."""
    return [
        None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
        for q in find_quotes(text, language="fr")
    ]


CARRIED = [
    pytest.param(
        "« Le bâtiment a été évacué dans la nuit », précisait ensuite le communiqué. "
        "Il semblerait qu’« une usine voisine » soit en cause.",
        ["le communiqué", "le communiqué"],
        id="short-quote-il-semblerait",
    ),
    pytest.param(
        "Selon la ministre Claire Roy : « La réforme sera votée avant l’été. »\n\n"
        "Il s’agit de ne « plus attendre l’accord de toutes les régions du pays ».",
        ["la ministre Claire Roy", "la ministre Claire Roy"],
        id="next-paragraph-il-s-agit",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED)
def test_impersonal_clause_keeps_the_speaker_before(text: str, expected: list[str]) -> None:
    assert _mentions(text) == expected


def test_a_time_phrase_is_no_impersonal_clause() -> None:
    text = (
        "« Le pont tiendra », a assuré le maire Paul Girard. "
        "Il y a deux ans, la préfète parlait pourtant de « danger grave »."
    )
    # (the clause's own subject is not found either: no speaker, not the mayor)
    assert _mentions(text)[1] != "le maire Paul Girard"
