"""What may name a speaker: the noun-phrase gate of quote attribution (private).

Every mechanism of ``quotes`` proposes a speaker mention as offsets; this module
alone decides whether the mention can name anyone.  A speaker is a noun phrase
(determiner or title, modifiers, a noun or a name), a personal pronoun or a
name, never:

- a word of a closed class on its own (a preposition, an adverb, a conjunction,
  a determiner, an auxiliary: "Così", "Tampoco", "este");
- a phrase opening with a preposition or conjunction ("del Estado", "per
  tassare"), unless the phrase is a capitalised name ("Di Maio", "Von der
  Leyen");
- a time phrase ("El jueves", "this morning", "2008");
- a verb form ("Sono", "ajoute");
- a lone title abbreviation: "Sen" of "said Sen. Ann Lee" grows into the name.

Closed-class words left at the end of a mention ("Telegram le", "Vad si") are
trimmed.  A capitalised word that opens its sentence is a name only when the text
also writes it capitalised inside a sentence: capitals at a sentence start are no
evidence ("Partiendo de …", "Bisogna …").  When nothing passes, the mention is
dropped: attribution abstains rather than guesses.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newsdoc._grammar import PronounFeatures, closed_class, grammar, is_closed_class, normalise
from newsdoc._grammar.order import order_of, word_order
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.impersonal import EXPLETIVE_PRONOUNS, IMPERSONAL_VERBS
from newsdoc._lexicon.speakers import (
    NOMINATIVE_PRONOUNS,
    OBJECT_CLITICS,
    OWN_WORDS,
    PERSON_PRONOUNS,
    QUANTIFIER_PRONOUNS,
    TITLES,
)
from newsdoc._lexicon.speech_nouns import SPEECH_NOUNS
from newsdoc._text import CLAUSE_MARKS, TERMINAL_MARKS
from newsdoc.quotes._bare_source import indefinite_plural
from newsdoc.quotes._cues import NAME_WORD, remembered

__all__ = [
    "adjective_like",
    "apparent_subject",
    "holds_name",
    "impersonal_clause",
    "leading_name",
    "modifiers_only",
    "non_finite_clause",
    "source_pronoun",
    "speaker_mention",
]

# A word of a mention: letters with inner apostrophes, hyphens and dots.
# An elided article or pronoun is a word of its own: "l’" + "écologiste".
_WORD = regex.compile(
    r"\p{L}{1,2}[’'](?=\p{L})|[\p{L}\p{M}\p{N}]++(?:[’'\-\.][\p{L}\p{M}\p{N}]++)*+"
)
# A name of two to four capitalised words (particles inside): "Ana de la Rosa".
_NAME = (
    r"(?P<name>" + NAME_WORD + r"(?:[ \t]++(?:(?:de|del|la|da|di|van|von|der|le|ben|bin)"
    r"[ \t]++)?\p{Lu}[\p{L}\p{M}’'\-]*+){1,3})"
)
# A name set off by commas after a role: ", Pablo Ruiz," / ", Jane Roe."
_APPOSED = regex.compile(r"[ \t]*+,[ \t]*+" + _NAME + r"(?=[ \t]*+(?:[,.;:)]|$))")
# A name set off by commas after a role, with its own title or role before it:
# ", monsignor Aldo Ruggeri,", ", la arquitecta Laura Peris,", ", le capitaine de
# frégate Yves Leroux." (the words of ``lead`` are judged by `_apposed_lead`).
_APPOSED_TITLED = regex.compile(
    r"[ \t]*+,[ \t]*+(?P<lead>(?:\p{Ll}[\p{Ll}’'\-]*+[ \t]++){1,4}?)"
    + _NAME
    + r"(?=[ \t]*+(?:[,.;:)]|$))"
)
# The complement of a role that the clause reader cut at its preposition, then
# the apposed name: " à Saint-Brice, Chantal Oudin,", " aux affaires sociales,
# Maryse Jolivet." (the words of ``complement`` are judged by `_complement_only`).
_COMPLEMENT_THEN_NAME = regex.compile(
    r"(?P<complement>(?:[ \t]++[\p{L}’'\-]++){1,6}?)[ \t]*+,[ \t]*+"
    + _NAME
    + r"(?=[ \t]*+(?:[,.;:)]|$))"
)
# A name right after a role, a few modifiers between: " américaine Léa Morin".
_CLOSE_NAME = regex.compile(
    r"(?P<between>(?:[ \t]++[\p{L}’'\-]++){0,3}?)[ \t]++" + _NAME + r"(?![\p{L}’'\-])"
)
# Endings of adjectives that stand between a role noun and a name: nationality,
# party and office adjectives ("américaine", "socialista", "regionale").
_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "en": (),
    "de": (),
    "fr": (
        "ain",
        "aine",
        "ais",
        "aise",
        "ien",
        "ienne",
        "ique",
        "al",
        "ale",
        "aux",
        "iste",
        "if",
        "ive",
        "é",
        "ée",
        "ois",
        "oise",
        "ier",
        "ière",
        "er",
        "ère",
        "aire",
        "el",
        "elle",
    ),
    "es": (
        "ano",
        "ana",
        "és",
        "esa",
        "ico",
        "ica",
        "al",
        "ista",
        "ivo",
        "iva",
        "ense",
        "eño",
        "eña",
        "ero",
        "era",
        "ario",
        "aria",
        "ino",
        "ina",
    ),
    "it": (
        "ano",
        "ana",
        "ese",
        "ico",
        "ica",
        "ale",
        "ista",
        "ivo",
        "iva",
        "ense",
        "ino",
        "ina",
        "ario",
        "aria",
        "ero",
        "era",
        "ato",
        "ata",
    ),
}
# The preposition of an absolute clause whose noun phrase acts: "with Ann Lee
# calling it …", "avec Ann Lee qui …", "con Ana Ruiz diciendo …".
_ABSOLUTE_WITH: dict[str, tuple[str, ...]] = {
    "en": ("with",),
    "de": ("mit",),
    "fr": ("avec",),
    "es": ("con",),
    "it": ("con",),
}
# A gerund or participle right after the noun phrase of an absolute clause,
# maybe after an adverb: " reportedly yelling", " calling", " diciendo".
_GERUND_AFTER = regex.compile(
    r"[ \t]++(?:\p{Ll}{1,20}?ly[ \t]++)?\p{Ll}{0,25}?(?:ing|ant|ando|iendo|endo)\b"
)
# Languages whose subjects rarely are bare nouns: a capitalised common word that
# opens a sentence there is no noun phrase on its own ("Sentiamo", "Entrano");
# English and German bare plurals are ("Police say", "Experten warnen").
_ARTICLE_LANGUAGES = frozenset({"fr", "es", "it"})
# How many occurrences of a word are read for evidence of its case: bounds the
# work per mention on a text that repeats one word endlessly.
_SCAN_LIMIT = 200
# How far (characters) from a mention its word is looked for: a news story.
_EVIDENCE_WINDOW = 20_000
# Quotation marks that open a title named as a speaker.
_OPENING_MARKS = '„“«»"‘‹'
# What may stand between a sentence end and the first word of the next one.
_LEAD = " \t\u00a0-–—«“„\"'(¿¡"
# What ends a sentence (or a heading) before a word: "." "?" "»" a line break.
_ENDS = TERMINAL_MARKS + CLAUSE_MARKS + '»”"' + "\n"
# Title abbreviations that may follow another one: the "Gen." of "Lt. Gen. Ann Lee".
_TITLE_ABBREVIATIONS = "|".join(
    sorted({t.rstrip(".") for t in TITLES if t.endswith(".") and len(t) <= 5}, key=len)[::-1]
)
# A title abbreviation and the capitalised name after it: "Sen. Ann Lee", and
# further titles first: "Lt. Gen. Ann Lee", "Rep. Dr. Ann Lee".
# (a no-break space, plain or narrow, often follows a title in French and German
# typesetting: "Mag.\u00a0Christoph Haider", "M.\u202fDupont")
_TITLE_THEN_NAME = regex.compile(
    r"\.?[ \t\u00a0\u202f]++(?P<name>(?:(?i:"
    + _TITLE_ABBREVIATIONS
    + r")\.[ \t\u00a0\u202f]++){0,2}"
    r"\p{Lu}[\p{L}\p{M}’'\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}’'\-.]*+){0,3})"
)
# The word right before a mention: "selon" of "selon lui".
_WORD_BEFORE = regex.compile(r"[\p{L}’']++(?=[ \t]*+$)")
# A figure: "2008", "30", "1.5".
_FIGURE = regex.compile(r"\p{N}[\p{N}.,:/]*+")
# Where a noun phrase opened by a determiner ends at the latest.
_PHRASE_STOP = regex.compile(r"[,;:!?()\[\]\n]|[.](?=\s|$)")
# Word classes that end a noun phrase being read.
_NOT_IN_PHRASE = frozenset({"conjunction", "auxiliary", "pronoun", "adverb"})


def _impersonal_pattern(forms: frozenset[str]) -> regex.Pattern[str]:
    """Return the pattern of an impersonal verb after its apparent subject.

    Negation and object clitics may stand between: "il ne faut", "il nous
    semble", "il n'y a", "il leur suffit".
    """
    alternatives = "|".join(
        regex.escape(f).replace("'", "['’]").replace(r"\ ", r"\s++")
        for f in sorted(forms, key=len, reverse=True)
    )
    return regex.compile(
        rf"""
        [ \t\u00a0]++
        (?i:ne[ \t]++|n['’][ \t]*+)?+                       # negation: "il ne faut"
        (?i:(?:me|te|lui|nous|vous|leur|en)[ \t]++|[mt]['’])*+  # clitics: "il nous semble"
        (?i:{alternatives})
        (?![\p{{L}}\-])                                     # "il semble", not "il semblerait-il"
        """,
        regex.VERBOSE,
    )


# "Il faut", "il s'agit", "il y a", "il semble que": the apparent subject of an
# impersonal verb names nobody (see `newsdoc._lexicon.impersonal`).
_IMPERSONAL = {language: _impersonal_pattern(forms) for language, forms in IMPERSONAL_VERBS.items()}


def speaker_mention(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Return the part of ``text[start:end]`` that can name a speaker, or None.

    A role without a name ("the party’s leader", "l’ambassadrice américaine")
    grows into the name set right after it, with or without commas ("…, Jane
    Roe,", "… Léa Morin").

    Example:
        >>> speaker_mention("Così recita il testo", 0, 4, "it") is None
        True
        >>> text = "“We will,” said Sen. Ann Lee."
        >>> at = text.index("Sen")
        >>> s, e = speaker_mention(text, at, at + 3, "en")
        >>> text[s:e]
        'Sen. Ann Lee'
        >>> text = "Su director, Pablo Ruiz, lo dijo."
        >>> s, e = speaker_mention(text, 0, 11, "es")
        >>> text[s:e]
        'Su director, Pablo Ruiz'
    """
    known = remembered(text)
    if known is None:
        return _speaker_mention(text, start, end, language)
    key = (start, end, language)
    if key in known:
        return known[key]
    found = known[key] = _speaker_mention(text, start, end, language)
    return found


def _speaker_mention(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Return `speaker_mention`, found afresh."""
    found = _mention(text, start, end, language)
    if found is None:
        return None
    return _with_name(text, found[0], found[1], language)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Return the `_WORD` matches of ``text[start:end]`` as (start, end, word).

    The words come as strings (no match objects); each starts at the first place
    it is found from the end of the one before, since every match starts with a
    letter, mark or digit, and a letter, mark or digit always starts a match: the
    characters between two matches hold none.
    """
    out: list[tuple[int, int, str]] = []
    find = text.find
    at = start
    for word in _WORD.findall(text, start, end):
        at = find(word, at)
        out.append((at, at + len(word), word))
        at += len(word)
    return out


def _mention(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Return the part of ``text[start:end]`` that can name a speaker (see `speaker_mention`)."""
    words = _words(text, start, end)
    if not words:
        return None
    if len(words) > 1 and _title(words[-1][2]):
        # "the Rev", "former Sen": the title's full stop cut the name off
        named = _TITLE_THEN_NAME.match(text, words[-1][1], min(len(text), words[-1][1] + 80))
        if named is not None:
            end = named.end("name") - _dot(text, named.end("name"))
            words = _words(text, start, end)
    if (
        words[0][2].isupper()
        and all(w.isupper() for _, _, w in words)
        and _line_start(text, start)
        and _DATELINE.match(text, words[-1][1])
    ):
        return None  # "WASHINGTON, May 2 (AP) —": a dateline's place names nobody
    if text[start] in _OPENING_MARKS and words[0][2][:1].isupper():
        return start, end  # a title in quotation marks: "„Die Woche“", "« Le Monde »"
    if len(words) == 1 and _title(words[0][2]):
        named = _TITLE_THEN_NAME.match(text, words[0][1], min(len(text), words[0][1] + 80))
        if named is None:
            return None  # a lone "Sen" or "Mr" names nobody
        return words[0][0], named.end("name") - _dot(text, named.end("name"))
    # "Telegram le", "Vad si", "l’analista cinese sottilmente lo": trailing
    # closed-class words and verb forms belong to the clause, not the mention
    trimmed = False
    while (
        len(words) > 1
        and _trailing(words[-1][2], language)
        and not _all_determiners(words[:-1], language)
    ):
        words.pop()
        trimmed = True
    # "encore le rapport", "even as Ann Lee": adverbs and conjunctions before the
    # phrase; "with Ann Lee calling it …": the subject of an absolute clause
    while len(words) > 1 and (
        (
            _adverb_or_conjunction(words[0][2], language)
            and (
                _phrase_opens(words[1][2], language)
                or _adverb_or_conjunction(words[1][2], language)
            )
        )
        or (
            words[0][2].lower() in _ABSOLUTE_WITH.get(language, ())
            and words[1][2][:1].isupper()
            and _GERUND_AFTER.match(text, end) is not None
        )
    ):
        words.pop(0)
        start = words[0][0]
    cut = _clause_opener(words, language)
    if cut is not None:
        # "upset after Obama", "is what the director": a subordinator opens the
        # clause whose subject the mention is; the words before it are another's
        words = words[cut + 1 :]
        start = words[0][0]
    if len(words) > 1 and words[-1][2].lower() in NOMINATIVE_PRONOUNS.get(language, ()):
        # "Last year he", "Yesterday she": a personal pronoun takes no modifier, so
        # the words before it belong to the clause, not to the mention
        return words[-1][0], words[-1][1]
    first = words[0][2]
    capital = first[:1].isupper()
    if len(words) > 1 and _function_words_only(words, language):
        return None  # "Ce n’" of "Ce n’est pas tout : « … »": no noun, no name
    if _non_finite_opening(text, words, language):
        return None  # "Intervistato dal quotidiano …", "Aplazar el viaje": a clause
    if len(words) == 1:
        found = _single(text, words[0], language)
        if found is None or found != (words[0][0], words[0][1]) or trimmed:
            return found
        return start, end
    lower = first.lower()
    if (
        not capital
        and _is_preposition(lower, language)
        and not indefinite_plural([w.lower() for _, _, w in words[:3]], language)
    ):
        # "del Estado", "de Macron", "per tassare": an oblique phrase (but "des
        # témoins" is the indefinite article and its noun)
        return None
    if _preposition_like(lower, language) and not (
        capital and any(w[:1].isupper() for _, _, w in words[1:])
    ):
        return None  # "Per tassare", "With Trump"; not "Di Maio", "Von der Leyen"
    if _source_phrase(words, language):
        return None  # "Secondo l'agenzia Ansa": a source phrase, the ordinal's homograph
    if _time_phrase(words, language):
        return None  # "El jueves", "esta mañana", "Un mois"
    return start, words[-1][1] if trimmed else end


# What follows the place of a dateline (AP Stylebook, "datelines": the place in
# capitals, maybe a date, then the agency in parentheses or a dash): ", May 2
# (AP) —", " (AP) —", " —"; not "NASA, the agency, said".
_DATELINE = regex.compile(r"(?:,[^\n(–—]{1,40}+)?+[ \t]*+[(–—]")


def _line_start(text: str, at: int) -> bool:
    """Return whether only blanks stand between the start of its line and ``at``."""
    line = text.rfind("\n", max(0, at - 80), at) + 1
    return not text[line if line > 0 or at < 80 else at - 80 : at].strip()


# The simple subordinators that open a finite clause, prepositions among them
# ("upset after Obama called …"), and the wh-words a subject follows ("what
# analysts describe"): Quirk et al. 1985, 14.12 and 15.8 (lower case).
_SUBORDINATORS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "after although because before if once since though till unless until whereas "
        "whether while what which whom whose".split()
    ),
}


def _clause_opener(words: list[tuple[int, int, str]], language: str) -> int | None:
    """Return the index of the last subordinator inside a mention with words after it.

    A subordinator ("after", "until", "because") or a wh-word, in lower case, not
    the mention's first word (those are dropped elsewhere) nor its last.
    """
    subordinators = _SUBORDINATORS.get(language)
    if not subordinators:
        return None
    found = None
    for i in range(1, len(words) - 1):
        if words[i][2] in subordinators:
            found = i
    return found


def _with_name(text: str, start: int, end: int, language: str) -> tuple[int, int]:
    """Return ``(start, end)`` grown into the name a role mention is followed by.

    "La presidenta del partido, Ana Ruiz," / "the party’s leader, Jane Roe":
    the apposition set off by commas; "l’ambassadrice américaine Léa Morin",
    "il segretario del Pd Carlo Neri": a name right after the role, past at most
    two adjectives or a "de/of + Name" complement.  A mention that holds a name
    already is left alone.
    """
    words = _WORD.findall(text, start, end)
    if len(words) > 8 or _holds_name(words, language):
        return start, end
    if len(words) == 1 and words[0][:1].isupper():
        return start, end  # a name or a pronoun
    m = _APPOSED.match(text, end, min(len(text), end + 80))
    comma = -1 if m is not None else text.find(",", end, min(len(text), end + 80))
    if m is None and comma >= 0 and not text[end:comma].strip():
        m = _APPOSED_TITLED.match(text, end, min(len(text), end + 80))
        if m is not None and not _apposed_lead(m.group("lead"), language):
            m = None
    # the inverted subject's reader ends it at a preposition that may open the
    # role's own complement ("l’adjointe aux affaires sociales, X")
    if m is None and comma >= 0 and order_of(language).inverted_incise:
        m = _COMPLEMENT_THEN_NAME.match(text, end, min(len(text), end + 80))
        if m is not None and not _complement_only(m.group("complement"), language):
            m = None
    if m is None and order_of(language).nouns_capitalised:
        return start, end  # German capitals tell no name from a noun: commas only
    if m is None:
        m = _CLOSE_NAME.match(text, end, min(len(text), end + 80))
        if m is None or not _modifiers_only(m.group("between"), language):
            return start, end
        if words[-1][:1].isupper() and not m.group("between").strip():
            # after "de la Universidad Nacional" a capital goes on naming the body;
            # after "des Affaires étrangères norvégienne" it names the minister
            return start, end
    name_end = m.end("name")
    if name_end - start > 60:
        return m.start("name"), name_end
    return start, name_end


def _apposed_lead(lead: str, language: str) -> bool:
    """Return whether the lower-case words before an apposed name are its title or role.

    A determiner, a title ("monsignor", "don"), nouns and adjectives ("la
    arquitecta", "le capitaine de frégate"), a preposition inside ("de"), but
    never a verb or another closed-class word: ", dit Jean Roe" is a clause.

    Example:
        >>> _apposed_lead("la arquitecta ", "es"), _apposed_lead("monsignor ", "it")
        (True, True)
        >>> _apposed_lead("ha detto ", "it"), _apposed_lead("et ", "fr")
        (False, False)
        >>> _apposed_lead("headed by ", "en")
        False
    """
    verbs = CUE_VERBS.get(language, frozenset())
    agents = order_of(language).agent_prepositions
    words = lead.split()
    for k, word in enumerate(words):
        kind = closed_class(word, language)
        if word in agents or (language == "en" and word.endswith(("ing", "ed"))):
            return False  # "…, obtained by The Post", "…, termed X": a reduced clause
        if word in verbs or (
            kind is not None and kind != "determiner" and not (k and kind == "preposition")
        ):
            return False
    return True


def _complement_only(complement: str, language: str) -> bool:
    """Return whether words after a role are a complement cut at its preposition.

    They open with a preposition ("à", "aux", "per", "del") and hold no verb
    and no conjunction: " à Saint-Brice" completes "l’association"; " et Marc"
    coordinates.

    Example:
        >>> _complement_only(" aux affaires sociales", "fr"), _complement_only(" à Lyon", "fr")
        (True, True)
        >>> _complement_only(" a déclaré", "fr"), _complement_only(" et Marc", "fr")
        (False, False)
    """
    words = complement.split()
    if not words or closed_class(words[0].lower(), language) != "preposition":
        return False
    verbs = CUE_VERBS.get(language, frozenset())
    for word in words[1:]:
        lower = word.lower()
        kind = closed_class(lower, language)
        if lower in verbs or kind not in {None, "determiner", "preposition"}:
            return False
    return True


def holds_name(text: str, start: int, end: int, language: str) -> bool:
    """Return whether the mention ``text[start:end]`` holds a person's name of its own.

    The capitalised words of a complement ("de la Diócesis de Ciudad Real",
    "del Pd") name the body a role belongs to, not the person.

    Example:
        >>> holds_name("El obispo de la Diócesis de Ciudad Real", 0, 39, "es")
        False
        >>> holds_name("El obispo Pedro Gil", 0, 19, "es"), holds_name("Gil", 0, 3, "es")
        (True, True)
    """
    return _holds_name(_WORD.findall(text, start, end), language)


def _holds_name(words: list[str], language: str) -> bool:
    """Return whether a mention holds a name of its own, not only a body's in a complement.

    "il segretario del Pd", "El obispo de la Diócesis de Ciudad Real": the
    capitalised words after a preposition (and its article) name the body the
    role belongs to; "the mayor Ann Lee", "el doctor Ruiz" hold a name.
    """
    complement = False
    capitalised_nouns = order_of(language).nouns_capitalised
    after_determiner = False
    for k, word in enumerate(words):
        lower = word.lower()
        if _is_preposition(lower, language):
            complement = True
        elif word[:1].isupper():
            if capitalised_nouns and after_determiner:
                pass  # "Der Bürgermeister": a German noun after its article
            elif not complement and (k or len(words) == 1):
                return True  # "Ann Lee", "Lee": a name; not "El" of "El obispo"
        # a lower-case noun inside the complement goes on with it: "de l’association
        # Vivre", "del colegio Virgen del Carmen" name the body, not the person
        after_determiner = capitalised_nouns and closed_class(lower, language) == "determiner"
    return False


def modifiers_only(between: str, language: str) -> bool:
    """Return whether the words between a role and a name are adjectives or "de + Name".

    Example:
        >>> modifiers_only(" valenciano", "es"), modifiers_only(" dijo", "es")
        (True, False)
    """
    return _modifiers_only(between, language)


def _modifiers_only(between: str, language: str) -> bool:
    """Return whether the words between a role and a name are adjectives or "de + Name"."""
    verbs = CUE_VERBS.get(language, frozenset())
    for w in between.split():
        lower = w.lower()
        elided, apostrophe, rest = lower.replace("'", "’").partition("’")
        if w[:1].isupper() or _is_preposition(lower, language):
            continue
        if apostrophe and _is_preposition(elided + "’", language) and rest:
            continue  # "d’EELV", "dell’Onu": a complement naming the body
        if lower in verbs or is_closed_class(lower, language):
            return False
        endings = _ADJECTIVE_ENDINGS.get(language, ())
        if not (lower.endswith(endings) or _plural_of(lower, endings, language)):
            return False
    return True


def _verb_ending(word: str, language: str) -> bool:
    """Return whether ``word`` ends like a verb of the first person plural ("sentiamo")."""
    order = word_order(language)
    return (
        order is not None
        and bool(order.first_plural_endings)
        and (word.endswith(order.first_plural_endings))
    )


# How an adjective forms its plural, per language: French and Spanish add -s or
# -es (Le Bon Usage, on the plural of adjectives; RAE, Nueva gramática, on number),
# Italian changes its final vowel (Serianni, on the adjective); a language with no
# entry is not read.
_ADJECTIVE_PLURAL: Mapping[str, str] = {"fr": "suffix", "es": "suffix", "it": "vowel"}


def _plural_of(word: str, endings: tuple[str, ...], language: str) -> bool:
    """Return whether ``word`` is the plural of an adjective with one of ``endings``.

    Adjectives agree in number: French and Spanish add -s or -es
    ("étrangères", "nacionales"), Italian turns -o/-e into -i and -a into -e
    ("esteri", "italiane").
    """
    plural = _ADJECTIVE_PLURAL.get(language)
    if plural == "suffix":
        stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
        return word.endswith("s") and any(stem.endswith(endings) for stem in stems if stem)
    if plural == "vowel" and word[-1:] in {"i", "e"}:
        return any((word[:-1] + v).endswith(endings) for v in "oae")
    return False


def _single(text: str, word: tuple[int, int, str], language: str) -> tuple[int, int] | None:
    """Return the span of a one-word mention that can name someone, else None."""
    s, e, w = word
    lower = w.lower()
    if _expletive(text, e, lower, language) or _manner_adverb(text, word, language):
        return None  # "Il s'agit de …", "Paradójicamente, …": nobody
    kind = closed_class(lower, language)
    if kind == "time":
        return None  # "Tuesday", "Montag", "hoy": a day, a month or a time word
    if lower in PERSON_PRONOUNS.get(language, frozenset()) or _stressed_pronoun(
        text, s, lower, language
    ):
        return s, e
    if lower in QUANTIFIER_PRONOUNS.get(language, frozenset()):
        return s, e  # "Some said", "Varios advirtieron": a quantifier standing alone
    if lower in OWN_WORDS.get(language, frozenset()) and _owns_speech(text, e, language):
        return s, e  # "her claim that …": the possessive names who claimed
    if kind == "determiner":
        return _opened_phrase(text, s, language)  # "die" of "die in Rom erscheinende „Post“"
    if (
        w[:1].isupper()
        and w[1:].islower()
        and len(w) > 2
        and not _opens_sentence(text, s)
        and not _headline_case(text, s)
    ):
        return s, e  # "…,” From said", "which Will claims": a name inside a sentence
    if is_closed_class(lower, language) or lower in CUE_VERBS.get(language, frozenset()):
        return None
    if _FIGURE.fullmatch(w):
        return None  # "2008", "19"
    if (
        w[:1].isupper()
        and _opens_sentence(text, s)
        and not _capitalised_inside(text, w, s)
        and _lower_elsewhere(text, w, s)
    ):
        # a common word capitalised by its sentence: "Campaign" of "Campaign chair
        # Ann Lee" opens a phrase; "Sentiamo", "Entrano" name nobody where
        # subjects take an article, "Police" may where bare plurals are subjects
        phrase = _opened_phrase(text, s, language)
        if phrase is None and _headline_subject(text, s, e, language):
            return s, e  # "Medici accusano: «…»": headlines drop the article
        if phrase is not None or language in _ARTICLE_LANGUAGES:
            return phrase
    if (
        language in _ARTICLE_LANGUAGES
        and w[:1].isupper()
        and _opens_sentence(text, s)
        and _verb_ending(lower, language)
        and not _capitalised_inside(text, w, s)
    ):
        # "Ascoltiamo la spiegazione …", "Escuchemos …": a verb's ending and no
        # capital for the word inside any sentence
        return None
    return s, e


def _expletive(text: str, end: int, word: str, language: str) -> bool:
    """Return whether ``word`` is the apparent subject of an impersonal verb after it.

    "Il faut", "il s'agit de", "il n'y a", "il nous semble que": French *il*
    stands for nobody there.
    """
    if word != EXPLETIVE_PRONOUNS.get(language):
        return False
    pattern = _IMPERSONAL.get(language)
    return pattern is not None and pattern.match(text, end, min(len(text), end + 40)) is not None


def _manner_adverb(text: str, word: tuple[int, int, str], language: str) -> bool:
    """Return whether a lone word opening its sentence is an adverb of manner set off by a comma.

    "Paradójicamente, escribía …", "Visiblement, le maire …": the suffix that
    derives adverbs from adjectives (:attr:`WordOrder.adverb_suffix`), and the
    comma that sets a sentence adverb off.
    """
    s, e, w = word
    order = word_order(language)
    if order is None or not order.adverb_suffix:
        return False
    lower = w.lower()
    return (
        lower.endswith(order.adverb_suffix)
        and len(lower) >= len(order.adverb_suffix) + 4
        and text[e : e + 1] == ","
        and _opens_sentence(text, s)
    )


def _source_phrase(words: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether a mention opens with a preposition of source and its noun phrase.

    Italian "secondo" is also the ordinal "second", so no closed class calls it
    a preposition; before an article ("Secondo l'agenzia", "secondo il
    ministro") it is the preposition of :attr:`WordOrder.source_prepositions`.
    """
    order = word_order(language)
    if order is None or len(words) < 2 or words[0][2].lower() not in order.source_prepositions:
        return False
    second = words[1][2].lower().replace("'", "’")
    return closed_class(second, language) == "determiner"


def _function_words_only(words: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether every word of a mention is a closed-class word that names nobody.

    A personal or quantifier pronoun names someone, and a numeral may head a
    noun phrase ("the two", "los tres").
    """
    people = PERSON_PRONOUNS.get(language, frozenset()) | QUANTIFIER_PRONOUNS.get(
        language, frozenset()
    )
    for _s, _e, w in words:
        lower = w.lower()
        if lower in people or closed_class(lower, language) in {None, "pronoun", "numeral"}:
            return False
    return not any(closed_class(w.lower(), language) == "determiner" for _, _, w in words[1:])


def non_finite_clause(text: str, start: int, end: int, language: str) -> bool:
    """Return whether ``text[start:end]`` is a participle, gerund or infinitive clause.

    Such a clause fills no subject slot: the finite verb after it has its
    subject elsewhere, or dropped.

    Example:
        >>> s = "Intervistato dal quotidiano La Voce ha detto"
        >>> non_finite_clause(s, 0, 35, "it"), non_finite_clause(s, 28, 35, "it")
        (True, False)
    """
    words = _words(text, start, end)
    return bool(words) and _non_finite_opening(text, words, language)


def _non_finite_opening(text: str, words: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether a mention is a gerund, participle or infinitive clause.

    "Intervistato dal quotidiano X", "Interrogé par la presse", "Consultado por
    el diario": a past participle and its agent; "Aplazar el viaje", "Rejeter
    le texte": an infinitive and its object, opening the sentence; a gerund
    anywhere ("intervenendo nella plenaria") where its ending makes no nouns.
    A clause names nobody; its subject is the main clause's.
    """
    order = word_order(language)
    first = words[0][2]
    if order is None:
        return False
    if order.gerund_distinct and first[:1].islower() and first.endswith(order.gerund_endings):
        return True  # "intervenendo nella plenaria", "diciendo que": a gerund clause
    if not first[:1].isupper() or not _opens_sentence(text, words[0][0]):
        return False
    if len(words) > 1:
        second = words[1][2]
    else:
        # a mention of one word: the word after it in the text
        after = _WORD.search(text, words[0][1], min(len(text), words[0][1] + 30))
        if after is None or text[words[0][1] : after.start()].strip():
            return False
        second = after.group()
    lower, next_lower = first.lower(), second.lower()
    if lower.endswith(order.participle_endings) and next_lower in order.agent_prepositions:
        return True
    return (
        lower.endswith(order.infinitive_endings)
        and second[:1].islower()
        and closed_class(next_lower, language) == "determiner"
        and not is_closed_class(lower, language)
    )


# How many words after a possessive its noun of speech may stand: "her March comment".
_OWNED_WITHIN = 3


def _owns_speech(text: str, at: int, language: str) -> bool:
    """Return whether a noun of speech follows a possessive ending at ``at`` closely."""
    nouns = SPEECH_NOUNS.get(language, frozenset())
    for k, m in enumerate(_WORD.finditer(text, at, min(len(text), at + 60))):
        if k >= _OWNED_WITHIN:
            break
        if m.group().lower() in nouns:
            return True
    return False


def _stressed_pronoun(text: str, at: int, word: str, language: str) -> bool:
    """Return whether ``word`` is a personal pronoun governed by a preposition.

    "selon lui", "según ella", "secondo lei": the stressed form names the
    person the text is about, like a subject pronoun.
    """
    kind = closed_class(word, language)
    if kind == "determiner":
        # a lone "her" of "according to her," is the object pronoun, a
        # determiner only when a noun follows it ("according to her lawyer")
        after = text[at + len(word) : at + len(word) + 2].lstrip()
        if after[:1] not in {",", ".", ";", ":", ""}:
            return False
    elif kind != "pronoun":
        return False
    features = grammar(language).features(word)
    if features is None or features.person != 3 or not _personal(word, features, language):
        return False  # "selon cela", "según ello": a thing
    before = _WORD_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and _is_preposition(before.group().lower(), language)


def source_pronoun(text: str, start: int, end: int, language: str) -> bool:
    """Return whether ``text[start:end]`` is a person pronoun after a source preposition.

    "selon lui", "según ella", "secondo lei", "according to him": the pronoun
    stands for a person named before, like a subject pronoun does.

    Example:
        >>> s = "« Non », selon lui."
        >>> source_pronoun(s, s.index("lui"), s.index("lui") + 3, "fr")
        True
    """
    return _stressed_pronoun(text, start, text[start:end].lower(), language)


def _personal(word: str, features: PronounFeatures, language: str) -> bool:
    """Return whether a third-person pronoun stands for a person ("lui", "ella").

    The neuter forms ("ello", "cela") stand for things.
    """
    return features.gender in {"m", "f"} or word in OBJECT_CLITICS.get(language, frozenset())


def _headline_subject(text: str, start: int, end: int, language: str) -> bool:
    """Return whether a bare noun opening the text's title line is the subject of its cue.

    Headlines drop articles ("Médicos denuncian: «…»", "Medici accusano: «…»"):
    the first word of the first line, with no full stop ending that line,
    right before a verb of saying, names who speaks.
    """
    if text[:start].strip():
        return False  # not the first words of the text
    line_end = text.find("\n", end)
    line = text[start : line_end if line_end >= 0 else len(text)].rstrip()
    if not line or line.endswith("."):
        return False
    nxt = _WORD.match(text, end + 1) if end + 1 < len(text) and text[end] == " " else None
    return nxt is not None and nxt.group().lower() in CUE_VERBS.get(language, frozenset())


def _headline_case(text: str, at: int) -> bool:
    """Return whether the word before ``at`` is capitalised too ("Trump Says The Plan")."""
    before = text[max(0, at - 30) : at].rstrip(' \t\u00a0"“”«»,')
    k = len(before)
    while k > 0 and before[k - 1].isalpha():
        k -= 1
    word = before[k:]
    return bool(word) and word[:1].isupper()


def _opened_phrase(text: str, at: int, language: str) -> tuple[int, int] | None:
    """Return the noun phrase a word at ``at`` opens, up to its capitalised head.

    "The" of "The party’s Ann Lee", "Campaign" of "Campaign chair Ann Lee": the
    phrase runs over a few words to the capitalised ones; a verb, a conjunction
    or a quotation mark on the way ends it, and nothing is returned.
    """
    stop = _PHRASE_STOP.search(text, at, min(len(text), at + 80))
    hi = stop.start() if stop is not None else min(len(text), at + 80)
    words = _words(text, at, hi)[:6]
    verbs = CUE_VERBS.get(language, frozenset())
    for k in range(1, len(words)):
        w = words[k][2]
        if w[:1].isupper():
            end = k
            while end + 1 < len(words) and words[end + 1][2][:1].isupper():
                end += 1
            return at, words[end][1]
        if w in verbs or closed_class(w, language) in _NOT_IN_PHRASE:
            return None
    return None


def _trailing(word: str, language: str) -> bool:
    """Return whether a last word belongs to the clause rather than to the mention."""
    lower = word.lower()
    if word[:1].isupper():
        return False
    if lower in PERSON_PRONOUNS.get(language, frozenset()):
        return False
    return is_closed_class(lower, language) or lower in CUE_VERBS.get(language, frozenset())


def _preposition_like(word: str, language: str) -> bool:
    """Return whether ``word`` opens an adverbial rather than a noun phrase."""
    return closed_class(word, language) in {"preposition", "conjunction"}


def _phrase_opens(word: str, language: str) -> bool:
    """Return whether ``word`` may open a noun phrase (a capital, a determiner, a pronoun)."""
    return word[:1].isupper() or closed_class(word, language) in {"determiner", "pronoun"}


def _adverb_or_conjunction(word: str, language: str) -> bool:
    """Return whether ``word`` is an adverb or a conjunction ("even", "as", "alors")."""
    g = grammar(language)
    folded = normalise(word)
    return folded in g.adverbs or folded in g.conjunctions


def _is_preposition(word: str, language: str) -> bool:
    """Return whether ``word`` is a preposition, even when it also is an article ("des")."""
    return normalise(word) in grammar(language).prepositions


def _all_determiners(words: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether every word is a determiner ("un" of "un autre")."""
    return all(closed_class(w, language) == "determiner" for _, _, w in words)


def _time_phrase(words: list[tuple[int, int, str]], language: str) -> bool:
    """Return whether the mention is only a date or a time ("El 30 de enero", "Un mois").

    Figures count with the words of time, determiners and prepositions around
    them; a noun or a name makes it a noun phrase ("37 Prozent", "der 58-Jährige").
    """
    timely = False
    for _s, _e, w in words:
        lower = w.lower()
        kind = closed_class(lower, language)
        if kind == "time" or _FIGURE.fullmatch(w):
            timely = True
        elif kind not in {"determiner", "preposition", "numeral"}:
            return False
    return timely


def _title(word: str) -> bool:
    """Return whether ``word`` is a title abbreviation ("Sen", "Mr", "Dr")."""
    lower = word.lower().rstrip(".")
    return (lower in TITLES or lower + "." in TITLES) and len(lower) <= 4


def _dot(text: str, end: int) -> int:
    """Return 1 when the name ending at ``end`` ends with a sentence's full stop."""
    return 1 if text[end - 1 : end] == "." else 0


def _opens_sentence(text: str, at: int) -> bool:
    """Return whether the word at ``at`` is the first of its sentence."""
    # a closing mark is read through: '…,” Will said' goes on, '….” Will' starts
    before = text[max(0, at - 12) : at].rstrip(_LEAD + "”»’")
    return not before or before[-1] in _ENDS


def _capitalised_inside(text: str, word: str, at: int) -> bool:
    """Return whether ``word`` is written capitalised inside a sentence elsewhere."""
    n = len(word)
    lo, hi = max(0, at - _EVIDENCE_WINDOW), at + _EVIDENCE_WINDOW
    k = text.find(word, lo, hi)
    for _ in range(_SCAN_LIMIT):
        if k < 0:
            break
        whole = k + n >= len(text) or not text[k + n].isalnum()
        if (
            k not in (at, 0)
            and whole
            and not text[k - 1].isalnum()
            and not _opens_sentence(text, k)
        ):
            return True
        k = text.find(word, k + 1, hi)
    return False


def _lower_elsewhere(text: str, word: str, at: int) -> bool:
    """Return whether ``word`` is also written in lower case near ``at`` ("sono")."""
    low = word.lower()
    n = len(low)
    lo, hi = max(0, at - _EVIDENCE_WINDOW), at + _EVIDENCE_WINDOW
    k = text.find(low, lo, hi)
    for _ in range(_SCAN_LIMIT):
        if k < 0:
            break
        if (k == 0 or not text[k - 1].isalnum()) and (
            k + n >= len(text) or not text[k + n].isalnum()
        ):
            return True
        k = text.find(low, k + 1, hi)
    return False


def leading_name(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Return the name that opens ``text[start:end]``, a clause subject read roughly.

    The capitalised words from the start, with a determiner or title before
    them ("Ann Lee", "The Water Agency", "Sen. Ann Lee"), up to the first
    lower-case word: where a subject of lower-case words ends is not known
    without a parser ("The charity sells …"), so such a subject gives None, as
    does a lone sentence-initial word no name follows.

    Example:
        >>> t = "Tom Baker rallied students"
        >>> s, e = leading_name(t, 0, len(t), "en")
        >>> t[s:e]
        'Tom Baker'
        >>> leading_name("The charity sells", 0, 17, "en") is None
        True
    """
    words = list(_WORD.finditer(text, start, end))
    k = 0
    if words and closed_class(words[0].group(), language) == "determiner":
        k = 1
    first = k
    while k < len(words) and words[k].group()[:1].isupper():
        if k > first and text[words[k - 1].end() : words[k].start()].strip(" \t."):
            break  # a comma or other mark ends the name
        k += 1
    if k == first:
        return None  # no capitalised word after the determiner
    if words[k - 1].group().endswith(("'s", "’s", "s'", "s’")):
        return None  # "Lee’s past statements": a genitive before the subject's noun
    if k == 1 and not _capitalised_inside(text, words[0].group(), words[0].start()):
        return None  # one word, capitalised only where sentences open ("Critics")
    return speaker_mention(text, words[0].start(), words[k - 1].end(), language)


def adjective_like(word: str, language: str) -> bool:
    """Return whether a lower-case ``word`` ends like an adjective of nationality, party or office.

    Example:
        >>> adjective_like("forense", "es"), adjective_like("salió", "es")
        (True, False)
        >>> adjective_like("américaines", "fr")
        True
    """
    endings = _ADJECTIVE_ENDINGS.get(language, ())
    return bool(endings) and (word.endswith(endings) or _plural_of(word, endings, language))


# What may open a clause before its apparent subject: spaces, a dash, an opening bracket.
_CLAUSE_LEAD = regex.compile(r"[\s\-—–(]*+")
# A mark that ends a clause before the quotation.
_CLAUSE_BREAK = regex.compile(r"[,;:()]")
# How far after an impersonal verb the quotation it governs opens (characters).
_IMPERSONAL_REACH = 40


def impersonal_clause(text: str, lo: int, hi: int, language: str) -> bool:
    """Return whether the clause ``text[lo:hi]`` opens with an impersonal verb's apparent subject.

    "Il s'agit de « … »", "Il semblerait qu’« … »": the clause names nobody
    who could say the words it quotes (see `newsdoc._lexicon.impersonal`).

    Example:
        >>> s = "Il semblerait qu’« une usine » soit en cause."
        >>> impersonal_clause(s, 0, s.index("«"), "fr")
        True
        >>> s = "Il a dit « non »."
        >>> impersonal_clause(s, 0, s.index("«"), "fr")
        False
        >>> s = "Il y a un an, le maire parlait de « honte »."
        >>> impersonal_clause(s, 0, s.index("«"), "fr")
        False
    """
    expletive = EXPLETIVE_PRONOUNS.get(language)
    pattern = _IMPERSONAL.get(language)
    if expletive is None or pattern is None:
        return False
    lead = _CLAUSE_LEAD.match(text, lo, hi)
    at = lead.end() if lead is not None else lo
    end = at + len(expletive)
    if text[at:end].lower() != expletive:
        return False
    verb = pattern.match(text, end, min(hi, end + 40))
    # the verb governs the quotation, a few words on ("il s'agit désormais de ne
    # « … »"), in the same clause: not "Il y a deux semaines, le chef a dit « … »"
    return (
        verb is not None
        and hi - verb.end() <= _IMPERSONAL_REACH
        and _CLAUSE_BREAK.search(text, verb.end(), hi) is None
    )


def apparent_subject(text: str, start: int, end: int, language: str) -> bool:
    """Return whether the pronoun at ``text[start:end]`` is an impersonal verb's apparent subject.

    Example:
        >>> s = "Il rappelle qu’il y a « urgence »."
        >>> apparent_subject(s, 15, 17, "fr"), apparent_subject(s, 0, 2, "fr")
        (True, False)
    """
    return _expletive(text, end, text[start:end].lower(), language)
