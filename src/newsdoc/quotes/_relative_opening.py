"""A relative pronoun opening a sentence (private helper of ``quotes``).

Italian prose, and its newsrooms most, may open a sentence with a relative
pronoun that links it to the noun phrase ending the sentence before, the
"nesso relativo" or relative link: "Ha parlato il segretario Luca Neri. Che ha
poi aggiunto: «…»", "… la ministra Eva Gil. La quale, intervistata ieri, ha
ribadito: «…»" (L. Serianni, *Grammatica italiana*, UTET 1989, VII §§ 234-244 on
the relative pronouns, and on the relative that opens a sentence; Treccani,
*Enciclopedia dell'Italiano*, "relative, frasi", on the "relativa
giustapposta").  The pronoun is the subject of its verb of saying, so the
speaker is its antecedent: the name that ends the sentence before.

Only a clause whose verb of saying has no subject of its own is read: asides
set off by dashes, commas or brackets between the pronoun and the verb are
skipped ("Che, plaudendo all'intesa – un passo avanti –, chiede …"), and any
other word but an adverb, an auxiliary, a clitic or a negation before the verb
ends the reading ("Che il ministro dica …" has its own subject).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import regex

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.speakers import OBJECT_CLITICS
from newsdoc.quotes._chunk import speaker_mention
from newsdoc.quotes._cues import Attribution, sentence_start, tokens

__all__ = ["relative_opening"]

#: The relative pronouns that may open an Italian sentence as its subject
#: (Serianni VII §§ 234-244: "che", "il quale" and its forms), capitalised as
#: written.
_OPENERS: Mapping[str, regex.Pattern[str]] = MappingProxyType(
    {
        "it": regex.compile(
            r"[^\S\n]*+(?:Che|Il[ \t]++quale|La[ \t]++quale|I[ \t]++quali|Le[ \t]++quali)\b"
        ),
    }
)
# An aside between the pronoun and its verb: "– un passo avanti –", ", plaudendo
# all'intesa,", "(ieri)"; no nesting, no line break.
_ASIDE = regex.compile(r"[ \t]*+(?:[–—-][^–—\n]{0,200}?[–—]|\([^()\n]{0,200}\)|,[^,\n]{0,200},)")
# The run of capitalised words (a name, its particles) that ends the sentence
# before: "… il segretario generale Luca Neri."
_NAME_AT_END = regex.compile(
    r"(?P<name>\p{Lu}[\p{L}\p{M}'’\-]*+"
    r"(?:[ \t]++(?:\p{Lu}[\p{L}\p{M}'’\-]*+|d[aei]|de[il]|von|van))*+)"
    r"[ \t]*+[.!?][^\S\n]*+\Z"
)
# The endings of the gerund (Serianni, on the gerund: -ando, -endo), whose clause
# may stand between the pronoun and its verb without commas.
_GERUND_ENDINGS: Mapping[str, tuple[str, ...]] = MappingProxyType({"it": ("ando", "endo")})
# Where a gerund clause ends: the dash, bracket or comma of an aside after it.
_GERUND_CLOSE = regex.compile(r"[ \t]*+[–—(,]|[ \t]++-[ \t]")
# Words the verb group may hold before its verb: "ha poi aggiunto", "non ha".
_VERB_GROUP = frozenset({"auxiliary", "adverb"})
# How far back (characters) the sentence before is read for its last name.
_REACH = 300


def relative_opening(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the antecedent of a relative pronoun opening the sentence ``text[lo:hi]``.

    ``text[lo:hi]`` runs from the sentence start to a quotation's opening mark.

    Example:
        >>> t = "Ha parlato il segretario Luca Neri. Che ha poi aggiunto: «Basta»."
        >>> lo = t.index("Che")
        >>> a = relative_opening(t, lo, t.index("«"), "it")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('Luca Neri', 'aggiunto')
    """
    opener = _OPENERS.get(language)
    if opener is None:
        return None
    m = opener.match(text, lo, hi)
    if m is None:
        return None
    verb = _verb_of_saying(text, m.end(), hi, language)
    if verb is None:
        return None
    before = _antecedent(text, lo, language)
    if before is None:
        return None
    return Attribution(
        speaker_start=before[0], speaker_end=before[1], cue_start=verb[0], cue_end=verb[1]
    )


def _verb_of_saying(text: str, at: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the verb of saying the pronoun ending at ``at`` is the subject of, or None."""
    verbs = CUE_VERBS.get(language, frozenset())
    clitics = OBJECT_CLITICS.get(language, frozenset())
    pos = at
    for _ in range(8):  # a few asides and words of the verb group at most
        aside = _ASIDE.match(text, pos, hi)
        if aside is not None:
            pos = aside.end()
            continue
        words = tokens(text, pos, min(hi, pos + 40))
        if not words:
            return None
        start, end, word = words[0]
        if text[pos:start].strip():
            return None  # a mark other than an aside's: the clause has ended
        if word in verbs:
            return start, end
        if word.endswith(_GERUND_ENDINGS.get(language, ())):
            # "Che plaudendo all'intesa – … – chiede": a gerund clause runs up to
            # the aside or the comma that closes it
            close = _GERUND_CLOSE.search(text, end, hi)
            if close is None:
                return None
            pos = close.start()
            continue
        if closed_class(word, language) not in _VERB_GROUP and word not in clitics:
            return None  # "Che il ministro …": a subject of its own, or no verb group
        pos = end
    return None


def _antecedent(text: str, lo: int, language: str) -> tuple[int, int] | None:
    """Return the name ending the sentence before the one opening at ``lo``."""
    end = lo
    while end > 0 and lo - end < _REACH and text[end - 1].isspace():
        end -= 1  # back to the full stop of the sentence before
    if end < 2:
        return None
    start = sentence_start(text, max(0, end - _REACH), end - 1)
    m = _NAME_AT_END.search(text, start, lo)
    if m is None or m.start("name") == start:
        return None  # a sentence of one name is a heading, no antecedent
    return speaker_mention(text, m.start("name"), m.end("name"), language)
