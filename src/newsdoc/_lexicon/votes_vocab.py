"""Vocabulary of recorded votes, per language: cue words, labels, outcomes, bodies, near-misses.

Every entry is a small regex fragment (matched case-insensitively, spaces in an
entry match any run of whitespace, so hard-wrapped wire copy still matches).
``newsdoc.votes`` joins each tuple into one alternation, composes the word classes
(member nouns, vote nouns, polarity words, joiners) with number expressions, and
compiles the result once per language, on first use.

Where the words come from:

* vote nouns, polarity labels and their order follow the conventions of
  parliamentary and wire reporting in each language: the AP Stylebook entries
  *vote tabulations* and *election returns*, Hansard's divisions ("Ayes",
  "Noes", "nem. con."), US congressional records ("yeas and nays", roll calls),
  UN press releases ("recorded vote ... in favour to ... against, with ...
  abstentions"), and the usual forms of German, French, Spanish and Italian
  agencies ("mit N zu M Stimmen bei K Enthaltungen", "par N voix contre M",
  "N votos a favor, M en contra y K abstenciones", "N voti favorevoli, M
  contrari e K astenuti");
* verbs are given with their inflections (the finite and participle forms of
  each language's paradigm: "approv(ed|es|ing)", "verabschiedet(e|en)",
  "adopt(é|ée|és|ées)", "aprob(ó|aron|ado)", "approv(ato|ata|ati)");
* closed classes come from each grammar: relative pronouns, negations,
  modal verbs, the articles before a body's name, the verb-second order of
  German main clauses;
* the near-miss vocabulary (units, sports verbs and nouns, poll and election
  words, ranges and dates) names the classes a figure of another kind is
  written with; month names come from Babel (CLDR), added in ``newsdoc.votes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["COURT_NAME", "VOTE_VOCABULARY", "VoteVocabulary"]


#: The complements of a court's name after "Court of": the appellate courts of the US
#: federal and state systems ("Court of Appeals", 28 U.S.C. § 43) and of England
#: ("Court of Appeal"), the claims and trade courts (28 U.S.C. §§ 171, 251), Scotland's
#: Court of Session, the courts of cassation of France and Italy, the EU's Court of
#: Justice and Court of Auditors, the European Court of Human Rights, arbitration courts.
_COURT_OF = (
    r"(?:Appeals?|Criminal\s++Appeals?|Justice|Cassation|(?:Federal\s++)?Claims"
    r"|International\s++Trade|Session|Auditors|Human\s++Rights|Arbitration"
    r"|First\s++Instance)"
)
#: The circuits of the US courts of appeals, by number or name (28 U.S.C. § 41): "5th",
#: "Ninth", "Federal", "D.C.".
_CIRCUIT = (
    r"(?:\p{N}{1,2}+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth"
    r"|Ninth|Tenth|Eleventh|Federal|D\.C\.|District\s++of\s++Columbia)\s++Circuit"
)
#: The districts of the US district courts (28 U.S.C. §§ 81-131): "the District of
#: Maine", "the Southern District of New York".
_DISTRICT = (
    r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s++)?District\s++of"
    r"\s++(?-i:\p{Lu}\p{L}*+)(?:\s++(?-i:\p{Lu}\p{L}*+))?"
)
#: A court named as a body, after any capitalised words before it ("Supreme Court",
#: "U.S. Circuit Court of Appeals"): "Court", "Court of <complement>", then the circuit
#: or district it sits for ("Court of Appeals for the 9th Circuit").
COURT_NAME = rf"Court(?:\s++of\s++{_COURT_OF})?+(?:\s++for\s++the\s++(?:{_CIRCUIT}|{_DISTRICT}))?+"


@attrs.frozen(kw_only=True)
class VoteVocabulary:
    """The words one language uses around a recorded vote (regex fragments).

    Example:
        >>> "vote" in VOTE_VOCABULARY["en"].trigger
        True
    """

    #: Lower-case stems without which no vote is near (plain strings: a cheap pre-filter).
    trigger: tuple[str, ...]
    #: Separators between the two counts of a bare pair ("325-184", "52 to 48").
    pair_words: tuple[str, ...]
    #: A vote noun between the counts: "310 votes to 219", "325 voix contre 184".
    pair_noun: tuple[str, ...]
    #: Cues that lead up to a pair within the clause: "voted", "by a vote of", "passed".
    cue_before: tuple[str, ...]
    #: Nouns right after a pair that make it a vote: "a 5-4 decision", "the 7-1 ruling".
    cue_after: tuple[str, ...]
    #: Nouns after a pair that need a vote cue elsewhere in the sentence: "margin".
    weak_after: tuple[str, ...]
    #: Labels after a count: "12 in favour", "331 voix pour", "19 Ja-Stimmen".
    yes_after: tuple[str, ...]
    no_after: tuple[str, ...]
    abstain_after: tuple[str, ...]
    absent_after: tuple[str, ...]
    #: Labels before a count: "Ayes 320", "Noes 210".
    yes_before: tuple[str, ...]
    no_before: tuple[str, ...]
    #: A count with a vote noun and no side: "21 votos" (in "21 votos frente a 3 en contra").
    neutral_after: tuple[str, ...]
    #: Abstentions after a pair: "with two abstentions", "bei 3 Enthaltungen".
    abstain_tail: tuple[str, ...]
    #: Verbs (and nouns) that say the proposal passed or failed.
    passed: tuple[str, ...]
    failed: tuple[str, ...]
    #: Right after the counts, the proposal was voted against: "525 against a proposal".
    against_after: tuple[str, ...]
    #: A ruling noun after the counts: "a 6-3 decision" (the majority rules; no outcome).
    ruling_after: tuple[str, ...]
    #: Words that turn a "failed" word back: "rejection of the veto" (an override).
    not_failed_after: tuple[str, ...]
    #: A supermajority was needed: a failed vote may still have more yes than no.
    supermajority: tuple[str, ...]
    #: Courts and judges: the majority decides, yes is the majority, no outcome.
    court: tuple[str, ...]
    #: Nouns that head the name of a voting body: "Senate", "committee", "Bundestag".
    bodies: tuple[str, ...]
    #: What a count is measured in when it is not a vote: "15-20 mln dlrs", "6-3 pct" (month
    #: names, "10-11 March", are added from Babel by ``newsdoc.votes``).
    unit_after: tuple[str, ...]
    #: Words just before a pair that make it a date, age, range or model number (month
    #: names, "March 10-11", are added from Babel by ``newsdoc.votes``).
    range_before: tuple[str, ...]
    #: Sports and races right before a pair: "defeated Japan 3-2", "won 3-1".
    sports_before: tuple[str, ...]
    #: Nouns right after a pair that make it a score, ratio or seat split.
    sports_after: tuple[str, ...]
    #: Words of a sports story: a score near them is no vote unless a vote word is close.
    sports_words: tuple[str, ...]
    #: Vote words proper ("vote", "Stimmen"): they outweigh sports words nearby.
    vote_words: tuple[str, ...]
    #: Who abstained, as a verb after the names: "with the United States abstaining"
    #: (or before them where the subject may follow: "si sono astenute Russia e Cina").
    abstained: tuple[str, ...]
    #: Who abstained, as the abstention noun of the names: "con las abstenciones de".
    abstained_of: tuple[str, ...] = ()
    #: Words anywhere in the clause that make it an opinion poll or an election.
    poll_election: tuple[str, ...]
    #: The word for unanimous (adverb or adjective).
    unanimous: tuple[str, ...]
    #: Decision words a unanimous word must stand by: "approved", "vote", "ruling".
    unanimous_with: tuple[str, ...]
    #: A unanimous word that states a rule or a guess, not a vote: "must", "would".
    unanimous_not: tuple[str, ...]
    #: A negation right before the unanimous word: "not unanimous".
    negation: tuple[str, ...]
    #: The word joining a part to the whole in "N of the M members": "of", "der", "des".
    share_of: tuple[str, ...]
    #: Verb phrases of members voting for a proposal: "voted for", "stimmten für".
    share_yes: tuple[str, ...]
    #: Verb phrases of members voting against it: "voted against", "stimmten dagegen".
    share_no: tuple[str, ...]
    #: The finite verb comes second in a main clause (German), so the share of members
    #: may follow it: "Dafür votierten am Abend 178 der 300 Abgeordneten".
    verb_second: bool = False
    #: A sentence opening that states abstentions after the tally sentence: "There
    #: were", "Es gab" (followed by a count and an abstention noun).
    abstain_next: tuple[str, ...] = ()
    # Word classes the count patterns are composed from (``newsdoc.votes`` joins them:
    # count, then optionally a member noun, a vote noun, then a polarity word; or a
    # joining word, a count, a member noun and an abstention word).
    #: Nouns for the members of a voting body: "senators", "Abgeordnete", "députés".
    member_nouns: tuple[str, ...] = ()
    #: Nouns for the votes cast: "votes", "Stimmen", "voix", "votos", "voti".
    vote_nouns: tuple[str, ...] = ()
    #: Unambiguous words for the side for: "in favour", "dafür", "pour", "a favor".
    yes_words: tuple[str, ...] = ()
    #: Unambiguous words for the side against: "against", "dagegen", "contre", "en contra".
    no_words: tuple[str, ...] = ()
    #: Words joining a further count to a tally: "with", "bei", "avec", "con".
    joiners: tuple[str, ...] = ()
    #: The plural definite articles that may stand between a count and its side when
    #: the count is the predicate of an inverted copula: "98 i voti favorevoli",
    #: "(Sono stati) 245 i sì e 112 i no", "(Fueron) 120 los votos a favor".
    label_articles: tuple[str, ...] = ()
    #: The prepositions after "in favour" that make it name what the vote favoured, not
    #: the side of the count before it: "six voix contre trois en faveur de la cession";
    #: and the determiners after a side that is a preposition ("for", "pour"), whose
    #: object is a purpose phrase: "sept voix contre deux pour le maintien des taux".
    favour_of: tuple[str, ...] = ()
    #: A chamber's or a court's make-up right before a pair: a majority noun with a
    #: political adjective, "maggioranza conservatrice di 6 a 3" (the counterparts of
    #: the English "6-3 conservative majority", vetoed after the pair).
    makeup_before: tuple[str, ...] = ()
    #: No votes against, said with a preposition of absence after the votes for: "13
    #: Ja-Stimmen ohne Gegenstimme", "sans aucune voix contre", "senza voti contrari".
    zero_against: tuple[str, ...] = ()
    #: An election opponent after the counts: "14,220 votes to 11,905 for her rival"
    #: (a candidate's votes, like "for Garnier" with a name).
    for_rival: tuple[str, ...] = ()


_EN = VoteVocabulary(
    trigger=(
        "referendum",
        "vote",
        "voting",
        "ballot",
        "decision",
        "ruling",
        "ruled",
        "verdict",
        "unanim",
        "ayes",
        "yeas",
        "deadlock",
        "in favo",
        "majority",
        "passed",
        "approved",
        "reauthori",
        "rubber-stamp",
        "adopted",
        "confirmed",
        "overr",
        "abstention",
        "rejected",
        "defeated",
        "failed",
        "cleared",
        "carried",
        "ratif",
        "endorsed",
        "upheld",
        "overturned",
        "struck down",
        "shelv",
        "tabl",
        "decided",
        "tally",
        "roll call",
        "roll-call",
        "abstain",
        "dissent",
        "backed",
        "split",
        "without objection",
        "nem. con",
    ),
    pair_words=(r"to", r"-\s*to\s*-"),
    pair_noun=(r"votes?\s+to", r"votes?\s+against", r"shares\s+to"),
    cue_before=(
        r"vot(?:e|es|ed|ing)",
        r"ballot(?:ing)?",
        r"roll[- ]call",
        r"tally",
        r"pass(?:ed|es|ing)?",
        r"approv(?:ed|es|ing|al)",
        r"adopt(?:ed|s|ing)",
        r"confirm(?:ed|s|ing)",
        r"overr(?:ode|ides?|idden|iding)",
        r"ratif(?:ied|ies|y)",
        r"endors(?:ed|es)",
        r"backed",
        r"reauthori[sz]ed",
        r"rubber-?stamped",
        r"reject(?:ed|s|ing|ion)",
        r"defeated",
        r"fail(?:ed|s)",
        r"deadlocked",
        r"ruled",
        r"decided",
        r"cleared",
        r"carried",
        r"upheld",
        r"struck\s+down",
        r"overturned",
        r"shelv(?:ed|ing)",
        r"tabl(?:ed|ing)",
        r"ayes",
        r"yeas",
    ),
    cue_after=(
        r"votes?",
        r"decision",
        r"ruling",
        r"verdict",
        r"roll[- ]call",
        r"tally",
        r"ballot",
    ),
    weak_after=(r"margin", r"majority"),
    yes_after=(
        # the voters as a noun phrase of up to three words before their verb: "4,210 union
        # members voted in favour of the offer"
        r"(?:\p{L}++\s+)?(?:(?:\p{L}++\s+){0,2}?vot(?:e|es|ed|ing)\s+)?in\s+favou?r(?:\s+of)?",
        r"(?:votes?\s+|voting\s+|voted\s+)?for"
        r"(?=\s+(?:the|it|a|an|this|that|its)\b|\s*+[,;.)]|\s++(?:and|with)\b)",
        r"(?:\p{L}++\s+){0,3}?voting\s+for",
        r"(?:\p{L}++\s+){0,3}?voted\s+for",
        r"(?:\p{L}++\s+)?vot(?:ed|ing)\s+yes",
        r"yes(?:\s+votes?)?",
        r"ayes?",
        r"yeas?",
        r"supporting",
    ),
    no_after=(
        r"(?:\p{L}++\s+)?(?:votes?\s+)?against",
        r"(?:\p{L}++\s+)?vot(?:ing|ed)\s+(?:against|no|to\s+(?:reject|sustain|block|oppose))",
        r"opposed",
        r"no(?:\s+votes?)",
        # a bare "no" closing its count: "7 yes, 2 no."
        r"no(?=\s*+[,;.)]|\s++(?:and|with)\b|\s*+\Z)",
        r"noes",
        r"nays?",
        r"dissent(?:ing|ed|s)?",
    ),
    abstain_after=(r"abstentions?", r"abstain(?:ed|ing)"),
    absent_after=(
        r"absent",
        r"absences?",
        r"did\s+not\s+vote",
        r"not\s+present",
        r"not\s+voting",
    ),
    yes_before=(r"ayes", r"yeas", r"yes", r"(?:in\s+favou?r|for)\s*+:"),
    no_before=(r"noes", r"nays", r"no", r"against\s*+:"),
    neutral_after=(r"votes",),
    abstain_tail=(
        r"(?:,\s*+)?(?:with|and)\s+(?:NUM)\s+abstentions?",
        r",\s+(?:NUM)\s+abstentions?",
        r"(?:,\s*+)?(?:with|and)\s+(?:NUM)\s+(?:\p{L}++\s+){0,2}?abstain(?:ing|ed)",
    ),
    passed=(
        r"pass(?:ed|es|ing)?",
        r"approv(?:ed|es|ing|al)",
        r"adopt(?:ed|s|ing|ion)",
        r"confirm(?:ed|s|ing|ation)",
        r"overr(?:ode|ides?|idden|iding)",
        r"ratif(?:ied|ies|y|ication)",
        r"endors(?:ed|es|ing)",
        r"backed",
        r"cleared",
        r"carried",
        r"agreed",
        r"voted\s+(?:\p{L}++\s+){0,3}?(?:to|in\s+favou?r)",
        r"in\s+favou?r\s+of",
        r"accept(?:ed|s|ing)",
        r"favou?rable",
        r"(?:re-?)?elected",
        r"named",
        r"appointed",
        r"call(?:ed|s)\s+(?:on|for)",
        r"urg(?:ed|es)",
        r"vote\s+(?:to\s+(?!reject|block|kill|defeat|deny)\p{L}++|for\s+\p{L}++ing)",
        # the idioms of approval: "green-lit", "gave the green light", "okayed"
        r"green-?l(?:it|ighted|ights?)",
        # the verbs of endorsement, renewal and extension: a text or mandate agreed to
        # ("extended the mission", "renewed the mandate", "reauthorized the program")
        r"extend(?:ed|s)",
        r"renew(?:ed|s)",
        r"reauthori[sz](?:ed|es)",
        r"authori[sz](?:ed|es)",
        r"rubber-?stamped",
        r"signed\s+off\s+on",
        # a vote of confidence won
        r"won\s+(?:a|the)\s+(?:confidence|trust)\s+vote",
        r"green\s+light",
        r"okayed",
    ),
    failed=(
        r"reject(?:ed|s|ing|ion)",
        r"defeated",
        r"vot(?:ed|es)\s+down",
        r"turn(?:ed|s)\s+down",
        r"fail(?:ed|s)",
        r"shelv(?:ed|ing)",
        r"tabl(?:ed|ing)",
        r"killed",
        r"vot(?:ed|ing)\s+(?:\p{L}++\s+){0,3}?(?:against|to\s+(?:reject|block|kill|defeat))",
        r"to\s+(?:reject|block|kill|defeat|table|shelve|deny)",
    ),
    against_after=(r"against\s+(?:a|an|the|this|that|its)(?=\s)",),
    ruling_after=(r"decision", r"ruling", r"verdict", r"opinion"),
    not_failed_after=(r"(?:\S++\s++){0,3}?veto",),
    supermajority=(
        r"two[- ]thirds",
        r"three[- ]fifths",
        r"supermajority",
        r"needed",
        r"required",
        r"short\s+of",
    ),
    court=(
        r"court",
        r"justices?",
        r"judges?",
        r"law\s+lords",
        r"tribunal",
        r"panel\s+of\s+judges",
    ),
    bodies=(
        r"Senate",
        r"House(?:\s+of\s+(?:Representatives|Commons|Lords|Delegates))?",
        r"Parliament",
        r"Congress",
        r"Assembly",
        r"Council",
        r"Committee",
        r"Subcommittee",
        r"Commission",
        r"Board(?:\s+of\s+(?:Directors|Governors|Trustees))?",
        # a court by its name: "Court of Appeals", "Court of Justice", a court of
        # appeals with its circuit, a district court with its district (COURT_NAME)
        COURT_NAME,
        _CIRCUIT,  # a court of appeals by its circuit alone: "the full 9th Circuit"
        r"Legislature",
        r"Cabinet",
        r"Chamber",
        r"panel",
        r"MPs",
        r"Lords",
        r"lawmakers",
        r"legislators",
        r"senators",
        r"shareholders",
        r"stockholders",
        r"directors",
        r"members",
        r"delegates",
        r"workers",
        r"(?-i:\p{Lu}{2,6})(?=\s++vot(?:ed|es)|['’]s\s++(?:vote|decision|action|ruling))",
        r"justices",
        r"Bundestag",
        r"Knesset",
        r"Duma",
        r"Dail",
        r"Diet",
    ),
    unit_after=(
        r"%",
        r"pct",
        r"per\s*cent",
        r"percent(?:age)?",
        r"mln",
        r"million",
        r"billion",
        r"bln",
        r"trillion",
        r"dlrs?",
        r"dollars?",
        r"cts",
        r"cents?",
        r"stg",
        r"yen",
        r"marks",
        r"francs",
        r"euros?",
        r"pounds?",
        r"points?",
        r"pts",
        r"basis",
        r"years?",
        r"yrs?",
        r"months?",
        r"weeks?",
        r"days?",
        r"hours?",
        r"minutes?",
        r"[ap]\.?m\b",
        r"seats?",
        r"delegates?",
        r"shares?",
        r"tonnes?",
        r"tons?",
        r"barrels?",
        r"feet",
        r"miles?",
        r"goals?",
        r"runs?",
        r"wickets?",
        r"sets?",
        r"games?",
        r"ratio",
        r"split",
        r"stock\s+split",
        r"lead",
        r"win",
        r"victory",
        r"defeat",
        r"loss",
        r"series",
        r"record",
        r"aggregate",
        r"scoreline",
        r"draw",
        r"home",
        r"away",
        r"(?:pro-?)?business",
        r"conservative",
        r"liberal",
        r"divide",
        r"for-one",
    ),
    range_before=(
        # numbered parts of a text or a list: "items 4-7", "counts 3-5", "sections 2-4"
        r"items?",
        r"counts?",
        r"sections?",
        r"articles?",
        r"paragraphs?",
        r"clauses?",
        r"lines?",
        r"questions?",
        r"rounds?",
        r"grades?",
        r"aged?",
        r"ages",
        r"between",
        r"from",
        r"pages?",
        r"chapters?",
        r"nos?\.?",
        r"numbers?",
        r"flight",
        r"model",
        r"version",
        r"route",
        r"highway",
        r"interstate",
        r"room",
        r"rates?",
        r"up",
        r"rose",
        r"fell",
        r"gained",
        r"lost",
        r"trails?",
        r"trailed",
        r"leads?",
        r"led",
        r"tops",
        r"topped",
        r"split",
        r"like",
        r"finished",
        r"[$£€¥]",
        r"in\s+a\s+(?:field|race|poll)\s+of",
    ),
    sports_before=(
        r"beat(?:s|en)?",
        r"won",
        r"wins?",
        r"winning",
        r"lost",
        r"loses?",
        r"losing",
        r"edged",
        r"drew",
        r"thrashed",
        r"routed",
        r"downed",
        r"ousted",
        r"crushed",
        r"led",
        r"leads?",
        r"trails?",
        r"trailed",
        r"tops",
        r"topped",
        r"scored?",
        r"leading",
        r"trailing",
    ),
    sports_after=(
        r"edge",
        r"advantage",
        r"victory",
        r"win",
        r"defeat",
        r"loss",
        r"lead",
        r"series",
        r"scoreline",
        r"triumph",
        r"draw",
        r"thrashing",
        r"drubbing",
        r"(?:home|away)",
        r"majority\s+(?:on|in)\b(?!\s+favou?r)",
        r"(?:pro-?)?business\s+majority",
        r"(?:conservative|liberal)\s+majority",
    ),
    sports_words=(
        "game",
        "games",
        "match",
        "matches",
        "league",
        "championship",
        "tournament",
        "semi-final",
        "quarter-final",
        "goal",
        "goals",
        "scored",
        "innings",
        "wickets",
        "coach",
        "striker",
        "playoff",
        "play-off",
        "squad",
        "fixture",
        "derby",
        "half-time",
        "halftime",
        "seed",
    ),
    vote_words=("vot(?:e|es|ed|ing)", "ballot", "ayes", "yeas"),
    # the verb's finite forms and participles (the paradigm of each language), after the
    # names; "abstention of" and its counterparts before them
    abstained=("abstain(?:ed|ing|s)?",),
    abstained_of=(r"abstentions?\s+of",),
    poll_election=(
        r"poll(?:s|ed|ing|sters?)?",
        r"surveys?",
        r"surveyed",
        r"respondents",
        r"percent",
        r"pct",
        r"%",
        r"elections?",
        r"elected",
        r"re-?election",
        r"primar(?:y|ies)",
        r"caucus(?:es)?",
        r"candidates?",
        r"precincts?",
        r"electoral",
        r"polling",
        r"by-election",
        r"(?<!-)seats?",
        r"runoff",
    ),
    # "unanimously"; "without dissent", "without objection" (a vote with none against; not
    # "without opposition", which also says a candidate ran alone); Hansard's "nem. con."
    # (nemine contradicente)
    unanimous=(
        r"unanimous(?:ly)?",
        r"without\s+(?:a\s+)?(?:dissent(?:ing\s+vote)?|objection)",
        r"nem\.\s*con\.?",
    ),
    unanimous_with=(
        r"vot(?:e|es|ed|ing)",
        r"approv(?:ed|es|al)",
        r"pass(?:ed|es)",
        r"adopt(?:ed|s|ion)",
        r"reject(?:ed|s|ing|ion)",
        r"decided",
        r"decision",
        r"rul(?:ed|ing)",
        r"verdict",
        r"recommend(?:ed|s|ation)",
        r"ratif(?:ied|ies)",
        r"reaffirmed",
        r"endorsed",
        r"confirmed",
        r"cleared",
        r"called\s+(?:for|on)",
        r"call",
        r"backed",
        r"agreed",
        r"accept(?:ed)?",
        r"support",
        r"returned",
        r"elected",
        r"chosen",
        r"consent",
        r"resolution",
        r"was",
        r"were",
        r"declined",
        r"refused",
        r"upheld",
        r"overturned",
        r"struck",
        r"dismissed",
        r"named",
        r"appointed",
        r"nominated",
        r"selected",
        r"re-?elected",
        r"chose",
        r"held",
        r"found",
        r"concluded",
        r"granted",
        r"denied",
        r"ordered",
        r"adopted",
        r"decided",
    ),
    unanimous_not=(
        r"must",
        r"have\s+to",
        r"has\s+to",
        r"had\s+to",
        r"need(?:s|ed)?\s+to",
        r"requires?",
        r"required",
        r"requirement",
        r"would",
        r"could",
        r"should",
        r"might",
        r"near[- ]",
        r"nearly",
        r"practically",
        r"largely",
        r"almost",
        r"virtually",
        r"in\s+their",
        r"opposition",
        r"opposed",
    ),
    negation=(r"not", r"never"),
    abstain_next=(r"There\s+were",),
    member_nouns=(
        r"members",
        r"senators",
        r"representatives",
        r"lawmakers",
        r"legislators",
        r"deputies",
        r"delegates",
        r"MPs",
        r"MEPs",
        r"councill?ors",
        r"aldermen",
        r"directors",
        r"trustees",
        r"commissioners",
        r"justices",
        r"judges",
        r"countries",
        r"nations",
        r"states",
    ),
    vote_nouns=(r"votes?", r"ballots?"),
    yes_words=(r"in\s+favou?r", r"yes"),
    no_words=(r"against", r"opposed"),
    joiners=(r"with", r"and"),
    share_of=(r"of", r"out\s+of"),
    share_yes=(
        r"vot(?:ed|ing)\s+(?:for|in\s+favou?r|yes|to(?!\s+(?:reject|block|kill|defeat|oppose)\b))",
        r"(?:backed|supported)(?!\s+by)",
    ),
    share_no=(r"vot(?:ed|ing)\s+(?:against|no|to\s+(?:reject|block|kill|defeat|oppose))",),
    # the preposition of absence and a vote against ("without a single vote against")
    zero_against=(
        r"(?:and\s+|with\s+)?(?:without\s+(?:a\s+)?(?:single\s+)?vote|no\s+votes?)\s+against",
    ),
    # the political adjectives of a majority: the wings of a court as AP names them
    # ("conservative", "liberal") and the party families of a chamber, in each language
    makeup_before=(
        r"(?:conservative|liberal|progressive|Republican|Democratic|pro-?business)\s+majority"
        r"\s+of",
    ),
    # the nouns of an election opponent in election reporting (AP Stylebook, "election
    # returns"), and their counterparts in each language
    for_rival=(
        r"for\s+(?:her|his|their|the|its)\s+(?:\p{L}++\s+)?"
        r"(?:rivals?|opponents?|challengers?|incumbent|runner-up)",
    ),
    # "of" after "in favour"; a determiner after the preposition "for", whose object is
    # then what the vote favoured ("by seven votes to two for the hold")
    favour_of=(r"of", r"the", r"an?", r"its", r"this", r"that", r"their"),
)

_DE = VoteVocabulary(
    trigger=(
        "referendum",
        "stimm",
        "votum",
        "votier",
        "enthaltung",
        "mehrheit",
        "beschl",
        "verabschied",
        "angenommen",
        "abgelehnt",
        "dafür",
        "dagegen",
        "enthielt",
        "billigt",
        "lehnt",
        "einmütig",
        "einhellig",
        "stimmengleichheit",
        "patt ",
    ),
    pair_words=(r"zu", r":", r"gegen"),
    pair_noun=(r"Stimmen\s+(?:zu|gegen)", r"Ja-?\s*(?:Stimmen\s+)?(?:zu|gegen)"),
    cue_before=(
        r"stimm(?:t|te|ten|en)",
        r"abgestimmt",
        r"Abstimmung",
        r"Votum",
        r"votiert(?:e|en)?",
        r"beschlossen",
        r"beschloss(?:en)?",
        r"verabschiedet(?:e|en)?",
        r"angenommen",
        r"abgelehnt",
        r"lehnt(?:e|en)?",
        r"billigt(?:e|en)?",
        r"gebilligt",
        r"Mehrheit\s+von",
        r"Ergebnis",
        r"Stimmen",
        # a tie: "bei Stimmengleichheit von 4:4", "ein Patt von 3:3"
        r"Stimmengleichheit(?:\s+von)?",
        r"Patt(?:\s+von)?",
    ),
    cue_after=(r"Stimmen", r"Votum", r"Entscheidung", r"Abstimmung", r"Urteil"),
    weak_after=(r"Mehrheit",),
    yes_after=(
        # singular after one or none: "eine Ja-Stimme"
        r"Ja-?Stimmen?",
        r"Jastimmen?",
        r"Ja-(?=\s)",
        # a bare "Ja" closing its count: "45 Ja, 12 Nein, 3 Enthaltungen"
        r"Ja(?=\s*+[,;.)]|\s++(?:und|bei)\b|\s*+\Z)",
        r"Stimmen\s+dafür",
        r"dafür",
        r"Befürworter",
        r"Pro-?Stimmen",
        r"(?:\p{L}++\s+)?(?:stimmten\s+)?für\s+(?:das|den|die|eine?n?)\s+\p{L}++",
        r"(?:\p{L}++\s+){0,3}?stimmten\s+(?:mit\s+)?(?:Ja|dafür|zu)",
        # the voters as a noun phrase after an inverted verb: "(stimmten) 8.412 Bürgerinnen
        # und Bürger mit Ja"
        r"(?:\p{L}++\s+){1,3}?mit\s+Ja(?=\s*+[,;.)]|\s++(?:und|bei)\b|\s*+\Z)",
        # the verb gapped in a coordinated clause: "…, 270 mit Nein" after "380 stimmten mit Ja"
        r"mit\s+Ja(?=\s*+[,;.)]|\s++(?:und|bei)\b)",
    ),
    no_after=(
        r"Nein-?Stimmen?",
        r"Neinstimmen?",
        r"Nein(?=\s*+[,;.)]|\s++(?:und|bei)\b|\s*+\Z)",
        r"Gegenstimmen?",
        r"Stimmen\s+dagegen",
        r"dagegen",
        r"(?:\p{L}++\s+){0,3}?stimmten\s+(?:mit\s+Nein|dagegen)",
        r"(?:\p{L}++\s+){1,3}?mit\s+Nein(?=\s*+[,;.)]|\s++(?:und|bei)\b|\s*+\Z)",
        r"mit\s+Nein(?=\s*+[,;.)]|\s++(?:und|bei)\b)",
    ),
    abstain_after=(r"Enthaltung(?:en)?", r"enthielten\s+sich", r"Stimmenthaltung(?:en)?"),
    absent_after=(r"(?:\p{L}++\s+)?(?:fehlten|abwesend)",),
    yes_before=(r"Ja-?Stimmen:?", r"Ja:", r"dafür"),
    no_before=(r"Nein-?Stimmen:?", r"Nein:", r"Gegenstimmen:?", r"dagegen"),
    neutral_after=(
        r"Stimmen",
        r"Abgeordnete",
        r"Parlamentarier",
        r"Mitglieder",
        r"Delegierte",
        r"Staaten",
    ),
    abstain_tail=(
        r"(?:,\s*+)?(?:bei|und)\s+(?:NUM)\s+(?:Stimm)?[Ee]nthaltung(?:en)?",
        r",\s+(?:NUM)\s+(?:Stimm)?[Ee]nthaltung(?:en)?",
    ),
    passed=(
        r"verabschiedet(?:e|en)?",
        r"beschlossen",
        r"beschloss(?:en)?",
        r"angenommen",
        r"gebilligt",
        r"billigt(?:e|en)?",
        r"zugestimmt",
        r"stimmt(?:e|en)?\s+(?:\p{L}++\s+){0,4}?(?:zu|für)",
        r"votiert(?:e|en)?\s+(?:\p{L}++\s+){0,4}?für",
        r"bestätigt",
        r"für\s+(?:das|den|die)",
        r"Stimmen\s+für",
        r"(?:wieder)?gewählt",
        r"ernannt",
        r"befördert",
        # the particle of "annehmen" or "zustimmen" closing its clause after the counts
        # ("nahm das Gesetz mit 98 zu 7 Stimmen an", "stimmte ihm mit 76 gegen 59 Stimmen zu")
        r"(?:an|zu)(?=\s*+[.;!?]|\s*+\Z)",
        # the verbs of endorsement, approval and renewal ("befürwortete das Vorhaben",
        # "genehmigte den Bau", "verlängerte das Mandat", "segnete … ab")
        r"befürwortet(?:e|en)?",
        r"genehmigt(?:e|en)?",
        r"verlängert(?:e|en)?",
        r"ratifiziert(?:e|en)?",
        r"abgesegnet",
        r"segnet(?:e|en)?\s+(?:\p{L}++\s+){0,4}?ab",
        # the override of an objection or veto: rejecting it passes the law (Art. 77
        # Abs. 4 GG: the Bundestag "weist den Einspruch zurück")
        r"wies(?:en)?\s+(?:den|das)\s+(?:\p{L}++\s+)?(?:Einspruch|Veto)",
        r"überstimmt(?:e|en)?\s+(?:den|das)\s+(?:\p{L}++\s+)?(?:Einspruch|Veto)",
        # a vote of confidence given: "sprach der Regierung das Vertrauen aus"
        r"(?:sprach|sprachen)\s+(?:\p{L}++\s+){0,3}?das\s+Vertrauen",
        r"grünes\s+Licht",
    ),
    failed=(
        r"abgelehnt",
        r"lehnt(?:e|en)?",
        r"ablehnen",
        r"gescheitert",
        r"scheitert(?:e|en)?",
        r"verworfen",
        r"zurückgewiesen",
        r"stimmt(?:e|en)?\s+(?:\p{L}++\s+){0,4}?gegen",
        r"verfehlt(?:e|en)?",
    ),
    against_after=(r"gegen\s+(?:den|die|das|einen|eine)(?=\s)",),
    ruling_after=(r"Urteil", r"Entscheidung"),
    not_failed_after=(r"(?:\S++\s++){0,3}?Veto",),
    supermajority=(
        r"Zweidrittel",
        r"Zwei-Drittel",
        r"benötigt\p{L}*+",
        r"erforderlich\p{L}*+",
        r"notwendig\p{L}*+",
        r"nötig\p{L}*+",
        r"qualifizierte",
    ),
    court=(r"Gericht\p{L}*+", r"Richter\p{L}*+", r"Senat\s+des\s+\p{L}+gerichts"),
    bodies=(
        r"\p{L}{0,24}?[Pp]arlament",
        r"Bundestag",
        r"Bundesrat",
        r"Landtag",
        r"Nationalrat",
        r"Senat",
        r"Abgeordnetenhaus",
        r"Repräsentantenhaus",
        r"Unterhaus",
        r"Oberhaus",
        r"\p{L}{0,24}?(?<!Hei|Vor|Ver)[Rr]at",
        r"Ausschuss",
        r"Kommission",
        r"Vorstand",
        r"Kongress",
        r"Abgeordneten",
        r"Parlamentarier",
        r"Delegierten",
        r"Mitglieder",
        r"Aktionäre",
        r"\p{L}{0,24}?[Gg]ericht",
        r"Knesset",
        r"Duma",
        r"Kabinett",
    ),
    unit_after=(
        r"%",
        r"Prozent",
        r"Mio\.?",
        r"Millionen",
        r"Milliarden",
        r"Mrd\.?",
        r"Euro",
        r"Dollar",
        r"Jahre?n?",
        r"Uhr",
        r"Tore?n?",
        r"Punkte?n?",
        r"Sitze?n?",
        r"Mandate?n?",
        r"Sieg",
        r"Niederlage",
        r"Heimsieg",
        r"Auswärtssieg",
        r"Führung",
        r"Erfolg",
        r"Halbzeit",
        r"Pause",
        r"n\.\s*V\.",
        r"i\.\s*E\.",
    ),
    range_before=(
        r"Artikel",
        r"Paragra(?:f|ph)(?:en)?",
        r"Absätze?",
        r"Punkte?",
        r"Klassen?",
        r"zwischen",
        r"im\s+Alter\s+von",
        r"Seiten?",
        r"Nr\.?",
        r"Boeing",
        r"Airbus",
        r"Flug",
        r"[$£€]",
    ),
    sports_before=(
        r"beim",
        r"gegen",
        r"siegt(?:e|en)?",
        r"gewann(?:en)?",
        r"gewinnt",
        r"verlor(?:en)?",
        r"schlug(?:en)?",
        r"besiegt(?:e|en)?",
        r"unterlag(?:en)?",
        r"führt(?:e|en)?",
        r"steht",
        r"stand",
        r"endete",
        r"Endstand",
        r"Halbzeit",
        r"Sieg",
        r"Niederlage",
        r"mit\s+einem",
    ),
    sports_after=(r"Sieg", r"Erfolg", r"Niederlage", r"Führung", r"gegen", r"\(", r"nach"),
    sports_words=(
        "Spiel",
        "Spiele",
        "Partie",
        "Tor",
        "Tore",
        "Liga",
        "Bundesliga",
        "Meisterschaft",
        "Pokal",
        "Mannschaft",
        "Trainer",
        "Halbzeit",
        "Elfmeter",
        "Treffer",
    ),
    vote_words=(r"\p{L}{0,12}?stimm\p{L}*+", "Votum", r"votiert\p{L}*+"),
    abstained=(
        r"enthielten\s+sich",
        r"enthielt\s+sich",
        r"enthält\s+sich",
        r"enthalten\s+sich",
        r"sich\s+enthalten",
    ),
    abstained_of=(r"(?:Stimm)?Enthaltung(?:en)?\s+von",),
    poll_election=(
        r"Umfrage\p{L}*+",
        r"Prozent",
        r"%",
        r"Wahl(?!gang)\p{L}*+",
        r"gewählt",
        r"Wähler\p{L}*+",
        r"Kandidat\p{L}*+",
        r"Sitze",
        r"Mandate",
        r"Tore?",
        r"Spiel\p{L}*+",
        r"Liga",
        r"Runde",
        r"Partie",
    ),
    unanimous=(
        r"einstimmig(?:e|en|er|es)?",
        r"einmütig",
        r"einhellig",
        r"ohne\s+Gegenstimmen?",
    ),
    unanimous_with=(
        r"\p{L}{0,12}?stimmt\p{L}*+",
        r"beschlossen",
        r"beschloss(?:en)?",
        r"verabschiedet(?:e|en)?",
        r"angenommen",
        r"abgelehnt",
        r"gebilligt",
        r"billigt(?:e|en)?",
        r"gewählt",
        r"Wahl",
        r"Entscheidung",
        r"entschied(?:en)?",
        r"Beschluss",
        r"erfolgte",
        r"befördert",
        r"berufen",
        r"ernannt",
        r"einigten",
        r"geeinigt",
        r"bestätigt",
        r"Resolution",
        r"verurteilt",
        r"wiedergewählt",
        r"nominiert",
        r"verhängt",
        r"gebilligt",
        r"Votum",
        r"Abstimmung",
    ),
    unanimous_not=(
        r"muss",
        r"müssen",
        r"müsste",
        r"erfordert",
        r"erforderlich",
        r"verlangt",
        r"würde",
        r"würden",
        r"soll",
        r"sollen",
        r"sollte",
        r"fast",
        r"nahezu",
        r"beinahe",
    ),
    negation=(r"nicht", r"kein\p{L}*+"),
    verb_second=True,
    abstain_next=(r"Es\s+gab", r"Dazu\s+kamen"),
    member_nouns=(
        r"Abgeordneten?",
        r"Mitglieder(?:n)?",
        r"Delegierten?",
        r"Parlamentarier(?:n)?",
        r"Senatoren",
        r"Räte",
        r"Gemeinderäte",
        r"Stadträte",
        r"Richter(?:n)?",
        r"Staaten",
        r"Länder(?:n)?",
        r"Stimmberechtigten?",
    ),
    vote_nouns=(r"Stimmen", r"Stimme"),
    yes_words=(r"dafür",),
    no_words=(r"dagegen",),
    joiners=(r"bei", r"und", r"mit"),
    zero_against=(r"(?:und\s+)?ohne\s+(?:eine\s+)?(?:Gegenstimmen?|Nein-?Stimmen?)",),
    makeup_before=(
        r"(?:konservative|liberale|progressive|linke|rechte|bürgerliche|republikanische"
        r"|demokratische)n?\s+Mehrheit\s+von",
    ),
    for_rival=(
        r"für\s+(?:ihren|seinen|ihre|seine|den|die)\s+(?:\p{L}++\s+)?"
        r"(?:Herausforderer(?:in)?|Gegenkandidat(?:en|in)?|Konkurrent(?:en|in)?|Rivalen|Rivalin"
        r"|Amtsinhaber(?:in)?)",
    ),
    share_of=(r"der", r"von"),
    share_yes=(
        r"stimmt(?:e|en)\s+(?:für|dafür|zu|mit\s+Ja)",
        r"votiert(?:e|en)\s+(?:für|dafür)",
        r"billigt(?:e|en)",
        r"(?:erhielt|bekam|fand)\s+(?:die\s+)?Zustimmung\s+von",
        # the verb after a fronted "für ...": "Für den Antrag stimmten 40 der 60 Mitglieder"
        r"(?<!\p{L})(?:für|dafür)\s+(?:\p{L}++\s+){0,4}?(?:stimmt|votiert)(?:e|en)",
    ),
    share_no=(
        r"(?<!\p{L})(?:gegen|dagegen)\s+(?:\p{L}++\s+){0,4}?(?:stimmt|votiert)(?:e|en)",
        r"stimmt(?:e|en)\s+(?:gegen|dagegen|mit\s+Nein)",
        r"votiert(?:e|en)\s+(?:gegen|dagegen)",
        r"lehnt(?:e|en)",
    ),
)

_FR = VoteVocabulary(
    trigger=(
        "référendum",
        "voix",
        "vot",
        "scrutin",
        "unanim",
        "abstention",
        "suffrages",
        "adopt",
        "approuv",
        "rejet",
        "majorité",
        "sans voix contre",
        "sans aucune voix contre",
        "égalité",
    ),
    pair_words=(r"contre", r"à"),
    pair_noun=(r"voix\s+contre", r"voix\s+pour\s+(?:et\s+)?contre", r"suffrages\s+contre"),
    cue_before=(
        r"vot(?:e|é|ée|és|ées|ent|ait|aient)",
        r"vote",
        r"scrutin",
        r"adopt(?:é|ée|és|ées|e|ent)",
        r"approuv(?:é|ée|és|ées|e|ent)",
        r"rejet(?:é|ée|és|ées|te|tent)",
        r"par",
        r"avec",
        # a tie: "une égalité de 4 voix contre 4", "à égalité, 4 à 4"
        r"égalité(?:\s+de)?",
    ),
    cue_after=(r"voix", r"suffrages", r"votes?"),
    weak_after=(r"majorité",),
    yes_after=(
        r"voix\s+pour",
        r"pour",
        r"votes?\s+pour",
        r"suffrages\s+pour",
        r"oui",
        # the side as the verb of its own clause: "32 conseillers ont voté pour, 14 contre",
        # with what it was for: "2 841 habitants ont voté pour le projet" (never a name)
        r"(?:\p{L}++\s+){0,3}?(?:ont\s+)?vot(?:é|ent|aient)\s+pour"
        r"(?=\s*+[,;.)]|\s++(?-i:\p{Ll}))",
    ),
    no_after=(
        r"(?:voix\s+)?contre",
        r"votes?\s+contre",
        r"non",
        r"(?:\p{L}++\s+)?(?:ont\s+)?vot(?:é|ent|aient)\s+contre(?=\s*+[,;.)]|\s++et\b)",
    ),
    # the finite verb and the participle clause: "20 sénateurs s'étant abstenus"
    abstain_after=(r"abstentions?", r"(?:se\s+sont|s['’]étant)\s+abstenu(?:e|s|es)?"),
    # the finite verb and the absolute participle clause: "trois élus étant absents"
    absent_after=(r"(?:\p{L}++\s+)?(?:étaient\s+|étant\s+)?absents?",),
    # the answers of a referendum before their count: "oui : 2 841, non : 1 977"
    yes_before=(r"pour\s*:", r"oui"),
    no_before=(r"contre\s*:", r"non"),
    neutral_after=(r"voix", r"suffrages", r"députés", r"sénateurs", r"élus", r"parlementaires"),
    abstain_tail=(
        r"(?:,\s*+)?(?:et|avec)\s+(?:NUM)\s+abstentions?",
        r",\s+(?:NUM)\s+abstentions?",
    ),
    passed=(
        r"adopt(?:é|ée|és|ées|e|ent|ait|ion)",
        r"approuv(?:é|ée|és|ées|e|ent|ait)",
        r"vot(?:é|ée|és|ées)",
        r"accept(?:é|ée|és|ées|e)",
        r"acté",
        r"ratifi(?:é|ée|és|ées|e)",
        r"renouvel\p{L}*+",
        r"pour\s+(?:le|la|les|l['’])",
        # the verbs of ratification, endorsement and renewal ("a entériné la cession",
        # "a validé", "a avalisé", "a prolongé le mandat", "a reconduit")
        r"entérin(?:é|ée|és|ées|e|ent)",
        r"valid(?:é|ée|és|ées)",
        r"avalis(?:é|ée|és|ées|e|ent)",
        r"prolong(?:é|ée|és|ées)",
        r"reconduit(?:e|s|es)?",
        r"autoris(?:é|ée|és|ées)",
        # a text through a stage of its reading: "a franchi la première lecture"
        r"franchi(?:t)?\s+(?:\p{L}++(?:\s+|['’])){0,3}?(?:lecture|étape|cap)",
        # the override of a veto, a vote of confidence given
        r"(?:lev(?:é|ée|a)|pass(?:é|er)\s+outre\s+(?:au|le))\s+veto",
        r"(?:vot(?:é|ée)|accord(?:é|ée)|obtenu)\s+la\s+confiance",
        # the idiom of approval: "a donné son feu vert"
        r"feu\s+vert",
    ),
    failed=(
        r"rejet(?:é|ée|és|ées|te|tent|ait)",
        r"repouss(?:é|ée|és|ées|e)",
        r"refus(?:é|ée|és|ées|e)",
        r"échou(?:é|e)",
    ),
    against_after=(r"contre\s+(?:le|la|les|l['’]|un|une)",),
    ruling_after=(r"décision", r"arrêt", r"jugement"),
    not_failed_after=(r"(?:\S++\s++){0,3}?veto",),
    supermajority=(r"deux\s+tiers", r"nécessaires?", r"requise?s?"),
    court=(r"cour", r"tribunal", r"juges?", r"Conseil\s+constitutionnel"),
    bodies=(
        r"Assemblée(?:\s+nationale|\s+générale)?",
        r"Sénat",
        r"Parlement(?:\s+européen)?",
        r"Conseil(?:\s+de\s+sécurité|\s+des\s+droits\s+de\s+l['’]Homme)?",
        r"Congrès",
        r"Chambre",
        r"commission",
        r"députés",
        r"sénateurs",
        r"actionnaires",
    ),
    unit_after=(
        r"%",
        r"pour\s*cent",
        r"millions?",
        r"milliards?",
        r"euros?",
        r"dollars?",
        r"ans",
        r"heures?",
        r"h\b",
        r"buts?",
        r"points?",
        r"sièges?",
    ),
    range_before=(
        r"articles?",
        r"alinéas?",
        r"points?",
        r"entre",
        r"âgés?\s+de",
        r"pages?",
        r"n°",
        r"Boeing",
        r"Airbus",
    ),
    sports_before=(
        r"battu",
        r"bat",
        r"gagn\p{L}*+",
        r"perd\p{L}*+",
        r"victoire",
        r"défaite",
        r"score",
    ),
    sports_after=(r"victoire", r"défaite", r"face", r"contre\s+\p{Lu}"),
    sports_words=(
        "match",
        "but",
        "buts",
        "championnat",
        "équipe",
        "ligue",
        "entraîneur",
    ),
    vote_words=("voix", r"vot\p{L}*+", "scrutin"),
    abstained=(
        r"s['’]est\s+abstenu\p{L}*+",
        r"se\s+sont\s+abstenu\p{L}*+",
        r"s['’]abst(?:ient|iennent|enant)",
    ),
    abstained_of=(r"abstentions?\s+(?:de|d['’]|du|des)",),
    poll_election=(
        r"sondage\p{L}*+",
        r"pour\s*cent",
        r"%",
        r"élection\p{L}*+",
        r"élu\p{L}*+",
        r"électeurs",
        r"candidat\p{L}*+",
        r"sièges",
        r"tour",
    ),
    unanimous=(
        r"à\s+l['’]unanimité",
        r"unanime(?:s|ment)?",
        r"sans\s+(?:aucune\s+)?voix\s+contre",
    ),
    unanimous_with=(
        r"vot\p{L}*+",
        r"adopt\p{L}*+",
        r"approuv\p{L}*+",
        r"rejet\p{L}*+",
        r"décid\p{L}*+",
        r"décision",
        r"élu\p{L}*+",
        r"accept\p{L}*+",
        r"ratifi\p{L}*+",
        r"résolution",
        r"nomm\p{L}*+",
        r"condamn\p{L}*+",
        r"reconduit\p{L}*+",
        r"désign\p{L}*+",
    ),
    unanimous_not=(
        r"exig\p{L}*+",
        r"requi\p{L}*+",
        r"nécessit\p{L}*+",
        r"faudr\p{L}*+",
        r"doi\p{L}*+",
    ),
    negation=(r"pas", r"jamais"),
    abstain_next=(r"Il\s+y\s+a\s+eu", r"On\s+a\s+compté"),
    member_nouns=(
        r"députés",
        r"sénateurs",
        r"élus",
        r"membres",
        r"conseillers",
        r"parlementaires",
        r"eurodéputés",
        r"juges",
        r"pays",
        r"États",
    ),
    vote_nouns=(r"voix", r"suffrages", r"votes"),
    yes_words=(r"pour", r"en\s+faveur"),
    no_words=(r"contre",),
    joiners=(r"et", r"avec"),
    share_of=(r"des", r"sur"),
    share_yes=(r"(?:ont\s+)?vot(?:é|ent|aient)\s+(?:pour|en\s+faveur)", r"(?:ont\s+)?approuvé"),
    share_no=(r"(?:ont\s+)?vot(?:é|ent|aient)\s+contre", r"(?:ont\s+)?rejeté"),
    zero_against=(r"(?:et\s+)?sans\s+(?:aucune\s+)?(?:voix\s+contre|opposition)",),
    makeup_before=(
        r"majorité\s+(?:conservatrice|libérale|progressiste|républicaine|démocrate)\s+(?:de|à)",
    ),
    for_rival=(
        r"(?:pour|à)\s+(?:son|sa|leur|le|la|l['’])\s*+(?:\p{L}++\s+)?"
        r"(?:rivale?|adversaire|concurrente?|challenger|sortante?)",
    ),
    # "de" after "en faveur"; a determiner or an infinitive (-er, -ir, -re) after the
    # preposition "pour", whose object is then what the vote favoured ("à sept voix
    # contre deux pour le maintien des taux", "… pour maintenir le taux")
    favour_of=(
        r"(?!contre)\p{L}++(?<=er|ir|re)",
        r"d['’]",
        r"de",
        r"du",
        r"des",
        r"le",
        r"la",
        r"les",
        r"l['’]",
        r"une?",
        r"son",
        r"sa",
        r"ses",
        r"leurs?",
        r"ce",
        r"cette",
    ),
)

_ES = VoteVocabulary(
    trigger=(
        "referéndum",
        "voto",
        "votaci",
        "votó",
        "votar",
        "unanimidad",
        "unánime",
        "unanime",
        "abstenci",
        "a favor",
        "aprob",
        "rechaz",
        "mayoría",
        "empate",
    ),
    pair_words=(r"a", r"contra", r"frente\s+a"),
    pair_noun=(r"votos\s+(?:contra|frente\s+a|a)",),
    cue_before=(
        r"vot(?:ó|aron|ación|ado|ada|ar)",
        r"aprob(?:ó|aron|ado|ada|ación)",
        r"rechaz(?:ó|aron|ado|ada)",
        r"por",
        r"con",
        # a tie: "un empate de 4 a 4"
        r"empate(?:\s+de)?",
    ),
    cue_after=(r"votos?", r"sufragios"),
    weak_after=(r"mayoría",),
    # the vote noun may be left out after the first count ("64 votos afirmativos y 3
    # negativos"); singular after one or none ("ningún voto negativo")
    yes_after=(
        r"votos?\s+a\s+favor",
        r"a\s+favor",
        r"(?:votos?\s+)?afirmativos?",
        r"síes",
        # with what it was for: "2.841 vecinos votaron a favor de peatonalizar el centro"
        r"(?:\p{L}++\s+){0,3}?vot(?:aron|ó)\s+a\s+favor(?=\s*+[,;.)]|\s++(?-i:\p{Ll}))",
    ),
    no_after=(
        r"(?:votos?\s+)?en\s+contra",
        r"(?:votos?\s+)?negativos?",
        r"noes",
        r"contrari[oa]s?",
        r"(?:\p{L}++\s+)?vot(?:aron|ó)\s+en\s+contra(?=\s*+[,;.)]|\s++y\b)",
    ),
    abstain_after=(r"abstenci(?:ón|ones|on)", r"se\s+abstuvieron"),
    # "siete diputados estuvieron ausentes"
    absent_after=(r"(?:\p{L}++\s+)?(?:estuvieron\s+|estaban\s+)?ausentes?", r"ausencias?"),
    # the answers of a referendum before their count: "sí: 2.841; no: 1.977"
    yes_before=(r"a\s+favor\s*:", r"sí"),
    no_before=(r"en\s+contra\s*:", r"no"),
    neutral_after=(
        r"votos",
        r"diputados",
        r"senadores",
        r"legisladores",
        r"parlamentarios",
        r"concejales",
        r"consejeros",
    ),
    abstain_tail=(
        r"(?:,\s*+)?(?:y|con)\s+(?:NUM)\s+abstenci(?:ón|ones|on)",
        r",\s+(?:NUM)\s+abstenci(?:ón|ones|on)",
    ),
    passed=(
        r"aprob(?:ó|aron|ado|ada|ados|adas|ación)",
        r"adopt(?:ó|aron|ado|ada)",
        r"acept(?:ó|aron|ado|ada|ación)",
        r"confirm(?:ó|aron|ado|ada|ación)",
        r"respald(?:ó|aron|ado|ada)",
        r"ratific(?:ó|aron|ado|ada)",
        # the Congress's approval of a decree-law (Constitución española, art. 86)
        r"convalid(?:ó|aron|ado|ada|ación)",
        r"a\s+favor\s+de",
        # the verbs of endorsement and renewal ("avaló", "refrendó", "prorrogó el mandato",
        # "renovó", "autorizó")
        r"aval(?:ó|aron|ado|ada)",
        r"refrend(?:ó|aron|ado|ada)",
        r"prorrog(?:ó|aron|ado|ada)",
        r"renov(?:ó|aron|ado|ada)",
        r"autoriz(?:ó|aron|ado|ada)",
        # a text through a stage of its reading: "superó el trámite", "superó la primera
        # lectura"
        r"super(?:ó|aron|ado|ada)\s+(?:el\s+trámite|la\s+(?:primera|segunda)\s+lectura)",
        # the override of the Senate's veto (Constitución española, art. 90.2: the Congress
        # "levanta el veto"), a vote of confidence given
        r"(?:levant|super)(?:ó|aron|ado|a)\s+el\s+veto",
        r"(?:otorg|obtuv|gan)\p{L}*+\s+la\s+(?:cuestión\s+de\s+)?confianza",
        # the idioms of approval: "salió adelante", "dio luz verde", "dio el visto bueno"
        r"sali(?:ó|eron)\s+adelante",
        r"luz\s+verde",
        r"visto\s+bueno",
    ),
    failed=(
        r"rechaz(?:ó|aron|ado|ada|ados|adas)",
        r"tumb(?:ó|aron|ado|ada)",
        r"fracas(?:ó|aron)",
        # a proposal that lapses ("la propuesta decayó", RAE: "decaer")
        r"deca(?:yó|yeron|ída|ído)",
    ),
    against_after=(r"en\s+contra\s+de",),
    ruling_after=(r"fallo", r"sentencia", r"decisión"),
    not_failed_after=(r"(?:\S++\s++){0,3}?veto",),
    supermajority=(r"dos\s+tercios", r"necesari\p{L}*+", r"requerid\p{L}*+", r"mayoría\s+absoluta"),
    court=(r"tribunal", r"corte", r"jueces", r"magistrados"),
    bodies=(
        r"Congreso(?:\s+de\s+los\s+Diputados)?",
        r"Senado",
        r"Cámara(?:\s+de\s+(?:Diputados|Representantes))?",
        r"Parlamento(?:\s+Europeo)?",
        r"Asamblea(?:\s+Nacional)?",
        r"Consejo",
        r"Comité",
        r"Comisión",
        r"diputados",
        r"senadores",
        r"accionistas",
        r"CNE",
    ),
    unit_after=(
        r"%",
        r"por\s*ciento",
        r"millones",
        r"euros?",
        r"dólares",
        r"años",
        r"horas?",
        r"goles?",
        r"puntos?",
        r"escaños",
    ),
    range_before=(
        r"artículos?",
        r"puntos?",
        r"apartados?",
        r"entre",
        r"edades",
        r"páginas?",
        r"Boeing",
        r"Airbus",
    ),
    sports_before=(r"venci\p{L}*+", r"gan\p{L}*+", r"perdi\p{L}*+", r"derrot\p{L}*+", r"goleó"),
    sports_after=(r"victoria", r"derrota", r"ante"),
    sports_words=(
        "partido",
        "gol",
        "goles",
        "liga",
        "equipo",
        "entrenador",
    ),
    vote_words=(r"voto\p{L}*+", "votación", r"vot[óa]\p{L}*+"),
    abstained=(
        r"se\s+abstuv(?:o|ieron)",
        r"se\s+abstien(?:e|en)",
        "absteniéndose",
    ),
    abstained_of=(r"abstenci(?:ón|ones)\s+(?:de|del)",),
    poll_election=(
        r"encuesta\p{L}*+",
        r"por\s*ciento",
        r"%",
        r"eleccion\p{L}*+",
        r"electo\p{L}*+",
        r"candidat\p{L}*+",
        r"escaños",
        r"vuelta",
        r"escrutad\p{L}*+",
        r"sufragios",
    ),
    unanimous=(
        r"por\s+unanimidad",
        r"un[áa]nime(?:s|mente)?",
        r"sin\s+(?:ning[úu]n\s+voto|votos)\s+en\s+contra",
    ),
    unanimous_with=(
        r"vot\p{L}*+",
        r"aprob\p{L}*+",
        r"rechaz\p{L}*+",
        r"decidi\p{L}*+",
        r"decisión",
        r"eleg\p{L}*+",
        r"elect\p{L}*+",
        r"respald\p{L}*+",
        r"resolución",
        r"elig\p{L}*+",
        r"design\p{L}*+",
        r"nombr\p{L}*+",
        r"ratific\p{L}*+",
    ),
    unanimous_not=(r"requier\p{L}*+", r"exig\p{L}*+", r"necesit\p{L}*+", r"deb\p{L}*+", r"casi"),
    negation=(r"no", r"nunca"),
    abstain_next=(r"Hubo", r"Se\s+registraron"),
    member_nouns=(
        r"diputados",
        r"senadores",
        r"legisladores",
        r"parlamentarios",
        r"eurodiputados",
        r"concejales",
        r"consejeros",
        r"miembros",
        r"magistrados",
        r"jueces",
        r"países",
        r"Estados",
    ),
    vote_nouns=(r"votos", r"voto", r"sufragios"),
    yes_words=(r"a\s+favor",),
    no_words=(r"en\s+contra",),
    joiners=(r"y", r"con"),
    share_of=(r"de\s+(?:los|las)", r"de"),
    share_yes=(r"vot(?:aron|ó)\s+(?:a\s+favor|sí)", r"apoy(?:aron|ó)", r"respald(?:aron|ó)"),
    share_no=(r"vot(?:aron|ó)\s+(?:en\s+contra|no)", r"rechaz(?:aron|ó)"),
    label_articles=(r"los", r"las"),
    zero_against=(r"(?:y\s+)?sin\s+(?:ningún\s+)?votos?\s+(?:en\s+contra|negativos?)",),
    makeup_before=(r"mayoría\s+(?:conservadora|liberal|progresista|republicana|demócrata)\s+de",),
    for_rival=(
        r"(?:de|para)\s+(?:su|el|la)\s+(?:\p{L}++\s+)?"
        r"(?:rival|adversari[oa]|contrincante|oponente|contendiente)",
    ),
    favour_of=(r"de", r"del"),
)

_IT = VoteVocabulary(
    trigger=(
        "referendum",
        "voti",
        "voto",
        "votat",
        "votazion",
        "unanim",
        "astenut",
        "astension",
        "favorevoli",
        "approv",
        "respint",
        "bocciat",
        "maggioranza",
        "parità",
    ),
    pair_words=(r"a", r"contro"),
    pair_noun=(r"voti\s+(?:contro|a)",),
    cue_before=(
        r"vot(?:ato|ata|ati|ate|azione|o)",
        r"approv(?:ato|ata|ati|ate|ò|ano|azione)",
        r"respint(?:o|a|i|e)",
        r"bocciat(?:o|a|i|e)",
        r"con",
        # a tie: "una parità di 4 a 4"
        r"parità(?:\s+di)?",
    ),
    cue_after=(r"voti", r"preferenze"),
    weak_after=(r"maggioranza",),
    # singular after one or none: "nessuno contrario", "un voto favorevole"
    yes_after=(
        r"voti?\s+favorevol[ei]",
        r"favorevol[ei]",
        r"voti?\s+a\s+favore",
        r"a\s+favore",
        r"sì",
        # with what it was for: "1.200 soci hanno votato a favore della fusione"
        r"(?:\p{L}++\s+){0,3}?(?:hanno\s+)?votato\s+a\s+favore(?=\s*+[,;.)]|\s++(?-i:\p{Ll}))",
    ),
    no_after=(
        r"voti?\s+contrari[oa]?",
        r"contrari[oa]?",
        r"voti\s+contro",
        # a bare "contro" closing its count, the verb gapped: "…, 90 contro"
        r"contro(?=\s*+[,;.)]|\s++e\b|\s*+\Z)",
        r"no",
        r"(?:\p{L}++\s+)?(?:hanno\s+)?votato\s+contro(?=\s*+[,;.)]|\s++e\b)",
    ),
    abstain_after=(r"astenut[ioae]", r"astensioni", r"astensione"),
    absent_after=(r"(?:\p{L}++\s+)?(?:erano\s+)?assenti",),
    # the answers of a referendum before their count: "(hanno votato) sì 4.812 (…) e no 3.090"
    yes_before=(r"favorevoli\s*:?", r"sì"),
    no_before=(r"contrari\s*:?", r"no"),
    neutral_after=(r"voti", r"deputati", r"senatori", r"parlamentari", r"consiglieri"),
    abstain_tail=(
        r"(?:,\s*+)?(?:e|con)\s+(?:NUM)\s+(?:astenut[io]|astensioni|astensione)",
        r",\s+(?:NUM)\s+(?:astenut[io]|astensioni|astensione)",
    ),
    passed=(
        r"approv(?:ato|ata|ati|ate|ò|ano|azione)",
        r"adottat(?:o|a|i|e)",
        r"accettat(?:o|a|i|e)",
        r"ratificat(?:o|a|i|e)",
        r"confermat(?:o|a|i|e)",
        r"passat(?:o|a|i|e)",
        r"via\s+libera",
        r"a\s+favore\s+d",
        # the verbs of ratification, endorsement and renewal ("ha convalidato", "ha
        # avallato", "ha prorogato la missione", "ha rinnovato", "ha autorizzato")
        r"convalidat(?:o|a|i|e)",
        r"avallat(?:o|a|i|e)",
        r"prorogat(?:o|a|i|e)",
        r"rinnovat(?:o|a|i|e)",
        r"autorizzat(?:o|a|i|e)",
        # a text through a stage of its reading: "ha superato la prima lettura"
        r"superat(?:o|a|i|e)\s+(?:l['’]esame|la\s+(?:prima|seconda)\s+lettura)",
        # the override of a veto, a vote of confidence given ("ha votato la fiducia al
        # governo")
        r"superat(?:o|a)\s+il\s+veto",
        r"(?:votat|accordat|ottenut|incassat)(?:o|a)\s+la\s+fiducia",
        # the idioms of approval: "disco verde", "semaforo verde"
        r"(?:disco|semaforo)\s+verde",
    ),
    failed=(
        r"respint(?:o|a|i|e)",
        r"bocciat(?:o|a|i|e)",
        r"rigettat(?:o|a|i|e)",
    ),
    against_after=(r"contro\s+(?:il|la|lo|i|gli|le|l['’]|un|una)",),
    ruling_after=(r"sentenza", r"decisione"),
    not_failed_after=(r"(?:\S++\s++){0,3}?veto",),
    supermajority=(
        r"due\s+terzi",
        r"necessari\p{L}*+",
        r"richiest\p{L}*+",
        r"maggioranza\s+assoluta",
    ),
    court=(r"corte", r"tribunale", r"giudici", r"Consulta"),
    bodies=(
        r"Camera(?:\s+dei\s+(?:Deputati|Rappresentanti))?",
        r"Senato",
        r"Parlamento(?:\s+europeo)?",
        r"Consiglio(?:\s+di\s+sicurezza)?",
        r"Congresso",
        r"Assemblea",
        r"Commissione",
        r"deputati",
        r"senatori",
        r"azionisti",
    ),
    unit_after=(
        r"%",
        r"per\s*cento",
        r"milioni",
        r"miliardi",
        r"euro",
        r"dollari",
        r"anni",
        r"ore",
        r"gol",
        r"reti",
        r"punti",
        r"seggi",
    ),
    range_before=(
        r"articoli?",
        r"commi?",
        r"punti",
        r"tra",
        r"fra",
        r"pagine?",
        r"Boeing",
        r"Airbus",
    ),
    sports_before=(
        r"battut\p{L}*+",
        r"batte",
        r"vint\p{L}*+",
        r"vince",
        r"pers\p{L}*+",
        r"sconfitt\p{L}*+",
    ),
    sports_after=(r"vittoria", r"sconfitta", r"contro\s+\p{Lu}"),
    sports_words=(
        "partita",
        "gol",
        "reti",
        "campionato",
        "squadra",
        "derby",
        "allenatore",
    ),
    vote_words=("vot[io]", r"votazion\p{L}*+", r"votat\p{L}*+"),
    abstained=(
        r"si\s+(?:è|sono)\s+astenut\p{L}*+",
        r"si\s+asten(?:gono|ne|nero)",
        r"si\s+astiene",
        "astenendosi",
    ),
    abstained_of=(r"astension[ie]\s+(?:di|del|della|dell['’]|dei|degli|delle)",),
    poll_election=(
        r"sondagg\p{L}*+",
        r"per\s*cento",
        r"%",
        r"elezion\p{L}*+",
        r"elett\p{L}*+",
        r"candidat\p{L}*+",
        r"seggi",
        r"turno",
        r"preferenze",
    ),
    unanimous=(
        r"all['’]\s*unanimità",
        r"unanim[ei](?:mente)?",
        r"senza\s+(?:alcun\s+voto\s+contrario|voti\s+contrari)",
    ),
    unanimous_with=(
        r"vot\p{L}*+",
        r"approv\p{L}*+",
        r"respint\p{L}*+",
        r"bocciat\p{L}*+",
        r"decis\p{L}*+",
        r"elett\p{L}*+",
        r"adottat\p{L}*+",
        r"risoluzione",
        r"nominat\p{L}*+",
        r"confermat\p{L}*+",
        r"ratificat\p{L}*+",
    ),
    unanimous_not=(r"richied\p{L}*+", r"serv\p{L}*+", r"dovr\p{L}*+", r"deve", r"devono", r"quasi"),
    negation=(r"non", r"mai"),
    abstain_next=(r"Ci\s+sono\s+stat[ei]", r"Si\s+sono\s+registrat[ei]"),
    member_nouns=(
        r"deputati",
        r"senatori",
        r"parlamentari",
        r"eurodeputati",
        r"consiglieri",
        r"membri",
        r"giudici",
        r"Paesi",
        r"Stati",
    ),
    vote_nouns=(r"voti", r"voto"),
    yes_words=(r"a\s+favore", r"favorevoli"),
    no_words=(r"contrari",),
    joiners=(r"e", r"con"),
    share_of=(r"dei", r"degli", r"delle", r"su"),
    share_yes=(r"(?:hanno\s+)?votato\s+(?:a\s+favore|sì)", r"(?:hanno\s+)?approvato"),
    share_no=(r"(?:hanno\s+)?votato\s+(?:contro|no)", r"(?:hanno\s+)?respinto"),
    label_articles=(r"i", r"gli"),
    zero_against=(r"(?:e\s+)?senza\s+(?:alcun\s+)?(?:voti?\s+)?contrari[oa]?",),
    makeup_before=(
        r"maggioranza\s+(?:conservatrice|liberale|progressista|repubblicana|democratica)\s+di",
    ),
    for_rival=(
        r"(?:per|del|della|dello|dell['’]|al|alla)\s*+(?:(?:suo|sua|loro)\s+)?(?:\p{L}++\s+)?"
        r"(?:rivale|avversari[oa]|sfidante|concorrente|contendente)",
    ),
    favour_of=(r"d['’]", r"di", r"del", r"della", r"dello", r"dei", r"degli", r"delle"),
)

#: Vote vocabulary per supported language.
VOTE_VOCABULARY: Mapping[str, VoteVocabulary] = MappingProxyType(
    {"en": _EN, "de": _DE, "fr": _FR, "es": _ES, "it": _IT}
)
