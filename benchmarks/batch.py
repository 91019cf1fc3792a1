"""Batch throughput and memory: ``parse_many`` on 1 and 2 processes, and the CLI's peak RSS.

Usage: ``python benchmarks/batch.py [--docs N] [--rss 10000,100000] [--jobs 2] [--text short]``

Records are generated from the bundled sample article (written for this project):
``--text sample`` uses the whole story (about 1.5 KB), ``--text short`` two of its
paragraphs (about 300 characters), so that 100,000 records run in minutes.

1. Throughput: ``--docs`` records through ``parse_many`` with ``processes=1`` and ``2``:
   documents per wall-clock second, documents per CPU-second (the throughput of one
   core, workers included, so the cost of the pool shows), and the speed-up of two
   processes over one (which needs two idle cores to show).
2. Memory: a JSON Lines file of each size in ``--rss`` is run through
   ``newsdoc parse --jsonl --jobs J -o /dev/null`` in a child process, which reports
   its own peak resident set (VmHWM) and the largest of its workers' (RUSAGE_CHILDREN).
   Memory flat in the number of records shows as equal figures for 10k and 100k.

Prints figures and asserts nothing; timings are noisy on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from newsdoc import parse_many
from newsdoc.cli import sample_article

SRC = Path(__file__).resolve().parents[1] / "src"

# Run in the child: the CLI, then the peak RSS of this process and of its workers.
CHILD = """
import resource, sys
from newsdoc.cli import main
code = main(sys.argv[1:])
hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(code, hwm, workers, file=sys.stderr)
"""


def texts(kind: str, count: int) -> Iterator[str]:
    """Yield ``count`` distinct stories made from the sample article."""
    paragraphs = [p for p in sample_article().split("\n\n") if p.strip()]
    whole = sample_article()
    for i in range(count):
        if kind == "short":
            first = i % len(paragraphs)
            body = paragraphs[first] + "\n\n" + paragraphs[(first + 1) % len(paragraphs)]
        else:
            body = whole
        yield f"{body}\n\n(Item {i}.)"


def cpu_seconds() -> float:
    """Return the CPU time of this process and of its reaped children (the workers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def throughput(kind: str, docs: int, processes: int) -> tuple[float, float]:
    """Return documents per wall-clock second and per CPU second through parse_many."""
    start, cpu = time.perf_counter(), cpu_seconds()
    count = sum(1 for _ in parse_many(texts(kind, docs), processes=processes))
    return count / (time.perf_counter() - start), count / (cpu_seconds() - cpu)


def peak_rss(kind: str, records: int, jobs: int, directory: Path) -> tuple[int, int, float]:
    """Return (CLI peak KB, largest worker peak KB, seconds) for ``records`` records."""
    corpus = directory / f"corpus-{records}.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for i, text in enumerate(texts(kind, records)):
            handle.write(json.dumps({"id": i, "text": text, "source": "bench"}) + "\n")
    args = ["parse", "--jsonl", "--jobs", str(jobs), "-o", os.devnull, str(corpus)]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, *args], capture_output=True, text=True, env=env, check=True
    )
    seconds = time.perf_counter() - start
    corpus.unlink()
    code, hwm, workers = proc.stderr.split()[-3:]
    if code != "0":
        raise SystemExit(f"newsdoc parse exited {code}: {proc.stderr}")
    return int(hwm), int(workers), seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="records for the throughput runs")
    parser.add_argument("--rss", default="10000,100000", help="record counts for the RSS runs")
    parser.add_argument("--jobs", type=int, default=2, help="--jobs for the RSS runs")
    parser.add_argument("--text", choices=("short", "sample"), default="short")
    args = parser.parse_args()

    print(f"records: {args.text} stories made from the bundled sample article")
    throughput(args.text, 50, 1)  # compiles the patterns once, before any timing
    rates = {1: (0.0, 0.0), 2: (0.0, 0.0)}
    for processes in (1, 2, 1, 2):  # alternated; the best run of each counts
        rates[processes] = max(rates[processes], throughput(args.text, args.docs, processes))
    for processes, (wall, per_cpu) in rates.items():
        print(
            f"parse_many processes={processes}: {wall:7.0f} docs/s wall-clock, "
            f"{per_cpu:5.0f} docs per CPU-second, over {args.docs} records"
        )
    speed_up = rates[2][0] / rates[1][0]
    print(
        f"speed-up with 2 processes: {speed_up:.2f}x wall-clock "
        f"(os.cpu_count()={os.cpu_count()}, load average {os.getloadavg()[0]:.1f})"
    )

    with tempfile.TemporaryDirectory() as tmp:
        for size in (int(n) for n in args.rss.split(",") if n):
            hwm, workers, seconds = peak_rss(args.text, size, args.jobs, Path(tmp))
            print(
                f"newsdoc parse --jsonl --jobs {args.jobs}, {size:>7} records: "
                f"peak RSS {hwm / 1024:6.1f} MB (CLI), {workers / 1024:6.1f} MB (largest worker), "
                f"{seconds:6.1f} s, {size / seconds:5.0f} docs/s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
