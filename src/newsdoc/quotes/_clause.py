"""Clause structure around a quotation: who is the subject (private helper of ``quotes``).

Three constructions of French, Spanish and Italian name the speaker by where
the words stand, whatever the verb of saying:

- **the incise after a quotation** inverts its subject: ``«…», a prêché le
  pasteur``, ``"…", se emociona Lucía``, ``«…», incalza la sindaca``.  Right
  after the closing mark and its comma only a verb group can open such a
  clause, so any open-class verb form there is a cue and the noun phrase after
  it (past time words, adverbs and one prepositional phrase) is its subject;
- **a relative pronoun as subject** points back at the noun phrase before its
  comma: ``Ana Ruiz, quien presidía la sala, advirtió:`` and ``…, il quale
  affermava:`` are said by the antecedent, not by ``il quale``;
- **a heading of the form "Name[, role]:"** (teasers, interview layouts,
  lists of reactions) names the speaker with no verb at all:
  ``Marie Leroy, maire de Lille : « … »``.

The word-order facts come from :mod:`newsdoc._grammar.order`; the closed classes
from :mod:`newsdoc._grammar`.  Every function returns offsets into the text or
None: attribution abstains when the construction is not there.
"""

from __future__ import annotations

import functools

import regex

from newsdoc._grammar import closed_class, grammar, normalise
from newsdoc._grammar.order import WordOrder, word_order
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.grammar import ADVERBIAL_NOUNS, AND, LINKS
from newsdoc._lexicon.periphrases import VERB_GROUP_COMPLEMENTS
from newsdoc._lexicon.speakers import OBJECT_CLITICS, PERSON_PRONOUNS, QUANTIFIER_PRONOUNS
from newsdoc.quotes._cues import Attribution, sentence_start, tokens
from newsdoc.quotes._cues import _speaker_before as speaker_before

__all__ = [
    "agent_after",
    "aside_subject",
    "better_incise",
    "cleft_subject",
    "gerund_after",
    "heading_speaker",
    "incise_after",
    "inverted_opening",
    "passive_agent",
    "relative_antecedent",
    "relative_cue",
    "source_relative",
]

_Tok = tuple[int, int, str]

# The gap between a closing mark and an incise: white space and one comma (a
# quotation inside a running sentence goes on with no comma: "«X» scalda il cuore").
# Example: the ", " of "«…», ha detto".
_INCISE_GAP = regex.compile(
    r"""
    [ \t\u00a0]*+ (?P<comma>,) [ \t\u00a0]*+
    """,
    regex.VERBOSE,
)
# Where the words of an incise end: punctuation of a clause, a mark, a line, a
# full stop before white space, a spaced dash.  Example: the "." of "dijo Ana."
_CLAUSE_STOP = regex.compile(
    r"""
    (?P<stop> [;:!?()\[\]"“”„«»\n] | [.](?=\s|$) | \s[\p{Pd}]\s )
    """,
    regex.VERBOSE,
)
# An apposed name closing a role without article, a few lower-case words of
# its own before it.  Example: ", el profesor Raúl Vega." after "detalla coautor".
_APPOSED_NAME = regex.compile(
    r"""
    [ \t]*+ , [ \t]*+
    (?P<np>
        (?: \p{Ll}[\p{L}’']*+ [ \t]++ ){0,3}?            # "el profesor"
        \p{Lu}[\p{L}\p{M}’'\-]++
        (?: [ \t]++ \p{Lu}[\p{L}\p{M}’'\-]++ ){1,3}       # "Raúl Vega"
    )
    [ \t]*+ (?: [,.;] | $ )
    """,
    regex.VERBOSE,
)
# A full name set off by a comma after a role, maybe past a short aside in
# brackets.  Example: " (nord), Serge Dumas." after "le préfet de la région".
_NAME_AFTER = regex.compile(
    r"""
    (?: [ \t]*+ \( [^()\n]{1,30}+ \) )?                # "(nord)"
    [ \t]*+ , [ \t]*+
    (?P<name>
        \p{Lu}[\p{Ll}\p{M}’'\-]++
        (?: [ \t]++ \p{Lu}[\p{L}\p{M}’'\-]++ ){1,3}
    )
    (?= [ \t]*+ (?: [,.;:] | $ ) )
    """,
    regex.VERBOSE,
)
# The word right before a quotation mark, white space between.  Example: the
# "el" of "el «shock rock»".
_WORD_BEFORE = regex.compile(
    r"""
    (?<![\p{L}’'])(?P<word> \p{L}++ (?:[’']\p{L}*+)? ) [ \t\u00a0]*+ $
    """,
    regex.VERBOSE,
)
# The last character of a word `_WORD_BEFORE` can find: a letter or an apostrophe.
# Example: the "l" of "el «…»", the "’" of "l’«…»".
_WORD_END = regex.compile(r"[\p{L}’']")
# Endings of adverbs made from adjectives: "clairement", "claramente".
_ADVERB_ENDINGS = ("ment", "mente")
# How many words an incise is read over.
_INCISE_WORDS = 16


def _word(tok: _Tok) -> str:
    """Return a token's word without an elided clitic before it ("s'emporte" -> "emporte")."""
    word = normalise(tok[2])
    head, sep, tail = word.partition("'")
    return tail if sep and len(head) <= 2 and tail else word


def _open_class(word: str, language: str) -> bool:
    """Return whether ``word`` belongs to no closed class of ``language``."""
    return closed_class(word, language) is None


def _verb_form(text: str, tok: _Tok, order: WordOrder) -> bool:
    """Return whether ``tok`` can be the verb of an incise: a lower-case open-class form.

    Gerunds open a clause of their own ("…, ajoutant que"), infinitives go on a
    coordination ("redevenir «…», remiser"); adverbs in -ment(e) are no verbs.
    """
    word = _word(tok)
    return (
        text[tok[0]].islower()
        and word.isalpha()
        and len(word) > 2
        and _open_class(word, order.language)
        and not word.endswith(order.gerund_endings)
        and not word.endswith(order.infinitive_endings)
        and not word.endswith(_ADVERB_ENDINGS)
    )


def _adjunct(word: str, language: str) -> bool:
    """Return whether ``word`` is a time word or an adverb between a verb and its subject."""
    return closed_class(word, language) in {"time", "adverb"} or (
        word.endswith(_ADVERB_ENDINGS) and len(word) > 6
    )


def _opens_subject(text: str, toks: list[_Tok], k: int, language: str) -> bool:
    """Return whether token ``k`` may open a subject noun phrase.

    A determiner, a capitalised word, a personal pronoun or an indefinite one
    ("uno de ellos", "otro", "chacun").
    """
    word = toks[k][2]
    head, elided, _ = normalise(word).partition("'")
    return (
        text[toks[k][0]].isupper()
        or closed_class(word, language) == "determiner"
        or (bool(elided) and closed_class(head + "'", language) == "determiner")
        or word in PERSON_PRONOUNS.get(language, frozenset())
        or word in QUANTIFIER_PRONOUNS.get(language, frozenset())
    )


def _past_phrase(text: str, toks: list[_Tok], k: int, language: str) -> int:
    """Return where the subject opens after a prepositional phrase at token ``k``, or -1.

    "a écrit sur son compte le maire": a determiner after the phrase's noun
    opens the subject; "dit à la presse Marie Dupont": a name of two capitalised
    words does.  A single capitalised word is the phrase's own ("sur Twitter").
    """
    seen_noun = False
    common = False  # a lower-case noun: a name after it is no part of the phrase
    for j in range(k + 1, min(len(toks), k + 7)):
        if text[toks[j - 1][1] : toks[j][0]].strip():
            return -1  # "durante la marcha Lilian, la tía": an apposition, not the subject
        word = toks[j][2]
        kind = closed_class(word, language)
        if kind == "preposition" and word in LINKS:
            seen_noun = common = False  # "ai microfoni di Channel One": its complement
            continue
        head, elided, _ = normalise(word).partition("'")
        if seen_noun and (
            kind == "determiner" or (elided and closed_class(head + "'", language) == "determiner")
        ):
            return j  # "sur son blog le maire", "en 2010 l'historienne"
        if (
            common
            and text[toks[j][0]].isupper()
            and j + 1 < len(toks)
            and text[toks[j + 1][0]].isupper()
        ):
            return j
        if kind is None or kind == "numeral" or toks[j][2].isdigit():
            seen_noun = True
            common = not text[toks[j][0]].isupper()
        elif kind != "determiner":
            return -1
    return -1


def _subject_end(text: str, toks: list[_Tok], k: int, language: str) -> int:
    """Return the end offset of the subject noun phrase opening at token ``k``.

    The phrase runs over linking prepositions ("de", "della") and capitalised
    words; another preposition, a conjunction, a relative pronoun, an adverb or
    a verb after a name ends it ("le pasteur Marc Dubois devant ses fidèles").
    """
    order = word_order(language)
    if order is None:
        return toks[k][1]
    end = toks[k][1]
    # "Il presidente" opening a sentence: a capitalised article is no name
    named = text[toks[k][0]].isupper() and closed_class(toks[k][2], language) != "determiner"
    prepositions = grammar(language).prepositions  # "des", "du": also articles
    for j in range(k + 1, min(len(toks), k + 10)):
        if text[toks[j - 1][1] : toks[j][0]].strip():
            break  # punctuation between the words
        word = toks[j][2]
        kind = closed_class(word, language)
        capital = text[toks[j][0]].isupper()
        head, elided, tail = word.partition("'")
        if elided and tail and closed_class(head + "'", language) == "preposition":
            # "la Banca d'Italia", "le maire d'Orléans": an elided link
            capital = text[toks[j][0] + len(head) + 1].isupper()
            kind = "preposition" if capital else kind
            word = head + "'"
        if kind == "preposition" and word not in LINKS:
            break
        if kind in {"conjunction", "adverb", "auxiliary", "time"} and not capital:
            break
        if kind == "pronoun" and not capital and toks[j - 1][2] not in LINKS:
            break  # "que", "qui", "che": a relative clause
        linked = toks[j - 1][2] in LINKS
        if named and not capital and kind is None and not linked:
            break  # "Lucía al recordarlo", "Ana Ruiz añadió": the name has ended
        if named and kind == "determiner" and not linked and word not in prepositions:
            break  # "il ministro Carlo Neri la settimana scorsa": a time phrase after it
        if normalise(word) in order.complex_prepositions and j + 1 < len(toks):
            break  # "frente al Congreso", "face à la mairie": a phrase after the subject
        named = named or capital
        if word not in LINKS or capital:
            end = toks[j][1]  # "Marc Blanc de «…»": a link ends no phrase
    if text[end - 1] == "." and end - toks[k][0] > 4 and text[end - 2].islower():
        end -= 1  # "par Anne Roy.": the full stop of the sentence
    return end


def _quoted_noun(text: str, opening: int, language: str) -> bool:
    """Return whether the quotation opening at ``opening`` follows a determiner ("el «…»").

    A quotation after an article is a noun phrase of its sentence ("Su género,
    el «shock rock», combina …"): the verb after it is that sentence's own.
    """
    lo = max(0, opening - 20)
    # ("$" also stands before a line break closing the window)
    k = opening - 1 if opening > lo and text[opening - 1] == "\n" else opening
    while k > lo and text[k - 1] in " \t\u00a0":
        k -= 1
    if k == lo or _WORD_END.match(text, k - 1) is None:
        return False  # no word right before: ". «…»", "(«…»"; the search is spared
    before = _WORD_BEFORE.search(text, lo, opening)
    return before is not None and closed_class(before.group("word"), language) == "determiner"


def incise_after(
    text: str, opening: int, lo: int, hi: int, language: str, found: Attribution | None = None
) -> Attribution | None:
    """Return the cue and inverted subject of an incise right after a quotation.

    The quotation opens at ``opening``; ``text[lo:hi]`` are the words after its
    closing mark, up to the sentence end.  Given ``found``, the cue and speaker
    read there already, an incise `better_incise` would not prefer to it is not
    read to its end: None stands for it.

    Example:
        >>> text = "«Tiendrons-nous ?», s’interroge le maire de Brest."
        >>> found = incise_after(text, 0, text.index("»") + 1, len(text), "fr")
        >>> text[found.cue_start : found.cue_end], text[found.speaker_start : found.speaker_end]
        ('s’interroge', 'le maire de Brest')
        >>> incise_after("«Sí», una palabra.", 0, 4, 17, "es") is None
        True
    """
    order = word_order(language)
    if order is None or not order.inverted_incise:
        return None
    gap = _INCISE_GAP.match(text, lo, hi)
    if gap is None or _quoted_noun(text, opening, language):
        return None
    if found is None or found.speaker_start < 0:
        found = None  # any incise is better than none (see `better_incise`)
    return _verb_then_subject(text, gap.end(), hi, order, order.incise_openers, found, lo)


def inverted_opening(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the cue and subject of a clause that opens with its verb before a colon.

    ``text[lo:hi]`` is the clause before a quotation, its colon included: "Comme
    l'a rappelé la ministre il y a deux jours :", "Así lo explicó la alcaldesa en
    la radio:", "Come ha spiegato il ministro la settimana scorsa:".  The clause
    opens with "as"/"so" or an object clitic, then the verb; its subject follows.

    Example:
        >>> text = "Como lo explicó el juez Luis Mora hace una semana: "
        >>> found = inverted_opening(text, 0, len(text), "es")
        >>> text[found.speaker_start : found.speaker_end]
        'el juez Luis Mora'
        >>> inverted_opening("El juez lo explicó: ", 0, 20, "es") is None
        True
    """
    order = word_order(language)
    if order is None or not text[lo:hi].rstrip().endswith(":"):
        return None
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    opener = normalise(toks[0][2])
    if opener not in order.clause_openers:
        # "L'a rappelé X :", "Lo ha spiegato X:": a clitic, then an auxiliary; "Le
        # juge", "La jueza" open with an article
        elided = _word(toks[0]) != opener and closed_class(_word(toks[0]), language)
        after = closed_class(toks[1][2], language) if len(toks) > 1 else None
        if elided != "auxiliary" and not (opener in order.clitics and after == "auxiliary"):
            return None
    return _verb_then_subject(text, toks[0][0], hi, order, order.clause_openers)


def _words_up_to(text: str, toks: list[_Tok], end: int) -> list[_Tok]:
    """Return the tokens of a window that ``toks`` holds from its start up to ``end``.

    Each token found in the longer window that ends by ``end`` is found alike
    in the shorter one; the one ``end`` cuts short is read again up to ``end``.
    """
    k = 0
    while k < len(toks) and toks[k][0] < end:
        k += 1
    if k and toks[k - 1][1] > end:
        return [*toks[: k - 1], *tokens(text, toks[k - 1][0], end)]
    return toks[:k]


def _verb_then_subject(
    text: str,
    at: int,
    hi: int,
    order: WordOrder,
    openers: frozenset[str],
    found: Attribution | None = None,
    read_from: int = -1,
) -> Attribution | None:
    """Return the verb group opening ``text[at:hi]`` and the subject after it, or None.

    Given ``found``, None also where the result would not replace it: a verb
    group ending elsewhere, or a subject starting no later than its speaker.
    Given ``read_from``, the words are cut from those of ``text[read_from:hi]``,
    read for the quotation already, which hold none before ``at``.
    """
    language = order.language
    stop = _CLAUSE_STOP.search(text, at, hi)
    end = stop.start() if stop is not None else hi
    if read_from >= 0:
        toks = _words_up_to(text, tokens(text, read_from, hi), end)[:_INCISE_WORDS]
    else:
        toks = tokens(text, at, end)[:_INCISE_WORDS]
    if not toks or toks[0][0] != at:
        return None
    i = 0
    while i < len(toks) - 1 and i < 2 and normalise(toks[i][2]) in openers:
        i += 1  # "según dijo", "secondo quanto riferito"
    opened = i
    while i < len(toks) - 1 and i < opened + 2 and normalise(toks[i][2]) in order.clitics:
        i += 1  # "se emociona", "si chiede", "lo ammette"
    aux = i < len(toks) - 1 and closed_class(_word(toks[i]), language) == "auxiliary"
    if aux:
        i += 1  # "a prêché", "ha tuonato"
    completing = VERB_GROUP_COMPLEMENTS.get(language, frozenset())
    if (
        aux
        and i < len(toks) - 2
        and closed_class(_word(toks[i]), language) == "auxiliary"
        and toks[i + 1][2] in completing
    ):
        i += 1  # "ha fatto sapere": a causative auxiliary after the tense's own
    if aux and i < len(toks) - 1 and toks[i][2] in completing:
        pass  # "fa sapere", "ha fatto sapere": the infinitive after the causative
    elif i >= len(toks) or not _verb_form(text, toks[i], order):
        return None
    elif i + 1 < len(toks) - 1 and toks[i + 1][2] in completing:
        i += 1  # "fait savoir", "taglia corto", "coupe court": the group's second word
    cue_start, cue_end = toks[0][0], toks[i][1]
    if found is not None and found.cue_end != cue_end:
        return None  # another verb group: `better_incise` keeps ``found``
    k = i + 1
    agent = (
        opened > 0
        and not aux
        and k < len(toks) - 1
        and normalise(toks[k][2]) in order.agent_prepositions
    )
    if agent:
        k += 1  # "come riferito dal portavoce": the agent of a participle
    while k < len(toks):
        if _adjunct(toks[k][2], language):
            k += 1  # "ha detto ieri", "explica claramente"
        elif (
            k + 1 < len(toks)
            and closed_class(toks[k][2], language) == "determiner"
            and (
                closed_class(toks[k + 1][2], language) == "time"
                or toks[k + 1][2] in ADVERBIAL_NOUNS
            )
        ):
            k += 2  # "a dit un jour", "dijo una vez": a time phrase
        else:
            break
    if k < len(toks) and toks[k][2] in grammar(language).prepositions:
        k = _past_phrase(text, toks, k, language)
        if k < 0:
            return None
    if k >= len(toks):
        return None
    if not _opens_subject(text, toks, k, language) and not (
        agent and _open_class(toks[k][2], language) and text[toks[k][0]].islower()
    ):  # "dal portavoce": the article is in the preposition
        # "explica coautor del estudio, el profesor Raúl Vega": a bare role, then the name
        named = _APPOSED_NAME.search(text, toks[k][1], stop.start() + 1 if stop else hi)
        if named is None or any(
            closed_class(t[2], language) not in {None, "preposition", "determiner"}
            for t in tokens(text, toks[k][0], named.start())
        ):
            return None
        np = tokens(text, named.start("np"), named.end("np"))
        if np and closed_class(np[0][2], language) == "preposition":
            return None
        return Attribution(
            speaker_start=named.start("np"),
            speaker_end=named.end("np"),
            cue_start=cue_start,
            cue_end=cue_end,
            strong=toks[i][2] in CUE_VERBS.get(language, frozenset()),
        )
    if found is not None and toks[k][0] <= found.speaker_start:
        return None  # the same subject or an earlier one: `better_incise` keeps ``found``
    end = _subject_end(text, toks, k, language)
    if end == toks[k][1] and closed_class(toks[k][2], language) == "determiner":
        return None  # "recriminaba otro": a determiner standing alone names nobody
    named = _NAME_AFTER.match(text, end, hi)
    if named is not None and not text[toks[k][0]].isupper():
        end = named.end()  # "le gouverneur de la région, Serge Dumas": the role and its name
    return Attribution(
        speaker_start=toks[k][0], speaker_end=end, cue_start=cue_start, cue_end=cue_end
    )


def better_incise(found: Attribution | None, incise: Attribution | None) -> Attribution | None:
    """Return the incise reading where it explains the cue ``found`` better, else ``found``.

    A cue with a dropped subject (``speaker_start`` < 0) or none at all takes the
    incise's subject; so does a cue whose subject the incise reads further on,
    past a prepositional phrase ("a écrit sur son compte Twitter le maire": the
    maire, not "Twitter").

    Example:
        >>> a = Attribution(speaker_start=30, speaker_end=37, cue_start=8, cue_end=12)
        >>> b = Attribution(speaker_start=38, speaker_end=46, cue_start=5, cue_end=12)
        >>> better_incise(a, b) is b, better_incise(None, b) is b, better_incise(a, None) is a
        (True, True, True)
    """
    if incise is None:
        return found
    if found is None or found.speaker_start < 0:
        return incise
    if found.cue_end == incise.cue_end and found.speaker_start < incise.speaker_start:
        return incise
    return found


@functools.cache
def _relative_heads(language: str) -> frozenset[str]:
    """Return the first words of the relative subject pronouns of ``language``."""
    order = word_order(language)
    return frozenset(w[0] for w in order.relative_subjects) if order else frozenset()


def _relative_at(toks: list[_Tok], order: WordOrder) -> int:
    """Return how many tokens a relative subject pronoun opening ``toks`` spans (0: none)."""
    for words in order.relative_subjects:
        n = len(words)
        if len(toks) >= n and tuple(normalise(t[2]) for t in toks[:n]) == words:
            return n
    return 0


def _antecedent(text: str, lo: int, comma: int, language: str) -> tuple[int, int] | None:
    """Return the noun phrase ending at the comma before a relative clause.

    The comma chunk before it ("Ana Ruiz", "La jueza Marta Gil"), without the
    verb of an inverted main clause that may open the chunk ("Ne ha parlato
    Paolo Riva" -> "Paolo Riva").
    """
    previous = text.rfind(",", lo, comma)
    chunk = tokens(text, previous + 1 if previous > lo else lo, comma)
    order = word_order(language)
    if (
        chunk
        and order is not None
        and normalise(chunk[0][2]) in order.clause_openers
        and text[chunk[0][0]].islower()
    ):
        # "…, comme celui de Mykola, qui …", "…, como Rosa, que …": an example
        # set off by commas; the name it ends with is the antecedent
        named = _name_ending(text, chunk[0][1], comma)
        if named is not None:
            return named
    if previous > lo and text[previous + 1 : comma].strip()[:1].islower():
        # "… da Eva Kern, il capo del sindacato (Dgb), il quale": a role apposed
        # to the name that ends the chunk before it
        named = _name_ending(text, lo, previous)
        if named is not None:
            return named
    found = speaker_before(text, lo, comma, language)
    if found is None:
        return _name_ending(text, lo, comma)  # "On a vu Hélène Girard, pour qui"
    toks = tokens(text, found[0], found[1])
    for k in range(len(toks) - 1, 0, -1):
        if (
            closed_class(toks[k][2], language) == "determiner"
            and (text[toks[k - 1][0]].islower() or k == 1)  # "Leyeron el informe"
            and _open_class(toks[k - 1][2], language)
        ):
            # "La plainte vise le préfet Marc Blanc": a verb, then the object phrase
            found = toks[k][0], found[1]
            toks = toks[k:]
            break
    verbs = CUE_VERBS.get(language, frozenset())
    cut = -1
    for k in range(2, len(toks)):
        if (
            text[toks[k][0]].isupper()
            and all(text[t[0]].isupper() for t in toks[k:])
            and _open_class(toks[k - 1][2], language)
            and _open_class(toks[k - 2][2], language)
            and text[toks[k - 1][0]].islower()
        ):
            # "Il testo cita Luca Neri": a noun, a verb, then the name
            return toks[k][0], found[1]
    for k, (_, _, word) in enumerate(toks):
        if word in verbs or closed_class(word, language) in {
            "auxiliary",
            "conjunction",
            "adverb",
        }:
            cut = k  # "Ne ha parlato poi Paolo Riva": the main clause before the name
        elif closed_class(word, language) == "preposition" and word not in LINKS:
            cut = k  # "entre ellos el agricultor Juan Gil": the phrase after it
    if cut < 0:
        return found
    rest = toks[cut + 1 :]
    while len(rest) > 1 and closed_class(rest[0][2], language) == "pronoun":
        rest = rest[1:]  # "entre ellos el agricultor": the pronoun the phrase hangs on
    while rest and not _opens_subject(text, rest, 0, language):
        rest = rest[1:]  # "parlato Paolo Riva": the participle of the main clause
    return (rest[0][0], found[1]) if rest else None


def _name_ending(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Return the run of capitalised words that ends ``text[lo:hi]`` ("… da Eva Kern")."""
    toks = tokens(text, lo, hi)
    k = len(toks)
    while k > 0 and text[toks[k - 1][0]].isupper() and len(toks) - k < 4:
        k -= 1
    if k == len(toks) or (text[toks[-1][1] : hi].strip()):
        return None
    return toks[k][0], toks[-1][1]


def relative_antecedent(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Return the antecedent of a speaker mention ``text[start:end]`` opened by a relative.

    "Luca Neri, segretario della Fiom, il quale affermava": the mention "il quale
    …" stands for the noun phrase before its comma, read back no further than its
    sentence.  Returns None when the mention opens with no relative pronoun or
    no antecedent is found.

    Example:
        >>> text = "La jueza Marta Gil, quien presidía la sala, advirtió"
        >>> at = text.index("quien")
        >>> s, e = relative_antecedent(text, at, at + 5, "es")
        >>> text[s:e]
        'La jueza Marta Gil'
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, start, end)
    if not toks or toks[0][2] not in _relative_heads(language) or not _relative_at(toks, order):
        return None
    lo = sentence_start(text, max(0, start - 300), start)
    comma = text.rfind(",", lo, start)
    if comma < lo or text[comma + 1 : start].strip():
        return None  # no comma right before the relative: "l'uomo che"
    return _antecedent(text, lo, comma, language)


def relative_cue(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the antecedent and cue of a relative clause that introduces a quotation.

    ``text[lo:hi]`` is the sentence before the quotation.  "Marc Petit, lequel a
    rétorqué :", "Luca Neri, il quale intervistato dal Tirreno affermava:": a
    relative subject after a comma, then within its clause a listed verb of
    saying; the noun phrase before the comma speaks.

    Example:
        >>> text = "On a entendu Marc Petit, lequel a rétorqué : "
        >>> found = relative_cue(text, 0, len(text), "fr")
        >>> text[found.speaker_start : found.speaker_end], text[found.cue_start : found.cue_end]
        ('Marc Petit', 'rétorqué')
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, lo, hi)
    verbs = CUE_VERBS.get(language, frozenset())
    heads = _relative_heads(language)
    for k in range(len(toks) - 1, 0, -1):
        if toks[k][2] not in heads:
            continue  # the cheap test first: most words open no relative
        n = _relative_at(toks[k:], order)
        if not n:
            continue
        restrictive = None
        if text[toks[k - 1][1] : toks[k][0]].strip(" \t)") != ",":
            # "il marito che ci dice:", "le maire qui a déclaré :": a restrictive
            # relative takes no comma; its antecedent is the phrase right before,
            # and it introduces only a quotation after a colon
            if text[lo:hi].rstrip()[-1:] != ":":
                continue  # "Eva Kern (CGT), laquelle": a comma, maybe after an aside
            restrictive = _restrictive_antecedent(text, toks, k, language)
            if restrictive is None:
                continue
        clause = toks[k + n :]
        for j, tok in enumerate(clause[:14]):
            gap = text[clause[j - 1][1] : tok[0]].strip() if j else ""
            if gap and not (
                gap == "," and tok[2] in AND and _verb_follows(text, clause, j + 1, language)
            ):
                break  # punctuation: the relative clause has ended
            # (", et explique :": a verb coordinated to the relative's shares its subject)
            if restrictive is not None and _own_subject_word(text, tok, language):
                break  # "que Santacreu explicaba", "que él define": the relative is its object
            if tok[2] in verbs:
                before = restrictive or _antecedent(text, lo, toks[k - 1][1], language)
                if before is None:
                    return None
                return Attribution(
                    speaker_start=before[0],
                    speaker_end=before[1],
                    cue_start=tok[0],
                    cue_end=tok[1],
                )
        return None  # only the last relative clause introduces the quotation
    return None


def _restrictive_antecedent(
    text: str, toks: list[_Tok], k: int, language: str
) -> tuple[int, int] | None:
    """Return the noun phrase right before a relative ``toks[k]`` with no comma, or None.

    A determiner and its noun ("il marito che", "un uomo che", "la alcaldesa
    que"; an elided article glued to the noun, "l’avvocato che") or a run of
    capitalised words ("Paul Roux qui").  "ha detto che", "el hecho de que",
    "pense que": no noun phrase, no relative.
    """
    prev = toks[k - 1]
    if not _open_class(prev[2], language) or prev[2] in CUE_VERBS.get(language, frozenset()):
        return None
    if text[prev[0]].isupper():
        name = _name_ending(text, toks[max(0, k - 4)][0], prev[1])
        j = next((i for i in range(k) if toks[i][0] == name[0]), 0) if name else 0
        if (
            name is not None
            and j >= 2
            and text[toks[j - 1][0]].islower()
            and _open_class(toks[j - 1][2], language)
            and closed_class(toks[j - 2][2], language) == "determiner"
        ):
            return toks[j - 2][0], name[1]  # "la maire Anne Roux qui": the title too
        return name
    if "'" in prev[2] or "’" in prev[2]:
        head = prev[2][: max(prev[2].find("'"), prev[2].find("’")) + 1]
        return (prev[0], prev[1]) if closed_class(head, language) == "determiner" else None
    if k >= 2 and closed_class(toks[k - 2][2], language) == "determiner":
        return toks[k - 2][0], prev[1]
    return None


def _own_subject_word(text: str, tok: _Tok, language: str) -> bool:
    """Return whether ``tok`` may be a subject of its own inside a relative clause.

    A capitalised word, a subject pronoun or another relative ("que él
    define", "que Marta explicaba", "lo que"): the relative before it is then
    no subject.
    """
    if text[tok[0]].isupper():
        return True
    if tok[2] in PERSON_PRONOUNS.get(language, frozenset()):
        return tok[2] not in OBJECT_CLITICS.get(language, frozenset())  # "qui nous a dit"
    return tok[2] in _relative_heads(language)


def _verb_follows(text: str, toks: list[_Tok], k: int, language: str) -> bool:
    """Return whether ``toks[k]`` may open a coordinated verb, not a new subject.

    ", et raconte", ", y explica": a lower-case word of no determiner or
    pronoun class; ", et le maire a …" opens a clause with a subject of its own.
    """
    if k >= len(toks) or not text[toks[k][0]].islower():
        return False
    return closed_class(toks[k][2], language) not in {"determiner", "pronoun"}


def gerund_after(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the gerund that opens ``text[lo:hi]`` after a comma, or None.

    "«…», précisant : «…»", "«…», añadiendo que «…»", "«…», sottolineando: «…»":
    between two quotations, a gerund clause has the subject of the clause it
    hangs on, so the second quotation is the first one's speaker's.  An object
    clitic may stand before it in French ("la qualifiant de").

    Example:
        >>> text = "«Non», précisant : «Jamais»"
        >>> s, e = gerund_after(text, 5, text.index(":"), "fr")
        >>> text[s:e]
        'précisant'
        >>> gerund_after("«Non», le ministre : «Jamais»", 5, 19, "fr") is None
        True
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, lo, hi)[:8]
    if not toks or text[lo : toks[0][0]].strip() != ",":
        return None
    k = 1 if len(toks) > 1 and normalise(toks[0][2]) in order.clitics else 0
    word = _word(toks[k])
    if (
        text[toks[k][0]].islower()
        and len(word) > 5
        and word.endswith(order.gerund_endings)
        and _open_class(word, language)
    ):
        return toks[k][0], toks[k][1]
    return None


# A preposition and a relative that together make a connective of consequence,
# "which is why" (Serianni, *Grammatica*, XIV, the consecutive "per cui"; the
# Spanish "por lo cual" takes another preposition): never a source.
_CONNECTIVES = frozenset({("per", "cui")})


def source_relative(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the antecedent of "…, selon laquelle «…»" in the sentence ``text[lo:hi]``.

    A source preposition governing a relative pronoun after a comma ("selon
    laquelle", "según el cual", "secondo il quale", "per la quale") points back
    at the noun phrase before the comma, who is the source of what follows.

    Example:
        >>> text = "Ha citato il giudice Carlo Neri, secondo il quale "
        >>> found = source_relative(text, 0, len(text), "it")
        >>> text[found.speaker_start : found.speaker_end], text[found.cue_start : found.cue_end]
        ('il giudice Carlo Neri', 'secondo il quale')
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, lo, hi)
    for k in range(len(toks) - 2, 0, -1):
        if normalise(toks[k][2]) not in order.source_prepositions:
            continue
        rest = toks[k + 1 :]
        n = next(
            (
                len(w)
                for w in order.oblique_relatives
                if tuple(normalise(t[2]) for t in rest[: len(w)]) == w
            ),
            0,
        )
        if not n or text[toks[k - 1][1] : toks[k][0]].strip(" \t)") != ",":
            continue
        if (normalise(toks[k][2]), normalise(rest[0][2])) in _CONNECTIVES:
            continue  # "…, per cui la gara è rinviata": "which is why", no source
        before = _antecedent(text, lo, toks[k - 1][1], language)
        if before is None:
            return None
        return Attribution(
            speaker_start=before[0],
            speaker_end=before[1],
            cue_start=toks[k][0],
            cue_end=rest[n - 1][1],
        )
    return None


def _clause_in(toks: list[_Tok], language: str) -> bool:
    """Return whether ``toks`` hold a verb group or a clause word (no mere phrase)."""
    verbs = CUE_VERBS.get(language, frozenset())
    return any(
        t[2] in verbs or closed_class(t[2], language) in {"auxiliary", "conjunction", "pronoun"}
        for t in toks
    )


def passive_agent(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the agent of a passive clause that runs up to a quotation at ``hi``.

    "La consigne fut transmise par le porte-parole du Sénat, Ivan Popov :", "La ley
    fue calificada por la ministra de «…»", "Il piano è stato definito dal
    sindaco «…»": the one the words are given by speaks, not the subject.  The
    agent's phrase must end the clause, at most a preposition between it and
    the quotation.

    Example:
        >>> text = "La consigne fut transmise par le porte-parole du Sénat, Ivan Popov : "
        >>> found = passive_agent(text, 0, len(text), "fr")
        >>> text[found.speaker_start : found.speaker_end]
        'le porte-parole du Sénat, Ivan Popov'
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, lo, hi)
    for k in range(len(toks) - 2, 1, -1):
        if normalise(toks[k][2]) not in order.agent_prepositions:
            continue
        participle = toks[k - 1]
        aux = [normalise(t[2]) for t in toks[max(0, k - 4) : k - 1]]
        if not (
            _open_class(_word(participle), language)
            and text[participle[0]].islower()
            and any(w in order.passive_auxiliaries for w in aux)
        ):
            return None  # the last agent phrase only: "par" of another clause is no agent
        start = toks[k + 1]
        if not _opens_subject(text, toks, k + 1, language) and not (
            _open_class(start[2], language) and text[start[0]].islower()
        ):
            return None  # "dal sindaco": the article is in the preposition
        end = _subject_end(text, toks, k + 1, language)
        named = _NAME_AFTER.match(text, end, hi)
        if named is not None:
            end = named.end()  # "le président de la Douma, Ivan Popov"
        rest = tokens(text, end, hi)
        tail = end
        linking = grammar(language).prepositions | order.incise_openers
        colon = text[lo:hi].rstrip().endswith(":")
        if colon and rest and rest[0][2] in linking and not _clause_in(rest, language):
            rest = []  # "formulato dal giornale nella sua prima pagina:": a phrase after it
            tail = tokens(text, end, hi)[-1][1]
        if len(rest) > 1 or any(t[2] not in linking for t in rest):
            return None  # the clause goes on past the agent
        gap = text[tail : rest[0][0] if rest else hi].strip()
        if gap not in {"", ":"} and not (gap == "," and rest):
            return None  # "interrogés par les enquêteurs, «…»": another clause follows
        if not colon and not any(text[t[0]].isupper() for t in tokens(text, start[0], end)):
            return None  # "payés par le biais de «…»": only a named agent before a partial
        return Attribution(
            speaker_start=start[0], speaker_end=end, cue_start=participle[0], cue_end=toks[k][1]
        )
    return None


def _infinitive(word: str, order: WordOrder) -> bool:
    """Return whether ``word`` is an infinitive, maybe with clitics ("dire", "spiegarlo")."""
    if word.endswith(order.infinitive_endings):
        return True
    # Italian drops the final -e before enclitics: "spiegar-lo", "poter-si"
    return any(
        word.endswith(c) and (word[: -len(c)] + "e").endswith(order.infinitive_endings)
        for c in (*order.clitics, "si", "gli")
        if "'" not in c
    )


def cleft_subject(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the focus of a cleft sentence in ``text[lo:hi]``, before a quotation.

    "C'est le maire qui a lancé : «…»", "Fue la jueza quien dijo: «…»", "È stato
    il ministro a dire: «…»", "Ed è lui a pronunciare la frase «…»": the phrase
    between the copula and the link is the subject of what follows; with the
    link fronted, see `fronted_cleft`.

    Example:
        >>> text = "In realtà è stato il ministro Carlo Neri a dire dal palco: "
        >>> found = cleft_subject(text, 0, len(text), "it")
        >>> text[found.speaker_start : found.speaker_end]
        'il ministro Carlo Neri'
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, lo, hi)
    for k in range(len(toks) - 2, -1, -1):
        if normalise(toks[k][2]) not in order.cleft_copulas:
            continue
        j = k + 1
        while j < len(toks) and normalise(toks[j][2]) in order.cleft_copulas:
            j += 1  # "è stato"
        if j >= len(toks) or not (
            _opens_subject(text, toks, j, language) or grammar(language).features(toks[j][2])
        ):
            continue
        end = _subject_end(text, toks, j, language)
        for stop in (end, _focus_end(text, toks, j, order)):
            after = [t for t in toks if t[0] >= stop][:3]
            link = _cleft_link(after, order)
            if link:
                # no verb of saying is proven: a speaker, not evidence of a quotation
                return Attribution(
                    speaker_start=toks[j][0],
                    speaker_end=stop,
                    cue_start=toks[k][0],
                    cue_end=after[link - 1][1],
                    strong=False,
                )
        return fronted_cleft(text, lo, hi, language)  # only the last copula can open it
    return None


def fronted_cleft(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the focus of a cleft whose link and infinitive open ``text[lo:hi]``.

    "A parlare è stato Carlo Rota:", "«…», a dirlo è stata la ministra.": the
    Italian cleft may front its link and infinitive, the focus then closing the
    clause after the copula (Serianni, *Grammatica*, XIV § 257).

    Example:
        >>> text = "A commentare è stata la sindaca Ada Neri: "
        >>> found = fronted_cleft(text, 0, len(text), "it")
        >>> text[found.speaker_start : found.speaker_end]
        'la sindaca Ada Neri'
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, lo, hi)[:_FOCUS_WORDS]
    if not _cleft_link(toks[:3], order):
        return None
    k = next((n for n in range(2, len(toks)) if normalise(toks[n][2]) in order.cleft_copulas), 0)
    j = k + 1
    while 0 < j < len(toks) and normalise(toks[j][2]) in order.cleft_copulas:
        j += 1  # "è stato"
    if not k or j >= len(toks) or not _opens_subject(text, toks, j, language):
        return None
    end = _subject_end(text, toks, j, language)
    if text[end:hi].strip(" \t:,.;"):
        return None  # the focus must close the clause
    return Attribution(
        speaker_start=toks[j][0],
        speaker_end=end,
        cue_start=toks[0][0],
        cue_end=toks[1][1],
        strong=False,
    )


def _cleft_link(after: list[_Tok], order: WordOrder) -> int:
    """Return how many of the tokens ``after`` a focus make its cleft link (0: none).

    "qui", "quien", "a" before an infinitive ("a dire"), "che".
    """
    words = tuple(normalise(t[2]) for t in after)
    for link in order.cleft_links:
        if words[: len(link)] == link and (
            link[0] not in {"a", "ad"} or (len(words) > 1 and _infinitive(words[1], order))
        ):
            return len(link)
    return 0


# How many words the focus of a cleft may hold when read up to its link.
_FOCUS_WORDS = 10


def _focus_end(text: str, toks: list[_Tok], j: int, order: WordOrder) -> int:
    """Return where the focus of a cleft opening at token ``j`` ends, read up to its link.

    The focus is the whole phrase between the copula and the link, however its
    complements run: "è stato il segretario alla Difesa Paul Gray a dire".
    Punctuation, or no link within a few words, gives the focus's first word.
    """
    for m in range(j + 1, min(len(toks), j + _FOCUS_WORDS)):
        if text[toks[m - 1][1] : toks[m][0]].strip():
            break  # punctuation: the focus ended before
        if _cleft_link(toks[m : m + 3], order):
            if closed_class(toks[m - 1][2], order.language) == "preposition":
                break  # "el momento en el que": a relative after a preposition
            return toks[m - 1][1]
    return toks[j][1]


def aside_subject(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the subject of a clause whose verb follows an aside set off by commas.

    "Il presidente, riporta l'agenzia, ha poi aggiunto:", "La ministre, selon Le
    Monde, a déclaré :", "El juez, según la prensa, dijo:": the aside (an incise
    or a source phrase) reports where the words were read; the subject before it
    speaks.  ``text[lo:hi]`` is the sentence before the quotation.

    Example:
        >>> text = "Il presidente, riporta l'agenzia Ansa, ha poi aggiunto: "
        >>> found = aside_subject(text, 0, len(text), "it")
        >>> text[found.speaker_start : found.speaker_end], text[found.cue_start : found.cue_end]
        ('Il presidente', 'aggiunto')
    """
    order = word_order(language)
    if order is None:
        return None
    toks = tokens(text, lo, hi)
    commas = [k for k in range(1, len(toks)) if "," in text[toks[k - 1][1] : toks[k][0]]]
    if len(commas) < 2 or not _opens_subject(text, toks, 0, language):
        return None
    first, second = commas[0], commas[1]
    if _clause_in(toks[:first], language):
        return None  # the chunk before the aside is a clause, not a subject
    opener = normalise(toks[first][2])
    sources = order.source_prepositions | order.incise_openers
    verbs = CUE_VERBS.get(language, frozenset())
    # a source phrase, or a listed verb of saying with its subject after it
    aside = opener in sources or (
        toks[first][2] in verbs
        and _verb_then_subject(text, toks[first][0], toks[second - 1][1], order, frozenset())
        is not None
    )
    if not aside:
        return None
    k = second
    while k < len(toks) and k < second + 3 and toks[k][2] not in verbs:
        if closed_class(_word(toks[k]), language) != "auxiliary" and not _adjunct(
            toks[k][2], language
        ):
            return None  # "…, Ansa, e il governo": no verb group of the subject
        k += 1
    if k >= len(toks) or toks[k][2] not in verbs:
        return None
    return Attribution(
        speaker_start=toks[0][0],
        speaker_end=_subject_end(text, toks, 0, language),
        cue_start=toks[k][0],
        cue_end=toks[k][1],
    )


def agent_after(text: str, opening: int, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the agent after a quotation that completes a passive verb before it.

    "Fue calificado de «traidor» por el ministro", "è stato chiamato «dittatore»
    dal premier", "a été qualifié de « scandale » par la maire": the quotation
    opens at ``opening``, ``text[lo:hi]`` are the words after it.

    Example:
        >>> text = "Il piano è stato definito «inutile» dal sindaco di Pavia."
        >>> found = agent_after(text, 26, 35, len(text), "it")
        >>> text[found.speaker_start : found.speaker_end]
        'sindaco di Pavia'
    """
    order = word_order(language)
    if order is None:
        return None
    before = tokens(text, max(0, opening - 80), opening)[-5:]
    if not before or text[before[-1][1] : opening].strip(" \t\u00a0"):
        return None
    prepositions = grammar(language).prepositions | order.incise_openers
    while before and (before[-1][2] in prepositions):
        before = before[:-1]  # "calificado de", "definito come"
    if len(before) < 2:
        return None
    participle = before[-1]
    if not (
        text[participle[0]].islower()
        and _open_class(_word(participle), language)
        and any(normalise(t[2]) in order.passive_auxiliaries for t in before[:-1])
    ):
        return None
    after = tokens(text, lo, hi)[:12]
    if (
        len(after) < 2
        or normalise(after[0][2]) not in order.agent_prepositions
        or text[lo : after[0][0]].strip()
    ):
        return None
    start = after[1]
    if not _opens_subject(text, after, 1, language) and not (
        _open_class(start[2], language) and text[start[0]].islower()
    ):
        return None
    end = _subject_end(text, after, 1, language)
    named = _NAME_AFTER.match(text, end, hi)
    if named is not None:
        end = named.end()
    return Attribution(
        speaker_start=start[0], speaker_end=end, cue_start=participle[0], cue_end=participle[1]
    )


# A heading naming the speaker: up to a colon, a name first, then roles.
_HEADING_WORDS = 12


def heading_speaker(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the name a heading ``text[lo:hi]`` (up to its colon) gives, or None.

    "Marie Leroy, maire de Lille", "Coronavirus, Bolsonaro": a clause with no
    verb, its comma chunks a name and roles.  The name is the last chunk that
    opens with a capital before the roles (which open lower case).  A chunk
    with a verb of saying, an auxiliary, a conjunction or a pronoun is a
    clause, not a heading.

    Example:
        >>> text = "Marie Leroy, maire de Lille"
        >>> s, e = heading_speaker(text, 0, len(text), "fr")
        >>> text[s:e]
        'Marie Leroy'
        >>> heading_speaker("Il a dit", 0, 8, "fr") is None
        True
    """
    if word_order(language) is None:
        return None
    toks = tokens(text, lo, hi)
    if not toks or len(toks) > _HEADING_WORDS or not text[toks[0][0]].isupper():
        return None
    verbs = CUE_VERBS.get(language, frozenset())
    for _, _, word in toks:
        kind = closed_class(word, language)
        if word in verbs or kind in {"auxiliary", "conjunction", "pronoun", "adverb", "time"}:
            return None
    chunks: list[list[_Tok]] = [[]]
    for tok in toks:
        if chunks[-1] and "," in text[chunks[-1][-1][1] : tok[0]]:
            chunks.append([])
        chunks[-1].append(tok)
    if any(not c for c in chunks):
        return None
    name = None
    for chunk in chunks:
        if not text[chunk[0][0]].isupper():
            break  # "maire de Lille": the roles of the name before
        name = chunk
    if name is None:
        return None
    # "Rachida Dati députée de Paris": the capitalised run is the name
    run = 1
    while (
        run < len(name)
        and text[name[run][0]].isupper()
        and not text[name[run - 1][1] : name[run][0]].strip()
    ):
        run += 1
    if run == 1 and len(name) > 1:
        return None  # "Medici accusano": a clause, not a name
    return name[0][0], name[run - 1][1]
