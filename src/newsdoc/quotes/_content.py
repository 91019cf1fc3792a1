"""The owner of a German noun of saying whose content clause holds a quotation.

A noun of saying takes what was said as a content clause (Duden-Grammatik,
"Inhaltssätze" as attributes of nouns: "der Vorwurf, dass …", "die
Behauptung, es gebe …"), and its genitive attribute or its "von" phrase names
who said it: "Auf den Vorwurf der Opposition, es handele sich um einen
„Irrweg“, antwortete die Ministerin …" -- the opposition, not the minister,
called it so; "Der Minister wies Berichte von Kritikern zurück, er habe „Akten
vernichtet“" -- the critics; "Von der Polizei kam die Warnung, es drohe „…“" --
the police, its "von" phrase fronted before "kommen".  The clause is reported
speech: it opens with "dass" or holds a verb in the subjunctive (Konjunktiv I or II).

Only a noun with its owner written after it is read; a noun with no owner
("Auf den Vorwurf, …") names nobody, and the quotation is left to the other
readings.  The nouns are the nominalisations of the German verbs of saying,
:data:`~newsdoc._lexicon.speech_nouns.GERMAN_CONTENT_NOUNS`.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newsdoc._lexicon.cues import SUBJUNCTIVES
from newsdoc._lexicon.grammar import GERMAN_INFLECTION_ENDINGS
from newsdoc._lexicon.speech_nouns import GERMAN_CONTENT_NOUNS
from newsdoc.quotes._cues import Attribution, sentence_end, tokens

__all__ = ["content_clause_owner"]

# How far back (characters) from the quotation the noun is looked for.
_REACH = 240
# How many words the owner may hold ("der satirischen Wochenzeitung Kurier").
_OWNER_WORDS = 6
# How many lower-case words may close the main clause between the owner and the
# comma: a verb particle or participle ("wies … zurück", "hat … zurückgewiesen").
_CLOSING_WORDS = 2
# Articles and prepositions that open the owner of a noun: "der Vorwurf der
# Opposition", "des Ministers", "von Kritikern", "vom Verband".
_GENITIVE = frozenset({"der", "des"})
_VON = frozenset({"von", "vom"})
# The nouns of saying that take a content clause, per language: only German has
# an entry (its words above and below are German), so no other language is read.
_CONTENT_NOUNS: Mapping[str, frozenset[str]] = {"de": GERMAN_CONTENT_NOUNS}
# What no content clause spans between its comma and the quotation: another
# clause boundary, a sentence end, a quotation mark.
_BREAK = regex.compile(r"[,;:()\"“”„«»]|[.!?](?=\s)")
# The comma that opens a content clause: ", es handele", ", dass sie".
_COMMA = regex.compile(r",\s*+")


def content_clause_owner(text: str, lo: int, at: int, language: str) -> Attribution | None:
    """Return the owner of the noun of saying whose content clause holds ``at``.

    ``text[lo:at]`` runs from the start of the sentence to the opening mark.
    The owner is returned as written, with its article ("der Opposition"), or
    after "von"; the cue is the noun.  None when no such clause holds the
    quotation.

    Example:
        >>> t = "Auf den Vorwurf der Opposition, es handele sich um einen „Irrweg“, schwieg er."
        >>> a = content_clause_owner(t, 0, t.index("„"), "de")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('der Opposition', 'Vorwurf')
        >>> t = "Die Ministerin sagte, es handele sich um einen „Irrweg“."
        >>> content_clause_owner(t, 0, t.index("„"), "de") is None
        True
    """
    if language not in _CONTENT_NOUNS:
        return None
    start = max(lo, at - _REACH)
    comma = text.rfind(",", start, at)
    if comma < 0 or _BREAK.search(text, comma + 1, at) is not None:
        return None
    opened = _COMMA.match(text, comma)
    clause = tokens(text, comma + 1, sentence_end(text, at, min(len(text), at + _REACH)))
    if opened is None or not clause or not _reported(clause):
        return None
    before = tokens(text, start, comma)
    return _owner(text, before, comma) or _fronted_owner(text, before)


# Verbs that present a noun of saying as coming from someone: "Von X kam die
# Warnung", "Vom Verband kommt die Forderung" (kommen von: the source).
_COMING = frozenset("kam kamen kommt kommen".split())


def _fronted_owner(text: str, toks: list[tuple[int, int, str]]) -> Attribution | None:
    """Return X of "Von X kam die Warnung, …": a fronted "von" phrase owning the noun.

    The clause before the comma opens with "von"/"vom" and its phrase, then a
    form of "kommen", an article and the noun of saying last.
    """
    if len(toks) < 5 or toks[0][2] not in _VON or toks[-1][2] not in GERMAN_CONTENT_NOUNS:
        return None
    verb = next((k for k in range(1, len(toks) - 2) if toks[k][2] in _COMING), -1)
    if verb < 2 or (not text[toks[1][0]].isupper() and toks[1][2] not in _GENITIVE | {"den"}):
        return None
    if verb != len(toks) - 3 or not text[toks[-1][0]].isupper():
        return None  # "Von X kam die Warnung": article and noun right after the verb
    return Attribution(
        speaker_start=toks[1][0],
        speaker_end=toks[verb - 1][1],
        cue_start=toks[-1][0],
        cue_end=toks[-1][1],
        strong=True,
    )


def _reported(clause: list[tuple[int, int, str]]) -> bool:
    """Return whether a clause is reported: "dass …" or a subjunctive verb in it."""
    return clause[0][2] == "dass" or any(w in SUBJUNCTIVES["de"] for _, _, w in clause)


def _owner(text: str, toks: list[tuple[int, int, str]], comma: int) -> Attribution | None:
    """Return the owner phrase of a noun of saying ending the words ``toks`` before ``comma``."""
    k = len(toks) - 1
    closing = 0
    while k >= 0 and text[toks[k][0]].islower() and closing < _CLOSING_WORDS:
        if toks[k][2] in _GENITIVE or toks[k][2] in _VON:
            break
        k -= 1  # "zurück", "zurückgewiesen": the main clause's last words
        closing += 1
    if k < 0 or not text[toks[k][0]].isupper():
        return None
    end = toks[k][1]
    mark = max(text.rfind(c, end, comma) for c in '“”"»«')
    if mark >= 0:
        end = mark + 1  # "der Zeitung „Der Bote“ zurückgewiesen": the name in marks
    for j in range(k - 1, max(-1, k - _OWNER_WORDS - 1), -1):
        s, e, word = toks[j]
        if _BREAK.search(text, e, toks[j + 1][0]) is not None and text[e : toks[j + 1][0]].strip(
            " „“"
        ):
            return None
        if (
            text[s].islower()
            and word not in _GENITIVE | _VON
            and not word.endswith(GERMAN_INFLECTION_ENDINGS)
        ):
            return None  # "Vorwurf der Opposition weist Kern zurück": a verb
        if word in _GENITIVE or word in _VON:
            if j == 0:
                return None
            if toks[j - 1][2] not in GERMAN_CONTENT_NOUNS or not text[toks[j - 1][0]].isupper():
                continue  # "des Verbandes der Bauern": a genitive in the owner
            begin = toks[j + 1][0] if word in _VON else s
            return Attribution(
                speaker_start=begin,
                speaker_end=end,
                cue_start=toks[j - 1][0],
                cue_end=toks[j - 1][1],
                strong=True,
            )
    return None
