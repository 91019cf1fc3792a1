"""Vote tallies: `newsdoc.find_votes`.

Every case is written by us: fictional councils, parliaments, courts and boards,
phrased the way wire services and newspapers in each language report votes.  The
near-miss tables hold the shapes a tally must never be confused with: scores,
ranges, fractions, model numbers, seat splits, ratios, polls and election results.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc import VoteTally, find_votes
from newsdoc._lexicon.numbers import group_separators, number_value

Counts = tuple[int, int, int | None]


def _counts(text: str, language: str | None = None) -> list[Counts]:
    return [
        (v.yes, v.no, v.abstain)
        for v in find_votes(text, language=language)
        if v.yes is not None and v.no is not None
    ]


# (text, [(yes, no, abstain), ...])
ENGLISH_EXAMPLES: list[tuple[str, list[Counts]]] = [
    ("The levy passed with a 38-27 vote, with two abstentions, after midnight.", [(38, 27, 2)]),
    ("The board voted 6-2, and one abstaining, to close the pool.", [(6, 2, 1)]),
    ("The bill passed with a 325-184 vote late on Tuesday.", [(325, 184, None)]),
    ("The Senate approved the treaty by a vote of 52 to 48.", [(52, 48, None)]),
    ("The House voted 220-212 to extend the program.", [(220, 212, None)]),
    ("The justices, in a 5-4 decision, upheld the state law.", [(5, 4, None)]),
    ("MPs backed the measure by 310 votes to 219 on Monday night.", [(310, 219, None)]),
    (
        "The 15-member council voted 13-0 with two abstentions to renew the mission.",
        [(13, 0, 2)],
    ),
    ("The zoning board approved 8-1 a plan to widen the road.", [(8, 1, None)]),
    (
        "Shareholders, by a vote of 41,806,223 to 652,118, approved the spin-off.",
        [(41806223, 652118, None)],
    ),
    ("The appeals court reversed the award in a three-two vote.", [(3, 2, None)]),
    ("The rate committee voted nine to one to hold borrowing costs.", [(9, 1, None)]),
    ("BANK BOARD VOTED NINE-ONE TO KEEP RATES STEADY", [(9, 1, None)]),
    ("Ayes 320, Noes 210. The amendment was carried.", [(320, 210, None)]),
    ("On the yeas and nays: 51-49, the motion to proceed was agreed to.", [(51, 49, None)]),
    (
        "The text was adopted by a recorded vote of 120 in favour to 14 against, "
        "with 32 abstentions.",
        [(120, 14, 32)],
    ),
    (
        "The motion carried with 12 in favour, three against and two abstentions.",
        [(12, 3, 2)],
    ),
    (
        "The budget passed 305-102 -- winning a necessary two-thirds majority.",
        [(305, 102, None)],
    ),
    ("The Senate confirmed the nominee 92 to 0 on Thursday.", [(92, 0, None)]),
    ("The nominee was confirmed 71-27 after a long debate.", [(71, 27, None)]),
    (
        "The board split 4 to 4, leaving the old rules in place. The vote was 4 to 4.",
        [(4, 4, None)],
    ),
    ("The vote was 61 to 38, with three senators absent.", [(61, 38, None)]),
    ("The high court deadlocked 4-4 on the case.", [(4, 4, None)]),
    ("The panel's 7-2 ruling sent the case back to the lower court.", [(7, 2, None)]),
    ("Dock workers voted 1,288 to 37 to accept the offer.", [(1288, 37, None)]),
    ("The city council voted 6-1 for the resolution.", [(6, 1, None)]),
    ("Lawmakers passed the bill on a 24-19 vote in committee.", [(24, 19, None)]),
    ("The commission put out the proposal, by 5-0 vote, for comment.", [(5, 0, None)]),
    ("The committee voted 26-23 along party lines to subpoena the files.", [(26, 23, None)]),
    ("The resolution was approved on a 99 to 0 vote.", [(99, 0, None)]),
    ("The Senate overrode the governor's veto of the school bill, 68-31.", [(68, 31, None)]),
    ("The first reading passed by 236 to 187.", [(236, 187, None)]),
    ("The assembly voted 41-to-9 to ratify the compact.", [(41, 9, None)]),
    ("Delegates voted twenty-one to nine to adopt the platform.", [(21, 9, None)]),
    (
        "The state senate passed the measure 30-8, and the house followed with a 75-22 vote.",
        [(30, 8, None), (75, 22, None)],
    ),
    (
        "With 58 deputies voting for the charter and 41 voting against it, the motion carried.",
        [(58, 41, None)],
    ),
    ("The motion failed, with 604 in favor, 739 opposed.", [(604, 739, None)]),
    # Abstainers named rather than counted.
    (
        "Brazil abstained in the vote, and the declaration passed by a 9-0 margin.",
        [(9, 0, 1)],
    ),
    ("The resolution passed 12-0, with China and Russia abstaining.", [(12, 0, 2)]),
    ("The Senate defeated the Smith amendment 52-48.", [(48, 52, None)]),
    ("The amendment was defeated 190-235 in the House.", [(190, 235, None)]),
    ("The legislation cleared the Senate 68-31 on Thursday.", [(68, 31, None)]),
    ("The 100-seat Senate voted 52-48 to confirm the nominee.", [(52, 48, None)]),
    (
        "The bill, which cuts the tax rate by 5 percent for most families, passed 220-200.",
        [(220, 200, None)],
    ),
    ("The newly elected parliament voted 300-200 to approve the budget.", [(300, 200, None)]),
    ("The Senate passed the final bill 62-37 on Friday.", [(62, 37, None)]),
    ("The measure passed with 65 senators in favor and 35 against.", [(65, 35, None)]),
    ("Forty-eight senators voted against and 52 for.", [(52, 48, None)]),
    ("The panel voted along party lines, 13-11, to advance the nomination.", [(13, 11, None)]),
    ("The city council voted 8-0-1 to approve the budget.", [(8, 0, 1)]),
    (
        "Stockholders approved the merger by a vote of 12,345,678 shares to 1,234,567.",
        [(12345678, 1234567, None)],
    ),
]

GERMAN_EXAMPLES: list[tuple[str, list[Counts]]] = [
    ("Der Antrag wurde mit 30 zu 12 Stimmen, bei drei Enthaltungen, angenommen.", [(30, 12, 3)]),
    ("Die Kammer stimmte mit 183 zu 117 Stimmen für den Antrag.", [(183, 117, None)]),
    (
        "Der Antrag erhielt 19 Ja-Stimmen und 48 Nein-Stimmen bei 3 Enthaltungen.",
        [(19, 48, 3)],
    ),
    (
        "Der Landtag verabschiedete das Gesetz mit 462 zu 151 Stimmen bei 20 Enthaltungen.",
        [(462, 151, 20)],
    ),
    ("Mit klarer Mehrheit (64:11 Stimmen) billigte die Versammlung die Satzung.", [(64, 11, None)]),
    (
        "Im Abgeordnetenhaus wurde das Gesetz mit 77 Ja- gegen 25 Nein-Stimmen bei zwei "
        "Enthaltungen angenommen.",
        [(77, 25, 2)],
    ),
    (
        "In der Sitzung votierten 57 Delegierte für die Novelle, 23 dagegen, bei 6 Enthaltungen.",
        [(57, 23, 6)],
    ),
    ("Das Votum ging aber 57 zu 43 aus, die nötige Mehrheit wurde verfehlt.", [(57, 43, None)]),
    ("Der Stadtrat stimmte mit neun zu zwei Stimmen für den Neubau.", [(9, 2, None)]),
    (
        "Für den Antrag stimmten 35 Abgeordnete, dagegen 10, drei enthielten sich.",
        [(35, 10, 3)],
    ),
    ("Das Gesetz wurde mit 368 Ja- und 267 Nein-Stimmen verabschiedet.", [(368, 267, None)]),
    (
        "Der Bundestag beschloss die Reform mit 1.024 zu 3 Stimmen.",
        [(1024, 3, None)],
    ),
]

FRENCH_EXAMPLES: list[tuple[str, list[Counts]]] = [
    ("La loi a été adoptée par 325 voix contre 184, avec 12 abstentions.", [(325, 184, 12)]),
    ("Le texte a été adopté par 325 voix contre 184.", [(325, 184, None)]),
    ("L'Assemblée a voté la loi avec 331 voix pour et 225 contre.", [(331, 225, None)]),
    (
        "Le Sénat a adopté la réforme par 201 voix pour, 120 contre et 20 abstentions.",
        [(201, 120, 20)],
    ),
    ("Par 23 voix contre 17, le Conseil a renouvelé le mandat.", [(23, 17, None)]),
    ("Le texte a été adopté avec 300 députés pour et 200 contre.", [(300, 200, None)]),
    ("Le conseil municipal a approuvé le projet par douze voix contre trois.", [(12, 3, None)]),
]

SPANISH_EXAMPLES: list[tuple[str, list[Counts]]] = [
    (
        "El Senado aprobó la ley por 129 votos a favor y 125 en contra, con una abstención.",
        [(129, 125, 1)],
    ),
    ("La confirmación se produjo por 84 votos a favor y 15 en contra.", [(84, 15, None)]),
    ("El comité la respaldó por 21 votos frente a 3 en contra.", [(21, 3, None)]),
    (
        "La ley salió adelante con el voto favorable de 120 diputados, 30 en contra y 5 "
        "abstenciones.",
        [(120, 30, 5)],
    ),
    ("El Congreso rechazó la moción por 150 votos contra 180.", [(150, 180, None)]),
    ("El Senado aprobó la ley con una mayoría de 180 votos contra 170.", [(180, 170, None)]),
]

ITALIAN_EXAMPLES: list[tuple[str, list[Counts]]] = [
    ("Il consiglio ha approvato con 20 voti contro 9, e due astenuti.", [(20, 9, 2)]),
    (
        "La Camera ha approvato il testo con 197 voti favorevoli, 126 contrari e tre astenuti.",
        [(197, 126, 3)],
    ),
    ("Il Senato ha approvato la legge con 388 voti favorevoli e 57 contrari.", [(388, 57, None)]),
    ("Il consiglio ha votato con 30 voti a favore e 12 contrari.", [(30, 12, None)]),
    ("La Camera ha approvato con una maggioranza di 300 voti contro 200.", [(300, 200, None)]),
    ("Il decreto è stato approvato con 156 sì, 140 no e 2 astenuti.", [(156, 140, 2)]),
]


# Counts composed from the word classes: count, member noun, vote noun, polarity word;
# or joiner, count, member noun, abstention word.
COMPOSED_EXAMPLES: list[tuple[str, str, list[Counts]]] = [
    ("The measure carried with 30 senators in favour and 12 against.", "en", [(30, 12, None)]),
    ("The plan passed 9-3, with two members abstaining.", "en", [(9, 3, 2)]),
    ("Am Ende waren 45 Abgeordnete dafür und 12 Abgeordnete dagegen.", "de", [(45, 12, None)]),
    ("Le texte a été voté avec 40 députés pour et 11 députés contre.", "fr", [(40, 11, None)]),
    ("La moción salió con 18 concejales a favor y 7 concejales en contra.", "es", [(18, 7, None)]),
    ("La delibera è passata con 21 consiglieri favorevoli e 6 contrari.", "it", [(21, 6, None)]),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    COMPOSED_EXAMPLES,
    ids=[t[:40] for t, *_ in COMPOSED_EXAMPLES],
)
def test_composed_counts(text: str, language: str, expected: list[Counts]) -> None:
    assert _counts(text, language) == expected


def _ids(table: list[tuple[str, list[Counts]]]) -> list[str]:
    return [text[:40] for text, _ in table]


@pytest.mark.parametrize(("text", "expected"), ENGLISH_EXAMPLES, ids=_ids(ENGLISH_EXAMPLES))
def test_english(text: str, expected: list[Counts]) -> None:
    assert _counts(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), GERMAN_EXAMPLES, ids=_ids(GERMAN_EXAMPLES))
def test_german(text: str, expected: list[Counts]) -> None:
    assert _counts(text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), FRENCH_EXAMPLES, ids=_ids(FRENCH_EXAMPLES))
def test_french(text: str, expected: list[Counts]) -> None:
    assert _counts(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), SPANISH_EXAMPLES, ids=_ids(SPANISH_EXAMPLES))
def test_spanish(text: str, expected: list[Counts]) -> None:
    assert _counts(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), ITALIAN_EXAMPLES, ids=_ids(ITALIAN_EXAMPLES))
def test_italian(text: str, expected: list[Counts]) -> None:
    assert _counts(text, "it") == expected


def test_language_is_detected() -> None:
    text = "Der Bundestag hat das Gesetz am Freitag mit 412 zu 203 Stimmen beschlossen."
    assert _counts(text) == [(412, 203, None)]


# (text, language, yes, no, outcome): yes counts the votes for the proposal named.
POLARITY_EXAMPLES: list[tuple[str, str, int, int, str | None]] = [
    (
        "Delegates voted 1,272 to 525 against a proposal to merge the unions.",
        "en",
        525,
        1272,
        "failed",
    ),
    ("The commission voted four to one to reject the merger.", "en", 1, 4, "failed"),
    ("The council shelved on a 47 to 39 vote a plan to sell the depot.", "en", 39, 47, "failed"),
    (
        "Senators killed a plan to sell the park. The 55-to-44 vote ended a year of debate.",
        "en",
        44,
        55,
        "failed",
    ),
    ("The House voted 219 to 204 to lift the fee cap.", "en", 219, 204, "passed"),
    ("The amendment was rejected 60-38 on Wednesday.", "en", 38, 60, "failed"),
    ("The amendment was voted down 52-48 on Tuesday.", "en", 48, 52, "failed"),
    (
        "The override failed, 65-35, two votes short of the two-thirds needed.",
        "en",
        65,
        35,
        "failed",
    ),
    ("The claim was rejected in a 2-1 decision by the appeals court.", "en", 2, 1, None),
    (
        "The assembly's rejection of the governor's veto by 341 votes to 88 was swift.",
        "en",
        341,
        88,
        "passed",
    ),
    (
        "Mit einer Mehrheit von 88 zu 61 Stimmen lehnte der Landtag die Gebührenerhöhung ab.",
        "de",
        61,
        88,
        "failed",
    ),
    ("La Chambre a rejeté le texte par 301 voix contre 210.", "fr", 210, 301, "failed"),
    ("Il Senato ha respinto la mozione con 150 voti contro 98.", "it", 98, 150, "failed"),
]


@pytest.mark.parametrize(
    ("text", "language", "yes", "no", "outcome"),
    POLARITY_EXAMPLES,
    ids=[t[:40] for t, *_ in POLARITY_EXAMPLES],
)
def test_polarity_and_outcome(
    text: str, language: str, yes: int, no: int, outcome: str | None
) -> None:
    (vote,) = [v for v in find_votes(text, language=language) if v.yes is not None]
    assert (vote.yes, vote.no, vote.outcome) == (yes, no, outcome)


# (text, language, body)
BODY_EXAMPLES: list[tuple[str, str, str]] = [
    ("The Senate voted 52 to 48 to approve the treaty.", "en", "The Senate"),
    (
        "The House Ways and Means Committee voted 34-2 for the bill.",
        "en",
        "The House Ways and Means Committee",
    ),
    ("Parliament backed the plan by 320 votes to 211.", "en", "Parliament"),
    ("The board voted 7-2 to sell the plant.", "en", "The board"),
    ("The FCC voted 3-2 to scrap the ownership cap.", "en", "The FCC"),
    ("The bill was approved by the Judiciary Committee 11-10.", "en", "the Judiciary Committee"),
    ("The Supreme Court, in a 6-3 decision, struck down the rule.", "en", "The Supreme Court"),
    ("Das EU-Parlament verabschiedete den Plan mit 455 zu 160 Stimmen.", "de", "das EU-Parlament"),
    ("El Senado aprobó la ley por 60 votos a favor y 30 en contra.", "es", "El Senado"),
]


@pytest.mark.parametrize(
    ("text", "language", "body"), BODY_EXAMPLES, ids=[t[:40] for t, *_ in BODY_EXAMPLES]
)
def test_body(text: str, language: str, body: str) -> None:
    (vote,) = find_votes(text, language=language)
    assert vote.body is not None
    assert vote.body.casefold() == body.casefold()


# (text, language, outcome)
UNANIMOUS_EXAMPLES: list[tuple[str, str, str | None]] = [
    ("The board unanimously approved the merger on Friday.", "en", "passed"),
    ("The zoning commission voted unanimously to delay the hearing.", "en", "passed"),
    ("Union members unanimously rejected the company's latest offer.", "en", "failed"),
    ("The directors said the decision was unanimous.", "en", None),
    ("A unanimous Supreme Court ruled that the leases were valid.", "en", None),
    ("The assembly on Monday unanimously urged the governor to sign it.", "en", "passed"),
    ("Der Stadtrat hat den Haushalt einstimmig beschlossen.", "de", "passed"),
    (
        "Als der Kongress am Dienstag einstimmig die Immunität des Präsidenten aufhob, "
        "jubelten viele.",
        "de",
        None,
    ),
    ("Le conseil a adopté la résolution à l'unanimité.", "fr", "passed"),
    ("El pleno aprobó por unanimidad la moción.", "es", "passed"),
    ("Il consiglio comunale ha approvato all'unanimità il bilancio.", "it", "passed"),
    ("The appeals court unanimously upheld the conviction.", "en", None),
    ("The council unanimously named her chairwoman.", "en", "passed"),
    ("Die Delegierten haben ihn einstimmig wiedergewählt.", "de", "passed"),
    ("La asamblea la eligió por unanimidad como presidenta.", "es", None),
    ("Con voto unanime il consiglio ha deciso di chiudere.", "it", None),
]


@pytest.mark.parametrize(
    ("text", "language", "outcome"),
    UNANIMOUS_EXAMPLES,
    ids=[t[:40] for t, *_ in UNANIMOUS_EXAMPLES],
)
def test_unanimous(text: str, language: str, outcome: str | None) -> None:
    (vote,) = find_votes(text, language=language)
    assert vote.unanimous
    assert (vote.yes, vote.no) == (None, None)
    assert vote.outcome == outcome


# Text that must give no counted tally at all.
NOT_TALLIES: list[tuple[str, str]] = [
    # sports scores
    ("In Saturday's pool game, Canada defeated Japan 3-2.", "en"),
    ("Chelsea won 3-1 at home on Saturday.", "en"),
    ("She ousted the seventh seed 6-1 6-2 in the quarter-final.", "en"),
    ("The visitors suffered a 21-16 loss in Cardiff.", "en"),
    ("In the final game of the season the Harriers defeated the Kestrels 31-17.", "en"),
    ("After the vote she flies to Oslo for the 4-6 May talks.", "en"),
    ("He played a big role in the 2-1 series victory.", "en"),
    ("The league voted him player of the year after a 3-1 win.", "en"),
    ("Der HSV gewann am Mittwoch beim 3:2 gegen Bremen.", "de"),
    ("Die Mannschaft siegte 2:1 nach Verlängerung.", "de"),
    # ranges, dates, ages, fractions, model numbers
    ("The company expects a profit of 15-20 mln dlrs this year.", "en"),
    ("The program is open to children aged 5-11 across the county.", "en"),
    ("The panel, at its June 14-15 session, voted to leave rates alone.", "en"),
    ("Overnight rates were 4-7/8 to 5-1/8 pct at the close.", "en"),
    ("The shares gained 12-5/8 pct after the board approved the deal.", "en"),
    ("The airline's board approved the purchase of six 777-300 jets.", "en"),
    ("The carrier approved a deal to buy three MD 11-40 freighters.", "en"),
    ("Shareholders approved the plan by 15 to 20 pct margins.", "en"),
    ("The board voted a two-for-one stock split.", "en"),
    ("The company said it would drill 15 to 20 wells this year after the board approved it.", "en"),
    ("The Senate approved the 1987-88 budget on Friday.", "en"),
    ("The board approved Resolution 87-12 on zoning.", "en"),
    ("The board met on 3-12-87 and approved the plan.", "en"),
    ("The House passed H.R. 2-3 on Monday.", "en"),
    ("Se esperan de 15 a 20 votos en contra.", "es"),
    ("Il faudra de 15 à 20 voix pour adopter le texte.", "fr"),
    ("Servono da 5 a 10 voti in più.", "it"),
    # seat splits, ratios, market breadth
    ("Democrats hold a slim 52-48 majority in the Senate.", "en"),
    ("Democrats have a 12 to eight majority on the committee.", "en"),
    ("Falling stocks outnumbered rising ones by a three-one margin.", "en"),
    ("The party's members split 4 to 1 in favor of the plan.", "en"),
    ("Nurses turned down the hospital's pay offer by a 3 to 1 margin.", "en"),
    ("By better than a three-to-one ratio, those polled said they liked him.", "en"),
    ("The court has a reliable 5-to-4 conservative majority.", "en"),
    # polls and elections
    ("Clinton leads Trump 46-42 in the latest poll of likely voters.", "en"),
    ("The senator trails the governor 463 to 352 in delegates.", "en"),
    ("Delegates cast 42 votes for Smith and 18 against him.", "en"),
    (
        "The mayor led by 318,442 to 309,871 votes with every precinct counted, 1 percent.",
        "en",
    ),
    ("Smith defeated deputy leader Ann Roe by a vote of 309 to 224 to win the post.", "en"),
    ("A fresh survey finds a 58%-35% split on the question.", "en"),
    ("A poll found 51 percent in favour and 39 percent against the plan.", "en"),
    ("His 69-to-28 percent win was the widest in years.", "en"),
    ("Polls closed at 8 p.m.; the tally was 4,567 to 3,210.", "en"),
    ("Republicans hold a 54-46 edge in the Senate.", "en"),
    ("Bush beat Kerry 286-251 in the electoral college.", "en"),
    ("The Democrats, who control the chamber 235-199, pushed the bill.", "en"),
    # hypotheticals
    ("A 4-4 split among the justices would keep the lower judgment.", "en"),
    ("If the vote holds, it could end up 4-4.", "en"),
    ("The whip predicted the vote would be 66 to 34 in favor of the plan.", "en"),
    ("A 4-to-4 tie at the high court would have left the ruling in place.", "en"),
    ("The company expects 5-to-10 new stores and said the board approved the plan.", "en"),
    # other languages
    ("La candidata obtuvo 2.914.062 votos (31,4%) en la primera vuelta.", "es"),
    ("Ortega fue elegido con el 75% de los votos.", "es"),
    ("La réunion aura lieu du 10 au 12 mars, 15-20 personnes sont attendues.", "fr"),
    ("L'Inter ha battuto il Milan 2-1 nel derby.", "it"),
    ("76 Prozent der Wähler stimmten für, 24 Prozent gegen die Reform.", "de"),
]


@pytest.mark.parametrize(("text", "language"), NOT_TALLIES, ids=[t[:40] for t, _ in NOT_TALLIES])
def test_not_tallies(text: str, language: str) -> None:
    assert _counts(text, language) == []


NOT_UNANIMOUS: list[tuple[str, str]] = [
    ("Any change to the treaty must be approved unanimously by all members.", "en"),
    ("It will receive near-unanimous support, the senator predicted.", "en"),
    ("The ministers were unanimous in their worry about the dollar.", "en"),
    ("The decision was practically unanimous in the capital.", "en"),
    ("Die Entscheidung muss einstimmig erfolgen.", "de"),
    ("Hay un respaldo casi unánime entre los vecinos del barrio.", "es"),
]


@pytest.mark.parametrize(
    ("text", "language"), NOT_UNANIMOUS, ids=[t[:40] for t, _ in NOT_UNANIMOUS]
)
def test_not_unanimous(text: str, language: str) -> None:
    assert find_votes(text, language=language) == ()


KNOWN_MISSES: list[tuple[str, str, list[Counts]]] = [
    # Only the yes count is in the sentence; the no count follows later.
    (
        "Mit 27 von 35 Stimmen wurde der Beschluss gefasst. Drei stimmten dagegen.",
        "de",
        [(27, 3, None)],
    ),
]

# A share of the members ("N of the M members voted for"): the counts that follow fill
# in the other sides; when only the abstentions are stated (maybe in the next sentence),
# the rest of the members are the other side.  A share alone is no tally (members may
# have been away).
SHARE_EXAMPLES: list[tuple[str, str, list[Counts]]] = [
    ("Of the 300 deputies, 178 voted for the referendum, 15 abstaining.", "en", [(178, 107, 15)]),
    ("Of the 300 deputies, 178 voted for the referendum.", "en", []),
    ("Seven of the nine commissioners voted to ban the sale.", "en", []),
    ("Seven of the nine commissioners voted to ban the sale, two against.", "en", [(7, 2, None)]),
    (
        "Six of the 11 directors voted against the merger, three for and two abstained.",
        "en",
        [(3, 6, 2)],
    ),
    (
        "Für die Vorlage stimmten nach kurzer Aussprache 40 der 61 Räte, 21 dagegen.",
        "de",
        [(40, 21, None)],
    ),
    (
        "Dagegen votierten am Ende 12 der 30 Delegierten. Es gab vier Enthaltungen.",
        "de",
        [(14, 12, 4)],
    ),
    ("Trente des 45 conseillers ont voté pour le projet, 12 contre.", "fr", [(30, 12, None)]),
    ("Veinte de los 31 concejales votaron a favor, 9 en contra.", "es", [(20, 9, None)]),
    ("Otto dei 12 consiglieri hanno votato contro, quattro a favore.", "it", [(4, 8, None)]),
    (
        "The council adopted the resolution 10-0. There were five abstentions.",
        "en",
        [(10, 0, 5)],
    ),
    (
        "Der Rat billigte den Text mit 12 zu 0 Stimmen. Es gab drei Enthaltungen.",
        "de",
        [(12, 0, 3)],
    ),
    ("Nueve de los 15 vocales votaron a favor. Hubo dos abstenciones.", "es", [(9, 4, 2)]),
]

# Not a share voting: a verb in a relative clause (it tells of the whole), a participle,
# an English verb before the share (English puts the subject first).
NOT_SHARES: list[tuple[str, str]] = [
    ("Two of the five delegates who voted for the motion later resigned.", "en"),
    ("Six of the ten projects approved last year were finished.", "en"),
    ("The mayor backed the builders in two out of three disputes.", "en"),
]


@pytest.mark.parametrize(
    ("text", "language", "expected"), SHARE_EXAMPLES, ids=[t[:40] for t, *_ in SHARE_EXAMPLES]
)
def test_share_of_members(text: str, language: str, expected: list[Counts]) -> None:
    assert _counts(text, language) == expected


@pytest.mark.parametrize(("text", "language"), NOT_SHARES, ids=[t[:40] for t, _ in NOT_SHARES])
def test_not_shares(text: str, language: str) -> None:
    assert _counts(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in KNOWN_MISSES],
    ids=[t[:40] for t, *_ in KNOWN_MISSES],
)
def test_known_misses(text: str, language: str, expected: list[Counts]) -> None:
    assert _counts(text, language) == expected


def test_spans_and_values() -> None:
    text = "WASHINGTON - The Senate voted 52 to 48 on Tuesday to approve the treaty."
    (vote,) = find_votes(text)
    assert vote.span.slice(text) == "voted 52 to 48"
    assert attrs.asdict(vote)["yes"] == 52
    assert isinstance(vote, VoteTally)


def test_results_in_reading_order() -> None:
    text = (
        "The Senate passed the bill 60-40. The House board unanimously approved it. "
        "The House then voted 300-120 to send it on."
    )
    votes = find_votes(text)
    assert [v.span.start for v in votes] == sorted(v.span.start for v in votes)
    assert [(v.yes, v.unanimous) for v in votes] == [(60, False), (None, True), (300, False)]


@pytest.mark.parametrize(
    ("text", "unanimous"),
    [
        ("The Senate voted unanimously, 88 to 0, to demand an inquiry.", True),
        ("The council voted 9-0 in a unanimous decision.", True),
        ("The Senate voted 88 to 0 to demand an inquiry.", False),
        ("The bill passed 90-1, nearly unanimously.", False),
    ],
    ids=["adverb-before", "adjective-after", "no-word", "one-against"],
)
def test_counted_unanimous(text: str, unanimous: bool) -> None:
    tallies = [v for v in find_votes(text) if v.yes is not None]
    assert [v.unanimous for v in tallies] == [unanimous]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was 61 to 38, with three senators absent.", (61, 38, None, 3)),
        ("The Senate voted 52-46, with two not voting.", (52, 46, None, 2)),
        ("The council voted 13-0 with two abstentions and one absent.", (13, 0, 2, 1)),
    ],
    ids=["senators-absent", "not-voting", "abstentions-and-absent"],
)
def test_absent(text: str, expected: tuple[int, int, int | None, int]) -> None:
    (v,) = find_votes(text, language="en")
    assert (v.yes, v.no, v.abstain, v.absent) == expected


def test_hard_wrapped_wire_copy() -> None:
    text = (
        "SENATE BACKS TRADE BILL\n"
        "WASHINGTON, March 4 - The Senate voted 71\n"
        "to 27 to approve a two-year extension of the program.\n"
        " Reuter\n"
    )
    assert _counts(text) == [(71, 27, None)]


@pytest.mark.parametrize(
    ("token", "language", "value"),
    [
        ("41,806,223", "en", 41806223),
        ("1.024", "de", 1024),
        ("331\u202f000", "fr", 331000),
        ("NINE", "en", 9),
        ("twenty-one", "en", 21),
        ("einundzwanzig", "de", 21),
        ("vingt et un", "fr", 21),
        ("veintiuno", "es", 21),
        ("ventotto", "it", 28),
        ("zwölf", "de", 12),
        ("dieciséis", "es", 16),
        ("tre", "it", 3),
        ("many", "en", None),
    ],
)
def test_number_value(token: str, language: str, value: int | None) -> None:
    assert number_value(token, language) == value


@pytest.mark.parametrize(
    ("language", "symbol"), [("en", ","), ("de", "."), ("fr", "\u202f"), ("es", "."), ("it", ".")]
)
def test_group_separator_from_babel(language: str, symbol: str) -> None:
    assert group_separators(language)[0] == symbol


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError):
        find_votes(b"The Senate voted 52 to 48.")  # type: ignore[arg-type]


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        find_votes("The Senate voted 52 to 48.", language="nl")


# Adversarial input: each must finish promptly (linear patterns, bounded windows).
ADVERSARIAL = [
    pytest.param("1-" * 500_000, id="digits-and-dashes"),
    pytest.param("vote 12-" * 125_000, id="vote-and-digits"),
    pytest.param("voted nine to " * 75_000, id="spelled-chain"),
    pytest.param("12 in favour, " * 75_000, id="labelled-chain"),
    pytest.param("unanimously " * 85_000, id="unanimous"),
    pytest.param('"' * 10_000 + " vote 3-2 " * 90_000, id="quotes"),
    pytest.param("x" * 1_000_000, id="no-newline"),
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_input_finishes(text: str) -> None:
    for vote in find_votes(text, language="en"):
        assert 0 <= vote.span.start <= vote.span.end <= len(text)


VOTE_WORDS = st.sampled_from(
    [
        "voted",
        " vote ",
        "to",
        "-",
        "–",
        "in favour",
        "against",
        "abstentions",
        "unanimously",
        "Stimmen",
        "zu",
        "voix",
        "contre",
        "votos",
        "a favor",
        "voti",
        "nine",
        "one",
        "12",
        "3",
        "1,024",
        ",",
        ".",
        " ",
        "\n",
        "Senate",
        "court",
        "decision",
        "rejected",
        "passed",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text(text: str) -> None:
    first = find_votes(text)
    assert first == find_votes(text)
    for vote in first:
        assert 0 <= vote.span.start <= vote.span.end <= len(text)
        assert vote.span.slice(text) == text[vote.span.start : vote.span.end]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(VOTE_WORDS, max_size=40).map("".join), st.sampled_from(["en", "de", "fr", "es", "it"])
)
def test_vote_like_text(text: str, language: str) -> None:
    votes = find_votes(text, language=language)
    assert votes == find_votes(text, language=language)
    for vote in votes:
        assert 0 <= vote.span.start < vote.span.end <= len(text)
        if vote.yes is not None:
            assert vote.no is not None
            assert vote.yes >= 0
            assert vote.no >= 0
        if vote.body_span is not None:
            assert vote.body == vote.body_span.slice(text)


# The body exactly as written, with its span; it never reaches back across a line break
# (a credit or headline line above the sentence).
BODY_SPAN_EXAMPLES: list[tuple[str, str]] = [
    ("The  Senate voted 52-48 to confirm her.", "The  Senate"),
    ("The House Ways and\nMeans Committee voted 30-9 for it.", "Means Committee"),
    ("Photo: Lee Park/Reuters\nThe Assembly voted 41-30 to adopt it.", "The Assembly"),
    ("WIRE PHOTO\nCouncil members voted 6-3 to close the pool.", "Council members"),
    ("Der Landtag hat das Gesetz mit 80 zu 61 Stimmen beschlossen.", "Der Landtag"),
]


@pytest.mark.parametrize(
    ("text", "body"), BODY_SPAN_EXAMPLES, ids=[t[:30] for t, _ in BODY_SPAN_EXAMPLES]
)
def test_body_span(text: str, body: str) -> None:
    (vote,) = find_votes(text)
    assert vote.body == body
    assert vote.body_span is not None
    assert text[vote.body_span.start : vote.body_span.end] == vote.body


@pytest.mark.parametrize("text", ["The vote was 61 to 38.", "Voted 3-2, the plan stands."])
def test_no_body(text: str) -> None:
    (vote,) = find_votes(text, language="en")
    assert (vote.body, vote.body_span) == (None, None)
