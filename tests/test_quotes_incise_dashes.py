"""Dash incises inside a quotation and the speaker they carry on (``newsdoc.quotes``).

Our own sentences.  Romance copy sets a cue off by dashes inside the quotation
(Spanish *raya*, French and Italian *tiret*); copy typed without a dash key uses
a hyphen set off by spaces for it.  A later incise with a dropped subject ("–
prosegue –", "—añade—") speaks for the speaker the incise before named, even
though that name stands inside the quotation before.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speakers(text: str, language: str) -> list[str | None]:
    """Return the speaker mention of every quotation in ``text``."""
    out: list[str | None] = []
    for q in find_quotes(text, language=language):
        span = q.speaker_span
        out.append(None if span is None else text[span.start : span.end])
    return out


HYPHEN_INCISES = [
    ("it", "«Il reparto è pieno - spiega una infermiera - e non c'è posto».", "una infermiera"),
    ("es", "«Hay que vacunar - dice la doctora - a toda la población».", "la doctora"),
    ("fr", "« Il faut agir - a déclaré la maire - avant l'hiver. »", "la maire"),
    # the closing hyphen before the full stop that ends the first sentence
    (
        "it",
        "«Qui si può avere tutto, anche le cure più lunghe e costose che altri pagano "
        "da sé – spiega un medico -. Ma si esagera, con richieste che nessuno controlla "
        "mai e che costano a tutti moltissimo».",
        "un medico",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    HYPHEN_INCISES,
    ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(HYPHEN_INCISES)],
)
def test_hyphen_incise(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


# a hyphen inside a word is no dash
def test_hyphenated_word_is_no_incise() -> None:
    text = "«El plan anti-crisis no basta», dijo Ruiz."
    assert _speakers(text, "es") == ["Ruiz"]


CARRIED_ON = [
    (
        "it",
        "«Il pronto soccorso accoglie tutti – spiega un infermiere –. Ma qui si esagera». "
        "«Queste persone chiedono tutto – prosegue – e nessuno dice di no».",
        ["un infermiere", "un infermiere"],
    ),
    (
        "es",
        "«La sala está llena —explica una enfermera—. No cabe nadie más». "
        "«Todos esperan horas —añade— y nadie se queja».",
        ["una enfermera", "una enfermera"],
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speakers"), CARRIED_ON, ids=[lang for lang, _, _ in CARRIED_ON]
)
def test_dropped_subject_after_an_incise_speaker(
    language: str, text: str, speakers: list[str]
) -> None:
    assert _speakers(text, language) == speakers


# a pronoun inside the quotation before is still no speaker of the next one
def test_pronoun_inside_a_quotation_is_not_carried() -> None:
    text = "«Yo lo sé», dijo Ana Gil. «Él no vendrá»."
    assert _speakers(text, "es")[0] == "Ana Gil"
    assert _speakers(text, "es")[1] != "Él"


def test_elided_article_in_a_dash_incise() -> None:
    """An elided article glued to a noun of person opens the inverted subject."""
    text = "«Il reparto è pieno – spiega un’infermiera – e non c’è posto»."
    assert _speakers(text, "it") == ["un’infermiera"]


# --- an incise set off by commas inside the quotation: the verb, then its subject
COMMA_INCISES = [
    (
        "fr",
        "« Les ventes ont doublé cette année, poursuit la note de l'agence. Le groupe "
        "vise le double. »",
        "la note de l'agence",
    ),
    ("it", "«Non è vero, ha detto il ministro, che il piano è fermo».", "il ministro"),
    ("es", "«No es cierto, insistió la alcaldesa, que el plan esté parado».", "la alcaldesa"),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    COMMA_INCISES,
    ids=[lang for lang, _, _ in COMMA_INCISES],
)
def test_comma_incise_inside_the_quotation(language: str, text: str, speaker: str) -> None:
    assert _speakers(text, language) == [speaker]


NO_COMMA_INCISE = [
    # a name and its byname ("dit" = known as), not a verb of saying
    ("fr", "« Le consul Gaius Marius Rufus, dit Rufus, fut exilé à Capri. »"),
    # a parenthetical clause with its subject first
    ("fr", "« Nous allons, je crois, tout changer. »"),
]


@pytest.mark.parametrize(
    ("language", "text"), NO_COMMA_INCISE, ids=[t[2:20] for _, t in NO_COMMA_INCISE]
)
def test_no_comma_incise(language: str, text: str) -> None:
    assert _speakers(text, language) == [None]
