"""A quotation in brackets right after a name: that one's words (private helper of ``quotes``).

Lists of reactions put each voice's words in brackets after the name, with no
verb of saying: "Many leaders welcomed the deal, among them Ann Lee (“A fine
day.”) and Tom Baker (“Long overdue.”)"; "Gratuliert haben auch Eva Kern („Ein
verdienter Sieg.“) und Jan Roth". The brackets make the quotation an aside on
the phrase right before them, and a whole sentence in marks is someone's
words, not a title or a translation ("das Buch „Das Boot“ („The Boat“)": no
sentence, no speaker).

The name is two to four capitalised words right before the bracket after any
closed-class word that opens them ("Auch Jan Roth": "Jan Roth"), none of them a
closed-class word, so a noun with its article ("die Regierung („…“)") is not
read.
"""

from __future__ import annotations

from collections.abc import Mapping

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.grammar import GERMAN_INFLECTION_ENDINGS

__all__ = ["bracketed_speaker", "listed_speaker"]

# The name right before an opening bracket: two to four capitalised words, the
# last one before the bracket ("Jan Roth (", "Präsident Jan Roth (").
_NAME_BEFORE = regex.compile(
    r"""
    (?<![\p{L}\p{M}'’\-])                     # the name starts a word
    (?P<name>\p{Lu}[\p{L}\p{M}'’\-]*+         # "Jan"
      (?:\s++\p{Lu}[\p{L}\p{M}'’\-]*+){1,3})  # "Roth", "ElBaradei"
    \s*+\(\s*+$                               # the opening bracket
    """,
    regex.VERBOSE,
)
# A word of the name.
_WORD = regex.compile(r"[\p{L}\p{M}'’\-]++")
# How far back (characters) the name is looked for.
_REACH = 80
# The closing bracket right after the quotation.
_CLOSING = regex.compile(r"\s*+\)")
# A whole sentence ends inside the marks: "Ein verdienter Sieg."
_SENTENCE_END = regex.compile(r"[.!?…]\s*+$")


def bracketed_speaker(
    text: str, start: int, end: int, inner_start: int, inner_end: int, language: str
) -> tuple[int, int] | None:
    """Return the name before a bracketed quotation ``text[start:end]``, or None.

    ``inner_start``/``inner_end`` are the words inside the marks.

    Example:
        >>> t = "Es gratulierten Eva Kern („Ein verdienter Sieg.“) und andere."
        >>> s = t.index("„")
        >>> e = t.index("“") + 1
        >>> a, b = bracketed_speaker(t, s, e, s + 1, e - 1, "de")
        >>> t[a:b]
        'Eva Kern'
        >>> t = "Sie las das Buch „Das Boot“ („The Boat“) zweimal."
        >>> s = t.rindex("„")
        >>> e = t.rindex("“") + 1
        >>> bracketed_speaker(t, s, e, s + 1, e - 1, "de") is None
        True
    """
    if text[max(0, start - 2) : start].strip()[-1:] != "(" or _CLOSING.match(text, end) is None:
        return None  # no brackets round the quotation (most quotations)
    if _SENTENCE_END.search(text, inner_start, inner_end) is None:
        return None
    m = _NAME_BEFORE.search(text, max(0, start - _REACH), start)
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.start("name"), m.end("name")))
    while words and closed_class(words[0].group(), language) is not None:
        words = words[1:]  # "Auch Jan Roth": a particle before the name
    if len(words) < 2 or any(closed_class(w.group(), language) is not None for w in words):
        return None  # "Die Regierung („…“)": an article and a noun
    return words[0].start(), words[-1].end()


# The last member of a list, right before a colon: ", und der Minister Jan Roth:"
# ("und", "sowie", a comma, then the phrase, no clause punctuation in it).
# German only: "und"/"sowie" and the capital of every noun (a verb before the
# colon shows in lower case); other languages have no entry.
_LISTED: Mapping[str, regex.Pattern[str]] = {
    "de": regex.compile(
        r"""
        (?:,\s*+(?:(?:und|sowie)\s++)?|\b(?:und|sowie)\s++)  # the list goes on
        (?P<phrase>[^,;:.!?()\[\]„“"«»\n]{3,100}+) # "der Minister Jan Roth"
        :\s*+$                                    # the colon before the quotation
        """,
        regex.VERBOSE,
    ),
}


def listed_speaker(text: str, lo: int, at: int, language: str) -> tuple[int, int] | None:
    """Return a named person listed last before a colon and a quotation, or None.

    "Es gratulierten viele, so Eva Kern und der Bürgermeister Jan Roth: „…“":
    a list of voices ends with the one whose words follow the colon.  Only a
    phrase that ends with a name of two capitalised words after its article and
    lower-case modifiers is read ("der Bürgermeister Jan Roth"), in languages that
    capitalise every noun (where a verb before the colon would be lower case).

    Example:
        >>> t = "Es gratulierten Eva Kern und der Bürgermeister Jan Roth: „Toll!“"
        >>> a, b = listed_speaker(t, 0, t.index("„"), "de")
        >>> t[a:b]
        'der Bürgermeister Jan Roth'
    """
    pattern = _LISTED.get(language)
    if pattern is None:
        return None
    m = pattern.search(text, max(lo, at - _REACH - 40), at)
    if m is None:
        return None
    words = list(_WORD.finditer(text, m.start("phrase"), m.end("phrase")))
    if len(words) < 2:
        return None
    k = 0
    if closed_class(words[0].group(), language) == "determiner":
        k = 1
    while (
        k < len(words)
        and words[k].group()[0].islower()
        and words[k].group().endswith(GERMAN_INFLECTION_ENDINGS)
        and closed_class(words[k].group(), language) is None
    ):
        k += 1  # "der norwegische …": inflected adjectives
    rest = words[k:]
    if len(rest) < 2 or any(
        not w.group()[0].isupper() or closed_class(w.group(), language) is not None for w in rest
    ):
        return None  # a lower-case word after the noun: a verb, "… sagte er:"
    return words[0].start(), words[-1].end()
