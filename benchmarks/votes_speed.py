"""Cost of ``newsdoc.find_votes`` per article on the shared corpora.

Usage: ``python benchmarks/votes_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints microseconds of CPU time per article (the best of R passes, so other work on
the machine inflates the figure less) for each corpus, with the mean article size and
the tallies found per 1,000 articles, with the language given (as ``newsdoc.parse``
does).  Skips cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

import time

from _common import benchmark_args, load_texts

import newsdoc

CORPORA = (
    "reuters",
    "polnear",
    "bbc",
    "gnad",
    "horne",
    "buzzfeed",
    "dequote",
    "semeval",
    "fakedes",
)


def best_us_per_item(texts: list[str], langs: list[str], repeats: int) -> float:
    """Return the best CPU time per text over ``repeats`` passes, in microseconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for text, lang in zip(texts, langs, strict=True):
            newsdoc.find_votes(text, language=lang)
        best = min(best, time.process_time() - start)
    return best / max(1, len(texts)) * 1e6


def main() -> None:
    args = benchmark_args(__doc__)
    if args is None:
        return
    newsdoc.find_votes("The Senate voted 52 to 48.", language="en")  # compile the patterns
    print(f"{'corpus':10} {'docs':>6} {'chars':>7} {'us/doc':>8} {'tallies/1k':>11}")
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        langs = [newsdoc.detect_language(text) for text in texts]
        for lang in sorted(set(langs)):
            newsdoc.find_votes("", language=lang)
        us = best_us_per_item(texts, langs, args.repeats)
        found = sum(
            1
            for text, lang in zip(texts, langs, strict=True)
            for vote in newsdoc.find_votes(text, language=lang)
            if vote.yes is not None or vote.unanimous
        )
        chars = sum(len(t) for t in texts) // len(texts)
        print(f"{corpus:10} {len(texts):6d} {chars:7d} {us:8.1f} {found * 1000 / len(texts):11.1f}")


if __name__ == "__main__":
    main()
