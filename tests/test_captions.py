"""Tests for newsdoc.captions.

Every caption, credit and story sentence here was written by us for these tests:
the names, places and events are fictional, modelled on the layouts that news
sites and wire services use (AP, Reuters, AFP/Getty, EPA, BBC furniture, German
and French credits).  No case is taken from an evaluation corpus.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import Caption, Credit, Span, find_captions, parse_credit

# (credit as written, photographers, agencies, file_photo, handout, pool)
CreditCase = tuple[str, tuple[str, ...], tuple[str, ...], bool, bool, bool]

AP_EXAMPLES: list[CreditCase] = [
    ("(AP Photo/Dana Reyes)", ("Dana Reyes",), ("AP",), False, False, False),
    ("(AP Photo/Luis Ortega, File)", ("Luis Ortega",), ("AP",), True, False, False),
    ("(Jane Doe/The Union via AP)", ("Jane Doe",), ("The Union", "AP"), False, False, False),
    ("AP Photo/File", (), ("AP",), True, False, False),
    ("(AP Photo/Dana Reyes) AP Photo/Dana Reyes", ("Dana Reyes",), ("AP",), False, False, False),
    ("(AP Photo/J. Scott Ferris)", ("J. Scott Ferris",), ("AP",), False, False, False),
    ("(AP Photo/Tom Wills, Pool)", ("Tom Wills",), ("AP",), False, False, True),
    ("(AP)", (), ("AP",), False, False, False),
    ("Olga Berg / AP file", ("Olga Berg",), ("AP",), True, False, False),
    ("(THE ASSOCIATED PRESS)", (), ("Associated Press",), False, False, False),
]

REUTERS_EXAMPLES: list[CreditCase] = [
    ("REUTERS/Mark Ellison", ("Mark Ellison",), ("Reuters",), False, False, False),
    ("REUTERS/Mark Ellison/File Photo", ("Mark Ellison",), ("Reuters",), True, False, False),
    ("(Photo: Reuters/Tom Hale)", ("Tom Hale",), ("Reuters",), False, False, False),
    ("CARLA BENTON / REUTERS", ("Carla Benton",), ("Reuters",), False, False, False),
    ("KEVIN MCDONALD / REUTERS", ("Kevin McDonald",), ("Reuters",), False, False, False),
    ("SEAN O'BRIEN / REUTERS", ("Sean O'Brien",), ("Reuters",), False, False, False),
    ("Handout via Reuters", (), ("Reuters",), False, True, False),
    ("[File: Reuters]", (), ("Reuters",), True, False, False),
    ("POOL New/Reuters", (), ("Reuters",), False, False, True),
    ("Photograph: Ana Silva/Reuters", ("Ana Silva",), ("Reuters",), False, False, False),
]

GETTY_EPA_EXAMPLES: list[CreditCase] = [
    ("(Rita Voss/AFP/Getty Images)", ("Rita Voss",), ("AFP", "Getty Images"), False, False, False),
    ("AFP via Getty Images", (), ("AFP", "Getty Images"), False, False, False),
    ("Photo by Sam Pike/Getty Images", ("Sam Pike",), ("Getty Images",), False, False, False),
    ("(Nora Quinn/EPA)", ("Nora Quinn",), ("EPA",), False, False, False),
    ("EPA-EFE/Tom Ray/Shutterstock", ("Tom Ray",), ("EPA", "Shutterstock"), False, False, False),
    ("Ivan Petrov/Pool/Getty Images", ("Ivan Petrov",), ("Getty Images",), False, False, True),
    (
        "Photo Credit: Rob Lin / Shutterstock.com",
        ("Rob Lin",),
        ("Shutterstock",),
        False,
        False,
        False,
    ),
    (
        "Featured image via Getty Images/Sam Pike",
        ("Sam Pike",),
        ("Getty Images",),
        False,
        False,
        False,
    ),
    ("Getty - Contributor", (), ("Getty",), False, False, False),
    ("Orla Finn via Getty Images", ("Orla Finn",), ("Getty Images",), False, False, False),
    ("Bloomberg via Getty Images", (), ("Bloomberg", "Getty Images"), False, False, False),
    ("(Photo: Lee Ames, USA TODAY)", ("Lee Ames",), ("USA Today",), False, False, False),
    (
        "Credit...Lena Park/The New York Times",
        ("Lena Park",),
        ("The New York Times",),
        False,
        False,
        False,
    ),
    (
        "Photo by Ben Cole for The Washington Post",
        ("Ben Cole",),
        ("The Washington Post",),
        False,
        False,
        False,
    ),
    ("Image copyright GETTY IMAGES", (), ("Getty Images",), False, False, False),
    ("Image source, Getty Images", (), ("Getty Images",), False, False, False),
    ("Courtesy Hale Museum", (), ("Hale Museum",), False, True, False),
    ("Submitted photo", (), (), False, True, False),
    ("Facebook/Mara Quist", (), ("Facebook",), False, False, False),
    ("Photo: Kim Soto/Twitter", (), ("Twitter",), False, False, False),
    ("Jonah Reed/ZDNet", ("Jonah Reed",), ("ZDNet",), False, False, False),
    ("[Starlab via Nasa]", (), ("Starlab", "Nasa"), False, False, False),
    (
        "(Image credit: Orbit Research Collaboration)",
        (),
        ("Orbit Research Collaboration",),
        False,
        False,
        False,
    ),
    ("Credit: Vesti/The Siberian Times", (), ("Vesti", "The Siberian Times"), False, False, False),
]

GERMAN_FRENCH_EXAMPLES: list[CreditCase] = [
    ("Foto: dpa", (), ("dpa",), False, False, False),
    ("(Foto: APA/Karl Huber)", ("Karl Huber",), ("APA",), False, False, False),
    ("Foto: APA/dpa/Lena Vogt", ("Lena Vogt",), ("APA", "dpa"), False, False, False),
    ("Bild: Keystone", (), ("Keystone",), False, False, False),
    ("Photo : AFP", (), ("AFP",), False, False, False),
    ("Crédit photo : AFP", (), ("AFP",), False, False, False),
    ("Photo : Jean Morel / AFP", ("Jean Morel",), ("AFP",), False, False, False),
    ("Foto: EFE/Ana Ruiz", ("Ana Ruiz",), ("EFE",), False, False, False),
    ("Foto di Marco Rossi/ANSA", ("Marco Rossi",), ("ANSA",), False, False, False),
    ("Foto: APA/Fohringer", ("Fohringer",), ("APA",), False, False, False),
    ("Foto: © dpa", (), ("dpa",), False, False, False),
    ("© Reuters / Fabian Brandt", ("Fabian Brandt",), ("Reuters",), False, False, False),
    ("Foto ANSA", (), ("ANSA",), False, False, False),
    ("Photo AFP", (), ("AFP",), False, False, False),
    ("Archivbild: dpa", (), ("dpa",), True, False, False),
]

WEB_EXAMPLES: list[CreditCase] = [
    ("Gil Dunn/Flickr (CC BY-SA 2.0)", ("Gil Dunn",), ("Flickr",), False, False, False),
    ("Featured Image: Screenshot via YouTube", (), ("YouTube",), False, False, False),
    ("YouTube screenshot", (), ("YouTube",), False, False, False),
    ("Image via Twitter", (), ("Twitter",), False, False, False),
    ("Facebook/Harbor College", (), ("Facebook",), False, False, False),
    ("(Image credit: All Things Orbit)", (), ("All Things Orbit",), False, False, False),
    ("Photographer: Ann Harte/Bloomberg", ("Ann Harte",), ("Bloomberg",), False, False, False),
    (
        "(Photo by Ann Lee/For The Washington Post)",
        ("Ann Lee",),
        ("The Washington Post",),
        False,
        False,
        False,
    ),
    (
        "Credit Doug Mills/The New York Times",
        ("Doug Mills",),
        ("The New York Times",),
        False,
        False,
        False,
    ),
    ("(onmeth.org)", (), ("onmeth.org",), False, False, False),
    ("Model Kit. Apex Tools, Inc.", (), ("Apex Tools, Inc.",), False, False, False),
]


def _ids(cases: list[CreditCase]) -> list[str]:
    return [c[0] for c in cases]


@pytest.mark.parametrize(
    "case",
    AP_EXAMPLES + REUTERS_EXAMPLES + GETTY_EPA_EXAMPLES + GERMAN_FRENCH_EXAMPLES + WEB_EXAMPLES,
    ids=_ids(
        AP_EXAMPLES + REUTERS_EXAMPLES + GETTY_EPA_EXAMPLES + GERMAN_FRENCH_EXAMPLES + WEB_EXAMPLES
    ),
)
def test_parse_credit(case: CreditCase) -> None:
    written, photographers, agencies, file_photo, handout, pool = case
    credit = parse_credit(written)
    assert credit is not None
    assert credit.photographers == photographers
    assert credit.agencies == agencies
    assert (credit.file_photo, credit.handout, credit.pool) == (file_photo, handout, pool)
    assert written[credit.span.start : credit.span.end].strip()


# (caption with its credit, caption text, photographers, agencies)
CaptionCase = tuple[str, str, tuple[str, ...], tuple[str, ...]]

CAPTION_EXAMPLES: list[CaptionCase] = [
    (
        "Firefighters work at the scene of a blaze near the port. REUTERS",
        "Firefighters work at the scene of a blaze near the port.",
        (),
        ("Reuters",),
    ),
    (
        "Voters line up outside a school in Tulsa, Okla., Tuesday. (AP Photo/Luis Ortega, File)",
        "Voters line up outside a school in Tulsa, Okla., Tuesday.",
        ("Luis Ortega",),
        ("AP",),
    ),
    (
        "FILE PHOTO: A trader works on the floor of the exchange. REUTERS/Tom Hale",
        "A trader works on the floor of the exchange.",
        ("Tom Hale",),
        ("Reuters",),
    ),
    (
        "The senator greets supporters in Dallas last week.Credit...Lena Park/The New York Times",
        "The senator greets supporters in Dallas last week.",
        ("Lena Park",),
        ("The New York Times",),
    ),
    (
        "Protesters march through downtown Dallas.REUTERS/Sam Pike",
        "Protesters march through downtown Dallas.",
        ("Sam Pike",),
        ("Reuters",),
    ),
    (
        "A crane lifts a steel beam at the stadium site. EPA-EFE/Tom Ray/Shutterstock",
        "A crane lifts a steel beam at the stadium site.",
        ("Tom Ray",),
        ("EPA", "Shutterstock"),
    ),
    (
        "Der Bürgermeister eröffnet die neue Brücke in Linz. Foto: APA/Karl Huber",
        "Der Bürgermeister eröffnet die neue Brücke in Linz.",
        ("Karl Huber",),
        ("APA",),
    ),
    (
        "Le président arrive à l'Élysée, mardi. Crédit photo : AFP",
        "Le président arrive à l'Élysée, mardi.",
        (),
        ("AFP",),
    ),
    (
        "The governor waves to the crowd in Reno. | Gil Marsh/POLITICO",
        "The governor waves to the crowd in Reno.",
        ("Gil Marsh",),
        ("Politico",),
    ),
    (
        "A medic checks a patient in Kherson.Photo: Iryna Bondar",
        "A medic checks a patient in Kherson.",
        ("Iryna Bondar",),
        (),
    ),
    (
        "Crews repair the dam in Oroville, Calif. (Pete Lund/The Sacramento Bee via AP)",
        "Crews repair the dam in Oroville, Calif.",
        ("Pete Lund",),
        ("The Sacramento Bee", "AP"),
    ),
]


@pytest.mark.parametrize("case", CAPTION_EXAMPLES, ids=[c[0][:50] for c in CAPTION_EXAMPLES])
def test_caption_line(case: CaptionCase) -> None:
    line, caption_text, photographers, agencies = case
    text = f"The council met on Monday.\n\n{line}\n\nThe vote is due on Friday."
    captions = find_captions(text)
    assert len(captions) == 1
    caption = captions[0]
    assert caption.span.slice(text) == line
    assert caption.text == caption_text
    assert caption.credit is not None
    assert caption.credit.photographers == photographers
    assert caption.credit.agencies == agencies


# (document, the caption units as written)
LAYOUT_EXAMPLES: list[tuple[str, tuple[str, ...]]] = [
    (
        "The storm hit overnight.\n\nCARLA BENTON / REUTERS\n\n"
        "Power was restored by noon, the utility said.",
        ("CARLA BENTON / REUTERS",),
    ),
    (
        "The storm hit overnight.\n\nCARLA BENTON / REUTERS\n"
        "Workers clear a fallen tree in Mobile, Alabama.\nPower was restored by noon, "
        "the utility said in a statement on Tuesday.",
        ("CARLA BENTON / REUTERS\nWorkers clear a fallen tree in Mobile, Alabama.",),
    ),
    (
        "The talks resumed.\n\nNed Hollis via Getty Images.\n\n"
        "Delegates gather for a photo at the summit in Lisbon.\n\nThe talks ended late.",
        ("Ned Hollis via Getty Images.\n\nDelegates gather for a photo at the summit in Lisbon.",),
    ),
    (
        "The talks resumed.\n\nImage copyright GETTY IMAGES\n"
        "Image caption The minister arrives at the summit in Brussels\n\nThe talks ended late.",
        (
            "Image copyright GETTY IMAGES\n"
            "Image caption The minister arrives at the summit in Brussels",
        ),
    ),
    (
        "The talks resumed.\n\nImage source, Getty Images\nImage caption,\n"
        "Workers unload aid at the port\n\nThe talks ended late.",
        ("Image source, Getty Images\nImage caption,\nWorkers unload aid at the port",),
    ),
    (
        "The talks resumed.\n\nMedia caption The prime minister speaks to reporters\n\nNo deal.",
        ("Media caption The prime minister speaks to reporters",),
    ),
    (
        "Flood waters rose.\n\n1 of 4\nResidents wade through a flooded street in Porto Alegre.\n\n"
        "The river peaked on Sunday.",
        ("1 of 4\nResidents wade through a flooded street in Porto Alegre.",),
    ),
    (
        "Flood waters rose.\n\n1.\n\nof.\n\n12.\n\nA rescue boat on the river in Porto Alegre.\n\n"
        "The river peaked on Sunday.",
        ("1.\n\nof.\n\n12.\n\nA rescue boat on the river in Porto Alegre.",),
    ),
    (
        "The mayor spoke.\n\nA rescue boat near Porto Alegre.\n"
        "A rescue boat near Porto Alegre.\n\nThe river peaked on Sunday.",
        ("A rescue boat near Porto Alegre.\nA rescue boat near Porto Alegre.",),
    ),
    (
        "The mayor spoke.\n\nThe mayor opens the new bridge in Linz,\n"
        "The mayor opens the new bridge in Linz, flanked by engineers. (Photo: Eva Stein, AFP)\n"
        "The bridge cost 40 million euros.",
        (
            "The mayor opens the new bridge in Linz,\nThe mayor opens the new bridge in Linz, "
            "flanked by engineers. (Photo: Eva Stein, AFP)",
        ),
    ),
    (
        "The mayor spoke.\n\n"
        "This map shows the districts that lost power on Monday.\nCity Utilities\n"
        "Crews worked through the night.",
        ("This map shows the districts that lost power on Monday.\nCity Utilities",),
    ),
    (
        "Teaser one headline\n\nThe governor waves in Reno. | AP Photo Governor vows to veto bill",
        ("The governor waves in Reno. | AP Photo",),
    ),
    (
        "Live updates\n\nUpdated 9:12PMDebate nightJANE ROE via Getty Images"
        "Candidates walk on stage in Manchester.FlagShareReply",
        ("JANE ROE via Getty ImagesCandidates walk on stage in Manchester.",),
    ),
    (
        "Gallery.\n\nSupporters cheer at a rally in Des Moines. Hide Caption 3 of 12\n\nMore.",
        ("Supporters cheer at a rally in Des Moines. Hide Caption 3 of 12",),
    ),
    (
        "The story ends here.\n\nWashington Post.\n\nThe council will meet again.",
        ("Washington Post.",),
    ),
    (
        "The story ends here.\n\nFeatured image via Getty Images/Sam Pike",
        ("Featured image via Getty Images/Sam Pike",),
    ),
]


@pytest.mark.parametrize("case", LAYOUT_EXAMPLES, ids=[repr(c[1][0][:40]) for c in LAYOUT_EXAMPLES])
def test_layouts(case: tuple[str, tuple[str, ...]]) -> None:
    text, units = case
    assert tuple(c.span.slice(text) for c in find_captions(text)) == units


NOT_CAPTIONS: list[str] = [
    "The minister told Reuters the talks had stalled.",
    "The EPA said it would appeal the ruling on Monday.",
    "An AP poll found most voters favoured the plan.",
    "DALLAS (AP) — The city council voted on Tuesday to raise fees.",
    "WASHINGTON (Reuters) - Senators reached a deal late on Friday.",
    "Washington (CNN)",
    "By Jane Smith, Reuters",
    "Related: Council approves new budget",
    "Source: Reuters",
    "- Reuters.",
    "(Reporting by Dan Ruiz; Editing by Kate Moss)",
    "A Reuters photographer captured the moment the roof fell.",
    "The latest Reuters/Ipsos poll showed the mayor ahead.",
    "Dowling said so in an interview with Michael R. Bloomberg.",
    "-Lena Cho explains why the polls missed. [NYT.]",
    "Meadow Lane Residents, Against the Plan",
    "Hamid Tala, 44.",
    "Senator of Oregon, Jane Holt",
    "YouTube and Google.",
    "COCOA/SUGAR PRICES RISE\nLONDON, March 3 - Cocoa futures rose.",
    "Story text.\n\nReuter",
    "The Week in Review // GAME ON;",
    "Oak Hill Gazette – Breaking News, Latest News & Videos",
    "Bombshell Mayor Photo From Debate Surfaces — Critics Cry Foul",
    "Courtesy of the mayor, the parade will pass the town hall at noon today.",
    "The images are striking, said Dana Ruiz of the Museum of Photography.",
    "Credit Suisse shares fell on Monday.",
    "Mayor wins second term | Reuters",
    "Mayor wins second term | Reuters Video Council reacts",
    "The Washington Post",
    "Credit Suisse",
]


@pytest.mark.parametrize("text", NOT_CAPTIONS, ids=[t[:40] for t in NOT_CAPTIONS])
def test_not_captions(text: str) -> None:
    assert find_captions(f"The council met on Monday.\n\n{text}\n\nThe vote is due.") == ()


def test_wire_copy_has_no_captions() -> None:
    text = (
        "GRAIN PRICES FIRM\n"
        "CHICAGO, March 3 - Grain futures firmed on Tuesday as dealers\n"
        "covered short positions ahead of the weekend, traders told\n"
        "Reuters.\n"
        "    Soybeans rose two cents a bushel and corn was unchanged,\n"
        "dealers said.\n"
        " REUTER\n"
    )
    assert find_captions(text) == ()


def test_a_title_shown_twice_is_not_a_caption() -> None:
    text = "Council Votes on Budget\n\nCouncil Votes on Budget\n\nThe council voted on Monday."
    assert find_captions(text) == ()


def test_body_text_drops_caption_units() -> None:
    text = (
        "The talks resumed on Monday.\n\n"
        "Delegates arrive in Lisbon. (AP Photo/Dana Reyes)\n\n"
        "The talks ended late."
    )
    assert newsdoc.parse(text).body_text == "The talks resumed on Monday.\n\nThe talks ended late."


def test_caption_kinds() -> None:
    text = (
        "Story.\n\nMedia caption The minister speaks\n\nMore story.\n\nGraphic: Lena Park/Reuters"
    )
    assert [c.kind for c in find_captions(text)] == ["video", "graphic"]


def test_caption_after_a_video_player_is_a_video_caption() -> None:
    text = (
        "The vote was close.\n\nSenate vote explained  Play Video2:37\n"
        "The majority leader explains the vote on Tuesday. (Ana Lutz/The Washington Post)\n"
        "Next the measure heads to the lower chamber."
    )
    (caption,) = find_captions(text)
    assert caption.kind == "video"
    assert caption.span.slice(text).startswith("The majority leader")
    assert caption.credit is not None
    assert caption.credit.photographers == ("Ana Lutz",)


def test_parse_credit_none() -> None:
    assert parse_credit("") is None
    assert parse_credit("   ") is None
    assert parse_credit("The minister told Reuters on Monday.") is None


def test_credit_span_indexes_the_caption() -> None:
    text = "Smoke rises over the harbour in Piraeus. REUTERS/Ana Silva"
    credit = parse_credit(text)
    assert credit is not None
    assert credit.span.slice(text) == "REUTERS/Ana Silva"


def test_values_are_frozen() -> None:
    credit = Credit(span=Span(start=0, end=3), agencies=("AFP",))
    caption = Caption(span=Span(start=0, end=3), text="", credit=credit)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        caption.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize("bad", [b"bytes", None, 3, ["list"]])
def test_type_errors(bad: object) -> None:
    with pytest.raises(TypeError):
        find_captions(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_credit(bad)  # type: ignore[arg-type]


XFAIL_EXAMPLES: list[CreditCase] = [
    # A name and a band glued together: which words are the photographer's is guesswork.
    ("Nils Aaron Berg Ocean Drive Band", ("Nils Aaron Berg",), (), False, False, False),
    # An unknown organisation whose name reads like a person's.
    ("(Image credit: Blue Harbor Creative)", (), ("Blue Harbor Creative",), False, False, False),
]


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, marks=pytest.mark.xfail(strict=True)) for c in XFAIL_EXAMPLES],
    ids=_ids(XFAIL_EXAMPLES),
)
def test_known_misses(case: CreditCase) -> None:
    test_parse_credit(case)


# --------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_captions_any_text(text: str) -> None:
    first = find_captions(text)
    assert find_captions(text) == first
    for caption in first:
        assert 0 <= caption.span.start <= caption.span.end <= len(text)
        if caption.credit is not None:
            assert 0 <= caption.credit.span.start <= caption.credit.span.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Photo: ",
                "REUTERS/",
                "(AP Photo/",
                "Jane Doe",
                " via ",
                "Getty Images",
                ". ",
                "\n",
                "\n\n",
                "Image caption ",
                "1 of 4",
                ")",
                " | ",
                "Credit...",
                "Foto: dpa",
                "hide caption\n",
                "toggle caption\n",
                "Caption: ",
                "\nCopyright: ",
                "(Archivbild)",
                "Image copyright AFP Image caption ",
                " (EFE)",
                "AFP\n",
            ]
        ),
        max_size=30,
    )
)
def test_find_captions_credit_soup(parts: list[str]) -> None:
    text = "".join(parts)
    for caption in find_captions(text):
        assert caption.span.slice(text).strip() != ""
        if caption.credit is not None:
            assert caption.span.start <= caption.credit.span.start
            assert caption.credit.span.end <= caption.span.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parse_credit_any_text(text: str) -> None:
    credit = parse_credit(text)
    assert parse_credit(text) == credit
    if credit is not None:
        assert 0 <= credit.span.start <= credit.span.end <= len(text)


# --------------------------------------------------------------- adversarial input

ADVERSARIAL = [
    "x" * 1_000_000,
    "“" * 10_000 + "a" * 990_000,
    "1-" * 5_000 + "Photo: " * 10_000,
    ("Jane Doe/" * 50 + "REUTERS\n") * 2_000,
    "(" * 100_000 + "AP Photo/Dana Reyes" + ")" * 100_000,
    "Image caption\n" * 50_000,
]


@pytest.mark.parametrize(
    "text", ADVERSARIAL, ids=["letters", "quotes", "digits", "slashes", "brackets", "labels"]
)
def test_adversarial_find_captions(text: str) -> None:
    find_captions(text)


@pytest.mark.parametrize(
    "text", ADVERSARIAL, ids=["letters", "quotes", "digits", "slashes", "brackets", "labels"]
)
def test_adversarial_parse_credit(text: str) -> None:
    parse_credit(text)


# Furniture in odd letters and digits: the cheap first- and last-letter tests that
# spare most lines the furniture patterns must let these through.
ODD_LETTER_FURNITURE: list[tuple[str, tuple[str, ...]]] = [
    (
        "The story ends here.\n\nıMAGE CAPTION Lanterns float over the river\n\nMore text.",
        ("ıMAGE CAPTION Lanterns float over the river",),
    ),
    (
        "The story ends here.\n\nbildunterschrift: Boote im Hafen von Kiel\n\nMore text.",
        ("bildunterschrift: Boote im Hafen von Kiel",),
    ),
    (
        "The story ends here.\n\nphoto ٣ of ٩\nCrews clear snow from the square.\n\nMore text.",
        ("photo ٣ of ٩\nCrews clear snow from the square.",),
    ),
    (
        "The story ends here.\n\nVoters queue in the rain. Hide Caption ٣ of ١٢\n\nMore text.",
        ("Voters queue in the rain. Hide Caption ٣ of ١٢",),
    ),
    (  # Garay digits, which the regex engine knows as digits and str.isdigit does not
        "The story ends here.\n\n\U00010d43 of \U00010d44\nCrews clear the square.\n\nMore.",
        ("\U00010d43 of \U00010d44\nCrews clear the square.",),
    ),
]


@pytest.mark.parametrize(
    "case",
    ODD_LETTER_FURNITURE,
    ids=["dotless-i", "lower-case", "arabic-digits", "hide-arabic", "garay-digits"],
)
def test_furniture_in_odd_letters(case: tuple[str, tuple[str, ...]]) -> None:
    text, units = case
    assert tuple(c.span.slice(text) for c in find_captions(text)) == units


# --------------------------------------------------------------- the credit pre-filter

# Lines that reach the credit patterns by each way the pre-filter lets through: a credit
# with no mark at all (a known organisation closing the line, or opening it glued to
# the caption), a keyword that stands bare in odd case or spacing, a mark after a
# keyword.  Each is written by us; the test compares with the patterns run on every line.
PREFILTER_EXAMPLES: list[str] = [
    "Getty ImagesKristi Noem speaks in Pierre on Monday.",
    "The Associated PressCrews clear the square in Oslo.",
    "The New York TimesCrews clear the square in Oslo.",
    "The  Washington PostCrews clear the square in Oslo.",
    "THE ASSOCIATED PRESSCrews clear the square in Oslo.",
    "ReutersCrews clear the square in Oslo.",
    "“Getty ImagesCrews clear the square in Oslo.",
    "Crews clear the square in Oslo on Monday. Getty Images",
    "Crews clear the square in Oslo on Monday. GETTY IMAGES",
    "Crews clear the square in Oslo.\nPhoto by Jane Roe",
    "Crews clear the square in Oslo.\nPHOTO BY JANE ROE",
    "Crews clear the square in Oslo.\nTop\u00a0image by Dana Reyes",
    "Crews clear the square in Oslo.\nLead \t image via Dana Reyes",
    "Crews clear the square in Oslo. COURTESY OF THE CITY OF OSLO",
    "Image copyrightGETTY IMAGES\nImage caption Crews clear the square",
    "Crews clear the square in Oslo.\nSubmitted photo",
    "Scavi a Pompei. Foto ANSA",
    "Crews clear the square in Oslo. Credit Doug Lee/The New York Times",
    "Photo\u00a0credit : Rob Lin",
    "Crews clear the square in Oslo last week.Credit...Lena Park/The Oslo Times",
    "Crews clear the square in Oslo.  PhOtO: Jane Roe",
    "Crews clear the square in Oslo. (Dana Reyes/AP",
    "Crews clear the square in Oslo. (Daron Taylo",
    "Crews clear the square in Oslo. © Jane Roe",
    "Handout via\u00a0 Getty ImagesKristi Noem speaks in Pierre.",
    "Court of appeals rules on the square.\nLeader of the council speaks.",
    "“The square is clear,” the mayor said.\nI’m glad, she said: it was time.",
]


def _unfiltered(text: str) -> tuple[Caption, ...]:
    """Return find_captions(text) with every line sent to the credit patterns."""
    from unittest import mock

    from newsdoc import captions

    with mock.patch.object(captions, "_credit_marks", lambda text, lines: [True] * len(lines)):
        return find_captions(text)


PREFILTER_TEXTS = (
    PREFILTER_EXAMPLES
    + [c[0] for c in LAYOUT_EXAMPLES]
    + [f"The council met.\n\n{c[0]}\n\nThe vote is due." for c in CAPTION_EXAMPLES]
    + [f"The council met.\n\n{t}\n\nThe vote is due." for t in NOT_CAPTIONS]
    + [c[0] for c in ODD_LETTER_FURNITURE]
)


@pytest.mark.parametrize("text", PREFILTER_TEXTS, ids=[t[:40] for t in PREFILTER_TEXTS])
def test_prefilter_changes_nothing(text: str) -> None:
    assert find_captions(text) == _unfiltered(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Getty Images",
                "GETTY IMAGES",
                "Kristi Noem",
                "The Associated Press",
                "Photo",
                "PHOTO",
                " by ",
                " via ",
                "\u00a0",
                "Courtesy of ",
                "Image copyright",
                "Credit",
                "...",
                ": ",
                "/",
                "(",
                ")",
                "Reuters",
                "Jane Roe",
                ". ",
                "“",
                "’",
                "\n",
                "\n\n",
                "crews clear the square",
            ]
        ),
        max_size=25,
    )
)
def test_prefilter_changes_nothing_on_credit_soup(parts: list[str]) -> None:
    text = "".join(parts)
    assert find_captions(text) == _unfiltered(text)


def test_bare_keywords_mark_their_line() -> None:
    """Every keyword read without a colon marks its line, in title case, capitals or spaced."""
    from newsdoc import captions
    from newsdoc._text import scraped_lines

    keywords = (captions._BY_KEYWORDS | captions._BARE_KEYWORDS | captions._PHOTO_WORDS) - {"©"}
    for keyword in sorted(keywords):
        title = keyword[0].upper() + keyword[1:]
        for written in (title, keyword.upper(), title.replace(" ", "\u00a0 ")):
            text = f"The council met.\n\nCrews clear the square, {written} by Jane Roe\n\nMore."
            assert captions._credit_marks(text, scraped_lines(text)) == [False, True, False], (
                written
            )


def test_keyword_openings_lower_as_they_fold() -> None:
    """The openings hold no "s" and nothing beyond ASCII: "ſ" is the only letter that
    folds to an ASCII letter ("s") without lowering to it."""
    from newsdoc import captions

    odd = [
        c
        for c in map(chr, range(0x110000))
        if len(c.casefold()) == 1 and "a" <= c.casefold() <= "z" and c.lower() != c.casefold()
    ]
    assert odd == ["ſ"]
    for _, seconds, rests in captions._KEYWORD_OPENINGS:
        assert seconds
        for rest in rests:
            assert rest
            assert rest.isascii()
            assert "s" not in rest


def test_white_space_line_beyond_the_stripped_spaces() -> None:
    """A line of ideographic spaces next to a credit line is no caption, and no crash."""
    text = "Crews clear the square.\n\u3000\u3000\u3000\nREUTERS/Jim Ellis"
    assert [c.span.slice(text) for c in find_captions(text)] == ["REUTERS/Jim Ellis"]


# --------------------------------------------------------------- the window memo

# Pages that repeat lines: each unit is read once per distinct window of lines and
# reused where the same window comes back.  The memo must change nothing.
REPEATED_PAGES: list[str] = [
    "Crews clear snow in Oslo.\nJane Roe/Reuters\n\n" * 4 + "The council met.",
    "The council met.\n\n" + "toggle caption\nJane Roe/NPR\nCrews clear snow in Oslo.\n"
    "Jane Roe/NPR\nhide caption\n\n" * 3,
    "AP\n" * 9,
    "(AFP)\n\n" * 5 + "The council met.",
    "Caption: Crews clear snow.\nCopyright: dpa\n\n" * 3,
    "1 of 3\nCrews clear snow.\n\n2 of 3\nA plough on the ring road.\n\n" * 2,
    "A plough on the ring road.\nA plough on the ring road.\n" * 4,
    "The council met until late.Photo: Jane Roe/AP\n" * 3,
    "FILE PHOTO: Crews clear snow. REUTERS/Jane Roe/File Photo\n\n" * 3,
    # runs long enough for the run skip: identical lines, then a different ending
    "AP\n" * 40 + "Crews clear snow in Oslo.",
    "Ab\n" * 40 + "Crews clear snow.\nJane Roe/Reuters",
    "Jane Roe/Reuters\n" * 30 + "\nCrews clear snow in Oslo.",
    "hide caption\n" * 30 + "Crews clear snow.\nJane Roe/NPR\nhide caption",
    "(AFP)\n" * 25 + "AFP\n" * 25,
    "AP\n\n" * 30 + "AP\n" * 30,
    "1.\nof.\n12.\n" * 15 + "Crews clear snow.",
]


def _unmemoised(text: str) -> tuple[Caption, ...]:
    """Return find_captions(text) with every line's unit read afresh, no run skipped."""
    from unittest import mock

    from newsdoc import captions

    def direct(
        text: str, lines: object, i: int, used: list[bool], marked: bool, memo: object
    ) -> object:
        return captions._direct_unit_at(text, lines, i, used, marked)  # type: ignore[arg-type]

    def no_skip(text: str, lines: object, i: int, used: list[bool]) -> int:
        return i

    with (
        mock.patch.object(captions, "_memo_unit_at", direct),
        mock.patch.object(captions, "_same_windows_until", no_skip),
    ):
        return find_captions(text)


@pytest.mark.parametrize("text", REPEATED_PAGES, ids=[t[:30] for t in REPEATED_PAGES])
def test_memo_changes_nothing(text: str) -> None:
    assert find_captions(text) == _unmemoised(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Crews clear snow in Oslo.",
                "Jane Roe/Reuters",
                "(AFP)",
                "AP",
                "hide caption",
                "toggle caption",
                "Caption: Crews clear snow.",
                "Copyright: dpa",
                "1 of 3",
                "1.",
                "of.",
                "The council met on Monday, the mayor said.",
                "Photo: Jane Roe",
                "",
            ]
        ),
        max_size=40,
    )
)
def test_memo_changes_nothing_on_line_soup(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert find_captions(text) == _unmemoised(text)


# --------------------------------------------------------------- layout units

LAYOUT_UNITS: list[tuple[str, str, tuple[str, ...]]] = [
    (
        "toggle-run-joins-caption",
        "The council met.\n\nCrews clear snow in Oslo.\nJane Roe/NPR\nhide caption\n\n"
        "toggle caption\nJane Roe/NPR\n\nThe mayor said the roads would reopen.",
        ("Crews clear snow in Oslo.\nJane Roe/NPR\nhide caption\n\ntoggle caption\nJane Roe/NPR",),
    ),
    (
        "trigger-needs-its-block",
        "The council met.\n\nModal Trigger\n\nThe mayor said the roads would reopen.",
        (),
    ),
    (
        "credit-run-is-one-unit",
        "The council met.\n\nJane Roe/Reuters\nTom Hale/AP\n\nThe mayor said so.",
        ("Jane Roe/Reuters\nTom Hale/AP",),
    ),
    (
        "label-pair-either-order",
        "The council met.\n\nCopyright: dpa\nBildunterschrift: Schnee in Köln.\n\nMehr.",
        ("Copyright: dpa\nBildunterschrift: Schnee in Köln.",),
    ),
    (
        "one-word-label-needs-colon",
        "The council met.\n\nCaption contest winners announced\n\nThe mayor said so.",
        (),
    ),
    (
        "agency-after-caption-line",
        "The council met.\n\nCrews clear snow in Oslo.\nAFP\n\nThe mayor said so.",
        ("Crews clear snow in Oslo.\nAFP",),
    ),
    (
        "share-bar-is-no-caption",
        "The council met.\n\nShare\nJane Roe/Reuters\n\nThe mayor said so.",
        ("Jane Roe/Reuters",),
    ),
]


@pytest.mark.parametrize(
    ("text", "units"), [c[1:] for c in LAYOUT_UNITS], ids=[c[0] for c in LAYOUT_UNITS]
)
def test_layout_units(text: str, units: tuple[str, ...]) -> None:
    assert tuple(c.span.slice(text) for c in find_captions(text)) == units


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "AP",
                    "Ab",
                    "Jane Roe/Reuters",
                    "(AFP)",
                    "hide caption",
                    "Crews clear snow in Oslo.",
                    "1 of 3",
                    "",
                ]
            ),
            st.sampled_from(["\n", "\n\n", " \n"]),
            st.integers(min_value=1, max_value=30),
        ),
        max_size=6,
    )
)
def test_memo_and_run_skip_change_nothing_on_runs(runs: list[tuple[str, str, int]]) -> None:
    text = "".join((line + end) * count for line, end, count in runs)
    assert find_captions(text) == _unmemoised(text)


def test_furniture_openings_cover_the_patterns() -> None:
    """A line whose ASCII opening is outside the table matches no furniture pattern.

    Every furniture word of the tables, with its first, second or third character
    replaced by each printable ASCII character, is tried against the anchored patterns when
    the pre-filter would skip it.
    """
    from newsdoc import captions
    from newsdoc._lexicon.caption_furniture import FURNITURE, GALLERY_NAVIGATION, GALLERY_NOUNS

    words = [f.text for f in FURNITURE] + list(GALLERY_NOUNS) + list(GALLERY_NAVIGATION)
    patterns = (
        captions._BBC_LABEL,
        captions._CREDIT_LABEL,
        captions._INLINE_PAIR,
        captions._COUNTER,
    )
    for char in map(chr, range(32, 127)):
        for word in words:
            for changed in (
                char + word[1:],
                word[:1] + char + word[2:],
                word[:2] + char + word[3:],
            ):
                for line in (
                    f"{changed}: Jane Roe",
                    f"{changed} 3 of 12",
                    f"{changed} caption, x",
                    f"{changed}3 of 12",
                ):
                    if captions._may_open_furniture(line):
                        continue
                    assert all(p.match(line) is None for p in patterns), line
                    assert captions._norm(line) not in captions._TOGGLES, line


def test_furniture_words_reach_the_prefilter() -> None:
    """Each furniture word is long enough for the pre-filter, or a character it lets through.

    Archive and handout openers are read inside caption lines, not as furniture lines.
    """
    from newsdoc import captions
    from newsdoc._lexicon.caption_furniture import FURNITURE, GALLERY_NAVIGATION, GALLERY_NOUNS

    words = [f.text for f in FURNITURE if f.role not in ("file_opener", "handout_opener")]
    words += [*GALLERY_NOUNS, *GALLERY_NAVIGATION]
    for word in words:
        assert captions._may_open_furniture(word), word
        assert captions._may_open_furniture(word.upper()), word
