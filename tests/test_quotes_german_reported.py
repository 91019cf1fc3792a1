"""German reported speech that goes on past its cue, and the quotations inside it.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

* Indirect speech in Konjunktiv I (or II where I equals the indicative) marks
  every sentence of a stretch as what someone said, so the stretch may run on
  for sentences after the one that names the speaker (Duden-Grammatik,
  "Redewiedergabe": berichtete Rede).  A clause in it that introduces a
  quotation with a colon is reported too: its subject is what is reported on
  ("Die Lage sei ernst: „…“"), the speaker is the one named before.
* A colon clause whose subject is a thing of someone's ("Ihre Sorge gilt …:
  „…“") is introduced by that someone: the possessor, the speaker quoted
  last in the paragraph.  With nobody quoted before, the possessive phrase
  stays as the mention that points at the speaker.
* Kept as they were: an indicative colon clause names its speaker ("Die
  Polizei warnte: „…“"), and a personal pronoun in a reported colon clause
  is the speaker's mention ("Er sei sicher: „…“").
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from quote_helpers import mention_of


def _mention(text: str, quoted: str) -> str | None:
    return mention_of(text, quoted, "de")


# (text, words of the quotation, speaker mention)
REPORTED_COLON = [
    pytest.param(
        "Wie die Bürgermeisterin Anna Weber erklärte, sei der Damm stabil. "
        "Die Stadt sei gut vorbereitet: „Wir haben genug Sandsäcke für alle Straßen.“",
        "Sandsäcke",
        "die Bürgermeisterin Anna Weber",
        id="konjunktiv-sei-after-wie-clause",
    ),
    pytest.param(
        "Der Trainer Paul Brandt sagte, die Mannschaft habe hart gearbeitet. "
        "Die Stimmung im Kader seien bestens: „Keiner will jetzt nach Hause fahren.“",
        "nach Hause",
        "Der Trainer Paul Brandt",
        id="konjunktiv-plural-verb",
    ),
    pytest.param(
        "Die Ärztin Lena Vogt berichtete, viele Patienten kämen zu spät. "
        "Die Wartezimmer wären oft überfüllt: „Manche warten vier Stunden.“",
        "vier Stunden",
        "Die Ärztin Lena Vogt",
        id="konjunktiv-ii-waeren",
    ),
]

# (text, words of the quotation, speaker mention)
POSSESSOR_COLON = [
    pytest.param(
        "Die Ministerin Eva Kern gab sich gelassen: „Die Reform kommt.“ "
        "Ihre Ruhe stützt sich auf die Umfragen: „Die Mehrheit steht hinter uns.“",
        "Mehrheit",
        "Die Ministerin Eva Kern",
        id="ihre-possessor-quoted-before",
    ),
    pytest.param(
        "Der Richter Tom Falk blieb hart: „Das Urteil steht fest.“ "
        "Sein Blick richtete sich auf die Zukunft: „Wir alle lernen daraus.“",
        "lernen",
        "Der Richter Tom Falk",
        id="sein-possessor-quoted-before",
    ),
    pytest.param(
        "Sein Fazit nach dem Spiel: „Wir waren heute einfach schlechter.“",
        "schlechter",
        "Sein Fazit nach dem Spiel",
        id="possessive-label-nobody-before",
    ),
]

# (text, words of the quotation, speaker mention)
COLON_KEPT = [
    pytest.param(
        "Die Polizei warnte am Abend: „Bleiben Sie zu Hause.“",
        "zu Hause",
        "Die Polizei",
        id="indicative-subject-speaks",
    ),
    pytest.param(
        "Der Minister Jan Roth sagte, die Lage sei ernst. Er sei trotzdem sicher: "
        "„Wir schaffen das.“",
        "schaffen",
        "Er",
        id="pronoun-in-reported-clause",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), REPORTED_COLON)
def test_reported_colon_clause(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


@pytest.mark.parametrize(("text", "quoted", "mention"), POSSESSOR_COLON)
def test_possessor_colon_clause(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


@pytest.mark.parametrize(("text", "quoted", "mention"), COLON_KEPT)
def test_colon_clause_kept(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


# --- the content clause of a noun of saying -----------------------------------------

# (text, words of the quotation, speaker mention, cue)
CONTENT_CLAUSE = [
    pytest.param(
        "Auf den Vorwurf der Opposition, es handele sich um einen „teuren Irrweg“, "
        "entgegnete die Ministerin, der Plan sei solide.",
        "Irrweg",
        "der Opposition",
        "Vorwurf",
        id="vorwurf-genitive-konjunktiv",
    ),
    pytest.param(
        "Der Minister wies die Vorwürfe der Opposition zurück, er habe „Akten vernichtet“.",
        "Akten",
        "der Opposition",
        "Vorwürfe",
        id="vorwuerfe-particle-closes-main-clause",
    ),
    pytest.param(
        "Die Firma hat Berichte des Lokalblatts „Der Bote“ zurückgewiesen, sie "
        "habe „massive Entlassungen“ geplant.",
        "Entlassungen",
        "des Lokalblatts „Der Bote“",
        "Berichte",
        id="berichte-outlet-owner-with-name-in-marks",
    ),
    pytest.param(
        "Die Behauptung von Kritikern, dass der Bau „viel zu teuer“ werde, "
        "wies der Bürgermeister zurück.",
        "zu teuer",
        "Kritikern",
        "Behauptung",
        id="behauptung-von-dass",
    ),
    pytest.param(
        "Die Warnung des Verbandes der Bauern, die Ernte werde „katastrophal schlecht“ "
        "ausfallen, nahm die Regierung ernst.",
        "katastrophal",
        "des Verbandes der Bauern",
        "Warnung",
        id="warnung-genitive-chain",
    ),
]

# (text, words of the quotation, speaker mention)
CONTENT_CLAUSE_NOT_READ = [
    pytest.param(
        "Die Ministerin sagte, es handele sich um einen „teuren Irrweg“.",
        "Irrweg",
        "Die Ministerin",
        id="no-noun-verb-of-saying-speaks",
    ),
    pytest.param(
        "Den Vorwurf der Opposition weist Kern zurück, er habe „Akten vernichtet“ und gelogen.",
        "Akten",
        None,
        id="verb-between-owner-and-comma",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention", "cue"), CONTENT_CLAUSE)
def test_content_clause_owner(text: str, quoted: str, mention: str, cue: str) -> None:
    found = [q for q in find_quotes(text, language="de") if quoted in q.text]
    assert len(found) == 1
    q = found[0]
    assert q.speaker_span is not None
    assert text[q.speaker_span.start : q.speaker_span.end] == mention
    assert q.cue == cue


@pytest.mark.parametrize(("text", "quoted", "mention"), CONTENT_CLAUSE_NOT_READ)
def test_content_clause_not_read(text: str, quoted: str, mention: str | None) -> None:
    found = [q for q in find_quotes(text, language="de") if quoted in q.text]
    assert len(found) == 1
    span = found[0].speaker_span
    got = text[span.start : span.end] if span is not None else None
    assert got != "der Opposition weist Kern"
    if mention is not None:
        assert got == mention


# --- a subordinate clause before the main clause -------------------------------------

# (text, words of the quotation, speaker mention); the fronted subordinate clause
# fills the place before the main clause's verb, whose subject follows it
FRONTED_CLAUSE = [
    pytest.param(
        "Nachdem der Vorhang gefallen war, stand die Sängerin Mara Lind auf und sagte: "
        "„Das war mein letzter Abend auf dieser Bühne.“",
        "letzter Abend",
        "die Sängerin Mara Lind",
        id="nachdem-coordinated-cue",
    ),
    pytest.param(
        "Weil der Zug wieder ausfiel, schimpfte ein Pendler laut: "
        "„Das passiert hier jede Woche, es reicht.“",
        "jede Woche",
        "ein Pendler",
        id="weil-inverted-subject",
    ),
    pytest.param(
        "Zumal der Anwalt Kai Berg betont hatte, sein Mandant sei „völlig unschuldig“, "
        "zögerte der Richter.",
        "unschuldig",
        "der Anwalt Kai Berg",
        id="cue-inside-the-subordinate-clause",
    ),
    pytest.param(
        "Die Richterin zögerte lange, zumal der Anwalt Kai Berg betont hatte, sein Mandant "
        "sei „völlig unschuldig“.",
        "unschuldig",
        "der Anwalt Kai Berg",
        id="zumal-clause-after-the-main-clause",
    ),
    pytest.param(
        "Der Rat stimmte zu, obwohl die Ärztin Lena Vogt erklärt hatte, das Projekt sei "
        "„viel zu riskant“.",
        "riskant",
        "die Ärztin Lena Vogt",
        id="obwohl-clause-after-the-main-clause",
    ),
    pytest.param(
        "Als Antwort auf den Brief sagte die Sprecherin Eva Kern: "
        "„Wir prüfen jeden einzelnen Fall sehr genau.“",
        "prüfen",
        "die Sprecherin Eva Kern",
        id="als-opens-a-phrase-not-a-clause",
    ),
    pytest.param(
        "Als Sprecherin der Stadt sagte sie, man werde „jeden Fall genau prüfen“.",
        "prüfen",
        "sie",
        id="als-phrase-then-comma",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), FRONTED_CLAUSE)
def test_fronted_subordinate_clause(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


# --- the verb bracket: finite verb second, participle last ---------------------------

# (text, words of the quotation, speaker mention); the phrase right before the
# participle is an object when its form says so (a preposition, "den", "dem")
VERB_BRACKET = [
    pytest.param(
        "Die Ministerin hat zu den Reportern gesagt: „Wir bleiben bei unserem Plan.“",
        "Plan",
        "Die Ministerin",
        id="zu-addressee-between",
    ),
    pytest.param(
        "Die Ministerin hat den Reportern gesagt: „Wir bleiben bei unserem Plan.“",
        "Plan",
        "Die Ministerin",
        id="dative-den-between",
    ),
    pytest.param(
        "Der Trainer hatte dem Sender erklärt: „Wir spielen nur noch auf Sieg.“",
        "Sieg",
        "Der Trainer",
        id="dative-dem-between",
    ),
    pytest.param(
        "Im Mai hatte der Bürgermeister Max Ott vor dem Rat betont: "
        "„Die Brücke wird rechtzeitig fertig.“",
        "Brücke",
        "der Bürgermeister Max Ott",
        id="subject-after-finite-verb",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), VERB_BRACKET)
def test_verb_bracket(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


@pytest.mark.xfail(strict=True, reason="'der Zeitung' may be nominative or dative by its form")
def test_verb_bracket_ambiguous_article_known_miss() -> None:
    text = "Am Montag hat Kern der Zeitung gesagt: „Wir bleiben bei unserem Plan.“"
    assert _mention(text, "Plan") == "Kern"
