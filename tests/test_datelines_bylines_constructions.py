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


# ---- Round 2: publication stamps ------------------------------------------------------

#: A second cue after a comma on the stamp's line is a second stamp ("Publié le …,
#: modifié le …"), in the five languages.
CHAINED_STAMPS = [
    pytest.param(
        "Publié le 12 février 2024 à 08h15, mis à jour le 12 février 2024 à 10h02",
        [("published", "2024-02-12T08:15:00"), ("updated", "2024-02-12T10:02:00")],
        id="fr-publie-mis-a-jour",
    ),
    pytest.param(
        "Veröffentlicht am 9. Januar 2024, 07:30 Uhr, aktualisiert am 9. Januar 2024, 11:45 Uhr",
        [("published", "2024-01-09T07:30:00"), ("updated", "2024-01-09T11:45:00")],
        id="de-veroeffentlicht-aktualisiert",
    ),
    pytest.param(
        "Publicado el 20 de enero de 2024, actualizado el 21 de enero de 2024",
        [("published", "2024-01-20T00:00:00"), ("updated", "2024-01-21T00:00:00")],
        id="es-publicado-actualizado",
    ),
    pytest.param(
        "Pubblicato il 5 aprile 2024; aggiornato il 6 aprile 2024 alle 9:10",
        [("published", "2024-04-05T00:00:00"), ("updated", "2024-04-06T09:10:00")],
        id="it-semicolon",
    ),
    pytest.param(
        "Published June 3, 2024, updated June 4, 2024 at 5:20 p.m.",
        [("published", "2024-06-03T00:00:00"), ("updated", "2024-06-04T17:20:00")],
        id="en-published-updated",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAINED_STAMPS)
def test_chained_stamps(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(t.kind, t.value.isoformat()) for t in newsdoc.find_timestamps(text)]
    assert got == expected


#: A stamp is a label, a date (a time, a zone) and nothing else; a sentence that opens
#: with the participle goes on with a complement and is prose.  A colon makes a label,
#: and a byline's lead word may follow a stamp.
STAMP_OR_PROSE = [
    pytest.param(
        "Publiée le 8 janvier 2024 dans un rapport, l'étude chiffre les pertes.",
        [],
        id="fr-participle-prose",
    ),
    pytest.param(
        "Veröffentlicht am 4. März 2024 im Amtsblatt, tritt die Verordnung sofort in Kraft.",
        [],
        id="de-participle-prose",
    ),
    pytest.param(
        "Publicado el 2 de febrero de 2024 en el BOE, el decreto fija nuevas tasas.",
        [],
        id="es-participle-prose",
    ),
    pytest.param(
        "Aggiornato il 3 marzo 2024 con i nuovi dati, il rapporto conferma il calo.",
        [],
        id="it-participle-prose",
    ),
    pytest.param(
        "Published March 1, 2024 in the journal, the study tracked 900 patients.",
        [],
        id="en-participle-prose",
    ),
    pytest.param(
        "Publié le 8 janvier 2024 à 09h00 par Lise Morand",
        [("published", "2024-01-08T09:00:00")],
        id="fr-stamp-then-byline",
    ),
    pytest.param(
        "Publicado: 2 de febrero de 2024 en portada",
        [("published", "2024-02-02T00:00:00")],
        id="es-colon-label",
    ),
    pytest.param(
        "Aggiornato il 3 marzo 2024 - 10:40",
        [("updated", "2024-03-03T10:40:00")],
        id="it-stamp-dash-time",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAMP_OR_PROSE)
def test_stamp_or_prose(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(t.kind, t.value.isoformat()) for t in newsdoc.find_timestamps(text)]
    assert got == expected


#: A line of its own right under the title holding a date, then a time, is the page's
#: stamp even without a blank line; a post's time-first sign-off is not.
BARE_UNDER_TITLE = [
    pytest.param(
        "Neue Brücke über die Mur\n12. Februar 2024, 09.40 Uhr\n\nDie Stadt baut.",
        ["2024-02-12T09:40:00"],
        id="de-dotted-time",
    ),
    pytest.param(
        "Le port rouvre\n12/02/2024 09:40\n\nLes ferries sont repartis.",
        ["2024-02-12T09:40:00"],
        id="fr-numeric",
    ),
    pytest.param(
        "Il porto riapre\n12 febbraio 2024, 9:40\nIl traffico riprende.",
        ["2024-02-12T09:40:00"],
        id="it-no-blank-after",
    ),
    pytest.param(
        "Neue Brücke über die Mur\n12. Februar 2024\nDie Stadt baut.", [], id="date-alone"
    ),
    pytest.param("Great match tonight\n10:12 PM - 3 Feb 2024\n12 likes", [], id="post-sign-off"),
    pytest.param(
        "Titel\nText der Meldung.\n12. Februar 2024, 09.40 Uhr\nWeiter.", [], id="not-under-title"
    ),
]


@pytest.mark.parametrize(("text", "expected"), BARE_UNDER_TITLE)
def test_bare_stamp_under_title(text: str, expected: list[str]) -> None:
    got = [t.value.isoformat() for t in newsdoc.find_timestamps(text)]
    assert got == expected


# ---- Round 2: bylines ---------------------------------------------------------------

#: A noun that is also an English surname (Reaney and Wilson) ends a name after a name
#: word; alone, first, or in lower case it is still no name.
SURNAME_NOUNS = [
    pytest.param(
        "Talks resumed.\n\n(Reporting by Omar Vance; Editing by Tessa Banks)",
        ["Omar Vance", "Tessa Banks"],
        id="reuters-editing-banks",
    ),
    pytest.param(
        "Talks resumed.\n\n(Reporting by Lior Judge in Haifa; Editing by Ken Noon)",
        ["Lior Judge", "Ken Noon"],
        id="reuters-judge-noon",
    ),
    pytest.param(
        "Title\nBy Mara Court\n\nThe board met on Monday.", ["Mara Court"], id="head-court"
    ),
    pytest.param("Title\nBy Bank\n\nThe board met on Monday.", [], id="alone-no-name"),
    pytest.param("By Court order, the sale was halted on Monday.", [], id="first-word-prose"),
]


@pytest.mark.parametrize(("text", "names"), SURNAME_NOUNS)
def test_surname_that_is_a_noun(text: str, names: list[str]) -> None:
    got = [p.name for b in newsdoc.find_bylines(text) for p in b.people]
    assert got == names
