"""Quote mechanisms named after the third, blind probe (``test_quotes_probe_round3.py``).

Each is tested on sentences other than the probe's: a neuter cleft of a free
relative pointing back at the quotation before it, an addressee fused with its
article after an inverted subject, an elided article opening the subject after
an adjunct, and the verbs of opinion before their complementizer.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speaker(text: str, language: str) -> str | None:
    """Return the speaker mention of the one quotation of ``text`` as written."""
    (quote,) = find_quotes(text, language=language)
    span = quote.speaker_span
    return None if span is None else text[span.start : span.end]


CASES = [
    # a neuter cleft of a free relative after the quotation points back at it
    (
        "it",
        "«Il ponte riaprirà a giugno». È quanto ha annunciato ieri l'assessore Rita Galli.",
        "l'assessore Rita Galli",
        "it-cleft-e-quanto",
    ),
    (
        "it",
        "«Non ci sono fondi». Questo è quanto ha detto il sindaco di Pieve.",
        "il sindaco di Pieve",
        "it-cleft-questo-e-quanto",
    ),
    (
        "es",
        "«Nadie quedará fuera». Es lo que prometió el consejero Luis Vera.",
        "el consejero Luis Vera",
        "es-cleft-es-lo-que",
    ),
    (
        "es",
        "«Fue un error». Eso es lo que reconoció ayer la alcaldesa.",
        "la alcaldesa",
        "es-cleft-eso-es-lo-que",
    ),
    (
        "fr",
        "« Nous tiendrons les délais. » C'est ce qu'a assuré lundi la préfète Anne Morel.",
        "la préfète Anne Morel",
        "fr-cleft-c-est-ce-qu",
    ),
    (
        "fr",
        "« Rien n'est joué. » Voilà ce qu'a déclaré l'entraîneur après le match.",
        "l'entraîneur",
        "fr-presentative-voila",
    ),
    # an addressee fused with its article ends an inverted subject after a name
    (
        "it",
        "«Siamo pronti», ha detto il ministro Carlo Neri ai giornalisti.",
        "il ministro Carlo Neri",
        "it-addressee-ai",
    ),
    (
        "it",
        "«Servono regole», ha spiegato il presidente Ugo Sala nel corso del convegno.",
        "il presidente Ugo Sala",
        "it-adjunct-nel",
    ),
    (
        "fr",
        "« C'est un succès », a lancé le maire Paul Roy aux habitants.",
        "le maire Paul Roy",
        "fr-addressee-aux",
    ),
    (
        "es",
        "«No habrá recortes», dijo la ministra Eva Soler al término de la reunión.",
        "la ministra Eva Soler",
        "es-adjunct-al",
    ),
    (
        "it",
        "«Il piano è pronto», ha detto il sottosegretario al Lavoro Piero Dini.",
        "il sottosegretario al Lavoro Piero Dini",
        "it-portfolio-in-capitals-stays",
    ),
    # an elided article opens the subject after an adjunct
    (
        "it",
        "«Faremo ricorso», ha annunciato in una nota l'ufficio stampa del Comune.",
        "l'ufficio stampa del Comune",
        "it-elided-after-adjunct",
    ),
    # an elided article glued to a name, a noun of person or a body's head noun
    (
        "fr",
        "« Voilà qui change tout. » C'est ce qu'a affirmé l’entraîneur à la fin du match.",
        "l’entraîneur",
        "fr-elided-noun-of-person",
    ),
    (
        "fr",
        "« Les discussions ont été franches », précise l’Élysée dans un communiqué.",
        "l’Élysée",
        "fr-elided-name",
    ),
    # a parenthetical of report between the subject and its verb
    (
        "it",
        "Il governatore, come riporta l'agenzia Dire, ha chiesto «risposte immediate».",
        "Il governatore",
        "it-as-reported-parenthetical",
    ),
    (
        "en",
        "The minister, as Reuters reported, called the deal “a betrayal”.",
        "The minister",
        "en-as-reported-parenthetical",
    ),
    # an adjunct of medium or occasion after "Così X"
    (
        "it",
        "«Il cantiere chiuderà a maggio». Così l'assessore Rita Galli, in un post su Facebook.",
        "l'assessore Rita Galli",
        "it-cosi-comma-adjunct",
    ),
    (
        "it",
        "«Resto in squadra fino a giugno». Così Marco Sala in un'intervista al Tirreno.",
        "Marco Sala",
        "it-cosi-adjunct",
    ),
    # an intensifier after a subject pronoun
    (
        "es",
        "El juez Tomás Rey archivó la causa. Él mismo explicó que la prueba era «del todo "
        "insuficiente».",
        "Él",
        "es-intensifier-mismo",
    ),
    (
        "fr",
        "La maire Inès Carré a signé l'arrêté. Elle-même a reconnu que la mesure était « dure "
        "mais nécessaire ».",
        "Elle-même",
        "fr-intensive-pronoun",
    ),
    # verbs of opinion before their complementizer
    (
        "es",
        "La concejala Marta Ibáñez cree que el proyecto es «una chapuza».",
        "La concejala Marta Ibáñez",
        "es-opinion-cree-que",
    ),
    (
        "it",
        "Il sindaco Franco Bini ritiene che l'accordo sia «un passo avanti».",
        "Il sindaco Franco Bini",
        "it-opinion-ritiene-che",
    ),
    (
        "fr",
        "Le député Hugo Lenoir pense que cette réforme est « une impasse ».",
        "Le député Hugo Lenoir",
        "fr-opinion-pense-que",
    ),
    (
        "fr",
        "Selon la radio locale, les riverains pensent que le chantier est « sans fin ».",
        "la radio locale",
        "fr-source-frame-keeps-the-sentence",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "want"),
    [pytest.param(lang, text, want, id=cid) for lang, text, want, cid in CASES],
)
def test_speaker(language: str, text: str, want: str) -> None:
    assert _speaker(text, language) == want


@pytest.mark.parametrize(
    ("language", "text"),
    [
        pytest.param("fr", "Il croit pouvoir tout « régler » seul.", id="fr-opinion-infinitive"),
        pytest.param(
            "it", "Molti credono in una «svolta» che non arriva.", id="it-opinion-believe-in"
        ),
    ],
)
def test_opinion_verb_without_complementizer_is_no_cue(language: str, text: str) -> None:
    for quote in find_quotes(text, language=language):
        assert quote.cue is None or quote.cue.split()[-1] not in {"croit", "credono"}
