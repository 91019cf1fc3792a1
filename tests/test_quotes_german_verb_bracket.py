"""German verb brackets, "zitieren aus" and the genitive article in quoted phrases.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

- A German main clause sets its finite verb (the auxiliary "haben", "werden" or
  a modal, "soll" included) second and the participle of the verb of saying
  last, the objects and adverbials between them (Duden, Die Grammatik:
  Satzklammer): the subject stands before the finite verb or first after it,
  never as the phrase right before the participle ("hat die Pläne scharf
  kritisiert", "soll zu Lee gesagt haben").
- "zitieren aus" names the text quoted from (Duden, Bedeutungswörterbuch:
  aus etwas zitieren), which is the source as the object of "zitieren" is.
- "des" is the German genitive article, so a short quoted phrase holding it
  ("ein „Akt des Anstands“") is someone's words, not a foreign name; beside
  another foreign function word ("Union des Forces de Progrès") it names one.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import _reported_since, find_quotes
from newsdoc.quotes._cues import tokens
from newsdoc.quotes._perfect import perfect_cues
from newsdoc.quotes._split_bracket import split_bracket
from quote_helpers import mention_of


def _mention(text: str, quoted: str) -> str | None:
    return mention_of(text, quoted, "de")


# (text, words of the quotation, speaker mention)
BRACKETS = [
    pytest.param(
        "Der Regen hielt an. Die Trainerin soll zu den Reportern gesagt haben: "
        "„Wir spielen trotzdem.“",
        "spielen trotzdem",
        "Die Trainerin",
        id="modal-soll-addressee-zu",
    ),
    pytest.param(
        "Der Regen hielt an. Jana Wolf soll zu Peter Hahn gesagt haben: „Das reicht nicht.“",
        "reicht nicht",
        "Jana Wolf",
        id="modal-soll-named-addressee",
    ),
    pytest.param(
        "Der Regen hielt an. Der Leiter des Bauamts hat die Pläne gestern deutlich "
        "kritisiert: „So geht es nicht weiter.“",
        "geht es nicht",
        "Der Leiter des Bauamts",
        id="perfect-object-in-middle-field",
    ),
    pytest.param(
        "Der Regen hielt an. Am Abend hat die Bürgermeisterin die Lage nüchtern "
        "beschrieben: „Wir haben alles im Griff.“",
        "alles im Griff",
        "die Bürgermeisterin",
        id="perfect-subject-after-finite",
    ),
    pytest.param(
        "Der Regen hielt an. Die Zeitung hat den Stadtrat am Montag zitiert: „Das ist zu teuer.“",
        "zu teuer",
        "Die Zeitung",
        id="zitieren-participle-keeps-reading",
    ),
]


PERFECTS = [
    pytest.param(
        "Der Regen hielt an. Die Ministerin hat am Montag in Berlin gesagt: „Wir bleiben dabei.“",
        "bleiben dabei",
        "Die Ministerin",
        "gesagt",
        id="perfect-adverbials-colon",
    ),
    pytest.param(
        "Der Regen hielt an. Am Morgen hat die Ministerin in Berlin betont: „Wir bleiben dabei.“",
        "bleiben dabei",
        "die Ministerin",
        "betont",
        id="perfect-fronted-adverbial",
    ),
    pytest.param(
        "Der Regen hielt an. „Wir bleiben dabei“, hat die Ministerin am Montag mitgeteilt.",
        "bleiben dabei",
        "die Ministerin",
        "hat",
        id="perfect-after-quotation",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker", "cue"), PERFECTS)
def test_perfect_of_saying(text: str, quoted: str, speaker: str, cue: str) -> None:
    q = next(q for q in find_quotes(text, language="de") if quoted in q.text)
    assert q.speaker_span is not None
    assert text[q.speaker_span.start : q.speaker_span.end] == speaker
    assert q.cue is not None
    assert q.cue.startswith(cue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Die Ministerin hat am Montag betont: ", {"betont"}, id="main-clause"),
        pytest.param("Die genannten Zahlen wurden betont", set(), id="no-haben"),
        pytest.param("Der Fall hätte früher festgestellt werden müssen: ", set(), id="passive"),
        pytest.param("Die Frau weint, gesagt hat sie nichts", set(), id="comma-ends-clause"),
    ],
)
def test_perfect_cues(text: str, expected: set[str]) -> None:
    assert set(perfect_cues(text, tokens(text, 0, len(text)))) == expected


@pytest.mark.parametrize(("text", "quoted", "speaker"), BRACKETS)
def test_verb_bracket_subject(text: str, quoted: str, speaker: str) -> None:
    assert _mention(text, quoted) == speaker


QUOTED_FROM = [
    pytest.param(
        "Der Regen hielt an. Der Sender zitiert aus einem Brief der Ministerin: "
        "„Wir helfen sofort.“",
        "helfen sofort",
        "einem Brief",
        id="aus-letter",
    ),
    pytest.param(
        "Der Regen hielt an. Das Portal zitiert aus der Zeitung „Nordbote“, wonach der "
        "Bürgermeister eine „völlig neue Planung“ verlange.",
        "neue Planung",
        "der Zeitung",
        id="aus-paper-wonach",
    ),
    pytest.param(
        "Der Regen hielt an. Der Sender zitiert den Minister: „Wir helfen sofort.“",
        "helfen sofort",
        "den Minister",
        id="object-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), QUOTED_FROM)
def test_quoted_from(text: str, quoted: str, speaker: str) -> None:
    assert _mention(text, quoted) == speaker


GENITIVE = [
    pytest.param(
        "Die Rede nannte er später einen „Akt des Anstands“.",
        True,
        id="des-german-genitive",
    ),
    pytest.param(
        "Die Gewerkschaft bezeichnete den Streik als ein „Zeichen des Widerstands“.",
        True,
        id="des-german-after-als",
    ),
    pytest.param(
        "Die Partei „Union des Forces de Progrès“ gewann im Norden.",
        False,
        id="des-with-french-de",
    ),
]


@pytest.mark.parametrize(("text", "found"), GENITIVE)
def test_genitive_article_is_german(text: str, found: bool) -> None:
    inner = text[text.index("„") + 1 : text.index("“")]
    assert any(q.text == inner for q in find_quotes(text, language="de")) is found


REPORTED_THEN_DIRECT = [
    pytest.param(
        "Die Richterin erläuterte das Urteil. Nach langer Beratung sei sie zu dem Schluss "
        "gekommen, dass es keine andere Lösung gebe. „Ich bin mir ganz sicher.“",
        "ganz sicher",
        "Die Richterin",
        id="same-paragraph",
    ),
    pytest.param(
        "Die Richterin erläuterte das Urteil. Zu diesem Schluss sehe sie keine Alternative.\n\n"
        "Angesichts der schwierigen Lage sei eine klare Regel nötig, die sich auf „feste "
        "Grundsätze“ stützen könne.\n\n"
        "Nach langer Beratung sei sie zu dem Schluss gekommen, dass es keine andere "
        "Lösung gebe. „Ich bin mir ganz sicher.“",
        "ganz sicher",
        "Die Richterin",
        id="across-paragraphs-after-quotation",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), REPORTED_THEN_DIRECT)
def test_direct_words_after_reported_speech(text: str, quoted: str, speaker: str) -> None:
    assert _mention(text, quoted) == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Sie sei sicher. Es gebe keinen Zweifel. ", True, id="all-konjunktiv"),
        pytest.param("Sie sei sicher. Die Sonne schien. ", False, id="indicative-breaks"),
    ],
)
def test_reported_since(text: str, expected: bool) -> None:
    assert _reported_since(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(
            "Wie die Ministerin erklärte, sieht das Land in dem Gesetz „keine Gefahr für die "
            "Betriebe“.",
            True,
            id="lower-case-after-title-noun-quotes",
        ),
        pytest.param(
            "Der Landtag beriet am Montag über das Gesetz „Sichere Häfen“.",
            False,
            id="capitalised-after-title-noun-names",
        ),
        pytest.param(
            "Laut der Website „wetterbericht.example“ bleibt es kalt.",
            False,
            id="web-address-names",
        ),
        pytest.param(
            "Der Verband begrüßte den Plan laut „nachrichten.example.org“ ausdrücklich.",
            False,
            id="web-address-after-laut",
        ),
    ],
)
def test_title_starts_capitalised(text: str, found: bool) -> None:
    inner = text[text.index("„") + 1 : text.index("“")]
    assert any(q.text == inner for q in find_quotes(text, language="de")) is found


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        pytest.param(
            "Das Spiel ist aus. Ein „verdienter Erfolg“, so urteilte die Trainerin danach.",
            "verdienter Erfolg",
            "die Trainerin",
            id="so-urteilte",
        ),
        pytest.param(
            "Das Spiel ist aus. Die Kritikerin urteilte, das Stück sei „ein großer Wurf“.",
            "großer Wurf",
            "Die Kritikerin",
            id="urteilte-dass",
        ),
    ],
)
def test_urteilen_is_a_verb_of_saying(text: str, quoted: str, speaker: str) -> None:
    assert _mention(text, quoted) == speaker


SPLIT_BRACKETS = [
    pytest.param(
        "Das Treffen war kurz. Die Ministerin sicherte dem Bürgermeister ihre „volle Hilfe“ zu.",
        "volle Hilfe",
        "Die Ministerin",
        id="subject-first",
    ),
    pytest.param(
        "Das Treffen war kurz. Am Abend sicherte die Ministerin dem Bürgermeister "
        "„volle Hilfe“ zu.",
        "volle Hilfe",
        "die Ministerin",
        id="fronted-adverbial",
    ),
    pytest.param(
        "Das Treffen war kurz. Danach hielt der Vorstand an seinem Plan von „deutlich weniger "
        "Filialen“ fest.",
        "weniger",
        "der Vorstand",
        id="festhalten",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "speaker"), SPLIT_BRACKETS)
def test_separable_verb_around_quotation(text: str, quoted: str, speaker: str) -> None:
    assert _mention(text, quoted) == speaker


def test_no_particle_no_bracket() -> None:
    text = "Die Ministerin sicherte ihm ihre „volle Hilfe“ beim Umbau."
    assert split_bracket(text, 0, text.index("„"), text.index("“") + 1, len(text)) is None


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        pytest.param(
            "Die Lage ist ernst. Von einer „tiefen Krise“ sprechen die Forscher.",
            "tiefen Krise",
            "die Forscher",
            id="fronted-phrase-then-plural",
        ),
        pytest.param(
            "Die Lage ist ernst. Vor „großen Schäden“ warnen Fachleute seit Jahren.",
            "großen Schäden",
            "Fachleute",
            id="warnen-bare-plural-subject",
        ),
    ],
)
def test_plural_verb_in_second_place(text: str, quoted: str, speaker: str) -> None:
    assert _mention(text, quoted) == speaker
