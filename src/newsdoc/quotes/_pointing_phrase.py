"""A phrase pointing back at a quotation with a demonstrative and a noun of speech.

"«…». Con estas palabras reaccionó el alcalde.", "«…». Con queste parole il
sindaco ha commentato la notizia.", "« … » C'est par ces mots que la maire a
réagi.": the sentence after a quotation opens with a preposition, a
demonstrative and a noun of speech (the manner complement "with these words"),
optionally inside the French cleft "C'est … que"; the clause it frames has the
speaker as its subject, before or after the verb of saying.  The demonstrative
points back at the words just quoted (Grevisse & Goosse, *Le Bon Usage*, on the
anaphoric demonstrative determiner; RAE, *Nueva gramática*, ch. 17, the
demonstratives pointing back in discourse; Serianni, *Grammatica italiana*, VII,
"questo" as anaphoric).
"""

from __future__ import annotations

import attrs

from newsdoc._lexicon.speech_nouns import SPEECH_NOUNS
from newsdoc.quotes._cues import Attribution, attribute_after, sentence_end, tokens

__all__ = ["pointing_phrase"]

# The prepositions of manner and the plural demonstratives that open the phrase
# ("con estas palabras", "con queste parole", "par ces mots", "en ces termes").
_PREPOSITIONS: dict[str, frozenset[str]] = {
    "fr": frozenset({"par", "en", "avec", "sur"}),
    "es": frozenset({"con", "en"}),
    "it": frozenset({"con", "in"}),
}
_DEMONSTRATIVES: dict[str, frozenset[str]] = {
    "fr": frozenset({"ces", "ce", "cette"}),
    "es": frozenset({"estas", "estos", "esas", "esos", "esta", "este", "esa", "ese"}),
    "it": frozenset({"queste", "questi", "questa", "questo", "tali", "tale"}),
}
# Nouns of wording the table of nouns of speech leaves out ("en ces termes", "en estos términos").
_WORDING = frozenset({"termes", "términos", "termini"})
# The French cleft around the phrase: "C'est par ces mots que …".
_CLEFT_OPENERS = frozenset({"c'est", "c’est"})
# How far the phrase's sentence may run.
_REACH = 300


def pointing_phrase(text: str, end: int, hi: int, language: str) -> Attribution | None:
    """Return the speaker of the sentence at ``end`` that points back with "with these words".

    ``end`` is where the quotation's sentence ends, ``hi`` the paragraph's end.

    Example:
        >>> t = "«Basta». Con estas palabras reaccionó la jueza Ana Gil."
        >>> a = pointing_phrase(t, t.index("»") + 2, len(t), "es")
        >>> t[a.speaker_start : a.speaker_end]
        'la jueza Ana Gil'
    """
    preps = _PREPOSITIONS.get(language)
    if preps is None:
        return None
    head = tokens(text, end, min(hi, end + 60))[:6]
    k = 0
    if head and head[0][2] in _CLEFT_OPENERS:
        k = 1
    if len(head) < k + 4 or head[k][2] not in preps or not text[head[0][0]].isupper():
        return None
    if head[k + 1][2] not in _DEMONSTRATIVES[language]:
        return None
    noun = head[k + 2][2]
    if noun not in SPEECH_NOUNS.get(language, frozenset()) and noun not in _WORDING:
        return None
    at = head[k + 2][1]
    if k and head[k + 3][2].replace("'", "’") not in {"que", "qu’"}:
        return None  # "C'est par ces mots …" goes on without "que": no cleft
    if k:
        at = head[k + 3][1]
    stop = sentence_end(text, at, min(hi, at + _REACH))
    told = attribute_after(text, at, stop, language)
    if told is None or told.speaker_start < 0:
        return None
    return attrs.evolve(told, strong=False)
