"""Seconds per megabyte of ``find_captions`` and ``parse_credit`` on adversarial repetition.

Usage: ``python benchmarks/captions_adversarial.py [--mb SIZE] [--only NAME ...]``

Each pattern is repeated to SIZE megabytes (default 1) and timed once in CPU time.
Besides seconds per megabyte the script prints the ratio to the line view alone
(``scraped_lines``, the floor of any line-by-line reader), which varies less with the
load of the machine than the seconds do.  The issue's budget is 1 s per MB.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import time

from newsdoc._text import scraped_lines
from newsdoc.captions import find_captions, parse_credit

# Patterns of our own: credit marks, furniture, blank lines, one long line, short lines.
PATTERNS: dict[str, str] = {
    "agency sign-off line": "Reuter\n",
    "keyword credit line": "Photo by X.\n",
    "blank lines": "\n",
    "one line of slashes": "a/",
    "one line of credits": "Photo by Jane Doe/Reuters ",
    "short lines": "Ab\n",
    "credit lines": "Jane Doe/Reuters\n",
    "caption and credit": "Crews clear snow in Oslo.\nJane Doe/Reuters\n\n",
    "bracket credits": "(AP Photo/Dana Reyes)\n",
    "keywords": "Photo: ",
    "gallery counters": "1 of 12\n",
    "colons": ":",
    "credit dots": "Credit...",
    "via": " via ",
    "capitals": "REUTERS ",
    "hide caption": "Hide Caption 1 of 2\n",
    "label pairs": "Caption: a b\nCopyright: dpa\n",
    "caption toggles": "toggle caption\nJane Roe/NPR\nA man waves.\nJane Roe/NPR\nhide caption\n",
    "file openers": "FILE PHOTO: x\n",
    "repeated captions": "Ab c\nAb c\n",
    "agency lines": "AP\n",
    "bracketed agencies": "(AFP)\n",
    "split counters": "1.\nof.\n12.\n",
    "glued credits": "The council met late.Photo: Jane Roe/AP\n",
    "digits": "1\n",
}


def _cpu(fn: object, text: str) -> float:
    start = time.process_time()
    fn(text)  # type: ignore[operator]
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    print(f"{'pattern':<22} {'find s/MB':>10} {'× lines':>8} {'credit s/MB':>12}")
    worst = 0.0
    for name, unit in PATTERNS.items():
        if args.only and name not in args.only:
            continue
        text = (unit * (size // len(unit) + 1))[:size]
        floor = max(_cpu(scraped_lines, text), 1e-3)
        find = _cpu(find_captions, text)
        credit = _cpu(parse_credit, text)
        worst = max(worst, find / args.mb, credit / args.mb)
        print(f"{name:<22} {find / args.mb:>10.2f} {find / floor:>8.1f} {credit / args.mb:>12.3f}")
    print(f"worst: {worst:.2f} s/MB")


if __name__ == "__main__":
    main()
