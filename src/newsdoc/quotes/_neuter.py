"""A neuter demonstrative as the subject before a colon names nobody: "Ce n'est pas tout :".

"Ce n'est pas tout : « … »", "C'est simple : « … »", "Eso no es todo: «…»": the
subject of the clause that introduces the quotation is a neuter demonstrative
pronoun, which points at a state of affairs, never at a person (Grevisse &
Goosse, *Le Bon Usage*, the neuter demonstrative pronouns *ce*, *ceci*, *cela*,
*ça*; RAE, *Nueva gramática*, ch. 17 "Los demostrativos", the neuter forms
*esto*, *eso*, *aquello*).  The clause credits nobody, so the one quoted just
before goes on speaking.
"""

from __future__ import annotations

from newsdoc.quotes._cues import tokens

__all__ = ["neuter_subject"]

# The neuter demonstrative pronouns (lower case; the elided "c’" is a token of its own).
_NEUTER: dict[str, frozenset[str]] = {
    "fr": frozenset("ce c’ c' cela ça ceci".split()),
    "es": frozenset("esto eso aquello ello".split()),
}


def neuter_subject(text: str, start: int, end: int, language: str) -> bool:
    """Return whether the mention at ``text[start:end]`` opens with a neuter demonstrative.

    Example:
        >>> s = "Ce n’est pas tout"
        >>> neuter_subject(s, 0, 8, "fr"), neuter_subject("Le maire", 0, 8, "fr")
        (True, False)
        >>> neuter_subject("C’est simple", 0, 12, "fr"), neuter_subject("Eso no es", 0, 9, "es")
        (True, True)
    """
    words = _NEUTER.get(language)
    if words is None:
        return False
    toks = tokens(text, start, end)
    if not toks:
        return False
    first = toks[0][2]
    # "c’est" is one token: the elided pronoun glued to its verb
    return first in words or any(first.startswith(w) for w in words if w[-1] in "’'")
