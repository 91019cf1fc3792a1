"""The subject of the clause that introduces a quotation (private helper of ``quotes``).

A quotation set off after a comma, a colon or a dash at the end of a clause is
introduced by that clause, whatever its verb: "She laughed and said, “…”",
"He gave the crowd a warning: “…”", "She has touted her record — “…”".  Any
verb may introduce a quotation so (Chicago Manual of Style 6.40 for the comma,
6.65 for the colon; Quirk et al. 1985, 14.29 on reporting clauses), and the
subject of the introducing clause is the speaker.

Only a pronoun in the subject case is read, a form that is the subject of its
clause wherever it stands (:data:`~newsdoc._lexicon.speakers.NOMINATIVE_PRONOUNS`):
"he", "she", "they", "we", "I"; German "er", "ich", "wir".  The mention is the
pronoun as written, resolved to a name later; a name a sentence before does
not replace it.  The reading abstains when the clause is a passive ("She was
asked by a reporter: “…”": the subject is not the one who speaks), when a verb
of saying stands before the pronoun ("Lee said that she …: “…”": the reported
clause's subject does not speak), and when a quotation, a semicolon or a
sentence end stands between the pronoun and the mark.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc._grammar.order import order_of
from newsdoc._lexicon.cues import ADDRESSEE_VERBS, CUE_VERBS, PASSIVE_AUXILIARIES
from newsdoc._lexicon.grammar import AND
from newsdoc._lexicon.speakers import NOMINATIVE_PRONOUNS
from newsdoc.quotes._chunk import leading_name
from newsdoc.quotes._cues import Attribution, sentence_start, subject, tokens

__all__ = ["holding_pronoun", "introducing_subject"]

# How far back (characters) a clause boundary before a quotation is looked for.
_REACH = 300
# How many words the introducing clause may run from its subject to the mark.
_CLAUSE_WORDS = 14
# The end of an introducing clause: a comma, a colon or a dash before the mark.
_INTRODUCES = regex.compile(r"(?:[,:]|\s[\p{Pd}]|[–—])\s*+$")
# A boundary no introducing clause spans: a semicolon, a quotation mark, a
# sentence end, a parenthesis.
_BOUNDARY = regex.compile(r"[;()\[\]\"“”„«»]|[.!?](?=\s)")
# The passive participle after a form of "be": "was asked", "were told by".
_PARTICIPLE = regex.compile(r"\p{Ll}++(?:ed|en)$")


def introducing_subject(text: str, lo: int, at: int, language: str) -> Attribution | None:
    """Return the subject pronoun of the clause that introduces the quotation at ``at``.

    ``text[lo:at]`` runs from the start of the sentence to the opening mark.  The
    last subject-case pronoun of the stretch is returned when the stretch ends
    with a comma, colon or dash, and a verb follows the pronoun; None otherwise.

    Example:
        >>> t = "Later she wanted to know, “Why is the road closed?”"
        >>> a = introducing_subject(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end]
        'she'
        >>> t = "She was asked by a reporter: “Will you run?”"
        >>> introducing_subject(t, 0, t.index("“"), "en") is None
        True
    """
    pronouns = NOMINATIVE_PRONOUNS.get(language)
    if not pronouns or _INTRODUCES.search(text, max(lo, at - 4), at) is None:
        return None
    toks = tokens(text, lo, at)
    last = len(toks) - 1
    cut = _after_last(_BOUNDARY, text, lo, at)
    for k in range(last, max(-1, last - _CLAUSE_WORDS - 1), -1):
        start, end, word = toks[k]
        if start < cut:
            return _named_subject(text, lo, at, toks, language)
        if word in pronouns and k < last:
            if _passive(toks, k, language) or _reported(text, toks[:k], language):
                return None
            if k > 0 and closed_class(toks[k - 1][2], language) == "auxiliary":
                # "… war er aufgewacht und hatte gefragt:": an inverted subject in a
                # clause that goes on; the name it stands for is read elsewhere
                return None
            return Attribution(
                speaker_start=start, speaker_end=end, cue_start=end, cue_end=end, strong=False
            )
    return _named_subject(text, lo, at, toks, language)


def _after_last(pattern: regex.Pattern[str], text: str, lo: int, at: int) -> int:
    """Return where the last match of ``pattern`` in ``text[lo:at]`` ends, or ``lo``."""
    found = lo
    for m in pattern.finditer(text, max(lo, at - _REACH), at):
        found = m.end()
    return found


def _named_subject(
    text: str, lo: int, at: int, toks: list[tuple[int, int, str]], language: str
) -> Attribution | None:
    """Return the name that is the subject of the introducing clause, or None.

    "Ann Lee shot back, “…”": the sentence's subject when it opens with a name (a
    lower-case subject's end is not known), a verb follows it, and no pronoun or
    verb of saying in the clause names another speaker.
    """
    if order_of(language).nouns_capitalised:
        return None  # capitals are no evidence of a name where every noun has one
    head = subject(text, lo, at, language)
    if head is None:
        return None
    named = leading_name(text, head[0], head[1], language)
    if named is None or _BOUNDARY.search(text, named[1], at) is not None:
        return None
    rest = [t for t in toks if t[0] >= named[1]]
    if len(rest) < 1 or not text[rest[0][0]].islower():
        return None  # "Ann Lee:": no verb, a label the colon rules read
    pronouns = NOMINATIVE_PRONOUNS[language]
    if any(t[2] in pronouns for t in rest) or _reported(text, rest, language):
        return None
    if _passive([(0, named[1], ""), *rest], 0, language):
        return None
    return Attribution(
        speaker_start=named[0],
        speaker_end=named[1],
        cue_start=named[1],
        cue_end=named[1],
        strong=False,
    )


def _passive(toks: list[tuple[int, int, str]], k: int, language: str) -> bool:
    """Return whether the pronoun ``toks[k]`` is the subject of a passive verb group.

    A form of the passive auxiliary among auxiliaries and adverbs, then a
    participle or an addressee verb: "she was later asked", "they were told";
    not "he has coined".
    """
    passive = PASSIVE_AUXILIARIES.get(language, frozenset())
    j = k + 1
    seen = False
    while j < len(toks) and closed_class(toks[j][2], language) in {"auxiliary", "adverb"}:
        seen = seen or toks[j][2] in passive
        j += 1
    if not seen or j >= len(toks):
        return False
    word = toks[j][2]
    return word in ADDRESSEE_VERBS.get(language, frozenset()) or bool(_PARTICIPLE.search(word))


def _reported(text: str, before: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether a verb of saying stands before the pronoun in its sentence.

    "Lee said that she had learned her lesson: “…”": the pronoun is the subject
    of the reported clause, and the one who said it speaks.
    """
    verbs = CUE_VERBS.get(language, frozenset())
    return any(word in verbs and text[start].islower() for start, _end, word in before)


# The coordinators besides "and" (:data:`newsdoc._lexicon.grammar.AND`): they
# join main clauses (Quirk et al. 1985, 13.1; lower case).
_COORDINATORS = frozenset({"but", "or", "nor", "yet", "so"})
# How far back (characters) the start of the sentence holding a quotation is read.
_SENTENCE_REACH = 400


def holding_pronoun(text: str, lo: int, at: int, language: str) -> Attribution | None:
    """Return the subject pronoun of the clause that holds a partial quotation.

    "Last year he called the levy “theft”", "she blamed the floods on “neglect”":
    words in marks inside a clause whose subject is a subject-case pronoun are
    that pronoun's, whatever the verb (the English counterpart of the clause
    subject read for French, Spanish and Italian).  The clause must run from the
    pronoun to the quotation with no comma, no conjunction ("that", "because":
    another clause, with its own subject, may begin) and no other subject-case
    pronoun; no verb of saying may stand before the pronoun in its sentence ("Lee
    said he was “tired”": the reported clause's subject does not speak).

    Example:
        >>> t = "Last year he called the levy “theft” in a speech."
        >>> a = holding_pronoun(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end]
        'he'
        >>> t = "Lee said that he was “tired”."
        >>> holding_pronoun(t, 0, t.index("“"), "en") is None
        True
    """
    pronouns = NOMINATIVE_PRONOUNS.get(language)
    if not pronouns or order_of(language).reported_subjunctive:
        # ("Er habe „…“": German reported speech goes on with the speaker named
        # before it, which its own rules read)
        return None
    toks = tokens(text, lo, at)
    last = len(toks) - 1
    cut = max(_after_last(_BOUNDARY, text, lo, at), text.rfind(",", lo, at) + 1)
    if not any(t[2] in pronouns and t[0] >= cut for t in toks[max(0, last - _CLAUSE_WORDS) :]):
        return None  # no subject-case pronoun in the clause (most quotations)
    for k in range(last, max(-1, last - _CLAUSE_WORDS - 1), -1):
        start, end, word = toks[k]
        if start < cut:
            return None
        if word in pronouns and k < last:
            break
        if closed_class(word, language) == "conjunction":
            return None  # "… that she was": another clause opens after the pronoun
    else:
        return None
    head = sentence_start(text, max(0, start - _SENTENCE_REACH), start)
    before = tokens(text, head, start)
    if _passive(toks, k, language) or _reported(text, before, language):
        return None
    if before and _subordinator(before[-1][2], language):
        return None  # "because he had …", "what she saw": a subordinate clause
    if k > 0 and closed_class(toks[k - 1][2], language) == "auxiliary":
        return None  # an inverted subject
    return Attribution(
        speaker_start=start, speaker_end=end, cue_start=end, cue_end=end, strong=False
    )


def _subordinator(word: str, language: str) -> bool:
    """Return whether ``word`` opens a subordinate clause before its subject.

    A conjunction other than a coordinator ("because", "whether", "if"), or a
    wh-word or "that" ("what she saw", "that I wanted"); "and", "but", "or"
    join main clauses.
    """
    if word in AND or word in _COORDINATORS:
        return False
    return closed_class(word, language) in {"conjunction", "determiner", "pronoun"}
