"""The subject of the clause that holds a partial quotation (private helper of ``quotes``).

A phrase in marks inside a French, Spanish or Italian sentence is, most often,
the words of the subject of its own clause, read back from the quotation:

- **the clause subject before its verb group**, an apposition, negation,
  clitics and auxiliaries between: ``Le ministre, Paul Roux, s'était dit
  « indigné »``, ``La présidente les voudrait « plus fortes »``, ``Il a évoqué
  « … »`` (the pronoun right there, not another one);
- **the agent of a verb of saying or judging whose object holds the
  quotation**: ``X a qualifié la mesure de « … »``, ``X ha definito «…» la
  proposta``, ``X calificó de «…» la medida``;
- **the subject of the main clause** when the quotation stands in the
  complement clause of a verb of saying or thinking: ``X a affirmé que …
  « … »``, ``X ha spiegato che … «…»``, ``X aseguró que … «…»``;
- **the antecedent of a relative subject pronoun** opening the clause: ``Ana
  Gil, qui a qualifié le texte de « … »``;
- **the subject of the clause a gerund of saying hangs on**: ``X a salué le
  texte, le qualifiant de « … »``, ``X criticó el plan, alegando que …``.

The reading is bounded: a fixed window of tokens before the opening mark,
within its sentence.  It abstains (returns None) when the clause has no subject
in the window, when a complement clause hangs on a verb that reports nothing
(``il semble que``), and when the subject is a thing and no verb of saying or
judging stands in the clause (``Le texte parle d'une « crise »``).

Sources: the complementisers are each grammar's completive conjunction (Le Bon
Usage § 1121 *que*; Nueva gramática § 43.2 *que*; Serianni, Grammatica italiana
XIV.4 *che*); the verbs of saying are :data:`newsdoc._lexicon.cues.CUE_VERBS`;
clitics, auxiliaries and relative pronouns come from :mod:`newsdoc._grammar`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from newsdoc._grammar import closed_class, grammar, normalise
from newsdoc._grammar.order import WordOrder, word_order
from newsdoc._lexicon.cues import CUE_INFINITIVES, CUE_VERBS
from newsdoc._lexicon.speakers import PERSON_PRONOUNS, SOURCE_NOUNS
from newsdoc.quotes._chunk import speaker_mention
from newsdoc.quotes._clause import relative_antecedent
from newsdoc.quotes._cues import (
    Attribution,
    person_like,
    pronominal_with_preposition,
    subject,
    tokens,
)

__all__ = ["holding_subject", "speaks"]

_Tok = tuple[int, int, str]

# The completive conjunction of each language, as the tokeniser gives it
# ("qu’" is split off its word); see the module docstring for the sources.
_COMPLEMENTISERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset({"que", "qu'", "qu"}),  # "qu" before a mark: "qu'« … »"
        "es": frozenset({"que"}),
        "it": frozenset({"che"}),
    }
)
# Negation before the verb group: "ne", "n'" (Le Bon Usage § 1015), "no"
# (Nueva gramática § 48.1), "non" (Serianni XII.63).
_NEGATIONS = frozenset({"ne", "n'", "no", "non"})


# How far back a clause is read: characters, then tokens.
_REACH = 320
_WORDS = 30
# How many words may stand between a subject and its verb of saying (an
# apposition of a role and a name: ", la ministra della Salute, Anna Neri,").
_SUBJECT_TO_VERB = 12
# Punctuation that closes the clause before a quotation: another sentence
# part, a parenthesis or a dash aside.
_CLAUSE_BREAK = frozenset(";:()[]—–")


def holding_subject(
    text: str, lo: int, opening: int, language: str, *, weak: bool = True
) -> Attribution | None:
    """Return the subject of the clause holding the quotation opened at ``opening``.

    ``text[lo:opening]`` is the start of the sentence up to the opening mark.
    The cue is the verb of saying when one stands in the clause (the
    attribution is then strong); else, when the subject is a person, the
    empty span after it (weak), which ``weak=False`` does not look for.

    Example:
        >>> text = "La ministre, Anne Roux, a qualifié le texte de « dangereux »."
        >>> found = holding_subject(text, 0, text.index("«"), "fr")
        >>> text[found.speaker_start : found.speaker_end], text[found.cue_start : found.cue_end]
        ('La ministre, Anne Roux', 'qualifié')
    """
    order = word_order(language)
    complementisers = _COMPLEMENTISERS.get(language)
    if order is None or complementisers is None:
        return None
    toks = tokens(text, max(lo, opening - _REACH), opening)[-_WORDS:]
    if not toks:
        return None
    verbs = CUE_VERBS.get(language, frozenset())
    # before a completive, an infinitive of saying reports too ("se limitó a decir
    # que «…»"); alone, "continuer d'alimenter" is no saying
    reporting = verbs | CUE_INFINITIVES.get(language, frozenset())
    verb = -1  # the verb of saying of the clause, once seen
    j = len(toks) - 1
    cut = 0
    relatives = _single_relatives(order)
    conjunctions = grammar(language).conjunctions
    # punctuation that closes the clause: only the words after the last one count
    stop = max(text.rfind(c, toks[0][0], opening) for c in _CLAUSE_BREAK)
    while j >= 0:
        if toks[j][1] <= stop:
            cut = j + 1
            break
        folded = normalise(toks[j][2])
        if (
            verb < 0
            and folded in verbs
            and text[toks[j][0]].islower()
            and not pronominal_with_preposition(toks, j, language)
        ):
            verb = j
            j -= 1
            continue
        word = _elided(folded)[0]  # "qu'il" opens with "qu'"
        if (
            j > 0
            and word in relatives
            and _comma_after(text, toks, j - 1)
            and _verb_group(text, toks, j + 1, order)
        ):
            found = relative_antecedent(text, toks[j][0], toks[j][1], language)
            if found is not None:
                if verb >= 0:
                    return _attribution(text, found, toks[verb], strong=True)
                if not weak:
                    return None
                # "Eva Kern, che ha minacciato il governo di « … »": a person only
                return _weak(found) if speaks(text, found, language) else None
            if word not in complementisers:
                return None
            # no antecedent: "…, que la estrategia fue …" opens a completive
        if word in complementisers:
            if verb < 0 and j > 0 and _saying(text, toks[j - 1], reporting):
                # "a affirmé que …": the main clause's verb reports it
                verb = j - 1
                j -= 1
                continue
            if verb < 0 and j > 0 and _comma_after(text, toks, j - 1):
                # "afirmó que …, que …, «…»": completives in a row, the first one's
                # verb reports them all
                j -= 1
                continue
            if verb < 0:
                return None  # "il semble que", "le fait que": no one reports it
            cut = j + 1
            break
        if (
            word in conjunctions
            and closed_class(word, language) == "conjunction"
            and j + 1 < len(toks)
            and not _verb_group(text, toks, j + 1, order)
        ):
            # "mais le ministre a …": a clause with a subject of its own (none
            # found there: abstain rather than read an earlier clause)
            cut = j + 1
            break
        j -= 1
    if cut >= len(toks) or (verb < 0 and not weak):
        return None
    if verb >= 0 and normalise(toks[verb][2]).endswith(order.gerund_endings):
        # "X a salué la mesure, la qualifiant de « … »": a gerund has the
        # subject of the clause it hangs on
        group = _group_after(text, toks[:verb], cut, order) if cut < verb else -1
    else:
        group = (
            _group_start(toks, verb, order) if verb >= 0 else _group_after(text, toks, cut, order)
        )
        if verb >= 0 and group == verb and _infinitive(text, toks[verb], order):
            # "se limitó a decir que", "a tenu à rappeler que", "ha voluto ribadire
            # che": an infinitive of saying has the subject of the verb governing it
            group = _governing_start(text, toks, verb, cut, order)
    if group <= cut:
        return None  # the clause opens with its verb: the subject is dropped
    found = _subject_before(text, toks, cut, group, language)
    if found is None:
        return None
    if verb >= 0 and sum(found[0] <= t[0] for t in toks[cut:group]) > _SUBJECT_TO_VERB:
        return None  # too far from its verb to be sure
    head = _elided(text[found[0] : found[1]].split()[0])[0]
    if head in grammar(language).prepositions and closed_class(head, language) != "determiner":
        # "Del resto, …": no mention opens with a preposition; "Des élus", "De grands
        # journaux" open with the plural indefinite article (Le Bon Usage on "des",
        # and "de" before an adjective)
        return None
    if verb >= 0:
        if _passive(toks[group : verb + 1], order):
            return None  # "Il est accusé de « … »": the subject is spoken of
        return _attribution(text, found, toks[verb], strong=True)
    if not speaks(text, found, language):
        return None  # "Le rapport parle d'une « crise »": a thing says nothing
    return _weak(found)


def _weak(found: tuple[int, int]) -> Attribution:
    """Return a weak attribution to ``found`` with no verb of saying (an empty cue after it)."""
    return Attribution(
        speaker_start=found[0],
        speaker_end=found[1],
        cue_start=found[1],
        cue_end=found[1],
        strong=False,
    )


def _subject_before(
    text: str, toks: list[_Tok], cut: int, group: int, language: str
) -> tuple[int, int] | None:
    """Return the noun phrase that fills ``toks[cut:group]``, up to the verb group.

    An introductory phrase set off by a comma ("Hier soir, Paul Vidal a …",
    "Plus loin, elle …") is passed over when the words from the clause start
    are no noun phrase.
    """
    commas = [n + 1 for n in range(cut, group - 1) if _comma_after(text, toks, n)]
    named = _name_start(text, toks, cut, commas[0] if commas else group, language)
    starts = [cut, *([named] if named is not None else []), *commas[:2]]
    for start in starts:
        opened = subject(text, toks[start][0], toks[group][0], language)
        if opened is None:
            continue
        found = speaker_mention(text, opened[0], toks[group - 1][1], language)
        if found is None or text[found[1] : toks[group][0]].strip(" ,\t\u00a0"):
            continue
        comma = text.find(",", found[0], found[1])
        if comma < 0 or text[comma + 1 : found[1]].strip()[:1].isupper():
            return found  # "Le député, Marc Colin": a name apposed to a phrase
        if start != cut and text[found[0]].isupper():
            return found[0], comma  # "Paolo Conti, ministro degli Esteri,": the name
    return None  # the words before the verb group are no noun phrase


def _name_start(text: str, toks: list[_Tok], lo: int, hi: int, language: str) -> int | None:
    """Return the first capitalised word of no closed class in ``toks[lo + 1 : hi]``.

    "Lo stesso Paolo Conti, …": the name inside a first phrase that the reading of
    subjects does not open ("lo" is also a clitic); None when there is none.
    """
    for n in range(lo + 1, hi):
        kind = closed_class(toks[n][2], language)
        if kind == "preposition":
            return None  # "l’inscription … dans la Constitution": a phrase's name
        if text[toks[n][0]].isupper() and kind is None:
            return n
    return None


def _passive(group: list[_Tok], order: WordOrder) -> bool:
    """Return whether a verb group is passive: a passive auxiliary, no reflexive clitic.

    "est accusé", "a été qualifiée", "fue calificado" are; "s'était dit",
    "si è detto" are not.
    """
    words = [w for tok in group for w in _elided(tok[2]) if w]
    if order.participle_endings and not any(
        w.endswith(order.participle_endings) for w in words if w not in order.passive_auxiliaries
    ):
        return False  # "fue tajante al", "était prêt à": a copula and an adjective
    return any(w in order.passive_auxiliaries for w in words) and not any(
        w in order.clitics for w in words
    )


def _infinitive(text: str, tok: _Tok, order: WordOrder) -> bool:
    """Return whether ``tok`` is a lower-case infinitive ("decir", "rappeler", "ribadire")."""
    return text[tok[0]].islower() and normalise(tok[2]).endswith(order.infinitive_endings)


def _governing_start(text: str, toks: list[_Tok], verb: int, cut: int, order: WordOrder) -> int:
    """Return where the predicate governing the infinitive at ``verb`` opens.

    Subject control (Le Bon Usage, Nueva gramática and Serianni on the
    infinitive whose subject is the main verb's): maybe a preposition ("a",
    "à", "en"), then the one governing verb or adjective, then its auxiliaries,
    clitics, negation or copula: "se limitó a", "fue tajante al", "a tenu à",
    "ha voluto".  The infinitive's own start when no such predicate stands there.
    """
    k = verb
    if k > cut and closed_class(toks[k - 1][2], order.language) == "preposition":
        k -= 1
    if k <= cut or not text[toks[k - 1][0]].islower():
        return verb
    head = _elided(toks[k - 1][2])[0]
    if closed_class(head, order.language) not in {None, "auxiliary"}:
        return verb
    k -= 1  # "limitó", "tajante", "tenu", "voluto"
    while k > cut and _group_word(toks[k - 1][2], order):
        k -= 1  # "se", "fue", "a", "ha"
    return k


def _adverb(word: str, order: WordOrder) -> bool:
    """Return whether ``word`` is an adverb: of the closed class, or derived in -ment/-mente.

    "ont récemment lancé", "ha duramente criticato": an adverb of manner made
    from an adjective (:attr:`WordOrder.adverb_suffix`) stands inside the group.
    """
    if closed_class(word, order.language) == "adverb":
        return True
    suffix = order.adverb_suffix
    return bool(suffix) and word.endswith(suffix) and len(word) >= len(suffix) + 4


def _group_start(toks: list[_Tok], verb: int, order: WordOrder) -> int:
    """Return where the verb group of the verb at ``verb`` opens.

    Auxiliaries, clitics and negation stand before it: "ne l'a pas qualifié",
    "si è detto", "no lo ha calificado".
    """
    k = verb
    while k > 0 and (
        _group_word(toks[k - 1][2], order)
        # "ne l'a pas qualifié", "non ha mai definito": an adverb inside the group
        or (k > 1 and _adverb(toks[k - 1][2], order) and _group_word(toks[k - 2][2], order))
    ):
        k -= 1
    return k


def _group_after(text: str, toks: list[_Tok], cut: int, order: WordOrder) -> int:
    """Return where the verb group opens after the subject at ``toks[cut]`` (-1: none).

    The subject is a noun phrase, possibly with an apposition set off by
    commas (", Anna Neri,"); the verb group opens with negation, a clitic,
    an auxiliary or the verb itself.
    """
    opened = None
    commas = [n + 1 for n in range(cut, len(toks) - 1) if _comma_after(text, toks, n)]
    named = _name_start(text, toks, cut, commas[0] if commas else len(toks), order.language)
    starts = [cut, *([named] if named is not None else []), *commas[:1]]
    for start in starts:
        opened = subject(text, toks[start][0], toks[-1][1], order.language)
        if opened is not None:
            opened = speaker_mention(text, opened[0], opened[1], order.language)
        if opened is not None:
            break
    if opened is None:
        return -1
    k = next((n for n in range(cut, len(toks)) if toks[n][0] >= opened[1]), len(toks))
    apposed = "," in text[opened[0] : opened[1]]  # the mention holds its apposition
    if k < len(toks) and text[opened[1] : toks[k][0]].strip() == "," and not apposed:
        # an apposition: the group opens after its closing comma
        close = next(
            (n for n in range(k, min(len(toks) - 1, k + 8)) if _comma_after(text, toks, n)),
            -1,
        )
        k = close + 1 if close >= 0 else len(toks)
    # after a name or a pronoun a lower-case word is the verb ("Lee pointe");
    # after a common noun it may be an adjective ("le rapport final")
    named = text[toks[k - 1][0]].isupper() or normalise(toks[k - 1][2]) in PERSON_PRONOUNS.get(
        order.language, frozenset()
    )
    return k if _verb_group(text, toks, k, order, strict=not named) else -1


def _comma_after(text: str, toks: list[_Tok], n: int) -> bool:
    """Return whether a comma stands right after token ``n``."""
    return text[toks[n][1] : toks[n + 1][0]].strip() == ","


def _group_word(word: str, order: WordOrder) -> bool:
    """Return whether ``word`` stands before the verb of its group (auxiliary, clitic, negation)."""
    head, rest = _elided(word)
    if rest:
        # "s'était", "n'a", "l'ha": an elided clitic or negation glued to the verb
        return _group_word(head, order) and _group_word(rest, order)
    return (
        head in _NEGATIONS
        or head in order.clitics
        or closed_class(head, order.language) == "auxiliary"
    )


def _elided(word: str) -> tuple[str, str]:
    """Split an elided first word off a token: "s'était" -> ("s'", "était").

    A token with no elision comes back whole, with an empty rest.
    """
    folded = normalise(word)
    head, mark, rest = folded.partition("'")
    if mark and rest and len(head) <= 2:
        return head + mark, rest
    return folded, ""


def speaks(text: str, span: tuple[int, int], language: str) -> bool:
    """Return whether a subject can be credited with words: a person, a body, a role.

    Example:
        >>> t = "La ministra Ana Ruiz e il piano"
        >>> speaks(t, (0, 20), "it"), speaks(t, (23, 31), "it")
        (True, False)
    """
    toks = tokens(text, span[0], span[1])
    if person_like(text, toks, language):
        return True
    nouns = SOURCE_NOUNS.get(language, frozenset())
    return any(normalise(w) in nouns or normalise(w).rstrip("s") in nouns for _, _, w in toks)


def _attribution(text: str, found: tuple[int, int], verb: _Tok, *, strong: bool) -> Attribution:
    """Return the attribution of speaker ``found`` with the verb ``verb`` as its cue."""
    return Attribution(
        speaker_start=found[0],
        speaker_end=found[1],
        cue_start=verb[0],
        cue_end=verb[1],
        strong=strong,
    )


def _saying(text: str, tok: _Tok, verbs: frozenset[str]) -> bool:
    """Return whether ``tok`` is a lower-case form of a verb of saying or judging."""
    return text[tok[0]].islower() and normalise(tok[2]) in verbs


@functools.cache
def _single_relatives(order: WordOrder) -> frozenset[str]:
    """Return the one-word relative subject pronouns of a word order ("qui", "che")."""
    return frozenset(words[0] for words in order.relative_subjects if len(words) == 1)


def _verb_group(
    text: str, toks: list[_Tok], k: int, order: WordOrder, *, strict: bool = False
) -> bool:
    """Return whether a verb group opens at token ``k``.

    Negation, clitics and auxiliaries open one ("ne l'a", "si è", "no lo
    ha"); unless ``strict``, so does a lower-case word of no closed class,
    which after a subject noun phrase is its verb ("voudrait", "pointe").
    """
    if k >= len(toks):
        return False
    tok = toks[k]
    if _group_word(tok[2], order):
        return True
    head, rest = _elided(tok[2])
    if strict or rest:
        return False
    return closed_class(head, order.language) is None and text[tok[0]].islower()
