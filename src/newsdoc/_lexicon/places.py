"""Places in datelines: regions, countries and stand-alone cities (private).

* :data:`US_STATES` and :data:`CANADIAN_PROVINCES`: full names, postal codes and
  the abbreviations AP and Reuters use ("Calif.", "N.Y.", "Ont.").
* Country names come from Babel's CLDR territory names in every supported
  language ("Alemania", "Deutschland", "Allemagne" -> DE), plus the short and
  historical names of :data:`COUNTRY_ALIASES` ("U.S.", "West Germany").
* Cities that stand alone in a dateline: AP's lists (:data:`AP_US_CITIES`,
  :data:`AP_WORLD_CITIES`) and CLDR's exemplar cities of time zones, in every
  supported language ("Wien", "Vienne", "Viena" -> AT), and the regional capitals of
  Germany, Switzerland, Italy, Spain and France (:data:`REGIONAL_CAPITALS`).

Tables are built on first use and cached; nothing is loaded at import time.

Sources, table by table:

* :data:`US_STATES`: the USPS postal codes, the AP Stylebook's state
  abbreviations for datelines (AP spells out Alaska, Hawaii, Idaho, Iowa,
  Maine, Ohio, Texas and Utah) and older wire forms ("Tex.", "Calif.").
  :data:`CANADIAN_PROVINCES`: Canada Post codes and the abbreviations of
  Canadian wire style ("Ont.", "B.C.", "Que.").
* :data:`AP_US_CITIES` and :data:`AP_WORLD_CITIES`: the cities the AP
  Stylebook's "datelines" entry lets stand alone.
* :data:`WORLD_CITIES`: cities CLDR has no exemplar for, by class: capitals of
  German and Austrian states, seats of national courts and of international
  meetings, and the largest cities of each country, with their exonyms in the
  five languages.  A new entry belongs to such a class, never to one story.
* :data:`COUNTRY_ALIASES`: short forms of country names that AP and Reuters
  use ("U.S.", "Britain") and common names CLDR lists under another one
  ("Holland", "Burma"); :data:`HISTORICAL_COUNTRIES`: names of states that no
  longer exist (ISO 3166-3, formerly used country names).
* :data:`ITALIAN_PROVINCES`: the "sigla automobilistica" of every Italian province
  and metropolitan city, from ISTAT's *Elenco dei codici statistici e
  denominazioni delle unità territoriali* (107 units), plus the four Sardinian
  provinces of 2005-2016 whose codes local copy still writes (CI, OG, OT, VS).
  Italian copy puts the code in brackets after a town: "Pozzuoli (NA)".
* :data:`PARTICLES` and :data:`ARTICLES`: articles and prepositions inside
  place names (closed classes of the five languages).
* :data:`NOT_PLACE_WORDS`: function words of the five languages (closed
  classes), the story-type labels of wire slugs and news sites ("FACTBOX",
  "WRAPUP", "Eilmeldung", "Ultimora") and English calendar words from Babel.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from types import MappingProxyType

import attrs

from newsdoc._grammar import grammar
from newsdoc._lexicon.dates import LOCALES, LazyWords, calendar_words, fold_key

__all__ = [
    "AP_US_CITIES",
    "AP_WORLD_CITIES",
    "ARTICLES",
    "CANADIAN_PROVINCES",
    "COUNTRY_ALIASES",
    "HISTORICAL_COUNTRIES",
    "ITALIAN_PROVINCES",
    "NOT_PLACE_WORDS",
    "PARTICLES",
    "REGIONAL_CAPITALS",
    "US_STATES",
    "WORLD_CITIES",
    "KnownCity",
    "Region",
    "city_lookup",
    "cldr_country_keys",
    "country_lookup",
    "country_name",
    "ends_with_place",
    "name_language",
    "region_lookup",
]


@attrs.frozen(kw_only=True)
class Region:
    """A state or province: display name, code, country code and every spelling."""

    name: str
    code: str
    country_code: str
    spellings: tuple[str, ...]


def _state(name: str, code: str, *abbreviations: str) -> Region:
    return Region(name=name, code=code, country_code="US", spellings=(name, code, *abbreviations))


def _province(name: str, code: str, *abbreviations: str) -> Region:
    return Region(name=name, code=code, country_code="CA", spellings=(name, code, *abbreviations))


#: US states (and D.C.) with postal codes and AP/Reuters abbreviations.
US_STATES: tuple[Region, ...] = (
    _state("Alabama", "AL", "Ala."),
    _state("Alaska", "AK"),
    _state("Arizona", "AZ", "Ariz."),
    _state("Arkansas", "AR", "Ark."),
    _state("California", "CA", "Calif.", "Cal.", "Cali."),
    _state("Colorado", "CO", "Colo."),
    _state("Connecticut", "CT", "Conn."),
    _state("Delaware", "DE", "Del."),
    _state("District of Columbia", "DC", "D.C.", "Washington D.C."),
    _state("Florida", "FL", "Fla."),
    _state("Georgia", "GA", "Ga."),
    _state("Hawaii", "HI"),
    _state("Idaho", "ID"),
    _state("Illinois", "IL", "Ill."),
    _state("Indiana", "IN", "Ind."),
    _state("Iowa", "IA"),
    _state("Kansas", "KS", "Kan.", "Kans."),
    _state("Kentucky", "KY", "Ky."),
    _state("Louisiana", "LA", "La."),
    _state("Maine", "ME"),
    _state("Maryland", "MD", "Md."),
    _state("Massachusetts", "MA", "Mass."),
    _state("Michigan", "MI", "Mich."),
    _state("Minnesota", "MN", "Minn."),
    _state("Mississippi", "MS", "Miss."),
    _state("Missouri", "MO", "Mo."),
    _state("Montana", "MT", "Mont."),
    _state("Nebraska", "NE", "Neb.", "Nebr."),
    _state("Nevada", "NV", "Nev."),
    _state("New Hampshire", "NH", "N.H."),
    _state("New Jersey", "NJ", "N.J."),
    _state("New Mexico", "NM", "N.M."),
    _state("New York", "NY", "N.Y."),
    _state("North Carolina", "NC", "N.C."),
    _state("North Dakota", "ND", "N.D.", "N.Dak."),
    _state("Ohio", "OH"),
    _state("Oklahoma", "OK", "Okla."),
    _state("Oregon", "OR", "Ore.", "Oreg."),
    _state("Pennsylvania", "PA", "Pa.", "Penn."),
    _state("Rhode Island", "RI", "R.I."),
    _state("South Carolina", "SC", "S.C."),
    _state("South Dakota", "SD", "S.D.", "S.Dak."),
    _state("Tennessee", "TN", "Tenn."),
    _state("Texas", "TX", "Tex."),
    _state("Utah", "UT"),
    _state("Vermont", "VT", "Vt."),
    _state("Virginia", "VA", "Va."),
    _state("Washington", "WA", "Wash."),
    _state("West Virginia", "WV", "W.Va.", "W. Va."),
    _state("Wisconsin", "WI", "Wis.", "Wisc."),
    _state("Wyoming", "WY", "Wyo."),
    _state("Puerto Rico", "PR", "P.R."),
    _state("Guam", "GU"),
)

#: Canadian provinces and territories with postal codes and wire abbreviations.
CANADIAN_PROVINCES: tuple[Region, ...] = (
    _province("Alberta", "AB", "Alta."),
    _province("British Columbia", "BC", "B.C."),
    _province("Manitoba", "MB", "Man."),
    _province("New Brunswick", "NB", "N.B."),
    _province("Newfoundland and Labrador", "NL", "Newfoundland", "Nfld.", "N.L."),
    _province("Nova Scotia", "NS", "N.S."),
    _province("Ontario", "ON", "Ont."),
    _province("Prince Edward Island", "PE", "P.E.I.", "PEI"),
    _province("Quebec", "QC", "Que.", "Québec", "Qué.", "P.Q."),
    _province("Saskatchewan", "SK", "Sask."),
    _province("Northwest Territories", "NT", "N.W.T."),
    _province("Nunavut", "NU"),
    _province("Yukon", "YT", "Yukon Territory"),
)

#: Italian provinces by their two-letter code (ISTAT; see the module docstring).
#: Kept apart from :func:`region_lookup`: many codes are also US state codes
#: ("MI", "PA", "VA"), so the caller decides by the text's language.
ITALIAN_PROVINCES: Mapping[str, str] = MappingProxyType(
    dict(
        line.split(" ", 1)
        for line in """
AG Agrigento|AL Alessandria|AN Ancona|AO Aosta|AP Ascoli Piceno|AQ L'Aquila|AR Arezzo
AT Asti|AV Avellino|BA Bari|BG Bergamo|BI Biella|BL Belluno|BN Benevento|BO Bologna
BR Brindisi|BS Brescia|BT Barletta-Andria-Trani|BZ Bolzano|CA Cagliari|CB Campobasso
CE Caserta|CH Chieti|CL Caltanissetta|CN Cuneo|CO Como|CR Cremona|CS Cosenza|CT Catania
CZ Catanzaro|EN Enna|FC Forlì-Cesena|FE Ferrara|FG Foggia|FI Firenze|FM Fermo
FR Frosinone|GE Genova|GO Gorizia|GR Grosseto|IM Imperia|IS Isernia|KR Crotone|LC Lecco
LE Lecce|LI Livorno|LO Lodi|LT Latina|LU Lucca|MB Monza e della Brianza|MC Macerata
ME Messina|MI Milano|MN Mantova|MO Modena|MS Massa-Carrara|MT Matera|NA Napoli|NO Novara
NU Nuoro|OR Oristano|PA Palermo|PC Piacenza|PD Padova|PE Pescara|PG Perugia|PI Pisa
PN Pordenone|PO Prato|PR Parma|PT Pistoia|PU Pesaro e Urbino|PV Pavia|PZ Potenza
RA Ravenna|RC Reggio Calabria|RE Reggio Emilia|RG Ragusa|RI Rieti|RM Roma|RN Rimini
RO Rovigo|SA Salerno|SI Siena|SO Sondrio|SP La Spezia|SR Siracusa|SS Sassari
SU Sud Sardegna|SV Savona|TA Taranto|TE Teramo|TN Trento|TO Torino|TP Trapani|TR Terni
TS Trieste|TV Treviso|UD Udine|VA Varese|VB Verbano-Cusio-Ossola|VC Vercelli|VE Venezia
VI Vicenza|VR Verona|VT Viterbo|VV Vibo Valentia
CI Carbonia-Iglesias|OG Ogliastra|OT Olbia-Tempio|VS Medio Campidano
""".replace("\n", "|")
        .strip("|")
        .split("|")
    )
)

#: Cities AP datelines name without a state (city -> state name).
AP_US_CITIES: Mapping[str, str] = MappingProxyType(
    {
        "Atlanta": "Georgia",
        "Baltimore": "Maryland",
        "Boston": "Massachusetts",
        "Chicago": "Illinois",
        "Cincinnati": "Ohio",
        "Cleveland": "Ohio",
        "Dallas": "Texas",
        "Denver": "Colorado",
        "Detroit": "Michigan",
        "Honolulu": "Hawaii",
        "Houston": "Texas",
        "Indianapolis": "Indiana",
        "Las Vegas": "Nevada",
        "Los Angeles": "California",
        "Miami": "Florida",
        "Milwaukee": "Wisconsin",
        "Minneapolis": "Minnesota",
        "New Orleans": "Louisiana",
        "New York": "New York",
        "Oklahoma City": "Oklahoma",
        "Philadelphia": "Pennsylvania",
        "Phoenix": "Arizona",
        "Pittsburgh": "Pennsylvania",
        "St. Louis": "Missouri",
        "Salt Lake City": "Utah",
        "San Antonio": "Texas",
        "San Diego": "California",
        "San Francisco": "California",
        "Seattle": "Washington",
        "Washington": "District of Columbia",
    }
)

#: Cities outside the US that AP datelines name without a country (city -> ISO code).
AP_WORLD_CITIES: Mapping[str, str] = MappingProxyType(
    {
        "Amsterdam": "NL",
        "Baghdad": "IQ",
        "Bangkok": "TH",
        "Beijing": "CN",
        "Beirut": "LB",
        "Berlin": "DE",
        "Brussels": "BE",
        "Cairo": "EG",
        "Djibouti": "DJ",
        "Dublin": "IE",
        "Frankfurt": "DE",
        "Geneva": "CH",
        "Gibraltar": "GI",
        "Guatemala City": "GT",
        "Havana": "CU",
        "Helsinki": "FI",
        "Hong Kong": "HK",
        "Islamabad": "PK",
        "Istanbul": "TR",
        "Jerusalem": "IL",
        "Johannesburg": "ZA",
        "Kabul": "AF",
        "Kuwait City": "KW",
        "London": "GB",
        "Luxembourg": "LU",
        "Macau": "MO",
        "Madrid": "ES",
        "Mexico City": "MX",
        "Milan": "IT",
        "Monaco": "MC",
        "Montreal": "CA",
        "Moscow": "RU",
        "Munich": "DE",
        "New Delhi": "IN",
        "Ottawa": "CA",
        "Panama City": "PA",
        "Paris": "FR",
        "Prague": "CZ",
        "Quebec City": "CA",
        "Rio de Janeiro": "BR",
        "Rome": "IT",
        "San Marino": "SM",
        "Sao Paulo": "BR",
        "Shanghai": "CN",
        "Singapore": "SG",
        "Stockholm": "SE",
        "Sydney": "AU",
        "Tokyo": "JP",
        "Toronto": "CA",
        "Vatican City": "VA",
        "Vienna": "AT",
        "Zurich": "CH",
    }
)

#: Cities often in datelines that CLDR's exemplar cities miss, in several languages
#: (ISO code -> spellings).
WORLD_CITIES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "NL": ("The Hague", "Den Haag", "La Haye", "La Haya", "L'Aia", "Rotterdam"),
        "IN": ("New Delhi", "Neu-Delhi", "Nueva Delhi", "Mumbai", "Bombay"),
        "IL": ("Tel Aviv",),
        "PS": ("Ramallah", "Gaza City"),
        "DE": (
            "München",
            "Munich",
            "Múnich",
            "Monaco di Baviera",
            "Köln",
            "Cologne",
            "Colonia",
            "Hamburg",
            "Hambourg",
            "Hamburgo",
            "Amburgo",
            "Bonn",
            "Düsseldorf",
            "Stuttgart",
            "Dresden",
            "Leipzig",
            "Hannover",
            "Hanover",
            "Frankfurt am Main",
            "Francfort",
            "Fráncfort",
            "Francoforte",
            "Karlsruhe",
            "Mainz",
            "Nürnberg",
            "Nuremberg",
        ),
        "CH": (
            "Genf",
            "Genève",
            "Geneva",
            "Ginebra",
            "Ginevra",
            "Bern",
            "Berne",
            "Berna",
            "Basel",
            "Bâle",
            "Lausanne",
        ),
        "FR": (
            "Strasbourg",
            "Straßburg",
            "Estrasburgo",
            "Strasburgo",
            "Marseille",
            "Lyon",
            "Bordeaux",
            "Toulouse",
            "Nice",
            "Lille",
        ),
        "IT": (
            "Mailand",
            "Milán",
            "Milano",
            "Neapel",
            "Naples",
            "Napoli",
            "Turin",
            "Torino",
            "Florenz",
            "Florence",
            "Firenze",
            "Venedig",
            "Venice",
            "Venezia",
            "Bologna",
            "Genoa",
            "Genua",
            "Genova",
        ),
        "ES": ("Barcelona", "Sevilla", "Seville", "Valencia", "Bilbao", "Málaga"),
        "AT": (
            "Salzburg",
            "Graz",
            "Linz",
            "Innsbruck",
            "Klagenfurt",
            "St. Pölten",
            "Bregenz",
            "Eisenstadt",
        ),
        "BE": ("Antwerp", "Antwerpen", "Anvers", "Liège", "Lüttich"),
        "GB": (
            "Edinburgh",
            "Manchester",
            "Birmingham",
            "Glasgow",
            "Liverpool",
            "Belfast",
            "Cardiff",
            "Oxford",
            "Cambridge",
        ),
        "RU": (
            "St. Petersburg",
            "Sankt Petersburg",
            "Saint-Pétersbourg",
            "San Petersburgo",
            "San Pietroburgo",
        ),
        "CN": ("Peking", "Pékin", "Pekín", "Pechino", "Guangzhou", "Shenzhen"),
        "BR": ("Brasilia", "Brasília"),
        "TR": ("Ankara",),
        "PL": ("Krakau", "Kraków", "Cracow"),
        "UA": ("Kiew", "Kyiv", "Kiev", "Kiev"),
        "CA": ("Vancouver", "Calgary", "Quebec City"),
        "AU": ("Canberra", "Melbourne", "Brisbane", "Perth"),
        "NZ": ("Wellington",),
        "ZA": ("Pretoria", "Cape Town", "Durban"),
        "JP": ("Osaka", "Kyoto"),
        "KR": ("Busan",),
        # national capitals CLDR names no time zone after (the seat of government of
        # each state, as its constitution names it); not those that are also a city
        # of the United States or Canada ("San Jose", "Kingston") or a common word
        # ("Male")
        "AE": ("Abu Dhabi", "Abou Dhabi", "Abu Dabi"),
        "NG": ("Abuja",),
        "MA": ("Rabat",),
        "CI": ("Yamoussoukro",),
        "MM": ("Naypyidaw", "Nay Pyi Taw", "Naypyitaw"),
        "KZ": ("Astana",),
        "TZ": ("Dodoma",),
        "EC": ("Quito",),
        "MY": ("Putrajaya",),
        "BH": ("Manama", "Manamah"),
        "QA": ("Doha",),
        "YE": ("Sanaa", "Sana'a", "Saná"),
        "MT": ("Valletta", "La Valette", "La Valeta", "La Valletta"),
        "VN": ("Hanoi", "Hanoï", "Hanói"),
        "SV": ("San Salvador",),
    }
)

#: Capitals of German Länder, Swiss cantons, Italian regions, Spanish autonomous
#: communities and French regions that the lists above miss (the seats of government
#: as each country's official lists name them), in the local spelling.  Local papers
#: and regional agency services date their copy from these cities.  Capitals whose
#: name is also a common word or company in the supported languages (Zug, Sion,
#: Potenza, Santander, Toledo, Palma) are left out.
REGIONAL_CAPITALS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "DE": (
            "Kiel",
            "Schwerin",
            "Bremen",
            "Magdeburg",
            "Potsdam",
            "Wiesbaden",
            "Saarbrücken",
            "Erfurt",
        ),
        "CH": (
            "Luzern",
            "Lucerne",
            "St. Gallen",
            "Bellinzona",
            "Chur",
            "Neuchâtel",
            "Fribourg",
            "Aarau",
            "Solothurn",
            "Schaffhausen",
            "Frauenfeld",
            "Liestal",
            "Herisau",
            "Delémont",
            "Lugano",
            "Winterthur",
        ),
        "IT": (
            "Palermo",
            "Bari",
            "Cagliari",
            "Trieste",
            "Trento",
            "Bolzano",
            "Aosta",
            "Ancona",
            "Perugia",
            "L'Aquila",
            "Campobasso",
            "Catanzaro",
        ),
        "ES": (
            "Santiago de Compostela",
            "Oviedo",
            "Vitoria",
            "Pamplona",
            "Logroño",
            "Zaragoza",
            "Palma de Mallorca",
            "Murcia",
            "Valladolid",
            "Las Palmas de Gran Canaria",
            "Santa Cruz de Tenerife",
        ),
        "FR": ("Nantes", "Rennes", "Rouen", "Dijon", "Orléans", "Ajaccio", "Montpellier"),
    }
)

#: Short and everyday country names CLDR does not list (spelling -> ISO code).
COUNTRY_ALIASES: Mapping[str, str] = MappingProxyType(
    {
        "U.S.": "US",
        "U.S.A.": "US",
        "USA": "US",
        "US": "US",
        "America": "US",
        "EEUU": "US",
        "EE.UU.": "US",
        "USA.": "US",
        "UK": "GB",
        "U.K.": "GB",
        "Britain": "GB",
        "Great Britain": "GB",
        "England": "GB",
        "Scotland": "GB",
        "Wales": "GB",
        "Northern Ireland": "GB",
        "Großbritannien": "GB",
        "Holland": "NL",
        "Czech Republic": "CZ",
        "Tschechien": "CZ",
        "Ivory Coast": "CI",
        "Burma": "MM",
        "South Korea": "KR",
        "North Korea": "KP",
        "Südkorea": "KR",
        "Nordkorea": "KP",
        "Russia": "RU",
        "Vatican": "VA",
        "UAE": "AE",
        "U.A.E.": "AE",
        "Hong Kong": "HK",
        "Macau": "MO",
        "Macao": "MO",
        "West Bank": "PS",
        "Gaza": "PS",
        "Gaza Strip": "PS",
        "Palestine": "PS",
        "Bosnia": "BA",
        "Macedonia": "MK",
        "Swaziland": "SZ",
        "East Timor": "TL",
        "Cape Verde": "CV",
        "Taiwan": "TW",
    }
)

#: Names of countries that no longer exist, kept as written (spelling -> the ISO code
#: of the one state that holds the territory now, or "" when it was split or merged).
#: The formerly used names of ISO 3166-3 that named states (its English short names,
#: with the common forms copy wrote them in: "East Germany" for the German Democratic
#: Republic, "Rhodesia"); not the island groups that are still places of their own.
HISTORICAL_COUNTRIES: Mapping[str, str] = MappingProxyType(
    {
        "West Germany": "DE",
        "East Germany": "DE",
        "German Democratic Republic": "DE",
        "Soviet Union": "",
        "USSR": "",
        "U.S.S.R.": "",
        "Byelorussian SSR": "BY",
        "Yugoslavia": "",
        "Serbia and Montenegro": "",
        "Czechoslovakia": "",
        "Zaire": "CD",
        "Dahomey": "BJ",
        "Upper Volta": "BF",
        "Southern Rhodesia": "ZW",
        "Rhodesia": "ZW",
        "French Afars and Issas": "DJ",
        "New Hebrides": "VU",
        "Gilbert and Ellice Islands": "",
        "Netherlands Antilles": "",
        "Panama Canal Zone": "PA",
        "South Yemen": "YE",
        "North Vietnam": "VN",
    }
)

#: Small words that may stand inside a place name ("Rio de Janeiro", "Stoke-on-Trent").
PARTICLES: frozenset[str] = frozenset(
    "de da do dos das del della di des du la le las los el es en of on upon the am an "
    "der den het im ob bei sur sous lès les y e et und al d l".split()
) | frozenset(
    # Italian "preposizioni articolate", a closed class of the grammar (its contractions,
    # the elided ones aside): "Cernusco sul Naviglio", "Castiglione della Pescaia".
    form
    for form in grammar("it").contractions
    if not form.endswith("'")
)

#: Articles that may open a place name ("The Hague", "Le Bourget", "Los Angeles").
ARTICLES: frozenset[str] = frozenset("the le la les l el los las il lo den de du des al".split())

#: Capitalised words that open sentences or name furniture, never a place on their own
#: (with the English month and weekday names from Babel: :data:`NOT_PLACE_WORDS`).
_NOT_PLACE_FIXED: frozenset[str] = frozenset(
    # English function words and sentence openers
    "a an the this that these those it its he she they we i you his her their our my "
    "in on at by for from to of with as if when while after before since until during "
    "and but or so yet not no yes all some many most more less one two three "
    "there here what who why how where which mr mrs ms dr sen rep gov president "
    "breaking update updated exclusive watch video photos photo live opinion analysis "
    "commentary editorial review correction editor note notes advisory urgent flash "
    "bulletin feature sponsored advertisement listen read related abstract full text "
    "flashback developing just alert recap factbox explainer timeline profile insight "
    "wrapup preview scenarios refile corrected corrects brief interview column "
    "breakingviews special graphic poll fact quotes obituary wrap "
    "today yesterday tomorrow "
    # German
    "der die das ein eine einer eines dem den des er sie es wir ihr und oder aber "
    "auch nicht nach vor bei mit von zu für über unter seit wenn als wie was wer "
    "herr frau heute gestern morgen interview kommentar analyse update standard "
    "eil eilmeldung hintergrund liveticker ticker meinung porträt "
    "direct entretien enquête décryptage última hora urgente directo entrevista "
    "ultimora esclusiva intervista retroscena "
    # French, Spanish, Italian
    "le la les un une des il elle ils nous vous et ou mais pour sur dans avec "
    "el los las una unos y pero para con en por lo "
    "il lo gli uno una e ma per con su nel della".split()
)

#: The words above and the English month and weekday names, built on first use.
NOT_PLACE_WORDS: AbstractSet[str] = LazyWords(lambda: _NOT_PLACE_FIXED | calendar_words("en"))


# ---------------------------------------------------------------------------
# Cached lookups built from the tables above and Babel's CLDR data.


@functools.cache
def region_lookup() -> Mapping[str, Region]:
    """Return US states and Canadian provinces by every folded spelling.

    Example:
        >>> region_lookup()["calif"].name, region_lookup()["ny"].code
        ('California', 'NY')
    """
    table: dict[str, Region] = {}
    for region in (*US_STATES, *CANADIAN_PROVINCES):
        for spelling in region.spellings:
            table.setdefault(fold_key(spelling), region)
    return MappingProxyType(table)


@functools.cache
def _territories(code: str) -> Mapping[str, str]:
    from babel import Locale

    return MappingProxyType(dict(Locale.parse(code).territories))


@functools.cache
def country_lookup() -> Mapping[str, str]:
    """Return ISO country codes by every folded country name, in every language.

    Example:
        >>> country_lookup()["alemania"], country_lookup()["us"], country_lookup()["westgermany"]
        ('DE', 'US', 'DE')
    """
    table: dict[str, str] = {}
    for name, code in COUNTRY_ALIASES.items():
        table.setdefault(fold_key(name), code)
    for name, code in HISTORICAL_COUNTRIES.items():
        if code:
            table.setdefault(fold_key(name), code)
    for language in LOCALES:
        for code, name in _territories(language).items():
            if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "ZZ", "QO"}:
                table.setdefault(fold_key(str(name)), code)
    return MappingProxyType(table)


@functools.cache
def cldr_country_keys() -> frozenset[str]:
    """Return the folded CLDR country names of every supported language.

    Example:
        >>> "alemania" in cldr_country_keys(), "us" in cldr_country_keys()
        (True, False)
    """
    return frozenset(
        fold_key(str(name))
        for language in LOCALES
        for code, name in _territories(language).items()
        if len(code) == 2 and code.isalpha()
    )


def country_name(code: str, language: str) -> str | None:
    """Return the CLDR name of a country in ``language``, or None.

    Example:
        >>> country_name("DE", "es"), country_name("US", "en")
        ('Alemania', 'United States')
    """
    name = _territories(language).get(code)
    return str(name) if name else None


@attrs.frozen(kw_only=True)
class KnownCity:
    """A city that stands alone in datelines: spelling, region name and country code."""

    name: str
    region: str | None
    country_code: str | None


@functools.cache
def _zone_city_names() -> tuple[tuple[str, str, str], ...]:
    """Return (language, city, country code) for CLDR's exemplar cities of time zones."""
    from babel import Locale
    from babel.core import get_global

    territories: Mapping[str, str] = get_global("zone_territories")
    out: list[tuple[str, str, str]] = []
    for language in LOCALES:
        zones = Locale.parse(language).time_zones
        for zone, country in territories.items():
            if country in {"AQ", "001", "ZZ", "US"} or zone.startswith("Etc/"):
                continue  # US zone cities include places like "Center" and "Beulah"
            info = zones.get(zone, {})
            city = info.get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
            out.append((language, str(city), country))
    return tuple(out)


def _zone_cities() -> dict[str, KnownCity]:
    """Return CLDR's exemplar cities of time zones in every supported language."""
    out: dict[str, KnownCity] = {}
    for _language, city, country in _zone_city_names():
        out.setdefault(fold_key(city), KnownCity(name=city, region=None, country_code=country))
    return out


@functools.cache
def name_language() -> Mapping[str, str]:
    """Return the language of city and country names that only one language uses.

    A dateline that names "Wien" or "Alemania" tells the language of the text
    without a look at the text.

    Example:
        >>> name_language()["wien"], name_language()["alemania"], "berlin" in name_language()
        ('de', 'es', False)
    """
    owners: dict[str, set[str]] = {}
    for language, city, _country in _zone_city_names():
        owners.setdefault(fold_key(city), set()).add(language)
    for language in LOCALES:
        for code, name in _territories(language).items():
            if len(code) == 2 and code.isalpha():
                owners.setdefault(fold_key(str(name)), set()).add(language)
    return MappingProxyType({k: next(iter(v)) for k, v in owners.items() if len(v) == 1})


@functools.cache
def city_lookup() -> Mapping[str, KnownCity]:
    """Return stand-alone cities by folded spelling (AP lists and CLDR exemplar cities).

    Example:
        >>> city_lookup()["chicago"].region, city_lookup()["wien"].country_code
        ('Illinois', 'AT')
    """
    table: dict[str, KnownCity] = {}
    for city, state in AP_US_CITIES.items():
        table[fold_key(city)] = KnownCity(name=city, region=state, country_code="US")
    for city, code in AP_WORLD_CITIES.items():
        table.setdefault(fold_key(city), KnownCity(name=city, region=None, country_code=code))
    for code, spellings in (*WORLD_CITIES.items(), *REGIONAL_CAPITALS.items()):
        for spelling in spellings:
            table.setdefault(
                fold_key(spelling), KnownCity(name=spelling, region=None, country_code=code)
            )
    for key, known in _zone_cities().items():
        table.setdefault(key, known)
    return MappingProxyType(table)


def ends_with_place(mention: str) -> bool:
    """Return whether ``mention`` ends with a known city or country ("St. Gallen", "l’Italia").

    Every tail of its words is looked up, so a name led by an article or a title
    still counts; an elided article counts as a word of its own.

    Example:
        >>> ends_with_place("la città di Roma"), ends_with_place("l’Italia")
        (True, True)
        >>> ends_with_place("Carla Neri")
        False
    """
    words = mention.replace("’", " ").replace("'", " ").split()
    cities, countries = city_lookup(), country_lookup()
    for k in range(len(words)):
        key = fold_key(" ".join(words[k:]))
        if key in cities or key in countries:
            return True
    return False
