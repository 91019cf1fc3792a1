"""A German separable verb of saying whose bracket holds the quotation (private helper).

In a main clause a separable verb stands second and its particle last
(Duden, Die Grammatik: Satzklammer, Partikelverben), so a quotation in the
middle field stands between the two: "Die Ministerin sicherte ihm ihre „volle
Hilfe“ zu", "Am Abend sicherte die Ministerin „volle Hilfe“ zu".  The words
before the quotation hold the bare verb ("sicherte"), the clause after it ends
in the particle ("zu"); together they are the cue (table ``GERMAN_SPLIT_CUES``,
the lemmas of :mod:`newsdoc._lexicon.german_verbs`).  The subject stands
before the verb or, after a fronted phrase, right after it.  Both windows are
bounded, so each quotation costs a fixed number of words.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import GERMAN_SPLIT_CUES
from newsdoc.quotes._cues import Attribution, speaker_after, subject, tokens

# What ends a clause between two words: punctuation or a quotation mark.
_CLAUSE_BREAK = regex.compile(r"[,;:.!?„“”»«\"()]")
# Word classes that open a fronted adverbial, the subject then after the verb.
_FRONTED = frozenset({"preposition", "adverb", "time"})
# How many words after the quotation the particle may stand.
_REACH = 8


def split_bracket(text: str, lo: int, start: int, end: int, hi: int) -> Attribution | None:
    """Return the subject of a separable verb of saying around the quotation ``text[start:end]``.

    ``lo`` is where the quotation's sentence starts, ``hi`` where it ends.

    Example:
        >>> t = "Die Ministerin sicherte ihm ihre „volle Hilfe“ zu."
        >>> a = split_bracket(t, 0, t.index("„"), t.index("“") + 1, len(t))
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('Die Ministerin', 'sicherte')
    """
    particle = _closing_particle(text, end, hi)
    if particle is None:
        return None
    before = tokens(text, lo, start)
    for k in range(len(before) - 1, -1, -1):
        if k + 1 < len(before) and _CLAUSE_BREAK.search(text[before[k][1] : before[k + 1][0]]):
            return None  # another clause before the quotation's own
        particles = GERMAN_SPLIT_CUES.get(before[k][2])
        if particles is None or particle not in particles or text[before[k][0]].isupper():
            continue
        verb_start, verb_end = before[k][0], before[k][1]
        fronted = k == 0 or closed_class(before[0][2], "de") in _FRONTED
        sp = None if fronted else subject(text, lo, verb_start, "de")
        if sp is None:
            sp = speaker_after(text, verb_end, start, "de")  # "Am Abend sicherte die Ministerin"
        if sp is None:
            return None
        return Attribution(
            speaker_start=sp[0], speaker_end=sp[1], cue_start=verb_start, cue_end=verb_end
        )
    return None


def _closing_particle(text: str, end: int, hi: int) -> str | None:
    """Return the word that closes the clause after a quotation ending at ``end``, if any."""
    after = tokens(text, end, hi)[: _REACH + 1]
    for k, (_s, e, word) in enumerate(after):
        if k > 0 and _CLAUSE_BREAK.search(text[after[k - 1][1] : after[k][0]]):
            return None
        nxt = after[k + 1][0] if k + 1 < len(after) else hi
        if _CLAUSE_BREAK.search(text[e:nxt]) or (k + 1 == len(after) and nxt == hi):
            return word
    return None
