"""German passives of naming: the one who gave the name in "als „…“" speaks.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

In the Vorgangspassiv of a verb of naming or judging ("bezeichnen", "nennen",
"werten", "kritisieren") the quotation after "als" is the name given and the
clause's subject the thing named; the agent ("von der Opposition", "vom
Verband") or the medium the name was given in ("im „Kurier“", "in den Medien")
is the source (Duden, Die Grammatik: Passiv, Agensangabe).
"""

from __future__ import annotations

import pytest

from newsdoc.quotes._naming_passive import naming_agent
from quote_helpers import mention_of


def _mention(text: str, quoted: str) -> str | None:
    return mention_of(text, quoted, "de")


# (text, words of the quotation, speaker mention)
NAMING_PASSIVES = [
    pytest.param(
        "Die Stadtwerke gelten als teuer und wurden gestern im „Tagblatt“ als "
        "„ein Fass ohne Boden“ bezeichnet.",
        "Fass ohne Boden",
        "„Tagblatt“",
        id="medium-title-in-marks",
    ),
    pytest.param(
        "In der Presse war die Reform schon als „ein Wurf für die nächsten Jahrzehnte“ "
        "gefeiert worden.",
        "Wurf",
        "der Presse",
        id="medium-noun-fronted",
    ),
    pytest.param(
        "Von der Opposition wird der Entwurf als „ein teures Geschenk an die Firmen“ kritisiert.",
        "teures Geschenk",
        "der Opposition",
        id="agent-fronted",
    ),
    pytest.param(
        "Der Entwurf wurde vom Mieterbund als „völlig unzureichend“ bewertet.",
        "unzureichend",
        "Mieterbund",
        id="agent-vom",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), NAMING_PASSIVES)
def test_naming_passive_agent(text: str, quoted: str, mention: str) -> None:
    found = _mention(text, quoted)
    assert found is not None
    assert mention in found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Die Ministerin bezeichnete den Plan im Landtag als „Unsinn“.", id="active"),
        pytest.param("Der Plan wurde im Landtag als „Unsinn“ bezeichnet.", id="no-medium"),
        pytest.param("Der Plan wurde als „Unsinn“ verworfen.", id="not-naming"),
    ],
)
def test_no_naming_agent(text: str) -> None:
    opening = text.index("„")
    closing = text.index("“") + 1
    assert naming_agent(text, 0, opening, closing, len(text)) is None


@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        pytest.param(
            "Die Fusion ist geplatzt. Von vielen Fachleuten wird dieser Schritt als richtig "
            "gewertet. So könne der Konzern nun „in Ruhe neu planen“.",
            "neu planen",
            "vielen Fachleuten",
            id="fronted-agent-then-konjunktiv",
        ),
        pytest.param(
            "Die Fusion ist geplatzt. Dieser Schritt wird vom Betriebsrat scharf kritisiert. "
            "Damit seien „tausende Stellen in Gefahr“.",
            "Stellen in Gefahr",
            "Betriebsrat",
            id="agent-after-subject-then-konjunktiv",
        ),
    ],
)
def test_passive_agent_goes_on_in_reported_speech(text: str, quoted: str, mention: str) -> None:
    found = _mention(text, quoted)
    assert found is not None
    assert mention in found
