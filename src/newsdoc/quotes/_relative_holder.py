"""A Romance relative clause that holds a partial quotation (private helper of ``quotes``).

"Il ministro ha risposto a Luca Neri, che aveva accusato il governo di «…»":
the words in marks belong to the relative clause, whose subject is the
relative pronoun, so they are the words of its antecedent, not of the main
clause's subject nor of a speaker named before.  Italian "che" (and "il
quale" and its forms), Spanish "que"/"quien", French "qui" are subject
relatives when the verb group follows them directly (Serianni VII §§ 234-244;
RAE, *Nueva gramática*, ch. 44; Riegel et al., *Grammaire méthodique*, on the
relative pronouns); a word of its own between them ("che il governo ha definito") makes the
pronoun the object, and then the clause has its own subject.

Read only when the clause runs on to the quotation (no comma, stop, colon or
dash closes it before the mark) and the antecedent is a name ("Luca Neri"),
which is returned as the speaker mention.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc._grammar.order import word_order
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.speakers import OBJECT_CLITICS
from newsdoc.quotes._clause import relative_antecedent
from newsdoc.quotes._cues import Attribution, tokens

__all__ = ["relative_holder"]

# The languages read so (their relative subjects are in the word-order tables).
_LANGUAGES = frozenset({"fr", "es", "it"})
# A mark that closes a clause before the quotation.
_CLOSES = regex.compile(r"[,;:.!?()\[\]–—]|\s-\s")
# How many words of the relative clause are read before the quotation.
_WORDS = 16
# Words of the verb group before its verb: auxiliaries, adverbs, negation.
_GROUP = frozenset({"auxiliary", "adverb"})


def relative_holder(text: str, lo: int, opening: int, language: str) -> Attribution | None:
    """Return the relative pronoun that is the subject of the clause holding a quotation.

    ``text[lo:opening]`` is the sentence up to the opening mark.

    Example:
        >>> t = "Il ministro ha risposto a Luca Neri, che aveva accusato il governo di «fughe»."
        >>> a = relative_holder(t, 0, t.index("«"), "it")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('Luca Neri', 'accusato')
        >>> t = "Il ministro ha risposto a Luca Neri, che il governo ha definito «un traditore»."
        >>> relative_holder(t, 0, t.index("«"), "it") is None
        True
    """
    order = word_order(language)
    if language not in _LANGUAGES or order is None:
        return None
    comma = text.rfind(",", max(lo, opening - 400), opening)
    if comma < 0 or _CLOSES.search(text, comma + 1, opening) is not None:
        return None  # the clause holding the quotation opens after a comma
    words = tokens(text, comma + 1, opening)[:_WORDS]
    n = next(
        (
            len(rel)
            for rel in order.relative_subjects
            if tuple(w[2] for w in words[: len(rel)]) == rel
        ),
        0,
    )
    if not n or not text[words[0][0]].islower():
        return None
    verb = _verb(text, words[n:], language)
    if verb is None:
        return None
    head = relative_antecedent(text, words[0][0], words[n - 1][1], language)
    if head is None:
        return None
    start, end = head
    while end > start and not text[end - 1].isalnum():
        end -= 1  # "(Royaume-Uni)": no closing bracket in the name
    if not any(c.isupper() for c in text[start:end]):
        return None  # a thing ("il piano, che prevede «…»"), not a name
    return Attribution(
        speaker_start=start,
        speaker_end=end,
        cue_start=verb[0],
        cue_end=verb[1],
        # a verb of saying makes the words a quotation; another verb only places them
        strong=text[verb[0] : verb[1]].lower() in CUE_VERBS.get(language, frozenset()),
    )


def _verb(text: str, words: list[tuple[int, int, str]], language: str) -> tuple[int, int] | None:
    """Return the verb the relative pronoun is the subject of, opening ``words``, or None.

    Auxiliaries, adverbs and object clitics may come first ("che non le aveva
    mai detto", "che l'ha definito"); a capitalised word or a determiner is a
    subject of its own ("che la ministra …": "la" before a noun is its article).
    """
    clitics = OBJECT_CLITICS.get(language, frozenset())
    for k, (start, end, word) in enumerate(words[:5]):
        kind = closed_class(word, language)
        if kind in _GROUP:
            continue
        if word in clitics:
            after = closed_class(words[k + 1][2], language) if k + 1 < len(words) else None
            if kind == "determiner" and after != "auxiliary":
                return None  # "che la ministra …": an article, a subject of its own
            continue
        if kind is None and text[start].islower() and _finite(word, language):
            return start, end
        return None
    return None


def _finite(word: str, language: str) -> bool:
    """Return whether ``word`` may be the verb of a third-person subject.

    Not an adverb in -mente/-ment, a gerund or a first-person plural
    ("inevitabilmente", "costringendo", "ricordiamo").
    """
    order = word_order(language)
    if order is None:
        return False
    endings = order.gerund_endings + order.first_plural_endings
    return not (
        word.endswith(endings) or (bool(order.adverb_suffix) and word.endswith(order.adverb_suffix))
    )
