"""The command line: parse, JSON Lines, demo and the error paths. Inputs written by us."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdoc.cli import main

STORY = "The council met on Monday.\n\n“We will decide soon,” the mayor said.\n"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_parse_file_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, err = run(["parse", str(story)], capsys)
    assert code == 0
    assert err == ""
    data = json.loads(out)
    assert data["file"] == str(story)
    assert data["language"] == "en"


def test_parse_several_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text("Der Rat hat am Montag getagt und die Vorlage beschlossen.", encoding="utf-8")
    code, out, _ = run(["parse", "--indent", "0", str(a), str(b)], capsys)
    assert code == 0
    decoder = json.JSONDecoder()
    docs: list[dict[str, object]] = []
    pos = 0
    while pos < len(out.strip()):
        obj, end = decoder.raw_decode(out, pos)
        docs.append(obj)
        pos = end
        while pos < len(out) and out[pos].isspace():
            pos += 1
    assert [d["language"] for d in docs] == ["en", "de"]


def test_reference_date_and_language_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, _ = run(
        ["parse", "--reference-date", "2024-02-29", "--language", "fr", str(story)], capsys
    )
    assert code == 0
    data = json.loads(out)
    assert data["reference_date"] == "2024-02-29"
    assert data["language"] == "fr"


def test_jsonl_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "text": STORY})
        + "\n\n"
        + json.dumps({"id": 7, "text": "x"})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(["parse", "--jsonl", str(corpus)], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["a1", 7]


def test_jsonl_output_file_is_written_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": 1, "text": STORY}) + "\n", encoding="utf-8")
    target = tmp_path / "out.jsonl"
    code, out, _ = run(["parse", "--jsonl", str(corpus), "-o", str(target)], capsys)
    assert code == 0
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == 1


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    code, out, _ = run(["parse", "-"], capsys)
    assert code == 0
    assert json.loads(out)["file"] == "-"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no such file"),
        ("directory", "is a directory"),
        ("latin1", "not valid utf-8"),
        ("bad-jsonl", ":2: malformed JSON"),
        ("no-text", ':1: expected an object with a string "text" field'),
    ],
    ids=["missing", "directory", "latin1", "bad-jsonl", "no-text"],
)
def test_errors_are_one_line_and_nothing_is_written(
    setup: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    jsonl = False
    if setup == "directory":
        bad = tmp_path
    elif setup == "latin1":
        bad.write_bytes("Caf\xe9 du Commerce".encode("latin-1"))
    elif setup == "bad-jsonl":
        bad.write_text('{"id": 1, "text": "ok"}\n{"id": 2, "text": \n', encoding="utf-8")
        jsonl = True
    elif setup == "no-text":
        bad.write_text('{"id": 1, "body": "ok"}\n', encoding="utf-8")
        jsonl = True
    target = tmp_path / "out.json"
    args = ["parse", *(["--jsonl"] if jsonl else []), "-o", str(target)]
    args += [str(bad)] if jsonl else [str(good), str(bad)]
    code, out, err = run(args, capsys)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1
    assert err.startswith("newsdoc: error: ")
    assert not target.exists()


def test_encoding_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes("Le caf\xe9 a ferm\xe9 ses portes.".encode("latin-1"))
    code, out, _ = run(["parse", "--encoding", "latin-1", str(story)], capsys)
    assert code == 0
    assert json.loads(out)["file"] == str(story)


@pytest.mark.parametrize(
    "args",
    [["parse", "--reference-date", "02/01/2020", "x"], ["parse", "--language", "xx", "x"], []],
    ids=["bad-date", "bad-language", "no-command"],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2


def test_demo_prints_every_fact_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["demo"], capsys)
    assert code == 0
    for heading in ("Language: en", "Dateline:", "Bylines:", "Captions:", "Quotes:", "Votes:"):
        assert heading in out


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsdoc", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith("newsdoc ")
