"""Facts of Italian grammar the speaker mechanisms ask about.

- ``lo_article``: whether "Lo" opening a clause is the definite article ("Lo
  storico Paolo Neri ha detto") or the object clitic ("Lo ha detto il
  ministro"), which the shared tables list only as the neuter "lo" of Spanish
  ("Lo que …") and as a clitic.
"""

from __future__ import annotations

import regex

from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.speakers import DETERMINERS

__all__ = ["lo_article"]

# The onsets that take the article "lo" (and "gli", "uno") instead of "il":
# s followed by a consonant ("lo storico", "lo scrittore"), z ("lo zio"), gn
# ("lo gnomo"), ps and pn ("lo psicologo", "lo pneumologo"), x and y ("lo
# xilofono", "lo yogurt") and i before a vowel ("lo iato"); L. Serianni,
# *Grammatica italiana*, UTET 1989, IV.4-IV.6 (Treccani, *Enciclopedia
# dell'Italiano*, "articolo").  Read on the lower-cased next word.
_LO_ONSET = regex.compile(r"(?:s[^\W\d_aeiouàèéìòóù]|z|gn|ps|pn|x|y|i[aeiouàèéìòóù])")
# Finite endings of a verb after an object clitic "Lo" that an onset above may
# open: first plural present and the third persons of the imperfect and the
# simple past ("Lo stiamo …", "Lo spiegavano", "Lo scrissero").
_FINITE_ENDINGS = ("iamo", "ava", "avano", "eva", "evano", "iva", "ivano", "arono", "erono")


def lo_article(word: str, next_word: str, after_next: str | None) -> bool:
    """Return whether ``word`` ("lo", any case) is the article of ``next_word``.

    "Lo storico", "Lo stesso ministro", "Lo Stato", "Lo zio": the onset of the
    next word takes the article.  "Lo scrive il giornale", "Lo stiamo facendo":
    a verb of saying, a finite ending, or an article right after (a verb, then
    its subject) make it the object clitic.  ``after_next`` is the word after
    ``next_word``, lower case, or None.

    Example:
        >>> lo_article("Lo", "storico", "Paolo")
        True
        >>> lo_article("Lo", "scrive", "il")
        False
        >>> lo_article("Lo", "ha", "detto")
        False
    """
    if word.lower() != "lo":
        return False
    nxt = next_word.lower()
    if _LO_ONSET.match(nxt) is None:
        return False
    if nxt in CUE_VERBS["it"] or nxt.endswith(_FINITE_ENDINGS):
        return False
    return after_next is None or after_next not in DETERMINERS["it"]
