"""What the vote-tally probes share: the check of the tallies a passage gives.

A probe row names the tallies a careful reader finds, in text order, as ``(yes, no,
abstain, outcome)``; ``abstain`` and ``outcome`` are checked only where given.
"""

from __future__ import annotations

from newsdoc.votes import find_votes

#: One expected tally: yes, no, abstain (None: not checked), outcome (None: not checked).
Tally = tuple[int, int, int | None, str | None]

__all__ = ["Tally", "assert_tallies"]


def assert_tallies(text: str, language: str, expected: tuple[Tally, ...] | None) -> None:
    """Assert that ``text`` gives the tallies of ``expected`` (None: no tally at all).

    Example:
        >>> assert_tallies("The board voted 5-2 to approve it.", "en", ((5, 2, None, None),))
    """
    found = tuple(find_votes(text, language=language))
    got = [(v.yes, v.no, v.abstain, v.outcome) for v in found]
    if expected is None:
        assert found == (), got
        return
    assert len(found) == len(expected), got
    for vote, (yes, no, abstain, outcome) in zip(found, expected, strict=True):
        assert (vote.yes, vote.no) == (yes, no), got
        if abstain is not None:
            assert vote.abstain == abstain, got
        if outcome is not None:
            assert vote.outcome == outcome, got
