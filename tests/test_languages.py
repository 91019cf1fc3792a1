"""Language detection and resolution. Sentences written by us."""

from __future__ import annotations

import pytest

from newsdoc import SUPPORTED_LANGUAGES, detect_language, resolve_language

SAMPLES = [
    ("en", "The mayor said on Monday that the council would vote on the plan next week."),
    ("de", "Der Bürgermeister sagte am Montag, dass der Rat in der nächsten Woche abstimmen wird."),
    ("fr", "Le maire a déclaré lundi que le conseil votera sur le projet la semaine prochaine."),
    ("es", "El alcalde dijo el lunes que el consejo votará el plan la próxima semana."),
    ("it", "Il sindaco ha detto lunedì che il consiglio voterà il piano della prossima settimana."),
    ("de", "Wien – Die Regierung hat sich auf ein neues Budget geeinigt, das auch Schulen hilft."),
    ("es", "MADRID, 2 Ene. (EUROPA PRESS) - Los partidos pidieron más tiempo para el proyecto."),
    ("fr", "Les députés ont adopté le texte par 325 voix contre 184 dans la nuit de mardi."),
    # function words glued to punctuation, line breaks or digits still count
    ("de", "„Für\nuns“ – so hieß es (für die Stadt),\tdie-Regel/für|alle:für…für«für»"),
    ("it", "Sarà più difficile: «più»,più;più-il 3più e\u00a0della\u2028delle!"),
    ("es", "¿Más?según,“más”—más/según(más)"),
    ("fr", "l’État:été…«été» été,les\u3000les"),
    # words glued to other letters are other words: "Theand" is no evidence
    ("en", "Derdie undund diedie Theand dasdas"),
]


@pytest.mark.parametrize(
    ("code", "text"), SAMPLES, ids=[f"{c}-{i}" for i, (c, _) in enumerate(SAMPLES)]
)
def test_detects_language(code: str, text: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    "text", ["", "12345 -- !!", "\x00\x01\x02"], ids=["empty", "digits", "junk"]
)
def test_no_evidence_falls_back_to_english(text: str) -> None:
    assert detect_language(text) == "en"


def test_detection_reads_only_the_head() -> None:
    head = "Der Rat hat die Vorlage mit den Stimmen der Mehrheit beschlossen. " * 80
    tail = "The council passed the bill with the votes of the majority. " * 2000
    assert detect_language(head + tail) == "de"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("de", "de"), ("DE", "de"), ("fr-CA", "fr"), ("it_IT", "it"), ("es", "es")],
    ids=["plain", "upper", "region-dash", "region-underscore", "spanish"],
)
def test_explicit_codes_override_detection(given: str, expected: str) -> None:
    assert resolve_language("The council met on Monday.", given) == expected


@pytest.mark.parametrize("code", ["nl", "pt", "", "english"], ids=["nl", "pt", "empty", "name"])
def test_unsupported_codes_raise_naming_supported(code: str) -> None:
    with pytest.raises(ValueError, match="de, en, es, fr, it"):
        resolve_language("text", code)


def test_non_str_language_raises_type_error() -> None:
    with pytest.raises(TypeError, match="language must be a str"):
        resolve_language("text", 3)  # type: ignore[arg-type]


def test_supported_languages_are_sorted() -> None:
    assert list(SUPPORTED_LANGUAGES) == sorted(SUPPORTED_LANGUAGES)


@pytest.mark.parametrize(
    "text",
    [
        "HARBOUR GROUP <HBG> 2ND QTR NET\nLOS ANGELES, May 4 - Shr 12 cts vs ten cts",
        "MILL CORP <MLC> SETS DIVIDEND\nDES MOINES, Iowa, June 1 - Qtly div five cts",
        "Profit was 1.20 dlrs per share, up from 1.05 dlrs per share.",
    ],
    ids=["los-angeles", "des-moines", "per-share"],
)
def test_capitalised_names_and_shared_words_do_not_change_language(text: str) -> None:
    assert detect_language(text) == "en"
