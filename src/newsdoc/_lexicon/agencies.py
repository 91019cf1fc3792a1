"""News agencies, photo agencies and outlets: one table for every module.

Bylines, datelines and captions all name organisations; they look them up here
so that "AP", "The Associated Press" and "ASSOCIATED PRESS" all come back as
``"Associated Press"``.  To add an organisation, add one :class:`Organization`
row: its canonical display name, its kind and every spelling seen in copy.

Sources: every row is an organisation's own published name and the short forms
it signs its copy and credits with ("AP", "dpa", "EFE", "Getty Images",
"REX/Shutterstock").  The wire services are the international agencies and the
national agencies of Europe (the members of the European Alliance of News
Agencies) and of the larger countries elsewhere; the photo rows are the picture
agencies, stock libraries and satellite-imagery operators named in credit lines;
the outlets are national newspapers, broadcasters and large US metropolitan papers
of the five languages.  A new row needs an organisation that signs copy, never a
name seen once in one story.  An agency written with the type noun of its kind
("KUNA News Agency", "Nachrichtenagentur dpa") needs no row of its own: the type
nouns are :data:`AGENCY_TYPE_AFTER` and :data:`AGENCY_TYPE_BEFORE`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

import attrs
import regex

__all__ = [
    "AGENCY_TYPE_AFTER",
    "AGENCY_TYPE_BEFORE",
    "ORGANIZATIONS",
    "SERVICE_CODES",
    "Organization",
    "canonical_organization",
    "organization_kind",
    "organization_pattern",
    "service_code",
]

OrgKind = Literal["agency", "photo", "outlet"]


@attrs.frozen(kw_only=True)
class Organization:
    """One organisation: canonical display name, kind and the spellings used in copy."""

    canonical: str
    kind: OrgKind
    names: tuple[str, ...]


def _org(canonical: str, kind: OrgKind, *names: str) -> Organization:
    return Organization(canonical=canonical, kind=kind, names=(canonical, *names))


ORGANIZATIONS: tuple[Organization, ...] = (
    # --- wire services
    _org("Associated Press", "agency", "AP", "The Associated Press", "A.P."),
    _org("Reuters", "agency", "Reuter", "Thomson Reuters"),
    _org("AFP", "agency", "Agence France-Presse", "Agence France Presse", "A.F.P."),
    _org("dpa", "agency", "Deutsche Presse-Agentur", "Deutsche Presse Agentur"),
    _org("APA", "agency", "Austria Presse Agentur", "APA-OTS"),
    _org("EFE", "agency", "Agencia EFE"),
    _org("ANSA", "agency", "Agenzia ANSA"),
    _org("Europa Press", "agency"),
    _org("AGI", "agency", "Agenzia Giornalistica Italia"),
    _org("Adnkronos", "agency"),
    # Italian agencies after ANSA, AGI and Adnkronos (Ordine dei giornalisti's register)
    _org("askanews", "agency", "Askanews"),
    _org("LaPresse", "agency"),
    _org("Italpress", "agency"),
    _org("Agenzia Dire", "agency"),
    _org("SDA", "agency", "Keystone-SDA", "Schweizerische Depeschenagentur"),
    # Keystone-SDA's French-language service and its financial news service
    _org("ATS", "agency", "Keystone-ATS", "Agence télégraphique suisse"),
    _org("AWP", "agency", "AWP Finanznachrichten", "AWP Financial News"),
    _org("KNA", "agency", "Katholische Nachrichten-Agentur"),
    _org("epd", "agency", "Evangelischer Pressedienst"),
    _org("AP-Dow Jones", "agency"),
    _org("Dow Jones", "agency", "Dow Jones Newswires"),
    _org("Bloomberg", "agency", "Bloomberg News"),
    _org("UPI", "agency", "United Press International"),
    _org("Kyodo", "agency", "Kyodo News"),
    _org("Jiji", "agency", "Jiji Press"),
    _org("Xinhua", "agency", "Xinhua News Agency"),
    _org("Yonhap", "agency", "Yonhap News Agency"),
    _org("TASS", "agency", "Tass", "ITAR-TASS", "Itar-Tass"),
    _org("Interfax", "agency"),
    _org("RIA Novosti", "agency"),
    _org("Anadolu Agency", "agency", "Anadolu", "AA"),
    _org("PA Media", "agency", "Press Association", "PA"),
    _org("The Canadian Press", "agency", "Canadian Press", "CP"),
    _org("AAP", "agency", "Australian Associated Press"),
    _org("PTI", "agency", "Press Trust of India"),
    _org("IANS", "agency"),
    _org("MENA", "agency", "Middle East News Agency"),
    _org("WAFA", "agency"),
    _org("IRNA", "agency"),
    _org("Notimex", "agency"),
    _org("Prensa Latina", "agency"),
    _org("CNS", "agency", "Catholic News Service"),
    _org("Agencia Brasil", "agency", "Agência Brasil"),
    _org("KUNA", "agency", "Kuwait News Agency"),
    _org("KCNA", "agency", "Korean Central News Agency"),
    _org("Ukrinform", "agency"),
    _org("Belga", "agency"),
    _org("TT News Agency", "agency"),
    _org("NTB", "agency", "NTB Scanpix"),
    _org("Ritzau", "agency", "Ritzau Scanpix"),
    _org("Lusa", "agency"),
    _org("ANP", "agency", "Algemeen Nederlands Persbureau"),
    _org("PAP", "agency", "Polska Agencja Prasowa", "Polish Press Agency"),
    _org("ČTK", "agency", "CTK", "Czech News Agency"),
    _org("MTI", "agency", "Magyar Távirati Iroda"),
    _org("STT", "agency", "STT-FNB"),
    _org("Agerpres", "agency"),
    _org("Tanjug", "agency"),
    _org("Bernama", "agency"),
    _org("Antara News", "agency"),
    _org("Emirates News Agency", "agency"),
    _org("Saudi Press Agency", "agency"),
    _org("Maghreb Arabe Presse", "agency"),
    _org("dpa-AFX", "agency", "AFX", "AFX News"),
    _org("dapd", "agency", "ddp"),
    _org("Sport-Informations-Dienst", "agency"),
    _org("Télam", "agency", "Telam"),
    _org("Servimedia", "agency"),
    _org("Kathpress", "agency", "KAP", "Katholische Presseagentur"),
    # --- photo agencies and picture desks
    _org("Getty Images", "photo", "Getty", "GettyImages"),
    _org("EPA", "photo", "EPA-EFE", "European Pressphoto Agency"),
    _org("Shutterstock", "photo", "Shutterstock.com", "REX/Shutterstock", "Rex Features", "REX"),
    _org("Alamy", "photo", "Alamy Stock Photo"),
    _org("Sipa", "photo", "SIPA", "Sipa Press", "Sipa USA"),
    _org("ZUMA Press", "photo", "ZUMA", "Zuma Press", "ZUMA Wire"),
    _org("NurPhoto", "photo"),
    _org("Polaris", "photo"),
    _org("Redux", "photo", "Redux Pictures"),
    _org("Keystone", "photo"),
    _org("picture alliance", "photo", "picture-alliance", "Picture Alliance"),
    _org("imago", "photo", "IMAGO", "imago images"),
    _org("Corbis", "photo"),
    _org("WireImage", "photo", "Wireimage"),
    _org("FilmMagic", "photo"),
    _org("Sputnik", "photo"),
    _org("Xinhua/Sipa", "photo"),
    _org("iStock", "photo", "iStockphoto", "iStock/Getty Images"),
    _org("Flickr", "photo"),
    _org("Wikimedia Commons", "photo", "Wikimedia"),
    _org("Science Photo Library", "photo"),
    _org("Magnum Photos", "photo"),
    _org("Gamma-Rapho", "photo", "Gamma-Rapho via Getty Images"),
    _org("SOPA Images", "photo"),
    _org("LightRocket", "photo"),
    _org("Pacific Press", "photo", "Pacific Press Agency"),
    _org("Barcroft Media", "photo"),
    _org("Mirrorpix", "photo"),
    _org("Camera Press", "photo"),
    _org("Splash News", "photo"),
    _org("Backgrid", "photo", "BACKGRID"),
    _org("Imagn Images", "photo", "Imagn", "Imagn Content Services"),
    _org("Icon Sportswire", "photo"),
    _org("Abaca Press", "photo", "ABACAPRESS", "Abaca"),
    _org("MAXPPP", "photo"),
    _org("Hans Lucas", "photo"),
    _org("ullstein bild", "photo", "Ullstein Bild"),
    _org("SZ Photo", "photo"),
    # the photo agencies the Spanish and Italian wires distribute under their own
    # credit ("Europa Press/Contacto/Name", "Foto: Cordon Press", "Fotogramma")
    _org("Contacto", "photo", "Contacto Photo"),
    _org("Cordon Press", "photo"),
    _org("Fotogramma", "photo"),
    _org("Imagoeconomica", "photo"),
    # satellite imagery: the commercial Earth-observation operators whose pictures news
    # credit, and the EU's open Copernicus programme
    _org("Maxar Technologies", "photo", "Maxar"),
    _org("Planet Labs", "photo", "Planet Labs PBC"),
    _org("Airbus Defence and Space", "photo", "Airbus DS"),
    _org("BlackSky", "photo"),
    _org("Capella Space", "photo"),
    _org("ICEYE", "photo"),
    _org("Umbra Space", "photo"),
    _org("Satellogic", "photo"),
    _org("Copernicus Sentinel", "photo", "Copernicus Sentinel Hub", "Sentinel Hub"),
    _org("Unsplash", "photo"),
    _org("Pexels", "photo"),
    _org("Pixabay", "photo"),
    _org("Adobe Stock", "photo"),
    # --- outlets
    _org("The New York Times", "outlet", "New York Times", "NYT"),
    _org("The Washington Post", "outlet", "Washington Post"),
    _org("The Wall Street Journal", "outlet", "Wall Street Journal", "WSJ"),
    _org("Los Angeles Times", "outlet", "LA Times", "L.A. Times"),
    _org("USA Today", "outlet", "USA TODAY"),
    _org("The Boston Globe", "outlet", "Boston Globe"),
    _org("Chicago Tribune", "outlet"),
    _org("The San Diego Union-Tribune", "outlet", "San Diego Union-Tribune"),
    _org("The Dallas Morning News", "outlet", "Dallas Morning News"),
    _org("The Guardian", "outlet", "Guardian"),
    _org("The Observer", "outlet"),
    _org("The Telegraph", "outlet", "Daily Telegraph"),
    _org("The Independent", "outlet"),
    _org("Financial Times", "outlet", "FT"),
    _org("The Economist", "outlet"),
    _org("BBC", "outlet", "BBC News"),
    _org("CNN", "outlet"),
    _org("Fox News", "outlet", "FOX News"),
    _org("NBC News", "outlet", "NBC"),
    _org("CBS News", "outlet", "CBS"),
    _org("ABC News", "outlet", "ABC"),
    _org("MSNBC", "outlet"),
    _org("NPR", "outlet"),
    _org("PBS", "outlet"),
    _org("Politico", "outlet", "POLITICO"),
    _org("The Hill", "outlet"),
    _org("Breitbart News", "outlet", "Breitbart"),
    _org("HuffPost", "outlet", "The Huffington Post", "Huffington Post"),
    _org("BuzzFeed News", "outlet", "BuzzFeed"),
    _org("Vox", "outlet"),
    _org("Slate", "outlet"),
    _org("The Atlantic", "outlet"),
    _org("Newsweek", "outlet"),
    _org("Time", "outlet", "TIME"),
    _org("McClatchy", "outlet"),
    _org("Tribune News Service", "outlet"),
    _org("The Daily Caller", "outlet", "Daily Caller"),
    _org("The Blaze", "outlet", "TheBlaze"),
    _org("National Review", "outlet"),
    _org("Der Standard", "outlet", "derStandard.at", "STANDARD"),
    _org("Der Spiegel", "outlet", "Spiegel", "SPIEGEL"),
    _org("Süddeutsche Zeitung", "outlet", "SZ"),
    _org("Frankfurter Allgemeine Zeitung", "outlet", "FAZ"),
    _org("Die Zeit", "outlet", "ZEIT"),
    _org("Le Monde", "outlet"),
    _org("Le Figaro", "outlet"),
    _org("Libération", "outlet"),
    _org("El País", "outlet"),
    _org("El Mundo", "outlet"),
    _org("Corriere della Sera", "outlet"),
    _org("La Repubblica", "outlet", "Repubblica"),
    _org("Boston Herald", "outlet"),
    _org("Orlando Sentinel", "outlet"),
    _org("The Charlotte Observer", "outlet", "Charlotte Observer"),
    _org("Miami Herald", "outlet"),
    _org("Tampa Bay Times", "outlet"),
    _org("Star Tribune", "outlet", "Minneapolis Star Tribune"),
    _org("The Denver Post", "outlet", "Denver Post"),
    _org("Houston Chronicle", "outlet"),
    _org("San Francisco Chronicle", "outlet"),
    _org("Chicago Sun-Times", "outlet"),
    _org("Detroit Free Press", "outlet"),
    _org("The Arizona Republic", "outlet", "Arizona Republic"),
    _org("Las Vegas Review-Journal", "outlet"),
    _org("The Seattle Times", "outlet", "Seattle Times"),
    _org("The Philadelphia Inquirer", "outlet", "Philadelphia Inquirer"),
    _org("The Atlanta Journal-Constitution", "outlet", "Atlanta Journal-Constitution"),
    _org("The Sacramento Bee", "outlet", "Sacramento Bee"),
    _org("The Kansas City Star", "outlet", "Kansas City Star"),
    _org("Newsday", "outlet"),
    _org("New York Post", "outlet"),
    _org("New York Daily News", "outlet"),
    _org("The Times-Picayune", "outlet", "Times-Picayune"),
    _org("The Daily Beast", "outlet", "Daily Beast"),
    _org("Daily Mail", "outlet", "MailOnline"),
    _org("ZDNet", "outlet"),
    _org("CNET", "outlet"),
    _org("The Verge", "outlet"),
    _org("Quanta Magazine", "outlet"),
    _org("Le Parisien", "outlet"),
    _org("Ouest-France", "outlet"),
    _org("Die Presse", "outlet"),
    _org("Kronen Zeitung", "outlet"),
    _org("Salzburger Nachrichten", "outlet"),
    _org("ORF", "outlet"),
    _org("Handelsblatt", "outlet"),
    _org("La Stampa", "outlet"),
    _org("La Vanguardia", "outlet"),
)


#: Codes of an agency's regional or topical services, written after a slash in its tag:
#: dpa's Landesdienste ("dpa/lno" is dpa's northern service, "dpa/lby" Bavaria, ...),
#: as listed on dpa's regional-services pages.  They name a desk, not another agency.
SERVICE_CODES: Mapping[str, frozenset[str]] = MappingProxyType(
    {"dpa": frozenset("lno lni lnw lhe lrs lsw lby lbn lmv lsa lsn lth lbb lsh".split())}
)


def service_code(agency: str, code: str) -> bool:
    """Return whether ``code`` names one of the services of a canonical ``agency``.

    Example:
        >>> service_code("dpa", "lno"), service_code("dpa", "AFP")
        (True, False)
    """
    return code.casefold() in SERVICE_CODES.get(agency, frozenset())


def _key(name: str) -> str:
    """Return the lookup key of a name: case, dots and spacing ignored."""
    return " ".join(name.replace(".", " ").casefold().split())


@functools.cache
def _index() -> dict[str, Organization]:
    index: dict[str, Organization] = {}
    for org in ORGANIZATIONS:
        for name in org.names:
            index.setdefault(_key(name), org)
    return index


#: The type nouns copy writes around an agency's own name, after it in English
#: ("KUNA News Agency", "the Interfax news agency", "Kyodo News Service") and before it
#: in the other languages ("Nachrichtenagentur dpa", "l'agence de presse AFP",
#: "la agencia de noticias EFE", "l'agenzia di stampa ANSA").  Sources: the
#: descriptive names agencies give themselves and that style guides put before an
#: agency's name on first mention (AP Stylebook "news agency"; the agencies' "about"
#: pages: "Kuwait News Agency", "Agence France-Presse", "Agenzia Nazionale Stampa
#: Associata"), in the five languages.
AGENCY_TYPE_AFTER: tuple[str, ...] = (
    "news agency",
    "press agency",
    "news service",
    "wire service",
    "newswire",
    "agency",
)
#: The type nouns written before an agency's name (see :data:`AGENCY_TYPE_AFTER`).
AGENCY_TYPE_BEFORE: tuple[str, ...] = (
    "nachrichtenagentur",
    "presseagentur",
    "agentur",
    "agence de presse",
    "agence",
    "agencia de noticias",
    "agencia de prensa",
    "agencia",
    "agenzia di stampa",
    "agenzia",
    "news agency",
)


def _words(phrases: tuple[str, ...]) -> str:
    return "|".join(regex.escape(p) for p in phrases)


# An agency's name with its type noun: "kuna news agency", "nachrichtenagentur dpa"
# (matched against lookup keys: case-folded, dots dropped, single spaces).
_TYPED_AGENCY = regex.compile(
    rf"""
    (?:(?:{_words(AGENCY_TYPE_BEFORE)})\s)?+  # "agence de presse " ...
    (?P<name>.{{1,60}}?)                          # ... "afp" ...
    (?:\s(?:{_words(AGENCY_TYPE_AFTER)}))?+   # ... or "kuna" " news agency"
    """,
    regex.VERBOSE,
)


def _lookup(name: str) -> Organization | None:
    """Return the row of a name as written, or of an agency named with its type noun."""
    key = _key(name)
    org = _index().get(key)
    if org is not None:
        return org
    if "agen" not in key and "service" not in key and "wire" not in key:
        return None  # every type noun holds one of these: most names are answered here
    typed = _TYPED_AGENCY.fullmatch(key)
    if typed is None or typed.group("name") == key:
        return None
    org = _index().get(typed.group("name"))
    return org if org is not None and org.kind == "agency" else None


def canonical_organization(name: str) -> str | None:
    """Return the canonical name of an organisation as written, or None if unknown.

    A news agency may be written with the type noun of its kind (:data:`AGENCY_TYPE_AFTER`,
    :data:`AGENCY_TYPE_BEFORE`): "Kyodo News Agency", "Nachrichtenagentur dpa".

    Example:
        >>> canonical_organization("THE ASSOCIATED PRESS")
        'Associated Press'
        >>> canonical_organization("Reuter")
        'Reuters'
        >>> canonical_organization("Springfield") is None
        True
        >>> canonical_organization("Kyodo News Agency"), canonical_organization("agenzia ANSA")
        ('Kyodo', 'ANSA')
    """
    org = _lookup(name)
    return org.canonical if org else None


def organization_kind(name: str) -> OrgKind | None:
    """Return ``"agency"``, ``"photo"`` or ``"outlet"`` for a known name, else None.

    Example:
        >>> organization_kind("Getty Images")
        'photo'
    """
    org = _lookup(name)
    return org.kind if org else None


@functools.cache
def organization_pattern(*kinds: OrgKind) -> regex.Pattern[str]:
    """Return a compiled, case-insensitive pattern matching any spelling of the given kinds.

    Longer names are tried first, so "Associated Press" wins over "AP"; the match
    is bounded by non-letters on both sides.  With no kinds, every organisation.

    Example:
        >>> organization_pattern("agency").search("Photo: AP / Lee").group()
        'AP'
    """
    wanted = set(kinds) or {"agency", "photo", "outlet"}
    names = sorted(
        {name for org in ORGANIZATIONS if org.kind in wanted for name in org.names},
        key=lambda n: (-len(n), n),
    )
    alternation = "|".join(regex.escape(n) for n in names)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", regex.I)
