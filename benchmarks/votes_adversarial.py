"""Worst-case cost of ``newsdoc.find_votes``: seconds of CPU time per MB on repetitive input.

Usage: ``python benchmarks/votes_adversarial.py [--sizes 10000,100000,1000000]``

Each pattern is repeated up to each size (a run of tallies with no sentence end, dense
digits-dash-digits, unanimity words, shares of the members, vote words alone, one long
line of number words, blank lines) and timed (best of three, CPU time).  The budget is
1 s per MB for inputs of 10 KB or more; the worst figure is printed last.  The machine
is shared, so compare figures of one run, not across runs.  Asserts nothing.
"""

from __future__ import annotations

import argparse
import time

import newsdoc

PATTERNS: dict[str, str] = {
    "tally run": "voted 52-48 ",
    "tally sentences": "The council voted 7-2 to close the depot. ",
    "tally sentences, no stops": "the council voted 7-2 and ",
    "digits-dash": "12-34 ",
    "digits near vote": "vote 1-2 3-4 5-6 7-8 9-10 ",
    "unanimous": "unanimously approved ",
    "share": "Nine of the 15 members voted for, four against and two abstained. ",
    "vote words": "vote ballot approved passed majority ",
    "number words": "nine to one vote twenty-two against ",
    "labels": "12 in favour, 3 against, 2 abstentions, ",
    "german": "mit 12 zu 3 Stimmen bei 2 Enthaltungen angenommen ",
    "blank lines": "voted\n\n52-48\n\n",
}


def seconds(text: str, language: str, repeats: int = 3) -> float:
    """Return the best CPU time of ``find_votes`` on ``text`` over ``repeats`` runs."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        newsdoc.find_votes(text, language=language)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    newsdoc.find_votes("The Senate voted 52 to 48.", language="en")  # compile the patterns
    newsdoc.find_votes("Mit 12 zu 3 Stimmen angenommen.", language="de")
    worst = (0.0, "")
    print(f"{'pattern':28} {'chars':>9} {'s/MB':>7}")
    for name, unit in PATTERNS.items():
        language = "de" if name == "german" else "en"
        for size in sizes:
            text = unit * max(1, size // len(unit))
            per_mb = seconds(text, language) / (len(text.encode()) / 1e6)
            print(f"{name:28} {len(text):>9} {per_mb:7.2f}")
            worst = max(worst, (per_mb, f"{name} at {len(text)} chars"))
    print(f"worst: {worst[0]:.2f} s/MB ({worst[1]})")


if __name__ == "__main__":
    main()
