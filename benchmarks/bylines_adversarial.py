"""Seconds per megabyte of ``find_bylines`` and ``parse_byline`` on adversarial repetition.

Usage: ``python benchmarks/bylines_adversarial.py [--size BYTES]``

Each pattern repeats a short piece until the text reaches the size (1 MB by default):
blank lines, lines of capitals, "By " again and again, credit marks, brackets, one
line with no newline at all.  Prints the seconds per megabyte of each function on
each pattern and the worst of them; the budget is 1 s per MB.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import time

from newsdoc import find_bylines, parse_byline

PATTERNS: dict[str, str] = {
    "blank lines": "\n",
    "blank lines with spaces": " \t\n",
    "capital lines": "JOHN SMITH\n",
    "capitals one line": "JOHN SMITH ",
    "by repeated": "By ",
    "by name lines": "By Ann Lee\n",
    "by and repeated": "By Ann Lee and ",
    "reporting by": "(Reporting by Ann Lee; ",
    "contributed": "Ann Lee contributed ",
    "agency tags": "(APA, 1.2.2015) ",
    "dashes": "- Ann Lee\n\n",
    "open brackets": "(",
    "one long line": "abc def ",
    "commas": "Ann Lee, ",
    "signatures after text": "Text.\n\n- Ann Lee\n\n",
    "failing credits": "(Reporting by Ann Lee 1)\n",
    "failing tags": "(APA, 1.2.2015 abc def ghi) ",
    "from lines": "From Ann\n",
    "glued credits": "done.Contributing: Ann 1 ",
    "follow lines": "Follow Ann Lee on Twitter\n",
    "caps names above dates": "ANN LEE\nBerlin, 2. Januar 2020\n",
}


def seconds_per_mb(fn: object, text: str) -> float:
    """Return the CPU seconds of one call, scaled to a megabyte of input."""
    assert callable(fn)
    start = time.process_time()
    fn(text)
    return (time.process_time() - start) * 1_000_000 / len(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=1_000_000)
    args = parser.parse_args()
    worst = 0.0
    print(f"{'pattern':<26} {'find_bylines':>13} {'parse_byline':>13}")
    for name, piece in PATTERNS.items():
        text = piece * (args.size // len(piece) + 1)
        found = seconds_per_mb(find_bylines, text)
        parsed = seconds_per_mb(parse_byline, text)
        worst = max(worst, found, parsed)
        print(f"{name:<26} {found:>12.3f}s {parsed:>12.3f}s")
    print(f"worst: {worst:.3f} s per MB")


if __name__ == "__main__":
    main()
