"""The answers of a printed interview: "Q: … A: “…”" credits the one interviewed.

Papers print an interview as questions and answers, each opened by a label and a
colon: "Q:"/"A:" in English, "Frage:"/"Antwort:" or "F:"/"A:" in German,
"Question :"/"Réponse :" or "Q :"/"R :" in French, "Pregunta:"/"Respuesta:" or
"P:"/"R:" in Spanish, "Domanda:"/"Risposta:" or "D:"/"R:" in Italian (the
question-and-answer layout of each press).  The introduction names the person
interviewed ("Interview with harbor master Ingrid Solberg", "Entretien avec la
romancière Hélène Vasseur"); an answer label names nobody, so the answer is the
interviewee's, the last full name the text gave before the answer.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc._grammar.order import order_of
from newsdoc.quotes._cues import FULL_NAME, Attribution

__all__ = ["answer_speaker"]

#: The answer labels of the question-and-answer layout, per language (lower case).
ANSWER_LABELS: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "answer"}),
    "de": frozenset({"a", "antwort"}),
    "fr": frozenset({"r", "réponse"}),
    "es": frozenset({"r", "respuesta"}),
    "it": frozenset({"r", "risposta"}),
}
# A label opening its line, then a colon: "A: ", "Antwort: ", "R : ".
_LABEL_LINE = regex.compile(r"[ \t]*+(?P<label>\p{L}{1,9}+)[ \t]*+:[ \t]*+\Z")
# How far back the introduction naming the interviewee is looked for.
_REACH = 800


# How far before a quotation its answer label's line may start ("Antwort: „…").
_LABEL_REACH = 16


def answer_speaker(text: str, quote_start: int, language: str) -> Attribution | None:
    r"""Return the interviewee for a quotation opened right after an answer label, else None.

    Example:
        >>> t = "A talk with the pilot Nora Vance.\n\nQ: Scared?\nA: “Never once.”"
        >>> a = answer_speaker(t, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end]
        'Nora Vance'
    """
    labels = ANSWER_LABELS.get(language)
    # a label is all its line holds before the quotation, so the line starts at most
    # _LABEL_REACH characters back (only so far is looked: a long line costs no more)
    nl = text.rfind("\n", max(0, quote_start - _LABEL_REACH), quote_start)
    if nl < 0 and quote_start >= _LABEL_REACH:
        return None
    line = nl + 1
    m = _LABEL_LINE.match(text, line, quote_start) if labels else None
    if m is None or labels is None or m.group("label").casefold() not in labels:
        return None
    name = None
    for lo, hi in _lines_back(text, max(0, line - _REACH), line):
        if _LABEL_OPENING.match(text, lo, hi) is None:  # not a question's or answer's line
            name = _last_name(text, lo, hi, language)
            if name is not None:
                break
    if name is None:
        return None
    return Attribution(
        speaker_start=name[0],
        speaker_end=name[1],
        cue_start=m.start("label"),
        cue_end=m.end("label"),
        strong=False,
    )


# A line opened by a label and a colon: "Q: …", "Frage: …".
_LABEL_OPENING = regex.compile(r"[ \t]*+\p{L}{1,9}+[ \t]*+:")


def _lines_back(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return the lines of ``text[lo:hi]``, the last first."""
    out = []
    end = hi
    while end > lo:
        start = max(lo, text.rfind("\n", lo, end - 1) + 1)
        out.append((start, end))
        end = start
    return out


def is_answer_label(text: str, start: int, end: int, language: str) -> bool:
    """Return whether ``text[start:end]`` is an answer label set before a colon ("Antwort:").

    Example:
        >>> is_answer_label("Antwort: „Ja.“", 0, 7, "de"), is_answer_label("said a", 5, 6, "en")
        (True, False)
    """
    if start < 0 or text[start:end].strip().casefold() not in ANSWER_LABELS.get(language, ()):
        return False
    return text[end : end + 3].lstrip(" \t").startswith(":")


def _last_name(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the last full name of ``text[lo:hi]``, without a leading common word.

    "Die Schauspielerin Lotte Baumann" gives "Lotte Baumann" where nouns are
    capitalised: a closed-class word or a run longer than a name is cut from the left.
    """
    found = None
    for m in FULL_NAME.finditer(text, lo, hi):
        found = m
    if found is None:
        return None
    start, end = found.span()
    words = found.group().split()
    # (where every noun is capitalised, a title noun may stand before the name:
    # "Bergführerin Anja Kessler" keeps the name's two words)
    most = 2 if order_of(language).nouns_capitalised else 3
    while len(words) > 2 and (closed_class(words[0], language) is not None or len(words) > most):
        start = text.index(words[1], start + len(words[0]))
        words = words[1:]
    if closed_class(words[0], language) is not None:
        return None
    return start, end
