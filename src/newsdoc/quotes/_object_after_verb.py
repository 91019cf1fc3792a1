"""The object of a verb of saying before a colon (private helper of ``quotes``).

An Italian verb of saying may be followed by its inverted subject ("ha
spiegato il sindaco: «…»") or by its object, with the subject dropped: "ha
poi ribadito il concetto: «…»", "ha ripetuto la sua posizione: «…»"
(Serianni, on the unexpressed subject and on transitive verbs).  Word
order cannot tell the two apart; the noun can.  A noun phrase of lower-case
words whose head is no noun of a text ("la nota", "il rapporto") or of speech
("il messaggio"), and no noun of a person or a body (not "il sindaco",
"l’esperta", "la portavoce", "i medici", nor a noun with a suffix of agent:
-tore, -trice, -ista, -ologo, -iatra, -iere, -ante, -ente; Serianni on
the suffixes of agent nouns), is the object, and the speaker is the dropped subject.  After
"come" ("come dice il proverbio:") the phrase is always the subject.  Only
Italian has the tables so far: Spanish and French copy, checked, lets texts
and songs speak there more often ("como dice el tango:").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import AS_SAID
from newsdoc._lexicon.speakers import (
    OBJECT_CLITICS,
    OWN_WORDS,
    PERSON_PRONOUNS,
    TITLES,
    speaking_nouns,
)
from newsdoc._lexicon.speech_nouns import SPEECH_NOUNS
from newsdoc.quotes._cues import Attribution, tokens

__all__ = ["object_of_cue"]

#: Nouns of texts and documents, which speak as their authors do ("recita la
#: nota:", "spiega il rapporto:", "dice il cartello:"): never read as an object.
#: The nouns of written communication of the Treccani vocabulary, with the nouns
#: of speech of `newsdoc._lexicon.speech_nouns` (lower case).
_TEXT_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "it": frozenset(
            "nota note documento documenti testo testi lettera lettere comunicato comunicati "
            "rapporto rapporti studio studi sentenza sentenze post tweet cartello cartelli "
            "striscione striscioni articolo articoli legge decreto relazione relazioni "
            "ricerca indagine sondaggio libro volume canzone verso versi proverbio detto "
            "motto slogan titolo sito pagina".split()
        )
    }
)
#: Suffixes of nouns of agents and of people by trade or origin, singular and
#: plural (Serianni, on the suffixes of agent nouns): a noun ending so may name
#: a person.
_PERSON_SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "it": (
            "tore", "tori", "trice", "trici", "ista", "isti", "iste", "ologo", "ologa",
            "ologi", "ologhe", "iatra", "iatri", "iere", "iera", "ieri", "ante", "anti",
            "ente", "enti", "ese", "esi", "ano", "ana", "ani", "ane",
        ),
    }
)  # fmt: skip


def _clitic(word: str, language: str) -> bool:
    """Return whether ``word`` is an object clitic ("le", "gli", "lo")."""
    return word in OBJECT_CLITICS.get(language, frozenset())


def object_of_cue(text: str, attr: Attribution, hi: int, language: str) -> bool:
    """Return whether the mention after the cue of ``attr`` is its object, before a colon.

    ``hi`` is where the words before the quotation end.

    Example:
        >>> t = "Poi ha ribadito il concetto: "
        >>> a = Attribution(speaker_start=16, speaker_end=27, cue_start=4, cue_end=15)
        >>> object_of_cue(t, a, len(t), "it")
        True
        >>> t = "Poi ha ribadito il sindaco: "
        >>> a = Attribution(speaker_start=16, speaker_end=26, cue_start=4, cue_end=15)
        >>> object_of_cue(t, a, len(t), "it")
        False
        >>> t = "Le ha risposto il portiere: "
        >>> a = Attribution(speaker_start=15, speaker_end=26, cue_start=3, cue_end=14)
        >>> object_of_cue(t, a, len(t), "it")
        False
    """
    suffixes = _PERSON_SUFFIXES.get(language)
    texts = _TEXT_NOUNS.get(language)
    if suffixes is None or texts is None or attr.speaker_start < attr.cue_end:
        return False  # no table, or the subject stands before its verb
    before = tokens(text, max(0, attr.cue_start - 24), attr.cue_start)
    if before and before[-1][2] in AS_SAID.get(language, frozenset()):
        return False  # "come dice il proverbio:": "as X says" has its subject after it
    cue_words = tokens(text, attr.cue_start, attr.cue_end)
    if (before and _clitic(before[-1][2], language)) or (
        cue_words and _clitic(cue_words[0][2], language)
    ):
        # "Le ha risposto il leader:", "L'ha ripetuto il sindaco:": a clitic before
        # the verb is its object, so the phrase after the verb is the subject
        return False
    rest = text[attr.speaker_end : hi].strip()
    if not rest.endswith(":") or any(mark in rest for mark in ',;.!?«»“”"()'):
        # only in the clause of the colon that opens the quotation ("il parallelo
        # tra lui e l’autore …:" goes on to the colon with its coordinated phrase)
        return False
    words = tokens(text, attr.speaker_start, attr.speaker_end)
    if len(words) < 2 or closed_class(words[0][2], language) != "determiner":
        return False  # a name, a pronoun, a bare noun: no common noun phrase
    if any(not text[w[0]].islower() for w in words):
        return False  # a capitalised word: a name, a body
    nouns = speaking_nouns(language) | PERSON_PRONOUNS.get(language, frozenset())
    owned = any(w[2] in OWN_WORDS.get(language, frozenset()) for w in words)
    for _, _, word in words[1:]:
        if closed_class(word, language) is not None:
            continue
        if owned and word in SPEECH_NOUNS.get(language, frozenset()):
            return True  # "ha ribadito la sua accusa:": words of its own subject
        noun = word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]
        return not (
            noun in nouns
            or noun in texts
            or noun in SPEECH_NOUNS.get(language, frozenset())
            or noun in TITLES
            or noun.endswith(suffixes)
        )
    return False
