"""Closed-class words per language: the grammar interface every module asks (private).

Each supported language has a generated data module (``en``, ``de``, ``fr``, ``es``,
``it``, written by ``scripts/gen_closed_classes.py`` from reference-grammar
paradigms, spaCy's lookup tables and Babel's calendar names; each table names its
source).  This module joins them into one frozen :class:`Grammar` per language and
answers "which closed class is this word?".

Words are compared case-folded with the typographic apostrophe read as ``'``, so the
elided tokens of the document layer (``l’``, ``dell’``, ``qu’``) are found as written.

Example:
    >>> closed_class("Della", "it")
    'preposition'
    >>> closed_class("l’", "fr")
    'determiner'
    >>> closed_class("ministre", "fr") is None
    True
    >>> grammar("de").contractions["zum"]
    ('zu', 'dem')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType, ModuleType

import attrs

from newsdoc._grammar import de, en, es, fr, it
from newsdoc._grammar.order import WordOrder, order_of

__all__ = [
    "CLASSES",
    "Agreement",
    "Grammar",
    "PronounFeatures",
    "agreement",
    "closed_class",
    "grammar",
    "is_closed_class",
    "normalise",
]

#: The closed classes, in the order a word found in several is given the first:
#: "sein" is a determiner before an auxiliary, French "a" an auxiliary before a
#: preposition.  Words of the grammar paradigms are looked up before words that
#: only a published list adds.
CLASSES: tuple[str, ...] = (
    "determiner",
    "pronoun",
    "auxiliary",
    "preposition",
    "conjunction",
    "adverb",
    "time",
    "numeral",
)

_MODULES: Mapping[str, ModuleType] = MappingProxyType(
    {"de": de, "en": en, "es": es, "fr": fr, "it": it}
)

# Apostrophes as elided words write them: "l’" and "l'" are one word.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})


def normalise(word: str) -> str:
    """Return ``word`` as the tables write it: case-folded, apostrophes straight.

    Example:
        >>> normalise("DELL’")
        "dell'"
    """
    folded = word.casefold()
    # the common case, a plain ASCII word, has no apostrophe to straighten but "`"
    if folded.isascii() and "`" not in folded:
        return folded
    return folded.translate(_APOSTROPHES)


@attrs.frozen(kw_only=True)
class PronounFeatures:
    """Person, number and gender of a pronoun; None where the form does not mark it.

    Example:
        >>> grammar("it").features("lei")
        PronounFeatures(person=3, number='sg', gender='f')
    """

    person: int | None
    number: str | None
    gender: str | None

    @classmethod
    def parse(cls, code: str) -> PronounFeatures:
        """Read the tables' ``"person.number.gender"`` code (``-`` for unmarked).

        Example:
            >>> PronounFeatures.parse("3.pl.-")
            PronounFeatures(person=3, number='pl', gender=None)
        """
        person, number, gender = code.split(".")
        return cls(
            person=None if person == "-" else int(person),
            number=None if number == "-" else number,
            gender=None if gender == "-" else gender,
        )


@attrs.frozen(kw_only=True)
class Grammar:
    """The closed-class words of one language, each class a frozenset of folded words.

    ``contractions`` maps a fused preposition + article to its two parts
    (``"della"`` -> ``("di", "la")``); contractions are also prepositions.
    ``modals`` is the subset of ``auxiliaries`` that are forms of modal verbs.
    ``relative_subjects`` are the relative pronouns that can be the subject of their
    clause (``personal_relatives`` those that stand for a person only), and
    ``relative_verb_follows`` says whether the verb comes right after them (English
    "who said") rather than at the clause end (German "der … sagte").
    ``false_titles`` says whether bare descriptive nouns may stand before a name
    ("former city engineer Tom Hale"); ``fronted_adverbial_comma`` whether a
    prepositional phrase before the subject ends at a comma ("Like Lee, Ann said");
    ``passive_agent`` is the preposition of a passive verb's agent ("by"), if any;
    ``free_inversion`` whether a subject may follow its verb after any fronted phrase
    (German, French, Spanish, Italian) or only in quotative inversion (English).
    ``order`` holds the language's hand-written word-order and orthography facts
    (:class:`~newsdoc._grammar.order.WordOrder`: verb second, capital nouns,
    dropped subjects, the Romance incise …), one record for every language.

    Example:
        >>> g = grammar("es")
        >>> "del" in g.prepositions and g.contractions["del"]
        ('de', 'el')
        >>> g.closed_class("Ayer")
        'time'
    """

    language: str
    determiners: frozenset[str]
    pronouns: frozenset[str]
    auxiliaries: frozenset[str]
    modals: frozenset[str]
    prepositions: frozenset[str]
    contractions: Mapping[str, tuple[str, str]]
    conjunctions: frozenset[str]
    adverbs: frozenset[str]
    time_words: frozenset[str]
    numerals: frozenset[str]
    pronoun_features: Mapping[str, PronounFeatures]
    relative_subjects: frozenset[str] = frozenset()
    personal_relatives: frozenset[str] = frozenset()
    relative_verb_follows: bool = False
    false_titles: bool = False
    fronted_adverbial_comma: bool = False
    passive_agent: str = ""
    free_inversion: bool = True
    order: WordOrder = attrs.field(repr=False)
    # word -> class name, first class wins (see CLASSES)
    _classes: Mapping[str, str] = attrs.field(repr=False, alias="classes")

    def closed_class(self, word: str) -> str | None:
        """Return the closed class of ``word`` (any case), or None for an open-class word.

        Example:
            >>> grammar("en").closed_class("Yesterday")
            'time'
        """
        return self._classes.get(normalise(word))

    def features(self, word: str) -> PronounFeatures | None:
        """Return the person/number/gender of pronoun ``word``, or None if not listed.

        Example:
            >>> grammar("fr").features("elles")
            PronounFeatures(person=3, number='pl', gender='f')
        """
        return self.pronoun_features.get(normalise(word))

    def table(self, name: str) -> frozenset[str]:
        """Return the words of the closed class called ``name`` (a member of CLASSES).

        Example:
            >>> "zum" in grammar("de").table("preposition")
            True
        """
        return frozenset(w for w, c in self._classes.items() if c == name)


def _core_and_published(mod: ModuleType, stem: str) -> tuple[frozenset[str], frozenset[str]]:
    core: frozenset[str] = getattr(mod, f"{stem}_CORE")
    published: frozenset[str] = getattr(mod, f"{stem}_PUBLISHED")
    return core, published


@functools.cache
def grammar(language: str) -> Grammar:
    """Return the :class:`Grammar` of a supported language code (built once, read-only).

    Example:
        >>> grammar("fr").contractions["au"]
        ('à', 'le')
        >>> grammar("nl")
        Traceback (most recent call last):
        ...
        ValueError: no grammar for language 'nl'
    """
    mod = _MODULES.get(language)
    if mod is None:
        raise ValueError(f"no grammar for language {language!r}")
    stems = {
        "determiner": "DETERMINERS",
        "pronoun": "PRONOUNS",
        "auxiliary": "AUXILIARIES",
        "preposition": "PREPOSITIONS",
        "conjunction": "CONJUNCTIONS",
        "adverb": "ADVERBS",
    }
    core: dict[str, frozenset[str]] = {}
    published: dict[str, frozenset[str]] = {}
    for name, stem in stems.items():
        core[name], published[name] = _core_and_published(mod, stem)
    contractions: Mapping[str, tuple[str, str]] = mod.CONTRACTIONS
    core["preposition"] = core["preposition"] | frozenset(contractions)
    core["time"] = mod.TIME_CORE | mod.MONTHS_DAYS
    published["time"] = frozenset()
    core["numeral"] = mod.NUMERALS
    published["numeral"] = frozenset()
    classes: dict[str, str] = {}
    for source in (core, published):
        for name in CLASSES:
            for word in source[name]:
                classes.setdefault(word, name)
    full = {name: core[name] | published[name] for name in CLASSES}
    return Grammar(
        language=language,
        determiners=full["determiner"],
        pronouns=full["pronoun"],
        auxiliaries=full["auxiliary"],
        modals=frozenset(mod.MODALS),
        prepositions=full["preposition"],
        contractions=MappingProxyType(dict(contractions)),
        conjunctions=full["conjunction"],
        adverbs=full["adverb"],
        time_words=full["time"],
        numerals=full["numeral"],
        pronoun_features=MappingProxyType(
            {w: PronounFeatures.parse(code) for w, code in mod.PRONOUN_FEATURES.items()}
        ),
        relative_subjects=getattr(mod, "RELATIVE_SUBJECTS", frozenset()),
        personal_relatives=getattr(mod, "PERSONAL_RELATIVES", frozenset()),
        relative_verb_follows=getattr(mod, "RELATIVE_VERB_FOLLOWS", False),
        false_titles=getattr(mod, "FALSE_TITLES", False),
        fronted_adverbial_comma=getattr(mod, "FRONTED_ADVERBIAL_COMMA", False),
        passive_agent=getattr(mod, "PASSIVE_AGENT", ""),
        free_inversion=getattr(mod, "FREE_INVERSION", True),
        order=order_of(language),
        classes=MappingProxyType(classes),
    )


def closed_class(word: str, language: str) -> str | None:
    """Return the closed class of ``word`` in ``language``, or None for an open-class word.

    Class names are those of :data:`CLASSES`: "determiner", "pronoun", "auxiliary",
    "preposition", "conjunction", "adverb", "time", "numeral".

    Example:
        >>> closed_class("gestern", "de"), closed_class("Zum", "de")
        ('time', 'preposition')
        >>> closed_class("Bundestag", "de") is None
        True
    """
    # `normalise`, inlined: this runs several times per word of every attribution
    # window, and the call costs as much as the ASCII test it makes
    folded = word.casefold()
    if not folded.isascii() or "`" in folded:
        folded = folded.translate(_APOSTROPHES)
    return _class_table(language).get(folded)


@functools.cache
def _class_table(language: str) -> dict[str, str]:
    """Return the word -> class table of ``language`` as a plain dict (read-only).

    `closed_class` runs several times per word of every attribution window; a
    dict lookup costs less than the method and mapping proxy of :class:`Grammar`.
    """
    return dict(grammar(language)._classes)


def is_closed_class(word: str, language: str) -> bool:
    """Return whether ``word`` belongs to a closed class of ``language``.

    Example:
        >>> is_closed_class("However", "en"), is_closed_class("senator", "en")
        (True, False)
    """
    return normalise(word) in _class_table(language)


def _features(table: Mapping[str, str]) -> Mapping[str, tuple[str | None, str | None]]:
    """Read a ``"number.gender"`` table (``-`` for unmarked) into (number, gender) pairs."""
    out: dict[str, tuple[str | None, str | None]] = {}
    for word, code in table.items():
        number, gender = code.split(".")
        out[word] = (None if number == "-" else number, None if gender == "-" else gender)
    return MappingProxyType(out)


@attrs.frozen(kw_only=True)
class Agreement:
    """What the words of one language show of number and gender (see ``<lang>.py``).

    Each table maps a folded word or ending to (number, gender), None where the
    form does not mark it: determiners of the noun phrase they open, courtesy
    titles, the endings of person nouns, the endings of participles after an
    agreeing auxiliary; ``plural_verb_endings`` end a third person plural verb.

    Example:
        >>> a = agreement("it")
        >>> a.determiners["la"], a.participles["a"]
        (('sg', 'f'), ('sg', 'f'))
        >>> "si" in a.agreeing_auxiliaries, a.plural_verb_endings
        (True, ('no', 'ro'))
    """

    language: str
    determiners: Mapping[str, tuple[str | None, str | None]]
    honorifics: Mapping[str, tuple[str | None, str | None]]
    suffixes: Mapping[str, tuple[str | None, str | None]]
    plural_verb_endings: tuple[str, ...]
    agreeing_auxiliaries: frozenset[str]
    participles: Mapping[str, tuple[str | None, str | None]]


@functools.cache
def agreement(language: str) -> Agreement:
    """Return the :class:`Agreement` tables of a supported language code (built once).

    Example:
        >>> agreement("fr").honorifics["mme"]
        ('sg', 'f')
        >>> agreement("es").determiners["los"]
        ('pl', 'm')
    """
    mod = _MODULES.get(language)
    if mod is None:
        raise ValueError(f"no grammar for language {language!r}")
    return Agreement(
        language=language,
        determiners=_features(mod.DETERMINER_AGREEMENT),
        honorifics=_features(mod.HONORIFIC_AGREEMENT),
        suffixes=_features(mod.SUFFIX_AGREEMENT),
        plural_verb_endings=tuple(mod.PLURAL_VERB_ENDINGS),
        agreeing_auxiliaries=frozenset(mod.AGREEING_AUXILIARIES),
        participles=_features(mod.PARTICIPLE_AGREEMENT),
    )
