"""Cost of ``newsdoc.find_dateline`` per article on the shared corpora.

Usage: ``python benchmarks/datelines_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints microseconds of CPU time per article (the best of R passes, so other work on
the machine inflates the figure less) for each corpus, and the share of articles
where a dateline was found.  ``find_timestamps`` is timed the same way.  Skips
cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

import newsdoc

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
CORPORA = ("reuters", "polnear", "bbc", "gnad", "horne", "buzzfeed", "semeval", "fakedes")


def load_texts(root: Path, corpus: str, limit: int) -> list[str]:
    path = root / corpus / "dev.jsonl"
    if not path.exists():
        return []
    texts: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= limit:
                break
    return texts


def best_us_per_doc(fn: Callable[[str], object], texts: list[str], repeats: int) -> float:
    """Return the best CPU time per text over ``repeats`` passes, in microseconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            fn(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--docs", type=int, default=2000, help="documents per corpus")
    parser.add_argument("--repeats", type=int, default=3, help="passes; the best counts")
    args = parser.parse_args()
    if not args.corpora.exists():
        print(f"corpora not found at {args.corpora}; nothing to measure")
        return
    newsdoc.find_dateline("WASHINGTON (AP) — Warm-up.")  # build the lazy tables first
    newsdoc.find_timestamps("Published: Jan. 2, 2020")
    print(f"{'corpus':<10} {'docs':>6} {'found':>7} {'dateline µs':>12} {'stamps µs':>10}")
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        found = sum(newsdoc.find_dateline(t) is not None for t in texts) / len(texts)
        dateline = best_us_per_doc(newsdoc.find_dateline, texts, args.repeats)
        stamps = best_us_per_doc(newsdoc.find_timestamps, texts, args.repeats)
        print(f"{corpus:<10} {len(texts):>6} {found:>7.1%} {dateline:>12.1f} {stamps:>10.1f}")


if __name__ == "__main__":
    main()
