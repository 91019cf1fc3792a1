"""The role pattern of credit lines, factored by first word, reads as the plain alternation.

The credit roles are composed from crafts, media and participles (hundreds of
phrases); the pattern tries each first word once.  These tests check that it finds
exactly what an alternation of whole phrases, longest first, finds.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdoc import bylines
from newsdoc._lexicon import names as lex


def _plain_pattern() -> regex.Pattern[str]:
    phrases = sorted(lex.ROLE_PHRASES, key=lambda s: -len(s))
    alternation = "|".join(regex.escape(p).replace(r"\ ", r"\s++") for p in phrases)
    return regex.compile(
        rf"(?:(?<![\p{{L}}])|(?<=\p{{Ll}})(?=\p{{Lu}}))(?i:(?P<role>{alternation}))"
        rf"(?:\s++(?i:by|from|von|par|por)\s++|\s*+:\s*+)",
    )


_PLAIN = _plain_pattern()
_OTHER_WORDS = ("by", "from", "par", "von", "por", ":", ";", ",", "and", "the", "Ann", "Lee", "X")
_WORDS = [*sorted({w for p in lex.ROLE_PHRASES for w in p.split()}), *_OTHER_WORDS]


def _found(pattern: regex.Pattern[str], line: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("role")) for m in pattern.finditer(line)]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=10),
    sep=st.sampled_from([" ", "  ", "\t", " \n"]),
    upper=st.booleans(),
)
def test_the_factored_role_pattern_finds_what_the_plain_one_finds(
    words: list[str], sep: str, upper: bool
) -> None:
    line = sep.join(words)
    line = line.upper() if upper else line
    assert _found(bylines._role_pattern(), line) == _found(_PLAIN, line)


def test_the_longest_role_that_fits_wins() -> None:
    line = "Video produced by Ann Lee; video by Tom Hale"
    assert [role for _span, role in _found(bylines._role_pattern(), line)] == [
        "Video produced",
        "video",
    ]
