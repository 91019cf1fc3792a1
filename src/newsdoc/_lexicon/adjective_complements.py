"""Adjectives and participles that take a prepositional complement after a person noun.

"a person close to the talks", "an aide loyal to the governor", "an official
briefed on the plan": a postpositive adjective phrase whose preposition is
fixed by the adjective (Quirk et al., *A Comprehensive Grammar of the English
Language*, §§ 16.69-16.83 on adjectives complemented by a prepositional
phrase).  Newsrooms describe unnamed sources with them (the AP Stylebook entry
on anonymous sources asks for such a description), and the whole phrase is the
mention: the preposition would otherwise end it after the adjective.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ADJECTIVE_PREPOSITIONS"]

#: Per language: the adjective (lower case) and the preposition it governs.
ADJECTIVE_PREPOSITIONS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "en": MappingProxyType(
            {
                "close": "to",
                "loyal": "to",
                "opposed": "to",
                "sympathetic": "to",
                "briefed": "on",
                "involved": "in",
                "present": "at",
            }
        ),
    }
)
