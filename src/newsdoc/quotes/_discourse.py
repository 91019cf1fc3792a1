"""The current-speaker register: who a pronoun or a dropped subject stands for (private).

News copy names a speaker once and then goes on with "she said", "a-t-il
ajouté", "ha detto lui" or, in Spanish and Italian, with no subject at all
("«…», dijo.", "«…», ha aggiunto.").  The register answers "who is speaking
now?" for such a cue:

* it is fed only by noun phrases that can speak and stand as subjects or
  speakers: the speaker of a cue, the subject of a sentence, the named agent of
  a passive ("fue anunciado por Ana Ruiz") -- never an object, a place, a time
  word or a closed-class word, and never words inside a quotation;
* a candidate must agree in number and gender with what the cue shows: the
  pronoun ("elle", "lui", "they"), the verb ending ("dijeron" is plural), or a
  participle after an agreeing auxiliary ("si è detta" is feminine singular).
  A candidate's own number and gender come from its determiner, courtesy title
  or person-noun suffix ("la portavoz", "il portavoce", "Frau", "Mr",
  "spokeswoman"), or from a pronoun that referred to it before; a bare name
  shows neither and agrees with any cue;
* when no candidate agrees it abstains: the quotation keeps its cue and gets no
  speaker rather than a guessed one.

The agreement data is each language's grammar (`newsdoc._grammar.agreement`).
A register lives for one call: it keeps no state between texts.

Example:
    >>> story = "Ana Ruiz visitó la obra con los vecinos. «Vamos bien», dijo."
    >>> reg = Register(story, "es", ())
    >>> cue = story.index("dijo")
    >>> span = reg.dropped_subject(cue, cue + 4, story.index("«"), None)
    >>> story[span[0] : span[1]]
    'Ana Ruiz'
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence

import regex

from newsdoc._grammar import agreement, grammar
from newsdoc._grammar.order import order_of
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.given_names import given_name_gender
from newsdoc._lexicon.grammar import AND as _AND
from newsdoc._lexicon.persons import PERSON_NOUNS
from newsdoc._lexicon.places import city_lookup, country_lookup
from newsdoc._lexicon.speakers import (
    OFFICE_NOUNS,
    OFFICE_PREFIXES,
    PERSON_PRONOUNS,
    speaking_nouns,
)
from newsdoc.quotes._chunk import holds_name, modifiers_only, speaker_mention
from newsdoc.quotes._cues import (
    FULL_NAME,
    ROMANCE_AGENT,
    attribute_before,
    cue_words,
    german_person,
    german_source,
    leading_tokens,
    person_like,
    predicative_end,
    sentence_start,
    subject,
    tokens,
)
from newsdoc.quotes._italian import predicative_features
from newsdoc.quotes._object_after_verb import object_of_cue
from newsdoc.quotes._persons import person_head
from newsdoc.quotes._source_phrase import source_phrase

__all__ = [
    "Features",
    "Register",
    "agree",
    "cue_features",
    "mention_features",
    "name_features",
]

#: (number, gender) of a mention or a cue: "sg"/"pl", "m"/"f"/"n"; None where unmarked.
Features = tuple[str | None, str | None]

_UNMARKED: Features = (None, None)

# How far back (characters) the register looks for a sentence subject or a cue
# speaker, and for a full name when the sentences hold none.
_SENTENCE_REACH = 1500
_NAME_REACH = 2000
# How many sentences back a pronoun's antecedent is looked for among subjects and
# speakers (past them, among full names): a pronoun points at someone just named.
_PRONOUN_REACH = 3
# How far back the speaker of the attribution before may stand.
_LAST_REACH = 3000
# How long a role with its apposed name may be before the name alone is the
# mention (characters), as in the chunker: "El obispo de la Diócesis de …, Ana Gil".
_MENTION_REACH = 60
# How many sentences back the register reads for subjects and cue speakers.
_SENTENCES = 8
# How many sentences one register may read: a base plus one per so many characters
# of text.  Development news reads at most one per 95 characters (the densest of
# 6,148 stories with quotation marks uses 56 % of this bound); text made of
# thousands of tiny uncued quotations would read several per quotation.  Past the
# bound the register reads nothing more and its questions get no answer, as a
# question whose sentences name nobody does.
_READ_BASE = 30
_CHARS_PER_READ = 100
# How many sentence visits (a sentence read, or one read before and met again) all
# questions to one register may make together: a base plus one per so many
# characters.  Development news makes at most one per 40 characters (the densest
# of 6,148 stories with quotation marks uses 72 % of this bound); text made of
# tiny uncued quotations walks back over the same few sentences for each one, at
# about 15 microseconds a visit.
_VISIT_BASE = 50
_CHARS_PER_VISIT = 120


# What ends the phrase before a name: punctuation, a quotation mark, a line break.
_PHRASE_BREAK = regex.compile(r"[.,;:!?()\[\]\"“”„«»\n]")

# A description set off after a name: ", la viróloga", ", the mayor" (a determiner next).
_APPOSITION = regex.compile(
    r",[ \t]++(?:the|a|an|der|die|das|le|la|les|l['’]|un|une|el|los|las|una|il|lo|gli|i)\b"
)

# A name of two to four capitalised words set off by commas after a noun phrase:
# the ", Georg Roth" of "Der ältere Bruder, Georg Roth, war …" (the closing comma
# is looked at, not taken).
_APPOSED_NAME = regex.compile(
    r",[ \t]++\p{Lu}[\p{Ll}\p{M}’'\-]++(?:[ \t]++\p{Lu}[\p{Ll}\p{M}’'\-]++){1,3}(?=[ \t]*+,)"
)

# One or two lower-case words before a comma: the " valenciano" of "el consejero de
# Sanidad valenciano, Pablo Lema,".
_ADJECTIVES_THEN_COMMA = regex.compile(r"(?P<words>(?:[ \t]++\p{Ll}[\p{Ll}\p{M}]*+){1,2})(?=,)")

# Two capitalised words in a row, neither of them a German article: "Georg Ratzinger".
_TWO_NAMES = regex.compile(
    r"(?<![\p{L}\p{N}])(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer)\b)"
    r"\p{Lu}\p{Ll}++[ \t]++\p{Lu}\p{Ll}++"
)


def _acronym(word: str) -> bool:
    """Return whether a word is a body's initials ("SPD", "ONU"), not a country's ("USA").

    Example:
        >>> _acronym("SPD"), _acronym("USA"), _acronym("Lee")
        (True, False, False)
    """
    return (
        len(word) >= 2
        and word.isupper()
        and word.isalpha()
        and word.lower() not in country_lookup()
        and word.lower() not in city_lookup()
    )


# A capitalised word as the tokens cut it: "Pizarro", "O’Brien", "ONU".
_CAPITALISED = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}\p{N}]*+(?:[’'\-\.][\p{L}\p{M}\p{N}]++)*+"
)


# What may stand before a sentence's first word: an opening mark, a dash, space.
_OPENERS = " \t\u00a0\"“”„«»‘’'([-–—"


# Closing quotation marks (German „…“ closes with “, French « … » with »).
_CLOSING_MARKS = frozenset('“”»«"')
_SPACES = frozenset(" \t\u00a0")


def _opens_sentence(text: str, at: int) -> bool:
    """Return whether the word at ``at`` is the first of its sentence or line."""
    i = at - 1
    stop = max(-1, at - 64)  # a bounded look back: any text costs linear time
    while i > stop and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in ".!?:\n"


# How much text one step of the backward sentence search reads, and how far its
# steps overlap (a sentence end and the look-ahead it needs fit in the overlap).
_STEP = 320
_OVERLAP = 64


def _sentence_start(text: str, lo: int, hi: int) -> int:
    """Return where the last sentence of ``text[lo:hi]`` starts, reading back from ``hi``.

    The same answer as `sentence_start`, at the cost of the last sentence's
    length: short windows ending at ``hi`` are searched, each further back,
    until one holds a sentence end.

    Example:
        >>> s = "One. Two three. Four"
        >>> s[_sentence_start(s, 0, len(s)) :]
        ' Four'
    """
    return _sentence_window(text, lo, hi)[0]


def _sentence_window(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Return `_sentence_start` (``text``, ``lo``, ``hi``) and where its last window opened.

    When that window opened after ``lo``, no window met ``lo``: the same answer
    holds for any ``lo`` before it.
    """
    end = hi
    while True:
        start = max(lo, end - _STEP)
        found = sentence_start(text, start, end)
        if found > start or start <= lo:
            return found, start
        end = start + _OVERLAP


def office_noun(word: str, nouns: frozenset[str], language: str) -> bool:
    """Return whether ``word`` is one of ``nouns``, alone or after a prefix of office.

    "exministra", "vicepresidente", "vice-président": a former or deputy holder
    of an office is a person as the holder is.

    Example:
        >>> nouns = frozenset({"ministra", "presidente"})
        >>> office_noun("exministra", nouns, "es"), office_noun("vicepresidente", nouns, "es")
        (True, True)
        >>> office_noun("expresión", nouns, "es"), office_noun("ministra", nouns, "es")
        (False, True)
    """
    if word in nouns:
        return True
    for prefix in OFFICE_PREFIXES.get(language, ()):
        if word.startswith(prefix) and word[len(prefix) :].lstrip("-") in nouns:
            return True
    return False


def agree(a: Features, b: Features) -> bool:
    """Return whether two feature pairs can describe the same referent.

    Example:
        >>> agree(("sg", "f"), ("sg", None)), agree(("sg", "f"), ("sg", "m"))
        (True, False)
    """
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _clash(a: Features, b: Features) -> bool:
    """Return whether two feature pairs show a different gender in the same number.

    Example:
        >>> _clash(("sg", "m"), ("sg", "f")), _clash(("pl", "m"), ("sg", "f"))
        (True, False)
    """
    return a[0] == b[0] and a[1] is not None and b[1] is not None and a[1] != b[1]


def _takes(feats: Features, want: Features, clashed: bool) -> bool:
    """Return whether a candidate showing ``feats`` stands for a pronoun showing ``want``.

    It agrees; and past a person of the other sex (``clashed``) it shows a gender
    of its own: the unmarked words further back are as often a place or a body.

    Example:
        >>> _takes(("sg", None), ("sg", "f"), False), _takes(("sg", None), ("sg", "f"), True)
        (True, False)
    """
    return agree(feats, want) and not (clashed and feats[1] is None)


def _merge(a: Features, b: Features) -> Features:
    """Return ``a`` with what ``b`` marks and ``a`` does not."""
    return (a[0] or b[0], a[1] or b[1])


def _suffix_features(word: str, language: str) -> Features:
    """Return what a person noun's suffix shows ("spokeswoman", "Ministerin")."""
    for suffix, feats in _suffixes_longest_first(language):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return feats
    return _UNMARKED


@functools.cache
def _suffixes_longest_first(language: str) -> tuple[tuple[str, Features], ...]:
    """Return the person-noun suffixes of ``language`` and what each shows, longest first.

    Sorted once per language rather than per word: the sort is stable and the
    table fixed, so the order is the one a sort per call gave.
    """
    return tuple(sorted(agreement(language).suffixes.items(), key=lambda kv: -len(kv[0])))


def mention_features(text: str, start: int, end: int, language: str) -> Features:
    """Return the number and gender a speaker mention shows.

    A pronoun shows its own; a noun phrase shows its determiner's, its
    courtesy title's or its person noun's; two speakers joined by "and" are
    plural.  A bare name shows nothing.

    Example:
        >>> s = "la portavoz del ministerio"
        >>> mention_features(s, 0, len(s), "es")
        ('sg', 'f')
        >>> mention_features("Ann Lee", 0, 7, "en")
        (None, None)
        >>> mention_features("Lee and Roe", 0, 11, "en")
        ('pl', None)
    """
    toks = tokens(text, start, end)
    if not toks:
        return _UNMARKED
    g = grammar(language)
    if len(toks) == 1:
        pron = g.features(toks[0][2])
        if pron is not None and g.closed_class(toks[0][2]) == "pronoun":
            return (pron.number, pron.gender)
    if any(w in _AND for _, _, w in toks[1:-1]):
        return ("pl", None)
    return _phrase_features(text, toks, language)


def _phrase_features(text: str, toks: list[tuple[int, int, str]], language: str) -> Features:
    """Return the features of a noun phrase from its opening words (see `mention_features`)."""
    agr = agreement(language)
    feats = _UNMARKED
    first = toks[0][2]
    if first in agr.determiners:
        feats = agr.determiners[first]
    # a person noun after the determiner ("la ministra", "die Ministerin"); German
    # writes every noun capitalised, so there any word after a determiner may be one
    capitalised = order_of(language).nouns_capitalised
    after_determiner = capitalised and first in grammar(language).determiners
    for k, (_s, _e, word) in enumerate(toks[:4]):
        if word in agr.honorifics:
            return _merge(agr.honorifics[word], feats)
        noun = after_determiner if capitalised else word[:1].islower()
        if k and noun:
            feats = _merge(feats, _suffix_features(word, language))
    if language == "en" and text[toks[0][0]].islower():
        feats = _merge(feats, _suffix_features(first, language))  # "spokeswoman Ann Lee"
    return feats


def name_features(text: str, start: int, end: int, language: str) -> Features:
    """Return what the words right before a name and its own first word show of it.

    "la ministra Ana Ruiz", "Mme Claire Roux", "spokeswoman Ann Lee":
    the determiner, title or person noun before the name.

    Example:
        >>> s = "Yesterday Mrs Ann Lee left."
        >>> name_features(s, s.index("Ann"), s.index(" left"), "en")
        ('sg', 'f')
    """
    lo = max(0, start - 40)
    cut = _PHRASE_BREAK.search(text[lo:start][::-1])
    if cut is not None:
        lo = start - cut.start()  # the phrase does not reach over a comma or a line
        if not text[lo:start].strip() and text[lo - 1] == ",":
            # "La presidenta del club, Amparo Soto": the role the name is apposed to
            return _apposed_role_features(text, lo - 1, language)
    before = tokens(text, lo, start)[-3:]
    own = tokens(text, start, end)[:1]
    toks = before + own
    # the phrase opens at the last determiner or title before the name
    agr = agreement(language)
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k][2]
        if word in agr.honorifics or word in agr.determiners:
            between = toks[k + 1 : len(before)]
            capitalised = order_of(language).nouns_capitalised
            if all(capitalised or text[t[0]].islower() for t in between):
                return _phrase_features(text, toks[k:], language)
            break
    if before and text[before[-1][0]].islower():
        return _suffix_features(before[-1][2], language) if language == "en" else _UNMARKED
    return _UNMARKED


def _apposed_role_features(text: str, comma: int, language: str) -> Features:
    """Return what the role phrase closed by the comma at ``comma`` shows of the name after it.

    "La presidenta del club, Amparo Soto", "Der Vorsitzende, Jan Roth": the role
    opens its phrase with a determiner or a courtesy title, whose features are
    the name's; a phrase opening otherwise ("In Madrid, Ana Gil") shows nothing.

    Example:
        >>> s = "La presidenta del club, Amparo Soto"
        >>> _apposed_role_features(s, s.index(","), "es")
        ('sg', 'f')
        >>> s = "En el club, Amparo Soto"
        >>> _apposed_role_features(s, s.index(","), "es")
        (None, None)
    """
    lo = max(0, comma - 60)
    cut = _PHRASE_BREAK.search(text[lo:comma][::-1])
    if cut is not None:
        lo = comma - cut.start()
    toks = tokens(text, lo, comma)
    agr = agreement(language)
    if not toks or not (toks[0][2] in agr.determiners or toks[0][2] in agr.honorifics):
        return _UNMARKED
    return _phrase_features(text, toks, language)


def _given_name_features(words: list[str], language: str) -> Features:
    """Return what the given name of a full name shows ("Martha Roe": feminine).

    The given name stands right before the surname, or before a middle name or
    initial ("Mary Kay Roe", "George W. Roe"); a title with its full stop ends
    the search ("Virginia Gov. Terry Roe" never reads "Virginia").  A lone word
    shows nothing: news names people by their surname, and many surnames are
    given names too ("Henry", "Thomas").

    Example:
        >>> _given_name_features(["his", "sister,", "Martha", "Roe"], "en")
        ('sg', 'f')
        >>> _given_name_features(["Sen.", "Charles", "E.", "Roe"], "en")
        ('sg', 'm')
        >>> _given_name_features(["Henry"], "en")
        (None, None)
        >>> _given_name_features(["Ana", "Mark-Viverito"], "es")
        ('sg', 'f')
    """
    run = []
    for word in reversed(words):
        word = word.strip(_NAME_PUNCTUATION)
        if not word[:1].isupper():
            break
        run.append(word)
    looked = 0
    for word in run[1:]:  # the surname is the last word
        if len(word.rstrip(".")) == 1:
            continue  # an initial: "George W. Roe"
        if word.endswith(".") or looked == 2:
            break  # a title ("Gov."), or further back than two given names
        looked += 1
        parts = word.split("-")
        genders = [given_name_gender(part, language) for part in parts]
        if None not in genders:
            return ("sg", genders[0])  # "Jean-Marie": every part a given name
    return _UNMARKED


# What may cling to a name's word in a mention: "sister, Martha,", "(Ann".
_NAME_PUNCTUATION = ",.;:()\"“”„«»‘’'"


# A coordinating "and" of the five languages between two words ("Ann Roe und Tom Lee").
_AND_WORD = regex.compile(r"\s(?:" + "|".join(sorted(_AND)) + r")\s")


def _conjuncts(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Return the conjuncts of a subject coordinated by "and" ("Ann Roe und Tom Lee").

    Each conjunct is trimmed of the commas around it; a subject with no "and"
    gives no conjuncts.

    Example:
        >>> s = "Paul Roe and his sister, Martha"
        >>> [s[a:b] for a, b in _conjuncts(s, 0, len(s), "en")]
        ['Paul Roe', 'his sister, Martha']
    """
    toks = tokens(text, start, end)
    cuts = [t for t in toks[1:-1] if t[2] in _AND]
    if not cuts:
        return []
    parts: list[tuple[int, int]] = []
    lo = start
    for cut in [*cuts, (end, end, "")]:
        piece = text[lo : cut[0]]
        stripped = piece.strip(" ,\n")
        if not stripped:
            return []
        a = lo + piece.index(stripped)
        parts.append((a, a + len(stripped)))
        lo = cut[1]
    return parts


def cue_features(text: str, cue_start: int, cue_end: int, language: str) -> Features:
    """Return the number and gender a cue's verb group demands of its dropped subject.

    The finite verb's ending shows the number ("dijeron", "hanno detto"); a
    participle after an agreeing auxiliary or a reflexive clitic shows number
    and gender ("si è detta", "è stata chiara", "fue contundente" shows none).

    Example:
        >>> s = "si è detta convinta"
        >>> cue_features(s, 0, 10, "it")
        ('sg', 'f')
        >>> cue_features("dijeron", 0, 7, "es")
        ('pl', None)
        >>> cue_features("ha aggiunto", 0, 11, "it")
        ('sg', None)
    """
    agr = agreement(language)
    if not agr.plural_verb_endings:
        return _UNMARKED  # no language here drops its subject
    # the clitic and auxiliaries just before the cue belong to its verb group
    verbal = agr.agreeing_auxiliaries | grammar(language).auxiliaries
    before: list[tuple[int, int, str]] = []
    at = cue_start
    for tok in reversed(tokens(text, max(0, cue_start - 16), cue_start)[-3:]):
        if tok[2] not in verbal or text[tok[1] : at].strip():
            break  # only the words right before it, with nothing but space between
        before.insert(0, tok)
        at = tok[0]
    group = before + tokens(text, cue_start, cue_end)
    if not group:
        return _UNMARKED
    finite = group[0][2]
    if finite == "si" and len(group) > 1:
        finite = group[1][2]
    number: str | None = "pl" if finite.endswith(agr.plural_verb_endings) else "sg"
    gender: str | None = None
    if any(t[2] in agr.agreeing_auxiliaries for t in group[:-1]):
        last = group[-1][2]
        for ending, feats in agr.participles.items():
            if last.endswith(ending):
                number, gender = feats
                break
    else:
        # "«…», dice sconsolata.": an adjective of the subject after the verb agrees with it
        adjective = predicative_end(text, cue_end, min(len(text), cue_end + 40), language)
        shown = (
            predicative_features(text[adjective[0] : adjective[1]].lower(), language)
            if adjective is not None
            else None
        )
        if shown is not None:
            number, gender = shown
    return (number, gender)


def _with_apposed_name(text: str, start: int, end: int, hi: int, language: str) -> tuple[int, int]:
    """Return a subject with the name set off after it: "Der ältere Bruder, Georg Roth,".

    A role or a relation ("the spokeswoman", "der Bruder des Kanzlers") that
    holds no name of its own takes the name apposed to it between commas; a
    subject that already names someone ("Ann Lee, Tom Roe, and …") does not.

    Example:
        >>> s = "The new coach, Ana Ruiz, will lead the team."
        >>> s[slice(*_with_apposed_name(s, 0, 13, len(s), "en"))]
        'The new coach, Ana Ruiz'
        >>> s = "Ann Lee, Tom Roe, and Kim Ode met."
        >>> s[slice(*_with_apposed_name(s, 0, 7, len(s), "en"))]
        'Ann Lee'
    """
    # the apposed name is looked for first: most subjects have none, and then
    # whether the subject names someone itself need not be asked
    m = _APPOSED_NAME.match(text, end, hi)
    if m is None:
        # "el consejero de Sanidad valenciano, Pablo Lema,": agreeing adjectives
        # after the role, then the name
        after = _ADJECTIVES_THEN_COMMA.match(text, end, hi)
        if after is not None and modifiers_only(after.group("words"), language):
            m = _APPOSED_NAME.match(text, after.end("words"), hi)
    if m is None:
        return start, end
    named = (
        _TWO_NAMES.search(text, start, end) is not None
        if order_of(language).nouns_capitalised  # every German noun is capitalised
        # "El obispo de la Diócesis de Ciudad Real": the capitals name the body
        else holds_name(text, start, end, language)
    )
    if named:
        return start, end
    # a long role and its name: the name alone, as the chunker gives it
    return (start, m.end()) if m.end() - start <= _MENTION_REACH else _trim_name(text, m)


def _trim_name(text: str, m: regex.Match[str]) -> tuple[int, int]:
    """Return the span of the name an apposition match holds, without its comma."""
    lo, hi = m.span()
    while lo < hi and not text[lo].isalpha():
        lo += 1
    return lo, hi


def _name_of(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """Return the name that closes a titled subject ("La ministra Elena Soto"), else the subject.

    A fronted phrase taken into the subject is left out too: "Alla nota Rinaldi".

    Example:
        >>> s = "La ministra Elena Soto"
        >>> s[slice(*_name_of(s, 0, len(s), "es"))]
        'Elena Soto'
        >>> s = "el ministro de Salud"
        >>> s[slice(*_name_of(s, 0, len(s), "es"))]
        'el ministro de Salud'
        >>> s = "Gli studenti del collettivo Lab-Sud"
        >>> s[slice(*_name_of(s, 0, len(s), "it"))]
        'Gli studenti del collettivo Lab-Sud'
    """
    toks = tokens(text, start, end)
    k = len(toks)
    while k > 0 and text[toks[k - 1][0]].isupper():
        k -= 1
    g = grammar(language)
    titled = (
        1 < k < len(toks)
        and g.closed_class(toks[0][2]) in {"determiner", "preposition"}
        and all(text[t[0]].islower() for t in toks[1:k])
        # "Gli studenti del collettivo Lab-Sud": a name in a complement names the body
        and not any(
            g.closed_class(t[2]) == "preposition" or t[2] in g.contractions for t in toks[1:k]
        )
        # "el ministro de Salud": a name after a preposition completes the title
        and g.closed_class(toks[k - 1][2]) is None
        # German capitalises every noun: no name shows by case
        and not order_of(language).nouns_capitalised
    )
    return (toks[k][0], end) if titled else (start, end)


# Languages whose register reads a sentence only from the paragraph it stands in:
# Spanish drops the subject of a verb of saying, whose speaker is read back from
# the subjects before it (measured on the Spanish set; in English, French and
# German the sentence glued to a heading names someone as often, and Italian
# reads its headings by its own rules).
_HEADING_LANGUAGES = frozenset({"es"})


@functools.cache
def _role_nouns(language: str) -> frozenset[str]:
    """Return the nouns of office and of person of ``language``, made once per language."""
    return OFFICE_NOUNS.get(language, frozenset()) | PERSON_NOUNS.get(language, frozenset())


class Register:
    """Who is speaking now, for the pronouns and dropped subjects of one text.

    ``quoted`` holds the (start, end) of the text's quotations in order: no
    candidate is taken from inside one.  Built once per call of the quotation
    finder; keeps what pronouns taught it about a name's gender for that call.

    Example:
        >>> s = "Mrs Ann Lee met Mr Tom Roe. “No,” she said."
        >>> reg = Register(s, "en", ((s.index("“"), s.index("”") + 1),))
        >>> at = s.index("she")
        >>> s[slice(*reg.antecedent(at, at + 3))]
        'Mrs Ann Lee'
    """

    def __init__(self, text: str, language: str, quoted: Sequence[tuple[int, int]]) -> None:
        self._text = text
        self._language = language
        self._quoted = tuple(quoted)
        self._quoted_starts = [a for a, _ in self._quoted]
        self._learned: dict[str, Features] = {}  # a name's last word -> taught features
        self._mid: dict[str, bool] = {}  # capitalised word -> seen mid-sentence
        self._read: dict[tuple[int, int, bool], tuple[tuple[int, int, bool], ...]] = {}
        self._judged: dict[tuple[int, int, bool], bool] = {}  # candidate -> can speak
        self._resolved: dict[tuple[int, int], tuple[int, int] | None] = {}  # pronoun -> name
        self._heard: list[tuple[int, int]] = []  # speaker mentions of the attributions found
        self._taken_up: dict[tuple[int, int], tuple[int, int]] = {}  # see `take_up`
        self._reads_left = _READ_BASE + len(text) // _CHARS_PER_READ  # see _CHARS_PER_READ
        self._visits_left = _VISIT_BASE + len(text) // _CHARS_PER_VISIT  # see _CHARS_PER_VISIT
        # the text's full names, read once as far as questions reach (see `_names_back`)
        self._name_list: list[tuple[int, int]] = []  # (start, end) of the matches read
        self._name_matches: Iterator[regex.Match[str]] | None = None
        self._names_read = 0
        self._name_judged: dict[int, tuple[int, int] | None] = {}  # match start -> name
        # sentence end -> (its sentence's start, the last window read for it)
        self._starts: dict[int, tuple[int, int]] = {}
        self._chunked: dict[tuple[int, int], tuple[int, int] | None] = {}  # see `_mention`
        self._shown: dict[tuple[int, int], tuple[Features, str | None]] = {}  # see `_features`

    def heard(self, spans: Iterable[tuple[int, int]]) -> None:
        """Record the speaker mentions the quotation finder credited (start, end)."""
        self._heard = sorted(set(self._heard) | {s for s in spans if s[0] < s[1]})

    def quoted(self, spans: Iterable[tuple[int, int]]) -> None:
        """Set the (start, end) of the text's quotations, in order, before any question.

        The quotation finder knows them only once it has paired the marks.
        """
        self._quoted = tuple(spans)
        self._quoted_starts = [a for a, _ in self._quoted]
        self._read.clear()  # what was read before did not know the quotations
        self._name_list, self._name_matches, self._names_read = [], None, 0
        self._name_judged.clear()
        self._judged.clear()

    def _start_before(self, lo: int, hi: int) -> int:
        """Return `_sentence_start` (``text``, ``lo``, ``hi``), each answer found once per ``hi``.

        An answer found in windows that all open after ``lo`` did not depend on
        ``lo``: it is kept with where its last window opened and given again to
        any question whose ``lo`` lies before that.
        """
        known = self._starts.get(hi)
        if known is not None and lo < known[1]:
            return known[0]
        found, opened = _sentence_window(self._text, lo, hi)
        if opened > lo:
            self._starts[hi] = (found, opened)
        return found

    def _mention(self, start: int, end: int) -> tuple[int, int] | None:
        """Return `speaker_mention` of ``text[start:end]``, each span chunked once per register."""
        if (start, end) not in self._chunked:
            self._chunked[start, end] = speaker_mention(self._text, start, end, self._language)
        return self._chunked[start, end]

    def _inside_quote(self, pos: int) -> bool:
        """Return whether ``pos`` lies inside one of the quotations."""
        i = bisect.bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted[i][1]

    def _uncued(self, start: int, end: int) -> bool:
        """Return whether no candidate of the sentence ``text[start:end]`` can be cued.

        A cue speaker needs a word that opens a cue (a verb of saying, the first
        word of "according to"), and so does a subject before a verb of saying;
        German also reads clause shapes with none ("in dem es heißt"), so a
        German sentence is never ruled out so.
        """
        order = order_of(self._language)
        if order.verb_final_subordinates or order.so_introduces_source:
            return False
        keys = cue_words(self._language)
        return not any(word in keys for _s, _e, word in tokens(self._text, start, end))

    def _quoted_whole(self, start: int, end: int) -> bool:
        """Return whether ``text[start:end]`` lies wholly inside one of the quotations."""
        i = bisect.bisect_right(self._quoted_starts, start) - 1
        return i >= 0 and end <= self._quoted[i][1]

    def _features(self, start: int, end: int) -> Features:
        """Return what a candidate mention shows, with what pronouns taught of its name."""
        shown = self._shown.get((start, end))
        if shown is None:
            shown = self._shown[start, end] = self._own_features(start, end)
        feats, last = shown
        if last is not None:
            feats = _merge(feats, self._learned.get(last, _UNMARKED))
        return feats

    def _own_features(self, start: int, end: int) -> tuple[Features, str | None]:
        """Return what a mention shows by its own words, and its last word if a name's."""
        text, lang = self._text, self._language
        feats = mention_features(text, start, end, lang)
        words = text[start:end].split()
        if words and words[-1][:1].isupper():
            feats = _merge(feats, name_features(text, start, end, lang))
            if feats[1] is None:
                # "Martha Roe", "Paul Roe": a given name borne by one sex shows it
                feats = _merge(feats, _given_name_features(words, lang))
            if feats[0] is None and len(words) > 1:
                # "Luis Gil": a full name is one person, whom a plural verb
                # ("dijeron", "avvertivano") cannot have for its dropped subject
                feats = ("sg", feats[1])
            return feats, words[-1]
        return feats, None

    def learn(self, start: int, end: int, feats: Features) -> None:
        """Record that a pronoun with ``feats`` referred to the name at ``text[start:end]``."""
        words = self._text[start:end].split()
        if words and words[-1][:1].isupper() and feats != _UNMARKED:
            self._learned[words[-1]] = feats

    def _speaking(self, start: int, end: int, cued: bool = False) -> bool:
        """Return whether a mention can speak, outside any quotation.

        The subject of a verb of saying (``cued``) speaks by that verb; another
        subject must be a person or a body by name, or a noun of people or
        bodies that speak ("el médico", "la comisión").  A lone closed-class word
        or a capitalised word that only opens its sentence never does.
        """
        text, lang = self._text, self._language
        if end <= start or self._inside_quote(start):
            return False
        toks = tokens(text, start, end)
        if not toks or text[end - 2 : end] in {"'s", "’s"}:
            return False  # "Clinton’s": a possessive is no subject
        g = grammar(lang)
        if len(toks) == 1:
            word = toks[0][2]
            if g.closed_class(word) is not None:
                # "she", "ella", "lui" speak; "However", "Ayer", "Nadie", "we" do not;
                # "it" and "they" may stand for things, so only a verb of saying
                # makes them speakers ("They also lie in …" is about towns)
                pron = g.features(word)
                return (
                    word in PERSON_PRONOUNS.get(lang, frozenset())
                    and pron is not None
                    and pron.person == 3
                    and (cued or pron.gender in {"m", "f"})
                )
        if self._mention(start, end) is None:
            return False  # the chunker finds no noun phrase that can name anyone
        if len(toks) == 1:
            if not self._name_word(toks[0][0], toks[0][1]):
                return False  # "Hace más de un año …": a capitalised verb opening its sentence
            # no place, with an elided article or without ("l’Ukraine", "Italia")
            word = toks[0][2]
            cut = max(word.rfind("'"), word.rfind("’"))
            word = word[cut + 1 :]
            return word not in city_lookup() and word not in country_lookup()
        if g.closed_class(toks[0][2]) in {
            "preposition",
            "auxiliary",
            "conjunction",
            "adverb",
            "time",
        }:
            # "Nach der Landung", "essere eletto …", "Poi …": no noun phrase opens so
            return False
        if any(_acronym(text[a:b]) for a, b, _w in toks):
            return True  # "Die SPD", "la ONU": a body named by its initials
        if order_of(lang).nouns_capitalised:
            # every German noun is capitalised: a person or a body by German rules, or
            # a phrase holding a name of two capitalised words in a row ("Georg Ratzinger")
            return (
                cued
                or german_source(text, start, end)
                or german_person(text, start, end)
                or _TWO_NAMES.search(text, start, end) is not None
            )
        if person_like(text, toks, lang):
            return True
        nouns = speaking_nouns(lang)
        if any(office_noun(w, nouns, lang) for _, _, w in toks):
            return True
        if person_head(text, toks, lang):
            return True  # "la experta reflexionó …", "el canciller presentó …"
        # a common-noun phrase speaks when a verb of saying says so: "la experta explicó"
        return (
            cued
            and len(toks) <= 4
            and (
                g.closed_class(toks[0][2]) == "determiner"
                # "l’esperta spiega", "l’ex generale": an elided article glued to the noun
                or g.closed_class(toks[0][2].replace("’", "'").split("'")[0] + "'") == "determiner"
            )
        )

    def _name_word(self, start: int, end: int) -> bool:
        """Return whether a lone capitalised word is a name, not just a sentence's first word.

        A pronoun is; so is a word written capitalised where no sentence begins:
        the same word mid-sentence anywhere in the text ("… dijo Pizarro").
        """
        text = self._text
        word = text[start:end]
        if not word[:1].isupper() or grammar(self._language).features(word) is not None:
            return True
        if not _opens_sentence(text, start) or _APPOSITION.match(text, end):
            return True  # "… dijo Pizarro"; "Madani, la viróloga, …"
        return self._mid_sentence(word)

    def _mid_sentence(self, word: str) -> bool:
        """Return whether the text writes ``word`` capitalised where no sentence begins.

        Each word is looked up once, at its own occurrences only.
        """
        found = self._mid.get(word)
        if found is None:
            text, found = self._text, False
            at = text.find(word)
            while at >= 0 and not found:
                m = _CAPITALISED.match(text, at)  # the whole word, not a part of one
                found = m is not None and m.group() == word and not _opens_sentence(text, at)
                at = text.find(word, at + 1)
            self._mid[word] = found
        return found

    def candidates(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Return the mentions that can speak in the sentences of ``text[lo:hi]``, in order.

        Per sentence: the speaker of its cue, its subject and the named agent of
        a passive, as far as each is a person or a body (see `_speaking`).
        """
        return sorted({(a, b) for a, b, _cued in self._walk(lo, hi)})

    def speakers(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Return the mentions a verb of saying credits in the sentences of ``text[lo:hi]``.

        "«…», dijo Ruiz. Vidal replicó con dureza. «…»": Vidal speaks now.
        """
        return sorted({(a, b) for a, b, cued in self._walk(lo, hi, cued_only=True)})

    def latest_speaker(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Return the last of `speakers` (``lo``, ``hi``), reading back only as far as it.

        Only the few sentences right before ``hi`` are read (as for a pronoun): a
        speaker credited further back no longer speaks for an uncued quotation.
        """
        walk = self._walk(lo, hi, _PRONOUN_REACH, cued_only=True)
        return next(((a, b) for a, b, _cued in walk), None)

    def _walk(
        self,
        lo: int,
        hi: int,
        limit: int = _SENTENCES,
        cues: bool = True,
        floor: int = -1,
        cued_only: bool = False,
    ) -> Iterator[tuple[int, int, bool]]:
        """Yield the candidates that can speak in the sentences of ``text[lo:hi]``, latest first.

        Sentences are read one by one from the last, only as far as the caller
        asks: a question answered in the sentence before costs that sentence.
        No sentence before the one holding ``floor`` is read.  With ``cued_only``
        only the candidates a verb of saying credits are yielded, and a sentence
        with no word that can be a cue is not read.
        """
        for sentence in self._sentences_back(lo, hi, limit, cues, floor, cued_only):
            for cand in sentence:
                if (cand[2] or not cued_only) and self._can_speak(cand):
                    yield cand

    def _can_speak(self, cand: tuple[int, int, bool]) -> bool:
        """Return `_speaking` for a candidate (start, end, cued), each decided once."""
        found = self._judged.get(cand)
        if found is None:
            found = self._judged[cand] = self._speaking(*cand)
        return found

    def _sentences_back(
        self,
        lo: int,
        hi: int,
        limit: int = _SENTENCES,
        cues: bool = True,
        floor: int = -1,
        cued_only: bool = False,
    ) -> Iterator[tuple[tuple[int, int, bool], ...]]:
        """Yield the candidates of each sentence of ``text[lo:hi]``, the last sentence first.

        At most ``limit`` sentences are read; each sentence is read once per register.
        Without ``cues`` a sentence's cue is not looked for: its speaker counts only
        when the quotation finder told the register of it (`heard`).  A sentence's
        candidates are its raw mentions, latest first: whether each can speak is
        asked only of those a question reaches (`_can_speak`).
        """
        if self._reads_left <= 0:
            return  # past the reading bound the register answers nothing more
        end = hi
        for _ in range(limit):
            if self._visits_left <= 0:
                return  # past the visiting bound: nothing more is read
            self._visits_left -= 1
            start = self._start_before(lo, end)
            if end - start > 1 and not self._quoted_whole(start, end):
                # (a sentence wholly inside a quotation names nobody who can speak)
                key = (start, end, cues)
                found = self._read.get(key)
                if found is None and cued_only and self._uncued(start, end):
                    found = ()  # no verb of saying, so no speaker it credits
                if found is None:
                    if self._reads_left <= 0:
                        return  # past the reading bound: nothing more is read
                    self._reads_left -= 1
                    found = self._read[key] = self._sentence_candidates(start, end, cues)
                yield found
            if start <= lo or start <= floor:
                break
            end = start - 1

    def _sentence_candidates(
        self, start: int, end: int, cues: bool
    ) -> tuple[tuple[int, int, bool], ...]:
        """Return the candidates of the sentence ``text[start:end]``, the latest first."""
        text, lang = self._text, self._language
        found: set[tuple[int, int, bool]] = set()
        if cues:
            told = attribute_before(text, start, end, lang)
            if told is not None and object_of_cue(text, told, end, lang):
                told = None  # "ha ribadito il concetto:": the object, no speaker
            if told is not None and told.speaker_start >= 0:
                found.add((told.speaker_start, told.speaker_end, True))
            else:
                # "secondo l’ex generale i carri …": a source with no comma after it
                source = source_phrase(text, start, end, lang)
                if source is not None:
                    found.add((*source, True))
        else:
            i = bisect.bisect_left(self._heard, (start, start))
            while i < len(self._heard) and self._heard[i][0] < end:
                found.add((*self._heard[i], True))
                i += 1
        # a sentence that opens inside a quotation is the quotation's: who speaks
        # there is its cue's speaker, not a subject read from quoted words
        if lang in _HEADING_LANGUAGES:
            # a paragraph break (a blank line) ends what came before it: a heading
            # with no full stop ("Un camino nuevo\n\nBiden envió …") is no part of
            # the clause; a single line break may be hard wrapping inside a sentence
            brk = text.rfind("\n\n", start, end)
            if brk >= start and text[brk + 2 : end].strip():
                start = brk + 2
        sp = (
            None
            if self._opens_quoted(start, end) or self._after_quotation_mid_clause(start)
            else subject(text, start, end, lang)
        )
        if sp is not None:
            sp = _with_apposed_name(text, sp[0], sp[1], end, lang)
            cued = self._says(sp[1], end)
            found.add((*_name_of(text, sp[0], sp[1], lang), cued))
        if lang != "en":
            agent = ROMANCE_AGENT.search(text, start, end)
            if agent is not None:
                found.add((agent.start("agent"), agent.end("agent"), False))
        return tuple(sorted(found, reverse=True))

    def _after_quotation_mid_clause(self, start: int) -> bool:
        """Return whether ``start`` follows a quotation that did not end its sentence.

        "… weise einen „hohen“ Hintergrund auf.": a window that starts after the
        closing mark reads the rest of a clause, whose first noun is no subject.
        Only German is asked: its nouns are all capitalised, so the rest of a
        clause looks like a name; elsewhere a capital there opens a new clause
        ("“…” Smith said").
        """
        if not order_of(self._language).nouns_capitalised:
            return False
        text = self._text
        at = start
        while at > 0 and text[at - 1] in _SPACES:
            at -= 1
        if at == 0 or text[at - 1] not in _CLOSING_MARKS:
            return False
        inner = text[max(0, at - 3) : at - 1].rstrip()
        return not inner.endswith((".", "!", "?", "…"))

    def _opens_quoted(self, start: int, end: int) -> bool:
        """Return whether the first word of the sentence ``text[start:end]`` is quoted."""
        text = self._text
        at = start
        while at < end and at - start < 64 and (text[at].isspace() or text[at] in _OPENERS):
            at += 1
        return self._inside_quote(at)

    def _says(self, at: int, hi: int) -> bool:
        """Return whether a verb of saying follows a subject ending at ``at`` ("la jueza explicó").

        Its subject is a speaker by that verb (a verb of saying wants a person or a
        body as its subject); adverbs, clitics and auxiliaries may stand between.
        """
        verbs = CUE_VERBS.get(self._language, frozenset())
        g = grammar(self._language)
        for _s, _e, word in leading_tokens(self._text, at, min(hi, at + 60), 4):
            if word in verbs:
                return True
            if g.closed_class(word) not in {"adverb", "auxiliary", "pronoun"}:
                return False
        return False

    def current(
        self, lo: int, hi: int, last: tuple[int, int, bool] | None = None
    ) -> tuple[int, int] | None:
        """Return who speaks now for a quotation no cue credits, or None.

        The latest mention that can speak in the sentences of ``text[lo:hi]`` (a
        cue speaker, a subject, an agent), else the speaker of the attribution
        before (``last``) when it stands in that stretch.
        """
        floor = -1
        if last is not None and lo <= last[0] < hi and self._speaking(*last):
            # only a mention after the attribution before can be newer: the
            # sentences before the one it stands in are not read
            floor = last[0]
        walk = self._walk(lo, hi, floor=floor)
        latest = next(((a, b) for a, b, _cued in walk), None)
        if last is not None and floor >= 0 and (latest is None or last[:2] > latest):
            return last[:2]
        return latest

    def _names_back(self, lo: int, hi: int) -> Iterator[tuple[int, int]]:
        """Yield the full names in ``text[lo:hi]`` outside quotations and prepositional phrases.

        The latest comes first.  The text's name matches are found once, from its
        start and only as far as asked; each is judged (`_name_at`) only when a
        question reaches it, so a question costs the names it looks at.
        """
        matches = self._name_matches_to(hi)
        i = bisect.bisect_right(matches, (hi, hi))
        while i > 0:
            i -= 1
            start, end = matches[i]
            if start < lo:
                return
            if end > hi:
                continue
            if start not in self._name_judged:
                self._name_judged[start] = self._name_at(start, end)
            found = self._name_judged[start]
            if found is not None:
                yield found

    def full_names(self, hi: int) -> list[tuple[int, int]]:
        """Return (start, end) of the text's full-name matches read so far, in order.

        Every match starting before ``hi`` is among them.  The list is the
        register's own, read once for the text and shared with the name resolver,
        so the text is scanned for full names once per call; it only grows.
        """
        return self._name_matches_to(hi)

    def _name_matches_to(self, hi: int) -> list[tuple[int, int]]:
        """Return (start, end) of every full-name match read so far, reading to ``hi``."""
        out = self._name_list
        if self._name_matches is None:
            self._name_matches = FULL_NAME.finditer(self._text)
        if self._names_read >= hi:
            return out
        for m in self._name_matches:
            self._names_read = m.end()
            out.append((m.start(), m.end()))
            if self._names_read >= hi:
                return out
        self._names_read = len(self._text)
        return out

    def _name_at(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the name a full-name match gives (without its article), or None.

        None inside a quotation and after a preposition ("the visit of Ann Lee").
        """
        text, g = self._text, grammar(self._language)
        words = tokens(text, start, end)
        while words and g.closed_class(words[0][2]) is not None:
            words = words[1:]  # "Die Ministerin Eva Kern": the article is no name
        if len(words) < 2 or self._inside_quote(start):
            return None
        at = words[0][0]
        before = tokens(text, max(0, start - 20), start)[-1:]
        after_preposition = (
            at == start
            and bool(before)
            and before[0][1] >= start - 1
            and g.closed_class(before[0][2]) in {"preposition", "conjunction"}
            and before[0][2] not in _AND
        )
        # "the visit of Ann Lee": a name after a preposition is no subject
        return None if after_preposition else (at, end)

    def dropped_subject(
        self,
        cue_start: int,
        cue_end: int,
        before: int,
        last: tuple[int, int, bool] | None,
    ) -> tuple[int, int] | None:
        """Return the mention a cue with a dropped subject ('”, dijo.') refers to, or None.

        The latest candidate before ``before`` that agrees with the cue's verb
        group: the speaker of the attribution before (``last``: start, end and
        whether a cue credits it), a cue speaker, subject or agent of the
        sentences before (never words inside a quotation), else the nearest full
        name.  None when no candidate agrees.
        """
        want = cue_features(self._text, cue_start, cue_end, self._language)
        prior = None
        if (
            last is not None
            and 0 <= last[0] < before
            and before - last[0] < _LAST_REACH
            # "«… – spiega un infermiere –». «… – prosegue – …»": a speaker a verb
            # of saying credited speaks on, named by a common noun or not, and
            # even from a dash incise inside the quotation before
            and (last[2] or self._speaking(*last))
        ):
            prior = last[:2]
        # the candidates latest first, the attribution before among them in its place
        for a, b, _cued in self._walk(max(0, before - _SENTENCE_REACH), before):
            if prior is not None and prior > (a, b):
                if agree(self._features(*prior), want):
                    return prior
                prior = None
            if agree(self._features(a, b), want):
                return (a, b)
        if prior is not None and agree(self._features(*prior), want):
            return prior
        for span in self._names_back(max(0, before - _NAME_REACH), before):
            if agree(self._features(*span), want):
                return span
        return None

    def features(self, start: int, end: int) -> Features:
        """Return the number and gender a mention shows, with what pronouns taught of its name."""
        return self._features(start, end)

    def take_up(self, mention: tuple[int, int], named: tuple[int, int]) -> None:
        """Record that ``mention`` ("el Presidente") names the speaker read back at ``named``."""
        self._taken_up[mention] = named

    def taken_up(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the earlier mention the one at ``text[start:end]`` was recorded to take up."""
        return self._taken_up.get((start, end))

    def _role(self, start: int, end: int) -> bool:
        """Return whether ``text[start:end]`` is a determined noun of office or person.

        "la ministre", "the senator", "a spokesman"; not "the board", "the most".
        """
        toks = tokens(self._text, start, end)
        if len(toks) < 2 or grammar(self._language).closed_class(toks[0][2]) != "determiner":
            return False
        nouns = _role_nouns(self._language)
        # the noun right after the determiner, or the last: "le directeur de l'usine"
        return toks[1][2] in nouns or toks[-1][2] in nouns

    def _name_in(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the name a mention gives: its closing run of capitalised words, or None.

        "The spokeswoman" grows into the name set after it ("…, Kim Ode"); "the
        minister" gives none; a pronoun is its own run.
        """
        grown = self._mention(start, end)
        if grown is not None:
            start, end = grown
        toks = tokens(self._text, start, end)
        k = len(toks)
        while k > 0 and self._text[toks[k - 1][0]].isupper():
            k -= 1
        if k == len(toks):
            pron = len(toks) == 1 and grammar(self._language).features(toks[0][2]) is not None
            return (start, end) if pron else None
        # a capital shows a name only where common nouns are written in lower case
        capitalised = order_of(self._language).nouns_capitalised
        return (toks[k][0], end) if k > 0 and not capitalised else (start, end)

    def antecedent(self, start: int, end: int) -> tuple[int, int] | None:
        """Return the name a third-person pronoun at ``text[start:end]`` refers to, or None.

        The latest subject or speaker that agrees in number and gender (a pronoun
        among them stands for its own antecedent), else the latest full name that
        does; what the pronoun shows is remembered for that name.  None for a
        plural pronoun or when nothing agrees.
        """
        return self._antecedent(start, end, 3)

    def _agreeing_conjunct(self, start: int, end: int, want: Features) -> tuple[int, int] | None:
        """Return the one conjunct of a coordinated subject a gendered pronoun agrees with.

        "Paul Roe and his sister, Martha, … “…,” she said": a singular pronoun
        takes up one of two people named together when the gender of each is
        shown and only one has the pronoun's; otherwise None.
        """
        if want[0] != "sg" or want[1] is None or _AND_WORD.search(self._text, start, end) is None:
            return None  # (a cheap look first: most subjects join no one)
        parts = _conjuncts(self._text, start, end, self._language)
        if len(parts) < 2:
            return None
        genders = [self._features(a, b)[1] for a, b in parts]
        if None in genders or genders.count(want[1]) != 1:
            return None
        return parts[genders.index(want[1])]

    def _antecedent(self, start: int, end: int, depth: int) -> tuple[int, int] | None:
        """Return the antecedent of a pronoun, following at most ``depth`` pronouns back.

        A pronoun resolved before (the "she" of the attribution before) is not
        resolved again: "she … she … she" costs one sentence per pronoun.
        """
        if (start, end) in self._resolved:
            return self._resolved[start, end]
        text = self._text
        want = mention_features(text, start, end, self._language)
        if want[0] == "pl" or depth <= 0:
            return None
        # the pronoun's own sentence holds no antecedent: its subject is the pronoun;
        # the sentences before are read back only as far as the first that agrees
        lo = max(0, start - _SENTENCE_REACH)
        found = None
        hi = self._start_before(lo, start)
        # past a person of the other sex, only a mention that shows the pronoun's
        # gender is taken: the unmarked words further back are as often a place
        # or a body as a person ("she" after "Paul Roe" is not "New York")
        clashed = False
        for a, b, _cued in self._walk(lo, hi, _PRONOUN_REACH, cues=False):
            feats = self._features(a, b)
            if _takes(feats, want, clashed):
                found = (a, b)
                break
            conjunct = self._agreeing_conjunct(a, b, want)
            if conjunct is not None:
                found = conjunct  # "Paul Roe and his sister, Martha, … she said"
                break
            clashed = clashed or _clash(feats, want)
        nameless = found  # "the minister": no name to give, unless none is found back
        if found is not None:
            found = self._name_in(*found)
        pronoun = found is not None and grammar(self._language).features(
            text[found[0] : found[1]].strip()
        )
        if found is not None and pronoun:
            found = self._antecedent(found[0], found[1], depth - 1)  # "she … she"
            nameless = None
        if found is None:
            for span in self._names_back(max(0, start - _NAME_REACH), start):
                feats = self._features(*span)
                if _takes(feats, want, clashed):
                    found = span
                    break
                clashed = clashed or _clash(feats, want)
        role = (
            speaker_mention(text, nameless[0], nameless[1], self._language)
            if found is None and nameless is not None
            else None
        )
        if role is not None and self._role(*role):
            # "La ministre … « … », a-t-elle déclaré": no name agrees anywhere
            # before, so the pronoun stands for the role that was the subject
            found = role
        if found is not None:
            self.learn(*found, want)
        if depth > 0:
            self._resolved[start, end] = found
        return found
