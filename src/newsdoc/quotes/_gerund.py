"""A quotation inside a gerund or participle clause (private helper of ``quotes``).

The gerund has no subject of its own: its agent is the subject of the main
verb ("En qualifiant la loi de « recul », la ministre a …": the minister
qualifies).  French grammars state it as the norm (Riegel, Pellat & Rioul,
*Grammaire méthodique du français*, on the gérondif; Grevisse & Goosse, *Le
Bon Usage*, on the gérondif and its agent); Spanish and Italian gerunds that
open a sentence read the same way (RAE, *Nueva gramática*, on the
construcciones de gerundio; Serianni, *Grammatica italiana*, on the gerundio).
So a partial quotation inside a gerund clause that opens the sentence is the
main clause's subject's, read after the comma that ends the gerund clause:
the first comma after which a subject and its verb open a clause ("…, alors
que les juges se taisent, Paul Roy a …": not "les juges", which a
conjunction introduces).

A present participle set off after its clause (", le jugeant « … »", ",
definendola « … »") has that clause's subject as its support (Riegel et al.,
on the participe détaché), not the object right before the comma.

Proverbs break the norm ("L'appétit vient en mangeant") but hold no
quotation; where no subject opens a clause after the quotation, nothing is
returned.
"""

from __future__ import annotations

from newsdoc._grammar import closed_class, normalise
from newsdoc._grammar.order import word_order
from newsdoc.quotes._cues import Attribution, sentence_end, sentence_start, tokens
from newsdoc.quotes._holder import holding_subject, speaks
from newsdoc.quotes._relative import antecedent

__all__ = ["gerund_subject", "participle_subject"]

# The preposition that makes the French present participle a gerund ("en
# disant", "tout en répétant"; Le Bon Usage, on the gérondif).  Languages whose
# gerund has a form of its own (Spanish -ando, Italian -ando/-endo) need none.
_GERUND_PREPOSITIONS = {"fr": frozenset({"en"})}
# "Tout en répétant": the adverb that may stand before the preposition.
_GERUND_ADVERBS = {"fr": frozenset({"tout"})}
# How far (characters) past the quotation the main clause is looked for.
_REACH = 400
# How many words the gerund may stand from the start of the sentence at most
# ("Tout en ne le disant": adverb, preposition, negation, clitic, gerund).
_OPENING_WORDS = 5
# How many words a main clause's subject and its verb group may hold at most
# ("la nouvelle présidente de la région a").
_SUBJECT_WORDS = 9


def gerund_subject(
    text: str, lo: int, opening: int, closing: int, language: str
) -> Attribution | None:
    """Return the main clause's subject when the quotation lies in an opening gerund clause.

    ``text[lo:opening]`` holds the sentence before the quotation, which ends
    at ``closing``.

    Example:
        >>> t = "En qualifiant le projet de « recul », la ministre a surpris."
        >>> a = gerund_subject(t, 0, t.index("«"), t.index("»") + 1, "fr")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('la ministre', 'qualifiant')
        >>> t = "En 2020, la ministre a qualifié le projet de « recul »."
        >>> gerund_subject(t, 0, t.index("«"), t.index("»") + 1, "fr") is None
        True
    """
    gerund = _opening_gerund(text, sentence_start(text, lo, opening), opening, language)
    if gerund is None:
        return None
    end = sentence_end(text, closing, min(len(text), closing + _REACH))
    comma = text.find(",", gerund[1], end)
    while comma >= 0:
        following = text.find(",", comma + 1, end)
        stop = end if following < 0 else following
        subject = _clause_subject(text, comma + 1, stop, language)
        if subject is not None:
            if comma < opening:
                return None  # the main clause holds the quotation: its own reading
            return Attribution(
                speaker_start=subject[0],
                speaker_end=subject[1],
                cue_start=gerund[0],
                cue_end=gerund[1],
            )
        comma = following
    return None


def _opening_gerund(text: str, start: int, opening: int, language: str) -> tuple[int, int] | None:
    """Return the gerund that opens the sentence at ``start`` before ``opening``, or None."""
    order = word_order(language)
    if order is None or not order.gerund_endings:
        return None
    toks = tokens(text, start, opening)[: _OPENING_WORDS + 1]
    k = 0
    prepositions = _GERUND_PREPOSITIONS.get(language)
    if prepositions is not None:
        if k < len(toks) and normalise(toks[k][2]) in _GERUND_ADVERBS.get(language, ()):
            k += 1
        if k >= len(toks) or normalise(toks[k][2]) not in prepositions:
            return None
        k += 1
    elif not order.gerund_distinct:
        return None
    # negation and object clitics before the gerund ("en ne le citant pas")
    while k < len(toks) - 1 and (
        normalise(toks[k][2]) in order.clitics or closed_class(toks[k][2], language) == "adverb"
    ):
        k += 1
    if k >= len(toks) or k > _OPENING_WORDS:
        return None
    word = toks[k][2]
    if (
        len(word) > 4
        and word.casefold().endswith(order.gerund_endings)
        and closed_class(word, language) is None
    ):
        return toks[k][0], toks[k][1]
    return None


def _clause_subject(text: str, lo: int, hi: int, language: str) -> tuple[int, int] | None:
    """Return the subject that opens a clause at ``text[lo:hi]``, or None.

    A clause a conjunction, an adverb, a preposition or a relative pronoun
    opens is a subordinate or an adjunct, not the main clause.
    """
    toks = tokens(text, lo, hi)
    if not toks:
        return None
    first = toks[0][2]
    order = word_order(language)
    kind = closed_class(first, language)
    relatives = (
        {w[0] for w in order.relative_subjects if len(w) == 1} if order is not None else set()
    )
    if kind not in (None, "determiner", "pronoun") or normalise(first) in relatives:
        return None
    # the subject and its verb: read with the clause cut after each of its
    # first words, so that what follows the verb ("a appelé au calme") is no matter
    for tok in toks[1:_SUBJECT_WORDS]:
        found = holding_subject(text, lo, tok[1], language)
        if found is None or found.speaker_start == found.speaker_end:
            continue
        if text[lo : found.speaker_start].strip():
            return None  # a subject further in: a subordinate clause's
        if found.speaker_end < tok[0]:
            return found.speaker_start, found.speaker_end
    return None


def participle_subject(text: str, lo: int, opening: int, language: str) -> Attribution | None:
    """Return the subject a detached participle clause holding the quotation hangs on.

    "La maire a critiqué le choix du préfet, le jugeant « absurde »": a present
    participle (a gerund in Spanish and Italian) set off by a comma after its
    clause has that clause's subject as its agent (Riegel et al., on the
    participe détaché, whose support is normally the subject), never the
    object right before the comma.  A relative clause's subject ("la maire
    qui a critiqué …, déclarant « … »") is the noun phrase the relative
    pronoun points back to.  ``text[lo:opening]`` is the sentence before the
    quotation; None when no such clause holds it or no subject is found.

    Example:
        >>> t = "La maire a critiqué le choix du préfet, le jugeant « absurde »."
        >>> a = participle_subject(t, 0, t.index("«"), "fr")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('La maire', 'jugeant')
    """
    order = word_order(language)
    if order is None or not order.gerund_endings:
        return None
    comma = text.rfind(",", lo, opening)
    if comma < 0 or any(text.find(mark, comma + 1, opening) >= 0 for mark in ';:()«»“”"'):
        return None
    toks = tokens(text, comma + 1, opening)[:3]
    k = 0
    while k < len(toks) - 1 and normalise(toks[k][2]) in order.clitics:
        k += 1
    if not toks or k >= len(toks):
        return None
    word = toks[k][2]
    if not (
        word[:1].islower()
        and len(word) > 5
        and word.endswith(order.gerund_endings)
        and closed_class(word, language) is None
    ):
        return None
    cue = (toks[k][0], toks[k][1])
    start = sentence_start(text, lo, comma)
    found = holding_subject(text, start, comma, language)
    if found is not None and found.speaker_start < found.speaker_end:
        return Attribution(
            speaker_start=found.speaker_start,
            speaker_end=found.speaker_end,
            cue_start=cue[0],
            cue_end=cue[1],
        )
    relatives = {w[0] for w in order.relative_subjects if len(w) == 1}
    # a gerund proper ("…, en promouvant") is the main clause's, never a relative's
    gerund_proper = normalise(toks[0][2]) in _GERUND_PREPOSITIONS.get(language, ())
    pronoun = None
    if not gerund_proper:
        pronoun = next(
            (t for t in reversed(tokens(text, start, comma)) if normalise(t[2]) in relatives),
            None,
        )
    if pronoun is not None:
        head = antecedent(text, pronoun[0], language)
        if head is not None and speaks(text, head, language):
            return Attribution(
                speaker_start=head[0], speaker_end=head[1], cue_start=cue[0], cue_end=cue[1]
            )
    return None
