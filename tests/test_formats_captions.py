"""The caption conventions catalogue (docs/formats/captions.md), one test per row.

The catalogue's tables are the test data: each row is read here and checked against
:func:`newsdoc.find_captions`, so the documentation and the tests cannot drift apart.
Every example in the catalogue was written by us from published newsroom conventions.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
import regex

from newsdoc import find_captions

CATALOGUE = Path(__file__).resolve().parent.parent / "docs" / "formats" / "captions.md"

# The story paragraphs each row's text is read between (see the catalogue's introduction).
BEFORE = "The mayor said on Monday that the works would go on, and the council agreed.\n\n"
AFTER = "\n\nOfficials said the decision would be reviewed next year, according to the city."

# A cell separator: a bar not escaped with a backslash.
_CELL = regex.compile(r"(?<!\\)\|")


@attrs.frozen(kw_only=True)
class Row:
    """One row of the catalogue: an example and what find_captions returns for it."""

    group: str
    id: str
    text: str
    units: int
    caption: str | None
    photographers: tuple[str, ...]
    agencies: tuple[str, ...]
    file_photo: bool
    known_miss: bool


def _code(cell: str) -> str:
    assert cell.startswith("`"), cell
    assert cell.endswith("`"), cell
    return cell[1:-1]


def _names(cell: str) -> tuple[str, ...]:
    return () if cell == "—" else tuple(cell.split("; "))


def _caption(cell: str) -> str | None:
    return {"—": None, "(credit only)": ""}.get(cell, cell)


def read_catalogue(path: Path = CATALOGUE) -> list[Row]:
    """Return the rows of every table in the catalogue, with the heading they stand under."""
    rows: list[Row] = []
    group = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            group = line[4:].strip()
        if not line.startswith("| `"):
            continue
        cells = [c.strip().replace("\\|", "|") for c in _CELL.split(line)[1:-1]]
        assert len(cells) == 8, line
        rid, text, units, caption, people, agencies, file_photo, status = cells
        assert file_photo in ("yes", "no"), line
        assert status in ("ok", "known miss"), line
        rows.append(
            Row(
                group=group,
                id=_code(rid),
                text=_code(text).replace("\\n", "\n"),
                units=int(units),
                caption=_caption(caption),
                photographers=_names(people),
                agencies=_names(agencies),
                file_photo=file_photo == "yes",
                known_miss=status == "known miss",
            )
        )
    return rows


ROWS = read_catalogue()


def _param(row: Row) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="known miss")] if row.known_miss else []
    return pytest.param(row, id=row.id, marks=marks)


def test_catalogue_is_complete() -> None:
    assert len(ROWS) >= 40
    assert len({row.id for row in ROWS}) == len(ROWS)
    assert any(row.units == 0 for row in ROWS)  # the negatives are part of the catalogue


@pytest.mark.parametrize("row", [_param(row) for row in ROWS])
def test_catalogue_row(row: Row) -> None:
    text = BEFORE + row.text + AFTER
    captions = find_captions(text)
    assert len(captions) == row.units
    if not captions:
        assert row.caption is None
        return
    first = captions[0]
    assert first.text == row.caption
    assert row.caption in first.span.slice(text)  # the unit covers its caption
    credit = first.credit
    if credit is not None:  # ... and its credit
        assert first.span.start <= credit.span.start <= credit.span.end <= first.span.end
    assert (credit.photographers if credit else ()) == row.photographers
    assert (credit.agencies if credit else ()) == row.agencies
    assert (credit.file_photo if credit else False) == row.file_photo


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_catalogue_row_prefilter(row: Row) -> None:
    """The credit pre-filter skips no line that holds a credit of the catalogue."""
    from unittest import mock

    from newsdoc import captions

    text = BEFORE + row.text + AFTER
    with mock.patch.object(captions, "_credit_marks", lambda text, lines: [True] * len(lines)):
        unfiltered = find_captions(text)
    assert find_captions(text) == unfiltered
