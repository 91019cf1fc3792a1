"""The head of an English subject that a postmodifier separates from its verb.

An English noun phrase takes its modifiers after the head: a relative clause
("the unions that signed the letter say"), a participle clause ("a campaign ad
released Thursday accuses", "voters living abroad say") or a prepositional
phrase ("half of the voters in each state say").  Quirk, Greenbaum, Leech &
Svartvik (*A Comprehensive Grammar of the English Language*, 1985, §17.8-17.10
and §17.36-17.38, postmodification) and Huddleston & Pullum (*The Cambridge
Grammar of the English Language*, 2002, ch. 5 §14 and ch. 12 §6) describe the
three kinds.  The verb of saying after such a subject agrees with the head, so
the head speaks, not the last noun before the verb ("her", "Thursday", "each
state").

The subject is read from the start of its clause (after a fronted adjunct set
off by a comma) up to the verb: its head runs until the first word that opens a
postmodifier (a relative pronoun, a preposition, a lower-case participle after
the head noun); a quantity phrase ("half of the voters", "two-thirds of
Republicans") keeps its *of* phrase, as *of* there introduces the set the
quantity is taken from (Huddleston & Pullum, ch. 5 §9, partitives), and an
approximator before it ("At least", "Nearly", "About"; Quirk et al. §7.56)
belongs to the phrase but is no part of the mention.  A clause holding a comma,
a colon or another quotation is not read: its structure is not this one.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.grammar import APPROXIMATORS, CLAUSE_WORDS, PARTITIVE_HEADS
from newsdoc._lexicon.speakers import GROUP_SOURCES, SOURCE_NOUNS, TITLES
from newsdoc.quotes._cues import subject, tokens

__all__ = ["postmodified_subject"]

# Relative pronouns that open a relative clause after the head.
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
# Words that show the words before the verb are more than one subject and its
# postmodifier: a personal pronoun as another subject ("… when he told"), a
# free relative ("what the mayor called"), a coordinator or a subordinator ("…
# because they said", "… and Lee said").
_OTHER_CLAUSE = frozenset(
    """
    he she they we i you it what whatever and but or nor because if when whenever while
    whereas although though as since so than until unless before after
    """.split()
)
# Words never in the head itself: auxiliaries and the copula ("Lee was at home",
# "The plan is sound in parts"), "to" of an infinitive.
_NOT_IN_HEAD = CLAUSE_WORDS["en"]
# Lower-case words inside a name's premodification ("party leader Ann Lee",
# "former Secretary …"): the nouns of speaking roles and bodies, and titles.
_ROLE_WORDS = SOURCE_NOUNS["en"] | GROUP_SOURCES["en"] | TITLES | {"former", "acting", "deputy"}
# The longest subject (in words) read: past that, the clause is not one subject.
_MAX_WORDS = 14
# Marks that no subject of this shape holds: a comma (asides are read elsewhere),
# a colon, a semicolon, a quotation mark, a bracket or a dash.
_NOT_IN_SUBJECT = frozenset(',;:“”"«»„()[]—–')
# Participle endings of a lower-case word right after the head noun: "released",
# "drafted", "living" (not "-en": "women", "citizen" end so).  Words of a closed
# class are no participles.
# Per language: only English has an entry.
_PARTICIPLE_ENDINGS: Mapping[str, tuple[str, ...]] = {"en": ("ed", "ing")}


def postmodified_subject(text: str, lo: int, verb: int, language: str) -> tuple[int, int] | None:
    """Return the head of the subject before the verb at ``verb``, when a postmodifier follows it.

    ``text[lo:verb]`` is the clause before its verb.  None when the subject has
    no postmodifier (other readings take it), or the clause is not read.

    Example:
        >>> t = "The unions that signed the letter last week say they are upset."
        >>> s, e = postmodified_subject(t, 0, t.index(" say") + 1, "en")
        >>> t[s:e]
        'The unions'
        >>> t = "At least half of the voters in each state say it is fine."
        >>> s, e = postmodified_subject(t, 0, t.index(" say") + 1, "en")
        >>> t[s:e]
        'half of the voters'
        >>> postmodified_subject("Ann Lee said it.", 0, 8, "en") is None
        True
    """
    if language not in _PARTICIPLE_ENDINGS:
        return None
    opening = subject(text, lo, verb, language)
    if opening is None:
        return None
    start = opening[0]
    if any(mark in _NOT_IN_SUBJECT for mark in text[start:verb]) or "--" in text[start:verb]:
        return None
    toks = tokens(text, start, verb)
    if not toks or len(toks) > _MAX_WORDS or any(t[2] in _OTHER_CLAUSE for t in toks):
        return None
    k = _after_approximator(toks)
    if k >= len(toks) or not _opens_noun_phrase(text, toks[k], language):
        return None
    quantity = toks[k][2] in PARTITIVE_HEADS or toks[k][2][:1].isdigit()
    partitive = quantity  # whether an "of" phrase may still belong to the head
    named = text[toks[k][0]].isupper() and closed_class(toks[k][2], language) != "determiner"
    named = named and not quantity
    end = k + 1
    while end < len(toks):
        word = toks[end][2]
        if word == "of" and partitive:
            partitive = False  # "half of the voters": the set belongs to the head
        elif named and word == "of" and end + 1 < len(toks) and text[toks[end + 1][0]].isupper():
            pass  # "Secretary of State Ann Lee": "of" inside a name or title
        elif _opens_postmodifier(text, toks[end], text[toks[end - 1][0]].islower(), language):
            break
        elif named and text[toks[end][0]].islower() and word not in _ROLE_WORDS:
            return None  # "Ann Lee answered …": a verb or a noun after the name, no postmodifier
        end += 1
    if end >= len(toks):
        return None  # no postmodifier: the plain subject is read elsewhere
    verbs = CUE_VERBS.get(language, frozenset())
    if any(t[2] in verbs and text[t[0]].islower() for t in toks) or any(
        t[2] in _RELATIVES for t in toks[end + 1 :]
    ):
        return None  # "Lee said that Roe called …": a reported clause holds the cue
    head = toks[k:end]
    if sum(closed_class(t[2], language) == "determiner" for t in head) > 1:
        return None  # "The audit covers a fund that …": a verb and its object in the head
    if head[-1][2] in {"of", "the", "a", "an"} or any(t[2] in _NOT_IN_HEAD for t in head):
        return None  # "Lee was at home when …": a verb in the head, another shape
    if (
        named
        and len(head) == 1
        and len(head[0][2]) > 4
        and head[0][2].endswith(_PARTICIPLE_ENDINGS[language])
    ):
        return None  # "Warned that Lee called him …": a participle clause opens the sentence
    if named:
        # "party leader Ann Lee of …": a name ends at its last capital
        while len(head) > 1 and text[head[-1][0]].islower():
            head = head[:-1]
    return head[0][0], head[-1][1]


def _after_approximator(toks: list[tuple[int, int, str]]) -> int:
    """Return the index of the first token after an approximator ("at least", "nearly").

    Only an approximator before a number or a quantity counts ("some of the
    delegates" opens with its head).
    """
    for phrase in APPROXIMATORS:
        words = phrase.split()
        n = len(words)
        if (
            n < len(toks)
            and all(toks[i][2] == w for i, w in enumerate(words))
            and (toks[n][2] in PARTITIVE_HEADS or toks[n][2][:1].isdigit())
        ):
            return n
    return 0


def _opens_noun_phrase(text: str, tok: tuple[int, int, str], language: str) -> bool:
    """Return whether ``tok`` may open a noun phrase: a determiner, a quantity or a noun."""
    word = tok[2]
    kind = closed_class(word, language)
    if kind == "determiner" or word in PARTITIVE_HEADS or word[:1].isdigit():
        return True
    return kind is None and text[tok[0]].isupper()


def _opens_postmodifier(
    text: str, tok: tuple[int, int, str], after_common_noun: bool, language: str
) -> bool:
    """Return whether ``tok`` opens a postmodifier: a relative pronoun, a preposition, a participle.

    A participle follows a common noun ("an ad released Thursday"); after a
    name the same form is the finite verb ("Lee answered by saying").
    """
    word = tok[2]
    if word in _RELATIVES or closed_class(word, language) == "preposition":
        return True
    return (
        after_common_noun
        and text[tok[0]].islower()
        and len(word) > 4
        and word.endswith(_PARTICIPLE_ENDINGS[language])
        and closed_class(word, language) is None
    )
