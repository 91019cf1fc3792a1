"""English speakers read from clause structure: comment clauses and fronted adjuncts.

Every sentence is our own, written from the grammar of the construction its
section names (Quirk, Greenbaum, Leech & Svartvik, *A Comprehensive Grammar of
the English Language*, 1985); none is taken from a corpus.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._absolute import with_absolute
from newsdoc.quotes._comment_clause import comment_clause, inverted_parenthetical


def _mention(text: str, which: int = -1) -> str | None:
    """Return the speaker mention, as written, of one quotation of ``text``."""
    quote = find_quotes(text, language="en")[which]
    if quote.speaker_span is None:
        return None
    return text[quote.speaker_span.start : quote.speaker_span.end]


# --- the comment clause "as X put it" (Quirk et al. §15.53-15.56) --------------------

# (text, mention): the subject of the comment clause is the source of the words
COMMENT_CLAUSE = [
    pytest.param(
        "As the columnist Ann Lee puts it, “The council has lost its way.”",
        "the columnist Ann Lee",
        id="opening-present-full",
    ),
    pytest.param(
        "The deal looks dead. As The Daily Ledger put it, the council is “out of ideas.”",
        "The Daily Ledger",
        id="opening-past-partial-other-subject",
    ),
    pytest.param(
        "The council, as one aide has put it, is “out of ideas.”",
        "one aide",
        id="medial-perfect",
    ),
    pytest.param(
        "The budget was late again, or, as the auditor likes to put it, “a slow-motion crash.”",
        "the auditor",
        id="catenative-likes-to",
    ),
    pytest.param(
        "As the paper put it in a long editorial, “the mayor has run out of road.”",
        "the paper",
        id="adjunct-before-comma",
    ),
    pytest.param(
        "Dan Ross, as he put it to reporters, wants the plant “open by spring.”",
        "he",
        id="pronoun-subject",
    ),
]


@pytest.mark.parametrize(("text", "mention"), COMMENT_CLAUSE)
def test_comment_clause_credits_its_subject(text: str, mention: str) -> None:
    assert _mention(text) == mention


# "put it" outside the as-frame is no verb of saying: the frame reads nothing there
NOT_COMMENT_CLAUSE = [
    pytest.param("She put it on the table: “Done.”", id="put-object-place"),
    pytest.param("As the crowd left, Lee put it away: “Later.”", id="as-clause-of-time"),
    pytest.param("As ever, the vote is “close.”", id="as-no-put"),
]


@pytest.mark.parametrize("text", NOT_COMMENT_CLAUSE)
def test_put_outside_the_frame_is_no_comment_clause(text: str) -> None:
    opening = text.index("“")
    assert comment_clause(text, 0, opening, "en") is None


def test_comment_clause_is_english_only() -> None:
    text = "As the mayor put it, “we will see.”"
    assert comment_clause(text, 0, text.index("“"), "fr") is None


# --- a fronted adjunct is never the subject (Quirk et al. §8.14, §9.56) --------------

# (text, mention): the subject follows the comma that closes the fronted phrase
FRONTED_ADJUNCT = [
    pytest.param(
        "The senator spoke at length. Early in her career, Lee attacked the mayor, "
        "calling him “a failed manager.”",
        "Lee",
        id="adverb-plus-pp-gerund",
    ),
    pytest.param(
        "Shortly after the vote, the mayor told the crowd, “We won this together.”",
        "the mayor",
        id="shortly-after",
    ),
    pytest.param(
        "Late on Tuesday, the union called the offer “an insult.”",
        "the union",
        id="late-on-partial",
    ),
    pytest.param(
        "On Twitter, she answered one of the mayor's posts by saying, “Please stop lying.”",
        "she",
        id="pp-then-by-gerund",
    ),
    pytest.param(
        "In Boston, Ann Lee answered the critics by saying, “We never hid anything.”",
        "Ann Lee",
        id="place-pp-then-name",
    ),
    pytest.param(
        "Here in Dayton, Ann Lee stepped up her attacks on the plan, saying, “We must act now.”",
        "Ann Lee",
        id="here-in-place",
    ),
    pytest.param(
        "Back in 2008, Ann Lee backed the plan and said, “It will work.”",
        "Ann Lee",
        id="back-in-year",
    ),
    pytest.param(
        "Ann Lee endorsed Tom Roe in early June, but only after weighing it, telling "
        "reporters that she was “not quite there yet.”",
        "Ann Lee",
        id="clause-with-a-date-is-no-time-phrase",
    ),
    pytest.param(
        "Eight years ago, she backed the mayor over Lee and said, “He did nothing for us.”",
        "she",
        id="number-word-ago",
    ),
    pytest.param(
        "Closing the race with a long speech -- complete with a teleprompter -- Lee told "
        "supporters that “we close one chapter,” and she vowed to carry on.",
        "Lee",
        id="typed-dash-aside",
    ),
    pytest.param(
        "Closing the race with a long speech — complete with a teleprompter — Lee told "
        "supporters that “we close one chapter,” and she vowed to carry on.",
        "Lee",
        id="dash-aside",
    ),
    pytest.param(
        "Continuing to explain her view, Lee rejected the idea that the deal was done, "
        "saying that if she “found something rotten, I would fix it.”",
        "Lee",
        id="opening-participle-with-infinitive-cue",
    ),
]


@pytest.mark.parametrize(("text", "mention"), FRONTED_ADJUNCT)
def test_fronted_adjunct_is_not_the_subject(text: str, mention: str) -> None:
    assert _mention(text, 0) == mention


# a surname that looks like an adverb or a preposition still names its bearer
NAMES_KEPT = [
    pytest.param("Long, the mayor of Lyon, said, “We won.”", "Long", id="surname-long"),
    pytest.param("Early told reporters, “It was a fair fight.”", "Early", id="surname-early"),
    pytest.param("Van Buren, a farmer, said, “Rain came too late.”", "Van Buren", id="particle"),
]


@pytest.mark.parametrize(("text", "mention"), NAMES_KEPT)
def test_names_that_look_like_adjuncts_are_kept(text: str, mention: str) -> None:
    assert _mention(text) == mention


# --- the head of a postmodified subject speaks (Quirk et al. §17.8-17.10) ------------

# (text, head): a relative, participle or prepositional postmodifier stands
# between the head of the subject and the verb of saying; the mention starts at
# the head (it may run on through the postmodifier), never at a noun inside it
POSTMODIFIED = [
    pytest.param(
        "A campaign ad released Thursday accuses Ann Lee of buying votes “in a pattern of abuse.”",
        "A campaign ad",
        id="participle-released",
    ),
    pytest.param(
        "A letter from the Farmers Union obtained by The Daily Ledger warns that “any strike "
        "will be long.”",
        "A letter",
        id="pp-and-participle",
    ),
    pytest.param(
        "At least half of the voters in each county say the plans are “about right.”",
        "half of the voters",
        id="approximator-partitive",
    ),
    pytest.param(
        "A spokesman for Lyon City Council said, “We will review the decision.”",
        "A spokesman",
        id="pp-for-body",
    ),
    pytest.param(
        "Dean Ann Lee of the law school told students, “Exams will go ahead.”",
        "Dean Ann Lee",
        id="name-then-pp",
    ),
]


@pytest.mark.parametrize(("text", "head"), POSTMODIFIED)
def test_postmodified_subject_head_speaks(text: str, head: str) -> None:
    mention = _mention(text)
    assert mention is not None
    assert mention.startswith(head)


# a reported clause, a second clause or a plain subject: the head reading stays out
NOT_POSTMODIFIED = [
    pytest.param(
        "Ann Lee said that the mayor called the plan “a disaster.”",
        "the mayor",
        id="reported-clause-keeps-its-subject",
    ),
    pytest.param(
        "The vote was close because the council called the plan “a disaster.”",
        "the council",
        id="subordinate-clause",
    ),
    pytest.param(
        "Warned that the mayor called him “a liar,” Ann Lee shrugged.",
        "the mayor",
        id="opening-participle-clause",
    ),
]


@pytest.mark.parametrize(("text", "mention"), NOT_POSTMODIFIED)
def test_other_clause_shapes_keep_their_reading(text: str, mention: str) -> None:
    assert _mention(text, 0) == mention


# --- a lower-case role inside a name phrase (AP Stylebook, "titles") -------------------

# (text, mention): a description in lower case between capitalised words of one name
ROLE_IN_NAME = [
    pytest.param(
        "Senate candidate Ann Lee defended her aide as a “very decent man” on Tuesday.",
        "Senate candidate Ann Lee",
        id="body-then-role",
    ),
    pytest.param(
        "Republican presidential front-runner Ann Lee defended the plan as “a fair deal.”",
        "Republican presidential front-runner Ann Lee",
        id="two-modifiers-agent-noun",
    ),
    pytest.param(
        "City Hall spokeswoman Ann Lee dismissed the claim as “nonsense.”",
        "City Hall spokeswoman Ann Lee",
        id="listed-role-noun",
    ),
    pytest.param(
        "Harbor board member Tom Baker hailed the deal as “a steal.”",
        "Harbor board member Tom Baker",
        id="agent-ending-er",
    ),
]


@pytest.mark.parametrize(("text", "mention"), ROLE_IN_NAME)
def test_lower_case_role_stays_in_the_name(text: str, mention: str) -> None:
    assert _mention(text) == mention


# a verb between two names is no role: the first name is the subject
NO_ROLE = [
    pytest.param("Ann Lee hires lawyer Tom Baker, calling him “the best.”", "Ann Lee", id="verb-s"),
    pytest.param("Ann Lee slated comedian Tom Baker as “cruel.”", "Ann Lee", id="verb-ed"),
    pytest.param(
        "The Democrats represent Ohio and call it “home.”", "The Democrats", id="no-full-name"
    ),
]


@pytest.mark.parametrize(("text", "mention"), NO_ROLE)
def test_a_verb_between_names_is_no_role(text: str, mention: str) -> None:
    assert _mention(text) == mention


# --- a quotation inside an opening participle clause (Quirk et al. §15.58-15.60) ------

# (text, mention): the participle's understood subject is the main clause subject
OPENING_PARTICIPLE = [
    pytest.param(
        "Holding signs calling the mayor “the city's worst boss,” the strikers chanted.",
        "the strikers",
        id="participle-object-complement",
    ),
    pytest.param(
        "In calling the plan “a fraud,” the senator broke with her party.",
        "the senator",
        id="in-plus-gerund",
    ),
    pytest.param(
        "By describing the levy as “theft”, Ann Lee angered the council.",
        "Ann Lee",
        id="by-plus-gerund-comma-outside",
    ),
]


@pytest.mark.parametrize(("text", "mention"), OPENING_PARTICIPLE)
def test_opening_participle_clause_credits_main_subject(text: str, mention: str) -> None:
    assert _mention(text, 0) == mention


# no participle, or a name after the preposition: the opening-clause reading stays out
NOT_OPENING_PARTICIPLE = [
    pytest.param("Something “odd”, the mayor said, was afoot.", "the mayor", id="pronoun-ing"),
    pytest.param("In Reading, the “new deal” was a flop.", None, id="place-name-ing"),
]


@pytest.mark.parametrize(("text", "mention"), NOT_OPENING_PARTICIPLE)
def test_no_opening_participle(text: str, mention: str | None) -> None:
    assert _mention(text, 0) == mention


# --- an inverted reporting clause set off by commas (Quirk et al. §15.53-15.55) -------

# (text, mention): "said X" in the middle of the sentence credits the quotation after it
INVERTED_PARENTHETICAL = [
    pytest.param("The vote, said Ann Lee, was “a farce.”", "Ann Lee", id="medial-said"),
    pytest.param(
        "The vote, said Ann Lee, the mayor of Lyon, was “a farce.”",
        "Ann Lee",
        id="medial-said-apposition",
    ),
    pytest.param(
        "Because of how the party wrote the rules, explained Ann Lee, “the race ends in March.”",
        "Ann Lee",
        id="before-full-quotation",
    ),
    pytest.param("But, said the mayor, “we will see.”", "the mayor", id="after-conjunction"),
    pytest.param(
        "In other words, explained the moderator Ann Lee: “What has that to do with it?”",
        "the moderator Ann Lee",
        id="fronted-adjunct-then-inverted-verb-colon",
    ),
    pytest.param(
        "The real test, says the historian Ann Lee, is whether she was “a good mother.”",
        "the historian Ann Lee",
        id="present-says",
    ),
]


@pytest.mark.parametrize(("text", "mention"), INVERTED_PARENTHETICAL)
def test_inverted_reporting_clause_credits_its_subject(text: str, mention: str) -> None:
    assert _mention(text, 0) == mention


# no inverted reporting clause: a naming participle, an addressee, a clause after the verb
NOT_INVERTED_PARENTHETICAL = [
    pytest.param("The program, called Safe Streets, was “a failure.”", id="naming-participle"),
    pytest.param("Lee, told the results, called them “a shock.”", id="addressee-verb"),
    pytest.param("The board, said Tuesday that it was “ready.”", id="time-and-clause"),
    pytest.param("The mayor, urged voters not to “panic.”", id="urged-object-infinitive"),
]


@pytest.mark.parametrize("text", NOT_INVERTED_PARENTHETICAL)
def test_no_inverted_reporting_clause(text: str) -> None:
    assert inverted_parenthetical(text, 0, text.index("“"), "en") is None


# --- a gerund adjunct or a coordinated verb shares its clause's subject (§15.58) --------

# (text, mention): the subject of the verb the gerund or the coordinated verb goes with
CLAUSE_SUBJECT = [
    pytest.param(
        "On Twitter, she answered one of the mayor's posts on Tuesday by saying, “Stop it.”",
        "she",
        id="by-gerund-not-object",
    ),
    pytest.param(
        "Ann Lee replied to a grieving father Wednesday night by saying the phrase was a "
        "“made-up” issue.",
        "Ann Lee",
        id="by-gerund-after-object-and-time",
    ),
    pytest.param(
        "The mayor took questions for an hour, and she used stronger words, saying the plan "
        "“must go.”",
        "she",
        id="comma-gerund-second-main-clause",
    ),
    pytest.param(
        "Ann Lee said she would sign the bill, adding that it was “a good day.”",
        "Ann Lee",
        id="reported-clause-pronoun-kept-out",
    ),
    pytest.param(
        "“Promise you will stay,” Ann Lee sings to Tom Roe before asking him to dance.",
        "Ann Lee",
        id="gerund-adjunct-after-quotation",
    ),
    pytest.param(
        "But that morning, an angry crowd had gathered, carrying signs saying, “Not today.”",
        "an angry crowd",
        id="conjunction-then-time-phrase",
    ),
    pytest.param(
        "The senator apologized after they came out, saying they have “nothing to do with me.”",
        "The senator",
        id="subordinate-clause-pronoun-kept-out",
    ),
]


@pytest.mark.parametrize(("text", "mention"), CLAUSE_SUBJECT)
def test_gerund_or_coordinated_verb_takes_its_clause_subject(text: str, mention: str) -> None:
    assert _mention(text, 0) == mention


# --- the subject of a *with* absolute clause (Quirk et al. §15.60) --------------------

# (text, mention): the noun phrase after "with" is the subject of the participle
WITH_ABSOLUTE = [
    pytest.param(
        "Lee's allies tied Roe to the mayor, with one of their ads asking, “Is Roe fit to serve?”",
        "one of their ads",
        id="comma-with-full",
    ),
    pytest.param(
        "The parade was long, with many marchers chanting “We are one” all day.",
        "many marchers",
        id="comma-with-partial",
    ),
    pytest.param(
        "With Ann Lee calling it “a farce,” the vote failed.", "Ann Lee", id="opening-with"
    ),
    pytest.param(
        "Alongside the protests, even a party strategist said Lee must choose, saying, “Act now.”",
        "a party strategist",
        id="alongside-and-focusing-even",
    ),
]


@pytest.mark.parametrize(("text", "mention"), WITH_ABSOLUTE)
def test_with_absolute_clause_names_its_subject(text: str, mention: str) -> None:
    assert _mention(text, 0) == mention


# "with" as a plain preposition, or a participle of no saying: no absolute reading
NOT_WITH_ABSOLUTE = [
    pytest.param("Lee shared with Roe a plan built on being “anti-system.”", id="plain-with"),
    pytest.param("Rates rose, with the bank being “too slow” to act.", id="participle-not-saying"),
]


@pytest.mark.parametrize("text", NOT_WITH_ABSOLUTE)
def test_no_with_absolute(text: str) -> None:
    assert with_absolute(text, 0, text.index("“"), "en") is None


# --- a verb of saying inside a fronted adverbial clause (Quirk et al. §15.17) ---------

# (text, mention): the main clause after the fronted clause holds the speaker
FRONTED_SUBORDINATE = [
    pytest.param(
        "When Tom Roe suggested that the city would sue, Ann Lee fired back: “They will lose.”",
        "Ann Lee",
        id="when-clause-then-colon",
    ),
    pytest.param(
        "After Tom Roe criticized her during a debate, Ann Lee shot back, “I chose my job.”",
        "Ann Lee",
        id="after-clause-then-comma",
    ),
    pytest.param(
        "As the Daily Ledger reported, the mayor “gave freely” to the fund.",
        "the Daily Ledger",
        id="as-clause-names-the-source",
    ),
]


@pytest.mark.parametrize(("text", "mention"), FRONTED_SUBORDINATE)
def test_fronted_subordinate_clause_cue_is_not_the_speaker(text: str, mention: str) -> None:
    assert _mention(text, 0) == mention
