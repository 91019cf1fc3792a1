"""Throughput of ``newsdoc.parse`` on the shared corpora, and the import time of newsdoc.

Usage: ``python benchmarks/speed.py [CORPORA_DIR] [--docs N]``

Prints documents/s and MB/s for each corpus and overall, the ratio to one pass of a
trivial regex over the same text (the floor for any text scanner, measured in the same
run so the figure does not depend on the machine), and the import time of ``newsdoc``
in a fresh interpreter. Skips cleanly when the corpora are absent. Asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import regex
from _common import DEFAULT_CORPORA, load_texts

CORPORA = ("reuters", "polnear", "bbc", "gnad", "dequote", "semeval")


def import_time_ms(repeats: int = 5) -> float:
    """Median wall time of ``import newsdoc`` in a fresh interpreter, in ms."""
    code = "import time; t=time.perf_counter(); import newsdoc; print(time.perf_counter()-t)"
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeats)
    ]
    return statistics.median(runs) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--docs", type=int, default=2000, help="documents per corpus")
    args = parser.parse_args()

    print(f"import newsdoc: {import_time_ms():.1f} ms (median of 5 fresh interpreters)")
    import newsdoc

    if not args.corpora.is_dir():
        print(f"corpora not found at {args.corpora}: skipping throughput")
        return 0
    floor = regex.compile(r"[“”\"]|\b\d+\b")
    total_bytes = total_docs = 0
    total_secs = total_floor = 0.0
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        size = sum(len(t.encode()) for t in texts)
        for t in texts[:20]:  # the first call in each language builds its tables
            newsdoc.parse(t)
        t0 = time.perf_counter()
        for t in texts:
            sum(1 for _ in floor.finditer(t))
        base = time.perf_counter() - t0
        t0 = time.perf_counter()
        for t in texts:
            newsdoc.parse(t)
        secs = time.perf_counter() - t0
        total_bytes += size
        total_docs += len(texts)
        total_secs += secs
        total_floor += base
        print(
            f"{corpus:>8}: {len(texts):5d} docs  {len(texts) / secs:8.0f} docs/s  "
            f"{size / 1e6 / secs:6.2f} MB/s  {1000 * secs / len(texts):6.3f} ms/doc  "
            f"x{secs / base:5.1f} one regex pass"
        )
    if total_docs:
        print(
            f"   total: {total_docs:5d} docs  {total_docs / total_secs:8.0f} docs/s  "
            f"{total_bytes / 1e6 / total_secs:6.2f} MB/s  "
            f"x{total_secs / total_floor:5.1f} one regex pass"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
