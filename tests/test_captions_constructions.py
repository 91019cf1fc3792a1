"""Caption and credit conventions named after their blind probe (``test_captions_probe_blind.py``).

Each is tested on cases other than the probe's: a credit that names itself
claims no story paragraph after it; a bracketed credit may close a caption with
no full stop; "Name (AGENCY)" inside a keyword credit; a picture word glued
before an agency; two spellings of one agency; "Courtesy of" any provider; a
slash and "via" together; media labels before a caption; qualified picture
words with either apostrophe.
"""

from __future__ import annotations

import pytest

from newsdoc import find_captions, parse_credit

STORY = "The harbour authority reopened the north pier on Friday after repairs."
MORE = "Ferries will run on the winter timetable until March."


def _doc(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize(
    "credit",
    [
        pytest.param("Photo: Ines Marlowe/AFP", id="photo-keyword"),
        pytest.param("AP Photo/Carl Benning", id="ap-photo"),
        pytest.param("Credit: Shutterstock", id="credit-keyword"),
    ],
)
def test_self_labelled_credit_claims_no_story_paragraph(credit: str) -> None:
    text = _doc(credit, STORY, MORE)
    captions = find_captions(text)
    assert all(STORY not in c.span.slice(text) for c in captions)


def test_bare_credit_above_its_caption_keeps_it() -> None:
    """ "Jane Roe/Reuters." set above the caption in a block of its own (some sites' layout)."""
    caption = "Dockers unload the first container ship at the new terminal."
    text = _doc(STORY, "Ines Marlowe/Reuters.", caption, MORE)
    (found,) = find_captions(text)
    assert found.text == caption
    assert found.credit is not None
    assert found.credit.agencies == ("Reuters",)


@pytest.mark.parametrize(
    ("caption_line", "agencies"),
    [
        pytest.param(
            "Walkers on the coastal path above the bay (Tom Ayre/PA)", ("PA",), id="pa-pair"
        ),
        pytest.param(
            "Il sindaco parla ai giornalisti in piazza (ANSA)", ("ANSA",), id="ansa-short-line"
        ),
        pytest.param(
            "Volunteers fill sandbags outside the town hall (AP Photo/Rosa Lind)",
            ("AP",),
            id="ap-photo-pair",
        ),
    ],
)
def test_bracketed_credit_without_full_stop(caption_line: str, agencies: tuple[str, ...]) -> None:
    text = _doc(STORY, caption_line, MORE)
    (found,) = find_captions(text)
    assert found.credit is not None
    assert found.credit.agencies == agencies


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("WASHINGTON (CNN)", id="dateline"),
        pytest.param(
            "Officials at the environment agency said the limits for coal plants would stay in "
            "force for another decade, as the agency had announced (EPA)",
            id="long-story-line-with-acronym",
        ),
    ],
)
def test_bracketed_agency_after_no_caption(line: str) -> None:
    assert find_captions(_doc(STORY, line, MORE)) == ()


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies", "handout"),
    [
        pytest.param(
            "Foto: Lucía Prado (EFE)", ("Lucía Prado",), ("EFE",), False, id="name-then-agency"
        ),
        pytest.param(
            "Foto ANSA/Carlo Meda",
            ("Carlo Meda",),
            ("ANSA",),
            False,
            id="picture-word-before-agency",
        ),
        pytest.param(
            "Ines Marlowe/REX/Shutterstock",
            ("Ines Marlowe",),
            ("Shutterstock",),
            False,
            id="two-spellings-one-agency",
        ),
        pytest.param(
            "(Courtesy of the Ridgeway school)",
            (),
            ("Ridgeway school",),
            True,
            id="courtesy-provider",
        ),
        pytest.param("Courtesy of Omar Patel", ("Omar Patel",), (), True, id="courtesy-person"),
        pytest.param("Xinhua/via Reuters", (), ("Xinhua", "Reuters"), False, id="slash-via"),
        pytest.param(
            "Photo d’illustration Anne Leroy / MAXPPP",
            ("Anne Leroy",),
            ("MAXPPP",),
            False,
            id="qualified-picture-word-curly",
        ),
    ],
)
def test_credit_forms(
    credit: str, photographers: tuple[str, ...], agencies: tuple[str, ...], handout: bool
) -> None:
    parsed = parse_credit(credit)
    assert parsed is not None
    assert parsed.photographers == photographers
    assert parsed.agencies == agencies
    assert parsed.handout is handout


@pytest.mark.parametrize(
    ("line", "kind", "caption"),
    [
        pytest.param(
            "Video: Lifeboats tow the stranded yacht into harbour",
            "video",
            "Lifeboats tow the stranded yacht into harbour",
            id="video-label",
        ),
        pytest.param(
            "Map: Where the new cycle lanes will run",
            "graphic",
            "Where the new cycle lanes will run",
            id="map-label",
        ),
        pytest.param(
            "Grafik: So verteilen sich die Stimmen",
            "graphic",
            "So verteilen sich die Stimmen",
            id="german-graphic-label",
        ),
    ],
)
def test_media_label_opens_a_caption(line: str, kind: str, caption: str) -> None:
    (found,) = find_captions(_doc(STORY, line, MORE))
    assert found.kind == kind
    assert found.text == caption
    assert found.credit is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Video: Reuters", id="credit-after-label"),
        pytest.param(
            "VIDEO: this is the scene outside the stadium tonight, fans everywhere",
            id="post-in-lower-case",
        ),
    ],
)
def test_media_label_before_no_caption(line: str) -> None:
    for found in find_captions(_doc(STORY, line, MORE)):
        assert found.text == ""
