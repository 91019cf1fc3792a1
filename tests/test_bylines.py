"""Tests for newsdoc.bylines.

Every byline, trailer and story snippet below was written by us for these tests: the
names are invented and the sentences are fictional but follow the forms found in wire
copy (AP, Reuters, dpa, AFP, EFE), US newspapers and Austrian agency tags.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc import Byline, Person, Span, find_bylines, parse_byline

Case = tuple[str, tuple[str, ...], tuple[str, ...]]


def names_and_orgs(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found = find_bylines(text)
    names = tuple(p.name for b in found for p in b.people)
    orgs = tuple(o for b in found for o in b.organizations)
    return names, orgs


# (text, people in display form, organisations)
AP_EXAMPLES: list[Case] = [
    (
        "By John Smith and Jane Doe, Associated Press",
        ("John Smith", "Jane Doe"),
        ("Associated Press",),
    ),
    ("By JOHN SMITH, AP Political Writer", ("John Smith",), ("Associated Press",)),
    (
        "FLOODS CLOSE ROADS\nBy GARY MILLS=\nAP Sports Writer=\nLEEDS, England (AP) _ Water rose.",
        ("Gary Mills",),
        ("Associated Press",),
    ),
    ("BY PAUL RENNER AND ALICE DORN", ("Paul Renner", "Alice Dorn"), ()),
    ("By MARIA GARCIA-LOPEZ\nAssociated Press", ("Maria Garcia-Lopez",), ("Associated Press",)),
    ("By TYLER G. JANSSEN, The Associated Press", ("Tyler G. Janssen",), ("Associated Press",)),
    (
        "By Tim Kowalski, The San Diego Union-Tribune",
        ("Tim Kowalski",),
        ("The San Diego Union-Tribune",),
    ),
    ("By Ann Lee & Bo Park, USA TODAY", ("Ann Lee", "Bo Park"), ("USA Today",)),
    ("By Ann Lee, Newsday", ("Ann Lee",), ("Newsday",)),
    ("BYLINE: Carla Voss.\n\nThe senator spoke.", ("Carla Voss",), ()),
    ("Posted by Frank Molnar on 3 Oct 2016\n\nThe rally began.", ("Frank Molnar",), ()),
    ("Vote set\n\nBy Julie Pace | AP\n\nText.", ("Julie Pace",), ("Associated Press",)),
    (
        "Vote set\nBy Ann Lee, Associated Press | Updated 3:12 p.m.\nText.",
        ("Ann Lee",),
        ("Associated Press",),
    ),
]

REUTERS_EXAMPLES: list[Case] = [
    (
        "COFFEE TALKS STALL\nBy Nina Cole and Gert Lindholm, Reuters\nLONDON, March 3 - Talks",
        ("Nina Cole", "Gert Lindholm"),
        ("Reuters",),
    ),
    (
        "BANK SEEN CUTTING RATES\nBy Brett Schaller Reuters\nTOKYO, May 2 - The bank",
        ("Brett Schaller",),
        ("Reuters",),
    ),
    (
        "OIL OUTPUT FALLS\nBy Alice Dorn, Reuter\nNEW YORK, June 4 - Output",
        ("Alice Dorn",),
        ("Reuters",),
    ),
    (
        "GRAIN EXPORTS UP\nby kevin grange, Reuters\nCHICAGO, April 9 - Exports",
        ("Kevin Grange",),
        ("Reuters",),
    ),
    (
        "TIN PACT NEARS\nBY SAM O'NEILL, REUTERS\nKUALA LUMPUR, March 9 - A pact",
        ("Sam O'Neill",),
        ("Reuters",),
    ),
    (
        "YEN FIRMS\nBy Lim Chee Wah, Reuters.\nSINGAPORE, March 9 - The yen",
        ("Lim Chee Wah",),
        ("Reuters",),
    ),
    ("SHIP ORDERS RISE\nBy Hugo Marsh\nOSLO, March 9 - Orders", ("Hugo Marsh",), ()),
]

DESK_EXAMPLES: list[Case] = [
    ("From Reuters\n\nThe ministers met.", (), ("Reuters",)),
    ("—Associated Press", (), ("Associated Press",)),
    (
        "The ministers met.\n\nThe Associated Press contributed to this report.",
        (),
        ("Associated Press",),
    ),
    (
        "The ministers met.\n\nAssociated Press writer Jane Doe in Ankara contributed to this"
        " report.",
        ("Jane Doe",),
        ("Associated Press",),
    ),
    ("Compiled by Hana Ito and Lars Berg", ("Hana Ito", "Lars Berg"), ()),
    (
        "The vote is on Friday.\n\nContributing: Bob Ray and Lia Chen, USA TODAY.",
        ("Bob Ray", "Lia Chen"),
        ("USA Today",),
    ),
    (
        "The vote is on Friday.\n\nContributing: Ada Pine, Medill News Service.",
        ("Ada Pine",),
        ("Medill News Service",),
    ),
    ("The vote is on Friday.\n\nLina Moss contributed reporting from Denver.", ("Lina Moss",), ()),
    (
        "The vote is on Friday.\n\nRoy Hart and Eva Lund contributed to this story.",
        ("Roy Hart", "Eva Lund"),
        (),
    ),
    ("The vote is on Friday.\n\nBrandt reported from Boston.", ("Brandt",), ()),
    (
        "The vote is on Friday.\n\nHale reported from Fresno, Calif.; Novak, from Denver.",
        ("Hale", "Novak"),
        (),
    ),
    ("The vote is on Friday.\n\n- Elise Marten.", ("Elise Marten",), ()),
    ("The vote is on Friday.\n\n— White House Correspondent Jo Pike.", ("Jo Pike",), ()),
    ("The vote is on Friday.\n\n- Reuters.", (), ("Reuters",)),
    ("The vote is on Friday.\n\nTranslated by Karim Haddad.", ("Karim Haddad",), ()),
    ("The vote is on Friday.\n\n--additional reporting by Linh Vo.", ("Linh Vo",), ()),
    (
        "Intro line.\n\nAs Written By Al Penn for Daily Caller:\n\nText.",
        ("Al Penn",),
        ("The Daily Caller",),
    ),
    (
        "Text.\n\nThe Washington Post's Jane Roe contributed to this report.",
        ("Jane Roe",),
        ("The Washington Post",),
    ),
    (
        "Text.\n\nJane Roe and Bo Ek of The New York Times contributed reporting.",
        ("Jane Roe", "Bo Ek"),
        ("The New York Times",),
    ),
    (
        "Text.\n\nAP writers Ken Tan and Julie Park contributed.",
        ("Ken Tan", "Julie Park"),
        ("Associated Press",),
    ),
]

TRAILER_EXAMPLES: list[Case] = [
    (
        "The ministers met.\n(Reporting by Omar Haddad in Tripoli and\nSelin Kaya in Ankara;"
        " Additional reporting by Ivo Marek; Writing by Yara Stone; Editing by Peter Lang\nand"
        " Rob Pullman)",
        ("Omar Haddad", "Selin Kaya", "Ivo Marek", "Yara Stone", "Peter Lang", "Rob Pullman"),
        (),
    ),
    (
        "Prices rose. (Reporting by Amy Holt in Washington; Editing by Eric Barnes.)",
        ("Amy Holt", "Eric Barnes"),
        (),
    ),
    (
        "Prices rose.\n\n(Additional reporting by Ken Ota, Mia Sato and Lee Chyen Ho in Singapore"
        " and Ben Wu in Beijing; Editing by Raj Pillai and Lin Fay.)",
        ("Ken Ota", "Mia Sato", "Lee Chyen Ho", "Ben Wu", "Raj Pillai", "Lin Fay"),
        (),
    ),
    (
        "Prices rose.\n\n(Reporting by Jane Roe; Editing by Bo Ek; To read more, click here)",
        ("Jane Roe", "Bo Ek"),
        (),
    ),
    (
        "Prices rose.\n\n(Reporting by Tom Reyes in West Palm Beach, Florida; Editing by Jo Hale)",
        ("Tom Reyes", "Jo Hale"),
        (),
    ),
]

GERMAN_EXAMPLES: list[Case] = [
    ("Von Anna Berger, dpa", ("Anna Berger",), ("dpa",)),
    ("Von Anna Berger und Max Roth", ("Anna Berger", "Max Roth"), ()),
    ("Titel\nvon Andreas Weber – http://www.example.org\n\nText.", ("Andreas Weber",), ()),
    ("Das Spiel endete torlos. (APA, 1.2.2015)", (), ("APA",)),
    ("Das Spiel endete torlos. (red, 3.4.2016)", (), ("red",)),
    ("Das Spiel endete torlos. (APA/dpa, 23.8.2015)", (), ("APA", "dpa")),
    ("Das Spiel endete torlos. (APA, sid – 1.3. 2016)", (), ("APA", "sid")),
    ("Der Zug fuhr ab. (Markus Brandl aus Athen, 18.12.2015)", ("Markus Brandl",), ()),
    ("Der Zug fuhr ab. (Karin Moser, Eva Gruber, 8.5.2016)", ("Karin Moser", "Eva Gruber"), ()),
    ("Der Zug fuhr ab. (gpi, 10.11.2015)", ("gpi",), ()),
    ("Der Zug fuhr ab. (mab, red, APA, Reuters, 28.6.2015)", ("mab",), ("red", "APA", "Reuters")),
    (
        "Der Zug fuhr ab. (Text: Lena Hofer, Video: Jan von Berg, 1.10.2015)",
        ("Lena Hofer", "Jan von Berg"),
        (),
    ),
    ("Der Zug ist am Montag in Wien abgefahren und kam nie an. (fsc)", ("fsc",), ()),
    ("Der Zug fuhr ab. (Renate Huber, 23.11.2015", ("Renate Huber",), ()),
    ("Der Zug fuhr ab. (Mag. Anna Berg, 12.3.2016)", ("Anna Berg",), ()),
    ("Der Zug fuhr ab. (APA, 12.3.2016, aktualisiert um 14.00 Uhr)", (), ("APA",)),
    ("Der Zug fuhr ab. (Anna Berg/dpa, 12.3.2016)", ("Anna Berg",), ("dpa",)),
    ("Der Zug fuhr ab. (Interview: Anna Berg, 12.3.2016)", ("Anna Berg",), ()),
]

OTHER_LANGUAGE_EXAMPLES: list[Case] = [
    ("Par Jean Durand (AFP)", ("Jean Durand",), ("AFP",)),
    ("Par Jean Durand et Marie Leclerc, AFP", ("Jean Durand", "Marie Leclerc"), ("AFP",)),
    ("Por Marta Lozano, EFE", ("Marta Lozano",), ("EFE",)),
    ("Por Marta Lozano y Pedro Gil", ("Marta Lozano", "Pedro Gil"), ()),
    ("di Mario Russo", ("Mario Russo",), ()),
    ("di Mario Russo e Lucia Bianchi", ("Mario Russo", "Lucia Bianchi"), ()),
]

NAME_EXAMPLES: list[Case] = [
    ("By KEVIN McDONALD and SEAN O'BRIEN", ("Kevin McDonald", "Sean O'Brien"), ()),
    ("BY TED D'AFFLISIO, REUTERS", ("Ted D'Afflisio",), ("Reuters",)),
    ("By TED d'AFFLISIO, Reuters", ("Ted D'Afflisio",), ("Reuters",)),
    ("BY JEAN-PIERRE DE LA FONTAINE", ("Jean-Pierre de la Fontaine",), ()),
    ("BY PIETER VAN DER BERG", ("Pieter van der Berg",), ()),
    ("By Tyler G. Janssen Jr., Staff Writer", ("Tyler G. Janssen Jr.",), ()),
    ("By ROBERT HALE III", ("Robert Hale III",), ()),
    ("By Solange De Santis", ("Solange De Santis",), ()),
    ("By Chen Chien-kuo, Reuters", ("Chen Chien-kuo",), ("Reuters",)),
    ("By RITA MACLEAN", ("Rita Maclean",), ()),
    ("By Ajoy Sen, Reuters", ("Ajoy Sen",), ("Reuters",)),
    ("By Per Isaksson", ("Per Isaksson",), ()),
    ("By Roger May, Reuters", ("Roger May",), ("Reuters",)),
    ("By Will Dunn", ("Will Dunn",), ()),
]

NOT_BYLINES: list[str] = [
    "By 2025, the plan will be law.",
    "By playing games, children learn.",
    "By contrast, prices fell.",
    "By the way, nobody came.",
    "The plan was told by officials to be dead.",
    "By Monday morning, the polls had closed.",
    "By Sen. Hall's count, 40 votes were cast.",
    "RATES RISE\nThe deal was backed\nby Dudley Hart.\nNEW YORK, May 1 - More.",
    "BONDS\nThe notes are redeemable at\npar plus accrued interest.",
    "The films are being\nproduced by Sandy Hale.\n",
    "He said Republicans contributed.",
    "Many donors contributed to this campaign.",
    "The board is led by Central Bank of the South Inc.",
    '"We will win and we will win big."\n\n- Bernie Lang.',
    "Results:\n\n- Sales up in Europe",
    "Photo by Ann Lee/Getty Images",
    "Die Partei (SPÖ) hat gewonnen. (7.8.2015)",
    "BBC News reports that the minister resigned.",
    "Der Film (lacht) gefiel allen. Er war lang.",
    "Ende der Geschichte. (Wien, 12.3.2016)",
    "Ende der Geschichte. (SPÖ, 12.3.2016)",
    "Sales by region:\n\nBy Major Product Group",
]

ALL_CASES = [
    *[pytest.param(*c, id=f"ap-{i}") for i, c in enumerate(AP_EXAMPLES)],
    *[pytest.param(*c, id=f"reuters-{i}") for i, c in enumerate(REUTERS_EXAMPLES)],
    *[pytest.param(*c, id=f"desk-{i}") for i, c in enumerate(DESK_EXAMPLES)],
    *[pytest.param(*c, id=f"trailer-{i}") for i, c in enumerate(TRAILER_EXAMPLES)],
    *[pytest.param(*c, id=f"german-{i}") for i, c in enumerate(GERMAN_EXAMPLES)],
    *[pytest.param(*c, id=f"other-{i}") for i, c in enumerate(OTHER_LANGUAGE_EXAMPLES)],
    *[pytest.param(*c, id=f"name-{i}") for i, c in enumerate(NAME_EXAMPLES)],
]


@pytest.mark.parametrize(("text", "people", "orgs"), ALL_CASES)
def test_people_and_organizations(
    text: str, people: tuple[str, ...], orgs: tuple[str, ...]
) -> None:
    assert names_and_orgs(text) == (people, orgs)


@pytest.mark.parametrize("text", NOT_BYLINES, ids=[f"not-{i}" for i in range(len(NOT_BYLINES))])
def test_not_a_byline(text: str) -> None:
    assert names_and_orgs(text) == ((), ())


XFAIL: list[Case] = [
    # An outlet name with brackets inside is not read.
    ("Text.\n\nContributing: Herb Long, The (Bergen County, N.J.) Record", ("Herb Long",), ()),
    # Undated editor codes in the middle of the text are left alone.
    ("Der Zug fuhr ab. (tberg) Danach kam die Tabelle mit Werten.", ("tberg",), ()),
    # A title alone names nobody, so no byline is returned.
    ("By Staff Reporter", (), ()),
]


@pytest.mark.parametrize(
    ("text", "people", "orgs"),
    [
        pytest.param(*c, id=f"xfail-{i}", marks=pytest.mark.xfail(strict=True))
        for i, c in enumerate(XFAIL)
    ],
)
def test_known_misses(text: str, people: tuple[str, ...], orgs: tuple[str, ...]) -> None:
    found = find_bylines(text)
    assert found
    assert names_and_orgs(text) == (people, orgs)


# ------------------------------------------------------------- roles, titles, places


def test_reuters_trailer_roles_and_locations() -> None:
    text = (
        "Talks ended.\n\n(Reporting by Omar Haddad in Tripoli and Selin Kaya in Ankara;"
        " Writing by Yara Stone; Editing by Peter Lang)"
    )
    [trailer] = find_bylines(text)
    assert trailer.position == "tail"
    assert [(p.name, p.role, p.location) for p in trailer.people] == [
        ("Omar Haddad", "reporting", "in Tripoli"),
        ("Selin Kaya", "reporting", "in Ankara"),
        ("Yara Stone", "writing", None),
        ("Peter Lang", "editing", None),
    ]


def test_location_spreads_over_a_group() -> None:
    text = "Talks ended.\n\n(Reporting by Ken Ota and Mia Sato in Seoul; Editing by Lin Fay)"
    [trailer] = find_bylines(text)
    assert [p.location for p in trailer.people] == ["in Seoul", "in Seoul", None]


PLACE_EXAMPLES = [
    (
        "Reporting was contributed by Jane Roe from Paris and Bo Ek from Berlin.",
        [("Jane Roe", "from Paris"), ("Bo Ek", "from Berlin")],
    ),
    (
        "Jane Roe contributed reporting from Paris, and Bo Ek from Berlin.",
        [("Jane Roe", "from Paris"), ("Bo Ek", "from Berlin")],
    ),
    (
        "Jane Roe reported from Des Moines and Bo Ek reported from Washington.",
        [("Jane Roe", "from Des Moines"), ("Bo Ek", "from Washington")],
    ),
    (
        "Jane Roe reported from Des Moines, Iowa, and Bo Ek from Washington.",
        [("Jane Roe", "from Des Moines, Iowa"), ("Bo Ek", "from Washington")],
    ),
    (
        "Kathleen Rowe contributed reporting from Concord, New Hampshire.",
        [("Kathleen Rowe", "from Concord, New Hampshire")],
    ),
    (
        "Contributing: Jane Roe in Washington; Bo Ek in Chicago.",
        [("Jane Roe", "in Washington"), ("Bo Ek", "in Chicago")],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), PLACE_EXAMPLES, ids=[f"place-{i}" for i in range(len(PLACE_EXAMPLES))]
)
def test_reporters_and_places(sentence: str, expected: list[tuple[str, str]]) -> None:
    [b] = find_bylines("The count went on all night.\n\n" + sentence)
    assert [(p.name, p.location) for p in b.people] == expected


def test_place_keeps_its_abbreviation_dot() -> None:
    [b] = find_bylines("Text.\n\nHale reported from Fresno, Calif.; Novak, from Denver.")
    assert [p.location for p in b.people] == ["from Fresno, Calif.", "from Denver"]


def test_title_and_its_agency() -> None:
    b = parse_byline("By JOHN SMITH, AP Political Writer")
    assert b is not None
    assert b.people[0].title == "AP Political Writer"
    assert b.organizations == ("Associated Press",)


def test_anpa_title_line_is_absorbed() -> None:
    text = "FINAL SET\nBy GARY MILLS=\nAP Sports Writer=\nLEEDS (AP) _ Rain."
    [b] = find_bylines(text)
    assert b.people[0].title == "AP Sports Writer"
    assert b.span.slice(text) == "By GARY MILLS=\nAP Sports Writer"


def test_contributor_title_role_and_place() -> None:
    text = "Text.\n\nAssociated Press writer Jane Doe in Ankara contributed to this report."
    [b] = find_bylines(text)
    person = b.people[0]
    assert (person.role, person.title, person.location) == (
        "contributing",
        "Associated Press writer",
        "in Ankara",
    )


def test_desk_credit() -> None:
    for text, desk in (("With Wires", "wires"), ("Staff and agencies", "staff and agencies")):
        b = parse_byline(text)
        assert b is not None
        assert (b.people, b.organizations, b.desk) == ((), (), desk)


def test_german_tag_role() -> None:
    [b] = find_bylines("Ende. (Text: Lena Hofer, Video: Jan von Berg, 1.10.2015)")
    assert [(p.name, p.role) for p in b.people] == [
        ("Lena Hofer", "writing"),
        ("Jan von Berg", "video"),
    ]


def test_head_and_tail_positions() -> None:
    text = "TITLE\nBy Ann Lee, Reuters\nPARIS, May 1 - Text.\n\n(Editing by Bo Park)"
    assert [b.position for b in find_bylines(text)] == ["head", "tail"]


def test_person_span_points_at_the_name_as_written() -> None:
    text = "HEADLINE\nBY SEAN O'BRIEN, REUTERS\nDUBLIN - Text."
    [b] = find_bylines(text)
    assert b.people[0].span.slice(text) == "SEAN O'BRIEN"
    assert b.people[0].name == "Sean O'Brien"


def test_language_argument_is_checked() -> None:
    with pytest.raises(ValueError, match="unsupported language"):
        find_bylines("By Ann Lee", language="nl")
    assert parse_byline("Von Anna Berger, dpa", language="de") is not None


def test_parse_byline_returns_none_for_prose() -> None:
    assert parse_byline("The minister resigned on Monday.") is None


def test_value_objects() -> None:
    person = Person(name="Ann Lee", span=Span(start=3, end=10))
    byline = Byline(span=Span(start=0, end=10), people=(person,))
    assert byline.position == "head"
    assert byline.desk is None
    assert person.role is None


@pytest.mark.parametrize("bad", [None, b"By Ann Lee", 42])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        find_bylines(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_byline(bad)  # type: ignore[arg-type]


# ------------------------------------------------------------- properties and adversarial input


def check_spans(text: str, found: tuple[Byline, ...]) -> None:
    for b in found:
        assert 0 <= b.span.start <= b.span.end <= len(text)
        assert b.people or b.organizations or b.desk
        for p in b.people:
            assert b.span.contains(p.span)
            assert p.name
    spans = [b.span for b in found]
    assert spans == sorted(spans)
    assert all(not a.overlaps(b) for a, b in itertools.pairwise(spans))


BYLINE_ALPHABET = st.sampled_from(
    [
        "By ",
        "by ",
        "Von ",
        "(",
        ")",
        ", ",
        " and ",
        "\n",
        "\n\n",
        "- ",
        "Reuters",
        "AP",
        "APA",
        "Ann",
        "LEE",
        "o'brien",
        "Mc",
        " in ",
        "Tripoli",
        "; ",
        "Editing by ",
        "Reporting by ",
        "contributed.",
        " reported from ",
        "1.2.2015",
        "red",
        "“",
        "”",
        ".",
        " ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text(text: str) -> None:
    found = find_bylines(text)
    check_spans(text, found)
    assert find_bylines(text) == found
    parse_byline(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(BYLINE_ALPHABET, max_size=40).map("".join))
def test_byline_like_text(text: str) -> None:
    found = find_bylines(text)
    check_spans(text, found)
    assert find_bylines(text) == found


ADVERSARIAL = {
    "no-newline": "By Ann Lee " + "a" * 1_000_000,
    "quotes": "“" * 10_000 + '"' * 10_000 + "x" * 980_000,
    "digits-dashes": "1-2–3" * 200_000,
    "brackets": "(" * 500_000 + "(APA, " * 80_000,
    "newlines": "\n" * 500_000 + "- Ann Lee\n" * 50_000,
    "many-blank-lines": "\n" * 5_000_000,
    "signature-per-paragraph": "Text.\n\n- Ann Lee\n\n" * 50_000,
    "tag-per-sentence": "Es regnet. (APA, 1.2.2015) " * 40_000,
}


def test_many_blank_lines_then_a_signature() -> None:
    # A run of millions of blank lines is skipped in one step, with bounded memory.
    text = "Text.\n" + "\n" * 2_000_000 + "- Ann Lee\n"
    [found] = find_bylines(text)
    assert [p.name for p in found.people] == ["Ann Lee"]
    assert found.span.slice(text) == "- Ann Lee"


def test_a_run_of_dashed_lines_is_a_list_not_signatures() -> None:
    text = "Text.\n\n- Ann Lee\n\n- Bo Ek\n\n- Cy Twombly\n"
    assert [b.people[0].name for b in find_bylines(text)] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("line", "orgs"),
    [
        pytest.param("By EPA-EFE/Reuter", ("EPA", "Reuters"), id="photo-and-wire-slashed"),
        pytest.param("By The Associated Press", ("Associated Press",), id="agency-alone"),
        pytest.param("By AP/dpa", ("Associated Press", "dpa"), id="two-wires-slashed"),
        pytest.param("Von APA", ("APA",), id="german-agency-alone"),
    ],
)
def test_agency_only_byline_gives_organizations_and_no_people(
    line: str, orgs: tuple[str, ...]
) -> None:
    [found] = find_bylines(line + "\n\nThe story goes on.")
    assert found.people == ()
    assert found.organizations == orgs


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_adversarial_find_bylines(text: str) -> None:
    check_spans(text, find_bylines(text))


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=list(ADVERSARIAL))
def test_adversarial_parse_byline(text: str) -> None:
    parse_byline(text)
