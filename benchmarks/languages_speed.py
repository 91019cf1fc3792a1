"""Cost of ``newsdoc.detect_language`` per article on the shared corpora.

Usage: ``python benchmarks/languages_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints, for each corpus, microseconds of CPU time per article (the best of R passes)
and per MB, the mean article size, the share of articles longer than the first part
of the sample that this part settled (so that the rest was not read), and the
languages found.  Skips cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

from collections import Counter

from _common import benchmark_args, best_us_per_item, load_texts

import newsdoc
from newsdoc import languages

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


def settled_share(texts: list[str]) -> float:
    """Return the share of the texts longer than the first part that this part settles."""
    first = languages._FIRST_CHARS
    long = [text for text in texts if len(text) > first]
    settled = sum(
        1 for text in long if languages._settled(languages._scores(text[:first])[0]) is not None
    )
    return settled / max(1, len(long))


def main() -> None:
    args = benchmark_args(__doc__)
    if args is None:
        return
    head = f"{'corpus':10} {'docs':>6} {'chars':>7} {'us/doc':>8} {'s/MB':>7} {'settled':>8}"
    print(head, " languages")
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        us = best_us_per_item(newsdoc.detect_language, texts, args.repeats)
        chars = sum(len(text) for text in texts) / len(texts)
        found = Counter(newsdoc.detect_language(text) for text in texts)
        spread = " ".join(f"{code}:{n}" for code, n in found.most_common())
        print(
            f"{corpus:10} {len(texts):6d} {chars:7.0f} {us:8.1f} {us / chars:7.3f}"
            f" {settled_share(texts):8.2f}  {spread}"
        )


if __name__ == "__main__":
    main()
