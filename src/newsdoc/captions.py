"""Photo captions and credits left in scraped text.

HTML extractors drop ``<figure>`` elements when they can and leak their text when
they cannot: a caption line, a credit line ("Jim Ellis/Reuters"), a credit glued
to the end of a paragraph ("...last week.Credit...Lena Park/The New York Times"),
BBC furniture ("Image copyright Getty Images", "Image caption ...") or a gallery
counter ("1 of 4").  :func:`find_captions` finds these units in plain text and
:func:`parse_credit` reads the credit of one caption.

Credits follow the IPTC photo metadata notions: the *creator* of the picture is
the photographer (:attr:`Credit.photographers`) and its *source* the agency or
outlet (:attr:`Credit.agencies`), named the way the shared agency table spells
them.  Wire copy and story text have no captions: a sentence that mentions an
agency ("told Reuters", "the EPA said"), a dateline ("DALLAS (AP) -") or a
"Related:" link is never taken for one.
"""

from __future__ import annotations

import bisect
import collections
import functools
import operator
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Literal, NamedTuple

import attrs
import regex

from newsdoc._grammar import grammar
from newsdoc._lexicon.abbreviations import STRONG
from newsdoc._lexicon.agencies import (
    ORGANIZATIONS,
    canonical_organization,
    organization_kind,
)
from newsdoc._lexicon.caption_furniture import (
    CAPTION_DATE_MONTHS,
    CAPTION_DATE_WEEKDAYS,
    FURNITURE,
    GALLERY_NAVIGATION,
    GALLERY_NOUNS,
    GALLERY_OF,
    SELF_CONTAINED_KEYWORDS,
    SHARE_WORDS,
    furniture_texts,
)
from newsdoc._lexicon.credits import (
    BRACKET_KEYWORDS,
    CAPITALISED_PARTICLES,
    CAPTION_OPENERS,
    CORPORATE_SUFFIXES,
    CREDIT_KEYWORDS,
    FILE_WORDS,
    FURNITURE_LINES,
    GRAPHIC_KEYWORDS,
    HANDOUT_PHRASES,
    HANDOUT_WORDS,
    NAME_PARTICLES,
    NOT_CREDIT_OPENERS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    PLATFORMS,
    POOL_WORDS,
    PRESS_OFFICES,
    ROLE_WORDS,
    SCREEN_KEYWORDS,
    SOURCE_NOUNS,
    STORY_OPENERS,
    STORY_WORDS,
    VIDEO_KEYWORDS,
)
from newsdoc._text import ENDS_LIKE_SENTENCE, Document, Line, display_name_word
from newsdoc._validate import ensure_str
from newsdoc.spans import Span

__all__ = ["Caption", "Credit", "find_captions", "parse_credit"]

CaptionKind = Literal["photo", "video", "graphic"]


@attrs.frozen(kw_only=True)
class Credit:
    """A photo credit: who took the picture and for which agency (IPTC creator and source).

    Attributes:
        span: Where the credit lies in the text it was read from.
        photographers: The people credited for the picture (IPTC "creator"),
            display-normalised ("JANE DOE" -> "Jane Doe").
        agencies: The agencies, picture desks, outlets or platforms credited
            (IPTC "source"), as the shared agency table spells them: its
            canonical name ("REUTERS" -> "Reuters", "EPA-EFE" -> "EPA"), except
            that a short form the table knows is kept as credited ("AP",
            "Getty"); ``canonical_organization`` maps those to the full name.
        file_photo: The picture is a file (archive) picture.
        handout: The picture is a handout ("Handout via Reuters", "Courtesy of ...").
        pool: The picture is a pool picture.

    Example:
        >>> credit = parse_credit("(AP Photo/Dana Reyes, File)")
        >>> credit.photographers, credit.agencies, credit.file_photo
        (('Dana Reyes',), ('AP',), True)
    """

    span: Span
    photographers: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    file_photo: bool = False
    handout: bool = False
    pool: bool = False


@attrs.frozen(kw_only=True)
class Caption:
    """A caption unit: the caption text and its credit.

    Attributes:
        span: The whole unit (caption, credit and furniture such as "Image caption").
        text: The caption without its credit ("" for a bare credit line).
        credit: The credit, or None when the caption carries none.
        kind: ``"photo"``, ``"video"`` or ``"graphic"``; None when unknown.

    Example:
        >>> text = "Crews clear snow in Oslo on Monday. (AP Photo/Dana Reyes)"
        >>> caption = find_captions(text)[0]
        >>> caption.text
        'Crews clear snow in Oslo on Monday.'
        >>> caption.credit.photographers
        ('Dana Reyes',)
    """

    span: Span
    text: str
    credit: Credit | None = None
    kind: CaptionKind | None = None


# ---------------------------------------------------------------- patterns

# The spaces a credit's words are set apart with (the pattern class _SP).
_SP_CHARS = " \t\u00a0\u2009\u202f"
_SP = f"[{_SP_CHARS}]"


def _alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces flexible."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    # (an apostrophe may be typed straight or curly: "Photo d’illustration")
    return "|".join(regex.escape(w).replace(r"\ ", f"{_SP}++").replace("'", "['’]") for w in unique)


def _capitalised_alternation(words: Iterable[str]) -> str:
    """Return an alternation matching ``words`` with a capital first letter, rest in any case.

    Grouped by first letter ("P(?i:hoto|hotograph)|I(?i:mage)"), which the regex
    engine scans far faster than one case-insensitive alternation.
    """
    groups: dict[str, set[str]] = {}
    for word in words:
        groups.setdefault(word[0].upper(), set()).add(word[1:])
    return "|".join(
        f"{regex.escape(first)}(?i:{_alternation(rests)})"
        for first, rests in sorted(groups.items())
    )


def _given_by_phrases() -> frozenset[str]:
    """Return the handout phrases with their last preposition fused with an article too.

    "Foto concessa da" is written "foto concessa dal Comune", "dalla Regione",
    "dall'Ateneo"; "per gentile concessione di", "della famiglia"; "Mit freundlicher
    Genehmigung von" also "vom": each language's contractions in its grammar.
    """
    out: set[str] = set()
    for language, phrases in HANDOUT_PHRASES.items():
        contractions = grammar(language).contractions
        for phrase in phrases:
            out.add(phrase)
            head, _, last = phrase.rpartition(" ")
            out.update(f"{head} {form}" for form, (prep, _) in contractions.items() if prep == last)
    return frozenset(out)


# Handout phrases naming who handed the picture out: "Imagen cedida por", "foto concessa dal".
_GIVEN_BY = _given_by_phrases()
_GIVEN_BY_KEYS = frozenset(p.casefold() for p in _GIVEN_BY)
_ALL_KEYWORDS = {kw for kws in CREDIT_KEYWORDS.values() for kw in kws} | _GIVEN_BY
_KEYWORD_WORDS = _ALL_KEYWORDS | set(BRACKET_KEYWORDS)

# A credit keyword and its separator: "Photo: ", "Photograph by ", "Credit...",
# "Crédit photo : ", "Image copyright", "Image source, ", "Courtesy of ".
_KEYWORD = regex.compile(
    rf"""
    (?P<kw>{_capitalised_alternation(_KEYWORD_WORDS)}|©)
    (?P<sep>
        {_SP}*+(?::|\.{{2,3}}+|…|,){_SP}*+
      | {_SP}++(?i:by|von|de|di|par|por|via|from){_SP}++
      | {_SP}*+
    )
    """,
    regex.VERBOSE,
)

_BY_KEYWORDS = frozenset(
    {
        "photo",
        "photos",
        "photograph",
        "photographs",
        "photo illustration",
        "picture",
        "pictures",
        "image",
        "images",
        "featured image",
        "featured photo",
        "top image",
        "header image",
        "lead image",
        "video",
        "graphic",
        "illustration",
        "map",
        "foto",
        "fotos",
        "fotografía",
        "screenshot",
        "screengrab",
        "screen grab",
        "screen capture",
        *SCREEN_KEYWORDS,  # "Captura de pantalla de RTVE"
    }
)
# Keywords that need no separator: "Image copyrightGETTY IMAGES", "Courtesy Google".
_BARE_KEYWORDS = frozenset(
    {
        "photo credit should read",
        "image copyright",
        "image source",
        "courtesy",
        "courtesy of",
        "photo courtesy",
        "photo courtesy of",
        "photograph courtesy of",
        "image courtesy of",
        "submitted photo",
        "©",
        *_GIVEN_BY_KEYS,
    }
)
# Keywords that stand as a whole credit with nothing after them: "Submitted photo".
_SELF_KEYWORDS = frozenset({"submitted photo"})
# Keywords that may stand before an agency with only a space: "Foto ANSA", "Photo AFP",
# and the picture words with their qualifier ("Photo d'illustration Jo Roy / MAXPPP",
# "Foto de archivo EFE", "Archivbild dpa").
_PHOTO_WORDS = frozenset(
    {
        "photo",
        "foto",
        "photos",
        "fotos",
        "photo d'illustration",
        "photo d'archives",
        "foto de archivo",
        "imagen de archivo",
        "foto d'archivio",
        "archivbild",
        "archivfoto",
    }
)
_BRACKET_ONLY = frozenset(k.casefold() for k in BRACKET_KEYWORDS)


def _keyword_openings() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Return (capital, second letters, rests) for the keywords that may stand bare.

    These are the keywords read without a colon, dots or an ellipsis after them
    ("Photo by", "Image copyright", "Courtesy of", "Foto ANSA"); they are read only
    when their case-folded form is one of ``_BY_KEYWORDS``, ``_BARE_KEYWORDS`` and
    ``_PHOTO_WORDS``, all ASCII but for "fotografía".  Such a keyword opens with its
    capital as written, and its rest lowers to the table's letters (the one letter
    that folds to an ASCII letter without lowering to it, "ſ", folds to "s"), so each
    rest is kept in lower case up to seven characters, cut before an "s" or a letter
    beyond ASCII and after a space (any space: "Lead image", "Top\u00a0image").
    """
    rests: dict[str, set[str]] = {}
    for keyword in _BY_KEYWORDS | _BARE_KEYWORDS | _PHOTO_WORDS:
        if keyword == "©":
            continue  # a mark of its own
        rest = ""
        for char in keyword[1:8]:
            if char == "s" or not char.isascii():
                break
            rest += char
            if char == " ":
                break
        rests.setdefault(keyword[0].upper(), set()).add(rest)
    return tuple(
        (
            capital,
            "".join(sorted({r[:1] for r in group} | {r[:1].upper() for r in group})),
            tuple(sorted(group)),
        )
        for capital, group in sorted(rests.items())
    )


# The opening of each keyword that may stand bare: ("P", "HIhi", ("hoto", "icture")) ...
_KEYWORD_OPENINGS = _keyword_openings()
_OPENING_SPAN = 1 + max(len(r) for _, _, rests in _KEYWORD_OPENINGS for r in rests)
# Every keyword in lower case, spaces single: what may end the text before the colon,
# dots or ellipsis of a keyword credit ("photo credit" in "Photo credit: ...").
_KEYWORD_ENDINGS = tuple(sorted({" ".join(k.casefold().split()) for k in _KEYWORD_WORDS}))
_KEYWORD_REACH = 200

# One part of a credit: a person, an organisation or a modifier, split at the
# credit's separators: "Rita Voss/AFP/Getty Images", "Jasper Colt, USA TODAY",
# "Handout via Reuters", "Getty - Contributor", "Name for The New York Times".
_PART_SPLIT = regex.compile(
    rf"{_SP}*+(?:/(?:{_SP}*+(?i:via)(?={_SP}))?|\||,|;|(?<={_SP})[-–—](?={_SP})"
    rf"|(?<={_SP})(?:via|for|für|pour|para|per|and|und|et|y|e)(?={_SP})){_SP}*+"
)
# ("Kyodo/via REUTERS": a slash and "via" together are one separator)
# A lower-case article opening a credit part after "für"/"pour": "die Kölner Rundschau".
_ARTICLE = regex.compile(
    r"^(?:die|der|das|den|le|la|les|el|il|lo|l['’])(?:\s++|(?<=['’]))(?=\p{Lu})"
)
# A file mark in brackets closing a credit: "Jan Roth (Archiv)", "Reuters (File)".
_BRACKETED_FILE = regex.compile(rf"{_SP}*+\((?i:{_alternation(FILE_WORDS)})\)\.?+$")
# " for " and its translations between a photographer and an outlet: "Jean Dupont pour Le Monde".
_CLIENT_JOINT = regex.compile(rf"{_SP}(?:for|für|pour|para|per){_SP}")
# A client after an agency: "Getty Images for Oslo Fashion Week".
_FOR_CLIENT = regex.compile(
    rf"{_SP}++(?:for|für|pour|para|per){_SP}++(?:(?:die|der|das|den|le|la|les|el|il|lo){_SP}++)?+"
    rf"(?P<client>\p{{Lu}}[^/|,;]{{1,60}}+)$"
)
# A part that is only a dash: the empty photographer's slot of dpa's "Foto: -/Polizei/dpa".
_DASHES = regex.compile(r"\p{Pd}++")
# The press offices of a credit's source slot, lower case: "ufficio stampa quirinale".
_PRESS_OFFICES = tuple(PRESS_OFFICES)
# A picture word opening a bracketed credit, in any case: "(foto ANSA)", "(Foto EFE)".
# A photographer's name and the agency in brackets after it, the Spanish way of
# crediting: "Marta Ibarra (EFE)".
_NAME_THEN_AGENCY = regex.compile(r"(?P<name>[^()]{3,60}?)\s*+\((?P<org>[^()]{2,30})\)?")
# With a by-word it names the photographer alone, the Italian way: "(foto di Anna Neri)".
_BRACKET_PICTURE = regex.compile(
    rf"^(?i:fotos?|photos?)(?:{_SP}++(?P<by>(?i:di|by|von|de|par|por)){_SP}++|{_SP}*+:?+{_SP}*+)"
    r"(?=\p{Lu})"
)
# A word of a name: "Jane", "O'Neil", "Samantha-Jo", "J.", "GETTY", "Alé", "Basse\xadville".
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}\u00ad'’\-]*+\.?|\p{Lu}\.")
# A licence tag inside a credit: "(CC BY-SA 2.0)", "CC BY 4.0", "Public Domain".
_LICENSE = regex.compile(
    r"\(?\b(?:CC[ -]BY(?:-[A-Z]{2}){0,3}+(?: \d\.\d)?|CC0|Public Domain)\b\)?", regex.I
)
# Joints that never sit in a credit line read without a keyword: "and", ";", "//".
_STRICT_REJECT = regex.compile(r"\s(?:and|und|et|y|e)\s|;|//|\[|\]")
# A word of an organisation's name: "ZDNet", "20th", "Apple,", "B&C", "Inc.".
_ORG_WORD = regex.compile(r"[\p{L}\p{N}@][\p{L}\p{N}\p{M}.'’&\-,]*+|&")
# Words that never open a person's name in a credit: "By Jane Smith" is a byline.
_NOT_FIRST_NAMES = frozenset(
    """the by from with and photo photos image picture credit courtesy featured source story
    foto bild von par por""".split()
)
_ORG_LOWER = CORPORATE_SUFFIXES | {"of", "and", "&", "the", "für"}
_GENERATION = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# A web address credited as a source: "onmeth.com", "Shutterstock.com".
_DOMAIN = regex.compile(r"(?:[\p{L}\p{N}\-]++\.)++(?:com|org|net|gov|edu|de|fr|co\.uk|at|it|es)")
# Modifier words glued to an organisation: "Reuters file", "AP Photo", "Getty Images file",
# or joined to it by a hyphen as a desk of the agency: "dpa-Pool" (dpa's pool desk).
_TRAILING_MOD = regex.compile(
    rf"(?:{_SP}++|-)(?P<mod>file{_SP}++photo|file|photos?|images|handout|pool|archives?|files"
    rf"|screenshot|screen{_SP}++grab|screengrab|video)$",
    regex.I,
)
_OPENER_ROLES = ("file_opener", "handout_opener")
# An archive mark opening a caption, from the furniture table: "FILE PHOTO: Traders work
# ...", "ARCHIV - Ein Zug ...", "Photo d'archives. ...", "Foto de archivo: ...".
_FILE_OPENER = regex.compile(
    rf"(?:{_alternation(f.text for f in FURNITURE if f.role in _OPENER_ROLES)})"
    rf"{_SP}*+[:\-–—,.]{_SP}*+"
)
# A handout mark opening a caption, from the furniture table: "HANDOUT - Das Bild ...".
_HANDOUT_OPENER = regex.compile(
    rf"(?:{_alternation(f.text for f in FURNITURE if f.role == 'handout_opener')})"
    rf"{_SP}*+[:\-–—,.]{_SP}*+"
)
# A sentence end or separator after which a trailing credit may start:
# ". REUTERS/Jim Ellis", ". | Getty", ".REUTERS/Jim Ellis" (glued), "? (", " | AP Photo",
# and the dash French sites set before a credit: ". — Jean Dupont / AFP".
_TAIL_START = regex.compile(
    rf"(?:[.!?…]['\"”’)]?+|['\"”’])(?:{_SP}*+\|{_SP}*+|{_SP}++[—–]{_SP}++|{_SP}++|(?=\p{{Lu}}))"
    rf"|[)\]]{_SP}++"
)
# A trailing bracketed group: "(AP Photo/Dana Reyes)", "[File: Reuters]", "(Reuters)".
_BRACKET_TAIL = regex.compile(
    r"[(\[]{_SP}*+(?P<body>[^()\[\]\r\n]{1,140}+)[)\]]\.?+{_SP}*+$".replace("{_SP}", _SP)
)
# A bracket cut off at the end of a truncated caption: "... in March. (Daron Taylo".
_OPEN_TAIL = regex.compile(rf"\.{_SP}++\((?P<body>[^()\r\n]{{3,60}}+)$")
# A caption label and its separator, from the furniture table: "Image caption Smoke rises
# ...", "Bildunterschrift: ...", "Caption: ...".  A label of one word needs its colon
# or comma ("Caption: ..." but not "Caption contest winners").
_LABEL_TEXTS = tuple(f.text for f in FURNITURE if f.role == "caption_label")
_BBC_LABEL = regex.compile(
    rf"""^(?:
        (?P<label>{_alternation(t for t in _LABEL_TEXTS if " " in t or len(t) > 12)})
            {_SP}*+[:,]?+{_SP}*+
      | (?P<label>{_alternation(t for t in _LABEL_TEXTS if " " not in t)}){_SP}*+[:,]{_SP}*+
    )""",
    regex.I | regex.VERBOSE,
)
# A credit label of a keyword pair, from the furniture table: "Copyright: dpa",
# "Image source, Getty Images", "Bildquelle: ARD".  Read only next to a caption label.
_CREDIT_LABEL = regex.compile(
    rf"^(?P<label>{_alternation(f.text for f in FURNITURE if f.role == 'credit_label')})"
    rf"{_SP}*+[:,]{_SP}*+(?P<body>\S.*+)$",
    regex.I,
)
# A credit label and a caption label on one line, as the BBC's furniture flattens:
# "Image copyright AFP Image caption The minister arrives".
_INLINE_PAIR = regex.compile(
    rf"^(?i:image{_SP}++copyright|image{_SP}++source){_SP}*+[:,]?+{_SP}*+"
    rf"(?P<credit>\S[^\r\n]{{0,80}}?){_SP}*+(?P<label>(?i:image|media){_SP}++caption)"
    rf"{_SP}*+[:,]?+{_SP}*+(?P<text>\S.*+)$"
)
# The date of an AP caption: the weekday and the full date, after "on" or a comma:
# "... at the airport in Ankara on Monday, Jan. 4, 2021." (see CAPTION_DATE_WEEKDAYS).
_CAPTION_DATE = regex.compile(
    rf"(?:\bon|,){_SP}++(?:{_alternation(CAPTION_DATE_WEEKDAYS)}),{_SP}++"
    rf"(?:{_alternation(CAPTION_DATE_MONTHS)}){_SP}++\d{{1,2}}+,{_SP}++\d{{4}}+\b"
)
# Reuters' caption date: the place and its country, then the full date closing the
# sentence: "... in Lyon, France, January 4, 2021."
_PLACE_DATE = regex.compile(
    rf",{_SP}++\p{{Lu}}[\p{{L}}.'\-]*+(?:{_SP}\p{{Lu}}[\p{{L}}.'\-]*+){{0,3}}+,{_SP}++"
    rf"(?:{_alternation(CAPTION_DATE_MONTHS)}){_SP}++\d{{1,2}}+,{_SP}++\d{{4}}+\.?+$"
)
# A year of four digits, without which no caption date stands.
_YEAR = regex.compile(r"\d{4}")
# The place of a caption's formula: "in Reno", "at Orlando International Airport".
_CAPTION_PLACE = regex.compile(r"\b(?:in|at|near|outside)\s++\p{Lu}")
# Words of story text telling what happened, not what a picture shows.
_NARRATIVE_WORDS = frozenset(
    "was were had did took held happened occurred began ended born died founded".split()
)
# A gallery counter: "1 of 4", "2/12", "Photo 3 of 9", "Bild 3 von 9", or the
# split "1." "of." "23." lines of some galleries.
_NAVIGATION = rf"(?:{_alternation(GALLERY_NAVIGATION)})"
_COUNTER_CORE = (
    rf"(?:(?:{_alternation(GALLERY_NOUNS)}){_SP}++)?\(?\d{{1,3}}+{_SP}*+"
    rf"(?:{_alternation(GALLERY_OF)}){_SP}*+\d{{1,3}}+\)?"
)
_COUNTER = regex.compile(
    rf"^(?:{_NAVIGATION}{_SP}*+)?{_COUNTER_CORE}\.?(?:{_SP}*+{_NAVIGATION})?$", regex.I
)
# A gallery counter closing a caption line after its last sentence: "... in Oslo. 3 of 12",
# "... in Oslo. Photo 3 of 12".
_TRAILING_COUNTER = regex.compile(rf"(?<=[.!?…]){_SP}++{_COUNTER_CORE}$", regex.I)
_DIGITS = frozenset("0123456789")
# A digit as the engine knows digits (Garay digits too, unlike str.isdigit): "٣".
_DIGIT = regex.compile(r"\d")
# Caption toggles: lines before the caption and lines closing it ("hide caption").
_TRIGGERS = furniture_texts("trigger")
_CLOSERS = furniture_texts("closer")
_TOGGLES = _TRIGGERS | _CLOSERS
# CNN's gallery furniture closing a caption: "... in Des Moines. Hide Caption 3 of 12".
_HIDE_CAPTION = regex.compile(
    rf"{_SP}*+Hide{_SP}++Caption{_SP}++\d{{1,3}}+{_SP}++of{_SP}++\d{{1,3}}+$", regex.I
)
# Words that open a credit part without belonging to the name: "For The Washington Post".
_PART_OPENER = regex.compile(r"^(?:for|für|pour|para|per)\s++", regex.I)
_COUNTER_NUMBER = regex.compile(r"^\d{1,3}+\.$")
_COUNTER_OF = regex.compile(rf"^(?:{_alternation(GALLERY_OF)})\.?$", regex.I)
# A sentence end inside a body: ". " before a capital, but not after an initial ("B. Thomas").
_BODY_SENTENCE = regex.compile(r"(?<![\s.]\p{Lu})(?<!^\p{Lu})\.(?=\s++\p{Lu}|\p{Lu}\p{Ll})")
# Speech and reporting verbs: a paragraph with one is a story paragraph, not a caption.
# A quotation in a paragraph: "“a welfare transfer payment.”".
_QUOTED = regex.compile(r"[“\"«„](?P<inside>[^“”\"«»„\r\n]{1,300}+)[”\"»“]")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-\u00ad.]*+")
# A video player's title line: "Senate vote explained  Play Video2:37", "... Play VIDEO".
_VIDEO_TITLE = regex.compile(r"Play\s*+Video\s*+(?:\d{1,2}+:\d{2}+)?+$", regex.I)
# Where a name is glued to the text before it: "nightJANE", "HampshireJoe".
_NAME_GLUE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
# A picture word in a credit read without a keyword: "AP Photo", "Reuters Pictures".
_PICTURE_WORD = regex.compile(r"(?i:photos?|pictures?|fotos?|images?|bild)\b")
# " via " inside a line: "JANE ROE via Getty Images".
_VIA = regex.compile(r" via ")
# A full stop glued to the next item of page furniture: "Manchester.FlagShare".
_GLUED_STOP = regex.compile(r"\.(?=\p{Lu}\p{Ll})")
# Where a caption is glued to the credit before it: "Images|Kristi" in "Getty ImagesKristi".
_GLUE = regex.compile(r"(?<=\p{Ll}|\p{Lu}\p{Lu})(?=\p{Lu}\p{Ll})")
# The word before a full stop: "R" in "Michael R. Bloomberg", "Mr".
_WORD_BEFORE = regex.compile(r"\p{L}++$")
# " Photo" or " Photos" after an agency: "AP Photo", "Reuters Pictures".
_PHOTO_SUFFIX = regex.compile(rf"{_SP}++(?:Photos?|Pictures)$")
# A caption opener that announces a graphic: "This map shows", "This chart shows".
_GRAPHIC_OPENER = regex.compile(r"this\s++(?:map|graphic|chart)\b", regex.I)
# What never opens a credit read without a keyword: the reading notes of
# ``NOT_CREDIT_OPENERS`` and the bylines' "By" of the other languages ("Von Jana Roth,
# dpa", "Par Jean Roy", "Por Ana Gil | EFE"), which open no caption line either.
_NOT_CREDIT_OPENERS = (*NOT_CREDIT_OPENERS, "von ", "par ", "por ")
# Lines that open like these are boilerplate: "Related: ...", "Read more".
_SKIP_OPENERS = ("related", "read more", "see also", "also on", "more:", "watch:")

# Lines cut from a caption: the longest line newsdoc reads as one.
_MAX_CAPTION = 700
_MAX_CREDIT = 140
_TAIL_WINDOW = 160
# The end of a caption read for a credit without a keyword, and the start read for
# a credit glued before it.
_TAIL_END = 60
_LEAD_WINDOW = 90
# Quotation marks that open a word: "“The", "'We".
_OPENING_MARKS = "\"'“‘„«"
_KEYWORD_SPAN = 250
# The longest line read as a caption beside a credit or after an opener (_captionish).
_MAX_STORY_CAPTION = 320


@functools.cache
def _platforms() -> dict[str, str]:
    return {" ".join(p.casefold().split()): p for p in PLATFORMS}


# ---------------------------------------------------------------- credit bodies


@attrs.frozen
class _Parsed:
    photographers: tuple[str, ...]
    agencies: tuple[str, ...]
    file_photo: bool
    handout: bool
    pool: bool
    known: bool  # at least one organisation from the shared table or a platform
    paired: bool  # two names joined by a slash or "via": "Jim Ellis/ZDNet"


def _norm(word: str) -> str:
    # (an apostrophe may be typed straight or curly: "Capture d’écran")
    return " ".join(word.replace("\u00ad", "").replace("’", "'").casefold().split())


def _display_person(name: str) -> str:
    """Return a person's name for display: "JEWEL SAMAD" -> "Jewel Samad"."""
    name = " ".join(name.split())
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        out = []
        for word in name.split(" "):
            low = word.casefold()
            if low.rstrip(".") in ("ii", "iii", "iv"):
                out.append(word)
            elif low in CAPITALISED_PARTICLES:
                out.append(display_name_word(word))  # "GIORGIO DI MEOLA" -> "Di Meola"
            elif low in NAME_PARTICLES:
                out.append(low)
            else:
                out.append(display_name_word(word))
        return " ".join(out)
    return name


@functools.cache
def _short_names() -> frozenset[str]:
    return frozenset(n for org in ORGANIZATIONS for n in org.names if len(n) <= 3)


def _agency(name: str) -> str | None:
    """Return the display name of a known organisation or platform, else None.

    Names of three letters or fewer match only as the table writes them, so
    "Pa" (Pennsylvania) is not "PA".
    """
    if len(name) <= 3 and name not in _short_names():
        return _platforms().get(_norm(name))
    canonical = canonical_organization(name)
    if canonical is None:
        return _platforms().get(_norm(name))
    return _short_form(name, canonical) or canonical


def _short_form(name: str, canonical: str) -> str | None:
    """Return the table's spelling of ``name`` when it is a short form of ``canonical``.

    A credit that gives only "Getty" or "AP" keeps it ("Getty", "AP"); other
    spellings take the canonical name ("REUTERS" -> "Reuters", "EPA-EFE" -> "EPA").
    """
    key = _norm(name)
    full = canonical.casefold()
    is_prefix = full.startswith(key + " ")
    is_acronym = name.isupper() and len(name) <= 5 and " " not in name and len(name) < len(full)
    if not (is_prefix or is_acronym):
        return None
    return next((n for n in _spellings(canonical) if _norm(n) == key), None)


@functools.cache
def _spellings(canonical: str) -> tuple[str, ...]:
    return next((org.names for org in ORGANIZATIONS if org.canonical == canonical), ())


def _is_person(part: str) -> bool:
    """Return whether ``part`` reads as a person's name: "David T. Foster III"."""
    words = part.split()
    if not 2 <= len(words) <= 6:
        return False
    if words[0].casefold() in _NOT_FIRST_NAMES:
        return False
    if any(w.casefold() in NOT_NAME_WORDS for w in words):
        return False  # "All About Space": a title, not a person
    names = 0
    for word in words:
        low = word.casefold()
        if low.strip(".,") in ORG_WORDS:
            return False
        if low in NAME_PARTICLES or low in _GENERATION:
            continue
        if _NAME_WORD.fullmatch(word) is None:
            return False
        names += 1
    capitals = [w.isupper() for w in words if len(w) > 2 and w.casefold() not in _GENERATION]
    if any(capitals) and not all(capitals):
        return False  # "Live Watch CBSN Live": a person's name is in one case
    return names >= 2


def _is_org(part: str) -> bool:
    """Return whether ``part`` reads as an organisation: "Orlando Sentinel", "ZDNet"."""
    words = part.split()
    if not 1 <= len(words) <= 6:
        return False
    if any(_ORG_WORD.fullmatch(w) is None for w in words):
        return False
    if any(
        w.endswith(".") and len(w) > 3 and w.casefold() not in CORPORATE_SUFFIXES
        for w in words[:-1]
    ):
        return False  # "Model Kit. Apex Tools": two sentences, not a name
    if _DOMAIN.fullmatch(part):
        return True
    first = words[0]
    if not any(c.isalpha() for c in first):
        return False
    if not (first[:1].isupper() or first[:1].isdigit() or first[1:2].isupper()):
        return False  # "iFixit" passes on its second letter
    for word in words[1:]:
        low = word.casefold()
        capital = word[:1].isupper() or word[:1].isdigit()
        if not capital and low not in NAME_PARTICLES and low not in _ORG_LOWER:
            return False
    return True


def _is_surname(part: str) -> bool:
    """Return whether ``part`` is one capitalised word, as a surname in a credit is."""
    return " " not in part and _NAME_WORD.fullmatch(part) is not None and not part.isupper()


def _known_prefix_end(text: str, start: int, end: int) -> int | None:
    """Return where a known organisation that opens ``text[start:end]`` ends, else None."""
    words = text[start : min(end, start + 40)].split(" ")[:4]
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(".,;:)")
        if name and " ".join(name.replace(".", " ").casefold().split()) in _known_keys():
            return start + len(name)
    return None


def _strip_part(part: str) -> str:
    part = part.strip(" \t\u00a0.,;:()[]'\"“”‘’«»©")
    part = _PART_OPENER.sub("", part)  # "For The Washington Post" -> "The Washington Post"
    return _ARTICLE.sub("", part)  # "die Kölner Rundschau" -> "Kölner Rundschau"


def _same_agency(name: str, agencies: list[str]) -> int | None:
    """Return the index of an agency in ``agencies`` that ``name`` spells differently, else None.

    Example:
        >>> _same_agency("Shutterstock", ["REX"]), _same_agency("AFP", ["Reuters"])
        (0, None)
    """
    canonical = canonical_organization(name)
    if canonical is None:
        return None
    for k, other in enumerate(agencies):
        if other != name and canonical_organization(other) == canonical:
            return k
    return None


def _client_of(body: str) -> regex.Match[str] | None:
    """Return the client named after " for " behind a known agency or a name, else None.

    Getty and other agencies credit pictures made on commission as "Name/Getty
    Images for Client", and papers their contributors as "Name for The Paper",
    "Name für die Zeitung", "Name pour Le Journal": the client is an organisation,
    not a second photographer.
    """
    m = _FOR_CLIENT.search(body)
    if m is None:
        return None
    before = body[: m.start()]
    if _known_suffix(before) is None and not _is_person(before.rsplit("/", 1)[-1].strip()):
        return None
    return m


def _platform_seen(parts: Sequence[str]) -> bool:
    """Return whether a social platform is one of a credit's parts ("Twitter/@janeroe")."""
    return any(_norm(p) in _platforms() for p in parts)


def _parse_body(body: str, *, strict: bool) -> _Parsed | None:
    """Read the parts of a credit body: "Rita Voss/AFP/Getty Images", "AP Photo/File"."""
    if not body or len(body) > _MAX_CREDIT:
        return None
    courtesy = _COURTESY.match(body.lstrip("([ "))
    if courtesy is not None:
        # "Courtesy of Jane Roe", "(Photo courtesy of the Montrose family)": a handout
        # of a person, a known body or any provider named in a few words
        given_body = body.lstrip("([ ")[courtesy.end() :].rstrip(")] ")
        given = _parse_body(given_body, strict=strict) or _provider(given_body)
        return None if given is None else attrs.evolve(given, handout=True)
    if strict and _STRICT_REJECT.search(body):
        return None  # "YouTube and Google.", "PRIMARY // GAME ON;": a list, not a credit
    body = _LICENSE.sub("", body)
    file_mark = _BRACKETED_FILE.search(body)
    if file_mark is not None:  # "Jan Roth (Archiv)": a file mark in brackets
        body = body[: file_mark.start()]
    client = _client_of(body)
    if client is not None:  # "Jane Roe/Getty Images for Oslo Fashion Week"
        body = body[: client.start()]
    raw_parts = [_strip_part(p) for p in _PART_SPLIT.split(body)]
    parts: list[str] = []
    for part in raw_parts:
        if parts and part.casefold() in CORPORATE_SUFFIXES:
            dot = "." if part.casefold() in ("inc", "ltd", "corp", "co") else ""
            parts[-1] = f"{parts[-1]}, {part}{dot}"  # "Apple, Inc."
        else:
            parts.append(part)
    people: list[str] = []
    agencies: list[str] = []
    file_photo = handout = pool = known = platform = False
    for part in parts:
        if not part or _DASHES.fullmatch(part):
            continue  # "Foto: -/Feuerwehr/dpa": dpa's empty photographer slot
        low = _norm(part)
        if low.startswith(_PRESS_OFFICES):
            # "ANSA/UFFICIO STAMPA QUIRINALE": a body's press office handed it out
            handout = True
            if (display := _display_org(part)) not in agencies:
                agencies.append(display)
            continue
        if low in FILE_WORDS:
            file_photo = True
            continue
        if low in HANDOUT_WORDS:
            handout = True
            continue
        if low in POOL_WORDS:
            pool = True
            continue
        if low in ROLE_WORDS or (part.startswith("@") and _platform_seen(parts)):
            continue  # "Twitter/@janeroe": the account's handle
        mod = _TRAILING_MOD.search(part) if _agency(part) is None else None
        if mod is not None:
            word = _norm(mod.group("mod"))
            stem = part[: mod.start()]
            if _agency(stem) is not None or word in ("file", "file photo", "files", "archive"):
                file_photo = file_photo or word.startswith(("file", "archive"))
                handout = handout or word == "handout"
                pool = pool or word == "pool"
                part, low = stem, _norm(stem)
        bracketed = _NAME_THEN_AGENCY.fullmatch(part)
        if (
            bracketed is not None
            and _is_person(bracketed.group("name"))
            and (org := _agency(bracketed.group("org"))) is not None
        ):
            # "Foto: Marta Ibarra (EFE)": the photographer, then the agency in brackets
            people.append(_display_person(bracketed.group("name")))
            known = True
            if org not in agencies:
                agencies.append(org)
            continue
        picture = _BRACKET_PICTURE.match(part)
        if picture is not None and _agency(part[picture.end() :]) is not None:
            part = part[picture.end() :]  # "Foto ANSA/Giulio Ferri": the picture word first
            low = _norm(part)
        name = _agency(part)
        if name is None and "-" in part and _agency(part.split("-", 1)[0]) is not None:
            name = part  # "dpa-Zentralbild": a desk of a known agency, as written
        if name is not None:
            known = True
            platform = platform or low in _platforms()
            same = _same_agency(name, agencies)
            if same is not None:
                # "REX/Shutterstock": two spellings of one agency, named once, in full
                agencies[same] = canonical_organization(name) or name
            elif name not in agencies:
                agencies.append(name)
        elif _is_person(part) or (known and _is_surname(part) and "/" in body):
            people.append(_display_person(part))  # "Foto: APA/Fohringer": a surname
        elif _is_org(part):
            display = part if len(part.split()) == 1 else _display_org(part)
            if display not in agencies:
                agencies.append(display)
        else:
            return None
    if client is not None:
        name = client.group("client").strip(" .")
        known = known or _agency(name) is not None
        name = _agency(name) or _display_org(name)
        if name not in agencies:
            agencies.append(name)
    file_photo = file_photo or file_mark is not None
    if platform:  # "Facebook/Jane Roe": the account the picture was taken from
        people = []
        agencies = [a for a in agencies if _agency(a) is not None]
    if not (people or agencies or file_photo or handout or pool):
        return None
    paired = len(people) + len(agencies) >= 2 and ("/" in body or " via " in body)
    dashed = " - " in body or " – " in body or " — " in body or "&" in body
    if strict and dashed and (not known or len(agencies) + len(people) > 1 + int(known)):
        return None  # "ABC News – Breaking News, Latest News": a page title
    if strict and not known:
        letters = [c for c in body if c.isalpha()]
        if (
            not paired
            or all(c.isupper() for c in letters)  # "LIRA/DOLLAR": a wire headline
            or any(c.isdigit() for c in body)
            or "  " in body  # table columns
            or all(len(p.split()) < 2 for p in (*people, *agencies))  # "Meat/Meal"
        ):
            return None
    return _Parsed(
        photographers=tuple(dict.fromkeys(people)),
        agencies=tuple(agencies),
        file_photo=file_photo,
        handout=handout,
        pool=pool,
        known=known,
        paired=paired,
    )


def _display_org(name: str) -> str:
    """Return an unknown organisation for display: "SCIENCE PHOTO LIBRARY" -> title case."""
    letters = [c for c in name if c.isalpha()]
    if len(name.split()) > 1 and letters and all(c.isupper() for c in letters):
        return " ".join(
            w.casefold()
            if w.casefold() in _ORG_JOINERS
            else w
            if len(w) <= 3
            else w[:1] + w[1:].casefold()
            for w in name.split()
        )
    return " ".join(name.split())


# Lower-case words joining an organisation's name: "Ministère des Armées", "Comune di Valdorno".
_ORG_JOINERS = NAME_PARTICLES | {
    "des",
    "of",
    "and",
    "for",
    "für",
    "dei",
    "degli",
    "delle",
    "et",
    "y",
    "und",
}


# ---------------------------------------------------------------- locating credits


@attrs.frozen
class _Found:
    start: int  # the credit as written, keyword and brackets included
    end: int
    parsed: _Parsed
    kind: CaptionKind | None
    keyword: bool


def _opens_credit(text: str, start: int, pos: int) -> bool:
    """Return whether a credit without a colon may start at ``pos``: a line or sentence start."""
    before = text[start:pos].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?…)]|\"”’'(["


def _body_end(text: str, pos: int, end: int, closer: str | None) -> int:
    """Return where a credit body that starts at ``pos`` ends (exclusive)."""
    limit = min(end, pos + _MAX_CREDIT)
    if closer is not None:
        close = text.find(closer, pos, limit)
        return close if close >= 0 else -1
    stop = limit
    bar = text.find(" | ", pos, limit)
    if bar >= 0:
        stop = bar
    sentence = _BODY_SENTENCE.search(text, pos, stop)
    if sentence is not None:
        stop = sentence.start()
    elif stop == limit and limit < end:
        return -1  # runs on past the longest credit: story text
    return stop


def _keyword_credits(text: str, start: int, end: int, *, strict: bool) -> list[_Found]:
    """Return the keyword credits in ``text[start:end]``: "Photo: AP", "(Foto: dpa)"."""
    out: list[_Found] = []
    pos = start
    while pos < end:
        m = _KEYWORD.search(text, pos, end)
        if m is None:
            break
        pos = m.end() if m.end() > m.start() else m.start() + 1
        kw = " ".join(m.group("kw").casefold().replace("’", "'").split())
        sep = m.group("sep")
        if not (m.group("kw")[:1].isupper() or kw == "©"):
            continue
        before = text[m.start() - 1] if m.start() > start else ""
        if before.isalpha() and before.isupper():
            continue  # inside a word in capitals
        opener = before in "([" and before != ""
        strong = ":" in sep or "." in sep or "…" in sep or ("," in sep and kw == "image source")
        if kw in _BRACKET_ONLY and not (opener and strong):
            continue
        if before.isalpha() and not strong and kw not in ("image copyright", "image source"):
            continue  # "NurPhoto via": a keyword inside a name needs a colon
        closing = kw in _SELF_KEYWORDS and text[m.end() : end].strip(" .") == ""
        bbc = kw in ("image copyright", "image source")  # unambiguous, even glued
        if not (strong or closing or bbc) and not _opens_credit(text, start, m.start()):
            continue  # "Hillary Photo From ...": a headline, not a credit
        if not strong:
            sep_word = sep.strip().casefold()
            if sep_word and kw not in _BY_KEYWORDS:
                continue
            if not sep_word and kw not in _BARE_KEYWORDS:
                if kw == "credit" and sep and "/" in text[m.end() : min(end, m.end() + 60)]:
                    pass  # "Credit Doug Lee/The New York Times" (not "Credit Suisse")
                elif kw in SCREEN_KEYWORDS and sep and _source_closes(text, m.end(), end):
                    pass  # "Capture d'écran BFMTV": the channel, closing the line
                elif kw not in _PHOTO_WORDS or not sep:
                    continue
                elif _known_prefix_end(text, m.end(), end) is None and not _slash_credit_after(
                    text, m.end(), end
                ):
                    continue  # "Foto ANSA", "Photo AFP", "Photo Jean Dupont / AFP" only
        elif "," in sep and kw != "image source":
            continue
        body_start = m.end()
        closer = {"(": ")", "[": "]"}.get(before) if opener else None
        if kw in _SELF_KEYWORDS and (body_start >= end or text[body_start:end].strip(" .") == ""):
            bare = _Parsed((), (), False, True, False, False, False)
            out.append(_Found(m.start(), m.end(), bare, "photo", True))
            continue
        body_stop = _body_end(text, body_start, end, closer)
        if body_stop <= body_start:
            continue
        after_bar = _photographer_after_bar(text, body_start, body_stop, end)
        if after_bar is not None:  # "Foto: picture alliance/dpa | Matthias Kerbel"
            body_stop = after_bar
        body = text[body_start:body_stop]
        given_by = kw in ("courtesy", "courtesy of") or kw in _GIVEN_BY_KEYS
        if given_by and not strong:
            rest = text[body_stop:end].strip(" .")
            if rest:
                continue  # "Courtesy of the mayor, the parade ...": a sentence
        parsed = _parse_body(body, strict=False)
        if parsed is None and given_by:
            parsed = _provider(body)  # "Courtesy of the Halvorsen family"
        if parsed is None:
            continue
        if kw in HANDOUT_WORDS or kw in _GIVEN_BY_KEYS:
            parsed = attrs.evolve(parsed, handout=True)
        if kw in FILE_WORDS:
            parsed = attrs.evolve(parsed, file_photo=True)
        credit_start = m.start() - 1 if opener else m.start()
        credit_end = body_stop + 1 if closer is not None else body_stop
        while credit_end > body_start and text[credit_end - 1] in " \t\u00a0":
            credit_end -= 1
        kind: CaptionKind = "photo"
        if kw in VIDEO_KEYWORDS:
            kind = "video"
        elif kw in GRAPHIC_KEYWORDS:
            kind = "graphic"
        out.append(_Found(credit_start, credit_end, parsed, kind, True))
        pos = max(pos, credit_end)
    if strict:
        return out
    return out


def _photographer_after_bar(text: str, body_start: int, body_stop: int, end: int) -> int | None:
    """Return where a photographer's name after " | " closing a credit ends, else None.

    picture alliance credits its pictures "picture alliance/dpa | Name": the agency
    chain, a bar, then the photographer, all one credit.  Read only after a known
    agency and when the name runs to the end of the line.
    """
    if not text.startswith(" | ", body_stop):
        return None
    stop = text.find("\n", body_stop, end)
    stop = end if stop < 0 else stop
    name = text[body_stop + 3 : stop].rstrip(" \t\u00a0.")
    if not _is_person(name) or _known_suffix(text[body_start:body_stop]) is None:
        return None
    return body_stop + 3 + len(name)


# "Courtesy of" opening a bracketed credit, maybe after a picture word: "(Courtesy
# of …)", "(Photo courtesy of …)", "(Image courtesy …)".
# A handout phrase of the other languages opens such a body too: "document remis par
# la préfecture" (after "Photo :"), "imagen cedida por el Ayuntamiento".
_COURTESY = regex.compile(
    r"(?i:(?:photos?|image|picture|foto)\s++)?(?i:courtesy)(?:\s++(?i:of))?\s++(?=\S)"
    rf"|(?i:{_alternation(_GIVEN_BY)})(?:\s++|(?<=['’]))(?=\S)"
)
# A provider of a handout picture that is neither a person nor a known body: "the
# Halvorsen family", "la préfecture de la Drôme" (an article, then up to four words).
_PROVIDER = regex.compile(
    r"(?:(?i:the|la|le|les|el|los|las|il|lo|gli|die|der|das|den|dem)\s++|(?i:l)['’])?"
    r"(?P<who>\p{Lu}?[\p{L}'’-]++(?:\s++[\p{L}'’-]++){0,3})"
)


def _provider(body: str) -> _Parsed | None:
    """Return a handout credit naming its provider as written ("the Halvorsen family").

    After "Courtesy of" any short noun phrase is the one who handed the picture
    out: a family, a school, a club.
    """
    m = _PROVIDER.fullmatch(body.strip(" ."))
    if m is None:
        return None
    return _Parsed((), (m.group("who"),), False, True, False, False, False)


def _source_closes(text: str, pos: int, end: int) -> bool:
    """Return whether one short capitalised name closes the line after ``pos``.

    A screen-capture keyword names the channel or site of its frame bare: "Capture
    d'écran BFMTV", "Screenshot ZDF".  Read only when that name is all the rest.
    """
    rest = text[pos:end].rstrip(" \t\u00a0.")
    return 0 < len(rest) <= 30 and "\n" not in rest and _is_org(rest) and not _is_person(rest)


def _slash_credit_after(text: str, pos: int, end: int) -> bool:
    """Return whether a name, a slash and a known agency close the line after ``pos``.

    The French and Italian credit "Photo Jean Dupont / AFP" sets the picture word
    bare before the photographer: read only when the rest of the line is such a credit.
    """
    rest = text[pos:end]
    joined = "/" in rest or _CLIENT_JOINT.search(rest) is not None
    return len(rest) <= 60 and joined and _known_suffix(rest) is not None


def _bracket_credit(text: str, start: int, end: int, *, strict: bool) -> _Found | None:
    """Return a bracketed credit closing the text: "(Evan Vucci/AP)", "[SpaceX via Nasa]"."""
    window = max(start, end - _TAIL_WINDOW)
    tail = text[max(start, end - 3) : end]
    m = _BRACKET_TAIL.search(text, window, end) if (")" in tail or "]" in tail) else None
    if m is None:
        if "(" not in text[max(start, end - 62) : end]:
            return None
        open_tail = _OPEN_TAIL.search(text, window, end)
        if open_tail is None:
            return None
        parsed = _parse_body(open_tail.group("body"), strict=False)
        if parsed is None or not (parsed.paired or parsed.known):
            return None
        return _Found(open_tail.start() + 1, end, parsed, "photo", False)
    body = m.group("body")
    credit_start = m.start()
    if _norm(body) in FILE_WORDS:  # "(File photo)", "(Archivbild)", "(foto d'archivio)"
        before = text[start : m.start()].rstrip(" \t\u00a0")
        if not before or before[-1] not in ".!?…\"”’'":
            return None
        parsed_file = _Parsed((), (), True, False, False, False, False)
        return _Found(m.start(), _closing(text, m), parsed_file, "photo", False)
    unstopped = False  # the bracket closes a sentence with no stop of its own
    if strict:
        before = text[start : m.start()].rstrip(" \t\u00a0")
        named = _name_before_bracket(text, start, m.start(), body)
        if named is not None:  # "Ana Gil (EFE)": the photographer, then the agency
            credit_start = named
        elif before and before[-1] not in ".!?…\"”’'":
            # "Washington (CNN)", "Sen. Ted Cruz (R-Texas)": not a credit, unless
            # a caption of several words runs up to it ("… before kick-off (Jo
            # Lee/PA)", "… in municipio (ANSA)")
            if not _caption_words_before(text, start, m.start()):
                return None
            unstopped = True
        if text[m.start()] == "[":
            return None  # "[NYT.]", "[IBD/TIPP]": a link to a source, not a credit
    picture = _BRACKET_PICTURE.match(body)
    if picture is not None:
        body = body[picture.end() :]  # "(foto ANSA)": lower case inside brackets
    if picture is not None and picture.group("by") is not None:
        # "(foto di Anna Neri)": the photographer named by the picture word's by-word
        by_name = _parse_body(body, strict=False)
        if by_name is None or not by_name.photographers:
            return None
        return _Found(credit_start, _closing(text, m), by_name, "photo", False)

    first = body.split(None, 1)[0].casefold() if body.split() else ""
    if first in ("reporting", "editing", "writing", "additional", "via", "compiled", "h/t", "hat"):
        return None
    parsed = _parse_body(body, strict=True)
    if parsed is None and not strict:
        parsed = _parse_body(body, strict=False)
        if parsed is not None and not ("/" in body or " via " in body):
            parsed = None
    if parsed is None:
        if _DOMAIN.fullmatch(body.strip(" ."), partial=False) is None:
            return None
        parsed = _Parsed((), (body.strip(" ."),), False, False, False, False, False)
    elif strict and not parsed.known and not parsed.paired and not parsed.handout:
        return None
    if (
        strict
        and not unstopped
        and m.group().rstrip(_SP_CHARS).endswith(".")
        and _story_signoff(text, start, m.start(), parsed, picture)
    ):
        return None  # "... ha detto che ... progetto. (ANSA).": the story's agency
    if unstopped and not (
        parsed.paired
        or picture is not None
        or (parsed.known and _caption_words_before(text, start, m.start(), short=True))
    ):
        # an agency alone closes a caption's line, not a paragraph of the story
        # ("… du CO₂ (EPA)", "… außerhalb des Sonnensystems (dpa)")
        return None
    if credit_start < m.start():
        name = _display_person(text[credit_start : m.start()].strip())
        parsed = attrs.evolve(parsed, photographers=(name, *parsed.photographers))
    return _Found(credit_start, _closing(text, m), parsed, "photo", False)


def _story_signoff(
    text: str, start: int, bracket: int, parsed: _Parsed, picture: regex.Match[str] | None
) -> bool:
    """Return whether a lone news agency in brackets closes a story paragraph.

    ANSA closes a story with its name in brackets and a full stop after the last
    sentence ("... previsti dal progetto. (ANSA)."); the caller checks that stop.  A
    caption closed so has no verb of saying (``STORY_WORDS``): "Operai al lavoro a
    Torino. (ANSA)."; a video's caption, with no stop after its bracket, may report
    what was said ("X said ... (Reuters)").
    """
    if parsed.photographers or len(parsed.agencies) != 1 or picture is not None:
        return False
    if parsed.file_photo or parsed.handout or parsed.pool:
        return False
    if organization_kind(parsed.agencies[0]) != "agency":
        return False
    line_start = max(start, text.rfind("\n", start, bracket) + 1)
    words = text[line_start:bracket].casefold().split()
    return any(w.strip(".,;:!?()\"“”'’«»") in STORY_WORDS for w in words)


# How many words a caption runs to before a bracketed credit with no stop
# between them: a dateline ("Washington (CNN)") or a name with its party has fewer.
_CAPTION_WORDS = 4
# How many words a caption line has at most when only an agency credits it: the
# one-line captions of agency pictures ("Il sindaco in municipio (ANSA)").
_SHORT_CAPTION_WORDS = 12
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*+")


def _caption_words_before(text: str, start: int, bracket: int, *, short: bool = False) -> bool:
    """Return whether a caption of several words, some in lower case, runs up to ``bracket``.

    "Supporters outside the ground before kick-off (Jo Lee/PA)": a sentence with
    no full stop before its credit, as captions are often written; not
    "WASHINGTON (CNN)" nor "Sen. Ted Cruz (R-Texas)".  With ``short``, no longer
    than a caption line (`_SHORT_CAPTION_WORDS`).
    """
    words = text[max(start, text.rfind("\n", start, bracket) + 1) : bracket].split()
    if short and len(words) > _SHORT_CAPTION_WORDS:
        return False
    return len(words) >= _CAPTION_WORDS and any(_LOWER_WORD.match(w) is not None for w in words[1:])


def _closing(text: str, m: regex.Match[str]) -> int:
    """Return where a bracketed credit ends, before the spaces and stop after it."""
    stop = m.end()
    while stop > m.start() and text[stop - 1] in " \t\u00a0.":
        stop -= 1
    return stop


def _name_before_bracket(text: str, start: int, bracket: int, body: str) -> int | None:
    """Return where a photographer's name before a bracketed agency starts, else None.

    Spanish papers credit "Ana Gil (EFE)", "ANA GIL (EFE)": a person's name right
    after the caption's last sentence, then the agency alone in brackets.
    """
    if _agency(body.strip(" .")) is None:
        return None
    chunk = text[max(start, bracket - 60) : bracket]
    cut = max(chunk.rfind(". "), chunk.rfind("? "), chunk.rfind("! "))
    if cut < 0:
        return None
    name = chunk[cut + 2 :].rstrip(" \t\u00a0")
    if not _is_person(name):
        return None
    return bracket - len(chunk) + cut + 2


def _tail_credit(text: str, start: int, end: int, *, strict: bool) -> _Found | None:
    """Return an unbracketed credit closing the text: ". REUTERS/Jim Ellis", ". | Getty"."""
    window = max(start, end - _TAIL_WINDOW)
    stop = end
    while stop > start and text[stop - 1] in " \t\u00a0.":
        stop -= 1
    last = text[max(start, stop - _TAIL_END) : stop]
    if strict and not _ends_like_credit(last):
        return None  # nothing credit-like at the end: the common case, kept cheap
    candidates = [m.end() for m in _TAIL_START.finditer(text, window, end)]
    for cut in candidates:
        body = text[cut:stop]
        if _after_abbreviation(text, start, cut):
            continue
        if strict and body[:1] in "([":
            continue
        if not body or not (body[0].isupper() or body[0].isdigit() or body[1:2].isupper()):
            continue
        if body.casefold().startswith(_NOT_CREDIT_OPENERS) or body.casefold() == "reuter":
            continue
        parsed = _parse_body(body, strict=True)
        if parsed is None and not strict:
            parsed = _parse_body(body, strict=False)
            if parsed is not None and parsed.photographers and not parsed.agencies:
                parsed = None  # a name closing a caption is its subject, not its credit
        if parsed is None:
            continue
        return _Found(cut, stop, parsed, "photo", False)
    return None


def _ends_like_credit(last: str) -> bool:
    """Return whether the end of a caption can hold a credit read without a keyword.

    ``last`` is the caption's last characters: a slash or bar ("REUTERS/Jim Ellis",
    ". | Getty"), or a capitalised known organisation as the last word ("... on
    Monday. Getty Images").
    """
    if "/" in last or "|" in last:
        return True
    final = last.rsplit(None, 1)[-1] if last.strip() else ""
    return final[:1].isupper() and _known_suffix(last) is not None


def _after_abbreviation(text: str, start: int, cut: int) -> bool:
    """Return whether the full stop before ``cut`` closes an initial or title ("R.", "Mr.")."""
    dot = text.rfind(".", max(start, cut - 6), cut)
    if dot < 0 or text[dot + 1 : cut].strip(" \t\u00a0|") != "":
        return False
    word = _WORD_BEFORE.search(text, max(start, dot - 12), dot)
    if word is None:
        return False
    low = word.group().casefold()
    return len(low) == 1 or low in STRONG["en"]


def _lead_credit(text: str, start: int, end: int) -> _Found | None:
    """Return a credit glued before a caption: "Alex Wong | Getty ImagesKristi Noem ..."."""
    for glue in _GLUE.finditer(text, start, min(end, start + _LEAD_WINDOW)):
        after = glue.start()
        name = _known_suffix(text[start:after])
        if name is None or len(name) <= 3:
            continue  # "APRil": short names are never glued
        prefix = text[start : after - len(name)].rstrip(" \t\u00a0")
        if prefix and not prefix.endswith(("/", "|", " via")):
            continue
        parsed = _parse_body(text[start:after], strict=True)
        if parsed is not None:
            return _Found(start, after, parsed, "photo", False)
    return None


def _known_suffix(chunk: str) -> str | None:
    """Return the known organisation that ``chunk`` ends with, as written ("Getty Images")."""
    chunk = chunk.rstrip(" .,;:)]")
    final = chunk[max(chunk.rfind("/"), chunk.rfind(" ")) + 1 :]  # the last word
    if final.isascii() and final.isalpha():  # the common case: "said", "Reuters"
        if final.lower() not in _known_last_words():
            return None
    else:
        last = final.replace(".", " ").casefold().split()
        if not last or last[-1] not in _known_last_words():
            return None  # answered from one set lookup
    words = chunk.rsplit("/", 1)[-1].split(" ")[-4:]
    keys = _known_keys()
    for n in range(len(words), 0, -1):
        name = " ".join(words[-n:])
        if " ".join(name.replace(".", " ").casefold().split()) in keys:
            return name
    return None


@functools.cache
def _known_last_words() -> frozenset[str]:
    """Return the last word of every known organisation's lookup key ("images", "reuters")."""
    return frozenset(key.rsplit(" ", 1)[-1] for key in _known_keys())


@functools.cache
def _known_first_words() -> frozenset[str]:
    """Return the first word of every known organisation's lookup key of several words."""
    return frozenset(key.split(" ", 1)[0] for key in _known_keys() if " " in key)


@functools.cache
def _known_second_words() -> Mapping[str, tuple[str, ...]]:
    """Return the second words of the known organisations' keys, by their first word."""
    seconds: dict[str, set[str]] = {}
    for key in _known_keys():
        words = key.split(" ")
        if len(words) > 1:
            seconds.setdefault(words[0], set()).add(words[1])
    return MappingProxyType({first: tuple(sorted(group)) for first, group in seconds.items()})


@functools.cache
def _known_keys() -> frozenset[str]:
    """Return the lookup keys of every known organisation and platform."""
    names = [n for org in ORGANIZATIONS for n in org.names] + list(PLATFORMS)
    return frozenset(" ".join(n.replace(".", " ").casefold().split()) for n in names)


def _merge(found: list[_Found]) -> _Found | None:
    """Return one credit from several in a caption ("Photo illustration by X. Photo by Y.")."""
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    people: list[str] = []
    agencies: list[str] = []
    for f in found:
        people += [p for p in f.parsed.photographers if p not in people]
        agencies += [a for a in f.parsed.agencies if a not in agencies]
    parsed = _Parsed(
        photographers=tuple(people),
        agencies=tuple(agencies),
        file_photo=any(f.parsed.file_photo for f in found),
        handout=any(f.parsed.handout for f in found),
        pool=any(f.parsed.pool for f in found),
        known=any(f.parsed.known for f in found),
        paired=any(f.parsed.paired for f in found),
    )
    kind = next((f.kind for f in found if f.kind != "photo"), found[0].kind)
    return _Found(
        min(f.start for f in found), max(f.end for f in found), parsed, kind, found[0].keyword
    )


def _locate(text: str, start: int, end: int, *, strict: bool) -> _Found | None:
    """Return the credit of the caption ``text[start:end]``, wherever it sits."""
    if strict and end - start > _KEYWORD_SPAN:  # a credit opens or closes a caption line
        found = _keyword_credits(text, start, start + 90, strict=True)
        found += _keyword_credits(text, end - _TAIL_WINDOW, end, strict=True)
    else:
        found = _keyword_credits(text, start, end, strict=strict)
    if not found and not strict:
        whole = _whole_credit(text, start, end, strict=False)
        if whole is not None:
            found.append(whole)
    if not found:
        tail = _bracket_credit(text, start, end, strict=strict)
        if tail is None:
            tail = _tail_credit(text, start, end, strict=strict)
            before = _bracket_credit(text, start, tail.start, strict=strict) if tail else None
            if tail is not None and before is not None and before.parsed == tail.parsed:
                tail = attrs.evolve(tail, start=before.start)  # "(AP Photo/X) AP Photo/X"
        if tail is not None:
            found.append(tail)
    if not found:
        lead = _lead_credit(text, start, end)
        if lead is not None:
            found.append(lead)
    credit = _merge(found)
    opener = _FILE_OPENER.match(text, start, end) if credit is not None else None
    if credit is not None and opener is not None:
        # "HANDOUT - ..." marks a handout, "FILE - ..." and the others a file picture
        if _HANDOUT_OPENER.match(text, start, end) is not None:
            parsed = attrs.evolve(credit.parsed, handout=True)
        else:
            parsed = attrs.evolve(credit.parsed, file_photo=True)
        credit = attrs.evolve(credit, parsed=parsed)
    return credit


def _to_credit(found: _Found) -> Credit:
    p = found.parsed
    return Credit(
        span=Span(start=found.start, end=found.end),
        photographers=p.photographers,
        agencies=p.agencies,
        file_photo=p.file_photo,
        handout=p.handout,
        pool=p.pool,
    )


def parse_credit(text: str) -> Credit | None:
    """Parse a caption or a bare credit string into a :class:`Credit`, or None.

    The credit may open the caption, close it or be all of it; keywords of
    English, German, French, Spanish and Italian copy are read ("Photo:",
    "Foto:", "Crédit photo :").  The credit's span indexes ``text``.

    Args:
        text: One caption, with its credit, or a credit alone.

    Example:
        >>> c = parse_credit("Firefighters at the port on Monday. REUTERS/Mark Ellison/File Photo")
        >>> c.photographers, c.agencies, c.file_photo
        (('Mark Ellison',), ('Reuters',), True)
        >>> parse_credit("(Rita Voss/AFP/Getty Images)").agencies
        ('AFP', 'Getty Images')
        >>> parse_credit("Foto: dpa").agencies
        ('dpa',)
        >>> parse_credit("Handout via Reuters").handout
        True
        >>> parse_credit("The minister told Reuters on Monday.") is None
        True
    """
    text = ensure_str(text)
    start, end = 0, len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    if end - start > 4 * _MAX_CAPTION:
        start = end - 4 * _MAX_CAPTION  # a credit sits near the end of a long text
    found = _locate(text, start, end, strict=False)
    return _to_credit(found) if found is not None else None


def _whole_credit(text: str, start: int, end: int, *, strict: bool) -> _Found | None:
    """Return the credit that is all of ``text[start:end]``: "CARLA BENTON / REUTERS"."""
    stop = end
    while stop > start and text[stop - 1] in " \t\u00a0.":
        stop -= 1
    body = text[start:stop]
    if not body or stop - start > _MAX_CREDIT:
        return None
    if not (body[0].isupper() or body[0].isdigit() or body[1:2].isupper()):
        return None
    source = False
    if strict and "/" not in body and " via " not in body:
        head = " ".join(body.split(" ", 4)[:4])
        if _known_suffix(body) is None and _known_suffix(head) is None:
            source = _names_a_source(body)
            if not source:
                return None  # no organisation at either end: a headline or a name
    low = body.casefold()
    if low.startswith(_NOT_CREDIT_OPENERS) or low == "reuter":
        return None  # "REUTER": the sign-off of wire copy; "Von Jana Roth, dpa": a byline
    if source:  # "KNA Photo Agency.": an organisation named as a picture source
        name = _agency(body) or _display_org(body)  # "KUNA News Agency" -> "KUNA"
        return _Found(start, stop, _Parsed((), (name,), *_NO_MARKS), "photo", False)
    parsed = _parse_body(body, strict=strict)
    if parsed is None:
        return None
    if strict:
        if not parsed.known and not parsed.paired:
            return None
        letters = [c for c in body if c.isalpha()]
        if not parsed.paired and all(c.isupper() for c in letters) and _is_platform_only(parsed):
            return None  # "FACEBOOK.": the label of an embedded post
        if (
            not parsed.photographers
            and stop == end
            and all(organization_kind(a) == "outlet" for a in parsed.agencies)
        ):
            return None  # "The Washington Post" alone: a site name or byline, unless "Post."
    return _Found(start, stop, parsed, "photo", False)


# No file, handout or pool mark, not a known organisation, not paired.
_NO_MARKS = (False, False, False, False, False)


def _names_a_source(body: str) -> bool:
    """Return whether ``body`` is an organisation's name closed by a picture-source noun."""
    words = body.split()
    acronym = len(words[0]) >= 2 and words[0].isupper()  # "KNA Images", not "Great Pictures"
    return (
        (3 <= len(words) <= 5 or (len(words) == 2 and acronym))
        and words[-1].casefold().strip(".,") in SOURCE_NOUNS
        and _is_org(body)
        and not _is_person(body)
    )


def _is_platform_only(parsed: _Parsed) -> bool:
    platforms = set(_platforms().values())
    return bool(parsed.agencies) and all(a in platforms for a in parsed.agencies)


# ---------------------------------------------------------------- finding captions


def _captionish(line: Line, *, loose: bool, opened: bool = False) -> bool:
    """Return whether a line without a credit reads as a caption next to one."""
    t = line.text
    n = len(t)
    if n < 3 or n > (_MAX_CAPTION if loose else _MAX_STORY_CAPTION):
        return False
    if t.endswith(":") or t[0] in "\"“„«‘'" or t.casefold().startswith(tuple(NOT_CREDIT_OPENERS)):
        return False
    if _norm(t) in FURNITURE_LINES or _is_share_bar(t):
        return False
    if loose:
        return True
    words = [w.strip(".,;:!?()\"“”'’") for w in t.split()]
    if len(words) < 2:
        return False  # white space that lines keep ("\u3000\u3000\u3000"), one word
    if t.endswith("?") or any(w in STORY_WORDS for w in words):  # "may", not "May"
        return False
    if (words[0].casefold() in STORY_OPENERS and not opened) or (
        t.endswith("!") and len(words) < 4
    ):
        return False  # "She expressed ...", "In response to ...", "Sorry!"
    if any(len(q.group("inside").split()) >= 3 for q in _QUOTED.finditer(t)):
        return False  # a quotation of three words or more: story text
    sentences = len(_BODY_SENTENCE.findall(t))
    return sentences <= 1


def _is_share_bar(t: str) -> bool:
    """Return whether a line is a share bar: "Share this article", "Facebook Twitter Email"."""
    words = t.casefold().replace("|", " ").split()
    return len(words) <= 8 and all(w.strip(".,:;·•") in SHARE_WORDS for w in words)


def _same(a: str, b: str) -> bool:
    return _fold_words(a) == _fold_words(b)


def _fold_words(s: str) -> tuple[str, ...]:
    return tuple(w.replace("’", "'").casefold() for w in _WORD.findall(s))


def _prefix_of(short: str, long: str) -> bool:
    """Return whether ``short`` repeats the start of ``long`` (a caption and its preview)."""
    a, b = _fold_words(short), _fold_words(long)
    return 3 <= len(a) <= len(b) and b[: len(a)] == a


def find_captions(text: str, *, language: str | None = None) -> tuple[Caption, ...]:
    r"""Return the photo captions and credit lines in ``text``.

    A unit covers the caption with its credit and any furniture around it
    (BBC's "Image caption", a gallery counter, a caption shown twice), so that
    cutting the spans out leaves the story.  Hard-wrapped wire copy is not read.

    Args:
        text: A document's plain text.
        language: An ISO 639-1 code; None detects it (the credit keywords of
            every supported language are read either way).

    Example:
        >>> text = (
        ...     "The council met on Monday.\n\n"
        ...     "Rescuers search the rubble in Izmir. (Nora Quinn/EPA)\n\n"
        ...     "The mayor told Reuters the work would go on."
        ... )
        >>> [c.span.slice(text) for c in find_captions(text)]
        ['Rescuers search the rubble in Izmir. (Nora Quinn/EPA)']
    """
    # the language is checked only: the keywords of every language are read
    return _find(Document.analyse(text, language))


def _find(doc: Document) -> tuple[Caption, ...]:
    """Return the captions and credit lines of ``doc`` (see `find_captions`)."""
    text, lines = doc.text, doc.scraped_lines
    units: list[_Pending] = []
    used = [False] * len(lines)
    marked = _credit_marks(text, lines)
    memo: dict[tuple[object, ...], _Pending | None] = {}  # this call's units, by window
    repeated = _repeated_texts(lines)
    count = len(lines)
    i = 0
    while i < count:
        if used[i]:
            i += 1
            continue
        again = lines[i].text in repeated
        if again:
            unit = _memo_unit_at(text, lines, i, used, marked[i], memo)
        else:  # a window holding a line seen once cannot come back
            unit = _direct_unit_at(text, lines, i, used, marked[i])
        merged = False
        if unit is not None:
            first, last = unit.first, unit.last
            used[first : last + 1] = _TAKEN * (last + 1 - first)
            if (
                units
                and units[-1].last == first - 1
                and not unit.caption.text
                and (_credit_run(lines, units[-1], unit) or _toggle_tail(lines, units[-1], unit))
            ):
                # "hide caption" / "Jane Roe/NPR" after a caption unit, a run of credit lines
                before = units.pop()
                unit = _Pending(before.first, last, before.caption, before.delta, unit.end)
                merged = first == last == i
            units.append(unit)
        if again and (unit is None or merged):
            # inside a run of identical lines every window is the same: so is the outcome
            far = _same_windows_until(text, lines, i, used)
            if far > i:
                if merged:
                    shift = lines[far].start - lines[i].start
                    units[-1] = units[-1]._replace(last=far, end=units[-1].end + shift)
                    used[i + 1 : far + 1] = _TAKEN * (far - i)
                i = far + 1
                continue
        i = unit.last + 1 if unit is not None else i + 1
    captions = [_materialised(u) for u in units]
    captions.sort(key=lambda c: c.span.start)
    return tuple(captions)


_TAKEN = [True]


def _same_windows_until(text: str, lines: Sequence[Line], i: int, used: list[bool]) -> int:
    """Return the last line whose window reads the same as line ``i``'s, or ``i``.

    Line ``i`` stands inside a run of identical lines (same text, same white space
    between them) that covers its whole window and the two characters before it, and
    the lines before it in its window are all taken or all free: each later line of
    the run, up to a window's reach from the run's end, sees the same window, so
    :func:`_unit_at` would return the same unit for it.
    """
    lo, hi = i - _WINDOW_BACK, i + _WINDOW_AHEAD
    if lo < 1 or hi >= len(lines) or len(set(used[lo:i])) > 1:
        return i
    line = lines[i]
    gap = text[lines[i - 1].end : line.start]

    def same(k: int) -> bool:
        return lines[k].text == line.text and text[lines[k - 1].end : lines[k].start] == gap

    if lines[lo - 1].text != line.text or not all(same(k) for k in range(lo, i)):
        return i
    last = i
    while last + 1 < len(lines) and same(last + 1):
        last += 1
    return max(i, last - _WINDOW_AHEAD)


class _Pending(NamedTuple):
    """A unit found, its caption kept relative to a window until the units are complete.

    ``caption`` has its spans ``delta`` characters before the text's; ``end`` is
    where the unit ends in the text (past the caption's span when later lines joined
    it); ``first`` and ``last`` are its lines.
    """

    first: int
    last: int
    caption: Caption
    delta: int
    end: int


def _materialised(unit: _Pending) -> Caption:
    """Return the caption of ``unit`` with its spans in the text's offsets."""
    caption = _shifted(unit.caption, unit.delta)
    if caption.span.end != unit.end:
        caption = attrs.evolve(caption, span=Span(start=caption.span.start, end=unit.end))
    return caption


# The lines a unit read at line i may look at: back to i - 5 (a caption's preview,
# the caption before a "hide caption" run), on to i + 8 (a split gallery counter and
# the caption block after it).
_WINDOW_BACK = 5
_WINDOW_AHEAD = 8
# Characters before a line that the patterns' look-behinds may read.
_LOOK_BEHIND = 2


def _repeated_texts(lines: Sequence[Line]) -> frozenset[str]:
    """Return the texts of the lines that occur more than once: only their windows repeat.

    Example:
        >>> lines = [Line(0, 1, 0, "a"), Line(2, 3, 0, "b"), Line(4, 5, 0, "a")]
        >>> sorted(_repeated_texts(lines)), _repeated_texts(lines[:2])
        (['a'], frozenset())
    """
    texts = list(map(_LINE_TEXT, lines))
    if len(set(texts)) == len(texts):  # most pages repeat no line: C-level calls only
        return frozenset()
    counts = collections.Counter(texts)
    return frozenset(t for t, n in counts.items() if n > 1)


# The text of a line, read in C.
_LINE_TEXT = operator.itemgetter(Line._fields.index("text"))


def _direct_unit_at(
    text: str, lines: Sequence[Line], i: int, used: list[bool], marked: bool
) -> _Pending | None:
    """Return the unit of :func:`_unit_at` at line ``i``, read without the memo."""
    unit = _unit_at(text, lines, i, used, marked)
    if unit is None:
        return None
    first, last, caption = unit
    return _Pending(first, last, caption, 0, caption.span.end)


def _memo_unit_at(
    text: str,
    lines: Sequence[Line],
    i: int,
    used: list[bool],
    marked: bool,
    memo: dict[tuple[object, ...], _Pending | None],
) -> _Pending | None:
    """Return the unit of :func:`_unit_at`, reading it from ``memo`` when its window was read.

    What :func:`_unit_at` returns depends only on the text of the lines around line
    ``i`` (and the characters just before them), on which of the lines before it
    are taken and on the line's credit mark: a page that repeats the same lines
    (furniture, a credit line on every picture, adversarial input) reads each
    distinct window once.  The memo lives as long as one call.
    """
    lo = i - _WINDOW_BACK if i >= _WINDOW_BACK else 0
    hi = i + _WINDOW_AHEAD if i + _WINDOW_AHEAD < len(lines) else len(lines) - 1
    base = lines[lo].start - _LOOK_BEHIND if lines[lo].start >= _LOOK_BEHIND else 0
    key = (
        text[base : lines[hi].end],
        lines[i].start - base,
        i - lo,
        hi - i,
        tuple(used[lo:i]),
        marked,
    )
    if key in memo:
        seen = memo[key]
        if seen is None:
            return None
        return _Pending(
            i + seen.first, i + seen.last, seen.caption, base, seen.caption.span.end + base
        )
    unit = _unit_at(text, lines, i, used, marked)
    if unit is None:
        memo[key] = None
        return None
    first, last, caption = unit
    relative = _shifted(caption, -base)
    memo[key] = _Pending(first - i, last - i, relative, 0, 0)
    return _Pending(first, last, relative, base, caption.span.end)


def _shifted(caption: Caption, delta: int) -> Caption:
    """Return ``caption`` with its spans and its credit's moved by ``delta`` characters."""
    span = Span(start=caption.span.start + delta, end=caption.span.end + delta)
    credit = caption.credit
    if credit is not None:
        same = credit.span == caption.span  # a bare credit line: one span for both
        credit = Credit(
            span=span
            if same
            else Span(start=credit.span.start + delta, end=credit.span.end + delta),
            photographers=credit.photographers,
            agencies=credit.agencies,
            file_photo=credit.file_photo,
            handout=credit.handout,
            pool=credit.pool,
        )
    return Caption(
        span=span,
        text=caption.text,
        credit=credit,
        kind=caption.kind,
    )


def _credit_run(lines: Sequence[Line], before: _Pending, unit: _Pending) -> bool:
    r"""Return whether ``unit`` is a bare credit line right after a bare credit line.

    A run of credit lines with no caption between them ("AFP\nGetty Images") is one
    block of picture furniture: the unit covers it whole, with its first credit.
    """
    first = unit.first
    return (
        unit.caption.text == ""
        and before.caption.text == ""
        and first == unit.last
        and before.last == first - 1
        and lines[first].block == lines[first - 1].block
    )


def _toggle_tail(lines: Sequence[Line], before: _Pending, unit: _Pending) -> bool:
    """Return whether ``unit`` is only caption toggles and credits closing the unit before it."""
    first = unit.first
    return (
        unit.caption.text == ""
        and before.last == first - 1
        and len(lines[first].text) <= 40
        and _norm(lines[first].text) in _TOGGLES
        and lines[first].block - lines[first - 1].block <= 1
    )


def _furniture_unit(
    text: str, lines: Sequence[Line], i: int, used: list[bool]
) -> tuple[int, int, Caption] | None:
    """Return the unit that a furniture line opens: a toggle, a label, a counter."""
    line = lines[i]
    t = line.text
    norm = _norm(t) if len(t) <= 40 else ""
    if norm in _TOGGLES:
        return _toggle_unit(text, lines, i, used, closer=norm in _CLOSERS)
    label = _BBC_LABEL.match(t)
    if (
        label is not None
        and not _credit_after_label(text, line, label)
        and (not _media_label(label) or _media_caption(text, line, label))
    ):
        return _labelled_unit(text, lines, i, used, label)
    inline = _INLINE_PAIR.match(t)
    if inline is not None:
        return _inline_pair_unit(text, line, i, inline)
    pair = _CREDIT_LABEL.match(t)
    if pair is not None:
        unit = _credit_label_first_unit(text, lines, i, pair)
        if unit is not None:
            return unit
    if _COUNTER.match(t) or ((t[0] in _DIGITS or not t[0].isascii()) and _counter_run(lines, i)):
        return _gallery_unit(text, lines, i)
    return None


def _furniture_prefixes() -> frozenset[str]:
    """Return the first three characters, lowered, of the furniture words of three or more."""
    words = [f.text for f in FURNITURE if f.role not in _OPENER_ROLES]
    words += [*GALLERY_NOUNS, *GALLERY_NAVIGATION]
    return frozenset(w[:_PREFIX].lower() for w in words if len(w) >= _PREFIX)


# How many characters of a line the furniture pre-filter compares.
_PREFIX = 3
# The openings of the furniture words: "ima" (Image caption), "bil" (Bildunterschrift).
_FURNITURE_PREFIXES = _furniture_prefixes()
# Characters that open furniture on their own: the digits and bracket of a counter,
# the arrows of a gallery's navigation.
_FURNITURE_SINGLE = frozenset("0123456789(<>")


def _may_open_furniture(t: str) -> bool:
    """Return whether a line may open with a furniture word (see :func:`_furniture_unit`).

    The patterns are anchored at the line's start and fold ASCII letters only to
    ASCII letters or to letters beyond ASCII ("K" and the Kelvin sign): a line whose
    first three characters are ASCII and open no furniture word cannot match them; a
    line opening beyond ASCII, or shorter, is always tried.
    """
    head = t[:_PREFIX]
    if not head.isascii() or head[:1] in _FURNITURE_SINGLE or len(head) < _PREFIX:
        return True
    return head.lower() in _FURNITURE_PREFIXES


def _unit_at(
    text: str, lines: Sequence[Line], i: int, used: list[bool], marked: bool
) -> tuple[int, int, Caption] | None:
    """Return the caption unit that line ``i`` belongs to, as (first, last, caption)."""
    line = lines[i]
    t = line.text
    low = t[:24].casefold()
    if t.endswith(":") or low.startswith(_SKIP_OPENERS):
        return None
    if _may_open_furniture(t):
        unit = _furniture_unit(text, lines, i, used)
        if unit is not None:
            return unit
    # the hide pattern ends in a digit, ASCII or not
    last = t[-1]
    if last in _DIGITS or (not last.isascii() and _DIGIT.match(last) is not None):
        hide = _HIDE_CAPTION.search(t) or _TRAILING_COUNTER.search(t)
        if hide is not None:  # "Supporters cheer in Des Moines. Hide Caption 3 of 12"
            found = _locate(text, line.start, line.start + hide.start(), strict=True)
            cut = found.start if found is not None else line.start + hide.start()
            caption = Caption(
                span=Span(start=line.start, end=line.end),
                text=text[line.start : cut].strip(" \t\u00a0|"),
                credit=_to_credit(found) if found is not None else None,
                kind="photo",
            )
            return i, i, caption
    length = line.end - line.start
    whole = (
        _whole_credit(text, line.start, line.end, strict=True) if length <= _MAX_CREDIT else None
    )
    if whole is not None and not _runs_on(lines, i, used, weak=not whole.parsed.known):
        credit_line = _credit_line_unit(text, lines, i, whole, used)
        if credit_line is not None:
            return credit_line
    if length > _MAX_CAPTION:
        return _glued_tail_unit(text, lines, i)
    if marked or _may_hold_unmarked_credit(text, line):
        unit = _credit_unit(text, lines, i, used)
        if unit is not None:
            return unit
    if length > _MAX_STORY_CAPTION:
        return None  # too long for an opener, a trigger or a repeat
    if low.startswith(CAPTION_OPENERS) and _captionish(line, loose=False, opened=True):
        return _opener_unit(text, lines, i)
    if i == 0:
        return None  # a title shown twice is not a caption
    repeat = _repeat_unit(text, lines, i)
    if repeat is not None:
        return repeat
    return _dated_unit(text, lines, i)


def _dated_unit(text: str, lines: Sequence[Line], i: int) -> tuple[int, int, Caption] | None:
    """A caption without credit that carries a wire caption's date.

    AP's: "... in Reno, Nev., on Tuesday, Nov. 1, 2022."; Reuters': "... in Lyon,
    France, January 4, 2021." (the sentence closes with the date).  The caption is a
    paragraph of its own that reads like one (short, no speech or modal verb, no long
    quotation) and whose first sentence follows the formula: a place ("in Reno"), then
    the full date with its weekday or closing the sentence, which story text does not
    write; a past auxiliary ("was", "took place") marks story text.
    """
    line = lines[i]
    t = line.text
    if ("19" not in t and "20" not in t) or _YEAR.search(t) is None:
        return None  # no year of the last two centuries: the common case, answered cheaply
    alone = lines[i - 1].block != line.block and (
        i + 1 >= len(lines) or lines[i + 1].block != line.block
    )
    if not alone:
        return None
    date = _CAPTION_DATE.search(line.text) or _PLACE_DATE.search(line.text)
    if date is None or _BODY_SENTENCE.search(line.text, 0, date.start()) is not None:
        return None
    if not _captionish(line, loose=False):
        return None
    before = line.text[: date.start()]
    if _CAPTION_PLACE.search(before) is None:
        return None  # the formula names the place before the date: "in Reno, Nev., on ..."
    if any(w in _NARRATIVE_WORDS for w in before.casefold().split()):
        return None  # "The election took place on ...": story text telling what happened
    caption = Caption(
        span=Span(start=line.start, end=line.end), text=line.text, credit=None, kind="photo"
    )
    return i, i, caption


def _credit_unit(
    text: str, lines: Sequence[Line], i: int, used: list[bool]
) -> tuple[int, int, Caption] | None:
    """Return the unit of line ``i`` read from a credit in it: a keyword, a tail, a pipe."""
    line = lines[i]
    found = _locate(text, line.start, line.end, strict=True)
    if found is not None:
        if found.start <= line.start + 1 and found.end >= line.end - 1:
            return _credit_line_unit(text, lines, i, found, used)
        glued = _glued_credit_unit(text, line, found)
        if glued is None and _self_contained(text, found) and found.end >= line.end - 1:
            # "... on Monday.Featured image via Getty Images": the page's picture, not
            # a caption of the sentence before
            glued = Caption(
                span=Span(start=found.start, end=found.end), text="", credit=_to_credit(found)
            )
        if glued is not None:
            return i, i, glued
        return _caption_line_unit(text, lines, i, found, used)
    piped = _pipe_credit(text, line.start, line.end)
    if piped is not None:
        caption = Caption(
            span=Span(start=line.start, end=piped.end),
            text=text[line.start : piped.start].strip(" \t\u00a0|"),
            credit=_to_credit(piped),
            kind="photo",
        )
        return i, i, caption
    if " via " in line.text:
        glued = _glued_via_unit(text, line)
        if glued is not None:
            return i, i, glued
    return None


def _credit_marks(text: str, lines: Sequence[Line]) -> list[bool]:
    """Return, for each line, whether a credit's mark or a bare keyword's opening lies in it.

    With :func:`_may_hold_unmarked_credit`, an exact pre-filter: :func:`_credit_unit`
    finds nothing in a line that has neither, so the line skips its patterns.  A
    credit needs one of these in its line:

    - a slash, a bar, "©" or " via" ("REUTERS/Jim Ellis", ". | Getty", "Handout via
      Reuters");
    - a closing bracket among the last three characters or an opening one among
      the last 62 (``_bracket_credit``: "(AP Photo/Dana Reyes)", cut: "(Daron Taylo");
    - a colon, two dots or an ellipsis right after a keyword ("Photo: dpa",
      "Credit..."), see :func:`_keyword_before`;
    - the opening of a keyword read without them ("Photo by", "Courtesy of", "Image
      copyright", "Foto ANSA"), see ``_KEYWORD_OPENINGS``; a bare "Credit" needs a
      slash.

    One search per character over the whole text, then a look at each hit: story
    paragraphs hold few.
    """
    starts = [ln.start for ln in lines]
    marked = [False] * len(lines)
    for lo, hi in _read_spans(lines):
        _mark_span(text, lines, starts, lo, hi, marked)
    return marked


def _read_spans(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """Return the spans of text whose lines the credit patterns may read.

    Runs of lines no longer than ``_MAX_CAPTION`` with no left-out block between them
    (wire copy, dropped whole, or a paragraph read only for a glued credit): the
    marks need not be looked for anywhere else.
    """
    spans: list[tuple[int, int]] = []
    previous: Line | None = None
    for line in lines:
        if line.end - line.start > _MAX_CAPTION:
            previous = None
            continue
        if previous is not None and line.block - previous.block <= 1 and spans:
            spans[-1] = (spans[-1][0], line.end)
        else:
            spans.append((line.start, line.end))
        previous = line
    return spans


def _mark_span(
    text: str, lines: Sequence[Line], starts: list[int], lo: int, hi: int, marked: list[bool]
) -> None:
    """Mark the lines of ``text[lo:hi]`` that hold a credit's mark (see :func:`_credit_marks`)."""
    find = text.find

    def line_of(pos: int) -> int:
        k = bisect.bisect_right(starts, pos) - 1
        return k if k >= 0 and pos < lines[k].end else -1

    for mark in ("/", "|", "©", " via"):
        pos = find(mark, lo, hi)
        while pos >= 0:
            k = line_of(pos)
            if k >= 0:
                marked[k] = True
            pos = find(mark, pos + 1, hi)
    for bracket, reach in ((")", 3), ("]", 3), ("(", 62)):
        pos = find(bracket, lo, hi)
        while pos >= 0:
            k = line_of(pos)
            if k >= 0 and pos >= lines[k].end - reach:
                marked[k] = True
            pos = find(bracket, pos + 1, hi)
    for sep in (":", "…", ".."):
        pos = find(sep, lo, hi)
        while pos >= 0:
            k = line_of(pos)
            if k >= 0 and not marked[k] and _keyword_before(text, lines[k].start, pos):
                marked[k] = True
            pos = find(sep, pos + len(sep), hi)
    for capital, seconds, rests in _KEYWORD_OPENINGS:  # str.find beats a pattern here
        pos = find(capital, lo, hi)
        while pos >= 0:
            if text[pos + 1 : pos + 2] in seconds:
                rest = text[pos + 1 : pos + _OPENING_SPAN].lower()
                if not rest.startswith(rests) and ("\t" in rest or not rest.isascii()):
                    for space in _SP_CHARS[1:]:  # "Top\u00a0image": any space is a space
                        rest = rest.replace(space, " ")
                if rest.startswith(rests):
                    k = line_of(pos)
                    if k >= 0:
                        marked[k] = True
            pos = find(capital, pos + 1, hi)


def _keyword_before(text: str, start: int, pos: int) -> bool:
    """Return whether a credit keyword may end ``text[start:pos]`` (a line up to a colon).

    A keyword has at most three words, set apart by spaces, so it ends the last
    three whitespace-separated words, the first maybe glued to what precedes it
    ("NurPhoto:"); in ASCII text, case folding is lower-casing.  Text beyond ASCII
    may spell a keyword with letters the pattern folds ("CRÉDIT"), so it is kept.
    Only the last ``_KEYWORD_REACH`` characters are read, so that a line of ten
    thousand colons stays linear; when they hold fewer than four words the keyword
    may have been cut, so the line is kept.
    """
    cut = max(start, pos - _KEYWORD_REACH)
    words = text[cut:pos].split()[-4:]
    if cut > start and len(words) < 4:
        return True
    if not all(map(str.isascii, words)):
        return True
    return " ".join(words).lower().endswith(_KEYWORD_ENDINGS)


def _may_hold_unmarked_credit(text: str, line: Line) -> bool:
    """Return whether a credit can sit in a line without a mark (see :func:`_credit_marks`).

    Only two can: a tail credit that ends in a capitalised known organisation
    ("... on Monday. Getty Images"; the test of ``_tail_credit``, on the same
    characters), and a credit glued before the caption with nothing before its
    name ("Getty ImagesKristi Noem ..."): a known organisation opens the line, so
    its first word glues two words or opens a known name of several words, whose
    second word opens the line's second word.
    """
    t = line.text
    # the last _TAIL_END characters before the closing spaces and stops
    end = t[-_TAIL_END - 20 :].rstrip(" \t\u00a0.")
    if len(end) < _TAIL_END and len(t) > _TAIL_END + 20:
        end = t.rstrip(" \t\u00a0.")
    last = end[-_TAIL_END:]  # no slash or bar: a known organisation must close it
    final = last[last.rfind(" ") + 1 :]
    if not final.isprintable():  # other white space: split as _tail_credit does
        final = (last.rsplit(None, 1) or [""])[-1]
    if final[:1].isupper() and _known_suffix(last) is not None:
        return True
    first = t[:_LEAD_WINDOW].split(" ", 1)[0]
    if first.isascii() and first.isalpha():  # the common case: "The", "Trump", "McCain"
        rest = first[1:]
        if rest.islower() or rest.isupper() or not rest:  # no glue in it
            seconds = _known_second_words().get(first.lower())
            if seconds is None:
                return False
            second = t[len(first) + 1 : _LEAD_WINDOW].split(" ", 1)[0]
            key = second.replace(".", " ").casefold().split()
            if key and not key[0].startswith(seconds):
                return False
        return _lead_credit(text, line.start, line.end) is not None
    pieces = first.replace(".", " ").casefold().split()
    if not pieces or pieces[0] in _known_first_words() or _glues(first):
        return _lead_credit(text, line.start, line.end) is not None
    return False


def _glues(word: str) -> bool:
    """Return whether ``word`` may glue two words: a capital after a letter ("ImagesKristi").

    Past the first letter, and in ASCII only where capitals and small letters mix;
    beyond ASCII the engine's letter classes may know more letters than str's.
    Quotation marks opening the word and apostrophes are no letters.
    """
    rest = word.lstrip(_OPENING_MARKS)[1:].replace("’", "")
    return not rest.isascii() or (rest != rest.lower() and rest != rest.upper())


def _glued_tail_unit(text: str, lines: Sequence[Line], i: int) -> tuple[int, int, Caption] | None:
    """A credit glued to the end of a long paragraph: "...last week.Credit...Lena Park/NYT"."""
    line = lines[i]
    start = line.end - _TAIL_WINDOW
    found = _keyword_credits(text, start, line.end, strict=True)
    credit = found[-1] if found else None
    if credit is None or credit.end < line.end - 1 or text[credit.start - 1].isspace():
        return None
    caption = Caption(
        span=Span(start=credit.start, end=credit.end), text="", credit=_to_credit(credit)
    )
    return i, i, caption


def _runs_on(lines: Sequence[Line], i: int, used: list[bool], *, weak: bool) -> bool:
    """Return whether line ``i`` continues the sentence of the line before it ("told Reuters.").

    The line before must end in a word in lower case or a comma: a line taken by a
    unit ("Jane Roe/Reuters"), a title in capitals ("How the Economy Works") or a
    share bar ("Share") is not a sentence running on.
    """
    if i == 0 or lines[i - 1].block != lines[i].block or used[i - 1]:
        return False
    before = lines[i - 1].text
    last = before[-1:]
    if last == ",":
        return True
    final = before[before.rfind(" ") + 1 :]
    # "... said in a statement to" runs on; "How the Economy Works", a title, does not,
    # unless the credit names no known organisation (weak evidence of a credit line)
    lower = final[:1].islower() or (weak and last.islower())
    return last.islower() and lower and not _is_share_bar(before)


def _pipe_credit(text: str, start: int, end: int) -> _Found | None:
    """Return a credit after " | " that runs into the next item of a teaser list.

    Example of the layout: "Kaine visits the club. | Jo Lee/POLITICO Kaine visits ...".
    """
    bar = text.find(" | ", start, end)
    if bar < 0 or text[bar - 1 : bar] not in ENDS_LIKE_SENTENCE:
        return None  # "Headline | Reuters Video": a page title, not a caption
    body_start = bar + 3
    best: _Found | None = None
    limit = min(end, body_start + _MAX_CREDIT)
    space = text.find(" ", body_start, limit)
    while space >= 0:  # the credit ends before a capital: "Jo Lee/POLITICO Kaine visits"
        following = text[space + 1 : space + 2]
        chunk = _PHOTO_SUFFIX.sub("", text[body_start:space])
        if (following.isupper() or following.isdigit()) and _known_suffix(chunk):
            parsed = _parse_body(text[body_start:space], strict=True)
            if parsed is not None:
                best = _Found(body_start, space, parsed, "photo", False)
        space = text.find(" ", space + 1, limit)
    if best is None or best.end >= end:
        return None  # at the end of the line the tail reader has it
    return best


def _glued_via_unit(text: str, line: Line) -> Caption | None:
    """A credit and caption glued inside a line of page furniture (a live blog's feed).

    Example of the layout: "9:12PMDebate nightJANE ROE via Getty ImagesCandidates
    walk on stage in Manchester.FlagShareReply": the credit runs from the glued name
    to the agency, the caption from there to its full stop.
    """
    for via in _VIA.finditer(text, line.start, line.end):
        glue = _GLUE.search(text, via.end(), min(line.end, via.end() + 40))
        if glue is None or _agency(text[via.end() : glue.start()]) is None:
            continue  # the caption is glued to the agency: "Getty ImagesCandidates"
        name = glue.start()
        words = text[max(line.start, via.start() - 60) : via.start()].split(" ")[-3:]
        name_start = -1
        offset = via.start()
        for word in reversed(words):
            offset -= len(word) + 1
            cuts = [g.start() for g in _NAME_GLUE.finditer(word)]
            if cuts:
                name_start = offset + 1 + cuts[-1]
                break
        if name_start < 0:
            continue  # the name must be glued to what comes before it, or the guess is blind
        parsed = _parse_body(text[name_start:name], strict=True)
        if parsed is None or not parsed.photographers:
            continue
        stop = _GLUED_STOP.search(text, name, line.end)
        caption_end = stop.start() + 1 if stop is not None else line.end
        return Caption(
            span=Span(start=name_start, end=caption_end),
            text=text[name:caption_end],
            credit=Credit(
                span=Span(start=name_start, end=name),
                photographers=parsed.photographers,
                agencies=parsed.agencies,
            ),
            kind="photo",
        )
    return None


def _opener_unit(text: str, lines: Sequence[Line], i: int) -> tuple[int, int, Caption]:
    """A caption that opens like one ("This map shows ..."), with a bare source line after it."""
    line = lines[i]
    first = last = i
    credit: Credit | None = None
    if i > 0 and _alt_text(lines, i - 1):
        first = i - 1  # the image's title just before: "Mayor's new bridge"
    if i + 1 < len(lines) and lines[i + 1].block == line.block:
        nxt = lines[i + 1]
        words = nxt.text.rstrip(".").split()
        if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            parsed = _parse_body(nxt.text, strict=False)
            if parsed is not None:  # a source line: "City Utilities", "White House"
                name = _agency(nxt.text.rstrip(".")) or _display_org(nxt.text.rstrip("."))
                last = i + 1
                credit = Credit(span=Span(start=nxt.start, end=nxt.end), agencies=(name,))
    caption = Caption(
        span=Span(start=lines[first].start, end=lines[last].end),
        text=line.text,
        credit=credit,
        kind="graphic" if _GRAPHIC_OPENER.match(line.text) else "photo",
    )
    return first, last, caption


def _alt_text(lines: Sequence[Line], k: int) -> bool:
    """Return whether line ``k`` is an image title opening the block of the caption after it."""
    line = lines[k]
    opens_block = k == 0 or lines[k - 1].block != line.block
    return (
        opens_block
        and lines[k + 1].block == line.block
        and len(line.text) <= 80
        and line.text[-1:] not in '.!?:;,"”'
    )


def _caption(
    text: str, lines: Sequence[Line], first: int, last: int, found: _Found | None, body: Line | None
) -> Caption:
    """Build a caption spanning lines ``first..last`` with ``body`` as its text line."""
    caption_text = ""
    if body is not None:
        s, e = body.start, body.end
        if found is not None and body.start <= found.start < body.end:
            if found.start - body.start <= 1 and found.end < body.end:
                s = found.end  # a credit glued before the caption
            else:
                e = found.start
        opener = _FILE_OPENER.match(text, s, e)
        if opener is not None:
            s = opener.end()
        caption_text = text[s:e].strip(" \t\u00a0|—–-")
    kind: CaptionKind | None = found.kind if found is not None else "photo"
    return Caption(
        span=Span(start=lines[first].start, end=lines[last].end),
        text=caption_text,
        credit=_to_credit(found) if found is not None else None,
        kind=kind,
    )


def _credit_line_unit(
    text: str, lines: Sequence[Line], i: int, found: _Found, used: list[bool]
) -> tuple[int, int, Caption] | None:
    """A line that is only a credit, with the caption line next to it when there is one.

    The caption may stand before the credit or after it, on the next line of the same
    block or alone in the block next to a credit alone in its own.  A credit that is
    only a news agency with no photographer and no picture word ("(AFP)", "APA/dpa")
    in brackets or with a second agency is the agency line closing a story, not a
    picture's: it is read as a credit only right after a caption line of its own
    block.  A lead-image keyword ("Featured image via ...") credits the page's
    picture and takes no neighbour.
    """
    line = lines[i]
    prev = lines[i - 1] if i > 0 and not used[i - 1] else None
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    label = _BBC_LABEL.match(nxt.text) if nxt is not None and nxt.block == line.block else None
    if label is not None:  # "Image copyright Getty Images" / "Image caption ..."
        _, last, bbc = _bbc_unit(text, lines, i + 1, label.end(), label.group("label"))
        caption = Caption(
            span=Span(start=line.start, end=bbc.span.end),
            text=bbc.text,
            credit=_to_credit(found),
            kind=bbc.kind,
        )
        return i, last, caption
    if _self_contained(text, found):
        return i, i, _caption(text, lines, i, i, found, None)
    signoff = _is_signoff(text, found) or _before_staff_codes(text, lines, i, found)
    if (
        prev is not None
        and prev.block == line.block
        and _captionish(prev, loose=False)
        and (not signoff or _plain(text, prev))
    ):
        return i - 1, i, _caption(text, lines, i - 1, i, found, prev)
    if signoff:
        return None  # "(AFP)", "APA/dpa": the agencies of the story
    if nxt is not None and _plain(text, nxt):
        same_block = nxt.block == line.block
        nxt_alone = (prev is None or prev.block != line.block) and (
            i + 2 >= len(lines) or lines[i + 2].block != nxt.block
        )
        if same_block and _captionish(nxt, loose=False):
            return i, i + 1, _caption(text, lines, i, i + 1, found, nxt)
        if nxt_alone and not _self_labelled(text, found) and _captionish(nxt, loose=False):
            # "Jane Roe/Reuters." above its caption, in a block of its own; a credit
            # that names itself ("Photo: …", "Credit: …") stands under its picture
            # and claims no paragraph after it
            return i, i + 1, _caption(text, lines, i, i + 1, found, nxt)
    return i, i, _caption(text, lines, i, i, found, None)


# A word that labels a credit as a picture's: "Photo:", "AP Photo/", "Foto",
# "Photograph:", "Bild:" (not "Images" of an agency's name).
_PICTURE_WORD = regex.compile(r"(?<!\p{L})(?:photo|foto|photograph|bild|picture)(?!\p{L})", regex.I)


def _self_labelled(text: str, found: _Found) -> bool:
    """Return whether a credit names itself as one: a keyword or a picture word.

    Such a credit ("Photo: Jane Roe/Reuters", "AP Photo/Jane Roe", "Credit: Getty
    Images") stands under its picture, after the caption if any; the bare
    "Jane Roe/Reuters." some sites set above the caption does not.
    """
    return found.keyword or _PICTURE_WORD.search(text, found.start, found.end) is not None


def _self_contained(text: str, found: _Found) -> bool:
    """Return whether a credit opens with a lead-image keyword ("Featured image via ...")."""
    return found.keyword and _norm(text[found.start : found.end]).startswith(
        _SELF_CONTAINED_OPENINGS
    )


_SELF_CONTAINED_OPENINGS = tuple(sorted(SELF_CONTAINED_KEYWORDS))


def _is_signoff(text: str, found: _Found) -> bool:
    """Return whether a credit line read without a keyword is a story's agency line.

    "(AFP)", "APA/dpa", "(dpa/AFP)": news agencies only, in brackets or two of
    them, name the agencies a story was written with.  A single agency as a line
    of its own ("ASSOCIATED PRESS.") credits pictures too.  A
    photographer, a picture word ("AP Photo"), a photo agency or a file, handout or
    pool mark makes it a picture's credit.
    """
    parsed = found.parsed
    if found.keyword or parsed.photographers or not parsed.agencies:
        return False
    if parsed.file_photo or parsed.handout or parsed.pool:
        return False
    if _PICTURE_WORD.search(text, found.start, found.end):
        return False
    if not all(organization_kind(a) == "agency" for a in parsed.agencies):
        return False
    return len(parsed.agencies) > 1 or text[found.start] in "(["


# The initials of a wire story's writer and editors on the line after its agency:
# EFE's "jlm/ram", "abc/def/gh".
_STAFF_CODES = regex.compile(r"\p{Ll}{1,4}+(?:/\p{Ll}{1,4}+)++")


def _before_staff_codes(text: str, lines: Sequence[Line], i: int, found: _Found) -> bool:
    """Return whether a lone news agency's line is followed by its staff's initials.

    EFE closes a story with its name on a line and the initials of the writer and
    editors on the next ("EFE" / "jlm/ram"): the story's sign-off, not a credit.
    """
    parsed = found.parsed
    if found.keyword or parsed.photographers or len(parsed.agencies) != 1:
        return False
    if i + 1 >= len(lines) or not _STAFF_CODES.fullmatch(lines[i + 1].text.strip()):
        return False
    return organization_kind(parsed.agencies[0]) == "agency"


def _glued_credit_unit(text: str, line: Line, found: _Found) -> Caption | None:
    """A keyword credit glued by scraping to the end of a story paragraph.

    Example of the layout: "The council met until late.Photo: Jane Roe/AP", where
    the paragraph is story text (too long, several sentences, reporting verbs): the
    unit is the credit alone.
    """
    if found.end < line.end - 1 or found.start <= line.start:
        return None
    if text[found.start - 1] not in ENDS_LIKE_SENTENCE or not found.keyword:
        return None
    before = Line(line.start, found.start, line.block, text[line.start : found.start])
    if _captionish(before, loose=False):
        return None
    return Caption(span=Span(start=found.start, end=found.end), text="", credit=_to_credit(found))


def _line_credit(text: str, line: Line) -> _Found | None:
    """Return the credit that is all of ``line`` ("Jane Roe/NPR", "Photo: Jane Roe"), else None."""
    if line.end - line.start > _MAX_CREDIT or _norm(line.text) in _TOGGLES:
        return None
    found = _whole_credit(text, line.start, line.end, strict=False)
    if found is not None and not (found.parsed.known or found.parsed.paired):
        found = None  # "Modal Trigger": capitalised words, no credit
    if found is None:
        found = _locate(text, line.start, line.end, strict=True)
        if found is None or found.start > line.start + 1 or found.end < line.end - 1:
            return None
    return found


def _toggle_unit(
    text: str, lines: Sequence[Line], i: int, used: list[bool], *, closer: bool
) -> tuple[int, int, Caption] | None:
    """A caption with the toggles of a picture widget ("toggle caption", "hide caption").

    Public-radio pages leave, around each picture, a trigger line before the caption
    ("Enlarge this image", "toggle caption"), a credit line on either side of it and a
    closer after it ("hide caption").  From a trigger the unit runs forward to the
    caption, from a closer backward; credit and toggle lines on the way join it.
    """
    n = len(lines)

    def furniture(k: int) -> bool:
        return _norm(lines[k].text) in _TOGGLES or _line_credit(text, lines[k]) is not None

    body: int | None = None
    if closer:
        k = i - 1
        while k >= 0 and not used[k] and i - k <= 4 and furniture(k):
            k -= 1
        first = k + 1
        if (
            k >= 0
            and not used[k]
            and i - k <= 4
            and lines[k].block == lines[k + 1].block
            and _captionish(lines[k], loose=False)
        ):
            body = first = k
        last = i
    else:
        first = i
        k = i + 1
        while k < n and k - i <= 4 and furniture(k):
            k += 1
        last = k - 1
        if (
            k < n
            and lines[k].block == lines[k - 1].block
            and _captionish(lines[k], loose=False)
            and _plain(text, lines[k])
        ):
            body = last = k
    while last + 1 < n and last + 1 - i <= 6 and furniture(last + 1):
        last += 1  # the repeated credit and the closer after the caption
    credits = [c for k in range(first, last + 1) if (c := _line_credit(text, lines[k]))]
    if body is None and not credits:
        return None
    found = credits[0] if credits else None
    caption = _caption(text, lines, first, last, found, lines[body] if body is not None else None)
    return first, last, caption


# How long the caption after a media label may be: one caption sentence or two.
_MEDIA_CAPTION_CHARS = 200


def _media_label(label: regex.Match[str]) -> bool:
    """Return whether a caption label is a one-word media label ("Video:", "Map:").

    ("Media caption", a broadcaster's label of several words, is no such label.)
    """
    word = label.group("label").strip()
    return " " not in word and _label_kind(word) != "photo"


def _media_caption(text: str, line: Line, label: regex.Match[str]) -> bool:
    """Return whether a media label opens a caption: one short sentence, capitalised.

    "Video: Waves flood the seafront" is a caption; "VIDEO: crowds outside the
    arena tonight …" opens a post quoted in the story, not a caption.
    """
    rest = text[line.start + label.end() : line.end].strip()
    return bool(rest) and rest[0].isupper() and len(rest) <= _MEDIA_CAPTION_CHARS


def _credit_after_label(text: str, line: Line, label: regex.Match[str]) -> bool:
    """Return whether a label opens a credit, not a caption ("Video: Reuters").

    A media label ("Video", "Map") is also a credit keyword: the words after it
    are a caption only when they are no credit.
    """
    if " " in label.group("label").strip():
        return False  # "Image caption", "Pie de foto": labels of captions only
    start = line.start + label.end()
    rest = text[start : line.end].strip()
    return (
        _whole_credit(text, start, line.end, strict=True) is not None
        or _parse_body(rest, strict=True) is not None
        or _is_person(rest.rstrip("."))  # "Graphic: Lena Park": its maker
    )


def _labelled_unit(
    text: str, lines: Sequence[Line], i: int, used: list[bool], label: regex.Match[str]
) -> tuple[int, int, Caption]:
    """A labelled caption ("Image caption ...", "Caption: ...") with its credit label.

    Broadcaster pages set the credit apart as a keyword pair on the line before or
    after the caption ("Copyright: dpa", "Image source, Getty Images").
    """
    first, last, caption = _bbc_unit(text, lines, i, label.end(), label.group("label"))
    pair: tuple[int, regex.Match[str]] | None = None
    for k in (last + 1, i - 1):
        if 0 <= k < len(lines) and not used[k] and abs(lines[k].block - lines[i].block) <= 1:
            m = _CREDIT_LABEL.match(lines[k].text)
            if m is not None:
                pair = (k, m)
                break
    if pair is None:
        return first, last, caption
    k, m = pair
    credit = _label_credit(text, lines[k], m)
    if credit is None:
        return first, last, caption
    first, last = min(first, k), max(last, k)
    span = Span(start=lines[first].start, end=lines[last].end)
    return first, last, attrs.evolve(caption, span=span, credit=credit)


def _label_credit(text: str, line: Line, m: regex.Match[str]) -> Credit | None:
    """Return the credit of a credit label line ("Copyright: Jane Roe/dpa"), else None."""
    parsed = _parse_body(m.group("body"), strict=False)
    if parsed is None:
        return None
    return _to_credit(_Found(line.start, line.end, parsed, "photo", True))


def _inline_pair_unit(
    text: str, line: Line, i: int, m: regex.Match[str]
) -> tuple[int, int, Caption] | None:
    """A credit label and a caption label on one line ("Image copyright AFP Image caption ...")."""
    parsed = _parse_body(m.group("credit"), strict=False)
    if parsed is None:
        return None
    credit = _Found(line.start, line.start + m.end("credit"), parsed, "photo", True)
    kind: CaptionKind = "video" if m.group("label")[:1] in "Mm" else "photo"
    caption = Caption(
        span=Span(start=line.start, end=line.end),
        text=m.group("text").strip(),
        credit=_to_credit(credit),
        kind=kind,
    )
    return i, i, caption


def _credit_label_first_unit(
    text: str, lines: Sequence[Line], i: int, m: regex.Match[str]
) -> tuple[int, int, Caption] | None:
    """A credit label line ("Copyright: dpa") with the labelled caption just after it."""
    if i + 1 >= len(lines) or lines[i + 1].block - lines[i].block > 1:
        return None
    label = _BBC_LABEL.match(lines[i + 1].text)
    credit = _label_credit(text, lines[i], m)
    if label is None or credit is None:
        return None
    _, last, caption = _bbc_unit(text, lines, i + 1, label.end(), label.group("label"))
    span = Span(start=lines[i].start, end=lines[last].end)
    return i, last, attrs.evolve(caption, span=span, credit=credit)


def _plain(text: str, line: Line) -> bool:
    """Return whether a line carries no credit or furniture of its own."""
    if _BBC_LABEL.match(line.text) or _COUNTER.match(line.text):
        return False
    if _whole_credit(text, line.start, line.end, strict=True) is not None:
        return False
    return _locate(text, line.start, line.end, strict=True) is None


def _caption_line_unit(
    text: str, lines: Sequence[Line], i: int, found: _Found, used: list[bool]
) -> tuple[int, int, Caption]:
    """A caption line with its credit, its preview line before it and BBC labels after it."""
    line = lines[i]
    first = i
    body = line
    # a preview of the caption shown just before it, maybe across share buttons
    k = i - 1
    while k >= 0 and i - k <= 3 and not used[k]:
        prev = lines[k]
        if _norm(prev.text) in FURNITURE_LINES or _is_share_bar(prev.text):
            k -= 1
            continue
        caption_text = text[line.start : max(line.start, found.start)]
        if _prefix_of(prev.text, caption_text or line.text) or _same(prev.text, caption_text):
            first = k
        break
    # after a video player's title ("Senate vote explained  Play Video2:37") the caption
    # is a video's; the title stays out of the unit, it is the player's, not the caption's
    video = (
        i > 0 and lines[i - 1].block == line.block and bool(_VIDEO_TITLE.search(lines[i - 1].text))
    )
    last = i
    label = _BBC_LABEL.match(lines[i + 1].text) if i + 1 < len(lines) else None
    if label is not None:
        last = _bbc_unit(text, lines, i + 1, label.end(), "")[1]
    caption = _caption(text, lines, first, last, found, body)
    return first, last, attrs.evolve(caption, kind="video") if video else caption


def _label_kind(label: str) -> CaptionKind:
    """Return the kind of picture a caption label names ("Media caption": a video)."""
    low = " ".join(label.casefold().split())
    if low.startswith("media") or low in VIDEO_KEYWORDS:
        return "video"
    if low in GRAPHIC_KEYWORDS:
        return "graphic"
    return "photo"


def _bbc_unit(
    text: str, lines: Sequence[Line], i: int, after_label: int, label: str
) -> tuple[int, int, Caption]:
    """BBC furniture: "Image caption" and its text on the same or the next line."""
    line = lines[i]
    kind = _label_kind(label)
    body = line
    last = i
    if after_label >= len(line.text) and i + 1 < len(lines):
        nxt = lines[i + 1]
        if nxt.end - nxt.start <= _MAX_CAPTION and not _BBC_LABEL.match(nxt.text):
            body, last = nxt, i + 1
    s = body.start + (after_label if body is line else 0)
    caption = Caption(
        span=Span(start=line.start, end=lines[last].end),
        text=text[s : body.end].strip(),
        credit=None,
        kind=kind,
    )
    return i, last, caption


def _counter_run(lines: Sequence[Line], i: int) -> bool:
    """Return whether lines ``i..i+2`` are a split counter: "1." "of." "23."."""
    return (
        i + 2 < len(lines)
        and _COUNTER_NUMBER.match(lines[i].text) is not None
        and _COUNTER_OF.match(lines[i + 1].text) is not None
        and _COUNTER_NUMBER.match(lines[i + 2].text) is not None
    )


def _gallery_unit(text: str, lines: Sequence[Line], i: int) -> tuple[int, int, Caption] | None:
    """A gallery counter and the caption block after it."""
    last = i + 2 if _counter_run(lines, i) else i
    if last + 1 >= len(lines):
        return None
    first_body = last + 1
    block = lines[first_body].block
    end = first_body
    while end + 1 < len(lines) and lines[end + 1].block == block and end - first_body < 4:
        end += 1
    body_lines = lines[first_body : end + 1]
    if any(ln.end - ln.start > _MAX_CAPTION for ln in body_lines):
        return None
    start, stop = body_lines[0].start, body_lines[-1].end
    found = _locate(text, body_lines[-1].start, stop, strict=True)
    cut = found.start if found is not None else stop
    caption = Caption(
        span=Span(start=lines[i].start, end=stop),
        text=text[start:cut].strip(" \t\u00a0|—–-"),
        credit=_to_credit(found) if found is not None else None,
        kind="photo",
    )
    return i, end, caption


def _repeat_unit(text: str, lines: Sequence[Line], i: int) -> tuple[int, int, Caption] | None:
    """A short line shown twice in a row, and only twice: an image's alt text and its caption."""
    if i + 1 >= len(lines):
        return None
    line, nxt = lines[i], lines[i + 1]
    if nxt.block - line.block > 1 or line.end - line.start > 250:
        return None
    if (
        abs(len(line.text) - len(nxt.text)) > 4
        or line.text[:3].casefold() != nxt.text[:3].casefold()
    ):
        return None
    if not _same(line.text, nxt.text) or len(_fold_words(line.text)) < 2:
        return None
    if not _captionish(line, loose=True) or line.text.endswith(":"):
        return None
    if (i > 0 and lines[i - 1].text == line.text) or (
        i + 2 < len(lines) and lines[i + 2].text == line.text
    ):
        return None  # three times or more: a list or a pattern, not alt text and caption
    last, credit = i + 1, None
    if i + 2 < len(lines) and lines[i + 2].block == nxt.block:
        found = _line_credit(text, lines[i + 2])  # "Foto: Jan Roth / Der Spiegel" after it
        if found is not None and not _is_signoff(text, found):
            last, credit = i + 2, _to_credit(found)
    caption = Caption(
        span=Span(start=line.start, end=lines[last].end), text=nxt.text, credit=credit, kind="photo"
    )
    return i, last, caption
