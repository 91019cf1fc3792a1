"""What the benchmark scripts share: where the corpora are, how to read them, how to time.

The corpora are the shared evaluation collections (``../shared/corpora`` beside the
project); they are read when present and never copied into the project.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"


def load_texts(root: Path, corpus: str, limit: int) -> list[str]:
    """Return the texts of the first ``limit`` documents of a corpus (none if absent)."""
    return [str(record["text"]) for record in load_records(root, corpus, limit)]


def load_records(root: Path, corpus: str, limit: int) -> list[dict[str, object]]:
    """Return the first ``limit`` records of ``<root>/<corpus>/dev.jsonl`` (none if absent)."""
    path = root / corpus / "dev.jsonl"
    if not path.exists():
        return []
    records: list[dict[str, object]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if len(records) >= limit:
                break
    return records


def best_us_per_item(fn: Callable[[T], object], items: Sequence[T], repeats: int) -> float:
    """Return the best CPU time per item over ``repeats`` passes, in microseconds.

    CPU time of the best pass is the figure least disturbed by other work on the machine.
    """
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for item in items:
            fn(item)
        best = min(best, time.process_time() - start)
    return best / max(1, len(items)) * 1e6


def benchmark_args(doc: str | None, *, docs: int = 2000) -> argparse.Namespace | None:
    """Parse the arguments every module benchmark takes; None when the corpora are absent.

    ``CORPORA_DIR`` (default: the shared corpora), ``--docs N`` per corpus and
    ``--repeats R`` passes (the best counts).
    """
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--docs", type=int, default=docs, help="documents per corpus")
    parser.add_argument("--repeats", type=int, default=3, help="passes; the best counts")
    args = parser.parse_args()
    if not args.corpora.exists():
        print(f"corpora not found at {args.corpora}; nothing to measure")
        return None
    return args
