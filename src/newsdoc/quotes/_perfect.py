"""Participles of saying that close a German perfect (private helper of ``quotes``).

A German main clause in the perfect sets the finite "haben" second and the
participle last, the subject and the other phrases between (Duden, Die
Grammatik: Satzklammer; Perfekt and Plusquamperfekt): "Die Ministerin hat am
Montag betont: „…“", "„…“, hatte der Sprecher zuvor erklärt".  The participle of
a verb whose complement is the utterance (``STATEMENT_LEMMAS``) then cues the
quotation as its finite form would.  Read alone the participle is often
something else, so it counts only in that bracket:

- a form of "haben" stands before it in its clause (no comma, colon or mark
  between), so "die genannten Zahlen" or "ein bestätigter Fall" are no cue;
- no form of "werden" follows it: "wenn die Gefahr festgestellt wird" is a
  passive, its subject what was stated, not who stated it;
- the clause does not end in a finite "haben" after the participle ("…, der es
  bestätigt hatte,"): a subordinate clause, read by the relative readers.
"""

from __future__ import annotations

import functools

import regex

from newsdoc._lexicon.german_verbs import PERFECT_AUXILIARIES, statement_participles

# What ends a clause between two words: punctuation or a quotation mark.
_CLAUSE_BREAK = regex.compile(r"[,;:.!?„“”»«\"()]")
# The forms of "werden" after a participle that make it a passive.
_PASSIVE = frozenset("wird werden wurde wurden worden würde würden werde".split())
# How many words before the participle its finite "haben" is looked for.
_REACH = 12


@functools.cache
def _participles() -> frozenset[str]:
    return statement_participles()


def perfect_cues(text: str, toks: list[tuple[int, int, str]]) -> frozenset[str]:
    """Return the participles of saying in ``toks`` that close a perfect (see the module).

    Example:
        >>> t = "Die Ministerin hat am Montag betont: "
        >>> from newsdoc.quotes._cues import tokens
        >>> sorted(perfect_cues(t, tokens(t, 0, len(t))))
        ['betont']
        >>> t = "Die genannten Zahlen wurden betont"
        >>> sorted(perfect_cues(t, tokens(t, 0, len(t))))
        []
    """
    participles = _participles()
    found: set[str] = set()
    for i, (_s, _e, word) in enumerate(toks):
        if word not in participles or word in found:
            continue
        if i + 1 < len(toks) and not _CLAUSE_BREAK.search(text[toks[i][1] : toks[i + 1][0]]):
            after = toks[i + 1][2]
            if after in _PASSIVE or after in PERFECT_AUXILIARIES:
                continue  # a passive, or a subordinate clause's verb-final group
        for j in range(i - 1, max(-1, i - _REACH - 1), -1):
            if _CLAUSE_BREAK.search(text[toks[j][1] : toks[j + 1][0]]):
                break
            if toks[j][2] in PERFECT_AUXILIARIES and text[toks[j][0]].islower():
                found.add(word)
                break
    return frozenset(found)
