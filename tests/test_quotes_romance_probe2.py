"""French, Spanish and Italian speakers: a second probe of our own sentences.

Each row is a construction of news copy that a grammar names and the first
probe did not hold: the French "que" elided onto its verb in a free relative
("ce qu'explique X"), an object clitic before a verb of saying that leaves the
phrase after the verb its subject ("Le ha risposto X:"), the Italian "fare eco",
the Spanish possessive "su" opening a subject, a noun after a demonstrative or
an articled preposition that a word list also holds as an adverb ("questo
punto"), the Italian oblique relative "secondo cui", and the Italian cleft with
its link and infinitive fronted ("A parlare è stato X:").
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from quote_helpers import mention_of

CASES = [
    pytest.param(
        "C'est ce qu'explique Inès Garnier, géologue : « La falaise recule chaque année. »",
        "falaise",
        "fr",
        "Inès Garnier",
        id="fr-qu-glued-to-verb",
    ),
    pytest.param(
        "C'est ce qu'affirme la préfète du Gard : « Aucune commune ne sera oubliée. »",
        "commune",
        "fr",
        "la préfète du Gard",
        id="fr-qu-glued-affirme",
    ),
    pytest.param(
        "Le ha risposto il capogruppo dell'opposizione: «Sono promesse senza coperture».",
        "promesse",
        "it",
        "il capogruppo dell'opposizione",
        id="it-clitic-before-verb",
    ),
    pytest.param(
        "Gli fa eco il presidente della provincia: «Serve un piano nazionale subito».",
        "piano nazionale",
        "it",
        "il presidente della provincia",
        id="it-fare-eco",
    ),
    pytest.param(
        "«Il piano nazionale serve subito», gli ha fatto eco la sindaca di Lecce.",
        "piano nazionale",
        "it",
        "la sindaca di Lecce",
        id="it-fare-eco-after",
    ),
    pytest.param(
        "Su hermana, Irene Soto, fue más lejos: «Nadie nos ha pedido perdón todavía».",
        "perdón",
        "es",
        "Su hermana, Irene Soto",
        id="es-possessive-subject",
    ),
    pytest.param(
        "Su questo punto il prefetto ha precisato: «Le scuole restano chiuse fino a lunedì».",
        "scuole",
        "it",
        "il prefetto",
        id="it-questo-punto",
    ),
    pytest.param(
        "Sul punto la rettrice ha aggiunto: «Le lezioni riprendono in presenza a marzo».",
        "lezioni",
        "it",
        "la rettrice",
        id="it-sul-punto",
    ),
    pytest.param(
        "Ha parlato anche l'ex sindaco Bruno Galli, secondo cui «la città merita di più».",
        "merita",
        "it",
        "Bruno Galli",
        id="it-secondo-cui",
    ),
    pytest.param(
        "A parlare è stato il capitano Enzo Ferri: «Abbiamo giocato con il cuore».",
        "cuore",
        "it",
        "il capitano Enzo Ferri",
        id="it-fronted-cleft-colon",
    ),
    pytest.param(
        "«Abbiamo giocato con il cuore», a dirlo è stato il capitano Enzo Ferri.",
        "cuore",
        "it",
        "il capitano Enzo Ferri",
        id="it-fronted-cleft-after",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), CASES)
def test_romance_probe(text: str, quoted: str, language: str, mention: str) -> None:
    assert mention_of(text, quoted, language) == mention


def test_per_cui_is_a_connective_not_a_source() -> None:
    text = "Il tecnico Ugo Sala era malato, per cui la partita è stata «rinviata di una settimana»."
    found = [q for q in find_quotes(text, language="it") if "rinviata" in q.text]
    assert all(q.cue != "per cui" for q in found)
