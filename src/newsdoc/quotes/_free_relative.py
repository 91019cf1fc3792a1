"""A free relative of saying before a colon: "C'est ce qu'a déclaré la ministre :".

"C'est ce qu'a affirmé mardi la ministre Léa Roy : « … »", "È quanto ha detto il
sindaco: «…»", "Es lo que dijo la jueza Ana Gil: «…»": the clause that introduces
the quotation is a cleft or a presentative around a free relative ("ce que",
"quanto", "ciò che", "lo que") whose verb of saying has its subject after it, the
relative pronoun being its object (Grevisse & Goosse, *Le Bon Usage*, on the
inversion of the subject in relative clauses and on "c'est … que"; Serianni,
*Grammatica italiana*, on the relative pronouns "quanto" and "ciò che"; RAE,
*Nueva gramática*, ch. 44, the free relatives with "lo que").  The subject after
the verb is the speaker; the neuter "C'est" before it names nobody.
"""

from __future__ import annotations

from newsdoc._grammar import closed_class
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc.quotes._cues import Attribution, speaker_after, tokens

__all__ = ["free_relative_speaker"]

# The free relatives: (first word, second word or "" when one word is enough).
# French glues "qu'" to the auxiliary after it ("qu'a", "qu'ont"): a token that
# starts with "qu'" after "ce" is the relative with its auxiliary.
_RELATIVES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("ce", "que"), ("ce", "qu'")),
    "it": (("quanto", ""), ("ciò", "che"), ("quello", "che")),
    "es": (("lo", "que"), ("cuanto", "")),
}
# How many words the relative may stand from the colon ("C'est ce qu'a affirmé
# mardi devant le Sénat la ministre de la Santé Léa Roy :").
_REACH = 24


def free_relative_speaker(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the subject after the verb of a free relative of saying that ends before a colon.

    ``text[lo:hi]`` is the sentence before the quotation at ``hi``.

    Example:
        >>> t = "C'est ce qu'a affirmé mardi la ministre Léa Roy : « Non. »"
        >>> a = free_relative_speaker(t, 0, t.index("«"), "fr")
        >>> t[a.speaker_start : a.speaker_end]
        'la ministre Léa Roy'
    """
    relatives = _RELATIVES.get(language)
    if relatives is None:
        return None
    colon = text.rfind(":", lo, hi)
    if colon < 0 or text[colon + 1 : hi].strip():
        return None
    toks = tokens(text, lo, colon)[:_REACH]
    verbs = CUE_VERBS.get(language, frozenset())
    for k in range(len(toks)):
        after = _relative_end(toks, k, relatives)
        if after < 0:
            continue
        cue = _cue_after(toks, after, verbs, language)
        if cue < 0:
            return None
        sp = speaker_after(text, toks[cue][1], colon, language)
        if sp is None:
            return None
        return Attribution(
            speaker_start=sp[0],
            speaker_end=sp[1],
            cue_start=toks[cue][0],
            cue_end=toks[cue][1],
            strong=True,
        )
    return None


def _relative_end(
    toks: list[tuple[int, int, str]], k: int, relatives: tuple[tuple[str, str], ...]
) -> int:
    """Return the index of the first token after a free relative at ``k``, or -1.

    The French "qu'a" holds the relative and the auxiliary: the next token follows.
    """
    word = toks[k][2]
    for first, second in relatives:
        if word != first:
            continue
        if not second:
            return k + 1
        nxt = toks[k + 1][2].replace("’", "'") if k + 1 < len(toks) else ""
        if nxt == second or (second.endswith("'") and nxt.startswith(second)):
            return k + 2
    return -1


def _cue_after(
    toks: list[tuple[int, int, str]], at: int, verbs: frozenset[str], language: str
) -> int:
    """Return the index of the verb of saying at ``at``, past up to two auxiliaries, or -1."""
    for j in range(at, min(len(toks), at + 3)):
        word = toks[j][2]
        if word in verbs:
            return j
        if closed_class(word, language) != "auxiliary":
            return -1
    return -1
