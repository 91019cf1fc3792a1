"""English and German speakers on sentences written for no corpus miss.

A held-out probe: our own sentences in the newsroom constructions of the two
languages, written before the code was run on them.  Each case names the
quotation by a few of its words and the speaker mention as written.  The
constructions are those of the AP Stylebook ("said" after the quotation, titles
before names, "told" with an addressee) and of the Duden grammar on reported
speech (the Konjunktiv I, the inverted "sagte" after a quotation, "laut"/"so"
naming a source).  A failure here is a gap in a general mechanism; those not
closed yet are strict xfails that name the construction.

On the first run, 8 of the 86 cases failed.  Four were our expectations against
the house convention on where a mention ends (below); four were gaps, since
closed: a "laut" phrase losing its genitive, "hieß es von X", a false title
opened by a body's name, an adjective with its complement ("close to X").
"""

from __future__ import annotations

import pytest

from quote_helpers import mention_of

# Where a mention ends: a phrase of place after the noun is left out ("a man" of
# "a man in the crowd", as the English table has it), while "a spokeswoman for
# the bank" and a German "vom" affiliation after a name ("Lena Park vom
# Gesundheitsamt") stay in it.


ENGLISH = [
    # cue after the quotation, inverted and plain
    pytest.param(
        "“The bridge will open in May,” said the mayor, Ann Lee.",
        "bridge",
        "Ann Lee",
        id="e01-inverted-role-name",
    ),
    pytest.param(
        "“We have no more room,” the principal said.",
        "no more room",
        "the principal",
        id="e02-plain-role",
    ),
    pytest.param(
        "“Prices keep rising,” Tom Hale said on Friday.",
        "Prices",
        "Tom Hale",
        id="e03-plain-name-time",
    ),
    pytest.param(
        "“I am not leaving,” said Dr. Mara Voss, a surgeon at the clinic.",
        "not leaving",
        "Dr. Mara Voss",
        id="e04-title-apposition",
    ),
    pytest.param(
        "“The votes are there,” said Sen. Paul Drake, R-Ohio.",
        "votes",
        "Sen. Paul Drake",
        id="e05-senator-party",
    ),
    pytest.param(
        "“This is a fair deal,” Gov. Rita Shaw told reporters.",
        "fair deal",
        "Gov. Rita Shaw",
        id="e06-told-reporters",
    ),
    pytest.param(
        "“The pumps failed at night,” Ken Ito told the Daily Star.",
        "pumps",
        "Ken Ito",
        id="e07-told-outlet",
    ),
    # cue before the quotation
    pytest.param(
        "Ann Lee said, “We will rebuild the school.”",
        "rebuild",
        "Ann Lee",
        id="e08-said-comma-before",
    ),
    pytest.param(
        "The fire chief warned: “Stay away from the river.”",
        "Stay away",
        "The fire chief",
        id="e09-colon-warned",
    ),
    pytest.param(
        "In a statement, the company said: “We regret the delay.”",
        "regret",
        "the company",
        id="e10-colon-company",
    ),
    pytest.param(
        "Gov. Rita Shaw put it bluntly: “The money is gone.”",
        "money is gone",
        "Gov. Rita Shaw",
        id="e11-colon-no-saying-verb",
    ),
    # cue in the middle
    pytest.param(
        "“The water is safe,” said Lena Park, the health officer. “You can drink it.”",
        "water is safe",
        "Lena Park",
        id="e12-middle-first",
    ),
    pytest.param(
        "“The water is safe,” said Lena Park, the health officer. “You can drink it.”",
        "drink it",
        "Lena Park",
        id="e13-middle-second",
    ),
    pytest.param(
        "“We tried,” Omar Ruiz said, “but the road was closed.”",
        "road was closed",
        "Omar Ruiz",
        id="e14-split-sentence",
    ),
    # according to
    pytest.param(
        "According to Ruth Bell, the plan is “dead on arrival.”",
        "dead on arrival",
        "Ruth Bell",
        id="e15-according-to",
    ),
    pytest.param(
        "The deal is “nearly done,” according to a person close to the talks.",
        "nearly done",
        "a person close to the talks",
        id="e16-according-to-after",
    ),
    # partial quotations inside a clause
    pytest.param(
        "Mayor Ann Lee called the report “deeply flawed” and ordered a review.",
        "deeply flawed",
        "Mayor Ann Lee",
        id="e17-partial-called",
    ),
    pytest.param(
        "Ken Ito said the budget was “a mess” from the start.",
        "a mess",
        "Ken Ito",
        id="e18-partial-said-that",
    ),
    pytest.param(
        "The union described the offer as “an insult to every nurse.”",
        "an insult",
        "The union",
        id="e19-partial-described-as",
    ),
    # verbs beyond say
    pytest.param(
        "“The dam could break,” warned Pia Lund, an engineer.",
        "dam could break",
        "Pia Lund",
        id="e20-warned-inverted",
    ),
    pytest.param(
        "“I did nothing wrong,” Carl Webb insisted.",
        "nothing wrong",
        "Carl Webb",
        id="e21-insisted",
    ),
    pytest.param(
        "“We made mistakes,” the coach conceded after the game.",
        "mistakes",
        "the coach",
        id="e22-conceded",
    ),
    pytest.param(
        "“Nobody asked us,” complained Jo Reyes, who runs a bakery.",
        "Nobody asked",
        "Jo Reyes",
        id="e23-complained-relative",
    ),
    pytest.param("“It will pass,” added Nina Cole.", "will pass", "Nina Cole", id="e24-added"),
    pytest.param(
        "“The data is clear,” Dr. Sam Hart explained.",
        "data is clear",
        "Dr. Sam Hart",
        id="e25-explained",
    ),
    pytest.param(
        "“We are not finished,” she vowed.", "not finished", "she", id="e26-vowed-pronoun"
    ),
    # titles, appositions
    pytest.param(
        "“Trust is earned,” said the party's leader, Jane Roe.",
        "Trust",
        "Jane Roe",
        id="e27-possessive-role-name",
    ),
    pytest.param(
        "“Talks resume Monday,” Secretary of State Dana Brooks said.",
        "Talks resume",
        "Secretary of State Dana Brooks",
        id="e28-long-title",
    ),
    pytest.param(
        "“We need more buses,” said City Council member Eli Grant.",
        "buses",
        "City Council member Eli Grant",
        id="e29-council-member",
    ),
    pytest.param(
        "“It was a long night,” Lt. Gen. Ray Stone said.",
        "long night",
        "Lt. Gen. Ray Stone",
        id="e30-two-titles",
    ),
    pytest.param(
        "Jane Roe, the party's leader, said the vote was “a wake-up call.”",
        "wake-up call",
        "Jane Roe",
        id="e31-name-apposition-said",
    ),
    # pronouns with an antecedent
    pytest.param(
        "Ruth Bell has led the agency since 2019. “We are ready,” she said.",
        "ready",
        "she",
        id="e32-she-said",
    ),
    pytest.param(
        "Ken Ito spoke after the vote. He said the result was “a relief.”",
        "a relief",
        "He",
        id="e33-he-said-partial",
    ),
    pytest.param(
        "The ministers met in Rome. “No one will leave the table,” they said.",
        "leave the table",
        "they",
        id="e34-they-said",
    ),
    # continuation across paragraphs
    pytest.param(
        "“We lost the first round,” said Nina Cole, the campaign manager.\n\n"
        "“But the race is long and we have money.”",
        "race is long",
        "Nina Cole",
        id="e35-next-paragraph",
    ),
    # organisations
    pytest.param(
        "“The recall covers 4,000 cars,” Volta Motors said in a statement.",
        "recall",
        "Volta Motors",
        id="e36-company-statement",
    ),
    pytest.param(
        "“The findings are preliminary,” the Health Ministry said.",
        "preliminary",
        "the Health Ministry",
        id="e37-ministry",
    ),
    pytest.param(
        "The White House said the order was “final.”",
        "final",
        "The White House",
        id="e38-white-house",
    ),
    # a spokesperson and a named office
    pytest.param(
        "“We do not comment on rumors,” a spokeswoman for the bank said.",
        "rumors",
        "a spokeswoman for the bank",
        id="e39-spokeswoman-for",
    ),
    pytest.param(
        "“The line is safe,” said Max Berg, a spokesman for the railway.",
        "line is safe",
        "Max Berg",
        id="e40-spokesman-apposition",
    ),
    # question and exclamation before the cue
    pytest.param(
        "“Who pays for this?” asked Lia Ford, a parent.", "Who pays", "Lia Ford", id="e41-asked"
    ),
    pytest.param("“Enough!” shouted a man in the crowd.", "Enough", "a man", id="e42-shouted"),
    # noted, argued before the quotation with that-clause
    pytest.param(
        "Carl Webb argued that the rule was “plainly unfair” to renters.",
        "plainly unfair",
        "Carl Webb",
        id="e43-argued-that",
    ),
]

GERMAN = [
    # Cue nach dem Zitat
    pytest.param(
        "„Die Brücke wird im Mai eröffnet“, sagte die Bürgermeisterin Anna Lenz.",
        "Brücke",
        "die Bürgermeisterin Anna Lenz",
        id="d01-sagte-role-name",
    ),
    pytest.param(
        "„Wir haben keinen Platz mehr“, sagte die Ministerin.",
        "keinen Platz",
        "die Ministerin",
        id="d02-sagte-role",
    ),
    pytest.param(
        "„Die Preise steigen weiter“, sagte Thomas Haller am Freitag.",
        "Preise",
        "Thomas Haller",
        id="d03-sagte-name-zeit",
    ),
    pytest.param(
        "„Ich trete nicht zurück“, sagte Dr. Maria Voss, Chefärztin der Klinik.",
        "nicht zurück",
        "Dr. Maria Voss",
        id="d04-titel-apposition",
    ),
    pytest.param(
        "„Die Mehrheit steht“, sagte Bundeskanzlerin Petra Kroll.",
        "Mehrheit steht",
        "Bundeskanzlerin Petra Kroll",
        id="d05-bundeskanzlerin",
    ),
    pytest.param(
        "„Das ist ein fairer Kompromiss“, sagte Ministerpräsident Jan Beck der Zeitung.",
        "fairer Kompromiss",
        "Ministerpräsident Jan Beck",
        id="d06-sagte-der-zeitung",
    ),
    pytest.param(
        "„Die Pumpen fielen nachts aus“, sagte Karl Ito dem Rundfunk.",
        "Pumpen",
        "Karl Ito",
        id="d07-sagte-dem-sender",
    ),
    pytest.param(
        "„Wir haben Fehler gemacht“, räumte der Trainer nach dem Spiel ein.",
        "Fehler",
        "der Trainer",
        id="d08-raeumte-ein",
    ),
    pytest.param(
        "„Der Damm könnte brechen“, warnte die Ingenieurin Pia Lund.",
        "Damm",
        "die Ingenieurin Pia Lund",
        id="d09-warnte",
    ),
    pytest.param(
        "„Das ist völlig inakzeptabel“, kritisierte der Verband.",
        "inakzeptabel",
        "der Verband",
        id="d10-kritisierte-verband",
    ),
    pytest.param(
        "„Niemand hat uns gefragt“, klagte Jonas Reiter, der eine Bäckerei führt.",
        "Niemand",
        "Jonas Reiter",
        id="d11-klagte-relativ",
    ),
    pytest.param(
        "„Es wird vorübergehen“, fügte Nina Kolb hinzu.",
        "vorübergehen",
        "Nina Kolb",
        id="d12-fuegte-hinzu",
    ),
    pytest.param(
        "„Die Daten sind eindeutig“, erklärte Professor Sven Hart.",
        "Daten",
        "Professor Sven Hart",
        id="d13-erklaerte-professor",
    ),
    pytest.param(
        "„Wir sind noch nicht fertig“, betonte sie.",
        "nicht fertig",
        "sie",
        id="d14-betonte-pronomen",
    ),
    pytest.param(
        "„Wer bezahlt das?“, fragte Lea Ford, eine Mutter aus dem Viertel.",
        "Wer bezahlt",
        "Lea Ford",
        id="d15-fragte",
    ),
    # Cue vor dem Zitat
    pytest.param(
        "Anna Lenz sagte: „Wir bauen die Schule wieder auf.“",
        "Schule",
        "Anna Lenz",
        id="d16-doppelpunkt-name",
    ),
    pytest.param(
        "Der Feuerwehrchef warnte: „Bleiben Sie dem Fluss fern.“",
        "Fluss",
        "Der Feuerwehrchef",
        id="d17-doppelpunkt-warnte",
    ),
    pytest.param(
        "In einer Erklärung hieß es von der Firma: „Wir bedauern die Verzögerung.“",
        "bedauern",
        "der Firma",
        id="d18-hiess-es-von",
    ),
    pytest.param(
        "Die Gewerkschaft erklärte: „Das Angebot ist eine Beleidigung.“",
        "Beleidigung",
        "Die Gewerkschaft",
        id="d19-doppelpunkt-org",
    ),
    # Cue in der Mitte
    pytest.param(
        "„Das Wasser ist sauber“, sagte Lena Park vom Gesundheitsamt. „Man kann es trinken.“",
        "Wasser ist sauber",
        "Lena Park vom Gesundheitsamt",
        id="d20-mitte-erstes",
    ),
    pytest.param(
        "„Das Wasser ist sauber“, sagte Lena Park vom Gesundheitsamt. „Man kann es trinken.“",
        "trinken",
        "Lena Park vom Gesundheitsamt",
        id="d21-mitte-zweites",
    ),
    pytest.param(
        "„Wir haben es versucht“, sagte Omar Ruiz, „aber die Straße war gesperrt.“",
        "Straße",
        "Omar Ruiz",
        id="d22-geteilter-satz",
    ),
    # laut, so
    pytest.param(
        "Laut Ruth Bell ist der Plan „gescheitert“.", "gescheitert", "Ruth Bell", id="d23-laut-name"
    ),
    pytest.param(
        "Der Plan sei „so gut wie tot“, so der Fraktionschef.",
        "so gut wie tot",
        "der Fraktionschef",
        id="d24-so-nach",
    ),
    pytest.param(
        "„Die Lage ist ernst“, so Innenminister Klaus Brand.",
        "Lage ist ernst",
        "Innenminister Klaus Brand",
        id="d25-so-nach-zitat",
    ),
    pytest.param(
        "Laut dem Bericht der Behörde war die Anlage „seit Jahren marode“.",
        "marode",
        "dem Bericht der Behörde",
        id="d26-laut-bericht",
    ),
    # Teilzitate
    pytest.param(
        "Bürgermeisterin Anna Lenz nannte den Bericht „zutiefst fehlerhaft“.",
        "fehlerhaft",
        "Bürgermeisterin Anna Lenz",
        id="d27-nannte",
    ),
    pytest.param(
        "Karl Ito sagte, der Haushalt sei „ein Chaos“ gewesen.",
        "ein Chaos",
        "Karl Ito",
        id="d28-sagte-komma-teilzitat",
    ),
    pytest.param(
        "Die Gewerkschaft bezeichnete das Angebot als „Hohn für jede Pflegekraft“.",
        "Hohn",
        "Die Gewerkschaft",
        id="d29-bezeichnete-als",
    ),
    # Konjunktiv I
    pytest.param(
        "Der Sprecher sagte, man werde die Lage prüfen. Es gebe „keinen Grund zur Panik“.",
        "Panik",
        "Der Sprecher",
        id="d30-konjunktiv-fortsetzung",
    ),
    pytest.param(
        "Die Ministerin betonte, das Gesetz sei „längst überfällig“.",
        "überfällig",
        "Die Ministerin",
        id="d31-betonte-konjunktiv",
    ),
    pytest.param(
        "Carl Weber kritisierte, die Regel sei „schlicht ungerecht“ für Mieter.",
        "ungerecht",
        "Carl Weber",
        id="d32-kritisierte-konjunktiv",
    ),
    # Pronomen mit Antezedens
    pytest.param(
        "Ruth Bell leitet die Behörde seit 2019. „Wir sind bereit“, sagte sie.",
        "bereit",
        "sie",
        id="d33-sagte-sie",
    ),
    pytest.param(
        "Karl Ito sprach nach der Abstimmung. Er sagte, das Ergebnis sei „eine Erleichterung“.",
        "Erleichterung",
        "Er",
        id="d34-er-sagte",
    ),
    # Fortsetzung über Absätze
    pytest.param(
        "„Wir haben die erste Runde verloren“, sagte Nina Kolb, die Wahlkampfleiterin.\n\n"
        "„Aber der Weg ist lang, und wir haben Geld.“",
        "Weg ist lang",
        "Nina Kolb",
        id="d35-naechster-absatz",
    ),
    # Organisationen
    pytest.param(
        "„Der Rückruf betrifft 4000 Autos“, teilte der Hersteller Volta mit.",
        "Rückruf",
        "der Hersteller Volta",
        id="d36-teilte-mit",
    ),
    pytest.param(
        "„Die Ergebnisse sind vorläufig“, sagte ein Sprecher des Gesundheitsministeriums.",
        "vorläufig",
        "ein Sprecher des Gesundheitsministeriums",
        id="d37-sprecher-des",
    ),
    pytest.param(
        "Das Bundesministerium der Finanzen erklärte, die Zahlen seien „belastbar“.",
        "belastbar",
        "Das Bundesministerium der Finanzen",
        id="d38-ministerium",
    ),
    # Apposition, Titel
    pytest.param(
        "„Vertrauen muss man sich verdienen“, sagte die Parteivorsitzende, Jana Roth.",
        "Vertrauen",
        "Jana Roth",
        id="d39-rolle-komma-name",
    ),
    pytest.param(
        "Jana Roth, die Vorsitzende der Partei, nannte die Wahl „einen Weckruf“.",
        "Weckruf",
        "Jana Roth",
        id="d40-name-apposition",
    ),
    pytest.param(
        "„Es war eine lange Nacht“, sagte der Polizeisprecher Ralf Stein.",
        "lange Nacht",
        "der Polizeisprecher Ralf Stein",
        id="d41-kompositum-rolle",
    ),
    # weitere Verben
    pytest.param(
        "„Das lassen wir uns nicht gefallen“, rief ein Mann in der Menge.",
        "gefallen",
        "ein Mann",
        id="d42-rief",
    ),
    pytest.param(
        "Der Verband forderte „sofortige Hilfen“ für die Bauern.",
        "sofortige Hilfen",
        "Der Verband",
        id="d43-forderte-teilzitat",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "mention"), ENGLISH)
def test_english_speaker_mention(text: str, quoted: str, mention: str) -> None:
    assert mention_of(text, quoted, "en") == mention


@pytest.mark.parametrize(("text", "quoted", "mention"), GERMAN)
def test_german_speaker_mention(text: str, quoted: str, mention: str) -> None:
    assert mention_of(text, quoted, "de") == mention
