"""Nouns of speech that name a quotation's speaker.

A noun of speech (:data:`~newsdoc._lexicon.speech_nouns.SPEECH_NOUNS`) with a
genitive or an agent names who spoke, wherever it stands next to the quotation:

* in the sentence right after it, pointing back: "«…». Queste le parole
  pronunciate dalla ministra Neri.", "Ce sont les mots du maire.", "Those were
  the words of the coach.";
* set off right before it: "è la previsione di Neri, «…»", "c'est l'avis du
  maire : « … »", "the warning of the coach: “…”";
* as its possessor, the subjective genitive (Quirk et al. 1985, 5.116: "the
  mayor's claim" is what the mayor claimed): "Lee's claim that “…”", "her
  remark that “…”" (`speech_noun_possessor`).

The noun phrase after the preposition is the speaker, when it names a person or
a body; "le parole sono importanti" or "the words on the sign" name nobody.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.speakers import (
    GERMAN_PERSON_ENDINGS,
    OFFICE_NOUNS,
    OWN_WORDS,
    speaking_nouns,
)
from newsdoc._lexicon.speech_nouns import (
    AGENT_PREPOSITIONS,
    GENITIVE_PREPOSITIONS,
    OBJECT_RELATIVES,
    POSSESSED_CONTENT,
    RELAY_PARTICIPLES,
    SPEECH_NOUNS,
)
from newsdoc.quotes._bare_source import bare_source_after
from newsdoc.quotes._cues import (
    COPULAS,
    Attribution,
    attribute_after,
    attribute_before,
    leading_tokens,
    person_like,
    sentence_end,
    sentence_start,
    speaker_after,
    tokens,
)
from newsdoc.quotes._persons import person_head

__all__ = [
    "possessor_speaker",
    "speech_noun_after",
    "speech_noun_before",
    "speech_noun_possessor",
]

# How many closed-class words may open the pointing sentence before its noun:
# "Ce sont les", "Those were the", "Estas fueron las"
_OPENING_WORDS = 6
# How many participles or adjectives may stand between the noun and the agent:
# "les mots prononcés hier par", "las duras palabras pronunciadas por"
_MODIFIERS = 2
# How far before a quotation its nominal source phrase may begin
_BEFORE = 200

_Token = tuple[int, int, str]

# The German articles of the genitive (Duden-Grammatik, Deklination des Artikels):
# "des Ministers", "der Ministerin", "eines Sprechers", "einer Studie".
_GENITIVE_ARTICLES: Mapping[str, frozenset[str]] = {
    "de": frozenset({"des", "der", "eines", "einer"}),
}


def _preposition(tok: _Token, table: frozenset[str]) -> int | None:
    """Return where the noun phrase after preposition token ``tok`` starts, or None.

    An elided preposition is glued to its noun: "dall’ex ministra", "d’Anne"
    start their noun phrase after the apostrophe.
    """
    word = tok[2]
    if word in table:
        return tok[1]
    for mark in ("’", "'"):
        cut = word.find(mark)
        if cut > 0 and word[: cut + 1] in table and cut + 1 < len(word):
            return tok[0] + cut + 1
    return None


def _noun(word: str) -> str:
    """Return ``word`` without an elided article glued to it: "l’appello" -> "appello".

    An articulated preposition elides too: "dall’affermazione", "sull’accusa".
    """
    for mark in ("’", "'"):
        cut = word.find(mark)
        if 0 < cut < 6:
            return word[cut + 1 :]
    return word


# How many words the verb group of a relative clause may have: "que da",
# "che ha lanciato", "qu’a lancé hier"
_VERB_GROUP = 3
# How many words of the sentence after a quotation `speech_noun_after` may read: a
# noun of speech among the first `_OPENING_WORDS` + 1, the word after it, then its
# modifiers and agent (`_named`) or a relative clause's verb group and subject
# (`_relative_subject`); one more, so that "is there a word past the last one read"
# is answered as with the whole sentence.
_READ_AFTER = _OPENING_WORDS + 1 + max(_MODIFIERS + 2, _VERB_GROUP + 3) + 1


def _relative_subject(
    text: str, toks: list[_Token], r: int, hi: int, language: str
) -> tuple[int, int] | None:
    """Return the subject placed after the verb of a relative clause opening at ``toks[r]``.

    "el mensaje que da el genetista Ruiz" -> "el genetista Ruiz"; between the
    pronoun and the subject stand one to four lower-case words (the verb group
    and an adverb: "che ha lanciato ieri"); "il messaggio che Neri ha scritto"
    has its subject before the verb, and is left alone.
    """
    elided = _noun(toks[r][2]) != toks[r][2]  # "qu’a lancé": the verb is glued on
    for j in range(r if elided else r + 1, min(len(toks), r + _VERB_GROUP + 2)):
        if text[toks[j][0]].isupper():
            return None
        sp = speaker_after(text, toks[j][1], hi, language)
        if sp is None or text[toks[j][1] : sp[0]].strip():
            continue
        first = tokens(text, sp[0], sp[1])
        if first and (text[sp[0]].isupper() or closed_class(first[0][2], language) == "determiner"):
            return sp if _person(text, sp, language) else None
    return None


def _named(
    text: str, toks: list[_Token], k: int, hi: int, language: str
) -> tuple[int, int, int] | None:
    """Return (speaker start, speaker end, noun index) for a noun of speech at ``toks[k]``.

    The noun is followed by a genitive ("parole della ministra") or by up to
    two modifiers and an agent ("mots prononcés par le maire").
    """
    if _noun(toks[k][2]) not in SPEECH_NOUNS.get(language, frozenset()):
        return None
    genitive = GENITIVE_PREPOSITIONS.get(language, frozenset())
    agent = AGENT_PREPOSITIONS.get(language, frozenset())
    at = None
    if (
        k + 2 < len(toks)
        and toks[k + 1][2] in _GENITIVE_ARTICLES.get(language, frozenset())
        and text[toks[k + 2][0]].isupper()
    ):
        # "die Worte des Ministers", "die Aussage einer Studie": German marks the
        # genitive owner by its article, no preposition
        sp = speaker_after(text, toks[k + 1][0], hi, language)
        if sp is None or sp[0] != toks[k + 1][0]:
            return None
        if not _person(text, sp, language) and not _german_role(tokens(text, *sp)[-1][2]):
            return None
        return sp[0], sp[1], k
    if k + 1 < len(toks):
        at = _preposition(toks[k + 1], genitive)
        if at is None and _preposition(toks[k + 1], OBJECT_RELATIVES.get(language, frozenset())):
            sp = _relative_subject(text, toks, k + 1, hi, language)
            return (sp[0], sp[1], k) if sp is not None else None
    j = k + 1
    while at is None and j < len(toks) and j <= k + 1 + _MODIFIERS:
        at = _preposition(toks[j], agent)
        kind = closed_class(toks[j][2], language)
        if at is None and ((kind and kind != "adverb") or text[toks[j][0]].isupper()):
            return None  # "les mots de la fin", "the words on the sign"
        j += 1
    if at is None:
        return None
    relay = RELAY_PARTICIPLES.get(language, ())
    if relay and any(toks[m][2].startswith(relay) for m in range(k + 1, j - 1)):
        return None  # "parole riportate (ancora) dal Corriere": the medium passes them on
    sp = speaker_after(text, at, hi, language)
    if sp is None:
        # "le parole del ministro": the article is in the preposition
        sp = bare_source_after(text, tokens(text, at, hi), language, to_sentence_end=True)
    if sp is None or sp[0] < at:
        return None
    skipped = text[at : sp[0]].strip()
    if skipped and not (skipped.endswith(",") and "," not in skipped[:-1]):
        return None
    if skipped:
        # "the words of the central bank governor, Omar Diaz": a role in apposition
        # before the name, which the mention keeps
        sp = (at + len(text[at : sp[0]]) - len(text[at : sp[0]].lstrip()), sp[1])
    if not _person(text, sp, language):
        return None
    return sp[0], sp[1], k


def _before_noun(toks: list[_Token], k: int, language: str) -> bool:
    """Return whether ``toks[k]`` is an adjective right before a noun of speech.

    "en las crudas palabras de", "the blunt words of": one modifier may
    precede the noun.
    """
    nouns = SPEECH_NOUNS.get(language, frozenset())
    return k + 1 < len(toks) and _noun(toks[k + 1][2]) in nouns


def speech_noun_after(text: str, end: int, hi: int, language: str) -> Attribution | None:
    """Return the attribution of a sentence pointing back with a noun of speech.

    ``end`` is where the quotation's sentence ends (or the quotation, before
    a comma: "«…», es el mensaje de X"); the words after are closed-class
    only ("Queste le", "Ce sont les", "Those were the") then a noun of speech
    and its genitive or agent: "Queste le parole pronunciate da Neri." -> Neri.

    Example:
        >>> t = "«Basta.» Queste le parole pronunciate da Ada Neri ieri."
        >>> a = speech_noun_after(t, 8, len(t), "it")
        >>> t[a.speaker_start : a.speaker_end]
        'Ada Neri'
    """
    if language not in SPEECH_NOUNS or end >= hi:
        return None
    start = end
    while start < hi and text[start] in " \t.!?,":
        start += 1  # "«…». Esta es …": the stop after the closing mark
    stop = sentence_end(text, start, min(hi, start + 300))
    # only the sentence's first words are read (see `_READ_AFTER`)
    toks = leading_tokens(text, start, stop, _READ_AFTER)
    if not toks:
        return None
    gap = text[end : toks[0][0]]
    if gap.strip(' \t.!?“”"»«,'):
        return None
    copula = toks[0][2] in COPULAS.get(language, frozenset()) and not gap.strip()
    if not text[toks[0][0]].isupper() and "," not in gap and not copula:
        # a new sentence, or the same one after a comma, or the quotation as the
        # subject of a copula ("«Inaccettabile» è il commento del sindacato")
        return None
    for k in range(min(len(toks), _OPENING_WORDS + 1)):
        found = _named(text, toks, k, stop, language)
        if found is not None:
            return Attribution(
                speaker_start=found[0],
                speaker_end=found[1],
                cue_start=toks[k][0],
                cue_end=toks[k][1],
                strong=False,
            )
        if closed_class(_noun(toks[k][2]), language) is None and not _before_noun(
            toks, k, language
        ):
            return None  # "Le parole sono importanti": an open word first
    return None


def speech_noun_before(text: str, lo: int, start: int, language: str) -> Attribution | None:
    """Return the attribution of a nominal source phrase set off before a quotation.

    The words right before the quotation end with a noun of speech and its
    genitive or agent, then only a comma or a colon: "è la previsione di Neri,
    «…»", "c'est l'avis du maire : « … »" -> the noun phrase after the
    preposition.

    Example:
        >>> t = "Alla fine, è la previsione di Ada Neri, «vinceremo»."
        >>> a = speech_noun_before(t, 0, t.index("«"), "it")
        >>> t[a.speaker_start : a.speaker_end]
        'Ada Neri'
    """
    if language not in SPEECH_NOUNS:
        return None
    gap = text[max(lo, start - 4) : start].rstrip(" \t\u00a0")
    content = _content_clause(text, max(lo, start - 30), start, language)
    if not gap.endswith((",", ":")) and content is None:
        return None
    whole = lo >= start - _BEFORE  # the sentence's first words are read too
    lo = max(lo, start - _BEFORE)
    hi = content if content is not None else start
    toks = tokens(text, lo, hi)
    for k in range(len(toks) - 1, -1, -1):
        found = _named(text, toks, k, hi, language)
        if found is not None:
            if text[found[1] : hi].strip(" \t\u00a0,:"):
                return None  # "les mots du maire ont choqué :": a clause goes on
            return Attribution(
                speaker_start=found[0],
                speaker_end=found[1],
                cue_start=toks[k][0],
                cue_end=toks[k][1],
                strong=whole and gap.endswith(":") and _nominal_heading(toks[:k], language),
            )
    return None


def _nominal_heading(before: list[_Token], language: str) -> bool:
    """Return whether only an article stands before a noun of speech in its sentence.

    "La replica di Neri:", "Le commentaire du maire :", "La respuesta de la
    alcaldesa:": a verbless sentence of a noun of speech and its owner,
    then a colon, introduces the owner's words as a verb of saying would (the
    *frase nominale* of Serianni; the *phrase averbale* of Le Bon Usage), so it
    credits even a short quotation; inside a longer clause the noun may be the
    object of someone else's verb ("il sindaco ha letto la replica di Neri:").
    """
    return len(before) <= 1 and all(closed_class(t[2], language) == "determiner" for t in before)


def _content_clause(text: str, lo: int, start: int, language: str) -> int | None:
    """Return where the content clause of a noun of speech opens before ``start``, or None.

    A noun of saying takes a completive clause, its content, opened by the
    complementiser right before the quotation: "l’affermazione di Neri che
    «…»", "la déclaration du maire qu'« … »", "la advertencia de Ruiz de que
    «…»" (Le Bon Usage and the Nueva gramática on the noun's completive; Serianni
    on the *proposizione dichiarativa*).
    """
    words = text[lo:start].rstrip(" \t\u00a0").rsplit(None, 2)
    if not words:
        return None
    last = words[-1].lower().replace("'", "’")
    if last not in _COMPLEMENTISERS.get(language, frozenset()):
        return None
    at = text.rfind(words[-1], lo, start)
    if len(words) > 1 and words[-2].lower() in _CONTENT_PREPOSITIONS.get(language, frozenset()):
        at = text.rfind(words[-2], lo, at)  # "de que", "di che": the preposition too
    return at


# The complementisers that open a noun's content clause ("qu’" elided before a
# vowel or a mark), and the prepositions Spanish and Italian may set before them.
_COMPLEMENTISERS = {
    "fr": frozenset({"que", "qu’"}),
    "es": frozenset({"que"}),
    "it": frozenset({"che"}),
}
_CONTENT_PREPOSITIONS = {"es": frozenset({"de"}), "it": frozenset({"di"})}


# How many sentences before "his words:" may name the one they belong to
_POSSESSOR_SENTENCES = 3


def possessor_speaker(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the person a cue names in the last sentences of ``text[lo:hi]``, or None.

    "Lo ha spiegato ieri Ada Neri in tv. Ecco le sue parole:": the possessive
    of "le sue parole" points at the current speaker, the person or body the
    nearest cue sentence names, before or after its verb.

    Example:
        >>> t = "Lo ha spiegato ieri Ada Neri in tv. Ecco le sue parole:"
        >>> sp = possessor_speaker(t, 0, t.index("Ecco"), "it")
        >>> t[sp[0] : sp[1]]
        'Ada Neri'
    """
    end = hi
    for _ in range(_POSSESSOR_SENTENCES):
        start = sentence_start(text, lo, end)
        if end - start > 1:
            for told in (
                attribute_before(text, start, end, language),
                attribute_after(text, start, end, language),
            ):
                if (
                    told is None
                    or told.speaker_start < start
                    or told.speaker_end <= told.speaker_start
                ):
                    continue
                span = (told.speaker_start, told.speaker_end)
                if _person(text, span, language):
                    return span
            inverted = _inverted_cue(text, start, end, language)
            if inverted is not None:
                return inverted
        if start <= lo:
            break
        end = start
    return None


def _german_role(word: str) -> bool:
    """Return whether a German noun in the genitive names a role ("Ministers", "Präsidenten").

    The genitive adds "-s", "-es" or "-(e)n" to the nominative (Duden-Grammatik,
    Deklination des Substantivs); the role is read off the nominative.
    """
    stems = {word} | {word[: -len(end)] for end in ("es", "s", "en", "n") if word.endswith(end)}
    return any(stem.endswith(GERMAN_PERSON_ENDINGS) for stem in stems)


def _person(text: str, span: tuple[int, int], language: str) -> bool:
    """Return whether ``text[span]`` names a person or a body, not a closed-class word."""
    toks = tokens(text, span[0], span[1])
    if len(toks) == 1 and closed_class(toks[0][2], language) is not None:
        return False  # "Così ha risposto …": an adverb, not a subject
    return (
        person_like(text, toks, language)
        # "de la ministra", "del ministro": a noun of person or of office, no name
        or person_head(text, toks, language)
        or any(t[2] in OFFICE_NOUNS.get(language, frozenset()) for t in toks)
        # "del sindacato": a body that speaks
        or (len(toks) <= 3 and toks[-1][2] in speaking_nouns(language))
    )


def _inverted_cue(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """Return the person after the last verb of saying of ``text[start:end]``, or None.

    "Así lo explicó anoche Elena Ruiz en la radio." -> "Elena Ruiz".
    """
    verbs = CUE_VERBS.get(language, frozenset())
    for tok in reversed(tokens(text, start, end)):
        if tok[2] in verbs:
            sp = speaker_after(text, tok[1], end, language)
            return sp if sp is not None and _person(text, sp, language) else None
    return None


# How many words may stand between a possessed noun of speech and the quotation
# its content opens: "her remark to reporters on Monday that “…”".
_CONTENT_WORDS = 7
# How many modifiers may stand between the possessor and the noun: "his repeated
# public claims".
_POSSESSED_MODIFIERS = 2
# Punctuation that closes the noun phrase before the quotation begins.
_CLOSED = regex.compile(r"[;()\[\]]|[.!?]\s|\s[\p{Pd}]\s")
# A possessive determiner of any language's table, or a genitive ending, and how
# far before a quotation one is looked for.
# Two patterns, searched one after the other: one alternation of both costs several
# times more than the two, and the genitive needs an apostrophe, which most
# stretches of text lack ("her", "Lee’s", "the Joneses'").
_POSSESSIVE = regex.compile(
    r"(?i)\b(?:" + "|".join(sorted({w for ws in OWN_WORDS.values() for w in ws})) + r")\b"
)
_GENITIVE_NEAR = regex.compile(r"(?i)\p{L}['’]s\b|s['’](?!\p{L})")
_APOSTROPHES = ("'", "’")
_POSSESSIVE_REACH = 100
# A genitive ending: "Lee's", "Lee’s", "Jones'".
_GENITIVE = regex.compile(r"(?:['’]s|s['’])$")


def _possessive_near(text: str, lo: int, hi: int) -> bool:
    """Return whether ``text[lo:hi]`` holds a possessive determiner or a genitive ending.

    Example:
        >>> t = "Critics mocked Lee’s claim"
        >>> _possessive_near(t, 0, len(t)), _possessive_near(t, 0, 14)
        (True, False)
    """
    if _POSSESSIVE.search(text, lo, hi) is not None:
        return True
    return any(text.find(mark, lo, hi) >= 0 for mark in _APOSTROPHES) and (
        _GENITIVE_NEAR.search(text, lo, hi) is not None
    )


def speech_noun_possessor(text: str, lo: int, at: int, language: str) -> Attribution | None:
    """Return the possessor of a noun of speech whose content holds a quotation.

    ``text[lo:at]`` runs from the start of the sentence to the opening mark.  The
    words right before the quotation are a possessive determiner or a name in
    the genitive, up to two modifiers, a noun of speech
    (:data:`~newsdoc._lexicon.speech_nouns.SPEECH_NOUNS`) and at most a few words
    of its complement with no clause punctuation ("that", "to", "about", a
    time): the possessor said it.  The possessive is returned as written ("her",
    resolved later), a genitive name without its ending.  None when a verb of
    saying stands right before the possessor ("said in her statement": that verb
    credits its own subject) or no such phrase holds the quotation.

    Example:
        >>> t = "Critics mocked her claim that “nobody was hurt”."
        >>> a = speech_noun_possessor(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('her', 'claim')
        >>> t = "Fact checkers tested Ann Lee’s assertion that “crime is down”."
        >>> a = speech_noun_possessor(t, 0, t.index("“"), "en")
        >>> t[a.speaker_start : a.speaker_end]
        'Ann Lee'
    """
    owners = OWN_WORDS.get(language)
    nouns = SPEECH_NOUNS.get(language)
    if not owners or not nouns or language not in POSSESSED_CONTENT:
        return None
    # (the words before the quotation are read already: the noun is looked for first)
    toks = tokens(text, lo, at)
    last = len(toks) - 1
    first = max(-1, last - _CONTENT_WORDS - 1)
    if not any(tok[2] in nouns for tok in toks[first + 1 :]):
        return None  # no noun of speech near the quotation (most quotations)
    if not _possessive_near(text, max(lo, at - _POSSESSIVE_REACH), at):
        return None  # no possessive near the quotation
    for k in range(last, first, -1):
        start, end, word = toks[k]
        if _CLOSED.search(text, end, at) is not None or "," in text[end : max(end, at - 2)]:
            return None  # the noun phrase closed before the quotation
        if word in nouns and text[start].islower():
            if ":" in text[end:at]:
                return None  # "… in his assessment: “…”": own words, read elsewhere
            if not _content(text, toks[k + 1 :], language):
                return None  # "her claims are “…”": the noun's clause goes on
            return _possessor(text, toks, k, owners, language)
        if word in CUE_VERBS.get(language, frozenset()) and text[start].islower():
            return None  # "her aide said that “…”": a verb of saying credits its subject
    return None


def _content(text: str, after: list[_Token], language: str) -> bool:
    """Return whether the words after a possessed noun of speech lead into its content.

    Nothing ("his “…”"), a content clause or infinitive ("her claim that …",
    "his call to …"), or prepositional phrases before one ("her remark to
    reporters that …").  "Lee's remarks as “…”", "her comments were “…”" make
    the quotation a judgement on the words, not the words.
    """
    if not after:
        return True
    openers = POSSESSED_CONTENT[language]
    if after[0][2] in openers:
        return True
    for tok in after:
        word = tok[2]
        if word in openers:
            return True
        if closed_class(word, language) not in {"preposition", "determiner", None}:
            return False  # "as", "were", "about them being": not a content clause
        if word == "as":
            return False
    return False


def _possessor(
    text: str, toks: list[_Token], k: int, owners: frozenset[str], language: str
) -> Attribution | None:
    """Return the possessor of the noun of speech at ``toks[k]``, or None."""
    noun = toks[k]
    for j in range(k - 1, max(-1, k - _POSSESSED_MODIFIERS - 2), -1):
        start, end, word = toks[j]
        if _CLOSED.search(text, end, noun[0]) or "," in text[end : noun[0]]:
            return None
        if word in owners and text[start].islower():
            if any(t[2] in CUE_VERBS.get(language, frozenset()) for t in toks[max(0, j - 2) : j]):
                return None  # "said in her statement": the verb's subject speaks
            return Attribution(
                speaker_start=start,
                speaker_end=end,
                cue_start=noun[0],
                cue_end=noun[1],
                strong=True,
            )
        if _GENITIVE.search(word) and text[start].isupper():
            return _genitive_name(text, toks, j, noun, language)
        if closed_class(word, language) is not None:
            return None  # "the claim", "a remark": no possessor
    return None


def _genitive_name(
    text: str, toks: list[_Token], j: int, noun: _Token, language: str
) -> Attribution | None:
    """Return the capitalised name ending in the genitive ``toks[j]``, without its ending."""
    end = toks[j][1] - 2
    i = j
    while (
        i > 0
        and text[toks[i - 1][0]].isupper()
        and not text[toks[i - 1][1] : toks[i][0]].strip(" .")
    ):
        i -= 1
    start = toks[i][0]
    if i > 0 and toks[i - 1][2] in CUE_VERBS.get(language, frozenset()):
        return None
    span = (start, end)
    if not _person(text, span, language):
        return None
    return Attribution(
        speaker_start=span[0], speaker_end=span[1], cue_start=noun[0], cue_end=noun[1], strong=True
    )
