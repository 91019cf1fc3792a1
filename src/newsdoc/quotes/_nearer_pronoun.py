"""The subject pronoun of the clause that holds a quotation: "X a écrit qu’elle aimerait « … »".

French writes the subject of every finite clause, so a completive clause
("qu’il comptait « … »") or a clause joined by a semicolon ("… ; il donne les
chiffres : « … »") repeats the speaker as a pronoun right next to the quotation.
That pronoun is the subject of the clause the quoted words belong to, and the
mention that credits them; it stands for the subject named before it in the
sentence (Grevisse & Goosse, *Le Bon Usage*, on the conjunctive clause that
completes a verb and on the personal pronoun as a representative of a noun
before it), which stays the speaker's name.

The pronoun is taken only when it agrees with the mention named before in
number and gender ("La romancière … qu’elle", not "qu’il"), when it opens its
clause right after *que* or a semicolon, when it is no apparent subject of an
impersonal verb ("qu’il y a « … »") and when no sentence end stands between it
and the quotation.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import grammar
from newsdoc.quotes._chunk import apparent_subject

__all__ = ["nearer_pronoun"]

# The subject pronoun of a completive clause ("qu’il", "que elle" is not
# written: the vowel elides) or of a clause after a semicolon ("; il").
_CLAUSE_PRONOUN: dict[str, regex.Pattern[str]] = {
    "fr": regex.compile(r"(?:\bqu['’]|;[ \t]*+)(?P<pronoun>(?:il|elle)s?+)\b(?![’'\-])"),
}

# How far before the quotation the pronoun may stand (characters).
_REACH = 160

# A sentence end between the pronoun and the quotation.
_SENTENCE_END = regex.compile(r"[.!?](?=\s)")


def nearer_pronoun(
    text: str,
    speaker: tuple[int, int],
    quote_start: int,
    shown: tuple[str | None, str | None],
    language: str,
) -> tuple[int, int] | None:
    """Return the subject pronoun between ``speaker`` and the quotation that repeats it, or None.

    ``shown`` is the (number, gender) the speaker mention shows.

    Example:
        >>> s = "La romancière ne cache pas qu’elle voudrait « un peu de calme »."
        >>> span = nearer_pronoun(s, (0, 14), s.index("«"), ("sg", "f"), "fr")
        >>> s[span[0]:span[1]]
        'elle'
        >>> nearer_pronoun(s, (0, 14), s.index("«"), ("sg", "m"), "fr") is None
        True
    """
    pattern = _CLAUSE_PRONOUN.get(language)
    if pattern is None or not speaker[1] <= quote_start:
        return None
    lo = max(speaker[1], quote_start - _REACH)
    found = None
    for m in pattern.finditer(text, lo, quote_start):
        found = m  # the last one: the clause nearest the quotation
    if found is None or _SENTENCE_END.search(text, found.end(), quote_start) is not None:
        return None
    feats = grammar(language).features(found.group("pronoun"))
    if feats is None or apparent_subject(
        text, found.start("pronoun"), found.end("pronoun"), language
    ):
        return None  # "qu’il y a « … »": an impersonal verb's "il" names nobody
    number, gender = shown
    if (number is not None and number != feats.number) or (
        gender is not None and gender != feats.gender
    ):
        return None
    return found.start("pronoun"), found.end("pronoun")
