"""The subject before a Romance verb group: adverbs inside it, plural articles, adjective pairs.

Our own sentences.  An adverb of manner derived with -ment/-mente stands between
the auxiliary and the participle ("ont récemment lancé", "ha duramente
criticato") and belongs to the verb group, not to the subject.  French "des"
and "de" (before an adjective) open a subject as the plural indefinite article.
Two modifiers joined by "et"/"y"/"e" end a noun phrase ("américains et
britanniques"); they are no second clause.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speaker(text: str, language: str) -> str | None:
    found = find_quotes(text, language=language)
    assert found, text
    span = found[0].speaker_span
    return None if span is None else text[span.start : span.end]


SUBJECTS = [
    ("it", "Il sindaco ha duramente criticato la «riforma punitiva» del governo.", "Il sindaco"),
    ("es", "La ministra ha criticado duramente la «reforma punitiva» del Gobierno.", "La ministra"),
    (
        "fr",
        "Des élus bretons et normands ont vivement dénoncé un « abandon de l'État » lundi.",
        "Des élus bretons et normands",
    ),
    (
        "fr",
        "De nombreux maires ont publiquement dénoncé une « réforme injuste » mardi.",
        "De nombreux maires",
    ),
    (
        "it",
        "I sindaci lombardi e veneti hanno duramente contestato il «taglio dei fondi per "
        "le scuole di montagna».",
        "I sindaci lombardi e veneti",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    SUBJECTS,
    ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(SUBJECTS)],
)
def test_subject_before_the_verb_group(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# --- a phrase of place or addressee between a name and its verb
ADJUNCTS = [
    (
        "fr",
        "Mardi, la ministre des Affaires étrangères Anne Berg devant le Conseil de sécurité "
        "des Nations unies a déclaré : « Nous ne céderons pas. »",
        "la ministre des Affaires étrangères Anne Berg",
    ),
    # a linking preposition stays in the name of the body the person belongs to
    (
        "fr",
        "Claire Dubois du Centre Pompidou a déclaré : « Nous ne céderons pas. »",
        "Claire Dubois du Centre Pompidou",
    ),
    # a body's own name holds a preposition: no cut after its article
    (
        "fr",
        "La Fondation pour la Sauvegarde des Rivières se dit « hostile au projet de barrage ».",
        "La Fondation pour la Sauvegarde des Rivières",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    ADJUNCTS,
    ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(ADJUNCTS)],
)
def test_adjunct_between_name_and_verb(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker
