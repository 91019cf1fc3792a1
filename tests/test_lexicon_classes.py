"""Tests for lexicon classes that replace single entries: each table is a class of cases.

Every credit, line and sentence here was written by us for these tests; the names,
places and events are fictional.  Each group below tests one class of forms (a
newsroom or agency convention) with several members, so that a rule fitted to one
member fails the others.
"""

from __future__ import annotations

import pytest

from newsdoc import find_bylines, find_captions, find_dateline, find_votes, parse_credit
from newsdoc._lexicon.agencies import canonical_organization, organization_kind
from newsdoc._lexicon.caption_furniture import SHARE_WORDS
from newsdoc._lexicon.credits import POOL_WORDS, ROLE_WORDS
from newsdoc._lexicon.names import ROLE_PHRASES, title_head

# ---------------------------------------------------------------- pool credits

# (credit as written, photographers, agencies): the photographer's slot holds the
# pool mark, alone or with a role word, as Reuters, AFP/Getty and AP write it.
POOL_CREDITS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("POOL New/Reuters", (), ("Reuters",)),
    ("Pool Photo/Reuters", (), ("Reuters",)),
    ("POOL STRINGER/Reuters", (), ("Reuters",)),
    ("Pool Staff/AFP", (), ("AFP",)),
    ("Lena Park/Pool/Getty Images", ("Lena Park",), ("Getty Images",)),
    ("Tomas Reyes/Pool Photo via AP", ("Tomas Reyes",), ()),
]


@pytest.mark.parametrize(
    ("written", "photographers", "agencies"), POOL_CREDITS, ids=[c[0] for c in POOL_CREDITS]
)
def test_pool_credit_forms(
    written: str, photographers: tuple[str, ...], agencies: tuple[str, ...]
) -> None:
    credit = parse_credit(written)
    assert credit is not None
    assert credit.pool
    assert credit.photographers == photographers
    if agencies:
        assert credit.agencies == agencies


def test_pool_words_are_pool_and_each_role_word() -> None:
    assert {"pool", "pool via ap"} <= POOL_WORDS
    assert all(f"pool {word}" in POOL_WORDS for word in ROLE_WORDS)


# ---------------------------------------------------------------- map services

MAP_CREDITS = [
    "Google Street View",
    "Google Maps",
    "Google Earth",
    "Apple Maps",
    "Bing Maps",
    "OpenStreetMap",
    "Mapillary",
]


@pytest.mark.parametrize("service", MAP_CREDITS, ids=MAP_CREDITS)
def test_map_services_are_credited_as_the_service(service: str) -> None:
    credit = parse_credit(f"Image: {service}")
    assert credit is not None
    assert credit.agencies == (service,)
    assert credit.photographers == ()


# ---------------------------------------------------------------- share bars

SHARE_BARS = [
    "Facebook Twitter Google Plus Embed",
    "Facebook Twitter Pinterest",
    "Share on Facebook Share on Twitter",
    "Tweet Email Print",
    "Facebook Twitter Google+ Tumblr Email",
    "Follow Embed Copy link",
    "Teilen Drucken Einbetten",
    "Partager Intégrer",
    "Compartir Insertar",
    "Condividi Incorpora",
]


@pytest.mark.parametrize("bar", SHARE_BARS, ids=SHARE_BARS)
def test_share_bar_words(bar: str) -> None:
    assert all(w.casefold() in SHARE_WORDS for w in bar.split())


@pytest.mark.parametrize("bar", SHARE_BARS[:5], ids=SHARE_BARS[:5])
def test_share_bar_above_a_credit_is_not_its_caption(bar: str) -> None:
    # a share bar between the caption and its credit line: the credit alone is found
    text = (
        "The council met on Monday.\n\n"
        "Volunteers stack sandbags along the river in Eastwick on Sunday.\n"
        f"{bar}\n"
        "Mara Quell/Harbor Gazette\n\n"
        "The water kept rising through the night."
    )
    [caption] = find_captions(text)
    assert text[caption.span.start : caption.span.end] == "Mara Quell/Harbor Gazette"
    assert caption.credit is not None
    assert caption.credit.photographers == ("Mara Quell",)


# ---------------------------------------------------------------- agencies by type noun

# (as written, canonical name): an agency named with the type noun of its kind,
# after its name in English, before it in German, French, Spanish and Italian.
TYPED_AGENCIES = [
    ("KUNA News Agency", "KUNA"),
    ("Kyodo News Agency", "Kyodo"),
    ("Interfax news agency", "Interfax"),
    ("Anadolu News Agency", "Anadolu Agency"),
    ("IRNA news agency", "IRNA"),
    ("Kyodo News Service", "Kyodo"),
    ("Nachrichtenagentur dpa", "dpa"),
    ("Presseagentur APA", "APA"),
    ("agence de presse AFP", "AFP"),
    ("l'agence Belga".removeprefix("l'"), "Belga"),
    ("agencia de noticias EFE", "EFE"),
    ("Agencia Notimex", "Notimex"),
    ("agenzia di stampa ANSA", "ANSA"),
]


@pytest.mark.parametrize(
    ("written", "canonical"), TYPED_AGENCIES, ids=[a for a, _ in TYPED_AGENCIES]
)
def test_agency_named_with_its_type_noun(written: str, canonical: str) -> None:
    assert canonical_organization(written) == canonical
    assert organization_kind(written) == "agency"


# Type nouns around a name the table does not know, or around a photo agency or an
# outlet: no agency.
NOT_TYPED_AGENCIES = [
    "Harbor News Agency",
    "News Agency",
    "Agencia",
    "Getty Images Agency",
    "CNN News Service",
    "Nachrichtenagentur",
]


@pytest.mark.parametrize("written", NOT_TYPED_AGENCIES, ids=NOT_TYPED_AGENCIES)
def test_type_noun_alone_or_with_unknown_name(written: str) -> None:
    assert canonical_organization(written) is None


def test_typed_agency_in_a_caption_credit() -> None:
    text = (
        "The minister spoke.\n\nA ferry leaves the harbour at dawn.\n\n"
        "Kyodo News Agency\n\nThe line reopened today."
    )
    credits = [c.credit for c in find_captions(text) if c.credit is not None]
    assert [c.agencies for c in credits] == [("Kyodo",)]


def test_unknown_outlet_by_its_head_words() -> None:
    # the class "<Name> News Service / News Agency / Wire": kept as written
    text = "The vote is on Friday.\n\nContributing: Ada Pine, Lakeside News Service."
    [byline] = find_bylines(text)
    assert byline.organizations == ("Lakeside News Service",)


# ---------------------------------------------------------------- production credits

# (credit line, [(name, role)]): the crews of video, audio and graphics pieces.
PRODUCTION_LINES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Story by Ann Lee. Video produced by Bo Reyes. Cinematography by Cy Dunn.",
        [("Ann Lee", "writing"), ("Bo Reyes", "video"), ("Cy Dunn", "cinematography")],
    ),
    (
        "Reporting by Ann Lee; Graphics by Eli Marsh; Design by Fay Cole",
        [("Ann Lee", "reporting"), ("Eli Marsh", "graphics"), ("Fay Cole", "design")],
    ),
    (
        "Written by Ann Lee. Illustration by Gus Hale. Animation by Ida Roth.",
        [("Ann Lee", "writing"), ("Gus Hale", "illustration"), ("Ida Roth", "animation")],
    ),
    (
        "Reporting by Ann Lee. Video edited by Jo Park. Music by Kit Vane.",
        [("Ann Lee", "reporting"), ("Jo Park", "video"), ("Kit Vane", "music")],
    ),
    (
        "Text by Ann Lee; Video shot by Lu Chen; Sound by Max Orr",
        [("Ann Lee", "writing"), ("Lu Chen", "video"), ("Max Orr", "sound")],
    ),
    (
        "Reporting by Ann Lee. Filmed by Ned Ruiz. Narrated by Ola Berg.",
        [("Ann Lee", "reporting"), ("Ned Ruiz", "cinematography"), ("Ola Berg", "narration")],
    ),
    (
        "Podcast produced by Pia Lund. Edited by Quin Ames.",
        [("Pia Lund", "producing"), ("Quin Ames", "editing")],
    ),
]


@pytest.mark.parametrize(
    ("line", "people"),
    PRODUCTION_LINES,
    ids=[f"production-{i}" for i in range(len(PRODUCTION_LINES))],
)
def test_production_credit_lines(line: str, people: list[tuple[str, str]]) -> None:
    [byline] = find_bylines(f"The river rose all week.\n\n{line}")
    assert [(p.name, p.role) for p in byline.people] == people


def test_production_credits_glued_together() -> None:
    # credit lines run together when an extractor drops the line breaks
    text = "The river rose.\n\nStory by Ann LeeVideo produced by Bo ReyesCinematography by Cy Dunn."
    [byline] = find_bylines(text)
    assert [(p.name, p.role) for p in byline.people] == [
        ("Ann Lee", "writing"),
        ("Bo Reyes", "video"),
        ("Cy Dunn", "cinematography"),
    ]


# A line crediting only pictures, sound or design is not a credit of the story.
MEDIA_ONLY_LINES = [
    "Video produced by Bo Reyes.",
    "Cinematography by Cy Dunn and Eli Marsh.",
    "Design by Fay Cole.",
    "Music by Kit Vane.",
    "Photos by Lu Chen.",
]


@pytest.mark.parametrize("line", MEDIA_ONLY_LINES, ids=MEDIA_ONLY_LINES)
def test_media_only_credit_is_not_a_story_credit(line: str) -> None:
    assert find_bylines(f"The river rose all week.\n\n{line}") == ()


def test_production_phrases_compose_medium_and_participle() -> None:
    assert ROLE_PHRASES["video produced"] == "video"
    assert ROLE_PHRASES["graphics edited"] == "graphics"
    assert ROLE_PHRASES["podcast hosted"] == "producing"
    assert ROLE_PHRASES["edited"] == "editing"  # the story's own role wins
    assert "shot" not in ROLE_PHRASES  # alone it opens story sentences


def test_story_sentence_with_a_participle_is_no_credit() -> None:
    text = "The river rose all week.\n\nShot by a stray bullet, the horse survived."
    assert find_bylines(text) == ()


# ---------------------------------------------------------------- satellite imagery

SATELLITE_CREDITS = [
    ("Image: Maxar Technologies", "Maxar Technologies"),
    ("Image: Planet Labs PBC", "Planet Labs"),
    ("Image: BlackSky", "BlackSky"),
    ("Image: Airbus DS", "Airbus Defence and Space"),
    ("Image: Capella Space", "Capella Space"),
]


@pytest.mark.parametrize(
    ("written", "agency"), SATELLITE_CREDITS, ids=[w for w, _ in SATELLITE_CREDITS]
)
def test_satellite_imagery_operators(written: str, agency: str) -> None:
    assert organization_kind(agency) == "photo"
    credit = parse_credit(written)
    assert credit is not None
    assert credit.photographers == ()
    assert len(credit.agencies) == 1
    assert canonical_organization(credit.agencies[0]) == agency


# ---------------------------------------------------------------- place and beat titles

# (head byline, person, title): "<place or beat> correspondent/editor/reporter", open,
# hyphenated or (German) written together.
PLACE_TITLES = [
    ("By Ann Lee, Europe-Correspondent", "Ann Lee", "Europe-Correspondent"),
    ("By Ann Lee, Asia-Editor", "Ann Lee", "Asia-Editor"),
    ("By Ann Lee, Africa-Reporter", "Ann Lee", "Africa-Reporter"),
    ("By Brussels Correspondent Ann Lee", "Ann Lee", "Brussels Correspondent"),
    ("By Ann Lee, Nairobi Correspondent", "Ann Lee", "Nairobi Correspondent"),
    ("By Ann Lee, Mexico Correspondent", "Ann Lee", "Mexico Correspondent"),
    ("By Ann Lee, Tokyo correspondent", "Ann Lee", "Tokyo correspondent"),
    ("Von Anna Berger, Auslandskorrespondentin", "Anna Berger", "Auslandskorrespondentin"),
    ("Von Anna Berger, Nahost-Korrespondentin", "Anna Berger", "Nahost-Korrespondentin"),
    ("Von Jan Roth, Wirtschaftsredakteur", "Jan Roth", "Wirtschaftsredakteur"),
]


@pytest.mark.parametrize(("line", "name", "title"), PLACE_TITLES, ids=[t for *_, t in PLACE_TITLES])
def test_place_and_beat_titles(line: str, name: str, title: str) -> None:
    text = f"{line}\nEASTWICK - Rain fell on the town all day long."
    [byline] = find_bylines(text)
    assert [(p.name, p.title) for p in byline.people] == [(name, title)]


# Words that end like a title head but are not one.
NOT_TITLE_HEADS = ["editorial", "-editor", "redakteur-x", "supporter", "porter", "xredakteur"]


@pytest.mark.parametrize("word", NOT_TITLE_HEADS, ids=NOT_TITLE_HEADS)
def test_not_title_heads(word: str) -> None:
    assert not title_head(word)


# ---------------------------------------------------------------- dateline cities

# (dateline, city, country code or None, agencies): a city no table lists, in a form
# that says on its own that it is a dateline (a date, an agency tag, a country after
# the city).  The city needs no list there; its country is known only when written.
UNLISTED_CITIES = [
    ("DUNMORE, March 3 - The ferry line said on Tuesday", "Dunmore", None, ()),
    ("ZERMATT, Switzerland, Jan 23 (Reuters) - Bankers said", "Zermatt", "CH", ("Reuters",)),
    ("ARLES, France (AP) — The mayor said on Friday", "Arles", "FR", ("Associated Press",)),
    ("Dunkerque (AFP) - Le maire a déclaré vendredi", "Dunkerque", None, ("AFP",)),
    ("Husum (dpa) - Der Bürgermeister sagte am Freitag", "Husum", None, ("dpa",)),
    ("Sanremo, 3 mar. (Adnkronos) - Il sindaco ha detto", "Sanremo", None, ("Adnkronos",)),
    ("Cuenca, 3 mar (EFE).- El alcalde dijo el viernes", "Cuenca", None, ("EFE",)),
]


@pytest.mark.parametrize(
    ("text", "city", "code", "agencies"), UNLISTED_CITIES, ids=[c for _, c, *_ in UNLISTED_CITIES]
)
def test_unlisted_city_in_an_unambiguous_dateline(
    text: str, city: str, code: str | None, agencies: tuple[str, ...]
) -> None:
    dateline = find_dateline(f"{text} that it would cut fares.")
    assert dateline is not None
    assert dateline.place is not None
    assert dateline.place.city == city
    assert dateline.place.country_code == code
    assert dateline.agencies == agencies


# The bare "City –" opening of Austrian and German papers says nothing but the dash:
# only listed cities are read there (a capitalised word and a dash open sentences too).
BARE_DASH = [
    pytest.param("Wien – Die Stadt", "Wien", id="listed"),
    pytest.param(
        "Zermatt – Die Bergbahnen", "Zermatt", id="unlisted", marks=pytest.mark.xfail(strict=True)
    ),
]


@pytest.mark.parametrize(("text", "city"), BARE_DASH)
def test_bare_dash_dateline_needs_a_listed_city(text: str, city: str) -> None:
    dateline = find_dateline(f"{text} teilte am Freitag mit, die Preise würden steigen.")
    assert dateline is not None
    assert dateline.place is not None
    assert dateline.place.city == city


# (dateline, country as written, ISO code): the formerly used names of ISO 3166-3.
FORMER_COUNTRIES = [
    ("OUAGADOUGOU, Upper Volta", "Upper Volta", "BF"),
    ("COTONOU, Dahomey", "Dahomey", "BJ"),
    ("SALISBURY, Rhodesia", "Rhodesia", "ZW"),
    ("LEIPZIG, East Germany", "East Germany", "DE"),
    ("ADEN, South Yemen", "South Yemen", "YE"),
    ("KINSHASA, Zaire", "Zaire", "CD"),
]


@pytest.mark.parametrize(
    ("head", "country", "code"), FORMER_COUNTRIES, ids=[c for _, c, _ in FORMER_COUNTRIES]
)
def test_former_country_names(head: str, country: str, code: str) -> None:
    dateline = find_dateline(f"{head}, March 3 - The government said on Tuesday it would act.")
    assert dateline is not None
    assert dateline.place is not None
    assert (dateline.place.country, dateline.place.country_code) == (country, code)


# ---------------------------------------------------------------- model numbers

# A maker's name, a model number and its variant in round hundreds: no tally, even
# with a vote word in the sentence.
MODEL_NUMBERS = [
    "The board voted on Tuesday to lease six Boeing 777-200 jets.",
    "After the vote the airline kept its Airbus 340-600 fleet.",
    "Shareholders voted to sell the Embraer 190-100 planes.",
    "The council voted to buy two Ilyushin 114-300 turboprops.",
    "The union voted to strike at the Saab 340-200 plant.",
    "Delegates voted to scrap the Bombardier 700-100 order.",
]


@pytest.mark.parametrize("text", MODEL_NUMBERS, ids=[t.split()[-3] for t in MODEL_NUMBERS])
def test_model_numbers_are_no_tally(text: str) -> None:
    assert find_votes(text) == ()


# The same shape after a voting body or a vote verb is a tally.
ROUND_TALLIES = [
    ("The House passed the bill 300-100 on Tuesday.", 300, 100),
    ("The Assembly voted 400-200 for the plan.", 400, 200),
    ("Delegates approved it 500-100.", 500, 100),
]


@pytest.mark.parametrize(("text", "yes", "no"), ROUND_TALLIES, ids=[t for t, *_ in ROUND_TALLIES])
def test_round_hundreds_after_a_body_are_tallies(text: str, yes: int, no: int) -> None:
    assert [(v.yes, v.no) for v in find_votes(text)] == [(yes, no)]


# ---------------------------------------------------------------- court names

# (sentence, body): a court named with its complement and the circuit or district
# it sits for, as the US federal courts, England, the EU and Strasbourg name theirs.
COURT_BODIES = [
    (
        "The full U.S. Court of Appeals for the 9th Circuit voted 15-10 to rehear it.",
        "U.S. Court of Appeals for the 9th Circuit",
    ),
    (
        "On Monday the Court of Appeals for the Eleventh Circuit split 7-4 on it.",
        "Court of Appeals for the Eleventh Circuit",
    ),
    (
        "The U.S. Court of Appeals for the D.C. Circuit ruled 2-1 on Monday.",
        "U.S. Court of Appeals for the D.C. Circuit",
    ),
    (
        "A three-judge Federal District Court for the Middle District of Erie ruled 2-1.",
        "Federal District Court for the Middle District of Erie",
    ),
    ("The 4th U.S. Circuit Court of Appeals ruled 2-1 on Monday.", "U.S. Circuit Court of Appeals"),
    ("The European Court of Human Rights ruled 5-2 on Monday.", "European Court of Human Rights"),
    ("The Court of Appeal ruled 2-1 in the case on Friday.", "Court of Appeal"),
    ("The Supreme Court ruled 6-3 on Monday.", "Supreme Court"),
    ("The full 3rd Circuit voted 8-5 to hear it again.", "3rd Circuit"),
    ("A divided Sixth Circuit ruled 9-7 on Friday.", "Sixth Circuit"),
    ("The Texas Court of Criminal Appeals ruled 5-4 on Monday.", "Texas Court of Criminal Appeals"),
]


@pytest.mark.parametrize(("text", "body"), COURT_BODIES, ids=[b for _, b in COURT_BODIES])
def test_court_names_as_bodies(text: str, body: str) -> None:
    [tally] = find_votes(text)
    assert tally.body is not None
    assert tally.body.removeprefix("The ").removeprefix("the ") == body
