"""A verb inside a relative clause set off by commas (private helper of ``quotes``).

'"…," a resident, who spoke on condition of anonymity, said.': a
non-restrictive relative clause stands between the subject and its verb, set
off by commas (Quirk et al. 1985, § 17.22), and its own verb — often itself a
verb of saying: "who spoke", "who asked not to be named", "qui a requis
l'anonymat" — is not the verb of the clause that credits the quotation.  The
newsroom convention that puts it there is the description of an anonymous
source (AP Stylebook, "anonymous sources": say why the source was granted
anonymity).  A reader looking for the reporting verb after a quotation skips
such a verb and reads on to the main one.
"""

from __future__ import annotations

from collections.abc import Set

from newsdoc._grammar import normalise

__all__ = ["inside_relative"]

_Tok = tuple[int, int, str]

# The relative pronouns that stand for a person only, as the subject of their
# clause: English "who" (Quirk et al. § 17.11: "which" is for things), Spanish
# "quien", "quienes" (RAE, *Nueva gramática*, § 44.6), and the Italian "il
# quale" series after a comma (Serianni, *Grammatica*, VII).  A relative that
# may stand for a thing ("which", "che", "que", "qui") may hold the quotation's
# own cue ("policies, which he said had failed") and is not skipped.
_PERSON_RELATIVES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("who",),),
    "es": (("quien",), ("quienes",)),
    "it": (("il", "quale"), ("la", "quale"), ("i", "quali"), ("le", "quali")),
}


def inside_relative(text: str, toks: list[_Tok], i: int, language: str, verbs: Set[str]) -> bool:
    """Return whether ``toks[i]`` stands in a person's relative clause before the main cue.

    The words from the last comma before ``toks[i]`` must open with a relative
    subject pronoun of persons and hold no other comma, and after the comma
    that closes the clause one of ``verbs`` must follow: the main clause's cue.
    With none after it ("Lee, who has accused them, may run"), the relative's
    own verb is the only cue there is and is not skipped.

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> verbs = {"spoke", "said", "accused"}
        >>> t = " a resident, who spoke on condition of anonymity, said."
        >>> toks = tokens(t, 0, len(t))
        >>> [inside_relative(t, toks, k, "en", verbs) for k in (3, 8)]
        [True, False]
        >>> t = " Lee, who has accused them, may run."
        >>> inside_relative(t, tokens(t, 0, len(t)), 3, "en", verbs)
        False
    """
    relatives = _PERSON_RELATIVES.get(language)
    if not relatives:
        return False
    k = i
    while k > 0 and "," not in text[toks[k - 1][1] : toks[k][0]]:
        k -= 1
    if k == 0 or k == i:
        return False  # no comma before, or the verb right after it
    words = tuple(normalise(t[2]) for t in toks[k:i])
    if not any(words[: len(r)] == r for r in relatives):
        return False
    close = next(
        (j for j in range(i, len(toks) - 1) if "," in text[toks[j][1] : toks[j + 1][0]]), None
    )
    return close is not None and any(t[2] in verbs for t in toks[close + 1 :])
