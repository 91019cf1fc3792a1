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

The same free relative follows a source preposition in a fronted adjunct:
"Secondo quanto riferito dalla polizia, l'uomo era «armato»", "Según lo
informado por la fiscalía, …", "Selon ce qu'a indiqué la préfecture, …" — the
speaker is the agent of the participle or the subject after the verb, and the
comma that closes the adjunct bounds it (`source_frame_speaker`).
"""

from __future__ import annotations

from newsdoc._grammar import closed_class, normalise
from newsdoc._grammar.order import order_of
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc.quotes._bare_source import bare_source_after
from newsdoc.quotes._cues import Attribution, speaker_after, tokens

__all__ = ["free_relative_after", "free_relative_speaker", "source_frame_speaker"]

# The free relatives: (first word, second word or "" when one word is enough).
# French glues "qu'" to the auxiliary after it ("qu'a", "qu'ont"): a token that
# starts with "qu'" after "ce" is the relative with its auxiliary.
_RELATIVES: dict[str, tuple[tuple[str, str], ...]] = {
    "fr": (("ce", "que"), ("ce", "qu'")),
    "it": (("quanto", ""), ("ciò", "che"), ("quello", "che")),
    "es": (("lo", "que"), ("cuanto", "")),
}
# The source prepositions a free relative of saying follows, as word tuples:
# "selon ce qu'a dit", "según lo que dijo", "secondo quanto riferito", "a quanto
# riferisce", "stando a quanto detto" (the adverbial source phrases of
# ``SOURCE_PHRASES``).  Spanish also makes the relative of the neuter article
# and a participle: "según lo informado por", "según lo dicho por".
_FRAME_OPENERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("selon",), ("d'après",), ("d’après",)),
    "es": (("según",), ("de", "acuerdo", "con"), ("conforme", "a")),
    "it": (("secondo",), ("stando", "a"), ("a",), ("per",)),
}
_NEUTER_PARTICIPLE: dict[str, tuple[tuple[str, str], ...]] = {"es": (("lo", ""),)}
# The words of a neuter cleft or presentative that may open a sentence before its
# free relative, pointing back at the quotation before it: "C'est ce qu'a dit X.",
# "Voilà ce qu'a déclaré X.", "È quanto ha detto X.", "Questo è quanto ha detto X.",
# "Ecco quanto ha detto X.", "Es lo que dijo X.", "Eso es lo que dijo X." (the
# copula, the demonstrative pronouns and the presentatives of each grammar).
_POINTING_LEADS: dict[str, frozenset[str]] = {
    "fr": frozenset({"c'est", "c’est", "c'était", "c’était", "voilà", "voici", "tel", "est"}),
    "it": frozenset({"è", "questo", "questa", "ecco", "era", "fu"}),
    "es": frozenset({"es", "eso", "esto", "fue", "era", "ha", "sido"}),
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
    for k in range(len(toks)):
        after = _relative_end(toks, k, relatives)
        if after < 0:
            continue
        return _subject_after_cue(text, toks, after, colon, language)
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


def _cue_at(
    toks: list[tuple[int, int, str]], after: int, verbs: frozenset[str], language: str
) -> tuple[int, int]:
    """Return the index and start of the verb of saying of a free relative ending at ``after``.

    French elides "que" before a verb that opens with a vowel and writes the two
    as one word ("ce qu'explique X", "ce qu'affirme X"): the verb is then the
    relative's own token, after its "qu'".  (-1, -1) when there is no such verb.
    """
    glued = toks[after - 1][2].replace("’", "'")
    if glued.startswith("qu'") and glued[3:] in verbs:
        return after - 1, toks[after - 1][0] + 3
    cue = _cue_after(toks, after, verbs, language)
    return (cue, toks[cue][0]) if cue >= 0 else (-1, -1)


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


# How many time words and adverbs may stand between a participle and its agent.
_TIME_WORDS = 3


def _time_or_adverb(word: str, language: str) -> bool:
    """Return whether ``word`` is a time word or an adverb ("ieri", "sera", "ya")."""
    return closed_class(word, language) in {"time", "adverb"}


def source_frame_speaker(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the speaker of a source preposition's free relative of saying before a comma.

    ``text[lo:hi]`` is the sentence before the quotation at ``hi``; the frame
    must open it and a comma must close the speaker.

    Example:
        >>> t = "Secondo quanto riferito dalla procura, l'uomo era «armato»."
        >>> a = source_frame_speaker(t, 0, t.index("«"), "it")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('procura', 'Secondo quanto riferito')
        >>> t = "Selon ce qu'a indiqué la préfecture, la route reste « fermée »."
        >>> a = source_frame_speaker(t, 0, t.index("«"), "fr")
        >>> t[a.speaker_start : a.speaker_end]
        'la préfecture'
    """
    openers = _FRAME_OPENERS.get(language)
    if openers is None:
        return None
    toks = tokens(text, lo, hi)[:_REACH]
    n = next((len(o) for o in openers if tuple(t[2] for t in toks[: len(o)]) == o), 0)
    if not n or n >= len(toks):
        return None
    relatives = _RELATIVES[language] + _NEUTER_PARTICIPLE.get(language, ())
    after = _relative_end(toks, n, relatives)
    if after < 0:
        return None
    cue, _ = _cue_at(toks, after, CUE_VERBS.get(language, frozenset()), language)
    if cue < 0:
        return None
    comma = text.find(",", toks[cue][1], hi)
    if comma < 0:
        return None
    at = cue + 1
    while at < len(toks) - 1 and at - cue <= _TIME_WORDS and _time_or_adverb(toks[at][2], language):
        at += 1  # "secondo quanto riferito ieri sera dai carabinieri": the time, then the agent
    agent = at < len(toks) and normalise(toks[at][2]) in order_of(language).agent_prepositions
    if not agent:
        at = cue + 1
    start = toks[at][1] if agent else toks[cue][1]
    sp = speaker_after(text, start, comma, language)
    if sp is None and agent:
        # "dalla polizia": the article is in the preposition
        sp = bare_source_after(text, tokens(text, start, comma), language)
    if sp is None or text[sp[1] : comma].strip():
        return None
    return Attribution(
        speaker_start=sp[0],
        speaker_end=sp[1],
        cue_start=toks[0][0],
        cue_end=toks[cue][1],
        strong=True,
    )


def free_relative_after(text: str, lo: int, hi: int, language: str) -> Attribution | None:
    """Return the subject after the verb of a free relative of saying opening ``text[lo:hi]``.

    ``text[lo:hi]`` is the sentence right after a quotation: a neuter cleft or a
    presentative points back at it ("«…». È quanto ha dichiarato il sottosegretario
    Enrico Pace.", "«…». Es lo que afirmó la jueza.", "« … » C'est ce qu'a affirmé
    le maire.").  Only the copula, a demonstrative or a presentative may stand
    before the relative; the subject after its verb of saying speaks.

    Example:
        >>> t = "«No.» Es lo que afirmó ayer la jueza Ana Gil."
        >>> a = free_relative_after(t, 6, len(t), "es")
        >>> t[a.speaker_start : a.speaker_end]
        'la jueza Ana Gil'
    """
    relatives = _RELATIVES.get(language)
    leads = _POINTING_LEADS.get(language)
    if relatives is None or leads is None:
        return None
    toks = tokens(text, lo, hi)[:_REACH]
    for k in range(min(3, len(toks))):
        after = _relative_end(toks, k, relatives)
        if after >= 0:
            break
        if toks[k][2] not in leads:
            return None
    else:
        return None
    if k == 0 or after >= len(toks):
        return None  # no cleft nor presentative before it: "Lo que dijo …" is a subject
    return _subject_after_cue(text, toks, after, hi, language)


def _subject_after_cue(
    text: str, toks: list[tuple[int, int, str]], after: int, hi: int, language: str
) -> Attribution | None:
    """Return the verb of saying after a free relative ending at ``after`` and its subject.

    The subject follows the verb, up to ``hi``; None without such a verb or subject.
    """
    cue, cue_start = _cue_at(toks, after, CUE_VERBS.get(language, frozenset()), language)
    if cue < 0:
        return None
    sp = speaker_after(text, toks[cue][1], hi, language)
    if sp is None:
        return None
    return Attribution(
        speaker_start=sp[0],
        speaker_end=sp[1],
        cue_start=cue_start,
        cue_end=toks[cue][1],
        strong=True,
    )
