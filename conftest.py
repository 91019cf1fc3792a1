"""Skip the doctests of optional integrations whose library is not installed.

``python -m pytest`` runs the doctests of ``src`` and ``docs``; the spaCy component
and the Dask page need their extras (``newsdoc[spacy]``, ``newsdoc[dask]``).
"""

from __future__ import annotations

import importlib.util

# Files whose doctests need an optional library, by the library they import.
_NEEDS = {
    "spacy": ["src/newsdoc/spacy_component.py", "docs/spacy.md"],
    "dask": ["docs/dask.md", "docs/examples/dask_corpus.py"],
}

collect_ignore = [
    path
    for module, paths in _NEEDS.items()
    if importlib.util.find_spec(module) is None
    for path in paths
]
