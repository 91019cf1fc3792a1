"""A partial quotation inside a gerund clause that opens its sentence: the main clause's subject.

The gerund's agent is the subject of the main verb (Riegel et al., *Grammaire
méthodique du français*; Grevisse & Goosse, *Le Bon Usage*, on the gérondif;
RAE, *Nueva gramática*, and Serianni, *Grammatica italiana*, on the gerund).
Cases are our own sentences.
"""

from __future__ import annotations

import pytest

from newsdoc import find_quotes

# (text, language, expected speaker mention)
_GERUND_AGENTS = [
    pytest.param(
        "En répétant sa promesse « dès cet été », le ministre a surpris ses alliés.",
        "fr",
        "le ministre",
        id="fr-en-gerund",
    ),
    pytest.param(
        "Le débat a repris hier. En répétant sans relâche sa promesse de baisser les impôts "
        "« dès cet été », malgré les avertissements des juges, Paul Girard a surpris ses alliés.",
        "fr",
        "Paul Girard",
        id="fr-adjunct-between",
    ),
    pytest.param(
        "En qualifiant le texte de « recul », elle a surpris ses alliés.",
        "fr",
        "elle",
        id="fr-pronoun-subject",
    ),
    pytest.param(
        "Tout en saluant « un vrai progrès », alors que les syndicats protestaient, "
        "le ministre a appelé au calme.",
        "fr",
        "le ministre",
        id="fr-tout-en-and-subordinate",
    ),
    pytest.param(
        "Ribadendo la promessa di tagliare le tasse « entro l'estate », il ministro ha "
        "sorpreso gli alleati.",
        "it",
        "il ministro",
        id="it-gerundio",
    ),
]

# (text, language, expected speaker mention): the main clause holds the quotation
_MAIN_CLAUSE = [
    pytest.param(
        "En 2020, la ministre a qualifié le projet de « recul ».",
        "fr",
        "la ministre",
        id="fr-en-with-a-year",
    ),
    pytest.param(
        "En quittant la salle, la ministre a qualifié le projet de « recul ».",
        "fr",
        "la ministre",
        id="fr-gerund-before-the-main-clause",
    ),
]


# (text, language, expected speaker mention): a detached participle after its
# clause has that clause's subject, not the object before the comma
_DETACHED = [
    pytest.param(
        "La maire a critiqué le choix du préfet, le jugeant « absurde ».",
        "fr",
        "La maire",
        id="fr-clitic-participle",
    ),
    pytest.param(
        "La ministre a répondu aux critiques, ajoutant que la loi était « juste ».",
        "fr",
        "La ministre",
        id="fr-participle-of-saying",
    ),
    pytest.param(
        "Un calendrier dénoncé par le président qui a critiqué la décision, déclarant "
        "qu'il n'y avait « aucune logique ».",
        "fr",
        "le président",
        id="fr-relative-clause-subject",
    ),
    pytest.param(
        "Il sindaco ha criticato la scelta del prefetto, definendola « assurda ».",
        "it",
        "Il sindaco",
        id="it-gerundio-after-comma",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), _GERUND_AGENTS + _MAIN_CLAUSE + _DETACHED)
def test_gerund_agent_speaks(text: str, language: str, speaker: str) -> None:
    quotes = find_quotes(text, language=language)
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker
