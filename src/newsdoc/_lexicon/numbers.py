"""Numbers as news copy writes them: spelled number words and grouped digits, per language.

``NUMBER_WORDS`` maps the spelled cardinals a vote tally uses ("nine to one",
"neun zu eins", "tre astenuti") to their values, 0 to 100.  Babel ships no
spell-out data, so the tables follow the composition rules of CLDR's RBNF
``spellout-cardinal`` rule sets for en, de, fr, es and it (units and teens as
words, tens-and-units compounds built by rule): "twenty-one", "einundzwanzig",
"vingt et un", "soixante-dix", "quatre-vingt-douze", "veintiuno", "treinta y
dos", "ventuno", "ventitré".  Regional French tens of Belgium and Switzerland
("septante", "huitante", "octante", "nonante") are added, as are each
language's words for no votes at all (``ZERO_WORDS``: "nil" and "none" in
English reports of divisions, "keine", "aucune", "ninguno", "nessuno" — the
negative determiners of each grammar).

Digit grouping follows the locale's thousands separator from Babel
("41,806,223" in English, "2.914.062" in German, "331 000" in French), loaded
lazily and cached per language.

Sources: the number words are each language's cardinal numerals (a closed class)
and its grammar's rules for compounding them.  The group separator of each
language is CLDR's, read through Babel; the extra separators are the other forms
the same language's press prints (a plain or no-break space in French, the
apostrophe of Swiss German).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

import regex

__all__ = [
    "NUMBER_WORDS",
    "ZERO_WORDS",
    "digits_pattern",
    "first_words",
    "group_separators",
    "number_pattern",
    "number_value",
    "word_pattern",
]

_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_DE_UNITS = (
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn "
    "vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"
).split()
_DE_TENS = "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()
_FR_UNITS = (
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize "
    "quatorze quinze seize dix-sept dix-huit dix-neuf"
).split()
_FR_TENS = "vingt trente quarante cinquante soixante".split()
_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
    "catorce quince dieciséis diecisiete dieciocho diecinueve"
).split()
_ES_TENS = "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_IT_UNITS = (
    "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
    "quattordici quindici sedici diciassette diciotto diciannove"
).split()
_IT_TENS = "venti trenta quaranta cinquanta sessanta settanta ottanta novanta".split()


def _english() -> dict[str, int]:
    # "twenty-one", "twenty one"
    words = {w: i for i, w in enumerate(_EN_UNITS)}
    for t, tens in enumerate(_EN_TENS, start=2):
        words[tens] = t * 10
        for u in range(1, 10):
            words[f"{tens}-{_EN_UNITS[u]}"] = t * 10 + u
            words[f"{tens} {_EN_UNITS[u]}"] = t * 10 + u
    return words


def _german() -> dict[str, int]:
    # "einundzwanzig", "dreiundneunzig"; "ein", "eine", "einer" for one
    words = {w: i for i, w in enumerate(_DE_UNITS)}
    words.update({"ein": 1, "eine": 1, "einer": 1, "einem": 1, "zwo": 2, "hundert": 100})
    for t, tens in enumerate(_DE_TENS, start=2):
        words[tens] = t * 10
        for u in range(1, 10):
            unit = "ein" if u == 1 else _DE_UNITS[u]
            words[f"{unit}und{tens}"] = t * 10 + u
    return words


def _french() -> dict[str, int]:
    # "vingt et un", "vingt-deux", "une"; 70-99 by the vigesimal rule: "soixante-dix",
    # "soixante et onze", "quatre-vingts", "quatre-vingt-un", "quatre-vingt-dix-neuf";
    # Belgian and Swiss "septante", "huitante"/"octante", "nonante" by the decimal rule.
    words = {w: i for i, w in enumerate(_FR_UNITS)}
    words["une"] = 1
    words["cent"] = 100
    tens_words = [(t, tens) for t, tens in enumerate(_FR_TENS, start=2)]
    tens_words += [(7, "septante"), (8, "huitante"), (8, "octante"), (9, "nonante")]
    for t, tens in tens_words:
        words[tens] = t * 10
        words[f"{tens} et un"] = words[f"{tens}-et-un"] = t * 10 + 1
        for u in range(2, 10):
            words[f"{tens}-{_FR_UNITS[u]}"] = t * 10 + u
    # soixante + 10..19, quatre-vingt + 0..19
    for u in range(10, 20):
        joined = "et" if u == 11 else ""
        words[f"soixante-{_FR_UNITS[u]}"] = 60 + u
        if joined:
            words[f"soixante et {_FR_UNITS[u]}"] = words[f"soixante-et-{_FR_UNITS[u]}"] = 60 + u
    words["quatre-vingts"] = words["quatre-vingt"] = 80
    for u in range(1, 20):
        words[f"quatre-vingt-{_FR_UNITS[u]}"] = 80 + u
    return words


def _spanish() -> dict[str, int]:
    # "veintiuno", "treinta y dos", "una", "un"
    words = {w: i for i, w in enumerate(_ES_UNITS)}
    words.update({"un": 1, "una": 1, "cien": 100, "veintidós": 22, "veintitrés": 23})
    veinti = "uno dos tres cuatro cinco seis siete ocho nueve".split()
    for u, unit in enumerate(veinti, start=1):
        words.setdefault(f"veinti{unit}", 20 + u)
    for t, tens in enumerate(_ES_TENS, start=2):
        words[tens] = t * 10
        if t > 2:
            for u in range(1, 10):
                words[f"{tens} y {_ES_UNITS[u]}"] = t * 10 + u
    return words


def _italian() -> dict[str, int]:
    # "ventuno", "trentadue", "una", "un"
    words = {w: i for i, w in enumerate(_IT_UNITS)}
    words.update({"un": 1, "una": 1, "cento": 100})
    for t, tens in enumerate(_IT_TENS, start=2):
        words[tens] = t * 10
        for u in range(1, 10):
            unit = _IT_UNITS[u]
            stem = tens[:-1] if unit[0] in "uo" else tens
            words[f"{stem}{unit}"] = t * 10 + u
            if unit == "tre":  # written with its accent in a compound: "ventitré"
                words[f"{stem}tré"] = t * 10 + u
    return words


#: Words for no votes at all, per language, valued 0: "by 14 votes to nil", "none
#: against", "keine Gegenstimmen", "aucune voix contre", "ninguno en contra", "nessun
#: contrario" (the negative determiners and pronouns of each grammar).
ZERO_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("nil", "none"),
        "de": ("keine", "keiner"),
        "fr": ("aucune", "aucun"),
        "es": ("ninguno", "ninguna", "ningún"),
        "it": ("nessuno", "nessun", "nessuna"),
    }
)


def _with_zero(language: str, words: dict[str, int]) -> dict[str, int]:
    words.update(dict.fromkeys(ZERO_WORDS[language], 0))
    return words


#: Spelled cardinals per language, lower case, mapped to their value.
NUMBER_WORDS: Mapping[str, Mapping[str, int]] = MappingProxyType(
    {
        "en": MappingProxyType(_with_zero("en", _english())),
        "de": MappingProxyType(_with_zero("de", _german())),
        "fr": MappingProxyType(_with_zero("fr", _french())),
        "es": MappingProxyType(_with_zero("es", _spanish())),
        "it": MappingProxyType(_with_zero("it", _italian())),
    }
)

# Separators news copy uses besides the locale's own: a French story may write
# "331 000" with a plain or no-break space, an English one "1 272".
_EXTRA_SEPARATORS: Mapping[str, str] = MappingProxyType(
    {"en": ",", "de": ".'", "fr": " \u00a0\u202f.", "es": ".\u00a0", "it": ".\u00a0"}
)


@functools.cache
def group_separators(language: str) -> str:
    """Return the thousands separators accepted for ``language`` (Babel's first).

    Example:
        >>> group_separators("de")[0]
        '.'
    """
    from babel.numbers import get_group_symbol

    symbol = str(get_group_symbol(locale=language))
    extra = "".join(ch for ch in _EXTRA_SEPARATORS.get(language, ",") if ch != symbol)
    return symbol + extra


@functools.cache
def digits_pattern(language: str) -> str:
    """Return a regex fragment for a whole number in digits, grouped the ``language`` way.

    Matches "41,806,223" (en), "2.914.062" (de), "1314", never the "5" of "5.5".

    Example:
        >>> import regex
        >>> bool(regex.fullmatch(digits_pattern("en"), "41,806,223"))
        True
    """
    seps = regex.escape(group_separators(language))
    # A run of digits not inside a longer number, a decimal or a fraction.
    return (
        r"(?<![\p{N}\p{L}]|\p{N}[.,/])"
        rf"(?>\p{{N}}{{1,3}}(?:[{seps}]\p{{N}}{{3}})++(?!\p{{N}})|\p{{N}}{{1,7}}+)"
        r"(?![\p{N}/]|[.,]\p{N}|\p{L})"
    )


_Trie = dict[str, "_Trie"]


def _trie(words: list[str]) -> str:
    """Return a regex alternation of ``words`` factored on common prefixes (fails fast).

    Example: ["one", "only"] -> "on(?:e|ly)".  A word that is the prefix of a longer
    one becomes an optional (greedy) tail, so the longer word is tried first.
    """
    tree: _Trie = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches: list[str] = []
        end = False
        for ch in sorted(node, key=lambda c: (c == "", c)):
            if ch == "":
                end = True
                continue
            child = node[ch]
            piece = r"\s++" if ch == " " else regex.escape(ch)
            branches.append(piece + emit(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # Greedy optional tail: try the longer word first, fall back to the shorter.
        return f"(?:{body})?" if end else body

    return emit(tree)


@functools.cache
def word_pattern(language: str) -> str:
    """Return a regex fragment (case-insensitive words) for the spelled numbers of ``language``.

    Example:
        >>> import regex
        >>> bool(regex.fullmatch(word_pattern("en"), "twenty-one", regex.I))
        True
    """
    alternation = _trie(sorted(NUMBER_WORDS[language]))
    return rf"(?<![\p{{L}}\p{{N}}])(?>{alternation})(?![\p{{L}}\p{{N}}])"


@functools.cache
def first_words(language: str) -> frozenset[str]:
    """Return the lower-case first words of the spelled numbers of ``language``.

    A cheap test of where a spelled number may start: "twenty" for "twenty-one".

    Example:
        >>> "twenty" in first_words("en"), "one" in first_words("en")
        (True, True)
    """
    return frozenset(regex.split(r"[\s-]", w, maxsplit=1)[0] for w in NUMBER_WORDS[language])


@functools.cache
def number_pattern(language: str) -> str:
    """Return a regex fragment matching a number in digits or words for ``language``.

    Example:
        >>> import regex
        >>> bool(regex.fullmatch(number_pattern("fr"), "trois", regex.I))
        True
    """
    return rf"(?:{digits_pattern(language)}|{word_pattern(language)})"


def number_value(token: str, language: str) -> int | None:
    """Return the value of a number token (digits or spelled), or None.

    Example:
        >>> number_value("41,806,223", "en"), number_value("NINE", "en")
        (41806223, 9)
        >>> number_value("einundzwanzig", "de"), number_value("2.914.062", "es")
        (21, 2914062)
    """
    digits = "".join(ch for ch in token if ch.isdigit())
    if digits and len(digits) == sum(1 for ch in token if not ch.isspace() and ch.isalnum()):
        try:
            return int(digits)
        except ValueError:  # pragma: no cover - exotic digits int() refuses
            return None
    key = " ".join(token.casefold().split())
    return NUMBER_WORDS.get(language, NUMBER_WORDS["en"]).get(key)
