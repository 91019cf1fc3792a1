"""A whole sentence in marks, in brackets right after a name, is that one's words.

Every case is our own sentence, written from the construction it names (a list
of reactions with each voice's words set off in brackets), not copied from any
corpus.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _mention(text: str, quoted: str, language: str) -> str | None:
    """Return the speaker mention of the quotation that holds ``quoted``."""
    for q in find_quotes(text, language=language):
        if quoted in q.text:
            span = q.speaker_span
            return text[span.start : span.end] if span is not None else None
    raise AssertionError(f"no quotation holds {quoted!r}")


# (text, language, words of the quotation, speaker mention)
BRACKETED = [
    pytest.param(
        "Viele gratulierten, so der Verband, die Trainerin Eva Kern („Ein verdienter Sieg "
        "für die ganze Stadt.“) und der Bürgermeister.",
        "de",
        "verdienter Sieg",
        "Trainerin Eva Kern",
        id="de-title-and-name",
    ),
    pytest.param(
        "Auch Jan Roth („Das hat mich sehr gefreut, ehrlich.“) meldete sich zu Wort.",
        "de",
        "gefreut",
        "Jan Roth",
        id="de-name-subject",
    ),
    pytest.param(
        "Leaders welcomed the deal, among them Ann Lee (“This is a fine day for us.”) and others.",
        "en",
        "fine day",
        "Ann Lee",
        id="en-list-of-reactions",
    ),
]

# (text, language, words of the quotation); no speaker is read from the brackets
NOT_BRACKETED_SPEECH = [
    pytest.param(
        "Sie las den Roman „Der Turm“ („The Tower“) in zwei Tagen.",
        "de",
        "The Tower",
        id="de-translated-title-no-sentence",
    ),
]


@pytest.mark.parametrize(("text", "language", "quoted", "mention"), BRACKETED)
def test_bracketed_after_name(text: str, language: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted, language) == mention


@pytest.mark.parametrize(("text", "language", "quoted"), NOT_BRACKETED_SPEECH)
def test_bracketed_not_speech(text: str, language: str, quoted: str) -> None:
    found = [q for q in find_quotes(text, language=language) if quoted in q.text]
    assert all(q.speaker is None for q in found)


# --- the last voice of a list, before a colon ----------------------------------------

# (text, words of the quotation, speaker mention)
LISTED = [
    pytest.param(
        "Viele lobten das Ergebnis, so die Partei, und die neue Bürgermeisterin Lena Vogt: "
        "„Wir haben gemeinsam viel erreicht.“",
        "gemeinsam",
        "die neue Bürgermeisterin Lena Vogt",
        id="und-after-comma",
    ),
    pytest.param(
        "Es gratulierten der Verband sowie Trainer Max Ott: "
        "„Die Mannschaft hat sich das verdient.“",
        "verdient",
        "Trainer Max Ott",
        id="sowie-title-name",
    ),
]

# (text, words of the quotation, a mention that must not be returned)
NOT_LISTED = [
    pytest.param(
        "Der Sprecher der Partei, Jan Roth, äußerte gegenüber dem Kieler Kurier: "
        "„Wir prüfen den Vorschlag gründlich.“",
        "prüfen",
        "äußerte gegenüber dem Kieler Kurier",
        id="verb-before-the-colon",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), LISTED)
def test_listed_before_colon(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted, "de") == mention


@pytest.mark.parametrize(("text", "quoted", "wrong"), NOT_LISTED)
def test_not_listed(text: str, quoted: str, wrong: str) -> None:
    got = _mention(text, quoted, "de")
    assert got is None or wrong not in got
