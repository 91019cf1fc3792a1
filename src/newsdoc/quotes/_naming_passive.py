"""The source of a German passive of naming around a quotation (private).

"Der Plan wurde im „Kurier“ als „Geldverschwendung“ bezeichnet", "Von der
Opposition wird der Plan als „Geldverschwendung“ kritisiert", "In den Medien war
der Auftrag als „Geschäft des Jahrhunderts“ bezeichnet worden": in the
Vorgangspassiv of a verb of naming or judging (bezeichnen, nennen, werten, …),
the quotation after "als" is the name given, the clause's subject is the thing
named, and whoever gave the name is the agent, "von"/"vom" with its noun phrase
(Duden, Die Grammatik, Passiv: Agensangabe), or the medium it was given in,
"in"/"im" with a title in marks or a noun phrase ("in der Presse").  The agent
may stand anywhere in the clause before the quotation, the participle right
after it, and a form of "werden" must make the clause passive.  Without a
quotation, the "von" agent of such a clause is the one the reported speech
after it goes on quoting (`passive_speaker`).

Example:
    >>> text = "Der Plan wurde im „Kurier“ als „reine Geldverschwendung“ bezeichnet."
    >>> a = naming_agent(text, 0, text.index("„rein"), text.index("“ bez") + 1, len(text))
    >>> text[a.speaker_start : a.speaker_end]
    '„Kurier“'
"""

from __future__ import annotations

import regex

from newsdoc._lexicon.cues import PASSIVE_AUXILIARIES
from newsdoc._lexicon.german_verbs import SPEECH_LEMMAS, conjugate
from newsdoc.quotes._cues import Attribution, tokens

__all__ = ["naming_agent", "passive_speaker"]

#: Verbs that give a name or a verdict "als „…“" (Duden: Prädikativ mit "als";
#: Levin 1993, 29.2 characterize verbs, German rendering), by their lemma; their
#: participles are what the passive ends with.
_NAMING_LEMMAS = (
    "be+zeichnen",
    "nennen",
    "be+schreiben",
    "werten",
    "be+werten",
    "kritisieren",
    "charakterisieren",
    "be+titeln",
    "ein|stufen",
    "dar|stellen",
    "loben",
    "ver+urteilen",
    "feiern",
)
_PARTICIPLES = frozenset(conjugate(lemma).participle for lemma in _NAMING_LEMMAS)

# The words between "als" and the quotation: none, or an article ("als eine „…“").
_ARTICLES = frozenset("ein eine einen einem einer der die das den dem".split())

# "von der Opposition", "vom Verband", "im „Kurier“", "in den Medien": the
# preposition, then a title in marks or up to six words up to a comma, "als" or
# a form of "werden".
_AGENT = regex.compile(
    r"\b(?P<prep>[Vv]on|[Vv]om|[Ii]n|[Ii]m)\s++"
    r"(?P<agent>[„»\"][^„“»«\"\n]{1,60}[“«\"]|(?:[\p{L}\p{N}.\-]++\s*+){1,6}?)"
    r"(?=\s*+(?:,|\bals\b|\bwird\b|\bwurde\b|\bwurden\b|\bwerden\b|\bwar\b|\bist\b"
    r"|\bsind\b|\bwaren\b|\bschon\b|\bbereits\b|\bgestern\b|\bheute\b|\bzuvor\b|$))"
)


def naming_agent(text: str, lo: int, opening: int, closing: int, hi: int) -> Attribution | None:
    """Return who gave a German passive of naming the quotation ``text[opening:closing]``.

    ``text[lo:opening]`` is its clause before it, ``text[closing:hi]`` the rest of
    the sentence after it.  None when the clause is no passive of naming or names
    no agent or medium.
    """
    before = tokens(text, lo, opening)
    if not before:
        return None
    k = len(before) - 1
    if before[k][2] in _ARTICLES and k > 0:
        k -= 1
    if before[k][2] != "als" or text[before[-1][1] : opening].strip():
        return None
    after = tokens(text, closing, min(hi, closing + 60))
    if not after or after[0][2] not in _PARTICIPLES or text[closing : after[0][0]].strip():
        return None
    auxiliaries = PASSIVE_AUXILIARIES["de"]
    if not any(t[2] in auxiliaries for t in before[:k]) and not (
        len(after) > 1 and after[1][2] in auxiliaries
    ):
        return None  # "Sie bezeichnete es als „…“": active, its subject speaks
    best = None
    for m in _AGENT.finditer(text, lo, before[k][0]):
        if m.group("prep").lower() in {"in", "im"} and not _medium(m.group("agent")):
            continue
        best = m
    if best is None:
        return None
    start, end = best.span("agent")
    while end > start and text[end - 1].isspace():
        end -= 1
    return Attribution(
        speaker_start=start,
        speaker_end=end,
        cue_start=after[0][0],
        cue_end=after[0][1],
        strong=True,
    )


# Media a name may be given in: a title in marks, or a noun of the press.
_MEDIA = regex.compile(
    r"^[„»\"]|\b(?:Medien|Presse|Zeitung|Zeitungen|Blatt|Magazin|Sendung|Bericht|Berichten"
    r"|Netz|Internet|Kommentar|Kommentaren|Öffentlichkeit)\b"
)


def _medium(phrase: str) -> bool:
    """Return whether ``phrase`` after "in"/"im" names a medium ("„Kurier“", "den Medien")."""
    return _MEDIA.search(phrase) is not None


# The participles a passive clause of saying or judging may end with: those of
# the naming verbs and of the lemmas of saying ("gewertet", "kritisiert",
# "mitgeteilt", "betont").
_SAYING_PARTICIPLES = _PARTICIPLES | frozenset(
    conjugate(lemma).participle for lemma in SPEECH_LEMMAS
)


def passive_speaker(text: str, lo: int, hi: int) -> Attribution | None:
    """Return the "von" agent of a German passive sentence of saying or judging.

    "Von Beobachtern wird der Schritt als wichtig gewertet." and "Der Schritt
    wird von Beobachtern als wichtig gewertet.": the agent is the one whose view
    the sentences of reported speech after it go on giving.  ``text[lo:hi]`` is
    the sentence; its main clause (before any comma) must hold a form of
    "werden" and end with the participle.
    """
    comma = text.find(",", lo, hi)
    head = tokens(text, lo, hi if comma < 0 else comma)
    if len(head) < 4 or head[-1][2] not in _SAYING_PARTICIPLES:
        return None
    if not any(t[2] in PASSIVE_AUXILIARIES["de"] for t in head[:-1]):
        return None
    for m in _AGENT.finditer(text, lo, head[-1][0]):
        if m.group("prep").lower() in {"von", "vom"}:
            start, end = m.span("agent")
            while end > start and text[end - 1].isspace():
                end -= 1
            return Attribution(
                speaker_start=start,
                speaker_end=end,
                cue_start=head[-1][0],
                cue_end=head[-1][1],
                strong=True,
            )
    return None
