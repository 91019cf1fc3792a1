"""Datelines and publication stamps.

A dateline opens a story with where (and often when) it was filed, and which
agency filed it::

    TRIPOLI, Libya (AP) — ...
    WASHINGTON, Jan 2 (Reuters) - ...
    BERLIN, 2. Januar (dpa) - ...
    Wien – ...

:func:`find_dateline` looks for one in the head of a text only: at the start of
the first lines (after a title, byline lines or page furniture) and, for copy
like Der Standard's that runs the lead into the body, after the first sentences
of the opening paragraph.  :func:`parse_dateline` parses a string that is a
dateline.  :func:`find_timestamps` finds publication and update stamps in page
furniture ("Published: Jan. 2, 2020 at 1:15 p.m. ET").

Datelines rarely carry a year.  With a ``reference_date`` (the story's date) the
year is the one that puts the dateline nearest to it, so "Dec 31" on a story of
Jan 2 is last year's.  Without one, ``Dateline.date`` is None and the month
and day are kept in ``Dateline.month`` and ``Dateline.day``.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterator
from typing import Generic, Literal, TypeVar, cast

import attrs
import regex

from newsdoc._lexicon.abbreviations import STRONG
from newsdoc._lexicon.agencies import canonical_organization, organization_kind, service_code
from newsdoc._lexicon.dates import (
    US_STANDARD_OFFSETS,
    ZONES,
    fold_key,
    month_language,
    month_lookup,
    month_pattern_body,
    stamp_cue_language,
    stamp_cue_lookup,
    weekday_pattern_body,
    zone_pattern_body,
)
from newsdoc._lexicon.places import (
    ARTICLES,
    HISTORICAL_COUNTRIES,
    ITALIAN_PROVINCES,
    NOT_PLACE_WORDS,
    PARTICLES,
    city_lookup,
    cldr_country_keys,
    country_lookup,
    country_name,
    name_language,
    region_lookup,
)
from newsdoc._text import (
    CLOSING_MARKS,
    DASH_CLASS,
    ENDS_LIKE_SENTENCE,
    TERMINAL_MARKS,
    Document,
)
from newsdoc._validate import ensure_str
from newsdoc.languages import resolve_language
from newsdoc.spans import Span

__all__ = ["Dateline", "Place", "Timestamp", "find_dateline", "find_timestamps", "parse_dateline"]


@attrs.frozen(kw_only=True)
class Place:
    """Where a story was filed.

    ``city``, ``region`` and ``country`` are display strings (``TRIPOLI`` becomes
    ``Tripoli``, ``Ill.`` becomes ``Illinois``); ``raw`` and ``span`` give the
    place as written.  A region or a well-known city implies the country
    (``SPRINGFIELD, Ill.`` is in the United States, ``LONDON`` in the United
    Kingdom); country names are given in the language of the text.

    Example:
        >>> Place(city="Springfield", region="Illinois", country="United States", country_code="US")
        Place(city='Springfield', region='Illinois', country='United States', country_code='US',
              region_code=None, raw=None, span=None)
    """

    city: str | None = None
    region: str | None = None
    country: str | None = None
    country_code: str | None = None
    region_code: str | None = None
    raw: str | None = None
    span: Span | None = None


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline that opens a story.

    ``span`` runs from the first character of the dateline to its closing dash
    (or agency).  ``month`` and ``day`` are the date as written; ``year`` is the
    year as written, if any; ``date`` is the full date when the year is written
    or could be resolved from a reference date, else None.  ``agencies`` holds
    canonical agency names ("Associated Press") and unknown ones as written.

    Example:
        >>> Dateline(span=Span(start=0, end=6), place=None, date=None, time=None, agencies=())
        Dateline(span=Span(start=0, end=6), place=None, date=None, time=None, agencies=(),
                 month=None, day=None, year=None)
    """

    span: Span
    place: Place | None = None
    date: dt.date | None = None
    time: dt.time | None = None
    agencies: tuple[str, ...] = ()
    month: int | None = None
    day: int | None = None
    year: int | None = None


@attrs.frozen(kw_only=True)
class Timestamp:
    """A publication or update stamp found in page furniture.

    ``value`` is timezone-aware when a zone is written ("EST", "GMT", "+01:00");
    ``has_time`` tells a written time from a date alone (midnight); ``zone`` is
    the zone as written.

    Example:
        >>> import datetime as dt
        >>> stamp = Timestamp(span=Span(start=0, end=4), kind=None, value=dt.datetime(2020, 1, 2))
        >>> stamp.kind is None
        True
    """

    span: Span
    kind: Literal["published", "updated"] | None
    value: dt.datetime
    has_time: bool = False
    zone: str | None = None


# ---------------------------------------------------------------------------
# Patterns.  Month, weekday and zone names come from the lexicon (Babel data),
# so the patterns that use them are compiled once, on first use.

#: Any dash a dateline may end with, ANPA's underscore included: "-", "--", "—", "_".
_DASH = rf"(?:[{DASH_CLASS}]{{1,3}}+)"
_SP = r"[ \t\u00a0]"


@functools.cache
def _date_body() -> str:
    """Return the pattern of a dateline date: "Jan 2", "2. Januar", "10 juil 2024"."""
    month = rf"(?i:{month_pattern_body()})(?!\p{{L}})"
    return rf"""
        (?:
            (?P<m1>{month}) \.?+ {_SP}*+ (?P<d1>[0-3]?\d) (?:st|nd|rd|th)?+ (?![\p{{N}}\p{{L}}])
          | (?:(?i:le){_SP}++)?+  # French writes the article: "PARIS, le 2 janvier 2020"
            (?P<d2>[0-3]?\d) (?:\.|º|er)?+ {_SP}*+ (?:de{_SP}++)?+ (?P<m2>{month}) \.?+
        )
        (?: {_SP}*+ ,?+ {_SP}*+ (?:de{_SP}++)?+ (?P<y>(?:1[89]|20)\d\d) (?!\d) )?
    """


def _date_start() -> str:
    """Return a lookahead body true where a word is followed by a day: "March 2", "Feb 26".

    Checking any word rather than the month names keeps place matching fast;
    the date itself is checked against the month names.
    """
    return rf"\p{{L}}{{2,12}}+\.?+{_SP}*+[0-3]?\d(?![\d:.])"


@functools.cache
def _dateline_pattern() -> regex.Pattern[str]:
    r"""Return the dateline pattern, matched at a candidate position.

    Matches e.g. "SPRINGFIELD, Ill. (AP) —", "WASHINGTON, Jan 2 (Reuters) -",
    "Jan 30 (Reuters) -", "(ANSA) - Rome, October 11 -", "Nueva Delhi, 21 ene (EFE).-".
    """
    date = _date_body()
    start = _date_start()
    # A word of a place name: "SPRINGFIELD", "N.Y.", "D'ALENE", "Stoke-on-Trent", "Wien/Linz".
    word = r"\p{L}[\p{L}\p{M}'’.]{0,30}+(?:[-/]\p{L}[\p{L}\p{M}'’.]{0,30}+){0,4}+"
    # One comma-separated segment: up to six words, never a date ("March 2").
    seg = rf"(?!{start}){word}(?:(?:{_SP}{{1,2}}+|{_SP}?+/{_SP}?+)(?!{start}){word}){{0,5}}+"
    return regex.compile(
        rf"""
        (?P<junk> \*{{1,8}}+ {_SP}*+ | (?:RPT|REPEAT) {_SP}*+ -{{0,3}}+ {_SP}*+ )?+
        (?: \( {_SP}*+ (?P<lead_agency> [^()\n\r]{{1,40}}+ ) \) {_SP}*+ {_DASH} {_SP}*+ )?+
        (?:
            (?P<date_only> {date} )
          |
            (?P<place> {seg} (?: {_SP}*+ , {_SP}*+ {seg} ){{0,3}}+ )
            # EFE and Italian copy put the country or province in brackets before the
            # date: "Guayaquil (Ecuador), 4 mar (EFE).-"; checked in code.
            (?: {_SP}*+ \( (?P<paren_place> [^()\n\r,]{{2,40}}+ ) \) (?= {_SP}*+ , ) )?+
            (?:
                {_SP}*+ ,?+ {_SP}*+ (?: {_DASH} {_SP}*+ )? (?P<date> {date} )
                # Europa Press writes the day alone before its tag: "MADRID, 2 (EUROPA PRESS)".
              | {_SP}*+ , {_SP}*+ (?P<day_only> [0-3]?\d ) (?= {_SP}*+ \( )
            )?
        )
        (?: {_SP}*+ , {_SP}*+ (?P<reuter> Reuters?+ ) (?!\p{{L}}) )?+
        {_SP}*+ ,?+
        (?: {_SP}*+ \( {_SP}*+ (?P<agency> [^()\n\r]{{1,60}}+ ) \) )?+
        {_SP}*+ \.?+
        (?: {_SP}*+ (?P<dash> {_DASH} ) (?!\d) )?+
        # A bar where the dash would be, in scraped copy: "OTTAWA | Ministers met".
        # A colon after a place in capitals, as South Asian English papers write it:
        # "NEW DELHI: The government ...".
        (?(dash) | (?: {_SP}*+ (?<= {_SP} ) (?P<bar> \| ) (?= {_SP} )
                     | (?P<colon> : ) (?= {_SP} ) )?+ )
        """,
        regex.VERBOSE,
    )


# The shared sentence-end marks (see `_text`), escaped for a character class.
_TERMINAL = regex.escape(TERMINAL_MARKS)
_CLOSING = regex.escape(CLOSING_MARKS)
# A sentence end inside the opening paragraph, before a possible inline dateline: a
# terminal run after a word, then the next sentence opening on the same line with a
# capital or a bracket.  The ". " in "Mexiko out. Santiago de Chile – Wegen ...".
_SENTENCE_END = regex.compile(
    rf"(?<=[\p{{L}}\p{{N}}{_CLOSING}])[{_TERMINAL}]{{1,3}}+[{_CLOSING}]?+[ \t]++(?=[\p{{Lu}}(])"
)
# The word before such a sentence end ("St" in "übergab St. Martinsorden").
_WORD_BEFORE = regex.compile(r"[\p{L}\p{N}]{1,12}+$")
# The first word after a dateline's dash: "– Die Regierung" -> "Die".
_AFTER_DASH = regex.compile(
    r"[ \t\u00a0]*+[\"“„«'‘(]{0,2}+([\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]{0,40}+)?"
)
# Parts of an agency parenthesis: "dpa/AFP", "AP, Reuters".
_AGENCY_SPLIT = regex.compile(r"\s*+(?:/|,|&|\+|\s-\s|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*+")
# A dotted or upper-case region abbreviation ending a place with no comma: "DC", "Conn.".
_ABBREVIATION = regex.compile(r"(?:\p{Lu}\.?+){1,3}+|\p{Lu}\p{Ll}{1,4}+\.")

#: How much of the text find_dateline reads.
_HEAD_CHARS = 2000
#: How many non-blank lines find_dateline tries.
_HEAD_LINES = 14
#: How many lines may hold a dateline inside a paragraph (after the lead).
_INLINE_LINES = 3
#: A first line this long is a paragraph rather than a title.
_PARAGRAPH_CHARS = 200
#: How far into such a line an inline dateline may start.
_INLINE_CHARS = 700
# A dash between spaces, closing an aside that the first dash opened.
_ASIDE_DASH = regex.compile(r"[ \t\u00a0][\p{Pd}\u2212]{1,2}+[ \t\u00a0]")
#: How far after an inline dateline's dash a closing aside dash is looked for.
_ASIDE_REACH = 80
#: Longest place (in words) whose casing may be loose when a date follows ("Mexico city").
_LOOSE_WORDS = 3
#: Lower-case letters that show running text after a dash ("NICs" in a headline does not).
_RUNNING_TEXT_LOWER = 3
#: Longest place (in words) a dateline with neither date nor agency may name.
_WEAK_WORDS = 4


# ---------------------------------------------------------------------------
# Place and agency resolution.

# Hyphens and slashes inside a place name: "WINSTON-SALEM", "WIEN/LINZ".
_JOINERS = regex.compile(r"([-/])")
# Apostrophes inside a word: "COEUR D'ALENE", "ST. JOHN'S".
_APOSTROPHES = regex.compile(r"(['’])")
# A slash with spaces between two places: "St. Pölten / Wien".
_SPACED_SLASH = regex.compile(r"[ \t\u00a0]*+/[ \t\u00a0]*+")
# The story right after an agency with no dash: " Hillary Clinton ..." after "(CNN)".
# Scraped copy may glue the story to the tag: "(CNN)The governor ..." (a capital, then lower case).
_STORY_GOES_ON = regex.compile(r"\s++[\p{Lu}\"“„«'‘]|[\"“„«‘]?+\p{Lu}\p{Ll}")

# Words never lower-cased when a place written in capitals is re-cased.
_KEEP_UPPER = frozenset({"DC", "D.C.", "US", "U.S.", "UK", "U.K.", "UAE"})


def _display_word(word: str, first: bool) -> str:
    """Return one word of an upper- or lower-case place name in display case."""
    if word in _KEEP_UPPER or (len(word) <= 4 and word.count(".") >= 2):
        return word.upper()
    lower = word.lower()
    if not first and lower in PARTICLES:
        return lower
    out: list[str] = []
    for part in _JOINERS.split(lower):
        if part in ("-", "/") or not part:
            out.append(part)
            continue
        if not first and part in PARTICLES and out:
            out.append(part)
            continue
        pieces = _APOSTROPHES.split(part)
        cased = ""
        for i, piece in enumerate(pieces):
            if piece in ("'", "’") or (i >= 2 and len(piece) <= 2):
                cased += piece
            elif i == 0 and len(piece) == 1 and len(pieces) > 1 and not first:
                cased += piece  # "d'Alene"
            else:
                cased += piece[:1].upper() + piece[1:]
        out.append(cased)
    return "".join(out)


def _display(name: str) -> str:
    """Return a place name in display case: ``TRIPOLI`` -> ``Tripoli``.

    Mixed-case names are kept as written.  A name known to the lexicon keeps the
    lexicon's spelling when it differs only in case.
    """
    name = " ".join(name.split())
    if len(name) == 2 and name.isupper():
        return name  # a province or state code: "NA", "TX"
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not (
        all(ch.isupper() for ch in letters) or all(ch.islower() for ch in letters)
    ):
        return name
    known = city_lookup().get(fold_key(name))
    if known is not None and known.name.casefold() == name.casefold():
        return known.name
    region = region_lookup().get(fold_key(name))
    if region is not None and region.name.casefold() == name.casefold():
        return region.name
    return " ".join(_display_word(w, i == 0) for i, w in enumerate(name.split(" ")))


def _is_caps(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_lower(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ch.islower() for ch in letters)


def _plausible_place(segment: str, *, strong: bool, first: bool, dated: bool = False) -> bool:
    """Return whether a place segment's words can form a place name.

    ``first`` marks the city segment; ``strong`` a dateline with a date or agency;
    ``dated`` one with a date at a line start, where casing is loose ("Mexico city,
    march 18 -").
    """
    words = _SPACED_SLASH.sub("/", segment).split()
    if not words:
        return False
    key = fold_key(segment)
    if not first and (key in region_lookup() or _country_code(segment) is not None):
        return True
    head = fold_key(words[0])
    if head in ARTICLES:
        # "The Hague", "Le Bourget", "LOS ANGELES" - but not "Die Grünen".
        if len(words) < 2 or not (strong or _is_caps(segment) or words[1][:1].isupper()):
            return False
    elif head in NOT_PLACE_WORDS:
        return False
    if len(words) > 1 and fold_key(words[-1]) in PARTICLES:
        return False  # "Termin am 10. Oktober": a place never ends with "am" or "de"
    lower_place = _is_lower(segment)
    for i, w in enumerate(words):
        folded = fold_key(w)
        if i > 0 and folded in NOT_PLACE_WORDS and folded not in PARTICLES:
            return False  # a later word of the closed non-place class: a headline in capitals
        last_part = w.rsplit("/", 1)[-1].rsplit("-", 1)[-1]
        if (
            i < len(words) - 1
            and last_part.endswith(".")
            and w.count(".") == 1
            and len(last_part) > 4
        ):
            return False  # "Jänner. Mainz": a sentence ended there
        if len(folded) >= (3 if i == 0 else 4) and folded in month_lookup():
            return False  # "Oktober –" after "am 10." is a date, not a place
        if not (
            lower_place
            or w[:1].isupper()
            or (i > 0 and folded in PARTICLES)
            or (i > 0 and dated and len(words) <= _LOOSE_WORDS)
        ):
            return False
    return True


def _country_code(segment: str) -> str | None:
    """Return the ISO code of a country name, with or without its article ("the Netherlands")."""
    key = fold_key(segment)
    code = country_lookup().get(key)
    if code is None and " " in segment.strip():
        head, rest = segment.strip().split(" ", 1)
        if fold_key(head) in ARTICLES:
            code = country_lookup().get(fold_key(rest))
    return code


def _split_trailing_region(segment: str) -> tuple[str, str] | None:
    """Split "WASHINGTON DC" or "FARMINGTON Conn." into city and region abbreviation."""
    words = segment.split()
    if len(words) < 2:
        return None
    last = words[-1]
    if not _ABBREVIATION.fullmatch(last) or fold_key(last) not in region_lookup():
        return None
    if fold_key(segment) in city_lookup():
        return None
    cut = segment.rfind(last)
    return segment[:cut].rstrip(), last


def _place_parts(
    raw: str,
) -> tuple[str | None, str | None, str | None, str | None, str | None]:
    """Return city, region, region code, written country and country code of a place.

    The written country is None when it is to be named from CLDR in the text's
    language (the caller does that, as only it knows the language).
    """
    segments = [s.strip() for s in raw.split(",") if s.strip()]
    if len(segments) == 1:
        split = _split_trailing_region(segments[0])
        if split is not None:
            segments = list(split)
    last_word = segments[0].rsplit(" ", 1)[-1]
    if last_word.endswith(".") and last_word.count(".") == 1 and len(last_word) > 4:
        segments[0] = segments[0][:-1]  # "CIUDAD DE MÉXICO.-": the dot belongs to the dash
    city: str | None = _display(segments[0])
    region: str | None = None
    region_code: str | None = None
    country: str | None = None
    country_code: str | None = None
    city_key = fold_key(segments[0])
    known = city_lookup().get(city_key)
    if len(segments) == 1 and known is None and city_key in region_lookup():
        hit = region_lookup()[city_key]
        if (
            hit.country_code == "US" and hit.name.casefold() == segments[0].casefold()
        ):  # "MINNESOTA (The Borowitz Report)"
            city, region, region_code, country_code = None, hit.name, hit.code, hit.country_code
    for segment in segments[1:]:
        key = fold_key(segment)
        state = region_lookup().get(key)
        nation = _country_code(segment)
        if state is not None and nation is not None and known is not None:
            state = None if known.country_code == nation else state
        if state is not None and region is None:
            region, region_code = state.name, state.code
            country_code = country_code or state.country_code
        elif nation is not None and country is None:
            country_code = nation
            historical = next(
                (n for n in HISTORICAL_COUNTRIES if n.casefold() == segment.casefold()), None
            )
            if historical is not None:
                country = _display(historical)  # "West Germany" stays as written
            elif key in cldr_country_keys():
                country = _display(segment)  # a full name as written: "Alemania", "LIBYA"
        elif region is None:
            region = _display(segment)
        elif country is None and country_code is None:
            country = _display(segment)
    if known is not None and country_code is None and country is None:
        country_code = known.country_code
        if region is None and known.region is not None:
            region = known.region
            known_region = region_lookup().get(fold_key(known.region))
            region_code = known_region.code if known_region else None
    return city, region, region_code, country, country_code


def _italian_province(paren: str | None, language: Callable[[], str]) -> str | None:
    """Return the province code of "Pozzuoli (NA)", or None.

    A code that is also a US state's ("MI", "PA") is a province in Italian text only.
    """
    if paren is None or paren not in ITALIAN_PROVINCES:
        return None
    if fold_key(paren) in region_lookup() and language() != "it":
        return None
    return paren


def _resolve_place(
    raw: str,
    span: Span,
    written: str,
    language: Callable[[], str],
    paren: str | None = None,
) -> Place:
    """Resolve the place (``raw``, as parsed; ``written``, as in the text).

    ``paren`` is a region or country written in brackets after it: "Guayaquil (Ecuador)".
    """
    province = _italian_province(paren, language)
    if paren is not None and province is None:
        raw = f"{raw}, {paren}"
    city, region, region_code, country, country_code = _place_parts(raw)
    if province is not None:
        # Italian copy writes the province's code, kept as written: "Sesto San Giovanni (MI)".
        region, region_code, country_code = province, province, "IT"
    if country is None and country_code is not None:
        country = country_name(country_code, language())
    return Place(
        city=city,
        region=region,
        country=country,
        country_code=country_code,
        region_code=region_code,
        raw=written,
        span=span,
    )


def _agencies(raw: str) -> tuple[tuple[str, ...], bool]:
    """Return the agencies named in a parenthesis and whether all are known."""
    raw = " ".join(raw.split())
    whole = canonical_organization(raw)
    if whole is not None:
        return (whole,), True
    parts = [p for p in _AGENCY_SPLIT.split(raw) if p]
    names = [canonical_organization(p) for p in parts]
    for i in range(1, len(parts)):  # "dpa/lno": a regional service of the agency before
        before = names[i - 1]
        if names[i] is None and before is not None and service_code(before, parts[i]):
            names[i] = before
    if parts and all(names):
        return tuple(dict.fromkeys(n for n in names if n)), True
    if "," in raw:
        raw = raw.split(",", 1)[0].strip()  # "(The Adobo Chronicles, Washington Bureau)"
    return (raw,), False


def _is_region_name(
    raw: str, place: str | None = None, language: Callable[[], str] | None = None
) -> bool:
    """Return whether a parenthesis names a region: "(Utah)", "(South Carolina)", "(NA)".

    Two capitals that are no agency are a province code ("Pozzuoli (NA) –").  In
    Italian text, after a town the tables do not know, an Italian province's code is
    one even when an agency writes it too ("Bagheria (PA) –" is Palermo's, not PA
    Media's); a known city keeps its agency ("VIENNA (AP) —").
    """
    if len(raw) == 2 and raw.isupper():
        if canonical_organization(raw) is None:
            return True
        if (
            raw in ITALIAN_PROVINCES
            and place is not None
            and not _known_city(place)
            and language is not None
            and language() == "it"
        ):
            return True
    key = fold_key(raw)
    return canonical_organization(raw) is None and (
        key in region_lookup() or key in country_lookup()
    )


def _name_like(raw: str) -> bool:
    """Return whether an unknown parenthesis reads like an outlet's name."""
    words = raw.split()
    if not 1 <= len(words) <= 5 or any(ch in raw for ch in ',;:!?"“”'):
        return False
    if any(ch.isdigit() for ch in raw):
        return False
    return any(ch.isupper() for ch in raw) and words[0][:1].isalnum()


# ---------------------------------------------------------------------------
# Dates.


def _month_day(m: regex.Match[str]) -> tuple[int, int] | None:
    """Return (month, day) from a dateline date match, or None if invalid."""
    month_name = m.group("m1") or m.group("m2")
    day_text = m.group("d1") or m.group("d2")
    if not month_name or not day_text:
        return None
    month = month_lookup().get(fold_key(month_name))
    day = int(day_text)
    if month is None or not 1 <= day <= 31:
        return None
    if day > (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31):
        return None
    return month, day


def _resolve_date(
    month: int, day: int, year: int | None, reference: dt.date | None
) -> dt.date | None:
    """Return the full date: the written year, else the one nearest ``reference``."""
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if reference is None:
        return None
    best: dt.date | None = None
    for candidate_year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - reference).days) < abs((best - reference).days):
            best = candidate
    return best


# ---------------------------------------------------------------------------
# Finding the dateline.


def _try(
    text: str,
    pos: int,
    *,
    reference: dt.date | None,
    language: str | None,
    position: Literal["first", "line", "inline", "alone"],
) -> Dateline | None:
    """Return the dateline starting at ``pos``, or None."""
    found = _try_pattern(text, pos, reference=reference, language=language, position=position)
    if found is None and _at_line_start(text, pos):
        found = _agency_only(text, pos, position) or _full_stop(text, pos, position, language)
    return found


def _try_pattern(
    text: str,
    pos: int,
    *,
    reference: dt.date | None,
    language: str | None,
    position: Literal["first", "line", "inline", "alone"],
) -> Dateline | None:
    """Return the dateline of the main pattern starting at ``pos``, or None."""
    m = _dateline_pattern().match(text, pos)
    if m is None:
        return None
    place_raw = m.group("place")
    agency_raw = m.group("agency") or m.group("lead_agency")
    bar = m.group("bar") or m.group("colon")
    dash = m.group("dash") or bar
    dash_span = m.span("bar") if m.group("bar") else m.span("colon") if bar else m.span("dash")
    month_day = _month_day(m) if (m.group("date") or m.group("date_only")) else None
    agencies: tuple[str, ...] = ()
    known_agency = False
    paren_place: str | None = None
    trailing = m.group("agency")
    window = _Once(lambda: language or _window_language(text, pos, m.end()))
    if m.group("paren_place") is not None:
        if not _is_region_name(m.group("paren_place"), place_raw, window):
            return None  # "Hannover (dpa), ...": only a region or country goes there
        paren_place = m.group("paren_place")
    elif (
        trailing is not None
        and place_raw is not None
        and _is_region_name(trailing, place_raw, window)
    ):
        # "Salt Lake City (Utah) –": the parenthesis is part of the place.
        paren_place, agency_raw = trailing, m.group("lead_agency")
    if agency_raw is not None:
        agencies, known_agency = _agencies(agency_raw)
        if not known_agency and not (_name_like(agencies[0]) and dash):
            return None
    if m.group("reuter"):
        agencies = (*agencies, "Reuters") if "Reuters" not in agencies else agencies
        known_agency = True
    has_agency = bool(agencies)
    end = m.end()
    # "FRANKFURT, 3. März. Die ...": a full stop where the dash would be.
    stop_end = _dated_full_stop(text, m, position) if not dash and not has_agency else None
    if not dash and not has_agency and stop_end is None:
        return None
    day_only = m.group("day_only")
    if day_only is not None and not (known_agency and 1 <= int(day_only) <= 31):
        return None  # "MADRID, 2 (EUROPA PRESS)": a bare day only before a known agency
    if bar and not _bar_ok(text, place_raw, dash_span):
        return None
    if m.group("colon") and position == "first":
        return None  # a short first line is a title: "PARIS: What to see"
    if stop_end is not None:
        end = stop_end
    elif not dash:
        if m.group("agency") is None:
            return None  # "(ANSA) - Rome, October 11" must end with a dash too
        end = text.find(")", m.end("agency")) + 1
    if (m.group("date") or m.group("date_only")) and month_day is None:
        return None
    if dash:
        end = dash_span[1]
    elif stop_end is None:
        # "Orlando (CNN) Hillary Clinton ..." - a known agency needs no dash,
        # but the story must go on at once.
        if not known_agency:
            return None
        after = text[end : end + 4]
        if position != "alone" and not _STORY_GOES_ON.match(after):
            return None

    if place_raw is None:
        if month_day is None or not has_agency:
            return None  # a bare date needs an agency: "Jan 30 (Reuters) -"
    else:
        strong = month_day is not None or has_agency or bar is not None
        segments = place_raw.split(",")
        if not all(
            _plausible_place(
                s,
                strong=strong and position != "inline",
                first=i == 0,
                dated=month_day is not None and position != "inline",
            )
            for i, s in enumerate(segments)
        ):
            return None
        if _is_lower(place_raw) and month_day is None:
            return None
        if not strong and not _weak_ok(
            text, m, place_raw, position, dash_span, region_given=paren_place is not None
        ):
            return None

    # The story goes on in running text: a headline in capitals ("ECONOMIC
    # SPOTLIGHT - BANKAMERICA") is not a dateline.
    tail = text[end : end + 40].split("\n", 1)[0]
    shouted = tail.strip() and not any(ch.islower() for ch in tail)
    if shouted and month_day is None and position != "alone":
        return None
    span_start = m.start()

    def read_place_language() -> str:
        if language is not None:
            return language
        month_name = m.group("m1") or m.group("m2")
        if month_name and (by_month := month_language().get(fold_key(month_name))):
            return by_month
        for segment in (place_raw or "").split(","):
            if by_name := name_language().get(fold_key(segment)):
                return by_name  # "Wien", "Alemania"
        return _window_language(text, pos, end)

    place_language = _Once(read_place_language)
    place: Place | None = None
    if place_raw is not None:
        place_end = m.end("place")
        if paren_place is not None:
            place_end = (
                text.find(")", m.end("paren_place") if m.group("paren_place") else m.end("agency"))
                + 1
            )
        place_span = Span(start=m.start("place"), end=place_end)
        place = _resolve_place(
            place_raw, place_span, place_span.slice(text), place_language, paren_place
        )
    month = day = year = None
    date: dt.date | None = None
    if month_day is not None:
        month, day = month_day
        year = int(m.group("y")) if m.group("y") else None
        date = _resolve_date(month, day, year, reference)
    elif day_only is not None:
        day = int(day_only)
    return Dateline(
        span=Span(start=span_start, end=end),
        place=place,
        date=date,
        time=None,
        agencies=agencies,
        month=month,
        day=day,
        year=year,
    )


def _at_line_start(text: str, pos: int) -> bool:
    """Return whether only white space stands between the line's start and ``pos``."""
    return not text[text.rfind("\n", 0, pos) + 1 : pos].strip()


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


# An agency or broadcaster tag opening the story with no place: "(Reuters) -", "(AFP) —",
# "(CNN)The governor", "(dpa) - Der Bundestag".
_AGENCY_ONLY = regex.compile(
    rf"""\( {_SP}*+ (?P<agency> [^()\n\r]{{1,40}}+ ) \)
    (?: {_SP}*+ (?P<dash> {_DASH} ) (?!\d) | (?= {_SP}*+ [\"“„«‘]?+ \p{{Lu}} \p{{Ll}} ) )""",
    regex.VERBOSE,
)
#: Lower-case words that show a sentence (not a title) after a dateline's dash.
_SENTENCE_LOWER_WORDS = 2
#: Fewest words of such a sentence.
_SENTENCE_WORDS = 4
#: Longest place a city-and-full-stop dateline may name ("Frankfurt am Main.").
_FULL_STOP_CHARS = 40


def _agency_only(
    text: str, pos: int, position: Literal["first", "line", "inline", "alone"]
) -> Dateline | None:
    """Return a dateline that is only an agency's tag: "(Reuters) - ...", "(CNN)The ...".

    Every part of the tag must be a known news agency or outlet (no picture agency),
    and the story must go on in running text after it.
    """
    m = _AGENCY_ONLY.match(text, pos)
    if m is None:
        return None
    agencies, known = _agencies(m.group("agency"))
    if not known and _agency_service(agencies[0]):
        known = True  # "(Reuters Health) -": a named service of a known agency
    if not known or any(organization_kind(a) == "photo" for a in agencies):
        return None
    end = m.end("dash") if m.group("dash") else m.end()
    tail = text[end : end + 40].split("\n", 1)[0]
    if position != "alone" and sum(ch.islower() for ch in tail) < _RUNNING_TEXT_LOWER:
        return None
    return Dateline(span=Span(start=m.start(), end=end), agencies=agencies)


#: Most words of an agency's named service ("Reuters Health", "AFP Sport").
_SERVICE_WORDS = 3


def _agency_service(raw: str) -> bool:
    """Return whether ``raw`` is a named service of a known agency: "Reuters Health"."""
    words = raw.split()
    return (
        2 <= len(words) <= _SERVICE_WORDS
        and organization_kind(words[0]) == "agency"
        and all(w[:1].isupper() for w in words)
    )


def _sentence_follows(text: str, pos: int) -> bool:
    """Return whether the rest of the line at ``pos`` is a sentence, not a title.

    A title ("Madrid - A City Reborn") has capitalised words and no full stop; a
    story sentence ("Wien – Die Stadt baut eine neue Linie.") has lower-case words
    and ends with sentence punctuation.
    """
    line = text[pos : _line_end(text, pos)].strip()
    words = line.split()
    if len(words) < _SENTENCE_WORDS or line[-1:] not in ENDS_LIKE_SENTENCE:
        return False
    return sum(w[:1].islower() for w in words) >= _SENTENCE_LOWER_WORDS


def _known_city(name: str) -> bool:
    """Return whether every place of "Berlin", "Berlin/Paris" is a known city."""
    parts = [p for p in _SPACED_SLASH.split(name.strip()) if p]
    return bool(parts) and all(fold_key(p) in city_lookup() for p in parts)


def _bar_ok(text: str, place_raw: str | None, bar: tuple[int, int]) -> bool:
    """Judge a bar in place of the dash ("OTTAWA | Ministers met ..."), as scraped copy has.

    The place must be a known city or name its region, the bar must be the line's only
    one (a menu "Home | News | Sport" has several), and a sentence must follow.
    """
    if place_raw is None:
        return False
    line_start = text.rfind("\n", 0, bar[0]) + 1
    line_end = _line_end(text, bar[1])
    if text[bar[0]] == "|" and text.count("|", line_start, line_end) != 1:
        return False
    if text[bar[0]] == ":" and not _is_caps(place_raw):
        return False  # the colon dateline writes its place in capitals
    segments = [s.strip() for s in place_raw.split(",")]
    named = any(
        fold_key(s) in region_lookup() or _country_code(s) is not None for s in segments[1:]
    )
    if not (named or _known_city(segments[0])):
        return False
    after = _AFTER_DASH.match(text, bar[1])
    next_word: str = (after.group(1) if after else None) or ""
    return next_word[:1].isupper() and _sentence_follows(text, bar[1])


# A city and a full stop opening the story, as German-language local papers write it:
# "Wien. Die Stadt ...", "München. Der Stadtrat ...".  The place is checked in code.
_FULL_STOP_END = regex.compile(r"\.[ \t\u00a0]++(?=[\"„«]?+\p{Lu}\p{Ll})")


def _may_be_full_stop(
    text: str, pos: int, position: Literal["first", "line", "inline", "alone"]
) -> bool:
    """Return whether a city-and-full-stop dateline may start at ``pos`` (cheap tests)."""
    return (
        position != "first"
        and text[pos : pos + 1].isupper()
        and text.find(". ", pos, pos + _FULL_STOP_CHARS + 2) >= 0
        and _at_line_start(text, pos)
    )


def _full_stop(
    text: str,
    pos: int,
    position: Literal["first", "line", "inline", "alone"],
    language: str | None,
) -> Dateline | None:
    """Return a "Wien. Die Stadt ..." dateline: a known city, a full stop, the story.

    Only German-language copy uses the convention (an English "Paris. That was ..."
    is a sentence); a short first line is a title, so it must be a later line or
    open a long paragraph.
    """
    if position == "first" or not text[pos : pos + 1].isupper():
        return None
    stop = min(_line_end(text, pos), pos + _FULL_STOP_CHARS)
    if text.find(". ", pos, stop + 2) < 0:
        return None  # a cheap test first: no full stop and space near the line start
    for dot in _FULL_STOP_END.finditer(text, pos, stop + 2):
        raw = text[pos : dot.start()]
        if not _known_city(raw) or not _plausible_place(raw, strong=False, first=True):
            continue
        end = dot.start() + 1
        if not _sentence_follows(text, dot.end()):
            return None
        code = language or resolve_language(text, None)
        if code != "de":
            return None
        span = Span(start=pos, end=dot.start())
        place = _resolve_place(raw, span, raw, functools.partial(str, code))
        return Dateline(span=Span(start=pos, end=end), place=place)
    return None


def _dated_full_stop(
    text: str, m: regex.Match[str], position: Literal["first", "line", "inline", "alone"]
) -> int | None:
    """Return where a dateline of a place, a date and a full stop ends, or None.

    "FRANKFURT, 3. März. Die ..." ends after "März.".

    The Frankfurter Allgemeine's convention (the print edition's, copied online): no
    dash and no agency, so the date must be there and a sentence must follow.
    """
    place_raw = m.group("place")
    if place_raw is None or m.group("date") is None or position == "inline":
        return None
    month_day = _month_day(m)
    written = text[m.start() : m.end()].rstrip(" \t\u00a0")
    stop = m.start() + len(written) - 1
    if month_day is None or not written.endswith(".") or _FULL_STOP_END.match(text, stop) is None:
        return None
    if m.group("paren_place") is not None or not _sentence_follows(text, stop + 1):
        return None
    if not all(
        _plausible_place(s, strong=True, first=i == 0, dated=True)
        for i, s in enumerate(place_raw.split(","))
    ):
        return None
    if not (_is_caps(place_raw) or _known_city(place_raw.split(",")[0])):
        return None  # "Tim, 3. März." would be a name: the place is in capitals or known
    return stop + 1


def _window_language(text: str, start: int, end: int) -> str:
    """Return the language of the text around a dateline (a short, cheap sample)."""
    return resolve_language(text[start : end + 100], None)


def _weak_ok(
    text: str,
    m: regex.Match[str],
    place_raw: str,
    position: Literal["first", "line", "inline", "alone"],
    dash_span: tuple[int, int],
    *,
    region_given: bool = False,
) -> bool:
    """Judge a dateline with neither date nor agency: "WASHINGTON —", "Wien –"."""
    segments = [s.strip() for s in place_raw.split(",")]
    city_words = segments[0].split()
    if len(city_words) > _WEAK_WORDS or len(segments) > 3:
        return False
    if position == "alone":
        return True
    dash_start, dash_end = dash_span
    after = _AFTER_DASH.match(text, dash_end)
    next_word = after.group(1) if after else None
    if not next_word or _is_lower(next_word[:1]):
        return False
    spaced_before = text[dash_start - 1 : dash_start].isspace()
    spaced_after = text[dash_end : dash_end + 1].isspace()
    ascii_dash = set(m.group("dash")) <= {"-", "_"}
    if ascii_dash and not (spaced_before or spaced_after):
        return False  # "SIEGEL--Jerome Arthur": a name in a notice
    if _is_caps(segments[0]):
        # A shouted headline ("ECONOMIC SPOTLIGHT - BANKAMERICA") is not a
        # dateline: the story after the dash is written in lower case.
        tail = text[dash_end : dash_end + 40].split("\n", 1)[0]
        return sum(ch.islower() for ch in tail) >= _RUNNING_TEXT_LOWER
    if not (spaced_before and spaced_after) and not (
        position == "inline" and (spaced_before or spaced_after)
    ):
        return False  # "Wien –Die" and "Istanbul- Der" only after a lead
    region_named = region_given or any(
        fold_key(s) in region_lookup() or _country_code(s) is not None for s in segments[1:]
    )
    known = region_named or all(
        fold_key(p) in city_lookup() for p in _SPACED_SLASH.split(segments[0])
    )
    head = fold_key(city_words[0])
    # "The Beastie Boys - Michael Diamond, ..." is a band; "Le Bourget –" after a
    # lead, with an en dash, is a place.
    if head in ARTICLES and not known and (head == "the" or ascii_dash or position != "inline"):
        return False
    if position == "first" and not region_named and not _sentence_follows(text, dash_end):
        return False  # a short first line is a title: "Madrid - A City Reborn"
    if known:
        return True
    # A capitalised phrase and a dash at a line start is too often a name or a
    # heading ("Mehmet Oz — surgeon"): only a known place counts there.  After a
    # lead, an unknown one counts, unless a second hyphen closes an aside
    # ("Arsenal - the league leaders - won"; Der Standard uses en dashes).
    if position != "inline":
        return False
    if not ascii_dash:
        return True
    return _ASIDE_DASH.search(text, dash_end, min(len(text), dash_end + _ASIDE_REACH)) is None


# Where a dateline may end: an agency's parenthesis, a bar of scraped copy, or a dash
# that is not a hyphen inside a word ("FARMER-OWNED" is not one, "Feb 26-" and "RUSSIA—" are).
_DATELINE_END = regex.compile(r"[(|\u2012-\u2015\u2212\ufe58\ufe63\uff0d_]|(?<!\p{L})-|-(?!\p{L})")
#: How far from its start a dateline must reach its dash or agency.
_DATELINE_REACH = 90
#: How many spaces the place and date before that dash may hold.
_DATELINE_SPACES = 10


#: How far from its start a colon dateline ("NEW DELHI: ...") reaches its colon.
_COLON_REACH = 40


def _may_hold_dateline(text: str, pos: int) -> bool:
    """Return whether a dash or parenthesis follows ``pos`` closely on its line (cheap test).

    A colon counts only close to the start of a line in capitals ("NEW DELHI: ...").
    """
    stop = text.find("\n", pos, pos + _DATELINE_REACH)
    end = _DATELINE_END.search(text, pos, stop if stop >= 0 else pos + _DATELINE_REACH)
    if end is not None and text.count(" ", pos, end.start()) <= _DATELINE_SPACES:
        return True
    colon = text.find(": ", pos, pos + _COLON_REACH)
    if colon > pos and text[pos:colon].isupper() and _at_line_start(text, pos):
        return True
    # "FRANKFURT, 3. März. Die ...": a comma, then a full stop, close to the line's start.
    comma = text.find(",", pos, pos + _FULL_STOP_CHARS)
    return comma > pos and text.find(". ", comma, comma + _FULL_STOP_CHARS) > 0


def _inline_candidates(
    text: str, start: int, stop: int
) -> Iterator[tuple[int, Literal["first", "line", "inline"]]]:
    """Yield sentence starts shortly before a dash in ``text[start:stop]`` (a lead's end)."""
    last_yielded = start
    for end in _DATELINE_END.finditer(text, start + 1, stop):
        lo = max(last_yielded, end.start() - _DATELINE_REACH)
        found: int | None = None
        for s in _SENTENCE_END.finditer(text, lo, end.start()):
            before = _WORD_BEFORE.search(text, max(start, s.start() - 12), s.start())
            word = before.group().casefold() if before else ""
            initial = len(word) == 1 and word.isalpha()
            ordinal = word.isdigit() and len(word) <= 2  # "die 2. Liga", "am 10. Oktober"
            if not (initial or ordinal) and word not in STRONG["de"] and word not in STRONG["en"]:
                found = s.end()
        if found is not None:
            yield found, "inline"
            last_yielded = found


def _candidates(text: str) -> Iterator[tuple[int, Literal["first", "line", "inline"]]]:
    """Yield candidate dateline starts in the head of ``text``, in text order."""
    limit = min(len(text), _HEAD_CHARS)
    pos = 0
    seen_lines = 0
    while pos < limit and seen_lines < _HEAD_LINES:
        nl = text.find("\n", pos, limit)
        line_end = limit if nl < 0 else nl
        start = pos
        while start < line_end and text[start] in " \t\r\u00a0\ufeff":
            start += 1
        if start < line_end:
            if seen_lines == 0 and line_end - start >= _PARAGRAPH_CHARS:
                # The text opens with a paragraph, not a title: its start is
                # read like a lead's end ("Stanford – US-Forscher haben ...").
                yield start, "inline"
            else:
                yield start, "first" if seen_lines == 0 else "line"
            if seen_lines < _INLINE_LINES:
                yield from _inline_candidates(text, start, min(line_end, start + _INLINE_CHARS))
            seen_lines += 1
        if nl < 0:
            break
        pos = nl + 1


def find_dateline(
    text: str, *, reference_date: dt.date | None = None, language: str | None = None
) -> Dateline | None:
    r"""Return the dateline that opens the story in ``text``, or None.

    Only the head of the text is read: the start of its first lines, and the
    sentence starts of the opening paragraph (Der Standard's "Lead. Wien – Body").
    A dateline may be an agency's tag alone ("(Reuters) -"), with no place.

    Args:
        text: The article (title, furniture and body).
        reference_date: The story's date, used to resolve a dateline's year.
        language: ISO 639-1 code for display names; None detects it from the text.

    Example:
        >>> import datetime
        >>> d = find_dateline("Storm hits coast\nSPRINGFIELD, Ill. (AP) — Rain fell.")
        >>> d.place.city, d.place.region, d.place.country_code, d.agencies
        ('Springfield', 'Illinois', 'US', ('Associated Press',))
        >>> story = "WASHINGTON, Dec 31 (Reuters) - Talks ended."
        >>> find_dateline(story, reference_date=datetime.date(2020, 1, 2)).date
        datetime.date(2019, 12, 31)
        >>> find_dateline("(AFP) - Le gouvernement a présenté son budget.").agencies
        ('AFP',)
        >>> find_dateline("London is the capital of England.") is None
        True
    """
    doc = Document.analyse(text, language)
    _check_reference(reference_date)
    return _find_dateline(doc, reference_date)


def _find_dateline(doc: Document, reference_date: dt.date | None) -> Dateline | None:
    """Return the dateline of ``doc`` (see `find_dateline`; the date is checked).

    The language given to the document names places; with none given, a German
    "Wien." dateline reads the language of the text itself.
    """
    text, code = doc.text, doc.given_language
    reference = _as_date(reference_date)
    for pos, position in _candidates(text):
        if _may_hold_dateline(text, pos):
            found = _try(text, pos, reference=reference, language=code, position=position)
        elif _may_be_full_stop(text, pos, position):
            found = _full_stop(text, pos, position, code)  # "Wien. Die Stadt ..."
        else:
            continue
        if found is not None:
            return found
    return None


def parse_dateline(
    line: str, *, reference_date: dt.date | None = None, language: str | None = None
) -> Dateline | None:
    """Parse one string that is a dateline, or return None.

    The string may go on after the dateline (the story's first words); spans
    index ``line``.

    Example:
        >>> d = parse_dateline("BERLIN, 2. Januar (dpa) -")
        >>> d.place.city, d.month, d.day, d.date, d.agencies
        ('Berlin', 1, 2, None, ('dpa',))
        >>> parse_dateline("Wien –").place.city
        'Wien'
        >>> parse_dateline("") is None
        True
    """
    line = ensure_str(line, "line")
    code = resolve_language(line, language) if language is not None else None
    _check_reference(reference_date)
    start = len(line) - len(line.lstrip())
    return _try(line, start, reference=_as_date(reference_date), language=code, position="alone")


_T = TypeVar("_T")


class _Once(Generic[_T]):
    """A value read on first use and kept, for one call of a finder (never module state).

    Cheaper to make than a ``functools.cache`` closure, which a finder would make per text.

    Example:
        >>> calls = []
        >>> once = _Once(lambda: calls.append(1) or "fr")
        >>> once(), once(), len(calls)
        ('fr', 'fr', 1)
    """

    __slots__ = ("_read", "_value")

    def __init__(self, read: Callable[[], _T]) -> None:
        self._read: Callable[[], _T] | None = read
        self._value: _T | None = None

    def __call__(self) -> _T:
        """Return the value, read on the first call."""
        if self._read is not None:
            self._value = self._read()
            self._read = None
        return cast(_T, self._value)


def _check_reference(reference_date: object) -> None:
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )


def _as_date(value: dt.date | None) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    return value


# ---------------------------------------------------------------------------
# Publication stamps.


@functools.cache
def _stamp_patterns() -> dict[str, regex.Pattern[str]]:
    """Return the compiled pieces of a publication stamp."""
    month = rf"(?i:{month_pattern_body()})(?!\p{{L}})"
    weekday = rf"(?i:{weekday_pattern_body()})(?!\p{{L}})\.?+,?+{_SP}++"
    cues = sorted(_cue_spellings(), key=lambda c: (-len(c), c))
    cue = "|".join(regex.escape(c).replace(r"\ ", rf"{_SP}++") for c in cues)
    return {
        # "Published:", "Updated", "Veröffentlicht am" opening a line or a bar-separated part.
        "cue": regex.compile(rf"[ \t\u00a0*•·]*+(?P<cue>(?i:{cue}))(?![\p{{L}}\p{{N}}])"),
        # What joins a cue to its date: ": ", " am ", " on ", " by Jane Doe on ".
        "cue_tail": regex.compile(
            rf"{_SP}*+:?+{_SP}*+(?:(?i:by){_SP}++[^\n|]{{1,60}}?{_SP}++(?i:on){_SP}++"
            rf"|(?i:am|on|le|el|il|at|the){_SP}++)?+"
        ),
        # "2020-01-02", "2020-01-02T13:15:00+01:00"
        "iso": regex.compile(
            r"(?P<y>(?:19|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)"
            r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d{1,9}+)?)?+"
            r"(?P<z>Z|[+-][01]\d:?[0-5]\d)?+)?+(?!\d)"
        ),
        # "Jan. 2, 2020", "Thu January 2nd 2020"
        "mdy": regex.compile(
            rf"(?:{weekday})?+(?P<mon>{month})\.?+{_SP}*+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?+"
            rf"(?!\d),?+{_SP}*+(?P<y>(?:19|20)\d\d)(?!\d)"
        ),
        # "25 October 2013", "2. Januar 2020", "2 de enero de 2020"
        "dmy": regex.compile(
            rf"(?:{weekday})?+(?P<d>[0-3]?\d)(?:\.|º|er)?+{_SP}*+(?:de{_SP}++)?+(?P<mon>{month})"
            rf"\.?+,?+{_SP}*+(?:de{_SP}++)?+(?P<y>(?:19|20)\d\d)(?!\d)"
        ),
        # "02.01.2020", "1/2/2020"
        "num": regex.compile(
            r"(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?!\d)"
        ),
        # "1:15 p.m.", "1: 15pm", "13:15 Uhr", "13h15", "3 PM", "13.15 GMT"
        "time": regex.compile(
            rf"(?P<h>[0-2]?\d)(?:{_SP}?+(?::|h){_SP}?+(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?+"
            rf"|\.(?P<mi2>[0-5]\d)(?={_SP}*+(?:Uhr|[AaPp]\.?[Mm]|{zone_pattern_body()})(?!\p{{L}})))?+"
            rf"(?:{_SP}*+(?P<ampm>(?i:[ap]\.?{_SP}?m\.?+)))?+(?:{_SP}*+(?i:Uhr|h))?+"
            r"(?![\p{L}\p{N}])"
        ),
        # "EST", "(GMT+1)", "CET"
        "zone": regex.compile(
            rf"\(?+(?P<zone>{zone_pattern_body()})(?P<off>[+-][01]?\d(?::?[0-5]\d)?+)?+\)?+"
            r"(?![\p{L}\p{N}])"
        ),
        # What joins date, time and zone: ",", "|", " at ", " um ", " à ", " - ".
        "join": regex.compile(
            rf"{_SP}*+(?:[,|·•@/]|[\p{{Pd}}]|(?i:at|um|à|a{_SP}las|alle|ore|alle{_SP}ore)"
            rf"(?!\p{{L}}))?+{_SP}*+"
        ),
    }


def _cue_spellings() -> tuple[str, ...]:
    from newsdoc._lexicon.dates import STAMP_CUES

    return tuple({c for by_lang in STAMP_CUES.values() for cues in by_lang.values() for c in cues})


def _us_dst(day: dt.date) -> bool:
    """Return whether US daylight saving time is in force on ``day`` (rules since 2007)."""
    if day.year >= 2007:
        start = _nth_sunday(day.year, 3, 2)
        end = _nth_sunday(day.year, 11, 1)
    else:
        start = _nth_sunday(day.year, 4, 1)
        end = _last_sunday(day.year, 10)
    return start <= day < end


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _zone_info(name: str, offset_text: str | None, day: dt.date) -> dt.tzinfo | None:
    """Return the fixed UTC offset a written zone stands for on ``day``."""
    minutes = ZONES.get(name)
    if minutes is None:
        if name not in US_STANDARD_OFFSETS:
            return None
        minutes = US_STANDARD_OFFSETS[name] + (60 if _us_dst(day) else 0)
    if offset_text:
        sign = -1 if offset_text[0] == "-" else 1
        digits = offset_text[1:].replace(":", "")
        hours = int(digits[:-2] or 0) if len(digits) > 2 else int(digits)
        mins = int(digits[-2:]) if len(digits) > 2 else 0
        minutes += sign * (hours * 60 + mins)
    return _fixed_offset(minutes)


@attrs.frozen(kw_only=True)
class _Found:
    end: int
    value: dt.datetime
    has_time: bool
    zone: str | None


def _read_datetime(text: str, pos: int, language: Callable[[], str]) -> _Found | None:
    """Read a date with a year and optional time and zone, in any order, at ``pos``."""
    pats = _stamp_patterns()
    date: dt.date | None = None
    time: tuple[int, int, int] | None = None
    zone: str | None = None
    zone_offset: str | None = None
    tz_direct: dt.tzinfo | None = None
    end = pos
    cursor = pos
    for _ in range(6):
        progressed = False
        iso = pats["iso"].match(text, cursor)
        if iso is not None:
            try:
                found_date = dt.date(int(iso["y"]), int(iso["mo"]), int(iso["d"]))
            except ValueError:
                return None
            date = date or found_date
            if iso["H"] is not None and time is None:
                clock = _clock(int(iso["H"]), int(iso["M"]), int(iso["S"] or 0))
                if clock is None:
                    return None
                time = clock
                if iso["z"]:
                    zone = iso["z"]
                    tz_direct = _iso_zone(iso["z"])
            cursor = end = iso.end()
            progressed = True
        elif (w := pats["mdy"].match(text, cursor) or pats["dmy"].match(text, cursor)) is not None:
            month = month_lookup().get(fold_key(w["mon"]))
            try:
                found_date = dt.date(int(w["y"]), month or 0, int(w["d"]))
            except ValueError:
                return None
            date = date or found_date
            cursor = end = w.end()
            progressed = True
        elif (n := pats["num"].match(text, cursor)) is not None and date is None:
            a, b = int(n["a"]), int(n["b"])
            month_first = n["sep"] == "/" and language() == "en"  # "12/31/2019"
            if a > 12 or b > 12:
                month_first = b > 12  # the number above 12 is the day
            month, day = (a, b) if month_first else (b, a)
            try:
                date = dt.date(int(n["y"]), month, day)
            except ValueError:
                return None
            cursor = end = n.end()
            progressed = True
        elif (
            time is None
            and (t := pats["time"].match(text, cursor)) is not None
            and (t["mi"] or t["mi2"] or t["ampm"])
        ):
            hour = int(t["h"])
            minute = int(t["mi"] or t["mi2"] or 0)
            ampm = (t["ampm"] or "").lower()
            if ampm.startswith("p") and hour < 12:
                hour += 12
            elif ampm.startswith("a") and hour == 12:
                hour = 0
            if hour > 23:
                return None
            clock = _clock(hour, minute, int(t["s"] or 0))
            if clock is None:
                return None
            time = clock
            cursor = end = t.end()
            progressed = True
        elif zone is None and (z := pats["zone"].match(text, cursor)) is not None and time:
            zone, zone_offset = z["zone"], z["off"]
            cursor = end = z.end()
            progressed = True
        if not progressed:
            break
        j = pats["join"].match(text, cursor)
        cursor = j.end() if j is not None else cursor
    if date is None:
        return None
    tz = tz_direct
    if tz is None and zone is not None:
        tz = _zone_info(zone, zone_offset, date)
    hour, minute, second = time or (0, 0, 0)
    if hour == 24:  # ISO 8601 "24:00": the end of the day is the next day's midnight
        hour = 0
        try:
            date += dt.timedelta(days=1)
        except OverflowError:  # 9999-12-31T24:00 has no next day
            return None
    value = dt.datetime(date.year, date.month, date.day, hour, minute, second, tzinfo=tz)
    return _Found(end=end, value=value, has_time=time is not None, zone=zone)


def _clock(hour: int, minute: int, second: int) -> tuple[int, int, int] | None:
    """Return a written time of day if it exists, else None.

    ISO 8601 allows ``24:00:00`` (the end of the day); a leap second ``:60`` is
    read as ``:59`` because :class:`datetime.time` has no room for it.
    """
    if hour == 24 and minute == 0 and second == 0:
        return (24, 0, 0)
    if hour > 23 or minute > 59 or second > 60:
        return None
    return (hour, minute, min(second, 59))


def _fixed_offset(minutes: int) -> dt.tzinfo | None:
    """Return a fixed UTC offset, or None where no real zone is that far from UTC.

    Real offsets lie between UTC-12 and UTC+14; Python refuses a day or more.
    """
    if abs(minutes) >= 24 * 60:
        return None
    return dt.timezone(dt.timedelta(minutes=minutes))


def _iso_zone(text: str) -> dt.tzinfo | None:
    if text == "Z":
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return _fixed_offset(sign * (int(digits[:2]) * 60 + int(digits[2:] or 0)))


#: Stamps are page furniture: sought in the first and last characters of a text only.
_STAMP_HEAD_CHARS = 4000
_STAMP_TAIL_CHARS = 2000
#: How far into the text a line holding only a date (no cue word) counts as a stamp.
_BARE_STAMP_CHARS = 1500
# Separators of furniture parts on one line: "By Jane Doe | Updated 3:45 PM".
_PART_SEPARATORS = regex.compile(r"[|•·]")


def find_timestamps(text: str, *, language: str | None = None) -> tuple[Timestamp, ...]:
    r"""Return the publication and update stamps in ``text``, in text order.

    A stamp opens with a cue word ("Published", "Updated", "Veröffentlicht",
    "Mis à jour", "Actualizado", "Aggiornato", "Date"...) at a line start or after
    a bar, followed by a date with a year and, optionally, a time and zone in
    either order.  A line near the top that holds only a date and time is a
    stamp of unknown kind.  Written zones make the value aware: "ET" is EST or
    EDT depending on the date.  Stamps are furniture, so only the first 4,000
    and the last 2,000 characters are read.

    Example:
        >>> [(t.kind, t.value.isoformat()) for t in find_timestamps(
        ...     "Published: Jan. 2, 2020 at 1:15 p.m. ET\nStory text.")]
        [('published', '2020-01-02T13:15:00-05:00')]
        >>> stamps = find_timestamps("Veröffentlicht am 2. Januar 2020, 13:15 Uhr")
        >>> [t.value.isoformat() for t in stamps]
        ['2020-01-02T13:15:00']
        >>> find_timestamps("")
        ()
    """
    return _find_timestamps(Document.analyse(text, language))


def _find_timestamps(doc: Document) -> tuple[Timestamp, ...]:
    """Return the stamps of ``doc`` (see `find_timestamps`).

    With no language given, the head of the page says how to read month names.
    """
    text, code = doc.text, doc.given_language

    def read_text_language() -> str:
        return code or resolve_language(text[:1000], None)

    text_language = _Once(read_text_language)

    windows = [(0, min(len(text), _STAMP_HEAD_CHARS))]
    if len(text) > _STAMP_HEAD_CHARS:
        windows.append((max(_STAMP_HEAD_CHARS, len(text) - _STAMP_TAIL_CHARS), len(text)))
    lines: list[tuple[int, int]] = []
    for lo, hi in windows:
        for year in _years(text, lo, hi):
            line_start = text.rfind("\n", 0, year) + 1
            if lines and lines[-1][0] == line_start:
                continue
            line_end = text.find("\n", year + 4)
            lines.append((line_start, len(text) if line_end < 0 else line_end))
    out: list[Timestamp] = []
    for line_start, line_end in lines:
        parts = [line_start] + [
            sep.end() for sep in _PART_SEPARATORS.finditer(text, line_start, line_end)
        ]
        taken_until = -1
        for part in parts:
            if part < taken_until:
                continue
            stamp = _stamp_at(text, part, line_end, text_language)
            while stamp is not None:
                out.append(stamp)
                taken_until = stamp.span.end
                stamp = _chained_stamp(text, stamp.span.end, line_end, text_language)
    return tuple(out)


# A comma or semicolon before a second cue on the stamp's line: the ", " of
# "Publié le 3 mars 2024 à 14h05, modifié le 3 mars 2024 à 18h40".
_CHAIN = regex.compile(r"[ \t\u00a0]*+[,;][ \t\u00a0]*+")


def _chained_stamp(
    text: str, pos: int, line_end: int, language: Callable[[], str]
) -> Timestamp | None:
    """Return a second cued stamp after a comma: "Publié le …, modifié le …", or None."""
    chain = _CHAIN.match(text, pos, line_end)
    if chain is None or _stamp_patterns()["cue"].match(text, chain.end(), line_end) is None:
        return None
    return _stamp_at(text, chain.end(), line_end, language)


# One digit of any script: "7", "٧".  Example: matches at the "2" of "x2".
_ONE_DIGIT = regex.compile(r"\d")


def _is_digit(text: str, pos: int) -> bool:
    """Return whether ``text[pos]`` is a digit of any script.

    Example:
        >>> [_is_digit("x2\u0667", i) for i in range(4)]
        [False, True, True, False]
    """
    char = text[pos : pos + 1]
    if char.isascii():  # nearly every character: the ASCII digits are the only ones there
        return "0" <= char <= "9" and char != ""
    return _ONE_DIGIT.match(char) is not None


def _years(text: str, lo: int, hi: int) -> list[int]:
    r"""Return where a year stands in ``text[lo:hi]``, in order: four digits, 19.. or 20...

    The runs of exactly four digits (``\d``, any script), cut at ``lo`` and
    ``hi``, that open with ASCII "19" or "20": a year ("2020") marks where a stamp
    may be.  Found with ``str.find`` on the two openings, which is cheaper than a
    pattern's scan of every run of digits.
    """
    out: list[int] = []
    for opening in ("19", "20"):
        at = text.find(opening, lo, hi)
        while at >= 0:
            if (
                at + 4 <= hi
                and (at == lo or not _is_digit(text, at - 1))
                and _is_digit(text, at + 2)
                and _is_digit(text, at + 3)
                and (at + 4 == hi or not _is_digit(text, at + 4))
            ):
                out.append(at)
            at = text.find(opening, at + 1, hi)
    out.sort()
    return out


def _opens_paragraph(text: str, pos: int) -> bool:
    """Return whether the line at ``pos`` starts the text or follows a blank line."""
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start == 0 or text[line_start:pos].strip():
        return line_start == 0 and not text[:pos].strip()
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return not text[previous_start : line_start - 1].strip()


# The first word after a stamp's date: "au" in "Publié le 3 mars 2024 au Journal officiel".
_NEXT_WORD = regex.compile(r"[ \t\u00a0]*+[,;]?+[ \t\u00a0]*+(?P<word>\p{L}[\p{L}\p{M}'’]*+)")
#: Byline lead words that may follow a stamp on its line ("Published 2 March 2024 by …").
_BYLINE_AFTER_STAMP = frozenset({"by", "von", "par", "por", "di"})


def _sentence_goes_on(text: str, pos: int, line_end: int) -> bool:
    """Return whether a sentence goes on after a cue and its date, so it is no stamp.

    A stamp is a label, a date, perhaps a time and zone, and nothing else on its line
    part; prose that opens with a participle goes on with a complement in lower case
    ("Pubblicato il 4 marzo 2024 in Gazzetta Ufficiale, il decreto ...").  A second
    cue ("…, modifié le …") and a byline's lead word ("… by Ann Lee") are furniture;
    the caller asks only when no time is written (prose names the day, a stamp the
    minute: "Updated 2021-12-31T24:00 after the count" stays a stamp).
    """
    m = _NEXT_WORD.match(text, pos, line_end)
    if m is None or not m["word"][:1].islower():
        return False
    word = m["word"].casefold()
    if word in _BYLINE_AFTER_STAMP:
        return False
    return _stamp_patterns()["cue"].match(text, m.start("word"), line_end) is None


def _dated_under_title(text: str, start: int, found: _Found) -> bool:
    """Return whether a bare stamp right under the title writes its date, then its time.

    A page header reads "3. März 2024, 14.05 Uhr" under its title; an embedded post
    signs off with its time first ("9:35 PM - 19 Oct 2016") under the post's text.
    """
    if not found.has_time or not _under_title(text, start):
        return False
    t = _stamp_patterns()["time"].match(text, start)
    return t is None or not (t["mi"] or t["mi2"] or t["ampm"])


def _under_title(text: str, pos: int) -> bool:
    r"""Return whether the line at ``pos`` comes right under the text's first line, its title.

    Example:
        >>> text = "Bahn streicht Züge\n3. März 2024, 14.05 Uhr\n\nText."
        >>> _under_title(text, 19), _under_title(text, 0)
        (True, False)
    """
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start == 0:
        return False
    previous_start = text.rfind("\n", 0, line_start - 1) + 1
    return bool(text[previous_start : line_start - 1].strip()) and not text[:previous_start].strip()


def _stamp_at(text: str, pos: int, line_end: int, language: Callable[[], str]) -> Timestamp | None:
    """Return the stamp opening the line part at ``pos`` (after a cue, or bare), or None."""
    pats = _stamp_patterns()
    cue = pats["cue"].match(text, pos, line_end)
    if cue is not None:
        kind_name = stamp_cue_lookup().get(fold_key(cue["cue"]))
        cue_language = stamp_cue_language().get(fold_key(cue["cue"]))
        if cue_language is not None:
            language = functools.partial(str, cue_language)  # "Actualizado 02/01/2020"
        tail = pats["cue_tail"].match(text, cue.end(), line_end)
        found = _read_datetime(text, tail.end() if tail else cue.end(), language)
        if found is None:
            return None
        kind: Literal["published", "updated"] | None = (
            "published"
            if kind_name == "published"
            else "updated"
            if kind_name == "updated"
            else None
        )
        start = cue.start("cue")
        labelled = ":" in text[cue.end() : tail.end() if tail else cue.end()]
        rest = text[found.end : line_end].lstrip(" \t\r\u00a0")
        if kind is None and not labelled and rest and rest[0] not in "|•·,(-–—/":
            return None  # "a maturity date May 14, 1987. Denominations..." is prose
        if not labelled and not found.has_time and _sentence_goes_on(text, found.end, line_end):
            return None  # "Publié le 3 mars 2024 au Journal officiel, le décret ..."
    else:
        if pos >= _BARE_STAMP_CHARS:
            return None
        start = pos
        while start < line_end and text[start] in " \t\u00a0":
            start += 1
        if not text[start : start + 1].isalnum():
            return None
        found = _read_datetime(text, start, language)
        if found is None or text[found.end : line_end].strip(" \t\r\u00a0|•·"):
            return None  # the date opens a sentence; it is not a stamp line
        if not (_opens_paragraph(text, pos) or _dated_under_title(text, start, found)):
            return None  # under a line of text: a post's time in an embedded feed
        kind = None
    return Timestamp(
        span=Span(start=start, end=found.end),
        kind=kind,
        value=found.value,
        has_time=found.has_time,
        zone=found.zone,
    )
