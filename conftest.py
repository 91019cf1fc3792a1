"""Test-run settings shared by the unit tests, the doctests and the docs examples.

- ``NEWSDOC_STRICT``: a fact module's exception propagates out of ``parse()`` instead
  of becoming an ``ExtractionWarning``, so that no bug hides behind that guarantee.
- Hypothesis profiles: ``default`` keeps ``python -m pytest`` quick; ``fuzz`` runs the
  fuzzing properties for minutes before a release
  (``python -m pytest tests/test_fuzz.py --hypothesis-profile=fuzz``).
- The doctests of optional integrations whose library is not installed are skipped:
  the spaCy component and the Dask page need their extras (``newsdoc[spacy]``,
  ``newsdoc[dask]``).
"""

from __future__ import annotations

import importlib.util
import os

from hypothesis import HealthCheck, settings

os.environ["NEWSDOC_STRICT"] = "1"

settings.register_profile(
    "default",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile("default")

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
