"""German: "heißt es von X" names X, not the phrase before the verb.

Our own sentences.  The impersonal "es heißt" has no subject; a "von"/"aus"/
"seitens" phrase right after it names who the words come from (Duden, *Die
Grammatik*, on the impersonal "es" and the agent phrase).  The prefield before
"hieß" ("Dazu", "Am Abend", "In einer Erklärung") is no speaker then.
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "In einer Mitteilung hieß es von der Bahn: „Der Zug fällt heute aus.“",
            "der Bahn",
            id="von-after-text",
        ),
        pytest.param(
            "Dazu hieß es aus dem Rathaus: „Der Zug fällt heute aus.“",
            "dem Rathaus",
            id="aus-after-adverb",
        ),
        pytest.param(
            "Am Abend hieß es seitens der Polizei: „Der Zug fällt heute aus.“",
            "der Polizei",
            id="seitens-after-time",
        ),
        pytest.param(
            "Später heißt es dazu von der Gewerkschaft: „Der Zug fällt heute aus.“",
            "der Gewerkschaft",
            id="adverb-between",
        ),
        # no originator: the text named at the front stays the source
        pytest.param(
            "In einer Mitteilung hieß es: „Der Zug fällt heute aus.“",
            "In einer Mitteilung",
            id="text-only",
        ),
    ],
)
def test_originator_after_heisst_es(text: str, mention: str) -> None:
    assert mention_of(text, "Zug fällt", "de") == mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "„Der Zug fällt heute aus“, hieß es aus dem Rathaus.", "dem Rathaus", id="aus"
        ),
        pytest.param(
            "„Der Zug fällt heute aus“, hieß es am Morgen vom Betreiber.",
            "Betreiber",
            id="vom-after-time",
        ),
        pytest.param(
            "„Der Zug fällt heute aus“, heißt es seitens der Bahn.", "der Bahn", id="seitens"
        ),
    ],
)
def test_originator_after_the_quotation(text: str, mention: str) -> None:
    assert mention_of(text, "Zug fällt", "de") == mention
