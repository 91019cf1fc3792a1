"""Asides between a subject and its verb of saying (private helper of ``quotes``).

In "Ana Gil, directora del museo, dijo …" the words between the subject and
its verb are an aside set off by commas, and several may follow one another:
"Marco Neri, giornalista, autore di un saggio che ha fatto discutere, ha
scritto …", "El informe, difundido en Perú, Chile y Brasil, sostiene …".
French, Spanish and Italian grammars list what such a detached aside may be:
a noun phrase in apposition, which as a rule goes *without* its article
("Ana Gil, directora del museo"), a past participle or an adjective, a
gerund or present participle, a relative clause, a prepositional phrase or
an adverb.  None of these can open the subject of a clause in those
languages, whose subjects take an article or are names and pronouns.  So
the first comma chunk that opens with such a lower-case word begins the
asides, and the subject is the chunk right before it: the name, not the
apposed role, and not a name inside the aside ("Chile y Brasil").

Sources: the forms of a detached apposition and the bare apposed noun ("Son
père, médecin, …") as French school grammar lists them (Le Robert, *Guide de
grammaire*, "Noms en apposition"; espacefrancais.com, "L'apposition": a noun
phrase, an adjective or past participle, a relative clause, a present
participle, the apposed noun phrase "peut ne pas porter de déterminant");
the same constructions in RAE, *Nueva gramática de la lengua española*
(aposiciones explicativas; construcciones de participio y gerundio) and in
Serianni, *Grammatica italiana* (apposizione; participio e gerundio).  Which
languages write their apposed role nouns bare is a word-order fact:
:attr:`newsdoc._grammar.order.WordOrder.bare_apposition`.
"""

from __future__ import annotations

import functools

import regex

from newsdoc._grammar import closed_class
from newsdoc._grammar.order import word_order
from newsdoc._lexicon.cues import CUE_VERBS

__all__ = ["subject_before_asides"]

# The first word of a comma chunk: "  directora" of "  directora del museo".
# An elided article or pronoun is a word of its own: "l’" of "l’ancien ministre".
_FIRST_WORD = regex.compile(
    r"[\s\u00a0]*+(?P<word>\p{L}{1,2}[’'](?=\p{L})|[\p{L}\p{M}]++(?:[’'\-][\p{L}\p{M}]++)*+)"
)
# A word of a chunk, for the head test, elided articles split off as above.
_WORD = regex.compile(r"\p{L}{1,2}[’'](?=\p{L})|[\p{L}\p{M}]++(?:[’'\-][\p{L}\p{M}]++)*+")
# Word classes that may open an aside: a preposition ("de 54 años"), an adverb
# or a time word ("ayer"); a word of no closed class is a bare noun, an
# adjective, a participle or a gerund ("directora", "difundido", "citant").
_ASIDE_CLASSES = frozenset({None, "preposition", "adverb", "time"})
# Word classes that an adverbial opening of the subject chunk may hold ("Ieri
# Marco Neri", "Hier soir le ministre"): they are passed over to its head.
_LEAD_CLASSES = frozenset({"adverb", "time"})
# The preposition "de" and its fusions with the definite article, which French
# word classes file as determiners for their partitive use (Le Bon Usage, on the
# contracted article and the partitive article): "du", "des", "de", "d’".
_DE_FORMS = {"fr": frozenset({"de", "du", "des", "d’", "d'"})}
# The definite articles that may follow "de" before a name ("de la Banque").
_DEFINITE_ARTICLES = {"fr": frozenset({"la", "l’", "l'", "le", "les"})}
# How many words a subject chunk may hold.
_MAX_WORDS = 12


def subject_before_asides(
    text: str, chunks: list[tuple[int, int]], language: str
) -> tuple[int, int] | None:
    """Return the subject chunk that a run of comma asides follows, or None.

    ``chunks`` are the comma-separated parts of the words before a verb of
    saying, in order, the last one ending at the comma before the verb.  The
    subject is the chunk before the first one that opens an aside, when it is a
    noun phrase (a name or a determiner opens it, after any adverb); None when
    no chunk opens an aside or the language writes its appositions otherwise.

    Example:
        >>> text = "Ieri Marco Neri, giornalista, autore di un saggio, ha scritto"
        >>> chunks = [(0, 15), (16, 28), (29, 50)]
        >>> s, e = subject_before_asides(text, chunks, "it")
        >>> text[s:e]
        'Ieri Marco Neri'
    """
    order = word_order(language)
    if order is None or not order.bare_apposition or len(chunks) < 2:
        return None
    for j in range(1, len(chunks)):
        start, end = chunks[j]
        first = _FIRST_WORD.match(text, start, end)
        if first is None:
            return None  # a figure or a sign: no reading
        if not _opens_aside(first.group("word"), language) and not _of_a_name(
            text, first.end(), end, first.group("word"), language
        ):
            continue
        head_start, head_end = chunks[j - 1]
        paren = text.find("(", head_start + 1, head_end)
        if paren > head_start and text[head_start:paren].strip(" \t\u00a0("):
            head_end = paren  # "Ana Gil (a la izquierda)": a parenthesis is an aside too
        if not _noun_phrase(text, head_start, head_end, language):
            return None
        return head_start, head_end
    return None


def _opens_aside(word: str, language: str) -> bool:
    """Return whether ``word`` may open a detached aside but not a subject."""
    if not word[:1].islower():
        return False  # a name: an apposition naming the role before it
    lower = word.lower()
    if lower in _relatives(language):
        return True  # "…, qui a longtemps …", "…, quien …", "…, che …"
    return closed_class(lower, language) in _ASIDE_CLASSES


def _of_a_name(text: str, at: int, end: int, word: str, language: str) -> bool:
    """Return whether ``word`` is the preposition "de" (or its contraction) before a name.

    "Anne Roux, du Centre Atlas, a dit": French "du" and "des" are both the
    partitive or indefinite article and the preposition "de" fused with the
    definite article (Le Bon Usage, on the contracted article); an article of
    the partitive or the indefinite plural does not go before a proper name,
    so before a capitalised word ("du Centre", "des Nations unies", "de
    l’Unesco") the word is the preposition, which opens an aside.
    """
    if word.lower() not in _DE_FORMS.get(language, frozenset()):
        return False
    following = _FIRST_WORD.match(text, at, end)
    if following is not None and following.group("word").lower() in _DEFINITE_ARTICLES.get(
        language, frozenset()
    ):
        following = _FIRST_WORD.match(text, following.end(), end)  # "de la Banque"
    return following is not None and following.group("word")[:1].isupper()


def _noun_phrase(text: str, start: int, end: int, language: str) -> bool:
    """Return whether ``text[start:end]`` is a noun phrase that can be a subject.

    Leading adverbs and time words are passed over ("Ieri Marco Neri"); the
    head then opens with a capital that is no closed-class word, or with a
    determiner ("el texto", "La présidente").
    """
    words = _WORD.findall(text, start, end)
    if not words or len(words) > _MAX_WORDS:
        return False
    if _clause(words, language):
        return False  # "la chaîne a publié une analyse de …": a clause, not a subject
    k = 0
    while k < len(words) - 1 and closed_class(words[k].lower(), language) in _LEAD_CLASSES:
        k += 1
    kind = closed_class(words[k].lower(), language)
    if kind == "determiner":
        return True
    return words[k][:1].isupper() and kind is None


def _clause(words: list[str], language: str) -> bool:
    """Return whether ``words`` hold a verb: a verb of saying, or an auxiliary and its participle.

    "a publié", "ha sposato": an auxiliary before a lower-case word; "fa" of
    "Pochi giorni fa Marco Neri" is none (a name follows it).
    """
    verbs = CUE_VERBS.get(language, frozenset())
    for k, word in enumerate(words):
        if word in verbs:
            return True
        if (
            closed_class(word.lower(), language) == "auxiliary"
            and k + 1 < len(words)
            and words[k + 1][:1].islower()
        ):
            return True
    return False


@functools.cache
def _relatives(language: str) -> frozenset[str]:
    """Return the one-word relative subject pronouns of ``language`` ("qui", "che")."""
    order = word_order(language)
    if order is None:
        return frozenset()
    return frozenset(words[0] for words in order.relative_subjects if len(words) == 1)
