r"""Bylines, desk credits and contributor trailers.

:func:`find_bylines` scans a story for every credit it carries: the byline on
top (``By JOHN SMITH, AP Political Writer``, ``Von Anna Berger, dpa``), desk
credits (``Staff and agencies``, ``From Reuters``), contributor trailers at the
end (``(Reporting by Omar Haddad in Tripoli; Editing by Peter Lang)``,
``Jane Doe contributed to this report.``, ``Contributing: Bob Ray.``), the
agency tags and credit lines that close agency copy (``(APA, 1.2.2015)``,
``(dpa)``, ``Avec AFP``, ``Con información de EFE``, ``Fonte: ANSA``), commentary
and correspondent bylines (``Ein Kommentar von ...``, ``dal nostro inviato ...``)
and follow lines (``Follow Ann Lee on Twitter``).  People come back in display
case with their role, staff title and location; organisations come back under
the canonical names of the shared agency table and are never mistaken for
people (``By EPA-EFE/Reuter`` credits two agencies and no one).

Example:
    >>> from newsdoc import find_bylines
    >>> story = "STORM HITS COAST\nBy MARY O'BRIEN and Tom Reyes, Reuters\nMIAMI - Rain fell."
    >>> [byline] = find_bylines(story)
    >>> [p.name for p in byline.people], byline.organizations, byline.position
    (["Mary O'Brien", 'Tom Reyes'], ('Reuters',), 'head')
"""

from __future__ import annotations

import functools
import itertools
import string
from collections.abc import Iterator
from typing import Literal

import attrs
import regex

from newsdoc._lexicon import names as lex
from newsdoc._lexicon.abbreviations import STRONG
from newsdoc._lexicon.agencies import canonical_organization, organization_kind, service_code
from newsdoc._lexicon.dates import fold_key, month_lookup
from newsdoc._lexicon.places import city_lookup, country_lookup
from newsdoc._text import ENDS_LIKE_SENTENCE, Document, display_name_word, sentences
from newsdoc._validate import ensure_str
from newsdoc.spans import Span

__all__ = ["Byline", "Person", "find_bylines", "parse_byline"]

Position = Literal["head", "tail"]


@attrs.frozen(kw_only=True)
class Person:
    """One person named in a byline or trailer.

    ``name`` is the display form (``"JOHN SMITH"`` becomes ``"John Smith"``,
    ``"ted d'afflisio"`` becomes ``"Ted D'Afflisio"``); ``span`` points at the
    name as written.  ``role`` is what the credit says the person did
    (``"reporting"``, ``"writing"``, ``"editing"``, ``"contributing"``,
    ``"photography"``, ...), ``title`` the staff title printed with the name and
    ``location`` where they reported from (``"in Tripoli"``, ``"aus Athen"``);
    each is None when not stated.

    Example:
        >>> Person(name="Jane Doe", span=Span(start=3, end=11)).name
        'Jane Doe'
    """

    name: str
    span: Span
    role: str | None = None
    title: str | None = None
    location: str | None = None


@attrs.frozen(kw_only=True)
class Byline:
    """A byline, desk credit or contributor trailer.

    ``position`` is ``"head"`` for a byline above the story and ``"tail"`` for a
    trailer or agency tag after it.  ``organizations`` holds canonical names from
    the shared agency table (``"Associated Press"``, ``"Reuters"``, ``"dpa"``)
    or, for outlets the table does not know, the name as written.  ``desk`` names
    a credit that credits no one in particular (``"staff and agencies"``,
    ``"wires"``).

    Example:
        >>> Byline(span=Span(start=0, end=3), people=(), organizations=("Reuters",)).position
        'head'
    """

    span: Span
    people: tuple[Person, ...] = ()
    organizations: tuple[str, ...] = ()
    position: Position = "head"
    desk: str | None = None


# ---------------------------------------------------------------- name pieces

# One token of a name list: "O'Brien", "G.", "Jean-Pierre", "Jr.".
_TOKEN = regex.compile(r"[^\s,;&/]++")
# A capitalised name word: "Smith", "McDonald", "D'Afflisio", "Chien-kuo", "AWR".
_WORD_CAP = regex.compile(r"(?:\p{Ll}['’])?\p{Lu}[\p{L}\p{M}'’\-]{0,40}+")
# A lower-case name word (only in an all-lower-case byline): "kevin", "grange".
_WORD_LOW = regex.compile(r"\p{Ll}[\p{L}\p{M}'’\-]{0,40}+")
# A lower-case prefix of an upper-case surname: "d'AFFLISIO", "McDONALD", "MacLEAN".
_ELISION = regex.compile(r"^(?:\p{Ll}['’]|Mc|Mac(?=\p{Lu}{2}))")
# An initial with or without its dot: "G.", "J.R.", "G".
_INITIAL = regex.compile(r"(?:\p{Lu}\.){1,3}+|\p{Lu}")
# A German editor's code in an agency tag: "gpi", "fsc", "stu.", "awö".
_KUERZEL = regex.compile(r"\p{Ll}{2,6}+\.?")
# A role prefix inside a list item: "Text: David Krutzler", "Update: APA".
_ROLE_PREFIX = regex.compile(r"(?P<role>\p{L}[\p{L}\- ]{0,24}+):\s*+")
# Separators of a name list: "A, B and C", "A & B", "A und B", "A et B", "A y B".
# In a byline in capitals the Spanish and Italian "and" is a capital too: "ANA GIL Y LUIS PAZ"
# (after two words in capitals, so that the initial of "By JOHN E SMITH" stays one).
_SEP = regex.compile(
    r"""\s*+(?:[,;&]|(?<!\S)(?:and|And|AND|und|UND|et|ET|y|e)(?!\S)
    |(?<=\p{Lu}{2}\s\p{Lu}[\p{Lu}\p{M}'’\-]{1,30}\s)(?:Y|E)(?=\s\p{Lu}{2}))\s*+""",
    regex.VERBOSE,
)
# Separators of an agency tag also split on slashes and dashes: "APA/dpa", "sid – 1.3.".
# A slash before a digit joins days of a range instead: "1./2.2.2015".
_TAG_SEP = regex.compile(
    r"\s*+(?:[,;]|/(?!\s?+\d)|(?<=\s)[\p{Pd}](?=\s)|(?<!\S)(?:und|and)(?!\S))\s*+"
)
# A date in an agency tag: "1.2.2015", "16. 5. 2016", "18.9. 20159" (a typo kept).
# A first day may open a range: "18.–19.12.2015", "1./2.2.2015".
_TAG_DATE = regex.compile(r"(?:\d{1,2}+\.\s?[\p{Pd}/]\s?)?+\d{1,2}+\.\s?\d{1,2}+\.\s?\d{2,5}+")
# A date glued to the last item of a tag: the " 4.9.2015" of "APA 4.9.2015".
_GLUED_DATE = regex.compile(
    r"\s++(?:\d{1,2}+\.\s?[\p{Pd}/]\s?)?+\d{1,2}+\.\s?\d{1,2}+\.\s?\d{2,5}+$"
)
# Punctuation trimmed around list items.
_TRIM_CHARS = ' \t\r\n\u00a0.,;:=*_-–—()[]"“”„«»'


def _key(word: str) -> str:
    return word.casefold().strip(".'’")


@attrs.frozen
class _Tok:
    start: int
    end: int
    text: str


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``[start, end)`` without surrounding punctuation (a final initial keeps its dot)."""
    while start < end and text[start] in _TRIM_CHARS:
        start += 1
    while end > start and text[end - 1] in _TRIM_CHARS:
        if text[end - 1] == "." and _keeps_dot(text, start, end):
            break
        end -= 1
    return start, end


# The last word of an item when it ends in a dot: "Jr.", "G.", "J.R.".
_DOTTED_END = regex.compile(r"(?<![\p{L}.])((?:\p{L}\.){0,3}+\p{L}{1,4}+)\.$")


def _keeps_dot(text: str, start: int, end: int) -> bool:
    """Return whether the dot ending ``text[start:end]`` belongs to an initial or a suffix."""
    m = _DOTTED_END.search(text[max(start, end - 8) : end])
    if m is None:
        return False
    word = m.group(1)
    return bool(_INITIAL.fullmatch(word + ".")) or _key(word) in lex.NAME_SUFFIXES


def _name(toks: list[_Tok], *, min_words: int, lower: bool) -> str | None:
    """Return the display form of a person's name made of ``toks``, or None."""
    if not 1 <= len(toks) <= 6:
        return None
    kinds: list[str] = []
    for i, tok in enumerate(toks):
        t = tok.text
        k = _key(t)
        if i and k in lex.NAME_SUFFIXES and (t[0].isupper() or lower):
            kinds.append("suffix")
        elif 0 < i < len(toks) - 1 and k in lex.NAME_PARTICLES and (t.islower() or t.isupper()):
            kinds.append("particle")
        elif _INITIAL.fullmatch(t) and not (lower and len(t) == 1):
            kinds.append("initial")
        elif _WORD_CAP.fullmatch(t) or (lower and _WORD_LOW.fullmatch(t)):
            # "Rhea Banks": a noun that is also a surname may end a name, capitalised.
            surname = i == len(toks) - 1 and i > 0 and k in lex.SURNAMES_ALSO_NOUNS
            if (k in lex.NOT_NAME_WORDS and not (surname and t[:1].isupper())) or (
                t.endswith(".") and k in lex.HONORIFICS
            ):
                return None
            kinds.append("word")
        else:
            return None
    words = kinds.count("word")
    if not words or words + kinds.count("initial") < min_words:
        return None
    if kinds[-1] not in ("word", "suffix") or kinds[0] in ("suffix", "particle"):
        return None
    letters = "".join(tok.text for tok in toks)
    mixed = any(c.islower() for c in letters) and any(c.isupper() for c in letters)
    words_upper = all(
        _ELISION.sub("", tok.text).isupper()
        for tok, kd in zip(toks, kinds, strict=True)
        if kd == "word"
    )
    if mixed and not words_upper:
        return " ".join(tok.text for tok in toks)
    out: list[str] = []
    for tok, kind in zip(toks, kinds, strict=True):
        if kind == "suffix":
            out.append(lex.NAME_SUFFIXES[_key(tok.text)])
        elif kind == "particle":
            out.append(tok.text.lower())
        elif kind == "initial":
            out.append(tok.text.upper())
        else:
            out.append(display_name_word(tok.text))
    return " ".join(out)


def _title(toks: list[_Tok]) -> bool:
    """Return whether ``toks`` read as a staff title: "AP Political Writer", "Correspondent"."""
    if not toks or len(toks) > 7 or not lex.title_head(_key(toks[-1].text)):
        return False
    return (
        all(
            _key(t.text) in lex.TITLE_WORDS
            or _key(t.text) in lex.TITLE_HEAD_WORDS
            or canonical_organization(t.text) is not None
            or (t.text[:1].isupper() and _known_place(t.text))  # "Brussels Correspondent"
            or _key(t.text) in ("the", "of", "for", "and")
            for t in toks[:-1]
        )
        or canonical_organization(" ".join(t.text for t in toks[:-1])) is not None
    )


def _title_org(text: str, toks: list[_Tok]) -> str | None:
    """Return the organisation a title names ("AP Political Writer" -> "Associated Press")."""
    for n in range(min(4, len(toks) - 1), 0, -1):
        org = canonical_organization(text[toks[0].start : toks[n - 1].end])
        if org is not None:
            return org
    return None


def _unknown_org(toks: list[_Tok], *, strong: bool = False) -> bool:
    """Return whether ``toks`` name an outlet by its head word: "Medill News Service"."""
    heads = lex.STRONG_ORG_HEAD_WORDS if strong else lex.ORG_HEAD_WORDS
    if not 2 <= len(toks) <= 6 or _key(toks[-1].text) not in heads:
        return False
    return all(t.text[:1].isupper() or t.text[:1].isdigit() for t in toks)


@attrs.define
class _Draft:
    """A person while a credit is parsed (mutable; frozen into a Person at the end)."""

    name: str
    start: int
    end: int
    role: str | None = None
    title: str | None = None
    location: str | None = None
    loc_start: int = 0
    loc_end: int = 0

    def freeze(self) -> Person:
        return Person(
            name=self.name,
            span=Span(start=self.start, end=self.end),
            role=self.role,
            title=self.title,
            location=self.location,
        )


@attrs.define
class _Parse:
    people: list[_Draft] = attrs.Factory(list)
    orgs: list[str] = attrs.Factory(list)

    def add_org(self, org: str) -> None:
        if org not in self.orgs:
            self.orgs.append(org)


def _role_of(phrase: str) -> str | None:
    return lex.ROLE_PHRASES.get(" ".join(phrase.casefold().split()))


def _parse_list(
    text: str,
    start: int,
    end: int,
    *,
    min_words: int = 2,
    role: str | None = None,
    tag: bool = False,
    outlet_last: bool = False,
    out: _Parse | None = None,
) -> _Parse | None:
    """Parse a list of people and organisations in ``text[start:end]``; None if any item fails.

    ``tag`` reads a German agency tag (editor codes, slashes, dates); ``outlet_last``
    takes a last single word after the people as their outlet ("By Ann Lee, Newsday").
    """
    out = out if out is not None else _Parse()
    sep = _TAG_SEP if tag else _SEP
    pieces: list[tuple[int, int]] = []
    pos = start
    for m in sep.finditer(text, start, end):
        if _inside_brackets(text, pos, m.start()):
            continue  # "The (Bergen County, N.J.) Record": a comma inside the name
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    first_person = len(out.people)
    title_from = first_person
    last: _Draft | None = None
    pending_place: str | None = None
    lowered = dated = False
    for n, (a, b) in enumerate(pieces):
        a, b = _trim(text, a, b)
        if a >= b:
            continue
        if tag and _TAG_DATE.fullmatch(text, a, b):
            dated = True
            continue
        if tag:  # "APA 4.9.2015": a date glued to the last item
            glued = _GLUED_DATE.search(text, a, b)
            if glued:
                b, dated = glued.start(), True
        rp = _ROLE_PREFIX.match(text, a, b)
        if rp and _role_of(rp.group("role")) is not None:
            role = _role_of(rp.group("role"))
            a = rp.end()
            if a >= b:
                continue
        item = text[a:b]
        # A tag keeps the newsroom's own spelling: "red", "sid", as the desk writes them.
        org = lex.DESK_TAGS.get(item.casefold()) if tag else None
        org = org or canonical_organization(item)
        if org is not None:
            out.add_org(org)
            last = None
            continue
        if _later_people(out, first_person) and _bracketed_outlet(item):
            out.add_org(" ".join(item.split()))
            last = None
            continue
        shared = _slashed_orgs(item)
        if shared:  # "EPA-EFE/Reuter", "AP/dpa": agencies that share the credit
            for name in shared:
                out.add_org(name)
            last = None
            continue
        toks = _tokens(text, a, b)
        if tag and len(toks) == 1 and _KUERZEL.fullmatch(item):
            if _key(item) in lex.NOT_TAG_WORDS:
                return None
            if any(service_code(org, item) for org in out.orgs):
                continue  # "(dpa/lno)": dpa's northern service, not an editor
            if text[b : b + 1] == "." and not item.endswith("."):
                b += 1  # "(stu., 9.9.2015)": the code's abbreviation dot is part of it
            last = _Draft(name=text[a:b], start=a, end=b, role=role)
            out.people.append(last)
            continue
        if _title(toks):
            title = text[toks[0].start : toks[-1].end]
            org = _title_org(text, toks)
            if org is not None:
                out.add_org(org)
            for p in out.people[title_from:]:
                p.title = p.title or title
            title_from = len(out.people)
            last = None
            continue
        later = len(out.people) > first_person
        if later and _unknown_org(toks, strong=True):
            out.add_org(text[toks[0].start : toks[-1].end])
            last = None
            continue
        if (
            outlet_last
            and later
            and n == len(pieces) - 1
            and len(toks) == 1
            and _WORD_CAP.fullmatch(item)
        ):  # "By Ann Lee, Newsday": a one-word outlet after the people
            if _known_place(item):  # "Von Anna Berger, Brüssel": where they wrote from
                for p in out.people[first_person:]:
                    p.location = p.location or item
            else:
                out.add_org(item)
            continue
        place = _place_item(text, toks, bare=later)
        if place is not None:  # "Von A, Brüssel, und B, Paris", "Par A, à Bruxelles"
            if later:
                for p in out.people[title_from:]:
                    p.location = p.location or place
                title_from = len(out.people)
            else:
                pending_place = place  # "De notre correspondant à Berlin, Jean Durand"
            last = None
            continue
        title_place = _title_and_place(text, toks) if later else None
        if title_place is not None:  # "envoyé spécial à Kiev", "correspondent in Rome"
            for p in out.people[title_from:]:
                p.title = p.title or title_place[0]
                p.location = p.location or title_place[1]
            title_from = len(out.people)
            last = None
            continue
        lower = not any(c.isupper() for c in item)
        draft = _person(text, toks, min_words=min_words, lower=lower, role=role, out=out)
        if draft is not None:
            draft.location = draft.location or pending_place
            lowered = lowered or lower
            out.people.append(draft)
            last = draft
            continue
        if (
            last is not None
            and last.location is not None
            and 1 <= len(toks) <= 3
            and all(t.text[:1].isupper() for t in toks)
        ):  # "in West Palm Beach, Florida": the place goes on after the comma
            last.loc_end = b
            last.location = " ".join(text[last.loc_start : b].split())
            continue
        if later and _unknown_org(toks):
            out.add_org(text[toks[0].start : toks[-1].end])
            last = None
            continue
        if dated:
            break  # "(APA, 1.2.2015, Update 14.00 Uhr)": what follows the date is not credit
        return None
    if lowered and not out.orgs:
        return None  # "by plus accrued interest": lower-case names need an outlet to vouch
    _spread_locations(out.people[first_person:])
    return out


def _known_place(word: str) -> bool:
    """Return whether ``word`` is a city or country of the place tables ("Brüssel")."""
    key = fold_key(word)
    return key in city_lookup() or key in country_lookup()


#: Most words of a place named after a byline's people ("Frankfurt am Main").
_PLACE_WORDS = 3


def _place_item(text: str, toks: list[_Tok], *, bare: bool) -> str | None:
    """Return the place a list item names alone: "Brüssel", "à Bruxelles", "in Rome".

    A bare place (only read when ``bare``: after the people) must be a known city or
    country; after a location preposition any capitalised words will do.
    """
    if not toks or len(toks) > _PLACE_WORDS + 1:
        return None
    first = toks[0].text
    if first.islower() and first in lex.LOCATION_PREPOSITIONS and len(toks) > 1:
        rest = text[toks[1].start : toks[-1].end]
        if all(t.text[:1].isupper() for t in toks[1:]) and (
            len(toks) <= _PLACE_WORDS or _known_place(rest)
        ):  # "a Parigi Marco Rossi" is a place and a name
            return " ".join(text[toks[0].start : toks[-1].end].split())
        return None
    if bare and len(toks) <= _PLACE_WORDS and _known_place(text[toks[0].start : toks[-1].end]):
        return text[toks[0].start : toks[-1].end]
    return None


def _title_and_place(text: str, toks: list[_Tok]) -> tuple[str, str] | None:
    """Split "envoyé spécial à Kiev", "Korrespondent in Moskau" into title and location."""
    for i in range(1, len(toks) - 1):
        word = toks[i].text
        if (
            word.casefold() in lex.LOCATION_PREPOSITIONS
            and word.islower()
            and _title(toks[:i])
            and all(t.text[:1].isupper() for t in toks[i + 1 :])
        ):
            location = " ".join(text[toks[i].start : toks[-1].end].split())
            return text[toks[0].start : toks[i - 1].end], location
    return None


def _later_people(out: _Parse, first_person: int) -> bool:
    """Return whether people were added to ``out`` since ``first_person``."""
    return len(out.people) > first_person


def _inside_brackets(text: str, start: int, end: int) -> bool:
    """Return whether a bracket opened in ``text[start:end]`` is still open at ``end``."""
    return text.count("(", start, end) > text.count(")", start, end)


# An outlet with its place in brackets, as US chains name their papers:
# "The (Bergen County, N.J.) Record", "The (Cherry Hill) Courier-Post".
_BRACKETED_PLACE = regex.compile(r"\s*+\([^()\n]{1,40}+\)\s*+")


def _bracketed_outlet(item: str) -> bool:
    """Return whether ``item`` is an outlet named with its place in brackets."""
    if "(" not in item:
        return False
    bare = _BRACKETED_PLACE.sub(" ", item).strip()
    if canonical_organization(bare) is not None:
        return True
    words = bare.split()
    return (
        2 <= len(words) <= 5
        and _key(words[-1]).split("-")[-1] in lex.ORG_HEAD_WORDS
        and all(w[:1].isupper() for w in words)
    )


def _slashed_orgs(item: str) -> tuple[str, ...]:
    """Return the organisations of "EPA-EFE/Reuter" when every slashed part is one, else ()."""
    if "/" not in item:
        return ()
    names = tuple(canonical_organization(part.strip()) for part in item.split("/"))
    return tuple(n for n in names if n is not None) if all(names) else ()


def _spread_locations(people: list[_Draft]) -> None:
    """Give "A, B and C in Singapore" the location of the last of them to all three."""
    pending: list[_Draft] = []
    for p in people:
        if p.location is None:
            pending.append(p)
            continue
        for q in pending:
            if q.role == p.role:
                q.location = p.location
        pending = []


def _person(
    text: str, toks: list[_Tok], *, min_words: int, lower: bool, role: str | None, out: _Parse
) -> _Draft | None:
    """Parse one list item as a person, with a title before and a location after."""
    title: str | None = None
    # "Associated Press writer Jill Colvin": a title in front of the name.
    for k in range(min(len(toks) - 1, 6), 0, -1):
        if lex.title_head(_key(toks[k - 1].text)) and _title(toks[:k]):
            title = text[toks[0].start : toks[k - 1].end]
            org = _title_org(text, toks[:k])
            if org is not None:
                out.add_org(org)
            toks = toks[k:]
            break
    # "Dr. Anna Berger", "Mag. Anna Berger": an academic or courtesy title in front.
    while len(toks) > min_words and _key(toks[0].text) in lex.NAME_PREFIXES:
        toks = toks[1:]
    # "The Washington Post's Jane Roe": the outlet in front, in the possessive.
    for i in range(min(len(toks) - 1, 5)):
        if toks[i].text.endswith(("'s", "’s")):
            org = canonical_organization(text[toks[0].start : toks[i].end - 2])
            if org is not None:
                out.add_org(org)
                toks = toks[i + 1 :]
            break
    # "Ann Lee for Daily Ledger", "Tom Ruiz at Harbor News", "Bo Ek of The Times".
    for i in range(2, len(toks) - 1):
        if toks[i].text in ("for", "at", "of") and all(t.text[:1].isupper() for t in toks[i + 1 :]):
            tail = text[toks[i + 1].start : toks[-1].end]
            org = canonical_organization(tail)
            if org is None and not _unknown_org(toks[i + 1 :]):
                return None
            out.add_org(org or tail)
            toks = toks[:i]
            break
    location: str | None = None
    loc_start = loc_end = 0
    # "a Parigi Marco Rossi": a known place between the preposition and the name.
    if len(toks) > min_words + 1 and toks[0].text in lex.LOCATION_PREPOSITIONS:
        for n in range(min(_PLACE_WORDS, len(toks) - 1 - min_words), 0, -1):
            if _known_place(text[toks[1].start : toks[n].end]):
                loc_start, loc_end = toks[0].start, toks[n].end
                location = " ".join(text[loc_start:loc_end].split())
                toks = toks[n + 1 :]
                break
    # "Omar Haddad in Tripoli", "Markus Bernath aus Athen".
    for i in range(1, len(toks) - 1):
        t = toks[i].text
        if t.casefold() in lex.LOCATION_PREPOSITIONS and (
            t.islower() or (t.isupper() and len(t) > 1)  # "John A Smith": "A" is an initial
        ):
            nxt = toks[i + 1].text
            if nxt[:1].isupper():
                loc_start, loc_end = toks[i].start, toks[-1].end
                location = " ".join(text[loc_start:loc_end].split())
                toks = toks[:i]
                break
    # "Brett Schaller Reuters": an organisation glued to the name.
    for n in range(min(4, len(toks) - 1), 0, -1):
        org = canonical_organization(text[toks[-n].start : toks[-1].end])
        if org is not None and len(toks) - n >= min_words:
            out.add_org(org)
            toks = toks[:-n]
            break
    name = _name(toks, min_words=min_words, lower=lower)
    if name is None:
        return None
    return _Draft(
        name=name,
        start=toks[0].start,
        end=toks[-1].end,
        role=role,
        title=title,
        location=location,
        loc_start=loc_start,
        loc_end=loc_end,
    )


def _byline(parse: _Parse, start: int, end: int, position: Position) -> Byline | None:
    if not parse.people and not parse.orgs:
        return None
    return Byline(
        span=Span(start=start, end=end),
        people=tuple(p.freeze() for p in parse.people),
        organizations=tuple(parse.orgs),
        position=position,
    )


# ---------------------------------------------------------------- head bylines


@functools.cache
def _lead_pattern() -> regex.Pattern[str]:
    """Return the pattern of a head byline's lead word, every language at once."""
    leads = sorted(
        {lead for group in lex.BYLINE_LEADS.values() for lead in group}, key=lambda s: -len(s)
    )
    alternation = "|".join(regex.escape(x).replace(r"\ ", r"\s++") for x in leads)
    # Example: "By ", "BY ", "Von ", "Par ", "BYLINE: ", "Story by ".
    return regex.compile(rf"[\s\p{{Pd}}]*+(?i:(?P<lead>{alternation}))\s*+(?<!\p{{L}})(?=\p{{L}})")


@functools.cache
def _lead_words() -> frozenset[str]:
    """Return the first words of every lead (and "posted"), folded: "by", "ein", "dal"."""
    leads = {lead for group in lex.BYLINE_LEADS.values() for lead in group}
    return frozenset({_fold_first(lead.split()[0]) for lead in leads} | {"posted"})


# The first word of a line, after white space and dashes: "By" in "— By Ann Lee".
_FIRST_WORD = regex.compile(r"[\s\p{Pd}]*+(?P<word>[^\s]{1,20}+)")


def _fold_first(word: str) -> str:
    """Fold a first word for the lead test: case, and anything after a colon or apostrophe."""
    word = word.casefold()
    if word.isalpha():  # nearly every first word: no colon or apostrophe to cut at
        return word
    for mark in (":", "'", "’"):
        if mark in word:
            word = word[: word.index(mark) + 1]
    return word


def _first_word(text: str, start: int, end: int) -> str:
    m = _FIRST_WORD.match(text, start, end)
    return _fold_first(m.group("word")) if m is not None else ""


# "Posted on July 29, 2016 by Ann Lee in News" / "Posted by Ann Lee on 19 Sep 2016".
_POSTED = regex.compile(
    r"""[\s\p{Pd}]*+(?i:posted)(?:\s++on\s++[^\n]{1,40}?)?\s++(?i:by)\s++
    (?P<names>[^\n]{2,80}?)
    (?=\s++(?:on|in|at)\s|\s*+(?://|\||·|\p{Pd})|\s*+$)""",
    regex.VERBOSE,
)
# A line that reads as story text: a sentence with lower-case words, not a title
# ("the talks ended, and"; "was on their"). Each word is tried from its first letter
# only: a try from inside a long run of letters would read the rest of the run again.
_BODY_LINE = regex.compile(
    r"(?<!\p{Ll})(?:\p{Ll}{2,}+[,.;:]\s++\p{L}|\p{Ll}{2,}+\s++\p{Ll}{2,}+\s++\p{Ll}{2,}+)"
)

_HEAD_LINES = 6
_HEAD_CHARS = 1500
_MAX_BYLINE = 250


# The end of a physical line.
_LINE_END = regex.compile(r"\r\n|\r|\n")


def _first_lines(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of the first physical lines of ``text`` (head only)."""
    out: list[tuple[int, int]] = []
    pos, stop = 0, min(len(text), _HEAD_CHARS)
    if "\r" not in text[:stop]:  # line feeds only, as nearly all copy: str.find is cheaper
        while pos < stop and len(out) < 3 * _HEAD_LINES:
            nl = text.find("\n", pos, stop)
            out.append((pos, stop if nl < 0 else nl))
            if nl < 0:
                break
            pos = nl + 1
        return out
    while pos < stop and len(out) < 3 * _HEAD_LINES:
        m = _LINE_END.search(text, pos, stop)
        out.append((pos, m.start() if m else stop))
        if m is None:
            break
        pos = m.end()
    return out


def _head(text: str) -> Iterator[Byline]:
    """Yield the byline above the story, with a title or organisation line below it."""
    seen = 0
    head = _first_lines(text)
    for i, (a, b) in enumerate(head):
        if not text[a:b].strip():
            continue
        seen += 1
        if seen > _HEAD_LINES:
            return
        if seen > 1 and i + 1 < len(head):  # the first line is the title
            named = _name_above_place_line(text, (a, b), head[i + 1])
            if named is not None:
                yield named
                return
        found = _head_line(text, a, b) or _after_bar(text, a, b)
        if found is not None and _continues(text, head, i):
            found = None  # "... an investor group led\nby Dudley Taft." is story text
        if found is not None:
            yield _absorb_next(text, found, head[i + 1]) if i + 1 < len(head) else found
            return
        desk = _desk(text, a, b, "head")
        if desk is not None:
            yield desk
            return
        unled = _unled_line(text, a, b) if seen > 1 else None  # the first line is the title
        if unled is not None:
            yield unled
            return
        if b - a > 80 and _BODY_LINE.search(text, a, b):
            return


# A place-and-time line under an author's name: "Berlin, 2. Januar 2020",
# "Miami, Jan. 2, 2020, 2:15 p.m.", "2.1.2020, 14:30".  It holds a year or a time.
_PLACE_TIME = regex.compile(
    r"""[ \t]*+(?:\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}+,[ \t]*+)?+(?=\p{Lu}|\d{1,2}+\.)
    [^\n]{0,40}?(?:(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)[0-2]?\d[:.][0-5]\d(?!\d))[^\n]{0,30}+""",
    regex.VERBOSE,
)
#: Longest author line and place-and-time line of that layout.
_NAME_LINE_CHARS = 50
_NAME_LINE_WORDS = 4
_PLACE_LINE_CHARS = 80


def _name_above_place_line(
    text: str, line: tuple[int, int], below: tuple[int, int]
) -> Byline | None:
    """Read an author's name in capitals on a line above a place-and-time line.

    Example layout: "ANNA BERGER" then "Berlin, 2. Januar 2020".  The name line must
    be all capitals (a title in capitals has story words, refused by the name check).
    """
    if line[1] - line[0] > _NAME_LINE_CHARS + 10 or below[1] - below[0] > _PLACE_LINE_CHARS:
        return None  # a cheap test first: both lines are short
    a, b = _trim(text, *line)
    if not 0 < b - a <= _NAME_LINE_CHARS or text.count(" ", a, b) > _NAME_LINE_WORDS:
        return None
    name_line = text[a:b]
    if name_line != name_line.upper() or not _PLACE_TIME.fullmatch(text, *below):
        return None
    if "  " in text[a:b] or "\t" in text[a:b]:
        return None  # words set apart in columns head a table, not a name
    toks = _tokens(text, a, b)
    if not 2 <= len(toks) <= 4:
        return None
    name = _name(toks, min_words=2, lower=False)
    if name is None:
        return None
    person = Person(name=name, span=Span(start=a, end=b))
    return Byline(span=Span(start=a, end=b), people=(person,), position="head")


_DIGIT = regex.compile(r"\d")
#: Longest byline line without a lead word, and most people it may name.
_UNLED_CHARS = 90
_UNLED_TAIL_CHARS = 45
_UNLED_PEOPLE = 3


def _unled_line(text: str, start: int, end: int) -> Byline | None:
    """Read a byline line with no "By": "Jane Roe, Associated Press", "Marco Rossi, inviato a Kiev".

    Without a lead word the line must vouch for itself: every item is a person, a
    known outlet, a staff title or a place, and at least one outlet or title stands
    after the people (a name alone could be anything).
    """
    if end - start > _UNLED_CHARS or _DIGIT.search(text, start, end):
        return None  # names, outlets and titles hold no digits
    comma = text.rfind(",", start, end)
    if comma < 0 or end - comma > _UNLED_TAIL_CHARS:
        return None
    after = text[comma + 1 : end].split()  # an outlet or a title must close the line
    if not after or not (
        canonical_organization(" ".join(after)) is not None
        or any(lex.title_head(_key(w)) for w in after)
    ):
        return None
    a, b = _trim(text, start, end)
    parse = _parse_list(text, a, b)
    if parse is None or not 1 <= len(parse.people) <= _UNLED_PEOPLE:
        return None
    if not parse.orgs and not any(p.title for p in parse.people):
        return None
    if any(organization_kind(o) == "photo" for o in parse.orgs):
        return None  # "Jane Roe, Getty Images" credits a picture
    if text[a : parse.people[0].start].strip():
        return None  # the line opens with an outlet or a title, not with the people
    return _byline(parse, a, b, "head")


# A bar between the parts of a scraped furniture line: "Share | By Ann Lee | 5 min read".
_BAR = regex.compile(r"[ \t]++[|•·][ \t]++")


def _after_bar(text: str, start: int, end: int) -> Byline | None:
    """Return the byline that opens a part of a furniture line after a bar, or None.

    "Share on Facebook | By Colin Avery | March 3, 2021": sharing buttons, a
    section or a date stand before the byline in the line a page's header
    leaves; the part that opens with a lead word is read as a head line.
    """
    for bar in _BAR.finditer(text, start, end):
        found = _head_line(text, bar.end(), end)
        if found is not None:
            return found
    return None


def _continues(text: str, head: list[tuple[int, int]], i: int) -> bool:
    """Return whether line ``i`` goes on with the sentence of the line above it."""
    a, b = head[i]
    if i == 0 or text[a:b].lstrip()[:2] != "by":
        return False
    above = text[head[i - 1][0] : head[i - 1][1]].rstrip()
    return bool(above) and (above[-1].islower() or above[-1] in ",;")


# A bar or spaced dash between a byline's parts: "By Julie Pace | AP | Updated 3:12 p.m.",
# "von Andreas Weber – http://example.org".
_PIPE = regex.compile(r"\s++[|•·\p{Pd}]\s++")
# An agency in brackets after the names: "Par Jean Durand (AFP)".
_BRACKET_ORG = regex.compile(r"\s*+\((?P<org>[^()]{1,40}+)\)?$")


def _head_line(text: str, start: int, end: int) -> Byline | None:
    """Parse one line as a head byline ("By ...", "Von ...", "Posted by ...")."""
    if end - start > _MAX_BYLINE or _first_word(text, start, end) not in _lead_words():
        return None  # a cheap test first: the line opens with no lead's first word
    m = _POSTED.match(text, start, end)
    names_end = None
    if m is not None:
        a, names_end = m.span("names")
        role: str | None = None
    else:
        m = _lead_pattern().match(text, start, end)
        if m is None:
            return None
        a = m.end()
        lead = " ".join(m.group("lead").casefold().rstrip(":").split())
        role = _role_of(lead.removesuffix(" by")) if lead.endswith(" by") else None
        if lead in ("text:", "texto:", "text von", "testo di"):
            role = "writing"
    b = names_end if names_end is not None else end
    pipe = _PIPE.search(text, a, b)
    extra: list[str] = []
    if pipe is not None:  # "By Julie Pace | AP", "By Ann Lee, Reuters | Updated 3:12 p.m."
        extra = [
            org
            for part in _PIPE.split(text[pipe.start() : b])
            if (org := canonical_organization(part.strip())) is not None
        ]
        b = pipe.start()
    a, b = _trim(text, a, b)
    if a >= b:
        return None
    bracket = _BRACKET_ORG.search(text, a, b)
    org = canonical_organization(bracket.group("org")) if bracket else None
    parse = _parse_list(
        text, a, bracket.start() if bracket and org else b, role=role, outlet_last=True
    )
    if parse is not None:
        for name in (org, *extra):
            if name is not None:
                parse.add_org(name)
    if parse is None or not (parse.people or parse.orgs):
        return None  # "By The Associated Press", "By EPA-EFE/Reuter": an agency alone
    e = start + len(text[start:end].rstrip(" \t\u00a0=*_"))
    s = start + len(text[start:end]) - len(text[start:end].lstrip())
    return _byline(parse, s, max(e, b), "head")


def _absorb_next(text: str, byline: Byline, line: tuple[int, int]) -> Byline:
    """Fold a title or organisation line below a byline into it ("AP Sports Writer=")."""
    a, b = _trim(text, *line)
    if a >= b or b - a > 80:
        return byline
    toks = _tokens(text, a, b)
    org = canonical_organization(text[a:b])
    if org is None and not _title(toks):
        return byline
    orgs = list(byline.organizations)
    people = byline.people
    if org is None:
        title = text[a:b]
        org = _title_org(text, toks)
        people = tuple(p if p.title else attrs.evolve(p, title=title) for p in byline.people)
    if org is not None and org not in orgs:
        orgs.append(org)
    return attrs.evolve(
        byline,
        span=Span(start=byline.span.start, end=b),
        people=people,
        organizations=tuple(orgs),
    )


# ---------------------------------------------------------------- desk credits


@functools.cache
def _desk_pattern() -> regex.Pattern[str]:
    """Return the pattern of a desk or agency credit line, every language's prefixes at once."""
    prefixes = sorted(
        {p for group in lex.CREDIT_PREFIXES.values() for p in group}, key=lambda p: -len(p)
    )
    alternation = "|".join(
        regex.escape(p).replace(r"\ ", r"\s++").replace(":", r"\s?+:") for p in prefixes
    )  # French sets a space before the colon: "Source : AFP"
    # Example: "With Wires", "Staff and agencies", "From Reuters", "—Associated Press",
    # "(Avec AFP)", "Mit Material von dpa und AFP", "Con información de EFE", "Fonte: ANSA".
    return regex.compile(
        rf"[\s\p{{Pd}}]*+(?P<open>\()?+(?P<from>(?i:{alternation})(?:\s++|(?<=:)))?"
        r"(?P<body>[\p{L}][\p{L}\p{M}'’.\-/,& ]{1,48}+)(?(open)\)|)[\s.]*+$"
    )


# A dash opening a line: "—Associated Press".
_LEADING_DASH = regex.compile(r"\s*+\p{Pd}")
# Separators of a list of agencies: "dpa und AFP", "AFP, Reuters", "APA/dpa".
_ORG_LIST_SEP = regex.compile(r"\s*+(?:[,/&]|(?<!\S)(?:and|und|et|y|e)(?!\S))\s*+")
#: Longest desk or agency credit line.
_MAX_DESK = 64


# "Le Monde avec AFP", "The Ledger with Reuters", "Der Standard mit APA".
_WITH = regex.compile(r"\s++(?:avec|with|mit|con)\s++")


def _outlet_with_agencies(body: str) -> tuple[str, ...]:
    """Return the organisations of "Le Monde avec AFP" when both sides are known, else ()."""
    parts = _WITH.split(body, maxsplit=1)
    if len(parts) != 2:
        return ()
    outlet = canonical_organization(parts[0].strip())
    agencies = _org_list(parts[1])
    return (outlet, *agencies) if outlet is not None and agencies else ()


def _org_list(body: str) -> tuple[str, ...]:
    """Return the organisations of "dpa und AFP" when every item is a known one, else ()."""
    names = tuple(canonical_organization(p) for p in _ORG_LIST_SEP.split(body.strip(" .")) if p)
    return tuple(n for n in names if n is not None) if names and all(names) else ()


def _desk(text: str, start: int, end: int, position: Position) -> Byline | None:
    """Parse a desk credit that fills ``text[start:end]``."""
    if end - start > _MAX_DESK:
        return None
    m = _desk_pattern().match(text, start, end)
    if m is None:
        return None
    body = m.group("body").strip(" .")
    s = start + len(text[start:end]) - len(text[start:end].lstrip())
    e = start + len(text[start:end].rstrip())
    whole = " ".join(text[m.start("from") if m.group("from") else m.start("body") : e].split())
    desk = lex.DESK_CREDITS.get(whole.casefold().rstrip(".)"))
    if desk is not None:
        return Byline(span=Span(start=s, end=e), position=position, desk=desk)
    dash = bool(_LEADING_DASH.match(text, start, end))
    if not (m.group("from") or dash):
        shared = _outlet_with_agencies(body)
        if shared:  # "Le Monde avec AFP": the paper's desk and the agency it drew on
            return Byline(span=Span(start=s, end=e), organizations=shared, position=position)
        return None
    desk = lex.DESK_CREDITS.get(" ".join(body.casefold().split()))
    if desk is not None:  # "Con información de agencias", "Mit Material von Agenturen"
        return Byline(span=Span(start=s, end=e), position=position, desk=desk)
    orgs = _org_list(body)
    if not orgs:
        return None
    return Byline(span=Span(start=s, end=e), organizations=orgs, position=position)


# ---------------------------------------------------------------- trailers


def _word_trie(phrases: list[tuple[str, ...]]) -> str:
    r"""Return an alternation of word sequences as pattern text, factored by first word.

    "video", "video produced", "video edited" -> "video(?:\s++(?:edited|produced))?":
    a line is tried against each first word once, not against every phrase.  Longer
    words come first and a continuation is tried before stopping, so the longest
    phrase that fits wins, as in an alternation of whole phrases, longest first.

    Example:
        >>> print(_word_trie([("video",), ("video", "produced"), ("photo",)]))
        photo|video(?:\s++(?:produced))?
    """
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    parts = []
    for word in sorted(by_first, key=lambda w: (-len(w), w)):
        rests = by_first[word]
        longer = [r for r in rests if r]
        tail = ""
        if longer:
            tail = rf"(?:\s++(?:{_word_trie(longer)}))" + ("?" if len(longer) < len(rests) else "")
        parts.append(regex.escape(word) + tail)
    return "|".join(parts)


@functools.cache
def _role_pattern() -> regex.Pattern[str]:
    """Return the pattern of a credit's role phrase and its "by": "Additional reporting by"."""
    alternation = _word_trie(sorted({tuple(p.lower().split()) for p in lex.ROLE_PHRASES}))
    # Example: "Reporting by ", "Editing by ", "Video produced by ", "Text: ".
    return regex.compile(
        rf"(?:(?<![\p{{L}}])|(?<=\p{{Ll}})(?=\p{{Lu}}))(?i:(?P<role>{alternation}))"
        rf"(?:\s++(?i:by|from|von|par|por)\s++|\s*+:\s*+)",
    )


# A credit paragraph: "(Reporting by ...; Editing by ...)", "--additional reporting by X."
_CREDIT_START = regex.compile(r"[\s\p{Pd}(]*+")
# A parenthesised credit anywhere, also glued to the sentence before: "... fell. (Reporting by X)".
_PAREN_CREDIT = regex.compile(
    r"\(\s*+(?=(?i:additional\s++)?(?i:reporting|writing|editing|compiled|compiling|research|"
    r"photos?|graphics|video|text)\s++(?i:by|from)\s)(?P<body>[^()]{1,900}+)\)"
)


def _credits(text: str, start: int, end: int, position: Position) -> Byline | None:
    """Parse ``text[start:end]`` as role clauses: "Reporting by A; Editing by B"."""
    pat = _role_pattern()
    hits = list(pat.finditer(text, start, end))
    if not hits or _trim(text, start, hits[0].start())[0] < hits[0].start():
        return None
    parse = _Parse()
    colon = text.find(": ", hits[-1].end(), end)
    if colon >= 0:  # "<role> by <name> at <outlet>: <headline>": the headline is no name
        end = colon
    for i, m in enumerate(hits):
        role = _role_of(m.group("role"))
        stop = hits[i + 1].start() if i + 1 < len(hits) else end
        a, b = _trim(text, m.end(), stop)
        b = _without_dates(text, a, b)
        if a >= b:
            return None
        if _parse_clause(text, a, b, role, parse) is None:
            return None
    e = _trim(text, start, end)[1]
    if text[e : e + 1] == ".":
        e += 1
    return _byline(parse, start, max(e, start), position) if parse.people else None


# The words of a date or a date range after a credit: "2–8 March 2020", "(March 2 - March 8)".
_DATE_WORD = regex.compile(r"[\p{L}\p{N}]++")
_RANGE_WORDS = frozenset("to until bis au al a".split())


def _without_dates(text: str, start: int, end: int) -> int:
    """Return where a credit clause ends before a trailing date or date range.

    An editor's or compiler's tag may carry the dates it covers ("Edited by Jane Roe,
    2–8 March 2020"): after the last comma or bracket, every word is a number, a
    month name or a range word, and at least one is a number.
    """
    cut = max(text.rfind(",", start, end), text.rfind("(", start, end))
    if cut <= start:
        return end
    words = _DATE_WORD.findall(text, cut, end)
    if not words or not any(w.isdigit() for w in words):
        return end
    for word in words:
        key = fold_key(word)
        if not (word.isdigit() or key in month_lookup() or key in _RANGE_WORDS):
            return end
    return _trim(text, start, cut)[1]


def _parse_clause(text: str, a: int, b: int, role: str | None, parse: _Parse) -> _Parse | None:
    """Parse the names of one role clause; a last clause may trail other words after ";"."""
    people, orgs = len(parse.people), len(parse.orgs)
    if _parse_list(text, a, b, role=role, out=parse) is not None:
        return parse
    del parse.people[people:], parse.orgs[orgs:]
    semi = text.find(";", a, b)  # "Editing by Bo Ek; To read more, click here"
    if semi < 0:
        return None
    return _parse_list(text, *_trim(text, a, semi), role=role, out=parse)


# "Jane Doe and Ann Lee contributed reporting from Cairo." / "The Associated Press contributed."
_CONTRIBUTED = regex.compile(
    r"""(?P<names>[^\n]{1,250}?)\s++(?:also\s++)?(?:contributed|contributes)
    (?:\s++(?:reporting|research|to\s++(?:this|the)\s++(?:report|story|article)))*+
    (?:\s++(?P<prep>from|in)\s++(?P<loc>\p{Lu}[^\n]{0,80}?))?\s*+\.?""",
    regex.VERBOSE,
)
# "<Surname> reported from <place>." / "<A> reported from <place>; <B>, from <place>."
_REPORTED = regex.compile(
    r"(?P<names>[^\n]{1,200}?)\s++reported\s++(?:from|in)\s++(?P<rest>\p{Lu}[^\n]{0,250}?)\s*+\.?"
)
# A further reporter in a "reported from" sentence: "; Novak, from Denver",
# ", and Bo Ek from Berlin", " and Bo Ek reported from Rome".
_ALSO_FROM = regex.compile(
    r"(?:\s*+[;,]\s*+(?:and\s++)?|\s++and\s++)(?P<names>[^;,\n]{2,120}?),?"
    r"\s++(?:reported\s++)?from\s++"
)
# "Reporting was contributed by Jane Roe from Paris and Bo Ek from Berlin."
_CONTRIBUTED_BY = regex.compile(
    r"(?:(?i:additional)\s++)?(?i:reporting)\s++(?:was\s++)?contributed\s++by\s++"
    r"(?P<names>[^\n]{2,300}+)"
)
# "Contributing: Ann Lee, Bob Ray and Cy Twombly, USA TODAY."
_CONTRIBUTING = regex.compile(
    r"(?i:contributing(?:\s++(?:writers?|reporters?|editors?))?|contributors?)\s*+:\s*+"
    r"(?P<names>[^\n]{1,300}+)"
)
# A trailer signed with a dash: "- Elise Viebeck." / "— White House Correspondent Jane Roe."
_DASHED = regex.compile(r"[ \t]*+\p{Pd}{1,2}+[ \t]*+(?P<names>[\p{L}][^\n]{1,70}+)")

_MAX_SENTENCE = 400


def _sentence_trailer(text: str, start: int, end: int, *, alone: bool = True) -> Byline | None:
    """Parse one sentence as a contributor trailer."""
    if end - start > _MAX_SENTENCE:
        return None
    m = _CONTRIBUTING.fullmatch(text, start, end)
    if m is not None:
        a, b = _trim(text, *m.span("names"))
        parse = _parse_list(text, a, b, role="contributing")
        return _byline(parse, start, end, "tail") if parse else None
    m = _CONTRIBUTED.fullmatch(text, start, end)
    if m is not None:
        a, b = _trim(text, *m.span("names"))
        parse = _parse_list(text, a, b, role="contributing")
        if parse is None:
            return None
        if m.group("loc") and m.group("prep") == "from":
            if not _from_places(text, *m.span("loc"), parse, "contributing", min_words=2):
                return None
        elif m.group("loc"):
            place = f"{m.group('prep')} {_place(text, *m.span('loc'))}"
            for p in parse.people:
                p.location = p.location or place
        return _byline(parse, start, end, "tail")
    m = _CONTRIBUTED_BY.fullmatch(text, start, end)
    if m is not None:
        a, b = _trim(text, *m.span("names"))
        parse = _parse_list(text, a, b, role="contributing")
        return _byline(parse, start, end, "tail") if parse else None
    m = _REPORTED.fullmatch(text, start, end)
    if m is not None:
        found = _reported(text, m, start, end)
        if found is not None and not alone and any(" " not in p.name for p in found.people):
            return None  # a surname alone is a credit only in a short paragraph of its own
        return found
    return None


def _place(text: str, start: int, end: int) -> str:
    """Return a place as written, keeping the dot of "Calif." or "D.C." but not a full stop."""
    start, end = _trim(text, start, end)
    place = " ".join(text[start:end].split())
    if text[end : end + 1] == ".":
        last = place.rsplit(" ", 1)[-1]
        if "." in last or last.casefold() in STRONG["en"]:
            place += "."
    return place


def _reported(text: str, m: regex.Match[str], start: int, end: int) -> Byline | None:
    """Build the trailer of "Roe reported from Paris; Ek, from Rome." (``m`` is _REPORTED)."""
    a, b = _trim(text, *m.span("names"))
    parse = _parse_list(text, a, b, min_words=1, role="reporting")
    if parse is None or not parse.people:
        return None
    if not _from_places(text, *m.span("rest"), parse, "reporting", min_words=1):
        return None
    return _byline(parse, start, end, "tail")


def _from_places(
    text: str, start: int, end: int, parse: _Parse, role: str, *, min_words: int
) -> bool:
    """Give places to the people of ``parse`` from "Paris, and Bo Ek from Berlin"."""
    groups: list[tuple[int, int, int, int]] = []  # names start/end, place start/end
    place_start, prev = start, (-1, -1)
    for also in _ALSO_FROM.finditer(text, start, end):
        groups.append((*prev, place_start, also.start()))
        prev = also.span("names")
        place_start = also.end()
    groups.append((*prev, place_start, end))
    for na, nb, pa, pb in groups:
        if na >= 0:
            got = _parse_list(text, *_trim(text, na, nb), min_words=min_words, role=role, out=parse)
            if got is None:
                return False
        place = _place(text, pa, pb)
        for p in parse.people:
            if p.location is None:
                p.location = "from " + place
    return True


def _trailers(doc: Document) -> Iterator[Byline]:
    """Yield contributor trailers, dashed signatures and desk credits in the story."""
    text = doc.text
    most = _max_trials(text)
    for trial, m in enumerate(_PAREN_CREDIT.finditer(text)):
        if trial >= most:
            break
        found = _credits(text, m.start("body"), m.end("body"), "tail")
        if found is not None:
            yield attrs.evolve(found, span=Span(start=m.start(), end=m.end()))
    yield from _line_trailers(text)
    yield from _glued_credits(text)
    found = _agency_last_line(text, doc)
    if found is not None:
        yield found
    yield from _taglines(text)
    yield from _interview_credits(text)
    if "contribut" in text or "reported " in text:
        yield from _sentence_trailers(doc)


@functools.cache
def _follow_pattern() -> regex.Pattern[str]:
    """Return the pattern of a follow line, every language at once."""
    leads = "|".join(lead for lead, _ in lex.FOLLOW_LINES.values()).replace(" ", r"\s++")
    joins = "|".join(join for _, join in lex.FOLLOW_LINES.values())
    networks = "|".join(regex.escape(n) for n in lex.SOCIAL_NETWORKS)
    # Example: "Follow Ann Lee on Twitter @annlee", "Folgen Sie Anna Berger auf X".
    return regex.compile(
        rf"""^[ \t"“]*+(?i:{leads})\s++(?P<names>\p{{Lu}}[^\n@]{{1,80}}?)\s++(?i:{joins})\s++
        (?:{networks})(?![\p{{L}}\p{{N}}])""",
        regex.VERBOSE | regex.MULTILINE,
    )


#: Taglines are sought in the last paragraphs of a story only.
_TAGLINE_TAIL_CHARS = 2000
#: Longest paragraph read as a tagline.
_TAGLINE_CHARS = 300


def _taglines(text: str) -> Iterator[Byline]:
    """Yield the follow lines that close a story: "Follow Ann Lee on Twitter @annlee".

    Many web stories end with a paragraph that sends the reader to the author's
    social-media account; it names the author.  Such a paragraph stands alone near
    the end.  (One-sentence author bios, "Ann Lee is a reporter for The Ledger", are
    not read: they also close guest columns about their subject.)
    """
    lo = max(0, len(text) - _TAGLINE_TAIL_CHARS)
    # no substring test first: the pattern, tried at line starts only, costs less
    # than folding the tail to look for the follow words
    for m in _follow_pattern().finditer(text, lo):
        start = m.start()
        end = _line_end(text, start)
        if end - start <= _TAGLINE_CHARS:
            found = _follow_line(text, m, start, end)
            if found is not None:
                yield found


# A German interview's credit line: "Das Gespräch führte Anna Berger.", "Das Interview
# führten Anna Berger und Tom Weiß."
_INTERVIEW = regex.compile(
    r"^[ \t]*+(?:Das|Dieses)\s++(?:Gespräch|Interview)\s++führten?+\s++(?P<names>[^\n]{2,100}+)",
    regex.MULTILINE,
)


def _interview_credits(text: str) -> Iterator[Byline]:
    """Yield the credit line that closes a German interview: "Das Gespräch führte X."."""
    lo = max(0, len(text) - _TAGLINE_TAIL_CHARS)
    if text.find("führte", lo) < 0:
        return  # a plain substring test first
    for m in _INTERVIEW.finditer(text, lo):
        parse = _parse_list(text, *_trim(text, *m.span("names")), role="interviewing")
        if parse is not None and parse.people:
            found = _byline(parse, *_trim(text, m.start(), m.end()), "tail")
            if found is not None:
                yield found


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _follow_line(text: str, m: regex.Match[str], start: int, end: int) -> Byline | None:
    """Parse the line of a follow-line match ``m``."""
    parse = _parse_list(text, *_trim(text, *m.span("names")))
    if parse is None or not parse.people:
        return None
    return _byline(parse, *_trim(text, start, end), "tail")


# A credit that scraping glued to the sentence before it: "... the fund.Contributing: X".
# The credit word is sought first (a fast literal scan); what stands before it is checked
# in code.
_GLUED_CREDIT = regex.compile(r"(?:Contributing|Additional\ reporting|Reporting|Editing)\b")
# The end of the glued sentence: a letter, a full stop, maybe a closing quote.
_GLUED_BEFORE = regex.compile(r"\p{L}[.!?][\"”’]?+$")


def _glued_credits(text: str) -> Iterator[Byline]:
    """Yield credits glued to the end of the sentence before them, in the story's last lines."""
    lo = max(0, len(text) - _TAGLINE_TAIL_CHARS)  # credits close the story
    if not any(text.find(w, lo) >= 0 for w in ("Contributing", "Reporting", "Editing", "l rep")):
        return  # plain substring tests first: most texts hold none of the words
    trials = 0
    for m in _GLUED_CREDIT.finditer(text, lo):
        if not _GLUED_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue
        trials += 1
        if trials > _max_trials(text):
            return
        end = text.find("\n", m.start())
        found = _line_credit(text, m.start(), len(text) if end < 0 else end)
        if found is not None:
            yield found


#: Languages whose papers close agency copy with the agency's name alone.
_LAST_LINE_LANGUAGES = frozenset({"es", "it"})
#: Longest last line read as an agency's name alone ("EFE", "ANSA/AFP").
_LAST_LINE_CHARS = 30


def _agency_last_line(text: str, doc: Document) -> Byline | None:
    """Return the credit of a story whose last line is only agencies: "EFE", "ANSA/AFP".

    Spanish and Italian papers close agency copy with the agency's name on a line of
    its own.  Only news agencies count, only on the text's last line after a blank
    line, and only in those languages: in English wire copy the same line is the
    wire's own transmission sign-off ("Reuter"), not a credit.
    """
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    if start == 0 or end - start > _LAST_LINE_CHARS:
        return None
    if not text[: start - 1].rstrip(" \t\r").endswith("\n"):
        return None  # the line above is not blank: the name ends a sentence or a list
    a, b = _trim(text, start, end)
    orgs = _org_list(text[a:b])
    if not orgs or any(organization_kind(o) != "agency" for o in orgs):
        return None
    if doc.language not in _LAST_LINE_LANGUAGES:
        return None
    return Byline(span=Span(start=a, end=b), organizations=orgs, position="tail")


def _line_trailers(text: str) -> Iterator[Byline]:
    """Yield credits, signatures and desk credits that open a line."""
    pos = 0  # where the next line starts
    prev_blank, before = True, ""
    trials = 0
    # the lines come from one split: most are story text or blank, and cost a
    # str test or two each (a run of blank lines is many empty strings, all the
    # same object, as the split makes them)
    for line in text.split("\n"):
        start = pos
        end = pos = start + len(line)
        pos += 1
        if not line.strip():
            prev_blank = True
            continue
        m = _LINE_TRIGGER.match(text, start, end) if _may_trigger(line) else None
        if m is not None and m.group("desk") and end - start > _MAX_DESK:
            m = None  # "Con el acuerdo, ...": a sentence, too long for a desk credit
        if m is not None and (prev_blank or not _continues_above(line, before)):
            trials += 1
            if trials > _max_trials(text):
                return
            dash = m.group("dash") is not None
            found = _line_credit(text, start, end)
            if (
                found is None
                and dash
                and prev_blank
                and not _after_quote(before)
                and not _LEADING_DASH.match(before)  # a run of dashed lines is a list
            ):
                sig = _DASHED.fullmatch(text, start, end)
                found = _signature(text, sig, start, end) if sig else None
            if found is None:
                found = _desk(text, start, end, "tail")
            if found is not None:
                yield found
        before = line
        prev_blank = False


#: Most lines read as possible trailers in one text.  A story has a few dozen lines
#: that open with a dash or a credit word; this bound keeps a text made of nothing else
#: (a list, a feed, an attack) from costing the parsers' time on every line.
_MAX_LINE_TRIALS = 2000
#: Below that, the bound grows with the text: a base, plus one line per so many
#: characters, so that a short text of nothing but credit lines costs no more per
#: character than a long one.
_BASE_LINE_TRIALS = 100
_CHARS_PER_LINE_TRIAL = 100


def _max_trials(text: str) -> int:
    """Return how many possible trailer lines of ``text`` one finder may read."""
    return min(_MAX_LINE_TRIALS, _BASE_LINE_TRIALS + len(text) // _CHARS_PER_LINE_TRIAL)


def _continues_above(line: str, above: str) -> bool:
    """Return whether a line opening in lower case goes on with the sentence above it."""
    first = line.lstrip()[:1]
    last = above.rstrip()[-1:]
    return first.islower() and (last.isalnum() or last in ",;")


def _after_quote(before: str) -> bool:
    """Return whether the line above ends a quotation ("... he said." then "- Ann Lee")."""
    return before.rstrip(" .\t").endswith(tuple("\"”“’'»«"))


def _line_credit(text: str, start: int, end: int) -> Byline | None:
    """Parse one line as a credit: "Reporting by ...", "--additional reporting by X."."""
    if end - start > _MAX_CREDIT:
        return None
    if text[start:end].lstrip()[:1] == "(" and _PAREN_CREDIT.match(text, start, end):
        return None  # found whole, wrapped lines and all, by the bracket pattern
    head = _CREDIT_START.match(text, start, end)
    found = _credits(text, head.end() if head else start, end, "tail")
    if found is None or all(p.role in _PICTURE_ROLES for p in found.people):
        return None  # "Photo by Ann Lee/Getty Images" credits a picture, not the story
    return found


# The longest line read as a credit: a long Reuters trailer runs to about 600 characters.
_MAX_CREDIT = 1200
_PICTURE_ROLES = lex.MEDIA_ROLES


def _sentence_trailers(doc: Document) -> Iterator[Byline]:
    """Yield "X contributed to this report." and "X reported from Y." sentences."""
    text = doc.text
    hits = [m.start() for m in _SENTENCE_TRIGGER.finditer(text)]
    if not hits:
        return
    k = 0
    for para in doc.paragraphs:
        s, e = para.span.start, para.span.end
        while k < len(hits) and hits[k] < s:
            k += 1
        if k == len(hits):
            return
        if hits[k] >= e:
            continue
        alone = e - s <= _SHORT_PARAGRAPH
        for sent in sentences(text, s, e, language=doc.language):
            got = _sentence_trailer(text, sent.span.start, sent.span.end, alone=alone)
            if got is not None:
                yield got


# A paragraph this short may credit a reporter by surname alone ("Novak reported from ...").
_SHORT_PARAGRAPH = 200


# A line that may hold a trailer: a dash, a role word, a desk word.
# Example: "- Elise Viebeck.", "(Reporting by", "--additional reporting", "Staff and agencies".
_LINE_TRIGGER = regex.compile(
    r"""[ \t\u00a0(]*+(?:(?P<dash>\p{Pd})
    |[Aa]dditional|[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompil|[Tt]ranslat|[Pp]roduced
    |[Ww]ritten|[Ss]tory|[Cc]o-authored|[Rr]esearch|[Pp]hoto|[Vv]ideo|[Cc]inematography
    |[Pp]roduction|[Aa]ssociate|[Gg]raphic|[Cc]ontribut|[Aa]s\ [Ww]ritten|[Oo]riginal
    |[Ss]taff|[Ww]ith|[Ff]rom|[Ww]ire|[Aa]genc|[Nn]ews|[Aa]gentur|[Mm]it|[Ss]ource|[Qq]uelle
    |[Ff]uente|[Ff]onte|[Ee]dit(?:ed|or)|[Cc]ompiled|[Aa]uthor|[Aa]utor|[Pp]odcast|[Tt]ext
    |[Pp]ropos|[Ee]ntretien|[Ee]ntrevista
    |STAFF|WITH|FROM|REPORTING|EDITING
    # words that open only a short desk or agency credit line: "Avec AFP", "Con información de EFE"
    |(?P<desk>[Aa]vec|[Cc]on\ |[Ii]nformaci|[Dd][’']apr|[Ss]elon|[Vv]ia\ |[Dd]e\ nuestr
    |[Dd]e\ notre|[Dd]al\ nostro|[Oo]ur\ corr))""",
    regex.VERBOSE,
)
# What `_LINE_TRIGGER` skips before its words.
_TRIGGER_SKIP = " \t\u00a0("
# The characters read by the test below: a line opening with two of them, an ASCII
# letter first, is tested by its opening alone.
_HEAD_FIRST = frozenset(string.ascii_letters)
_HEAD_SECOND = frozenset(string.ascii_letters + string.digits + string.punctuation + " \t’")
# Every such opening that a trigger may start with ("Re", "ST", "d’"), found by
# partial matching, so that the list cannot fall out of step with the pattern.
_TRIGGER_HEADS = frozenset(
    a + b
    for a in _HEAD_FIRST
    for b in _HEAD_SECOND
    if _LINE_TRIGGER.match(a + b, partial=True) is not None
)


def _may_trigger(line: str) -> bool:
    """Return False when ``line`` cannot match `_LINE_TRIGGER`, judged by its opening.

    Most lines of a story open with a word no trigger opens with ("The", "He",
    "Mr"): two set lookups spare the pattern there.  Lines opening otherwise (a dash,
    a quotation mark, a letter outside ASCII) are left to the pattern.

    Example:
        >>> _may_trigger("The council met."), _may_trigger(" (Reporting by Ann Lee)")
        (False, True)
        >>> _may_trigger("– Ann Lee"), _may_trigger("Über")
        (True, True)
    """
    head = line.lstrip(_TRIGGER_SKIP)[:2]
    if len(head) < 2 or head[0] not in _HEAD_FIRST or head[1] not in _HEAD_SECOND:
        return True
    return head in _TRIGGER_HEADS


# A sentence that may be a trailer.  Example: "contributed", "reported from Cairo".
_SENTENCE_TRIGGER = regex.compile(r"contribut(?:ed|es)\b|reported\s++(?:from|in)\s++\p{Lu}")


def _signature(text: str, m: regex.Match[str], start: int, end: int) -> Byline | None:
    """Parse a dashed signature line: "- Elise Viebeck.", "— Reuters."."""
    a, b = _trim(text, *m.span("names"))
    if a >= b:
        return None
    org = canonical_organization(text[a:b])
    if org is not None:
        return Byline(span=Span(start=start, end=end), organizations=(org,), position="tail")
    parse = _parse_list(text, a, b, min_words=2)
    if parse is None or not 1 <= len(parse.people) <= 3:
        return None
    if any(p.location for p in parse.people):
        return None  # "- Sales up in Europe" is a list item
    s = start + len(text[start:end]) - len(text[start:end].lstrip())
    return _byline(parse, s, end, "tail")


# ---------------------------------------------------------------- agency tags

# A German-language agency tag after a sentence: "(APA, 1.2.2015)", "(red, 3. 4. 2016)",
# "(Markus Bernath aus Athen, 18.12.2015)", "(gpi)"; an unclosed tag may end the text.
_TAG = regex.compile(r"\((?P<body>[^()\n]{1,160}+)(?:\)|=|(?=\s*+\Z))")
# What may stand before an undated tag: text that ends like a sentence ("... gesagt.
# (gpi)", "... „gut.“ (APA)") or a colon, then at most three spaces.
_SENTENCE_END = regex.compile(rf"[{regex.escape(''.join(sorted(ENDS_LIKE_SENTENCE)))}:]\s{{0,3}}+$")


_END_SPACE_AND_STOP = " \t\r\n\f\v\u00a0."


def _tags(doc: Document) -> Iterator[Byline]:
    """Yield agency and author tags like ``(APA, 1.2.2015)``."""
    text = doc.text
    last = len(text.rstrip(_END_SPACE_AND_STOP))  # "... gesagt. (APA)." ends there too
    trials = 0
    for m in _TAG.finditer(text):
        a, b = m.span("body")
        dated = _TAG_DATE.search(text, a, b) is not None
        if not dated and (
            m.end() < last or not _SENTENCE_END.search(text, max(0, m.start() - 5), m.start())
        ):
            continue  # an undated tag ends the story: "... gesagt. (dpa)", "... said. (Reuters)"
        trials += 1
        if trials > _max_trials(text):
            return
        parse = _parse_list(text, a, b, min_words=2, tag=True)
        if parse is None or not (parse.people or parse.orgs):
            continue
        if (
            not dated
            and parse.people
            and (doc.language != "de" or any(" " in p.name or p.role for p in parse.people))
        ):
            continue  # an editor's code ("(gpi)") closes German copy only
        found = _byline(parse, m.start(), m.end(), "tail")
        if found is not None:
            yield found


# ---------------------------------------------------------------- public API


#: Most credits one finder reads in a text.  A story carries a handful (a live blog a
#: few dozen signatures); a text with hundreds is a list or a feed, and reading them
#: all would cost time in proportion to what is found rather than to the text.
_MAX_CREDITS = 100


def find_bylines(text: str, *, language: str | None = None) -> tuple[Byline, ...]:
    r"""Return every byline, desk credit and contributor trailer in ``text``, in order.

    Args:
        text: the story as plain text.
        language: ISO 639-1 code (``"en"``, ``"de"``, ...); detected when None.

    Returns:
        The bylines in text order; empty when the story carries none.  Each finder
        reads at most 100 credits and tries at most 2,000 candidate lines or
        brackets, so any text costs time in proportion to its length.

    Example:
        >>> story = (
        ...     "Talks resume\n\nBy ANNA KOVAC, AP Diplomatic Writer\n\nThe talks went on."
        ...     "\n\n(Reporting by Omar Haddad in Tripoli; Editing by Rob Pullman)"
        ... )
        >>> head, tail = find_bylines(story)
        >>> head.people[0].name, head.people[0].title, head.organizations
        ('Anna Kovac', 'AP Diplomatic Writer', ('Associated Press',))
        >>> [(p.name, p.role, p.location) for p in tail.people]
        [('Omar Haddad', 'reporting', 'in Tripoli'), ('Rob Pullman', 'editing', None)]
        >>> find_bylines("By 2025, the plan will be law.")
        ()
    """
    return _find(Document.analyse(text, language))


def _find(doc: Document) -> tuple[Byline, ...]:
    """Return the bylines of ``doc`` (see `find_bylines`)."""
    finders = (_head(doc.text), _trailers(doc), _tags(doc))
    ranked = [
        (byline.span.start, rank, byline)
        for rank, found in enumerate(finders)
        for byline in itertools.islice(found, _MAX_CREDITS)
    ]
    ranked.sort(key=lambda item: (item[0], item[1]))
    kept: list[tuple[int, Byline]] = []
    for _, rank, byline in ranked:  # of two overlapping finds, the earlier finder wins
        if kept and kept[-1][1].span.overlaps(byline.span):
            if rank < kept[-1][0]:
                kept[-1] = (rank, byline)
            continue
        kept.append((rank, byline))
    return tuple(byline for _, byline in kept)


def parse_byline(line: str, *, language: str | None = None) -> Byline | None:
    """Parse one string that is a byline, credit or trailer, or return None.

    Example:
        >>> b = parse_byline("By Tim Kowalski, The San Diego Union-Tribune")
        >>> b.people[0].name, b.organizations
        ('Tim Kowalski', ('The San Diego Union-Tribune',))
        >>> parse_byline("Von Anna Berger und Jean-Pierre de la Fontaine, dpa").people[1].name
        'Jean-Pierre de la Fontaine'
        >>> parse_byline("By contrast, prices fell.") is None
        True
    """
    line = ensure_str(line, "line")
    found = find_bylines(line, language=language)
    if found:
        return found[0]
    # a line given as a byline may go without a lead word ("Jane Roe, Staff
    # Writer"), which only a line below a story's title is read as in a text
    return _unled_line(line, 0, len(line)) if "\n" not in line.strip() else None
