"""Italian speakers: newsroom constructions around a quotation.

Our own sentences.  Each table names the construction it tests and the grammar
that describes it (L. Serianni, *Grammatica italiana*, UTET 1989; the Treccani
*Enciclopedia dell'Italiano*).
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _mentions(text: str) -> list[str | None]:
    found = find_quotes(text, language="it")
    assert found, text
    return [None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end] for q in found]


# A past participle of a verb of saying that is also a naming word ("detto",
# "il detto"; "chiamato") is a verb after its auxiliary even with adverbs between
# them (Serianni XI.6: adverbs such as "poi", "già", "anche" stand inside the
# compound tense): the quotation after it is spoken, not a name.
VERB_GROUPS = [
    pytest.param(
        "Il ministro ha poi detto: «Il ponte riaprirà entro la fine di giugno».",
        "Il ministro",
        id="poi-inside-compound",
    ),
    pytest.param(
        "La sindaca aveva già detto: «Nessuna scuola chiuderà quest'anno».",
        "La sindaca",
        id="gia-inside-compound",
    ),
    pytest.param(
        "Lo scrittore ha anche detto: «Il libro nuovo uscirà in autunno».",
        "Lo scrittore",
        id="anche-inside-compound",
    ),
]


@pytest.mark.parametrize(("text", "mention"), VERB_GROUPS)
def test_adverb_inside_verb_group(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


def test_naming_participle_still_names() -> None:
    # "detto «il Biondo»" with no auxiliary is a nickname, no quotation
    assert find_quotes("Il pescatore Carlo Neri, detto «il Biondo», è partito.", language="it") == ()


# "Lo" is the masculine article before s and a consonant, z, gn, ps, pn, x, y
# and i before a vowel (Serianni IV.4-IV.6): such a subject opens its clause like
# "Il"; the object clitic "Lo" before a verb ("Lo scrive il giornale") does not.
LO_SUBJECTS = [
    pytest.param(
        "Lo storico Paolo Neri ha parlato ieri alla radio: «La memoria va coltivata».",
        "Lo storico Paolo Neri",
        id="lo-s-consonant-colon",
    ),
    pytest.param(
        "Lo zio della vittima ha parlato con i cronisti: «Vogliamo solo la verità».",
        "Lo zio della vittima",
        id="lo-z",
    ),
    pytest.param(
        "Lo psicologo Marco Villa ha risposto così: «I ragazzi vanno ascoltati».",
        "Lo psicologo Marco Villa",
        id="lo-ps",
    ),
    pytest.param(
        "Lo scrive il quotidiano locale: «La strada resterà chiusa fino a lunedì».",
        "il quotidiano locale",
        id="clitic-before-verb-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "mention"), LO_SUBJECTS)
def test_article_lo_opens_subject(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]
