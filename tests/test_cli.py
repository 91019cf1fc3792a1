"""The command line: parse, JSON Lines, streaming, Ctrl-C, -o, demo and the error paths.

Inputs are written for these tests.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import queue
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

import newsdoc
from newsdoc.cli import _parser, main

STORY = "The council met on Monday.\n\n“We will decide soon,” the mayor said.\n"
GERMAN = "Der Rat hat am Montag getagt und die Vorlage beschlossen, sagte die Sprecherin."
SRC = str(Path(__file__).resolve().parents[1] / "src")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def jsonl(path: Path, records: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# Plain text files


def test_one_file_prints_indented_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, err = run(["parse", str(story)], capsys)
    assert code == 0
    assert err == ""
    assert out.startswith('{\n  "file": ')
    data = json.loads(out)
    assert data["file"] == str(story)
    assert data["language"] == "en"
    assert data["quotes"][0]["text"] == "We will decide soon,"
    assert "text" not in data


def test_several_files_give_json_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text(GERMAN, encoding="utf-8")
    code, out, _ = run(["parse", str(a), str(b)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert [json.loads(line)["file"] for line in lines] == [str(a), str(b)]


def test_include_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, _ = run(["parse", "--include-text", str(story)], capsys)
    assert code == 0
    assert json.loads(out)["text"] == STORY


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


@pytest.mark.parametrize("args", [[], ["-"]], ids=["no-file", "dash"])
def test_stdin(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = io.TextIOWrapper(io.BytesIO(STORY.encode("utf-8")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    code, out, _ = run(["parse", *args], capsys)
    assert code == 0
    assert json.loads(out)["file"] == "-"


def test_encoding_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes("Le caf\xe9 a ferm\xe9 ses portes.".encode("latin-1"))
    code, out, _ = run(["parse", "--encoding", "latin-1", str(story)], capsys)
    assert code == 0
    assert json.loads(out)["file"] == str(story)


# JSON Lines


def test_jsonl_keeps_ids_order_and_other_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "text": STORY, "url": "https://example.org/1"})
        + "\n\n"
        + json.dumps({"id": 7, "text": "x", "meta": {"desk": "city"}})
        + "\n"
        + json.dumps({"text": "no id"})
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(["parse", "--jsonl", str(corpus)], capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("id") for r in rows] == ["a1", 7, None]
    assert rows[0]["url"] == "https://example.org/1"
    assert rows[1]["meta"] == {"desk": "city"}
    assert all("text" not in r for r in rows)


def test_jsonl_field_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = jsonl(
        tmp_path / "c.jsonl",
        [
            {"key": "k1", "body": "PARIS, 3 mars (AFP) - Le conseil a voté.", "day": "2023-03-10"},
            {"key": "k2", "body": "PARIS, 3 mars (AFP) - Le conseil a voté.", "day": None},
        ],
    )
    args = ["parse", "--jsonl", "--text-field", "body", "--id-field", "key"]
    args += ["--date-field", "day", "--reference-date", "2020-01-01", str(corpus)]
    code, out, _ = run(args, capsys)
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["key"], r["day"], r["reference_date"]) for r in rows] == [
        ("k1", "2023-03-10", "2023-03-10"),
        ("k2", None, "2020-01-01"),
    ]
    assert all("body" not in r for r in rows)


def test_jsonl_with_a_byte_order_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": 1, "text": "x"}).encode() + b"\n")
    code, out, _ = run(["parse", "--jsonl", str(corpus)], capsys)
    assert code == 0
    assert json.loads(out)["id"] == 1


def test_jobs_keep_the_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records: list[object] = [{"id": i, "text": f"{STORY} {i}"} for i in range(30)]
    corpus = jsonl(tmp_path / "c.jsonl", records)
    code, out, _ = run(["parse", "--jsonl", "--jobs", "2", str(corpus)], capsys)
    assert code == 0
    assert [json.loads(line)["id"] for line in out.splitlines()] == list(range(30))


# Bad records: reported with their place, skipped, exit status 1; the rest is written.

BAD_RECORDS = [
    pytest.param('{"id": 2, "text": \n', "c.jsonl:2: malformed JSON", id="malformed"),
    pytest.param('{"id": 2, "body": "ok"}\n', "c.jsonl:2: id 2: no str field 'text'", id="no-text"),
    pytest.param('["a list"]\n', "c.jsonl:2: expected a JSON object, got list", id="not-object"),
    pytest.param(
        '{"id": 2, "text": "x", "date": "soon"}\n',
        "c.jsonl:2: id 2: date field 'date': not an ISO 8601 date",
        id="bad-date",
    ),
    pytest.param('{"id": 2, "text": "caf\xe9"}\n', "c.jsonl:2: not valid utf-8", id="bad-bytes"),
]


@pytest.mark.parametrize("jobs", ["1", "2"])
@pytest.mark.parametrize(("bad", "message"), BAD_RECORDS)
def test_a_bad_record_is_reported_and_skipped(
    bad: str, message: str, jobs: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c.jsonl"
    good = '{"id": 1, "text": "Rain."}\n'
    corpus.write_bytes((good + bad + good.replace("1", "3")).encode("latin-1"))
    code, out, err = run(
        ["parse", "--jsonl", "--date-field", "date", "--jobs", jobs, str(corpus)], capsys
    )
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 3]
    lines = err.splitlines()
    assert lines[0].startswith("newsdoc: ")
    assert message in lines[0]
    assert lines[-1] == "newsdoc: 1 bad record(s) skipped"


def test_an_undecodable_file_is_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(STORY, encoding="utf-8")
    bad.write_bytes("Caf\xe9 du Commerce".encode("latin-1"))
    code, out, err = run(["parse", str(bad), str(good)], capsys)
    assert code == 1
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(good)]
    assert "bad.txt: not valid utf-8 (byte 3); pass --encoding to override" in err


# Errors found before anything is written: one line, exit status 2, no output file.

EARLY_ERRORS = [
    pytest.param("missing", "no such file", id="missing"),
    pytest.param("directory", "is a directory", id="directory"),
    pytest.param("same-as-output", "is also the output file", id="same-as-output"),
    pytest.param("two-stdin", "stdin (-) can be given only once", id="two-stdin"),
    pytest.param("field-without-jsonl", "--text-field needs --jsonl", id="field-without-jsonl"),
    pytest.param("unknown-encoding", "unknown encoding 'klingon'", id="unknown-encoding"),
    pytest.param("utf16-jsonl", "--jsonl needs an encoding with one-byte newlines", id="utf16"),
]


@pytest.mark.parametrize(("setup", "message"), EARLY_ERRORS)
def test_early_errors_write_nothing(
    setup: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(STORY, encoding="utf-8")
    target = tmp_path / "out.json"
    inputs = {
        "missing": [str(good), str(tmp_path / "nope.txt")],
        "directory": [str(good), str(tmp_path)],
        "same-as-output": [str(good)],
        "two-stdin": ["-", "-"],
        "field-without-jsonl": ["--text-field", "body", str(good)],
        "unknown-encoding": ["--encoding", "klingon", str(good)],
        "utf16-jsonl": ["--jsonl", "--encoding", "utf-16", str(good)],
    }[setup]
    output = str(good) if setup == "same-as-output" else str(target)
    before = good.read_bytes()
    code, out, err = run(["parse", "-o", output, *inputs], capsys)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1
    assert err.startswith("newsdoc: error: ")
    assert not target.exists()
    assert good.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [
        ["parse", "--reference-date", "02/01/2020", "x"],
        ["parse", "--language", "xx", "x"],
        ["parse", "--jobs", "-1", "x"],
        ["parse", "--indent", "many", "x"],
        [],
    ],
    ids=["bad-date", "bad-language", "bad-jobs", "bad-indent", "no-command"],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2


def test_every_option_has_help() -> None:
    parser = _parser()
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    commands = subparsers[0].choices
    for command in (parser, *commands.values()):
        for action in command._actions:
            assert action.help, (command.prog, action.dest)
    assert [a.help for a in subparsers[0]._choices_actions] == [
        "parse documents and print their facts as JSON",
        "parse a bundled sample article and print what was found",
        "print the JSON Schema of the objects parse writes",
    ]


# -o: written as the shell's > would, through symlinks, keeping an existing file's mode


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": STORY}])
    target = tmp_path / "out.jsonl"
    code, out, _ = run(["parse", "--jsonl", str(corpus), "-o", str(target)], capsys)
    assert code == 0
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_output_keeps_an_existing_files_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": STORY}])
    target = tmp_path / "out.jsonl"
    target.write_text("old content that is longer than the new one " * 100, encoding="utf-8")
    target.chmod(0o664)
    code, _, _ = run(["parse", "--jsonl", str(corpus), "-o", str(target)], capsys)
    assert code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o664
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == 1


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_output_writes_through_a_symlink(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": STORY}])
    real = tmp_path / "real.jsonl"
    real.write_text("old\n", encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    code, _, _ = run(["parse", "--jsonl", str(corpus), "-o", str(link)], capsys)
    assert code == 0
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["id"] == 1
    assert stat.S_IMODE(real.stat().st_mode) == 0o640


# Streaming, Ctrl-C and pipes, in a real process


def default_sigint() -> None:
    """Give the child the default Ctrl-C handling, even if this run ignores SIGINT.

    A shell without job control starts background commands (CI runners, ``&``) with
    SIGINT ignored, and Python then keeps ignoring it.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(args: list[str]) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, "-m", "newsdoc", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=default_sigint if os.name == "posix" else None,
    )


def read_line(stream: IO[bytes], timeout: float = 60.0) -> bytes:
    """Return the next line of ``stream``, failing (not hanging) when none comes."""
    box: queue.Queue[bytes] = queue.Queue()
    threading.Thread(target=lambda: box.put(stream.readline()), daemon=True).start()
    try:
        return box.get(timeout=timeout)
    except queue.Empty:
        pytest.fail(f"no output within {timeout} s")


def feed(proc: subprocess.Popen[bytes], first: int, count: int) -> None:
    assert proc.stdin is not None
    for i in range(first, first + count):
        proc.stdin.write(json.dumps({"id": i, "text": f"{STORY} {i}"}).encode() + b"\n")
    proc.stdin.flush()


# With --jobs 2 the pool reads ahead 2 * 2 * 8 records before it returns the first.
@pytest.mark.parametrize(("jobs", "ahead"), [("1", 1), ("2", 40)], ids=["one-job", "two-jobs"])
def test_the_first_result_comes_before_the_input_ends(jobs: str, ahead: int) -> None:
    with start(["parse", "--jsonl", "--jobs", jobs]) as proc:
        assert proc.stdin is not None
        assert proc.stdout is not None
        assert proc.stderr is not None
        feed(proc, 0, ahead)
        first = read_line(proc.stdout)  # stdin is still open
        assert json.loads(first)["id"] == 0
        proc.stdin.close()
        out = proc.stdout.read()  # through the same buffer as the first line
        err = proc.stderr.read()
        assert proc.wait(timeout=120) == 0, err
    assert [json.loads(line)["id"] for line in [first, *out.splitlines()]] == list(range(ahead))


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize(("jobs", "ahead"), [("1", 3), ("2", 40)], ids=["one-job", "two-jobs"])
def test_ctrl_c_exits_130_and_keeps_what_was_written(jobs: str, ahead: int, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    proc = start(["parse", "--jsonl", "--jobs", jobs, "-o", str(target)])
    feed(proc, 0, ahead)
    while not target.exists() or not target.read_bytes().endswith(b"\n"):
        assert proc.poll() is None
        threading.Event().wait(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert b"interrupted" in err
    written = target.read_text(encoding="utf-8").splitlines()
    assert written
    assert [json.loads(line)["id"] for line in written] == list(range(len(written)))


@pytest.mark.skipif(os.name != "posix", reason="a shell pipe")
def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    corpus = jsonl(tmp_path / "c.jsonl", [{"id": i, "text": "Rain."} for i in range(300)])
    env = {**os.environ, "PYTHONPATH": SRC}
    proc = subprocess.run(
        f'"{sys.executable}" -m newsdoc parse --jsonl "{corpus}" | head -n 1',
        shell=True,
        capture_output=True,
        env=env,
        check=False,
    )
    assert json.loads(proc.stdout)["id"] == 0
    assert b"Traceback" not in proc.stderr


def test_demo_prints_every_fact_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["demo"], capsys)
    assert code == 0
    for heading in ("Language: en", "Dateline:", "Bylines:", "Captions:", "Quotes:", "Votes:"):
        assert heading in out


def test_schema_prints_the_shipped_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    assert code == 0
    assert json.loads(out) == newsdoc.article_schema()


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsdoc", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout.startswith("newsdoc ")
