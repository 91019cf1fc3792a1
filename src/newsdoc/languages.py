"""Language detection and the languages newsdoc supports.

The detector is deliberately cheap and deterministic: it counts frequent
function words of each supported language over the first few kilobytes of the
text.  It needs no model and gives the same answer for the same text every time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType

import regex

from newsdoc._validate import ensure_str

__all__ = ["SUPPORTED_LANGUAGES", "detect_language", "resolve_language"]

#: Language codes every module understands (ISO 639-1), sorted.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("de", "en", "es", "fr", "it")

#: Fewest function words that make a text other than English.
_MIN_EVIDENCE = 2

#: How much of a document the detector reads: news leads settle the language fast.
_SAMPLE_CHARS = 4096

# Frequent function words.  Words shared between languages ("la", "de", "e") are
# kept out so that each hit is evidence for one language only.
_FUNCTION_WORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "the and of to is that for was with he said on his have are from by "
            "at it this has be which were had they but not an will who would".split()
        ),
        "de": frozenset(
            "der die und das ist nicht mit den von sich des auf für eine einen im dem "
            "auch wird sagte zu sind wurde bei nach wie aus oder noch sein hat".split()
        ),
        "fr": frozenset(
            "le les et des est une du que pour dans qui pas sur au avec il ce sont "
            "mais ont aux été cette elle leur nous ses".split()
        ),
        "es": frozenset(
            "el los las y que en por con para una del es al fue su como más pero "
            "sus ha este esta lo desde entre según".split()
        ),
        "it": frozenset(
            "il di che è della non con sono gli da nel alla ha dei delle anche "
            "più è stato questo come degli sul lo".split()
        ),
    }
)

# A word: a run of letters (apostrophes split French and Italian elisions).
_WORD = regex.compile(r"\p{L}++")

# Each function word mapped to the languages it is evidence for: one lookup a word.
_WORD_LANGUAGES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        word: tuple(code for code in SUPPORTED_LANGUAGES if word in _FUNCTION_WORDS[code])
        for words in _FUNCTION_WORDS.values()
        for word in words
    }
)

# The function words written in ASCII letters only ("the", "und"; not "für").
_ASCII_FUNCTION_WORDS = frozenset(word for word in _WORD_LANGUAGES if word.isascii())


def detect_language(text: str) -> str:
    """Return the most likely supported language code of ``text``.

    Counts lower-case function words over the first 4,096 characters (capitalised
    ones are too often names: "LOS ANGELES", "Le Monde"); ties and texts with no
    evidence fall back to English.

    Example:
        >>> from newsdoc import detect_language
        >>> detect_language("Der Bundestag hat das Gesetz mit den Stimmen beschlossen.")
        'de'
        >>> detect_language("Le gouvernement a présenté le projet de loi pour les retraites.")
        'fr'
        >>> detect_language("")
        'en'
    """
    text = ensure_str(text)
    # Only lower-case words count: function words in running text are lower case,
    # while capitalised ones are often names ("LOS ANGELES", "Des Moines", "Le Monde").
    # White space never joins or splits a word, so the words are read off the
    # space-separated pieces: a piece of plain ASCII letters is one word, counted
    # from a set lookup; only the other pieces ("said,", "für") go to the pattern.
    pieces = text[:_SAMPLE_CHARS].split()
    found = Counter(filter(_ASCII_FUNCTION_WORDS.__contains__, pieces))
    rest = " ".join([p for p in pieces if not (p.isascii() and p.isalpha())])
    found.update(filter(_WORD_LANGUAGES.__contains__, _WORD.findall(rest)))
    counts = dict.fromkeys(SUPPORTED_LANGUAGES, 0)
    for word, n in found.items():
        for code in _WORD_LANGUAGES[word]:
            counts[code] += n
    best = max(counts.values())
    # One stray word ("los" in a table) is not evidence enough to leave English.
    if best < _MIN_EVIDENCE or counts["en"] == best:
        return "en"
    return next(code for code in SUPPORTED_LANGUAGES if counts[code] == best)


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
