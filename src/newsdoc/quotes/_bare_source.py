"""A source with no definite article after a source phrase (private helper of ``quotes``).

The object of a source phrase ("according to", "selon", "según", "secondo",
"stando a") names the source even where no definite article or capital marks it
as a noun phrase, in three constructions every language here writes:

- a bare plural: "according to officials", "según fuentes policiales",
  "secondo fonti investigative" — English, Spanish and Italian let a plural
  count noun stand with no article (Quirk et al., § 5.26 on the zero article;
  RAE, *Nueva gramática*, § 15.11 on bare plurals as complements; Serianni,
  *Grammatica italiana*, IV on the omitted article);
- an indefinite plural: "selon des témoins", "according to some analysts",
  "según varios testigos", "secondo alcuni esperti" (table
  ``INDEFINITE_PLURALS``; French needs its article "des" where the others may
  leave it out);
- a singular after a preposition fused with its article: "stando alla
  polizia", "a detta del sindaco" — the article is inside "alla", "del", so the
  noun after it is as definite as in "secondo la polizia".

In the first two only a plural noun of persons or of speaking bodies is read
(tables ``GROUP_SOURCES``, ``SOURCE_NOUNS``, ``OFFICE_NOUNS`` and, in French and
Spanish, ``PERSON_NOUNS``, made plural by the rules of each language), so
"according to plan", "según estimaciones" or "selon des chiffres" still name
nobody.  The phrase runs to the next word that ends a speaker phrase or to
punctuation ("officials in Ohio": "officials"; "fuentes cercanas a la
investigación": "fuentes cercanas").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from newsdoc._grammar import closed_class, grammar
from newsdoc._lexicon.grammar import AFTER_STOP, CLAUSE_WORDS
from newsdoc._lexicon.persons import PERSON_NOUNS, plural_forms
from newsdoc._lexicon.speakers import (
    GROUP_SOURCES,
    INDEFINITE_PLURALS,
    OFFICE_NOUNS,
    SOURCE_NOUNS,
)

__all__ = ["articled", "bare_source_after", "indefinite_plural", "plural_persons"]

_Tok = tuple[int, int, str]

# English plurals of person nouns that do not add "s" (lower case).
_IRREGULAR = frozenset({"people", "police", "men", "women", "sources", "residents"})
# The languages with a grammar table (``grammar`` raises for any other).
_LANGUAGES = frozenset({"en", "de", "fr", "es", "it"})
# The languages whose adjectives follow the noun (Romance).
_ADJECTIVES_AFTER = frozenset({"fr", "es", "it"})
# What closes a source phrase set off before its clause, and a subject after its verb.
_ADJUNCT_CLOSERS = ",:"
_SENTENCE_CLOSERS = ",:;.!?"
# How many words the phrase may hold ("people familiar with the matter").
_WORDS = 6
# How many indefinite determiners and quantifiers may open it ("de nombreux").
_DETERMINERS = 2


@functools.cache
def plural_persons(language: str) -> frozenset[str]:
    """Return the plural nouns of persons and speaking bodies of ``language``.

    Example:
        >>> {"witnesses", "officials"} <= plural_persons("en")
        True
        >>> {"inquirenti", "ministri", "sindaci"} <= plural_persons("it")
        True
    """
    singulars = SOURCE_NOUNS.get(language, frozenset()) | OFFICE_NOUNS.get(language, frozenset())
    forms: set[str] = set(GROUP_SOURCES.get(language, frozenset()))
    if language == "en":
        forms |= _IRREGULAR
    if language in PERSON_NOUNS:
        singulars = singulars | PERSON_NOUNS[language]
        # the table holds plurals already; a plural's own "plural" is no word
        forms |= {w for w in PERSON_NOUNS[language] if w in plural_forms(w, language)}
    for word in singulars:
        forms |= plural_forms(word, language)
    return frozenset(forms)


def indefinite_plural(words: Sequence[str], language: str) -> bool:
    """Return whether ``words`` open an indefinite plural of persons ("des témoins").

    French "des" and "de" and Italian "dei" are also prepositions, alone or fused
    with an article ("la colère des habitants"); before a plural noun of persons
    at the start of a mention they are the article ("de nombreux témoins").

    Example:
        >>> indefinite_plural(["des", "témoins"], "fr")
        True
        >>> indefinite_plural(["des", "chiffres"], "fr")
        False
        >>> indefinite_plural(["de", "nombreux", "témoins"], "fr")
        True
    """
    determiners = INDEFINITE_PLURALS.get(language, frozenset())
    k = 0
    while k < min(_DETERMINERS, len(words) - 1) and words[k] in determiners:
        k += 1
    return 0 < k < len(words) and words[k] in plural_persons(language)


def _word_before(text: str, start: int) -> str:
    """Return the word that ends right before ``start`` (lower case), past spaces."""
    end = start
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    return text[begin:end].lower()


def articled(word: str, language: str) -> bool:
    """Return whether ``word`` is a preposition fused with an article ("alla", "del", "au").

    Example:
        >>> articled("sul", "it"), articled("su", "it"), articled("du", "fr")
        (True, False, True)
    """
    if language not in _LANGUAGES:
        return False
    fused = grammar(language).contractions.get(word)
    return fused is not None and fused[1] in grammar(language).determiners


def bare_source_after(
    text: str,
    toks: list[_Tok],
    language: str,
    *,
    after_verb: bool = False,
    to_sentence_end: bool = False,
) -> tuple[int, int] | None:
    """Return the source phrase with no definite article opening ``toks``, after a source phrase.

    ``toks`` are (start, end, lower-cased word) tokens of ``text`` that follow
    the source phrase; None when they open with none of the three constructions
    of the module's docstring.  With ``after_verb`` they follow a verb of
    saying instead, whose subject Spanish and Italian may place after it as a
    bare plural ("«…», indicaron fuentes de la investigación"): the end of the
    sentence closes the phrase too, and a preposition fused with its article
    opens an addressee there ("ha detto alla stampa"), no subject.  With
    ``to_sentence_end`` the phrase may close its sentence ("è il commento del
    sindacato.").

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> def source(t, phrase, lang="en"):
        ...     found = bare_source_after(t, tokens(t, len(phrase), len(t)), lang)
        ...     return found and t[found[0] : found[1]]
        >>> source("according to officials in Ohio, the plan", "according to")
        'officials'
        >>> source("según fuentes policiales, el detenido", "según", "es")
        'fuentes policiales'
        >>> source("selon des témoins, l'homme", "selon", "fr")
        'des témoins'
        >>> source("stando alla polizia, l'uomo", "stando alla", "it")
        'polizia'
        >>> source("according to estimates, the plan", "according to") is None
        True
    """
    if not toks or text[toks[0][0]].isupper():
        return None
    k = 0
    if not after_verb and articled(_word_before(text, toks[0][0]), language):
        # "alla polizia": the article is in the preposition; any noun may follow
        if closed_class(toks[0][2], language) is not None or not toks[0][2].isalpha():
            return None
    else:
        while k < min(_DETERMINERS, len(toks) - 1) and toks[k][2] in INDEFINITE_PLURALS.get(
            language, frozenset()
        ):
            k += 1
        if toks[k][2] not in plural_persons(language):
            return None
    stops = AFTER_STOP.get(language, frozenset()) | CLAUSE_WORDS.get(language, frozenset())
    last = k + 1
    while last < min(len(toks), k + _WORDS) and toks[last][2] not in stops:
        if text[toks[last - 1][1] : toks[last][0]].strip():
            break  # punctuation: the phrase is over
        last += 1
    closers = _SENTENCE_CLOSERS if after_verb or to_sentence_end else _ADJUNCT_CLOSERS
    if language in _ADJECTIVES_AFTER and not _set_off(text, toks, last, k + _WORDS, closers):
        return None
    return toks[0][0], toks[last - 1][1]


def _set_off(text: str, toks: list[_Tok], last: int, reach: int, closers: str) -> bool:
    """Return whether one of ``closers`` closes the phrase, within ``reach`` tokens of it.

    Where adjectives follow the noun, "fonti investigative" and "presidente
    ucraino rimbombano" look alike: only the comma that sets the source phrase
    off from its clause ("según fuentes policiales, el detenido …") tells
    where the phrase ends.  Its complement may come first ("fuentes cercanas a
    la investigación, …").  After a verb the sentence's end closes it too.
    """
    for j in range(last, min(len(toks), reach + 1)):
        gap = text[toks[j - 1][1] : toks[j][0]].strip()
        if gap:
            return gap[0] in closers
    if len(toks) <= reach:
        tail = text[toks[-1][1] : toks[-1][1] + 2].strip()
        return tail[:1] in closers or (closers == _SENTENCE_CLOSERS and not tail)
    return False
