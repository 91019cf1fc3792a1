"""Finding the cue and the speaker of a quotation (private helper of ``quotes``).

The words around a quotation are cut into tokens and searched for a cue from
``_lexicon.cues``: after the quotation (``"…," she said`` / ``"…," said Ann
Lee`` / ``«…», a-t-il ajouté``) first, then before it (``Lee said: "…"`` /
``according to the ministry, "…"`` / ``Dazu sagte er: „…“``).  The speaker is
the noun phrase on the far side of the cue, trimmed of adverbials, relative
clauses and appositives so that it names who speaks.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from types import MappingProxyType

import attrs
import regex

from newsdoc._grammar import agreement, closed_class, grammar
from newsdoc._grammar.order import order_of
from newsdoc._lexicon.cues import (
    AS_SAID,
    CUE_VERBS,
    GERMAN_SPLIT_CUES,
    GERMAN_STRONG_PAST,
    INVERTED_PRONOUN,
    OPINION_VERBS,
    POSTPOSED_ONLY,
    SOURCE_PHRASES,
    SOURCE_POSTPOSITIONS,
    SUBJUNCTIVES,
)
from newsdoc._lexicon.german_verbs import BRACKET_FINITES
from newsdoc._lexicon.grammar import ADVERBIAL_NOUNS as _ADVERBIAL_NOUNS
from newsdoc._lexicon.grammar import ADVERBIAL_OPENERS as _ADVERBIAL_OPENERS
from newsdoc._lexicon.grammar import ADVERBS as _ADVERBS
from newsdoc._lexicon.grammar import AFTER_STOP as _AFTER_STOP
from newsdoc._lexicon.grammar import AND as _AND
from newsdoc._lexicon.grammar import AUXILIARIES as _AUXILIARIES
from newsdoc._lexicon.grammar import CLAUSE_WORDS as _CLAUSE_WORDS
from newsdoc._lexicon.grammar import COMPLEMENTIZERS as _COMPLEMENTIZERS
from newsdoc._lexicon.grammar import CONNECTORS as _CONNECTORS
from newsdoc._lexicon.grammar import FOR as _FOR
from newsdoc._lexicon.grammar import GERMAN_ADJECTIVE_ENDINGS as _GERMAN_ADJECTIVE_ENDINGS
from newsdoc._lexicon.grammar import GERMAN_BODY_ENDINGS as _GERMAN_BODY_ENDINGS
from newsdoc._lexicon.grammar import GERMAN_CLAUSE_CUES as _GERMAN_CLAUSE_CUES
from newsdoc._lexicon.grammar import GERMAN_CLAUSE_OPENERS as _GERMAN_CLAUSE_OPENERS
from newsdoc._lexicon.grammar import GERMAN_DEMONSTRATIVES as _GERMAN_DEMONSTRATIVES
from newsdoc._lexicon.grammar import GERMAN_DOCUMENT_NOUNS as _GERMAN_DOCUMENT_NOUNS
from newsdoc._lexicon.grammar import GERMAN_FRONTED as _GERMAN_FRONTED
from newsdoc._lexicon.grammar import GERMAN_INFLECTION_ENDINGS
from newsdoc._lexicon.grammar import GERMAN_NOMINATIVE_ARTICLES as _GERMAN_NOMINATIVE_ARTICLES
from newsdoc._lexicon.grammar import GERMAN_NOMINATIVES as _GERMAN_NOMINATIVES
from newsdoc._lexicon.grammar import GERMAN_NOT_NAMES as _GERMAN_NOT_NAMES
from newsdoc._lexicon.grammar import GERMAN_NOUN_ENDINGS as _GERMAN_NOUN_ENDINGS
from newsdoc._lexicon.grammar import GERMAN_OBJECTS as _GERMAN_OBJECTS
from newsdoc._lexicon.grammar import GERMAN_PARTICLES as _GERMAN_PARTICLES
from newsdoc._lexicon.grammar import GERMAN_PASSIVE as _GERMAN_PASSIVE
from newsdoc._lexicon.grammar import GERMAN_POINTING_PRONOUNS as _GERMAN_POINTING_PRONOUNS
from newsdoc._lexicon.grammar import GERMAN_POSSESSIVES as _GERMAN_POSSESSIVES
from newsdoc._lexicon.grammar import GERMAN_RELATIVES as _GERMAN_RELATIVES
from newsdoc._lexicon.grammar import GERMAN_SKIP as _GERMAN_SKIP
from newsdoc._lexicon.grammar import GERMAN_STRONG_FINITE as _GERMAN_STRONG_FINITE
from newsdoc._lexicon.grammar import GERMAN_SUBORDINATORS as _GERMAN_SUBORDINATORS
from newsdoc._lexicon.grammar import GERMAN_TEXT_POINTERS as _GERMAN_TEXT_POINTERS
from newsdoc._lexicon.grammar import GERMAN_TEXT_VERBS as _GERMAN_TEXT_VERBS
from newsdoc._lexicon.grammar import IN_TEXT as _IN_TEXT
from newsdoc._lexicon.grammar import LINKS as _LINKS
from newsdoc._lexicon.grammar import NAME_NEVER_STARTS as _NAME_NEVER_STARTS
from newsdoc._lexicon.grammar import NOT_FINITE as _NOT_FINITE
from newsdoc._lexicon.grammar import NOT_PERSONS as _NOT_PERSONS
from newsdoc._lexicon.grammar import NOT_SUBJECTS as _NOT_SUBJECTS
from newsdoc._lexicon.grammar import OPENING_ADVERBS as _OPENING_ADVERBS
from newsdoc._lexicon.grammar import PREPOSITIONS as _PREPOSITIONS
from newsdoc._lexicon.grammar import QUOTING_VERBS as _QUOTING_VERBS
from newsdoc._lexicon.grammar import ROMANCE_OPENERS as _ROMANCE_OPENERS
from newsdoc._lexicon.grammar import ROMANCE_PAST as _ROMANCE_PAST
from newsdoc._lexicon.grammar import ROMANCE_RELATIVES as _ROMANCE_RELATIVES
from newsdoc._lexicon.grammar import ROMANCE_WHO as _WHO
from newsdoc._lexicon.grammar import SAYS_IT as _SAYS_IT
from newsdoc._lexicon.grammar import STATEMENT_NOUNS as _STATEMENT_NOUNS
from newsdoc._lexicon.grammar import SUBJECT_STOP as _SUBJECT_STOP
from newsdoc._lexicon.grammar import TIME_OPENERS as _TIME_OPENERS
from newsdoc._lexicon.grammar import TIME_WORDS as _TIME_WORDS
from newsdoc._lexicon.grammar import TITLE_QUALIFIERS as _TITLE_QUALIFIERS
from newsdoc._lexicon.grammar import VERDICT_NOUNS as _VERDICT_NOUNS
from newsdoc._lexicon.grammar import WHAT as _WHAT
from newsdoc._lexicon.names import NAME_PARTICLES, ORG_HEAD_WORDS
from newsdoc._lexicon.periphrases import VERB_GROUP_COMPLEMENTS
from newsdoc._lexicon.speakers import (
    ADDRESSEE_PREPOSITIONS,
    DETERMINERS,
    GERMAN_PERSON_ENDINGS,
    GROUP_SOURCES,
    INTENSIFIERS,
    LEADING_FILLERS,
    NOMINATIVE_PRONOUNS,
    OBJECT_CLITICS,
    PERSON_PRONOUNS,
    QUANTIFIER_PRONOUNS,
    SOURCE_NOUNS,
    TITLES,
    speaking_nouns,
)
from newsdoc._lexicon.speech_nouns import SPEECH_NOUNS
from newsdoc._text import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    Document,
    Segment,
    paragraphs,
    sentence_end_pattern,
)
from newsdoc.quotes._adjective_complement import (
    adjective_complement_end,
    described_subject_start,
)
from newsdoc.quotes._apposition import subject_before_asides
from newsdoc.quotes._bare_source import articled, bare_source_after
from newsdoc.quotes._body_false_title import body_false_title_end
from newsdoc.quotes._italian import lo_article, predicative
from newsdoc.quotes._object_relative import object_relative_subject
from newsdoc.quotes._perfect import perfect_cues
from newsdoc.quotes._persons import person_head
from newsdoc.quotes._prefield_genitive import prefield_genitive
from newsdoc.quotes._reading import reading_cue
from newsdoc.quotes._relative_verb import inside_relative
from newsdoc.quotes._roles import role_before_name
from newsdoc.quotes._said_by import originator_after
from newsdoc.quotes._verb_second import second_place_plural

__all__ = [
    "FULL_NAME",
    "NAME_WORD",
    "ROMANCE_AGENT",
    "Attribution",
    "attribute_after",
    "attribute_before",
    "colon_speaker",
    "cue_words",
    "document_paragraphs",
    "elided_prefix",
    "german_person",
    "german_source",
    "leading_tokens",
    "person_like",
    "predicative_end",
    "reading",
    "recent_person_subject",
    "relative_speaker",
    "sentence_end",
    "sentence_start",
    "speaker_after",
    "subject",
    "tokens",
]

# A word with inner apostrophes and hyphens: "said", "a-t-il", "D’Souza", "l’ONU".
_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]++(?:[’'\-\.][\p{L}\p{M}\p{N}]++)*+\.?")
# An inverted French cue: "a-t-il", "dit-elle", "ajoute-t-on".
_INVERTED = regex.compile(r"(?i)^(?P<verb>[\p{L}’']++)(?:-t)?-(?P<pron>il|elle|ils|elles|on)$")
# Where a speaker phrase stops on its far side: punctuation or a bracket.
_STOP = regex.compile(r"[,;:!?()\[\]\"“”„«»\n]|[.](?=\s|$)|\s[\p{Pd}]\s")
# One capitalised word of a name, a hyphenated given name or surname whole:
# "Ann", "Pierre-Yves", "Jean-Marc", "Lloyd-Jones", "Dell’Orto".
# (the capital is tested before the hyphen behind it: most words end at a space,
# and a look behind at each word's end made every name search slower by half)
NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}’'\-]++(?:\p{Lu}(?<=-\p{Lu})[\p{Ll}\p{M}’'\-]++)*+"
# A capitalised person name of two to four words: "Ann Lee", "Tom J. Jones".
FULL_NAME = regex.compile(
    r"\b"
    + NAME_WORD
    + r"(?:\s++(?:\p{Lu}\.\s++)?(?:(?:de|van|von|der|da|di|del|la|le)\s++)?"
    + NAME_WORD
    + r"){1,3}"
)
# The named agent of a Romance passive: "è stata confermata da Ivo Rossi",
# "fue anunciado por Ana Ruiz", "a été confirmée par Paul Girard".
ROMANCE_AGENT = regex.compile(
    r"\b(?:stat[oaie]|sid[oa]s?|été|fue|fueron|è|es|est)\s++(?:\p{Ll}++\s++){0,3}?"
    r"\p{Ll}{1,20}?(?:to|ta|ti|te|do|da|dos|das|é|ée|és|ées)\s++(?:da|dal|dalla|dallo|por|par)\s++"
    r"(?P<agent>\p{Lu}[\p{Ll}\p{M}’'\-]++(?:\s\p{Lu}[\p{Ll}\p{M}’'\-]++){0,3})"
)
# A leading filler of any language ("But", "Mais", "Pero").
_ANY_FILLER = frozenset().union(*LEADING_FILLERS.values())


# Endings of adverbs made from adjectives: "chiaramente", "claramente", "clairement".
_ADVERB_SUFFIX: dict[str, tuple[str, ...]] = {
    "fr": ("ement", "amment", "emment"),
    "es": ("mente",),
    "it": ("mente",),
}
# The languages the grammar layer describes.
_GRAMMAR_LANGUAGES = frozenset({"en", "de", "fr", "es", "it"})


# The sentence end, one pattern for the whole library (see `_text`).
_sentence_end = sentence_end_pattern


# A comma that separates chunks of a speaker phrase (not "Sen.," or "1,000").
_COMMA = regex.compile(r",(?!\d)")


@attrs.frozen(kw_only=True)
class Attribution:
    """A cue and its speaker mention, as offsets into the text."""

    speaker_start: int
    speaker_end: int
    cue_start: int
    cue_end: int
    #: False for a guess from word order alone (no listed cue): it names a
    #: speaker but is no evidence that the quoted words are a quotation.
    strong: bool = True


# The document the current ``find_quotes`` call reads (set by ``reading``, reset
# when the call ends): its tokens and sentence ends are found once and read by
# window.  Outside a call, or for another string, windows are scanned as before.
_DOCUMENT: ContextVar[_Reading | None] = ContextVar("newsdoc_quotes_document", default=None)
# How far past a window's end the sentence-end pattern may look (white space, "He"):
# matches ending nearer the window's end than this are searched in the window itself.
_REACH = 64
# Windows up to this long are searched for sentence ends directly, as cheap as
# reading an index; longer ones (a paragraph before its hundredth quotation) read
# the document's sentence ends, so no window costs more than this.
_SHORT_WINDOW = 384
# Token windows are scanned one by one as long as the characters scanned stay
# within this many times the stretch of text the windows have reached; past that
# they are read from the document's tokens, cut once.  A story's windows are few
# and spread out; a text of thousands of quotations has windows that overlap again
# and again, and scanning them would cost its length many times over.
_SCANNED_SHARE = 1
# Searching a short window for sentence ends directly costs a few microseconds per
# end found (the pattern's look-behinds); reading the document's index costs about
# as much per window.  Windows are searched directly while the ends found stay under
# one per this many characters of text (development copy: at most one per 70 in such
# searches); a text dense with full stops ("Dr. " over and over) reads the index.
# The answers are the same either way.
_CHARS_PER_SENTENCE_END = 50
# A window this short (the few characters between two quotations) holds only a
# few sentence ends: it is searched directly even past that share, as long as the
# windows searched add up to less than the text's length; reading the index and
# checking the ends near the window's edge costs several times more.
_TINY_WINDOW = 16

# Token windows remembered to cut smaller windows from (see `tokens`): the last
# few scanned of more than so many tokens.  The windows around one quotation nest
# (the sentence before it, then its last words), so the last few hold most.
_RECENT_WINDOWS = 4
_RECENT_TOKENS = 3

_Tok = tuple[int, int, str]


class _Window:
    """A window remembered: its bounds, its tokens, and where their matches start and end.

    The starts and ends, which cutting a smaller window reads, come with the scan
    that found the tokens (see `_scan`).
    """

    __slots__ = ("ends", "found", "hi", "lo", "starts")

    def __init__(
        self, lo: int, hi: int, found: tuple[_Tok, ...], starts: list[int], ends: list[int]
    ) -> None:
        self.lo, self.hi, self.found, self.starts, self.ends = lo, hi, found, starts, ends

    def cut(self, text: str, lo: int, hi: int) -> list[_Tok]:
        """Return the tokens of ``text[lo:hi]``, a window inside this one (see `_cut`)."""
        return _cut(text, lo, hi, self.starts, self.ends, self.found)


class _Reading:
    """What one ``find_quotes`` call has read of its document.

    The token windows scanned so far and, once there are many, the tokens of
    the text from its start, cut as far as windows have reached; it lives only
    as long as the call (see `reading`).
    """

    __slots__ = (
        "document",
        "ends",
        "furthest",
        "matches",
        "mentions",
        "recent",
        "scanned",
        "sentence_allowance",
        "sentence_ends",
        "sentence_ends_left",
        "sentence_starts",
        "speakers_before",
        "starts",
        "text",
        "windows",
        "words",
    )

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        self.windows: dict[tuple[int, int], tuple[_Tok, ...]] = {}
        self.scanned = 0  # characters of token windows scanned one by one
        self.furthest = 0  # the furthest end of a token window
        # characters of short windows left to search for sentence starts directly
        self.sentence_allowance = len(self.text)
        # sentence ends those searches may still find (see _CHARS_PER_SENTENCE_END)
        self.sentence_ends_left = len(self.text) // _CHARS_PER_SENTENCE_END
        self.sentence_starts: dict[tuple[int, int], int] = {}  # answers so far, by window
        self.sentence_ends: dict[tuple[int, int], int] = {}  # the same for `sentence_end`
        self.starts: list[int] = []
        self.ends: list[int] = []  # where each match ends, its dot included
        self.words: list[_Tok] = []
        self.matches: Iterator[regex.Match[str]] | None = None  # None: not begun
        self.recent: list[_Window] = []  # the last windows scanned, newest first
        # speaker mentions found so far, by window and language (see `remembered`)
        self.mentions: dict[tuple[int, int, str], tuple[int, int] | None] = {}
        # speakers found before a cue so far, by window and language (see `_speaker_before`)
        self.speakers_before: dict[tuple[int, int, str], tuple[int, int] | None] = {}

    def remember(
        self, lo: int, hi: int, found: tuple[_Tok, ...], starts: list[int], ends: list[int]
    ) -> None:
        """Keep a scanned window ``text[lo:hi]`` and its tokens to cut smaller ones from."""
        self.recent.insert(0, _Window(lo, hi, found, starts, ends))
        del self.recent[_RECENT_WINDOWS:]

    def reach(self, hi: int) -> None:
        """Cut tokens until every token starting before ``hi`` and one more are read."""
        if self.matches is None:
            self.matches = _TOKEN.finditer(self.text)
        starts, ends, words = self.starts, self.ends, self.words
        if starts and starts[-1] >= hi:
            return
        for m in self.matches:  # as `_scan_tokens`, in one loop with no call per token
            start, end = m.span()
            starts.append(start)
            ends.append(end)
            word = m.group()
            if word[-1] == "." and not _abbreviation(word):
                words.append((start, end - 1, word[:-1].lower()))
            else:
                words.append((start, end, word.lower()))
            if start >= hi:
                return


@contextlib.contextmanager
def reading(document: Document) -> Iterator[None]:
    """Make attribution read ``document``'s tokens and sentence ends during the block.

    Nothing outlives the block: the document is dropped when it ends.
    """
    token = _DOCUMENT.set(_Reading(document))
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def remembered(text: str) -> dict[tuple[int, int, str], tuple[int, int] | None] | None:
    """Return the speaker mentions found so far in ``text`` if it is the document being read.

    Several mechanisms ask for the mention of the same words (the gate, the
    register, the holder of a clause): the first answer is kept for the call.
    """
    read = _DOCUMENT.get()
    return read.mentions if read is not None and read.text is text else None


def _document(text: str) -> Document | None:
    """Return the document being read if ``text`` is its text."""
    read = _DOCUMENT.get()
    return read.document if read is not None and read.text is text else None


def document_paragraphs(text: str) -> tuple[Segment, ...]:
    """Return the paragraphs of ``text``, from the document being read when it is ``text``'s.

    A document shared by several readers splits its paragraphs once.
    """
    doc = _document(text)
    return doc.paragraphs if doc is not None else paragraphs(text)


def tokens(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Return the word tokens of ``text[lo:hi]`` as (start, end, lower-case word).

    Exactly what scanning the window gives; inside a ``reading`` block the
    tokens come from the document's, found once, so a window costs its length in
    tokens and not a new scan.
    """
    read = _DOCUMENT.get()
    if read is None or read.text is not text or hi <= lo:
        return list(_scan_tokens(text, lo, hi))
    # a window read before is read again; a few are cheapest scanned; past that,
    # they come from the document's index
    windows = read.windows
    found = windows.get((lo, hi))
    if found is not None:
        return list(found)
    # a window inside one scanned lately (the words before a quotation, then the
    # last few of them) is cut from it
    for window in read.recent:
        if window.lo <= lo and hi <= window.hi:
            found = windows[lo, hi] = tuple(window.cut(text, lo, hi))
            return list(found)
    read.furthest = max(read.furthest, hi)
    if read.scanned + hi - lo <= _SCANNED_SHARE * read.furthest:
        read.scanned += hi - lo
        found, starts, ends = _scan(text, lo, hi)
        windows[lo, hi] = found
        if len(found) > _RECENT_TOKENS:
            read.remember(lo, hi, found, starts, ends)
        return list(found)
    # every token starting before ``hi`` and the one after it: all the lookup reads
    read.reach(hi)
    return _cut(text, lo, hi, read.starts, read.ends, read.words)


def _cut(
    text: str, lo: int, hi: int, starts: list[int], ends: list[int], words: Sequence[_Tok]
) -> list[_Tok]:
    """Return the tokens of ``text[lo:hi]`` from the tokens of a window holding it.

    ``starts`` and ``ends`` are where each token's match starts and ends (its
    final dot included); a token the window cuts is scanned again.
    """
    i = bisect.bisect_left(starts, lo)
    j = bisect.bisect_right(ends, hi, lo=i)
    if i > 0 and ends[i - 1] > lo:  # the window opens inside a token
        if ends[i - 1] >= hi:
            return list(_scan_tokens(text, lo, hi))
        out = [*_scan_tokens(text, lo, ends[i - 1]), *words[i:j]]
    else:
        out = list(words[i:j])
    if j < len(starts) and starts[j] < hi:  # a token runs on past the window
        out += _scan_tokens(text, max(lo, starts[j]), hi)
    return out


def _scan_tokens(text: str, lo: int, hi: int) -> tuple[_Tok, ...]:
    """Cut ``text[lo:hi]`` into tokens (see `tokens`).

    A final full stop is cut off a word unless it is an abbreviation ("Dr.").
    """
    return _scan(text, lo, hi)[0]


def _scan(text: str, lo: int, hi: int) -> tuple[tuple[_Tok, ...], list[int], list[int]]:
    """Return `_scan_tokens` and where each token's match starts and ends (its dot included).

    The starts and ends are what cutting a smaller window from this one reads
    (see `_cut`); they cost two appends per token here, against a second pass
    over the tokens later.
    """
    # one plain loop, no call per token: it runs for every token of every window.
    # The words come as strings (no match objects); each starts at the first place
    # it is found from the end of the one before, since a token starts with a letter,
    # mark or digit and the pattern skips only other characters between two tokens.
    out: list[_Tok] = []
    starts: list[int] = []
    ends: list[int] = []
    append, append_start, append_end = out.append, starts.append, ends.append
    find = text.find
    end = lo
    for word in _TOKEN.findall(text, lo, hi):
        start = find(word, end)
        end = start + len(word)
        append_start(start)
        append_end(end)
        if word[-1] == "." and not _abbreviation(word):
            append((start, end - 1, word[:-1].lower()))
        else:
            append((start, end, word.lower()))
    return tuple(out), starts, ends


def leading_tokens(text: str, lo: int, hi: int, n: int) -> list[tuple[int, int, str]]:
    """Return the first ``n`` word tokens of ``text[lo:hi]``: ``tokens(text, lo, hi)[:n]``.

    Only those are scanned, for a mechanism that reads a sentence's first words
    and no further.

    Example:
        >>> leading_tokens("Those were the words of Ann Lee.", 0, 32, 2)
        [(0, 5, 'those'), (6, 10, 'were')]
    """
    read = _DOCUMENT.get()
    if read is not None and read.text is text:
        found = read.windows.get((lo, hi))
        if found is not None:
            return list(found[:n])
        # a window inside one scanned lately is cut from it (see `tokens`), cheaper
        # than matching even its first words again
        for window in read.recent:
            if window.lo <= lo and hi <= window.hi:
                return window.cut(text, lo, hi)[:n]
    out: list[_Tok] = []
    if n <= 0:
        return out
    append = out.append
    for m in _TOKEN.finditer(text, lo, hi):  # as `_scan_tokens`, stopping after n
        word = m.group()
        start, end = m.span()
        if word[-1] == "." and not _abbreviation(word):
            append((start, end - 1, word[:-1].lower()))
        else:
            append((start, end, word.lower()))
        if len(out) >= n:
            break
    return out


def _abbreviation(word: str) -> bool:
    """Return whether a dotted word is an abbreviation ("Sen.", "Dr.", "U.S.")."""
    w = word.lower()
    return w in TITLES or (len(word) <= 4 and word[:1].isupper()) or word.count(".") >= 2


@functools.cache
def _phrases(language: str) -> tuple[tuple[str, ...], ...]:
    """Return the source phrases of ``language`` as word tuples, longest first.

    A phrase ending in a preposition also stands with each of its contractions
    with an article: "le parole di" -> "le parole della", "dello", "dei"….
    """
    items = {tuple(p.split()) for p in SOURCE_PHRASES.get(language, ())}
    fused = grammar(language).contractions if language in _GRAMMAR_LANGUAGES else {}
    for phrase in list(items):
        for contraction, (preposition, _article) in fused.items():
            if len(phrase) > 1 and phrase[-1] == preposition and "'" not in contraction:
                items.add((*phrase[:-1], contraction))
    return tuple(sorted(items, key=len, reverse=True))


@functools.cache
def _phrase_heads(language: str) -> frozenset[str]:
    """Return the first words of the source phrases of ``language``."""
    return frozenset(p[0] for p in _phrases(language))


@functools.cache
def _phrases_by_head(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Return the source phrases of ``language`` by first word, longest first."""
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _phrases(language):
        by_head.setdefault(phrase[0], []).append(phrase)
    return {head: tuple(phrases) for head, phrases in by_head.items()}


def _match_phrase(toks: list[tuple[int, int, str]], i: int, language: str) -> int:
    """Return the length in tokens of a source phrase starting at token ``i`` (0: none)."""
    phrases = _phrases_by_head(language).get(toks[i][2])
    if phrases is None:
        return 0
    for phrase in phrases:
        n = len(phrase)
        if i + n <= len(toks) and all(toks[i + k][2] == phrase[k] for k in range(1, n)):
            return n
    for phrase in phrases:
        n = _modified_phrase(toks, i, phrase, language)
        if n:
            return n
    for phrase in phrases:
        n = len(phrase)
        if (
            n > 1
            and i + n <= len(toks)
            and all(toks[i + k][2] == phrase[k] for k in range(1, n - 1))
            and _elided_contraction(toks[i + n - 1][2], phrase[-1], language)
        ):
            return n  # "a detta dell’economista": the preposition fused, elided, glued
    return 0


def elided_prefix(word: str) -> str:
    """Return the elided word glued before the apostrophe of ``word``, else "".

    The apostrophe is given straight, as the grammar tables write it.

    Example:
        >>> elided_prefix("dell’avvocato"), elided_prefix("della"), elided_prefix("l’")
        ("dell'", '', '')
    """
    cut = max(word.find("'"), word.find("’"))
    return word[: cut + 1].replace("’", "'") if 0 < cut < len(word) - 1 else ""


def _elided_fusion(word: str, language: str) -> tuple[str, str] | None:
    """Return the preposition and article fused and elided at the head of ``word``, else None.

    "dell’economista" gives ("di", "l'"); "d'après", an elided word of no fusion, None.
    """
    prefix = elided_prefix(word)
    if not prefix or language not in _GRAMMAR_LANGUAGES:
        return None
    return grammar(language).contractions.get(prefix)


def _phrase_end(text: str, tok: tuple[int, int, str], language: str) -> int:
    """Return where a source phrase ending with token ``tok`` ends.

    At the token's end, or, for a preposition fused with an elided article and glued
    to its noun ("dell’avvocato"), right after the apostrophe: the noun opens the
    source (not in a phrase of its own with an apostrophe: "d'après").
    """
    start, end, word = tok
    if _elided_fusion(word, language) is None:
        return end
    return start + len(elided_prefix(word))


def _elided_contraction(word: str, preposition: str, language: str) -> bool:
    """Return whether ``word`` opens with ``preposition`` fused with an elided article.

    Example:
        >>> _elided_contraction("dell’economista", "di", "it")
        True
        >>> _elided_contraction("della", "di", "it")
        False
    """
    fused = _elided_fusion(word, language)
    return fused is not None and fused[0] == preposition


# How many words may modify the noun of speech of a source phrase.
_PHRASE_MODIFIERS = 2


def _modified_phrase(
    toks: list[tuple[int, int, str]], i: int, phrase: tuple[str, ...], language: str
) -> int:
    """Return the length in tokens of ``phrase`` at token ``i`` with its noun of speech modified.

    A noun phrase keeps its article and takes adjectives: "en las duras
    palabras de", "las recientes declaraciones de", "les derniers propos de"
    are the phrases "en palabras de", "las declaraciones de", "les propos de"
    (0: no such match).
    """
    nouns = SPEECH_NOUNS.get(language, frozenset())
    k = next((j for j in range(1, len(phrase)) if phrase[j] in nouns), 0)
    if not k or i + len(phrase) > len(toks):
        return 0
    if any(toks[i + j][2] != phrase[j] for j in range(k)):
        return 0
    at = i + k
    skipped = 0
    while at < len(toks) and toks[at][2] != phrase[k] and skipped < _PHRASE_MODIFIERS:
        word = toks[at][2]
        kind = closed_class(word, language)
        if kind not in {None, "determiner"} or word in CUE_VERBS.get(language, frozenset()):
            return 0
        at, skipped = at + 1, skipped + 1
    rest = len(phrase) - k
    if not skipped or at + rest > len(toks):
        return 0
    if any(toks[at + j][2] != phrase[k + j] for j in range(rest)):
        return 0
    return at + rest - i


def sentence_start(text: str, lo: int, hi: int) -> int:
    """Return where the last sentence of ``text[lo:hi]`` starts.

    A short window is searched directly as long as the windows searched so far
    add up to less than the text's length and hold few sentence ends (see
    `_CHARS_PER_SENTENCE_END`); past that, the document's sentence ends are read.
    """
    read = _DOCUMENT.get()
    if read is None or read.text is not text or _inside_end(text, lo):
        return _scan_sentence_start(text, lo, hi)
    known = read.sentence_starts.get((lo, hi))
    if known is None:
        known = read.sentence_starts[lo, hi] = _read_sentence_start(read, text, lo, hi)
    return known


def _read_sentence_start(read: _Reading, text: str, lo: int, hi: int) -> int:
    """Return `sentence_start` of a window of the document being read."""
    if (
        hi - lo <= _SHORT_WINDOW
        and hi - lo <= read.sentence_allowance
        and (read.sentence_ends_left > 0 or hi - lo <= _TINY_WINDOW)
    ):
        read.sentence_allowance -= max(0, hi - lo)
        start = lo
        for m in _sentence_end().finditer(text, lo, hi):
            start = m.end()
            read.sentence_ends_left -= 1
        return start
    index = read.document.index(_sentence_end(), _REACH)
    found = index.last_within(lo, hi, 4)
    for s, e in found:
        end = _window_end(text, s, e, hi)
        if end is not None:
            return end
    if len(found) < 4:
        return lo
    # four sentence ends the window cuts short (machine-made punctuation): read
    # the window itself, from the last sentence end clear of its end on, which
    # the window reads as the whole text does
    clear = index.last_within(lo, hi - _REACH, 1)
    return _scan_sentence_start(text, clear[0][0] if clear else lo, hi)


def sentence_end(text: str, lo: int, hi: int) -> int:
    """Return where the first sentence of ``text[lo:hi]`` ends.

    Inside a ``reading`` block a window asked for again (the words after a
    quotation, read by several mechanisms) is answered from the first reading.
    """
    read = _DOCUMENT.get()
    if read is None or read.text is not text:
        return _find_sentence_end(None, text, lo, hi)
    known = read.sentence_ends.get((lo, hi))
    if known is None:
        known = read.sentence_ends[lo, hi] = _find_sentence_end(read.document, text, lo, hi)
    return known


def _find_sentence_end(doc: Document | None, text: str, lo: int, hi: int) -> int:
    """Return `sentence_end`, reading ``doc``'s sentence ends when it is given."""
    if doc is not None and hi - lo > _SHORT_WINDOW and not _inside_end(text, lo):
        found = doc.index(_sentence_end(), _REACH).first_within(lo, hi, 4)
        for s, e in found:
            end = _window_end(text, s, e, hi)
            if end is not None:
                return end
        if len(found) < 4:
            return hi
    m = _sentence_end().search(text, lo, hi)
    return m.end() if m is not None else hi


# What a sentence end is made of: its punctuation and the closing marks after it.
_END_CHARS = frozenset('.!?…"”’»“«')


def _inside_end(text: str, pos: int) -> bool:
    """Return whether ``pos`` may cut a sentence end in two ("?|?", ".|”").

    A window opening there sees the rest of it as a sentence end of its own,
    which the document's index, holding the whole one, does not: it is searched.
    """
    return 0 < pos < len(text) and text[pos - 1] in _END_CHARS and text[pos] in _END_CHARS


def _scan_sentence_start(text: str, lo: int, hi: int) -> int:
    """Return where the last sentence of ``text[lo:hi]`` starts, scanning the window."""
    start = lo
    for m in _sentence_end().finditer(text, lo, hi):
        start = m.end()
    return start


def _window_end(text: str, start: int, end: int, hi: int) -> int | None:
    """Return the end of a sentence end found at ``start`` as the window ``[…, hi)`` sees it.

    Found over the whole text, a sentence end near the window's end may have
    looked past it ("No. 5" when the window stops before "5"): it is matched again
    inside the window.
    """
    if end + _REACH <= hi:
        return end
    if end < hi and _plain_end(text, start, end):
        return end  # the white space that closes it lies inside the window
    m = _sentence_end().match(text, start, hi)
    return m.end() if m is not None else None


# White space, as the sentence-end pattern's ``\s`` reads it.
_SPACE = regex.compile(r"\s")


def _plain_end(text: str, start: int, end: int) -> bool:
    """Return whether a sentence end ``text[start:end]`` holds in any window reaching past ``end``.

    A full stop, question or exclamation mark followed by white space, not after a
    digit ("am 20. Juli" looks further on) nor after "a.m"/"p.m" (whose end depends
    on the word after): the pattern reads nothing past that white space.
    """
    return (
        text[start] in ".!?…"
        and _SPACE.match(text, end) is not None
        and not (start > 0 and (text[start - 1].isdigit() or text[start - 1] in "mM"))
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``(start, end)`` without surrounding white space and punctuation."""
    while start < end and not (text[start].isalnum()):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
        end -= 1
    return start, end


# A dash set off by spaces in English copy, the typed double hyphen included:
# " — ", " – ", " -- ".
_SPACED_DASH_EN = regex.compile(r"\s(?:[\p{Pd}]|--)\s")


# English prepositions before a gerund adjunct: "by saying", "after calling".
_GERUND_PREPOSITIONS_EN = frozenset("by in after before while when without upon on".split())
# English coordinators, which open a main clause: "…, and he said".
_COORDINATORS_EN = frozenset("and but yet so".split())


def _clause_pronoun(
    text: str, toks: list[tuple[int, int, str]], i: int, found: tuple[int, int] | None
) -> tuple[int, int] | None:
    """Return the personal pronoun that is the subject of the verb at ``toks[i]``, else ``found``.

    "The mayor took questions for an hour, and she used stronger words,
    saying": the gerund or coordinated verb shares the subject of the nearest
    main clause, here a nominative pronoun right after a comma or a
    coordinator, in a clause after the one of ``found``.  A pronoun inside a
    clause reported by a verb of saying ("Lee said she …, adding") keeps
    ``found``, the one who says.
    """
    pronouns = NOMINATIVE_PRONOUNS["en"]
    k = next((k for k in range(i - 1, -1, -1) if toks[k][2] in pronouns), -1)
    if k < 0 or found is None or toks[k][0] < found[1]:
        return found
    between = [t for t in toks if found[1] <= t[0] < toks[k][0]]
    if any(t[2] in CUE_VERBS["en"] for t in between):
        return found  # the pronoun is in a clause reported by a verb of saying
    if k == 0:
        return found
    # a main clause opens with its pronoun after a comma or a coordinator; after a
    # subordinator ("after he clinched", "when he returned") the clause is an
    # adjunct, and the verb goes with the clause around it
    opened = "," in text[toks[k - 1][1] : toks[k][0]] or toks[k - 1][2] in _COORDINATORS_EN
    return (toks[k][0], toks[k][1]) if opened else found


# English subordinators that open an adverbial clause fronted before the main
# clause: "When Lee spoke, …", "Ever since Lee announced …, …" (Quirk et al.
# 1985, §14.12, §15.17: subordinators of time, reason and concession).  Not
# "as": "As the paper reported, …" is a comment clause naming the source.
_FRONTED_SUBORDINATORS_EN = frozenset(
    "when whenever after before since once while because although though if until".split()
)


def _after_fronted_subordinate_en(
    text: str, toks: list[tuple[int, int, str]], lo: int, hi: int
) -> int:
    """Return where the main clause starts after a fronted English adverbial clause, else ``lo``.

    "When Lee suggested that the talks would fail, Roe fired back:": a verb of
    saying inside the fronted clause attributes nothing after it; the main
    clause opens at the first comma followed by a subject (a personal pronoun,
    a capitalised word or a determiner) and holds the words before the quotation.

    Example:
        >>> t = "When Lee suggested it would fail, Roe fired back:"
        >>> t[_after_fronted_subordinate_en(t, tokens(t, 0, len(t)), 0, len(t)) :]
        'Roe fired back:'
    """
    k = 0
    while k < len(toks) and toks[k][2] in {"ever", "even", "and", "but", "just"}:
        k += 1  # "Ever since …", "But when …"
    if k >= len(toks) or toks[k][2] not in _FRONTED_SUBORDINATORS_EN:
        return lo
    for m in range(k + 2, len(toks)):
        if "," not in text[toks[m - 1][1] : toks[m][0]]:
            continue
        word = toks[m][2]
        if (
            word in NOMINATIVE_PRONOUNS["en"]
            or word.split("’")[0].split("'")[0] in NOMINATIVE_PRONOUNS["en"]
            or text[toks[m][0]].isupper()
            or closed_class(word, "en") == "determiner"
        ):
            return toks[m][0]
    return lo


def _speaker_before(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the speaker mention ending just before a cue at ``hi``.

    ``text[lo:hi]`` is "Ann Lee, the mayor of Lyon," or "In a statement, the
    ministry": the mention is the first chunk of an appositive structure, or
    the last comma chunk otherwise, without leading fillers.  An appositive
    left open ("Ann Lee, the analyst who founded the site said") gives its name.

    Inside a ``reading`` block the answer for a window is kept for the call: the
    cue before a quotation is read again by the register of who speaks, with the
    same words before it.
    """
    read = _DOCUMENT.get()
    if read is None or read.text is not text:
        return _find_speaker_before(text, lo, hi, language)
    known = read.speakers_before
    key = (lo, hi, language)
    if key in known:
        return known[key]
    found = known[key] = _find_speaker_before(text, lo, hi, language)
    return found


def _find_speaker_before(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return `_speaker_before`, found afresh."""
    hi = _before_intensifier(text, lo, hi, language)
    if language == "en":
        reach = max(lo, hi - _SUBJECT_REACH)
        wonder = _NO_WONDER.search(text, reach, hi) if _may_wonder(text, reach, hi) else None
        if wonder is not None:
            lo = wonder.end()  # "No wonder Lee said": a disjunct, then the subject
        reach = max(lo, hi - _TIME_REACH)
        when = _TRAILING_TIME.search(text, reach, hi) if _may_tell_time(text, reach, hi) else None
        if when is not None and text[lo : when.start()].strip(" \t,"):
            hi = when.start()  # "The board three days ago told": the subject before the time
        # (the counted subject opens its sentence or follows a comma: a full stop and a
        # space bound it, read cheaply)
        stop = text.rfind(". ", lo, hi)
        own = stop + 2 if stop >= 0 else lo
        comma = text.rfind(",", own, hi)
        counted = _QUANTITY_SUBJECT.match(text, comma + 1 if comma >= own else own)
        if counted is not None and counted.end("np") == hi - (text[hi - 1 : hi] == " "):
            return counted.start("np"), counted.end("np")  # "Roughly three in 10 told"
    found = _chunk_before(text, lo, hi, language)
    if found is not None and language == "en":
        # "a banker close to the deal said": the described noun, not the complement's
        before = tokens(text, max(lo, found[0] - 80), found[0])
        found = described_subject_start(text, before, found, language)
    if found is None and language == "en":
        # "With a formal speech — complete with a teleprompter — Lee told": the
        # words after a dash aside, as after a comma ("--" is the typed dash)
        after = max((m.end() for m in _SPACED_DASH_EN.finditer(text, lo, hi)), default=-1)
        if after >= 0 and text[after:hi].strip():
            found = _chunk_before(text, after, hi, language)
    if found is not None or order_of(language).nouns_capitalised:
        return found  # capitals are no name evidence where every noun has one
    lo, hi = _trim(text, lo, hi)
    comma = text.find(",", lo, hi)
    if comma < 0:
        return None
    head = _trim(text, lo, comma)
    toks = tokens(text, head[0], head[1])
    if 0 < len(toks) <= 4 and all(text[t[0]].isupper() for t in toks):
        if _fronted_preposition(text, head[0], head[1], language) is not None:
            return None  # "On Twitter, she answered …": a fronted adjunct, no subject
        return head
    return None


def _before_intensifier(text: str, lo: int, hi: int, language: str) -> int:
    """Return ``hi``, or the end of a subject pronoun an intensifier follows before it.

    "Ella misma afirmó", "Sie selbst sagte": the pronoun is the subject, the
    intensifier only stresses it (`INTENSIFIERS`).

    Example:
        >>> t = "Ella misma afirmó"
        >>> _before_intensifier(t, 0, 11, "es")
        4
    """
    intensifiers = INTENSIFIERS.get(language)
    if not intensifiers or hi - lo < 4:
        return hi
    tail = text[max(lo, hi - 24) : hi].split()
    if not tail or tail[-1].lower() not in intensifiers:
        return hi  # (a cheap look at the last word first)
    last = tokens(text, max(lo, hi - 24), hi)[-2:]
    if len(last) == 2 and _intensified(last, 1, language) and not text[last[1][1] : hi].strip():
        return last[0][1]
    return hi


def _intensified(toks: list[tuple[int, int, str]], k: int, language: str) -> bool:
    """Return whether token ``k`` is an intensifier after a subject pronoun ("Ella misma")."""
    return (
        k > 0
        and toks[k][2] in INTENSIFIERS.get(language, frozenset())
        and toks[k - 1][2] in PERSON_PRONOUNS.get(language, frozenset())
    )


def _chunk_before(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the comma chunk naming the speaker before ``hi`` (see `_speaker_before`)."""
    lo, hi = _trim(text, lo, hi)
    if lo >= hi:
        return None
    region = text[lo:hi]
    ends_with_comma = text[hi : hi + 1] == "," or region.endswith(",")
    cuts = [m.start() for m in _COMMA.finditer(region)]
    lead = _name_before_parentheticals(text, lo, hi, cuts, language)
    if lead is not None:
        return lead  # "Ann Lee, during a visit to Columbus, Ohio, said"
    aside = _subject_before_asides(text, lo, hi, cuts, language) if ends_with_comma else None
    if aside is not None:
        # "Ana Gil, directora del museo, dijo": the chunk before the asides
        s, e = aside
    elif not cuts:
        s, e = lo, hi
    elif ends_with_comma and _appositive(region[cuts[-1] + 1 :], language):
        # "Ann Lee, the mayor, said" / "Rep. Tom Jones, D-Calif., said": the name
        k = len(cuts) - 2
        while k >= 0 and _aside_chunk(region, cuts[k] + 1, cuts[k + 1], language):
            k -= 1  # "Ann Lee, 35, the mayor's daughter, said": the age is no name
        prev = cuts[k] + 1 if k >= 0 else 0
        s, e = lo + prev, lo + cuts[k + 1]
        named = _NAME_PAIR.search(region, cuts[-1] + 1)
        if (
            language in {"fr", "es", "it"}
            and named is not None
            and not region[named.end() :].strip(" ,")
            and _NAME_PAIR.search(region, prev + 1, cuts[-1]) is None
        ):
            # "Le diplomate de carrière, l’ancien ministre Paul Renard, a dit":
            # an epithet first, the name in the apposition
            s, e = lo + cuts[-1] + 1, hi
    else:
        # "In a statement, the ministry said": the chunk after the last comma
        s, e = lo + cuts[-1] + 1, hi
    s, e = _trim(text, s, e)
    s = _drop_fillers(text, s, e, language)
    s = _after_clause_words(text, s, e, language)
    e = _drop_trailing_adverbs(text, s, e)
    s = _after_introduction(text, s, e, language)
    if s >= e:
        return None
    e = _before_adjunct(text, s, e, language)
    if e - s > 60:
        s = _last_words(text, s, e, 6)
    first = text[s]
    toks = tokens(text, s, e)
    if not toks:
        return None
    head = toks[0][2]
    if not (
        first.isupper()
        or (not order_of(language).nouns_capitalised and _described_name(text, toks))
        or toks[-1][2] in GROUP_SOURCES.get(language, frozenset())
        or head in PERSON_PRONOUNS.get(language, frozenset())
        or head in DETERMINERS.get(language, frozenset())
        or first.isdigit()
        # "…, familiares de los presos denunciaron": a bare plural noun of person
        # (a bare singular is a role in apposition: "…, correspondant du Monde,")
        or (head.endswith(("s", "x")) and person_head(text, toks, language))
    ):
        return None
    if _has_verb_like(toks, language) or _has_clause_word(text, toks, language):
        return None
    if order_of(language).verb_final_subordinates and len(toks) > 1:
        # a verb-final clause: "indem sie den Vorstand aufforderte" -> "sie"
        if head in PERSON_PRONOUNS[language]:
            return toks[0][0], toks[0][1]
        cut = next((t for t in toks[1:] if t[2] in _GERMAN_OBJECTS), None)
        if cut is not None and head in _GERMAN_NOMINATIVE_ARTICLES:
            e = _trim(text, s, cut[0])[1]
    return s, e


def _subject_before_asides(
    text: str, lo: int, hi: int, cuts: list[int], language: str
) -> tuple[int, int] | None:
    """Return the subject chunk before comma asides (see `subject_before_asides`)."""
    bounds = [lo - 1, *(lo + c for c in cuts), hi]
    chunks = [(a + 1, b) for a, b in itertools.pairwise(bounds) if text[a + 1 : b].strip()]
    return subject_before_asides(text, chunks, language)


def _name_before_parentheticals(
    text: str, lo: int, hi: int, cuts: list[int], language: str
) -> tuple[int, int] | None:
    """Return the name opening ``text[lo:hi]`` when only parentheticals follow it.

    "Ann Lee, during a visit to Columbus, Ohio, said" and "Cory Dunn, 22, of
    Flint, Mich., said": after a name of capitalised words come comma chunks that
    each open with a preposition, hold a number or tag, or are a capitalised place;
    none of them is the subject.  Only when at least one opens with a preposition
    (else "Ann Lee, the mayor, said" is the appositive rule's).
    """
    if len(cuts) < 2:
        return None
    bounds = [lo, *(lo + c for c in cuts), hi]
    head = tokens(text, bounds[0], bounds[1])
    if not head or len(head) > 4 or not all(text[t[0]].isupper() for t in head):
        return None
    if closed_class(head[0][2], language) is not None:
        return None  # "In Columbus, Ohio, …": a phrase, not a name
    prepositional = False
    for a, b in itertools.pairwise(bounds[1:]):
        chunk = tokens(text, a + 1, b)
        if not chunk:
            continue
        if closed_class(chunk[0][2], language) == "preposition" and text[chunk[0][0]].islower():
            prepositional = True
        elif _TAG.match(text, a + 1, b) is None and not (
            len(chunk) <= 3 and all(text[t[0]].isupper() for t in chunk)
        ):
            return None  # "Ann Lee, the mayor, …" or a clause: not parentheticals
    if not prepositional:
        return None
    return _trim(text, bounds[0], bounds[1])


def _has_clause_word(text: str, toks: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether a speaker candidate holds a clause word ("the plan that he")."""
    words = _CLAUSE_WORDS.get(language, _CLAUSE_WORDS["en"])
    for k in range(1, len(toks)):
        w = toks[k][2]
        if w not in words:
            continue
        if w in _AND and k + 1 < len(toks) and text[toks[k + 1][0]].isupper():
            continue  # "Anna und Karl Weber"
        if w in _AND and k + 1 < len(toks) and toks[k + 1][2] in _TITLE_QUALIFIERS:
            continue  # "the front-runner and former secretary of state"
        if _closing_pair(text, toks, k, language):
            continue  # "des responsables américains et britanniques": two adjectives end it
        if w == _ATTRIBUTE_NEGATION.get(language) and _negated_attribute(text, toks, k):
            continue  # "ein nicht genannter Sprecher": the negation of an adjective
        return True
    return False


def _negated_attribute(text: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Return whether German "nicht" at ``toks[k]`` negates an adjective before a noun.

    "ein nicht genannter Sprecher", "eine nicht näher bezeichnete Quelle": after
    "nicht" (and at most one adverb) an inflected adjective or participle in
    lower case, then the capitalised noun it agrees with (Duden-Grammatik,
    attributives Adjektiv).
    """
    for j in range(k + 1, min(len(toks) - 1, k + 3)):
        word = toks[j][2]
        if not text[toks[j][0]].islower():
            return False
        if word.endswith(GERMAN_INFLECTION_ENDINGS) and text[toks[j + 1][0]].isupper():
            return True
    return False


# A party tag or age after a name: "D-Calif.", "R-OH", "45", and the age with its unit
# in each language ("32 ans", "de 45 años", "50 anni", "60 Jahre", "35 years old").
# The abbreviations of the U.S. states (the AP Stylebook's "state names") and of the
# Canadian provinces (The Canadian Press Stylebook) that follow a place set off by
# commas: "Mayor Ann Roe of Pelham Falls, Ont., said", "… of Dayton, Ohio, said".
_REGION_ABBREVIATIONS = (
    r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex"
    r"|Vt|Va|Wash|W\.Va|Wis|Wyo|Ont|Que|Alta|Man|Sask|B\.C|N\.S|N\.B|Nfld|P\.E\.I"
)
# The eight states the AP Stylebook never abbreviates after a city.
_REGION_WHOLE = r"(?:Alaska|Hawaii|Idaho|Iowa|Maine|Ohio|Texas|Utah)"
_TAG = regex.compile(
    r"\s*+(?:\p{Lu}-\p{Lu}[\p{L}.]*+|\d++|\(\p{Lu}-\p{Lu}++\)"
    r"|(?:de\s++)?\d++\s++(?:ans|años|anni|Jahre|years?\s++old)"
    r"|(?:" + _REGION_ABBREVIATIONS + r")\.|" + _REGION_WHOLE + r")\s*+$"
)


# What opens an English aside about a person before its verb: a relative pronoun or
# the "of" of residence (AP style: "Harry Roe, 30, of Raleigh, N.C., who voted, said").
_EN_ASIDE_OPENING = regex.compile(r"\s*+(?:who|which|whose|of)\s")


def _aside_chunk(region: str, a: int, b: int, language: str) -> bool:
    """Return whether ``region[a:b]`` is an aside between a name and its verb.

    An age, a party tag, a state (`_TAG`), and in English a relative clause or the
    place of residence: "Harry Roe, 30, of Raleigh, N.C., who voted, said".
    """
    if _TAG.match(region, a, b):
        return True
    return language == "en" and _EN_ASIDE_OPENING.match(region, a, b) is not None


# Two capitalised words in a row: a person's name ("Paul Renard").
_NAME_PAIR = regex.compile(r"\p{Lu}[\p{Ll}\p{M}’'\-]++\s++\p{Lu}[\p{Ll}\p{M}’'\-]++")


def _appositive(chunk: str, language: str) -> bool:
    """Return whether a comma chunk describes the name before it ("the mayor", "D-Calif.")."""
    words = chunk.split()
    if not words or _TAG.match(chunk):
        return True
    head = words[0].lower()
    if order_of(language).nouns_capitalised and (
        head.endswith(GERMAN_PERSON_ENDINGS) or head.rstrip(".") in TITLES
    ):
        return True  # "Jan Roth, Sprecher des Ministeriums, sagte": German nouns are capitalised
    return not words[0][:1].isupper() or head in DETERMINERS.get(language, frozenset())


def _closing_pair(text: str, toks: list[tuple[int, int, str]], k: int, language: str) -> bool:
    """Return whether "and" at ``toks[k]`` joins the last two words of a noun phrase.

    "des responsables américains et britanniques", "los sindicatos y patronales":
    in the languages whose adjectives follow the noun, a lower-case word of no
    closed class on each side of the conjunction, the second ending the phrase,
    coordinates two modifiers (or two nouns) of one phrase, not two clauses.
    """
    return (
        toks[k][2] in _AND
        and k >= 1
        and k + 2 == len(toks)
        and order_of(language).inverted_incise
        and text[toks[k - 1][0]].islower()
        and text[toks[k + 1][0]].islower()
        and closed_class(toks[k - 1][2], language) is None
        and closed_class(toks[k + 1][2], language) is None
    )


def _after_clause_words(text: str, s: int, e: int, language: str) -> int:
    """Return ``s`` moved past the last clause word ("a while back when she" -> "she").

    A German subordinating conjunction opening the chunk goes too ("zumal der
    Anwalt" -> "der Anwalt"): the subject of its clause follows it.
    """
    toks = tokens(text, s, e)
    words = _CLAUSE_WORDS.get(language, _CLAUSE_WORDS["en"])
    if order_of(language).verb_final_subordinates:
        words = words | _GERMAN_SUBORDINATORS
        if len(toks) > 1 and toks[0][2] in _GERMAN_SUBORDINATORS:
            s = toks[1][0]
            toks = toks[1:]
    for k in range(len(toks) - 1, 0, -1):
        w = toks[k][2]
        joins = w in _AND and k + 1 < len(toks)
        if joins and (text[toks[k + 1][0]].isupper() or toks[k + 1][2] in _TITLE_QUALIFIERS):
            continue  # "Ann and Tom Lee", "the chair and former governor"
        if _closing_pair(text, toks, k, language):
            continue  # "des responsables américains et britanniques"
        if w == _ATTRIBUTE_NEGATION.get(language) and _negated_attribute(text, toks, k):
            continue  # "ein nicht genannter Sprecher"
        if w in words:
            return toks[k + 1][0] if k + 1 < len(toks) else e
    return s


def _gerund(word: str, language: str) -> bool:
    """Return whether a cue is a gerund or participle clause ("adding", "ajoutant")."""
    ends = {"en": ("ing",), "fr": ("ant",), "es": ("ando", "iendo"), "it": ("ando", "endo")}
    return word.endswith(ends.get(language, ("\0",)))


# English nouns that end in "-ly" like adverbs of manner (the -ly nouns of the
# dictionary's reverse index that name people, bodies or events a story cites):
# a subject "the family", "an ally", "the assembly" keeps its head.
_LY_NOUNS = frozenset(
    "family ally assembly rally monopoly anomaly supply tally homily bully melee".split()
)


def _drop_trailing_adverbs(text: str, s: int, e: int) -> int:
    """Return ``e`` moved before adverbs ending a speaker phrase ("Trump later").

    A word in "-ly" right after a determiner is the phrase's noun, as are the
    nouns in "-ly" ("His family said", "the ally said").
    """
    toks = tokens(text, s, e)
    while len(toks) > 1 and (
        toks[-1][2] in _ADVERBS
        or (
            toks[-1][2].endswith("ly")
            and text[toks[-1][0]].islower()
            and toks[-1][2] not in _LY_NOUNS
            and toks[-2][2] not in DETERMINERS["en"]
        )
    ):
        toks.pop()
        e = toks[-1][1]
    return e


def _after_introduction(text: str, s: int, e: int, language: str) -> int:
    """Return ``s`` moved past a leading time or place phrase ("On Friday Trump" -> "Trump").

    Applies when the phrase opens with a preposition or a number and ends in a
    name or a pronoun: the mention is that name or pronoun.
    """
    toks = tokens(text, s, e)
    if len(toks) < 2 or order_of(language).verb_second:
        return s  # verb second: a fronted phrase is followed by the verb
    head = toks[0][2]
    if (
        head not in _PREPOSITIONS
        # "Nel suo intervento il sindaco Ugo Neri ha detto", "Durante la rueda de
        # prensa el alcalde …": any preposition of the grammar, the articulated
        # ones too, opens a phrase fronted without a comma
        and not _fronted_romance_preposition(head, language, text[toks[1][0]].islower())
        and not head[0].isdigit()
        and head not in {"a", "one"}
    ):
        return s
    last = toks[-1]
    if last[2] in PERSON_PRONOUNS.get(language, frozenset()):
        return last[0]
    k = len(toks) - 1
    while k > 0 and text[toks[k][0]].isupper():
        k -= 1
    if k + 1 < len(toks) and k > 0 and head in _PREPOSITIONS | {"a", "one"}:
        return toks[k + 1][0]
    if _fronted_romance_preposition(head, language, text[toks[1][0]].islower()):
        # "Nel suo intervento il sindaco Ugo Neri", "Nella conferenza stampa il
        # sindaco", "Alla nota Neri": the article or name after the phrase's noun,
        # when only a short noun phrase follows (no verb group: "… ont été mis")
        after = _subject_after_phrase(text, toks, language)
        if (
            after
            and len(toks) - after <= _SUBJECT_WORDS_AFTER_PHRASE
            and not any(closed_class(w, language) == "auxiliary" for _, _, w in toks[after:])
        ):
            return toks[after][0]
        return s
    if k + 1 < len(toks) and k > 0:
        return toks[k + 1][0]
    return s


# How many words a subject read after a fronted phrase may hold ("il segretario
# del partito Ugo Neri").
_SUBJECT_WORDS_AFTER_PHRASE = 6


def _subject_after_phrase(text: str, toks: list[tuple[int, int, str]], language: str) -> int:
    """Return the index in ``toks`` where the subject after a fronted phrase starts, or 0.

    ``toks`` opens with the phrase's preposition.  An article right after a
    preposition, lower-case words and names right after a preposition are the
    phrase's ("Alla nota", "Nella sede del Pd"); the first article or name after
    one of its lower-case words opens the subject ("Alla nota Rossi", "Nella
    conferenza stampa il sindaco").  A verb group, a pronoun or an adverb first
    gives no reading.
    """
    after_preposition = True
    for k in range(1, min(len(toks), 8)):
        ts, _, w = toks[k]
        if text[toks[k - 1][1] : ts].strip():
            return 0  # punctuation: a phrase set off by a comma is read elsewhere
        kind = closed_class(w, language)
        if kind == "adverb" and _takes_noun(toks[k - 1][2], language):
            kind = None  # "questo punto", "sul punto": after an article, a noun
        capital = kind is None and text[ts].isupper()
        if kind == "preposition":
            after_preposition = True
        elif capital and text[toks[k - 1][0]].isupper() and k > 1:
            continue  # "A proposito di Ius Soli": a name goes on
        elif kind == "determiner" or capital:
            if not after_preposition:
                # "Desde hace unos días": an article and a time noun are no subject
                time = k + 1 < len(toks) and closed_class(toks[k + 1][2], language) == "time"
                return 0 if time else k
            after_preposition = kind == "determiner"
        elif kind is None and w not in _TIME_VERBS.get(language, ()):
            after_preposition = False
        else:
            return 0  # a verb group, a pronoun, an adverb: no phrase
    return 0


def _takes_noun(word: str, language: str) -> bool:
    """Return whether a noun must follow ``word``: a determiner or a preposition with its article.

    Example:
        >>> _takes_noun("questo", "it"), _takes_noun("sul", "it"), _takes_noun("su", "it")
        (True, True, False)
    """
    return closed_class(word, language) == "determiner" or articled(word, language)


# The impersonal verb of elapsed time inside a Spanish time phrase ("Desde hace unos
# días está circulando …": no subject after it; RAE, Nueva gramática, on "hace" in
# time constructions).
_TIME_VERBS: Mapping[str, frozenset[str]] = MappingProxyType({"es": frozenset({"hace", "hacía"})})


def _fronted_romance_preposition(word: str, language: str, next_lower: bool = False) -> bool:
    """Return whether ``word`` is a French, Spanish or Italian preposition opening a phrase.

    Romance copy fronts a place, time or circumstance phrase often with no comma
    before the subject ("Nel pomeriggio il ministro ha detto", "Lors du débat le
    maire a dit"; Serianni and the Nueva gramática on the *complementi*/
    *complementos circunstanciales* before the subject); a source preposition
    ("selon", "secondo", "según") names the speaker instead, and a surname
    particle ("Di", "De", "Al") opens a name unless a lower-case word follows it
    (``next_lower``: "Al telegiornale", "Del resto").
    """
    return (
        language in _FRONTING_WITHOUT_COMMA
        and closed_class(word, language) == "preposition"
        and (next_lower or word not in NAME_PARTICLES)
        and word not in _SOURCE_HEADS.get(language, frozenset())
    )


# The languages whose fronted phrases go without a comma (French, Spanish, Italian).
_FRONTING_WITHOUT_COMMA = frozenset({"fr", "es", "it"})
# The one-word source phrases ("selon", "según", "secondo", "per"): they name a speaker.
_SOURCE_HEADS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        lang: frozenset(p for p in SOURCE_PHRASES.get(lang, ()) if " " not in p)
        for lang in _FRONTING_WITHOUT_COMMA
    }
)


def _described_name(text: str, toks: list[tuple[int, int, str]]) -> bool:
    """Return whether lower-case words lead to a name: "county tax lawyer Rosa Delgado"."""
    if len(toks) < 2 or len(toks) > 8:
        return False
    caps = [text[s].isupper() for s, _, _ in toks]
    k = caps.index(True) if True in caps else -1
    if 0 < k <= 4 and all(caps[k:]):
        return True
    # a capitalised word inside the lower-case description before a name:
    # "retired Senate budget committee aide Lisa Hoang"
    return not caps[0] and len(toks) >= 3 and caps[-1] and caps[-2]


def _nominal_after(word: str, language: str) -> bool:
    """Return whether the word after ``word`` must be a noun: ``word`` is a determiner only.

    "the claims", "a call", "their remarks": no finite verb follows an article or a
    determiner that is never a pronoun, a conjunction or a quantifier standing alone
    ("that", "his", "some" may be); nor a preposition fused with its article ("del
    acusado", "zum Sprecher").
    """
    g = grammar(language)
    fused = g.contractions.get(word)
    if fused is not None and "quel" not in fused[1]:  # (not "duquel", a relative pronoun)
        return True  # "del acusado", "zum Sprecher": a preposition and its article, then a noun
    return (
        word in g.determiners
        and word not in g.pronouns
        and word not in g.conjunctions
        and word not in QUANTIFIER_PRONOUNS.get(language, frozenset())  # "Another said"
    )


def _clause_goes_on(text: str, toks: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """Return whether the words before a comma and the verb ``toks[i]`` go on with a quotation.

    After a quotation, '" for the city, said' / '" that it would fail, said':
    the first word is a lower-case word of no determiner or pronoun class (a
    preposition, a conjunction, a verb) and a comma stands right before the verb;
    such words are no subject, so the verb's subject follows it.
    """
    if i < 2 or text[toks[i - 1][1] : toks[i][0]].strip() != ",":
        return False
    first = toks[0]
    if not text[first[0]].islower():
        return False
    if first[2] in grammar(language).conjunctions:
        return True  # "that it would fail", "and the city": a conjunction goes on
    return closed_class(first[2], language) not in {"determiner", "pronoun", "numeral"}


def _false_title_end(text: str, toks: list[tuple[int, int, str]], language: str) -> int | None:
    """Return the end of the name a "false title" leads to, or None.

    English news puts bare descriptive nouns before a name, with no determiner:
    "former city engineer Tom Hale", "undecided Republican voter Kim Ray".  The
    words up to the first closed-class word must open in lower case and end in a
    name of two capitalised words or more.
    """
    g = grammar(language)
    k = 0
    while k < len(toks) and k < 7 and g.closed_class(toks[k][2]) is None:
        if k and text[toks[k - 1][1] : toks[k][0]].strip():
            break  # punctuation inside: no single phrase
        k += 1
    run = 0
    while run < k and text[toks[k - 1 - run][0]].isupper():
        run += 1
    if run < 2 or run == k:
        return None
    return toks[k - 1][1]


def _before_adjunct(text: str, s: int, e: int, language: str) -> int:
    """Return ``e`` cut before a prepositional adjunct that follows a name.

    "il ministro Paul Gray al Consiglio di sicurezza ha accusato", "la ministre
    Anne Berg devant le Conseil a déclaré": a phrase of place or addressee
    between the subject and its verb; the linking prepositions of a name
    ("de", "della", "du": "Eva Roth de l'ONU") stay in it.
    """
    if language not in {"fr", "es", "it"}:
        return e
    toks = tokens(text, s, e)
    for m in range(2, len(toks)):
        word = toks[m][2]
        if (
            closed_class(word, language) == "preposition"
            and word not in _LINKS
            and text[toks[m - 1][0]].isupper()
            and text[toks[m - 2][0]].isupper()
            # a person's name, not a body's opening with its article ("La Ligue pour …")
            and closed_class(toks[m - 2][2], language) is None
            and any(text[t[0]].isupper() for t in toks[m + 1 :])
        ):
            return toks[m - 1][1]
    return e


def _last_words(text: str, s: int, e: int, n: int) -> int:
    """Return the start of the last ``n`` words of ``text[s:e]``."""
    toks = tokens(text, s, e)
    if len(toks) <= n:
        return s
    return toks[-n][0]


def _drop_fillers(text: str, s: int, e: int, language: str) -> int:
    """Return ``s`` moved past leading fillers ("But", "And then") of a speaker phrase."""
    fillers = _fillers(language)
    # read token by token: the first word is most often no filler
    for m in _TOKEN.finditer(text, s, e):
        word = m.group()
        start, end = m.span()
        if word[-1] == "." and not _abbreviation(word):
            end -= 1
            word = word[:-1]
        if word.lower() not in fillers:
            return start
        s = end
    return e


@functools.cache
def _fillers(language: str) -> frozenset[str]:
    """Return the leading fillers of ``language`` and of English ("But", "Aber")."""
    return LEADING_FILLERS.get(language, frozenset()) | LEADING_FILLERS["en"]


def _has_verb_like(toks: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether a speaker candidate holds a finite verb (then it is a clause)."""
    verbs = CUE_VERBS.get(language, frozenset())
    return any(w in verbs for _, _, w in toks) or len(toks) > 14


def _opinion_frame(
    text: str, toks: list[tuple[int, int, str]], i: int, sp: tuple[int, int]
) -> bool:
    """Return whether "pour X" opens a clause ("Pour Lee, …", "pero para la marca es …")."""
    if i == 0 or text[toks[i - 1][1] : toks[i][0]].strip() in {",", ":", ";", "."}:
        return True
    return toks[i - 1][2] in _ANY_FILLER or toks[i - 1][2] in _OPENING_ADVERBS


def _after_addressee(text: str, toks: list[tuple[int, int, str]], language: str) -> int:
    """Return the index of the speaker after an addressee phrase opening ``toks``, or -1.

    The speaker starts at a determiner or a capitalised word that follows a
    plain noun of that phrase: "en rueda de prensa el ministro" (4);
    "en la rueda de prensa" and "a BBC Mundo" hold none (-1).  Three
    capitalised words or more end in a name: "dal Cremlino Yuri Orlov" (3).
    """
    preps = ADDRESSEE_PREPOSITIONS.get(language, frozenset())
    dets = DETERMINERS.get(language, frozenset())
    run = 0
    for k in range(1, len(toks)):
        run = run + 1 if text[toks[k][0]].isupper() else 0
        if run >= 3 and (k + 1 == len(toks) or not text[toks[k + 1][0]].isupper()):
            if toks[k - 1][2] in ORG_HEAD_WORDS or toks[k][2] in ORG_HEAD_WORDS:
                return -1  # "al Catholic News Service": an outlet's name, no person's
            # "dal Cremlino Yuri Orlov", "a BBC Mundo Lucía Vera": a place
            # or an outlet, then the two words of a name
            return k - 1
    for k in range(2, len(toks)):
        w = toks[k][2]
        prev = toks[k - 1][2]
        # "in una nota l’ufficio legale": an elided article opens the subject too
        opens = w in dets or _elided_article(w, dets) or text[toks[k][0]].isupper()
        if (
            opens
            and not text[toks[k - 1][0]].isupper()
            and prev not in preps
            and prev not in _LINKS
            and prev not in dets
            # "a la agencia Efe": an outlet's head noun and its name, one phrase
            and not (text[toks[k][0]].isupper() and prev in ORG_HEAD_WORDS)
        ):
            return k
    return -1


def _speaker_after(
    text: str, lo: int, hi: int, language: str, depth: int = 0
) -> tuple[int, int] | None:
    """Return the speaker mention starting just after a cue at ``lo``."""
    titled = _TITLE_IN_MARKS.match(text, lo, hi)
    if titled is not None:
        return titled.span("title")  # "laut „Reuters“", "selon « Le Monde »"
    if depth == 0 and order_of(language).inverted_incise:
        aside = _aside_after_verb(text, lo, hi)
        if aside is not None:
            # "raconte, les larmes aux yeux, Marie Duval": an aside between the
            # verb and its inverted subject, set off by two commas
            return _speaker_after(text, aside, hi, language, depth=1)
    m = _STOP.search(text, lo, hi)
    end = m.start() if m is not None else hi
    s, e = _trim(text, lo, end)
    if s >= e:
        return None
    toks = tokens(text, s, e)
    if order_of(language).verb_second and toks and toks[0][2] == "sich":
        toks = toks[1:]  # "äußerte sich der Minister"
        if toks:
            s = toks[0][0]
    if order_of(language).verb_second and toks:
        k = _time_adjunct_end(toks, language)
        if 0 < k < len(toks):
            toks = toks[k:]  # "sagte am Freitag der Bürgermeister": the time, then the subject
            s = toks[0][0]
    if not toks:
        return None
    if order_of(language).inverted_incise:
        # "a déclaré mardi à la presse la maire", "dijo ayer Ana Ruiz": time words
        # and adverbs between the verb and its inverted subject
        k = _adjuncts_end(text, toks, language)
        toks = toks[k:]
        s = toks[0][0]
    if len(toks) > 1 and toks[0][2] in _WHAT and toks[1][2][:2] in {"qu", "ch"}:
        return None  # "a déploré ce qu’il …", "ha detto ciò che": what, not who
    if toks[0][2] in _COMPLEMENTIZERS:
        return None  # "ha puntualizado que la situación …": what was said
    if toks[0][2] in _BARE_GENITIVES.get(language, ()) and text[toks[0][0]].islower():
        # "La replica di Neri:", "La réplica de Gil:": a noun of speech (spelt as
        # a verb form) and its owner; a subject never opens with the bare "di"/"de"
        return None
    if (
        _elided_addressee(toks[0][2], language)
        and len(toks) > 1
        and (toks[1][2] in DETERMINERS.get(language, frozenset()) or text[toks[1][0]].isupper())
    ):
        # "ha commentato all’Ansa il sindaco": the elided preposition and its noun
        # are one word, the subject opens right after it
        toks = toks[1:]
        s = toks[0][0]
    elif toks[0][2] in ADDRESSEE_PREPOSITIONS.get(language, frozenset()):
        # "escribió en Twitter", "ha detto ai giornalisti": an addressee or a
        # medium, never the speaker, who may follow it ("dijo en rueda de prensa
        # el ministro") or come after a comma ("a indiqué sur Twitter, le porte-parole")
        k = _after_addressee(text, toks, language)
        if k < 0:
            if m is not None and text[m.start()] == "," and depth == 0:
                return _speaker_after(text, m.end(), hi, language, depth=1)
            return None
        toks = toks[k:]
        s = toks[0][0]
    if grammar(language).false_titles and text[toks[0][0]].islower():
        titled_end = _false_title_end(text, toks, language)
        if titled_end is not None:
            return s, titled_end  # "said former city engineer Tom Hale during …"
    if grammar(language).false_titles:
        body_end = body_false_title_end(text, toks, language)
        if body_end is not None:
            return s, body_end  # "said City Council member Eli Grant"
    # "said on Tuesday Ann Lee": skip; "dijo el ministro": keep
    head = toks[0][2]
    first = text[toks[0][0]]
    ok = (
        first.isupper()
        or head in PERSON_PRONOUNS.get(language, frozenset())
        # "selon lui", "secondo lei": a pronoun governed by a source preposition
        or (_third_person_pronoun(head, language) and _after_preposition(text, lo, language))
        or head in DETERMINERS.get(language, frozenset())
        # "a déclaré l’entraîneur", "précise l’Elysée": the elided article glued
        # to a noun of person, a body's head noun or a name
        or _elided_speaker(text, toks[0], language)
        # "teilte dessen Sprecher mit"
        or head in _POSSESSIVES.get(language, frozenset())
        or (not order_of(language).nouns_capitalised and _described_name(text, toks[:6]))
    )
    if not ok and order_of(language).inverted_incise:
        # "disse l’anno scorso Draghi", "dijo ayer Ana Torres": skip the time words
        later = next((k for k in range(1, min(len(toks), 4)) if text[toks[k][0]].isupper()), 0)
        stops = _AFTER_STOP.get(language, frozenset())
        if not later or any(w in stops for _, _, w in toks[:later]):
            return None
        toks = toks[later:]
        s = toks[0][0]
        head = toks[0][2]
    elif not ok:
        return None
    if (order_of(language).verb_second or order_of(language).inverted_incise) and (
        head in PERSON_PRONOUNS.get(language, frozenset())
    ):
        # "meldete er sich", "ha detto lei ai cronisti", "adelantó él ante la
        # prensa": an inverted pronoun is the subject alone
        return toks[0][0], toks[0][1]
    # stop before a relative clause or a complement: "said Lee in a statement"
    cut = e
    stops = _AFTER_STOP.get(language, frozenset())
    clause = _CLAUSE_WORDS.get(language, _CLAUSE_WORDS["en"])
    dets = DETERMINERS.get(language, frozenset())
    seen_name = text[toks[0][0]].isupper() and toks[0][2] not in dets
    for k in range(1, len(toks)):
        ts, _te, w = toks[k]
        joins_names = w in _AND and k + 1 < len(toks) and text[toks[k + 1][0]].isupper()
        if w in stops or (w in clause and not joins_names):
            cut = ts
            break
        if (
            order_of(language).verb_second
            and (w in _GERMAN_OBJECTS or w in _GERMAN_OBJECT_POSSESSIVES)
            and (seen_name or text[toks[k - 1][0]].isupper())
        ):
            # "sieht Jan Roth einen Angriff", "lobte die Trainerin ihre Elf": the
            # object after the name
            cut = ts
            break
        if k > 1 and _addressee_contraction(text, toks, k, language):
            cut = ts  # "ha detto il ministro Neri ai cronisti": an addressee after it
            break
        if k > 0 and _new_phrase(toks, k, dets, language):
            cut = ts  # "secondo l’esperta le scuole …": the clause's own subject
            break
        noun_before = order_of(language).nouns_capitalised and text[toks[k - 1][0]].isupper()
        if noun_before and w in _PREPOSITIONS and w not in {"von", "vom"} and k > 1:
            cut = ts  # "die Agentur unter Berufung auf …": a phrase after the speaker
            break
        if text[ts].isupper():
            seen_name = seen_name or toks[0][2] not in dets
        elif (
            (seen_name or (noun_before and w not in _PREPOSITIONS))
            and w not in _CONNECTORS
            and w not in dets
            and w not in _GERMAN_GENITIVE_POSSESSIVES  # "ein Sprecher seines Hauses"
            and not joins_names
        ):
            cut = ts  # "wird Jan Roth zitiert": the verb after the name
            break
    cut = adjective_complement_end(toks, cut, stops, language)  # "a person close to X"
    s, e = _trim(text, s, cut)
    if s >= e:
        return None
    named = _APPOSED_NAME.match(text, e, min(hi, e + 80))
    if (
        named is not None
        and language == "de"
        and any(t[2] in _PREPOSITIONS for t in tokens(text, e, named.start("name")))
    ):
        named = None  # "die Agentur unter Berufung auf den Gouverneur, Li Wen,": his name
    if named is not None and not text[s].isupper():
        # "secondo la portavoce del ministero, Giulia Neri, «…»": the name
        name_end = named.end("name")
        if text[name_end - 1] == "." and name_end - named.start("name") > 3:
            name_end -= 1  # the full stop of "…, Ivo Marek."
        return named.start("name"), name_end
    if e - s > 60:
        toks = tokens(text, s, e)
        e = toks[min(len(toks), 6) - 1][1]
    return s, e


# The preposition that links a noun to its complement inside a Romance noun phrase
# ("il ministro della Salute", "la portavoz del partido", "le maire du village"):
# its contractions with the article stay inside the speaker's phrase.
_GENITIVE_PREPOSITIONS = frozenset({"de", "di"})


def _new_phrase(
    toks: list[tuple[int, int, str]], k: int, dets: frozenset[str], language: str
) -> bool:
    """Return whether a determiner at token ``k`` opens a second noun phrase after the first.

    "secondo l’esperta le scuole riapriranno": after a noun opened by an elided
    article (no determiner, link or preposition right before it) a determiner
    opens the next phrase, never a complement of the first, which a preposition
    would introduce ("l’assessore alla Sanità").  (Read for a phrase opened by an
    elided article only: the readers after a full article were measured with
    the phrase running on.)
    """
    if toks[k][2] not in dets or not _elided_article(toks[0][2], dets):
        return False
    if not order_of(language).inverted_incise:
        return False
    prev = toks[k - 1][2]
    return prev not in dets and prev not in _CONNECTORS and closed_class(prev, language) is None


def _addressee_contraction(
    text: str, toks: list[tuple[int, int, str]], k: int, language: str
) -> bool:
    """Return whether token ``k`` is a preposition fused with its article opening an adjunct.

    "ha detto il ministro Neri ai cronisti", "a déclaré le maire Paul Roy aux
    habitants", "dijo la jueza Ana Gil al salir": a preposition other than the
    genitive "de"/"di", fused with its article, before a word in lower case, ends an inverted
    subject (a portfolio in capitals stays: "il sottosegretario al Lavoro").  Only
    after a name: a phrase of common nouns alone ("la sua crociata nel …") may be
    an object read for a subject, and a shorter one would pass for a speaker.
    """
    if k + 1 >= len(toks) or language not in _GRAMMAR_LANGUAGES:
        return False
    fused = grammar(language).contractions.get(toks[k][2])
    if fused is None or not order_of(language).inverted_incise:
        return False
    if not any(text[toks[j][0]].isupper() for j in range(1, k)):
        return False
    return (
        fused[0] not in _GENITIVE_PREPOSITIONS
        and text[toks[k][0]].islower()
        and text[toks[k + 1][0]].islower()
    )


# German possessive determiners that open an accusative or dative object, never
# a genitive inside the subject ("ein Sprecher seines Hauses" keeps "seines"):
# the nominative/accusative/dative forms of "sein", "ihr", "unser" (Duden, Die
# Grammatik, Possessivartikel) without the genitive "-es" and the "-er" forms
# that are genitive or dative.
_GERMAN_OBJECT_POSSESSIVES = frozenset(
    "seine seinen seinem ihre ihren ihrem unsere unseren unserem".split()
)
# The genitive possessives, which only ever join a noun inside the phrase.
_GERMAN_GENITIVE_POSSESSIVES = frozenset("seines ihres unseres".split())


# A short capitalised title in quotation marks right after a cue, naming an
# outlet: " „Reuters“", " « Le Monde »".
_TITLE_IN_MARKS = regex.compile(
    r"\s*+(?P<title>[„“«»\"]\s?\p{Lu}[^„“”«»\"\n]{0,40}?\s?[“”«»\"])(?=[\s,.;:)])"
)


# A full name set off by commas after a description: ", Giulia Neri," /
# ", Tom Baker." (the name then stands for the speaker).
_APPOSED_NAME = regex.compile(
    r"[^,]{0,60}?,\s*+(?P<name>\p{Lu}[\p{L}\p{M}.’'\-]*+(?:\s++\p{Lu}[\p{L}\p{M}.’'\-]*+){1,3})"
    r"\s*+(?:[,.:;]|$)"
)


def _impersonal_read(language: str) -> regex.Pattern[str] | None:
    """Return the pattern of "«…», se lee en" for ``language``: phrase, then preposition."""
    return reading_cue(language)  # "», peut-on lire dans le texte"


def attribute_after(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Find a cue and speaker in ``text[lo:hi]``, the words right after a quotation."""
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    impersonal = _impersonal_read(language)
    where = impersonal.match(text, lo, hi) if impersonal is not None else None
    if where is not None:
        sp = _speaker_after(text, where.end(), hi, language)
        if sp is None:
            # "si legge nel comunicato della chiesa": the article is in the preposition
            stop = _STOP.search(text, where.end(), hi)
            phrase = tokens(text, where.end(), stop.start() if stop is not None else hi)[:5]
            sp = (phrase[0][0], phrase[-1][1]) if phrase else None
        if sp is not None:
            # "«…», se lee en el comunicado": the text the words stand in
            return Attribution(
                speaker_start=sp[0],
                speaker_end=sp[1],
                cue_start=where.start("cue"),
                cue_end=where.end(),
            )
    verbs = CUE_VERBS.get(language, frozenset())
    if order_of(language).verb_second:
        verbs = verbs | split_cues(text, toks)  # "„…“, führte der Sprecher aus."
        verbs = verbs | perfect_cues(text, toks)  # "„…“, hat der Sprecher betont."
        verbs = verbs | second_place_plural(text, toks)  # "„…“ sprechen Experten"
    limit = min(len(toks), 30 if language == "en" else 16)
    order = order_of(language)  # (read for every word below)
    for i in range(limit):
        start, end, word = toks[i]
        inv = _INVERTED.match(word) if order.inverted_incise_clitic else None
        if inv is not None and inv.group("pron").lower() in INVERTED_PRONOUN[language]:
            # «…», a-t-il ajouté / dit-elle: the pronoun is the speaker
            pron_start = start + inv.start("pron")
            cue_end = toks[i + 1][1] if i + 1 < len(toks) and toks[i + 1][2] in verbs else end
            return Attribution(
                speaker_start=pron_start,
                speaker_end=start + inv.end("pron"),
                cue_start=start,
                cue_end=cue_end,
            )
        if (
            order.so_introduces_source
            and word == "so"
            and (i == 0 or text[toks[i - 1][1] : start].strip() == ",")  # after a comma
        ):
            # "„…“, so Lee." / "„…“ beenden, so Rice."
            if i + 1 < len(toks) and toks[i + 1][2] in _SAYS_IT:
                # "…, so heißt es in der Erklärung": the text named after it
                told = _german_verb_then_subject(text, toks[i + 1 :], hi)
                if told is not None:
                    return attrs.evolve(told, cue_start=start)
            sp = _speaker_after(text, end, hi, language)
            if sp is not None:
                sp = _statement_holder(text, sp, hi)
            elif i + 1 < len(toks) and toks[i + 1][2] in _GERMAN_POINTING_PRONOUNS:
                sp = toks[i + 1][0], toks[i + 1][1]  # "„…“, so letztere.": a pronoun
            cue_end = end
            if sp is None and i + 1 < len(toks) and toks[i + 1][2] in CUE_VERBS["de"]:
                # "„…“, so charakterisierte ihn der Sprecher": verb, object, subject
                k = i + 2
                while k < len(toks) and k < i + 4 and toks[k][2] in _GERMAN_OBJECTS | {"ihn", "es"}:
                    k += 1
                cue_end = toks[i + 1][1]
                sp = _speaker_after(text, toks[k][0], hi, language) if k < len(toks) else None
            if sp is not None:
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=cue_end
                )
        if order.verb_second and word in _QUOTING_VERBS and i <= 1:
            # "„…“, zitiert die Zeitung den Minister": the object was quoted
            obj = _second_phrase(text, toks, i + 1)
            if obj >= 0:
                sp = _speaker_after(text, toks[obj][0], hi, language)
                if sp is not None:
                    return Attribution(
                        speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=end
                    )
        n = _match_phrase(toks, i, language) if i <= 1 else 0
        if n and word not in {"so", "wie", "pour", "para", "per"}:
            cue_end = _phrase_end(text, toks[i + n - 1], language)
            sp = _speaker_after(text, cue_end, hi, language)
            if sp is None:
                object_toks = tokens(text, cue_end, min(hi, cue_end + 120))
                sp = bare_source_after(text, object_toks, language)  # "according to officials"
            if sp is not None:
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=cue_end
                )
        postposed = i == 0 and word in POSTPOSED_ONLY.get(language, frozenset())
        if (
            (word in verbs or postposed)
            and (i == 0 or not text[start].isupper())
            # '"…," a resident, who spoke …, said': the relative clause's own verb
            and not (i > 1 and inside_relative(text, toks, i, language, verbs))
        ):
            if i == 0 and _gerund(word, language):
                return None  # '“…,” adding that': not an attribution of this quote
            if i == 0 or (
                _verb_group_opens(toks, i, language) and not _modal_name(text, toks, i, language)
            ):
                cue_start = toks[0][0]
                sp = _speaker_after(text, end, hi, language)
                if sp is None and order.null_subjects:
                    # "«…», indicaron fuentes policiales": a bare plural subject
                    sp = bare_source_after(text, toks[i + 1 :], language, after_verb=True)
            else:
                cue_start = start
                sp = None
                if _clause_goes_on(text, toks, i, language):
                    # '"a challenge" for the city, said Ann Lee': the words before the
                    # comma finish the quotation's clause; the subject follows the verb
                    sp = _speaker_after(text, end, hi, language)
                    if sp is not None and closed_class(text[sp[0] : sp[1]].split()[0], language):
                        sp = None if text[sp[0]].isupper() else sp  # "said Tuesday"
                if (
                    sp is None
                    and language == "en"
                    and _gerund(word, language)
                    and toks[i - 1][2] in _GERUND_PREPOSITIONS_EN
                ):
                    # '"…," Lee sings to Roe before asking': the gerund adjunct's
                    # subject is its clause's, not the object before the preposition
                    sp = subject(text, lo, toks[i - 1][0], language)
                if sp is None:
                    sp = _speaker_before(text, lo, _aux_start(text, toks, i, language), language)
                    sp = _source_head_before(text, lo, sp, start, language)
                if sp is None and (
                    grammar(language).free_inversion or text[toks[i - 1][1] : start].strip() == ","
                ):
                    # "«…», ha detto X" / '"…" if she lost, said Ann Lee'
                    sp = _speaker_after(text, end, hi, language)
                if sp is None and _gerund(word, language):
                    # '"…" Lee is quoted as saying': the subject of the clause
                    sp = subject(text, lo, start, language)
            if sp is not None:
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=cue_start, cue_end=end
                )
            if (
                order_of(language).null_subjects
                and (i == 0 or _verb_group_opens(toks, i, language))
                and (
                    _bare_cue_end(text, end, hi)
                    or _addressee_only(text, end, hi, language)
                    or predicative_end(text, end, hi, language) is not None
                    or _adverbial_only(text, end, hi, language)
                )
            ):
                # "«…», ha affermato." / "”, dice.": the subject is dropped
                return Attribution(
                    speaker_start=-1, speaker_end=-1, cue_start=cue_start, cue_end=end
                )
            break
        if word in SOURCE_POSTPOSITIONS.get(language, ()):
            sp = _speaker_before(text, lo, start, language)
            if sp is not None:
                sp = _german_phrase_before(text, sp)
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=end
                )
    if language == "en":
        if not _set_off(text, lo):
            # "the station “stayed with” Ann Lee all evening": a quoted phrase with no
            # punctuation at its end runs on in its sentence; the name after it is no tag
            return None
        return _subject_then_verb(text, toks)
    if order_of(language).verb_second and (
        text[lo:hi].lstrip().startswith(",")
        # "„…“ heißt es in der Mitteilung": the comma is often left out before it
        or toks[0][2] in _SAYS_IT
    ):
        return _german_verb_then_subject(text, toks, hi)
    return None


# The vowel an articulated preposition of address loses before a vowel, per
# language: Italian "all’", "dall’" for *alla*, *dalla* (Serianni, on the elision
# of the article); a language with no entry glues none.
_ELIDED_VOWEL: Mapping[str, str] = {"it": "a"}


def _source_head_before(
    text: str, lo: int, sp: tuple[int, int] | None, cue: int, language: str
) -> tuple[int, int] | None:
    """Return ``sp`` widened to the source noun whose postmodifier it ends ("a spokesman for X").

    '"…," a spokesperson for the Interior Ministry said': the name in the
    prepositional phrase is the body the spokesperson speaks for; the phrase
    from its head on is the speaker (see `postmodified_subject`).
    """
    if sp is None or language != "en" or sp[0] <= lo:
        return sp
    nouns = SOURCE_NOUNS.get(language, frozenset())
    if nouns.isdisjoint(text[lo : sp[0]].lower().split()):
        return sp  # (a cheap look first: no source noun before the mention)
    # (imported here: the module reads this one)
    from newsdoc.quotes._postmodified import postmodified_subject

    head = postmodified_subject(text, lo, cue, language)
    if head is None or not head[0] < sp[0] or head[1] > sp[0]:
        return sp
    words = tokens(text, head[0], head[1])
    if not words or words[-1][2] not in nouns:
        return sp
    return head[0], sp[1]


def _elided_addressee(word: str, language: str) -> bool:
    """Return whether ``word`` opens with an elided preposition of address ("all’Ansa").

    Italian elides the articulated prepositions before a vowel ("all’", "dall’",
    "nell’", "sull’": *alla*, *dalla*, *nella*, *sulla* cut short; Serianni on the
    elision of the article), gluing them to the noun.
    """
    vowel = _ELIDED_VOWEL.get(language)
    cut = max(word.find("’"), word.find("'"))
    if vowel is None or cut <= 0 or cut == len(word) - 1:
        return False
    return word[:cut] + vowel in ADDRESSEE_PREPOSITIONS.get(language, frozenset())


# The bare genitive prepositions that open no subject.  French "de" opens the
# determiner "de nombreux", so only Italian and Spanish are read so.
_BARE_GENITIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {"it": frozenset({"di"}), "es": frozenset({"de"})}
)


# A comma right after a verb of an incise, then an aside up to a second comma:
# ", les larmes aux yeux," of "raconte, les larmes aux yeux, Marie Duval".
_ASIDE_AFTER_VERB = regex.compile(r"[ \t]*+,[^,;:.!?«»“”\"\n]{1,60}+,[ \t]*+")


def _aside_after_verb(text: str, lo: int, hi: int) -> int | None:
    """Return where the words after an aside set off right after a verb start, or None.

    Only where the words after the second comma run to the end of the sentence
    (``hi``, or a full stop before it) with no other comma: the inverted subject
    closes the incise ("…, dit, en souriant, la ministre.").
    """
    m = _ASIDE_AFTER_VERB.match(text, lo, hi)
    if m is None:
        return None
    rest = text[m.end() : hi]
    if "," in rest and not _apposed_name_closes(rest):
        return None  # (a name apposed to the subject may follow: "…, le maire, Jean Roy.")
    if text[hi : hi + 2].strip()[:1] not in {"", ".", "!", "?", "\n"}:
        return None  # "souligne, dans un message, sa « … »": an object, not the end
    return m.end()


def _apposed_name_closes(rest: str) -> bool:
    """Return whether the one comma of ``rest`` sets off a full name that ends it.

    Example:
        >>> _apposed_name_closes(" le maire, Jean Roy."), _apposed_name_closes(" le maire, qui")
        (True, False)
    """
    if rest.count(",") != 1:
        return False
    after = rest.split(",", 1)[1].strip().rstrip(".!?").strip()
    name = FULL_NAME.fullmatch(after)
    return name is not None


def speaker_after(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the speaker mention right after a cue ending at ``lo`` ("sagte Jan Roth")."""
    return _speaker_after(text, lo, hi, language)


def _statement_holder(
    text: str, span: tuple[int, int], hi: int, nouns: frozenset[str] = _VERDICT_NOUNS
) -> tuple[int, int]:
    """Return who holds a German verdict ("so das Fazit der Betreiber" -> "der Betreiber").

    With ``nouns``, the holder of another kind of statement ("einer Mitteilung der Bahn"
    -> "der Bahn").
    """
    toks = tokens(text, span[0], span[1])
    if not toks or toks[-1][2] not in nouns:
        return span
    nxt = tokens(text, span[1], min(hi, span[1] + 30))
    if not nxt or nxt[0][2] not in {"der", "des"} or text[span[1] : nxt[0][0]].strip():
        return span
    holder = _speaker_after(text, nxt[0][1], hi, "de")
    return (nxt[0][0], holder[1]) if holder is not None else span


def _german_phrase_before(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return the German noun phrase ending ``span`` ("waren dem Bericht" -> "dem Bericht").

    Capitalised words and articles run back from the end; a lower-case word
    (an adjective) belongs only when an article stands right before it.
    """
    toks = tokens(text, span[0], span[1])
    dets = DETERMINERS["de"]
    k = len(toks) - 1
    while k > 0:
        prev = toks[k - 1]
        if text[prev[0]].isupper() or prev[2] in dets:
            k -= 1
        elif k > 1 and toks[k - 2][2] in dets:
            k -= 1  # "dem jüngsten Bericht": an adjective after its article
        else:
            break
    return toks[k][0] if toks else span[0], span[1]


def _german_verb_then_subject(
    text: str, toks: list[tuple[int, int, str]], hi: int
) -> Attribution | None:
    """Return '„…“, zitierte man Lee' / '„…“, wird Lee zitiert': the subject after the verb."""
    if text[toks[0][0]].isupper() or not _german_finite(toks[0][2]):
        return None  # "„…“, am Ende waren es zwölf": no verb right after the comma
    origin = (
        originator_after(toks, 2)
        if len(toks) > 2 and toks[0][2] in _SAYS_IT and toks[1][2] == "es"
        else None
    )
    if origin is not None:
        # "„…“, hieß es aus dem Ministerium": who the impersonal words come from
        sp = _speaker_after(text, origin, hi, "de")
        if sp is not None:
            return Attribution(
                speaker_start=sp[0], speaker_end=sp[1], cue_start=toks[0][0], cue_end=toks[1][1]
            )
    k = 1
    while (
        k < len(toks)
        and k < 5
        and toks[k][2] in _GERMAN_SKIP | {"in", "im", "auf", "bei", "von", "vom"}
    ):
        k += 1
    if k >= len(toks) or k >= 5:
        return None
    sp = _speaker_after(text, toks[k][0], hi, "de")
    if sp is None:
        return None
    if k > 1 and toks[1][2] == "es":
        # "„…“, hieß es in einer Mitteilung der Nordbahn": the document with its owner,
        # as "in einer Erklärung des Bundes" is read
        owner = _statement_holder(text, sp, hi, _DOCUMENT_NOUNS)
        sp = (sp[0], max(sp[1], owner[1]))
    return Attribution(
        speaker_start=sp[0],
        speaker_end=sp[1],
        cue_start=toks[0][0],
        cue_end=toks[0][1],
        strong=False,
    )


# The German nouns of a written statement whose owner, in the genitive after it,
# is the one who speaks: "in einer Mitteilung der Bahn", "in einer Erklärung des
# Verbands" (the statement nouns that are documents, not views).
_DOCUMENT_NOUNS = frozenset(
    "erklärung mitteilung pressemitteilung stellungnahme schreiben brief bericht "
    "botschaft rundschreiben".split()
)


# Punctuation that sets a speech tag off from the quotation before it, inside the closing mark
# ("“…,” Lee said", "“…?” Lee asked") or right after it ("“…”, Lee said", "“…” — Lee said"):
# English puts a comma, or the quotation's own end mark, between the two (Chicago Manual of
# Style, 6.40-6.43; AP Stylebook, "quotation marks").
_TAG_MARKS = frozenset(",.!?…:;—–-")
_CLOSING_MARKS = "\"”’'»›“"


def _set_off(text: str, end: int) -> bool:
    """Return whether punctuation sets the words after a quotation ending at ``end`` off from it."""
    inside = text[max(0, end - 4) : end].rstrip(_CLOSING_MARKS)
    if inside[-1:] in _TAG_MARKS:
        return True
    after = text[end : end + 3].lstrip(" \t\u00a0")
    return after[:1] in _TAG_MARKS or after[:1] in {"\n", ""} or after[:1] in _CLOSING_MARKS


def _subject_then_verb(text: str, toks: list[tuple[int, int, str]]) -> Attribution | None:
    """Return '"…," Trump shot back.': a name or pronoun, then any verb, after a quotation.

    Used when no listed cue follows; the first lower-case word after the
    speaker is taken as the cue.
    """
    first = toks[0]
    head = first[2]
    if not (text[first[0]].isupper() or head in PERSON_PRONOUNS["en"]):
        return None
    if head in DETERMINERS["en"] or head in LEADING_FILLERS["en"]:
        return None
    for k in range(1, min(len(toks), 7)):
        s, e, w = toks[k]
        if text[toks[k - 1][1] : s].strip() not in {"", ".", "’s", "'s"}:
            return None  # punctuation inside: not a plain subject
        if text[s].isupper() or w in _CONNECTORS:
            continue
        if w in _CLAUSE_WORDS["en"] or w in LEADING_FILLERS["en"]:
            return None
        if head in PERSON_PRONOUNS["en"] and k > 1:
            return None
        return Attribution(
            speaker_start=first[0],
            speaker_end=toks[k - 1][1],
            cue_start=s,
            cue_end=e,
            strong=False,
        )
    return None


def _verb_group_opens(toks: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """Return whether only auxiliaries and object clitics stand before token ``i``.

    "ha detto", "le dice", "gli ha detto": the verb group opens the clause.
    """
    first = 1 if i and toks[0][2] in AS_SAID.get(language, frozenset()) else 0
    if i - first > 2:
        return False
    aux = _AUXILIARIES.get(language, frozenset())
    clitics = OBJECT_CLITICS.get(language, frozenset())
    # "comme l’a dit", "come ha detto", "como lo dijo": "as … said" opens it too
    return all(
        toks[k][2] in aux
        or toks[k][2] in clitics
        or _elided_group(toks[k][2], aux, clitics)
        # the neuter object of "comme le dit", "como lo dijo"
        or (first and closed_class(toks[k][2], language) in {"determiner", "pronoun"})
        for k in range(first, i)
    )


def _elided_group(word: str, aux: frozenset[str], clitics: frozenset[str]) -> bool:
    """Return whether ``word`` is a clitic elided onto an auxiliary ("l’a", "l’ha")."""
    head, sep, tail = word.replace("'", "’").partition("’")
    return bool(sep) and tail in aux and (head + "’" in clitics or head in {"l", "s", "m", "t"})


def _addressee_only(text: str, end: int, hi: int, language: str) -> bool:
    """Return whether a cue is followed by an addressee only ('”, dijo a la prensa.')."""
    toks = tokens(text, end, hi)
    return (
        bool(toks)
        and toks[0][2] in ADDRESSEE_PREPOSITIONS.get(language, frozenset())
        and _speaker_after(text, end, hi, language) is None
    )


# How many words an adverbial after a cue with a dropped subject may hold.
_ADVERBIAL_WORDS = 8


def _adverbial_only(text: str, end: int, hi: int, language: str) -> bool:
    """Return whether a cue is followed by an adverbial only, to its sentence's end.

    "«…», hanno gridato più volte.", "«…», gritaban frente al ministerio.": an adverb,
    a time word, a count of times ("più volte", "varias veces") or a phrase opened by
    a preposition, with no capitalised word (no inverted subject is read after it).

    Example:
        >>> t = ", hanno gridato più volte."
        >>> _adverbial_only(t, t.index(" più"), len(t), "it")
        True
        >>> t = ", dijo tras la reunión el Ministro."
        >>> _adverbial_only(t, t.index(" tras"), len(t), "es")
        False
    """
    stop = sentence_end(text, end, hi)
    toks = tokens(text, end, stop)
    if not toks or len(toks) > _ADVERBIAL_WORDS or text[end:stop].count(",") > 0:
        return False
    first = closed_class(toks[0][2], language)
    opening = {"adverb", "time", "preposition", "quantifier", "numeral"}
    if first not in opening and toks[0][2] not in grammar(language).contractions:
        return False
    verbs = CUE_VERBS.get(language, frozenset())
    return all(text[s].islower() and w not in verbs for s, _e, w in toks)


def predicative_end(text: str, end: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the predicative adjective that alone follows a cue ending at ``end``, or None.

    "«…», dice sconsolata.": the adjective, then the end of the sentence.
    """
    toks = tokens(text, end, min(hi, end + 40))
    if (
        not toks
        or text[end : toks[0][0]].strip()
        or not text[toks[0][0]].islower()
        or not predicative(toks[0][2], language)
    ):
        return None
    return (toks[0][0], toks[0][1]) if _bare_cue_end(text, toks[0][1], hi) else None


def _bare_cue_end(text: str, end: int, hi: int) -> bool:
    """Return whether a cue stands alone before the sentence ends ('”, dice.')."""
    rest = text[end:hi].lstrip()
    return not rest or rest[0] in ".;!?" or (rest[0] == "," and len(rest) < 3)


# Irregular past forms of the English verbs of saying: with the "-ed" and "-s" endings, the forms
# no modal takes (a modal takes the bare infinitive: "will say", never "will said").
_IRREGULAR_SAYING_PASTS = frozenset(
    {"said", "told", "wrote", "spoke", "swore", "thought", "put", "sang", "taught", "felt"}
)


def _modal_name(text: str, toks: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """Return whether a capitalised modal before the verb ``toks[i]`` is a name ("Will wrote").

    A modal takes a bare infinitive (Quirk et al. 1985, §3.40), so "Will" or "May" before a
    past or third-person form is the name of its subject: "“…,” Will wrote", "May said".
    """
    if language != "en" or i != 1:
        return False
    first, verb = toks[0], toks[1][2]
    return (
        first[2] in grammar(language).modals
        and text[first[0]].isupper()
        and (verb.endswith(("ed", "s")) or verb in _IRREGULAR_SAYING_PASTS)
    )


def _aux_start(text: str, toks: list[tuple[int, int, str]], i: int, language: str) -> int:
    """Return where the verb group ending at token ``i`` starts ("has said", "a dit").

    An auxiliary behind a comma belongs to another clause ("… inne hat, sagte").
    """
    aux = _AUXILIARIES.get(language, frozenset())
    j = i
    while j > 0 and toks[j - 1][2] in aux and "," not in text[toks[j - 1][1] : toks[j][0]]:
        if (
            toks[j - 1][2] in grammar(language).modals
            and text[toks[j - 1][0]].isupper()
            and (toks[i][2].endswith(("ed", "s")) or toks[i][2] in _IRREGULAR_SAYING_PASTS)
        ):
            break  # "Will described …": a modal takes no past form, so this is a name
        j -= 1
    if (
        not order_of(language).verb_final_subordinates
        and j == i
        and j > 1
        and any(t[2] in aux for t in toks[max(0, j - 5) : j - 1])  # an auxiliary near
        and closed_class(toks[j - 1][2], language) != "preposition"  # "… to tell": no participle
    ):
        # "avait pour sa part accusé", "ha già detto", "had previously said":
        # adverbials between the auxiliary and the participle
        k = j - 1
        while (
            k > 0
            and j - k <= 4
            and (_adverbial_word(toks[k][2], language) or toks[k][2].endswith("ly"))
        ):
            k -= 1
        if 0 <= k < j - 1 and toks[k][2] in aux and "," not in text[toks[k][1] : toks[j][0]]:
            j = k
    if order_of(language).verb_final_subordinates and j == i:
        # "habe darin geschrieben": lower-case adverbs between auxiliary and participle
        k = j - 1
        while k > 0 and j - k <= 3 and text[toks[k][0]].islower() and toks[k][2] not in aux:
            k -= 1
        if 0 <= k < j - 1 and toks[k][2] in aux and "," not in text[toks[k][1] : toks[j][0]]:
            j = k
    return toks[j][0]


# The German source of a ", so X," incise, closed by a comma, maybe after where
# X said it: "so Lee, habe …", "so Lee in einem Gespräch mit dem Radio, sei …".
_SO_INCISE_END = regex.compile(
    r"\s*+(?:,|(?:in|im|auf|bei|gegenüber|am|vor)\s[^,.;:!?\n]{1,100}+,)"
)


def _verb_bracket(text: str, toks: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """Return whether the German cue ``toks[i]`` closes a verb bracket over a noun.

    German sets the finite auxiliary or modal second and the participle or
    infinitive last (Duden-Grammatik, "Satzklammer"), the objects between
    them: "Die Ministerin hat den Reportern gesagt", "Er soll zu Lee gesagt
    haben".  A capitalised word between the finite verb and the cue is then an
    object or the subject after the verb, never a subject right before the cue.
    """
    if not order_of(language).verb_final_subordinates or i < 2:
        return False
    finite = _AUXILIARIES.get(language, frozenset()) | grammar(language).modals | BRACKET_FINITES
    for k in range(i - 1, max(-1, i - _BRACKET_WORDS - 1), -1):
        if "," in text[toks[k][1] : toks[k + 1][0]]:
            return False  # another clause
        if toks[k][2] in finite and text[toks[k][0]].islower():
            return any(text[t[0]].isupper() for t in toks[k + 1 : i])
    return False


def _first_conjunct_subject(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """Return the subject of the German main clause that "und" at ``at`` goes on.

    A verb coordinated with the one before shares its subject (Duden-Grammatik,
    Koordination: Subjektellipse): "Der Mann schlug um sich und rief" and, with
    the subject after the verb second, "Dann schlug der Mann um sich und rief",
    "Als Hilfe kam, schlug der Mann um sich und rief".
    """
    words = tokens(text, sentence_start(text, lo, at), at)
    if not words:
        return None
    toks = tokens(text, _after_fronted_clause(text, words[0][0], at), at)
    if not toks:
        return None
    own, first = toks[0][0], toks[0]
    fronted = own > words[0][0]
    if text[first[0]].islower() and (fronted or _german_finite(first[2])):
        # "Als Hilfe kam, biss der Mann …": the main clause opens with its verb
        return _speaker_after(text, first[1], at, "de")
    if closed_class(first[2], "de") in {"adverb", "time"} and len(toks) > 2:
        return _german_subject_after_verb(text, toks, 0, at)  # "Dann schlug der Mann"
    return subject(text, own, at, "de")


def _bracket_subject(
    text: str, toks: list[tuple[int, int, str]], i: int, span: tuple[int, int]
) -> tuple[int, int]:
    """Return the subject that opens a German middle field closed by the cue ``toks[i]``.

    "Zur Lage wird Kern auf der Website wie folgt zitiert": a main clause with an
    adverbial before its finite verb has its subject right after that verb, then
    the other phrases, the participle last (Duden-Grammatik, "Satzklammer" and
    "Vorfeld"); the subject ends before the first preposition or adverb after a
    capitalised word.  ``span``, the phrase right before the cue, when the clause
    is not of that shape.
    """
    finite = _AUXILIARIES["de"] | grammar("de").modals | BRACKET_FINITES
    f = -1
    for k in range(i - 1, max(-1, i - 2 * _BRACKET_WORDS - 1), -1):
        if _CLAUSE_BREAK.search(text[toks[k][1] : toks[k + 1][0]]):
            return span  # another clause, or a quotation, between them
        if toks[k][2] in finite and text[toks[k][0]].islower():
            f = k
            break
    if f < 1 or f + 1 >= i:
        return span
    head = toks[f - 1][2]
    fronted = closed_class(head, "de") in {"adverb", "time"} or head.startswith(("da", "hier"))
    opener = max(
        (k for k in range(f) if _CLAUSE_BREAK.search(text[toks[k - 1][1] : toks[k][0]]) or k == 0),
        default=0,
    )
    fronted = fronted or closed_class(toks[opener][2], "de") == "preposition"
    first = toks[f + 1]
    if not fronted or not (text[first[0]].isupper() or first[2] in DETERMINERS["de"]):
        return span
    end = first[1]
    for n in range(f + 2, i):
        word = toks[n][2]
        if text[toks[n][0]].islower() and (
            (
                closed_class(word, "de") in {"preposition", "adverb", "time"}
                and word not in {"von", "vom"}
            )
            # "hat die Ministerin den Reportern gesagt": an article that is no
            # genitive opens the next phrase, an object
            or (word in _OBJECT_ARTICLES and text[toks[n - 1][0]].isupper())
        ):
            break
        end = toks[n][1]
    return first[0], end


# German articles after a noun that open another phrase: the accusative and dative
# forms, and "die"/"das"/"ein"/"eine", which are never genitive; "der", "des",
# "einer", "eines" may be a genitive inside the phrase ("der Sprecher der Partei").
_OBJECT_ARTICLES = frozenset(
    "den dem einen einem die das ein eine seine seinen seinem ihre ihren ihrem".split()
)


# The forms of "werden" that open a passive bracket ("wird … kritisiert").
_PASSIVE_FINITES = frozenset("wird werden wurde wurden würde würden werde".split())


def _passive_bracket(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Return whether the German bracket the cue ``toks[i]`` closes opens with "werden"."""
    for k in range(i - 1, max(-1, i - _BRACKET_WORDS - 1), -1):
        if "," in text[toks[k][1] : toks[k + 1][0]]:
            return False
        if toks[k][2] in BRACKET_FINITES and text[toks[k][0]].islower():
            return toks[k][2] in _PASSIVE_FINITES
    return False


def _by_finite(text: str, span: tuple[int, int], lo: int) -> bool:
    """Return whether a German phrase stands right before or after a bracket's finite verb.

    The subject of a main clause is the one phrase before the finite verb or
    the first after it ("Der Sprecher hat …", "Am Montag hat der Sprecher …");
    a phrase with more words between it and the finite verb is no subject of
    that verb ("Kritik Bereits im Mai hatte X …": a heading run on).
    """
    after = tokens(text, span[1], min(len(text), span[1] + 20))
    if after and after[0][2] in BRACKET_FINITES and not text[span[1] : after[0][0]].strip():
        return True
    before = tokens(text, max(lo, span[0] - 20), span[0])
    return (
        bool(before)
        and before[-1][2] in BRACKET_FINITES
        and not text[before[-1][1] : span[0]].strip()
    )


def _oblique_phrase(text: str, span: tuple[int, int], lo: int) -> bool:
    """Return whether a German phrase is no subject by its form alone.

    It follows a preposition ("zu den Reportern") or opens with an article
    that is never nominative ("den Reportern", "dem Sender"); "der Zeitung",
    nominative or dative, is not known so.
    """
    first = _TOKEN.match(text, span[0], span[1])
    if first is not None and first.group().lower() in _NEVER_NOMINATIVE:
        return True
    before = tokens(text, max(lo, span[0] - 20), span[0])
    return bool(before) and closed_class(before[-1][2], "de") == "preposition"


# German articles and pronoun forms that are never the nominative (Duden-
# Grammatik, declension of the definite and indefinite article).
_NEVER_NOMINATIVE = frozenset({"den", "dem", "einem", "einen"})
# How many words a German verb bracket may hold between its two verbs.
_BRACKET_WORDS = 8


def _function_words_only(text: str, span: tuple[int, int], language: str) -> bool:
    """Return whether ``text[span]`` holds only clitics and auxiliaries ("L’ha", "Lo ha")."""
    aux = _AUXILIARIES.get(language, frozenset())
    clitics = OBJECT_CLITICS.get(language, frozenset())
    toks = tokens(text, span[0], span[1])
    return bool(toks) and all(
        w in aux or w in clitics or _elided_group(w, aux, clitics) for _, _, w in toks
    )


# The prepositions (and their fusions with the article) that open a German time
# phrase between a verb and its subject: "am Freitag", "im Juni", "in der Nacht".
_TIME_PREPOSITIONS_DE = frozenset("am im an in zum beim seit nach vor".split())


def _time_adjunct_end(toks: list[tuple[int, int, str]], language: str) -> int:
    """Return the index after a time phrase opening ``toks`` (0: none).

    "sagte am Freitag der Bürgermeister", "sagte gestern Abend die Ministerin":
    a time word, or a preposition, maybe an article, and a time word.

    Example:
        >>> _time_adjunct_end([(0, 2, "am"), (3, 10, "freitag"), (11, 14, "der")], "de")
        2
    """
    k = 0
    while k < len(toks) and closed_class(toks[k][2], language) == "time":
        k += 1  # "gestern", "heute Abend"
    if k:
        return k
    if toks[0][2] not in _TIME_PREPOSITIONS_DE:
        return 0
    j = 1
    if j < len(toks) and closed_class(toks[j][2], language) == "determiner":
        j += 1
    if j < len(toks) and closed_class(toks[j][2], language) == "time":
        return j + 1
    return 0


def _adjuncts_end(text: str, toks: list[tuple[int, int, str]], language: str) -> int:
    """Return the index of the first token after the adjuncts opening ``toks``.

    Time words and adverbs ("ieri", "chiaramente"), and a manner phrase of a
    preposition and bare nouns ("sin rodeos", "senza mezzi termini"), stand
    between a verb and its inverted subject; a phrase opened by a preposition
    of address ("ai giornalisti") is read elsewhere.
    """
    addressee = ADDRESSEE_PREPOSITIONS.get(language, frozenset())
    k = 0
    if len(toks) > 1 and toks[0][2] in VERB_GROUP_COMPLEMENTS.get(language, ()):
        k = 1  # "tranche net la ministre", "fait savoir le ministère": the verb's own word
    while k < len(toks) - 1:
        w = toks[k][2]
        kind = closed_class(w, language)
        if kind in {"time", "adverb"} or w.endswith(_ADVERB_SUFFIX.get(language, ("\0",))):
            k += 1
            continue
        if (
            text[toks[k][0]].islower()
            # right after the verb or an adverb: "sabato scorso" is a time phrase
            and (k == 0 or closed_class(toks[k - 1][2], language) == "adverb")
            and predicative(w, language)
            and _opens_noun_phrase(text, toks[k + 1], language)
            # after the verb of saying itself, not a preposition ("dal ministro Verdi")
            and _after_cue_verb(text, toks[0][0], language)
        ):
            k += 1  # "commenta amaro Paolo Neri": an adjective of the subject
            continue
        if (
            kind == "determiner"
            and k + 2 < len(toks)
            and closed_class(toks[k + 1][2], language) == "time"
            and text[toks[k + 1][0]].islower()
        ):
            # "dijo el miércoles por la noche el delegado", "a reconnu le lundi le
            # préfet": an article and a time noun are a time phrase, not the subject
            k += 2
            continue
        if kind == "preposition" and w not in addressee:
            j = k + 1
            if (
                j < len(toks) - 2
                and closed_class(toks[j][2], language) == "determiner"
                and closed_class(toks[j + 1][2], language) == "time"
            ):
                # "por la noche", "dans la matinée": the article of a time noun
                j += 1
            while j < len(toks) - 1 and j - k <= 3 and closed_class(toks[j][2], language) is None:
                if text[toks[j][0]].isupper():
                    break
                j += 1
            if j > k + 1 and j < len(toks) and _opens_noun_phrase(text, toks[j], language):
                k = j
                continue
        break
    return k


def _after_cue_verb(text: str, at: int, language: str) -> bool:
    """Return whether the word right before ``at`` is a verb of saying ("commenta amaro")."""
    before = tokens(text, max(0, at - 32), at)
    return bool(before) and before[-1][2] in CUE_VERBS.get(language, frozenset())


def _opens_noun_phrase(text: str, tok: tuple[int, int, str], language: str) -> bool:
    """Return whether ``tok`` may open a subject: a determiner or a capitalised word."""
    return text[tok[0]].isupper() or closed_class(tok[2], language) == "determiner"


def _third_person_pronoun(word: str, language: str) -> bool:
    """Return whether ``word`` is a third-person personal pronoun ("lui", "ella")."""
    if language not in _GRAMMAR_LANGUAGES or closed_class(word, language) != "pronoun":
        return False
    features = grammar(language).features(word)
    return (
        features is not None
        and features.person == 3
        # "lui", "ella", "eux"; not the neuter "ello", "cela"
        and (features.gender in {"m", "f"} or word in OBJECT_CLITICS.get(language, frozenset()))
    )


def _after_preposition(text: str, at: int, language: str) -> bool:
    """Return whether the word ending right before ``at`` is a preposition ("selon")."""
    if language not in _GRAMMAR_LANGUAGES:
        return False
    before = tokens(text, max(0, at - 25), at)
    return (
        bool(before)
        and not text[before[-1][1] : at].strip()
        and (closed_class(before[-1][2], language) == "preposition")
    )


def _complement_follows(text: str, end: int, hi: int, language: str) -> bool:
    """Return whether a preposition follows ``end`` before the quotation at ``hi``.

    "acusó al Gobierno de «…»", "ha invitato i presenti a «…»": the noun phrase
    after the verb is its object, the preposition opens what it is accused of.
    """
    if language not in {"es", "it", "fr"}:
        return False  # where the subject may be dropped, and is then the register's
    rest = tokens(text, end, hi)
    if not rest:
        # "a réaffirmé sa volonté de « … »": the noun phrase read took the
        # preposition in ("sa volonté de"), the quotation right after it
        last = tokens(text, max(0, end - 4), end)
        return bool(last) and last[-1][1] == end and _opens_complement(last[-1][2], language)
    return not text[end : rest[0][0]].strip() and _opens_complement(rest[0][2], language)


def _opens_complement(word: str, language: str) -> bool:
    """Return whether ``word`` is a preposition that opens a verb's complement ("de", "a").

    French "de" is filed with the determiners for its partitive use; before a
    quotation it is the preposition ("accusé de « … »").
    """
    if word.lower() in _PARTITIVE_PREPOSITIONS.get(language, frozenset()):
        return True
    return closed_class(word, language) == "preposition"


# The words filed as determiners that are also the preposition opening a verb's
# complement, per language: French "de" (partitive article and preposition, Le Bon
# Usage, on the partitive); "accusé de « … »".
_PARTITIVE_PREPOSITIONS: Mapping[str, frozenset[str]] = {"fr": frozenset({"de", "d’", "d'"})}
# Articles that are also object clitics, per language: French "le", "la", "les"
# (Le Bon Usage, on the personal pronoun "le"), filed with the determiners.
_ARTICLE_CLITICS: Mapping[str, frozenset[str]] = {
    "fr": frozenset({"le", "la", "les", "l’", "l'"}),
}
# The anticipatory subject of an extraposed clause, per language: English "it"
# (Quirk et al. 1985, on extraposition: "It is strange that …").
_ANTICIPATORY_IT: Mapping[str, str] = {"en": "it"}
# The negation that may stand inside a noun phrase before a participle used as an
# adjective, per language: German "ein nicht genannter Sprecher".
_ATTRIBUTE_NEGATION: Mapping[str, str] = {"de": "nicht"}
# Possessive determiners that open a subject, per language where the determiner
# table leaves them out: German "sein", "ihr", "dessen" ("teilte dessen Sprecher mit").
_POSSESSIVES: Mapping[str, frozenset[str]] = {"de": _GERMAN_POSSESSIVES}

# Words opening a time phrase with no comma before the subject, per language:
# English "Last week Lee said", "In December the prince wrote" (the time phrase
# of the other languages is set off or read by their own rules).
_SUBJECT_TIME_OPENERS: Mapping[str, frozenset[str]] = {"en": _TIME_OPENERS}


def _object_pronoun(word: str, language: str) -> bool:
    """Return whether ``word`` is an object clitic before a verb ("la", "le", "lo")."""
    return word in OBJECT_CLITICS.get(language, frozenset()) or word in _ARTICLE_CLITICS.get(
        language, frozenset()
    )


def _adverbial_word(word: str, language: str) -> bool:
    """Return whether ``word`` may stand inside an adverbial ("pour sa part", "già").

    An adverb of manner derived with -ment/-mente does too ("a récemment dit",
    "ha duramente criticato"): :attr:`WordOrder.adverb_suffix`.
    """
    suffix = order_of(language).adverb_suffix
    return (
        closed_class(word, language) in {"adverb", "preposition", "determiner", "time"}
        or word in _ADVERBIAL_NOUNS
        or (bool(suffix) and word.endswith(suffix) and len(word) >= len(suffix) + 4)
    )


def _so_incise_closes(text: str, end: int, hi: int) -> bool:
    """Return whether the source of a German ', so X' incise ends at ``end``."""
    return _SO_INCISE_END.match(text, end, hi) is not None


# The reflexive clitic of the third person ("se résume", "si riduce", "se reduce"),
# from the grammars' paradigms of pronominal verbs.
_REFLEXIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {"fr": frozenset({"se", "s'", "s’"}), "es": frozenset({"se"}), "it": frozenset({"si"})}
)


def pronominal_with_preposition(toks: list[tuple[int, int, str]], j: int, language: str) -> bool:
    """Return whether the verb ``toks[j]`` is pronominal and governs a preposition.

    "se résumait à « … »", "si riduce a « … »", "se reduce a « … »": with its
    reflexive clitic and a preposition after it the verb means "amount to", and
    the quotation is its complement, not words it reports.

    Example:
        >>> t = "la réforme se résume à"
        >>> pronominal_with_preposition(tokens(t, 0, len(t)), 3, "fr")
        True
    """
    reflexive = _REFLEXIVES.get(language)
    if reflexive is None or j == 0 or j + 1 >= len(toks):
        return False
    return toks[j - 1][2] in reflexive and closed_class(toks[j + 1][2], language) == "preposition"


def _opinion_cues(toks: list[tuple[int, int, str]], language: str) -> frozenset[str]:
    """Return the verbs of opinion of ``toks`` that a complementizer follows ("cree que").

    Example:
        >>> _opinion_cues([(0, 4, "cree"), (5, 8, "que")], "es")
        frozenset({'cree'})
        >>> _opinion_cues([(0, 5, "croit"), (6, 13, "pouvoir")], "fr")
        frozenset()
    """
    opinion = OPINION_VERBS.get(language)
    if not opinion:
        return frozenset()
    if opinion.isdisjoint([t[2] for t in toks]):
        return frozenset()  # (most windows hold no verb of opinion)
    found = [
        (i, word)
        for i, ((_s, _e, word), (_s2, _e2, nxt)) in enumerate(itertools.pairwise(toks))
        if word in opinion and (nxt in _COMPLEMENTIZERS or nxt.startswith(("qu'", "qu’")))
    ]
    if not found or any(_match_phrase(toks, j, language) for j in range(found[0][0])):
        # "Selon le journal, les militants pensent que …": the source phrase frames
        # the sentence, the opinion it reports included
        return frozenset()
    return frozenset(word for _i, word in found)


def attribute_before(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Find a cue and speaker in ``text[lo:hi]``, the words before a quotation."""
    order = order_of(language)  # (read many times below)
    lo_given = lo
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    if order.so_introduces_source and toks[0][2] == "wie":
        # "Wie die Zeitung berichtete, nannte er es …": a cue after the comma
        # names the speaker; else the paper is the source
        told = _german_wie_source(text, toks, 0, hi)
        if told is not None:
            rest = attribute_before(text, told.cue_end + 1, hi, language)
            return rest if rest is not None else told
    if order.verb_second:
        for at in range(len(toks) - 2):
            if toks[at][2] in _SAYS_IT and toks[at + 1][2] == "es":
                # "Dazu hieß es von der Firma: „…“": the originator, not the prefield
                said_by = originator_after(toks, at + 2)
                sp = None if said_by is None else _speaker_after(text, said_by, hi, language)
                if sp is not None:
                    return Attribution(
                        speaker_start=sp[0],
                        speaker_end=sp[1],
                        cue_start=toks[at][0],
                        cue_end=toks[at + 1][1],
                        strong=True,
                    )
                break
    if order.verb_final_subordinates:
        in_which = _german_in_which(text, lo, hi)
        if in_which is not None:
            return in_which  # "…, in dem es unter anderem heißt: „…“"
        relative = relative_speaker(text, lo, hi, hi)
        if relative is not None:
            # "die Marke, die Lee zum Ziel erklärt hatte: „…“": the clause's subject
            return attrs.evolve(relative, strong=True)
    verbs = CUE_VERBS.get(language, frozenset())
    keys = _cue_keys(language)
    opinion = _opinion_cues(toks, language)
    if opinion:
        # "Pedro Alonso cree que la tasa es «un disparate»": a verb of opinion
        # before its complementizer
        verbs, keys = verbs | opinion, keys | opinion
    if order.verb_second:
        # "Weiter führte der Sprecher aus, …": a separable verb closed by its particle
        split = split_cues(text, toks)
        # "Die Ministerin hat am Montag betont:": a participle closing a perfect
        split = split | perfect_cues(text, toks)
        verbs, keys = verbs | split, keys | split
    main = _after_fronted_clause(text, lo, hi) if order.verb_final_subordinates else lo
    if language == "en":
        # "When Lee suggested …, Roe fired back: “…”": the main clause's words
        main = _after_fronted_subordinate_en(text, toks, lo, hi)
    if main > lo:
        # "Weil der Zug ausfiel, schimpfte ein Pendler": the main clause's words
        lo = main
        toks = [t for t in toks if t[0] >= main]
    for i in range(len(toks) - 1, -1, -1):
        start, end, word = toks[i]
        if word not in keys:
            continue  # no branch below reads any other word
        if order.so_introduces_source and word == "so" and i > 0 and _comma_before(text, start):
            # "Dennoch, so Nacke, habe er …": a source set off by commas
            sp = _speaker_after(text, end, hi, language)
            if sp is not None and _so_incise_closes(text, sp[1], hi):
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=end
                )
        n = _match_phrase(toks, i, language)
        if n > 1 and _object_of_cue(text, toks, i, verbs):
            n = 0  # "a qualifié les propos du ministre de «…»": what was judged
        if n and not (word in {"so", "wie"} and order.so_introduces_source):
            cue_end = _phrase_end(text, toks[i + n - 1], language)
            sp = _speaker_after(text, cue_end, hi, language)
            if sp is None:
                object_toks = tokens(text, cue_end, min(hi, cue_end + 120))
                sp = bare_source_after(text, object_toks, language)  # "according to officials"
            if sp is not None and word in _FOR and not _opinion_frame(text, toks, i, sp):
                sp = None  # "pour la vie", "per il governo": no "Pour Lee, …" frame
            if sp is not None and text[sp[0] : sp[1]].lower() in _ROMANCE_RELATIVES and i > 0:
                # "…, ha scritto Rossi, secondo il quale «…»": the one before the comma
                sp = _speaker_before(text, lo, start, language)
            if sp is not None and word == "laut" and i == 0:
                sp = prefield_genitive(text, sp, hi)  # "Laut dem Bericht der Behörde war"
            if sp is not None:
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=cue_end
                )
        if word in SOURCE_POSTPOSITIONS.get(language, ()):
            sp = _speaker_before(text, lo, start, language)
            if (
                sp is None
                and i > 0
                and text[toks[i - 1][0]].isupper()
                and not any(t[2] in verbs for t in toks[:i])  # "sagte Lee X zufolge": Lee
            ):
                # "waren dem Bericht zufolge": the phrase right before the word
                sp = _trim(text, max(lo, toks[max(0, i - 6)][0]), toks[i - 1][1])
            if sp is not None:
                sp = _german_phrase_before(text, sp)
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=end
                )
        if (
            word in verbs
            and language in {"fr", "es", "it"}
            and i > 0
            and toks[i - 1][2] in _WHO
            and _comma_before(text, toks[i - 1][0])
        ):
            # "…, the actress Eva Wood, who says she was “…”": the one named
            # before the relative pronoun
            comma = text.rfind(",", lo, toks[i - 1][0])
            sp = None
            if comma > lo:
                # "…, incluida la actriz Eva Wood, quien dice": the phrase right
                # before the comma, from its article on
                chunk = tokens(text, max(lo, text.rfind(",", lo, comma) + 1), comma)
                dets = DETERMINERS.get(language, frozenset())
                k = next((n for n, t in enumerate(chunk) if t[2] in dets), None)
                if k is not None and any(text[t[0]].isupper() for t in chunk[k:]):
                    sp = chunk[k][0], chunk[-1][1]
                else:
                    sp = _speaker_before(text, lo, comma, language)
            if sp is not None:
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=start, cue_end=end
                )
        if (
            word in verbs
            and i > 0
            and _nominal_after(toks[i - 1][2], language)
            and not _intensified(toks, i - 1, language)
        ):
            continue  # "the claims", "their remarks": a noun after a determiner
        if word in verbs and pronominal_with_preposition(toks, i, language):
            continue  # "se résumait à «…»": "amounts to", no verb of saying
        if word in verbs and (i == 0 or not text[start].isupper()):
            cue_start = _aux_start(text, toks, i, language)
            own = (
                _after_fronted_clause(text, lo, cue_start) if order.verb_final_subordinates else lo
            )
            if order.verb_second:
                # "Er hat sich geäußert: Roth bekräftigte …": a new main clause
                own = _after_colon(text, own, cue_start)
            # "Zumal Kern betont hatte, …": the subject after the conjunction
            before = _speaker_before(text, own, cue_start, language)
            # a passive ("wird vom Verband kritisiert") has its agent speak, not its subject
            bracket = _verb_bracket(text, toks, i, language) and not _passive_bracket(text, toks, i)
            if before is None and bracket:
                # "Die Ministerin hat am Montag gesagt": no phrase right before the
                # participle speaks; the subject by the bracket's finite verb does
                clause = subject(text, own, cue_start, language)
                before = clause if clause is not None and _by_finite(text, clause, own) else None
            if bracket and before is not None and _oblique_phrase(text, before, own):
                # "Die Ministerin hat den Reportern gesagt": the phrase before the
                # participle is an object; the clause's subject speaks
                before = subject(text, own, cue_start, language)
            elif bracket and before is not None and word not in _QUOTING_VERBS:
                # "Der Sprecher hat die Pläne scharf kritisiert": the middle field
                # holds objects and adverbials; the subject stands before the
                # finite verb or opens the field after it (Duden-Grammatik,
                # Satzklammer), read by the clause's subject (not for "zitieren",
                # whose object is the one quoted)
                clause = subject(text, own, cue_start, language)
                if clause is not None and clause[1] <= before[0] and _by_finite(text, clause, own):
                    before = clause
                else:
                    before = _bracket_subject(text, toks, i, before)
            elif before is not None and order.verb_final_subordinates:
                # "Dazu wird Kern auf der Website wie folgt zitiert": a phrase that
                # fills the bracket from the finite verb on is its subject, then
                # adverbials; the subject ends before them
                before = _bracket_subject(text, toks, i, before)
            # "…, calling it", "…, la qualifiant de": a comma, maybe an object
            # pronoun, then the gerund
            g = i - 1 if i > 1 and _object_pronoun(toks[i - 1][2], language) else i
            comma_gerund = (
                _gerund(word, language)
                and g > 0
                and text[toks[g - 1][1] : toks[g][0]].strip() == ","
            )
            coordinated = i > 0 and toks[i - 1][2] in _AND
            # "She answered the post by saying": a gerund after a preposition is an
            # adjunct of its clause, whose subject it shares (Quirk et al. §15.58)
            adjunct = (
                language == "en"
                and _gerund(word, language)
                and i > 0
                and toks[i - 1][2] in _GERUND_PREPOSITIONS_EN
                # "When he returned he began by saying": a pronoun right there is it
                and not (
                    before is not None
                    and text[before[0] : before[1]].lower() in NOMINATIVE_PRONOUNS["en"]
                )
            )
            if comma_gerund or (
                # "Lee slammed the plan and accused …": a verb phrase coordinated
                # with the one before shares its subject, whatever stands before "and"
                (before is None or coordinated or adjunct)
                and (_gerund(word, language) or coordinated or (i > 0 and toks[i - 1][2] == "to"))
            ):
                # "Lee took the stage and called it …" / "…, adding …": the subject,
                # or the speaker of a cue earlier in the clause ("Lee said, adding")
                prior = (
                    attribute_before(text, lo, toks[i - 1][1], language)
                    if comma_gerund and i > 1
                    else None
                )
                if (
                    prior is not None
                    and prior.speaker_end > prior.speaker_start
                    # "Continuing to explain her view, Lee …": an opening participle
                    # clause is no speaker of the cue inside it
                    and not (
                        language == "en"
                        and _gerund(text[prior.speaker_start : prior.speaker_end], language)
                    )
                ):
                    before = (prior.speaker_start, prior.speaker_end)
                elif coordinated and order.verb_second:
                    # "Dann schlug der Mann um sich und rief": the first verb's subject
                    before = _first_conjunct_subject(text, lo, toks[i - 1][0])
                else:
                    before = subject(text, lo, cue_start, language)
                    if language == "en":
                        # "…, though he used stronger words, saying …", "…, he laughed
                        # and said": the clause the verb belongs to has its own subject
                        before = _clause_pronoun(text, toks, i, before)
            object_subject = (
                object_relative_subject(text, toks, i, language)
                if i > 2 and _gerund(word, language)
                else None
            )
            if object_subject is not None:
                before = object_subject  # "una inversión que Gómez justificaba afirmando que"
            inverted = grammar(language).free_inversion or (
                i == 0 and (text[start].isupper() or main > lo_given)
            )
            if (
                language == "en"
                and i > 0
                and text[toks[i - 1][1] : start].strip() == ","
                and before is not None
                and _fronted_preposition(text, before[0], before[1], language) is not None
            ):
                # "In other words, explained the moderator Ann Lee:": a fronted
                # adjunct, then the verb and its subject (quotative inversion,
                # Quirk et al. 1985, §18.24)
                before, inverted = None, True
            if comma_gerund or object_subject is not None:  # never in German, which has no gerund
                inverted = False  # "…, accusando la Russia": a gerund's object is no speaker
            if order.verb_second and i > 0 and toks[i - 1][2] in _AND:
                inverted = False  # "… zogen los und skandierten Sprüche": an object
            after = _speaker_after(text, end, hi, language) if inverted else None
            if after is not None and _complement_follows(text, after[1], hi, language):
                after = None  # "ha invitato i presenti a «…»": an object, then its complement
            if before is not None and (
                _no_subject(text, before, language) or _function_words_only(text, before, language)
            ):
                before = None  # "Le dijo …", "Se considera …", "L’ha dichiarato …"
            said_as = next(
                (k for k in range(max(0, i - 3), i) if toks[k][2] in AS_SAID.get(language, ())),
                -1,
            )
            if said_as >= 0 and _verb_group_opens(toks[said_as:], i - said_as, language):
                before = None  # "comme l’a dit X, «…»": the subject follows the verb
            sp = before
            if after is not None and (
                before is None
                or _prefer_after(text, before, language)
                or _incise(text, lo, cue_start, before, language)
                or _german_inversion(text, (own, cue_start), after, language)
                or (order.verb_second and word in _QUOTING_VERBS and cue_start == start)
            ):
                sp = after
            if sp is not None:
                return Attribution(
                    speaker_start=sp[0], speaker_end=sp[1], cue_start=cue_start, cue_end=end
                )
            if (
                order.null_subjects
                and not _gerund(word, language)
                and _opens_clause(text, lo, cue_start, language)
            ):
                # "Eso sí, ha puntualizado que «…»": the subject is dropped
                return Attribution(
                    speaker_start=-1, speaker_end=-1, cue_start=cue_start, cue_end=end
                )
    return None


def cue_words(language: str) -> frozenset[str]:
    """Return the words that can open a cue in ``language`` (verbs of saying, source phrases).

    A clause with none of them holds no cue `attribute_before` finds, and no
    subject of a verb of saying.

    Example:
        >>> "said" in cue_words("en"), "according" in cue_words("en"), "table" in cue_words("en")
        (True, True, False)
    """
    return _cue_keys(language)


@functools.cache
def _cue_keys(language: str) -> frozenset[str]:
    """Return the words `attribute_before` stops at: a cue verb, a phrase's first word, "so"."""
    keys = CUE_VERBS.get(language, frozenset()) | _phrase_heads(language)
    keys |= frozenset(SOURCE_POSTPOSITIONS.get(language, ()))
    if order_of(language).so_introduces_source:
        keys |= {"so"}
    return keys


def _object_of_cue(
    text: str, toks: list[tuple[int, int, str]], i: int, verbs: frozenset[str]
) -> bool:
    """Return whether a cue verb stands right before token ``i`` in the same clause."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if "," in text[toks[k][1] : toks[k + 1][0]]:
            return False
        if toks[k][2] in verbs:
            return True
    return False


def _comma_before(text: str, at: int) -> bool:
    """Return whether a comma (and only spaces) stands right before ``at``."""
    return text[max(0, at - 3) : at].rstrip().endswith(",")


def _second_phrase(text: str, toks: list[tuple[int, int, str]], k: int) -> int:
    """Return the index of the second noun phrase from token ``k`` (the object), or -1.

    "die Zeitung den Minister" gives the index of "den"; "die „Blatt“ Lee" of "Lee".
    """
    dets = DETERMINERS["de"]
    starts = 0
    prev_det = False
    for j in range(k, min(len(toks), k + 10)):
        w = toks[j][2]
        det = w in dets
        if not (det or text[toks[j][0]].isupper()):
            return -1  # a verb or an adverb: no object phrase here
        if j == k:
            new = True
        elif prev_det:
            new = False  # "die Zeitung"
        elif det:
            new = True  # "… den Minister"
        else:
            new = text[toks[j - 1][1] : toks[j][0]].strip() != ""  # "„Blatt“ Lee"
        if new:
            starts += 1
            if starts == 2:
                return j
        prev_det = det
    return -1


def _german_wie_source(
    text: str, toks: list[tuple[int, int, str]], i: int, hi: int
) -> Attribution | None:
    """Return the source of "Wie die Zeitung berichtete, …": the phrase before the verb.

    Only a "wie" opening its clause, followed by a noun phrase and a verb of
    saying before the next comma.
    """
    if i > 0 and text[toks[i - 1][1] : toks[i][0]].strip() not in {",", ";", ":"}:
        return None
    comma = text.find(",", toks[i][1], min(hi, toks[i][1] + 160))
    if comma < 0:
        return None
    inner = [t for t in toks[i + 1 :] if t[1] <= comma]
    while inner and inner[-1][2] in _AUXILIARIES["de"]:
        inner = inner[:-1]  # "berichtet hat"
    if len(inner) < 2 or inner[-1][2] not in CUE_VERBS["de"]:
        return None
    start, end = inner[0][0], inner[_wie_phrase_end(inner)][1]
    if start > 0 and text[start - 1] in OPEN_QUOTES:
        # "Wie „heise online“ berichtet": a title in marks names the outlet
        start -= 1
        end += text[end : end + 1] in CLOSE_QUOTES
    elif not (text[start].isupper() or inner[0][2] in DETERMINERS["de"] or "." in inner[0][2]):
        return None  # "Wie t-online.de berichtet" names a website
    return Attribution(
        speaker_start=start,
        speaker_end=end,
        cue_start=toks[i][0],
        cue_end=inner[-1][1],
        strong=True,
    )


# Words that open an adverbial between the subject and the final verb of a
# German subordinate clause, never part of the subject: "am" (an dem, "am
# Montag", "am Rande") and "gegenüber" ("gegenüber der Presse").
_GERMAN_ADVERBIAL_OPENERS = frozenset({"am", "gegenüber"})


def _wie_phrase_end(inner: list[tuple[int, int, str]]) -> int:
    """Index of the last word of the subject in "Wie X … VERB,".

    The words before the verb up to the first adverb or adverbial ("Wie der
    Minister gestern in Rom sagte" -> "der Minister"; Duden, Die Grammatik,
    Mittelfeld: the subject comes first).
    """
    for k in range(1, len(inner) - 1):
        word = inner[k][2]
        if word in _GERMAN_ADVERBIAL_OPENERS or closed_class(word, "de") in {"adverb", "time"}:
            return k - 1
    return len(inner) - 2


def _opens_clause(text: str, lo: int, at: int, language: str = "") -> bool:
    """Return whether only an opening phrase set off by a comma stands before ``at``.

    Up to two connectives with no comma do too: "También anunció:", "Poi ha
    aggiunto:", "E inoltre ha detto:" (adverbs and conjunctions linking the
    sentence to the one before, the subject dropped after them).
    """
    head = text[lo:at].rstrip()
    if not head or (head.endswith(",") and head.count(",") == 1 and len(head) < 40):
        return True
    if not language:
        return False
    toks = tokens(text, lo, at)
    return 0 < len(toks) <= _CONNECTIVES_BEFORE_CUE and all(
        closed_class(w, language) in {"adverb", "conjunction"}
        # "Come spiega …?": "as"/"how" opens a source frame or a question, no link
        and w not in AS_SAID.get(language, frozenset())
        for _, _, w in toks
    )


# How many connectives may stand before a verb of saying whose subject is dropped.
_CONNECTIVES_BEFORE_CUE = 2


def _no_subject(text: str, before: tuple[int, int], language: str) -> bool:
    """Return whether a Spanish or Italian mention before a cue cannot be its subject.

    An object clitic ("Le dijo"), a pronoun like "Eso", or a verb opening the
    sentence with its subject dropped ("Indica que …").
    """
    if not order_of(language).null_subjects:
        return False
    toks = tokens(text, before[0], before[1])
    if not toks:
        return False
    first = toks[0][2]
    if first in _NOT_PERSONS and first not in DETERMINERS[language]:
        return True  # "Eso sí, ha puntualizado"
    if first in _ROMANCE_OPENERS and first not in DETERMINERS[language]:
        return True  # "Después de mostrar el resultado dice:": a phrase, no subject
    return len(toks) == 1 and (
        first in OBJECT_CLITICS[language] or first in CUE_VERBS.get(language, frozenset())
    )


def _prefer_after(text: str, before: tuple[int, int], language: str) -> bool:
    """Return whether a mention before the cue is really an adverbial ("Dazu")."""
    toks = tokens(text, before[0], before[1])
    return bool(toks) and toks[0][2] in _ADVERBIAL_OPENERS


def _incise(text: str, lo: int, cue_start: int, before: tuple[int, int], language: str) -> bool:
    """Return whether a Romance cue is set off as an incise: '…, a soutenu Lee, «…»'.

    Also 'comme le dit le Times' and a bare clitic before the verb.
    """
    if not order_of(language).inverted_incise:
        return False
    head = text[lo:cue_start].rstrip()
    if head.endswith(","):
        # "…, l’ancien ministre Paul Girard, a déploré la décision": a named
        # subject set off by commas, then its verb; not an incise
        return _NAME_PAIR.search(text, before[0], before[1]) is None
    toks = tokens(text, before[0], before[1])
    return len(toks) == 1 and toks[0][2] in DETERMINERS.get(language, frozenset())


def _german_inversion(
    text: str, clause: tuple[int, int], after: tuple[int, int], language: str
) -> bool:
    """Return whether a German mention after the verb is its subject ("Weiter sagte Lee:").

    German puts one constituent before the verb (``clause``): an adverbial
    ("Als Antwort sagte ein Sprecher", "2008 erklärte er") leaves the subject
    after the verb; an article, a pronoun or a name before it is the subject,
    unless a pronoun follows the verb ("Im Brief erklärt er").
    """
    if not order_of(language).verb_second:
        return False
    b = tokens(text, clause[0], clause[1])
    a = tokens(text, after[0], after[1])
    while len(b) > 1 and b[0][2] in _GERMAN_PARTICLES:
        b = b[1:]  # "Auch die Ministerin äußerte Zweifel": the subject follows "Auch"
    if not a or not b or a[0][2] in _GERMAN_OBJECTS:
        return False
    first = b[0][2]
    if a[0][2] in _GERMAN_POSSESSIVES and (
        first in DETERMINERS["de"] or (text[b[0][0]].isupper() and first not in _GERMAN_FRONTED)
    ):
        return False  # "Der Minister begründete seine Entscheidung so": an object
    if len(b) == 1 and first in _GERMAN_DEMONSTRATIVES:
        return True  # "Das erklärte der General": a demonstrative object first
    if (
        (first in _ADVERBIAL_OPENERS and first not in _GERMAN_PARTICLES)
        or first.endswith(("end", "weise", "lich", "ig", "isch"))
        or first[0].isdigit()
        or first in _GERMAN_OBJECTS
        or _german_oblique(b)
    ):
        return True
    if len(a) == 1 and a[0][2] in _GERMAN_NOMINATIVES and first not in PERSON_PRONOUNS["de"]:
        return True  # "Die Arbeit lobte er": "er" is only ever a subject
    if not _german_source(text, clause) and _german_source(text, after):
        # "Die Lage beschrieb die Ministerin so", "Jede Schuld weist Lee von
        # sich": a thing first, then a person
        return True
    if first in DETERMINERS["de"] or first in PERSON_PRONOUNS["de"]:
        return False
    return a[0][2] in PERSON_PRONOUNS["de"]


# A colon that opens a main clause of its own: a capital letter after it (Duden,
# Die Grammatik, and the official spelling rules § 81: "Nach dem Doppelpunkt
# wird das erste Wort groß geschrieben, wenn es einen Ganzsatz einleitet").
_COLON_CLAUSE = regex.compile(r":\s++(?=\p{Lu})")


def _after_colon(text: str, lo: int, hi: int) -> int:
    """Return where the last clause opened by a colon starts in ``text[lo:hi]``, else ``lo``.

    "Die Kommission äußerte sich: Roth bekräftigte das Ziel": the verb's clause
    starts at "Roth", which stands before the verb as its subject.
    """
    start = lo
    for m in _COLON_CLAUSE.finditer(text, lo, hi):
        start = m.end()
    return start


# How many words a German main clause may hold between its separable verb and
# the particle that closes it ("legte der Minister am Montag im Landtag dar").
_SPLIT_REACH = 12


def split_cues(text: str, toks: list[tuple[int, int, str]]) -> frozenset[str]:
    """Return the bare separable verbs of saying in ``toks`` whose particle closes their clause.

    "führte der Sprecher aus," and "hielt das Gericht fest:" cue what follows;
    "führte die Polizei in den Wald" and "hielt eine Rede" do not (table
    ``GERMAN_SPLIT_CUES``).  The particle is the clause's last word before a
    comma, colon, full stop or quotation mark, at most ``_SPLIT_REACH`` words on.
    """
    found: set[str] = set()
    for i, (_s, _e, word) in enumerate(toks):
        particles = GERMAN_SPLIT_CUES.get(word)
        if particles is None or word in found:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + _SPLIT_REACH)):
            gap = text[toks[j - 1][1] : toks[j][0]]
            if _CLAUSE_BREAK.search(gap):
                break  # the clause ended before any particle
            if toks[j][2] in particles and (
                j + 1 == len(toks) or _CLAUSE_BREAK.search(text[toks[j][1] : toks[j + 1][0]])
            ):
                found.add(word)
                break
    return frozenset(found)


# What ends a clause between two words: punctuation or a quotation mark.
_CLAUSE_BREAK = regex.compile(r"[,;:.!?„“”»«\"()]")


def _german_oblique(toks: list[tuple[int, int, str]]) -> bool:
    """Return whether a German phrase opens with "der" and an "-en" adjective.

    "Der englischen Zeitung sagte er" is a dative (a nominative would read
    "Die englische Zeitung"); "der neue Minister" is a subject.
    """
    return (
        len(toks) >= 3
        and toks[0][2] == "der"
        and toks[1][2].endswith("en")
        and toks[1][2][:1].islower()
    )


# An introductory word before the subject: a preposition, a participle, a
# dateline in capitals ("In", "After", "Speaking", "Asked", "WASHINGTON").
_INTRO = regex.compile(
    r"""\s*+(?:
        (?i:in|at|on|after|before|during|with|for|from|by|as|since|under|amid|despite
           |earlier|later|meanwhile|hours|days|weeks|last|this|once|while|when|if
           |nach|bei|vor|seit|am|im|während|laut|dans|après|avant|lors|selon|pour
           |en|tras|durante|según|para|con|por|sin|dopo|durante|secondo|per|nel|nella)\b
        # "El pasado 21 de octubre,", "Este martes,", "Lo scorso lunedì,": a time
        | (?i:el|este|esta|lo|la|il|le|ce|cette)\s++
          (?i:pasado|pasada|próximo|scorso|scorsa|dernier)\b
        | (?i:este|esta|ce|cette|questo|questa)\s++\p{Ll}++\s*+,
        # "A month later,", "a few days later,": a time
        | (?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
             |fifteen|twenty|thirty|\d{1,3}+|several|a\s++few|many)\s++
          (?:\p{Ll}++\s++){0,2}?(?i:later|earlier|ago)\b
        # "However,", "Instead,": a sentence adverb
        | (?i:however|instead|still|moreover|meanwhile|nevertheless|nonetheless|indeed)\b
        # "Early in her career,", "Shortly after the vote,", "Right before noon,":
        # an adverb that premodifies a time or place phrase (Quirk et al. 1985,
        # §9.56, adverbs modifying prepositional phrases), never a subject
        | (?i:early|late|shortly|soon|right|just|long|well|immediately|moments|minutes)
          \s++(?i:in|on|at|after|before|into|during|since|afterward|afterwards)\b
        # "Here in Ohio,", "Back in 2008,", "Out on the trail,": a place or time
        # adverb before the phrase it narrows (Quirk et al. 1985, §9.56)
        | (?i:here|there|back|out|down|up|over|way)\s++(?i:in|on|at|during|when)\b
        # "Alongside the protests,", "Following the vote,": prepositions the
        # closed-class tables lack (Quirk et al. 1985, §9.7-9.10, complex and
        # marginal prepositions)
        | (?i:alongside|following|atop)\s++(?=[\p{L}\p{N}])
        | \p{L}{3,}+(?<=ing|ed)\b
        | \p{Lu}{3,}+\b(?=[^,.\n]{0,30}[\p{Pd}])
    )""",
    regex.VERBOSE,
)
# A dateline opening a story's first paragraph (AP Stylebook, "datelines"): the place in
# capitals, or any place before an agency in brackets; then maybe a state or country and a date
# after a comma, the agency, and a dash ("DENVER, May 2 (AP) —", "Salem (Reuters) –",
# "DOVER, Del. -"). A capitalised name before a dash ("Ann Lee — the mayor —") is no dateline.
_DATELINE_OPENING = regex.compile(
    r"""[ \t]*+
    (?:
        \p{Lu}{3,}+(?:[ ]\p{Lu}{2,}+){0,2}
        (?:,[ ][^\n(–—,]{1,20}?(?:,[ ][^\n(–—,]{1,12}?)?)?[ \t]*+(?:\([\p{L} .]{1,20}\)[ \t]*+)?
      | \p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++){0,2}[ \t]*+\([\p{L} .]{1,20}\)[ \t]*+
    )
    [\p{Pd}][ \t]*+(?=\p{Lu})""",
    regex.VERBOSE,
)
# The rest of a place name after its first comma, then the subject:
# the "New Hampshire, " of "In Salem, New Hampshire, Trump said".
_PLACE_TAIL = regex.compile(r"\p{Lu}[\p{L}.]*+(?:\s\p{Lu}[\p{L}.]*+){0,2},\s*+(?=\p{Lu})")
# A one-word topic label and its colon opening a clause: "Europapolitik: ".
_LABEL = regex.compile(r"\s*+\p{Lu}[\p{L}\-]*+:\s++(?=\p{Lu})")
# Where an introductory phrase ends: a comma or a spaced dash.
_INTRO_END = regex.compile(r",\s*+|\s[\p{Pd}]\s*+")


# The first word of a clause (after white space).
_FIRST_WORD = regex.compile(r"\s*+(?P<word>\p{L}[\p{L}\p{M}’'\-]*+)")


# The languages whose copy fronts a detached epithet before the subject: "Figure
# historique du mouvement, l’ancienne députée …" (Grevisse & Goosse, *Le Bon Usage*,
# § 343, the detached apposition at the head of the sentence; RAE, *Nueva
# gramática*, 12.13, the "aposición explicativa" placed first; Serianni, on the
# "apposizione" before its noun).
_DETACHED_EPITHET_LANGUAGES = frozenset({"fr", "es", "it"})
# How many words a detached epithet may hold.
_EPITHET_WORDS = 8
# The opening of a detached epithet: a capitalised word, then a lower-case one
# ("Figure historique", "Veterano del").
_EPITHET_OPENING = regex.compile(r"[ \t]*+(\p{Lu}[\p{Ll}\p{M}’'\-]*+)[ \t]++\p{Ll}")


def _after_detached_epithet(text: str, lo: int, hi: int, language: str) -> int:
    """Return ``lo`` moved past a detached epithet that opens the clause, else ``lo``.

    The epithet is a noun phrase with no article, a common noun capitalised only
    because it opens the sentence and lower-case words after it, closed by a
    comma; the subject after the comma opens with an article or a name.  A name
    ("Paul Roux, le maire, …") or a phrase with a verb is no epithet.

    Example:
        >>> t = "Figure historique du parti, l’ancienne députée Ana Roy a dit :"
        >>> t[_after_detached_epithet(t, 0, len(t), "fr"):]
        'l’ancienne députée Ana Roy a dit :'
        >>> t = "Paul Roux, le maire, a dit :"
        >>> _after_detached_epithet(t, 0, len(t), "fr")
        0
    """
    if language not in _DETACHED_EPITHET_LANGUAGES:
        return lo
    opening = _EPITHET_OPENING.match(text, lo, hi)
    if opening is None or closed_class(opening.group(1).lower(), language) is not None:
        return lo  # (a cheap look first: most clauses open with an article or a name)
    comma = text.find(",", lo, min(hi, lo + 120))
    if comma < 0:
        return lo
    head = tokens(text, lo, comma)
    if not 2 <= len(head) <= _EPITHET_WORDS or not text[head[0][0]].isupper():
        return lo
    if closed_class(head[0][2], language) is not None or text[head[1][0]].isupper():
        return lo  # an article, a pronoun or a name opens it
    verbs = CUE_VERBS.get(language, frozenset())
    if any(w in verbs or closed_class(w, language) in _CLAUSE_KINDS for _, _, w in head):
        return lo  # a clause, not a phrase
    after = tokens(text, comma + 1, min(hi, comma + 60))
    if not after:
        return lo
    first = after[0][2]
    if not (
        closed_class(first, language) == "determiner"
        or elided_prefix(first.replace("’", "'")) != ""
        or text[after[0][0]].isupper()
    ):
        return lo
    return after[0][0]


# The closed classes that make a run of words a clause: verbs' helpers and
# subordinators.
_CLAUSE_KINDS = frozenset({"auxiliary", "conjunction", "pronoun"})


def _fronted_preposition(text: str, lo: int, hi: int, language: str) -> regex.Match[str] | None:
    """Return the first word of ``text[lo:hi]`` when it is a preposition opening the clause.

    "Like Corker, Menendez said", "Unlike Lee, …", "Despite the vote, …": any
    preposition of the grammar (not only those `_INTRO` lists) opens an adverbial
    phrase, unless it is a surname particle ("Van Buren said", "Di Maio ha detto").
    """
    if not grammar(language).fronted_adverbial_comma:
        return None
    m = _FIRST_WORD.match(text, lo, hi)
    if m is None or not m.group("word")[:1].isupper():
        return None
    word = m.group("word").lower()
    if closed_class(word, language) != "preposition" or word in NAME_PARTICLES:
        return None
    return m


# The endings every plural noun and adjective takes: "los afectados graves",
# "les élus locaux", "i medici presenti" (the plural in -s, -x, and the Italian
# -i / -e; RAE, Nueva gramática, 3.2; Grevisse, Le Bon Usage, §§ 503-517;
# Serianni, Grammatica italiana, III.100-130).  Invariable words are rare.
_PLURAL_MODIFIER_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"es": ("s",), "fr": ("s", "x"), "it": ("i", "e")}
)
# The third-person forms of the copula ("to be"), present and past, from the
# grammars' conjugation tables: "è", "es", "est", "era", "fue", "était".
COPULAS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset("est sont était étaient fut furent sera seront".split()),
        "es": frozenset("es son era eran fue fueron será serán".split()),
        "it": frozenset("è sono era erano fu furono sarà saranno".split()),
    }
)
# How far a fronted time phrase may run before its comma ("El 9 de mayo de 2022,").
_TIME_PHRASE_REACH = 40


def _after_elision_word(word: str) -> str:
    """Return ``word`` without an elided article or preposition before it ("l’uomo" -> "uomo")."""
    cut = max(word.find("'"), word.find("’"))
    return word[cut + 1 :] if 0 < cut < len(word) - 1 else word


def _elided_speaker(text: str, tok: tuple[int, int, str], language: str) -> bool:
    """Return whether ``tok`` is an elided article glued to a word that can name a speaker.

    The word after the apostrophe is a name ("l’Elysée"), a noun of person
    ("l’avocat", "l’ex-ministre") or the head noun of a body ("l’agenzia"); an
    abstract noun after a verb is its object ("ha puntualizzato l’estraneità").

    Example:
        >>> t = "l’avocat l’inadeguatezza l’Elysée"
        >>> [_elided_speaker(t, tok, lang) for tok, lang in
        ...  (((0, 8, "l’avocat"), "fr"), ((9, 24, "l’inadeguatezza"), "it"),
        ...   ((25, 34, "l’elysée"), "fr"))]
        [True, False, True]
    """
    start, _end, word = tok
    if not _elided_article(word, DETERMINERS.get(language, frozenset())):
        return False
    cut = len(elided_prefix(word))
    rest = word[cut:]
    return (
        text[start + cut].isupper()
        or rest in ORG_HEAD_WORDS
        or person_head(text, [(start + cut, _end, rest)], language)
    )


def _elided_article(word: str, dets: frozenset[str]) -> bool:
    """Return whether ``word`` opens with an elided determiner ("l’avvocato", "l'ex").

    Example:
        >>> dets = frozenset({"l’"})
        >>> _elided_article("l’avvocato", dets), _elided_article("l’", dets)
        (True, False)
    """
    for mark in "'’":
        cut = word.find(mark)
        if 0 < cut < len(word) - 1:
            return word[: cut + 1] in dets
    return False


# The word classes that open an English time phrase: "In June,", "Last week,",
# "On May 2,", "Two days later,", "Monday,".
_TIME_PHRASE_OPENERS = frozenset({"preposition", "determiner", "time", "numeral", "adverb"})


def _after_time_phrase(text: str, lo: int, hi: int, language: str) -> int:
    """Return where the clause starts after a fronted time phrase set off by a comma.

    "El 9 de mayo, la ministra …", "Lundi 9 mai, Roux …", "Festa del 2 giugno,
    Rossi …": a short phrase holding a date (a month or a weekday, or a figure
    beside a time word) and no verb is an adverbial, never the subject.  ``lo``
    when the clause opens otherwise.

    Example:
        >>> t = "El 9 de mayo, la ministra habló."
        >>> t[_after_time_phrase(t, 0, len(t), "es") :]
        'la ministra habló.'
    """
    comma = text.find(",", lo, min(hi, lo + _TIME_PHRASE_REACH))
    if comma < 0:
        return lo
    # (no phrase of more than six words is one: the seventh word is read, no more)
    toks = leading_tokens(text, lo, comma, 7)
    if not toks or len(toks) > 6 or any(w in CUE_VERBS.get(language, ()) for _, _, w in toks):
        return lo
    if not any(closed_class(w, language) == "time" or _YEAR.fullmatch(w) for _, _, w in toks):
        return lo  # ("2015," after "On July 6,": a year is a time word too)
    if (
        language == "en"
        and closed_class(toks[0][2], language) not in _TIME_PHRASE_OPENERS | {"conjunction"}
        and not _YEAR.fullmatch(toks[0][2])
    ):  # ("But that morning,", "2015,")
        return lo  # "Lee endorsed Roe in early June, but …": a clause, not a time phrase
    if language == "en" and not _time_word_leads(toks, language):
        return lo  # "The party released a statement Monday, …": a clause ends on the time
    start = comma + 1
    while start < hi and text[start].isspace():
        start += 1
    return start if start < hi else lo


# An English subject that counts or measures its people (Quirk et al. 1985, §5.24-5.25 on
# numerals and quantifiers as determiners; AP Stylebook, "percent"): maybe an approximator, a
# number or a fraction, "percent", "in 10", then up to three words of the head ("about 200
# protesters", "62 percent of parents", "Roughly three in 10"), right before a finite verb; the
# mention starts at the number, the approximator ("about", "nearly") being an adverb.
_QUANTITY_SUBJECT = regex.compile(
    r"""[ \t]*+
    (?i:(?:about|nearly|almost|roughly|around|just|only|over|under|more[ ]than|fewer[ ]than
        |less[ ]than|at[ ]least|up[ ]to)[ ])?
    (?P<np>(?:\d[\d,.]*+|(?i:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))
    (?:[ ]?%|[ ](?i:percent|per[ ]cent))?
    (?:[ ](?:in|out[ ]of)[ ](?:\d++|ten))?
    (?:[ ](?:of[ ])?(?:the[ ]|those[ ]|all[ ])?[\p{L}][\p{L}'’-]*+){0,3}?
    )
    (?=[ ](?:said|say|says|told|were|are|was|is|have|had|would|will|could|did|do
        |\p{Ll}{3,}ed)\b)""",
    regex.VERBOSE,
)


# An extraposed subject clause: "It is strange that", "It was no surprise that", "It's clear
# that" (Quirk et al. 1985, §18.33): the clause after "that" is the real subject's, and its own
# subject is read from there.
_EXTRAPOSED = regex.compile(
    r"(?i:it)(?:[ ](?:is|was)|['’]s)(?:[ ](?:not|no|also|hardly|now))?"
    r"(?:[ ][\p{Ll}]++){1,2}[ ]that[ ]++"
)
# "No wonder", "small wonder", "little wonder" opening a clause: an elliptical comment ("it is no
# wonder that …") that is a disjunct, not part of the subject (Quirk et al. 1985, §8.127).
_NO_WONDER = regex.compile(r"(?<![\p{L}])(?i:no|small|little)[ ]wonder[ ]++(?=\p{Lu})")
# A time adjunct between an English subject and its verb ("The board less than three days ago
# told", "Lee last week wrote", "The court on Monday said"; Quirk et al. 1985, §8.51 on the medial
# position of time adjuncts): no part of the subject.
# How far before a verb of saying the disjunct and the time adjunct are looked for.
_SUBJECT_REACH = 160
_TIME_REACH = 60
_TRAILING_TIME = regex.compile(
    r"""(?:[ ]++
        (?:(?:(?:less|more)[ ]than[ ])?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten
              |a[ ]few|several|\d++)[ ](?:minutes?|hours?|days?|weeks?|months?|years?)[ ]ago
          |(?:last|this)[ ](?:week|month|year|night|spring|summer|fall|autumn|winter
              |\p{Lu}\p{Ll}++day)
          |on[ ]\p{Lu}\p{Ll}++day
          |(?:yesterday|today|tonight)
        )
    )++[ ]*+$""",
    regex.VERBOSE,
)


def _may_wonder(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` may hold `_NO_WONDER`: its " wonder " is written so.

    The pattern reads "wonder" in lower case between two spaces, so a window
    without that string holds no match and need not be searched.
    """
    return text.find(" wonder ", lo, hi) >= 0


# Strings one of which every `_TRAILING_TIME` match holds, written so (lower case):
# "ago" ("two days ago"), "last "/"this " ("last week", "this Monday"), "day" ("on
# Monday", "yesterday", "today"), "tonight".
_TIME_KEYS = ("day", "ago", "last ", "this ", "tonight")


def _may_tell_time(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` may hold a `_TRAILING_TIME` match (see `_TIME_KEYS`).

    A window holding none of the strings every match holds need not be searched.
    """
    window = text[lo:hi]
    return any(key in window for key in _TIME_KEYS)


def counted_subject(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is an English counted subject ("three in 10")."""
    m = _QUANTITY_SUBJECT.match(text, start)
    return m is not None and m.start("np") == start and m.end("np") == end


# A year of the last two centuries ("2015"): the tail of a date ("On July 6, 2015, …").
_YEAR = regex.compile(r"(?:19|20)\d\d")


def _time_word_leads(toks: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether the first content word of an English phrase is a time word or a figure.

    A fronted time phrase has its time noun as head, after at most a determiner, a preposition or
    an adverb ("The next day,", "Early on Monday,", "In May 2015,"); a clause with a time adjunct
    at its end ("The party released a statement Monday,") has its subject noun first.
    """
    for _, _, word in toks:
        kind = closed_class(word, language)
        if kind in {"time", "numeral"} or word[:1].isdigit():
            return True
        if kind not in _TIME_PHRASE_OPENERS and kind != "conjunction":
            return False  # ("But that morning,": a conjunction may open it too)
    return False


def _after_elision(text: str, start: int, end: int) -> str:
    """Return the first letter after the apostrophe of the word ``text[start:end]``, or ""."""
    for k in range(start, end - 1):
        if text[k] in "'’":
            return text[k + 1]
    return ""


# How many words after its leading fillers `subject` reads outside German: the
# first word, up to seven more of the phrase (or a time phrase of five), and
# whether one more stands after them.
_SUBJECT_WORDS_AFTER = 9
# How many words it takes from the clause at first (more only after many fillers).
_SUBJECT_WORDS_READ = 12


def _article_lo(toks: list[tuple[int, int, str]], i: int, language: str) -> bool:
    """Return whether Italian "Lo" at ``toks[i]`` is an article ("Lo storico"), not "Lo que"."""
    if language != "it" or i + 1 >= len(toks):
        return False
    after = toks[i + 2][2] if i + 2 < len(toks) else None
    return lo_article(toks[i][2], toks[i + 1][2], after)


def _may_end_intro(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` holds an end of an introductory phrase (`_INTRO_END`).

    `subject` skips an opening phrase only up to such an end, searched inside
    the window: with none in it, no phrase is skipped, whatever opens the clause,
    and the opening patterns need not be tried (the answer is the same).
    """
    # (a comma is one, found by a plain string search; the dash is searched for only then)
    return text.find(",", lo, hi) >= 0 or _INTRO_END.search(text, lo, hi) is not None


def subject(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the noun phrase opening the clause ``text[lo:hi]`` ("The ministry").

    An introductory phrase set off by a comma or a dash ("In a statement,",
    "Speaking in Ohio,", "WASHINGTON (AP) —") is skipped, and so is a German
    subordinate clause before the main clause ("Als …, rannte der Mann …").
    """
    order = order_of(language)  # (read many times below)
    if order.verb_final_subordinates:
        lo = _after_fronted_clause(text, lo, hi)
    if language == "en" and (lo == 0 or text[lo - 1] == "\n"):
        dateline = _DATELINE_OPENING.match(text, lo, hi)
        if dateline is not None:
            lo = dateline.end()  # "DENVER, May 2 (AP) — The mayor …": the dateline names nobody
    for _ in range(3 if _may_end_intro(text, lo, hi) else 0):
        m = _INTRO.match(text, lo, hi) or _fronted_preposition(text, lo, hi, language)
        if m is None:
            break
        if order.verb_second and _german_text_phrase(tokens(text, lo, min(hi, lo + 80))):
            break  # "In einem Schreiben, das …, hieß es": the text opens the clause
        cut = _INTRO_END.search(text, m.end(), min(hi, m.end() + 160))
        if cut is None:
            break
        lo = cut.end()
        rel = _TOKEN.match(text, lo, hi)
        if order.verb_final_subordinates and rel is not None and rel.group() in _GERMAN_RELATIVES:
            # "In einem Bericht, der später erschien, rechtfertigte das Amt": the
            # relative clause belongs to the opening phrase
            after_clause = _INTRO_END.search(text, rel.end(), min(hi, rel.end() + 200))
            if after_clause is None:
                break
            lo = after_clause.end()
        place = _PLACE_TAIL.match(text, lo, hi)
        if place is not None:
            lo = place.end()  # "Speaking in Salem, New Hampshire, Trump said"
    lo = _after_detached_epithet(text, lo, hi, language)
    lo = _after_time_phrase(text, lo, hi, language)
    label = _LABEL.match(text, lo, hi)
    if label is not None:
        lo = label.end()  # "Europapolitik: Die SPD will …": a topic label first
    if language == "en":
        counted = _QUANTITY_SUBJECT.match(text, lo, hi)
        if counted is not None:
            return counted.start("np"), counted.end("np")  # "Roughly three in 10 told"
    fillers = _fillers(language)
    german = order.verb_second
    # outside German (whose clause shapes read on to the verb and past it) no word
    # past the ninth after the fillers is read: the clause's first words do
    toks = (
        tokens(text, lo, min(hi, lo + 300))
        if german
        else leading_tokens(text, lo, min(hi, lo + 300), _SUBJECT_WORDS_READ)
    )
    i = 0
    while i < len(toks) and toks[i][2] in fillers:
        i += 1
    if not german and len(toks) == _SUBJECT_WORDS_READ and i + _SUBJECT_WORDS_AFTER > len(toks):
        toks = tokens(text, lo, min(hi, lo + 300))  # many fillers: the whole window
        while i < len(toks) and toks[i][2] in fillers:
            i += 1
    if i < len(toks) and toks[i][2] in _SUBJECT_TIME_OPENERS.get(language, frozenset()):
        # "In December the prince said", "Last month Ann Lee wrote": skip the time
        j = i + 1
        while (
            j < len(toks) and j - i < 5 and (toks[j][2] in _TIME_WORDS or toks[j][2][0].isdigit())
        ):
            j += 1
        if j > i + 1 or toks[i][2] in {"earlier", "later"}:
            i = j
    if i >= len(toks):
        return None
    dets = DETERMINERS.get(language, frozenset())
    verbs = CUE_VERBS.get(language, frozenset())
    start, end, word = toks[i]
    adverb = (
        (
            word.endswith(("lich", "weise", "artig", "mäßig"))
            or (word.endswith("isch") and len(word) > 6)
        )
        and i + 1 < len(toks)
        and text[toks[i + 1][0]].islower()
        and toks[i + 1][2] not in PERSON_PRONOUNS["de"]
    )
    if (
        order.verb_second
        and i == 0
        and text[start].islower()
        and word not in dets
        and word not in _PREPOSITIONS
        and _german_finite(word)
    ):
        # "„Mehr Busse“ forderten die Anwohner": the clause opens
        # with its verb when a quotation before it was the fronted phrase
        after = _speaker_after(text, end, hi, "de")
        return after if after is not None and _german_source(text, after) else None
    if order.verb_second and _german_text_phrase(toks[i:]):
        # "In einem internen Schreiben war von „…“ die Rede": the text speaks,
        # unless a person or a body is the subject after the verb
        after = _german_subject_after_verb(text, toks, i, hi)
        rel = _GERMAN_RELATIVE_OPENING.search(text, toks[i][0], min(hi, toks[i][0] + 120))
        if rel is not None and rel.group("rel") in _GERMAN_RELATIVES:
            # "In einem Bericht, der … erschien, rechtfertigte das Amt …"
            close = text.find(",", rel.end(), hi)
            after = subject(text, close + 1, hi, "de") if close > 0 else None
        if after is not None and _german_source(text, after) and word not in {"nach", "gemäß"}:
            return after  # "nach dem Artikel 65 bestimmt der Kanzler „…“": the article
        k = next(n for n in range(i + 1, i + 5) if toks[n][2].endswith(_GERMAN_DOCUMENT_NOUNS))
        end = toks[k][1]
        # "dem Artikel 12 der Verfassung": a number and a genitive belong to it
        while k + 1 < len(toks) and not text[toks[k][1] : toks[k + 1][0]].strip():
            nxt = toks[k + 1]
            if text[nxt[0]].isdigit():
                k += 1
            elif nxt[2] in {"des", "der"} and k + 2 < len(toks) and text[toks[k + 2][0]].isupper():
                k += 2
            else:
                break
            end = toks[k][1]
        return toks[i + 1][0], end
    if order.verb_second and (
        (word in _GERMAN_FRONTED and not _german_source_phrase(toks, i))
        or (text[start].isdigit() and not (i + 1 < len(toks) and text[toks[i + 1][0]].isupper()))
        or adverb  # "Ursprünglich wollte er": an adverb, then the verb
    ):
        # German puts one phrase before the verb and the subject after it when
        # that phrase is no subject: "Im Mai sicherte Lee zu", "Dem Blatt sagte er";
        # a thing after the verb ("In der Zeitung fand sich die Feststellung")
        # leaves the opening phrase, which then names where the words stand
        after = _german_subject_after_verb(text, toks, i, hi)
        if after is not None and _german_source(text, after):
            return after
        if word not in _PREPOSITIONS and word not in dets and word not in _GERMAN_OBJECTS:
            return None  # "Demnach steht der Plan …": an adverb never speaks
    elif order.verb_second and i > 0 and text[start].islower() and word not in dets:
        # "Dabei griff sie an": the verb right after an adverb the fillers skipped
        after = _german_subject_after_verb(text, toks, i - 1, hi)
        return after if after is not None and _german_source(text, after) else None
    if (
        language in {"fr", "es", "it"}
        and i + 1 < len(toks)
        and closed_class(word, language) == "determiner"
        and closed_class(toks[i + 1][2], language) == "time"
        and text[toks[i + 1][0]].islower()
    ):
        # "El lunes dijo el ministro", "Cette semaine circule un message": a time
        # phrase opens the clause, the subject (if any) comes after the verb;
        # "El lunes Ana Gil dijo": or right after the phrase
        k = i + 2
        if k < len(toks) and (
            text[toks[k][0]].isupper() or closed_class(toks[k][2], language) == "determiner"
        ):
            return subject(text, toks[k][0], hi, language)
        return None
    if (
        language in _FRONTING_WITHOUT_COMMA
        and text[start].isupper()
        and i + 1 < len(toks)
        and _fronted_romance_preposition(word, language, text[toks[i + 1][0]].islower())
    ):
        # "Alla nota Rossi ha risposto", "Nella conferenza stampa il sindaco ha
        # detto": a phrase fronted with no comma, the subject after it (or none read)
        k = _subject_after_phrase(text, toks[i:], language)
        return subject(text, toks[i + k][0], hi, language) if k else None
    romance = order.null_subjects  # "Indica que …": a verb may open the clause
    if word == _ANTICIPATORY_IT.get(language):
        moved = _EXTRAPOSED.match(text, start, hi)
        if moved is not None:
            # "It is strange that Lee would denounce “…”": the subject of the that-clause
            return subject(text, moved.end(), hi, language)
    if word in _NOT_SUBJECTS or (
        romance
        and (
            # (not the Spanish possessive "su" of the Italian preposition "su")
            (word in _ROMANCE_OPENERS and word not in DETERMINERS[language])
            or word.endswith("mente")
            or (word in OBJECT_CLITICS[language] and word not in DETERMINERS[language])
            or (word in _NOT_PERSONS and not _article_lo(toks, i, language))
            or word in verbs  # "Indica que …": the subject is dropped
        )
    ):
        return None  # "It is strange that …", "Ask yourself: …"
    first = text[start]
    pron = word in PERSON_PRONOUNS.get(language, frozenset())
    if pron:
        return start, end
    # "l’avvocato", "l'ancien": an elided article glued to the noun opens the phrase
    opened = (
        word in dets
        or _elided_article(word, dets)
        # "Otro de los vecinos", "Ogni cittadino": any determiner of the grammar
        or (text[start].isupper() and closed_class(word, language) == "determiner")
    )
    if not (first.isupper() or opened or first.isdigit()):
        return None
    lower_run = 0
    plural_endings = (
        _PLURAL_MODIFIER_ENDINGS.get(language, ())
        if agreement(language).determiners.get(word, (None, None))[0] == "pl"
        else ()
    )
    # "l’Ukraine": a name after an elided article ends at the next lower-case word
    seen_name = opened and word not in dets and _after_elision(text, start, end).isupper()
    j = i + 1
    while j < len(toks) and j - i < 8:
        s, e, w = toks[j]
        if text[toks[j - 1][1] : s].strip() not in {"", "’s", "'s"}:
            break  # punctuation between words ends the phrase
        if w in verbs or w in _SUBJECT_STOP:
            break
        role = (
            role_before_name(text, toks, j, language)
            if text[s].islower() and text[toks[j - 1][0]].isupper()
            else 0
        )
        if role:
            # "Senate candidate Ann Lee defended": a lower-case role inside the name
            end = toks[role - 1][1]
            j = role
            lower_run = 0
            continue
        if text[s].isupper() or w in _CONNECTORS or w in dets:
            lower_run = 0
            seen_name = seen_name or text[s].isupper()
        elif seen_name and not order.nouns_capitalised and toks[j - 1][2] not in _LINKS:
            # "Its leader Carl Nyberg went on": the verb after the name; "La Cour
            # des comptes": a complement after a link goes on
            break
        elif (
            order.nouns_capitalised
            and text[toks[j - 1][0]].isupper()
            and toks[j - 1][2] not in dets
            and w not in _PREPOSITIONS
        ):
            break  # "Die Gewerkschaft schlug …": a German noun, then its verb
        else:
            lower_run += 1
            if lower_run > 2 or not opened:
                break
            if (
                plural_endings
                and not w.endswith(plural_endings)
                and closed_class(w, language) is None
                # (after "del", "de la" a complement of its own begins: "del gobierno")
                and closed_class(toks[j - 1][2], language) in {None, "determiner"}
            ):
                # "los afectados presentan", "i medici parlano": after a plural
                # determiner a modifier is plural too; a word that is not, is the verb
                break
            if closed_class(w, language) in {"adverb", "auxiliary"}:
                # "El ministro también dijo", "Il ministro poi ha", "Le ministre
                # aussi a": an adverb or an auxiliary opens the verb group
                break
            if romance and w.endswith(_ROMANCE_PAST):
                break  # "Los autores observaron": a past-tense verb ends the subject
            if language == "en" and lower_run > 1 and w.endswith("ed"):
                break  # "the ministry condemned": a verb ends the subject
        end = e
        j += 1
    while end > start and (toks[j - 1][2] in _CONNECTORS or toks[j - 1][2] in dets) and j - 1 > i:
        j -= 1
        end = toks[j - 1][1]
    if (
        order.verb_second
        and j + 1 < len(toks)
        and toks[j + 1][2] in _GERMAN_NOMINATIVES
        and text[toks[j][0]].islower()
        and _german_finite(toks[j][2])
        and not text[end : toks[j][0]].strip()
        and not text[toks[j][1] : toks[j + 1][0]].strip()
    ):
        # "Eine Behandlung lehnt er ab": an object opens the clause, "er" is the subject
        return toks[j + 1][0], toks[j + 1][1]
    if order.verb_second and j < len(toks) and not _german_source(text, (start, end)):
        # "Jede Schuld weist Hartmann von sich": a thing first, a person after the verb
        after = _german_subject_after_verb(text, toks, j - 1, hi)
        if after is not None and german_person(text, after[0], after[1]):
            return after
    return start, end


def _german_source_phrase(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Return whether a fronted German phrase names a source ("Nach Ansicht von Lee").

    "Für" before a name ("Für den Theologen sei …") and "nach" or "in" before
    a statement noun open the source of what the clause reports.
    """
    word = toks[i][2]
    if word == "für":
        return True
    if word not in {"nach", "in", "im", "laut"}:
        return False
    return any(t[2] in _STATEMENT_NOUNS for t in toks[i + 1 : i + 4])


def _german_text_phrase(toks: list[tuple[int, int, str]]) -> bool:
    """Return whether tokens open with "in"/"im" and a written text ("In einem Brief")."""
    return (
        bool(toks)
        and toks[0][2] in {"in", "im", "nach", "gemäß"}
        and any(t[2].endswith(_GERMAN_DOCUMENT_NOUNS) for t in toks[1:5])
    )


def _after_fronted_clause(text: str, lo: int, hi: int) -> int:
    """Return where a German clause's own words start after a subordinating conjunction.

    "Als die Polizei eintraf, rannte der Mann davon": a subordinate clause ends
    with its finite verb and a comma, and the main clause starts after it with
    its own finite verb (the subordinate clause fills the place before it); when
    ``hi`` falls inside the subordinate clause ("Zumal der Anwalt …"), its
    subject starts after the conjunction.  ``lo`` when no subordinating
    conjunction opens the clause, or a closed-class word, not a verb, stands
    before the comma ("Als Sprecherin sagte sie, …": "als" opens a phrase).
    """
    first = _TOKEN.match(text, lo, hi)
    if first is None or first.group().lower() not in _GERMAN_SUBORDINATORS:
        return lo
    comma = text.find(",", first.end(), min(hi, first.end() + _SUBORDINATE_REACH))
    if comma < 0:
        if first.group().lower() in _ALSO_PREPOSITIONS:
            return lo  # "Als Antwort auf den Brief sagte …": a phrase, no clause
        return first.end()  # "Zumal der Anwalt Kai Berg betont hatte": its subject next
    words = tokens(text, first.end(), comma)
    if len(words) < 2 or not text[words[-1][0]].islower():
        return lo
    if closed_class(words[-1][2], "de") not in {None, "auxiliary"}:
        return lo  # "Als Sprecherin sagte sie,": no verb ends the clause
    verb = _TOKEN.search(text, comma + 1, hi)
    if (
        verb is None
        or not verb.group()[0].islower()
        or closed_class(verb.group(), "de") not in {None, "auxiliary"}
    ):
        # "Zumal Kern betont hatte, sein Mandant sei …": a clause of its own
        # follows, not the main clause, which opens with its finite verb
        return lo
    return comma + 1


# Subordinating conjunctions that also open a phrase ("als Antwort", "bis Mai",
# "seit Jahren", "während der Sitzung", "ohne Zweifel") or stand as an adverb ("da").
_ALSO_PREPOSITIONS = frozenset({"als", "bis", "seit", "während", "ohne", "da"})
# How far (characters) a German subordinate clause is read for its closing comma.
_SUBORDINATE_REACH = 200


def _german_finite(word: str) -> bool:
    """Return whether a lower-case German word looks like a finite verb ("sicherte")."""
    return (
        word in _GERMAN_STRONG_FINITE
        or word in CUE_VERBS["de"]
        or (word.endswith(GERMAN_STRONG_PAST) and len(word) <= 12)
        or (
            word.endswith(("te", "ten", "t")) and not word.endswith(("ert", "st")) and len(word) > 3
        )
    )


def _german_subject_after_verb(
    text: str, toks: list[tuple[int, int, str]], i: int, hi: int
) -> tuple[int, int] | None:
    """Return the subject right after the finite verb of a German clause.

    The verb is the first lower-case finite form after a noun, a number or a
    comma: "In dem Verfahren sieht Hellwig …" gives "Hellwig".
    """
    for k in range(i + 1, min(len(toks), i + 24)):
        ts, _te, w = toks[k]
        gap = text[toks[k - 1][1] : ts].strip()
        if gap not in {"", ","} or text[ts].isupper():
            continue  # a verb never follows a closing mark or a bracket directly
        prev = text[toks[k - 1][0]]
        if not (prev.isupper() or prev.isdigit() or gap == "," or k == i + 1):
            continue
        if w in _PREPOSITIONS or w in _NOT_FINITE or w in DETERMINERS["de"]:
            continue
        one_word_adverbial = toks[i][2] in _ADVERBIAL_OPENERS and toks[i][2] not in _PREPOSITIONS
        if not _german_finite(w) and not (k == i + 1 and one_word_adverbial):
            continue  # after a one-word adverbial ("Dabei griff sie") any verb stands
        j = k + 1
        while j < len(toks) and toks[j][2] in LEADING_FILLERS["de"] | {
            "sich",
            "nun",
            "noch",
            "etwa",
            "zwar",
            "bereits",
            "ebenfalls",
        }:
            j += 1
        if j >= len(toks):
            return None
        if toks[j][2] in PERSON_PRONOUNS["de"]:
            return toks[j][0], toks[j][1]  # "Dabei griff sie … an"
        sp = _speaker_after(text, toks[j][0], hi, "de")
        if sp is None or tokens(text, sp[0], sp[1])[0][2] in _GERMAN_OBJECTS:
            return None
        found = tokens(text, sp[0], sp[1])
        if len(found) >= 2 and text[found[-1][0]].islower() and text[found[-2][0]].isupper():
            # "führt das Gericht aus": a verb particle; "warb Obama für": a preposition
            return sp[0], found[-2][1]
        return sp
    return None


# A dash set off by spaces (or a dash followed by a space): " - ", " — ".
_SPACED_DASH = regex.compile(r"\s[\p{Pd}]\s|[\p{Pd}]\s(?=\p{Lu})")


# A relative clause after a name: ", qui écrivait", ", who wrote", ", che ha scritto".
_RELATIVE = regex.compile(rf",\s*+(?:{'|'.join(sorted(_WHO | {'who'}))})\s")


def _named_in_phrase(toks: list[tuple[int, int, str]], j: int, language: str) -> bool:
    """Return whether the name after ``toks[j]`` is apposed to a noun of a prepositional phrase.

    "dal suo sito web Storia Viva:", "sur son blog Le Point de vue :": a noun
    of a phrase opened a few words before by a preposition, and its name in close
    apposition; the name is no subject inverted after a verb.
    """
    if not order_of(language).inverted_incise or toks[j][2] in CUE_VERBS.get(language, ()):
        return False
    return any(
        closed_class(toks[x][2], language) == "preposition" for x in range(max(0, j - 3), j + 1)
    )


def _copular_thing(text: str, sp: tuple[int, int], hi: int, language: str) -> bool:
    """Return whether ``sp`` is a subject of no person or body before a copula.

    "Il primo è il principio cardine:", "El comentario es breve:", "Le but est
    simple :": a clause that describes its subject introduces words it does not
    say; "La ministra è stata chiara:" names a person, who does.
    """
    if language not in COPULAS:
        return False
    after = tokens(text, sp[1], min(hi, sp[1] + 30))[:1]
    if not after or after[0][2] not in COPULAS[language]:
        return False
    toks = tokens(text, sp[0], sp[1])
    nouns = speaking_nouns(language)
    return not person_like(text, toks, language) and not any(w in nouns for _, _, w in toks)


def colon_speaker(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return who speaks in a clause ending in a colon: 'Lee went on:', 'dit le Times :'."""
    dash_end = -1
    dashes = 0
    for m in _SPACED_DASH.finditer(text, lo, hi):
        dash_end = m.end()
        dashes += 1
    if dash_end >= 0 and dashes % 2:
        # "HEADLINE IN CAPITALS - Ann Lee:"; a pair of dashes sets off an aside
        # ("lässt sie - durch ihre Anwälte - erklären:")
        lo = dash_end
    rel_at = -1
    for m in _RELATIVE.finditer(text, lo, hi):
        rel_at = m.start()
    if rel_at >= 0:
        # "…, Luc Moreau, qui écrivait dans un message :": the antecedent
        chunk_lo = max(lo, text.rfind(",", lo, rel_at) + 1)
        sp = _trim(text, chunk_lo, rel_at)
        if sp[0] < sp[1] and text[sp[0]].isupper():
            return sp
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    if order_of(language).verb_second:
        told = _german_text_source(text, toks, hi) or _german_document(text, toks, lo, hi)
        if told is not None:
            return told
    apposed = _apposed_name_before_colon(text, lo, hi, language)
    if apposed is not None:
        return apposed  # "Ha preso la parola il vicepresidente della Regione, Luca Neri:"
    # an inverted subject right before the colon: "äußerte sich Ann Lee:",
    # "doesn't surprise pollster Dana Shaw:"
    j = len(toks) - 1
    caps = 0
    while j >= 0 and len(toks) - j <= 6:
        s, _e, w = toks[j]
        if text[s].isupper():
            caps += 1
        elif w not in _CONNECTORS:
            break
        j -= 1
    enough = caps >= (2 if language == "en" else 1)
    if order_of(language).nouns_capitalised:
        # German nouns are all capitalised: only after a verb of saying ("äußerte sich X:")
        enough = (
            enough
            and j >= 0
            and (toks[j][2] in CUE_VERBS[language] or toks[j][2] in {"sich", "fort", "hinzu"})
        )
    if (
        enough
        and 0 <= j < len(toks) - 1
        and j > 0
        and toks[j][2] not in _PREPOSITIONS
        # "l’ex consigliere della Merkel:": a complement, not the speaker
        and closed_class(toks[j][2], language) != "preposition"
        and closed_class(toks[j + 1][2], language) != "preposition"
        and not _named_in_phrase(toks, j, language)
    ):
        s = toks[j + 1][0]
        if toks[j][2] in DETERMINERS.get(language, frozenset()):
            s = toks[j][0]
        return s, toks[-1][1]
    found = subject(text, lo, hi, language)
    if found is not None and _copular_thing(text, found, hi, language):
        return None  # "Il primo è il principio cardine:": a thing is described, nobody speaks
    return found


def _apposed_name_before_colon(
    text: str, lo: int, hi: int, language: str
) -> tuple[int, int] | None:
    """Return a full name set off by a comma that ends a Romance clause before a colon.

    "Ha poi preso la parola il vicepresidente della Regione, Luca Neri:", "Tomó la
    palabra la alcaldesa de Soria, Marta Gil:": an inverted subject whose name is
    apposed to its role, the name right before the colon.

    Example:
        >>> t = "Ha poi preso la parola il vicepresidente della Regione, Luca Neri"
        >>> s, e = _apposed_name_before_colon(t, 0, len(t), "it")
        >>> t[s:e]
        'Luca Neri'
    """
    if not order_of(language).inverted_incise:
        return None
    end = _trim(text, lo, hi)[1]
    comma = text.rfind(",", lo, end)
    if comma < 0 or end - comma > 60:
        return None
    name = FULL_NAME.match(text, _trim(text, comma + 1, end)[0], end)
    if name is None or name.end() != end:
        return None
    return name.start(), name.end()


def _german_text_source(
    text: str, toks: list[tuple[int, int, str]], hi: int
) -> tuple[int, int] | None:
    """Return the text a German clause quotes: 'So heißt es in dem Schreiben:'.

    The place follows "heißt es" ("heißt es im Bericht wörtlich") or opens the
    clause ("In der Erklärung heißt es").
    """
    for k in range(len(toks) - 1):
        if toks[k][2] not in _SAYS_IT or toks[k + 1][2] != "es":
            continue
        origin = originator_after(toks, k + 2)
        if origin is not None:
            return _speaker_after(text, origin, hi, "de")  # "hieß es von der Firma"
        for m in range(k + 2, min(len(toks), k + 5)):
            if toks[m][2] in _IN_TEXT:
                return _speaker_after(text, toks[m][1], hi, "de")
        if k > 1 and toks[0][2] in _IN_TEXT:
            return toks[1][0], toks[k - 1][1]
        return None
    return None


# A German relative clause naming where words stand: ", in dem es heißt",
# ", in denen es unter anderem hieß".
_IN_WHICH_IT = regex.compile(
    r",\s*+(?:in|auf)\s++(?:dem|der|denen|welchem|welcher)\s++es\s++"
    r"(?:[\p{L}\p{N}]++\s++){0,8}?(?:heißt|hieß|steht|stand)\b"
)


def _german_in_which(text: str, lo: int, hi: int) -> Attribution | None:
    """Return the text named before ", in dem es heißt" in ``text[lo:hi]``.

    "…, bemängelte das Gericht den Paragrafen 5, in dem es heißt:" gives "den
    Paragrafen 5"; "den Tenor der Medien, in denen es heißt, dass …" gives
    "den Tenor der Medien".
    """
    found = list(_IN_WHICH_IT.finditer(text, lo, hi))
    if not found:
        return None
    m = found[-1]
    toks = tokens(text, max(lo, m.start() - 160), m.start())
    while toks and text[toks[-1][0]].islower():
        toks.pop()  # "griff den Tenor der Medien auf": a verb particle ends the clause
    if not toks:
        return None
    # back to the article opening the phrase: "den Tenor chinesischer Medien"
    k = len(toks) - 1
    while k > 0 and len(toks) - k < 12:
        if toks[k][2] in DETERMINERS["de"]:
            before = toks[k - 1]
            genitive = toks[k][2] in {"des", "der"} and (
                text[before[0]].isupper() or text[before[0]].isdigit()
            )
            if not genitive:
                break  # "den Paragrafen 5 des Gesetzes": back past the genitive
        k -= 1
    if toks[k][2] not in DETERMINERS["de"]:
        return None
    end = m.end()
    return Attribution(
        speaker_start=toks[k][0],
        speaker_end=toks[-1][1],
        cue_start=end - len(m.group().split()[-1]),
        cue_end=end,
        strong=True,
    )


def _german_document(
    text: str, toks: list[tuple[int, int, str]], lo: int, hi: int
) -> tuple[int, int] | None:
    """Return the written text a German clause before a colon quotes from.

    "Darin steht:" (the text named in the sentence before), "In dem Entwurf
    steht der Passus:", "So enthält das Gesetz folgenden Satz:", "ein Zettel,
    auf dem geschrieben stand:".
    """
    if not any(t[2] in _GERMAN_TEXT_VERBS for t in toks):
        return None
    start = lo
    if any(t[2] in _GERMAN_TEXT_POINTERS for t in toks):
        start = sentence_start(text, max(0, lo - 400), max(0, lo - 1))  # the sentence before
    found = None
    after_in = False
    for t in tokens(text, start, hi):
        if t[2] in _IN_TEXT:
            after_in = True
        elif text[t[0]].isupper() and t[2].endswith(_GERMAN_DOCUMENT_NOUNS):
            found = t
            if after_in:
                break  # "In dem Entwurf steht der Passus": the text, not the passage
    if found is None:
        return None
    # the noun with its article and adjectives: "eine Stellungnahme", "dem neuen Entwurf"
    phrase = tokens(text, max(start, found[0] - 60), found[1])
    k = len(phrase) - 1
    while k > 0 and (phrase[k - 1][2] in DETERMINERS["de"] or text[phrase[k - 1][0]].islower()):
        k -= 1
        if phrase[k][2] in DETERMINERS["de"]:
            break
    if phrase[k][2] not in DETERMINERS["de"]:
        k = len(phrase) - 1  # no article: the noun alone
    return phrase[k][0], found[1]


def person_like(text: str, toks: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether a subject noun phrase names a person or a body by name.

    A pronoun ("Ella"), a surname ("Ferrer") or a phrase holding a
    capitalised word after its first ("la alcaldesa Ferrer", "el Gobierno")
    does; "El motivo" and "Las obras nuevas" do not.
    """
    if not toks:
        return False
    first = toks[0][2]
    if first in PERSON_PRONOUNS.get(language, frozenset()):
        return True
    if toks[-1][2] in GROUP_SOURCES.get(language, frozenset()):
        return True  # "officials", "los expertos"
    if len(toks) == 1:
        return (
            text[toks[0][0]].isupper()
            and first not in DETERMINERS.get(language, frozenset())
            # "Altro", "Otro", "Autre" alone: a determiner of the whole class
            # (indefinites too), capitalised by its sentence, names nobody
            and closed_class(first, language) != "determiner"
            and first not in _NOT_PERSONS
            and first not in OBJECT_CLITICS.get(language, frozenset())
        )
    caps = [k for k in range(1, len(toks)) if text[toks[k][0]].isupper()]
    if not caps:
        return False
    dets = DETERMINERS.get(language, frozenset())
    if (first in dets or _elided_article(first, dets)) and all(
        toks[k - 1][2] in _LINKS or toks[k - 1][2] in _PREPOSITIONS for k in caps
    ):
        # "La presa di Seversk" names a thing; "el alcalde de Alcoi" a person,
        # and "l’uomo di Kiev" too: the noun after an elided article counts
        nouns = SOURCE_NOUNS.get(language, frozenset())
        return any(w in nouns or _after_elision_word(w) in nouns for _, _, w in toks)
    return True


# A full name set off by commas: ", Paolo Rinaldi," (a subject's apposition).
_COMMA_NAME = regex.compile(
    r",[ \t]*+(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}’'\-]*+){1,3})[ \t]*+,"
)
# How many appositions after a subject are read for its name.
_APPOSITIONS = 6


def _apposed_subject_name(text: str, at: int, end: int) -> tuple[int, int] | None:
    """Return a full name among the appositions right after a subject ending at ``at``.

    "La firma più nota del giornale, ex direttore del quotidiano, Paolo Rinaldi, ha
    parlato": the description names nobody, the name set off after it does.
    """
    # the subject as read may stop before its modifiers ("La firma più nota …")
    pos = text.find(",", at, min(end, at + 80))
    for _ in range(_APPOSITIONS):
        if pos < 0:
            return None
        m = _COMMA_NAME.match(text, pos, end)
        if m is not None:
            return m.span("name")
        pos = text.find(",", pos + 1, min(end, pos + 120))
    return None


def recent_person_subject(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the person subject of the last of up to three sentences in ``text[lo:hi]``.

    "Ferrer visitó la obra. Los obreros llevan casco. «…», dice.": a
    verb whose subject is dropped has the person the story last spoke about.
    """
    end = hi
    for _ in range(3):
        start = sentence_start(text, lo, end)
        if end - start > 1:
            sp = subject(text, start, end, language)
            if sp is not None and person_like(text, tokens(text, sp[0], sp[1]), language):
                return sp
            named = _apposed_subject_name(text, sp[1], end) if sp is not None else None
            if named is not None:
                return named  # "La firma più nota, ex direttore …, Paolo Rinaldi, ha …"
            agent = ROMANCE_AGENT.search(text, start, end) if language != "en" else None
            if agent is not None:
                return agent.start("agent"), agent.end("agent")  # "confermata da Ivo Rossi"
        if start <= lo:
            return None
        end = start - 1
    return None


# A German relative clause opening after a comma, and its next word:
# ", der diese Maßnahme", ", die er".
_GERMAN_RELATIVE_OPENING = regex.compile(r",\s++(?P<rel>\p{Ll}++)\s++(?P<next>[\p{L}\p{N}]++)")
# A subordinating conjunction opening a German sentence, and its next word: "Nachdem die".
_GERMAN_OPENER_FIRST = regex.compile(r"\s*+(?P<rel>\p{Lu}\p{Ll}++)\s++(?P<next>[\p{L}\p{N}]++)")


def _active_clause_cue(text: str, start: int, at: int, after: int) -> tuple[int, int, str] | None:
    """Return the verb of saying of a German clause around a quotation ``text[at:after]``.

    The clause runs from ``start`` to the quotation and on to the next stop
    ("… als „…“ bezeichnet hat,"); a passive clause ("… bezeichnet wird") has none.
    """
    stop = _STOP.search(text, after, min(len(text), after + 200))
    clause_end = stop.start() if stop is not None else min(len(text), after + 200)
    words = tokens(text, start, at) + tokens(text, after, clause_end)
    if any(t[2] in _GERMAN_PASSIVE for t in words):
        return None
    return next((t for t in words if t[2] in CUE_VERBS["de"] or t[2] in _GERMAN_CLAUSE_CUES), None)


def relative_speaker(text: str, lo: int, at: int, after: int) -> Attribution | None:
    """Return who speaks in a German relative clause holding ``text[at:after]``, a quotation.

    "der Verband, der die Maßnahme als „Kapitulation“ sieht" gives "der
    Verband"; "die Lösung, die er „gut“ nannte" gives "er".  The clause must
    hold a verb of saying in the active voice, before the quotation or after it.
    """
    found = None
    for m in _GERMAN_RELATIVE_OPENING.finditer(text, lo, at):
        if m.group("rel") in _GERMAN_RELATIVES or m.group("rel") in _GERMAN_CLAUSE_OPENERS:
            found = m
    if found is None:
        # "Nachdem die Ministerin den Plan als „…“ bezeichnet hatte, …": the
        # subordinate clause opens the sentence, its verb closes it
        first = _GERMAN_OPENER_FIRST.match(text, lo, at)
        if first is not None and first.group("rel").lower() in _GERMAN_CLAUSE_OPENERS:
            if "," in text[first.end() : at]:
                return None
            return _clause_subject_speaker(text, first, at, after)
    if found is None or "," in text[found.end() : at]:
        return None
    if found.group("rel") in _GERMAN_CLAUSE_OPENERS:
        # "…, weil die Regierung das Land als „…“ bezeichnet hat": its subject
        return _clause_subject_speaker(text, found, at, after)
    head = tokens(text, found.end("rel"), at)
    k = 0
    while k < len(head) and text[head[k][0]].isupper():
        k += 1
    if 0 < k < len(head) and (
        head[k][2] in SUBJUNCTIVES["de"]
        or head[k][2] in _AUXILIARIES["de"]
        or _german_finite(head[k][2])
    ):
        return None  # "…, die EU-Kommission habe …": an article, then the verb second
    cue = _active_clause_cue(text, found.end("rel"), at, after)
    if cue is None:
        return None  # "der Strom, der als „Sonnenwind“ bezeichnet wird": no speaker
    named = _NAME_PAIR.match(text, found.start("next"))
    if found.group("next") in PERSON_PRONOUNS["de"]:
        speaker = found.span("next")  # "die er „gut“ nannte": "er" speaks
    elif named is not None and german_person(text, named.start(), named.end()):
        speaker = named.span()  # "die Jan Roth „gut“ nannte": the name speaks
    else:
        comma = found.start()
        speaker = _german_phrase_before(text, (max(lo, comma - 120), comma))
        if speaker[0] >= comma or not text[speaker[0]].isalpha():
            return None
    return Attribution(
        speaker_start=speaker[0],
        speaker_end=speaker[1],
        cue_start=cue[0],
        cue_end=cue[1],
        strong=False,
    )


def _clause_subject_speaker(
    text: str, opening: regex.Match[str], at: int, after: int
) -> Attribution | None:
    """Return the subject of a German subordinate clause whose cue credits a quotation.

    "…, weil die US-Regierung das Land als „…“ bezeichnet hat" gives "die
    US-Regierung"; the clause must end in a verb of saying in the active voice.
    """
    cue = _active_clause_cue(text, opening.end("rel"), at, after)
    if cue is None:
        return None
    sp = _speaker_after(text, opening.end("rel"), at, "de")
    if sp is None or not _german_source(text, sp):
        return None
    return Attribution(
        speaker_start=sp[0], speaker_end=sp[1], cue_start=cue[0], cue_end=cue[1], strong=False
    )


# Two capitalised words in a row, the second no noun ending: "Jan Roth".
_GERMAN_NAME = regex.compile(
    r"\p{Lu}[\p{Ll}\p{M}’'\-]++\s++(?:\p{Lu}\.\s++)?\p{Lu}[\p{Ll}\p{M}’'\-]++"
)


def _german_source(text: str, span: tuple[int, int]) -> bool:
    """Return whether a German mention is a person or a body that speaks ("das Gericht")."""
    if german_person(text, span[0], span[1]):
        return True
    nouns = SOURCE_NOUNS["de"]
    endings = _GERMAN_BODY_ENDINGS + GERMAN_PERSON_ENDINGS + _GERMAN_DOCUMENT_NOUNS
    toks = tokens(text, *span)
    if any(w in nouns or w.endswith(endings) for _, _, w in toks):
        return True
    # "der NDR", "die SPD", "das ZDF": a body named by its initials (Duden,
    # Initialwörter) after an article; no person's name is written so
    return (
        len(toks) >= 2
        and toks[0][2] in DETERMINERS["de"]
        and _INITIALISM.fullmatch(text, toks[-1][0], toks[-1][1]) is not None
    )


# An initialism: two to six capital letters, maybe joined by "/" ("CDU/CSU").
_INITIALISM = regex.compile(r"\p{Lu}{2,6}+(?:/\p{Lu}{2,6}+)?")


def german_source(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` is a German person or a body that speaks."""
    return _german_source(text, (start, end))


# Words that never open a German name: articles, fronted words, "Jegliche"….
_GERMAN_NEVER_NAMES = DETERMINERS["de"] | _GERMAN_NOT_NAMES | _GERMAN_FRONTED | _NAME_NEVER_STARTS


def german_person(text: str, start: int, end: int) -> bool:
    """Return whether a German mention is a pronoun, a surname or holds a full name.

    "er", "Hellwig", "Präsident Jan Roth" are; "der Airbus", "die Kassen" are not.
    """
    words = text[start:end].split()
    if not words:
        return False
    low = words[0].lower()
    not_names = _GERMAN_NEVER_NAMES
    if len(words) == 1:
        return low in PERSON_PRONOUNS["de"] or (
            words[0][:1].isupper()
            and low not in not_names
            and not low.endswith(_GERMAN_NOUN_ENDINGS)
        )
    if low.rstrip(".") in TITLES:
        return True
    # "Das Schicksal", "Die Kassen": an article and a noun are no first and last name
    for m in _GERMAN_NAME.finditer(text, start, end, overlapped=True):
        first = m.group().split()[0].lower()
        if first not in not_names and not first.endswith(_GERMAN_ADJECTIVE_ENDINGS):
            return True  # not "Die Kassen", "Jegliche Verantwortung"
    return False
