"""A name opening the sentence right after a quotation (private helper of ``quotes``).

Online Romance news sets a quotation first and its speaker right after it, in
two newsroom shapes:

- the quotation headline of a linked or teased story, the words first and then
  the speaker with what the story is about: "«Il piano è morto». Carla Neri,
  lo sfogo dopo il voto" (Treccani, *Enciclopedia dell'Italiano*, "titolo":
  the "titolo a citazione", quotation then source; the same shape in Spanish
  and French online headlines, "« … ». Léa Morin, la colère");
- a quotation that opens a paragraph, its speaker the subject of the next
  sentence ("«Non mi fermo». Paolo Riva conferma così la candidatura").

Read only where nothing else credits the quotation: a closed, whole-sentence
quotation that opens its paragraph, with a name (with an article or a title:
"La ministra Eva Gil") opening the next sentence on the same line, followed by
a comma or by a word of the clause that is no preposition, conjunction or
article (its verb, an auxiliary, an adverb: "Riva conferma", "Riva ha …",
"Riva non …").  A place ("Roma, la protesta") names nobody.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.places import ends_with_place
from newsdoc.quotes._chunk import leading_name, speaker_mention
from newsdoc.quotes._cues import Attribution

__all__ = ["following_name"]

# The languages whose online news writes these shapes (see the module docstring).
_LANGUAGES = frozenset({"fr", "es", "it"})
# The end of the quotation's sentence on the same line: '». ', '» ', '”. '.
_NEXT_SENTENCE = regex.compile(r"[.!?]?[^\S\n]++(?=\p{Lu})")
# How far (characters) the next sentence's opening is read for the name.
_REACH = 120
# Classes of a word after the name that show it is no subject: "Roma e Milano",
# "Neri di Roma", "Neri la …" (a determiner opens another phrase).
_NOT_AFTER_SUBJECT = frozenset({"preposition", "conjunction", "determiner", "numeral"})


def following_name(text: str, end: int, stop: int, language: str) -> Attribution | None:
    """Return the name opening the sentence after a quotation that ends at ``end``.

    ``stop`` bounds the reading (the paragraph's end).  The caller checks that
    the quotation opens its paragraph and that nothing else credits it.

    Example:
        >>> t = "«Il piano è morto». Carla Neri, lo sfogo dopo il voto"
        >>> a = following_name(t, t.index("»") + 1, len(t), "it")
        >>> t[a.speaker_start : a.speaker_end]
        'Carla Neri'
        >>> t = "«Il piano è morto». Roma, la protesta dei tassisti"
        >>> following_name(t, t.index("»") + 1, len(t), "it") is None
        True
    """
    if language not in _LANGUAGES:
        return None
    m = _NEXT_SENTENCE.match(text, end, stop)
    if m is None:
        return None
    line_end = text.find("\n", m.end(), stop)
    hi = min(stop if line_end < 0 else line_end, m.end() + _REACH)
    found = leading_name(text, m.end(), hi, language) or _surname(text, m.end(), hi, language)
    if found is None:
        return None
    if not _subject_follows(text, found[1], hi, language) or ends_with_place(
        text[found[0] : found[1]]
    ):
        return None
    return Attribution(
        speaker_start=found[0],
        speaker_end=found[1],
        cue_start=found[1],
        cue_end=found[1],
        strong=False,
    )


# One capitalised word: "Mannheimer".
_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*+")
# A final stressed vowel written with its accent ends the future and the simple
# past of Italian and Spanish verbs ("toccherà", "parlò", "llegará", "habló") and
# the abstract nouns in -tà/-tù, -dad ("libertà"); a lone surname seldom
# (Serianni, on the written accent of oxytone words; RAE, *Ortografía*, on the
# written accent).
_STRESSED_VOWELS = frozenset("àèéìíòóùú")
# How far (characters) around a word its lower-case use is looked for.
_EVIDENCE = 3000


def _surname(text: str, at: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return a lone capitalised word at ``at`` that is a name ("Mannheimer, il …").

    A word of no closed class, with no verb's stressed ending, never written in
    lower case nearby ("Sondaggio" is, as "sondaggio"), and that the speaker
    gate lets through.
    """
    m = _WORD.match(text, at, hi)
    if m is None or closed_class(m.group(), language) is not None:
        return None
    if m.group()[-1] in _STRESSED_VOWELS:
        return None  # "Toccherà", "Llegará", "Parlò": a verb's future or past
    if _lower_nearby(text, m.group().lower(), at):
        return None
    return speaker_mention(text, m.start(), m.end(), language)


# How many lower-case occurrences of a word are looked at, at most.
_LOOKS = 20


def _lower_nearby(text: str, word: str, at: int) -> bool:
    """Return whether ``word`` (lower case) stands as a whole word near ``at``."""
    lo, hi = max(0, at - _EVIDENCE), min(len(text), at + _EVIDENCE)
    k = text.find(word, lo, hi)
    for _ in range(_LOOKS):
        if k < 0:
            return False
        end = k + len(word)
        if (k == 0 or not text[k - 1].isalpha()) and (end >= len(text) or not text[end].isalpha()):
            return True
        k = text.find(word, k + 1, hi)
    return False


# The word after a name: a comma, or the next word.
_AFTER = regex.compile(r"[^\S\n]*+(?:(?P<comma>,)|(?P<word>\p{Ll}[\p{L}\p{M}'’]*+))")


def _subject_follows(text: str, at: int, hi: int, language: str) -> bool:
    """Return whether the name ending at ``at`` stands as a subject or a heading."""
    m = _AFTER.match(text, at, hi)
    if m is None:
        return False
    if m.group("comma"):
        return True  # "Carla Neri, lo sfogo …": the name of a headline
    return closed_class(m.group("word"), language) not in _NOT_AFTER_SUBJECT
