"""An aside between an incise's verb and its inverted subject.

"« … », raconte, les larmes aux yeux, Marie Duval.": two commas set off a
circumstance between the verb of the incise and the subject that closes it;
the subject is the noun phrase after the second comma.  When the words after
the aside do not close the sentence they are an object ("souligne, dans un
message, sa « … »"), not a subject.
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of

CASES = [
    pytest.param(
        "« On a tout perdu », raconte, la voix brisée, Lucie Marchand.",
        "tout perdu",
        "fr",
        "Lucie Marchand",
        id="fr",
    ),
    pytest.param(
        "«Lo perdimos todo», cuenta, entre lágrimas, la vecina Rosa Prieto.",
        "perdimos",
        "es",
        "la vecina Rosa Prieto",
        id="es",
    ),
    pytest.param(
        "«Abbiamo perso tutto», racconta, con un filo di voce, Anna Greco.",
        "perso tutto",
        "it",
        "Anna Greco",
        id="it",
    ),
    pytest.param(
        "« Rien n'est joué », a estimé, lundi soir, le sélectionneur.",
        "joué",
        "fr",
        "le sélectionneur",
        id="fr-time-aside",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "language", "mention"), CASES)
def test_subject_after_aside(text: str, quoted: str, language: str, mention: str) -> None:
    assert mention_of(text, quoted, language) == mention
