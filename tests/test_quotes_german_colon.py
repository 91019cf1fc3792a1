"""German colons: a new main clause after one, and a noun before one that names nothing.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.

* After a colon a whole sentence starts with a capital letter (Amtliche
  Regelung der deutschen Rechtschreibung § 81): its own first field stands
  before the verb, so a name there is the subject of a verb of saying, not an
  adverbial that would leave the subject after the verb.
* A noun that names a work or a body ("Partei", "Zeitung") right before a
  quotation in marks names it ("die Partei „Neue Mitte“"); with a colon
  between them the quotation is introduced words, not a name.
* An inverted subject after the verb ends before a possessive that opens the
  verb's object ("lobte die Trainerin ihre Elf"), as it ends before "einen".
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from quote_helpers import mention_of


def _mention(text: str, quoted: str) -> str | None:
    return mention_of(text, quoted, "de")


# (text, words of the quotation, speaker mention)
COLON_CLAUSES = [
    pytest.param(
        "Die Behörde hat sich erklärt: Kramer bekräftigte den Kurs des Amtes in der Sache. "
        "Die Regeln seien eindeutig: „Jeder Antrag wird einzeln geprüft.“",
        "einzeln geprüft",
        "Kramer",
        id="name-before-verb-after-colon",
    ),
    pytest.param(
        "Die Lage bleibt ernst: Die Ärztin Jana Wolf verteidigte die Schließung der Station. "
        "Die Gefahr sei zu groß: „Wir dürfen nichts riskieren.“",
        "nichts riskieren",
        "Die Ärztin Jana Wolf",
        id="noun-phrase-before-verb-after-colon",
    ),
    pytest.param(
        "Das Spiel ist aus: Am Ende lobte der Trainer Ole Brand seine Elf. "
        "Das Team habe gekämpft: „Mehr kann man nicht verlangen.“",
        "nicht verlangen",
        "der Trainer Ole Brand",
        id="adverbial-after-colon-keeps-inversion",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), COLON_CLAUSES)
def test_colon_opens_main_clause(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention


NAMING_NOUN_THEN_COLON = [
    pytest.param(
        "Am Abend sagte die Chefin der Partei: „Wir haben die Wahl gewonnen.“",
        "Wahl gewonnen",
        "die Chefin",
        id="partei-colon",
    ),
    pytest.param(
        "Nach dem Urteil sagte ein Anwalt der Zeitung: „Das Gericht hat klar entschieden.“",
        "klar entschieden",
        "ein Anwalt",
        id="zeitung-colon",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention_start"), NAMING_NOUN_THEN_COLON)
def test_colon_after_naming_noun_introduces_words(
    text: str, quoted: str, mention_start: str
) -> None:
    mention = _mention(text, quoted)
    assert mention is not None
    assert mention.startswith(mention_start)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sie gründeten im Mai die Partei „Neue Mitte“.", id="partei-name"),
        pytest.param("Er las die Zeitung „Morgenpost“ im Zug.", id="zeitung-name"),
    ],
)
def test_naming_noun_without_colon_still_names(text: str) -> None:
    assert find_quotes(text, language="de") == ()


@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        pytest.param(
            "Zum Schluss lobte die Trainerin Eva Hoff ihre Elf: „Ihr wart heute großartig.“",
            "großartig",
            "die Trainerin Eva Hoff",
            id="ihre-object",
        ),
        pytest.param(
            "Danach dankte der Kapitän Jonas Kern seinem Team: „Ohne euch geht es nicht.“",
            "Ohne euch",
            "der Kapitän Jonas Kern",
            id="seinem-object",
        ),
        pytest.param(
            "Danach sagte ein Sprecher seines Hauses: „Wir prüfen den Vorgang genau.“",
            "Vorgang",
            "ein Sprecher seines Hauses",
            id="genitive-kept",
        ),
    ],
)
def test_inverted_subject_ends_before_possessive_object(
    text: str, quoted: str, mention: str
) -> None:
    assert _mention(text, quoted) == mention


# A main clause with an adverbial before its finite verb: the subject opens the
# middle field, the participle of saying closes it (Duden-Grammatik, Satzklammer).
@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        pytest.param(
            "Zur neuen Saison wird Lena Hart auf der Seite des Vereins wie folgt zitiert: "
            "„Wir wollen oben mitspielen.“",
            "oben mitspielen",
            "Lena Hart",
            id="passive-quoted-adverbials-after-subject",
        ),
        pytest.param(
            "Am Montag hat die Chefin der Partei den Reportern gesagt: „Wir treten wieder an.“",
            "wieder an",
            "die Chefin der Partei",
            id="perfect-object-after-subject",
        ),
        pytest.param(
            "Der Trainer des Vereins hat am Montag auf der Website gesagt: „Wir bleiben ruhig.“",
            "ruhig",
            "Der Trainer des Vereins",
            id="subject-before-finite-verb",
        ),
    ],
)
def test_subject_opens_the_middle_field(text: str, quoted: str, mention: str) -> None:
    assert _mention(text, quoted) == mention
