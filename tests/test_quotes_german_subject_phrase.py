"""German subject phrases that hold a name in marks or a negated adjective.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

* A name in marks may stand inside the subject ("Ein Sprecher der „Nordbank“
  sagte …"): the subject begins before it and ends after its closing mark, the
  verb of saying follows at once, and the name is part of the speaker's phrase,
  no quotation of its own.
* "nicht" negates an attributive adjective or participle inside a noun phrase
  ("ein nicht genannter Sprecher", "ein nicht namentlich genannter Beamter";
  Duden-Grammatik, Negation im attributiven Adjektiv); it opens no clause there.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    out = []
    for q in find_quotes(text, language="de"):
        span = q.speaker_span
        out.append((q.text, text[span.start : span.end] if span is not None else None))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Die Bank wächst. Ein Sprecher der „Nordbank AG“ nannte den Kauf „strategisch "
            "wichtig“.",
            [("strategisch wichtig", "Ein Sprecher der „Nordbank AG“")],
            id="name-in-subject",
        ),
        pytest.param(
            "Die Bank wächst. Eine Sprecherin des Vereins „bürger für bahn“ bezeichnet den Plan "
            "als „völlig verfehlt“.",
            [("völlig verfehlt", "Eine Sprecherin des Vereins „bürger für bahn“")],
            id="lower-case-name-in-subject",
        ),
        pytest.param(
            "Die Bank wächst. Ein nicht namentlich genannter Sprecher sagte: „Wir prüfen den "
            "Fall.“",
            [("Wir prüfen den Fall.", "Ein nicht namentlich genannter Sprecher")],
            id="negated-participle",
        ),
    ],
)
def test_subject_phrase(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _quotes(text) == expected


def test_nicht_after_the_verb_still_ends_the_subject() -> None:
    text = "Die Bank wächst. Der Sprecher sagte nicht, ob der Kauf „sinnvoll“ sei."
    assert _quotes(text) == [("sinnvoll", "Der Sprecher")]
