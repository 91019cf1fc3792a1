"""The subject of the last clause before a quotation inside an English sentence.

A quoted word or phrase with no verb of saying is credited to the subject of the clause that holds
it ("Lee called the plan “a gift”"). When a sentence joins several clauses, that clause is the last
one before the quotation, not the sentence's first: a coordinating conjunction ("and", "but", "yet")
or a subordinating one ("while", "because", "even though", "when") opens a clause with its own
subject and finite verb (Quirk et al. 1985, §§13.1 and 14.12; Huddleston and Pullum 2002, ch. 15),
as in "Ann Lee likes jazz, while her brother calls it “noise”" — the brother says "noise".

Only a clause that reads subject then finite verb counts: "and" joining two noun phrases ("Lee and
Roe called it “…”") or an object ("praised Lee and her team for their “…”") opens none.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc.quotes._cues import subject, tokens

# A conjunction that opens a finite clause after a comma, a dash or a plain space
# ("…, while the governor loves “…”", "… and he has long used …", "… — but the campaign
# rejected it as “…”"). "as" and "that" are left out: they also open comparisons and
# reported or relative clauses, whose subject is not the one who speaks.
_CLAUSE_OPENER = regex.compile(
    r"(?:(?<=;\s)|(?<![\p{L}\p{N}])(?:and|but|yet|while|whereas|whilst|because|although|though|"
    r"even\s+though|when|whenever|after|before|since|once|until|where)\s+)",
    regex.IGNORECASE,
)

# Words after a subject that show a finite verb follows: an auxiliary or modal ("has", "would"),
# a frequency or focus adverb before the verb ("also", "often", "never").
_FINITE_CLASSES = frozenset({"auxiliary", "adverb"})

# Pronoun and noun endings of regular finite verbs: third person "-s" and past "-ed"
# ("loves", "rejected"); irregular pasts are common enough in news to list apart.
_FINITE_ENDING = regex.compile(r"\p{Ll}+(?:s|ed)$")
_IRREGULAR_PASTS = frozenset(
    "found made took gave told thought said saw came went got put kept left felt brought began "
    "wrote spoke held ran won led sent stood heard meant knew became".split()
)

# "and" and "or" join noun phrases as often as clauses: after a capitalised word with no comma
# ("Ohio and Iowa were worried") they are read as joining names.
_NOUN_JOINERS = frozenset({"and", "or"})
_LAST_WORD = regex.compile(r"(\p{L}[\p{L}.'’-]*)([,;—–-]?)\s*$")

# A copular clause describes its subject with the quoted words ("she was “too cautious”"):
# someone else's words about her, so it names no speaker (Quirk et al. §10.8, subject complement).
_COPULA = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re"})

_MAX_BACK = 240  # a clause opener is looked for this far before the quotation
_MAX_OPENERS = 3  # and no more than this many openers are tried, nearest first


def later_clause_subject(
    text: str, sp: tuple[int, int] | None, lo: int, at: int
) -> tuple[int, int] | None:
    """Return the subject of the last finite clause opened by a conjunction before ``at``.

    ``sp`` is the subject already read at the sentence's start (or None); ``lo`` the sentence's
    start. The clause must open after that subject; None when no such clause precedes the
    quotation.

    Example:
        >>> text = "Ann Lee likes jazz, while her brother calls it “noise.”"
        >>> s, e = later_clause_subject(text, (0, 7), 0, text.index("“"))
        >>> text[s:e]
        'her brother'
    """
    start = max(lo, at - _MAX_BACK, sp[1] if sp is not None else lo)
    openers = list(_CLAUSE_OPENER.finditer(text, start, at))[-_MAX_OPENERS:]
    for last in reversed(openers):
        # the nearest opener of a finite clause; "his rivals, Lee and Roe, for …": names
        # joined by "and" open none, and an earlier opener is read instead
        found = _clause_subject(text, last, at)
        if found is not None:
            return found
    return None


def _clause_subject(text: str, opener: regex.Match[str], at: int) -> tuple[int, int] | None:
    """Return the subject of the finite clause ``opener`` opens before ``at``, or None."""
    if opener.group().strip().casefold() in _NOUN_JOINERS and _joins_names(text, opener.start()):
        return None  # "voters in Ohio and Iowa were …": two names joined, one subject
    found = subject(text, opener.end(), at, "en")
    if found is None or found[0] != opener.end():
        return None  # the subject must open the clause: "and at one point the crowd …" reads on
    if not _finite_after(text, found[1], at):
        return None
    if any(tok[2] in _COPULA for tok in tokens(text, found[1], at)):
        return None  # "because she had been “too cautious”": she is described, not speaking
    return found


def _joins_names(text: str, at: int) -> bool:
    """Return whether a capitalised word, no comma after it, stands before ``at``."""
    m = _LAST_WORD.search(text, max(0, at - 40), at)
    return m is not None and not m.group(2) and m.group(1)[0].isupper()


def _finite_after(text: str, end: int, at: int) -> bool:
    """Return whether a finite verb follows a subject ending at ``end``."""
    toks = tokens(text, end, at)
    if not toks:
        return False
    word = toks[0][2]
    if not text[toks[0][0]].islower():
        return False
    kind = closed_class(word, "en")
    if kind in _FINITE_CLASSES:
        return True
    if kind is not None:
        return False  # a preposition or determiner: the noun phrase reads on
    return word in _IRREGULAR_PASTS or _FINITE_ENDING.match(word) is not None
