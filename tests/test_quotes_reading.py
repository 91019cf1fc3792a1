"""Reading only as much of a window as a mechanism looks at changes no answer.

Attribution cuts a sentence into words only as far as a mechanism reads it (the
first words of a clause, the sentence after a quotation); these tests check that
the shortened readings give what reading the whole window gives.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc import quotes
from newsdoc._text import Document
from newsdoc.quotes import _cues, _nouns

_PIECES = st.sampled_from(
    [*("a", "Bo", ".", "”", " ", "  ", "“", "-", "'", "’", "\n", ",", "Dr", "5", "U.S", "é")]
)


@settings(max_examples=80, deadline=None)
@given(
    text=st.lists(_PIECES, max_size=80).map("".join),
    lo=st.integers(-5, 90),
    hi=st.integers(-5, 90),
    n=st.integers(0, 12),
)
def test_leading_tokens_are_the_first_tokens_of_the_window(
    text: str, lo: int, hi: int, n: int
) -> None:
    expected = _cues.tokens(text, lo, hi)[:n]
    assert _cues.leading_tokens(text, lo, hi, n) == expected
    with _cues.reading(Document(text=text, language="en")):
        _cues.tokens(text, lo, hi)  # a window read before is cut from its reading
        assert _cues.leading_tokens(text, lo, hi, n) == expected


_FIRST = _cues._SUBJECT_WORDS_READ  # words in the first reading of a clause
_AFTER = _cues._SUBJECT_WORDS_AFTER  # words read after the fillers


@pytest.mark.parametrize(
    ("fillers", "language"),
    [
        pytest.param(0, "en", id="no-filler"),
        pytest.param(3, "en", id="few-fillers"),
        pytest.param(_FIRST - _AFTER, "en", id="last-count-the-first-reading-holds"),
        pytest.param(_FIRST - _AFTER + 1, "en", id="first-count-read-on"),
        pytest.param(_FIRST - 1, "en", id="fillers-up-to-the-first-reading"),
        pytest.param(_FIRST, "en", id="fillers-filling-the-first-reading"),
        pytest.param(3 * _FIRST, "en", id="fillers-past-the-first-reading"),
    ],
)
def test_the_subject_after_any_number_of_fillers(fillers: int, language: str) -> None:
    # more fillers than the first reading holds: the clause is read on to its subject
    text = " ".join(["But", *["so"] * fillers, "the harbour board voted on Monday."])
    found = _cues.subject(text, 0, len(text), language)
    assert found is not None
    assert text[found[0] : found[1]] == "the harbour board"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "«Ci vuole pazienza.» Queste le parole pronunciate da Ada Neri davanti ai giornalisti.",
            "Ada Neri",
            id="it-agent-after-a-participle",
        ),
        pytest.param(
            "« Il faut attendre. » Ce sont les mots prononcés par le maire Paul Roux.",
            "le maire Paul Roux",
            id="fr-agent",
        ),
        pytest.param(
            "«Hay que esperar.» Esas fueron las palabras de la alcaldesa Ana Gil "
            + "en una entrevista larga con una emisora local de la ciudad de Burgos.",
            "la alcaldesa Ana Gil",
            id="es-genitive-in-a-long-sentence",
        ),
    ],
)
def test_a_noun_of_speech_after_the_quotation_names_its_speaker(text: str, speaker: str) -> None:
    language = {"«C": "it", "« ": "fr", "«H": "es"}[text[:2]]
    end = text.index("»") + 1
    found = _nouns.speech_noun_after(text, end, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Ann Lee toured the port. "It works," Lee said.', "Ann Lee", id="surname-to-full-name"
        ),
        pytest.param(
            'Ann Lee and Tom Roe spoke. "No," Roe said. "Yes," Lee said.',
            "Ann Lee",
            id="each-surname-its-own-name",
        ),
        pytest.param(
            '"Ann Lee is wrong," Tom Roe wrote. "Wait," Lee said.',
            "Lee",
            id="a-name-inside-a-quotation-is-no-antecedent",
        ),
    ],
)
def test_a_surname_resolves_to_the_full_name_named_before(text: str, speaker: str) -> None:
    found = quotes.find_quotes(text, language="en")
    assert found[-1].speaker == speaker
