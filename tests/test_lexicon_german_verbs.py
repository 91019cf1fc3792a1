"""German verbs of saying conjugated from their lemmas, and the cues they make.

Every sentence is our own, written from the grammar of the construction it
names, not copied from any corpus.

* Weak verbs take -t, -te, ge-…-t, with an inserted "e" after a stem in t/d or
  in m/n after another consonant (Duden, Die Grammatik, e-Erweiterung).
* Strong and mixed verbs take their principal parts (Ablaut).
* The participle has no "ge-" after an inseparable prefix or in "-ieren" verbs.
* A separable prefix joins the verb at the end of a subordinate clause
  ("wie die Polizei mitteilte") and stands before "ge" in the participle.
"""

from __future__ import annotations

import pytest

from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.german_verbs import SPEECH_LEMMAS, conjugate, german_cue_forms
from newsdoc.quotes import find_quotes
from newsdoc.quotes._cues import split_cues, tokens

# "lemma present plural past past-plural participle", id
CONJUGATIONS = [
    pytest.param("sagen sagt sagen sagte sagten gesagt", id="weak"),
    pytest.param(
        "antworten antwortet antworten antwortete antworteten geantwortet",
        id="weak-e-after-t",
    ),
    pytest.param(
        "be+gründen begründet begründen begründete begründeten begründet",
        id="weak-e-after-d",
    ),
    pytest.param(
        "be+zeichnen bezeichnet bezeichnen bezeichnete bezeichneten bezeichnet",
        id="weak-e-after-chn",
    ),
    pytest.param("warnen warnt warnen warnte warnten gewarnt", id="weak-no-e-after-rn"),
    pytest.param("äußern äußert äußern äußerte äußerten geäußert", id="weak-ern"),
    pytest.param(
        "kritisieren kritisiert kritisieren kritisierte kritisierten kritisiert",
        id="ieren-no-ge",
    ),
    pytest.param(
        "prophezeien prophezeit prophezeien prophezeite prophezeiten prophezeit",
        id="unstressed-first-no-ge",
    ),
    pytest.param(
        "be+teuern beteuert beteuern beteuerte beteuerten beteuert",
        id="inseparable-weak",
    ),
    pytest.param("sprechen spricht sprechen sprach sprachen gesprochen", id="strong"),
    pytest.param(
        "wider+sprechen widerspricht widersprechen widersprach widersprachen widersprochen",
        id="inseparable-strong",
    ),
    pytest.param("nennen nennt nennen nannte nannten genannt", id="mixed"),
    pytest.param(
        "mit|teilen mitteilt mitteilen mitteilte mitteilten mitgeteilt",
        id="separable-weak",
    ),
    pytest.param(
        "zurück|weisen zurückweist zurückweisen zurückwies zurückwiesen zurückgewiesen",
        id="separable-strong",
    ),
    pytest.param(
        "hinzu|fügen hinzufügt hinzufügen hinzufügte hinzufügten hinzugefügt",
        id="separable-hinzu",
    ),
    pytest.param(
        "ein|wenden einwendet einwenden einwandte einwandten eingewandt",
        id="separable-mixed",
    ),
]


@pytest.mark.parametrize("row", CONJUGATIONS)
def test_conjugation(row: str) -> None:
    lemma, *forms = row.split()
    c = conjugate(lemma)
    assert [c.present, c.plural, c.past, c.past_plural, c.participle] == forms


def test_cue_forms_hold_joined_separable_forms() -> None:
    forms = german_cue_forms()
    assert {"mitteilte", "bekanntgab", "hervorhob", "zurückwies", "einräumte"} <= forms
    assert {"mitteilte", "erwiderte", "bestritt"} <= CUE_VERBS["de"]


def test_cue_forms_leave_out_participles_and_bare_infinitives() -> None:
    forms = german_cue_forms()
    # participles and a finite form of the same shape are read as the perfect or passive
    assert not {"mitgeteilt", "gefordert", "betont", "kritisiert"} & forms
    # the bare infinitive of an unprefixed verb is mostly governed by "zu" or a modal
    assert not {"sprechen", "erzählen", "bestätigen"} & forms
    # "geraten" is mostly the participle of "to get into"
    assert "geraten" not in forms


def test_every_lemma_is_well_formed() -> None:
    for lemma in SPEECH_LEMMAS:
        assert lemma == lemma.lower()
        assert lemma.endswith(("en", "ern", "eln"))
        assert lemma.count("|") + lemma.count("+") <= 1


def _mention(text: str, quoted: str) -> str | None:
    for q in find_quotes(text, language="de"):
        if quoted in q.text:
            span = q.speaker_span
            return text[span.start : span.end] if span is not None else None
    raise AssertionError(f"no quotation holds {quoted!r}")


# (text, words of the quotation, speaker mention)
JOINED_CUES = [
    pytest.param(
        "Der Stadtrat plant eine neue Brücke. Wie die Baudezernentin Eva Kranz mitteilte, "
        "soll sie „noch vor dem Winter“ fertig werden.",
        "vor dem Winter",
        "die Baudezernentin Eva Kranz",
        id="wie-mitteilte",
    ),
    pytest.param(
        "Die Feuerwehr war die ganze Nacht im Einsatz. Wie ein Sprecher der Wehr bekanntgab, "
        "sei das Feuer „endgültig unter Kontrolle“.",
        "unter Kontrolle",
        "ein Sprecher der Wehr",
        id="wie-bekanntgab",
    ),
    pytest.param(
        "Der Verband lehnt den Entwurf ab. Wie die Vorsitzende Lea Sommer hervorhob, "
        "sei er „ein Rückschritt für alle Mieter“.",
        "Rückschritt",
        "die Vorsitzende Lea Sommer",
        id="wie-hervorhob",
    ),
    pytest.param(
        "Das Museum bleibt geschlossen. Wie der Direktor Tim Hahn am Freitag in Bonn erklärte, "
        "fehle „schlicht das Personal“.",
        "Personal",
        "der Direktor Tim Hahn",
        id="wie-adverbials-left-out-of-subject",
    ),
    pytest.param(
        "Die Schule wird saniert. Wie die Rektorin Ida Voss gestern gegenüber Eltern sagte, "
        "beginne die Arbeit „gleich nach Ostern“.",
        "nach Ostern",
        "die Rektorin Ida Voss",
        id="wie-gegenueber-left-out-of-subject",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), JOINED_CUES)
def test_joined_separable_cue(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


# A separable verb split in a main clause: the bare verb second, its particle last.
SPLIT_CUES = [
    pytest.param(
        "Der Bericht ist lang. Weiter führt der Bericht aus, die Lage sei „äußerst angespannt“.",
        "angespannt",
        "der Bericht",
        id="fuehrt-aus-inverted",
    ),
    pytest.param(
        "Die Richterin Ina Lorenz hielt fest: „Der Vertrag ist nichtig.“",
        "nichtig",
        "Die Richterin Ina Lorenz",
        id="hielt-fest-colon",
    ),
    pytest.param(
        "Die Ministerin legte am Montag im Landtag dar, das Geld sei „längst verplant“.",
        "verplant",
        "Die Ministerin",
        id="legte-dar-adverbials-between",
    ),
    pytest.param(
        "„Das Geld ist längst verplant“, führte die Ministerin aus.",
        "verplant",
        "die Ministerin",
        id="fuehrte-aus-after-quotation",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), SPLIT_CUES)
def test_split_separable_cue(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Die Polizei führte den Mann in den Wald", id="fuehrte-without-particle"),
        pytest.param(
            "Die Ministerin hielt eine Rede über den Haushalt", id="hielt-without-particle"
        ),
        pytest.param("Der Verein führte aus dem Fonds Geld ab", id="other-particle-closes"),
    ],
)
def test_bare_separable_verb_without_its_particle_is_no_cue(words: str) -> None:
    assert split_cues(words, tokens(words, 0, len(words))) == frozenset()


def test_split_cue_with_its_particle() -> None:
    words = "Dazu führte der Sprecher am Abend aus: "
    assert split_cues(words, tokens(words, 0, len(words))) == {"führte"}
