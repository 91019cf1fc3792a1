"""A relative pronoun as the speaker of the clause that holds a quotation (private).

"The mayor thanked Ruth Kemp, who called the budget “a fair deal”": the words in
marks belong to the relative clause, whose subject is "who", and "who" stands for
the noun phrase right before it, Ruth Kemp.  The main clause's subject (the mayor)
does not speak.  The same holds for things that speak: "a letter from the union,
which warned that the cuts were “reckless”", "banners that said “Save our park”".

The grammar says which pronouns can be the subject of their clause and whether
the verb follows them at once (English) or closes the clause (German, read by the
German clause rules instead).  The clause must still be open at the quotation:
a comma that ends the relative clause before it ("Hal Moss, who had left, then
described the audit as “a sham”") gives the main clause back, and this module
abstains.  So it does when no antecedent can be read: a relative pronoun is
returned as a speaker only with the phrase it points back to.

The pronoun may also be the object of a verb of naming whose complement is the
quotation: "the levy, which the union calls “theft”", "what she described as “a
rant”".  Then the subject of the naming verb chose the words, the phrase right
between the pronoun and the verb (`naming_relative`).

Example:
    >>> text = "The mayor thanked Ruth Kemp, who called the budget “a fair deal”."
    >>> rel = relative_subject(text, 0, text.index("“"), "en")
    >>> text[rel.speaker_start : rel.speaker_end], text[rel.cue_start : rel.cue_end]
    ('who', 'called')
    >>> start, end = antecedent(text, rel.speaker_start, "en")
    >>> text[start:end]
    'Ruth Kemp'
"""

from __future__ import annotations

import regex

from newsdoc._grammar import grammar
from newsdoc._lexicon.cues import (
    CUE_VERBS,
    NAMING_GAPS,
    NAMING_VERBS,
    NOMINAL_RELATIVES,
)
from newsdoc._lexicon.speakers import PERSON_PRONOUNS
from newsdoc.quotes._chunk import leading_name, speaker_mention
from newsdoc.quotes._cues import Attribution, sentence_start, subject, tokens

__all__ = ["antecedent", "naming_relative", "relative_subject"]

# How many words the relative clause may run from its pronoun to the quotation.
_CLAUSE_WORDS = 30
# How far back an antecedent is read, in characters.
_ANTECEDENT_REACH = 120
# What may stand between an antecedent and its relative pronoun: nothing, a
# comma ("Ruth Kemp, who"), or a spaced dash ("Ruth Kemp – who").
_LINK = regex.compile(r"(?:\s*+,|\s++[\p{Pd}])?\s*+$")
# What may stand between the end of a relative clause and the quotation: a comma
# or a colon right before the opening mark ("who declared on Monday, “…”").
_OPENS_QUOTE = regex.compile(r"\s*+[,:]?\s*+$")
# A clause boundary inside the stretch from the relative verb to the quotation.
_BOUNDARY = regex.compile(r"[,;:()\[\]]|\s[\p{Pd}]\s")


# How many words may stand between a naming verb and the quotation it names:
# "what she called North Korea’s “reckless” test" (an object, "as", "to … as").
_COMPLEMENT_WORDS = 5
# The apostrophe that glues a clitic to its word: "what’s", "who'd".
_CLITIC = regex.compile(r"['’]")
# A gap word in any language's table, and how far before a quotation it is looked
# for (the complement, the verb group and the subject: a dozen words at most).
_GAP_WORD = regex.compile(
    r"\b(?:" + "|".join(sorted({w for ws in NAMING_GAPS.values() for w in ws})) + r")\b"
)
_GAP_REACH = 160
# How many words the subject of a naming verb may have: "what the former state
# party chairman called".
_SUBJECT_WORDS = 7
# How far back (characters) the start of the sentence holding a nominal relative
# clause is looked for.
_SENTENCE_REACH = 600


def _skippable(word: str, language: str) -> bool:
    """Return whether ``word`` may stand between a relative pronoun and its verb.

    Adverbs ("long", "previously", "also"), auxiliaries ("has", "would") and
    negation: "who has also long said".
    """
    cls = grammar(language).closed_class(word)
    return cls in {"adverb", "auxiliary"} or word.endswith("ly") or word == "not"


def _open_class(word: str, language: str) -> bool:
    """Return whether ``word`` belongs to no closed class (a noun, verb or adjective)."""
    return grammar(language).closed_class(word) is None


def relative_subject(text: str, lo: int, at: int, language: str) -> Attribution | None:
    """Return the relative pronoun that is the subject of the clause holding ``at``.

    ``text[lo:at]`` runs from the start of the sentence to the opening mark of a
    quotation.  The pronoun (a subject relative of the grammar) must follow a
    noun phrase, be followed by a verb of saying (after adverbs and auxiliaries),
    and its clause must not have ended before the quotation.  Only a personal
    relative ("who") is returned: a thing's relative clause ("a sign that read
    “…”") gives None, as does "that" after a verb, a conjunction ("she said that").

    Example:
        >>> t = "Critics who say the deal is “a giveaway” went to court."
        >>> a = relative_subject(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end]
        'who'
        >>> t = "Lee said that “the plan is dead”."
        >>> relative_subject(t, 0, t.index("“"), "en") is None
        True
    """
    g = grammar(language)
    if not g.personal_relatives or not g.relative_verb_follows:
        return None
    window = text[lo:at].lower()
    if not any(word in window for word in g.personal_relatives):
        return None  # no personal relative pronoun in the sentence
    toks = tokens(text, lo, at)
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - _CLAUSE_WORDS), -1):
        start, _end, word = toks[k]
        if word not in g.relative_subjects or not text[start].islower():
            continue
        found = _clause_from(text, toks, k, at, language)
        if found is None:
            continue  # "warned that the cuts", "in which": no relative subject; read on
        if word not in g.personal_relatives:
            # "a sign that read “…”", "an editorial which says": the source is the
            # text's author or bearer, whom this clause does not name
            return None
        return found
    return None


def _clause_from(
    text: str, toks: list[tuple[int, int, str]], k: int, at: int, language: str
) -> Attribution | None:
    """Return the attribution of the relative clause opened by ``toks[k]``, or None."""
    start, end, _word = toks[k]
    if k == 0:
        return None  # nothing before it to point back to
    prev = toks[k - 1]
    if _LINK.match(text, prev[1], start) is None:
        return None  # "…” which": punctuation other than a comma or dash between
    if not _open_class(prev[2], language) and not text[prev[0]].isupper():
        return None  # "in which", "said that", "so that": no noun before it
    if prev[2] in CUE_VERBS.get(language, frozenset()) and text[prev[0]].islower():
        return None  # "she said that": a conjunction after a verb
    j, since = _after_aside(text, toks, k + 1)
    while j < len(toks) and _skippable(toks[j][2], language):
        j += 1
    if j >= len(toks):
        return None
    # a verb of saying, or one of naming ("who portrayed him as “…”")
    cues = CUE_VERBS.get(language, frozenset()) | NAMING_VERBS.get(language, frozenset())
    later = _cue_after_phrase(toks, j, cues, language)
    if later is not None:
        j = toks.index(later)  # "who has in the past described", "who in 2010 said"
    verb = toks[j]
    if not text[verb[0]].islower() or _BOUNDARY.search(text, since, verb[0]) is not None:
        return None  # "which Lee called": an object relative; punctuation in between
    aux_before = j > k + 1 and grammar(language).closed_class(toks[j - 1][2]) == "auxiliary"
    if not _open_class(verb[2], language):
        if not aux_before:
            return None  # "who in 2010": no verb
        verb = toks[j - 1]  # "who has in the past described": the auxiliary
    if verb[2] not in cues and aux_before and j + 1 < len(toks) and toks[j + 1][2] in cues:
        verb = toks[j + 1]  # "who has long insisted": an adverb the tables lack
    if verb[2] not in cues:
        # "people who are bullied “gotta …”", "judges who serve in “good behavior”":
        # a clause without a verb of saying holds no words its subject said (a
        # restrictive clause may end before the quotation with no mark)
        return None
    inner = _BOUNDARY.search(text, verb[1], at)
    if inner is not None and _OPENS_QUOTE.match(text, inner.start(), at) is None:
        return None  # the relative clause closed before the quotation
    if antecedent(text, start, language) is None:
        return None
    return Attribution(
        speaker_start=start, speaker_end=end, cue_start=verb[0], cue_end=verb[1], strong=True
    )


# An aside set off by commas right after a relative pronoun: "who, on a call
# Friday, criticized".
_ASIDE = regex.compile(r"\s*+,[^,;:\n“”\"]{1,60},")
# How many words a prepositional phrase between a relative pronoun and its verb
# of saying may have: "who in the past said", "who at a rally on Monday said".
_PHRASE_WORDS = 5


def _after_aside(text: str, toks: list[tuple[int, int, str]], j: int) -> tuple[int, int]:
    """Return the first token after a comma aside opening after ``toks[j - 1]``.

    Also where the words from the pronoun to its verb are read from: the aside's
    end, or the pronoun's end when no aside stands there.
    """
    since = toks[j - 1][1]
    if j >= len(toks):
        return j, since
    aside = _ASIDE.match(text, since)
    if aside is None:
        return j, since
    while j < len(toks) and toks[j][0] < aside.end():
        j += 1
    return j, aside.end()


def _cue_after_phrase(
    toks: list[tuple[int, int, str]], j: int, cues: frozenset[str], language: str
) -> tuple[int, int, str] | None:
    """Return the verb of saying after a prepositional phrase opening at ``toks[j]``."""
    g = grammar(language)
    if j >= len(toks) or g.closed_class(toks[j][2]) != "preposition":
        return None
    for tok in toks[j + 1 : j + 1 + _PHRASE_WORDS]:
        if tok[2] in cues:
            return tok
    return None


def _joined(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Return whether only white space separates two tokens."""
    return not text[left[1] : right[0]].strip()


def antecedent(text: str, at: int, language: str) -> tuple[int, int] | None:
    """Return the noun phrase that the relative pronoun at ``at`` points back to.

    A run of capitalised words ("Ruth Kemp", "the Chicago Park District"), or a
    noun phrase of lower-case words back to its determiner ("an angry crowd").

    Example:
        >>> t = "It met an angry crowd who chanted “No”."
        >>> s, e = antecedent(t, t.index("who"), "en")
        >>> t[s:e]
        'an angry crowd'
    """
    lo = max(0, at - _ANTECEDENT_REACH)
    link = _LINK.search(text, lo, at)
    end = link.start() if link is not None else at
    toks = tokens(text, lo, end)
    if not toks or toks[-1][1] != end:
        return None
    g = grammar(language)
    k = len(toks) - 1
    if text[toks[k][0]].isupper():
        # a name: its capitalised words, and a determiner before them
        while k > 0 and _joined(text, toks[k - 1], toks[k]):
            prev = toks[k - 1]
            if prev[2] in g.determiners:
                k -= 1
                break
            if not text[prev[0]].isupper() or g.closed_class(prev[2]) is not None:
                break
            k -= 1
    else:
        # lower-case words back to their determiner, else the noun alone
        j = k
        while j > 0 and k - j < 4 and _joined(text, toks[j - 1], toks[j]):
            prev = toks[j - 1]
            if prev[2] in g.determiners:
                k = j - 1
                break
            if g.closed_class(prev[2]) is not None:
                break
            j -= 1
    s = toks[k][0]
    if g.closed_class(toks[-1][2]) is not None:
        return None  # "…, and who": no noun before the pronoun
    return s, end


def naming_relative(text: str, lo: int, at: int, language: str) -> Attribution | None:
    """Return the subject of a naming verb in a clause opened by a gap word.

    ``text[lo:at]`` runs from the start of the sentence to the opening mark of a
    quotation that is the object complement of a verb of naming or verbal
    description (:data:`~newsdoc._lexicon.cues.NAMING_VERBS`), in a clause opened
    by a relative pronoun or "that" (:data:`~newsdoc._lexicon.cues.NAMING_GAPS`):
    the words between the gap word and the verb (adverbs and auxiliaries aside)
    are its subject, who chose the quoted words.  None when no such clause holds
    the quotation, when punctuation ends it first, when the clause has no subject
    of its own ("what is called “…”", "a group that calls itself “…”"), and when
    the subject is no noun phrase.

    A pronoun subject of a nominal relative clause ("what", "whatever") is bound
    by the sentence's subject, which is returned when it names someone: "Lee
    railed against what he calls “…”" gives "Lee".  A relative clause on a noun
    ("the nurses, whom she described as “…”") is a statement of its own, and
    keeps its pronoun.

    Example:
        >>> t = "The firm sells what it calls “smart” meters."
        >>> a = naming_relative(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('it', 'calls')
        >>> t = "He thanked the nurses, whom the mayor has described as “tireless”."
        >>> a = naming_relative(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end]
        'the mayor'
        >>> t = "It backs what is called “fair pay”."
        >>> naming_relative(t, 0, t.index("“"), "en") is None
        True
    """
    verbs = NAMING_VERBS.get(language)
    gaps = NAMING_GAPS.get(language)
    if not verbs or not gaps:
        return None
    if _GAP_WORD.search(text, max(lo, at - _GAP_REACH), at) is None:
        return None  # no gap word near the quotation (most quotations)
    toks = tokens(text, lo, at)
    last = len(toks) - 1
    first = max(-1, last - _COMPLEMENT_WORDS - 2)
    if not any(tok[2] in verbs for tok in toks[first + 1 :]):
        return None  # no naming verb near the quotation (most quotations)
    for k in range(last, first, -1):
        start, end, word = toks[k]
        if _BOUNDARY.search(text, end, at) is not None:
            return None  # the clause holding the quotation began after this word
        if (
            word in verbs
            and text[start].islower()
            and not word.endswith("ing")
            and not _particle(toks, k, language)
        ):
            # (a participle, "by calling it “…”", has no subject before it)
            named = _namer(text, toks, k, language)
            return None if named is None else _bound(text, named, language)
    return None


def _particle(toks: list[tuple[int, int, str]], k: int, language: str) -> bool:
    """Return whether a preposition other than "as" follows the naming verb ``toks[k]``.

    "called for", "called on": a prepositional verb of another sense, whose
    object names nothing; "refer to … as" is read on to its "as".
    """
    if k + 1 >= len(toks):
        return False
    word = toks[k + 1][2]
    if word == "as" or grammar(language).closed_class(word) != "preposition":
        return False
    return not (word == "to" and any(t[2] == "as" for t in toks[k + 2 :]))


def _gap(word: str, gaps: frozenset[str]) -> bool:
    """Return whether ``word`` is a gap word, alone or with a clitic ("what’s")."""
    return word in gaps or _CLITIC.split(word, maxsplit=1)[0] in gaps


def _namer(
    text: str, toks: list[tuple[int, int, str]], k: int, language: str
) -> Attribution | None:
    """Return the subject of the naming verb ``toks[k]`` after a gap word, or None."""
    gaps = NAMING_GAPS[language]
    j = k - 1
    while j >= 0 and _skippable(toks[j][2], language):
        j -= 1
    g = grammar(language)
    if j < 0 or g.closed_class(toks[j][2]) in {"determiner", "preposition", "conjunction"}:
        # "Lee’s call to …", "his calls", "that tweet by …": a noun, no verb
        return None
    if toks[j][2].endswith(("'s", "’s")) and toks[j][2] not in gaps:
        return None
    for r in range(j, max(-1, j - _SUBJECT_WORDS - 1), -1):
        start, _end, word = toks[r]
        if _gap(word, gaps) and text[start].islower():
            break
        if _BOUNDARY.search(text, toks[r][1], toks[k][0]) is not None:
            return None  # "which, Lee said, …": punctuation inside the subject
    else:
        return None  # no gap word opens the clause
    if r == j or not toks[r][2].isalpha():
        # "what is called", "that calls itself", "what’s called": no subject of its own
        return None
    links = [
        t[2] for t in toks[r + 1 : j + 1] if g.closed_class(t[2]) in {"preposition", "conjunction"}
    ]
    if any(link != "of" for link in links):
        return None  # "that tweet by", "what Lee and": no single noun phrase
    s, e = toks[r + 1][0], toks[j][1]
    if _BOUNDARY.search(text, s, e) is not None:
        return None
    words = text[s:e]
    if " " not in words and words.lower() in PERSON_PRONOUNS.get(language, frozenset()):
        span: tuple[int, int] | None = (s, e)
    else:
        span = speaker_mention(text, s, e, language)
    if span is None:
        return None
    verb = toks[k]
    return Attribution(
        speaker_start=span[0], speaker_end=span[1], cue_start=verb[0], cue_end=verb[1], strong=True
    )


def _bound(text: str, named: Attribution, language: str) -> Attribution:
    """Return the sentence's subject for a pronoun naming in a nominal relative clause.

    The pronoun stands when the gap word is no nominal relative, and when the
    sentence opens with no subject that names someone ("The charity sells what it
    calls": where a lower-case phrase ends is not known).
    """
    mention = text[named.speaker_start : named.speaker_end].lower()
    if mention not in PERSON_PRONOUNS.get(language, frozenset()):
        return named
    before = tokens(text, max(0, named.speaker_start - 12), named.speaker_start)
    if not before or before[-1][2] not in NOMINAL_RELATIVES.get(language, frozenset()):
        return named
    start = sentence_start(text, max(0, named.speaker_start - _SENTENCE_REACH), named.speaker_start)
    head = subject(text, start, named.speaker_start, language)
    if head is None or head[1] > named.speaker_start:
        return named
    span = leading_name(text, head[0], head[1], language)
    if span is None or span[1] > named.speaker_start:
        return named  # "The charity sells what it calls": the pronoun stands
    return Attribution(
        speaker_start=span[0],
        speaker_end=span[1],
        cue_start=named.cue_start,
        cue_end=named.cue_end,
        strong=True,
    )
