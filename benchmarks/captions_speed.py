"""Cost of ``newsdoc.find_captions`` per article on the shared corpora.

Usage: ``python benchmarks/captions_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints microseconds of CPU time per article (the best of R passes, so other work on
the machine inflates the figure less) for each corpus, with the number of caption
units found per 1,000 articles.  ``parse_credit`` is timed on the caption units
found.  Skips cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

from _common import benchmark_args, best_us_per_item, load_texts

import newsdoc

CORPORA = ("reuters", "polnear", "bbc", "gnad", "horne", "buzzfeed", "semeval", "fakedes")


def main() -> None:
    args = benchmark_args(__doc__)
    if args is None:
        return
    newsdoc.find_captions("Warm-up. (AP Photo/Dana Reyes) | Getty Next")  # build lazy tables
    print(f"{'corpus':<10} {'docs':>6} {'units/1000':>11} {'find µs':>9} {'credit µs':>10}")
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        units = [c.span.slice(t) for t in texts for c in newsdoc.find_captions(t)]
        per_1000 = 1000 * len(units) / len(texts)
        find = best_us_per_item(newsdoc.find_captions, texts, args.repeats)
        credit = best_us_per_item(newsdoc.parse_credit, units, args.repeats) if units else 0.0
        print(f"{corpus:<10} {len(texts):>6} {per_1000:>11.1f} {find:>9.1f} {credit:>10.1f}")


if __name__ == "__main__":
    main()
