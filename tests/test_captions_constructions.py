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


# --- second blind probe (``test_captions_probe_blind2.py``): the conventions behind its
# misses, each on cases of our own in the five languages.

# credit, photographers, agencies, file_photo, handout, pool
CREDIT_CONVENTIONS = [
    # handout phrases naming who gave the picture, in each language
    pytest.param(
        "Imagen facilitada por el Ayuntamiento de Tordera",
        (),
        ("Ayuntamiento de Tordera",),
        False,
        True,
        False,
        id="es-facilitada-por",
    ),
    pytest.param(
        "Foto cedida por la Policía Nacional",
        (),
        ("Policía Nacional",),
        False,
        True,
        False,
        id="es-foto-cedida",
    ),
    pytest.param(
        "Document remis par la mairie de Vierzon",
        (),
        ("mairie de Vierzon",),
        False,
        True,
        False,
        id="fr-document-remis",
    ),
    pytest.param(
        "Photo : image fournie par la gendarmerie",
        (),
        ("gendarmerie",),
        False,
        True,
        False,
        id="fr-fournie-par-after-keyword",
    ),
    pytest.param(
        "Foto concessa dalla Regione Marche",
        (),
        ("Regione Marche",),
        False,
        True,
        False,
        id="it-concessa-fused-article",
    ),
    pytest.param(
        "Photo provided by the Lindqvist family",
        (),
        ("Lindqvist family",),
        False,
        True,
        False,
        id="en-provided-by",
    ),
    # press offices in the source slot
    pytest.param(
        "ANSA/UFFICIO STAMPA REGIONE PUGLIA",
        (),
        ("ANSA", "Ufficio Stampa Regione Puglia"),
        False,
        True,
        False,
        id="it-ansa-ufficio-stampa",
    ),
    pytest.param(
        "Foto: Pressestelle Stadt Marlow/dpa",
        (),
        None,
        False,
        True,
        False,
        id="de-pressestelle",
    ),
    # public bodies are organisations, not photographers
    pytest.param(
        "HANDOUT / PRÉFECTURE DU NORD / AFP",
        (),
        ("Préfecture du Nord", "AFP"),
        False,
        True,
        False,
        id="fr-afp-handout-prefecture",
    ),
    pytest.param(
        "Crédito: Guardia Civil",
        (),
        ("Guardia Civil",),
        False,
        False,
        False,
        id="es-guardia-civil",
    ),
    pytest.param(
        "Credito: Vigili del Fuoco",
        (),
        ("Vigili del Fuoco",),
        False,
        False,
        False,
        id="it-vigili-del-fuoco",
    ),
    # dpa's empty photographer slot
    pytest.param(
        "Foto: -/Polizeipräsidium Oberhavel/dpa",
        (),
        None,
        False,
        False,
        False,
        id="de-dash-photographer",
    ),
    # the pool desk of an agency, written with a hyphen
    pytest.param(
        "Foto: Lena Vogt/dpa-Pool/dpa",
        ("Lena Vogt",),
        ("dpa",),
        False,
        False,
        True,
        id="de-dpa-pool",
    ),
    # picture alliance's bar before the photographer
    pytest.param(
        "Foto: picture alliance/SZ Photo | Ruth Anker",
        ("Ruth Anker",),
        ("picture alliance", "SZ Photo"),
        False,
        False,
        False,
        id="de-picture-alliance-bar",
    ),
    # screen captures in each language
    pytest.param(
        "Captura de pantalla de Antena 7",
        (),
        ("Antena 7",),
        False,
        False,
        False,
        id="es-captura-de-pantalla",
    ),
    pytest.param(
        "Capture d'écran / TV Lorraine",
        (),
        ("TV Lorraine",),
        False,
        False,
        False,
        id="fr-capture-slash",
    ),
    pytest.param(
        "Fermo immagine: Canale 9",
        (),
        ("Canale 9",),
        False,
        False,
        False,
        id="it-fermo-immagine",
    ),
    # archive picture words bare before an agency
    pytest.param(
        "Imagen de archivo EFE", (), ("EFE",), True, False, False, id="es-imagen-de-archivo-bare"
    ),
    pytest.param(
        "Foto d'archivio ANSA", (), ("ANSA",), True, False, False, id="it-foto-d-archivio-bare"
    ),
    # Italian surname particles keep their capital
    pytest.param(
        "ANSA/MARCO DELLA CORTE",
        ("Marco Della Corte",),
        ("ANSA",),
        False,
        False,
        False,
        id="it-della-particle",
    ),
    pytest.param(
        "AFP/JEAN DE LA ROCHE",
        ("Jean de la Roche",),
        ("AFP",),
        False,
        False,
        False,
        id="fr-particles-stay-lower",
    ),
    # partner photo agencies of the Spanish wires
    pytest.param(
        "Europa Press/Cordon Press/Luis Mora",
        ("Luis Mora",),
        ("Europa Press", "Cordon Press"),
        False,
        False,
        False,
        id="es-cordon-press",
    ),
]


@pytest.mark.parametrize(
    ("credit", "photographers", "agencies", "file_photo", "handout", "pool"), CREDIT_CONVENTIONS
)
def test_credit_conventions(
    credit: str,
    photographers: tuple[str, ...],
    agencies: tuple[str, ...] | None,
    file_photo: bool,
    handout: bool,
    pool: bool,
) -> None:
    found = parse_credit(credit)
    assert found is not None
    assert found.photographers == photographers
    if agencies is not None:
        assert found.agencies == agencies
    assert (found.file_photo, found.handout, found.pool) == (file_photo, handout, pool)


# caption line, the caption text expected, its agencies, its kind
CAPTION_CONVENTIONS = [
    pytest.param(
        "Agentes registran el almacén del puerto. Imagen facilitada por la Policía Nacional",
        "Agentes registran el almacén del puerto.",
        ("Policía Nacional",),
        "photo",
        id="es-handout-phrase-tail",
    ),
    pytest.param(
        "Le pont effondré vu du ciel, jeudi. Document remis par la gendarmerie",
        "Le pont effondré vu du ciel, jeudi.",
        ("gendarmerie",),
        "photo",
        id="fr-handout-phrase-tail",
    ),
    pytest.param(
        "HANDOUT - Das Bild zeigt den gesperrten Tunnel bei Marlow. Foto: -/Polizei Marlow/dpa",
        "Das Bild zeigt den gesperrten Tunnel bei Marlow.",
        ("Polizei Marlow", "dpa"),
        "photo",
        id="de-handout-opener",
    ),
    pytest.param(
        "Der Sprecher bei der Pressekonferenz am Montag. Screenshot ZDF",
        "Der Sprecher bei der Pressekonferenz am Montag.",
        ("ZDF",),
        "photo",
        id="de-screenshot-bare",
    ),
    pytest.param(
        "La alcaldesa durante el pleno del martes. Captura de pantalla de Canal Sur",
        "La alcaldesa durante el pleno del martes.",
        ("Canal Sur",),
        "photo",
        id="es-captura-tail",
    ),
    pytest.param(
        "Nombre de nuevas inscriptions par région. Infographie : Le Républicain",
        "Nombre de nuevas inscriptions par région.",
        ("Le Républicain",),
        "graphic",
        id="fr-infographie",
    ),
    pytest.param(
        "Anteil der Pendler nach Landkreis. Infografik: dpa",
        "Anteil der Pendler nach Landkreis.",
        ("dpa",),
        "graphic",
        id="de-infografik",
    ),
    pytest.param(
        "L'andamento dei contagi in provincia. Infografica: ANSA",
        "L'andamento dei contagi in provincia.",
        ("ANSA",),
        "graphic",
        id="it-infografica",
    ),
    pytest.param(
        "Des bénévoles trient les dons au gymnase, samedi. — Paul Rigaud / AFP",
        "Des bénévoles trient les dons au gymnase, samedi.",
        ("AFP",),
        "photo",
        id="fr-dash-before-credit",
    ),
    pytest.param(
        "La nuova biblioteca comunale il giorno dell'inaugurazione (foto di Sara Lenti)",
        "La nuova biblioteca comunale il giorno dell'inaugurazione",
        (),
        "photo",
        id="it-foto-di-bracket",
    ),
    pytest.param(
        "Gli operai al lavoro sul viadotto (Foto di Piero Santi/ANSA)",
        "Gli operai al lavoro sul viadotto",
        ("ANSA",),
        "photo",
        id="it-foto-di-bracket-agency",
    ),
]


@pytest.mark.parametrize(("line", "caption", "agencies", "kind"), CAPTION_CONVENTIONS)
def test_caption_conventions(line: str, caption: str, agencies: tuple[str, ...], kind: str) -> None:
    (found,) = find_captions(_doc(STORY, line, MORE))
    assert found.text == caption
    assert found.kind == kind
    assert found.credit is not None
    assert found.credit.agencies == agencies


# story furniture that names an agency and is no credit: bylines with the "By" of the
# other languages, EFE's sign-off with its staff initials, ANSA's "(ANSA)." after a
# story sentence
NOT_CREDITS = [
    pytest.param("Von Jonas Behrendt, dpa", id="de-von-byline"),
    pytest.param("Par Claire Vasseur, AFP", id="fr-par-byline"),
    pytest.param("Por Lucía Ferrán | Europa Press", id="es-por-byline-bar"),
    pytest.param("EFE\nrgm/jlp", id="es-efe-staff-codes"),
    pytest.param(
        "Il prefetto ha detto che le scuole resteranno chiuse fino a lunedì. (ANSA).",
        id="it-ansa-story-signoff",
    ),
]


@pytest.mark.parametrize("block", NOT_CREDITS)
def test_story_furniture_is_no_caption(block: str) -> None:
    assert find_captions(_doc(STORY, block, MORE)) == ()


def test_ansa_bracket_after_a_caption_sentence_stays_a_credit() -> None:
    """Without a verb of saying, "(ANSA)." after a stop closes a caption."""
    (found,) = find_captions(_doc(STORY, "Operai al lavoro sul ponte di Pavia. (ANSA).", MORE))
    assert found.credit is not None
    assert found.credit.agencies == ("ANSA",)
