"""Sphinx configuration for the newsdoc documentation."""

from __future__ import annotations

import os
import socket
from importlib import metadata

project = "newsdoc"
author = "The newsdoc developers"
copyright = "2026, The newsdoc developers"
try:
    release = metadata.version("newsdoc")
except metadata.PackageNotFoundError:  # building from a tree that is not installed
    release = "0+unknown"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.doctest",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "formats/*"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False


def _online(host: str = "docs.python.org") -> bool:
    """Return whether the inventories' host resolves (CI and sandboxes are offline)."""
    if os.environ.get("NEWSDOC_DOCS_OFFLINE"):
        return False
    try:
        socket.setdefaulttimeout(3)
        socket.getaddrinfo(host, 443)
    except OSError:
        return False
    return True


# Links into the Python, attrs and Babel docs when their inventories can be
# fetched; an offline build (CI) still passes -W -n, with plain text for those names.
intersphinx_mapping = (
    {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable/", None),
        "babel": ("https://babel.pocoo.org/en/latest/", None),
    }
    if _online()
    else {}
)
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|regex|attr|attrs|typing|collections\.abc)\..*"),
    (r"py:class", r"(Span|Literal|Any|date|time|datetime|Attribute)"),
]

html_theme = "furo"
version = release
html_title = f"newsdoc {release}"
