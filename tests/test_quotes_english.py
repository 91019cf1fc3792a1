"""English and German speaker attribution, one table per mechanism.

Every sentence is our own, written from the grammar of the construction its
section names; none is taken from a corpus.  Known misses are strict xfails.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speaker(text: str, language: str, which: int = -1) -> tuple[str | None, str | None]:
    """Return (speaker mention as written, resolved speaker) of one quotation of ``text``."""
    quote = find_quotes(text, language=language)[which]
    if quote.speaker_span is None:
        return None, None
    return text[quote.speaker_span.start : quote.speaker_span.end], quote.speaker


# --- a relative pronoun as the subject of the clause holding the quotation ----------

# (text, mention, resolved speaker); a mention of None: the relative clause gives none
RELATIVE = [
    pytest.param(
        "The mayor thanked Ruth Kemp, who called the budget “a fair deal” on Monday.",
        "who",
        "Ruth Kemp",
        id="who-called-partial",
    ),
    pytest.param(
        "Last week the council met Dan Ross, who declared at the meeting, “We are ready.”",
        "who",
        "Dan Ross",
        id="who-declared-comma-full",
    ),
    pytest.param(
        "Donna Hale, a party strategist, praised Ivy Trent, who has called the pact “a trap.”",
        "who",
        "Ivy Trent",
        id="who-aux-past-participle",
    ),
    pytest.param(
        "Critics who say the plan is “a giveaway” have gone to court.",
        "who",
        "Critics",
        id="who-restrictive-plural",
    ),
    pytest.param(
        "The board met Omar Said, who had long insisted the fund was “nearly empty.”",
        "who",
        "Omar Said",
        id="who-aux-adverb-verb",
    ),
    pytest.param(
        "Voters booed Gov. Lena Marsh – who warned that taxes would rise “for everyone” – "
        "at the fair.",
        "who",
        "Gov. Lena Marsh",
        id="who-between-dashes",
    ),
    pytest.param(
        "The union backed Paul Ng, who told the crowd: “We will not give up.”",
        "who",
        "Paul Ng",
        id="who-told-colon",
    ),
    pytest.param(
        "“The talks are over,” said Ned Weaver, who added that the offer was “an insult.”",
        "who",
        "Ned Weaver",
        id="who-after-postposed-cue",
    ),
    pytest.param(
        "She visited an Ohio steel worker who described the plant as “a ghost town.”",
        "who",
        "an Ohio steel worker",
        id="who-lower-case-antecedent",
    ),
    pytest.param(
        "The panel heard from Tim Cole, who wrote in a memo that the roof was “unsafe.”",
        "who",
        "Tim Cole",
        id="who-wrote-that",
    ),
    # the relative clause ends before the quotation: the main clause speaks
    pytest.param(
        "Hal Moss, who had left the board in May, later called the audit “a sham.”",
        "Hal Moss",
        "Hal Moss",
        id="closed-by-comma-main-clause",
    ),
    # no verb of saying in the relative clause: its subject said nothing
    pytest.param(
        "Children who sleep badly are “at risk,” Dr. Amy Lo said.",
        "Dr. Amy Lo",
        "Dr. Amy Lo",
        id="no-saying-verb-cue-after",
    ),
    # an object relative: the name inside the clause speaks
    pytest.param(
        "They cut the grant, which Mayor Bo Lind called “a mistake.”",
        "Mayor Bo Lind",
        "Mayor Bo Lind",
        id="object-relative-name-speaks",
    ),
    # a thing's words: the clause names no author; its bearer, the subject, stands
    pytest.param(
        "Fans waved a banner that read “Home at last.”",
        "Fans",
        "Fans",
        id="thing-that-read-bearer",
    ),
    # a conjunction "that" after a verb of saying: the subject speaks
    pytest.param(
        "Ann Lee said that the deal was “dead on arrival.”",
        "Ann Lee",
        "Ann Lee",
        id="conjunction-that",
    ),
]


@pytest.mark.parametrize(("text", "mention", "speaker"), RELATIVE)
def test_relative_subject(text: str, mention: str | None, speaker: str | None) -> None:
    assert _speaker(text, "en") == (mention, speaker)
