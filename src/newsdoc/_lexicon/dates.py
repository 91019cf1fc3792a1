"""Month and weekday names, time zones and stamp cue words, per language (private).

Month and weekday names come from Babel's CLDR data for each supported language
(wide, abbreviated and stand-alone forms, plus regional locales such as ``de_AT``
for "Jänner").  The wire services' own abbreviations ("Sept", "Jan.", "Ene.")
are added from :data:`AGENCY_MONTHS`.  A new language needs a row in
:data:`LOCALES` and, if its agencies abbreviate differently, in
:data:`AGENCY_MONTHS`: no code.

Other modules take the names of one locale from :func:`month_names` and
:func:`weekday_names`, or a word set with the calendar words of a language from
:func:`calendar_words`; a module-level word set that holds them is a
:class:`LazyWords`, so that no module types a month or weekday by hand.

Nothing here touches Babel at import time; the tables are built on first use and
cached per locale.

Sources: month and weekday names, CLDR via Babel.  :data:`AGENCY_MONTHS`: the
forms wire copy uses besides CLDR's, i.e. the AP Stylebook's "Sept." and its
three-letter forms of tables ("Jun", "Jul"), the older "Febr.", the Austrian
"Jän."/"Jänner", the German "Mrz.", the French "janv."/"juil." and the Spanish
and Italian "set."/"sett."; the English weekday short forms "Tues", "Weds",
"Thur" and "Thurs" (in :func:`weekday_lookup`).  :data:`ZONES`: the time-zone abbreviations of the
IANA time-zone database and their German names ("MEZ", "MESZ").
:data:`STAMP_CUES`: the labels news sites print before a publication or
update time in each language.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from types import MappingProxyType
from typing import Literal

__all__ = [
    "AGENCY_MONTHS",
    "LOCALES",
    "STAMP_CUES",
    "ZONES",
    "LazyWords",
    "Width",
    "calendar_words",
    "fold_key",
    "month_alternation",
    "month_language",
    "month_lookup",
    "month_names",
    "month_pattern_body",
    "stamp_cue_language",
    "stamp_cue_lookup",
    "weekday_lookup",
    "weekday_names",
    "weekday_pattern_body",
    "zone_pattern_body",
]

#: CLDR locales whose calendar names count for each supported language.
LOCALES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("en", "en_GB"),
        "de": ("de", "de_AT", "de_CH"),
        "fr": ("fr",),
        "es": ("es",),
        "it": ("it",),
    }
)

#: Month abbreviations used by news agencies that CLDR does not list
#: (month number -> spellings; a final dot is always optional).
AGENCY_MONTHS: Mapping[str, Mapping[int, tuple[str, ...]]] = MappingProxyType(
    {
        "en": MappingProxyType({2: ("Febr",), 6: ("Jun",), 7: ("Jul",), 9: ("Sept", "Sep")}),
        "de": MappingProxyType({1: ("Jän", "Jänner"), 2: ("Febr",), 3: ("Mrz",), 9: ("Sept",)}),
        "fr": MappingProxyType({1: ("janv", "jan"), 2: ("févr", "fév", "fev"), 7: ("juil",)}),
        "es": MappingProxyType({9: ("sep", "set", "setiembre")}),
        "it": MappingProxyType({9: ("sett",)}),
    }
)

#: Time-zone abbreviations seen in stamps, with their offset from UTC in minutes.
#: ``None`` marks a US zone whose offset depends on daylight saving time ("ET").
ZONES: Mapping[str, int | None] = MappingProxyType(
    {
        "UTC": 0,
        "GMT": 0,
        "Z": 0,
        "WET": 0,
        "WEZ": 0,
        "BST": 60,
        "IST": 330,
        "CET": 60,
        "MEZ": 60,
        "CEST": 120,
        "MESZ": 120,
        "WEST": 60,
        "WESZ": 60,
        "EET": 120,
        "OEZ": 120,
        "EEST": 180,
        "OESZ": 180,
        "MSK": 180,
        "JST": 540,
        "KST": 540,
        "HKT": 480,
        "SGT": 480,
        "AEST": 600,
        "AEDT": 660,
        "EST": -300,
        "EDT": -240,
        "CST": -360,
        "CDT": -300,
        "MST": -420,
        "MDT": -360,
        "PST": -480,
        "PDT": -420,
        "AKST": -540,
        "AKDT": -480,
        "HST": -600,
        "ET": None,
        "CT": None,
        "MT": None,
        "PT": None,
    }
)

#: Standard-time offsets (minutes) of the US zones written without S/D ("ET").
US_STANDARD_OFFSETS: Mapping[str, int] = MappingProxyType(
    {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
)

#: Words that introduce a publication stamp, by kind and language.
STAMP_CUES: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "published": MappingProxyType(
            {
                "en": ("Published", "First published", "Posted", "Published on", "Posted on"),
                "de": ("Veröffentlicht", "Publiziert", "Erstellt", "Erschienen"),
                "fr": ("Publié", "Publié le", "Mis en ligne"),
                "es": ("Publicado", "Publicada"),
                "it": ("Pubblicato", "Pubblicata"),
            }
        ),
        "updated": MappingProxyType(
            {
                "en": ("Updated", "Last updated", "Last modified", "Modified", "Updated on"),
                "de": ("Aktualisiert", "Zuletzt aktualisiert", "Geändert"),
                "fr": ("Mis à jour", "Mise à jour", "Actualisé", "Modifié"),
                "es": ("Actualizado", "Actualizada", "Modificado"),
                "it": ("Aggiornato", "Aggiornata", "Ultimo aggiornamento", "Modificato"),
            }
        ),
        "": MappingProxyType(
            {
                "en": ("Date", "Dated"),
                "de": ("Datum", "Stand"),
                "fr": ("Date",),
                "es": ("Fecha",),
                "it": ("Data",),
            }
        ),
    }
)


def fold_key(name: str) -> str:
    """Return a lookup key: accents, case, dots, spaces and hyphens ignored.

    Example:
        >>> fold_key("Févr.")
        'fevr'
    """
    if name.isascii():  # most keys: no accents to strip, and casefold is lower
        return name.translate(_ASCII_NOT_ALNUM).lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(filter(str.isalnum, decomposed)).casefold()


# ASCII characters fold_key drops (all but letters and digits), as a translate table.
_ASCII_NOT_ALNUM = dict.fromkeys(c for c in range(128) if not chr(c).isalnum())


#: A CLDR width: the full name ("September") or its abbreviation ("Sep", "Sept").
Width = Literal["wide", "abbreviated"]


@functools.cache
def month_names(locale: str, width: Width = "wide") -> tuple[str, ...]:
    """Return the twelve month names of one CLDR locale, January first.

    The names are CLDR's format forms (as inside a date: "2. Januar"), written as
    CLDR writes them; an abbreviation loses its final dot.

    Example:
        >>> month_names("de_AT")[:2], month_names("en_GB", "abbreviated")[8]
        (('Jänner', 'Februar'), 'Sept')
    """
    from babel import Locale

    table = Locale.parse(locale).months["format"][width]
    return tuple(str(table[number]).rstrip(".") for number in range(1, 13))


@functools.cache
def month_alternation(language: str, width: Width = "wide") -> str:
    """Return a regex alternation (no group) of the month names of ``language``'s locales.

    Every locale of :data:`LOCALES` counts ("Jänner" with German), longest name first.

    Example:
        >>> month_alternation("de").split("|")[:3]
        ['September', 'Dezember', 'November']
    """
    import regex

    names = {name for locale in LOCALES[language] for name in month_names(locale, width)}
    return "|".join(regex.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


@functools.cache
def weekday_names(locale: str, width: Width = "wide") -> tuple[str, ...]:
    """Return the seven weekday names of one CLDR locale, Monday first.

    Example:
        >>> weekday_names("it")[0], weekday_names("fr")[6]
        ('lunedì', 'dimanche')
    """
    from babel import Locale

    table = Locale.parse(locale).days["format"][width]
    return tuple(str(table[number]).rstrip(".") for number in range(7))


@functools.cache
def calendar_words(
    language: str,
    *,
    months: tuple[Width, ...] = ("wide",),
    weekdays: tuple[Width, ...] = ("wide",),
) -> frozenset[str]:
    """Return the month and weekday names of every locale of ``language``, lower case.

    ``months`` and ``weekdays`` name the widths to take (none: ``()``); the
    locales are those of :data:`LOCALES` ("Jänner" comes with German).

    Example:
        >>> sorted(calendar_words("de", weekdays=()))[:3]
        ['april', 'august', 'dezember']
        >>> "sept" in calendar_words("en", months=("abbreviated",))
        True
    """
    words: set[str] = set()
    for locale in LOCALES[language]:
        for width in months:
            words.update(n.lower() for n in month_names(locale, width))
        for width in weekdays:
            words.update(n.lower() for n in weekday_names(locale, width))
    return frozenset(words)


class LazyWords(AbstractSet[str]):
    """A read-only set of words that is built on first use.

    A word table that holds month or weekday names takes them from Babel; as a
    ``LazyWords`` it does so on the first lookup, not when its module is
    imported.

    Example:
        >>> words = LazyWords(lambda: frozenset({"today"}) | calendar_words("de"))
        >>> "today" in words, "montag" in words, "monday" in words
        (True, True, False)
    """

    __slots__ = ("_build",)

    def __init__(self, build: Callable[[], frozenset[str]]) -> None:
        self._build: Callable[[], frozenset[str]] = functools.cache(build)

    def __contains__(self, word: object) -> bool:
        return word in self._build()

    def __iter__(self) -> Iterator[str]:
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())

    def __repr__(self) -> str:
        return f"LazyWords({len(self)} words)"


def _calendar(language: str, kind: str) -> dict[int, set[str]]:
    """Return every CLDR spelling of months or days for ``language`` by number."""
    from babel import Locale

    out: dict[int, set[str]] = {}
    for code in LOCALES[language]:
        locale = Locale.parse(code)
        table = locale.months if kind == "months" else locale.days
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in table[context][width].items():
                    out.setdefault(int(number), set()).add(str(name).rstrip("."))
    return out


@functools.cache
def month_lookup() -> Mapping[str, int]:
    """Return every month spelling of every language, folded, mapped to 1-12.

    Spellings never conflict between the supported languages ("mar" is March in
    English, Spanish and Italian alike), so one table serves every text.

    Example:
        >>> month_lookup()["januar"], month_lookup()["sept"], month_lookup()["gen"]
        (1, 9, 1)
    """
    table: dict[str, int] = {}
    for language in LOCALES:
        for number, names in _calendar(language, "months").items():
            for name in names:
                table.setdefault(fold_key(name), number)
        for number, extra in AGENCY_MONTHS.get(language, {}).items():
            for name in extra:
                table.setdefault(fold_key(name), number)
    return MappingProxyType(table)


@functools.cache
def month_language() -> Mapping[str, str]:
    """Return the language of month spellings that belong to one language only.

    Example:
        >>> month_language()["januar"], month_language()["march"], "mar" in month_language()
        ('de', 'en', False)
    """
    owners: dict[str, set[str]] = {}
    for language in LOCALES:
        for names in _calendar(language, "months").values():
            for name in names:
                owners.setdefault(fold_key(name), set()).add(language)
        for extra in AGENCY_MONTHS.get(language, {}).values():
            for name in extra:
                owners.setdefault(fold_key(name), set()).add(language)
    return MappingProxyType({k: next(iter(v)) for k, v in owners.items() if len(v) == 1})


@functools.cache
def _month_spellings() -> tuple[str, ...]:
    names: set[str] = set()
    for language in LOCALES:
        for spellings in _calendar(language, "months").values():
            names.update(spellings)
        for extra in AGENCY_MONTHS.get(language, {}).values():
            names.update(extra)
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@functools.cache
def month_pattern_body() -> str:
    r"""Return a regex alternation (no group) of every month spelling, longest first.

    Use it case-insensitively and follow it with ``\.?(?!\p{L})``.

    Example:
        >>> import regex
        >>> bool(regex.fullmatch(f"(?i:{month_pattern_body()})", "JUIL"))
        True
    """
    import regex

    return "|".join(regex.escape(n) for n in _month_spellings())


@functools.cache
def weekday_lookup() -> Mapping[str, int]:
    """Return every weekday spelling, folded, mapped to Python's weekday (Monday 0).

    Example:
        >>> weekday_lookup()["thu"], weekday_lookup()["montag"]
        (3, 0)
    """
    table: dict[str, int] = {}
    for language in LOCALES:
        for number, names in _calendar(language, "days").items():
            for name in names:
                table.setdefault(fold_key(name), number)
    for name, number in (("Tues", 1), ("Weds", 2), ("Thur", 3), ("Thurs", 3)):
        table.setdefault(fold_key(name), number)
    return MappingProxyType(table)


@functools.cache
def weekday_pattern_body() -> str:
    """Return a regex alternation of every weekday spelling, longest first.

    Example:
        >>> import regex
        >>> bool(regex.fullmatch(f"(?i:{weekday_pattern_body()})", "Donnerstag"))
        True
    """
    import regex

    names: set[str] = {"Tues", "Weds", "Thur", "Thurs"}
    for language in LOCALES:
        for spellings in _calendar(language, "days").values():
            names.update(spellings)
    return "|".join(regex.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


@functools.cache
def zone_pattern_body() -> str:
    """Return a regex alternation of the zone abbreviations in :data:`ZONES`.

    Example:
        >>> "CEST" in zone_pattern_body().split("|")
        True
    """
    return "|".join(sorted(ZONES, key=lambda n: (-len(n), n)))


@functools.cache
def stamp_cue_lookup() -> Mapping[str, str]:
    """Return every stamp cue, folded, mapped to its kind (``""`` for a plain date label).

    Example:
        >>> stamp_cue_lookup()[fold_key("Mis à jour")]
        'updated'
    """
    table: dict[str, str] = {}
    for kind, by_language in STAMP_CUES.items():
        for cues in by_language.values():
            for cue in cues:
                table.setdefault(fold_key(cue), kind)
    return MappingProxyType(table)


@functools.cache
def stamp_cue_language() -> Mapping[str, str]:
    """Return the language of stamp cues that belong to one language only.

    Example:
        >>> stamp_cue_language()[fold_key("Actualizado")], "date" in stamp_cue_language()
        ('es', False)
    """
    owners: dict[str, set[str]] = {}
    for by_language in STAMP_CUES.values():
        for language, cues in by_language.items():
            for cue in cues:
                owners.setdefault(fold_key(cue), set()).add(language)
    return MappingProxyType({k: next(iter(v)) for k, v in owners.items() if len(v) == 1})
