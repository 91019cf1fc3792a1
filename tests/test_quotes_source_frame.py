"""A source preposition with a free relative of saying, fronted before the quotation.

"Secondo quanto riferito dalla procura, …", "Según lo informado por la fiscalía,
…", "Selon ce qu'a indiqué la préfecture, …": the speaker is the participle's
agent or the subject after the verb, up to the comma that closes the adjunct.
With no agent and no subject ("Secondo quanto riferito, …") nobody is named.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from quote_helpers import mention_of

CASES = [
    pytest.param(
        "Secondo quanto riferito dalla questura, il corteo è stato «del tutto pacifico».",
        "pacifico",
        "it",
        "questura",
        id="it-agent-fused-article",
    ),
    pytest.param(
        "Stando a quanto ha dichiarato il sindaco Ugo Neri, i lavori sono «quasi finiti».",
        "quasi finiti",
        "it",
        "il sindaco Ugo Neri",
        id="it-stando-a-subject-after",
    ),
    pytest.param(
        "Según lo informado por la fiscalía, el acusado estaba «al tanto de todo».",
        "al tanto",
        "es",
        "la fiscalía",
        id="es-lo-participle-por",
    ),
    pytest.param(
        "Según lo que explicó la alcaldesa, la calle seguirá «cerrada hasta mayo».",
        "cerrada",
        "es",
        "la alcaldesa",
        id="es-lo-que",
    ),
    pytest.param(
        "Selon ce qu'a indiqué la préfecture, la route restera « fermée jusqu'à lundi ».",
        "fermée",
        "fr",
        "la préfecture",
        id="fr-ce-qu-a",
    ),
    pytest.param(
        "D'après ce que rapporte le quotidien régional, l'usine serait « à l'arrêt ».",
        "arrêt",
        "fr",
        "le quotidien régional",
        id="fr-ce-que-present",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), CASES)
def test_source_frame_speaker(text: str, quoted: str, language: str, mention: str) -> None:
    assert mention_of(text, quoted, language) == mention


def test_frame_without_agent_names_nobody() -> None:
    text = "Secondo quanto riferito, il corteo è stato «del tutto pacifico» fino a sera."
    found = [q for q in find_quotes(text, language="it") if "pacifico" in q.text]
    assert all(q.speaker is None for q in found)
