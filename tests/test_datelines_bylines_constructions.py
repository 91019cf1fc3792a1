"""Dateline and byline classes named after their blind probe.

The probe is ``test_datelines_bylines_probe_blind.py``.
National capitals that name no time zone in CLDR give their country; a line
handed to ``parse_byline`` may go without a lead word; a byline may open a part
of a scraped furniture line after a bar.  Our own sentences.
"""

from __future__ import annotations

import pytest

import newsdoc


@pytest.mark.parametrize(
    ("dateline", "code"),
    [
        pytest.param("DOHA, May 4 (Reuters) - Talks resumed.", "QA", id="doha"),
        pytest.param("QUITO, Ecuador (AP) — The vote was delayed.", "EC", id="quito-with-country"),
        pytest.param("HANOI, June 1 (Reuters) - Exports rose.", "VN", id="hanoi"),
        pytest.param("RABAT (AFP) - Le roi a reçu le ministre.", "MA", id="rabat"),
        pytest.param("ABUJA, Nigeria (AP) — Fuel lines grew.", "NG", id="abuja"),
        pytest.param("Manama, 3 mar (EFE).- El rey inauguró la feria.", "BH", id="manama-efe"),
    ],
)
def test_capital_gives_its_country(dateline: str, code: str) -> None:
    found = newsdoc.parse_dateline(dateline)
    assert found is not None
    assert found.place is not None
    assert found.place.country_code == code


def test_ambiguous_capital_is_not_listed() -> None:
    """ "San Jose" is a city of California too: alone, it gives no country."""
    found = newsdoc.parse_dateline("SAN JOSE, Jan 3 (Reuters) - Chip sales fell.")
    assert found is None or found.place is None or found.place.country_code != "CR"


@pytest.mark.parametrize(
    ("line", "name", "title", "org"),
    [
        pytest.param(
            "Mara Lindqvist, Staff Writer",
            "Mara Lindqvist",
            "Staff Writer",
            None,
            id="staff-writer",
        ),
        pytest.param(
            "Pablo Ferrer, Associated Press", "Pablo Ferrer", None, "Associated Press", id="agency"
        ),
    ],
)
def test_parse_byline_without_lead(
    line: str, name: str, title: str | None, org: str | None
) -> None:
    byline = newsdoc.parse_byline(line)
    assert byline is not None
    assert [p.name for p in byline.people] == [name]
    assert byline.people[0].title == title
    assert (org in byline.organizations) if org else not byline.organizations


def test_parse_byline_without_lead_needs_a_title_or_outlet() -> None:
    """A name and a place could be anything: no byline without a lead word."""
    assert newsdoc.parse_byline("Mara Lindqvist, Oslo") is None


@pytest.mark.parametrize(
    "head",
    [
        pytest.param("Share on X | By Nadia Fenn | April 2, 2022", id="share-bar"),
        pytest.param("Politics • By Nadia Fenn • 4 min read", id="section-dots"),
    ],
)
def test_byline_after_a_bar(head: str) -> None:
    text = head + "\n\nThe city council approved the new bus routes on Monday night."
    bylines = newsdoc.find_bylines(text)
    assert [p.name for b in bylines for p in b.people] == ["Nadia Fenn"]
    span = bylines[0].span
    assert text[span.start : span.end].startswith("By Nadia Fenn")
