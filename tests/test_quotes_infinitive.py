"""An infinitive of saying shares the subject of the verb governing it (subject control).

Our own sentences: "se limitó a decir que «…»", "a tenu à rappeler que
« … »", "ha voluto ribadire che «…»", "fue firme al sostener que «…»" —
the quotation stands in the completive of an infinitive of saying, whose subject
is the main verb's.  Completives in a row ("que …, que …, «…»") are all the
first one's verb's.  A copula and an adjective are no passive ("fue tajante").
Alone, without a completive, an infinitive is no cue ("continuer d'alimenter").
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._holder import holding_subject


def _holder(text: str, language: str) -> str | None:
    found = holding_subject(text, 0, text.index("«"), language)
    return None if found is None else text[found.speaker_start : found.speaker_end]


CONTROL = [
    ("es", "La alcaldesa se limitó a decir que el plan es «un desastre total».", "La alcaldesa"),
    ("fr", "Le maire a tenu à rappeler que le projet reste « une priorité absolue ».", "Le maire"),
    (
        "it",
        "Il sindaco ha voluto ribadire che il progetto resta «una priorità assoluta».",
        "Il sindaco",
    ),
    (
        "es",
        "El consejero fue tajante al negar que el hospital vaya a cerrar por «falta de fondos».",
        "El consejero",
    ),
    (
        "es",
        "La gerente fue firme al sostener que las obras se hicieron con cuidado, que "
        "el plan fue prudente, «sin arriesgar los fondos públicos».",
        "La gerente",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    CONTROL,
    ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(CONTROL)],
)
def test_infinitive_of_saying_has_the_governing_subject(
    language: str, text: str, speaker: str | None
) -> None:
    assert _holder(text, language) == speaker


def test_infinitive_alone_is_no_cue() -> None:
    text = (
        "Une nouvelle tentative est faite pour continuer d'alimenter le combat sous "
        "couvert d'« aide humanitaire »."
    )
    found = find_quotes(text, language="fr")
    assert all(q.speaker_span is None for q in found)


def test_passive_subject_is_spoken_of() -> None:
    assert _holder("Le ministre est accusé d'avoir « menti au pays ».", "fr") is None
