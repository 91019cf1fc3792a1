"""Tests for newsdoc.datelines.

Every case below was written by us for these tests: the stories, places and dates are
fictional but follow the house styles of the agencies and papers named (AP, Reuters,
AFP, EFE, ANSA, dpa, APA, Der Standard, 1980s wire copy).  No corpus text is used.
"""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsdoc
from newsdoc import datelines
from newsdoc.datelines import Dateline, Timestamp, find_dateline, find_timestamps, parse_dateline

REF = dt.date(2020, 1, 15)

# (text, dateline as written, city, region, country code, agencies)
AP_EXAMPLES = [
    (
        "TRIPOLI, Libya (AP) — Militias agreed to a truce.",
        "TRIPOLI, Libya (AP) —",
        "Tripoli",
        None,
        "LY",
        ("Associated Press",),
    ),
    (
        "SPRINGFIELD, Ill. (AP) — The governor signed it.",
        "SPRINGFIELD, Ill. (AP) —",
        "Springfield",
        "Illinois",
        "US",
        ("Associated Press",),
    ),
    (
        "WASHINGTON (AP) _ The Senate adjourned early.",
        "WASHINGTON (AP) _",
        "Washington",
        "District of Columbia",
        "US",
        ("Associated Press",),
    ),
    (
        "DALLAS (AP) — A storm knocked out power.",
        "DALLAS (AP) —",
        "Dallas",
        "Texas",
        "US",
        ("Associated Press",),
    ),
    (
        "FRESNO, Calif. (AP) — Growers met on Monday.",
        "FRESNO, Calif. (AP) —",
        "Fresno",
        "California",
        "US",
        ("Associated Press",),
    ),
    (
        "ALBANY, N.Y. (AP) — Lawmakers returned.",
        "ALBANY, N.Y. (AP) —",
        "Albany",
        "New York",
        "US",
        ("Associated Press",),
    ),
    (
        "JOPLIN, Mo. (AP) — Crews cleared debris.",
        "JOPLIN, Mo. (AP) —",
        "Joplin",
        "Missouri",
        "US",
        ("Associated Press",),
    ),
    (
        "LONDON (AP) — Lawmakers debated the bill.",
        "LONDON (AP) —",
        "London",
        None,
        "GB",
        ("Associated Press",),
    ),
    (
        "HALIFAX, Nova Scotia (AP) — The ferry sailed.",
        "HALIFAX, Nova Scotia (AP) —",
        "Halifax",
        "Nova Scotia",
        "CA",
        ("Associated Press",),
    ),
    (
        "ST. LOUIS (AP) — The zoo reopened.",
        "ST. LOUIS (AP) —",
        "St. Louis",
        "Missouri",
        "US",
        ("Associated Press",),
    ),
    (
        "NEW YORK (AP) — Stocks rose.",
        "NEW YORK (AP) —",
        "New York",
        "New York",
        "US",
        ("Associated Press",),
    ),
]

REUTERS_EXAMPLES = [
    (
        "WASHINGTON, Jan 2 (Reuters) - The Treasury said.",
        "WASHINGTON, Jan 2 (Reuters) -",
        "Washington",
        "District of Columbia",
        "US",
        ("Reuters",),
    ),
    (
        "Jan 30 (Reuters) - Oil prices fell on Thursday.",
        "Jan 30 (Reuters) -",
        None,
        None,
        None,
        ("Reuters",),
    ),
    (
        "MACAU (Reuters) – A casino group said.",
        "MACAU (Reuters) –",
        "Macau",
        None,
        "MO",
        ("Reuters",),
    ),
    (
        "FRANKFURT, Sept 3 (Reuters) - The bank said.",
        "FRANKFURT, Sept 3 (Reuters) -",
        "Frankfurt",
        None,
        "DE",
        ("Reuters",),
    ),
    (
        "ORLANDO, Fla. (Reuters) - Officials said.",
        "ORLANDO, Fla. (Reuters) -",
        "Orlando",
        "Florida",
        "US",
        ("Reuters",),
    ),
]

# 1980s wire copy: a title line in capitals, then the dateline.
WIRE_1987_EXAMPLES = [
    (
        "ACME PLANS OFFERING\nNEW YORK, March 2 - Acme Corp said it",
        "NEW YORK, March 2 -",
        "New York",
        "New York",
        "US",
        (),
    ),
    (
        "GRAIN UNIT FORMED\nCALGARY, Alberta, Feb 26 - A grain group",
        "CALGARY, Alberta, Feb 26 -",
        "Calgary",
        "Alberta",
        "CA",
        (),
    ),
    (
        "STUDIO NET UP\nBEVERLY HILLS, Calif., Feb 26 - Shr 12 cts",
        "BEVERLY HILLS, Calif., Feb 26 -",
        "Beverly Hills",
        "California",
        "US",
        (),
    ),
    ("WEATHER\nomaha, april 7 - Clear and calm", "omaha, april 7 -", "Omaha", None, None, ()),
    (
        "GOLD NEWS\nJOHANNESBURG March 13 - Output rose",
        "JOHANNESBURG March 13 -",
        "Johannesburg",
        None,
        "ZA",
        (),
    ),
    (
        "ITALY RATES\nROME, March 13, Reuter - The central bank",
        "ROME, March 13, Reuter -",
        "Rome",
        None,
        "IT",
        ("Reuters",),
    ),
    (
        "BANK NET\nWILMINGTON, Del., Feb 26 - A bank said",
        "WILMINGTON, Del., Feb 26 -",
        "Wilmington",
        "Delaware",
        "US",
        (),
    ),
    (
        "SHIP SOLD\nTHE HAGUE, March 2 - Dutch officials said",
        "THE HAGUE, March 2 -",
        "The Hague",
        None,
        "NL",
        (),
    ),
    (
        "MINE DEAL\nCOEUR D'ALENE, Idaho, March 2 - A miner said",
        "COEUR D'ALENE, Idaho, March 2 -",
        "Coeur d'Alene",
        "Idaho",
        "US",
        (),
    ),
    (
        "CHEMICALS\nLUDWIGSHAFEN, West Germany, March 25 - A maker said",
        "LUDWIGSHAFEN, West Germany, March 25 -",
        "Ludwigshafen",
        None,
        "DE",
        (),
    ),
    (
        "BANK CUT\nKANSAS CITY, Mo. - March 13 - A bank said",
        "KANSAS CITY, Mo. - March 13 -",
        "Kansas City",
        "Missouri",
        "US",
        (),
    ),
    (
        "RAIL DEAL\nWINSTON-SALEM, N.C., March 2 - A railroad said",
        "WINSTON-SALEM, N.C., March 2 -",
        "Winston-Salem",
        "North Carolina",
        "US",
        (),
    ),
    ("MARKETS\nMONTREAL, Feb 26- Shares rose", "MONTREAL, Feb 26-", "Montreal", None, "CA", ()),
    (
        "TRADE\nNEW YORK, March 9 -- The dollar rose",
        "NEW YORK, March 9 --",
        "New York",
        "New York",
        "US",
        (),
    ),
    (
        "TIN\nDAR ES SALAAM, March 2 - Tin output fell",
        "DAR ES SALAAM, March 2 -",
        "Dar es Salaam",
        None,
        "TZ",
        (),
    ),
    (
        "GAS\nTULSA, Okla., April 1,  - A pipeline said",
        "TULSA, Okla., April 1,  -",
        "Tulsa",
        "Oklahoma",
        "US",
        (),
    ),
    (
        "OIL\nMexico city, march 18 - Output rose",
        "Mexico city, march 18 -",
        "Mexico city",
        None,
        "MX",
        (),
    ),
    (
        "GAS\nGRONINGEN, the Netherlands, March 31 - A field",
        "GRONINGEN, the Netherlands, March 31 -",
        "Groningen",
        None,
        "NL",
        (),
    ),
]

OTHER_AGENCY_EXAMPLES = [
    (
        "Strasbourg, 10 juil 2024 (AFP) - Les députés ont voté.",
        "Strasbourg, 10 juil 2024 (AFP) -",
        "Strasbourg",
        None,
        "FR",
        ("AFP",),
    ),
    (
        "Nueva Delhi, 21 ene (EFE).- El Gobierno indio anunció.",
        "Nueva Delhi, 21 ene (EFE).-",
        "Nueva Delhi",
        None,
        "IN",
        ("EFE",),
    ),
    (
        "(ANSA) - Rome, October 11 - The Italian cabinet met.",
        "(ANSA) - Rome, October 11 -",
        "Rome",
        None,
        "IT",
        ("ANSA",),
    ),
    (
        "Berlin (dpa) - Die Koalition hat sich geeinigt.",
        "Berlin (dpa) -",
        "Berlin",
        None,
        "DE",
        ("dpa",),
    ),
    (
        "BERLIN, 2. Januar (dpa) - Der Bundestag tagt.",
        "BERLIN, 2. Januar (dpa) -",
        "Berlin",
        None,
        "DE",
        ("dpa",),
    ),
    (
        "PARIS, 2 janvier (Reuters) - Le gouvernement a annoncé.",
        "PARIS, 2 janvier (Reuters) -",
        "Paris",
        None,
        "FR",
        ("Reuters",),
    ),
    (
        "MADRID, 2 Ene. (EUROPA PRESS) - El Gobierno aprobó.",
        "MADRID, 2 Ene. (EUROPA PRESS) -",
        "Madrid",
        None,
        "ES",
        ("Europa Press",),
    ),
    ("ROMA, 2 gen - Il governo ha approvato.", "ROMA, 2 gen -", "Roma", None, "IT", ()),
    ("Graz (APA) - Der Landtag hat beschlossen.", "Graz (APA) -", "Graz", None, "AT", ("APA",)),
    (
        "New York (AFP) – The markets opened lower.",
        "New York (AFP) –",
        "New York",
        "New York",
        "US",
        ("AFP",),
    ),
    (
        "Berlín, Alemania, 3 feb (EFE).- La canciller dijo.",
        "Berlín, Alemania, 3 feb (EFE).-",
        "Berlín",
        None,
        "DE",
        ("EFE",),
    ),
    (
        "WIEN, 4. Jänner (APA/dpa) - Die Regierung sagte.",
        "WIEN, 4. Jänner (APA/dpa) -",
        "Wien",
        None,
        "AT",
        ("APA", "dpa"),
    ),
    (
        "Washington (CNN) The president spoke on Friday.",
        "Washington (CNN)",
        "Washington",
        "District of Columbia",
        "US",
        ("CNN",),
    ),
]

# Der Standard runs the lead into the body: "Lead. Wien – Body".
GERMAN_EXAMPLES = [
    (
        "Regierung plant neue Regeln. Wien – Die Koalition hat sich am Montag geeinigt.",
        "Wien –",
        "Wien",
        None,
        "AT",
        (),
    ),
    (
        "Der Streit geht weiter – Entscheidung im Herbst. Klagenfurt – Der Landtag tagte.",
        "Klagenfurt –",
        "Klagenfurt",
        None,
        "AT",
        (),
    ),
    (
        "Neue Studie zum Schlaf. Providence – Forscher haben herausgefunden, dass wir ruhen.",
        "Providence –",
        "Providence",
        None,
        None,
        (),
    ),
    (
        "Gipfel ohne Einigung. Wien/Linz – Die Gespräche wurden vertagt.",
        "Wien/Linz –",
        "Wien/Linz",
        None,
        None,
        (),
    ),
    (
        "Bauarbeiten beginnen. St. Pölten / Wien – Die Arbeiten starten am Montag.",
        "St. Pölten / Wien –",
        "St. Pölten / Wien",
        None,
        None,
        (),
    ),
    (
        "Spiel abgesagt. Santiago de Chile – Der Verband sagte das Spiel ab.",
        "Santiago de Chile –",
        "Santiago de Chile",
        None,
        "CL",
        (),
    ),
    (
        "Titel der Meldung\n\nBerlin – Die Regierung hat am Montag beraten.",
        "Berlin –",
        "Berlin",
        None,
        "DE",
        (),
    ),
    (
        "Das Treffen endete spät. Istanbul- Der Präsident sprach.",
        "Istanbul-",
        "Istanbul",
        None,
        "TR",
        (),
    ),
]

# Datelines with neither date nor agency, dashes of every kind, odd spacing and case.
PLAIN_EXAMPLES = [
    (
        "Campaign heads south\n\nCHARLESTON, S.C. — The candidate spoke.",
        "CHARLESTON, S.C. —",
        "Charleston",
        "South Carolina",
        "US",
        (),
    ),
    (
        "A story\n\nBOCA RATON, Fla. -- Weeds cover the greens.",
        "BOCA RATON, Fla. --",
        "Boca Raton",
        "Florida",
        "US",
        (),
    ),
    (
        "WASHINGTON ― The agency announced a plan.",
        "WASHINGTON ―",
        "Washington",
        "District of Columbia",
        "US",
        (),
    ),
    ("RANGOON, Burma - Voters lined up early.", "RANGOON, Burma -", "Rangoon", None, "MM", ()),
    (
        "NERCHINSK, RUSSIA—Guards opened the gate.",
        "NERCHINSK, RUSSIA—",
        "Nerchinsk",
        None,
        "RU",
        (),
    ),
    ("IRVING, TX—Executives met on Tuesday.", "IRVING, TX—", "Irving", "Texas", "US", ()),
    (
        "WASHINGTON DC – On Monday the agency said.",
        "WASHINGTON DC –",
        "Washington",
        "District of Columbia",
        "US",
        (),
    ),
    ("DES MOINES - Voters braved the snow.", "DES MOINES -", "Des Moines", None, None, ()),
    (
        "MINNESOTA (The Satire Desk)—Scientists said.",
        "MINNESOTA (The Satire Desk)—",
        None,
        "Minnesota",
        "US",
        ("The Satire Desk",),
    ),
    (
        "Salt Lake City (Utah) – Die Delegierten stimmten ab.",
        "Salt Lake City (Utah) –",
        "Salt Lake City",
        "Utah",
        "US",
        (),
    ),
    (
        "Governo, nuova crisi\n\nPozzuoli (NA) – Il sindaco ha firmato.",
        "Pozzuoli (NA) –",
        "Pozzuoli",
        "NA",
        "IT",
        (),
    ),
    (
        "Reforma fiscal. CIUDAD DE MÉXICO.- El Gobierno presentó un plan.",
        "CIUDAD DE MÉXICO.-",
        "Ciudad de México",
        None,
        "MX",
        (),
    ),
    (
        "Stanford – US-Forscher haben einen neuen Akku entwickelt, der sich in wenigen "
        "Minuten laden lässt. Das Team stellte die Ergebnisse am Mittwoch in einer "
        "Fachzeitschrift vor und kündigte weitere Tests an.",
        "Stanford –",
        "Stanford",
        None,
        None,
        (),
    ),
    (
        "Klimagipfel endet. Le Bourget – Nach langem Ringen stimmten alle zu.",
        "Le Bourget –",
        "Le Bourget",
        None,
        None,
        (),
    ),
]

ALL_EXAMPLES = (
    [pytest.param(*case, id=f"ap-{i}") for i, case in enumerate(AP_EXAMPLES)]
    + [pytest.param(*case, id=f"reuters-{i}") for i, case in enumerate(REUTERS_EXAMPLES)]
    + [pytest.param(*case, id=f"wire1987-{i}") for i, case in enumerate(WIRE_1987_EXAMPLES)]
    + [pytest.param(*case, id=f"agency-{i}") for i, case in enumerate(OTHER_AGENCY_EXAMPLES)]
    + [pytest.param(*case, id=f"german-{i}") for i, case in enumerate(GERMAN_EXAMPLES)]
    + [pytest.param(*case, id=f"plain-{i}") for i, case in enumerate(PLAIN_EXAMPLES)]
)


@pytest.mark.parametrize(("text", "raw", "city", "region", "code", "agencies"), ALL_EXAMPLES)
def test_find_dateline(
    text: str,
    raw: str,
    city: str | None,
    region: str | None,
    code: str | None,
    agencies: tuple[str, ...],
) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.span.slice(text) == raw
    place = found.place
    assert (place.city if place else None) == city
    assert (place.region if place else None) == region
    assert (place.country_code if place else None) == code
    assert found.agencies == agencies


# (text, reference date, month, day, year as written, resolved date)
DATE_EXAMPLES = [
    pytest.param(
        "WASHINGTON, Jan 2 (Reuters) - x.", REF, 1, 2, None, dt.date(2020, 1, 2), id="same-year"
    ),
    pytest.param(
        "WASHINGTON, Dec 31 (Reuters) - x.",
        dt.date(2020, 1, 2),
        12,
        31,
        None,
        dt.date(2019, 12, 31),
        id="last-year",
    ),
    pytest.param(
        "TOKYO, Jan 1 - x rose.",
        dt.date(2019, 12, 31),
        1,
        1,
        None,
        dt.date(2020, 1, 1),
        id="next-year",
    ),
    pytest.param("WASHINGTON, Jan 2 (Reuters) - x.", None, 1, 2, None, None, id="no-reference"),
    pytest.param(
        "Strasbourg, 10 juil 2024 (AFP) - x.",
        None,
        7,
        10,
        2024,
        dt.date(2024, 7, 10),
        id="written-year",
    ),
    pytest.param("BERLIN, 2. Januar (dpa) - x.", REF, 1, 2, None, dt.date(2020, 1, 2), id="german"),
    pytest.param(
        "MADRID, 2 de enero (EFE).- x.", REF, 1, 2, None, dt.date(2020, 1, 2), id="de-enero"
    ),
    pytest.param(
        "LONDON, Feb 29 - x rose.",
        dt.date(2021, 3, 1),
        2,
        29,
        None,
        dt.date(2020, 2, 29),
        id="leap-day",
    ),
    pytest.param("PARIS, Sept. 3 (Reuters) - x.", REF, 9, 3, None, dt.date(2019, 9, 3), id="sept"),
    pytest.param(
        "NEW YORK, Nov. 19 (UPI) — x.",
        dt.date(2015, 11, 19),
        11,
        19,
        None,
        dt.date(2015, 11, 19),
        id="upi",
    ),
]


@pytest.mark.parametrize(("text", "reference", "month", "day", "year", "date"), DATE_EXAMPLES)
def test_dateline_dates(
    text: str,
    reference: dt.date | None,
    month: int,
    day: int,
    year: int | None,
    date: dt.date | None,
) -> None:
    found = find_dateline(text, reference_date=reference)
    assert found is not None
    assert (found.month, found.day, found.year, found.date) == (month, day, year, date)


# Near misses: a sentence that starts with a city, headlines, table rows, prose.
NOT_DATELINES = [
    pytest.param("Madrid - A City Reborn\n\nThe Spanish capital grew.", id="title-with-city"),
    pytest.param("Title\n\nThe party's convention is July 25-28.\n\nMore.", id="date-range"),
    pytest.param(
        "MARKET SPOTLIGHT - U.S. GAP WITH NICs\nBy Ann Lee\nText.", id="caps-title-acronym"
    ),
    pytest.param("Das Konzert. The Beastie Boys – Michael Diamond sang.", id="band-en-dash"),
    pytest.param("Cup report. Arsenal - Premiership leaders - won again.", id="aside-hyphens"),
    pytest.param("FACTBOX - Key facts about the vote", id="reuters-slug"),
    pytest.param("Title\n\nFLASHBACK — Clinton said it in 2008.", id="furniture-flashback"),
    pytest.param("Eilmeldung – Der Kanzler tritt zurück.", id="german-furniture"),
    pytest.param("Der Verein spielt in der 2. Liga- Saison weiter.", id="german-ordinal"),
    pytest.param("London is the capital of the country.", id="city-starts-sentence"),
    pytest.param("By 2025, the city will have grown.", id="by-year"),
    pytest.param("By March 2, the company must file.", id="by-date"),
    pytest.param("Paris and Berlin - two capitals at odds.", id="two-cities"),
    pytest.param("ECONOMIC OUTLOOK - BANKS EXPECT GROWTH\nThe banks said.", id="caps-headline"),
    pytest.param("Title\n\nChicago - 45 - 32 - 12\nDenver - 40 - 30 - 10", id="table-row"),
    pytest.param("Story title\n\nMehmet Ozturk — a surgeon and author — spoke.", id="name-dash"),
    pytest.param("Title line\n\nThe Beastie Boys - three friends - played.", id="band-dash"),
    pytest.param("Notice\n\nSMITH--John Arthur, 88, of Rye, died.", id="death-notice"),
    pytest.param("BREAKING - The vote is delayed.", id="furniture-word"),
    pytest.param("A storm hit the coast on Monday, officials said.", id="plain-prose"),
    pytest.param("In the new poll, conducted March 11-13, 40 percent said yes.", id="poll-dates"),
    pytest.param("Der Streit – so die Regierung – geht weiter.", id="german-dash-prose"),
    pytest.param("Termin am 10. Oktober – Die Sitzung beginnt.", id="german-date-dash"),
    pytest.param("", id="empty"),
    pytest.param(
        "Headline here\n\n" + "A normal paragraph of text. " * 80 + "\n\nBERLIN - late.",
        id="too-deep",
    ),
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


KNOWN_MISSES = [
    pytest.param(
        "Stanford – US-Forscher haben einen Akku entwickelt.",
        "Stanford",
        id="unknown-titlecase-city-short-first-line",
    ),
]


@pytest.mark.xfail(strict=True, reason="known miss")
@pytest.mark.parametrize(("text", "city"), KNOWN_MISSES)
def test_known_misses(text: str, city: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.place is not None
    assert found.place.city == city


def test_dateline_after_byline_and_furniture() -> None:
    text = (
        "Senate passes farm bill\n\nBy Jane Roe and Sam Poe\n\nUpdated 3:45 PM EST\n\n"
        "PIERRE, S.D. (AP) — The Senate passed the bill on Tuesday."
    )
    found = find_dateline(text)
    assert found is not None
    assert found.span.slice(text) == "PIERRE, S.D. (AP) —"
    assert found.place is not None
    assert found.place.region == "South Dakota"


def test_place_keeps_raw_and_span() -> None:
    text = "Title\nSANTA CRUZ, Calif., Feb 26 - Net income rose"
    found = find_dateline(text)
    assert found is not None
    place = found.place
    assert place is not None
    assert place.raw == "SANTA CRUZ, Calif."
    paren = find_dateline("Salt Lake City (Utah) – Die Delegierten stimmten ab.")
    assert paren is not None
    assert paren.place is not None
    assert paren.place.raw == "Salt Lake City (Utah)"
    assert place.span is not None
    assert place.span.slice(text) == "SANTA CRUZ, Calif."
    assert (place.city, place.region, place.region_code) == ("Santa Cruz", "California", "CA")


@pytest.mark.parametrize(
    ("language", "country"),
    [
        ("en", "Austria"),
        ("de", "Österreich"),
        ("fr", "Autriche"),
        ("es", "Austria"),
        ("it", "Austria"),
    ],
)
def test_country_name_in_text_language(language: str, country: str) -> None:
    found = find_dateline("VIENNA (AP) — The talks resumed.", language=language)
    assert found is not None
    assert found.place is not None
    assert found.place.country == country


def test_parse_dateline_alone() -> None:
    found = parse_dateline("  Wien –")
    assert found is not None
    assert found.span == newsdoc.Span(start=2, end=8)
    assert found.place is not None
    assert found.place.city == "Wien"
    assert parse_dateline("no dateline here") is None


def test_parse_and_find_agree_at_start() -> None:
    text = "BERLIN, 2. Januar (dpa) - Der Bundestag tagt."
    assert parse_dateline(text, reference_date=REF) == find_dateline(text, reference_date=REF)


def test_article_uses_dateline_and_stamp() -> None:
    text = "Published: Jan. 2, 2020\n\nWASHINGTON, Dec 31 (Reuters) - Talks ended."
    article = newsdoc.parse(text)
    assert article.reference_date == dt.date(2020, 1, 2)
    assert article.dateline is not None
    assert article.dateline.date == dt.date(2019, 12, 31)


# (text, kind, ISO value, stamp as written)
TIMESTAMP_EXAMPLES = [
    pytest.param(
        "date 2020-01-02 January 2, 2020 | 1: 15pm\n\nStory.",
        None,
        "2020-01-02T13:15:00",
        "date 2020-01-02 January 2, 2020 | 1: 15pm",
        id="date-bar",
    ),
    pytest.param(
        "Published: Jan. 2, 2020 at 1:15 p.m. ET\nStory.",
        "published",
        "2020-01-02T13:15:00-05:00",
        "Published: Jan. 2, 2020 at 1:15 p.m. ET",
        id="et-winter",
    ),
    pytest.param(
        "Published: July 4, 2020 at 9:05 a.m. ET\nStory.",
        "published",
        "2020-07-04T09:05:00-04:00",
        "Published: July 4, 2020 at 9:05 a.m. ET",
        id="et-summer",
    ),
    pytest.param(
        "Updated 3:45 PM EST, Thu January 2, 2020\nStory.",
        "updated",
        "2020-01-02T15:45:00-05:00",
        "Updated 3:45 PM EST, Thu January 2, 2020",
        id="time-first",
    ),
    pytest.param(
        "PUBLISHED: 14:11 EST, 25 October 2013 | UPDATED: 16:02 EST, 25 October 2013",
        "published",
        "2013-10-25T14:11:00-05:00",
        "PUBLISHED: 14:11 EST, 25 October 2013",
        id="mail-style",
    ),
    pytest.param(
        "Veröffentlicht am 2. Januar 2020, 13:15 Uhr\nText.",
        "published",
        "2020-01-02T13:15:00",
        "Veröffentlicht am 2. Januar 2020, 13:15 Uhr",
        id="german",
    ),
    pytest.param(
        "Aktualisiert am 3. März 2021, 08:00 MEZ\nText.",
        "updated",
        "2021-03-03T08:00:00+01:00",
        "Aktualisiert am 3. März 2021, 08:00 MEZ",
        id="mez",
    ),
    pytest.param(
        "Publié le 5 mai 2022 à 10h30\nTexte.",
        "published",
        "2022-05-05T10:30:00",
        "Publié le 5 mai 2022 à 10h30",
        id="french",
    ),
    pytest.param(
        "Actualizado el 7 de junio de 2021 a las 18:20\nTexto.",
        "updated",
        "2021-06-07T18:20:00",
        "Actualizado el 7 de junio de 2021 a las 18:20",
        id="spanish",
    ),
    pytest.param(
        "Pubblicato il 9 settembre 2019 alle 12:00\nTesto.",
        "published",
        "2019-09-09T12:00:00",
        "Pubblicato il 9 settembre 2019 alle 12:00",
        id="italian",
    ),
    pytest.param(
        "Posted by Jane Roe on 19 Sep 2016\n\nStory.",
        "published",
        "2016-09-19T00:00:00",
        "Posted by Jane Roe on 19 Sep 2016",
        id="posted-by",
    ),
    pytest.param(
        "Published 2020-01-02T13:15:00+01:00\n",
        "published",
        "2020-01-02T13:15:00+01:00",
        "Published 2020-01-02T13:15:00+01:00",
        id="iso",
    ),
    pytest.param(
        "Title\n\nJanuary 2, 2020 1:15 pm\n\nStory.",
        None,
        "2020-01-02T13:15:00",
        "January 2, 2020 1:15 pm",
        id="bare-line",
    ),
    pytest.param(
        "Stand: 02.01.2020 13:15 Uhr\nText.",
        None,
        "2020-01-02T13:15:00",
        "Stand: 02.01.2020 13:15 Uhr",
        id="numeric-german",
    ),
    pytest.param(
        "First published on Thu 2 Jan 2020 13.15 GMT\nStory.",
        "published",
        "2020-01-02T13:15:00+00:00",
        "First published on Thu 2 Jan 2020 13.15 GMT",
        id="dotted-time-gmt",
    ),
    pytest.param(
        "Actualizado 02/01/2020 13:15\nTexto.",
        "updated",
        "2020-01-02T13:15:00",
        "Actualizado 02/01/2020 13:15",
        id="spanish-numeric-day-first",
    ),
    pytest.param(
        "Updated: 12/31/2019 10:00 a.m.\nStory.",
        "updated",
        "2019-12-31T10:00:00",
        "Updated: 12/31/2019 10:00 a.m.",
        id="english-numeric-month-first",
    ),
    pytest.param(
        "Posted: Jan 2, 2020 / 01:15 PM EST\nStory.",
        "published",
        "2020-01-02T13:15:00-05:00",
        "Posted: Jan 2, 2020 / 01:15 PM EST",
        id="slash-joined",
    ),
]


@pytest.mark.parametrize(("text", "kind", "value", "raw"), TIMESTAMP_EXAMPLES)
def test_find_timestamps(text: str, kind: str | None, value: str, raw: str) -> None:
    stamps = find_timestamps(text)
    assert stamps
    first = stamps[0]
    assert first.kind == kind
    assert first.value.isoformat() == value
    assert first.span.slice(text) == raw


NOT_TIMESTAMPS = [
    pytest.param("The bonds mature at a\ndate May 14, 1987. Terms were set.", id="date-in-prose"),
    pytest.param(
        "A post on the site said so\n9:35 PM - 19 Oct 2016\n273 likes", id="embedded-post"
    ),
    pytest.param("The report was published in 2019 by the ministry.", id="verb-in-prose"),
    pytest.param("Updated figures will follow next week.", id="no-date"),
    pytest.param("Title\n\nJanuary 2, 2020 was a cold day in the city.", id="date-opens-sentence"),
    pytest.param("Published: yesterday", id="relative"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_TIMESTAMPS)
def test_not_a_timestamp(text: str) -> None:
    assert find_timestamps(text) == ()


def test_windows_line_ends() -> None:
    text = "Title\r\n\r\nJanuary 2, 2020 1:15 pm\r\n\r\nNEW YORK, March 2 - Acme said\r\n"
    assert [t.value.isoformat() for t in find_timestamps(text)] == ["2020-01-02T13:15:00"]
    found = find_dateline(text)
    assert found is not None
    assert found.span.slice(text) == "NEW YORK, March 2 -"


def test_two_stamps_in_order() -> None:
    text = "PUBLISHED: 14:11 EST, 25 October 2013 | UPDATED: 16:02 EST, 25 October 2013"
    kinds = [t.kind for t in find_timestamps(text)]
    assert kinds == ["published", "updated"]


def test_timestamp_fields() -> None:
    (stamp,) = find_timestamps("Updated 3:45 PM EST, Thu January 2, 2020")
    assert isinstance(stamp, Timestamp)
    assert stamp.has_time
    assert stamp.zone == "EST"
    (dated,) = find_timestamps("Published: Jan. 2, 2020\n")
    assert not dated.has_time
    assert dated.value.tzinfo is None


@pytest.mark.parametrize("func", [find_dateline, parse_dateline, find_timestamps])
def test_rejects_non_str(func: object) -> None:
    with pytest.raises(TypeError):
        func(b"WASHINGTON (AP) -")  # type: ignore[operator]


def test_rejects_bad_reference_and_language() -> None:
    with pytest.raises(TypeError):
        find_dateline("x", reference_date="2020-01-02")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unsupported language"):
        find_dateline("x", language="nl")


def test_datetime_reference_is_accepted() -> None:
    found = find_dateline("ROME, Jan 3 - x.", reference_date=dt.datetime(2020, 1, 2, 10, 0))
    assert found is not None
    assert found.date == dt.date(2020, 1, 3)


ADVERSARIAL = [
    pytest.param("x" * 1_000_000, id="one-long-word"),
    pytest.param("WASHINGTON " * 90_000, id="repeated-city"),
    pytest.param("“" * 10_000 + "A (" * 10_000, id="quote-marks-and-parens"),
    pytest.param("1-2-" * 250_000, id="digits-and-dashes"),
    pytest.param("Published: " + "Jan. 2, " * 100_000, id="stamp-cue-then-junk"),
    pytest.param("LONDON, " * 100_000 + "March 2 -", id="many-commas"),
    pytest.param("Wien. " * 150_000 + "– x", id="many-sentences"),
    pytest.param("2020 " * 200_000, id="many-years"),
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_input_finishes(text: str) -> None:
    find_dateline(text)
    parse_dateline(text)
    find_timestamps(text)


# Pieces of datelines and stamps, glued at random: they reach far more of the
# parser's branches than random characters do.
TOKENS = (
    "WASHINGTON",
    "Wien",
    "São",
    "Paulo",
    "ST.",
    "LOUIS",
    "Le",
    "Bourget",
    "The",
    "a",
    "x",
    ",",
    " ",
    ".",
    "(",
    ")",
    "\n",
    "\n\n",
    "|",
    "·",
    "****",
    "RPT",
    "(AP)",
    "(Reuters)",
    "(CNN)",
    "(dpa/AFP)",
    "(The Desk)",
    "(NA)",
    "(Utah)",
    "Reuter",
    "—",
    "-",
    "–",
    "_",
    "--",
    "Calif.",
    "N.Y.",
    "de",
    "enero",
    "Jan",
    "Jan.",
    "2.",
    "Januar",
    "2",
    "31",
    "2020",
    "2020-01-02",
    "T",
    "Z",
    "+01:00",
    "12/31/2019",
    "31.12.2019",
    "Published:",
    "Updated",
    "Date",
    "date",
    "Mis à jour",
    "le",
    "at",
    "um",
    "Uhr",
    "1:15",
    "13:15",
    "h",
    "30",
    "p.m.",
    "ET",
    "EST",
    "GMT+1",
)
NEWSY = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)

# Inputs that once broke an invariant (a span outside the text or around its place).
BUGS_CAUGHT = [
    pytest.param("(NA) - Rome - Il sindaco ha firmato.", id="lead-parenthesis-is-a-region"),
    pytest.param("(CNN)--LOUIS GMT (The Desk) 2020", id="lead-agency-without-final-dash"),
]


@pytest.mark.parametrize("text", BUGS_CAUGHT)
def test_bugs_caught(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert (
            found.place is None or found.place.span is None or found.span.contains(found.place.span)
        )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400) | NEWSY)
def test_properties_any_text(text: str) -> None:
    found = find_dateline(text)
    assert found == find_dateline(text)
    if found is not None:
        assert isinstance(found, Dateline)
        assert 0 <= found.span.start < found.span.end <= len(text)
        if found.place is not None and found.place.span is not None:
            assert found.span.contains(found.place.span)
            assert found.place.span.slice(text) == found.place.raw
    stamps = find_timestamps(text)
    assert stamps == find_timestamps(text)
    for stamp in stamps:
        assert 0 <= stamp.span.start < stamp.span.end <= len(text)
    parsed = parse_dateline(text)
    if parsed is not None:
        assert 0 <= parsed.span.start < parsed.span.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Updated 2020-01-02", [8], id="iso-date"),
        pytest.param("in 1999 and 2021", [3, 12], id="two-years-in-order"),
        pytest.param("code 20201 or 192", [], id="too-many-or-too-few-digits"),
        pytest.param("x2019", [1], id="after-a-letter"),
        pytest.param("32019", [], id="inside-a-longer-run"),
        pytest.param("19\u0663\u0664", [0], id="digits-of-another-script"),
        pytest.param("1850 or 2150", [], id="other-centuries"),
    ],
)
def test_years(text: str, expected: list[int]) -> None:
    assert datelines._years(text, 0, len(text)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("0129 a\n\u0663")), max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_years_are_the_four_digit_runs(text: str, lo: int, hi: int) -> None:
    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    runs = list(regex.finditer(r"\d{4,}+", text, pos=lo, endpos=hi))
    expected = [m.start() for m in runs if len(m.group()) == 4 and m.group()[:2] in ("19", "20")]
    assert datelines._years(text, lo, hi) == expected
