"""The subject of an object relative clause that a gerund of saying hangs on (private).

"Una mayor inversión que Gómez justificaba afirmando que «…»", "un aumento dei
fondi che Neri giustificava affermando che «…»", "une hausse que Paul Roux
justifiait en affirmant que « … »": the gerund has the subject of the verb it
hangs on, and that verb stands in a relative clause opened by the object
relative pronoun (*que*, *che*), which has a subject of its own, before its verb
or, in Spanish and Italian, after it ("que justificaba Gómez").  The sentence's
subject ("Una mayor inversión") is the relative's antecedent, the thing spoken
of, not the speaker.

Sources: the object relative pronoun and the subject of its clause: Le Bon
Usage on *que* relative; RAE, *Nueva gramática*, on relative clauses with *que*
(and the free order of their subject); Serianni, *Grammatica italiana*, on
*che* relative; the gerund's subject is its main clause's (the same grammars on
the gerund).  The relative pronouns are each grammar's completive/relative
*que*/*che*, the one word that opens both clauses.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newsdoc._grammar import closed_class

__all__ = ["object_relative_subject"]

_Tok = tuple[int, int, str]

# The object relative pronoun of each language ("qu'" elided before a vowel).
_OBJECT_RELATIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset({"que", "qu'", "qu’"}),
        "es": frozenset({"que"}),
        "it": frozenset({"che"}),
    }
)
# The words of French's gerund marker, which stands before the present participle.
_GERUND_MARKERS = frozenset({"en"})
# How many words the subject of the relative clause may hold.
_SUBJECT_WORDS = 4


def object_relative_subject(
    text: str, toks: list[_Tok], gerund: int, language: str
) -> tuple[int, int] | None:
    """Return the subject of the object relative clause the gerund ``toks[gerund]`` follows.

    ``toks`` are the words before a quotation; ``toks[gerund]`` is a gerund of
    saying.  The words right before it are a relative pronoun, then a name or a
    noun phrase and its verb, in either order.  None when the words before the
    gerund are anything else.

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> s = "Un aumento che Neri giustificava affermando che"
        >>> toks = tokens(s, 0, len(s))
        >>> a, b = object_relative_subject(s, toks, 5, "it")
        >>> s[a:b]
        'Neri'
    """
    relatives = _OBJECT_RELATIVES.get(language)
    if relatives is None:
        return None
    end = gerund
    if end > 0 and toks[end - 1][2] in _GERUND_MARKERS:
        end -= 1  # "en affirmant"
    for rel in range(end - 2, max(-1, end - 3 - _SUBJECT_WORDS), -1):
        if toks[rel][2] not in relatives:
            continue
        inside = toks[rel + 1 : end]
        if len(inside) < 2:
            return None
        # subject then verb ("que Gómez justificaba"), or verb then subject
        for phrase, verb in ((inside[:-1], inside[-1]), (inside[1:], inside[0])):
            if _verb(text, verb, language) and _noun_phrase(text, phrase, language):
                return phrase[0][0], phrase[-1][1]
        return None
    return None


def _verb(text: str, tok: _Tok, language: str) -> bool:
    """Return whether ``tok`` may be a finite verb: lower case, of no closed class."""
    return text[tok[0]].islower() and closed_class(tok[2], language) is None


def _noun_phrase(text: str, toks: list[_Tok], language: str) -> bool:
    """Return whether ``toks`` are a name ("Paul Roux") or a determiner and its noun."""
    if not toks or len(toks) > _SUBJECT_WORDS:
        return False
    if all(text[t[0]].isupper() for t in toks):
        return closed_class(toks[0][2], language) is None
    return closed_class(toks[0][2], language) == "determiner" and len(toks) > 1
