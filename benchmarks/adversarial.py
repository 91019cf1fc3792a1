"""Adversarial timing: seconds per megabyte of every public function on hostile repetition.

The budget (issue 15) is at most 1 s per MB on any input of 10 KB or more.  Each pattern
is repeated to each size and every public function is timed on it: CPU time, the best of
``--repeats`` calls, and of at least five below 100 KB, where one call lasts a few
milliseconds and a single timing is mostly the machine's noise.  The script prints a
table of seconds per MB and, last, the worst pattern per function.  It never asserts: it
prints figures.  Real news for the "1 MB of news" line comes from the shared corpora when
present (never copied into the project), otherwise from the bundled sample article.

Usage: ``python benchmarks/adversarial.py [--sizes 10000,100000,1000000] [--repeats 1]
[--only find_quotes,parse]``
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from _common import DEFAULT_CORPORA, load_texts

import newsdoc

#: Hostile units, each repeated to the target size: what a scraper, a fuzzer or a
#: malicious feed can send.  Named for the mechanism each one strains.
PATTERNS: dict[str, str] = {
    "open-quote-a": '"a',
    "abbrev-close-quote": "xxDr. \u201d",
    "curly-pairs": "\u201cWe will,\u201d ",
    "guillemets-cue": "\u00ab Oui \u00bb, a d\u00e9clar\u00e9 Lou. ",
    "german-marks": "\u201eJa\u201c, sagte er. ",
    "lone-marks": "\u201c\u201e\u00ab'\u2019",
    "said-pairs": "\u201cYes,\u201d said Ann. ",
    "single-curly": "\u2018a\u2019 ",
    "quote-full-stops": '"A. b. ',
    "colons": "Note: ",
    "capitals": "WASHINGTON (AP) \u2014 ",
    "caps-words": "ALPHA BETA GAMMA ",
    "title-abbrevs": "Sen. ",
    "digits-dashes": "12-34-56 ",
    "tally-verb": "voted 52-48 ",
    "tally-words": "par 3 voix contre 2 ",
    "timestamps": "2020-01-02 13:15 ",
    "month-dates": "Jan. 2, 2020 ",
    "reuter-lines": "Reuter\n",
    "credit-lines": "REUTERS/Ann Fox\n",
    "photo-by": "Photo by X.\n",
    "byline-lines": "By JOHN SMITH\n",
    "blank-lines": "\n",
    "crlf-blank": "\r\n \r\n",
    "one-long-line": "word ",
    "no-space-run": "a",
    "binary-junk": "".join(chr(i) for i in range(1, 0x2FF)),
    "zero-width": "a\u200b\u200d\ufeff",
}

Func = Callable[[str], object]

#: A short story that reaches every module, parsed once per language before timing.
WARM_UP = (
    "OSLO (AP) \u2014 The council voted 7-2 on Monday. \u201cWe are ready,\u201d the mayor said.\n"
    "By Ann Fox\nCrews clear snow. (AP Photo/Lee Park)\nPublished: 2020-01-02 13:15 CET\n"
)

#: Every public function that reads text, by name.
FUNCTIONS: dict[str, Func] = {
    "parse": newsdoc.parse,
    "find_dateline": newsdoc.find_dateline,
    "find_timestamps": newsdoc.find_timestamps,
    "find_bylines": newsdoc.find_bylines,
    "find_captions": newsdoc.find_captions,
    "find_quotes": newsdoc.find_quotes,
    "find_votes": newsdoc.find_votes,
    "parse_dateline": newsdoc.parse_dateline,
    "parse_byline": newsdoc.parse_byline,
    "parse_credit": newsdoc.parse_credit,
    "detect_language": newsdoc.detect_language,
}


def repeated(unit: str, size: int) -> str:
    """Return ``unit`` repeated to exactly ``size`` characters."""
    return (unit * (size // len(unit) + 1))[:size]


#: Texts shorter than this are timed at least `_SMALL_REPEATS` times, the best counting.
_SMALL = 100_000
_SMALL_REPEATS = 5


def cpu_seconds(fn: Func, text: str, repeats: int) -> float:
    """Return the best CPU time of ``fn(text)`` over ``repeats`` calls."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        fn(text)
        best = min(best, time.process_time() - start)
    return best


def real_news(size: int, corpora: Path) -> str:
    """Return about ``size`` characters of real articles joined by blank lines."""
    texts: list[str] = []
    for corpus in ("polnear", "reuters", "gnad", "dequote", "bbc"):
        texts += load_texts(corpora, corpus, 400)
    if not texts:
        sample = resources.files("newsdoc").joinpath("data/sample_article.txt")
        texts = [sample.read_text(encoding="utf-8")]
    joined = "\n\n".join(texts)
    return repeated(joined + "\n\n", size)


def main() -> None:
    """Time every function on every pattern and print seconds per MB."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", default="10000,1000000", help="comma-separated sizes")
    parser.add_argument(
        "--repeats",
        type=int,
        default=1,
        help=f"calls per case; the best counts (at least {_SMALL_REPEATS} under {_SMALL:,} chars)",
    )
    parser.add_argument("--only", default="", help="comma-separated function names")
    parser.add_argument("--patterns", default="", help="comma-separated pattern names")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    names = [n for n in args.only.split(",") if n] or list(FUNCTIONS)
    patterns = [p for p in args.patterns.split(",") if p] or list(PATTERNS)

    # patterns are compiled per language on first use: pay that before timing
    for code in newsdoc.SUPPORTED_LANGUAGES:
        newsdoc.parse(WARM_UP, language=code)
    for pattern in patterns:
        for name in names:
            FUNCTIONS[name](PATTERNS[pattern] * 3)

    worst: dict[str, tuple[float, str]] = {}
    print(f"{'pattern':<20} {'size':>8} " + " ".join(f"{n[:13]:>13}" for n in names))
    for pattern in patterns:
        for size in sizes:
            text = repeated(PATTERNS[pattern], size)
            row = []
            for name in names:
                # a call of a few milliseconds timed once is mostly the machine's noise
                repeats = max(args.repeats, _SMALL_REPEATS) if size < _SMALL else args.repeats
                per_mb = cpu_seconds(FUNCTIONS[name], text, repeats) / (size / 1e6)
                row.append(per_mb)
                if per_mb > worst.get(name, (-1.0, ""))[0]:
                    worst[name] = (per_mb, f"{pattern} @ {size:,}")
            print(f"{pattern:<20} {size:>8} " + " ".join(f"{v:>13.3f}" for v in row), flush=True)

    news = real_news(1_000_000, args.corpora)
    parse_news = cpu_seconds(newsdoc.parse, news, args.repeats)
    print(f"\nparse() of 1 MB of real news as one text: {parse_news:.3f} s")
    print("\nworst seconds per MB (budget: 1.000)")
    for name in names:
        per_mb, where = worst[name]
        flag = "" if per_mb <= 1.0 else "   OVER BUDGET"
        print(f"  {name:<16} {per_mb:8.3f}  ({where}){flag}")


if __name__ == "__main__":
    main()
