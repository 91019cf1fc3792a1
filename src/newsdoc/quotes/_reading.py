"""A text as the source of a quotation, read through an impersonal verb.

"« … », pouvait-on lire dans le communiqué", "«…», puede leerse en el informe",
"«…», si legge nel documento", "«…», è scritto nella nota": the words after the
quotation say where it is written, and the phrase after the locative
preposition names the source.  One pattern per language is generated from the
closed parts in :data:`newsdoc._lexicon.reading.READING` (impersonal pronoun,
verbs of reading and writing, the modal *can*, the passive of *to write*, the
prepositions), together with the typed impersonal cues of
:data:`newsdoc._lexicon.cues.IMPERSONAL_READS` ("se informa", "si afferma").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

import regex

from newsdoc._lexicon.cues import IMPERSONAL_READS
from newsdoc._lexicon.reading import READING, Reading

__all__ = ["reading_cue"]


# An adverb of manner inside the construction, by its derivational suffix
# (French -ment, Spanish and Italian -mente: "est-il notamment écrit", "si legge
# chiaramente nel"), or one of the additive adverbs ("aussi", "también", "anche").
_ADVERB = (
    r"(?:\s++(?i:\p{Ll}{2,20}?ment[e]?|aussi|également|también|además|anche|inoltre)"
    r"(?![\p{L}\-]))?+"
)


def _alt(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first, spaces as runs of blanks."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s++") for w in ordered) + ")"


def _forms(r: Reading) -> list[str]:
    """Return the alternatives of the construction ``r`` as regex fragments."""
    verbs = _alt(r.read + r.write)
    can = _alt(r.can)
    passive = rf"{_alt(r.be)}\s++{_alt(r.participle)}"
    if not r.enclitic:
        # French: "lit-on", "lira-t-on", "pouvait-on lire", "est-il écrit";
        # before the verb: "on lit", "comme on peut le lire"
        return [
            rf"{verbs}(?:-t)?-{r.impersonal}",
            rf"{can}(?:-t)?-{r.impersonal}{_ADVERB}\s++(?:le\s++)?{r.infinitive}",
            rf"{_alt(r.be)}(?:-t)?-il{_ADVERB}\s++{_alt(r.participle)}",
            rf"(?:{_alt(r.openers)}\s++)?{r.impersonal}\s++"
            rf"(?:{_alt(r.read)}|{can}\s++(?:le\s++)?{r.infinitive})",
        ]
    # Spanish and Italian: "se lee", "si può leggere", "puede leerse", "è scritto"
    opener = rf"(?:{_alt(r.openers)}\s++)?"
    return [
        rf"{opener}{r.impersonal}\s++(?:{verbs}|{can}\s++{r.infinitive})",
        rf"{opener}{can}\s++{r.enclitic}",
        passive,
    ]


def _prepositions(r: Reading) -> str:
    """Return the locative prepositions of ``r``; an elided one ends without a boundary."""
    elided = [p for p in r.prepositions if p.endswith(("’", "'"))]
    whole = [p for p in r.prepositions if p not in elided]
    parts = [_alt(whole) + r"\b"] + ([_alt(elided)] if elided else [])
    return "(?:" + "|".join(parts) + ")"


def _compile(language: str, r: Reading) -> regex.Pattern[str]:
    """Return the pattern of the construction for ``language``."""
    typed = [regex.escape(p).replace(r"\ ", r"\s++") for p in IMPERSONAL_READS.get(language, ())]
    cue = "|".join(_forms(r) + typed)
    # "», pouvait-on lire dans le texte": the cue, then a preposition
    return regex.compile(
        rf"""
        (?:\s*+\([^()\n]{{0,60}}\))?+   # a gloss: "» (en anglais), lit-on"
        [\s,]*+
        (?P<cue>(?i:{cue}))
        {_ADVERB}                       # "est-il notamment écrit dans", "se lee también en"
        \s++
        (?i:{_prepositions(r)})
        """,
        regex.VERBOSE,
    )


_PATTERNS: Mapping[str, regex.Pattern[str]] = MappingProxyType(
    {language: _compile(language, r) for language, r in READING.items()}
)


def reading_cue(language: str) -> regex.Pattern[str] | None:
    """Return the pattern of "«…», peut-on lire dans" for ``language``, or None.

    The pattern matches from the end of a quotation: group ``cue`` is the
    impersonal verb phrase, and the match ends after the preposition, before the source text.

    Example:
        >>> s = "« Non », pouvait-on lire dans le communiqué."
        >>> m = reading_cue("fr").match(s, s.index("»") + 1)
        >>> m.group("cue"), s[m.end():].strip()
        ('pouvait-on lire', 'le communiqué.')
    """
    return _PATTERNS.get(language)
