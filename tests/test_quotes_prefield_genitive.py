"""German: a genitive attribute closing a sentence-opening "laut" phrase.

Our own sentences.  In the prefield, before the finite verb, "der"/"des" after
the noun of "laut" can only open a genitive attribute of it (Duden, *Die
Grammatik*, on the verb-second clause); in the middle field "der" may open the
subject, so there the phrase is left as it was.
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "Laut dem Bericht der Behörde ist die Anlage „marode“.",
            "dem Bericht der Behörde",
            id="feminine-genitive",
        ),
        pytest.param(
            "Laut einem Sprecher der Stadtwerke ist die Leitung „nicht mehr zu retten“.",
            "einem Sprecher der Stadtwerke",
            id="plural-genitive",
        ),
        pytest.param(
            "Laut der Sprecherin der zuständigen Behörde war der Fehler „vermeidbar“.",
            "der Sprecherin der zuständigen Behörde",
            id="adjective-in-genitive",
        ),
        pytest.param(
            "Laut dem Gutachten des Amtes der Stadt war die Halle „einsturzgefährdet“.",
            "dem Gutachten des Amtes der Stadt",
            id="two-genitives",
        ),
        pytest.param(
            "Laut einer Sprecherin der Ministerin Jana Roth sei der Plan „vom Tisch“.",
            "einer Sprecherin der Ministerin Jana Roth",
            id="genitive-with-name",
        ),
        # the middle field: "der" may open the subject, the phrase stays short
        pytest.param(
            "Die Halle war laut dem Gutachten der Stadt „einsturzgefährdet“.",
            "dem Gutachten",
            id="middle-field-unchanged",
        ),
    ],
)
def test_laut_phrase_keeps_its_genitive(text: str, mention: str) -> None:
    quoted = text[text.index("„") + 1 : text.index("“")]
    assert mention_of(text, quoted, "de") == mention
