"""Vocabulary for people's names in bylines and credits (private).

Name particles and suffixes, the words that introduce a byline in each
language, the role phrases of contributor trailers ("Additional reporting by"),
the head words of staff titles ("AP Political Writer") and of outlet names
("Harbor News Service"), and the desk abbreviations of German-language agency
tags ("red" for the newsroom itself).  Keys are lower case.

Sources:

* ``NAME_PARTICLES``, ``NAME_SUFFIXES``, ``NAME_PREFIXES``, ``HONORIFICS``:
  the particles of European and Arabic surnames ("van der", "de la", "bin"),
  generational suffixes ("Jr.", "III") and the titles style guides put before
  names (AP's "Sen.", "Gov."; German "Dr.", "Mag.").
* ``BYLINE_LEADS``: the preposition each language prints before a byline
  ("By", "Von", "Par", "Por", "Di").
* ``ROLE_PHRASES`` and ``DESK_CREDITS``: the contributor lines of the wire
  services' style guides (Reuters: "Reporting by …; Editing by …"; AP: "…
  contributed to this report") and the desk credits papers use for agency copy
  ("Staff and agencies", "Mit Material von Agenturen").  The production credits
  of multimedia pieces ("Video produced by", "Cinematography by") are composed from
  ``PRODUCTION_CRAFTS``, ``PRODUCTION_MEDIA`` and ``PRODUCTION_PARTICIPLES``: the crew
  departments of screen credits (IMDb's crew-credit guidelines) and the passive
  participles of their verbs.
* ``TITLE_HEAD_WORDS``, ``TITLE_WORDS``, ``ORG_HEAD_WORDS``: AP's staff titles
  ("AP Sports Writer", "Chief Correspondent") and their German, French,
  Spanish and Italian counterparts ("Korrespondentin", "envoyé spécial",
  "enviado", "inviato"); head nouns of newspaper and agency names.  A title's
  place or beat is a word of ``TITLE_WORDS`` or any place of the place tables
  ("Brussels correspondent"); compounds of a head word (:func:`title_head`,
  ``COMPOUND_TITLE_HEADS``) take any first part ("Europe-Correspondent",
  "Auslandskorrespondentin").
* ``DESK_TAGS``: the desk and service codes German-language papers sign copy
  with besides the agencies of :mod:`newsdoc._lexicon.agencies`.
* ``NOT_NAME_WORDS``: function words of the five languages (closed classes),
  English and German weekday names and English month names from Babel's CLDR
  data (:func:`newsdoc._lexicon.dates.calendar_words`), and institution nouns.
  ``SURNAMES_ALSO_NOUNS``: the words of that class that are also English family
  names, topographic, occupational or nickname surnames listed in Reaney and Wilson's
  *Dictionary of English Surnames* ("Banks", "Judge", "Court"); they end a name
  after a name word ("Rhea Banks") and never make one alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from types import MappingProxyType

from newsdoc._lexicon.dates import LazyWords, calendar_words

__all__ = [
    "BYLINE_LEADS",
    "COMPOUND_TITLE_HEADS",
    "CREDIT_PREFIXES",
    "DESK_CREDITS",
    "DESK_TAGS",
    "FOLLOW_LINES",
    "HONORIFICS",
    "LOCATION_PREPOSITIONS",
    "MEDIA_ROLES",
    "NAME_PARTICLES",
    "NAME_PREFIXES",
    "NAME_SUFFIXES",
    "NOT_NAME_WORDS",
    "NOT_TAG_WORDS",
    "ORG_HEAD_WORDS",
    "PRODUCTION_CRAFTS",
    "PRODUCTION_MEDIA",
    "PRODUCTION_PARTICIPLES",
    "ROLE_PHRASES",
    "SOCIAL_NETWORKS",
    "STRONG_ORG_HEAD_WORDS",
    "SURNAMES_ALSO_NOUNS",
    "TITLE_HEAD_WORDS",
    "TITLE_WORDS",
    "title_head",
]

#: Lower-case particles inside surnames: "van der Berg", "de la Fontaine", "bin Salman".
NAME_PARTICLES: frozenset[str] = frozenset(
    "van von der den de del della delle dei di da das dos du des la le lo ten ter "
    "zu zum zur vom bin ibn al el af av y".split()
)

#: Generational and honorific suffixes, display form by lower-case key without dot.
NAME_SUFFIXES: Mapping[str, str] = MappingProxyType(
    {
        "jr": "Jr.",
        "jnr": "Jnr.",
        "sr": "Sr.",
        "snr": "Snr.",
        "ii": "II",
        "iii": "III",
        "iv": "IV",
    }
)

#: Words that open a head byline, per language: "By", "Von", "Par", "Por", "Di"; the
#: commentary and analysis bylines of opinion pages ("Analysis by", "Ein Kommentar
#: von", "Une analyse de", "Il commento di"); and the correspondent and special-envoy
#: bylines of European dailies, where the name follows the phrase ("dal nostro inviato
#: Marco Rossi", "De notre envoyé spécial Jean Durand").
BYLINE_LEADS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": (
            "by",
            "byline:",
            "written by",
            "story by",
            "words by",
            "co-authored by",
            "analysis by",
            "an analysis by",
            "news analysis by",
            "opinion by",
            "commentary by",
            "a commentary by",
            "column by",
            "review by",
            "perspective by",
            "from our correspondent",
        ),
        "de": (
            "von",
            "text:",
            "text von",
            "ein kommentar von",
            "kommentar von",
            "eine analyse von",
            "analyse von",
            "eine kolumne von",
            "kolumne von",
            "ein gastbeitrag von",
            "ein gastkommentar von",
            "gastkommentar von",
            "gastbeitrag von",
            "eine glosse von",
            "ein essay von",
            "eine reportage von",
            "von unserem korrespondenten",
            "von unserer korrespondentin",
        ),
        "fr": (
            "par",
            "une analyse de",
            "analyse de",
            "un éditorial de",
            "éditorial de",
            "une chronique de",
            "chronique de",
            "un commentaire de",
            "une tribune de",
            "de notre correspondant",
            "de notre correspondante",
            "de notre envoyé spécial",
            "de notre envoyée spéciale",
            "par notre correspondant",
            "par notre correspondante",
            "par notre envoyé spécial",
            "par notre envoyée spéciale",
        ),
        "es": (
            "por",
            "texto:",
            "un análisis de",
            "análisis de",
            "una columna de",
            "columna de",
            "opinión de",
            "una crónica de",
            "crónica de",
            "de nuestro corresponsal",
            "de nuestra corresponsal",
            "de nuestro enviado especial",
            "de nuestra enviada especial",
        ),
        "it": (
            "di",
            "testo di",
            "a cura di",
            "il commento di",
            "un commento di",
            "un'analisi di",
            "un’analisi di",
            "un editoriale di",
            "commento di",
            "l'analisi di",
            "l’analisi di",
            "analisi di",
            "l'editoriale di",
            "l’editoriale di",
            "editoriale di",
            "dal nostro inviato",
            "dalla nostra inviata",
            "dal nostro corrispondente",
            "dalla nostra corrispondente",
        ),
    }
)

#: Lines that open an agency credit at the foot of a story, per language: the
#: credit phrase before the agencies ("With AFP", "Avec AFP", "Mit Material von dpa",
#: "Con información de EFE", "Fonte: ANSA").  Lower case, spaces single.
CREDIT_PREFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("from", "with", "source:", "sources:", "via", "with reporting from"),
        "de": (
            "mit",
            "quelle:",
            "quellen:",
            "mit material von",
            "mit material der",
            "mit material aus",
            "mit informationen von",
        ),
        "fr": ("avec", "source:", "sources:", "d'après", "d’après", "selon"),
        "es": (
            "con",
            "fuente:",
            "fuentes:",
            "con información de",
            "con informaciones de",
            "con información de las agencias",
            "información de",
        ),
        "it": ("con", "fonte:", "fonti:", "con fonti", "fonte"),
    }
)

#: Crafts named in the production credits of video, audio and graphics pieces, as the
#: noun a credit line opens with -> role: "Cinematography by", "Sound by", "Design by".
#: The crew departments of screen credits (IMDb's crew-credit guidelines: directors,
#: cinematography/camera, editing, sound, music, animation, art direction and design,
#: visual effects) as multimedia desks print them under a story's video or graphic.
PRODUCTION_CRAFTS: Mapping[str, str] = MappingProxyType(
    {
        "cinematography": "cinematography",
        "camera": "cinematography",
        "additional camera": "cinematography",
        "drone footage": "cinematography",
        "animation": "animation",
        "animations": "animation",
        "motion graphics": "graphics",
        "visual effects": "graphics",
        "data visualization": "graphics",
        "data visualisation": "graphics",
        "maps": "graphics",
        "design": "design",
        "art direction": "design",
        "design and development": "design",
        "development": "design",
        "sound": "sound",
        "sound design": "sound",
        "audio": "sound",
        "music": "music",
        "original music": "music",
        "narration": "narration",
        "voiceover": "narration",
        "direction": "directing",
        "video editing": "video",
        "photo editing": "photography",
    }
)

#: Media of the pieces a desk produces -> role, as "<medium> <participle> by":
#: "Video produced by", "Graphics edited by", "Podcast hosted by".  A podcast credits
#: its producers as the story's makers ("producing"); the other media credit pictures.
PRODUCTION_MEDIA: Mapping[str, str] = MappingProxyType(
    {
        "video": "video",
        "videos": "video",
        "film": "video",
        "documentary": "video",
        "photos": "photography",
        "photo": "photography",
        "graphics": "graphics",
        "graphic": "graphics",
        "map": "graphics",
        "maps": "graphics",
        "illustration": "illustration",
        "illustrations": "illustration",
        "animation": "animation",
        "audio": "sound",
        "podcast": "producing",
    }
)

#: Participles of production credits -> role ("Produced by", "Filmed by", "Narrated by"):
#: the verbs of the crafts above in the passive form credit lines take.
PRODUCTION_PARTICIPLES: Mapping[str, str] = MappingProxyType(
    {
        "produced": "producing",
        "edited": "editing",
        "filmed": "cinematography",
        "shot": "cinematography",
        "photographed": "photography",
        "directed": "directing",
        "designed": "design",
        "developed": "design",
        "illustrated": "illustration",
        "animated": "animation",
        "narrated": "narration",
        "recorded": "sound",
        "mixed": "sound",
        "hosted": "producing",
    }
)

#: Participles that open a production credit on their own ("Filmed by Ann Lee"); "shot",
#: "recorded", "mixed" and "hosted" only follow a medium ("Video shot by"), since alone
#: they open story sentences ("Shot by a sniper, ...").
_BARE_PARTICIPLES: frozenset[str] = frozenset(
    "produced edited filmed photographed directed designed illustrated animated narrated".split()
)


def _production_phrases() -> dict[str, str]:
    """Return every production credit phrase: crafts, bare participles, medium + participle."""
    phrases = dict(PRODUCTION_CRAFTS)
    phrases.update((p, PRODUCTION_PARTICIPLES[p]) for p in _BARE_PARTICIPLES)
    for medium, role in PRODUCTION_MEDIA.items():
        phrases.update((f"{medium} {participle}", role) for participle in PRODUCTION_PARTICIPLES)
    return phrases


#: Roles that credit a piece's pictures, sound or design rather than its text: a
#: credit line naming only these ("Photo by Ann Lee", "Video produced by Ann Lee") is
#: not a credit of the story.
MEDIA_ROLES: frozenset[str] = frozenset(
    {"photography", "video", "graphics", "illustration", "cinematography"}
    | {"animation", "design", "sound", "music", "narration", "directing"}
)

#: Role phrases of credits and trailers (lower case, without "by"/"from"/":") -> role:
#: the story's own roles below, then every production credit phrase (a story's roles
#: win where both name a phrase: "edited" is "editing", "produced" "producing").
ROLE_PHRASES: Mapping[str, str] = MappingProxyType(
    _production_phrases()
    | {
        "reporting": "reporting",
        "additional reporting": "reporting",
        "reported": "reporting",
        "writing": "writing",
        "written": "writing",
        "story": "writing",
        "text": "writing",
        "as written": "writing",
        "original story": "writing",
        "originally written": "writing",
        "originally published": "writing",
        "words": "writing",
        "co-authored": "writing",
        "editing": "editing",
        "edited": "editing",
        "compiled": "compiling",
        "compiling": "compiling",
        "research": "research",
        "additional research": "research",
        "contributing": "contributing",
        "contributors": "contributing",
        "contributor": "contributing",
        "photos": "photography",
        "photo": "photography",
        "photography": "photography",
        "photographs": "photography",
        "pictures": "photography",
        "fotos": "photography",
        "foto": "photography",
        "video": "video",
        "videos": "video",
        "graphics": "graphics",
        "graphic": "graphics",
        "illustration": "illustration",
        "illustrations": "illustration",
        "production": "production",
        "associate production": "production",
        "produced": "producing",
        "podcast produced": "producing",
        "podcast": "producing",
        "translated": "translating",
        "translation": "translating",
        "übersetzung": "translating",
        "mitarbeit": "contributing",
        "update": "update",
        "interview": "interviewing",
        "propos recueillis": "interviewing",
        "entretien réalisé": "interviewing",
        "entrevista realizada": "interviewing",
        "intervista a cura": "interviewing",
        "interviews": "interviewing",
        "moderation": "moderating",
        "recherche": "research",
        "editor": "editing",
        "editors": "editing",
        "author": "writing",
        "authors": "writing",
        "autor": "writing",
        "autorin": "writing",
        "autoren": "writing",
        "auteur": "writing",
        "texto": "writing",
        "texte": "writing",
        "testo": "writing",
        "redacción": "editing",
        "redaktion": "editing",
    }
)

#: Last words of a staff title: "AP Political Writer", "Chief Correspondent".
TITLE_HEAD_WORDS: frozenset[str] = frozenset(
    "writer writers reporter reporters correspondent correspondents editor editors "
    "columnist columnists photographer photographers contributor contributors "
    "staff chief analyst critic producer journalist journalists intern stringer "
    "korrespondent korrespondentin redakteur redakteurin correspondant correspondante "
    "envoyé envoyée corresponsal enviado enviada inviato inviata corrispondente "
    # Romance titles put the adjective after the noun: "envoyé spécial", "enviada especial".
    "spécial spéciale especial speciale".split()
)

#: German title nouns that close a written-together compound, whose first part names
#: the beat or the place: "Auslandskorrespondentin", "Wirtschaftsredakteur",
#: "Sportreporter" (German compounds put the head noun last; Duden, "Komposita").
COMPOUND_TITLE_HEADS: tuple[str, ...] = (
    "korrespondentin",
    "korrespondent",
    "redakteurin",
    "redakteur",
    "reporterin",
    "reporter",
)


def title_head(word: str) -> bool:
    """Return whether a lower-case word closes a staff title.

    A head word of :data:`TITLE_HEAD_WORDS` ("correspondent"), or a compound whose last
    part is one: joined by a hyphen to the beat or place it covers ("europe-correspondent",
    "nahost-korrespondentin", "asia-editor"), or written together in German
    ("auslandskorrespondent").

    Example:
        >>> [title_head(w) for w in ("editor", "brussels-correspondent", "sportredakteurin")]
        [True, True, True]
        >>> [title_head(w) for w in ("editorial", "-editor", "redakteur-x")]
        [False, False, False]
    """
    if word in TITLE_HEAD_WORDS:
        return True
    before, dash, last = word.rpartition("-")
    if dash:
        return bool(before) and before[-1:].isalpha() and last in TITLE_HEAD_WORDS
    for head in COMPOUND_TITLE_HEADS:
        if word.endswith(head):
            return len(word) - len(head) >= 3 and word.isalpha()
    return False


#: Other words that may stand in a staff title: "Senior", "White House", "Sports".
TITLE_WORDS: frozenset[str] = frozenset(
    "senior special chief staff political sports business economics economic "
    "foreign national diplomatic defense defence legal science health energy "
    "financial markets entertainment religion education environment technology "
    "medical white house congressional capitol hill washington bureau deputy "
    "managing associate contributing investigative fashion food travel arts music "
    "film movie television tv radio metro city state world global europe "
    "european asia middle east africa latin america london paris berlin moscow "
    "beijing tokyo new york un united nations auto aviation "
    "writer editor chief correspondent press media opinion investigations "
    # possessives of "our correspondent" in each language
    "our nostro nostra notre nuestro nuestra unser unsere unserem unserer "
    "data digital audio video photo visual graphics features culture "
    "politics technology tech climate justice".split()
)

#: Last words that mark a capitalised phrase as an outlet: "Medill News Service".
ORG_HEAD_WORDS: frozenset[str] = frozenset(
    "news times post journal tribune herald gazette press daily magazine network "
    "service services agency radio tv television media record observer star "
    "chronicle review telegraph bulletin dispatch courier sentinel examiner "
    "inquirer register report wire wires newswire newswires zeitung rundschau "
    "kurier nachrichten presse journal agence agencia agenzia".split()
)

#: Academic and courtesy titles dropped in front of a name: "Dr. Anna Berger", "Mag. Eva Roth".
NAME_PREFIXES: frozenset[str] = frozenset(
    "dr prof mag di ing dipl mr mrs ms mme mlle sir dame".split()
)

#: Abbreviated honorifics that, with their dot, are never part of a name: "Sen.", "Gov.".
HONORIFICS: frozenset[str] = frozenset(
    "sen rep gov gen lt col maj capt sgt adm atty supt insp det rev hon amb pres".split()
)

#: Head words that make even a two-word phrase an outlet: "Medill News", "Sky News".
STRONG_ORG_HEAD_WORDS: frozenset[str] = frozenset(
    "news times media network service services agency wire wires newswire zeitung "
    "tribune gazette journal herald magazine nachrichten agence agencia agenzia".split()
)

#: Words that are never part of a person's name in a byline (lower case): the
#: fixed words below, plus English and German weekday names and English month
#: names from Babel (see :func:`_not_name_words`).
_NOT_NAME_FIXED: frozenset[str] = frozenset(
    # function words of the five languages
    "the a an of to for in on at and or with from into over under about after "
    "before this that these those its his her their our your my we you they he she "
    "it is are was were be been has have had would could might "
    "der die das ein eine und oder mit für auf im am dem den des ist sind "
    "les un une et ou avec pour dans sur los las con para en "
    "il gli uno una con nel "
    # days relative to today (weekday and month names: _not_name_words)
    "today tomorrow yesterday tonight "
    # companies, institutions and offices
    "inc corp co ltd plc llc ag gmbh sa nv bv group bank banks company companies "
    "corporation holdings holding industries international association department "
    "ministry committee commission council party government agency office "
    "university school court state city county federal national "
    "president minister senator governor chairman chairwoman leader "
    "secretary spokesman spokeswoman officials official mayor judge "
    "mr mrs ms dr prof sir "
    # words that open a non-byline "By ..." sentence
    "contrast comparison way far then now mail phone telephone "
    "noon midday midnight morning afternoon evening night week month year "
    "percent pct cents dollars euros points all some many most more less "
    "end early late mid order means virtue default definition design chance "
    "accident mistake nature name "
    # the vocabulary of picture and desk credits ("AP Photo", "Reuters Staff")
    "photo photos foto fotos image images picture pictures video newsroom wire wires".split()
)

#: Month names that are also given names ("April", "May", "June", "August",
#: "Jan"): a byline may hold them, so they are not taken from the calendar.
_MONTHS_AS_GIVEN_NAMES: frozenset[str] = frozenset("april may june august jan".split())


def _not_name_words() -> frozenset[str]:
    """Return the fixed words plus the calendar words no name is made of (Babel, CLDR)."""
    english = calendar_words("en", months=("wide", "abbreviated"))
    german = calendar_words("de", months=())
    return _NOT_NAME_FIXED | ((english | german) - _MONTHS_AS_GIVEN_NAMES)


NOT_NAME_WORDS: AbstractSet[str] = LazyWords(_not_name_words)

#: Words of ``NOT_NAME_WORDS`` that are also English surnames (see the module
#: docstring): topographic (Banks, Court), occupational (Judge, Mayor) and nickname
#: (Chance, Early, Noon) surnames.  Only the last word of a name may be one.
SURNAMES_ALSO_NOUNS: frozenset[str] = frozenset(
    "banks bank court judge mayor chance early noon".split()
)

#: Short lower-case words in parentheses that are not a German editor's code.
NOT_TAG_WORDS: frozenset[str] = frozenset(
    "sic ebd vgl ua bzw etc ca dt engl frz lat ital span orig red. aa sog abs "
    "zb kurz live video audio update foto fotos bild bilder text grafik quelle "
    "und oder mit von".split()
)

#: Desk and agency abbreviations of German-language tags that are not in the
#: shared agency table, by lower-case key: "red" is the newsroom itself.
DESK_TAGS: Mapping[str, str] = MappingProxyType(
    {
        "red": "red",
        "red.": "red",
        "sid": "sid",
        "si": "Si",
        "album": "Album",
        "ots": "APA-OTS",
        "pte": "pte",
        "pressetext": "pte",
    }
)

#: Social-media follow lines that close a story and credit its author, per language:
#: the words before the names and the words between the names and the network.
#: "Follow Ann Lee on Twitter @annlee", "Folgen Sie Anna Berger auf X".
FOLLOW_LINES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "en": ("follow|you can follow", "on"),
        "de": ("folgen sie|folge", "auf|bei"),
        "fr": ("suivez|suivre", "sur"),
        "es": ("sigue a|siga a|síguelo en", "en"),
        "it": ("segui|seguite", "su"),
    }
)

#: Networks named in follow lines.
SOCIAL_NETWORKS: tuple[str, ...] = (
    "Twitter",
    "X",
    "Facebook",
    "Instagram",
    "Threads",
    "Bluesky",
    "Mastodon",
    "LinkedIn",
    "TikTok",
)

#: Desk credits that name no person, by folded text -> what they credit.
DESK_CREDITS: Mapping[str, str] = MappingProxyType(
    {
        "with wires": "wires",
        "with wire services": "wires",
        "wire services": "wires",
        "from wire reports": "wires",
        "wire reports": "wires",
        "staff and agencies": "staff and agencies",
        "staff and wires": "staff and wires",
        "agencies": "agencies",
        "from agencies": "agencies",
        "news agencies": "agencies",
        "staff": "staff",
        "staff reports": "staff",
        "from staff reports": "staff",
        "mit material von agenturen": "agencies",
        "agenturen": "agencies",
        "agences": "agencies",
        "agencias": "agencies",
        "agenzie": "agencies",
        "de nuestro corresponsal": "correspondent",
        "de nuestra corresponsal": "correspondent",
        "de notre correspondant": "correspondent",
        "de notre correspondante": "correspondent",
        "dal nostro corrispondente": "correspondent",
        "von unserem korrespondenten": "correspondent",
        "from our correspondent": "correspondent",
        "our correspondent": "correspondent",
        # the newsroom itself, in each language
        "redazione": "staff",
        "a cura della redazione": "staff",
        "redacción": "staff",
        "la rédaction": "staff",
        "rédaction": "staff",
        "redaktion": "staff",
    }
)

#: Words that introduce a reporter's location after the name: "in Tripoli", "aus Athen".
LOCATION_PREPOSITIONS: frozenset[str] = frozenset("in from aus à en desde a".split())
