"""The spaCy pipeline component (``newsdoc[spacy]``): factory, span groups, config, bytes.

Every sentence here was written for these tests.  The tests need spaCy and skip
without it, except the check that ``import newsdoc`` does not need spaCy.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import newsdoc

if TYPE_CHECKING:
    from spacy.language import Language

ROOT = Path(__file__).resolve().parent.parent

# One quotation per language, the speaker closing the sentence.
QUOTES = [
    pytest.param(
        "en",
        "“The ferry will run again in spring,” the harbour master said.",
        "“The ferry will run again in spring,”",
        "the harbour master",
        id="en",
    ),
    pytest.param(
        "de",
        "„Die Fähre fährt im Frühjahr wieder“, sagte der Hafenmeister.",
        "„Die Fähre fährt im Frühjahr wieder“",
        "der Hafenmeister",
        id="de",
    ),
    pytest.param(
        "fr",
        "« Le bac reprendra au printemps », a déclaré le capitaine du port.",
        "« Le bac reprendra au printemps »",
        "le capitaine du port",
        id="fr",
    ),
    pytest.param(
        "es",
        "«El ferry volverá a funcionar en primavera», dijo el capitán del puerto.",
        "«El ferry volverá a funcionar en primavera»",
        "el capitán del puerto",
        id="es",
    ),
    pytest.param(
        "it",
        "«Il traghetto tornerà in primavera», ha detto il capitano del porto.",
        "«Il traghetto tornerà in primavera»",
        "il capitano del porto",
        id="it",
    ),
]

QUOTE_TEXTS = [str(p.values[1]) for p in QUOTES]

# A story with furniture of every kind: dateline, tally, captioned photo, byline.
STORY = (
    "OSLO, March 3 (Reuters) - The fjord froze overnight.\n\n"
    "The town council voted 9 to 4 on Tuesday to close the pier.\n\n"
    "A diver checks the ice. (Photo: Kari Nord/AFP)\n\n"
    "By Ola Berg"
)
STORY_SPANS = {
    "datelines": [("OSLO, March 3 (Reuters) -", "DATELINE")],
    "votes": [("voted 9 to 4", "VOTE")],
    "captions": [("A diver checks the ice. (Photo: Kari Nord/AFP)", "CAPTION")],
    "credits": [("(Photo: Kari Nord/AFP)", "CREDIT")],
    "bylines": [("By Ola Berg", "BYLINE")],
    "quotes": [],
    "speakers": [],
}


SPAN_GROUPS = ["quotes", "speakers", "cues", "captions", "credits", "bylines", "datelines"]
SPAN_GROUPS += ["timestamps", "votes"]


@pytest.fixture(scope="module")
def blank() -> Callable[..., Language]:
    """Return a maker of blank pipelines with the component added, each made once.

    Building a blank pipeline compiles the language's tokenizer rules (seconds for
    French), so the tests share one pipeline per language and configuration.
    """
    spacy = pytest.importorskip("spacy")
    pytest.importorskip("newsdoc.spacy_component")
    made: dict[tuple[str, str], Language] = {}

    def make(lang: str = "en", **config: object) -> Language:
        key = (lang, repr(sorted(config.items())))
        if key not in made:
            nlp: Language = spacy.blank(lang)
            nlp.add_pipe("newsdoc", config=config)
            made[key] = nlp
        return made[key]

    return make


# --- without spaCy -------------------------------------------------------------------


def test_import_newsdoc_never_imports_spacy() -> None:
    code = (
        "import sys; sys.modules['spacy'] = None\n"  # any import of spaCy now fails
        "import newsdoc\n"
        "assert newsdoc.parse('“Yes,” she said.').quotes\n"
        "import newsdoc.cli, newsdoc.article\n"
        "print('ok')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT / "src")},
    )
    assert proc.stdout.strip() == "ok", proc.stderr


# --- spans in every language -----------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "quote", "speaker"), QUOTES)
def test_quote_and_speaker_spans(
    blank: Callable[..., Language], lang: str, text: str, quote: str, speaker: str
) -> None:
    doc = blank(lang)(text)
    assert [(s.text, s.label_) for s in doc.spans["newsdoc_quotes"]] == [(quote, "QUOTE")]
    assert [(s.text, s.label_) for s in doc.spans["newsdoc_speakers"]] == [(speaker, "SPEAKER")]
    assert doc._.newsdoc == newsdoc.parse(text, language=lang)
    assert doc._.newsdoc.language == lang


@pytest.mark.parametrize(("kind", "expected"), STORY_SPANS.items(), ids=list(STORY_SPANS))
def test_furniture_spans(
    blank: Callable[..., Language], kind: str, expected: list[tuple[str, str]]
) -> None:
    doc = blank("en")(STORY)
    assert [(s.text, s.label_) for s in doc.spans[f"newsdoc_{kind}"]] == expected


@pytest.mark.parametrize("text", [STORY, *QUOTE_TEXTS], ids=["story", *"12345"])
def test_every_span_covers_its_object(blank: Callable[..., Language], text: str) -> None:
    doc = blank("xx")(text)
    article = doc._.newsdoc
    owners = {
        "quotes": [q.span for q in article.quotes],
        "speakers": [q.speaker_span for q in article.quotes],
        "cues": [q.cue_span for q in article.quotes],
        "captions": [c.span for c in article.captions],
        "credits": [c.credit and c.credit.span for c in article.captions],
        "bylines": [b.span for b in article.bylines],
        "datelines": [article.dateline and article.dateline.span],
        "timestamps": [t.span for t in article.timestamps],
        "votes": [v.span for v in article.votes],
    }
    for kind, spans in owners.items():
        group = doc.spans[f"newsdoc_{kind}"]
        assert len(group) == sum(s is not None for s in spans), kind
        for token_span in group:
            owner = spans[int(token_span.id_)]
            assert owner is not None
            assert token_span.start_char <= owner.start < owner.end <= token_span.end_char


def test_speaker_and_quote_share_an_id(blank: Callable[..., Language]) -> None:
    text = "“First,” said Ann. Nothing else. “Second,” Bob replied."
    doc = blank("en")(text)
    pairs = {s.id_: s.text for s in doc.spans["newsdoc_speakers"]}
    quotes = {s.id_: s.text for s in doc.spans["newsdoc_quotes"]}
    assert {quotes[i]: name for i, name in pairs.items()} == {
        "“First,”": "Ann",
        "“Second,”": "Bob",
    }


def test_empty_and_blank_documents(blank: Callable[..., Language]) -> None:
    nlp = blank("en")
    for text in ("", "   \n\n  "):
        doc = nlp(text)
        assert doc._.newsdoc.quotes == ()
        assert all(len(group) == 0 for group in doc.spans.values())


# --- configuration ----------------------------------------------------------------


def test_language_comes_from_the_pipeline(blank: Callable[..., Language]) -> None:
    # German words, an Italian pipeline: the pipeline's language wins.
    doc = blank("it")("Der Rat tagte am Montag.")
    assert doc._.newsdoc.language == "it"


def test_unsupported_pipeline_language_is_detected(blank: Callable[..., Language]) -> None:
    german = "Der Rat hat am Montag über das Gesetz beraten und die Vorlage angenommen."
    assert blank("xx")(german)._.newsdoc.language == "de"
    assert blank("nl")("The council met on Monday in the city.")._.newsdoc.language == "en"


def test_configured_language_overrides_the_pipeline(blank: Callable[..., Language]) -> None:
    assert blank("en", language="fr")("Texte.")._.newsdoc.language == "fr"


def test_reference_date_from_config_and_per_document(blank: Callable[..., Language]) -> None:
    nlp = blank("en", reference_date="2025-03-04")
    assert nlp(STORY)._.newsdoc.dateline.date == dt.date(2025, 3, 3)
    doc = nlp.make_doc(STORY)
    doc._.newsdoc_reference_date = dt.date(2019, 3, 20)
    assert nlp(doc)._.newsdoc.dateline.date == dt.date(2019, 3, 3)


def test_spans_prefix(blank: Callable[..., Language]) -> None:
    doc = blank("en", spans_prefix="nd.")(STORY)
    assert sorted(doc.spans) == sorted(f"nd.{kind}" for kind in SPAN_GROUPS)


def test_settings_saved_with_the_pipeline(blank: Callable[..., Language], tmp_path: Path) -> None:
    import spacy

    blank("en", reference_date="2025-03-04", spans_prefix="nd_").to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded(STORY)
    assert doc._.newsdoc.dateline.date == dt.date(2025, 3, 3)
    assert [s.text for s in doc.spans["nd_votes"]] == ["voted 9 to 4"]


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"language": "pt"}, "unsupported language 'pt'"),
        ({"reference_date": "3 March 2025"}, "reference_date must be an ISO date"),
    ],
    ids=["language", "reference-date"],
)
def test_bad_config(
    blank: Callable[..., Language], config: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        blank("en", **config)


# --- serialisation and multiprocessing ------------------------------------------------


def test_doc_bytes_round_trip(blank: Callable[..., Language]) -> None:
    from spacy.tokens import Doc

    nlp = blank("en", reference_date="2025-03-04")
    doc = nlp(STORY + "\n\n“We stay,” a fisher said.")
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.newsdoc == doc._.newsdoc
    assert back._.newsdoc.dateline.date == dt.date(2025, 3, 3)
    assert {k: [(s.text, s.id_) for s in g] for k, g in back.spans.items()} == {
        k: [(s.text, s.id_) for s in g] for k, g in doc.spans.items()
    }


def test_docbin_with_user_data(blank: Callable[..., Language]) -> None:
    from spacy.tokens import DocBin

    nlp = blank("de")
    docs = [nlp(text) for text in QUOTE_TEXTS]
    stored = DocBin(store_user_data=True, docs=docs).to_bytes()
    back = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
    assert [d._.newsdoc for d in back] == [d._.newsdoc for d in docs]


def test_other_user_data_is_left_alone(blank: Callable[..., Language]) -> None:
    from spacy.tokens import Doc

    nlp = blank("en")
    doc = nlp("Plain.")
    doc.user_data["mine"] = {"__newsdoc__": 3, "list": [1, 2]}
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back.user_data["mine"] == {"__newsdoc__": 3, "list": [1, 2]}


def test_pipe_with_two_processes(blank: Callable[..., Language]) -> None:
    nlp = blank("en")
    texts = [STORY, "“Go,” Ann said.", "Nothing."] * 2
    docs = list(nlp.pipe(texts, n_process=2, batch_size=2))
    assert [d._.newsdoc for d in docs] == [newsdoc.parse(t, language="en") for t in texts]


# --- registration ---------------------------------------------------------------------


def test_pyproject_declares_the_entry_point() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    target = project["entry-points"]["spacy_factories"]["newsdoc"]
    assert target == "newsdoc.spacy_component:make_newsdoc"


def test_entry_point_needs_no_import(blank: Callable[..., Language]) -> None:
    points = importlib.metadata.entry_points(group="spacy_factories")
    if "newsdoc" not in points.names:
        pytest.skip("the installed newsdoc predates its spacy_factories entry point")
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('en'); nlp.add_pipe('newsdoc')\n"
        "print(len(nlp('“Go,” Ann said.').spans['newsdoc_quotes']))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(ROOT / "src")},
    )
    assert proc.stdout.strip() == "1", proc.stderr
