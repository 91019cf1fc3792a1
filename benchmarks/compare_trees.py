"""Time one public function of two or more source trees in one process, alternately.

On a shared machine whose speed drifts from minute to minute, the ratio between two
versions is only steady when both run in the same process, one pass after the other.
This script loads each tree's ``newsdoc`` in turn (a tree is a ``src`` folder, e.g. one
made with ``git archive REV src | tar -x -C /tmp/base``), keeps a reference to the
function, and times every version over the same texts, alternately, keeping the best
CPU time of each.  The texts are the development documents of the speed corpora
(Reuters, PolNeAR, BBC, Der Standard), read from ``../shared/corpora`` when present.
It prints figures and asserts nothing.  While a tree's function runs, ``sys.modules``
holds that tree's modules, so an import made inside a function finds its own tree.

Usage: ``python benchmarks/compare_trees.py parse 3 base=/tmp/base/src new=src``
(the first tree is the baseline of the ratios).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from _common import DEFAULT_CORPORA, load_texts

#: The corpora the acceptance scorer's speed figure reads, and how many of each.
SPEED_CORPORA = ("reuters", "polnear", "bbc", "gnad")
PER_CORPUS = 2000


def _newsdoc_modules() -> dict[str, ModuleType]:
    """Return the ``newsdoc`` modules imported so far, by name."""
    return {m: mod for m, mod in sys.modules.items() if m == "newsdoc" or m.startswith("newsdoc.")}


def load_function(tree: Path, name: str) -> tuple[Callable[[str], object], dict[str, ModuleType]]:
    """Return ``newsdoc.<name>`` as defined in the source tree ``tree``, and its modules.

    Every ``newsdoc`` module imported before is dropped first, so the function keeps
    the globals of its own tree.  The tree's modules are returned too: a function
    that imports at call time reads ``sys.modules``, which must hold its own tree's
    modules while it runs (see `use_tree`).
    """
    for module in _newsdoc_modules():
        del sys.modules[module]
    sys.path.insert(0, str(tree))
    try:
        package = importlib.import_module("newsdoc")
    finally:
        sys.path.remove(str(tree))
    fn: Callable[[str], object] = getattr(package, name)
    return fn, _newsdoc_modules()


def use_tree(modules: dict[str, ModuleType]) -> None:
    """Put one tree's ``newsdoc`` modules in ``sys.modules``, in place of any other's.

    Modules a tree imports lazily on first use join its set as they are imported.
    """
    for module in _newsdoc_modules():
        del sys.modules[module]
    sys.modules.update(modules)


def main() -> None:
    """Time each tree's function over the speed corpora and print MB/s and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("function", help="a public function of newsdoc, e.g. parse")
    parser.add_argument("repeats", type=int, help="passes per tree; the best counts")
    parser.add_argument("trees", nargs="+", help="NAME=PATH of a src folder")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args()
    texts = [t for c in SPEED_CORPORA for t in load_texts(args.corpora, c, PER_CORPUS)]
    if not texts:
        print(f"no corpora under {args.corpora}: nothing to time")
        return
    trees = dict(pair.split("=", 1) for pair in args.trees)
    loaded = {
        name: load_function(Path(path).resolve(), args.function) for name, path in trees.items()
    }
    for fn, modules in loaded.values():  # patterns compiled on first use are warmed up
        use_tree(modules)
        for text in texts[::40]:
            fn(text)
        modules.update(_newsdoc_modules())  # what the warm-up imported lazily
    best = dict.fromkeys(loaded, float("inf"))
    for _ in range(args.repeats):
        for name, (fn, modules) in loaded.items():
            use_tree(modules)
            start = time.process_time()
            for text in texts:
                fn(text)
            best[name] = min(best[name], time.process_time() - start)
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    baseline = best[next(iter(best))]
    for name, secs in best.items():
        print(f"{name:12s} {secs:7.3f} s  {megabytes / secs:5.2f} MB/s  x{secs / baseline:.3f}")


if __name__ == "__main__":
    main()
