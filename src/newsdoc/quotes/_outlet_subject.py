"""The person an outlet's report is about, named after it (private helper of ``quotes``).

A news outlet that reports someone else's words credits that person: "Lee
said …, according to CNN" goes to Lee (see `find_quotes`).  The source phrase
may also open the sentence, with the person as the subject of the clause after
it: "Secondo l'agenzia Ansa, Paolo Neri ha ringraziato il sindaco «…»",
"Según el diario, la ministra calificó el plan de «…»", "Selon l'AFP, le maire
a dénoncé « … »".  The outlet is where the report was read; the subject of the
clause it frames is who said or did it (the "fonte" that frames a sentence,
Treccani, *Enciclopedia dell'Italiano*, "discorso riportato").  A relative
clause on the outlet may come between ("Secondo l'agenzia Ansa, che cita fonti
locali, Paolo Neri …").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newsdoc.quotes._cues import Attribution, person_like, subject, tokens

__all__ = ["named_outlet", "subject_after_source"]

# The languages read so.  English copy names the outlet as the source of the
# words of its own report that follow "According to CNN, …" (a paraphrase of
# the report, PolNeAR's reading), so it is left out.
_LANGUAGES = frozenset({"fr", "es", "it"})
#: The common nouns of news media that stand before a medium's name ("l'agenzia
#: Nova", "il quotidiano La Stampa", "l'emittente televisiva Rete Sette", "la cadena
#: CNN", "le journal Le Monde"): the vocabulary of journalism in the Treccani
#: vocabulary ("testata", "emittente"), the DLE and the TLF (lower case, the
#: elided article cut off).
OUTLET_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "it": frozenset(
            "agenzia quotidiano giornale testata emittente tv televisione radio sito "
            "settimanale rivista tg telegiornale portale".split()
        ),
        "es": frozenset(
            "agencia diario periódico cadena emisora televisión radio revista portal "
            "semanario".split()
        ),
        "fr": frozenset(
            "agence journal quotidien hebdomadaire chaîne radio télévision site magazine "
            "revue".split()
        ),
    }
)
# How many commas after the outlet are tried for the clause it frames: the one
# closing the source phrase, and one closing a relative clause on the outlet.
_COMMAS = 2


def subject_after_source(
    text: str, attr: Attribution, hi: int, language: str
) -> Attribution | None:
    """Return the named subject of the clause an outlet ``attr`` frames, before ``hi``.

    ``attr`` credits the outlet; ``hi`` is the quotation's opening mark.

    Example:
        >>> t = "Secondo l'agenzia Ansa, Paolo Neri ha ringraziato il sindaco «per tutto»."
        >>> outlet = Attribution(speaker_start=8, speaker_end=22, cue_start=0, cue_end=7)
        >>> a = subject_after_source(t, outlet, t.index("«"), "it")
        >>> t[a.speaker_start : a.speaker_end]
        'Paolo Neri'
    """
    if language not in _LANGUAGES:
        return None
    at = attr.speaker_end
    for _ in range(_COMMAS):
        comma = text.find(",", at, hi)
        if comma < 0:
            return None
        found = subject(text, comma + 1, hi, language)
        if (
            found is not None
            and not text[comma + 1 : found[0]].strip()
            and any(text[t[0]].isupper() for t in tokens(text, found[0], found[1]))
            and person_like(text, tokens(text, found[0], found[1]), language)
        ):
            return Attribution(
                speaker_start=found[0],
                speaker_end=found[1],
                cue_start=attr.cue_start,
                cue_end=attr.cue_end,
                strong=attr.strong,
            )
        at = comma + 1
    return None


def named_outlet(words: list[str], language: str) -> bool:
    """Return whether ``words`` (a mention, its article dropped) name a medium by its noun.

    "agenzia Nova", "quotidiano La Stampa", "emittente televisiva Rete Sette": a noun of
    news media, then (after at most one adjective) a capitalised name.

    Example:
        >>> named_outlet(["agenzia", "Nova"], "it")
        True
        >>> named_outlet(["agenzia", "delle", "entrate"], "it")
        False
    """
    nouns = OUTLET_NOUNS.get(language)
    if not nouns or len(words) < 2:
        return False
    head = words[0].lower()
    cut = max(head.rfind("'"), head.rfind("’"))
    if head[cut + 1 :] not in nouns:
        return False
    rest = words[1:3]
    return rest[0][:1].isupper() or (len(rest) > 1 and rest[1][:1].isupper())
