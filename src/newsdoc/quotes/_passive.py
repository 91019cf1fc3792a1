"""The agent of a passive verb of saying as the speaker of a quotation (private).

"Lee was asked by the host, “Will you run?”": the words are the host's; the
subject of a passive verb of saying is the one spoken to or about, and the
agent after the grammar's agent preposition ("by") speaks.  So for "the plan,
described by the mayor as “a mess”", "the tune “Blue Moon”, written by Ann Lee",
and "a deal labeled “a disgrace” by critics".

The passive participle must stand right before the agent preposition ("asked
by", "described by"), or before the quotation with the agent right after it
("labeled “a disgrace” by critics").  The agent must be a noun phrase or a name
("by phone", "by hand" name no one).

Example:
    >>> text = "Lee was asked by the host, “Will you run?”"
    >>> a = passive_agent(text, 0, text.index("“"), text.index("”") + 1, len(text), "en")
    >>> text[a.speaker_start : a.speaker_end], text[a.cue_start : a.cue_end]
    ('the host', 'asked')
"""

from __future__ import annotations

import regex

from newsdoc._grammar import grammar
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc.quotes._cues import Attribution, speaker_after, tokens

__all__ = ["passive_agent"]

# How many words before a quotation its passive verb may stand.
_REACH_WORDS = 40
# How far after a quotation its agent phrase may start, in characters.
_AFTER_REACH = 40
# The irregular past participles among English verbs of saying.
_IRREGULAR = frozenset(["said", "told", "written", "spoken", "read", "sung"])
# A clause or sentence boundary after a quotation.
_STOP = regex.compile(r"[;:!?\n]|[.](?=\s|$)")


# Participles of the verbs of quoting (Levin 1993, 37.1: "quote", "cite"): their agent
# repeats words someone else said, so the passive subject spoke them.
_QUOTING = frozenset(["quoted", "cited"])


def _participle(word: str, language: str) -> bool:
    """Return whether ``word`` is a past participle of a verb of saying ("asked", "told")."""
    if word not in CUE_VERBS.get(language, frozenset()) or word in _QUOTING:
        return False
    return word.endswith("ed") or word in _IRREGULAR


def passive_agent(
    text: str, lo: int, at: int, after: int, hi: int, language: str
) -> Attribution | None:
    """Return the agent speaking through a passive verb of saying around a quotation.

    ``text[lo:at]`` is the sentence before the quotation, ``text[after:hi]`` the
    rest of the paragraph after it.  Returns None when no passive verb of saying
    with an agent holds the quotation.

    Example:
        >>> t = "The deal was labeled “a disgrace” by Ann Lee."
        >>> a = passive_agent(t, 0, t.index("“"), t.index("”") + 1, len(t), "en")
        >>> t[a.speaker_start : a.speaker_end]
        'Ann Lee'
        >>> t = "Lee called by phone to say “no.”"
        >>> passive_agent(t, 0, t.index("“"), t.index("”") + 1, len(t), "en") is None
        True
    """
    by = grammar(language).passive_agent
    if not by:
        return None
    before_by = text.find(by, max(lo, at - 400), at) >= 0
    if not before_by and text.find(by, after, min(hi, after + _AFTER_REACH)) < 0:
        return None  # the agent preposition stands nowhere near: no passive agent
    toks = tokens(text, lo, at)
    g = grammar(language)
    before = None  # a participle whose complement the quotation is: "labeled a “…”"
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - _REACH_WORDS), -1):
        if toks[k][2] in CUE_VERBS.get(language, frozenset()):
            verb = toks[k]
            if not _participle(verb[2], language):
                break
            if k + 1 < len(toks) and toks[k + 1][2] == by:
                agent = _agent(text, toks[k + 1][1], at, language)  # "asked by the host, “…”"
                return _attribution(agent, verb)
            if all(t[2] == "as" or t[2] in g.determiners for t in toks[k + 1 :]):
                before = verb  # not "said he was “…” by": another clause between
            break
    found = _agent_after(text, after, hi, by, before, language)
    if found is None:
        return None
    return _attribution(*found)


def _attribution(
    agent: tuple[int, int] | None, verb: tuple[int, int, str] | None
) -> Attribution | None:
    """Return the attribution of ``agent`` with ``verb`` as its cue, or None."""
    if agent is None or verb is None:
        return None
    return Attribution(
        speaker_start=agent[0], speaker_end=agent[1], cue_start=verb[0], cue_end=verb[1]
    )


def _agent_after(
    text: str,
    after: int,
    hi: int,
    by: str,
    verb: tuple[int, int, str] | None,
    language: str,
) -> tuple[tuple[int, int] | None, tuple[int, int, str] | None] | None:
    """Return the agent after a quotation and its verb, or None.

    "labeled “…” by critics" (the participle ``verb`` before the quotation),
    "“…” was written by Ann Lee", "“…”, as described by Ann Lee".
    """
    stop = _STOP.search(text, after, min(hi, after + _AFTER_REACH))
    end = stop.start() if stop is not None else min(hi, after + _AFTER_REACH)
    toks = tokens(text, after, end)
    g = grammar(language)
    k = 0
    while k < len(toks) and k < 4 and toks[k][2] != by:
        word = toks[k][2]
        if _participle(word, language):
            verb = toks[k]
        elif g.closed_class(word) not in {"auxiliary", "adverb"} and word != "as":
            return None  # "“…” that critics …": another clause
        k += 1
    if k >= len(toks) or toks[k][2] != by or verb is None:
        return None
    return _agent(text, toks[k][1], hi, language), verb


def _agent(text: str, at: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the noun phrase after the agent preposition at ``at``, or None."""
    found = speaker_after(text, at, hi, language)
    if found is None:
        return None
    words = text[found[0] : found[1]].split()
    if words[0].lower() not in grammar(language).determiners and not any(
        w[:1].isupper() for w in words
    ):
        return None  # "by phone", "by hand": no one
    return found
