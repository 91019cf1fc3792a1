"""The vote-tally catalogue of `docs/formats/votes.md`, one test per table row.

The Markdown tables are the single source of the cases: each row names a
convention, gives an example written by us and the reading `find_votes` must
give (see the page for the notation).  A row whose reading ends with
``(known miss)`` is expected to fail, strictly, so a fix shows up.
"""

from __future__ import annotations

import shlex
from pathlib import Path

import attrs
import pytest

from newsdoc import VoteTally, find_votes

_PAGE = Path(__file__).resolve().parents[1] / "docs" / "formats" / "votes.md"

#: The language of the rows under a heading that names one.
_HEADING_LANGUAGE = {"German": "de", "French": "fr", "Spanish": "es", "Italian": "it"}
_KNOWN_MISS = "(known miss)"


@attrs.frozen(kw_only=True)
class Row:
    """One row of a catalogue table."""

    heading: str
    convention: str
    example: str
    reading: str
    language: str


def _rows(page: str) -> list[Row]:
    rows: list[Row] = []
    heading = ""
    for line in page.splitlines():
        if line.startswith("### "):
            heading = line[4:].strip()
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) != 3 or set(cells[0]) <= {"-"}:
            continue
        if cells[0] == "convention":
            continue
        language = next((code for name, code in _HEADING_LANGUAGE.items() if name in heading), "en")
        reading = cells[2]
        if " lang=" in reading:
            reading, _, language = reading.rpartition(" lang=")
        rows.append(
            Row(
                heading=heading,
                convention=cells[0],
                example=cells[1],
                reading=reading,
                language=language,
            )
        )
    return rows


ROWS = _rows(_PAGE.read_text(encoding="utf-8"))


def _expected(reading: str) -> list[dict[str, str]]:
    """Parse ``yes=1 no=2; yes=3 no=4`` into one dict per tally ([] for ``none``)."""
    reading = reading.removesuffix(_KNOWN_MISS).strip()
    if reading == "none":
        return []
    return [dict(part.split("=", 1) for part in shlex.split(one)) for one in reading.split(";")]


def _check(vote: VoteTally, want: dict[str, str]) -> None:
    got = {
        "yes": str(vote.yes),
        "no": str(vote.no),
        "abstain": str(vote.abstain),
        "outcome": str(vote.outcome).lower(),
        "body": str(vote.body),
        "unanimous": str(vote.unanimous).lower(),
    }
    assert {k: got[k] for k in want} == want


def _param(row: Row) -> object:
    marks = [pytest.mark.xfail(strict=True)] if row.reading.endswith(_KNOWN_MISS) else []
    return pytest.param(row, marks=marks, id=f"{row.heading.split()[0]}: {row.convention}")


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_catalogue_row(row: Row) -> None:
    wanted = _expected(row.reading)
    votes = find_votes(row.example, language=row.language)
    counted = [v for v in votes if v.yes is not None]
    if not wanted:
        assert votes == ()
    elif "yes" not in wanted[0]:
        (vote,) = votes
        _check(vote, wanted[0])
    else:
        assert len(counted) == len(wanted)
        for vote, want in zip(counted, wanted, strict=True):
            _check(vote, want)


def test_catalogue_size_and_provenance() -> None:
    headings = {r.heading for r in ROWS}
    assert len(ROWS) >= 40
    assert {"German: dpa, APA, Keystone-SDA, dailies", "Never a tally"} <= headings
    assert sum(r.reading.startswith("none") for r in ROWS) >= 10


def test_examples_are_unique() -> None:
    examples = [r.example for r in ROWS]
    assert len(examples) == len(set(examples))
