"""Dateline and byline classes named after their blind probe.

The probes are ``test_datelines_bylines_probe_blind.py`` and ``…_blind2.py``; each
class below is tested on a table of its own, with our own invented places, people
and sentences.
National capitals that name no time zone in CLDR give their country; a line
handed to ``parse_byline`` may go without a lead word; a byline may open a part
of a scraped furniture line after a bar.  Our own sentences.
"""

from __future__ import annotations

import datetime

import pytest

import newsdoc


@pytest.mark.parametrize(
    ("dateline", "code"),
    [
        pytest.param("DOHA, May 4 (Reuters) - Talks resumed.", "QA", id="doha"),
        pytest.param("QUITO, Ecuador (AP) — The vote was delayed.", "EC", id="quito-with-country"),
        pytest.param("HANOI, June 1 (Reuters) - Exports rose.", "VN", id="hanoi"),
        pytest.param("RABAT (AFP) - Le roi a reçu le ministre.", "MA", id="rabat"),
        pytest.param("ABUJA, Nigeria (AP) — Fuel lines grew.", "NG", id="abuja"),
        pytest.param("Manama, 3 mar (EFE).- El rey inauguró la feria.", "BH", id="manama-efe"),
    ],
)
def test_capital_gives_its_country(dateline: str, code: str) -> None:
    found = newsdoc.parse_dateline(dateline)
    assert found is not None
    assert found.place is not None
    assert found.place.country_code == code


def test_ambiguous_capital_is_not_listed() -> None:
    """ "San Jose" is a city of California too: alone, it gives no country."""
    found = newsdoc.parse_dateline("SAN JOSE, Jan 3 (Reuters) - Chip sales fell.")
    assert found is None or found.place is None or found.place.country_code != "CR"


@pytest.mark.parametrize(
    ("line", "name", "title", "org"),
    [
        pytest.param(
            "Mara Lindqvist, Staff Writer",
            "Mara Lindqvist",
            "Staff Writer",
            None,
            id="staff-writer",
        ),
        pytest.param(
            "Pablo Ferrer, Associated Press", "Pablo Ferrer", None, "Associated Press", id="agency"
        ),
    ],
)
def test_parse_byline_without_lead(
    line: str, name: str, title: str | None, org: str | None
) -> None:
    byline = newsdoc.parse_byline(line)
    assert byline is not None
    assert [p.name for p in byline.people] == [name]
    assert byline.people[0].title == title
    assert (org in byline.organizations) if org else not byline.organizations


def test_parse_byline_without_lead_needs_a_title_or_outlet() -> None:
    """A name and a place could be anything: no byline without a lead word."""
    assert newsdoc.parse_byline("Mara Lindqvist, Oslo") is None


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("Share on X | By Nadia Fenn | April 2, 2022", id="share-bar"),
        pytest.param("Politics • By Nadia Fenn • 4 min read", id="section-dots"),
    ],
)
def test_byline_after_a_bar(head: str) -> None:
    text = head + "\n\nThe city council approved the new bus routes on Monday night."
    bylines = newsdoc.find_bylines(text)
    assert [p.name for b in bylines for p in b.people] == ["Nadia Fenn"]
    span = bylines[0].span
    assert text[span.start : span.end].startswith("By Nadia Fenn")


# ---- Round 2: datelines -------------------------------------------------------------

REF = datetime.date(2024, 3, 5)

#: A region or country in brackets between the place and the date (EFE, Italian
#: copy) is part of the place; a province code of ISTAT's list is Italy's, and wins
#: over a US state with the same code in Italian text only.
PAREN_PLACES = [
    pytest.param(
        "Cuenca (Ecuador), 2 mar (EFE).- El río desbordó dos puentes en la madrugada.",
        ("Cuenca", None, None, "EC", "Cuenca (Ecuador), 2 mar (EFE).-"),
        id="efe-country-in-brackets-dated",
    ),
    pytest.param(
        "Rosario (Argentina), 1 mar (EFE).- Los estibadores levantaron la huelga.",
        ("Rosario", None, None, "AR", "Rosario (Argentina), 1 mar (EFE).-"),
        id="efe-country-in-brackets-rosario",
    ),
    pytest.param(
        "Cernusco sul Naviglio (MI) – Un camion ha perso il carico in tangenziale.",
        ("Cernusco sul Naviglio", "MI", "MI", "IT", "Cernusco sul Naviglio (MI) –"),
        id="it-province-clashing-with-us-state",
    ),
    pytest.param(
        "Bagheria (PA) – Il consiglio comunale ha approvato il bilancio ieri sera.",
        ("Bagheria", "PA", "PA", "IT", "Bagheria (PA) –"),
        id="it-province-pa-not-pennsylvania",
    ),
    pytest.param(
        "Fondi (LT), 2 marzo – I braccianti hanno incrociato le braccia all'alba.",
        ("Fondi", "LT", "LT", "IT", "Fondi (LT), 2 marzo –"),
        id="it-province-before-date",
    ),
    pytest.param(
        "Torre del Greco (NA) – La nave è rientrata in porto con due ore di ritardo.",
        ("Torre del Greco", "NA", "NA", "IT", "Torre del Greco (NA) –"),
        id="it-province-no-clash",
    ),
    pytest.param(
        "Ann Arbor (MI) – The city council approved the new bike lanes on Monday.",
        ("Ann Arbor", "Michigan", "MI", "US", "Ann Arbor (MI) –"),
        id="en-us-state-code-stays-a-state",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAREN_PLACES)
def test_place_in_brackets(text: str, expected: tuple[object, ...]) -> None:
    found = newsdoc.find_dateline(text, reference_date=REF)
    assert found is not None
    assert found.place is not None
    place = found.place
    got = (place.city, place.region, place.region_code, place.country_code)
    assert (*got, text[found.span.start : found.span.end]) == expected


#: The Frankfurter Allgemeine's dateline: a place, a date and a full stop, no dash and
#: no agency ("FRANKFURT, 3. März. Die ..."); the date must be there, the place must be
#: in capitals or a known city, and a sentence must follow.
FULL_STOP_DATED = [
    pytest.param(
        "BERLIN, 4. März. Der Bundesrat hat das Gesetz zur Wärmeplanung gebilligt.",
        ("Berlin", "BERLIN, 4. März.", (3, 4)),
        id="faz-caps-berlin",
    ),
    pytest.param(
        "Wirtschaft\n\nMÜNCHEN, 2. März. Die Messe meldet so viele Aussteller wie nie.",
        ("München", "MÜNCHEN, 2. März.", (3, 2)),
        id="faz-under-section-line",
    ),
    pytest.param(
        "STUTTGART, 28. Februar 2024. Der Landtag streitet über die Schuldenbremse.",
        ("Stuttgart", "STUTTGART, 28. Februar 2024.", (2, 28)),
        id="faz-with-year",
    ),
    pytest.param(
        "Wien, 1. März. Die Stadt öffnet im Sommer zwei neue Bäder für die Bewohner.",
        ("Wien", "Wien, 1. März.", (3, 1)),
        id="known-city-title-case",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FULL_STOP_DATED)
def test_dated_full_stop_dateline(text: str, expected: tuple[object, ...]) -> None:
    found = newsdoc.find_dateline(text, reference_date=REF)
    assert found is not None
    assert found.place is not None
    got = (found.place.city, text[found.span.start : found.span.end], (found.month, found.day))
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Lena, 3. März. Das war der Tag, an dem alles begann.", id="name-not-place"),
        pytest.param(
            "Am Ende des Tages, 3. März. Die Lage blieb ruhig in der ganzen Stadt.",
            id="phrase-not-place",
        ),
        pytest.param("BERLIN, 3. März", id="no-sentence-after"),
        pytest.param(
            "Die Koalition ringt weiter. BERLIN, 3. März. Die Gespräche dauern an.",
            id="not-after-a-lead",
        ),
    ],
)
def test_dated_full_stop_needs_place_date_and_sentence(text: str) -> None:
    assert newsdoc.find_dateline(text, reference_date=REF) is None
