"""The Dask example (docs/examples/dask_corpus.py) over a small JSON Lines corpus.

The corpus is written here, from sentences written for these tests; the run uses
Dask's multiprocessing scheduler with two workers and small blocks, so the records
are spread over several tasks and part files.  Skipped when Dask is not installed.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import newsdoc

pytest.importorskip("dask.bag")

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"

# Our own stories, one per kind of fact, in several languages.
STORIES = [
    "“The bridge opens in May,” the mayor said.",
    "BERGEN, May 4 (Reuters) - Fog closed the harbour for a day.",
    "The assembly voted 31 to 12 to fund the new library.",
    "„Wir bauen weiter“, sagte die Bürgermeisterin am Montag.",
    "« Nous restons ouverts », a déclaré la directrice de l'école.",
    "«Abriremos en junio», dijo el alcalde.",
    "A crane lifts the last beam. (Photo: Lena Park/Reuters)\n\nThe tower is finished.",
    "By Sam Ortiz\n\nThe market reopened after the storm.",
    "",
    "Nothing to find here at all.",
]


def _corpus_lines() -> list[str]:
    """Return the corpus: 60 good records and, among them, lines that cannot be parsed."""
    lines = []
    for i in range(60):
        record: dict[str, object] = {"id": f"r{i:02}", "text": STORIES[i % len(STORIES)]}
        if i % 3 == 0:
            record["date"] = f"20{10 + i % 10}-05-06"
        if i % 4 == 0:
            record["url"] = f"https://example.org/{i}"
        lines.append(json.dumps(record, ensure_ascii=i % 2 == 0))
    lines.insert(5, "")  # a blank line is skipped
    lines.insert(20, "{not json")
    lines.insert(30, json.dumps({"id": "no-text"}))
    lines.insert(40, json.dumps({"id": "bad-date", "text": "Text.", "date": "May the 4th"}))
    lines.insert(50, json.dumps(["a", "list"]))
    return lines


@pytest.fixture(scope="module")
def example() -> Iterator[ModuleType]:
    """Import the example as the module its worker processes will import too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(EXAMPLES))
        yield importlib.import_module("dask_corpus")


@pytest.fixture(scope="module")
def run(example: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], Path]:
    """Run the example once over the corpus, split across two input files."""
    folder = tmp_path_factory.mktemp("dask")
    lines = _corpus_lines()
    (folder / "a.jsonl").write_text("\n".join(lines[:33]) + "\n", encoding="utf-8")
    (folder / "b.jsonl").write_text("\n".join(lines[33:]), encoding="utf-8")  # no final newline
    example.run(str(folder / "*.jsonl"), str(folder / "out"), workers=2, blocksize=1024)
    return lines, folder / "out"


def _outputs(out: Path) -> list[dict[str, object]]:
    """Return every output record, part file by part file in order."""
    parts = sorted(out.glob("*.jsonl"), key=lambda p: int(p.stem))
    return [json.loads(line) for p in parts for line in p.read_text("utf-8").splitlines()]


def test_several_part_files(run: tuple[list[str], Path]) -> None:
    _, out = run
    assert len(list(out.glob("*.jsonl"))) > 2


def test_one_output_per_input_line_in_order(run: tuple[list[str], Path]) -> None:
    lines, out = run
    records = _outputs(out)
    assert len(records) == len([line for line in lines if line.strip()])
    expected_ids = [f"r{i:02}" for i in range(60)]
    assert [r["id"] for r in records if str(r.get("id", "")).startswith("r")] == expected_ids


def test_results_equal_a_serial_parse(run: tuple[list[str], Path]) -> None:
    lines, out = run
    records = {r["id"]: r for r in _outputs(out) if "error" not in r}
    for line in lines[:3] + lines[33:36]:
        if not line.strip():
            continue
        source = json.loads(line)
        date = source.get("date")
        article = newsdoc.parse(
            source["text"], reference_date=dt.date.fromisoformat(date) if date else None
        )
        kept = {k: v for k, v in source.items() if k != "text"}
        assert records[source["id"]] == json.loads(json.dumps({**kept, **article.to_dict()}))


def test_fields_pass_through_and_date_is_the_reference(run: tuple[list[str], Path]) -> None:
    _, out = run
    records = {r.get("id"): r for r in _outputs(out)}
    assert records["r00"]["url"] == "https://example.org/0"
    assert "text" not in records["r00"]
    # r21 tells the Bergen story with date 2011-05-06, so "May 4" is in 2011.
    assert records["r21"]["dateline"]["date"] == "2011-05-04"  # type: ignore[index]
    assert records["r21"]["reference_date"] == "2011-05-06"


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("no-text", "field 'text' must be a string, not NoneType"),
        ("bad-date", "field 'date' is not an ISO date: 'May the 4th'"),
        (None, "not a JSON object: {not json"),
    ],
    ids=["missing-text", "bad-date", "not-json"],
)
def test_bad_records_become_error_lines(
    run: tuple[list[str], Path], key: str | None, message: str
) -> None:
    _, out = run
    errors = [r for r in _outputs(out) if r.get("id") == key and "error" in r]
    assert message in [e["error"] for e in errors]


def test_a_list_is_not_a_record(example: ModuleType) -> None:
    assert json.loads(example.parse_line('["a", "list"]')) == {
        "error": 'not a JSON object: ["a", "list"]'
    }


def test_dates_with_a_time_of_day(example: ModuleType) -> None:
    record = {"text": "BERGEN, May 4 (Reuters) - Fog.", "date": "2016-05-06T08:30:00Z"}
    assert example.parse_record(record)["reference_date"] == "2016-05-06"
