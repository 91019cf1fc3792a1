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
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc.quotes._cues import Attribution, tokens

__all__ = ["antecedent", "relative_subject"]

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
    j = k + 1
    while j < len(toks) and _skippable(toks[j][2], language):
        j += 1
    if j >= len(toks):
        return None
    verb = toks[j]
    if not text[verb[0]].islower() or _BOUNDARY.search(text, end, verb[0]) is not None:
        return None  # "which Lee called": an object relative; punctuation in between
    aux_before = j > k + 1 and grammar(language).closed_class(toks[j - 1][2]) == "auxiliary"
    if not _open_class(verb[2], language):
        if not aux_before:
            return None  # "who in 2010": no verb
        verb = toks[j - 1]  # "who has in the past described": the auxiliary
    cues = CUE_VERBS.get(language, frozenset())
    if verb[2] not in cues and aux_before and j + 1 < len(toks) and toks[j + 1][2] in cues:
        verb = toks[j + 1]  # "who has long insisted": an adverb the tables lack
    if verb[2] not in cues:
        # "people who are bullied “gotta …”", "judges who serve in “good behavior”":
        # a clause without a verb of saying holds no words its subject said
        return None
    inner = _BOUNDARY.search(text, verb[1], at)
    if inner is not None and _OPENS_QUOTE.match(text, inner.start(), at) is None:
        return None  # the relative clause closed before the quotation
    if antecedent(text, start, language) is None:
        return None
    return Attribution(
        speaker_start=start, speaker_end=end, cue_start=verb[0], cue_end=verb[1], strong=True
    )


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
