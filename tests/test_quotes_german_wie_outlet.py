"""German "Wie „Outlet“ berichtet, …": a title in marks reporting is the outlet, not a quotation.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

A clause opened by "wie" whose subject is a title in marks and whose verb of
saying follows it at once ("Wie „Radio Nord“ berichtet,") names the outlet that
reports the rest of the sentence; the title is its name, and a quotation later
in the sentence is the outlet's unless another cue names a speaker.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        pytest.param(
            "Das Wasser steigt weiter. Wie „Radio Nord“ berichtet, seien viele Straßen "
            "„völlig überflutet“.",
            "völlig überflutet",
            "„Radio Nord“",
            id="title-outlet",
        ),
        pytest.param(
            "Das Wasser steigt weiter. Wie „blitz online“ meldet, stehen ganze Dörfer "
            "„unter Wasser“.",
            "unter Wasser",
            "„blitz online“",
            id="lower-case-outlet",
        ),
        pytest.param(
            "Das Wasser steigt weiter. Wie „Radio Nord“ berichtet, sagte der Landrat: "
            "„Wir evakuieren drei Dörfer.“",
            "drei Dörfer",
            "der Landrat",
            id="a-cue-after-the-comma-names-the-speaker",
        ),
    ],
)
def test_wie_outlet_in_marks(text: str, quoted: str, mention: str) -> None:
    quotes = find_quotes(text, language="de")
    # the outlet's title is no quotation of its own
    assert [q.text for q in quotes] == [next(q.text for q in quotes if quoted in q.text)]
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == mention
