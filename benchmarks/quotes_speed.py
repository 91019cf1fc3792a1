"""Cost of ``newsdoc.find_quotes`` per article on the shared corpora.

Usage: ``python benchmarks/quotes_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints milliseconds of CPU time per article and per 5 KB of text (the best of R
passes, so other work on the machine inflates the figure less) for each corpus
that has quotation marks, and the number of quotations found per article.
Skips cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import newsdoc

DEFAULT_CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
CORPORA = ("polnear", "dequote", "semeval", "fakedes", "bbc", "horne", "buzzfeed", "reuters")


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


def best_seconds(texts: list[str], repeats: int) -> float:
    """Return the best CPU time of one pass of ``find_quotes`` over ``texts``."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            newsdoc.find_quotes(text)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="?", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--docs", type=int, default=1000, help="documents per corpus")
    parser.add_argument("--repeats", type=int, default=3, help="passes; the best counts")
    args = parser.parse_args()
    if not args.corpora.exists():
        print(f"corpora not found at {args.corpora}; nothing to measure")
        return
    newsdoc.find_quotes('"Warm-up," she said.')
    header = f"{'corpus':<10} {'docs':>6} {'KB/doc':>7} {'ms/doc':>7} {'ms/5KB':>7} {'quotes':>7}"
    print(header)
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        secs = best_seconds(texts, args.repeats)
        chars = sum(len(t) for t in texts)
        found = sum(len(newsdoc.find_quotes(t)) for t in texts)
        per_doc = secs / len(texts) * 1e3
        per_5kb = secs / max(1, chars) * 5000 * 1e3
        kb = chars / len(texts) / 1000
        print(
            f"{corpus:<10} {len(texts):>6} {kb:>7.1f} {per_doc:>7.3f} {per_5kb:>7.3f}"
            f" {found / len(texts):>7.1f}"
        )


if __name__ == "__main__":
    main()
