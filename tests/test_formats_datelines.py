"""The dateline conventions catalogue: one row per layout a newsroom uses, one test per row.

Every example was written by us for this table (fictional stories, real place names); the
layouts follow the published conventions of the agencies and papers named in each group:
the AP Stylebook "datelines" entry (city in capitals, state abbreviation, "(AP) —"), the
visible house formats of Reuters, AFP, dpa, APA, Keystone-SDA, EFE, Europa Press and ANSA
wire copy, and the local-paper openings of German, Austrian, Italian and Spanish dailies.
No corpus text is used.

``docs/formats/datelines.md`` is rendered from :data:`ROWS`; ``test_docs_in_sync`` fails
when the two differ, and ``python tests/test_formats_datelines.py`` rewrites the page.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

import pytest

from newsdoc import find_dateline

DOC = Path(__file__).resolve().parent.parent / "docs" / "formats" / "datelines.md"


class Row(NamedTuple):
    """One convention: an example of ours and the dateline newsdoc reads from it."""

    id: str
    text: str
    dateline: str | None  # the dateline as written (its span), None: no dateline
    city: str | None = None
    region: str | None = None
    country: str | None = None  # ISO code
    agencies: tuple[str, ...] = ()
    month_day: tuple[int | None, int | None] = (None, None)
    xfail: str | None = None  # why a known miss is missed (strict xfail)


# Groups in display order: (heading, rows).
GROUPS: tuple[tuple[str, tuple[Row, ...]], ...] = (
    (
        "Associated Press (AP Stylebook, US newspapers)",
        (
            Row(
                "ap-city-state-abbreviation",
                "SPRINGFIELD, Ill. (AP) — The council voted on Monday.",
                "SPRINGFIELD, Ill. (AP) —",
                "Springfield",
                "Illinois",
                "US",
                ("Associated Press",),
            ),
            Row(
                "ap-standalone-city",
                "DENVER (AP) — Snow closed the passes.",
                "DENVER (AP) —",
                "Denver",
                "Colorado",
                "US",
                ("Associated Press",),
            ),
            Row(
                "ap-foreign-city-country",
                "NAIROBI, Kenya (AP) — Rains flooded the market.",
                "NAIROBI, Kenya (AP) —",
                "Nairobi",
                None,
                "KE",
                ("Associated Press",),
            ),
            Row(
                "ap-legacy-underscore-dash",
                "BOSTON (AP) _ The mayor spoke late.",
                "BOSTON (AP) _",
                "Boston",
                "Massachusetts",
                "US",
                ("Associated Press",),
            ),
            Row(
                "ap-spelled-out-state",
                "HELENA, Montana (AP) — A wildfire spread overnight.",
                "HELENA, Montana (AP) —",
                "Helena",
                "Montana",
                "US",
                ("Associated Press",),
            ),
            Row(
                "ap-region-in-parentheses",
                "SPRINGFIELD (Ill.) — The council voted on Monday.",
                "SPRINGFIELD (Ill.) —",
                "Springfield",
                "Illinois",
                "US",
            ),
            Row(
                "us-paper-city-and-dash",
                "WASHINGTON — The Senate adjourned without a deal.",
                "WASHINGTON —",
                "Washington",
                "District of Columbia",
                "US",
            ),
            Row(
                "us-paper-double-hyphen",
                "HOUSTON -- Refineries restarted on Friday.",
                "HOUSTON --",
                "Houston",
                "Texas",
                "US",
            ),
            Row(
                "us-paper-title-above",
                "Storm closes schools\n\nTULSA, Okla. — Classes were cancelled.",
                "TULSA, Okla. —",
                "Tulsa",
                "Oklahoma",
                "US",
            ),
        ),
    ),
    (
        "Reuters",
        (
            Row(
                "reuters-city-month-day",
                "LONDON, Jan 2 (Reuters) - Sterling rose early on Thursday.",
                "LONDON, Jan 2 (Reuters) -",
                "London",
                None,
                "GB",
                ("Reuters",),
                (1, 2),
            ),
            Row(
                "reuters-abbreviated-month-dot",
                "NEW YORK, Sept. 14 (Reuters) - Stocks fell.",
                "NEW YORK, Sept. 14 (Reuters) -",
                "New York",
                "New York",
                "US",
                ("Reuters",),
                (9, 14),
            ),
            Row(
                "reuters-date-only",
                "March 3 (Reuters) - Oil prices slipped in Asian trade.",
                "March 3 (Reuters) -",
                None,
                None,
                None,
                ("Reuters",),
                (3, 3),
            ),
            Row(
                "reuters-agency-only",
                "(Reuters) - The retailer cut its forecast on Tuesday.",
                "(Reuters) -",
                agencies=("Reuters",),
            ),
            Row(
                "reuters-two-places-slash",
                "BRUSSELS/PARIS, May 5 (Reuters) - Ministers met again.",
                "BRUSSELS/PARIS, May 5 (Reuters) -",
                "Brussels/Paris",
                None,
                None,
                ("Reuters",),
                (5, 5),
            ),
            Row(
                "reuters-agency-glued-to-first-word",
                "LONDON (Reuters)The pound edged higher.",
                "LONDON (Reuters)",
                "London",
                None,
                "GB",
                ("Reuters",),
            ),
            Row(
                "reuters-1980s-no-agency",
                "Bank rate rises\nTOKYO, March 2 - The central bank raised its rate.",
                "TOKYO, March 2 -",
                "Tokyo",
                None,
                "JP",
                (),
                (3, 2),
            ),
        ),
    ),
    (
        "AFP (Agence France-Presse)",
        (
            Row(
                "afp-city-caps",
                "KABUL (AFP) - Talks resumed on Sunday.",
                "KABUL (AFP) -",
                "Kabul",
                None,
                "AF",
                ("AFP",),
            ),
            Row(
                "afp-french-city",
                "Lyon (AFP) - La mairie a fermé les parcs.",
                "Lyon (AFP) -",
                "Lyon",
                None,
                "FR",
                ("AFP",),
            ),
            Row(
                "afp-agency-only",
                "(AFP) - Le gouvernement a présenté son budget mardi.",
                "(AFP) -",
                agencies=("AFP",),
            ),
            Row(
                "afp-french-date",
                "PARIS, 3 mars 2021 (AFP) - Le Sénat a voté le texte.",
                "PARIS, 3 mars 2021 (AFP) -",
                "Paris",
                None,
                "FR",
                ("AFP",),
                (3, 3),
            ),
            Row(
                "french-article-before-date",
                "Paris, le 2 janvier 2020 - Le gouvernement a annoncé son plan.",
                "Paris, le 2 janvier 2020 -",
                "Paris",
                None,
                "FR",
                (),
                (1, 2),
            ),
            Row(
                "afp-english-agency-only-dash",
                "(AFP) — Rescuers searched the rubble through the night.",
                "(AFP) —",
                agencies=("AFP",),
            ),
        ),
    ),
    (
        "dpa, APA, Keystone-SDA (German-language wires)",
        (
            Row(
                "dpa-city",
                "Berlin (dpa) - Die Regierung hat den Etat beschlossen.",
                "Berlin (dpa) -",
                "Berlin",
                None,
                "DE",
                ("dpa",),
            ),
            Row(
                "dpa-city-date",
                "BERLIN, 2. Januar (dpa) - Die Bahn erhöht die Preise.",
                "BERLIN, 2. Januar (dpa) -",
                "Berlin",
                None,
                "DE",
                ("dpa",),
                (1, 2),
            ),
            Row(
                "faz-city-date-full-stop",
                "BERLIN, 4. März. Der Bundesrat hat das Gesetz gebilligt.",
                "BERLIN, 4. März.",
                "Berlin",
                None,
                "DE",
                (),
                (3, 4),
            ),
            Row(
                "dpa-two-places-slash",
                "Berlin/Paris (dpa) - Die beiden Minister trafen sich.",
                "Berlin/Paris (dpa) -",
                "Berlin/Paris",
                None,
                None,
                ("dpa",),
            ),
            Row(
                "dpa-afx-financial",
                "Frankfurt (dpa-AFX) - Der Dax legte zu.",
                "Frankfurt (dpa-AFX) -",
                "Frankfurt",
                None,
                "DE",
                ("dpa-AFX",),
            ),
            Row(
                "apa-vienna",
                "Wien (APA) - Die Inflation ist im Mai gesunken.",
                "Wien (APA) -",
                "Wien",
                None,
                "AT",
                ("APA",),
            ),
            Row(
                "apa-two-agencies",
                "Graz (APA/dpa) - Der Prozess wurde vertagt.",
                "Graz (APA/dpa) -",
                "Graz",
                None,
                "AT",
                ("APA", "dpa"),
            ),
            Row(
                "sda-lower-case-tag",
                "Bern (sda) - Der Bundesrat hat das Gesetz verabschiedet.",
                "Bern (sda) -",
                "Bern",
                None,
                "CH",
                ("SDA",),
            ),
            Row(
                "awp-financial-tag",
                "Zürich (awp) - Die Aktien der Bank legten zu.",
                "Zürich (awp) -",
                "Zürich",
                None,
                "CH",
                ("AWP",),
            ),
            Row(
                "sda-ats-french-service",
                "Lausanne (ats) - Le Conseil d'Etat a présenté son plan.",
                "Lausanne (ats) -",
                "Lausanne",
                None,
                "CH",
                ("ATS",),
            ),
            Row(
                "dpa-agency-only",
                "(dpa) - Der Bundestag hat das Gesetz gebilligt.",
                "(dpa) -",
                agencies=("dpa",),
            ),
        ),
    ),
    (
        "EFE and Europa Press (Spanish wires)",
        (
            Row(
                "efe-city-day-month-dot-dash",
                "Madrid, 2 ene (EFE).- El Gobierno aprobó el decreto.",
                "Madrid, 2 ene (EFE).-",
                "Madrid",
                None,
                "ES",
                ("EFE",),
                (1, 2),
            ),
            Row(
                "efe-city-caps-americas",
                "BOGOTÁ, 15 mar (EFE).- La lluvia cerró las escuelas.",
                "BOGOTÁ, 15 mar (EFE).-",
                "Bogotá",
                None,
                "CO",
                ("EFE",),
                (3, 15),
            ),
            Row(
                "efe-country-in-brackets",
                "Cuenca (Ecuador), 2 mar (EFE).- El río desbordó dos puentes.",
                "Cuenca (Ecuador), 2 mar (EFE).-",
                "Cuenca",
                None,
                "EC",
                ("EFE",),
                (3, 2),
            ),
            Row(
                "efe-undated",
                "Sevilla (EFE).- La feria abrió sus puertas.",
                "Sevilla (EFE).-",
                "Sevilla",
                None,
                "ES",
                ("EFE",),
            ),
            Row(
                "europa-press-day-only",
                "MADRID, 2 (EUROPA PRESS) - El Congreso debatirá la ley.",
                "MADRID, 2 (EUROPA PRESS) -",
                "Madrid",
                None,
                "ES",
                ("Europa Press",),
                (None, 2),
            ),
            Row(
                "europa-press-day-only-no-dash",
                "SEVILLA, 14 (EUROPA PRESS)\n\nLa Junta ha presentado el plan.",
                "SEVILLA, 14 (EUROPA PRESS)",
                "Sevilla",
                None,
                "ES",
                ("Europa Press",),
                (None, 14),
            ),
            Row(
                "spanish-paper-city-dot-dash",
                "MÁLAGA.- El ayuntamiento cerró la playa.",
                "MÁLAGA.-",
                "Málaga",
                None,
                "ES",
            ),
        ),
    ),
    (
        "ANSA and Italian dailies",
        (
            Row(
                "ansa-city-day-month-caps",
                "ROMA, 2 GEN - Il governo ha approvato la manovra.",
                "ROMA, 2 GEN -",
                "Roma",
                None,
                "IT",
                (),
                (1, 2),
            ),
            Row(
                "ansa-agency-first",
                "(ANSA) - ROMA, 2 GEN - Il Senato ha votato la fiducia.",
                "(ANSA) - ROMA, 2 GEN -",
                "Roma",
                None,
                "IT",
                ("ANSA",),
                (1, 2),
            ),
            Row(
                "ansa-english-service",
                "(ANSA) - Rome, March 2 - The cabinet met on Monday.",
                "(ANSA) - Rome, March 2 -",
                "Rome",
                None,
                "IT",
                ("ANSA",),
                (3, 2),
            ),
            Row(
                "ansa-city-agency",
                "Milano (ANSA) - La Borsa ha chiuso in rialzo.",
                "Milano (ANSA) -",
                "Milano",
                None,
                "IT",
                ("ANSA",),
            ),
            Row(
                "italian-province-code",
                "Pozzuoli (NA) – Il porto è stato chiuso per il vento.",
                "Pozzuoli (NA) –",
                "Pozzuoli",
                "NA",
                "IT",
            ),
            Row(
                "italian-paper-city-dash",
                "Il porto riapre\n\nGenova – I traghetti sono ripartiti stamattina.",
                "Genova –",
                "Genova",
                None,
                "IT",
            ),
        ),
    ),
    (
        "Local papers (German, Austrian, Swiss)",
        (
            Row(
                "standard-city-en-dash",
                "Wien – Die Stadt baut eine neue U-Bahn-Linie.",
                "Wien –",
                "Wien",
                None,
                "AT",
            ),
            Row(
                "standard-after-lead",
                "Die Stadt plant neu. Linz – Der Gemeinderat hat am Montag entschieden.",
                "Linz –",
                "Linz",
                None,
                "AT",
            ),
            Row(
                "local-paper-city-full-stop",
                "Neue Brücke\n\nWien. Die Stadt baut eine neue Brücke über den Fluss.",
                "Wien.",
                "Wien",
                None,
                "AT",
            ),
            Row(
                "local-paper-city-full-stop-german",
                "Busse\n\nMünchen. Der Stadtrat hat am Montag mehr Busse für die Vororte bestellt.",
                "München.",
                "München",
                None,
                "DE",
            ),
            Row(
                "state-capital-city-dash",
                "Neue Fähre\n\nKiel – Die Landesregierung hat die neue Fähre vorgestellt.",
                "Kiel –",
                "Kiel",
                None,
                "DE",
            ),
            Row(
                "regional-capital-full-stop",
                "Neue Fähre\n\nPotsdam. Der Landtag hat am Montag den Haushalt beschlossen.",
                "Potsdam.",
                "Potsdam",
                None,
                "DE",
            ),
            Row(
                "region-in-parentheses-german",
                "Portland (Oregon) – Die Polizei hat den Park geräumt.",
                "Portland (Oregon) –",
                "Portland",
                "Oregon",
                "US",
            ),
            Row(
                "two-places-spaced-slash",
                "St. Pölten / Wien – Das Land fördert den Bahnausbau.",
                "St. Pölten / Wien –",
                "St. Pölten / Wien",
                None,
                None,
            ),
        ),
    ),
    (
        "Broadcasters and scraped web copy",
        (
            Row(
                "broadcaster-city-tag",
                "ATLANTA (CNN) — A judge set a trial date.",
                "ATLANTA (CNN) —",
                "Atlanta",
                "Georgia",
                "US",
                ("CNN",),
            ),
            Row(
                "broadcaster-tag-only",
                "(CNN) — The governor signed the budget on Friday.",
                "(CNN) —",
                agencies=("CNN",),
            ),
            Row(
                "broadcaster-tag-glued",
                "(CNN)The governor signed the budget on Friday.",
                "(CNN)",
                agencies=("CNN",),
            ),
            Row(
                "broadcaster-city-tag-no-dash",
                "Orlando, Florida (CNN) The park reopened on Friday.",
                "Orlando, Florida (CNN)",
                "Orlando",
                "Florida",
                "US",
                ("CNN",),
            ),
            Row(
                "pipe-separator",
                "Ottawa | Ministers met on Friday to discuss the budget.",
                "Ottawa |",
                "Ottawa",
                None,
                "CA",
            ),
            Row(
                "pipe-separator-caps",
                "Road plan\n\nNAIROBI | The county opened the new road on Monday.",
                "NAIROBI |",
                "Nairobi",
                None,
                "KE",
            ),
        ),
    ),
    (
        "South Asian English papers, news services and regional desks",
        (
            Row(
                "colon-after-city-in-capitals",
                "Rail plan\n\nNEW DELHI: The government said on Monday it would add trains.",
                "NEW DELHI:",
                "New Delhi",
                None,
                "IN",
            ),
            Row(
                "named-agency-service-only",
                "(Reuters Health) - People who walk more sleep better, a study found.",
                "(Reuters Health) -",
                agencies=("Reuters Health",),
            ),
            Row(
                "dpa-regional-service",
                "Hamburg (dpa/lno) - Der Senat hat den Hafenplan beschlossen.",
                "Hamburg (dpa/lno) -",
                "Hamburg",
                None,
                "DE",
                ("dpa",),
            ),
            Row(
                "italian-agency-lower-case",
                "Roma, 2 gen. (askanews) - Il governo ha approvato il piano.",
                "Roma, 2 gen. (askanews) -",
                "Roma",
                None,
                "IT",
                ("askanews",),
                (1, 2),
            ),
            Row(
                "agi-agency-first-dotted-month",
                "(AGI) - Roma, 2 gen. - Il governo ha approvato il piano.",
                "(AGI) - Roma, 2 gen. -",
                "Roma",
                None,
                "IT",
                ("AGI",),
                (1, 2),
            ),
            Row(
                "europa-press-foreign-city",
                "LONDRES, 2 (EUROPA PRESS) - El Gobierno británico ha anunciado el plan.",
                "LONDRES, 2 (EUROPA PRESS) -",
                "Londres",
                None,
                "GB",
                ("Europa Press",),
                (None, 2),
            ),
            Row(
                "correction-line-above-dateline",
                "(Adds quote in paragraph 4)\nLONDON, Jan 2 (Reuters) - Sterling rose.",
                "LONDON, Jan 2 (Reuters) -",
                "London",
                None,
                "GB",
                ("Reuters",),
                (1, 2),
            ),
        ),
    ),
    (
        "Not datelines (clean copy must give none)",
        (
            Row("title-with-dash", "Madrid - A City Reborn\n\nThe city has changed.", None),
            Row("sentence-about-a-city", "London is the capital of England.", None),
            Row(
                "english-city-sentence-full-stop",
                "Trip notes\n\nParis. That was where the tour began.",
                None,
            ),
            Row("agency-in-sentence", "Shares rose, Reuters reported - on Monday.", None),
            Row("shouted-headline", "TRADE TALKS - DEADLINE NEARS\nTalks went on.", None),
            Row("band-and-dash", "The Beastie Boys - a look back at their albums.", None),
            Row("pipe-in-menu", "Home | News | Sport\n\nThe match was cancelled.", None),
            Row("by-name-dash", "Mehmet Oz — surgeon and host, spoke on Monday.", None),
            Row("colon-title-first-line", "PARIS: What to see this weekend?", None),
            Row(
                "label-colon", "Title\n\nUPDATE: The minister has resigned, the office said.", None
            ),
        ),
    ),
)

ROWS: tuple[Row, ...] = tuple(row for _, rows in GROUPS for row in rows)


def _params() -> list[object]:
    return [
        pytest.param(
            row,
            id=row.id,
            marks=[pytest.mark.xfail(strict=True, reason=row.xfail)] if row.xfail else [],
        )
        for row in ROWS
    ]


@pytest.mark.parametrize("row", _params())
def test_convention(row: Row) -> None:
    found = find_dateline(row.text)
    if row.dateline is None:
        assert found is None
        return
    assert found is not None
    assert found.span.slice(row.text) == row.dateline
    place = found.place
    got_place = (place.city, place.region, place.country_code) if place else (None, None, None)
    assert got_place == (row.city, row.region, row.country)
    assert found.agencies == row.agencies
    assert (found.month, found.day) == row.month_day


def test_ids_unique() -> None:
    assert len({row.id for row in ROWS}) == len(ROWS)


# ---------------------------------------------------------------- the documentation page


def _cell(text: str) -> str:
    shown = text.replace("\n", " ⏎ ").replace("|", "\\|")
    return f"`{shown}`"


def _returns(row: Row) -> str:
    if row.dateline is None:
        return "no dateline"
    parts = [f"dateline {_cell(row.dateline)}"]
    for label, value in (("city", row.city), ("region", row.region), ("country", row.country)):
        if value is not None:
            parts.append(f"{label} {value}")
    if row.agencies:
        parts.append("agencies " + ", ".join(row.agencies))
    month, day = row.month_day
    if day is not None:
        parts.append(f"day {day}" if month is None else f"month {month}, day {day}")
    return "; ".join(parts)


def render() -> str:
    """Return the Markdown page of the catalogue."""
    out = [
        "## Datelines",
        "",
        "Each row is an example written by us in the layout the group names, and what",
        "`find_dateline` returns for it (tested row by row in `tests/test_formats_datelines.py`,",
        "which also renders this page). Sources: the AP Stylebook entry on datelines (city in",
        "capitals, state abbreviated, standalone cities), and the house formats visible in the",
        "public copy of each agency and paper.",
        "",
    ]
    for heading, rows in GROUPS:
        out += [f"### {heading}", "", "| id | example | newsdoc returns |", "|---|---|---|"]
        for row in rows:
            returns = _returns(row) + (f" — known miss: {row.xfail}" if row.xfail else "")
            out.append(f"| {row.id} | {_cell(row.text)} | {returns} |")
        out.append("")
    return "\n".join(out)


def test_docs_in_sync() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/formats/datelines.md is out of date: run python tests/test_formats_datelines.py"
    )


if __name__ == "__main__":
    DOC.write_text(render(), encoding="utf-8")
    sys.stdout.write(f"wrote {DOC}\n")
