"""English: a quoted word inside a joined sentence belongs to the last clause's subject.

Every sentence is our own, written from the grammar of clause coordination and subordination
(Quirk, Greenbaum, Leech & Svartvik 1985, §§13.1, 14.12; Huddleston & Pullum 2002, ch. 15);
none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._later_clause import later_clause_subject
from newsdoc.quotes._presentative import presentative_speaker


def _mention(text: str, which: int = -1) -> str | None:
    """Return the speaker mention, as written, of one quotation of ``text``."""
    quote = find_quotes(text, language="en")[which]
    if quote.speaker_span is None:
        return None
    return text[quote.speaker_span.start : quote.speaker_span.end]


# (text, mention): the clause holding the quotation has its own subject and finite verb
LATER_CLAUSE = [
    pytest.param(
        "The mayor likes the old bridge, while her deputy calls it “a rusty relic.”",
        "her deputy",
        id="while-after-comma",
    ),
    pytest.param(
        "The chief kept quiet for a week even though he had seen “clear signs” of fraud.",
        "he",
        id="even-though-no-comma",
    ),
    pytest.param(
        "The union wanted talks, but the board dismissed the offer as “theatre.”",
        "the board",
        id="but-after-comma",
    ),
    pytest.param(
        "Farmers marched in town because they wanted to show that “the land still feeds us.”",
        "they",
        id="because-clause",
    ),
    pytest.param(
        "Turnout fell in every ward; the officials blamed the “wet weather.”",
        "the officials",
        id="semicolon",
    ),
    pytest.param(
        "Ann Lee runs the clinic and her partner often describes it as “a lifeboat.”",
        "her partner",
        id="and-after-lower-case-word",
    ),
    pytest.param(
        "Lee toured every county and he has long mocked his rivals, Roe and Ross, for skipping "
        "“the county fairs.”",
        "he",
        id="names-joined-later-nearest-clause-opener-before",
    ),
]


@pytest.mark.parametrize(("text", "mention"), LATER_CLAUSE)
def test_later_clause_subject_speaks(text: str, mention: str) -> None:
    assert _mention(text) == mention


# (text, mention): no later finite clause: the sentence's subject keeps the words
NO_LATER_CLAUSE = [
    pytest.param(
        "Ann Lee praised Dan Ross and his staff for their “quiet courage.”",
        "Ann Lee",
        id="and-joins-objects",
    ),
    pytest.param(
        "Ann Lee thanked the voters in Ohio and Iowa for a “stunning night.”",
        "Ann Lee",
        id="and-joins-names",
    ),
    pytest.param(
        "Dan Ross lost the seat because he was “too soft” on crime.",
        "Dan Ross",
        id="copular-clause-describes",
    ),
    pytest.param(
        "The governor called the plan “reckless” after a long meeting.",
        "The governor",
        id="after-a-noun-phrase",
    ),
]


@pytest.mark.parametrize(("text", "mention"), NO_LATER_CLAUSE)
def test_no_later_clause_keeps_the_subject(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_names_joined_by_and_are_one_subject() -> None:
    text = "Voters in Ohio and Iowa were “very worried.”"
    assert later_clause_subject(text, (0, 6), 0, text.index("“")) is None


def test_clause_must_open_after_the_first_subject() -> None:
    text = "While the rain fell, Ann Lee called it “a gift.”"
    assert later_clause_subject(text, (21, 28), 0, text.index("“")) is None


# --- a dateline opening the first paragraph; a time adjunct ending a clause ----------

# (text, mention): the dateline (AP Stylebook, "datelines") is skipped to the subject, and a clause
# ending on a weekday before a comma is no fronted time phrase
DATELINE_AND_TIME = [
    pytest.param(
        "DENVER, May 2 (AP) — The water board released a report Friday, calling the drought "
        "“a slow emergency.”",
        "The water board",
        id="dateline-with-date-and-agency",
    ),
    pytest.param(
        "Salem (Reuters) – Governor Ann Lee has taken aim at the plan, warning that "
        "“cheap fixes” cost more.",
        "Governor Ann Lee",
        id="dateline-agency-only",
    ),
    pytest.param(
        "DOVER, Del. - State Senator Dan Roe late Monday signed the “clean water” bill.",
        "State Senator Dan Roe",
        id="dateline-state-abbreviation",
    ),
    pytest.param(
        "The union issued a statement Monday, offering “a full apology” to the fans.",
        "The union",
        id="clause-ending-on-a-weekday",
    ),
    pytest.param(
        "But that morning, the union staged a rally against the “cruel cuts.”",
        "the union",
        id="fronted-time-phrase-after-but",
    ),
]


@pytest.mark.parametrize(("text", "mention"), DATELINE_AND_TIME)
def test_dateline_and_time_adjuncts(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_name_before_dash_is_no_dateline() -> None:
    text = "Ann Lee — the mayor — called the vote “a farce.”"
    mention = _mention(text)
    assert mention is not None
    assert mention.startswith("Ann Lee")


# --- presentative introducers: "Here's X:", "From X:" (Quirk et al. §18.47) --------------

PRESENTATIVE = [
    pytest.param(
        "Here’s Ann Lee in May 2012: “We will not raise taxes.”",
        "Ann Lee",
        id="heres-with-time-adjunct",
    ),
    pytest.param(
        "Here is the mayor on the budget: “Every ward pays its share.”",
        "the mayor",
        id="here-is-with-topic-adjunct",
    ),
    pytest.param(
        "Here’s Dan Roe, speaking on Monday:\n\n“The dam will hold.”",
        "Dan Roe",
        id="heres-own-paragraph",
    ),
    pytest.param(
        "Not all polls are equal, the study finds. From the study: “Longer field periods helped.”",
        "the study",
        id="from-source-phrase",
    ),
]


@pytest.mark.parametrize(("text", "mention"), PRESENTATIVE)
def test_presentative_names_the_speaker(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_colon_clause_without_presentative_is_untouched() -> None:
    text = "Where it comes from is plain: “The north.”"
    assert presentative_speaker(text, 0, text.index(":")) is None


# --- a name after a quoted phrase that runs on in its sentence is no speech tag ----------

# (text, wrong): no comma or end mark between the quotation and the name: the sentence goes on
RUNS_ON = [
    pytest.param(
        "The anchor noted that his channel “stayed with” Ann Lee during her speech.",
        "Ann Lee",
        id="object-after-verb-phrase",
    ),
    pytest.param(
        "Critics say the panel was set up to “bring down” Dan Roe before the vote.",
        "Dan Roe",
        id="object-after-phrasal-verb",
    ),
    pytest.param(
        "Aides grumbled that the “bootleg” Lee posters outnumbered the real ones.",
        "Lee",
        id="modifier-before-noun",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), RUNS_ON)
def test_name_after_running_quotation_is_no_tag(text: str, wrong: str) -> None:
    assert _mention(text) != wrong


# (text, mention): a tag set off by the quotation's comma or end mark is read as before
SET_OFF = [
    pytest.param("“We held the line,” Ann Lee shot back.", "Ann Lee", id="comma-inside"),
    pytest.param("“Who pays for it?” Dan Roe wondered aloud.", "Dan Roe", id="question-mark"),
    pytest.param("“Not today”, Ann Lee snapped.", "Ann Lee", id="comma-after-mark"),
]


@pytest.mark.parametrize(("text", "mention"), SET_OFF)
def test_tag_set_off_by_punctuation_is_read(text: str, mention: str) -> None:
    assert _mention(text) == mention


# --- a capitalised modal before a past form is a name (Quirk et al. §3.40) ----------------

MODAL_NAMES = [
    pytest.param(
        "After the “long night,” Will described the budget as “a wreck.”",
        "Will",
        id="will-described",
    ),
    pytest.param(
        "“It is a fair deal,” May told reporters on Monday.",
        "May",
        id="may-told",
    ),
]


@pytest.mark.parametrize(("text", "mention"), MODAL_NAMES)
def test_capitalised_modal_before_past_is_a_name(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_modal_before_bare_infinitive_stays_a_modal() -> None:
    text = "“We will win,” will say the mayor."
    assert _mention(text) == "the mayor"


# --- a reporting frame after the quotation, whatever its verb (Quirk et al. §14.29) -------

FRAME = [
    pytest.param(
        "“Let me spare you the trouble,” the senator riffed on the answer.",
        "the senator",
        id="subject-verb-adjunct",
    ),
    pytest.param("“Not in my town,” one reader commented.", "one reader", id="one-reader"),
    pytest.param(
        "“A long night, but we won,” remembered Dan Roe, the campaign’s old hand.",
        "Dan Roe",
        id="inverted-name",
    ),
    pytest.param("“Why not?” reacted the mayor.", "the mayor", id="inverted-after-question"),
    pytest.param(
        "“The river is ours,” the farmers state in their letter.",
        "the farmers",
        id="plural-present-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "mention"), FRAME)
def test_reporting_frame_names_the_speaker(text: str, mention: str) -> None:
    assert _mention(text) == mention


# (text, wrong): no frame: a new sentence, an aside after a dash, a clause going on
NO_FRAME = [
    pytest.param("“So, who pays?” Her answer was sealed.", "Her answer", id="new-sentence"),
    pytest.param(
        "When Lee wrapped up — “We will win!” — the balloons dropped on the hall.",
        "the balloons",
        id="after-a-dash",
    ),
    pytest.param(
        "Ann Lee, who calls the plan “a disgrace,” thanked Roe for his help.",
        "Roe",
        id="verb-with-object",
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_FRAME)
def test_no_reporting_frame(text: str, wrong: str) -> None:
    mentions = [
        text[q.speaker_span.start : q.speaker_span.end]
        for q in find_quotes(text, language="en")
        if q.speaker_span is not None
    ]
    assert wrong not in mentions


# --- a source line after the quotation's paragraph (Chicago Manual of Style 13.36) ------

SOURCE_LINE = [
    pytest.param(
        "We checked.\n\n“Most new income goes to the top.”\n\n- Dan Roe.\n\nHe is wrong.",
        "Dan Roe",
        id="hyphen-name",
    ),
    pytest.param(
        "Readers wrote in.\n\n“Stop the sale now.”\n\n— Ann Lee, Dayton.\n\nOthers agreed.",
        "Ann Lee",
        id="em-dash-name-place",
    ),
]


@pytest.mark.parametrize(("text", "mention"), SOURCE_LINE)
def test_source_line_names_the_speaker(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_source_line_needs_the_quotation_to_close_its_paragraph() -> None:
    text = "“Stop the sale,” Ann Lee said on Monday.\n\n- Dan Roe.\n\nOthers agreed."
    assert _mention(text) == "Ann Lee"


# --- a full date before the subject: the year after the day is part of the time phrase --------

FULL_DATE = [
    pytest.param(
        "The claims differ.\n\nOn July 6, 2015, Ann Lee made the following comment:\n\n"
        "“Jobs for the young are scarce.”\n\nThat was true.",
        "Ann Lee",
        id="colon-paragraph",
    ),
    pytest.param(
        "On March 3, 2014, the mayor called the deal “a fair bargain.”",
        "the mayor",
        id="partial-in-sentence",
    ),
]


@pytest.mark.parametrize(("text", "mention"), FULL_DATE)
def test_full_date_is_skipped_to_the_subject(text: str, mention: str) -> None:
    assert _mention(text) == mention


# --- a counted subject: a number, "percent", "in 10" (Quirk et al. §5.24-5.25) -------------

COUNTED = [
    pytest.param(
        "Roughly three in 10 told us they felt “cheated” by the city.",
        "three in 10",
        id="in-10",
    ),
    pytest.param(
        "In the survey, 62 percent of parents agreed the plan was the “wrong path” for now.",
        "62 percent of parents",
        id="percent-of",
    ),
    pytest.param(
        "Near the hall, about 300 nurses gathered, chanting “Fund the wards.”",
        "300 nurses",
        id="approximator-left-out",
    ),
]


@pytest.mark.parametrize(("text", "mention"), COUNTED)
def test_counted_subject_speaks(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_a_year_opening_the_clause_is_no_counted_subject() -> None:
    text = "“It was a hard year,” Ann Lee said of 2015."
    assert _mention(text) == "Ann Lee"


# --- a time adjunct between the subject and its verb (Quirk et al. §8.51) -----------------

MEDIAL_TIME = [
    pytest.param(
        "The board less than three days ago wrote in a memo that “private” files had leaked.",
        "The board",
        id="less-than-days-ago",
    ),
    pytest.param(
        "The agency last week said that “secret” files had leaked.",
        "The agency",
        id="last-week",
    ),
]


@pytest.mark.parametrize(("text", "mention"), MEDIAL_TIME)
def test_medial_time_adjunct_is_no_subject(text: str, mention: str) -> None:
    assert _mention(text) == mention


def test_no_wonder_is_a_disjunct_before_the_subject() -> None:
    text = "No wonder Ann Lee told the hall, and I quote, “Doubters are my best friends.”"
    assert _mention(text) == "Ann Lee"


def test_extraposed_subject_clause_names_its_own_subject() -> None:
    text = "It is strange that Ann Lee would denounce “self-help,” which is mild."
    assert _mention(text) == "Ann Lee"
