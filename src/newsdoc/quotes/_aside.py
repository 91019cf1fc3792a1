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

import regex

from newsdoc._grammar import closed_class

__all__ = ["bracketed_speaker"]

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
    if not text[end:].lstrip().startswith(")"):
        return None
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
