"""Cost of ``newsdoc.find_bylines`` per article on the shared corpora.

Usage: ``python benchmarks/bylines_speed.py [CORPORA_DIR] [--docs N] [--repeats R]``

Prints microseconds of CPU time per article (the best of R passes, so other work on
the machine inflates the figure less) for each corpus, with the number of bylines
found per 1,000 articles, once with the language detected and once with it given (as
``newsdoc.parse`` does).  Skips cleanly when the corpora are absent.  Asserts nothing.
"""

from __future__ import annotations

import functools

from _common import benchmark_args, best_us_per_item, load_texts

import newsdoc

CORPORA = ("reuters", "polnear", "bbc", "gnad", "horne", "buzzfeed", "semeval", "fakedes")


def find_given(langs: dict[str, str], text: str) -> object:
    """Run find_bylines with the language given, as ``newsdoc.parse`` does."""
    return newsdoc.find_bylines(text, language=langs[text])


def main() -> None:
    args = benchmark_args(__doc__)
    if args is None:
        return
    newsdoc.find_bylines("Warm-up\nBy Ann Lee, Reuters\n\n(Editing by Bo Park)")
    print(f"{'corpus':<10} {'docs':>6} {'found/1000':>11} {'find µs':>9} {'given-lang µs':>14}")
    for corpus in CORPORA:
        texts = load_texts(args.corpora, corpus, args.docs)
        if not texts:
            continue
        found = sum(len(newsdoc.find_bylines(t)) for t in texts)
        langs = {t: newsdoc.detect_language(t) for t in texts}
        detected = best_us_per_item(newsdoc.find_bylines, texts, args.repeats)
        given = best_us_per_item(functools.partial(find_given, langs), texts, args.repeats)
        print(
            f"{corpus:<10} {len(texts):>6} {1000 * found / len(texts):>11.1f}"
            f" {detected:>9.0f} {given:>14.0f}"
        )


if __name__ == "__main__":
    main()
