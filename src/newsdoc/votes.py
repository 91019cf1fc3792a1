"""Vote tallies: "the bill passed with a 325-184 vote", "mit 183 zu 117 Stimmen".

`find_votes` reads recorded votes out of news copy in English, German, French,
Spanish and Italian and returns them as `VoteTally` values: the counts for and
against (and abstentions), whether the vote was unanimous, whether the proposal
passed or failed, and the body that voted.

Example:
    >>> from newsdoc import find_votes
    >>> (vote,) = find_votes("The Senate voted 52 to 48 to approve the treaty.")
    >>> vote.yes, vote.no, vote.outcome, vote.body
    (52, 48, 'passed', 'The Senate')

It finds four shapes of vote, each composed from the word classes of
`newsdoc._lexicon.votes_vocab` and the number expressions of
`newsdoc._lexicon.numbers`:

* a bare pair of counts next to a vote word: "voted 220-212", "a 5-4 decision",
  "by a vote of 52 to 48", "by 310 votes to 219", "VOTED NINE-ONE",
  "failed 41-58", "par 325 voix contre 184", "by 14 votes to nil";
* a chain of labelled counts: "120 in favour to 14 against, with 32
  abstentions", "19 Ja-Stimmen und 48 Nein-Stimmen bei 3 Enthaltungen",
  "Ayes 320, Noes 210", "30 senators in favour and 12 against";
* a share of the members: "9 of the 15 members voted for, four against and two
  abstained", "Dafür votierten 40 der 61 Räte, 21 dagegen";
* a unanimous vote with no counts: "unanimously approved", "einstimmig",
  "without dissent", "senza voti contrari".

Abstentions may follow the counts ("with two members abstaining"), be named
("with China and Russia abstaining") or open the next sentence ("There were
five abstentions.").  What is not a vote is decided in one place
(`_shape_veto`, `_context_veto`).

``yes`` counts the votes for the proposal as the sentence names it: in "voted
1,272 to 525 against a proposal" the proposal got 525 votes.  A court's ruling
counts the majority as ``yes`` and has no outcome.

Sports scores, ranges, fractions, model numbers, seat splits, ratios, opinion
polls and election results are not tallies, and are left alone.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable
from typing import Literal

import attrs
import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.dates import AGENCY_MONTHS, LOCALES, month_names
from newsdoc._lexicon.numbers import digits_pattern, first_words, number_pattern, number_value
from newsdoc._lexicon.votes_vocab import VOTE_VOCABULARY, VoteVocabulary
from newsdoc._text import Document, sentences
from newsdoc.spans import Span

__all__ = ["VoteTally", "find_votes"]

Outcome = Literal["passed", "failed"]


@attrs.frozen(kw_only=True)
class VoteTally:
    """A recorded vote.

    Attributes:
        span: Where the tally is written ("voted 52 to 48").
        yes: Votes for the proposal as the sentence names it, if stated.
        no: Votes against it, if stated.
        abstain: Abstentions, if stated.
        absent: Members absent or not voting, if stated.
        unanimous: The text calls the vote unanimous.
        outcome: "passed" or "failed" when the text says so (None for court rulings).
        body: The body that voted, exactly as written ("the Senate", "Parliament"): the
            text of ``body_span``.  It never reaches back across a line break, so a
            credit or headline line above the sentence is not part of it.
        body_span: Where the body is named (None when no body is named).

    Example:
        >>> VoteTally(span=Span(start=0, end=7), yes=5, no=4).outcome is None
        True
        >>> text = "The Senate voted 52-48."
        >>> (vote,) = find_votes(text)
        >>> vote.body, vote.body_span.slice(text) == vote.body
        ('The Senate', True)
    """

    span: Span
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    absent: int | None = None
    unanimous: bool = False
    outcome: Outcome | None = None
    body: str | None = None
    body_span: Span | None = None


# ---------------------------------------------------------------------------
# Grammar, compiled once per language on first use (number separators come
# from Babel, which must not load at import time).


def _alt(items: Iterable[str], num: str = "") -> str:
    """Join regex fragments into one non-capturing alternation."""
    parts = [i.replace(" ", r"\s++").replace("(?:NUM)", f"(?:{num})") for i in items]
    return "(?:" + "|".join(parts) + ")"


_DASH = r"[\p{Pd}\u2212]"

#: Flags of every vocabulary pattern: case-insensitive, so "VOTED NINE-ONE" reads.
_FLAGS = regex.IGNORECASE | regex.VERBOSE


# A capitalised name of up to four words: "the United States", "Brazil".
_NAME = r"\p{Lu}[\p{L}.'’-]{0,30}+(?:\s++\p{Lu}[\p{L}.'’-]{0,30}+){0,3}"
# A list of names, each with its article and (in a Romance "of" phrase) its
# preposition: "Russia e Cina", "de la Chine et de la Russie", "the US and Britain".
_NAME_ART = r"(?:(?:the|la|le|les|el|los|las|il|lo|gli|die|der|das)\s++|l['’])?"
_NAMES = (
    rf"(?-i:{_NAME_ART}{_NAME}(?:\s*+(?:,|and|und|et|y|e)\s++(?:de\s++|d['’]|di\s++)?"
    rf"{_NAME_ART}{_NAME}){{0,5}})"
)


@attrs.frozen(kw_only=True)
class _Grammar:
    """The compiled patterns of one language."""

    trigger: tuple[str, ...]
    number_words: frozenset[str]
    digits: regex.Pattern[str]
    number: regex.Pattern[str]
    pair: regex.Pattern[str]
    item: regex.Pattern[str]
    label_before: regex.Pattern[str]
    unanimous: regex.Pattern[str]
    #: Folded text that every match of ``unanimous`` holds one of, or None (see
    #: `_needles`).
    unanimous_needles: tuple[str, ...] | None
    cue_before: regex.Pattern[str]
    cue_after: regex.Pattern[str]
    cue_anywhere: regex.Pattern[str]
    ruling_after: regex.Pattern[str]
    weak_after: regex.Pattern[str]
    abstain_tail: regex.Pattern[str]
    absent_tail: regex.Pattern[str]
    passed: regex.Pattern[str]
    failed: regex.Pattern[str]
    against_after: regex.Pattern[str]
    not_failed_after: regex.Pattern[str]
    supermajority: regex.Pattern[str]
    court: regex.Pattern[str]
    body: regex.Pattern[str]
    unit_after: regex.Pattern[str]
    range_before: regex.Pattern[str]
    sports_before: regex.Pattern[str]
    defeated_someone: regex.Pattern[str]
    sports_after: regex.Pattern[str]
    poll_election: regex.Pattern[str]
    sports_words: regex.Pattern[str]
    vote_words: regex.Pattern[str]
    abstainers: regex.Pattern[str]
    abstainers_after: regex.Pattern[str]
    abstain_counted: regex.Pattern[str]
    unanimous_with: regex.Pattern[str]
    unanimous_not_before: regex.Pattern[str]
    unanimous_not_after: regex.Pattern[str]
    modal_before: regex.Pattern[str]
    modal_after: regex.Pattern[str]
    vote_then: regex.Pattern[str]
    favour_of: regex.Pattern[str] | None
    share_after: regex.Pattern[str]
    share_verb_before: regex.Pattern[str]
    share_whole_before: regex.Pattern[str]
    share_verb_after: regex.Pattern[str]
    share_part: regex.Pattern[str]
    abstain_next: regex.Pattern[str]
    makeup_before: regex.Pattern[str]
    zero_against: regex.Pattern[str]
    for_rival: regex.Pattern[str]


# What ends the plain text a pattern fragment opens with: an escape, a class, a
# group, an alternation, a quantifier, a wildcard, an anchor, white space.
_NOT_LITERAL = frozenset("\\[](){}|?*+.^$# \t\n")
# Quantifiers: the character before one may be left out or repeated.
_QUANTIFIERS = frozenset("?*+{")


def _opening_literal(fragment: str) -> str | None:
    r"""Return the plain text every match of ``fragment`` opens with, folded, or None.

    None when there is none, or when the fragment has an alternation outside any
    group (its other branch need not open so).  Used as a prefilter: a window of
    text whose folded form holds none of a pattern's opening texts holds no match.
    Case-insensitive matching (simple case folding) of plain letters is full case
    folding's too, so ``str.casefold`` keeps every match ("ſans" matches "sans").

    Example:
        >>> _opening_literal(r"ohne\s+Gegenstimmen?"), _opening_literal(r"unanimous(?:ly)?")
        ('ohne', 'unanimous')
        >>> _opening_literal(r"einstimmig(?:e|en)?"), _opening_literal(r"un[áa]nime")
        ('einstimmig', 'un')
        >>> _opening_literal(r"votes?"), _opening_literal(r"a|b"), _opening_literal(r"[Nn]o")
        ('vote', None, None)
    """
    depth, escaped, in_class = 0, False, False
    for ch in fragment:  # an alternation outside any group: no common opening
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            return None
    end = 0
    while end < len(fragment) and fragment[end] not in _NOT_LITERAL:
        end += 1
    if end < len(fragment) and fragment[end] in _QUANTIFIERS:
        end -= 1  # "votes?": the "s" may be missing
    return fragment[:end].casefold() or None


def _needles(fragments: Iterable[str]) -> tuple[str, ...] | None:
    """Return the opening texts of an alternation of ``fragments``, or None if one has none."""
    found = tuple(_opening_literal(f) for f in fragments)
    return None if None in found else tuple(n for n in found if n is not None)


@functools.cache
def _grammar(language: str) -> _Grammar:
    v: VoteVocabulary = VOTE_VOCABULARY[language]
    num = number_pattern(language)
    words = "|".join(
        r"\s++" + w.replace(" ", r"\s++") + r"\s++" for w in v.pair_words if w[0].isalpha()
    )
    marks = "|".join(rf"\s*+{w}\s*+" for w in v.pair_words if not w[0].isalpha())
    seps = [rf"\s*+{_DASH}\s*+", rf"\s*+{_DASH}to{_DASH}\s*+"]
    if words:
        seps.append(words)
    if marks:
        seps.append(marks)
    seps.append(rf"\s++{_alt(v.pair_noun)}\s++")

    def pair(num: str) -> regex.Pattern[str]:
        # A pair of counts: "325-184", "52 to 48", "5-to-4", "NINE-ONE", "310 votes to 219",
        # "183 zu 117", "64:11", "325 voix contre 184".
        # A third count after a dash is the abstentions: "voted 8-0-1".
        third = rf"(?:\s*+{_DASH}\s*+(?P<c>\p{{N}}{{1,3}}+)(?!\p{{N}}))?"
        return regex.compile(rf"(?P<a>{num})(?P<sep>{'|'.join(seps)})(?P<b>{num}){third}", _FLAGS)

    # One labelled count: "120 in favour", "14 against", "32 abstentions", "19 Ja-Stimmen",
    # "331 voix pour", "126 contrari", "21 votos"; composed too: count, member noun, vote
    # noun, polarity word ("30 senators in favour", "12 Abgeordnete dagegen", "40 députés
    # pour", "9 diputados en contra", "7 senatori contrari").
    who = rf"(?:{_alt(v.member_nouns)}\s++)?" if v.member_nouns else ""
    what = rf"(?:{_alt(v.vote_nouns)}\s++)?" if v.vote_nouns else ""
    yes = _alt((*v.yes_after, *(rf"{who}{what}{w}" for w in v.yes_words)))
    no = _alt((*v.no_after, *(rf"{who}{what}{w}" for w in v.no_words)))
    abstain = _alt((*v.abstain_after, *(rf"{who}{w}" for w in v.abstain_after if v.member_nouns)))
    neutral = _alt((*v.neutral_after, *v.vote_nouns))
    # "98 i voti favorevoli": an article before the side, in an inverted copula
    article = rf"(?:{_alt(v.label_articles)}\s++)?" if v.label_articles else ""
    # The abstentions and absences are tried first: a side label with a free word before
    # it would take the abstention noun for that word ("zwei Enthaltungen für die Vorlage"
    # is two abstentions, not two votes for the bill).
    item = regex.compile(
        rf"""
        (?P<num>{num})\s*+{article}
        (?: (?P<abstain>{abstain})
          | (?P<absent>{_alt(v.absent_after)})
          | (?P<yes>{yes})
          | (?P<no>{no})
          | (?P<neutral>{neutral}) )
        (?![\p{{L}}\p{{N}}])
        """,
        _FLAGS,
    )
    # A label before a count: "Ayes " in "Ayes 320", "Noes: " in "Noes: 210".
    label_before = regex.compile(
        rf"(?<!\p{{L}})(?:(?P<yb>{_alt(v.yes_before)})|(?P<nb>{_alt(v.no_before)}))\s*+[:,]?\s*+\Z",
        _FLAGS,
    )
    return _Grammar(
        trigger=v.trigger,
        number_words=first_words(language),
        digits=regex.compile(digits_pattern(language)),
        number=regex.compile(num, _FLAGS),
        pair=pair(num),
        item=item,
        label_before=label_before,
        # "unanimously", "einstimmig", "à l'unanimité"
        unanimous=regex.compile(rf"(?<!\p{{L}}){_alt(v.unanimous)}(?!\p{{L}})", _FLAGS),
        unanimous_needles=_needles(v.unanimous),
        # "voted", "by a vote of", "passed the bill," (searched in the clause before a pair)
        cue_before=regex.compile(rf"(?<!\p{{L}}){_alt(v.cue_before)}(?!\p{{L}})", _FLAGS),
        # "vote" in "a 5-4 vote", "Stimmen" in "183 zu 117 Stimmen"
        cue_after=regex.compile(rf"\s*+(?:{_DASH}\s*+)?{_alt(v.cue_after)}(?!\p{{L}})", _FLAGS),
        # "ruling" anywhere in the sentence of "an eight to one majority"
        cue_anywhere=regex.compile(rf"(?<!\p{{L}}){_alt(v.cue_after)}(?!\p{{L}})", _FLAGS),
        # "decision" in "a 6-3 decision"
        ruling_after=regex.compile(
            rf"\s*+(?:{_DASH}\s*+)?{_alt(v.ruling_after)}(?!\p{{L}})", _FLAGS
        ),
        # "margin" in "a 9-0 margin"
        weak_after=regex.compile(rf"\s*+{_alt(v.weak_after)}(?!\p{{L}})", _FLAGS),
        # ", with two abstentions" / " bei 3 Enthaltungen" / ", with one member abstaining"
        abstain_tail=regex.compile(
            rf"\s*+{_alt((*v.abstain_tail, *_abstain_tails(v)), num)}(?!\p{{L}})", _FLAGS
        ),
        # ", with three senators absent" / " and two not voting"
        absent_tail=regex.compile(
            rf"\s*+,?\s*+(?:with|and|bei|und|et|avec|y|con|e)?\s*+(?:{num})\s++"
            rf"(?:\p{{L}}++\s++)?{_alt(v.absent_after)}(?!\p{{L}})",
            _FLAGS,
        ),
        # " against a proposal" right after "voted 1,272 to 525"
        against_after=regex.compile(
            rf"\s*+(?:\p{{L}}++\s++){{0,2}}?{_alt(v.against_after)}(?!\p{{L}})", _FLAGS
        ),
        passed=regex.compile(rf"(?<!\p{{L}}){_alt(v.passed)}(?!\p{{L}})", _FLAGS),
        failed=regex.compile(rf"(?<!\p{{L}}){_alt(v.failed, num)}(?!\p{{L}})", _FLAGS),
        # "rejection of a presidential veto" (an override)
        not_failed_after=regex.compile(rf"\s*+{_alt(v.not_failed_after)}", _FLAGS),
        supermajority=regex.compile(rf"(?<!\p{{L}}){_alt(v.supermajority)}(?!\p{{L}})", _FLAGS),
        court=regex.compile(rf"(?<!\p{{L}}){_alt(v.court)}(?!\p{{L}})", _FLAGS),
        # "the House Banking Committee", "Parliament", an appeals court named with its
        # circuit, "das EU-Parlament"
        body=regex.compile(
            rf"""
            (?<![\p{{L}}\p{{N}}])
            (?:(?:the|der|die|das|le|la|l['’]|el|los|il|lo)[^\S\n]++)?
            (?-i:(?:(?:\p{{Lu}}[\p{{L}}\p{{N}}.'’&-]{{0,30}}+|and|of|&)[^\S\n]++){{0,5}})
            (?:\p{{Lu}}[\p{{L}}\p{{N}}]{{0,8}}+-)?
            (?<!White\s++)(?<!(?:and|of)\s++)
            {_alt(v.bodies)}
            (?![\p{{L}}\p{{N}}])
            """,
            _FLAGS,
        ),
        # "15-20 mln", "6-3 pct", "10-11 March" (English month names capitalised only: "may")
        unit_after=regex.compile(
            rf"\s*+(?:{_DASH}\s*+)?{_alt((_months(language, after=True), *v.unit_after))}"
            r"(?!\p{L})",
            _FLAGS,
        ),
        # "aged 5-11", "between 15 and 20", "March 10-11", "Boeing 737-800"
        range_before=regex.compile(
            rf"(?<!\p{{L}}){_alt((_months(language, after=False), *v.range_before))}\s*+\Z",
            _FLAGS,
        ),
        # "defeated Japan 3-2", "won 3-1"
        sports_before=regex.compile(
            rf"(?<!\p{{L}}){_alt(v.sports_before)}\s++(?:[\p{{L}}\p{{N}}'’.-]++\s++){{0,4}}+\Z",
            _FLAGS,
        ),
        # "defeated vice chairman Smith by a vote of" (a candidate, not a proposal)
        defeated_someone=regex.compile(
            r"(?<!\p{L})(?:defeated|beat|ousted|besiegt\p{L}*+|battu\p{L}*+|derrot\p{L}*+"
            r"|sconfi\p{L}*+)\s++(?:(?:the|die|den|le|la|les|el|los|il)\s++(?=(?-i:\p{Lu}))"
            r"(?!(?:\p{L}++\s++){1,3}?(?:amendment|bill|motion|proposal|resolution|plan|measure"
            r"|treaty|nomination|Antrag|Gesetz|projet|proyecto|proposta)\b)"
            r"|(?!(?:a|an|the|this|that|its|his|her|their|two|three)\s))"
            r"(?-i:\p{Ll}++\s++){0,3}?(?-i:\p{Lu})[^.;]{0,60}+\Z",
            _FLAGS,
        ),
        sports_after=regex.compile(rf"\s*+(?:{_DASH}\s*+)?{_alt(v.sports_after)}", _FLAGS),
        poll_election=regex.compile(rf"(?<!\p{{L}}){_alt(v.poll_election)}(?!\p{{L}})", _FLAGS),
        # "game", "Spiel": a score in a sports story
        sports_words=regex.compile(rf"(?<!\p{{L}}){_alt(v.sports_words)}(?!\p{{L}})", _FLAGS),
        # "vote", "Stimmen": outweighs a sports word
        vote_words=regex.compile(rf"(?<!\p{{L}}){_alt(v.vote_words)}(?!\p{{L}})", _FLAGS),
        # "with the United States abstaining", "China and Russia abstained"
        abstainers=regex.compile(
            rf"""
            (?<![\p{{L}}\p{{N}}])
            (?P<subj>(?-i:it|he|she|It|He|She)
              | (?-i:(?:the\s++)?{_NAME}(?:\s*+(?:,|and|und|et|y|e)\s++(?:the\s++)?{_NAME}){{0,5}}))
            \s++{_alt(v.abstained)}(?!\p{{L}})
            """,
            _FLAGS,
        ),
        # the names after the verb, where the subject may follow it ("si sono astenute
        # Russia e Cina", "enthielten sich Russland und China"), or after the abstention
        # noun ("con las abstenciones de Rusia y China", "avec l'abstention de la Chine")
        abstainers_after=regex.compile(
            rf"(?<!\p{{L}})(?:{_alt(v.abstained) if language != 'en' else '(?!)'}"
            rf"|{_alt(v.abstained_of) if v.abstained_of else '(?!)'})\s*+:?\s*+(?P<subj>{_NAMES})",
            _FLAGS,
        ),
        # "los ocho parlamentarios del grupo mixto se abstuvieron", "deux administrateurs
        # s'étant abstenus": a count, its noun phrase (at most five words), the verb
        abstain_counted=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])(?P<n>{num})\s++(?:[\p{{L}}'’-]++\s++){{0,5}}?"
            rf"{_alt(v.abstain_after)}(?!\p{{L}})",
            _FLAGS,
        ),
        unanimous_with=regex.compile(rf"(?<!\p{{L}}){_alt(v.unanimous_with)}(?!\p{{L}})", _FLAGS),
        # "must be agreed unanimously", "not unanimous"
        unanimous_not_before=regex.compile(
            rf"(?<!\p{{L}})(?:{_alt(v.unanimous_not)}(?:\s++\p{{L}}++){{0,4}}+"
            rf"|{_alt(v.negation)})\s*+\Z",
            _FLAGS,
        ),
        unanimous_not_after=regex.compile(
            r"\s++(?:opposition|opposed|in\s+(?:their|its|his|her)|agreement|worry)", _FLAGS
        ),
        # "could end up 4-4", "the vote would be 66 to 34"
        # and a case stated as a condition: "in the event of", "im Falle", "en cas d'égalité",
        # "en caso de", "in caso di" (the compound conditional prepositions of each grammar)
        modal_before=regex.compile(
            r"(?<!\p{L})(?:would|could|might|if|würde|würden|könnte|pourrait|podría|potrebbe"
            r"|in\s++(?:the\s++)?(?:case|event)\s++of|im\s++Falle?|falls"
            r"|en\s++cas\s++d|au\s++cas\s++où|en\s++caso\s++de|in\s++caso\s++di"
            r"|nel\s++caso\s++(?:di|in\s++cui))"
            r"(?!\p{L})[^.;]{0,40}+\Z",
            _FLAGS,
        ),
        # "A 4-4 split among the justices would keep"
        modal_after=regex.compile(
            r"[^.;,]{0,40}?(?<!\p{L})(?:would|could|might|würde|pourrait|podría|potrebbe)(?!\p{L})",
            _FLAGS,
        ),
        # "voted 57 to 33 to cut aid", "voted 412-9 in favor of", "voted 4-1, with two
        # members absent, to approve" (the span ends after the absentees)
        vote_then=regex.compile(
            r"\s*+,?\s*+(?:\p{L}++\s++){0,3}?(?:to\s++\p{L}|in\s++favou?r|for\s)", _FLAGS
        ),
        # " de la cession" after "trois en faveur": what the vote favoured
        favour_of=(
            regex.compile(rf"\s*+{_alt(v.favour_of)}(?:\s++|(?<=['’]))\p{{L}}", _FLAGS)
            if v.favour_of
            else None
        ),
        # "maggioranza conservatrice di " right before "6 a 3": a chamber's or court's make-up
        makeup_before=regex.compile(
            rf"(?<!\p{{L}}){_alt(v.makeup_before) if v.makeup_before else '(?!)'}\s*+\Z",
            _FLAGS,
        ),
        # " ohne Gegenstimme" after "13 Ja-Stimmen": none against
        zero_against=regex.compile(
            rf"[\s,]*+{_alt(v.zero_against) if v.zero_against else '(?!)'}(?!\p{{L}})", _FLAGS
        ),
        # " for her rival" after "14,220 votes to 11,905", " Stimmen für ihren
        # Herausforderer" after "4.210 zu 3.980": a candidate's votes
        for_rival=regex.compile(
            rf"\s*+,?\s*+{what}{_alt(v.for_rival) if v.for_rival else '(?!)'}(?!\p{{L}})",
            _FLAGS,
        ),
        **_share_patterns(v, num),
    )


def _abstain_tails(v: VoteVocabulary) -> tuple[str, ...]:
    """Compose abstention tails: joiner, count, member noun, abstention word.

    "with three abstentions", "and two members abstaining", "bei drei Enthaltungen",
    "avec 12 abstentions", "con cinco diputados absteniéndose" (the ``(?:NUM)``
    placeholder is the count).
    """
    if not v.joiners:
        return ()
    join = _alt(v.joiners)
    who = rf"(?:{_alt(v.member_nouns)}\s++)?" if v.member_nouns else ""
    word = _alt(v.abstain_after)
    return (rf"(?:,\s*+)?{join}\s++(?:NUM)\s++{who}{word}", rf",\s++(?:NUM)\s++{who}{word}")


def _months(language: str, *, after: bool) -> str:
    """Return a regex fragment for the month names of ``language``, wide and abbreviated.

    From the shared calendar table (Babel's CLDR names of every locale of the
    language, plus the agencies' own abbreviations such as AP's "Sept."); an
    abbreviation may take its full stop.  English names are matched capitalised
    only when ``after`` (after a pair, "may" is a verb as often as a month).
    """
    names = {
        name
        for locale in LOCALES.get(language, (language,))
        for width in ("wide", "abbreviated")
        for name in month_names(locale, width)
    }
    for spellings in AGENCY_MONTHS.get(language, {}).values():
        names.update(spellings)
    body = "|".join(regex.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    fragment = rf"(?:{body})\.?"
    return f"(?-i:{fragment})" if after and language == "en" else fragment


def _share_patterns(v: VoteVocabulary, num: str) -> dict[str, regex.Pattern[str]]:
    """Compile the patterns of a share of the members voting: "9 of the 15 members voted for"."""
    verb = rf"(?:(?P<no>{_alt(v.share_no)})|(?P<yes>{_alt(v.share_yes)}))(?!\p{{L}})"
    # Words between the share and its verb; never a relative pronoun, whose verb tells of
    # the whole ("two of the nine aldermen who voted for it").
    words = rf"(?:(?!{_RELATIVE}(?!\p{{L}}))[\p{{L}}'’.-]++\s++)"
    # "nine of the 15" / "178 der 300" / "12 des 20" / "30 de los 45" / "8 dei 12"
    part = rf"(?P<a>{num})\s++{_alt(v.share_of)}\s++(?:the\s++)?(?P<m>{num})(?:-\p{{L}}++)?"
    never = r"(?!)"
    return {
        # "Nine of the 15 council members voted for the ordinance"
        "share_after": regex.compile(rf"{part}\s++{words}{{0,4}}?{verb}", _FLAGS),
        # "Dafür votierten am Abend 178 der 300 Abgeordneten": in a verb-second language the
        # share may follow the verb, across the adverbials of the clause (at most eight words)
        "share_verb_before": regex.compile(
            rf"{verb}\s++{words}{{0,8}}?\Z" if v.verb_second else never, _FLAGS
        ),
        "share_part": regex.compile(rf"{part}(?![\p{{L}}\p{{N}}])", _FLAGS),
        # "Of the 300 deputies, 178 voted for": the whole first, then the part and its verb
        "share_whole_before": regex.compile(
            rf"(?<!\p{{L}}){_alt(v.share_of)}\s++(?:the\s++)?(?P<m>{num})\s++{words}{{0,3}}?"
            rf"[\p{{L}}'’.-]*+\s*+,\s*+\Z",
            _FLAGS,
        ),
        "share_verb_after": regex.compile(rf"(?P<a>{num})\s++{words}{{0,2}}?{verb}", _FLAGS),
        # "There were five abstentions." / "Es gab fünf Enthaltungen." / "Two members
        # abstained.": the sentence after a tally states its abstentions
        "abstain_next": regex.compile(
            rf"\s*+(?:{_alt(v.abstain_next)}\s++)?(?P<n>{num})\s++(?:[\p{{L}}'’-]++\s++){{0,2}}?"
            rf"{_alt(v.abstain_after)}(?!\p{{L}})"
            if v.abstain_next
            else never,
            _FLAGS,
        ),
    }


#: Relative pronouns that open a clause without a comma (a closed class): "who", "qui",
#: "che".  German relative clauses take a comma, which the words between never cross.
_RELATIVE = r"(?:who|whom|which|that|qui|que|quienes|che|cui)"


# ---------------------------------------------------------------------------
# Sentences around a position.


_BLANK = regex.compile(r"\n[ \t\r\f\v]*+\n")
#: How far from a tally its sentence context reaches (characters), whatever the sentence.
_CONTEXT = 250
#: Very long paragraphs are split into sentences in blocks this long, each with this much
#: text either side (more than a context reaches, so the blocks agree at their seams).
_BLOCK = 2048
_SPLIT_MARGIN = 512


@attrs.frozen(kw_only=True)
class _Context:
    """The sentence around a match and the start of the one before."""

    start: int
    end: int
    prev_start: int


class _Sentences:
    """The sentences of one text, split lazily where candidates are.

    One instance serves one `find_votes` call.  A paragraph of ordinary length is
    split whole, once; a very long one (a page without blank lines) in blocks of
    `_BLOCK` characters, each split once with a margin either side, so the cost of
    any input stays linear in the text near candidates.
    """

    def __init__(self, text: str, language: str) -> None:
        self._text = text
        self._language = language
        self._paras: list[tuple[int, int]] = []
        self._para_starts: list[int] = []
        self._cache: dict[tuple[int, int], list[int]] = {}

    def _paragraphs(self) -> list[tuple[int, int]]:
        if not self._paras:
            start = 0
            for m in _BLANK.finditer(self._text):
                self._paras.append((start, m.start()))
                start = m.end()
            self._paras.append((start, len(self._text)))
            self._para_starts = [p[0] for p in self._paras]
        return self._paras

    def _breaks(self, lo: int, hi: int, core_lo: int, core_hi: int) -> list[int]:
        """Return the sentence breaks in ``[core_lo, core_hi)``, splitting ``text[lo:hi]``."""
        segs = sentences(self._text, lo, hi, language=self._language)
        return [seg.span.end for seg in segs[:-1] if core_lo <= seg.span.end < core_hi]

    def _split(self, i: int, at: int) -> tuple[list[int], list[int]]:
        """Return the sentence starts and ends of paragraph ``i`` around position ``at``."""
        lo, hi = self._paras[i]
        if hi - lo <= 2 * _BLOCK:
            breaks = self._cache.get((i, -1))
            if breaks is None:
                breaks = self._cache[i, -1] = self._breaks(lo, hi, lo, hi)
            return [lo, *breaks], [*breaks, hi]
        k = (at - lo) // _BLOCK
        breaks = []
        for b in (k - 1, k, k + 1):
            core_lo, core_hi = lo + b * _BLOCK, min(hi, lo + (b + 1) * _BLOCK)
            if core_lo >= hi or core_hi <= lo:
                continue
            got = self._cache.get((i, b))
            if got is None:
                window = max(lo, core_lo - _SPLIT_MARGIN), min(hi, core_hi + _SPLIT_MARGIN)
                got = self._cache[i, b] = self._breaks(*window, core_lo, core_hi)
            breaks.extend(got)
        near_lo, near_hi = max(lo, lo + (k - 1) * _BLOCK), min(hi, lo + (k + 2) * _BLOCK)
        return [near_lo, *breaks], [*breaks, near_hi]

    def context(self, start: int, end: int) -> _Context:
        """Return the sentence holding ``text[start:end]`` and the start of the one before."""
        self._paragraphs()
        i = max(0, bisect.bisect_right(self._para_starts, start) - 1)
        starts, ends = self._split(i, start)
        j = max(0, bisect.bisect_right(starts, start) - 1)
        k = max(j, bisect.bisect_right(starts, max(start, end - 1)) - 1)
        cur_start, cur_end = starts[j], max(ends[k], end)
        if j > 0:
            prev_start = starts[j - 1]
        elif i > 0:
            prev_start = self._split(i - 1, max(0, self._paras[i - 1][1] - 1))[0][-1]
        else:
            prev_start = cur_start
        lo = max(cur_start, start - _CONTEXT)
        return _Context(
            start=min(lo, start),
            end=min(cur_end, end + _CONTEXT),
            prev_start=min(max(prev_start, lo - _CONTEXT), lo, start),
        )


# ---------------------------------------------------------------------------
# Reading one candidate.


def _nearest(
    pattern: regex.Pattern[str], text: str, lo: int, hi: int, at: int
) -> regex.Match[str] | None:
    """Return the match of ``pattern`` in ``text[lo:hi]`` nearest to position ``at``."""
    best: regex.Match[str] | None = None
    best_d = 0
    for m in pattern.finditer(text, lo, hi):
        d = at - m.end() if m.end() <= at else m.start() - at
        if best is None or d < best_d:
            best, best_d = m, d
    return best


def _abstain_before(g: _Grammar, text: str, language: str, lo: int, hi: int) -> int | None:
    """Return the abstentions a joiner phrase states right before the counts, else None.

    Example:
        >>> g = _grammar("de")
        >>> t = "Der Rat beschloss bei einer Enthaltung mit zwölf zu zwei Stimmen"
        >>> _abstain_before(g, t, "de", 0, t.index("zwölf"))
        1
    """
    for m in g.abstain_tail.finditer(text, lo, hi):
        if text[m.end() : hi].strip(" ,") and not _JOINER_ONLY.fullmatch(text, m.end(), hi):
            continue  # more than a joining word between it and the counts
        n = g.number.search(text, m.start(), m.end())
        return number_value(n.group(), language) if n else None
    return None


# What may stand between a leading abstention phrase and the counts: "mit", "by".
_JOINER_ONLY = regex.compile(r"[\s,]*+(?:mit|with|by|avec|par|con|por)?+\s*+", regex.IGNORECASE)


def _next_sentence(g: _Grammar, text: str, ctx: _Context) -> tuple[int, int, int]:
    """Return the window of the sentence right after a tally's, when it holds no count.

    "The vote was 6-3. The ordinance therefore passed.", "… 18 dafür, 17 dagegen.
    Damit ist der Antrag angenommen.": the next sentence states the outcome of
    the vote before it; a sentence with figures of its own reports another.
    """
    hi = min(len(text), ctx.end + _OUTCOME_REACH)
    stop = _SENTENCE_BREAK.search(text, ctx.end + 1, hi)
    if stop is not None:
        hi = stop.start() + 1
    if "\n\n" in text[ctx.end : hi] or g.digits.search(text, ctx.end, hi) is not None:
        return (ctx.end, ctx.end, ctx.end)  # another paragraph, or counts of its own
    return (ctx.end, hi, ctx.end)


#: How far from the counts an outcome word is looked for (characters either side).
_OUTCOME_REACH = 180


def _outcome(
    g: _Grammar, text: str, ctx: _Context, start: int, end: int
) -> tuple[Outcome | None, int]:
    """Return the stated outcome near ``text[start:end]`` and where its cue ends.

    The cue nearest to the counts in their sentence (within `_OUTCOME_REACH`
    characters), else in the end of the sentence before.
    """
    here = (max(ctx.start, start - _OUTCOME_REACH), min(ctx.end, end + _OUTCOME_REACH), start)
    before = (max(ctx.prev_start, ctx.start - _OUTCOME_REACH), ctx.start, ctx.start)
    for lo, hi, at in (here, before, _next_sentence(g, text, ctx)):
        if lo >= hi:
            continue
        cues: list[tuple[int, int, Outcome]] = []
        against = g.against_after.match(text, end, hi) if lo <= start < hi else None
        if against is not None:
            cues.append((against.start(), against.end(), "failed"))
        # Before and after the counts apart, so no cue runs across them.
        for a, b in ((lo, min(hi, start)), (max(lo, end), hi)):
            if a >= b:
                continue
            for m in g.failed.finditer(text, a, b):
                kind: Outcome = "failed"
                if g.not_failed_after.match(text, m.end(), hi):
                    kind = "passed"
                cues.append((m.start(), m.end(), kind))
            cues.extend((m.start(), m.end(), "passed") for m in g.passed.finditer(text, a, b))
        if not cues:
            continue

        def distance(c: tuple[int, int, Outcome], at: int = at) -> int:
            s, e, _ = c
            d = at - e if e <= at else s - end if s >= end else 0
            return max(0, d)

        best = min(cues, key=lambda c: (distance(c), c[2] != "failed"))
        return best[2], best[1]
    return None, -1


#: How far before a tally its body is looked for (the subject of its clause), and after.
_BODY_BEFORE = 250
_BODY_AFTER = 150


def _body(g: _Grammar, text: str, ctx: _Context, start: int) -> Span | None:
    """Return where the voting body is named.

    Nearest before ``start`` in its sentence, else after it, else in the sentence before.
    """
    m = None
    for m2 in g.body.finditer(text, max(ctx.start, start - _BODY_BEFORE), start):
        m = m2
    if m is None:
        m = g.body.search(text, start, min(ctx.end, start + _BODY_AFTER))
    if m is None and ctx.prev_start < ctx.start:
        for m2 in g.body.finditer(text, max(ctx.prev_start, ctx.start - _BODY_BEFORE), ctx.start):
            m = m2
    if m is None:
        return None
    return Span(start=m.start(), end=m.end())


def _is_court(g: _Grammar, text: str, ctx: _Context, body: str | None) -> bool:
    """Return whether the vote is a court's ruling."""
    if body is not None and g.court.search(body):
        return True
    return g.court.search(text, ctx.prev_start, ctx.end) is not None and body is None


@attrs.frozen(kw_only=True)
class _Found:
    """A tally before polarity and outcome are settled."""

    start: int
    end: int
    first: int
    second: int
    core_start: int
    core_end: int
    labelled: bool
    abstain: int | None = None
    absent: int | None = None


def _pair_tally(
    g: _Grammar, text: str, m: regex.Match[str], language: str, sents: _Sentences
) -> tuple[_Found, _Context] | None:
    """Return the tally a pair match stands for, or None when it is not a vote.

    A pair is a vote when a vote word states it (the evidence) and nothing in its
    shape or its context makes it another kind of figure (`_shape_veto`,
    `_context_veto`).
    """
    a = number_value(m.group("a"), language)
    b = number_value(m.group("b"), language)
    if a is None or b is None:
        return None
    start, end = m.span()
    if _shape_veto(g, text, m, language) is not None:
        return None
    ctx = sents.context(start, end)
    ev = _evidence(g, text, m, ctx)
    if ev is None or _context_veto(g, text, m, a, b, ctx, ev) is not None:
        return None
    third = number_value(m.group("c"), language) if m.group("c") is not None else None
    stop = ev.after.end() if ev.after is not None else end
    tail = g.abstain_tail.match(text, stop, min(ctx.end, stop + 60))
    abstain = third
    if tail is not None:
        n = g.number.search(text, tail.start(), tail.end())
        abstain = number_value(n.group(), language) if n else None
        stop = tail.end()
    elif abstain is None:
        # "beschloss bei einer Enthaltung mit zwölf zu zwei Stimmen": the abstentions
        # named in the clause before the counts
        abstain = _abstain_before(g, text, language, max(ctx.start, start - 60), start)
    absent = None
    gone = g.absent_tail.match(text, stop, min(ctx.end, stop + 60))
    if gone is not None:
        n = g.number.search(text, gone.start(), gone.end())
        absent = number_value(n.group(), language) if n else None
        stop = gone.end()
    begin = start
    if ev.cue is not None and start - ev.cue.end() <= 40:
        begin = ev.cue.start()
        lead = _LEAD.search(text, max(ctx.start, begin - 12), begin)
        if lead is not None:
            begin = lead.start()
    found = _Found(
        start=begin,
        end=stop,
        core_start=start,
        core_end=end,
        first=a,
        second=b,
        labelled=False,
        abstain=abstain,
        absent=absent,
    )
    return found, ctx


@attrs.frozen(kw_only=True)
class _Evidence:
    """What makes a pair of counts a vote."""

    #: A vote or outcome word leading up to the pair: "voted", "by a vote of", "failed".
    cue: regex.Match[str] | None
    #: A vote noun right after the pair: "a 5-4 vote", "the 7-2 tally" (or "margin").
    after: regex.Match[str] | None
    #: A vote noun between the counts: "310 votes to 219", "325 voix contre 184".
    noun_between: bool


def _evidence(g: _Grammar, text: str, m: regex.Match[str], ctx: _Context) -> _Evidence | None:
    """Return what states the pair as a vote, or None when nothing does."""
    start, end = m.span()
    after_hi = min(ctx.end, end + 80)
    strong_after = g.cue_after.match(text, end, after_hi)
    cue = None
    for c in g.cue_before.finditer(text, max(ctx.start, start - 100), start):
        cue = c
    if cue is None:  # "the justices split 5-4": a court's split is its ruling
        split = _SPLIT_BEFORE.search(text, max(ctx.start, start - 12), start)
        if split is not None and g.court.search(text, ctx.prev_start, start):
            cue = split
    sep = m.group("sep").strip().casefold()
    noun_between = _WORDY.search(sep) is not None and not _PLAIN_SEP.fullmatch(sep)
    if strong_after or cue or noun_between:
        return _Evidence(cue=cue, after=strong_after, noun_between=noun_between)
    weak = g.weak_after.match(text, end, after_hi)
    if weak is not None and (
        g.cue_before.search(text, ctx.start, ctx.end)
        or g.cue_anywhere.search(text, ctx.start, ctx.end)
        # "writing for the 5-4 majority": the definite majority of a court's ruling (a
        # court's make-up takes "a", "its" or an adjective: "a 6-3 conservative majority")
        or (
            _THE_BEFORE.search(text, max(ctx.start, start - 8), start) is not None
            and g.court.search(text, ctx.start, ctx.end) is not None
        )
    ):
        return _Evidence(cue=None, after=weak, noun_between=False)
    # "By 99 to 0, the Senate went on record ...": the pair opens its sentence.
    if (
        _BY_OPENING.fullmatch(text[ctx.start : start]) is not None
        and text[end : end + 1] == ","
        and (
            g.body.match(text, end + 1 + _space_run(text, end + 1), after_hi) is not None
            # "By 7-2, the Eastvale school board adopted …": a verb of decision in the
            # clause after the comma
            or g.passed.search(text, end, after_hi) is not None
            or g.failed.search(text, end, after_hi) is not None
        )
    ):
        return _Evidence(cue=None, after=None, noun_between=False)
    return None


# ---------------------------------------------------------------------------
# What is not a vote, in one place.  A pair of counts is some other figure when
#
# * its shape says so (`_shape_veto`): it runs on into a longer figure ("5-11-year-olds",
#   "6-1 6-2"), is a range ("from 5 to 10", "de 15 à 20"), a span of years ("1987-88"),
#   a date ("10-11 March"), carries a unit ("15-20 mln dlrs", "6-3 pct", "3:1 Tore"),
#   follows a product code ("MD 11-40") or counts things ("15 to 20 wells");
# * its context says so (`_context_veto`): a score noun or a chamber's make-up right after
#   ("a 3-1 win", "a 52-48 majority in", "a 6-3 conservative majority"), a sports verb
#   before ("beat", "won", "gewann") with no vote noun in between, a person defeated
#   ("defeated vice chairman X by a vote of"), a small ratio ("by a 2 to 1 margin"), a
#   poll or an election word near ("poll", "percent", "seats", "Umfrage"), a sports story
#   (game, league and team words) with no vote word near, or a hypothetical ("would").


def _shape_veto(g: _Grammar, text: str, m: regex.Match[str], language: str) -> str | None:
    """Return why the pair's own shape is no vote, or None."""
    start, end = m.span()
    if text[end : end + 1] in _RUN_ON or text[start - 1 : start] in _RUN_ON:
        return "run-on figure"
    sep = m.group("sep").strip().casefold()
    if m.group("c") is not None and _WORDY.search(m.group("sep")):
        return "run of figures"  # "5 to 10-15"
    # "de 15 à 20", "from 5 to 10" (not with a vote noun between: "mayoría de 180 votos
    # contra 170"; German ranges take "bis", so "von 97 zu 72 Stimmen" is a vote).
    if (
        (sep in ("to", "zu", "à", "a") or not _WORDY.search(sep))
        and _RANGE_FROM.search(text, max(0, start - 12), start)
        and not _TIE_BEFORE.search(text, max(0, start - 30), start)
    ):
        return "range"
    if _NOT_A_COUNT.fullmatch(m.group("a")) or _NOT_A_COUNT.fullmatch(m.group("b")):
        return "phone or code number"  # "555-0142", "800-555014"
    b = number_value(m.group("b"), language) or 0
    if _YEAR.fullmatch(m.group("a")) and (b < 100 or 1800 <= b <= 2100):
        return "years"
    near_lo, near_hi = max(0, start - 40), min(len(text), end + 40)
    if g.unit_after.match(text, end, near_hi):
        return "unit"
    range_word = g.range_before.search(text, near_lo, start)
    if range_word is not None and not (
        _SPLIT_WORD.fullmatch(range_word.group())
        and g.court.search(text, max(0, near_lo - 80), start)
    ):
        return "date, range or model"
    if _model_number(g, text, m, b):
        return "date, range or model"
    if _DIGIT_AFTER.match(text, end, near_hi) or _DIGIT_BEFORE.search(text, near_lo, start):
        return "list of scores"
    if _product_code(text, near_lo, start, language) and not (
        # upper-case copy: "MIT 88 ZU 40 STIMMEN" (any short word looks like a code there)
        not _LOWER.search(text, near_lo, start) and g.cue_after.match(text, end, near_hi)
    ):
        return "product code"
    if language == "en" and _quantity_after(text, end, near_hi):
        return "quantity"
    # An approximate count: consecutive numbers, the smaller first, then a plural noun
    # after an adjective ("3-4 new judgeships"); a vote has the larger first or is failed.
    a = number_value(m.group("a"), language)
    if (
        language == "en"
        and a is not None
        and a + 1 == b
        and _quantity_after(text, end, near_hi, skip_one=True)
    ):
        return "approximate count"
    return None


def _context_veto(
    g: _Grammar,
    text: str,
    m: regex.Match[str],
    a: int,
    b: int,
    ctx: _Context,
    ev: _Evidence,
) -> str | None:
    """Return why the pair's context makes it no vote, or None."""
    start, end = m.span()
    before_lo = max(ctx.start, start - 120)
    after_hi = min(ctx.end, end + 80)
    if g.sports_after.match(text, end, min(len(text), end + 40)):
        return "score or seat majority"
    if _FOR_NAME.match(text, end) or g.for_rival.match(text, end, after_hi):
        # "2 310 voix contre 1 870 pour Garnier", "14,220 votes to 11,905 for her rival"
        return "votes for a candidate"
    if g.makeup_before.search(text, max(before_lo, start - 60), start):
        return "a chamber's or court's make-up"  # "maggioranza conservatrice di 6 a 3"
    sports = g.sports_before.search(text, max(before_lo, start - 60), start)
    if (
        sports is not None
        and ev.after is None
        and not ev.noun_between
        and not g.vote_words.search(text, sports.end(), start)
    ):
        return "sports verb"
    if g.defeated_someone.search(text, max(before_lo, start - 90), start):
        return "a person defeated"
    if b == 1 and a <= 4 and _MARGIN.match(text, end, after_hi):
        return "ratio"  # "rejected the offer by a 2 to 1 margin"
    # A voting verb after the poll or election word takes over: "the newly elected
    # parliament voted 300-200" (not "polls closed; the tally was 4,567 to 3,210").
    poll = None
    for p in g.poll_election.finditer(text, max(ctx.start, start - 50), start):
        poll = p
    cue = ev.cue
    # "Les élus ont approuvé la convention par 21 voix contre 4": the verb need not be
    # the cue nearest the counts
    verb_after_poll = poll is not None and (
        (
            cue is not None
            and cue.start() >= poll.end()
            and _VOTE_VERB.fullmatch(cue.group()) is not None
        )
        or _VOTE_VERB_WORD.search(text, poll.end(), start) is not None
    )
    poll_after = g.poll_election.search(
        text, _past_tails(g, text, end, ctx.end), min(ctx.end, end + 40)
    )
    # "voted 7-2 to keep Bank Rate at 4.25%": a figure in the clause of what was voted
    # is the proposal's, not a poll's
    if poll_after is not None and _PURPOSE.search(text, end, poll_after.start()) is not None:
        poll_after = None
    if (poll is not None and not verb_after_poll) or poll_after is not None:
        return "poll or election"
    if g.sports_words.search(text, ctx.start, ctx.end) and not g.vote_words.search(
        text, before_lo, after_hi
    ):
        return "sports story"
    if g.modal_before.search(text, max(before_lo, start - 50), start):
        return "hypothetical"
    if cue is None and g.modal_after.match(text, end, after_hi):
        return "hypothetical"
    return None


def _past_tails(g: _Grammar, text: str, end: int, hi: int) -> int:
    """Return where the abstentions and absences stated right after a pair end.

    Their member noun is no election word: in "par trente voix contre douze, trois
    élus étant absents" the "élus" are the councillors away, not people elected.
    """
    tail = g.abstain_tail.match(text, end, hi) or g.absent_tail.match(text, end, hi)
    return tail.end() if tail is not None else end


# A clause of purpose after the counts, what the vote decided: "to keep", "pour
# maintenir", "para mantener", "per mantenere", "um … zu" (an infinitive's marker and a
# word).
_PURPOSE = regex.compile(r"(?<!\p{L})(?:to|pour|para|per|um)\s++\p{L}", regex.IGNORECASE)
# A lower-case letter: copy without one is set in capitals.
_LOWER = regex.compile(r"\p{Ll}")
# The definite article right before a pair: "the" in "for the 5-4 majority".
_THE_BEFORE = regex.compile(r"(?<!\p{L})(?:the|der|die|la|le|el|il)\s++\Z", regex.IGNORECASE)
# "split" or "divided" right before a court's counts: "the justices split 5-4".
_SPLIT_BEFORE = regex.compile(r"(?<!\p{L})(?:split|divided)\s*+\Z", regex.IGNORECASE)
_SPLIT_WORD = regex.compile(r"(?:split|divided)\s*+", regex.IGNORECASE)


# Characters that run a pair on into a longer figure: "5-11-year-olds", "3/8", "2:1:0".
_RUN_ON = frozenset("-–/:")
# The first word of a range: "de" in "de 15 à 20" (not "mayoría de 180 votos contra 170").
_RANGE_FROM = regex.compile(
    r"(?<!\p{L})(?:de|da|dai|dal|from|between|entre|tra|fra|zwischen)\s++\Z", regex.IGNORECASE
)
# A separator with a word in it: "votes to", "voix contre", "gegen".
_WORDY = regex.compile(r"\p{L}{3,}")
# A tie before "of"/"de": "un empate de 4 a 4", "une égalité de 4 à 4" (no range).
_TIE_BEFORE = regex.compile(
    r"(?<!\p{L})(?:tie|empate|égalité|parità|Stimmengleichheit|Patt)\s++(?:of|de|di|von)\s*+\Z",
    regex.IGNORECASE,
)
# A separator that is only a small word: "to" in "52 to 48" (not "votes to").
_PLAIN_SEP = regex.compile(r"(?:to|zu|gegen|contre|à|a|contra|contro|frente\s++a)", regex.I)
# The same word ending a labelled count: "six voix contre" (before "trois").
_PLAIN_SEP_END = regex.compile(r"(?<!\p{L})(?:against|gegen|contre|contra|contro)\Z", regex.I)
# Digits no count is written in: a leading zero ("0142") or five and more digits without
# a group separator ("555014"); a count of votes is written "1,204" or "14 220".  These
# are the groups of phone numbers, codes and references.
_NOT_A_COUNT = regex.compile(r"0\p{N}++|\p{N}{5,}+")
# A year: "1987" in "1987-88".
_YEAR = regex.compile(r"(?:18|19|20)\p{N}{2}")
# Verbs of a body voting (a poll word before them does not make the pair a poll).
_VOTE_VERB = regex.compile(
    r"vot(?:ed|ing|é|ée|ó|aron|ato|ata|ati|arono|iert\p{L}*+)|appro[uv]\p{L}*+|pass\p{L}*+"
    r"|adopt\p{L}*+|confirm\p{L}*+|reject\p{L}*+|backed|cleared|ratif\p{L}*+|overr\p{L}*+"
    r"|stimm\p{L}*+|aprob\p{L}*+|verabschied\p{L}*+|beschl\p{L}*+",
    regex.IGNORECASE,
)
_VOTE_VERB_WORD = regex.compile(rf"(?<!\p{{L}})(?:{_VOTE_VERB.pattern})(?!\p{{L}})", regex.I)
# "margin" right after a pair: with "2 to 1" it is a ratio.
_MARGIN = regex.compile(r"\s*+margin", regex.IGNORECASE)
# A number right after or before a pair: "6-1 6-2" (tennis sets).
_DIGIT_AFTER = regex.compile(r"\s*+\p{N}")
_DIGIT_BEFORE = regex.compile(r"\p{N}\s*+\Z")
# A product code right before a pair: "MD 11-40", "F 16-18".
_CODE_BEFORE = regex.compile(
    r"(?:(?<![\p{L}\p{N}])\p{Lu}{1,3}|(?:\p{Lu}\.)++"
    r"|(?<!\p{L})(?:Resolution|Bill|Act|Case|Docket|Rule|Article|Section|Order|Law|No\.?))"
    r"[\p{Pd}\s]?\Z"
)


def _product_code(text: str, lo: int, start: int, language: str) -> bool:
    """Return whether a product code stands right before a pair at ``start``.

    A capital letter alone that is a word of the language is no code: the
    preposition or article opening a sentence ("À six voix contre trois, la
    Cour …", "A 5-4 majority …", "Y 20 a 3").
    """
    code = _CODE_BEFORE.search(text, lo, start)
    if code is None:
        return False
    letters = code.group().rstrip()
    return not (len(letters) == 1 and closed_class(letters, language) is not None)


# A product's name right before a model number: "Boeing" in "Boeing 747-400", "Tupolev".
_MAKER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])(?P<maker>\p{Lu}[\p{L}\p{N}'’.&-]{0,30}+)\s++\Z")


def _model_number(g: _Grammar, text: str, m: regex.Match[str], b: int) -> bool:
    """Return whether the pair is a model and its variant: "Boeing 747-400", "Tupolev 154-100".

    Makers number a model's variants in round hundreds after a hyphen ("737-800",
    "A330-300", "Il-76" aside); a vote has no such second count after a name.  The
    model number is glued ("747-400"), its variant a round hundred, and a capitalised
    name that is no voting body stands right before it.
    """
    if m.group("sep") not in ("-", "‑", "–") or b < 100 or b % 100 or len(m.group("a")) < 3:
        return False
    maker = _MAKER_BEFORE.search(text, max(0, m.start() - 32), m.start())
    return maker is not None and g.body.fullmatch(maker.group("maker")) is None


# A pair opening its sentence: "By 99 to 0, the Senate ...", "By a margin of 60 to 38,
# the Senate ..." (the noun of the count may stand before the pair with "of").
_BY_OPENING = regex.compile(
    r"\W*+(?:by|with)\s++(?:an?\s++(?:margin|majority|tally|count)\s++of\s++)?+",
    regex.IGNORECASE,
)


def _space_run(text: str, at: int) -> int:
    """Return how many whitespace characters start at ``at``."""
    n = 0
    while at + n < len(text) and text[at + n].isspace() and n < 10:
        n += 1
    return n


# Plural words that may follow a vote's counts: "voted 9-0 yesterday", "13-0 this week".
_NOT_COUNTED = frozenset(
    "votes abstentions members senators justices judges lawmakers delegates its was has his "
    "this yes plus less unless times thus nays noes ayes yeas".split()
)
# The word after a pair: "wells" in "15 to 20 wells".
_NEXT_WORD = regex.compile(r"\s++(\p{Ll}{3,20}+)(?!\p{L})")
_NEXT_WORD_AFTER_ONE = regex.compile(r"\s++\p{Ll}++\s++(\p{Ll}{3,20}+)(?!\p{L})")


def _quantity_after(text: str, end: int, hi: int, *, skip_one: bool = False) -> bool:
    """Return whether a plural noun follows the pair: "15 to 20 wells" counts things.

    With ``skip_one``, one lower-case word (an adjective) may stand before the noun.
    """
    m = (_NEXT_WORD_AFTER_ONE if skip_one else _NEXT_WORD).match(text, end, hi)
    if m is None:
        return False
    word = m.group(1)
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _NOT_COUNTED
        and len(word) >= 4
    )


# "by a " in "by a vote of 52 to 48", "on a " in "on a 24-19 vote"
_LEAD = regex.compile(r"(?<!\p{L})(?:by|on|in|with)\s++(?:a\s++)?\Z", regex.IGNORECASE)

_Item = tuple[str, int, int, int]  # (role, value, start, end)


def _chains(items: list[_Item], text: str) -> list[list[_Item]]:
    """Group labelled counts that follow each other closely into chains."""
    chains: list[list[_Item]] = []
    current: list[_Item] = []
    for it in items:
        if current:
            gap = text[current[-1][3] : it[2]]
            if len(gap) > 45 or _CHAIN_BREAK.search(gap):
                chains.append(current)
                current = []
        current.append(it)
    if current:
        chains.append(current)
    return chains


# "for Trump" after a count of votes: a candidate, not a proposal.
_FOR_NAME = regex.compile(r"\s++(?:for|für|pour|por|a\s+favor\s+de|per)\s++\p{Lu}")
# What ends the counts after a share: a sentence end or a blank line.
_SENTENCE_BREAK = regex.compile(r"[.!?]\s|\n\s*+\n")
# What ends a chain of counts: a sentence end, another number, a blank line (not a
# semicolon, which separates the counts of minutes: "Yes: 12; No: 3; Abstain: 1").
_CHAIN_BREAK = regex.compile(r"[.!?]\s|\p{N}|\n\s*+\n")
# What may cling to a word split at white space: "(nine," -> "nine".
_PUNCTUATION = "\"'()[]{}.,;:!?«»‹›„“”‘’‚—–…/*"
# A word, to look up spelled numbers: "nine" in "NINE-ONE".
_WORD = regex.compile(r"[^\W\d_]++")


def _starts(
    g: _Grammar, text: str, wide: list[tuple[int, int]], narrow: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Return where a count may begin (and the end of its window), in order.

    Counts in digits anywhere in the wide windows; spelled counts only in the
    narrow windows next to a vote word.
    """
    out: dict[int, int] = {}
    for lo, hi in wide:
        for m in g.digits.finditer(text, lo, hi):
            out[m.start()] = hi
    for lo, hi in narrow:
        # most windows spell no number: one pass of str methods answers them
        words = text[lo:hi].lower().replace("-", " ").split()
        if g.number_words.isdisjoint(map(str.strip, words, itertools.repeat(_PUNCTUATION))):
            continue
        for m in _WORD.finditer(text, lo, hi):
            if m.group().lower() in g.number_words:
                out.setdefault(m.start(), hi)
    return sorted(out.items())[: 4 * _MAX_CANDIDATES]


def _scan(
    g: _Grammar, text: str, language: str, starts: list[tuple[int, int]]
) -> tuple[list[_Item], list[regex.Match[str]]]:
    """Return the labelled counts and the pairs of counts near vote words."""
    items: list[_Item] = []
    pairs: list[regex.Match[str]] = []
    for at, hi in starts:
        pm = g.pair.match(text, at, hi)
        if pm is not None:
            pairs.append(pm)
        im = g.item.match(text, at, hi)
        if im is not None:
            role = next(r for r in ("yes", "no", "abstain", "absent", "neutral") if im.group(r))
            value = number_value(im.group("num"), language)
            if value is not None:
                items.append((role, value, im.start(), im.end()))
            continue
        lb = g.label_before.search(text, max(0, at - 30), at)
        nm = g.number.match(text, at, hi) if lb is not None else None
        if lb is not None and nm is not None:
            value = number_value(nm.group(), language)
            if value is not None:
                role = "yes" if lb.group("yb") is not None else "no"
                items.append((role, value, lb.start(), nm.end()))
    return items, pairs


def _share_match(g: _Grammar, text: str, at: int, hi: int) -> tuple[int, int, str, str, str] | None:
    """Match a share of the members voting at ``at``: (start, end, part, whole, side).

    Three orders: "9 of the 15 members voted for", "votierten ... 178 der 300
    Abgeordneten", "Of the 300 deputies, 178 voted for".
    """
    part = g.share_part.match(text, at, hi)
    if part is not None:  # "9 of the 15": the verb after it, or (verb second) before it
        m = g.share_after.match(text, at, hi)
        if m is not None:
            side = "no" if m.group("no") else "yes"
            return m.start(), m.end(), m.group("a"), m.group("m"), side
        verb = g.share_verb_before.search(text, max(0, at - 90), at)
        if verb is not None:
            side = "no" if verb.group("no") else "yes"
            return verb.start(), part.end(), part.group("a"), part.group("m"), side
        return None
    if text[max(0, at - 3) : at].strip()[-1:] != ",":
        return None
    whole = g.share_whole_before.search(text, max(0, at - 90), at)
    if whole is not None:
        after = g.share_verb_after.match(text, at, hi)
        if after is not None:
            side = "no" if after.group("no") else "yes"
            return whole.start(), after.end(), after.group("a"), whole.group("m"), side
    return None


def _abstain_next(g: _Grammar, text: str, ctx: _Context, language: str) -> int | None:
    """Return the abstentions the next sentence opens with, else None: "There were five"."""
    m = g.abstain_next.match(text, ctx.end, min(len(text), ctx.end + 120))
    return number_value(m.group("n"), language) if m is not None else None


def _share_tallies(
    g: _Grammar,
    text: str,
    language: str,
    starts: list[tuple[int, int]],
    sents: _Sentences,
    limit: int,
) -> list[tuple[_Found, _Context]]:
    """Return the tallies stated as a share of the members: "9 of the 15 members voted for".

    The counts that follow in the clause ("four against and two abstained") fill in
    the other sides.  When only the abstentions are stated (here or at the start of
    the next sentence), the rest of the members are the other side: "10 of the 15
    members voted for; five abstained" is 10 to 0.  A share alone is no tally, since
    the members who did not vote for may have voted against, abstained or been away.
    """
    out: list[tuple[_Found, _Context]] = []
    for at, hi in starts:
        if len(out) >= limit:
            break
        if out and at < out[-1][0].end:
            continue
        got = _share_match(g, text, at, hi)
        if got is None:
            continue
        start, end, part_s, whole_s, side = got
        part, whole = number_value(part_s, language), number_value(whole_s, language)
        if part is None or whole is None or not 0 < part <= whole:
            continue
        ctx = sents.context(start, end)
        roles: dict[str, int] = {side: part}
        stop = end
        for im in g.item.finditer(text, end, min(ctx.end, end + 80)):
            if _SENTENCE_BREAK.search(text, stop, im.start()):
                break  # the clauses of one sentence only (a semicolon joins them)
            role = next(r for r in ("yes", "no", "abstain", "absent", "neutral") if im.group(r))
            value = number_value(im.group("num"), language)
            if role in ("yes", "no", "abstain") and role not in roles and value is not None:
                roles[role] = value
                stop = im.end()
        abstain = roles.get("abstain")
        if abstain is None:
            abstain = _abstain_next(g, text, ctx, language)
        other = "no" if side == "yes" else "yes"
        if other not in roles:
            # The rest of the members are the other side only when the abstentions are
            # stated too: otherwise some may have been absent ("178 of the 300 voted for").
            rest = whole - part - (abstain or 0)
            if abstain is None or rest < 0:
                continue
            roles[other] = rest
        found = _Found(
            start=start,
            end=stop,
            core_start=start,
            core_end=stop,
            first=roles["yes"],
            second=roles["no"],
            labelled=True,
            abstain=abstain,
        )
        out.append((found, ctx))
    return out


def _favoured(g: _Grammar, text: str, chain: list[_Item]) -> list[_Item]:
    """Return ``chain`` with a side that names what the vote favoured made neutral.

    "par six voix contre trois en faveur de la cession", "seis votos contra tres a
    favor de la empresa": the second count of a pair joined by "contre" or "contra"
    is the minority, and "in favour of" with its object tells what the majority
    decided, not the side of that count.  The pair then reads as written, the
    first count the majority.  ("14 votos a favor de la reforma y 3 en contra": a
    first count's side stands.)
    """
    if g.favour_of is None or len(chain) != 2:
        return chain
    (role0, value0, s0, e0), (role1, value1, s1, e1) = chain
    if role1 != "yes" or g.favour_of.match(text, e1) is None:
        return chain
    gap = text[e0:s1].strip()
    # "six votos contra tres": the separator between the counts; "six voix contre
    # trois": the first count read with "contre" as its side, nothing between
    joined = (role0 == "neutral" and _PLAIN_SEP.fullmatch(gap) is not None) or (
        role0 == "no" and not gap and _PLAIN_SEP_END.search(text, s0, e0) is not None
    )
    if not joined:
        return chain
    return [("neutral", value0, s0, e0), ("neutral", value1, s1, e1)]


def _chain_tally(
    g: _Grammar, text: str, chain: list[_Item], sents: _Sentences
) -> tuple[_Found, _Context] | None:
    """Return the tally a chain of labelled counts stands for, or None."""
    roles: dict[str, int] = {}
    neutral: list[int] = []
    chain = _favoured(g, text, chain)
    for role, value, _, _ in chain:
        if role == "neutral":
            neutral.append(value)
        elif role not in roles:
            roles[role] = value
    if "yes" not in roles and neutral and "no" in roles:
        roles["yes"] = neutral[0]
    if "no" not in roles and neutral and "yes" in roles and len(chain) > 1:
        roles["no"] = neutral[-1] if neutral[-1] != roles["yes"] else neutral[0]
    start, end = chain[0][2], chain[-1][3]
    if "yes" in roles and "no" not in roles:
        # "mit 13 Ja-Stimmen ohne Gegenstimme": none against, right after the votes for
        e_yes = next(e for role, _, _, e in chain if role == "yes")
        zero = g.zero_against.match(text, e_yes, min(len(text), e_yes + 60))
        if zero is not None:
            roles["no"] = 0
            end = max(end, zero.end())
    if "yes" not in roles or "no" not in roles:
        return None
    # "42 votes for Trump and 18 against him": votes for a candidate; "1 204 voix
    # contre 980 pour Martin": the same, the preposition read as the count's side
    if any(
        _FOR_NAME.match(text, e if role == "neutral" else max(s, text.rfind(" ", s, e)))
        for role, _, s, e in chain
        if role in ("neutral", "yes")
    ) or g.for_rival.match(text, end, min(len(text), end + 80)):
        return None
    ctx = sents.context(start, end)
    if any(
        not any(s <= m.start() and m.end() <= e for _, _, s, e in chain)
        for m in g.poll_election.finditer(text, max(ctx.start, start - 60), end)
    ):
        # "51 percent in favour, 39 percent against" is a poll; a member noun inside
        # a count is none ("19 élus ont voté pour": elected members who voted)
        return None
    if g.modal_before.search(text, max(ctx.start, start - 50), start):
        return None
    found = _Found(
        start=start,
        end=end,
        core_start=start,
        core_end=end,
        first=roles["yes"],
        second=roles["no"],
        labelled=True,
        abstain=roles.get("abstain"),
        absent=roles.get("absent"),
    )
    return found, ctx


def _abstainers(g: _Grammar, text: str, ctx: _Context, after: int, language: str) -> int | None:
    """Return how many abstained when the sentence names or counts them, else None.

    "with the United States abstaining" is one; "China and Russia abstained", "si
    sono astenute Russia e Cina" and "con las abstenciones de Rusia y China" two (a
    list of names counts its conjuncts); "los ocho parlamentarios del grupo mixto se
    abstuvieron" (a count from ``after`` on, the start of the counts) eight.
    """
    m = g.abstainers.search(text, ctx.start, ctx.end) or g.abstainers_after.search(
        text, ctx.start, ctx.end
    )
    if m is not None:
        return 1 + len(_NAME_JOIN.findall(m.group("subj")))
    n = g.abstain_counted.search(text, after, ctx.end)
    return number_value(n.group("n"), language) if n is not None else None


# What joins names in a list: ", " and " and ".
_NAME_JOIN = regex.compile(r"\s*+,\s++|\s++(?:and|und|et|y|e)\s++")


def _unanimity_word(
    g: _Grammar, text: str, found: _Found, ctx: _Context
) -> regex.Match[str] | None:
    """Return the unanimity word next to a tally's counts, if any.

    "voted unanimously, 88 to 0", "on a unanimous 22-0 vote", "à l'unanimité, par 38
    voix contre zéro": with no votes against, the word states the same vote as the
    counts, not a second one.
    """
    return g.unanimous.search(text, max(ctx.start, found.start - 30), min(ctx.end, found.end + 30))


def _finish(g: _Grammar, text: str, found: _Found, ctx: _Context, language: str) -> VoteTally:
    """Settle polarity, outcome and body of a found tally."""
    body_span = _body(g, text, ctx, found.core_start)
    body = body_span.slice(text) if body_span is not None else None
    outcome, _ = _outcome(g, text, ctx, found.core_start, found.core_end)
    # "in a 6-3 decision": a majority ruling, yes is the majority.
    court = _is_court(g, text, ctx, body) or (
        not found.labelled and g.ruling_after.match(text, found.core_end, ctx.end) is not None
    )
    yes, no = found.first, found.second
    if court:
        outcome = None
    elif outcome is None and not found.labelled:
        before = g.cue_before.search(text, max(ctx.start, found.core_start - 20), found.core_start)
        if before is not None and g.vote_then.match(text, found.end, ctx.end):
            outcome = "passed"
    if (
        not found.labelled
        and not court
        and outcome == "failed"
        and yes > no
        and not g.supermajority.search(text, ctx.prev_start, ctx.end)
    ):
        yes, no = no, yes
    abstain = found.abstain
    if abstain is None:
        abstain = _abstainers(g, text, ctx, found.start, language)
    if abstain is None:
        abstain = _abstain_next(g, text, ctx, language)
    # "voted unanimously, 88 to 0": no votes against and the word next to the counts.
    unanimous = no == 0 and _unanimity_word(g, text, found, ctx) is not None
    return VoteTally(
        span=Span(start=found.start, end=found.end),
        yes=yes,
        no=no,
        abstain=abstain,
        absent=found.absent,
        unanimous=unanimous,
        outcome=outcome,
        body=body,
        body_span=body_span,
    )


def _unanimous(
    g: _Grammar,
    text: str,
    sents: _Sentences,
    taken: _Taken,
    lo: int,
    hi: int,
    budget: int,
) -> tuple[list[VoteTally], int]:
    """Return the unanimous votes stated without counts in ``text[lo:hi]``, and budget left."""
    out: list[VoteTally] = []
    needles = g.unanimous_needles
    if needles is not None:  # most windows hold no unanimous phrase: str tests first
        window = text[lo:hi].casefold()
        if not any(needle in window for needle in needles):
            return out, budget
    for m in g.unanimous.finditer(text, lo, hi):
        if budget <= 0:
            break
        budget -= 1
        start, end = m.span()
        if taken.overlaps(start, start + 1):
            continue
        ctx = sents.context(start, end)
        if g.unanimous_not_before.search(text, max(ctx.start, start - 30), start):
            continue
        if g.unanimous_not_after.match(text, end, ctx.end):
            continue
        lo, hi = max(ctx.start, start - 40), min(ctx.end, end + 40)
        partner = _nearest(g.unanimous_with, text, lo, hi, start)
        # A body just before stands in for a verb that comes late: "als der Kongress
        # am Dienstag einstimmig die Immunität aufhob".
        if partner is None and g.body.search(text, max(ctx.start, start - 80), start) is None:
            continue
        body_span = _body(g, text, ctx, start)
        body = body_span.slice(text) if body_span is not None else None
        s, e = start, end
        if partner is not None:
            s, e = min(s, partner.start()), max(e, partner.end())
        outcome, _ = _outcome(g, text, ctx, start, end)
        if (  # "voted unanimously to propose ..."
            outcome is None
            and partner is not None
            and partner.end() <= start
            and g.vote_then.match(text, end, ctx.end)
        ):
            outcome = "passed"
        if _is_court(g, text, ctx, body):
            outcome = None
        out.append(
            VoteTally(
                span=Span(start=s, end=e),
                unanimous=True,
                outcome=outcome,
                body=body,
                body_span=body_span,
            )
        )
    return out, budget


#: At most this many candidates of each kind are read, and this many tallies returned:
#: the work stays bounded on any input (news copy holds a handful of votes).
_MAX_CANDIDATES = 1000
_MAX_RESULTS = 200
#: Characters of text per tally allowed beyond the first few: a recorded vote takes a
#: clause, and no news copy states one every few hundred characters for long.  Work per
#: tally is bounded, so the cost of any input stays linear with a small constant.
_CHARS_PER_TALLY = 2000


def _budget(n_chars: int) -> int:
    """Return how many tallies a text of ``n_chars`` characters may yield.

    Candidate pairs and chains are read up to four times as many, unanimity words
    twice as many, and counts (digits or number words near a vote word) eight times.
    """
    return min(_MAX_RESULTS, 8 + n_chars // _CHARS_PER_TALLY)


class _Taken:
    """Spans already given to a tally, for overlap tests in logarithmic time."""

    #: No tally span is longer than this (its sentence context bounds it).
    _LONGEST = 2 * _CONTEXT + 200

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        """Record the span ``[start, end)``."""
        bisect.insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` overlaps a recorded span (an empty one: holds it)."""
        i = bisect.bisect_left(self._spans, (max(end, start + 1), 0))
        while i > 0:
            i -= 1
            s, e = self._spans[i]
            if start < e:
                return True
            if s < start - self._LONGEST:
                return False
        return False


#: How far from a vote word a tally in digits may stand (characters either side).
_REACH = 200
#: How far from a vote word a tally in spelled numbers may stand ("voted nine to one").
_NEAR = 60


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge sorted overlapping ranges."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


def _windows(g: _Grammar, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Return the stretches of ``text`` around vote words: wide ones and narrow ones.

    Only these are parsed: counts in digits in the wide ones, spelled counts (a
    slower pattern) in the narrow ones.  Finding the stems with ``str.find`` on
    the lower-cased text is much cheaper than a regex over the whole text.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowered
        low = "".join(ch.lower()[:1] or ch for ch in text)
    hits: list[int] = []
    for stem in g.trigger:
        at = low.find(stem)
        while at >= 0:
            hits.append(at)
            at = low.find(stem, at + len(stem))
    n = len(text)
    wide = _merge([(max(0, h - _REACH), min(n, h + _REACH)) for h in hits])
    narrow = _merge([(max(0, h - _NEAR), min(n, h + _NEAR)) for h in hits])
    return wide, narrow


def find_votes(text: str, *, language: str | None = None) -> tuple[VoteTally, ...]:
    """Return the vote tallies in ``text``, in reading order.

    Args:
        text: News copy.
        language: ISO 639-1 code of the text; detected when None.

    Returns:
        One `VoteTally` per recorded vote: counted ones and unanimous ones.

    Example:
        >>> [(v.yes, v.no) for v in find_votes("The bill passed with a 325-184 vote.")]
        [(325, 184)]
        >>> [(v.yes, v.no) for v in find_votes("Arsenal defeated Chelsea 2-1 on Sunday.")]
        []
        >>> find_votes("The board unanimously approved the merger.")[0].unanimous
        True
    """
    return _find(Document.analyse(text, language))


def _find(doc: Document) -> tuple[VoteTally, ...]:
    """Return the vote tallies of ``doc`` (see `find_votes`)."""
    text, code = doc.text, doc.language
    if code not in VOTE_VOCABULARY:  # pragma: no cover - every supported code has one
        return ()
    g = _grammar(code)
    wide, narrow = _windows(g, text)
    if not wide:
        return ()
    budget = _budget(len(text))
    starts = _starts(g, text, wide, narrow)[: 8 * budget]
    items, pairs = _scan(g, text, code, starts)
    sents = _Sentences(text, code)
    found = _share_tallies(g, text, code, starts, sents, budget)
    taken = _Taken()
    for f, _ in found:
        taken.add(f.start, f.end)
    chains = _chains(items, text)
    for chain in sorted(chains, key=lambda c: (c[0][2], -c[-1][3]))[: 4 * budget]:
        r = _chain_tally(g, text, chain, sents)
        if r is not None and not taken.overlaps(r[0].start, r[0].end):
            found.append(r)
            taken.add(r[0].start, r[0].end)
    seen: set[tuple[int, int]] = set()
    tries = 4 * budget
    for m in sorted(pairs, key=lambda m: m.span()):
        if len(found) >= budget or tries <= 0:
            break
        if m.span() in seen or taken.overlaps(m.start(), m.end()):
            continue
        seen.add(m.span())
        tries -= 1
        r = _pair_tally(g, text, m, code, sents)
        if r is not None:
            found.append(r)
            taken.add(r[0].start, r[0].end)
    tallies = [_finish(g, text, f, ctx, code) for f, ctx in found[:budget]]
    counted = _Taken()
    for t, (f, ctx) in zip(tallies, found[:budget], strict=True):
        counted.add(t.span.start, t.span.end)
        word = _unanimity_word(g, text, f, ctx) if t.unanimous else None
        if word is not None:  # the unanimity word of counts is no vote of its own
            counted.add(word.start(), word.end())
    tries = 2 * budget
    for lo, hi in wide:
        if tries <= 0 or len(tallies) >= budget:
            break
        more, tries = _unanimous(g, text, sents, counted, lo, hi, tries)
        tallies.extend(more[: budget - len(tallies)])
    tallies.sort(key=lambda t: (t.span.start, t.span.end))
    return tuple(tallies)
