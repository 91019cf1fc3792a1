"""A genitive attribute closing a fronted "laut" phrase (private helper of ``quotes``).

"Laut dem Bericht der Behörde war die Anlage „marode“": the source is "dem
Bericht der Behörde", not "dem Bericht".  "der" after a noun may open a new
phrase in the middle field ("…, sei laut dem Bericht der Minister
zurückgetreten": the subject), so it is not read as a genitive in general.  In
the prefield it can be nothing else: a German main clause puts exactly one
constituent before its finite verb (Duden, *Die Grammatik*, on the verb-second
clause and the prefield), so when "laut …" opens the sentence, a "der"/"des"/
"einer"/"eines" phrase after its noun and before the finite verb belongs to it
as a postnominal genitive attribute.
"""

from __future__ import annotations

import regex

__all__ = ["prefield_genitive"]

# One genitive attribute after a noun: an article of the genitive, up to two
# lower-case adjectives and a capitalised noun or name of up to three words
# (" der zuständigen Behörde", " des Amtes", " der Ministerin Jana Roth").
_GENITIVE = regex.compile(
    r"\s++(?:der|des|einer|eines)\s++(?:\p{Ll}[\p{L}-]*+\s++){0,2}"
    r"\p{Lu}[\p{L}-]*+(?:\s++\p{Lu}[\p{L}-]*+){0,2}"
)
# What follows the prefield: the finite verb, a lower-case word ("war", "ist").
_FINITE_VERB = regex.compile(r"\s++\p{Ll}")
# How many genitives may stack ("dem Bericht des Amtes der Stadt").
_STACK = 2


def prefield_genitive(text: str, span: tuple[int, int], hi: int) -> tuple[int, int]:
    """Return ``span`` grown over the genitive attributes closing a fronted source phrase.

    ``span`` is the noun phrase after a sentence-opening "laut"; ``hi`` bounds
    the words read.  The span is unchanged unless the genitives end right
    before a lower-case word, the finite verb of the clause.

    Example:
        >>> t = "Laut dem Bericht der Behörde war die Anlage marode."
        >>> s, e = prefield_genitive(t, (5, 16), len(t))
        >>> t[s:e]
        'dem Bericht der Behörde'
        >>> t = "Laut dem Bericht der Behörde Roth war"
        >>> prefield_genitive(t, (5, 16), 21)
        (5, 16)
    """
    end = span[1]
    for _ in range(_STACK):
        m = _GENITIVE.match(text, end, hi)
        if m is None:
            break
        end = m.end()
    if end == span[1] or _FINITE_VERB.match(text, end, hi) is None:
        return span
    return span[0], end
