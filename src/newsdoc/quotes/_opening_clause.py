"""A quotation inside an English participle clause that opens its sentence.

"Holding signs that called the mayor “a liar,” the strikers marched": the
participle clause has no subject of its own; its understood subject is the
subject of the main clause after it (Quirk, Greenbaum, Leech & Svartvik, *A
Comprehensive Grammar of the English Language*, 1985, §15.58-15.60, on the
subject of nonfinite adverbial clauses; the "dangling participle" is the
exception style guides warn against, not the norm).  So words quoted inside
the opening clause are the main clause subject's: "In calling the plan “a
fraud,” the senator broke with her party" credits the senator.

The clause is read only when it opens the sentence with a participle in *-ing*
("Holding", "Calling") or a preposition and one ("In calling", "By
describing", "After labelling"), holds the quotation before its first comma,
and ends at a comma right after the quotation (inside or outside the closing
mark); the main clause subject after that comma speaks.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.grammar import AGENT_NOUN_ENDINGS
from newsdoc._lexicon.speakers import GROUP_SOURCES, SOURCE_NOUNS
from newsdoc.quotes._cues import Attribution, sentence_end, subject, tokens

__all__ = ["opening_participle"]

# A participle clause opening the sentence: "Holding", "In calling", "By
# describing", "After labelling", "While praising", "Upon hearing".
# English only: the participle in "-ing" and its prepositions are English; other
# languages have no entry.
_OPENING: Mapping[str, regex.Pattern[str]] = {
    "en": regex.compile(
        r"""
        \s*+
        (?P<prep>(?i:in|by|after|before|while|when|upon|on|since|without)\s++)?
        (?P<verb>\p{L}\p{Ll}{2,}+(?<=ing))\b
        """,
        regex.VERBOSE,
    ),
}
# White space before the main clause.
_SPACE = regex.compile(r"\s++")
# How far after the quotation the main clause subject is looked for (characters).
_REACH = 300


def opening_participle(
    text: str, lo: int, opening: int, closing: int, language: str
) -> Attribution | None:
    """Return the main clause subject when the quotation lies in an opening participle clause.

    ``text[lo:opening]`` is the sentence before the quotation, which ends at
    ``closing`` (its closing mark included).

    Example:
        >>> t = "In calling the plan “a fraud,” the senator broke with her party."
        >>> a = opening_participle(t, 0, t.index("“"), t.index("”") + 1, "en")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('the senator', 'calling')
        >>> t = "The senator, calling the plan “a fraud,” left."
        >>> opening_participle(t, 0, t.index("“"), t.index("”") + 1, "en") is None
        True
    """
    pattern = _OPENING.get(language)
    if pattern is None or "," in text[lo:opening]:
        return None
    m = pattern.match(text, lo, opening)
    if m is None or closed_class(m.group("verb"), language) is not None:
        return None  # "Something “odd” …": a pronoun, not a participle
    # "Holding signs …" opens the sentence in capitals; "In calling …" after its
    # preposition in lower case ("In Reading, …" is a place)
    if text[m.start("verb")].isupper() == (m.group("prep") is not None):
        return None
    # the comma that closes the quotation's clause, inside or outside the mark
    if text[closing - 2 : closing - 1] == ",":
        after = closing
    elif text[closing : closing + 1] == ",":
        after = closing + 1
    else:
        return None
    space = _SPACE.match(text, after)
    if space is None:
        return None
    start = space.end()
    hi = sentence_end(text, start, min(len(text), start + _REACH))
    found = subject(text, start, hi, language)
    if found is None or found[0] != start:
        return None  # the main clause must open with its subject
    found = _without_verb(text, found, language)
    return Attribution(
        speaker_start=found[0],
        speaker_end=found[1],
        cue_start=m.start("verb"),
        cue_end=m.end("verb"),
    )


# Nouns of persons and bodies: a lower-case word after one is its verb.
_PERSON_NOUNS = SOURCE_NOUNS["en"] | GROUP_SOURCES["en"]


def _without_verb(text: str, span: tuple[int, int], language: str) -> tuple[int, int]:
    """Return ``span`` without a verb read into it after a noun of person ("the senator broke").

    Example:
        >>> t = "the senator broke with her party"
        >>> _without_verb(t, (0, 17), "en")
        (0, 11)
        >>> _without_verb("the Latin American pope", (0, 23), "en")
        (0, 23)
    """
    toks = tokens(text, span[0], span[1])
    if len(toks) < 3 or not text[toks[-1][0]].islower():
        return span
    noun, last = toks[-2][2], toks[-1][2]
    person = text[toks[-2][0]].islower() and (
        noun in _PERSON_NOUNS or noun.endswith(AGENT_NOUN_ENDINGS)
    )
    if person and last not in _PERSON_NOUNS and closed_class(last, language) is None:
        return span[0], toks[-2][1]
    return span
