"""Quotations and who said them.

:func:`find_quotes` pairs the quotation marks of a news story (curly and
straight doubles, „…“, «…», »…«), finds the cue that attributes each quotation
("said", "according to", "sagte", "a-t-il ajouté", "dijo", "ha detto") and the
speaker mention it names, and resolves pronouns and bare surnames to the
nearest earlier full name.  Quoted strings that nobody is credited with
(titles of works, nicknames, names of ships or laws, scare quotes) are left
out: they are not quotations.

The mechanisms are private modules of this package, one per question:

- ``_marks``: pairing quotation marks into segments, partial or full, and the
  continuation of a quotation over paragraphs;
- ``_cues``: the cue before, after or around a quotation and the subject it
  names; the token view of the document every mechanism reads;
- ``_chunk``: the noun-phrase gate, the one place that decides what may name a
  speaker (a name, a titled noun phrase, a pronoun; never a closed-class word);
- ``_clause``: clause structure (inverted subjects after any verb of saying,
  relative pronouns pointing back, passive agents, clefts, asides, gerunds);
- ``_holder``: the subject of the clause that holds a partial quotation;
- ``_relative`` and ``_passive``: relative pronouns and passive agents in English,
  and the subject of a naming verb in a relative clause ("what it calls “…”");
- ``_nouns``: nouns of speech that name the speaker ("Those were the words of X",
  "her claim that “…”");
- ``_intro``: the subject of the clause that introduces a quotation after a comma
  or colon ("She gave them a warning: “…”"), or holds a partial one;
- ``_transcript``: a speaker label opening a quoted transcript turn ("“LEE: …”");
- ``_comment_clause``: the subject of an English comment clause ("as X put it")
  or of an inverted reporting clause set off by commas ("…, said X, …");
- ``_postmodified``: the head of an English subject a postmodifier separates
  from its verb ("A campaign ad released Thursday accuses");
- ``_roles``: a lower-case description inside an English name phrase ("Senate
  candidate Ann Lee");
- ``_opening_clause``: the main clause subject of an English participle clause
  that opens the sentence and holds the quotation;
- ``_absolute``: the subject of an English *with* absolute clause ("with Ann Lee
  calling it “…”");
- ``_reading``: a text read through an impersonal verb ("peut-on lire dans X");
- ``_following_name``: a name opening the sentence after a quotation that opens
  its paragraph ("«…». Carla Neri, la promessa …");
- ``_relative_opening`` and ``_relative_holder``: a relative pronoun opening a
  sentence ("… Luca Neri. Che ha aggiunto:") or the clause holding a partial
  quotation ("…, Luca Neri, che aveva accusato il governo di «…»");
- ``_sole_voice``: the one person a story of one voice quotes;
- ``_outlet_subject``: the subject of the clause an outlet frames ("Secondo
  l'agenzia Ansa, Paolo Neri ha …");
- ``_source_phrase``: a source phrase with no comma after it ("secondo l’ex
  generale i …");
- ``_object_after_verb``: the object of a verb of saying before a colon ("ha
  ribadito il concetto:");
- ``_italian``: facts of Italian grammar (the article "lo", predicative
  adjectives after a verb of saying);
- ``_discourse``: the current-speaker register across sentences, with number and
  gender agreement for pronouns and dropped subjects.

Languages differ only in data read through ``newsdoc._grammar``: closed
word classes, verbs of saying, agreement features and word-order facts.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping
from typing import Literal

import attrs
import regex

from newsdoc._grammar import agreement, closed_class, grammar
from newsdoc._grammar.order import order_of
from newsdoc._lexicon.agencies import organization_kind
from newsdoc._lexicon.cues import (
    ADDRESSEE_VERBS,
    CUE_VERBS,
    GERMAN_SPLIT_CUES,
    POINTERS_BACK,
    PREDICATIVE_FUER_LEMMAS,
    REPORTING_WORDS,
    SUBJUNCTIVES,
    TITLE_NOUNS,
    TITLE_SUFFIXES,
)
from newsdoc._lexicon.german_verbs import german_forms
from newsdoc._lexicon.given_names import given_name_gender
from newsdoc._lexicon.grammar import FOREIGN_AND_GERMAN as _FOREIGN_AND_GERMAN
from newsdoc._lexicon.grammar import FOREIGN_WORDS as _FOREIGN_WORDS
from newsdoc._lexicon.grammar import GERMAN_ARTICLES as _GERMAN_ARTICLES
from newsdoc._lexicon.grammar import GERMAN_MODALS as _GERMAN_MODALS
from newsdoc._lexicon.grammar import GERMAN_POINTING_PRONOUNS
from newsdoc._lexicon.grammar import GERMAN_POSSESSIVES as _GERMAN_POSSESSIVES
from newsdoc._lexicon.grammar import GERMAN_SOURCE_PREPOSITIONS as _GERMAN_SOURCE_PREPOSITIONS
from newsdoc._lexicon.grammar import GERMAN_SOURCES as _GERMAN_SOURCES
from newsdoc._lexicon.grammar import GERMAN_THIS as _GERMAN_THIS
from newsdoc._lexicon.grammar import NAME_NEVER_STARTS as _NAME_NEVER_STARTS
from newsdoc._lexicon.grammar import PLURAL_PRONOUNS as _PLURAL_PRONOUNS
from newsdoc._lexicon.metalinguistic import MENTION_NOUNS
from newsdoc._lexicon.names import NAME_PARTICLES
from newsdoc._lexicon.persons import ENGLISH_PERSON_SINGULARS, PERSON_NOUNS
from newsdoc._lexicon.role_epithets import ROLE_EPITHETS
from newsdoc._lexicon.speakers import (
    DETERMINERS,
    GERMAN_PERSON_ENDINGS,
    OFFICE_NOUNS,
    OWN_WORDS,
    PERSON_PRONOUNS,
    SOURCE_NOUNS,
    TITLES,
)
from newsdoc._lexicon.speech_nouns import GERMAN_CONTENT_NOUNS, SPEECH_NOUNS
from newsdoc._text import CLAUSE_MARKS, TERMINAL_MARKS, Document
from newsdoc._text import Segment as Paragraph
from newsdoc.quotes._absolute import with_absolute
from newsdoc.quotes._aside import bracketed_speaker, listed_speaker
from newsdoc.quotes._cataphora import cataphor
from newsdoc.quotes._chunk import (
    impersonal_clause,
    non_finite_clause,
    source_pronoun,
    speaker_mention,
)
from newsdoc.quotes._clause import (
    agent_after,
    aside_subject,
    better_incise,
    cleft_subject,
    fronted_cleft,
    gerund_after,
    heading_speaker,
    incise_after,
    inverted_opening,
    passive_agent,
    relative_antecedent,
    relative_cue,
    source_relative,
)
from newsdoc.quotes._comment_clause import comment_clause, inverted_parenthetical
from newsdoc.quotes._content import content_clause_owner
from newsdoc.quotes._cues import (
    FULL_NAME,
    Attribution,
    attribute_after,
    attribute_before,
    colon_speaker,
    counted_subject,
    document_paragraphs,
    elided_prefix,
    german_person,
    german_source,
    person_like,
    reading,
    recent_person_subject,
    relative_speaker,
    sentence_end,
    sentence_start,
    speaker_after,
    split_cues,
    subject,
    tokens,
)
from newsdoc.quotes._dialogue import has_dialogue, is_turn, with_dialogue
from newsdoc.quotes._discourse import Register, cue_features, office_noun
from newsdoc.quotes._following import following_mention, names_a_person
from newsdoc.quotes._following_name import following_name
from newsdoc.quotes._free_relative import (
    free_relative_after,
    free_relative_speaker,
    source_frame_speaker,
)
from newsdoc.quotes._gerund import gerund_subject, participle_subject
from newsdoc.quotes._holder import holding_subject
from newsdoc.quotes._interview import answer_speaker, is_answer_label
from newsdoc.quotes._intro import holding_pronoun, introducing_subject
from newsdoc.quotes._later_clause import later_clause_subject
from newsdoc.quotes._marks import Quoted, quoted_segments
from newsdoc.quotes._naming_passive import naming_agent, passive_speaker
from newsdoc.quotes._nearer_pronoun import nearer_pronoun
from newsdoc.quotes._neuter import neuter_subject
from newsdoc.quotes._nouns import (
    possessor_speaker,
    speech_noun_after,
    speech_noun_before,
    speech_noun_possessor,
)
from newsdoc.quotes._object_after_verb import object_of_cue
from newsdoc.quotes._opening_clause import opening_participle
from newsdoc.quotes._outlet_subject import named_outlet, subject_after_source
from newsdoc.quotes._passive import passive_agent as passive_speech_agent
from newsdoc.quotes._persons import person_head
from newsdoc.quotes._pointing_phrase import pointing_phrase
from newsdoc.quotes._postmodified import postmodified_subject
from newsdoc.quotes._preposed_incise import preposed_incise
from newsdoc.quotes._presentative import presentative_speaker
from newsdoc.quotes._quoted_from import quoted_from
from newsdoc.quotes._reference import parenthesised_reference
from newsdoc.quotes._relative import antecedent, naming_relative, relative_subject
from newsdoc.quotes._relative_holder import relative_holder
from newsdoc.quotes._relative_opening import relative_opening
from newsdoc.quotes._reporting_frame import reporting_frame
from newsdoc.quotes._sole_voice import SoleVoice
from newsdoc.quotes._split_bracket import split_bracket
from newsdoc.quotes._transcript import transcript_label
from newsdoc.spans import Span

__all__ = ["Quote", "find_quotes"]


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation with its speaker and cue.

    ``span`` covers the quotation marks, ``text`` is the words inside them.
    ``speaker`` is who said it, as a name where one can be found (a pronoun or
    a surname is resolved to the full name mentioned earlier); ``speaker_span``
    is the mention in the text that attributes the quotation ("he", "the
    ministry").  ``kind`` is ``"partial"`` for words quoted inside our own
    sentence.

    Example:
        >>> Quote(span=Span(start=0, end=4), text="Hi").kind
        'full'
        >>> q = find_quotes('"We will win," Ann Lee said.')[0]
        >>> (q.text, q.speaker, q.cue)
        ('We will win,', 'Ann Lee', 'said')
    """

    span: Span
    text: str
    speaker: str | None = None
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    kind: Literal["full", "partial"] = "full"


# Our own sentence going on after a quotation: '” to describe', '”, which'.
_CONTINUES = regex.compile(r"[ \t]*+,?[ \t]++(?!(?:he|she|they|it|we|i)\b)\p{Ll}")
# How far (characters) from a quotation its cue and speaker are looked for:
# bounds the work per quotation, so a huge paragraph stays linear.
_WINDOW = 600
# How far back (characters) the current speaker of a quotation no cue credits is looked for.
_SPEAKER_REACH = 1200
# Text that ends a paragraph introducing a quotation: 'Lee told reporters:'.
_COLON_END = regex.compile(r":\s*+$")
# A line break followed by another, blanks between: "…barrage\n\nLe débat".
_PARAGRAPH_BREAK = regex.compile(r"\n[^\S\n]*+\n")
# The work budget of attribution, so that any text costs time linear in its length
# with a small constant: at most this many quotations, or one per so many characters
# when that is more, are attributed; the rest are returned without a speaker.  An
# attributed quotation costs about 0.1 ms whatever its text (the first few more, as
# they build the document's indexes), so a 10 KB text of nothing but quotations
# needs fewer than 50 to stay under a second per megabyte.  Chosen from the
# development corpora (6,148 stories with quotation marks): the densest story
# needs 39 of its 45 (3,300 characters); the densest long ones 49 of 55 (12,600
# characters) and 89 of 128 (29,000 characters).
_ATTRIBUTION_FLOOR = 45
_CHARS_PER_ATTRIBUTION = 225


def _max_attributions(length: int) -> int:
    """Return how many quotations of a text of ``length`` characters are attributed.

    Example:
        >>> _max_attributions(0), _max_attributions(10_000), _max_attributions(100_000)
        (45, 45, 444)
    """
    return max(_ATTRIBUTION_FLOOR, length // _CHARS_PER_ATTRIBUTION)


# The words of a quotation (for its length).
_WORDS = regex.compile(r"[\p{L}\p{N}]++")
# What may stand between a closing mark and a dash attribution: '" — Ann Lee',
# '" -- Ann Lee' (the typed dash); a hyphen glued to both words is a compound
# ("„Eins zu Eins“-Begegnung").
_DASH_SPEAKER = regex.compile(
    r"[.]?(?:\s*+[–—―]|\s++[\p{Pd}]-?+|[\p{Pd}](?=\s))\s*+(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:\s++\p{Lu}[\p{L}\p{M}.'’\-]*+){0,4})"
)
# A name (two to four capitalised words) after a quotation, then a comma and a
# description or the paragraph end: '" Mara Quinn, Institute for Coastal Studies'.
_SIGNATURE = regex.compile(
    r"[ \t]*+(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}.'’\-]*+){1,3})"
    r"(?:,[ \t]*+(?P<rest>\p{Lu}[^\n]*+)|[ \t]*+(?=\n|$))"
)
# A blurb signed after a doubled closing mark: '» » Ana Ruiz, journaliste « »'.
_BLURB = regex.compile(
    r"[ \t]*+[»”\"][ \t]*+"
    r"(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}.'’\-]*+){1,3})"
    r",[^\n«“\"]{1,80}(?=[«“\"]|\n|$)"
)


# The agent of a German passive: "wird von Kritikern als", "wurde vom Gericht".
# German only: its auxiliaries and prepositions are German; other languages have no entry.
_PASSIVE_AGENT: Mapping[str, regex.Pattern[str]] = {
    "de": regex.compile(
        r"\b(?:wird|werden|wurde|wurden|worden)\s++(?:[\p{Ll}\p{N}]++\s++){0,4}?"
        r"(?:von|vom|durch)\s++(?P<agent>(?:(?:der|dem|den|des|einem|einer|einen)\s++)?"
        r"(?:\p{Ll}++\s++){0,2}\p{Lu}[\p{L}\p{M}\-]*+(?:\s++\p{Lu}[\p{L}\p{M}\-]*+){0,3})"
    ),
}

# The verbs of saying whose particle stands apart at the clause end, per language:
# German separable verbs ("sicherte … zu", "wies … zurück"; Duden-Grammatik, on
# the verb particle in the sentence bracket); other languages have no entry.
_SEPARABLE_CUES: Mapping[str, Mapping[str, frozenset[str]]] = {"de": GERMAN_SPLIT_CUES}


def find_quotes(text: str, *, language: str | None = None) -> tuple[Quote, ...]:
    r"""Return the quotations in ``text`` in order.

    The work is bounded so that any text costs time linear in its length: at
    most 40 quoted segments plus one per 60 characters are read (past that the
    rest of the text is left alone), and at most 45 quotations, or one per 225
    characters when that is more, are attributed (the rest are returned with no
    speaker or cue).  Both bounds hold every news story of the development
    corpora, the densest with a tenth to spare; only machine-made text, or a
    story denser with quotations than any of them, reaches them.

    Args:
        text: a news story, plain text.
        language: ``"en"``, ``"de"``, ``"fr"``, ``"es"`` or ``"it"``; detected
            when None.

    Example:
        >>> find_quotes("")
        ()
        >>> story = (
        ...     'Ann Lee, the mayor of Lyon, said: "The bridge will open in May."\n\n'
        ...     '"We are on time," she added.'
        ... )
        >>> for q in find_quotes(story):
        ...     print(q.text, "|", q.speaker, "|", story[q.speaker_span.start : q.speaker_span.end])
        The bridge will open in May. | Ann Lee | Ann Lee
        We are on time, | Ann Lee | she
    """
    return _find(Document.analyse(text, language))


def _find(doc: Document) -> tuple[Quote, ...]:
    """Return the quotations of ``doc`` (see `find_quotes`).

    A text with no quotation mark costs no language detection.
    """
    text = doc.text
    if not _has_marks(text) and not has_dialogue(text):
        return ()
    # the text's tokens and sentence ends are read once, while this call lasts
    with reading(doc):
        return _found(text, doc.language)


def _found(text: str, lang: str) -> tuple[Quote, ...]:
    """Return the quotations of ``text`` (see `find_quotes`)."""
    # one register of who speaks for the whole call: its sentences are read once
    register = Register(text, lang, ())
    candidates = _candidates(text, lang, register)
    # a title in marks that names the speaker of another quotation ("„…“, schrieb
    # „Die Zeit“") is no quotation itself
    speakers = {
        (attr.speaker_start, attr.speaker_end) for _, attr, _, keep in candidates if keep and attr
    }
    # in German a name in marks may stand inside the speaker's phrase ("Ein Sprecher
    # der „Nordbank“ sagte …"): it is part of that phrase, no quotation either
    inside = _inside_spans(speakers) if order_of(lang).nouns_capitalised else None
    found = [
        (seg, attr, inh)
        for seg, attr, inh, keep in candidates
        if keep
        and (seg.start, seg.end) not in speakers
        and not (inside is not None and inside(seg.start, seg.end))
    ]
    return _build(text, found, lang, register)


def _inside_spans(spans: set[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Return a test of whether ``(start, end)`` lies wholly inside one of ``spans``.

    The spans are sorted once; each test is one binary search over the starts
    and a look at the furthest end reached so far (spans may nest or overlap).
    """
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach: list[int] = []
    furthest = -1
    for _, b in ordered:
        furthest = max(furthest, b)
        reach.append(furthest)

    def inside(start: int, end: int) -> bool:
        k = bisect.bisect_right(starts, start) - 1
        return k >= 0 and reach[k] >= end and (starts[k], end) != (start, end)

    return inside


def _candidates(
    text: str, lang: str, register: Register
) -> list[tuple[Quoted, Attribution | None, bool, bool]]:
    """Return every quoted segment with its attribution and whether to keep it."""
    paras = document_paragraphs(text)
    segs = quoted_segments(text, paras)
    if order_of(lang).dialogue_dash:
        segs = with_dialogue(text, paras, segs)  # "—No —responde Ana—.": dialogue turns
    register.quoted((seg.start, seg.end) for seg in segs)
    headline = _headline(text, paras)
    found: list[tuple[Quoted, Attribution | None, bool, bool]] = []
    last_attr: Attribution | None = None
    last_para = -2
    budget = _max_attributions(len(text))
    tried = 0
    attributed = -1  # how many of ``found`` fell within the budget (-1: all)
    names: list[bool] = []
    voice = SoleVoice(text, lang)
    for i, seg in enumerate(segs):
        para = paras[seg.para]
        prev_end = segs[i - 1].end if i > 0 and segs[i - 1].para == seg.para else para.span.start
        next_start = (
            segs[i + 1].start
            if i + 1 < len(segs) and segs[i + 1].para == seg.para
            else para.span.end
        )
        if _WORDS.search(text, seg.inner_start, seg.inner_end) is None:
            names.append(False)
            continue  # no words inside: stray or doubled marks
        if tried >= budget:
            # past the work budget, which only machine-made text reaches: the
            # quotation stands, unattributed, at the cost of finding it
            if attributed < 0:
                attributed = len(found)
            names.append(False)
            found.append((seg, None, False, True))
            continue
        tried += 1
        left_lo = sentence_start(text, max(prev_end, seg.start - _WINDOW), seg.start)
        # the words of the sentence before, read once: the shorter windows the
        # mechanisms below read before the quotation are cut from them
        tokens(text, left_lo, seg.start)
        # whether the quoted string is a name (title, ship, law): German reads it for
        # the quotation after it too; elsewhere it is read below, where it matters
        german = lang == "de"
        name = german and _is_name(text, seg, prev_end, lang)
        names.append(name)
        attr = None
        partial = _kind(text, seg) == "partial"
        clause_open = False  # whether the clause holding a partial quotation may name it
        impersonal = False  # whether that clause opens with an impersonal verb's "il"
        aside = bracketed_speaker(text, seg.start, seg.end, seg.inner_start, seg.inner_end, lang)
        if aside is not None:
            # "Eva Kern („Ein verdienter Sieg.“)": words in brackets after a name
            attr = Attribution(
                speaker_start=aside[0],
                speaker_end=aside[1],
                cue_start=aside[1],
                cue_end=aside[1],
                strong=True,
            )
        if partial and attr is None and i > 0 and left_lo == prev_end:
            # "Ein Sprecher der „Nordbank“ nannte es „…“": a name in marks inside
            # the subject; the clause is read from its sentence's start
            attr = _subject_holding_name(text, segs[i - 1], seg, para, lang)
        if partial and attr is None:
            # "è stato chiamato «…» dal premier": the agent after the quotation
            agent_hi = sentence_end(text, seg.end, min(next_start, seg.end + _WINDOW))
            # "En qualifiant la loi de « … », la ministre a …": the gerund's agent
            attr = (
                # "Der Plan wurde im „Kurier“ als „…“ bezeichnet": who gave the name
                _naming_passive(text, seg, para, agent_hi, lang)
                # "Sie sicherte ihm ihre „volle Hilfe“ zu": a separable verb around it
                or (
                    split_bracket(text, left_lo, seg.start, seg.end, agent_hi)
                    if lang in _SEPARABLE_CUES
                    else None
                )
                or _closing_incise(text, seg, agent_hi, lang)
                or preposed_incise(text, left_lo, seg.start, lang)
                or gerund_subject(text, left_lo, seg.start, seg.end, lang)
                or opening_participle(text, left_lo, seg.start, seg.end, lang)
                or participle_subject(text, left_lo, seg.start, lang)
                or agent_after(text, seg.start, seg.end, agent_hi, lang)
                or _before(text, left_lo, seg.start, lang)
            )
            if attr is None:
                # "è la previsione di Neri, «…»": a noun of speech names its speaker;
                # "He has coined a phrase, “…”": the clause that introduces it
                attr = speech_noun_before(text, left_lo, seg.start, lang) or introducing_subject(
                    text, left_lo, seg.start, lang
                )
            if attr is None:
                # "Le maire a qualifié la loi de « … »": the subject of its clause
                # (the weaker reading, a person with no verb of saying, is asked
                # for below only where nothing better is found)
                clause_open = True
                attr = holding_subject(text, left_lo, seg.start, lang, weak=False)
            if attr is None and i > 0 and names[i - 1] and left_lo == prev_end:
                # "Laut „Reuters“ nannte er ihn „…“": a name in marks before
                # the quotation belongs to its sentence
                lo = sentence_start(text, max(para.span.start, seg.start - _WINDOW), seg.start)
                attr = content_clause_owner(text, lo, seg.start, lang) or attribute_before(
                    text, lo, seg.start, lang
                )
                name_seg = segs[i - 1]
                if attr is not None and not (
                    attr.speaker_start <= name_seg.start and attr.speaker_end >= name_seg.end - 1
                ):
                    attr = None  # only a speaker holding the name is read so
        if attr is None and _after_allowed(text, seg, lang):
            right_hi = sentence_end(text, seg.end, min(next_start, seg.end + _WINDOW))
            semicolon = text.find(";", seg.end, right_hi)
            if semicolon >= 0:
                right_hi = semicolon  # "«…»; mientras que X opinó": another clause
            attr = attribute_after(text, seg.end, right_hi, lang)
            if attr is None and lang == "en":
                # "“…,” the nominee riffed": a reporting frame with any verb
                attr = reporting_frame(text, seg.end, right_hi)
            if attr is None:
                # "«…», a dirlo è stato il ministro": a cleft after the quotation
                attr = fronted_cleft(text, seg.end, right_hi, lang)
            if attr is None and _title_after_cue(text, seg, segs[i + 1 : i + 2], lang):
                # "„…“, schrieb „Die Zeit“": the outlet in marks speaks
                right_hi = sentence_end(text, seg.end, min(para.span.end, seg.end + _WINDOW))
                attr = attribute_after(text, seg.end, right_hi, lang)
            # "«…», a prêché le pasteur": any verb of an incise, its subject after it
            # (languages whose grammar writes no incise inversion find none)
            attr = better_incise(attr, incise_after(text, seg.start, seg.end, right_hi, lang, attr))
            if attr is None:
                attr = _dash_attribution(text, seg, next_start)
        if clause_open and attr is not None and _pronoun_only(text, attr, lang):
            # "La présidente les voudrait « … », a-t-elle dit": the person of its clause
            attr = holding_subject(text, left_lo, seg.start, lang) or attr
        if attr is None and not partial:
            listed = listed_speaker(text, left_lo, seg.start, lang)
            attr = (
                Attribution(
                    speaker_start=listed[0],
                    speaker_end=listed[1],
                    cue_start=listed[1],
                    cue_end=listed[1],
                    strong=False,
                )
                if listed is not None
                else None
            )
            attr = (
                attr
                or preposed_incise(text, left_lo, seg.start, lang)
                or _before(text, left_lo, seg.start, lang)
                or speech_noun_before(text, left_lo, seg.start, lang)
                or introducing_subject(text, left_lo, seg.start, lang)
            )
        if attr is None:
            # "«… – ha aggiunto Ana Ruiz – …»", "«… —dijo el alcalde—.»": the cue
            # set off by dashes inside the quotation
            attr = _incise(text, seg, lang)
        if attr is None and is_turn(text, seg):
            # a dialogue turn with no incise of its own: turns alternate between
            # speakers ("—¿Y usted?"), so none is carried over to it
            found.append((seg, None, False, True))
            continue
        if attr is None and seg.closed and not partial:
            attr = _dash_attribution(text, seg, next_start)
        if seg.closed and not partial and seg.para + 1 < len(paras):
            # "“…”\n\n— Ann Lee.": the source line after a quotation's paragraph
            attr = _signed_paragraph(text, seg, para, paras[seg.para + 1]) or attr
        if order_of(lang).verb_second and (attr is None or not attr.strong) and seg.closed:
            # "„…“. Das erklärte General Lee am Montag.": the next sentence credits it
            attr = _german_this_said(text, seg, para.span.end) or attr
        elif attr is None and seg.closed and not partial and lang in POINTERS_BACK:
            # "«…». Così la ministra Neri." / "Así lo afirmó Ruiz.": the next
            # sentence points back at the quotation and names its speaker
            attr = (
                # "«…». È quanto ha dichiarato X.": a cleft of a free relative
                _cleft_back(text, seg, para.span.end, lang)
                or _this_said(text, seg, para.span.end, lang)
                or _pointing_back(text, seg, para.span.end, lang)
            )
        if (attr is None or not attr.strong) and seg.closed and not partial:
            # "«…». Ce sont les mots du maire.", "«…», es el mensaje que da X": a
            # noun of speech points back, surer than a weak reading before
            attr = speech_noun_after(text, seg.end, para.span.end, lang) or attr
        if attr is None and seg.closed and not partial:
            # "“We lost.” Pike said.": a sentence of a cue and its subject alone
            attr = _speech_sentence(text, seg, para.span.end, lang)
        if attr is None and seg.closed and not partial and not _short(text, seg):
            # "« … » (Léa Morin, historienne)": the reference in parentheses (not
            # the gloss after a name in marks: "„Ärzte ohne Grenzen“ (MSF)")
            attr = parenthesised_reference(text, seg.end, lang)
        if (
            attr is None
            and seg.closed
            and not partial
            and not text[para.span.start : seg.start].strip()
            and not (
                seg.para > 0
                and _COLON_END.search(
                    text, paras[seg.para - 1].span.start, paras[seg.para - 1].span.end
                )
            )
        ):
            # "«Il piano è morto». Carla Neri, lo sfogo …": a quotation opening its
            # paragraph, its speaker named first in the next sentence
            attr = following_name(text, seg.end, para.span.end, lang)
        inherited = False
        if (attr is None or attr.speaker_start < 0) and found and found[-1][1] is last_attr:
            gerund = gerund_after(text, left_lo, seg.start, lang) if left_lo == prev_end else None
            if gerund is not None and last_attr is not None and last_para == seg.para:
                # "«…», précisant : «…»": a gerund clause has its main clause's subject
                attr = attrs.evolve(last_attr, cue_start=gerund[0], cue_end=gerund[1])
        if attr is None or is_answer_label(text, attr.speaker_start, attr.speaker_end, lang):
            # "Q: …\nA: “…”": an interview's answer, the interviewee's words (never
            # the label's)
            answer = answer_speaker(text, seg.start, lang)
            if answer is not None:
                attr = answer
        if attr is None and text[left_lo : seg.start].rstrip().endswith(":"):
            # "Er fuhr fort: „…“": the clause before the colon names the speaker
            attr = _fallback(text, seg, max(para.span.start, seg.start - 400), lang)
            if attr is not None and neuter_subject(
                text, attr.speaker_start, attr.speaker_end, lang
            ):
                attr = None  # "Ce n'est pas tout : « … »": nobody; the one before speaks on
            attr = _reported_introduction(
                text, seg, attr, paras, last_attr, last_para == seg.para, lang
            )
        if attr is None:
            at_para_start = not text[para.span.start : seg.start].strip(" \t-—–")
            if at_para_start and seg.para > 0:
                # "… in dem es heißt:\n\n„…“": the paragraph before introduces it
                attr = _colon_paragraph(text, paras[seg.para - 1], lang)
            # "« … », a-t-il dit.\n\nIl s'agit de « … »": a clause whose subject is
            # the apparent one of an impersonal verb names nobody, and the one quoted
            # before speaks on, from the paragraph before too
            impersonal = partial and impersonal_clause(text, left_lo, seg.start, lang)
            if (
                attr is None
                and last_attr is not None
                and (
                    last_para == seg.para
                    or ((at_para_start or impersonal) and last_para == seg.para - 1)
                )
            ):
                attr, inherited = _inherited(text, register, last_attr, seg), True
        if attr is not None and attr.speaker_start < 0:
            attr = _dropped_subject(
                register,
                attr,
                last_attr,
                seg.start,
                (text, seg.end, _next_end(paras, seg.para), lang),
            )
        # "Der Sender zitiert aus dem Brief des Ministers: „…“": the text quoted from
        attr = quoted_from(text, attr, seg.start, lang)
        if (
            attr is not None
            and _outlet(text, attr, lang)
            # "Berichte der Zeitung, er sei …": the outlet's own claim
            and text[attr.cue_start : attr.cue_end].lower() not in GERMAN_CONTENT_NOUNS
        ):
            # "Lee said …, according to CNN": the one the outlet reports speaks
            head = sentence_start(text, max(para.span.start, seg.start - _WINDOW), seg.start)
            # the words since the quotation before first ("», a déclaré Lee selon
            # le Times, «"), then the whole sentence, but no name quoted in it
            person = None
            if prev_end > head:
                person = _reported_by_outlet(text, attr, prev_end, seg.start, lang)
            if person is None:
                person = _reported_by_outlet(text, attr, head, seg.start, lang)
                if person is not None and any(
                    s.start <= person.speaker_start < s.end for s in segs[max(0, i - 3) : i]
                ):
                    person = None
            if person is None and attr.speaker_end <= seg.start:
                # "Zelensky, come riporta l'Ansa, ha rinnovato …": the subject the
                # parenthetical of the report interrupts
                person = _subject_around_report(text, attr, head, lang)
            if person is None and attr.speaker_end <= seg.start:
                # "Secondo l'agenzia Ansa, Paolo Neri ha …": the subject of the
                # clause the outlet frames
                person = subject_after_source(text, attr, seg.start, lang)
                if person is not None and _outlet(text, person, lang):
                    person = None
            attr = person or attr
        if not german and not _kept_either_way(text, seg, attr, inherited, lang):
            name = _is_name(text, seg, prev_end, lang)
        # a speaker carried over from an earlier quotation is no evidence that a
        # short title-cased string is a quotation ("„Grand Tour“ sahen Millionen")
        evidence = (
            attrs.evolve(attr, strong=False)
            if attr is not None
            and inherited
            and not name
            and _short(text, seg)
            and _capitalised_share(text, seg) >= 0.6
            else attr
        )
        keep = _keep(text, seg, evidence, name, headline, lang)
        same_sentence = (
            i > 0
            and segs[i - 1].para == seg.para
            and left_lo == prev_end
            # „… aufbringt.“ Auch Lee nannte es „…“: the quotation before ended its
            # sentence; German reported speech goes on unless a person is the subject
            and not (_closes_sentence(text, segs[i - 1]) and _own_subject(text, seg, lang))
        )
        holder = (
            holding_subject(text, left_lo, seg.start, lang)
            or holding_pronoun(text, left_lo, seg.start, lang)
            if keep and clause_open and (attr is None or inherited)
            else None
        )
        if holder is not None:
            # "Il a évoqué « … »": the subject right there, not a speaker carried over
            attr, inherited = holder, False
        if keep and (
            attr is None or (inherited and partial and not same_sentence and not impersonal)
        ):
            lo = max(para.span.start, seg.start - 400)
            fallback = None
            if partial and lang != "de" and _short(text, seg):
                # a scare quote no cue credits: only a person or a source named as
                # its sentence's subject speaks ("Lee called it “a farce”"); none is
                # invented from elsewhere, nor from "The plan was “a farce”"
                fallback = _fallback(text, seg, lo, lang)
                if fallback is not None and not _source_like(text, fallback, lang):
                    fallback = None
                fallback = _relative_clause(text, fallback, left_lo, seg.start, lang, partial)
                fallback = _passive(text, fallback, left_lo, seg, para.span.end, lang)
                fallback = _gate(text, fallback, lang)
                found.append((seg, fallback, False, keep))
                if fallback is not None:
                    last_attr, last_para = fallback, seg.para
                    voice.heard(fallback)
                continue
            reported = (
                order_of(lang).reported_subjunctive and partial and _reported_sentence(text, seg)
            )
            if reported:
                # German reported speech: the speaker was named with a cue just
                # before, unless a person is the subject here ("Er habe „…“")
                own = _fallback(text, seg, lo, lang)
                if own is not None and (
                    own.cue_end > own.cue_start
                    or german_person(text, own.speaker_start, own.speaker_end)
                    or (
                        german_source(text, own.speaker_start, own.speaker_end)
                        and not _subjunctive_head(
                            text, sentence_start(text, lo, seg.start), seg.start
                        )
                    )
                ):
                    fallback = own
                else:
                    fallback = _german_main_clause(text, seg, lo) or _earlier_sentence_cue(
                        text, seg, lo, lang
                    )
            if fallback is None:
                fallback = _fallback(text, seg, lo, lang)
                if (
                    fallback is not None
                    and partial
                    and lang in _THING_SUBJECT_LANGUAGES
                    and not _source_like(text, fallback, lang)
                    and not person_head(
                        text, tokens(text, fallback.speaker_start, fallback.speaker_end), lang
                    )
                ):
                    # "El objetivo es cerrar el paso a los «…»": a thing as the
                    # subject says nothing; the one speaking now said the words
                    fallback = None
                if (
                    reported
                    and _subjunctive_clause(text, seg)
                    and (
                        fallback is None
                        or not german_person(text, fallback.speaker_start, fallback.speaker_end)
                    )
                ):
                    # "Die Kassen seien „leer“": what is reported on does not
                    # speak; the speaker was named a few sentences back
                    fallback = _reported_speaker(text, seg, paras, last_attr) or fallback
            if fallback is None and attr is None and order_of(lang).reported_subjunctive:
                # "Lee hatte erklärt, für ihn sei entscheidend, „…“": the main clause
                fallback = _german_main_clause(text, seg, lo)
                if fallback is None and not partial and _after_reported_speech(text, seg, lo):
                    # "Er sei zu dem Schluss gekommen, dass … „Ich bin …“": the words
                    # go on from the reported speech before them, whose speaker speaks
                    fallback = _reported_speaker(text, seg, paras, last_attr)
                    if (
                        fallback is None
                        and last_attr is not None
                        and i > 0
                        and last_para >= seg.para - 1
                        and _reported_since(text, segs[i - 1].end, seg.start)
                    ):
                        # the speaker of the quotation before, every sentence since
                        # in the Konjunktiv: still the same speaker's words
                        fallback = attrs.evolve(last_attr, strong=False)
            if fallback is None and attr is None:
                # the one who speaks now: the latest person or body named as a
                # subject or a speaker since the paragraph before began
                start = paras[seg.para - 1].span.start if seg.para > 0 else para.span.start
                fallback = _current_speaker(
                    text, register, max(start, seg.start - _SPEAKER_REACH), seg, last_attr
                )
                if fallback is None and not partial:
                    # nobody speaks in the sentences before: the one person every
                    # quotation so far went to, in a story of one voice
                    fallback = voice.speaker()
            if (
                fallback is not None
                and inherited
                and fallback.speaker_start >= 0
                and _gate(text, fallback, lang) is None
            ):
                # "Il s'agit de « … »": an impersonal subject names nobody, so the
                # speaker carried over from the quotation before stays
                fallback = None
            if fallback is not None:
                attr, inherited = fallback, False
        elif keep and inherited and not partial and last_para == seg.para and i > 0:
            # ("Kerry said that 100,000 would come. “That adds up.”": a speaker a cue
            # credits since the quotation before is the register's, see `_inherited`)
            told = None
            if order_of(lang).verb_final_subordinates:
                # "Dann ging Lee davon aus, dass …, „…“": the clause it closes
                told = _german_main_clause(text, seg, max(segs[i - 1].end, seg.start - _WINDOW))
            if told is None and lang in {"en", "de", "fr", "es", "it"}:
                # "Lee toured the plant. “It is a fine place.”": its subject
                told = _current_speaker(
                    text, register, max(segs[i - 1].end, seg.start - _WINDOW), seg, None
                )
                if told is not None and told.speaker_start < segs[i - 1].end:
                    told = None
                if told is not None and lang == "de":
                    named = _APPOSED_NAME_DE.match(text, told.speaker_end)
                    if named is not None:
                        # "Die Schwester der Ministerin, Eva Kern, war …": the name
                        told = attrs.evolve(told, speaker_end=named.end("name"))
                    elif not _named_person(text, told):
                        told = None  # German: only a person named in full ("Lee war dabei.")
            if told is not None:
                attr, inherited = told, False
        if attr is not None and attr.speaker_start < 0:
            # a cue with a dropped subject found in an earlier sentence
            attr = _dropped_subject(register, attr, last_attr, attr.cue_start)
        if (
            attr is not None
            and _inside_earlier(segs, i, attr.speaker_start)
            # the speaker of a dash incise inside the quotation before speaks on
            and (last_attr is None or attr.speaker_start != last_attr.speaker_start)
        ):
            attr = None  # "“… I think …” The senator said it was “clearly” …": not "I"
        relative = _relative_clause(text, attr, left_lo, seg.start, lang, partial)
        relative = _passive(text, relative, left_lo, seg, para.span.end, lang)
        if relative is not attr:
            attr, inherited = relative, False
        label = transcript_label(text, seg.inner_start, seg.inner_end)
        if label is not None:
            attr, inherited = label, False  # "“LEE: We will not …”": a transcript's turn
        attr = _gate(text, attr, lang)
        attr = _clause_pronoun(text, register, attr, seg, lang)
        if (
            attr is not None
            and attr.strong
            and attr.speaker_start == attr.speaker_end
            and attr.cue_end > attr.cue_start
            and agreement(lang).plural_verb_endings
        ):
            # "Soprattutto, ha invitato …": no noun phrase holds the subject slot of
            # the cue, so a language that drops its subjects dropped it
            attr = _dropped_subject(
                register,
                attr,
                last_attr,
                min(attr.cue_start, seg.start),
                (text, seg.end, _next_end(paras, seg.para), lang),
            )
        if attr is not None:
            last_attr, last_para = attr, seg.para
            voice.heard(attr)
        found.append((seg, attr, inherited, keep))
    if order_of(lang).reported_subjunctive:
        # no cue is looked for past the budget either
        _trailing_cue(text, found, len(found) if attributed < 0 else attributed)
    _share_sentence_cue(text, found)
    return found


def _before(text: str, lo: int, hi: int, lang: str) -> Attribution | None:
    """Return the cue and speaker of the words ``text[lo:hi]`` before a quotation.

    The subject of a naming verb after a gap word ("what the union calls “…”");
    a relative clause holding the cue names its antecedent ("Marc Petit, lequel
    a rétorqué : «…»"); otherwise the cue found by `attribute_before`.
    """
    found = (
        comment_clause(text, lo, hi, lang)
        # "C'est ce qu'a déclaré la ministre :": the subject after the relative's verb
        or free_relative_speaker(text, lo, hi, lang)
        or source_frame_speaker(text, lo, hi, lang)
        or inverted_parenthetical(text, lo, hi, lang)
        or with_absolute(text, lo, hi, lang)
        or naming_relative(text, lo, hi, lang)
        or content_clause_owner(text, lo, hi, lang)
        or speech_noun_possessor(text, lo, hi, lang)
        or relative_cue(text, lo, hi, lang)
        or relative_opening(text, lo, hi, lang)
        or source_relative(text, lo, hi, lang)
        or passive_agent(text, lo, hi, lang)
        or cleft_subject(text, lo, hi, lang)
        or aside_subject(text, lo, hi, lang)
        or _subject_or_object(text, inverted_opening(text, lo, hi, lang), hi, lang)
    )
    if found is not None:
        return found
    # the plain reading: a cue and the subject before it, whose head speaks
    plain = _subject_or_object(text, attribute_before(text, lo, hi, lang), hi, lang)
    return _postmodified_head(text, plain, lo, lang)


# A possessive at a mention's end, its ending inside the mention or right after
# it: "Lee’s", "Lee" + "’s", "the voters'".
_POSSESSOR = regex.compile(r"\p{L}['’]s?\b|\p{L}s['’]")


def _names(text: str, attr: Attribution, lang: str) -> bool:
    """Return whether the speaker mention of ``attr`` can name someone (the gate's test)."""
    return speaker_mention(text, attr.speaker_start, attr.speaker_end, lang) is not None


def _postmodified_head(
    text: str, attr: Attribution | None, lo: int, lang: str
) -> Attribution | None:
    """Return ``attr`` with the head of its subject when a postmodifier stands before the cue.

    "The unions that signed the letter say “…”", "A campaign ad released Thursday
    accuses …": the head of the subject speaks, not the last noun of its
    relative, participle or prepositional postmodifier; a speaker found at the
    head already, or after the cue, stands.
    """
    if lang != "en" or attr is None or attr.cue_start <= lo or attr.speaker_end > attr.cue_start:
        return attr  # no cue in the words before, or its subject follows it
    found = attr.speaker_end > attr.speaker_start
    if found and not text[lo : attr.speaker_start].strip() and _names(text, attr, lang):
        return attr  # the mention opens the sentence ("Ann Lee said"): the head itself
    if found and _POSSESSOR.match(text, attr.speaker_end - 1, attr.speaker_end + 2) is not None:
        return attr  # "… weighs Lee’s promise of “…”": the possessor of the words
    head = postmodified_subject(text, lo, attr.cue_start, lang)
    if head is None or (head[0] >= attr.speaker_start and found and _names(text, attr, lang)):
        return attr  # a mention that names someone, found at the head or before it, stands
    if speaker_mention(text, head[0], head[1], lang) is None:
        return attr
    return attrs.evolve(attr, speaker_start=head[0], speaker_end=head[1])


def _subject_or_object(
    text: str, attr: Attribution | None, hi: int, lang: str
) -> Attribution | None:
    """Return ``attr``, its subject dropped when the phrase after its verb is the object.

    "ha poi ribadito il concetto: «…»": the concept is what was said; who said it
    is the dropped subject (see `object_of_cue`).
    """
    if attr is None or not object_of_cue(text, attr, hi, lang):
        return attr
    return attrs.evolve(attr, speaker_start=-1, speaker_end=-1)


def _relative_clause(
    text: str, attr: Attribution | None, lo: int, at: int, lang: str, partial: bool = False
) -> Attribution | None:
    """Return the relative pronoun speaking in the clause that holds a quotation, or ``attr``.

    "The mayor thanked Ruth Kemp, who called it “a fair deal”": "who" (Ruth Kemp)
    speaks, not the main clause's subject nor a speaker carried over; a speaker
    named inside the relative clause or after the quotation stands.
    """
    if attr is not None and attr.speaker_start >= at:
        return attr
    rel = relative_subject(text, lo, at, lang)
    if rel is None and partial:
        # "…, Luca Neri, che aveva accusato il governo di «…»": a Romance relative,
        # as sure a sign of a quotation as the reading it replaces
        rel = relative_holder(text, lo, at, lang)
        if rel is not None and attr is not None:
            if attr.speaker_start < rel.speaker_end and rel.speaker_start < attr.speaker_end:
                return attr  # the antecedent was found as the speaker already
            rel = attrs.evolve(rel, strong=attr.strong or rel.strong)
    if rel is None or (attr is not None and attr.speaker_end > rel.speaker_start):
        return attr
    return rel


def _passive(
    text: str, attr: Attribution | None, lo: int, seg: Quoted, hi: int, lang: str
) -> Attribution | None:
    """Return the agent of a passive verb of saying that holds a quotation, or ``attr``.

    "Lee was asked by the host, “…”": the host speaks, not Lee, the subject of
    the passive verb; a cue of another verb keeps its speaker.
    """
    found = passive_speech_agent(text, lo, seg.start, seg.end, hi, lang)
    if found is None:
        return attr
    if (
        attr is None
        or not attr.strong
        or attr.cue_start <= found.cue_start < attr.cue_end  # "was written by": one cue
        or attr.speaker_end <= found.cue_start <= seg.start
    ):
        return found
    return attr


def _relative_pronoun(text: str, attr: Attribution, lang: str) -> bool:
    """Return whether the speaker of ``attr`` is a relative pronoun with an antecedent."""
    word = text[attr.speaker_start : attr.speaker_end].lower()
    return (
        word in grammar(lang).personal_relatives
        and antecedent(text, attr.speaker_start, lang) is not None
    )


def _gate(text: str, attr: Attribution | None, lang: str) -> Attribution | None:
    """Return ``attr`` with a speaker mention that can name someone, or None.

    A mention no noun phrase survives in ("Così", "del Estado") is dropped: the
    quotation keeps its cue and gets no speaker rather than a wrong one.
    """
    if attr is None or attr.speaker_start < 0 or attr.speaker_end <= attr.speaker_start:
        return attr
    if _PARAGRAPH_BREAK.search(text, attr.speaker_start, attr.speaker_end) is not None:
        # "Title with no full stop\n\nLe débat …": no mention runs across a paragraph
        return attrs.evolve(attr, speaker_start=attr.cue_start, speaker_end=attr.cue_start)
    if _relative_pronoun(text, attr, lang):
        return attr  # "Ruth Kemp, who said": the pronoun stands for its antecedent
    if lang == "en" and counted_subject(text, attr.speaker_start, attr.speaker_end):
        return attr  # "Roughly three in 10 told us": a counted subject, its approximator kept
    head = relative_antecedent(text, attr.speaker_start, attr.speaker_end, lang)
    if head is not None:
        # "Ana Ruiz, quien presidía la sala, advirtió": the relative's antecedent
        attr = attrs.evolve(attr, speaker_start=head[0], speaker_end=head[1])
    span = speaker_mention(text, attr.speaker_start, attr.speaker_end, lang)
    if span is not None and lang in _ROMANCE and _ends_in_preposition(text, span, lang):
        span = None  # "Uno di": a mention cut short names nobody
    if span is None:
        if attr.cue_end <= attr.cue_start:
            return None
        return attrs.evolve(attr, speaker_start=attr.cue_start, speaker_end=attr.cue_start)
    if span == (attr.speaker_start, attr.speaker_end):
        return attr  # the mention stands as found: no copy
    return attrs.evolve(attr, speaker_start=span[0], speaker_end=span[1])


# The languages whose noun phrases never end with a preposition (no stranding):
# French, Spanish and Italian (English "the one he spoke of" does).
_ROMANCE = frozenset({"fr", "es", "it"})


def _ends_in_preposition(text: str, span: tuple[int, int], lang: str) -> bool:
    """Return whether a mention of two words or more ends with a preposition ("Uno di")."""
    toks = tokens(text, span[0], span[1])
    return len(toks) > 1 and closed_class(toks[-1][2], lang) == "preposition"


# A comma in German copy: a cue clause closing a sentence follows one.
_COMMA_AT = regex.compile(r",")

# A quotation mark or a line break: where a trailing cue clause must end.
_QUOTE_OR_LINE = regex.compile(r'[„“»«"\n]')


def _clause_end(text: str, at: int, end: int) -> int:
    """Return where the clause opened by the comma at ``at`` ends (a comma or ``end``)."""
    nxt = text.find(",", at + 1, end)
    return end if nxt < 0 else nxt


def _inside_earlier(segs: list[Quoted], i: int, at: int) -> bool:
    """Return whether offset ``at`` lies inside one of the few quotations before ``segs[i]``."""
    return any(s.inner_start <= at < s.inner_end for s in segs[max(0, i - 3) : i])


def _colon_paragraph(text: str, prev: Paragraph, lang: str) -> Attribution | None:
    """Return who a paragraph ending in a colon introduces ("Lee sagte:")."""
    if not _COLON_END.search(text, prev.span.start, prev.span.end):
        return None
    lo = sentence_start(text, max(prev.span.start, prev.span.end - _WINDOW), prev.span.end)
    # the readings of the words before a quotation in its own paragraph:
    # "È stato il ministro a dire:\n\n«…»" as "È stato il ministro a dire: «…»"
    attr = _before(text, lo, prev.span.end, lang)
    if attr is None:
        words = _own_words(text, lo, prev.span.end - 1, lang)
        if words is not None:
            # "Ecco le sue parole:\n\n«…»": the one spoken of, or nobody
            return _own_words_speaker(text, lo, words, lang)
        sp = _colon_speaker(text, lo, prev.span.end - 1, lang)
        if sp is not None:
            attr = Attribution(
                speaker_start=sp[0], speaker_end=sp[1], cue_start=sp[1], cue_end=sp[1]
            )
    return attr


def _colon_speaker(text: str, lo: int, colon: int, lang: str) -> tuple[int, int] | None:
    """Return who a clause ending in a colon introduces; English presentatives first."""
    if lang == "en":
        shown = presentative_speaker(text, lo, colon)
        if shown is not None:
            return shown  # "Here's Ann Lee in 2012:", "From the report:"
    return colon_speaker(text, lo, colon, lang)


def _trailing_cue(
    text: str, found: list[tuple[Quoted, Attribution | None, bool, bool]], limit: int
) -> None:
    """Credit a German quotation with a cue clause that closes its sentence.

    "Sie wisse, dass die Arbeit „Fehler“ habe, hatte Kern damals gesagt.":
    Kern speaks, not the subject "Sie" of the reported clause.  A guessed
    or inherited speaker yields to it; edits the first ``limit`` in place.
    """
    for j, (seg, attr, inherited, keep) in enumerate(found[:limit]):
        if attr is not None and attr.strong and not inherited:
            continue
        end = sentence_end(text, seg.end, min(len(text), seg.end + 200))
        if end >= len(text) and not text[seg.end :].rstrip().endswith((".", "!", "?")):
            continue
        if _closes_sentence(text, seg):
            continue  # „… erstellt.“ closes its own sentence
        stop = _QUOTE_OR_LINE.search(text, seg.end, end)
        if stop is not None:
            end = stop.start()  # "…, hatte Kern gesagt, doch „…“": up to the next quotation
        for comma in _COMMA_AT.finditer(text, seg.end + 1, end):
            at = comma.start()
            told = attribute_after(text, at, _clause_end(text, at, end), "de")
            if told is None or told.speaker_start < 0:
                continue
            # "hatte Kern damals gesagt": the participle at the end is the cue
            if told.strong or any(w in CUE_VERBS["de"] for _, _, w in tokens(text, at, end)):
                found[j] = (seg, _gate(text, attrs.evolve(told, strong=True), "de"), False, keep)
            break


# The end of a sentence, a clause or a line between two quotations: ". ", "?\n", "; ".
_SENTENCE_BREAK = regex.compile(rf"[{regex.escape(TERMINAL_MARKS + CLAUSE_MARKS)}]\s|\n")


def _share_sentence_cue(
    text: str, found: list[tuple[Quoted, Attribution | None, bool, bool]]
) -> None:
    """Credit a quotation with the cue of another one in its sentence, in any language.

    "Die „müden Soldaten“ hätten „Zivilisten getötet“, so Roth." and "“We
    will not”, which she called “a promise”, Lee said.": one speaker for
    both; a guess for the first yields to the cue.  A cue between two
    quotations of one sentence credits the second as well.  Edits in place.
    """
    for j in range(len(found) - 2, -1, -1):
        seg, attr, _inherited, keep = found[j]
        nseg, nattr, ninherited, _nkeep = found[j + 1]
        if nattr is None or not nattr.strong or ninherited or nattr.cue_start < nseg.end:
            continue
        if attr is not None and attr.strong and not _inherited:
            continue
        if nseg.start - seg.end > 200 or _SENTENCE_BREAK.search(text, seg.end, nseg.start):
            continue
        if _closes_sentence(text, seg):
            continue  # „… gezeigt.“ Nach dem Spiel …: a new sentence
        found[j] = (seg, nattr, False, keep)
    for j in range(1, len(found)):
        seg, attr, inherited, keep = found[j]
        pseg, pattr, pinherited, _pkeep = found[j - 1]
        if pattr is None or not pattr.strong or pinherited:
            continue
        if not pseg.end <= pattr.cue_start < seg.start:
            continue  # the cue must stand between the two quotations
        if attr is not None and attr.strong and not inherited:
            continue
        if seg.start - pseg.end > 200 or _SENTENCE_BREAK.search(text, pseg.end, seg.start):
            continue
        if _closes_sentence(text, pseg):
            continue
        # "„…“ sei, hatte Kern gesagt, doch „…“": Kern speaks the second too
        found[j] = (seg, pattr, False, keep)


def _inherited(text: str, register: Register, last: Attribution, seg: Quoted) -> Attribution:
    """Return the attribution a quotation no cue credits takes from the one before.

    A speaker a verb of saying credits since then speaks now ("«…», dijo Ruiz.
    Vidal replicó con dureza. «…»"); else the speaker before goes on, at its
    nearest mention.
    """
    since = max(last.speaker_end, last.cue_end)
    # a whole sentence between the attribution's own and the quotation's needs two
    # sentence ends, each with a full stop, a question or an exclamation mark
    if sum(text.count(c, since, seg.start) for c in ".!?…") < 2:
        return _nearer_mention(text, last, seg.start)
    here = sentence_start(text, max(0, seg.start - _WINDOW), seg.start)
    # whole sentences only, from the one after the attribution's own
    lo = sentence_end(text, since, max(here, last.cue_end))
    newer = register.latest_speaker(lo, here) if lo < here else None
    if newer is not None:
        start, end = newer
        return Attribution(
            speaker_start=start, speaker_end=end, cue_start=end, cue_end=end, strong=False
        )
    return _nearer_mention(text, last, seg.start)


def _nearer_mention(text: str, attr: Attribution, before: int) -> Attribution:
    """Return ``attr`` with its speaker span moved to a later mention of the same words.

    A speaker named again between the attribution and a quotation that
    inherits it ("Lee said … Lee added that … “…”") is the nearer mention.
    """
    start, end = attr.speaker_start, attr.speaker_end
    if not 0 <= start < end <= before or end - start > 60:
        return attr
    words = text[start:end].split()
    if not words:
        return attr
    key = words[-1]
    if not key[:1].isupper() or (len(words) == 1 and key.lower() in _ALL_PRONOUNS):
        return attr
    if len(words) > 1 and words[-2] in _GERMAN_ARTICLES:
        # "dem Urteil": a German common noun, capitalised like a name; another
        # "Urteil" later is not the same mention
        return attr
    lo = max(end, before - _WINDOW)
    last = _last_mention(text, key, lo, before)
    if last is None:
        return attr
    return attrs.evolve(attr, speaker_start=last, speaker_end=last + len(key))


def _last_mention(text: str, word: str, lo: int, hi: int) -> int | None:
    """Return the start of the last whole-word ``word`` inside ``text[lo:hi]``, or None.

    Short words and lower-case words match in any case ("LEE" for "Lee").
    Plain string search: no pattern is compiled per name.

    >>> _last_mention("Lee said. Then lee left.", "Lee", 4, 24)
    15
    >>> _last_mention("Leeds said.", "Lee", 0, 11) is None
    True
    """
    window = text[lo:hi]
    needle = word
    if word.islower() or len(word) <= 4:
        folded = window.lower()
        if len(folded) != len(window):  # a letter whose lower case is longer: rare
            folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in window)
        window, needle = folded, word.lower()
    if len(needle) != len(word):
        return None
    at = window.rfind(needle)
    while at >= 0:
        start, end = lo + at, lo + at + len(word)
        if not (start > 0 and _word_char(text[start - 1])) and not (
            end < len(text) and _word_char(text[end])
        ):
            return start
        at = window.rfind(needle, 0, at + len(needle) - 1) if at > 0 else -1
    return None


def _word_char(char: str) -> bool:
    r"""Return whether ``char`` is a letter or a number (as the class ``[\p{L}\p{N}]``)."""
    return char.isalpha() or char.isnumeric()


def _kept_either_way(
    text: str, seg: Quoted, attr: Attribution | None, inherited: bool, language: str
) -> bool:
    """Return whether `_keep` keeps ``seg`` whether or not it is a name, so `_is_name` is not read.

    English copy keeps a quotation of two words or more that a cue credits (a
    strong attribution found for it, not one carried over, which `_keep` may
    weaken) both as a name and as no name.
    """
    return (
        language == "en"
        and attr is not None
        and attr.strong
        and not inherited
        and _has_words(text, seg.inner_start, seg.inner_end, 2)
    )


def _keep(
    text: str, seg: Quoted, attr: Attribution | None, name: bool, headline: int, language: str
) -> bool:
    """Return whether a quoted segment is a quotation worth returning.

    Names of works, ships and laws and quotations in a headline are left out.
    An unattributed quotation is kept when it is long enough to be a statement
    (four words or more); in English copy, where short quoted phrases are most
    often someone's words ("called it a “disgrace”"), short ones are kept too.
    """
    if seg.para == headline:
        return False
    if name:
        return (
            attr is not None
            and attr.strong
            and language == "en"
            and _has_words(text, seg.inner_start, seg.inner_end, 2)
        )
    if attr is not None and attr.strong:
        return True
    if attr is not None and attr.speaker_end > attr.speaker_start and _statement(text, seg):
        return True  # "Lee est furieux : « C'est inadmissible. »": a short statement
    if order_of(language).reported_subjunctive and _reported_sentence(text, seg):
        return True
    if (
        order_of(language).nouns_capitalised
        and _has_words(text, seg.inner_start, seg.inner_end, 2)
        and _capitalised_share(text, seg) >= 0.6
    ):
        return False  # "Department of Marine Biology", "Eine unbequeme Wahrheit"
    return language == "en" or _has_words(text, seg.inner_start, seg.inner_end, 4)


def _statement(text: str, seg: Quoted) -> bool:
    """Return whether ``seg`` is a whole sentence of direct speech, however short.

    Two layouts make one: a colon before the marks, which announces a speaker's
    words (Grevisse & Goosse, *Le Bon Usage*, the colon before direct speech;
    RAE, *Ortografía*, § 3.4.5.1.1, the colon before a verbatim quotation;
    Duden, rule 76 on the colon before direct speech): "Rivera no ocultó su
    enfado: «Es inadmisible»"; and a quotation standing as a sentence of its
    own, after a sentence's end, with its own full stop, question or exclamation
    mark inside the marks ("…, sagte Peter Mohr. „Wir brauchen Hilfe.“").  The
    words must open with a capital, number two at least and not all be
    capitalised: a title ("Son livre : « La Peste »") is no statement; nor is a
    gloss in brackets ("(Motto: „…“)"), nor a quotation after a list of names
    with no clause ("Ana Gil, Vigo: «Por fin»").

    Example:
        >>> text = "Marc Roy est furieux : « C'est inadmissible. »"
        >>> seg = quoted_segments(text, document_paragraphs(text))[0]
        >>> _statement(text, seg)
        True
    """
    first = _WORDS.search(text, seg.inner_start, seg.inner_end)
    if not (
        first is not None
        and first.group()[:1].isupper()
        and _has_words(text, seg.inner_start, seg.inner_end, 2)
        and _capitalised_share(text, seg) < 1.0
    ):
        return False
    if not _COLON_END.search(text, max(0, seg.start - 4), seg.start):
        return _own_sentence(text, seg)
    lo = max(0, seg.start - _WINDOW)
    if text.rfind("(", lo, seg.start) > text.rfind(")", lo, seg.start):
        return False  # "(Motto: „…“)", "(übersetzt etwa: „…“)": a gloss, not a speaker's
    head = sentence_start(text, lo, seg.start)
    # "Ana Gil, Vigo: «…»": a list of names is no clause; one name before the
    # colon is the headline's way of crediting ("Löw: „…“")
    return bool(_LOWER_WORD.search(text, head, seg.start)) or "," not in text[head : seg.start]


def _own_sentence(text: str, seg: Quoted) -> bool:
    """Return whether ``seg`` ends with its own sentence mark and follows a sentence's end."""
    if not _TERMINAL_INSIDE.search(text, seg.inner_start, seg.inner_end):
        return False
    # (blanks are dropped, not a line break: a quotation opening its line stands alone)
    before = text[max(0, seg.start - 3) : seg.start].rstrip(" \t\u00a0")
    return not before or before[-1] in _SENTENCE_BEFORE


# A full stop, question or exclamation mark or ellipsis closing the quoted words.
_TERMINAL_INSIDE = regex.compile(r"[.!?…]\s*+$")
# What ends the sentence before a quotation standing on its own: a sentence mark
# or the closing mark of a quotation that ended with one ("…“ „…“").
_SENTENCE_BEFORE = frozenset('.!?…\n“”»«„"')


# A word in lower case: a clause holds one, a heading of names none.
_LOWER_WORD = regex.compile(r"\b\p{Ll}[\p{L}’']++")


def _capitalised_share(text: str, seg: Quoted) -> float:
    """Return the share of the quoted words that start with a capital or digit."""
    words = _WORDS.findall(text, seg.inner_start, seg.inner_end)
    if not words:
        return 0.0
    return sum(1 for w in words if not w[:1].islower()) / len(words)


# The forms of the German verbs of considering with "für" ("hält", "hielten").
_CONSIDERING = frozenset(f for lemma in PREDICATIVE_FUER_LEMMAS for f in german_forms(lemma))
# Words that mark a German sentence as reported speech: a subjunctive, a cue, a source.
_GERMAN_REPORTING = SUBJUNCTIVES["de"] | CUE_VERBS["de"] | _GERMAN_SOURCES


def _reported_sentence(text: str, seg: Quoted) -> bool:
    """Return whether a German quotation sits in reported speech.

    Reported speech is in the subjunctive ("seien „alarmierend“") or a
    characterisation ("wies die Vorwürfe als „haltlos“ zurück").
    """
    lo = sentence_start(text, max(0, seg.start - 300), seg.start)
    hi = sentence_end(text, seg.end, min(len(text), seg.end + 300))
    before = tokens(text, max(lo, seg.start - 20), seg.start)
    if before and before[-1][2] in REPORTING_WORDS["de"]:
        return True
    if (
        before
        and before[-1][2] == "für"
        and any(w in _CONSIDERING for _, _, w in tokens(text, lo, seg.start))
    ):
        return True  # "hält den Plan für „unsinnig“": the predicative of considering
    marks = _GERMAN_REPORTING
    return any(w in marks for _, _, w in tokens(text, lo, seg.start) + tokens(text, seg.end, hi))


def _headline(text: str, paras: tuple[Paragraph, ...]) -> int:
    """Return the index of a title-case headline paragraph on top (0), or -1."""
    if len(paras) < 2:
        return -1
    first = paras[0]
    if first.span.end - first.span.start > 200:
        return -1
    words = [w for w in _WORDS.findall(text, first.span.start, first.span.end) if len(w) > 3]
    if len(words) < 2:
        return -1
    upper = sum(1 for w in words if w[:1].isupper())
    return 0 if upper >= 0.75 * len(words) else -1


def _dropped_subject(
    register: Register,
    attr: Attribution,
    last: Attribution | None,
    before: int,
    after: tuple[str, int, int, str] | None = None,
) -> Attribution:
    """Return a cue whose subject is dropped ('”, dice.') with the speaker the register gives.

    The speaker span is empty (no speaker) when no candidate agrees with the cue.
    With ``after`` (the text, the quotation's end, the end of the paragraph
    after its own, the language), a sentence right after the cue that names the
    same speaker again gives that mention ("«…», aseguró. El ministro …", see `following_mention`).
    """
    prior = (last.speaker_start, last.speaker_end, last.strong) if last is not None else None
    span = register.dropped_subject(attr.cue_start, attr.cue_end, before, prior)
    if after is not None:
        text, quote_end, para_end, lang = after
        read = span

        def named() -> tuple[int, int] | None:
            if read is not None and grammar(lang).features(text[read[0] : read[1]]) is not None:
                return register.antecedent(*read)  # "Ella … Rosa Vidal": the name it stands for
            return read

        want = cue_features(text, attr.cue_start, attr.cue_end, lang)
        shown = register.features(*span) if span is not None else (None, None)
        again = following_mention(
            text, quote_end, (attr.cue_start, attr.cue_end), para_end, named, (want, shown), lang
        )
        if again is not None and span is not None and names_a_person(text, span, lang):
            register.take_up(again, span)  # its name is the one read back
        span = again or span
    if span is None:
        span = (attr.cue_start, attr.cue_start)
    return attrs.evolve(attr, speaker_start=span[0], speaker_end=span[1])


def _clause_pronoun(
    text: str, register: Register, attr: Attribution | None, seg: Quoted, lang: str
) -> Attribution | None:
    """Return ``attr`` credited to the pronoun that repeats its speaker in the quotation's clause.

    "La romancière ne cache pas qu’elle voudrait « … »": "elle", which
    stands for the speaker named before (see `nearer_pronoun`).  Only a speaker
    no verb of saying credits is so replaced: the subject of a cue ("X a
    annoncé qu’il … « … »") is the one who says the words.
    """
    if attr is None or not 0 <= attr.speaker_start < attr.speaker_end <= seg.start:
        return attr
    if attr.cue_end > attr.cue_start:
        return attr  # "X a annoncé qu’il … « … »": the subject of the verb of saying
    span = (attr.speaker_start, attr.speaker_end)
    if grammar(lang).features(text[span[0] : span[1]].strip()) is not None:
        return attr  # a pronoun already
    pronoun = nearer_pronoun(text, span, seg.start, register.features(*span), lang)
    if pronoun is None:
        return attr
    register.take_up(pronoun, span)
    return attrs.evolve(attr, speaker_start=pronoun[0], speaker_end=pronoun[1])


# Languages whose partial quotation in a clause about a thing ("El objetivo es …
# «…»", "Le but est de « … »") goes to the one speaking now rather than to that
# subject, as it does for a short one whatever the language.
_THING_SUBJECT_LANGUAGES = frozenset({"es"})


def _next_end(paras: tuple[Paragraph, ...], i: int) -> int:
    """Return the end of the paragraph after paragraph ``i``, or of ``i`` when it is the last."""
    return paras[min(i + 1, len(paras) - 1)].span.end


def _current_speaker(
    text: str, register: Register, lo: int, seg: Quoted, last: Attribution | None
) -> Attribution | None:
    """Return the register's current speaker before a quotation no cue credits, or None."""
    here = sentence_start(text, lo, seg.start)
    prior = (last.speaker_start, last.speaker_end, last.strong) if last is not None else None
    span = register.current(lo, here, prior)
    if span is None:
        return None
    return Attribution(
        speaker_start=span[0], speaker_end=span[1], cue_start=span[1], cue_end=span[1], strong=False
    )


def _own_words(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the span of "his words" / "sus palabras" in ``text[lo:hi]``, or None.

    A possessive with a noun of someone's words and no name of its own.
    """
    possessives = OWN_WORDS.get(language, frozenset())
    nouns = SPEECH_NOUNS.get(language, frozenset())
    toks = tokens(text, lo, hi)
    if any(text[t[0]].isupper() for t in toks[1:]):
        return None  # "Voici les mots de Léa Morin :": a name of its own
    if toks and text[toks[0][0]].isupper() and closed_class(toks[0][2], language) is None:
        return None  # "Lee was calmer in his assessment:": the sentence names its subject
    for k in range(len(toks) - 1):
        if toks[k][2] in possessives and toks[k + 1][2] in nouns:
            return toks[k][0], toks[k + 1][1]
    return None


def _own_words_speaker(
    text: str, lo: int, words: tuple[int, int], language: str
) -> Attribution | None:
    """Return who "his words:" (``words``, a sentence opening at ``lo``) point at, or None.

    They introduce the words of the person the sentences before are about: the
    person a cue names in them ("Lo ha detto ieri Ada Neri in tv. Ecco le sue
    parole:"), or else the person subject of one of them; None when there is
    nobody.
    """
    sp = possessor_speaker(text, max(0, lo - _WINDOW), lo, language)
    if sp is None:
        sp = recent_person_subject(text, max(0, lo - _WINDOW), lo, language)
    if sp is None:
        return None
    return Attribution(
        speaker_start=sp[0],
        speaker_end=sp[1],
        cue_start=words[0],
        cue_end=words[1],
        strong=False,
    )


# A comma and a lower-case word after a name: its role in apposition ("Léa Roy, maire").
_ROLE_AFTER_NAME = regex.compile(r"\s*+,\s*+\p{Ll}")


def _role_follows(text: str, at: int, colon: int) -> bool:
    """Return whether a role in apposition follows the name ending at ``at`` before ``colon``."""
    return _ROLE_AFTER_NAME.match(text, at, colon) is not None


def _fallback(text: str, seg: Quoted, lo: int, language: str) -> Attribution | None:
    """Return the likely speaker of a quotation no cue attributes.

    After a colon, the subject of the introducing clause ("Lee went on: "…"");
    inside a sentence, its subject ("Lee called the plan "a disgrace"").
    """
    lo = sentence_start(text, lo, seg.start)
    before = text[lo : seg.start].rstrip()
    if not before:
        return None
    if before.endswith(":"):
        relative = (
            relative_speaker(text, lo, seg.start, seg.end)
            if order_of(language).verb_final_subordinates
            else None
        )
        if relative is not None:
            return relative  # "die Marke, die Lee zum Ziel erklärt hatte: „…“"
        words = _own_words(text, lo, lo + len(before) - 1, language)
        if words is not None:
            # "Ecco le sue parole:", "Voici ses mots :": the one spoken of, or nobody
            return _own_words_speaker(text, lo, words, language)
        heading = heading_speaker(text, lo, lo + len(before) - 1, language)
        if heading is not None:
            # "Marie Leroy, maire de Lille : « … »": a heading names the speaker;
            # a name with its role after it is as sure as a verb of saying (the
            # newsroom's verbless attribution), a bare "Coronavirus, Bolsonaro" is not
            return Attribution(
                speaker_start=heading[0],
                speaker_end=heading[1],
                cue_start=heading[1],
                cue_end=heading[1],
                strong=_role_follows(text, heading[1], lo + len(before) - 1),
            )
        if language in {"fr", "es", "it"}:
            told = attribute_before(text, lo, lo + len(before) - 1, language)
            if told is not None and told.speaker_start >= 0:
                return told  # "les propos de Lee, ministre :", "l’opinione di Rossi:"
        sp = _colon_speaker(text, lo, lo + len(before) - 1, language)
    elif _kind(text, seg) == "partial":
        relative = (
            relative_speaker(text, lo, seg.start, seg.end)
            if order_of(language).verb_final_subordinates
            else None
        )
        if relative is not None:
            return relative  # "der Verband, der den Plan als „…“ sieht"
        passive = _PASSIVE_AGENT.get(language)
        agent = passive.search(text, lo, seg.start) if passive is not None else None
        if agent is not None:
            # "wird von Kritikern als „…“ bezeichnet": the agent speaks
            return Attribution(
                speaker_start=agent.start("agent"),
                speaker_end=agent.end("agent"),
                cue_start=agent.start(),
                cue_end=agent.start(),
                strong=False,
            )
        sp = subject(text, lo, seg.start, language)
        comma = text.rfind(", ", lo, seg.start)
        if comma > lo and not order_of(language).verb_second:
            # "Speaking on Monday in Ohio, Bush called Rubio “…”": the clause subject
            clause = subject(text, comma + 2, seg.start, language)
            if (
                clause is not None
                and (sp is None or clause[0] > sp[1])
                # a subject has its verb before the quotation; "…, vendredi, une
                # série d'actions «…»" is the object of the clause before
                and tokens(text, clause[1], seg.start)
            ):
                sp = clause
        if language == "en":
            # "Lee likes jazz, while her brother calls it “noise”": the last clause's subject
            later = later_clause_subject(text, sp, lo, seg.start)
            if later is not None:
                sp = later
    else:
        return None
    if sp is None or (
        order_of(language).null_subjects and non_finite_clause(text, sp[0], sp[1], language)
    ):
        # "Intervistato dal quotidiano …, ha contrapposto …: «…»": a participle
        # clause, then a verb whose subject is dropped: the current speaker's
        return None
    return Attribution(
        speaker_start=sp[0], speaker_end=sp[1], cue_start=sp[1], cue_end=sp[1], strong=False
    )


def _pronoun_only(text: str, attr: Attribution, language: str) -> bool:
    """Return whether an attribution's speaker is a lone personal pronoun ("il")."""
    mention = text[attr.speaker_start : attr.speaker_end].strip().lower()
    return mention in PERSON_PRONOUNS.get(language, frozenset())


def _outlet(text: str, attr: Attribution, language: str) -> bool:
    """Return whether an attribution credits a news outlet or agency ("selon l’AFP")."""
    words = text[attr.speaker_start : attr.speaker_end].split()
    if words[1:] and closed_class(words[0], language) == "preposition":
        words = words[1:]  # "Secondo l'agenzia Ansa": the source preposition first
    if not words:
        return False
    dets = DETERMINERS.get(language, frozenset())
    first = words[0]
    if first.lower() in dets:
        words = words[1:]
    elif first[:2].lower() in {"l’", "l'"}:
        words[0] = first[2:]
    return bool(words) and (
        organization_kind(" ".join(words)) in {"agency", "outlet"}
        # "l'agenzia Nova", "il quotidiano La Stampa": a medium by its common noun
        or named_outlet(words, language)
    )


# The conjunction of manner that opens a parenthetical of report, between
# commas: "X, as Reuters reported, …", "X, come riporta l'Ansa, …", "X, comme
# l'a rapporté l'AFP, …", "X, como informa EFE, …", "X, wie die Zeitung berichtet, …".
_AS_REPORTED = regex.compile(r",\s*+(?:as|come|comme|como|wie)\s++[^,]*+\Z", regex.IGNORECASE)
# The verbs of report whose outlet relays another's words ("as Reuters reported",
# "come riporta", "comme le rapporte", "como informa", "wie … berichtet", "meldet"),
# unlike a verb of saying, whose outlet speaks ("comme l'a dit le Guardian": its words).
_REPORT_VERB = regex.compile(
    r"(?:report|rapport|relay|relat|riport|riferi|inform|recog|bericht|meld)\p{L}*+",
    regex.IGNORECASE,
)


def _subject_around_report(
    text: str, attr: Attribution, head: int, language: str
) -> Attribution | None:
    """Return the subject of a clause a parenthetical of report interrupts, or None.

    "Zelensky, come riporta l'Ansa, ha rinnovato la richiesta «…»": the outlet
    reports what the subject of the clause said; the parenthetical stands
    between that subject, opening the sentence, and its verb.
    """
    report = _AS_REPORTED.search(text, head, attr.cue_start)
    if report is None or not text.startswith(",", attr.speaker_end):
        return None
    if _REPORT_VERB.fullmatch(text, attr.cue_start, attr.cue_end) is None:
        return None  # "comme l'a dit le Guardian": the outlet's own words
    sp = subject(text, head, report.start(), language)
    if sp is None or text[sp[1] : report.start()].strip():
        return None  # the subject must run up to the parenthetical
    return Attribution(
        speaker_start=sp[0], speaker_end=sp[1], cue_start=attr.cue_start, cue_end=attr.cue_end
    )


def _reported_by_outlet(
    text: str, attr: Attribution, lo: int, hi: int, language: str
) -> Attribution | None:
    """Return the person an outlet reports, named with a cue of its own before it.

    "M. Roux a déclaré que …, selon l’AFP" and "« … », a déclaré Roux selon
    l’AFP, « … »": the person, not the outlet.
    """
    end = min(hi, attr.cue_start) if attr.cue_start < hi else hi
    person = attribute_before(text, lo, end, language)
    if person is None or person.speaker_start < 0 or _outlet(text, person, language):
        return None
    return person


def _short(text: str, seg: Quoted) -> bool:
    """Return whether a quotation holds three words or fewer ("a disgrace")."""
    return not _has_words(text, seg.inner_start, seg.inner_end, 4)


def _has_words(text: str, lo: int, hi: int, n: int) -> bool:
    """Return whether ``text[lo:hi]`` holds at least ``n`` words (``n`` in `_AT_LEAST_WORDS`).

    One match of the first ``n`` words, read no further: a long quotation costs
    its first words, not a list of all of them.

    Example:
        >>> _has_words("a b c d", 0, 7, 4), _has_words("a, b", 0, 4, 4)
        (True, False)
    """
    return _AT_LEAST_WORDS[n].match(text, lo, hi) is not None


def _source_like(text: str, attr: Attribution, language: str) -> bool:
    """Return whether a sentence subject can be credited with words.

    A person or a named body ("Lee", "the Obama campaign", "she") or a noun
    that speaks ("the ministry", "his campaign"); "The plan" cannot.
    """
    toks = tokens(text, attr.speaker_start, attr.speaker_end)
    if person_like(text, toks, language):
        return True
    nouns = SOURCE_NOUNS.get(language, frozenset())
    return any(w in nouns or w.rstrip("s") in nouns for _, _, w in toks)


def _reported_speaker(
    text: str, seg: Quoted, paras: tuple[Paragraph, ...], last: Attribution | None
) -> Attribution | None:
    """Return the speaker of a German quotation inside reported speech.

    "Lee sagte, die Lage sei ernst. Die Kassen seien „leer“.": the cue of one
    of the three sentences before (in this paragraph or the one before),
    else the speaker quoted last in that stretch.
    """
    para = paras[seg.para]
    lo = paras[seg.para - 1].span.start if seg.para > 0 else para.span.start
    if lo < seg.start - _WINDOW:
        # back to the start of the sentence the window cuts into
        lo = sentence_start(text, max(lo, seg.start - _WINDOW - 300), seg.start - _WINDOW)
    # "„…“, sagte Lee.\n\nDer Minister wies auf Risiken hin. Daten seien „…“": a
    # person or body the paragraph is about speaks rather than a speaker of an
    # earlier paragraph
    nearer = _source_subject(text, para.span.start, seg.start, 3)
    end = sentence_start(text, lo, seg.start)
    # a chain of subjunctive sentences goes on reporting the same speaker, who
    # may be named further back in the paragraph ("X zufolge werde … Es gebe …")
    floor = min(lo, max(para.span.start, seg.start - 2000))
    chain = True
    for n in range(8):
        bound = lo if n < 3 else floor
        if end <= bound or (n >= 3 and not chain):
            break
        start = sentence_start(text, bound, max(bound, end - 2))
        # "Von Beobachtern wird der Schritt als wichtig gewertet. So könne …": the agent
        told = attribute_before(text, start, end, "de") or passive_speaker(text, start, end)
        if told is not None and _opened_before(text, start, told.speaker_start):
            told = None  # "„Wir sind enttäuscht“, sagte Kern.": not "Wir"
        if told is not None and told.speaker_start >= 0:
            if nearer is not None and told.speaker_start < para.span.start:
                return nearer
            return attrs.evolve(told, strong=False)
        chain = chain and _subjunctive_head(text, start, end)
        end = start
    if last is not None and lo <= last.speaker_start < seg.start:
        if nearer is not None and last.speaker_start < para.span.start:
            return nearer
        return attrs.evolve(last, strong=False)
    # "Die Polizei schilderte den Einsatz. Dies hätten die Beamten „…“": the
    # nearest earlier sentence whose subject is a person or a body
    return _source_subject(text, lo, seg.start, 2)


def _after_reported_speech(text: str, seg: Quoted, lo: int) -> bool:
    """Return whether the sentence before a German quotation is reported speech.

    A quotation standing as its own sentence after one in the Konjunktiv I or
    its Konjunktiv II substitute ("Er sei zu dem Schluss gekommen, … „…“")
    goes on with the same speaker: indirect speech gives way to the direct
    words (Duden-Grammatik, Redewiedergabe).
    """
    here = sentence_start(text, lo, seg.start)
    if text[here : seg.start].strip():
        return False  # the quotation does not open its sentence
    start = sentence_start(text, lo, max(lo, here - 2))
    return start < here and any(w in SUBJUNCTIVES["de"] for _, _, w in tokens(text, start, here))


def _reported_since(text: str, start: int, end: int) -> bool:
    """Return whether every German sentence between ``start`` and ``end`` is reported.

    Each holds a Konjunktiv form (:data:`SUBJUNCTIVES`); the stretch is read only
    up to ``_WINDOW`` characters, beyond that the report is taken as broken.
    """
    if end - start > _WINDOW:
        return False
    here = end
    while here > start:
        begin = max(start, sentence_start(text, start, max(start, here - 2)))
        words = tokens(text, begin, here)
        if words and not any(w in SUBJUNCTIVES["de"] for _, _, w in words):
            return False
        if begin >= here:
            break
        here = begin
    return True


def _reported_introduction(
    text: str,
    seg: Quoted,
    attr: Attribution | None,
    paras: tuple[Paragraph, ...],
    last: Attribution | None,
    last_here: bool,
    language: str,
) -> Attribution | None:
    """Return the speaker of a German colon clause that does not speak itself.

    The subject of a clause that introduces a quotation with a colon and no verb
    of saying is its speaker ("Lee blieb dabei: „…“"), but not when the clause
    is itself reported speech, its main verb in Konjunktiv I or II ("Die Lage
    sei ernst: „…“": the indirect speech of the speaker named before goes on,
    Duden-Grammatik on Redewiedergabe), nor when its subject is a thing of
    someone's ("Ihre Sorge gilt den Kindern: „…“": the possessor speaks).  Then
    the speaker of the reported speech before is read, as for a partial
    quotation in it, and for a possessor the speaker quoted last in the
    paragraph (``last``, when ``last_here``), else the possessive phrase stays,
    the mention that points at the speaker ("Sein Fazit: „…“").  A personal
    pronoun subject stays ("Er sei sicher: „…“").
    """
    if (
        attr is None
        or not order_of(language).reported_subjunctive
        or attr.cue_end > attr.cue_start
        or attr.speaker_start < 0
    ):
        return attr
    words = text[attr.speaker_start : attr.speaker_end].split()
    if not words or words[0].lower() in PERSON_PRONOUNS[language]:
        return attr
    if words[0].lower() in _GERMAN_POSSESSIVES:
        if last is not None and last_here and last.speaker_start >= 0:
            return attrs.evolve(last, strong=False)
        return attr
    head = sentence_start(text, max(0, seg.start - _WINDOW), seg.start)
    if _subjunctive_head(text, head, seg.start):
        return _reported_speaker(text, seg, paras, last) or attr
    return attr


def _closing_incise(text: str, seg: Quoted, hi: int, language: str) -> Attribution | None:
    """Return the speaker of a German sentence that ends in its own cue: "…, sagte X.".

    "Eine „Reserve“ für den Notfall, falls der Rat … ablehnen sollte, sei nicht
    vorgesehen, sagte die Vorsitzende.": the incise after the last comma, its verb of
    saying first and its subject after it (Duden-Grammatik, nachgestellter
    Redebegleitsatz), credits every word of the sentence before it, however
    long, and a verb inside a clause before it does not.  Only a sentence in
    reported speech (a subjunctive in it) is the incise's speaker's own report;
    in "Lee nannte es „…“, sagte ein Sprecher" the words stay Lee's, and a noun
    of saying with its owner keeps them ("Die Behauptung von Kritikern, …").
    ``hi`` is the sentence's end.
    """
    if not order_of(language).reported_subjunctive:
        return None  # the sentence before is the speaker's only where it is marked as reported
    comma = text.rfind(",", seg.end, hi)
    if comma < 0:
        return None
    toks = tokens(text, comma + 1, hi)
    if len(toks) < 2 or toks[0][2] not in CUE_VERBS["de"] or not text[toks[0][0]].islower():
        return None
    if not _subjunctive_clause(text, seg):
        return None  # "Lee nannte es „…“, sagte ein Sprecher": Lee's words, reported
    lo = sentence_start(text, max(0, seg.start - _WINDOW), seg.start)
    if content_clause_owner(text, lo, seg.start, language) is not None:
        return None  # "Die Behauptung von Kritikern, es werde „…“, wies X zurück"
    sp = speaker_after(text, toks[0][1], hi, language)
    if sp is None:
        return None
    return Attribution(
        speaker_start=sp[0],
        speaker_end=sp[1],
        cue_start=toks[0][0],
        cue_end=toks[0][1],
        strong=True,
    )


def _subject_holding_name(
    text: str, name_seg: Quoted, seg: Quoted, para: Paragraph, language: str
) -> Attribution | None:
    """Return the German subject that holds a name in marks before its verb of saying.

    "Ein Sprecher der „Nordbank“ bezeichnet den Kauf als „…“": the words after
    the name start with the verb, but its subject began before the name and
    holds it; it is read from the sentence's start (German only, where a name in
    marks inside a subject is common: "der Verein „Hilfe e.V.“").
    """
    if language != "de":
        return None
    lo = sentence_start(text, max(para.span.start, seg.start - _WINDOW), seg.start)
    head = tokens(text, lo, name_seg.start)
    if not head or head[0][2] not in DETERMINERS[language]:
        return None  # the subject opens the sentence with its article
    after = tokens(text, name_seg.end, seg.start)
    if not after or after[0][2] not in CUE_VERBS[language]:
        return None  # the verb of saying right after the name
    told = attribute_before(text, lo, seg.start, language)
    if told is None or not (told.speaker_start <= name_seg.start < told.speaker_end):
        return None
    # the name's closing mark ends the subject with it
    return attrs.evolve(told, speaker_end=max(told.speaker_end, name_seg.end))


def _naming_passive(
    text: str, seg: Quoted, para: Paragraph, hi: int, language: str
) -> Attribution | None:
    """Return who gave a German passive of naming its quotation (`naming_agent`).

    "Der Plan wurde im „Kurier“ als „…“ bezeichnet": the clause is read from its
    sentence's start, past any name in marks in it.
    """
    if language != "de":
        return None
    lo = sentence_start(text, max(para.span.start, seg.start - _WINDOW), seg.start)
    return naming_agent(text, lo, seg.start, seg.end, hi)


def _opened_before(text: str, start: int, at: int) -> bool:
    """Return whether ``at`` sits inside a German quotation opened since ``start``.

    "„Wir sind enttäuscht“, sagte Kern": "Wir" is inside, "Kern" is not.
    """
    if at <= start:
        return False
    chunk = text[start:at]
    return chunk.count("„") > chunk.count("“") or chunk.count("»") > chunk.count("«")


def _source_subject(text: str, lo: int, here: int, n: int) -> Attribution | None:
    """Return the nearest person or body subject of ``n`` German sentences before ``here``.

    "Der Minister weist … hin." gives "Der Minister"; sentences that begin
    before ``lo`` are not read.
    """
    end = sentence_start(text, lo, here)
    for _ in range(n):
        if end <= lo:
            break
        start = sentence_start(text, lo, max(lo, end - 2))
        if _subjunctive_head(text, start, end):
            end = start  # "Einige Politiker würden …": reported, not the one reporting
            continue
        sp = subject(text, start, end, "de")
        if sp is not None and german_source(text, sp[0], sp[1]):
            return Attribution(
                speaker_start=sp[0], speaker_end=sp[1], cue_start=sp[1], cue_end=sp[1], strong=False
            )
        end = start
    return None


def _subjunctive_head(text: str, start: int, end: int) -> bool:
    """Return whether a German sentence's main clause has a subjunctive verb.

    "Einige Politiker würden die Lage verharmlosen." reports what someone
    said; "Lee sagte, die Lage sei ernst." does not (the verb after the comma).
    """
    comma = text.find(",", start, end)
    head = tokens(text, start, end if comma < 0 else comma)
    return any(w in SUBJUNCTIVES["de"] for _, _, w in head)


def _subjunctive_clause(text: str, seg: Quoted) -> bool:
    """Return whether the sentence of a German quotation has a subjunctive verb.

    Its subject is then what is reported on, not who speaks: "Die Kassen
    seien „leer“".
    """
    lo = sentence_start(text, max(0, seg.start - 300), seg.start)
    hi = sentence_end(text, seg.end, min(len(text), seg.end + 300))
    words = tokens(text, lo, seg.start) + tokens(text, seg.end, hi)
    return any(w in SUBJUNCTIVES["de"] for _, _, w in words)


def _earlier_sentence_cue(text: str, seg: Quoted, lo: int, language: str) -> Attribution | None:
    """Return the cue and speaker of the sentence before the quotation's own one."""
    here = sentence_start(text, lo, seg.start)
    if here <= lo:
        return None
    start = sentence_start(text, lo, max(lo, here - 2))
    return attribute_before(text, start, here, language)


# A German complement clause: "X machte klar, dass …", "X vertritt die These, dass …".
_GERMAN_THAT = regex.compile(r",\s*+(?:dass|daß|ob)\s")


# A German comma: "Lee hatte erklärt, für den Kanzler sei …".
_COMMA = regex.compile(r",")


def _cue_comma(text: str, lo: int, hi: int) -> int:
    """Return where the first comma of ``text[lo:hi]`` stands when a cue verb is right before it.

    "Lee hatte am Mittwoch erklärt, für ihn sei …": reported speech follows
    the comma; -1 when the first comma follows another word.
    """
    m = _COMMA.search(text, lo, hi)
    if m is None:
        return -1
    before = tokens(text, max(lo, m.start() - 30), m.start())
    return m.start() if before and before[-1][2] in CUE_VERBS["de"] else -1


def _german_main_clause(text: str, seg: Quoted, lo: int) -> Attribution | None:
    """Return the subject of the main clause before '…, dass „…“' when it can speak.

    "Die Kommission stellte fest, dass die Beamten „nichts angenommen“ hätten":
    the commission speaks, not the subject of the "dass" clause.
    """
    start = sentence_start(text, lo, seg.start)
    that = None
    for m in _GERMAN_THAT.finditer(text, start, seg.start):
        that = m
        break  # the first complement clause hangs from the main clause
    stop = that.start() if that is not None else _cue_comma(text, start, seg.start)
    if stop < 0:
        return None
    sp = subject(text, start, stop, "de")
    if sp is None or not german_source(text, sp[0], sp[1]):
        # "Zwar sind 62 Prozent zufrieden, 37 Prozent sind der Auffassung, dass":
        # the clause right before the complement
        comma = text.rfind(",", start, stop)
        sp = subject(text, comma + 1, stop, "de") if comma > start else None
        if sp is None or not german_source(text, sp[0], sp[1]):
            return None
    return Attribution(
        speaker_start=sp[0], speaker_end=sp[1], cue_start=sp[1], cue_end=sp[1], strong=False
    )


def _german_this_said(text: str, seg: Quoted, hi: int) -> Attribution | None:
    """Return the attribution of '„…“. Das erklärte Lee.' for a German quotation.

    The sentence right after the quotation's own sentence, or after one plain
    sentence more of the report (`_plain_sentence`), opens with "Das" or "Dies"
    and a cue verb, or a separable one closed by its particle ("Dies gab der
    Verband bekannt"); the subject after the verb speaks.
    """
    end = _quotation_sentence_end(text, seg, hi)
    if end >= hi:
        return None
    head = tokens(text, end, min(hi, end + 40))
    if head and head[0][2] not in _GERMAN_THIS and _plain_sentence(text, end, hi):
        # "„…“ stellte einen Rekord auf. Die Tour spülte Millionen ein. Das berichtete
        # X": one plain sentence more of the same report may stand between
        end = sentence_end(text, head[0][1], min(hi, head[0][1] + 400))
        head = tokens(text, end, min(hi, end + 40))
    if len(head) < 3 or head[0][2] not in _GERMAN_THIS or not text[head[0][0]].isupper():
        return None
    if text[end : head[0][0]].strip(' \t.!?“”"»«'):
        return None  # something other than the sentence end between them
    stop = sentence_end(text, head[1][1], min(hi, head[1][1] + 300))
    # "Dies gab der Verband bekannt": a separable verb closed by its particle
    split = split_cues(text, tokens(text, head[1][0], stop))
    if head[1][2] not in CUE_VERBS["de"] and head[1][2] not in split:
        # "Das musste der Minister einräumen": a modal, the cue at the end
        closing = tokens(text, head[1][1], stop)
        if head[1][2] not in _GERMAN_MODALS or not closing or closing[-1][2] not in CUE_VERBS["de"]:
            return None
        sp = speaker_after(text, head[1][1], stop, "de")
        if sp is None:
            return None
        return Attribution(
            speaker_start=sp[0],
            speaker_end=sp[1],
            cue_start=closing[-1][0],
            cue_end=closing[-1][1],
            strong=False,
        )
    told = attribute_after(text, head[1][0], stop, "de")
    return attrs.evolve(told, strong=False) if told is not None else None


def _plain_sentence(text: str, start: int, hi: int) -> bool:
    """Return whether the German sentence after ``start`` holds no quotation and no cue.

    Such a sentence goes on with the report before it, so a "Das berichtete X"
    after it still points back over both.
    """
    end = sentence_end(text, start, min(hi, start + 400))
    if end >= hi or any(mark in text[start:end] for mark in '„“”"»«'):
        return False
    words = tokens(text, start, end)
    return bool(words) and not any(
        w in CUE_VERBS["de"] or w in GERMAN_SPLIT_CUES for _, _, w in words
    )


def _pointing_back(text: str, seg: Quoted, hi: int, language: str) -> Attribution | None:
    """Return the attribution of "«…». Con estas palabras reaccionó X." (see `pointing_phrase`)."""
    end = _quotation_sentence_end(text, seg, hi)
    if end >= hi:
        return None
    return pointing_phrase(text, end, hi, language)


def _quotation_sentence_end(text: str, seg: Quoted, hi: int) -> int:
    """Return where the sentence holding a quotation ends: at the quotation, or after it.

    "«…». Così X.": the quotation closes its sentence; "«…», ha detto X. Così …":
    the sentence runs on to its full stop (read no further than ``hi``).
    """
    if _closes_sentence(text, seg):
        return seg.end
    return sentence_end(text, seg.end, min(hi, seg.end + 400))


def _cleft_back(text: str, seg: Quoted, hi: int, language: str) -> Attribution | None:
    """Return the attribution of "«…». È quanto ha dichiarato X." (see `free_relative_after`).

    The sentence right after the quotation, opening with a capital, is read.
    """
    end = _quotation_sentence_end(text, seg, hi)
    while end < hi and text[end] in " \t.":
        end += 1
    if end >= hi or not text[end].isupper():
        return None
    stop = sentence_end(text, end, min(hi, end + 300))
    return free_relative_after(text, end, stop, language)


def _this_said(text: str, seg: Quoted, hi: int, language: str) -> Attribution | None:
    """Return the attribution of "«…». Así lo afirmó X." for a quotation.

    The sentence right after the quotation opens with a word pointing back at
    it (`POINTERS_BACK`), then a cue and its subject ("lo afirmó la ministra"),
    a source phrase ("Queste le parole della ministra"), or, after a manner
    adverb, the speaker alone ("Così la ministra Neri.").
    """
    end = _quotation_sentence_end(text, seg, hi)
    if end >= hi or text[end : end + 40].strip(' \t.!?“”"»«')[:1].islower():
        return None
    head = tokens(text, end, min(hi, end + 40))
    if len(head) < 2 or head[0][2] not in POINTERS_BACK[language]:
        return None
    if not text[head[0][0]].isupper() or text[end : head[0][0]].strip(' \t.!?“”"»«'):
        return None
    stop = sentence_end(text, head[0][1], min(hi, head[0][1] + 300))
    told = attribute_after(text, head[0][1], stop, language)
    if told is not None and told.speaker_start >= 0:
        return attrs.evolve(told, strong=False)
    if closed_class(head[0][2], language) != "adverb":
        return None
    sp = speaker_after(text, head[0][1], stop, language)
    if sp is None or not _adjuncts_only(text, sp[1], stop, language):
        return None  # "Così la ministra Neri ha lasciato …": another sentence
    return Attribution(
        speaker_start=sp[0],
        speaker_end=sp[1],
        cue_start=head[0][0],
        cue_end=head[0][1],
        strong=False,
    )


def _adjuncts_only(text: str, lo: int, hi: int, language: str) -> bool:
    """Return whether ``text[lo:hi]``, after a speaker, holds nothing but an adjunct.

    "Così Lea Neri in un'intervista.", "Così il sindaco, in una nota.": the
    medium or the occasion, a phrase that opens with a preposition; "Così Lea
    Neri ha lasciato l'aula" goes on with a verb, a sentence of its own.
    """
    rest = tokens(text, lo, hi)
    if not rest:
        return True
    # "nell’intervista": the elided preposition glued to its noun
    first = elided_prefix(rest[0][2]) or rest[0][2]
    return closed_class(first, language) == "preposition" or first in grammar(language).contractions


# How many words a sentence of a cue and its subject alone may have: "Lee said at
# a rally in Ohio on Monday."
_SPEECH_SENTENCE_WORDS = 10
# The first n words of a stretch, as many as `_WORDS` finds there: "Yes, we can" holds 3.
_AT_LEAST_WORDS = {
    n: regex.compile(r"(?:[^\p{L}\p{N}]*+[\p{L}\p{N}]++){" + str(n) + "}")
    for n in (2, 4, 11, _SPEECH_SENTENCE_WORDS + 1)
}


def _speech_sentence(text: str, seg: Quoted, hi: int, language: str) -> Attribution | None:
    """Return the attribution of "“…” Pike said." for a quotation ending its sentence.

    The sentence right after the quotation holds a cue and its subject and
    nothing said ("Pike said.", "Pike said at a rally on Monday.", "Said Pike."):
    the words it reports are the quotation's.  A sentence that goes on with what
    was said ("Pike said the plan failed.") is no attribution of it.
    """
    if not _closes_sentence(text, seg):
        return None
    start = seg.end
    while start < hi and text[start] in " \t":
        start += 1
    if start >= hi or not text[start].isupper():
        return None
    stop = sentence_end(text, start, min(hi, start + 160))
    if text[stop - 1 : stop] != "." or _has_words(text, start, stop, _SPEECH_SENTENCE_WORDS + 1):
        return None
    told = attribute_after(text, start, stop, language)
    if told is None or told.speaker_start < start or not told.strong:
        return None
    rest = tokens(text, max(told.cue_end, told.speaker_end), stop)
    verb = text[told.cue_start : told.cue_end].split()[-1].lower()
    if verb in ADDRESSEE_VERBS.get(language, frozenset()):
        # "Pike told reporters.", "Lee warned the board on Monday.": an addressee
        # of at most three words, then adjuncts only
        k = 0
        while k < len(rest) and k < 4 and closed_class(rest[k][2], language) != "preposition":
            k += 1
        if k <= 3:
            rest = rest[k:]
    if rest and closed_class(rest[0][2], language) not in {"preposition", "time"}:
        return None  # "Pike said the plan failed.": what he said follows
    return attrs.evolve(told, strong=False)


def _has_marks(text: str) -> bool:
    """Return whether the text holds any double quotation mark at all."""
    return any(ch in text for ch in '"“”„«»‘')


def _after_allowed(text: str, seg: Quoted, language: str) -> bool:
    """Return whether the words after a quotation may attribute it.

    A quotation that ends its own sentence ('…win.” Lee then left') is not
    attributed by the next sentence; one followed by a comma or ending in a
    comma, a question or an exclamation is ('…win,” Lee said').  German sets
    a comma even after a question or an exclamation („Wer?“, fragte sie):
    without one, only a verb right after the mark attributes it („…?“ fragte
    sie, „…“ erklärte sie), not a new sentence („…?“ Die Partei fordert …).
    """
    inner = text[seg.inner_start : seg.inner_end].rstrip()
    if not seg.closed:
        return False
    nxt = text[seg.end : seg.end + 3].lstrip()
    if nxt[:1] in {",", "\u2014", "\u2013", "-"}:
        return True
    if language == "de" and inner.endswith((".", "?", "!")):
        return nxt[:1].islower()
    return not inner.endswith(".")


# A cue set off by dashes inside a quotation (Spanish raya, Italian and French
# dash): "«Vamos —dijo Ruiz—, ya»", "«Sì – ha detto Neri. – Andiamo»".  The body
# is at most a short clause; the closing dash may be the quotation's end.
# (a hyphen set off by a space stands for the dash where copy is typed without
# one: "– spiega un medico -. Poi …", "- dice - "; or glued to the incise as the
# raya is, "ceder -afirmó Óscar Benítez- ni", RAE, Ortografía, § 3.4.6.2)
_INCISE = regex.compile(
    r"(?<=[\p{L}\p{N}.,;:!?…)\]])[ \t]*+(?:[–—―]|(?<=[ \t])-(?=[ \t]|\p{Ll}))[ \t]*+"
    r"(?P<body>\p{Ll}[^–—―\n«»“”„\"]{1,100}?)[ \t]*+"
    r"(?:[–—―]|(?<=[ \t])-(?=[\s.,;:])|(?<=\p{L})-(?=[ \t]|[.,;:])|$)"
)


def _incise(text: str, seg: Quoted, language: str) -> Attribution | None:
    """Return the cue and speaker of a dash incise inside a quotation (see `_INCISE`).

    The incise must open with its verb group ("ha detto", "dijo", "prosegue",
    "s’indigna"): a dash clause of another kind is part of the quotation.
    """
    if not order_of(language).incise_inside_quotation:
        return None  # their quotations are closed and reopened around a cue
    for m in _INCISE.finditer(text, seg.inner_start, seg.inner_end):
        lo, hi = m.span("body")
        attr = attribute_after(text, lo, hi, language)
        if attr is None or attr.cue_start >= lo + 40:
            continue
        return attr
    for m in _COMMA_INCISE.finditer(text, seg.inner_start, seg.inner_end):
        lo, hi = m.span("body")
        before = text[max(seg.inner_start, m.start() - 30) : m.start()].split()
        if before and before[-1][:1].isupper():
            continue  # "Marco Aurelio, dit Marc-Aurèle,": a name, then its byname
        attr = attribute_after(text, lo, hi, language)
        if attr is not None and attr.cue_start == lo and attr.speaker_start > attr.cue_start:
            return attr
    return None


# A cue set off by commas inside the quotation, the verb first and its subject
# after it (Le Bon Usage § 380: the incise inside the marks): "« Les ventes,
# poursuit la note, ont doublé. »", "«Non è vero, ha detto il ministro, che …»".
_COMMA_INCISE = regex.compile(r",[ \t]*+(?P<body>\p{Ll}[^,;:!?.«»“”„\"\n]{1,80}?)[ \t]*+(?=[,.])")


# A paragraph that is only a source line: a dash, a name of one to five capitalised words, maybe
# a description after a comma, a full stop ("— Ann Lee.", "-Dan Roe, Ohio."): the convention of
# epigraphs and pull quotes, whose source follows on its own line after a dash (Chicago Manual of
# Style, 13.36), used by fact-check and reader-reaction stories for each quotation.
_SOURCE_LINE = regex.compile(
    r"[ \t]*+[–—―-][ \t]*+"
    r"(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}.'’\-]*+){0,4})"
    r"(?:,[^\n]{1,80}?)?[.]?[ \t]*+"
)


def _signed_paragraph(
    text: str, seg: Quoted, para: Paragraph, nxt: Paragraph
) -> Attribution | None:
    """Return the speaker a source line names after a paragraph a quotation closes."""
    if text[seg.end : para.span.end].strip(" \t.\"”'’"):
        return None  # words after the quotation: its paragraph goes on
    m = _SOURCE_LINE.fullmatch(text, nxt.span.start, nxt.span.end)
    if m is None:
        return None
    end = _name_sentence_end(text, m.start("name"), m.end("name"))
    if text[end - 1] == "." and end - 3 >= m.start("name") and text[end - 3 : end - 1].isalpha():
        end -= 1  # "— Dan Roe.": the line's full stop, not an initial's
    return Attribution(
        speaker_start=m.start("name"),
        speaker_end=end,
        cue_start=m.start("name"),
        cue_end=m.start("name"),
        strong=True,
    )


def _dash_attribution(text: str, seg: Quoted, hi: int) -> Attribution | None:
    """Return the speaker of '"…" — Ann Lee', a quotation signed with a dash.

    A quotation that closes its paragraph but for a name and a description
    ('"…" Mara Quinn, Institute for Coastal Studies') is signed the same way.
    """
    m = _DASH_SPEAKER.match(text, seg.end, hi)
    strong = True
    if m is None:
        m = _SIGNATURE.match(text, seg.end, min(hi, seg.end + 160)) or _BLURB.match(
            text, seg.end, min(hi, seg.end + 160)
        )
        strong = False
        if m is None:
            return None
    end = _name_sentence_end(text, m.start("name"), m.end("name"))
    return Attribution(
        speaker_start=m.start("name"),
        speaker_end=end,
        cue_start=m.start("name"),
        cue_end=m.start("name"),
        strong=strong,
    )


# A full stop after a word of two letters or more, then a capital: a sentence ends
# inside a signature ("Ann Lee. The figure"), not an initial ("J. Lee") or a title.
_SENTENCE_IN_NAME = regex.compile(r"(?P<word>\p{L}{2,}+)\.\s++(?=\p{Lu})")


def _name_sentence_end(text: str, start: int, end: int) -> int:
    """Return ``end`` cut back to the full stop that ends a sentence inside a signed name."""
    for m in _SENTENCE_IN_NAME.finditer(text, start, end):
        if m.group("word").lower() not in TITLES:
            return m.end("word")
    return end


def _is_name(text: str, seg: Quoted, lo: int, language: str) -> bool:
    """Return whether a quoted string is a name (title, ship, law), not a quotation."""
    if seg.start > 0 and text[seg.start - 1] == "=":
        return True  # markup: id="123"
    if _has_words(text, seg.inner_start, seg.inner_end, 11):
        return False  # a long quotation, not read to its end
    inner = text[seg.inner_start : seg.inner_end]
    words = _WORDS.findall(inner)
    if not words:
        return True
    before = tokens(text, max(lo, seg.start - 40), seg.start)
    if (
        before
        and (
            before[-1][2] in TITLE_NOUNS.get(language, frozenset())
            # "l’expression « raison d’État »", "lo slogan «…»": a phrase mentioned
            or _unelided(before[-1][2]) in MENTION_NOUNS.get(language, frozenset())
        )
        # "ha detto: «…»", "ha poi detto «…»": a participle after its auxiliary
        # (adverbs may stand between), not the noun "il detto"
        and not _after_auxiliary(before, language)
        # "sagte die Chefin der Partei: „…“": after a German noun a colon introduces
        # words, it names nothing (unlike "titulado: «…»", a participle of naming)
        and not (order_of(language).nouns_capitalised and ":" in text[before[-1][1] : seg.start])
        # German capitalises the first word of a title (Duden, Titel): "im Gesetz
        # „kein Hindernis“" quotes words about the law, it names none
        and not (order_of(language).nouns_capitalised and _lower_start(inner, words))
    ):
        return True
    if len(words) > 6 and not order_of(language).nouns_capitalised:
        return False
    if order_of(language).nouns_capitalised:
        return _german_name(text, seg, words, before)
    # English-style title case: every longer word capitalised ("The Art of the Deal")
    long_words = [w for w in words if len(w) > 3]
    if (
        long_words
        and long_words[0] == words[0]
        and _opens_sentence(text, seg.start, before)
        # English copy keeps short quotations anyway (see `_keep`); its titles stay
        and language != "en"
    ):
        # "ha risposto: «Resto qui»", "«Queremos la paz», prosiguió": a quotation
        # that opens a sentence starts with a capital whatever it is, so its first
        # word is no evidence of title case; another capitalised word must be
        long_words = long_words[1:]
    return (
        len(words) >= 2
        and bool(long_words)
        and all(w[:1].isupper() for w in long_words)
        and bool(before)
        and not inner.rstrip().endswith((".", "!", "?"))
    )


# A web address written as a name: "icelandreview.com", "news.example.co.uk".
_WEB_ADDRESS = regex.compile(r"\s*+[\p{L}\p{N}\-]++(?:\.[\p{L}\p{N}\-]++)++\s*+")


def _lower_start(inner: str, words: list[str]) -> bool:
    """Return whether German quoted words open in lower case, so name no title.

    German capitalises the first word of a title (Duden, Titel: "Die Zeit",
    "Der Spiegel"); a web address keeps its lower case and still names a site.
    """
    return words[0][:1].islower() and _WEB_ADDRESS.fullmatch(inner) is None


# What ends the text before a quotation that opens a sentence: a colon introducing
# words or a sentence's end, then spaces or a dash ("a répondu : « … »", "Lo dijo. «…»").
_SENTENCE_OPENING_BEFORE = regex.compile(r"[:.!?…][\s\p{Pd}]*+$")


def _opens_sentence(text: str, at: int, before: list[tuple[int, int, str]]) -> bool:
    """Return whether a quotation at ``at`` opens a sentence (or follows a colon).

    Only the characters since the last word before it are looked at; with no
    word before (a paragraph's start) the caller finds no title anyway.
    """
    if not before:
        return False
    return _SENTENCE_OPENING_BEFORE.search(text, before[-1][1], at) is not None


def _unelided(word: str) -> str:
    """Return ``word`` without an elided article glued to it ("l’expression" -> "expression")."""
    cut = max(word.find("’"), word.find("'"))
    return word[cut + 1 :] if 0 < cut < len(word) - 1 else word


def _after_auxiliary(before: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether the last of ``before`` follows an auxiliary, adverbs between.

    "ha detto", "ha poi detto", "ha però detto": a verb group, not a noun; the
    words between are adverbs or the connectives that stand there ("anche",
    "però", "quindi"; Serianni, on the compound tenses).
    """
    for k in range(len(before) - 2, max(-1, len(before) - 5), -1):
        kind = closed_class(before[k][2], language)
        if kind == "auxiliary":
            return True
        if kind not in {"adverb", "conjunction"}:
            return False
    return False


# A naming verb right after a German quotation: "„X“, so heißt …", "„X“ lautet …";
# not "„…“, heißt es in der Erklärung", which quotes a text.
_GERMAN_NAMING_AFTER = regex.compile(
    r"\s*+,?\s*+(?:so\s++)?(?:lautet|lauten|heißt|hieß|nennt)\b(?!\s++es\b)"
)


def _cue_follows(text: str, at: int) -> bool:
    """Return whether a German verb of saying is the next word after ``at``, no comma between."""
    after = tokens(text, at, min(len(text), at + 30))
    return bool(after) and not text[at : after[0][0]].strip() and after[0][2] in CUE_VERBS["de"]


def _foreign(words: list[str]) -> bool:
    """Return whether a German quotation holds a function word of another language.

    "des" alone is the German genitive article ("Akt des Anstands"); it marks a
    foreign name only beside a word that is not German ("Union des Forces de …").
    """
    return any(w.lower() in _FOREIGN_WORDS and w.lower() not in _FOREIGN_AND_GERMAN for w in words)


def _german_name(
    text: str, seg: Quoted, words: list[str], before: list[tuple[int, int, str]]
) -> bool:
    """Return whether a short German quotation is a name rather than someone's words."""
    if text[seg.inner_end - 1 : seg.inner_end] in {".", "!", "?"}:
        return False
    if _GERMAN_NAMING_AFTER.match(text, seg.end, min(len(text), seg.end + 30)):
        return True  # "„Neue Wege“ lautet das Motto", "„Stadt am Fluss“, so heißt die Schau"
    if len(words) <= 6 and _foreign(words):
        return True
    if before and before[-1][1] >= seg.start - 1:
        prev = before[-1][2]
        if (
            prev.endswith(TITLE_SUFFIXES["de"]) or prev.rstrip("s").endswith(TITLE_SUFFIXES["de"])
        ) and not _lower_start(text[seg.inner_start : seg.inner_end], words):
            # "die Nachrichtenagentur „Sana“", "des Magazins „Stern“"; a title's first
            # word is capitalised (Duden, Titel), so "im Gesetz „kein Hindernis“" quotes
            return True
        if len(words) > 6:
            return False
        if prev in _GERMAN_SOURCE_PREPOSITIONS and not _lower_start(
            text[seg.inner_start : seg.inner_end], words
        ):
            return True  # "laut „Reuters“", "gegenüber „Bild“", "laut „example.com“"
        if prev == "wie" and _cue_follows(text, seg.end):
            return True  # "Wie „Radio Nord“ berichtet, …": the outlet reporting
    return (
        len(words) <= 3
        and words[0][:1].isupper()
        and bool(before)
        and before[-1][1] >= seg.start - 1
        and before[-1][2] in _GERMAN_ARTICLES
    )


def _build(
    text: str,
    found: list[tuple[Quoted, Attribution | None, bool]],
    language: str,
    register: Register | None = None,
) -> tuple[Quote, ...]:
    """Turn paired segments and their attributions into :class:`Quote` values."""
    out: list[Quote] = []
    quoted = tuple((seg.start, seg.end) for seg, _a, _i in found)
    if register is not None:
        register.heard((a.speaker_start, a.speaker_end) for _s, a, _i in found if a is not None)
    resolver = _Resolver(text, language, quoted, register)
    for seg, attr, _inherited in found:
        speaker = speaker_span = cue = cue_span = None
        if attr is not None:
            if attr.speaker_end > attr.speaker_start:
                speaker_span = Span(start=attr.speaker_start, end=attr.speaker_end)
                speaker = resolver.resolve(attr.speaker_start, attr.speaker_end)
            if attr.cue_end > attr.cue_start:
                cue_span = Span(start=attr.cue_start, end=attr.cue_end)
                cue = text[attr.cue_start : attr.cue_end]
        out.append(
            Quote(
                span=Span(start=seg.start, end=seg.end),
                text=text[seg.inner_start : seg.inner_end],
                speaker=speaker,
                speaker_span=speaker_span,
                cue=cue,
                cue_span=cue_span,
                kind=_kind(text, seg),
            )
        )
    return tuple(out)


# A name set off by commas after a German description: ", Eva Kern,".
_APPOSED_NAME_DE = regex.compile(
    r",\s*+(?P<name>\p{Lu}[\p{Ll}\p{M}\-]++(?:\s++\p{Lu}[\p{L}\p{M}\-]++){1,3})\s*+,"
)


def _named_person(text: str, attr: Attribution) -> bool:
    """Return whether a German mention names a person by name, not by a pronoun."""
    words = text[attr.speaker_start : attr.speaker_end]
    return words.lower() not in PERSON_PRONOUNS["de"] and german_person(
        text, attr.speaker_start, attr.speaker_end
    )


def _own_subject(text: str, seg: Quoted, language: str) -> bool:
    """Return whether a quotation's sentence may have a speaker of its own.

    Any sentence may, except German reported speech, which goes on with its
    speaker unless a person is the new sentence's subject.
    """
    if not order_of(language).reported_subjunctive:
        return True
    own = _fallback(text, seg, max(0, seg.start - 400), language)
    if own is None or not german_person(text, own.speaker_start, own.speaker_end):
        return False
    # "Sie seien „…“": a pronoun in the subjunctive is what is reported on
    pronoun = text[own.speaker_start : own.speaker_end].lower() in PERSON_PRONOUNS["de"]
    return not (pronoun and _subjunctive_clause(text, seg))


# A word alone between a quotation and a title in marks: "“, schrieb ".
_CUE_GAP = regex.compile(r"[,\s]*+(?P<verb>\p{Ll}++)\s*+")


def _title_after_cue(text: str, seg: Quoted, following: list[Quoted], language: str) -> bool:
    """Return whether a short capitalised title in marks follows a quotation's cue verb."""
    if not following:
        return False
    nxt = following[0]
    gap = _CUE_GAP.fullmatch(text, seg.end, nxt.start)
    return (
        gap is not None
        and gap.group("verb") in CUE_VERBS.get(language, frozenset())
        and text[nxt.inner_start : nxt.inner_start + 1].isupper()
        and len(_WORDS.findall(text, nxt.inner_start, nxt.inner_end)) <= 4
    )


def _closes_sentence(text: str, seg: Quoted) -> bool:
    """Return whether a quotation ends with the full stop of its sentence („… ist.“)."""
    return text[seg.inner_start : seg.inner_end].rstrip().endswith((".", "!", "?"))


def _kind(text: str, seg: Quoted) -> Literal["full", "partial"]:
    """Return "partial" for words quoted inside our own sentence."""
    i = seg.start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] == "," and _CONTINUES.match(text, seg.end) is not None:
        return "partial"  # 'a new phrase, “open doors,” to describe it'
    if i < 0 or text[i] in "\n:,—–-(" or text[i] in ".!?":
        return "full"
    return "partial"


def _clause_word(word: str, language: str) -> bool:
    """Return whether a capitalised word opening a name is a clause word ("When", "After").

    Conjunctions, prepositions, adverbs, time words and pronouns open no name,
    unless the preposition is a surname particle ("Di Maio", "Van Buren") or the
    time word a given name ("Julio Ayala", "April Ryan").
    """
    lower = word.lower()
    kind = closed_class(lower, language)
    if kind == "time" and given_name_gender(lower, language) is not None:
        return False
    return kind in {"conjunction", "preposition", "adverb", "time", "pronoun"} and (
        lower not in NAME_PARTICLES
    )


# The definite singular articles a German epithet opens with.
_GERMAN_DEFINITE = frozenset({"der", "die"})
# How far before a definite epithet the one person it stands for is looked for.
_EPITHET_REACH = 400
# German epithets by age, party or group ("die 68-Jährige", "der CDU-Politiker",
# "die Grünen-Abgeordnete"): their compounds are open, so their endings are read.
_GERMAN_EPITHET = regex.compile(
    r"(?:\d+-jährige[rn]?|-politiker(?:in)?|-abgeordnete[rn]?|-chef(?:in)?)\Z"
)


def _german_epithet(head: str) -> bool:
    """Return whether ``head`` is a German epithet of a person: age, party, group.

    Example:
        >>> _german_epithet("68-jährige"), _german_epithet("cdu-politiker"), _german_epithet("plan")
        (True, True, False)
    """
    return _GERMAN_EPITHET.search(head) is not None


class _Resolver:
    """Resolves pronoun and surname mentions to the nearest earlier full name."""

    def __init__(
        self,
        text: str,
        language: str,
        quoted: tuple[tuple[int, int], ...] = (),
        register: Register | None = None,
    ) -> None:
        self._text = text
        # who a pronoun stands for: the latest name that agrees with it
        self._register = register or Register(text, language, quoted)
        self._language = language
        self._quoted = quoted  # (start, end) of the quotations, in order
        self._quoted_starts = [a for a, _ in quoted]
        # the full-name matches read so far, (start, words), in order, and where
        # each last word's matches stand among them: a surname is looked up, not
        # searched for, and only the matches of the surnames asked for are judged
        self._read: list[tuple[int, list[str]]] = []
        self._by_last: dict[str, list[int]] = {}
        # the names those matches give (start, name without title), by surname, in
        # order, and how many of the surname's matches have been judged
        self._by_surname: dict[str, tuple[list[int], list[str]]] = {}
        self._judged: dict[str, int] = {}
        self._verdicts: dict[int, str | None] = {}  # match number -> the name it gives
        # every name given so far, in order, for a question with no surname
        self._all: tuple[list[int], list[str]] = ([], [])
        self._all_read = 0  # how many matches ``_all`` has taken in
        # the answer for each mention asked about (see `resolve`)
        self._answers: dict[tuple[int, int], str] = {}
        self._lower: str | None = None  # the text in lower case, made when first asked
        self._first_name_at: int | None = None  # see `_first_name`

    def _first_name(self) -> int:
        """Return where the text's first full name starts (its length if it has none)."""
        if self._first_name_at is None:
            found = FULL_NAME.search(self._text)
            self._first_name_at = found.start() if found is not None else len(self._text)
        return self._first_name_at

    def _written_before(self, word: str, at: int) -> bool:
        """Return whether ``word`` (lower case) stands in the text before ``at``."""
        if self._lower is None:
            self._lower = self._text.lower()
        return self._lower.rfind(word, max(0, at - _INTRODUCTION_REACH), at) >= 0

    def _inside_quote(self, pos: int) -> bool:
        """Return whether ``pos`` lies inside one of the quotations."""
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted[i][1]

    def _read_names(self, before: int) -> None:
        """Take in the text's full-name matches, every one that starts before ``before``.

        The matches come from the register's list (`Register.full_names`): the
        text is scanned for full names once for both.
        """
        matches = self._register.full_names(before)
        text, read, by_last = self._text, self._read, self._by_last
        for k in range(len(read), len(matches)):
            start, end = matches[k]
            parts = text[start:end].split()
            by_last.setdefault(parts[-1], []).append(k)
            read.append((start, parts))

    def _name(self, start: int, parts: list[str]) -> str | None:
        """Return the name a full-name match at ``start`` gives, without its title, or None."""
        while len(parts) > 2 and _clause_word(parts[0], self._language):
            parts = parts[1:]  # "When Ann Lee": a conjunction opened the sentence
        first = parts[0].lower()
        if (
            _clause_word(first, self._language)  # "When Lee", "After Lee": no full name
            or first in DETERMINERS.get(self._language, frozenset())
            or first in _NAME_NEVER_STARTS
            or self._inside_quote(start)
        ):
            return None  # (a name inside quoted words is not who speaks)
        if first.rstrip(".") in TITLES:
            parts = parts[1:]
        return " ".join(parts) if len(parts) >= 2 else None

    def _names_of(self, surname: str, before: int) -> tuple[list[int], list[str]]:
        """Return the starts and names ending in ``surname`` read so far, reading to ``before``.

        Every match read is judged once, when its surname is first asked for: a
        question costs the matches of its own surname.
        """
        self._read_names(before)
        found = self._by_surname.setdefault(surname, ([], []))
        matches = self._by_last.get(surname, [])
        for k in matches[self._judged.get(surname, 0) :]:
            name = self._verdict(k)
            if name is not None:
                found[0].append(self._read[k][0])
                found[1].append(name)
        self._judged[surname] = len(matches)
        return found

    def _verdict(self, k: int) -> str | None:
        """Return the name the ``k``-th full-name match read gives (see `_name`), judged once."""
        if k not in self._verdicts:
            self._verdicts[k] = self._name(*self._read[k])
        return self._verdicts[k]

    def resolve(self, start: int, end: int) -> str:
        """Return the name a mention stands for, or the mention as written.

        A quarter of the mentions asked about are asked again (quotations that
        inherit one attribution): each is resolved once.  The answer is the same
        on a second asking, as every step gives one answer per mention for the
        call: the register answers a pronoun once (`Register.antecedent`), the
        names read depend on the text alone, and nothing is taken up while the
        quotations are built.
        """
        answer = self._answers.get((start, end))
        if answer is None:
            answer = self._answers[start, end] = self._resolve(start, end)
        return answer

    def _resolve(self, start: int, end: int) -> str:
        """Return `resolve` (``start``, ``end``), worked out."""
        named = self._register.taken_up(start, end) if self._register is not None else None
        if named is not None:
            return self.resolve(*named)  # "«…», dijo. El Presidente …": the one read back
        mention = " ".join(self._text[start:end].split())
        words = mention.split()
        low = words[0].lower() if words else ""
        if len(words) == 1 and low in grammar(self._language).personal_relatives:
            pointed = antecedent(self._text, start, self._language)
            if pointed is not None:
                return self.resolve(*pointed)  # "Ruth Kemp, who said": Ruth Kemp
        if len(words) == 1 and (
            low in PERSON_PRONOUNS.get(self._language, frozenset())
            or source_pronoun(self._text, start, end, self._language)  # "selon lui"
        ):
            if low in _PLURAL_PRONOUNS:
                return mention
            span = self._register.antecedent(start, end)
            if span is None:
                # no name before it agrees: the story names the speaker after
                # the quotation ("«…», déclare-t-elle. Gabrielle Noiret, maire …")
                span = cataphor(
                    self._text,
                    self._opened_before(start),
                    self._after_quote(end),
                    self._language,
                    self._first_name(),
                )
            return self._full_name(span[0], span[1]) if span is not None else mention
        if len(words) == 1 and low in GERMAN_POINTING_PRONOUNS and not low.startswith("erst"):
            return self._nearest(start, None) or mention  # "so letztere": the one named last
        if len(words) == 1 and words[0][:1].isupper():
            return self._nearest(start, words[0]) or mention
        return (
            self._office_holder(start, words)
            or self._epithet_holder(start, words)
            or mention.rstrip(",")
        )

    def _after_quote(self, at: int) -> int:
        """Return the end of the quotation holding ``at`` ("«…, a-t-il dit. …»"), else ``at``."""
        k = bisect.bisect_right(self._quoted_starts, at) - 1
        return max(at, self._quoted[k][1]) if k >= 0 and self._quoted[k][1] > at else at

    def _opened_before(self, at: int) -> int:
        """Return where the last quotation opening before ``at`` opens (``at`` if none)."""
        k = bisect.bisect_left(self._quoted_starts, at) - 1
        return self._quoted[k][0] if k >= 0 else at

    def _office_holder(self, start: int, words: list[str]) -> str | None:
        """Return the latest full name introduced with the office a role mention names.

        "Le ministre de l'Intérieur, Henri Faure, … Le ministre a estimé …": a
        definite noun of office with no name in it takes up the holder of that
        office the story named before, with the noun in front of the name or in
        an apposition after it (the faithful anaphor, repeating the noun that
        introduced its referent: Riegel, Pellat & Rioul, *Grammaire méthodique du
        français*, on anaphora; Halliday & Hasan, *Cohesion in English*, 1976, on
        reiteration).  The nearest such name wins; a few names back are read.
        """
        language = self._language
        prefix = elided_prefix(words[0]) if words else ""
        if prefix:
            words = [prefix, words[0][len(prefix) :], *words[1:]]  # "l’officier", "l'édile"
        if not 2 <= len(words) <= _OFFICE_MENTION_WORDS or (
            closed_class(words[0], language) != "determiner"
        ):
            return None
        if words[0].lower() in _OTHER or words[1].lower() in _OTHER:
            return None  # "another analyst", "un autre médecin": not the one named before
        capitalised = order_of(language).nouns_capitalised
        if any(w[:1].isupper() for w in words[1:]) and not capitalised:
            return None  # "the minister Ann Lee": the mention names its holder itself
        phrase = " ".join(w.lower().strip(",.;:") for w in words[1:])
        epithet = ROLE_EPITHETS.get(language, {}).get(phrase)
        if epithet is not None and words[0].lower() in _DEFINITE.get(language, ()):
            # "la prima cittadina", "l'officier": the offices the epithet takes up
            return self._holder_of(start, sorted(epithet), apposed=False)
        heads = (w.lower().strip(",.;:") for w in words[1:])
        head = next((w for w in heads if _holder_noun(w, language)), None)
        if head is None:
            return None  # (the tables hold singulars: "the officials" names no one holder)
        apposed = self._text[max(0, start - 3) : start].rstrip().endswith(",")
        return self._holder_of(start, [head], apposed)

    def _holder_of(self, start: int, heads: list[str], apposed: bool) -> str | None:
        """Return the latest full name before ``start`` introduced with one of ``heads``."""
        heads = [h for h in heads if apposed or self._written_before(h, start)]
        if not heads:
            return None  # (a cheap look first: no noun introduced anyone before it)
        self._nearest(start, None)  # every name before the mention read and judged
        starts, named = self._all
        i = bisect.bisect_left(starts, start) - 1
        for k in range(i, max(-1, i - _OFFICE_LOOKBACK), -1):
            if any(self._introduced_with(starts[k], named[k], head) for head in heads):
                return self._without_role(named[k])
        return None

    def _without_role(self, name: str) -> str:
        """Return ``name`` without the nouns of office or person read before it.

        "Bundespräsident Horst Köhler", "Analyst Drew Kemp": the full-name match
        holds the capitalised role; the person is the name after it.
        """
        words = name.split()
        k = 0
        while len(words) - k > 2 and _holder_noun(words[k].lower(), self._language):
            k += 1
        return " ".join(words[k:])

    def _epithet_holder(self, start: int, words: list[str]) -> str | None:
        """Return the one person named just before a definite epithet that stands for them.

        "Seit 30 Jahren betreibt Elfriede Kuhn den Kiosk. „…“, sagt die 68-Jährige.":
        German news copy takes up the person it named with a description, their age,
        party or group (the epithet anaphora of news style; Halliday & Hasan,
        *Cohesion in English*, 1976, on general nouns and synonyms in reference).
        Only when the stretch before names exactly one person: with two, the
        description alone does not tell which.  (German only: a Romance or English
        noun of person, "el médico", "a spokesman", took up a place or an institution
        named last as readily as the person, measured on the dev texts.)
        """
        if (
            self._language != "de"
            or not 2 <= len(words) <= 3
            or words[0].lower() not in _GERMAN_DEFINITE
            or not _german_epithet(words[-1].lower().strip(",.;:"))
        ):
            return None
        self._nearest(start, None)  # every name before the mention read and judged
        starts, named = self._all
        i = bisect.bisect_left(starts, start) - 1
        lo = start - _EPITHET_REACH
        names = {named[k].split()[-1] for k in range(i, -1, -1) if starts[k] >= lo}
        return named[i] if i >= 0 and starts[i] >= lo and len(names) == 1 else None

    def _introduced_with(self, at: int, name: str, head: str) -> bool:
        """Return whether the name at ``at`` stands with the noun of office ``head``.

        Before it in its own sentence with no other name between ("Le ministre de
        l'Intérieur, Henri Faure", not "Mayor Ann Lee and Governor Tom Roe" for
        Tom Roe, nor "a judge in Lyon"), or in an apposition right after a
        name that opens its phrase ("Henri Faure, le ministre de …", not "speaking
        on Radio Nord, the mayor").
        """
        text, language = self._text, self._language
        words = name.split()
        if not words or any(w.lower() in CUE_VERBS.get(language, ()) for w in words):
            return False  # "… Official Says": a headline in title case, no name
        if head in (w.lower() for w in words[:-1]) and not any(
            closed_class(w, language) is not None for w in words
        ):
            return True  # the name as read holds its office: "Interior Minister Henry Ford"
        # the match may hold the title before the name proper ("Mayor Tom Reyes")
        own = text.find(words[0], at, at + _OFFICE_REACH)
        own = at if own < 0 else own
        lo = max(0, at - _OFFICE_REACH)
        cut = max(text.rfind(mark, lo, at) for mark in _OFFICE_SENTENCE_ENDS)
        lo = max(lo, cut + 1)
        before = text[lo:own].split()
        if any(w.lower().strip(",.;:()") == head for w in before[-_OFFICE_WORDS_BEFORE:]):
            # only the words before the name are folded, not the whole text per question
            noun = lo + text[lo:own].lower().rfind(head)
            starts = self._all[0]
            k = bisect.bisect_left(starts, noun)
            while k < len(starts) and starts[k] < at and self._in_complement(starts[k]):
                k += 1  # "La sindaca di Castelvetrano Alta, X": the complement's place
            between = text[noun + len(head) : own]
            if (k >= len(starts) or starts[k] >= at) and self._holder_follows(between):
                return True
        if before and closed_class(before[-1].strip(",;:()"), language) is not None:
            return False  # "on Radio Nord, the mayor": no apposition
        end = text.find(words[-1], at, at + len(name) + _OFFICE_REACH)
        if end < 0:
            return False
        after = text[end + len(words[-1]) : end + len(words[-1]) + _OFFICE_REACH]
        if not after.startswith(","):
            return False
        for w in after[1:].split()[:_OFFICE_WORDS_AFTER]:
            if w.lower().strip(",.;:()") == head:
                # "…, the mayor", not "…, Senator Cruz" (a title opening another name)
                return w[:1].islower() or order_of(language).nouns_capitalised
        return False

    def _in_complement(self, at: int) -> bool:
        """Return whether the name at ``at`` follows a preposition ("di Castelvetrano")."""
        before = tokens(self._text, max(0, at - 12), at)[-1:]
        return bool(before) and closed_class(before[0][2], self._language) == "preposition"

    def _holder_follows(self, between: str) -> bool:
        """Return whether ``between`` may stand between a noun of office and its holder.

        Nothing, one adjective ("il presidente brasiliano X"), or a complement set
        off by a comma ("Le ministre de l'Intérieur, X"); not a preposition or a
        conjunction ("the spokesman for Reebok Japan", "governor and EPA chief").
        """
        if _HOLDER_BEFORE.fullmatch(between) is None:
            return False
        if "," in between:
            return True
        return all(closed_class(w, self._language) is None for w in between.split())

    def _full_name(self, start: int, end: int) -> str:
        """Return the name a pronoun's antecedent gives, whole where the story gave it whole.

        "Dr Ruth Kamau … Dr Kamau said … she added": the antecedent "Dr Kamau"
        is a title and a surname, which stand for the full name read before.
        """
        untitled = self._untitled(start, end)
        parts = untitled.split()
        titles = agreement(self._language).honorifics
        while len(parts) > 1 and (
            parts[0].lower().rstrip(".") in TITLES or parts[0].lower() in titles
        ):
            parts = parts[1:]
        if len(parts) == 1 and parts[0][:1].isupper():
            return self._nearest(start, parts[0]) or untitled
        return untitled

    def _untitled(self, start: int, end: int) -> str:
        """Return the name at ``text[start:end]`` without a title before it ("Mrs Ann Lee")."""
        parts = self._text[start:end].split()
        titles = agreement(self._language).honorifics
        while len(parts) > 2 and (
            parts[0].lower().rstrip(".") in TITLES
            or parts[0].lower() in titles
            or closed_class(parts[0], self._language) == "determiner"
        ):
            parts = parts[1:]  # "Herrn Paul Roth", "Die Ministerin Eva Kern"
        return " ".join(parts)

    def _nearest(self, before: int, surname: str | None) -> str | None:
        """Return the last full name before ``before`` (ending in ``surname`` if given)."""
        if surname is not None:
            starts, named = self._names_of(surname, before)
            i = bisect.bisect_left(starts, before) - 1
            return named[i] if i >= 0 else None
        # any surname: the latest of every name read so far
        self._read_names(before)
        starts, named = self._all
        for k in range(self._all_read, len(self._read)):
            name = self._verdict(k)
            if name is not None:
                starts.append(self._read[k][0])
                named.append(name)
        self._all_read = len(self._read)
        i = bisect.bisect_left(starts, before) - 1
        return named[i] if i >= 0 else None


# The singular definite articles: an epithet takes up a person only with one ("the
# officer", "l'édile"); "an officer" is someone new.
_DEFINITE: Mapping[str, frozenset[str]] = {
    "en": frozenset({"the"}),
    "fr": frozenset({"le", "la", "l'"}),
    "es": frozenset({"el", "la"}),
    "it": frozenset({"il", "lo", "la", "l'"}),
    "de": frozenset({"der", "die", "das"}),
}

# How far before a definite role mention the noun that introduced its holder is
# looked for (a story takes its people up within pages, not volumes; the bound keeps
# a text of many role mentions linear).
_INTRODUCTION_REACH = 20_000

# The determiners and adjectives of otherness: "another analyst", "un autre
# médecin", "otro experto", "un altro medico", "ein anderer Arzt" name someone else
# than the one named before (each grammar's indefinite determiners).
_OTHER = frozenset(
    "another other autre autres otro otra otros otras altro altra altri altre "
    "anderer andere anderen anderes".split()
)


def _holder_noun(word: str, language: str) -> bool:
    """Return whether ``word`` is a noun of office or of person a definite mention repeats.

    The faithful anaphor repeats the noun its referent was introduced with, an
    office ("le ministre") or any noun of person ("le recteur", "la boulangère",
    "the owner", "die Pfarrerin"): the tables of offices, of the Romance and English
    nouns of persons, and the German nouns of persons by their endings (the
    feminine "-erin" of agent nouns among them).

    Example:
        >>> _holder_noun("recteur", "fr"), _holder_noun("owner", "en")
        (True, True)
        >>> _holder_noun("pfarrerin", "de"), _holder_noun("hafen", "de")
        (True, False)
    """
    if office_noun(word, OFFICE_NOUNS.get(language, frozenset()), language):
        return True
    if language == "en":
        return word in ENGLISH_PERSON_SINGULARS
    if language == "de":
        return word.endswith((*GERMAN_PERSON_ENDINGS, "erin"))
    return office_noun(word, PERSON_NOUNS.get(language, frozenset()), language)


# What stands between a noun of office and its holder's name: nothing, one
# lower-case adjective ("brasiliano"), or a complement closed by a comma
# ("de l'Intérieur, ").
_HOLDER_BEFORE = regex.compile(r"\s*+(?:\p{Ll}++\s++)?|[^,.;:]{0,40}+,\s*+")

# A role mention resolved to the holder of its office: at most this many words
# ("the former interior minister"), the holder among this many names back, the
# noun of office within this many characters and words of the name.
_OFFICE_MENTION_WORDS = 4
_OFFICE_LOOKBACK = 8
_OFFICE_REACH = 80
_OFFICE_WORDS_BEFORE = 6
_OFFICE_WORDS_AFTER = 3
# What ends the sentence before a name.
_OFFICE_SENTENCE_ENDS = (".", "!", "?", "\n")

# Every personal pronoun of every language (lower case).
_ALL_PRONOUNS = frozenset().union(*PERSON_PRONOUNS.values())
