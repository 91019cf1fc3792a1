"""A pronoun before its name: the speaker of an opening quotation named after it.

News stories often open on a quotation credited to a pronoun and name the
speaker only in the sentence after it: "« … », déclare-t-elle dans un entretien.
Gabrielle Noiret, maire de Salvan, veut …", "“…,” she said. Coach Maria Lopes
takes charge next month."  The pronoun points forward, a cataphora (Halliday &
Hasan, *Cohesion in English*, 1976, § 2.4; Riegel, Pellat & Rioul, *Grammaire
méthodique du français*, on the *cataphore*), and is resolved only when no name
before it agrees (the register's answer comes first): the first sentences after
it are read for a subject that names a person in full.
"""

from __future__ import annotations

import regex

from newsdoc._grammar import closed_class
from newsdoc.quotes._cues import FULL_NAME, subject

__all__ = ["cataphor"]

# Where a sentence may start after the pronoun's own: after a full stop, a
# question or exclamation mark (and a closing mark) and white space, or a line
# break.  Example: the "G" of ". Gabrielle Noiret".
_SENTENCE_START = regex.compile(r"(?:[.!?](?:[ \t]*+[»”\"’])?[ \t]++|\n\s*+)(?=\p{Lu})")
# A sentence opening right after a closing mark that ended the sentence before:
# the "L" of "dignité. » Le délégué".
_OPENS_AFTER_CLOSE = regex.compile(r"(?<=[.!?][ \t]*+[»”\"’])[ \t]++(?=\p{Lu})")
# A full name set off by commas right after a subject: ", Gilles Ravel,".
_APPOSED = regex.compile(
    r",\s*+(?P<name>\p{Lu}[\p{Ll}\p{M}'’-]++(?:\s++\p{Lu}[\p{Ll}\p{M}'’-]++){1,3}),"
)
# How far after the pronoun, and how many sentences, are read.
_REACH = 400
_SENTENCES = 2


def cataphor(
    text: str, opened: int, end: int, language: str, first_name: int | None = None
) -> tuple[int, int] | None:
    """Return the full name a pronoun ending at ``end`` points forward to, or None.

    ``opened`` is where the quotation the pronoun credits opens: a story that
    named anyone before it (a name of capitalised words) is past its opening,
    and a pronoun there that no name agrees with is left as written.  The name
    is the subject of one of the next two sentences (in the same paragraph or
    the one after) that holds a full name or is followed by one in apposition.
    ``first_name`` is where the text's first full name starts, if the caller
    has found it once for many questions (a search per question would read the
    text before every quotation again).

    Example:
        >>> t = "“We are ready,” she said. Coach Maria Lopes takes over in May."
        >>> span = cataphor(t, 0, t.index(" said"), "en")
        >>> t[span[0] : span[1]]
        'Coach Maria Lopes'
    """
    if first_name is None:
        found = FULL_NAME.search(text, 0, opened)
        first_name = found.start() if found is not None else len(text)
    if first_name < opened:
        return None  # (a name never spans the quotation mark at ``opened``)
    hi = min(len(text), end + _REACH)
    breaks = text.count("\n\n", end, hi)
    if breaks > 1:
        hi = text.find("\n\n", text.find("\n\n", end, hi) + 2, hi)
    # the pronoun's sentence ends with the quotation closed before ``end`` ("…
    # dignité. » Le délégué …"), or at the next sentence end
    opening = _OPENS_AFTER_CLOSE.match(text, end, hi)
    starts = [opening.end()] if opening is not None else []
    starts += [m.end() for m in _SENTENCE_START.finditer(text, end, hi)]
    for start in starts[:_SENTENCES]:
        stop = _sentence_end(text, start, hi)
        sp = subject(text, start, stop, language)
        if sp is None:
            continue
        if _names_in(text, sp[0], sp[1], language):
            return sp
        apposed = _APPOSED.match(text, sp[1], stop)
        if apposed is not None:
            return apposed.span("name")
    return None


def _names_in(text: str, lo: int, hi: int, language: str) -> bool:
    """Return whether ``text[lo:hi]`` holds a full name ("Coach Maria Lopes").

    Capitalised words that open with a closed-class word are a German noun
    phrase, not a name: "Der Mann".
    """
    for m in FULL_NAME.finditer(text, lo, hi):
        if closed_class(m.group().split()[0], language) is None:
            return True
    return False


def _sentence_end(text: str, start: int, hi: int) -> int:
    """Return where the sentence opening at ``start`` ends (its full stop or ``hi``)."""
    m = _SENTENCE_START.search(text, start, hi)
    return m.start() + 1 if m is not None else hi
