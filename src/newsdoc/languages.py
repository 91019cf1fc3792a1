"""Language detection and the languages newsdoc supports.

The detector is deliberately cheap and deterministic: it counts frequent
function words of each supported language over the first few kilobytes of the
text.  It needs no model and gives the same answer for the same text every time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from itertools import filterfalse
from types import MappingProxyType

import regex

from newsdoc._grammar import CLASSES, grammar, normalise
from newsdoc._grammar.en import FREQUENT_HOMOGRAPHS
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._validate import ensure_str

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "resolve_language"]

#: Language codes every module understands (ISO 639-1), sorted.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en", "es", "fr", "it")

#: How much of a document the detector reads: news leads settle the language fast.
_SAMPLE_CHARS = 2048
#: The part of the sample read first: when it settles the language (see `_settled`),
#: the rest is not read.  Two hundred words or so, a news lead and more.
_FIRST_CHARS = 1024

#: Least evidence (one closed-class word of one language) that makes a text other
#: than English; below it, and on ties with English, the text is read as English.
_MIN_EVIDENCE = 1.0
#: Least evidence per word read: one stray word ("los" for "loss") in a table of
#: English figures is not enough, while a sentence of any of the other languages
#: has a function word in every few words.
_MIN_DENSITY = 0.04

# The closed classes whose words are evidence of a language: function words are
# the most frequent words of running text whatever its subject.  Numerals are left
# out (digits say nothing), so are multi-word units.
_EVIDENCE_CLASSES = tuple(name for name in CLASSES if name != "numeral")


def _word_evidence() -> Mapping[str, tuple[tuple[str, float], ...]]:
    """Return each closed-class word and verb of saying with the languages it is evidence for.

    A word of several languages ("la": French, Spanish, Italian) is split evenly
    between them, so it still tells them from English and German; so is a word
    that is also a common English word ("war", "die", "son").
    """
    languages_of: dict[str, list[str]] = {}
    for code in SUPPORTED_LANGUAGES:
        g = grammar(code)
        words = frozenset().union(*(g.table(name) for name in _EVIDENCE_CLASSES))
        for word in words:
            if " " not in word:
                languages_of.setdefault(word, []).append(code)
    # verbs of saying: news copy quotes people ("said", "sagte", "a déclaré", "dijo")
    for code, verbs in CUE_VERBS.items():
        for word in verbs:
            codes = languages_of.setdefault(normalise(word), [])
            if code not in codes and " " not in word:
                codes.append(code)
    # "war", "die", "son": common English words too
    for word in FREQUENT_HOMOGRAPHS:
        languages_of.setdefault(word, []).append("en")
    return MappingProxyType(
        {
            word: tuple((code, 1 / len(codes)) for code in codes)
            for word, codes in languages_of.items()
        }
    )


_WORD_EVIDENCE = _word_evidence()
_EVIDENCE_WORDS = frozenset(_WORD_EVIDENCE)
# The same table as a plain dict, for the detector's inner loop.
_WORD_EVIDENCE_DICT: dict[str, tuple[tuple[str, float], ...]] = dict(_WORD_EVIDENCE)

# Letters that only some of the languages write, with the share of evidence each
# one gives: German umlauts and ß, Spanish ñ and acute vowels, French cedilla,
# circumflexes and diaereses, Italian grave vowels (orthographies of the five
# languages).  Read from lower-case words only: names keep their own spelling
# ("José Peña" in English copy).
_LETTER_EVIDENCE: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType(
    {
        "ß": (("de", 1.0),),
        "ä": (("de", 1.0),),
        "ö": (("de", 1.0),),
        "ü": (("de", 0.8), ("es", 0.2)),
        "ñ": (("es", 1.0),),
        "á": (("es", 1.0),),
        "í": (("es", 0.9), ("it", 0.1)),
        "ó": (("es", 0.9), ("it", 0.1)),
        "ú": (("es", 1.0),),
        "ç": (("fr", 1.0),),
        "â": (("fr", 1.0),),
        "ê": (("fr", 1.0),),
        "î": (("fr", 1.0),),
        "ô": (("fr", 1.0),),
        "û": (("fr", 1.0),),
        "ë": (("fr", 1.0),),
        "ï": (("fr", 1.0),),
        "œ": (("fr", 1.0),),
        "é": (("fr", 0.6), ("es", 0.3), ("it", 0.1)),
        "è": (("fr", 0.5), ("it", 0.5)),
        "à": (("fr", 0.4), ("it", 0.6)),
        "ù": (("fr", 0.3), ("it", 0.7)),
        "ì": (("it", 1.0),),
        "ò": (("it", 1.0),),
    }
)
# A letter counts for less than a function word: a word with two such letters
# ("élevé") weighs as much as one function word.
_LETTER_WEIGHT = 0.5

# Letters read from capitalised words too, for less: German capitalises its nouns
# ("Bürger", "Straße"), though a name may carry them in any language ("Müller").
_NOUN_LETTERS = frozenset("äöüß")
_NOUN_LETTER_WEIGHT = 0.25
_LETTERS = frozenset(_LETTER_EVIDENCE)
# Evidence past which the weaker kinds (capitalised words) are not read: a long
# text settles its language on lower-case words alone.
_ENOUGH = 12.0
# A capitalised word that opens a sentence counts for half a lower-case one.
_OPENING_WEIGHT = 0.5

# Marks only one of the languages writes: Spanish opening ¿ ¡, the German low
# opening quotation mark „ (typographic conventions of each language).
_MARK_EVIDENCE: Mapping[str, tuple[tuple[str, float], ...]] = MappingProxyType(
    {"¿": (("es", 1.0),), "¡": (("es", 1.0),), "„": (("de", 1.0),)}
)

# A lower-case word, or an elided one with its apostrophe that leans on the next
# word: "l’" of "l’hydrologue", "dell’" of "dell’anno" (the tables write "l'").
# Words with a capital are left to the next pattern.  Example: "qu’il" gives
# "qu’" and "il"; "iPhone" gives nothing.
_LOWER_WORD = regex.compile(r"(?<!\p{L})(?:\p{Ll}++['’ʼ](?=\p{L})|\p{Ll}++(?!\p{L}))")
# Where a sentence may open: after a sentence end, an opening mark or a line break.
# Example: the text is cut at "." and "«" in "Il pleut. « Le maire »".
_OPENINGS = regex.compile(r"[.!?:;¿¡«»\"“„(\n]")
# The capitalised word at the head of such a piece.  Example: "Le" in " Le maire".
_OPENING_WORD = regex.compile(r"[\s\"“„«»‘(]*+(\p{Lu}\p{Ll}++(?:['’ʼ](?=\p{L}))?)(?!\p{L})")
# The same word at the head of every piece but the first, found in one search: a
# capital and a small letter, then, looking back from the capital, what
# `_OPENING_WORD` lets stand before the word less the openings (a piece holds
# none: white space but a line break, "‘") and the opening that starts the piece.
# Only a capital before a small letter is looked at: text made of tiny pieces
# costs a test per capital, not per piece.  Example: "Le" in "Il pleut. « Le maire »".
_OPENED_WORD = regex.compile(
    r"\p{Lu}(?=\p{Ll})(?<=[.!?:;¿¡«»\"“„(\n](?:[^\S\n]|‘)*+\p{Lu})"
    r"\p{Ll}++(?:['’ʼ](?=\p{L}))?(?!\p{L})"
)
# What a word may carry on either side in running text: punctuation and marks.
_PUNCTUATION = ".,;:!?…\"“”„«»‘’‚'()[]{}<>*/\\|-–—_"

# A capitalised word holding a German letter: "Bürger", "Straße".
_CAPITALISED_GERMAN = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}*+[äöüß]\p{Ll}*+(?!\p{L})")


def detect_language(text: str) -> str:
    """Return the most likely supported language code of ``text``.

    Reads the first 2,048 characters (the first 1,024 only when they leave no
    doubt: much evidence, twice any other language's) and weighs three kinds of
    evidence: the closed-class words of each language (determiners, pronouns,
    auxiliaries, prepositions, conjunctions, adverbs, time words) and its verbs of saying (a
    word several languages share is split between them), letters only some
    languages write (ß, ñ, ç, grave vowels) and marks only one writes (¿, „).
    Only lower-case words count and, while the evidence is thin, capitalised ones
    that open a sentence at half weight: names are written in capitals ("LOS
    ANGELES", "Le Monde", "José Peña").  One sentence is enough; a text with no
    evidence, or as much for English as for any other, is English.

    Example:
        >>> from newsdoc import detect_language
        >>> detect_language("Der Bundestag hat das Gesetz mit den Stimmen beschlossen.")
        'de'
        >>> detect_language("« C’est fini », a déclaré la ministre.")
        'fr'
        >>> detect_language("LOS ANGELES, March 3 - Shares rose.")
        'en'
        >>> detect_language("")
        'en'
    """
    text = ensure_str(text)
    if len(text) > _FIRST_CHARS:
        settled = _settled(_scores(text[:_FIRST_CHARS])[0])
        if settled is not None:
            return settled
    scores, words = _scores(text[:_SAMPLE_CHARS])
    best = max(scores.values())
    if best < max(_MIN_EVIDENCE, _MIN_DENSITY * words) or scores["en"] >= best:
        return "en"
    return next(code for code in SUPPORTED_LANGUAGES if scores[code] == best)


# Evidence that settles a language on the first part of the sample: twice what
# ends the reading of capitalised words, and twice any other language's.  Reading
# on could only turn the answer if the rest of the sample were written in another
# language for most of its words.
_SETTLED = 2 * _ENOUGH
_SETTLED_RATIO = 2.0


def _settled(scores: dict[str, float]) -> str | None:
    """Return the language ``scores`` settle by a wide margin, or None.

    Example:
        >>> _settled({"de": 30.0, "en": 9.5, "es": 0.0, "fr": 1.0, "it": 0.5})
        'de'
        >>> _settled({"de": 0.0, "en": 30.0, "es": 0.0, "fr": 16.0, "it": 0.0}) is None
        True
    """
    first, second = sorted(scores.values(), reverse=True)[:2]
    if first < _SETTLED or first < _SETTLED_RATIO * second:
        return None
    return max(scores, key=scores.__getitem__)


def _scores(sample: str) -> tuple[dict[str, float], int]:
    """Return the evidence for each supported language in ``sample``, and its words.

    Words are counted as white-space separated pieces, names and figures included.
    """
    scores = dict.fromkeys(SUPPORTED_LANGUAGES, 0.0)

    def add(evidence: tuple[tuple[str, float], ...], weight: float) -> None:
        for code, share in evidence:
            scores[code] += share * weight

    # white space never joins or splits a word: a piece that is a listed word is
    # counted at once; a piece of plain ASCII letters is a word with no evidence
    # (lower-case) or a name; a piece of plain ASCII letters inside punctuation
    # ("said,", "(Reuters)") holds the one lower-case word of its letters or none;
    # the pattern is run only on the rest ("l’hydrologue", "well-known", "2.5").
    # Most pieces are plain words of neither kind: C-level filters pick the listed
    # pieces and the others out of the split text, and only those are counted (in
    # the order of their first occurrence, as a count of every piece would list
    # them).  The listed pieces add their evidence first, then the words of the
    # others theirs: each language's sum receives its terms in the same order as
    # when one loop read every piece, so the floats are the same to the last bit.
    # (a plain dict is read, not the mapping proxy: its lookup is several times cheaper)
    # (the words are counted in a plain dict: a Counter calls its Python __missing__
    # for every new word)
    split = sample.split()
    listed = _EVIDENCE_WORDS
    evidence_of = _WORD_EVIDENCE_DICT
    for piece, n in Counter(filter(listed.__contains__, split)).items():
        for code, share in evidence_of[piece]:
            scores[code] += share * n
    # the pieces that are not plain ASCII words; in ASCII text, those holding a
    # character other than a letter
    others = (
        filterfalse(str.isalpha, split)
        if sample.isascii()
        else (p for p in split if not (p.isascii() and p.isalpha()))
    )
    words: dict[str, int] = {}
    for piece, n in Counter(filterfalse(listed.__contains__, others)).items():
        core = piece.strip(_PUNCTUATION)
        if core.isascii() and core.isalpha():
            if core.islower():
                words[core] = words.get(core, 0) + n
        elif core.isascii() and core.upper() == core:
            continue  # no lower-case letter inside the punctuation: "1,250", "—", "U.S."
        else:
            for word in _LOWER_WORD.findall(piece):
                words[word] = words.get(word, 0) + n
    for word, n in words.items():
        key = word if word.isascii() else normalise(word)
        if key in listed:
            for code, share in evidence_of[key]:
                scores[code] += share * n
        elif not word.isascii():
            # in a fixed order: float sums depend on it, and a set's order on the
            # process's hash seed, so a tie must not fall differently per process
            for letter in sorted(_LETTERS.intersection(word)):
                for code, share in _LETTER_EVIDENCE[letter]:
                    scores[code] += share * (n * _LETTER_WEIGHT)
    for mark, evidence in _MARK_EVIDENCE.items():
        if mark in sample:  # no mark adds nothing (x + 0.0 is x)
            add(evidence, sample.count(mark))
    if max(scores.values()) >= _ENOUGH:
        return scores, len(split)
    # short or terse text: capitalised words that open a sentence and German nouns
    for word in _opening_words(sample):
        found = _WORD_EVIDENCE.get(normalise(word))
        if found is not None:
            add(found, _OPENING_WEIGHT)
    # German writes every noun with a capital: "Bürger", "Straße"
    if any(letter in sample for letter in _NOUN_LETTERS):
        for word in _CAPITALISED_GERMAN.findall(sample):
            for letter in sorted(_NOUN_LETTERS.intersection(word)):
                add(_LETTER_EVIDENCE[letter], _NOUN_LETTER_WEIGHT)
    return scores, len(split)


def _opening_words(sample: str) -> list[str]:
    """Return the capitalised word at the head of each piece of ``sample`` between openings.

    The pieces are those `_OPENINGS` cuts; the first is read alone, the others in
    one search (a text of many tiny pieces would cost a call each).

    Example:
        >>> _opening_words("Le maire. « Il pleut », dit-il. Ana")
        ['Le', 'Il', 'Ana']
    """
    cut = _OPENINGS.search(sample)
    first = _OPENING_WORD.match(sample if cut is None else sample[: cut.start()])
    heads: list[str] = [] if first is None else [first.group(1)]
    return heads + _OPENED_WORD.findall(sample)


def resolve_language(text: str, language: str | None) -> str:
    """Return ``language`` checked against the supported codes, or the detected one.

    Codes are case-insensitive and may carry a region (``"de-AT"``, ``"pt_BR"``
    is rejected because Portuguese is not supported).

    Example:
        >>> from newsdoc import resolve_language
        >>> resolve_language("any text", "de-AT")
        'de'
        >>> resolve_language("The minister said.", None)
        'en'
        >>> resolve_language("x", "nl")
        Traceback (most recent call last):
        ...
        ValueError: unsupported language 'nl'; newsdoc supports de, en, es, fr, it
    """
    if language is None:
        return detect_language(text)
    if not isinstance(language, str):
        raise TypeError(f"language must be a str or None, not {type(language).__name__}")
    code = language.replace("_", "-").split("-", 1)[0].casefold()
    if code not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"unsupported language {language!r}; newsdoc supports {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return code
