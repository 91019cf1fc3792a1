"""Abbreviations that end in a full stop without ending a sentence, per language.

``STRONG`` abbreviations never end a sentence ("Sen. Smith", "Jan. 2").
``NUMERIC`` ones stand only before a number ("No. 2").  ``WEAK`` ones usually do
not end a sentence, but may ("Apple Inc. The company ..."): the sentence splitter
breaks after them only before a typical sentence opener.
Keys are lower case without the final dot.

Sources:

* English titles, ranks and state abbreviations: the AP Stylebook's
  abbreviations before names ("Sen.", "Gov.", "Lt.") and its state forms for
  datelines ("Calif.", "Mass."), with the older forms of wire copy ("Kans.",
  "Nebr.").
* Month abbreviations: AP's abbreviations before a date ("Jan.", "Aug.",
  "Sept."), its three-letter forms of tables ("Jun", "Jul") and CLDR's
  abbreviated month names of each language ("févr.", "ene.", "giu.").  They are
  typed here rather than read from Babel (:mod:`newsdoc._lexicon.dates`)
  because the sentence splitters compile them when they are imported.
* German, French, Spanish and Italian: each language's common abbreviations of
  titles and of running text as its dictionaries list them ("bzw.", "z.B.",
  "Mme", "Sra.", "dott.").
* ``NUMERIC``: abbreviations of "number", "page", "article" and "figure" in the
  five languages; ``WEAK``: company suffixes, "etc.", "a.m."/"p.m." and dotted
  country initials.
* ``SENTENCE_OPENERS``: articles, personal pronouns, demonstratives and
  conjunctions of the five languages (closed classes).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["NUMERIC", "SENTENCE_OPENERS", "STRONG", "WEAK"]

_EN_TITLES = (
    "mr mrs ms messrs mme dr prof sen sens rep reps gov lt gen col maj capt cmdr adm sgt cpl "
    "pvt rev fr sr jr st ste mt ft pres supt det insp atty gov govt dept hon amb brig"
)
_EN_MONTHS = "jan feb mar apr jun jul aug sep sept oct nov dec"
_EN_STATES = (
    "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss "
    "mo mont neb nebr nev okla ore pa tenn tex va vt wash wis wyo"
)
_EN_OTHER = "ave blvd rd approx vs v cf e.g i.e op ch sec"

STRONG: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(f"{_EN_TITLES} {_EN_MONTHS} {_EN_STATES} {_EN_OTHER}".split()),
        "de": frozenset(
            "dr prof bzw ca usw vgl mio mrd st str hr fr jan feb febr märz apr jun jul aug "
            "sep sept okt nov dez z.b u.a d.h s.o s.u evtl ggf inkl max min bzw abs "
            "bd gebr sog zit jh jhd mag dipl ing univ".split()
        ),
        "fr": frozenset(
            "m mm mme mmes mlle dr pr st ste av bd janv févr avr juil sept oct nov déc "
            "env ex n°".split()
        ),
        "es": frozenset(
            "sr sra srta sres dr dra lic ing av avda ee.uu uu ene feb mar abr jun jul ago "
            "sep sept oct nov dic ud uds".split()
        ),
        "it": frozenset(
            "sig sigg dott dott.ssa on prof avv ing arch gen sen geom gen ecc "
            "gen feb mar apr mag giu lug ago set ott nov dic".split()
        ),
    }
)

#: Abbreviations that only stand before a number ("No. 2", "Art. 5", "S. 12"): elsewhere
#: the same letters are a word ending a sentence ("voted no.").
NUMERIC: frozenset[str] = frozenset(
    "no nos vol vols fig figs p pp art nr n núm pág pag abs s".split()
)

WEAK: frozenset[str] = frozenset("inc corp co ltd llc plc bros etc al a.m p.m u.s u.k u.n".split())

#: Words that commonly open a sentence; after a weak abbreviation they signal a break.
SENTENCE_OPENERS: frozenset[str] = frozenset(
    "the a an he she it they we i you this that these those his her their its our "
    "but and in on at for if when while after before as there here however meanwhile "
    "der die das er sie es wir ich aber und le la les il elle ils el los las ella ellos "
    "lo gli lei".split()
)
