"""Run newsdoc over a JSON Lines corpus with Dask, writing JSON Lines.

Each input line is one record: ``{"id": ..., "text": ..., "date": "2024-05-06", ...}``.
Each output line is the record's other fields followed by newsdoc's facts
(:meth:`newsdoc.Article.to_dict`), or ``"error"`` for a record that could not be
read, so one bad line never stops a run over millions.  Output part files keep the
input's order: ``0.jsonl``, ``1.jsonl``, ... one per block of input.

Usage::

    python docs/examples/dask_corpus.py 'corpus/*.jsonl' out/ --workers 4

Needs ``pip install "newsdoc[dask]"``.  Part of newsdoc's documentation
(docs/dask.md); tests/test_dask.py runs it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from collections.abc import Mapping, Sequence

import dask
import dask.bag as db

import newsdoc

__all__ = ["main", "parse_line", "parse_record", "run"]


def parse_record(
    record: Mapping[str, object],
    *,
    text_field: str = "text",
    date_field: str = "date",
) -> dict[str, object]:
    """Parse one record: its other fields, then the article's facts.

    ``record[date_field]``, when present, is the story's reference date, as an ISO
    date or date-time (``"2024-05-06"``, ``"2024-05-06T08:30:00Z"``).

    Example:
        >>> out = parse_record({"id": 7, "text": "“Aye,” said Kim.", "source": "wire"})
        >>> out["id"], out["source"], out["language"], out["quotes"][0]["speaker"]
        (7, 'wire', 'en', 'Kim')
        >>> parse_record({"id": 8, "text": None})["error"]
        "field 'text' must be a string, not NoneType"
    """
    kept = {k: v for k, v in record.items() if k != text_field}
    text = record.get(text_field)
    if not isinstance(text, str):
        return {
            **kept,
            "error": f"field {text_field!r} must be a string, not {type(text).__name__}",
        }
    date = record.get(date_field)
    try:
        reference = None if date is None else dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return {**kept, "error": f"field {date_field!r} is not an ISO date: {date!r}"}
    return {**kept, **newsdoc.parse(text, reference_date=reference).to_dict()}


def parse_line(line: str) -> str:
    """Parse one JSON Lines record and return the output line (without newline).

    Example:
        >>> json.loads(parse_line('{"id": "a1", "text": "Quiet day."}'))["quotes"]
        []
        >>> parse_line("not json")
        '{"error": "not a JSON object: not json"}'
    """
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    if not isinstance(record, dict):
        return json.dumps({"error": f"not a JSON object: {line.strip()[:80]}"})
    return json.dumps(parse_record(record), ensure_ascii=False)


def run(
    inputs: str | Sequence[str],
    output_dir: str,
    *,
    workers: int | None = None,
    blocksize: int | str = "16MiB",
) -> list[str]:
    """Parse every record of ``inputs`` on a pool of processes; return the files written.

    Args:
        inputs: JSON Lines files or glob patterns (``"corpus/*.jsonl"``), local or
            any URL fsspec reads.
        output_dir: Where the part files go (created if missing).
        workers: Worker processes; None uses one per core.
        blocksize: Bytes of input per task; smaller blocks spread small corpora
            over more workers.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.jsonl").write_text('{"id": 1, "text": "Hello."}' + chr(10))
        >>> written = run(str(folder / "in.jsonl"), str(folder / "out"), workers=1)
        >>> lines = pathlib.Path(written[0]).read_text().splitlines()
        >>> [json.loads(line)["id"] for line in lines]
        [1]
    """
    lines = db.read_text(inputs, blocksize=blocksize, encoding="utf-8")
    results = lines.filter(str.strip).map(parse_line)
    os.makedirs(output_dir, exist_ok=True)
    with dask.config.set(scheduler="processes", num_workers=workers):
        written: list[str] = results.to_textfiles(
            os.path.join(output_dir, "*.jsonl"), encoding="utf-8", last_endline=True
        )
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``dask_corpus.py INPUT... OUTPUT_DIR [--workers N]``.

    Example:
        >>> import pathlib, tempfile
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "in.jsonl").write_text('{"text": "Hello."}' + chr(10))
        >>> main([str(folder / "in.jsonl"), str(folder / "out"), "--workers", "1"])
        wrote 1 part files to ...out
        0
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("inputs", nargs="+", help="JSON Lines files or glob patterns")
    parser.add_argument("output_dir", help="folder for the numbered .jsonl part files")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: cores)")
    parser.add_argument("--blocksize", default="16MiB", help="input bytes per task")
    args = parser.parse_args(argv)
    written = run(args.inputs, args.output_dir, workers=args.workers, blocksize=args.blocksize)
    print(f"wrote {len(written)} part files to {args.output_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
