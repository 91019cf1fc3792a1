"""Print each runtime dependency pinned to its lower bound, one a line.

``"attrs>=23.1"`` in ``[project].dependencies`` prints ``attrs==23.1``; a dependency
without a ``>=`` bound fails, since its lowest version could not be tested.
"""

from __future__ import annotations

import re
import sys

import tomllib

with open("pyproject.toml", "rb") as f:
    dependencies = tomllib.load(f)["project"]["dependencies"]
for dependency in dependencies:
    bound = re.fullmatch(r"\s*([\w.\[\],-]+)\s*>=\s*([\w.]+)\s*(?:,.*)?", dependency)
    if bound is None:
        sys.exit(f"dependency without a lower bound: {dependency!r}")
    print(f"{bound[1]}=={bound[2]}")
