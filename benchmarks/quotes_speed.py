"""Cost of ``newsdoc.find_quotes`` per article on the shared corpora.

Usage: ``python benchmarks/quotes_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints CPU time per article, per 5 KB and per megabyte of text (the best of R
passes, so other work on the machine inflates the figure less) for each corpus
that has quotation marks, and the quotations found per article; last, the same
over all of them.  The language is detected once per article before timing, as
``parse()`` does.  Skips cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

from _common import benchmark_args, best_us_per_item, load_texts

import newsdoc

CORPORA = ("polnear", "dequote", "semeval", "fakedes", "bbc", "horne", "buzzfeed", "reuters")


def _row(name: str, items: list[tuple[str, str]], repeats: int) -> str:
    """Return one table row for ``items`` (text, language)."""

    def find(item: tuple[str, str]) -> object:
        return newsdoc.find_quotes(item[0], language=item[1])

    us = best_us_per_item(find, items, repeats)
    chars = sum(len(t) for t, _ in items)
    found = sum(len(newsdoc.find_quotes(t, language=lang)) for t, lang in items)
    secs = us * len(items) / 1e6
    return (
        f"{name:<10} {len(items):>6} {chars / len(items) / 1000:>7.1f} {us / 1000:>7.3f}"
        f" {secs / chars * 5000 * 1e3:>7.3f} {secs / (chars / 1e6):>7.3f}"
        f" {found / len(items):>7.1f}"
    )


def main() -> None:
    """Time ``find_quotes`` per corpus and print the table."""
    args = benchmark_args(__doc__, docs=1000)
    if args is None:
        return
    newsdoc.find_quotes('"Warm-up," she said.')
    print(
        f"{'corpus':<10} {'docs':>6} {'KB/doc':>7} {'ms/doc':>7} {'ms/5KB':>7}"
        f" {'s/MB':>7} {'quotes':>7}"
    )
    every: list[tuple[str, str]] = []
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        items = [(t, newsdoc.resolve_language(t, None)) for t in texts]
        every += items
        print(_row(corpus, items, args.repeats), flush=True)
    if every:
        print(_row("all", every, args.repeats))


if __name__ == "__main__":
    main()
