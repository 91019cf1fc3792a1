"""Blind probe, round 2: datelines, publication stamps and bylines, mostly not in English.

What it covers: the datelines of the German-language wires (dpa with its regional
services, APA, Keystone-SDA, KNA, Kathpress), the French-language ones (AFP, Belga, ATS,
Reuters' French service), the Spanish ones (EFE, Europa Press, Servimedia) and the Italian
ones (ANSA, AGI, Adnkronos), plus the city-and-dash, city-and-full-stop and FAZ openings of
the dailies; the year of a dateline resolved from a reference date or from the page's own
stamp; the publication and update stamps of scraped page headers and footers in five
languages; bylines above the story (`Von`, `Par`, `Por`, `di`, correspondents and
envoys), agency credits and tags after it (`Mit Material von dpa`, `(avec AFP)`,
`Con información de EFE`, `Fonte: Adnkronos`, `(APA, 3.3.2024)`), desk credits
(`Redazione`, `Agencias`), and hard negatives: a date inside body text is no dateline and no
stamp, a "Von", "Par", "Por" or "di" inside a sentence is no byline, a place name in prose
is no dateline.

It was written blind from the public docs (`docs/datelines.md`, `docs/bylines.md`,
`docs/api.md`, `docs/formats/`) and from newsroom conventions, by a helper who read
neither the rules nor their tests. Every sentence, person and place detail is invented.

Cases per part and language (de / fr / es / it / en):

- datelines, found: 12 / 9 / 9 / 9 / 7 = 46
- `parse_dateline` on a dateline string: 1 / 1 / 1 / 0 / 0 = 3
- dateline year resolved from the page's stamp (`newsdoc.parse`): 1 / 1 / 1 / 1 / 0 = 4
- country names in the text's language: 1 / 1 / 1 / 1 / 0 = 4
- not datelines: 3 / 3 / 3 / 2 / 2 = 13
- publication stamps, found: 6 / 5 / 4 / 4 / 2 = 21
- not stamps: 1 / 2 / 1 / 1 / 1 = 6
- bylines, people and organisations: 13 / 11 / 8 / 10 / 4 = 46
- desk credits: 0 / 0 / 2 / 1 / 1 = 4
- person details (title, location, role, position): 2 / 1 / 1 / 0 / 1 = 5
- not bylines: 5 / 4 / 3 / 3 / 1 = 16

Total 168 cases, 149 of them (89 %) not in English.

Passed at first: 155 of 168 (13 misses: 3 datelines, 4 stamps, 6 bylines); 164 now,
the rest strict xfails naming their convention.
"""

from __future__ import annotations

import datetime
from collections.abc import Set
from typing import Any

import pytest

from newsdoc import (
    find_bylines,
    find_dateline,
    find_timestamps,
    parse,
    parse_dateline,
)

D = datetime.date
MARCH_5 = D(2024, 3, 5)
JAN_2 = D(2025, 1, 2)
JAN_3 = D(2025, 1, 3)

# --------------------------------------------------------------------------------------
# Datelines
# --------------------------------------------------------------------------------------

_PLACE_KEYS = ("city", "region", "country", "country_code")


def _dateline_fields(text: str, dateline: Any, keys: list[str]) -> dict[str, object]:
    place = dateline.place
    values: dict[str, object] = {
        "span": text[dateline.span.start : dateline.span.end],
        "agencies": tuple(dateline.agencies),
        "date": dateline.date,
        "month": dateline.month,
        "day": dateline.day,
        "year": dateline.year,
    }
    for key in _PLACE_KEYS:
        values[key] = getattr(place, key) if place is not None else None
    return {key: values[key] for key in keys}


DATELINES = [
    # ---- German-language wires and dailies ----
    pytest.param(
        "Hannover (dpa) - Der Landtag hat am Dienstag den Nachtragshaushalt gebilligt.",
        None,
        {
            "span": "Hannover (dpa) -",
            "city": "Hannover",
            "country_code": "DE",
            "agencies": ("dpa",),
        },
        id="de-dpa-city-only",
    ),
    pytest.param(
        "MÜNCHEN, 3. März (dpa) - Die Stadtwerke heben zum April die Preise für Fernwärme an.",
        MARCH_5,
        {
            "span": "MÜNCHEN, 3. März (dpa) -",
            "city": "München",
            "country_code": "DE",
            "agencies": ("dpa",),
            "date": D(2024, 3, 3),
            "month": 3,
            "day": 3,
        },
        id="de-dpa-caps-umlaut-day-month",
    ),
    pytest.param(
        "Startseite › Regionales › Bayern\n\nBrand in Lagerhalle\n\n"
        "Nürnberg (dpa/lby) - Nach dem Feuer in einer Lagerhalle im Hafen ermittelt die Kripo.",
        None,
        {
            "span": "Nürnberg (dpa/lby) -",
            "city": "Nürnberg",
            "country_code": "DE",
            "agencies": ("dpa",),
        },
        id="de-dpa-regional-service-under-breadcrumbs",
    ),
    pytest.param(
        "Graz (APA) - Die steirische Landesregierung will die Pflegelehre deutlich ausbauen.",
        None,
        {"span": "Graz (APA) -", "city": "Graz", "country_code": "AT", "agencies": ("APA",)},
        id="de-apa-city",
    ),
    pytest.param(
        "INNSBRUCK, 30. Dezember (APA) - Eine Lawine hat am Nachmittag eine Skiroute "
        "oberhalb von Sölden verschüttet.",
        JAN_2,
        {
            "span": "INNSBRUCK, 30. Dezember (APA) -",
            "city": "Innsbruck",
            "country_code": "AT",
            "agencies": ("APA",),
            "date": D(2024, 12, 30),
        },
        id="de-apa-caps-date-previous-year",
    ),
    pytest.param(
        "Salzburg (APA/dpa) - Die Festspiele haben ihr Sommerprogramm mit elf Premieren "
        "vorgestellt.",
        None,
        {
            "span": "Salzburg (APA/dpa) -",
            "city": "Salzburg",
            "country_code": "AT",
            "agencies": ("APA", "dpa"),
        },
        id="de-apa-dpa-two-agencies",
    ),
    pytest.param(
        "Bern (Keystone-SDA) - Der Bundesrat will die Armee bis 2030 besser ausrüsten.",
        None,
        {
            "span": "Bern (Keystone-SDA) -",
            "city": "Bern",
            "country_code": "CH",
            "agencies": ("SDA",),
        },
        id="de-keystone-sda",
    ),
    pytest.param(
        "Wien (KAP) - Die Bischofskonferenz tagt ab Montag in Mariazell.",
        None,
        {"span": "Wien (KAP) -", "city": "Wien", "country_code": "AT", "agencies": ("Kathpress",)},
        id="de-kathpress-tag",
    ),
    pytest.param(
        "Klagenfurt – Der Kärntner Landtag hat am Donnerstag ein neues Jagdgesetz "
        "beschlossen. Die Opposition stimmte dagegen.",
        None,
        {"span": "Klagenfurt –", "city": "Klagenfurt", "country_code": "AT", "agencies": ()},
        id="de-standard-city-en-dash-text-start",
    ),
    pytest.param(
        "Neue Tram für den Süden\n\n"
        "München – Der Stadtrat hat am Mittwoch die Trasse der neuen Linie festgelegt.",
        None,
        {"span": "München –", "city": "München", "country_code": "DE", "agencies": ()},
        id="de-sz-city-en-dash-under-title",
    ),
    pytest.param(
        "Bahnhof wird saniert\n\nDresden. Die Bahn sperrt ab Montag zwei Gleise im Hauptbahnhof.",
        None,
        {"span": "Dresden.", "city": "Dresden", "country_code": "DE", "agencies": ()},
        id="de-local-paper-city-full-stop",
    ),
    pytest.param(
        "FRANKFURT, 3. März. Die Europäische Zentralbank lässt den Leitzins vorerst unverändert.",
        MARCH_5,
        {"city": "Frankfurt", "country_code": "DE", "date": D(2024, 3, 3), "agencies": ()},
        id="de-faz-caps-city-date-full-stop",
    ),
    # ---- French-language wires ----
    pytest.param(
        "Marseille (AFP) - La préfecture a interdit la baignade sur trois plages du sud.",
        None,
        {
            "span": "Marseille (AFP) -",
            "city": "Marseille",
            "country_code": "FR",
            "agencies": ("AFP",),
        },
        id="fr-afp-city",
    ),
    pytest.param(
        "BORDEAUX, 3 mars 2024 (AFP) - Des viticulteurs ont déversé du raisin devant la "
        "préfecture.",
        None,
        {
            "span": "BORDEAUX, 3 mars 2024 (AFP) -",
            "city": "Bordeaux",
            "country_code": "FR",
            "agencies": ("AFP",),
            "date": D(2024, 3, 3),
            "year": 2024,
        },
        id="fr-afp-caps-full-date-with-year",
    ),
    pytest.param(
        "Nice, 31 déc (AFP) - Les secours ont évacué un immeuble fissuré près du port.",
        JAN_2,
        {
            "span": "Nice, 31 déc (AFP) -",
            "city": "Nice",
            "country_code": "FR",
            "agencies": ("AFP",),
            "date": D(2024, 12, 31),
        },
        id="fr-afp-abbreviated-month-previous-year",
    ),
    pytest.param(
        "BRUXELLES, 3 mars (Belga) - Le gouvernement fédéral a trouvé un accord sur les "
        "pensions des enseignants.",
        MARCH_5,
        {
            "span": "BRUXELLES, 3 mars (Belga) -",
            "city": "Bruxelles",
            "country_code": "BE",
            "agencies": ("Belga",),
            "date": D(2024, 3, 3),
        },
        id="fr-belga-caps-date",
    ),
    pytest.param(
        "PARIS, 4 mars (Reuters) - La Bourse de Paris a ouvert en légère hausse lundi.",
        MARCH_5,
        {
            "span": "PARIS, 4 mars (Reuters) -",
            "city": "Paris",
            "country_code": "FR",
            "agencies": ("Reuters",),
            "date": D(2024, 3, 4),
        },
        id="fr-reuters-french-service",
    ),
    pytest.param(
        "Genève (ats) - Le Conseil d’Etat genevois présente un plan pour le logement "
        "des étudiants.",
        None,
        {"span": "Genève (ats) -", "city": "Genève", "country_code": "CH", "agencies": ("ATS",)},
        id="fr-ats-swiss-french-service",
    ),
    pytest.param(
        "Strasbourg, le 4 mars 2024 – Le Parlement européen a approuvé le règlement sur "
        "les emballages.",
        None,
        {
            "span": "Strasbourg, le 4 mars 2024 –",
            "city": "Strasbourg",
            "country_code": "FR",
            "date": D(2024, 3, 4),
        },
        id="fr-city-le-date-en-dash",
    ),
    pytest.param(
        "Toulouse (AFP)\u00a0– Un constructeur aéronautique a livré quarante appareils en février.",
        None,
        {
            "span": "Toulouse (AFP)\u00a0–",
            "city": "Toulouse",
            "country_code": "FR",
            "agencies": ("AFP",),
        },
        id="fr-afp-no-break-space-en-dash",
    ),
    pytest.param(
        "Londres (AFP) - Le gouvernement britannique a présenté un budget de rigueur.",
        None,
        {"span": "Londres (AFP) -", "city": "Londres", "country_code": "GB", "agencies": ("AFP",)},
        id="fr-afp-french-exonym-foreign-city",
    ),
    # ---- Spanish-language wires and papers ----
    pytest.param(
        "Sevilla, 4 mar (EFE).- La Junta ha aprobado un plan de choque contra la sequía.",
        MARCH_5,
        {
            "span": "Sevilla, 4 mar (EFE).-",
            "city": "Sevilla",
            "country_code": "ES",
            "agencies": ("EFE",),
            "date": D(2024, 3, 4),
        },
        id="es-efe-city-day-month",
    ),
    pytest.param(
        "Quito, 4 mar (EFE).- El Gobierno ecuatoriano decretó el estado de excepción en "
        "dos provincias.",
        MARCH_5,
        {
            "span": "Quito, 4 mar (EFE).-",
            "city": "Quito",
            "country_code": "EC",
            "agencies": ("EFE",),
            "date": D(2024, 3, 4),
        },
        id="es-efe-americas-capital",
    ),
    pytest.param(
        "Guayaquil (Ecuador), 4 mar (EFE).- Las lluvias inundaron tres barrios del sur de "
        "la ciudad.",
        MARCH_5,
        {
            "span": "Guayaquil (Ecuador), 4 mar (EFE).-",
            "city": "Guayaquil",
            "country_code": "EC",
            "agencies": ("EFE",),
            "date": D(2024, 3, 4),
        },
        id="es-efe-city-country-in-brackets",
    ),
    pytest.param(
        "Buenos Aires, 31 dic (EFE).- Miles de vecinos despidieron el año junto al Obelisco.",
        JAN_2,
        {
            "span": "Buenos Aires, 31 dic (EFE).-",
            "city": "Buenos Aires",
            "country_code": "AR",
            "agencies": ("EFE",),
            "date": D(2024, 12, 31),
        },
        id="es-efe-previous-year",
    ),
    pytest.param(
        "Inicio › Economía\n\nMás frecuencias en el metro\n\n"
        "BILBAO, 4 (EUROPA PRESS) - El Ayuntamiento ampliará el horario del metro los "
        "fines de semana.",
        None,
        {
            "span": "BILBAO, 4 (EUROPA PRESS) -",
            "city": "Bilbao",
            "country_code": "ES",
            "agencies": ("Europa Press",),
            "day": 4,
        },
        id="es-europa-press-day-only-under-breadcrumbs",
    ),
    pytest.param(
        "VALLADOLID, 4 (EUROPA PRESS)\n\n"
        "Las Cortes de Castilla y León han rechazado la moción sobre el transporte rural.",
        None,
        {
            "span": "VALLADOLID, 4 (EUROPA PRESS)",
            "city": "Valladolid",
            "country_code": "ES",
            "agencies": ("Europa Press",),
            "day": 4,
        },
        id="es-europa-press-no-dash-paragraph-break",
    ),
    pytest.param(
        "SANTIAGO DE COMPOSTELA, 4 (EUROPA PRESS) - La Xunta ha presentado su plan "
        "forestal para la próxima década.",
        None,
        {
            "span": "SANTIAGO DE COMPOSTELA, 4 (EUROPA PRESS) -",
            "city": "Santiago de Compostela",
            "country_code": "ES",
            "agencies": ("Europa Press",),
        },
        id="es-europa-press-caps-city-with-particle",
    ),
    pytest.param(
        "ZARAGOZA.- El Ayuntamiento ha cerrado dos parques por las rachas de viento.",
        None,
        {"span": "ZARAGOZA.-", "city": "Zaragoza", "country_code": "ES", "agencies": ()},
        id="es-paper-caps-city-dot-dash",
    ),
    pytest.param(
        "MADRID, 04 (SERVIMEDIA)\n\n"
        "El Consejo de Ministros aprobará el martes la nueva ley de familias.",
        None,
        {
            "span": "MADRID, 04 (SERVIMEDIA)",
            "city": "Madrid",
            "country_code": "ES",
            "agencies": ("Servimedia",),
            "day": 4,
        },
        id="es-servimedia-zero-padded-day",
    ),
    # ---- Italian-language wires and dailies ----
    pytest.param(
        "(ANSA) - MILANO, 04 MAR - Piazza Affari ha chiuso la seduta in calo dello 0,8%.",
        MARCH_5,
        {
            "span": "(ANSA) - MILANO, 04 MAR -",
            "city": "Milano",
            "country_code": "IT",
            "agencies": ("ANSA",),
            "date": D(2024, 3, 4),
            "day": 4,
        },
        id="it-ansa-agency-first-caps-month",
    ),
    pytest.param(
        "TORINO, 04 MAR - Il consiglio comunale ha approvato il piano per i parcheggi "
        "di interscambio.",
        MARCH_5,
        {
            "span": "TORINO, 04 MAR -",
            "city": "Torino",
            "country_code": "IT",
            "agencies": (),
            "date": D(2024, 3, 4),
        },
        id="it-ansa-style-without-agency",
    ),
    pytest.param(
        "(AGI) - Palermo, 4 mar. - La Regione ha stanziato nuovi fondi per i porti minori.",
        MARCH_5,
        {
            "span": "(AGI) - Palermo, 4 mar. -",
            "city": "Palermo",
            "country_code": "IT",
            "agencies": ("AGI",),
            "date": D(2024, 3, 4),
        },
        id="it-agi-agency-first-dotted-month",
    ),
    pytest.param(
        "Roma, 4 mar. (Adnkronos) - Il governo porta in Aula il decreto sulle bollette.",
        MARCH_5,
        {
            "span": "Roma, 4 mar. (Adnkronos) -",
            "city": "Roma",
            "country_code": "IT",
            "agencies": ("Adnkronos",),
            "date": D(2024, 3, 4),
        },
        id="it-adnkronos-city-date-agency",
    ),
    pytest.param(
        "(Adnkronos) - Nuovo sciopero dei trasporti locali venerdì in sei regioni.",
        None,
        {"span": "(Adnkronos) -", "city": None, "agencies": ("Adnkronos",)},
        id="it-adnkronos-agency-only",
    ),
    pytest.param(
        "Vertice sui migranti\n\n"
        "BRUXELLES — La Commissione europea ha proposto di rivedere le quote di accoglienza.",
        None,
        {"span": "BRUXELLES —", "city": "Bruxelles", "country_code": "BE", "agencies": ()},
        id="it-corriere-caps-city-em-dash",
    ),
    pytest.param(
        "La manovra passa al Senato\n\n"
        "ROMA — Il Consiglio dei ministri ha approvato il decreto in tarda serata.",
        None,
        {"span": "ROMA —", "city": "Roma", "country_code": "IT", "agencies": ()},
        id="it-repubblica-roma-em-dash",
    ),
    pytest.param(
        "Sesto San Giovanni (MI) – Un incendio ha distrutto un capannone nella notte.",
        None,
        {"span": "Sesto San Giovanni (MI) –", "city": "Sesto San Giovanni", "region": "MI"},
        id="it-town-province-code",
    ),
    pytest.param(
        "(ANSA) - ROMA, 31 DIC - Il capo dello Stato ha firmato la legge di bilancio.",
        JAN_2,
        {
            "span": "(ANSA) - ROMA, 31 DIC -",
            "city": "Roma",
            "agencies": ("ANSA",),
            "date": D(2024, 12, 31),
        },
        id="it-ansa-previous-year",
    ),
    # ---- English-language copy ----
    pytest.param(
        "KRAKOW, Poland (AP) — Firefighters battled a blaze at a tram depot overnight.",
        None,
        {
            "span": "KRAKOW, Poland (AP) —",
            "city": "Krakow",
            "country_code": "PL",
            "agencies": ("Associated Press",),
        },
        id="en-ap-foreign-city-country",
    ),
    pytest.param(
        "FRANKFURT, March 4 (Reuters) - The euro firmed ahead of the central bank meeting.",
        MARCH_5,
        {
            "span": "FRANKFURT, March 4 (Reuters) -",
            "city": "Frankfurt",
            "country_code": "DE",
            "agencies": ("Reuters",),
            "date": D(2024, 3, 4),
        },
        id="en-reuters-european-city-date",
    ),
    pytest.param(
        "MADRID, Dec 30 (Reuters) - Spain's jobless total fell for a third month.",
        JAN_3,
        {
            "span": "MADRID, Dec 30 (Reuters) -",
            "city": "Madrid",
            "country_code": "ES",
            "agencies": ("Reuters",),
            "date": D(2024, 12, 30),
        },
        id="en-reuters-previous-year",
    ),
    pytest.param(
        "Madrid, Mar 4 (EFE).- Farmers blocked two motorways into the capital on Monday.",
        MARCH_5,
        {
            "span": "Madrid, Mar 4 (EFE).-",
            "city": "Madrid",
            "country_code": "ES",
            "agencies": ("EFE",),
            "date": D(2024, 3, 4),
        },
        id="en-efe-english-service",
    ),
    pytest.param(
        "(ANSA) - Milan, March 4 - Fashion week closed with a record number of buyers.",
        MARCH_5,
        {
            "span": "(ANSA) - Milan, March 4 -",
            "city": "Milan",
            "country_code": "IT",
            "agencies": ("ANSA",),
            "date": D(2024, 3, 4),
        },
        id="en-ansa-english-service",
    ),
    pytest.param(
        "BERLIN/PARIS, March 4 (Reuters) - The two governments agreed to share the cost.",
        MARCH_5,
        {
            "span": "BERLIN/PARIS, March 4 (Reuters) -",
            "city": "Berlin/Paris",
            "agencies": ("Reuters",),
            "date": D(2024, 3, 4),
        },
        id="en-reuters-two-places-slash",
    ),
    pytest.param(
        "(Bloomberg) -- European stocks slipped as bond yields climbed.",
        None,
        {"span": "(Bloomberg) --", "city": None, "agencies": ("Bloomberg",)},
        id="en-bloomberg-agency-only-double-hyphen",
    ),
]


@pytest.mark.parametrize(("text", "reference_date", "expected"), DATELINES)
def test_dateline_found(
    text: str, reference_date: datetime.date | None, expected: dict[str, object]
) -> None:
    dateline = find_dateline(text, reference_date=reference_date)
    assert dateline is not None
    assert _dateline_fields(text, dateline, list(expected)) == expected


PARSE_DATELINE = [
    pytest.param(
        "Graz (APA) -",
        None,
        {"city": "Graz", "country_code": "AT", "agencies": ("APA",)},
        id="de-parse-apa-city",
    ),
    pytest.param(
        "BRUXELLES, 3 mars (Belga) -",
        MARCH_5,
        {"city": "Bruxelles", "agencies": ("Belga",), "date": D(2024, 3, 3)},
        id="fr-parse-belga-date",
    ),
    pytest.param(
        "Ciudad de México, 4 mar (EFE).-",
        None,
        {
            "city": "Ciudad de México",
            "country_code": "MX",
            "agencies": ("EFE",),
            "date": None,
            "month": 3,
            "day": 4,
        },
        id="es-parse-efe-no-reference-date",
    ),
]


@pytest.mark.parametrize(("text", "reference_date", "expected"), PARSE_DATELINE)
def test_parse_dateline(
    text: str, reference_date: datetime.date | None, expected: dict[str, object]
) -> None:
    dateline = parse_dateline(text, reference_date=reference_date)
    assert dateline is not None
    assert _dateline_fields(text, dateline, list(expected)) == expected


YEAR_FROM_STAMP = [
    pytest.param(
        "Veröffentlicht am 02.01.2025, 08:15 Uhr\n\n"
        "WIEN, 31. Dezember (APA) - Die Regierung hat die Pensionserhöhung fixiert.",
        D(2024, 12, 31),
        id="de-veroeffentlicht-stamp-above-apa",
    ),
    pytest.param(
        "Publié le 2 janvier 2025 à 08h00\n\n"
        "Nice, 31 déc (AFP) - La préfecture a interdit les feux d’artifice sur la plage.",
        D(2024, 12, 31),
        id="fr-publie-stamp-above-afp",
    ),
    pytest.param(
        "Publicado: 02/01/2025 08:00\n\n"
        "Lima, 30 dic (EFE).- El Congreso peruano aprobó el presupuesto de emergencia.",
        D(2024, 12, 30),
        id="es-publicado-stamp-above-efe",
    ),
    pytest.param(
        "Pubblicato il 02/01/2025 alle 08:00\n\n"
        "(ANSA) - NAPOLI, 31 DIC - Il porto resterà chiuso ai traghetti fino a domani.",
        D(2024, 12, 31),
        id="it-pubblicato-stamp-above-ansa",
    ),
]


@pytest.mark.parametrize(("text", "expected_date"), YEAR_FROM_STAMP)
def test_dateline_year_from_page_stamp(text: str, expected_date: datetime.date) -> None:
    article = parse(text)
    assert article.dateline is not None
    assert article.dateline.date == expected_date


COUNTRY_NAMES = [
    pytest.param(
        "Graz (APA) - Der Landtag hat das Budget beschlossen.",
        "de",
        "Österreich",
        id="de-country-name-oesterreich",
    ),
    pytest.param(
        "Liège (Belga) - Le conseil communal a voté le budget lundi soir.",
        "fr",
        "Belgique",
        id="fr-country-name-belgique",
    ),
    pytest.param(
        "Bilbao (EFE).- El ayuntamiento ha cerrado la ría al tráfico de barcos.",
        "es",
        "España",
        id="es-country-name-espana",
    ),
    pytest.param(
        "Torino (ANSA) - Il consiglio regionale ha approvato il piano sanitario.",
        "it",
        "Italia",
        id="it-country-name-italia",
    ),
]


@pytest.mark.parametrize(("text", "language", "country"), COUNTRY_NAMES)
def test_dateline_country_in_text_language(text: str, language: str, country: str) -> None:
    dateline = find_dateline(text, language=language)
    assert dateline is not None
    assert dateline.place is not None
    assert dateline.place.country == country


NOT_DATELINES = [
    pytest.param(
        "Wien gilt erneut als lebenswerteste Stadt, heißt es in einer neuen Umfrage.",
        id="de-city-opening-a-sentence",
    ),
    pytest.param(
        "Am 3. März 2024 hat der Bundestag den Etat für das laufende Jahr beschlossen.",
        id="de-date-opening-a-sentence",
    ),
    pytest.param(
        "Berlin, Paris, Rom – die Reise führt in drei Tagen durch drei Hauptstädte.",
        id="de-list-of-cities-before-dash",
    ),
    pytest.param(
        "Le 3 mars 2024, l’Assemblée nationale a adopté le texte en première lecture.",
        id="fr-date-opening-a-sentence",
    ),
    pytest.param(
        "Carnet de route\n\nLyon. C’est là que tout a commencé pour le jeune chef.",
        id="fr-city-full-stop-in-prose",
    ),
    pytest.param(
        "Lyon - Marseille : 2-1\n\nLes Lyonnais ont dominé toute la seconde période.",
        id="fr-match-title-two-cities",
    ),
    pytest.param(
        "En Madrid, el 3 de marzo, cientos de taxistas cortaron la Castellana.",
        id="es-city-and-date-in-prose",
    ),
    pytest.param(
        "Sevilla – Guía para una escapada de primavera\n\n"
        "La ciudad se llena de visitantes en abril.",
        id="es-travel-title-city-dash",
    ),
    pytest.param(
        "Santiago de Compostela recibió el año pasado a más peregrinos que nunca.",
        id="es-city-subject-of-sentence",
    ),
    pytest.param(
        "Roma - Lazio 2-1\n\nIl derby è stato deciso da un rigore nel recupero.",
        id="it-derby-score-title",
    ),
    pytest.param(
        "Il decreto sui taxi\n\nIl testo, firmato il 4 marzo 2024 a Roma, entra in vigore da oggi.",
        id="it-date-and-city-inside-body",
    ),
    pytest.param(
        "Paris, the organisers said, will host the final in June.",
        id="en-city-then-aside",
    ),
    pytest.param(
        "On March 4, 2024, the council voted to close the bridge for repairs.",
        id="en-date-opening-a-sentence",
    ),
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    assert find_dateline(text) is None


# --------------------------------------------------------------------------------------
# Publication stamps
# --------------------------------------------------------------------------------------

ANY_KIND = "<any kind>"

TIMESTAMPS = [
    pytest.param(
        "Le Sénat adopte la réforme\n\nPublié le 3 mars 2024 à 14h05\n\n"
        "Les sénateurs ont voté le texte dans la nuit.",
        [("published", "2024-03-03T14:05:00", True)],
        id="fr-publie-le-a-h",
    ),
    pytest.param(
        "Startseite › Politik\n\nStreit um die Pendlerpauschale\n\n"
        "Aktualisiert am 03.03.2024, 14:05 Uhr\n\n"
        "Die Koalition sucht weiter nach einem Kompromiss.",
        [("updated", "2024-03-03T14:05:00", True)],
        id="de-aktualisiert-am-numeric-uhr",
    ),
    pytest.param(
        "Actualizado: 03/03/2024 14:05 CET",
        [("updated", "2024-03-03T14:05:00+01:00", True)],
        id="es-actualizado-slash-cet",
    ),
    pytest.param(
        "Pubblicato il 03/03/2024 alle 14:05",
        [("published", "2024-03-03T14:05:00", True)],
        id="it-pubblicato-il-alle",
    ),
    pytest.param(
        "Bahn streicht zwei Nachtzüge\n3. März 2024, 14.05 Uhr\n\n"
        "Die Verbindungen nach Zagreb und Split entfallen ab Juni.",
        [(None, "2024-03-03T14:05:00", True)],
        id="de-bare-date-line-dotted-time",
    ),
    pytest.param(
        "Publié le 03/03/2024 à 14:05 | Mis à jour le 03/03/2024 à 18:40",
        [
            ("published", "2024-03-03T14:05:00", True),
            ("updated", "2024-03-03T18:40:00", True),
        ],
        id="fr-figaro-publie-bar-mis-a-jour",
    ),
    pytest.param(
        "Publié le 03 mars 2024 à 14h05, modifié le 03 mars 2024 à 18h40",
        [
            ("published", "2024-03-03T14:05:00", True),
            ("updated", "2024-03-03T18:40:00", True),
        ],
        id="fr-le-monde-publie-modifie",
    ),
    pytest.param(
        "Veröffentlicht am 03.03.2024 um 14:05 Uhr | Aktualisiert am 04.03.2024 um 09:30 Uhr",
        [
            ("published", "2024-03-03T14:05:00", True),
            ("updated", "2024-03-04T09:30:00", True),
        ],
        id="de-veroeffentlicht-bar-aktualisiert",
    ),
    pytest.param(
        "Stand: 03.03.2024 14:05 Uhr",
        [(ANY_KIND, "2024-03-03T14:05:00", True)],
        id="de-stand-broadcaster",
    ),
    pytest.param(
        "Publicado el 3 de marzo de 2024 a las 14:05",
        [("published", "2024-03-03T14:05:00", True)],
        id="es-publicado-el-de-de-a-las",
    ),
    pytest.param(
        "Actualizado Domingo, 3 marzo 2024 - 14:05",
        [("updated", "2024-03-03T14:05:00", True)],
        id="es-actualizado-weekday-dash-time",
    ),
    pytest.param(
        "Aggiornato il 4 marzo 2024 ore 9:30",
        [("updated", "2024-03-04T09:30:00", True)],
        id="it-aggiornato-ore",
    ),
    pytest.param(
        "Pubblicato il 05/04/2024 alle 09:30",
        [("published", "2024-04-05T09:30:00", True)],
        id="it-slash-date-day-first",
    ),
    pytest.param(
        "Updated 04/05/2024 9:30 a.m.",
        [("updated", "2024-04-05T09:30:00", True)],
        id="en-slash-date-month-first",
    ),
    pytest.param(
        "Aktualisiert am 15.07.2024, 09:30 Uhr MESZ",
        [("updated", "2024-07-15T09:30:00+02:00", True)],
        id="de-summer-time-mesz",
    ),
    pytest.param(
        "Publicado: 15/07/2024 09:30 CEST",
        [("published", "2024-07-15T09:30:00+02:00", True)],
        id="es-summer-time-cest",
    ),
    pytest.param(
        "Publié le 3 mars 2024",
        [("published", "2024-03-03T00:00:00", False)],
        id="fr-date-without-time",
    ),
    pytest.param(
        "Mis à jour le 4 mars 2024 à 14 h 05",
        [("updated", "2024-03-04T14:05:00", True)],
        id="fr-mis-a-jour-spaced-h",
    ),
    pytest.param(
        "Sciopero dei treni venerdì\n\n04 marzo 2024, 09:30\n\n"
        "I sindacati hanno confermato la protesta di otto ore.",
        [(None, "2024-03-04T09:30:00", True)],
        id="it-bare-date-line-under-title",
    ),
    pytest.param(
        "Der Verband der Bäcker fordert niedrigere Strompreise für das Handwerk.\n\n"
        "Aktualisiert: 04.03.2024, 08:12 Uhr",
        [("updated", "2024-03-04T08:12:00", True)],
        id="de-footer-stamp-after-story",
    ),
    pytest.param(
        "Published 4 March 2024, 14:05 GMT",
        [("published", "2024-03-04T14:05:00+00:00", True)],
        id="en-published-gmt",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIMESTAMPS)
def test_timestamps_found(text: str, expected: list[tuple[str | None, str, bool]]) -> None:
    stamps = find_timestamps(text)
    got = [
        (
            ANY_KIND if want[0] == ANY_KIND else stamp.kind,
            stamp.value.isoformat(),
            stamp.has_time,
        )
        for stamp, want in zip(stamps, expected, strict=False)
    ]
    assert len(stamps) == len(expected)
    assert got == expected


NOT_TIMESTAMPS = [
    pytest.param(
        "Das Gesetz wurde am 3. März 2024 im Bundesgesetzblatt veröffentlicht und gilt ab Mai.",
        id="de-date-inside-sentence",
    ),
    pytest.param(
        "Le rapport, publié le 3 mars 2024 par la Cour des comptes, pointe des retards.",
        id="fr-publie-inside-sentence",
    ),
    pytest.param(
        "Publié le 3 mars 2024 au Journal officiel, le décret impose de nouvelles règles "
        "aux loueurs de trottinettes.",
        id="fr-publie-opening-prose",
    ),
    pytest.param(
        "El 3 de marzo de 2024 el Congreso aprobó la reforma con una amplia mayoría.",
        id="es-date-opening-prose",
    ),
    pytest.param(
        "Pubblicato il 4 marzo 2024 in Gazzetta Ufficiale, il decreto entra in vigore domani.",
        id="it-pubblicato-opening-prose",
    ),
    pytest.param(
        "Updated figures for 2024 will follow in June, the statistics office said.",
        id="en-updated-without-date",
    ),
]


@pytest.mark.parametrize("text", NOT_TIMESTAMPS)
def test_not_a_timestamp(text: str) -> None:
    assert tuple(find_timestamps(text)) == ()


# --------------------------------------------------------------------------------------
# Bylines
# --------------------------------------------------------------------------------------


def _credits(text: str) -> tuple[set[str], set[str]]:
    found = find_bylines(text)
    people = {person.name for byline in found for person in byline.people}
    organizations = {org for byline in found for org in byline.organizations}
    return people, organizations


NONE: frozenset[str] = frozenset()

BYLINES = [
    # ---- German ----
    pytest.param(
        "Koalition ringt um den Etat\n\nVon Anna Berger, Wien\n\n"
        "Die Verhandlungen über das Budget zogen sich bis in die Nacht. Von einer Einigung "
        "sei man noch weit entfernt, hieß es aus dem Finanzministerium.",
        {"Anna Berger"},
        NONE,
        id="de-von-name-comma-place",
    ),
    pytest.param(
        "Startseite › Politik › Inland\n\nStreit um Windräder im Hunsrück\n\n"
        "Von Lukas Hofer und Miriam Stadler\nAktualisiert am 03.03.2024, 14:05 Uhr\n\n"
        "In drei Gemeinden wehren sich Anwohner gegen die geplanten Anlagen.",
        {"Lukas Hofer", "Miriam Stadler"},
        NONE,
        id="de-von-two-names-scraped-header",
    ),
    pytest.param(
        "Brücke bleibt gesperrt\n\nVON JOHANNES KRÄMER\n\n"
        "Die Sanierung dauert länger als geplant, teilte das Bauamt mit.",
        {"Johannes Krämer"},
        NONE,
        id="de-von-name-in-capitals",
    ),
    pytest.param(
        "Neue Regeln für E-Scooter\n\nVon Marek Wolny, dpa\n\n"
        "Wer künftig auf dem Gehweg fährt, muss mit einem höheren Bußgeld rechnen.",
        {"Marek Wolny"},
        {"dpa"},
        id="de-von-name-and-agency",
    ),
    pytest.param(
        "Der Stadtrat vertagte die Entscheidung über das Hallenbad auf April.\n\n"
        "Mit Material von dpa",
        NONE,
        {"dpa"},
        id="de-mit-material-von-dpa",
    ),
    pytest.param(
        "Die Gespräche in Genf endeten nach zwei Tagen ohne Ergebnis.\n\n"
        "Mit Material von dpa, AFP und Reuters",
        NONE,
        {"dpa", "AFP", "Reuters"},
        id="de-mit-material-three-agencies",
    ),
    pytest.param(
        "Der Verband fordert mehr Geld vom Bund für die Umstellung der Ställe.\n\n"
        "Mit Material von AFP\n\nThemen: Landwirtschaft, Bauernproteste",
        NONE,
        {"AFP"},
        id="de-mit-material-above-topics-footer",
    ),
    pytest.param(
        "Die Sitzung des Landtags wurde auf Mittwoch vertagt. (APA, 3.3.2024)",
        NONE,
        {"APA"},
        id="de-apa-dated-tag",
    ),
    pytest.param(
        "Der Bürgermeister will die Kanalgebühren im Herbst senken. (red/APA, 4.3.2024)",
        NONE,
        {"red", "APA"},
        id="de-red-apa-dated-tag",
    ),
    pytest.param(
        "Die Kommission legt ihren Vorschlag erst im Sommer vor. "
        "(Lena Pichler aus Brüssel, 4.3.2024)",
        {"Lena Pichler"},
        NONE,
        id="de-author-tag-aus-place",
    ),
    pytest.param(
        "Der Kanton rechnet für das laufende Jahr mit einem Überschuss von zwölf Millionen "
        "Franken. (sda)",
        NONE,
        {"SDA"},
        id="de-swiss-sda-tag",
    ),
    pytest.param(
        "EU streitet über Lieferketten\n\n"
        "Von unserer Korrespondentin Sabine Wolter, Brüssel\n\n"
        "Die Mitgliedstaaten konnten sich auch am Dienstag nicht einigen.",
        {"Sabine Wolter"},
        NONE,
        id="de-von-unserer-korrespondentin",
    ),
    pytest.param(
        "Ein Dorf erfindet sich neu\n\nText: Jana Hollweg | Fotos: Ruben Maier\n\n"
        "In Oberweiler gibt es seit dem Winter wieder einen Laden.",
        {"Jana Hollweg", "Ruben Maier"},
        NONE,
        id="de-text-and-photos-bar",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                'German role-label credits split by a bar ("Text: X | Fotos: Y"): the byline '
                'reads the "Text:" part; the photographer of a combined credit line is not '
                "read yet"
            ),
        ),
    ),
    # ---- French ----
    pytest.param(
        "Le Sénat durcit le texte\n\nPar Jeanne Roux et Paul Lenoir\n\n"
        "Les sénateurs ont adopté l’article 3 dans la nuit, par 201 voix contre 112.",
        {"Jeanne Roux", "Paul Lenoir"},
        NONE,
        id="fr-par-two-names-et",
    ),
    pytest.param(
        "Grève à la SNCF\n\nPAR ÉLODIE MARCHAND\n\n"
        "Le trafic restera perturbé jusqu’à jeudi sur les lignes de la région.",
        {"Élodie Marchand"},
        NONE,
        id="fr-par-name-capitals-accent",
    ),
    pytest.param(
        "Bruxelles serre la vis\n\nDe notre correspondante à Bruxelles, Claire Vasseur\n\n"
        "La Commission a présenté mardi un plan pour limiter les emballages.",
        {"Claire Vasseur"},
        NONE,
        id="fr-de-notre-correspondante",
    ),
    pytest.param(
        "Le maire de la commune a démissionné mardi soir.\n\n(avec AFP)",
        NONE,
        {"AFP"},
        id="fr-avec-afp-lower-case-brackets",
    ),
    pytest.param(
        "Les discussions reprendront la semaine prochaine à Genève.\n\n"
        "Le Monde avec AFP et Reuters",
        NONE,
        {"Le Monde", "AFP", "Reuters"},
        id="fr-le-monde-avec-two-agencies",
    ),
    pytest.param(
        "Incendie dans un entrepôt de Rungis\n\nPar Le Figaro avec AFP\n"
        "Publié le 03/03/2024 à 14:05\n\n"
        "Une centaine de pompiers sont intervenus dans la nuit.",
        NONE,
        {"Le Figaro", "AFP"},
        id="fr-par-le-figaro-avec-afp",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                'Le Figaro\'s outlet-with-agency byline after "Par" ("Par Le Figaro avec '
                'AFP"): the "Le Monde avec AFP" form is read at the foot only, not after a '
                'head "Par"'
            ),
        ),
    ),
    pytest.param(
        "La ville change de visage, mais lentement.\n\nPropos recueillis par Thomas Aubry",
        {"Thomas Aubry"},
        NONE,
        id="fr-propos-recueillis-par",
    ),
    pytest.param(
        "Le bourgmestre a annoncé la fermeture du pont jusqu’en mai. (Belga)",
        NONE,
        {"Belga"},
        id="fr-belga-tag-at-foot",
    ),
    pytest.param(
        "Une famille noble au tribunal\n\nPar Anne-Sophie de La Tour\n\n"
        "Le procès s’est ouvert lundi devant le tribunal de Tours.",
        {"Anne-Sophie de La Tour"},
        NONE,
        id="fr-par-name-with-particle",
    ),
    pytest.param(
        "Le CAC 40 a terminé la séance en recul de 0,4 %.\n\n"
        "(Reportage Gaëlle Sorin, édité par Bastien Morel)",
        {"Gaëlle Sorin", "Bastien Morel"},
        NONE,
        id="fr-reuters-french-trailer",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                'Reuters\' French-service trailer ("(Reportage X, édité par Y)"; also "Rédigé'
                ' par", "Version française"): the trailer role words are English-only so far'
            ),
        ),
    ),
    pytest.param(
        "Les élus alsaciens réclament une collectivité à part\n\n"
        "Par Inès Bouchard (Strasbourg, correspondante)\nPublié le 3 mars 2024 à 14h05\n\n"
        "Le débat revient au conseil régional jeudi.",
        {"Inès Bouchard"},
        NONE,
        id="fr-le-monde-correspondent-in-brackets",
        marks=pytest.mark.xfail(
            strict=True,
            reason=(
                "Le Monde's place and title in brackets after the name (\"Par X (Strasbourg, "
                "correspondante)\"): a bracketed place-and-title is not read as the person's "
                "location and title yet"
            ),
        ),
    ),
    # ---- Spanish ----
    pytest.param(
        "Sube el precio del alquiler\n\nPor María Gil | Madrid\n"
        "Actualizado: 03/03/2024 14:05 CET\n\n"
        "Los alquileres subieron un 9 % en febrero, según un portal inmobiliario.",
        {"María Gil"},
        NONE,
        id="es-por-name-bar-place",
    ),
    pytest.param(
        "El puerto pierde tráfico\n\nPor Javier Ortega y Lucía Benítez\n\n"
        "Las escalas de cruceros cayeron un tercio el año pasado.",
        {"Javier Ortega", "Lucía Benítez"},
        NONE,
        id="es-por-two-names-y",
    ),
    pytest.param(
        "Las negociaciones se retomarán el lunes en Bruselas.\n\n"
        "Con información de EFE y Europa Press",
        NONE,
        {"EFE", "Europa Press"},
        id="es-con-informacion-two-agencies",
    ),
    pytest.param(
        "El pleno del ayuntamiento aprobó el presupuesto con los votos del equipo de "
        "gobierno y la abstención de la oposición.\n\nEuropa Press",
        NONE,
        {"Europa Press"},
        id="es-agency-alone-last-line",
    ),
    pytest.param(
        "La sequía obliga a cortar el riego\n\nTOMÁS ARIAS\nSevilla - 03 mar 2024 - 14:05 CET\n\n"
        "Los regantes del Guadalquivir recibirán la mitad del agua prevista.",
        {"Tomás Arias"},
        NONE,
        id="es-el-pais-caps-name-above-place-time",
    ),
    pytest.param(
        "Muere un senderista en Picos de Europa\n\nPor Pablo Arranz (EFE)\n\n"
        "El hombre cayó por una ladera cerca del refugio.",
        {"Pablo Arranz"},
        {"EFE"},
        id="es-por-name-agency-brackets",
    ),
    pytest.param(
        "El precio del dinero\n\nAnálisis de Teresa Lluch\n\n"
        "El banco central ha dejado claro que no tiene prisa.",
        {"Teresa Lluch"},
        NONE,
        id="es-analisis-de",
    ),
    pytest.param(
        "Un pueblo sin cobertura\n\nTexto: Nuria Calvo\n\n"
        "En Valdelosa los vecinos suben al cerro para llamar por teléfono.",
        {"Nuria Calvo"},
        NONE,
        id="es-texto-colon",
    ),
    # ---- Italian ----
    pytest.param(
        "La giunta approva il bilancio\n\ndi Marco Neri\n\n"
        "Il documento passa ora all’esame del consiglio comunale.",
        {"Marco Neri"},
        NONE,
        id="it-di-name",
    ),
    pytest.param(
        "Chiude lo stabilimento di Avellino\n\ndi Sofia D'Angelo e Pietro Lo Russo\n\n"
        "I sindacati hanno proclamato otto ore di sciopero.",
        {"Sofia D'Angelo", "Pietro Lo Russo"},
        NONE,
        id="it-di-two-names-elision-particle",
    ),
    pytest.param(
        "Il piano di Bruxelles sui dazi\n\ndal nostro inviato a Bruxelles Stefano Lodi\n\n"
        "I ministri hanno discusso fino a tarda sera.",
        {"Stefano Lodi"},
        NONE,
        id="it-dal-nostro-inviato-a-place",
    ),
    pytest.param(
        "La notte delle sirene\n\ndalla nostra inviata Sara Leone\n\n"
        "Le sirene hanno suonato tre volte prima dell’alba.",
        {"Sara Leone"},
        NONE,
        id="it-dalla-nostra-inviata",
    ),
    pytest.param(
        "Guida ai bonus per la casa\n\nA cura di Chiara Vitale\n\n"
        "Ecco cosa cambia per chi ristruttura quest’anno.",
        {"Chiara Vitale"},
        NONE,
        id="it-a-cura-di",
    ),
    pytest.param(
        "Il governo ha convocato i sindacati per giovedì.\n\nFonte: Adnkronos",
        NONE,
        {"Adnkronos"},
        id="it-fonte-adnkronos",
    ),
    pytest.param(
        "Il consiglio regionale ha approvato la legge sulle aree interne con 31 voti "
        "favorevoli.\n\nANSA",
        NONE,
        {"ANSA"},
        id="it-agency-alone-last-line",
    ),
    pytest.param(
        "Kiev al buio\n\ndi Elena Rizzi, nostra inviata a Kiev\n\n"
        "La centrale è stata colpita poco dopo mezzanotte.",
        {"Elena Rizzi"},
        NONE,
        id="it-di-name-nostra-inviata",
    ),
    pytest.param(
        "Il ritorno del lupo\n\ndi Lorenzo Dell’Acqua\n\n"
        "Nelle valli del Cuneese gli allevatori chiedono nuove recinzioni.",
        {"Lorenzo Dell’Acqua"},
        NONE,
        id="it-di-name-typographic-apostrophe",
    ),
    pytest.param(
        "Home › Cronache › Milano\n\nAllagato il sottopasso di viale Monza\n\n"
        "di Giulia Ferrante\n04 marzo 2024 (modifica il 04 marzo 2024 | 18:40)\n\n"
        "Due auto sono rimaste bloccate nell’acqua.",
        {"Giulia Ferrante"},
        NONE,
        id="it-corriere-scraped-header",
    ),
    # ---- English ----
    pytest.param(
        "The coalition agreed to delay the vote until April.\n\n"
        "(Reporting by Hanna Kohl in Berlin and Luca Moretti in Rome; Writing by Sam Okafor; "
        "Editing by Rhea Banks)",
        {"Hanna Kohl", "Luca Moretti", "Sam Okafor", "Rhea Banks"},
        NONE,
        id="en-reuters-trailer-european-bureaus",
    ),
    pytest.param(
        "Ferry strike strands tourists\n\nBy Claire Dumont and Ivo Petrov, AFP\n\n"
        "Hundreds of travellers spent the night in the port.",
        {"Claire Dumont", "Ivo Petrov"},
        {"AFP"},
        id="en-by-two-names-afp",
    ),
    pytest.param(
        "Germany's rail fares rise\n\nBy Greta Lind, dpa\n\n"
        "Passengers will pay about 6 percent more from June.",
        {"Greta Lind"},
        {"dpa"},
        id="en-by-name-dpa-english-service",
    ),
    pytest.param(
        "The museum will reopen after the summer.\n\n"
        "Agence France-Presse contributed to this report.",
        NONE,
        {"AFP"},
        id="en-agency-full-name-contributed",
    ),
]


@pytest.mark.parametrize(("text", "people", "organizations"), BYLINES)
def test_byline_credits(text: str, people: Set[str], organizations: Set[str]) -> None:
    assert _credits(text) == (set(people), set(organizations))


DESKS = [
    pytest.param(
        "Il sindaco ha firmato l’ordinanza che limita i dehors nel centro storico.\n\nRedazione",
        "staff",
        id="it-redazione-at-foot",
    ),
    pytest.param(
        "El temporal dejó sin luz a veinte mil hogares en el interior de Galicia.\n\nAgencias",
        "agencies",
        id="es-agencias-at-foot",
    ),
    pytest.param(
        "La OTAN refuerza el flanco este\n\nDe nuestro corresponsal\n\n"
        "Los ministros de Defensa acordaron enviar más tropas a la frontera.",
        "correspondent",
        id="es-de-nuestro-corresponsal-head",
    ),
    pytest.param(
        "Floods cut the rail line between the two northern towns.\n\nStaff and agencies",
        "staff and agencies",
        id="en-guardian-staff-and-agencies",
    ),
]


@pytest.mark.parametrize(("text", "desk"), DESKS)
def test_desk_credit(text: str, desk: str) -> None:
    found = find_bylines(text)
    assert [byline.desk for byline in found if byline.desk] == [desk]
    assert [person.name for byline in found for person in byline.people] == []


PERSON_DETAILS = [
    pytest.param(
        "Kharkiv sous les bombes\n\nPar Louise Garnier, envoyée spéciale à Kharkiv\n\n"
        "Les sirènes ont retenti toute la nuit.",
        [
            {
                "name": "Louise Garnier",
                "title": "envoyée spéciale",
                "location": "à Kharkiv",
                "position": "head",
            }
        ],
        id="fr-par-envoyee-speciale-title-location",
    ),
    pytest.param(
        "Bruselas endurece las reglas fiscales\n\n"
        "Por Irene Salcedo, corresponsal en Bruselas\n\n"
        "Los ministros aprobaron el cambio sin debate.",
        [
            {
                "name": "Irene Salcedo",
                "title": "corresponsal",
                "location": "en Bruselas",
                "position": "head",
            }
        ],
        id="es-por-corresponsal-en-place",
    ),
    pytest.param(
        "Waffenruhe hält\n\nVon Ruth Amsel, Nahost-Korrespondentin\n\n"
        "Die Grenzübergänge sollen am Montag wieder öffnen.",
        [{"name": "Ruth Amsel", "title": "Nahost-Korrespondentin", "position": "head"}],
        id="de-von-name-hyphenated-correspondent-title",
    ),
    pytest.param(
        "Die Regierung in Rom will das Gesetz noch vor dem Sommer verabschieden. "
        "(Jakob Stöger aus Rom, 4.3.2024)",
        [{"name": "Jakob Stöger", "location": "aus Rom", "position": "tail"}],
        id="de-author-tag-location-tail",
    ),
    pytest.param(
        "The ministers will meet again next week.\n\n"
        "(Reporting by Hanna Kohl in Berlin; Editing by Rhea Banks)",
        [
            {
                "name": "Hanna Kohl",
                "role": "reporting",
                "location": "in Berlin",
                "position": "tail",
            },
            {"name": "Rhea Banks", "role": "editing", "position": "tail"},
        ],
        id="en-reuters-roles-and-location",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_DETAILS)
def test_person_details(text: str, expected: list[dict[str, str]]) -> None:
    found = find_bylines(text)
    got = []
    for byline, person in [(b, p) for b in found for p in b.people]:
        values = {
            "name": person.name,
            "title": person.title,
            "location": person.location,
            "role": person.role,
            "position": byline.position,
        }
        got.append(values)
    assert len(got) == len(expected)
    assert [
        {key: values[key] for key in want} for values, want in zip(got, expected, strict=True)
    ] == expected


NOT_BYLINES = [
    pytest.param(
        "Von Anfang an war klar, dass der Rat den Plan ablehnen würde.\n\n"
        "Die Abstimmung fiel am Ende deutlich aus.",
        id="de-von-anfang-an",
    ),
    pytest.param(
        "Die Idee für das Museum stammt von Anna Berger, der früheren Kulturstadträtin.\n\n"
        "Eröffnet wird im Mai.",
        id="de-von-name-inside-sentence",
    ),
    pytest.param(
        "Von den 183 Abgeordneten stimmten 97 für den Antrag.\n\nDer Antrag ist damit angenommen.",
        id="de-von-number-opening-sentence",
    ),
    pytest.param(
        "Neue Brücke für Leoben\n\nAnna Berger, Bürgermeisterin\n\n"
        "Die Stadt baut bis 2026 eine zweite Brücke über die Mur.",
        id="de-name-with-office-not-staff-title",
    ),
    pytest.param(
        "Von Berlin nach Hamburg in neunzig Minuten\n\n"
        "Die Bahn plant eine neue Schnellstrecke durch das Wendland.",
        id="de-von-place-nach-place-title",
    ),
    pytest.param(
        "Par 312 voix contre 201, l’Assemblée nationale a adopté le texte.\n\n"
        "La navette parlementaire reprend au Sénat.",
        id="fr-par-vote-count",
    ),
    pytest.param(
        "Par conséquent, la mairie a fermé le parc jusqu’à lundi.\n\n"
        "Les riverains ont été prévenus par courrier.",
        id="fr-par-consequent",
    ),
    pytest.param(
        "Interrogée par Jeanne Roux, la ministre a refusé de répondre.\n\n"
        "Son cabinet promet une réponse écrite.",
        id="fr-interrogee-par-name",
    ),
    pytest.param(
        "Le groupe diversifie ses sources d’images.\n\n"
        "Avec l’AFP et Reuters, il a signé un accord de partage de photos en 2023.",
        id="fr-avec-agencies-in-sentence",
    ),
    pytest.param(
        "Por primera vez desde 1977, el Congreso celebró un pleno en domingo.\n\n"
        "La sesión duró nueve horas.",
        id="es-por-primera-vez",
    ),
    pytest.param(
        "El premio, entregado por María Gil, reconoce la labor de los bomberos forestales.\n\n"
        "La gala se celebró en Teruel.",
        id="es-entregado-por-name",
    ),
    pytest.param(
        "El tren descarriló a la salida de la estación de Ourense.\n\n"
        "La agencia EFE informó del accidente poco después de las diez.",
        id="es-agency-named-in-last-sentence",
    ),
    pytest.param(
        "Di sera la piazza si svuota e restano solo i turisti.\n\n"
        "Il comune vuole allungare gli orari dei negozi.",
        id="it-di-sera",
    ),
    pytest.param(
        "La mostra di Marco Neri apre sabato al castello.\n\n"
        "L’ingresso sarà gratuito fino a domenica.",
        id="it-mostra-di-name",
    ),
    pytest.param(
        "Tagli al quotidiano\n\n"
        "La redazione del giornale ha proclamato due giorni di sciopero contro i tagli.\n\n"
        "L’editore non ha commentato.",
        id="it-redazione-in-sentence",
    ),
    pytest.param(
        "By Thursday, the river had crested.\n\nCrews reopened the road on Friday.",
        id="en-by-weekday",
    ),
]


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_a_byline(text: str) -> None:
    assert tuple(find_bylines(text)) == ()
