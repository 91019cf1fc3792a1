"""Cost of ``newsdoc.find_dateline`` per article on the shared corpora.

Usage: ``python benchmarks/datelines_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints microseconds of CPU time per article (the best of R passes, so other work on
the machine inflates the figure less) for each corpus, and the share of articles
where a dateline was found.  ``find_timestamps`` is timed the same way.  Skips
cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

from _common import benchmark_args, best_us_per_item, load_texts

import newsdoc

CORPORA = ("reuters", "polnear", "bbc", "gnad", "horne", "buzzfeed", "semeval", "fakedes")


def main() -> None:
    args = benchmark_args(__doc__)
    if args is None:
        return
    newsdoc.find_dateline("WASHINGTON (AP) — Warm-up.")  # build the lazy tables first
    newsdoc.find_timestamps("Published: Jan. 2, 2020")
    print(f"{'corpus':<10} {'docs':>6} {'found':>7} {'dateline µs':>12} {'stamps µs':>10}")
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        found = sum(newsdoc.find_dateline(t) is not None for t in texts) / len(texts)
        dateline = best_us_per_item(newsdoc.find_dateline, texts, args.repeats)
        stamps = best_us_per_item(newsdoc.find_timestamps, texts, args.repeats)
        print(f"{corpus:<10} {len(texts):>6} {found:>7.1%} {dateline:>12.1f} {stamps:>10.1f}")


if __name__ == "__main__":
    main()
