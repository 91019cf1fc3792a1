"""German: the originator after an impersonal "heißt es" (private helper of ``quotes``).

"In einer Erklärung hieß es von der Firma: „…“", "Dazu hieß es aus dem
Ministerium: „…“", "heißt es seitens der Polizei": the impersonal passive of
saying ("es heißt") names no subject, and a "von"/"aus"/"seitens" phrase right
after it names who the words come from (Duden, *Die Grammatik*, on the
impersonal "es" and the agent phrase of the passive with "von" and "seitens";
"aus" names the place the words come out of, an office or a party).  Such a
phrase beats the text or occasion named at the front of the clause.
"""

from __future__ import annotations

__all__ = ["originator_after"]

#: Prepositions naming who impersonal words come from (lower case).
_ORIGIN = frozenset({"von", "vom", "seitens", "vonseiten", "aus"})
# How many words may stand between "es" and the preposition ("hieß es dazu von").
_REACH = 2


def originator_after(toks: list[tuple[int, int, str]], k: int) -> int | None:
    """Return where the phrase after an originator preposition starts, or None.

    ``toks`` are the clause's tokens (start, end, lower-cased word); ``k`` the
    index of the first word after "heißt es".

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> t = "hieß es dazu von der Firma"
        >>> t[originator_after(tokens(t, 0, len(t)), 2) :]
        ' der Firma'
    """
    for m in range(k, min(len(toks) - 1, k + _REACH + 1)):
        if toks[m][2] in _ORIGIN:
            return toks[m][1]
    return None
