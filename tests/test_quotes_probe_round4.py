"""Blind held-out probe, round 4: discourse-level quotation attribution.

Short invented news passages in five languages. Each row names a fragment of one
quotation and the speaker as the passage names it (for a pronoun or a dropped
subject, the name it refers to).  Written by a helper who read neither the rules
nor their tests.  On the code it was first run against, 187 of the 220 passed
(en 61/70, de 49/60, fr 27/30, es 25/30, it 25/30); the interview answers and
the German epithets, an elided articled preposition after a source phrase
("A detta dell’economista X,") and the Spanish *comillas de seguir* were fixed with their own tables
(``test_quotes_round4_mechanisms.py``), and the rest are strict xfails, each
naming its construction.  A later round's faithful anaphor (a definite noun of person
repeating the one a name was introduced with) passes "the principal" too.
"""

from __future__ import annotations

import pytest

from quote_helpers import Case, speaker_overlaps
from quote_helpers import case as _case

ENGLISH: list[tuple[str, Case]] = [
    (
        "para-next",
        _case(
            (
                "Lena Hartwell, the mayor of Brookfield, spent Tuesday touring "
                "the flooded riverside district.\n"
                "\n"
                "“We will rebuild every street that was lost,” she said. “Nobody "
                "here will be left alone.”"
            ),
            "rebuild every street",
            "Hartwell",
        ),
    ),
    (
        "para-next",
        _case(
            (
                "Officials in Carver County said the bridge would stay closed "
                "until spring. Tom Okafor, who runs a bakery near the crossing, "
                "has watched his sales drop by half.\n"
                "\n"
                "“People simply stopped coming,” Okafor said. “I can’t blame "
                "them, but I can’t pay rent on sympathy either.”"
            ),
            "pay rent on sympathy",
            "Okafor",
        ),
    ),
    (
        "alternate",
        _case(
            (
                "The council debated the budget for nearly four hours. “This "
                "plan protects libraries and parks,” said councilwoman Dana "
                "Reyes. “It protects nothing but the status quo,” countered "
                "councilman Phil Mercer. Reyes replied: “The status quo is what "
                "keeps the lights on.”"
            ),
            "keeps the lights on",
            "Reyes",
        ),
    ),
    (
        "alternate-three",
        _case(
            (
                "At the hearing, three witnesses disagreed sharply. “The dam is "
                "safe,” said engineer Ruth Collins. “It has not been inspected "
                "since 2009,” said Samir Haddad, a local farmer. “Both of those "
                "things can be true,” said Judge Ellen Price."
            ),
            "Both of those things",
            "Price",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "“We knew the storm was coming, but nobody expected the water to "
                "rise so fast,” said Carla Jimenez, who manages a shelter in "
                "Port Alder. “Within an hour the parking lot was a lake.\n"
                "\n"
                "“By midnight we had 300 people sleeping on cots in the gym.”"
            ),
            "300 people sleeping",
            "Jimenez",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "Fire Chief Walter Brandt described the night in detail. “The "
                "first call came in just after two in the morning,” he said. “By "
                "the time our trucks arrived the roof had already collapsed.\n"
                "\n"
                "“Our crews stayed until noon, and not one of them complained.”"
            ),
            "not one of them complained",
            "Brandt",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "Senator Joan Whitaker unveiled the proposal at a news "
                "conference on Monday. She said it would cut waiting times at "
                "veterans’ hospitals. The bill has support from both parties, "
                "according to her office. “This is not a partisan issue,” she "
                "added."
            ),
            "not a partisan issue",
            "Whitaker",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "Kevin Marsh, the team’s coach, was asked about his injured "
                "striker. He declined to give a timeline. Several players have "
                "been sidelined this season. “We will not rush him back,” Marsh "
                "said. “His health comes first.”"
            ),
            "His health comes first",
            "Marsh",
        ),
    ),
    (
        "pronoun-later",
        _case(
            (
                "Priya Natarajan opened the clinic in 2015 with two nurses and a "
                "borrowed ultrasound machine. Today it employs 40 people. "
                "Patients travel from three counties to reach it. “We still "
                "don’t turn anybody away,” she said."
            ),
            "turn anybody away",
            "Natarajan",
        ),
    ),
    (
        "apposition",
        _case(
            (
                "Helen Brody, a nurse who has worked at the county clinic for 20 "
                "years, said: “We cannot keep doing more with less.”"
            ),
            "doing more with less",
            "Brody",
        ),
    ),
    (
        "apposition",
        _case(
            (
                "“The river has never been this low,” said Arnold Fisk, a "
                "retired ferry captain who has lived on the island since the "
                "1960s and still keeps a logbook of water levels."
            ),
            "never been this low",
            "Fisk",
        ),
    ),
    (
        "apposition",
        _case(
            (
                "Dr. Naomi Fairbanks, an epidemiologist at Lakeshore University "
                "who advised the state during the last outbreak, warned that the "
                "numbers were misleading: “Testing has collapsed, so the curve "
                "looks flatter than it is.”"
            ),
            "curve looks flatter",
            "Fairbanks",
        ),
    ),
    (
        "nested",
        _case(
            (
                "Martin Cole recalled his father’s advice. “He always told me, "
                "‘Never sign anything you haven’t read twice.’ I wish I had "
                "listened,” Cole said."
            ),
            "I wish I had listened",
            "Cole",
        ),
    ),
    (
        "nested",
        _case(
            (
                "“When the manager said ‘we are closing on Friday,’ nobody "
                "believed him,” said Grace Liu, a cashier at the store."
            ),
            "nobody believed him",
            "Liu",
        ),
    ),
    (
        "qa",
        _case(
            (
                "The Ledger spoke with novelist Peter Ames about his new book.\n"
                "\n"
                "Q: Why set it in a mining town?\n"
                "A: “I grew up in one, and I never stopped hearing the whistle "
                "in my sleep.”"
            ),
            "hearing the whistle",
            "Ames",
        ),
    ),
    (
        "qa-unquoted",
        _case(
            (
                "Interview with harbor master Ingrid Solberg, edited for length.\n"
                "\n"
                "Q: How bad was the season?\n"
                "A: The worst I have seen in 30 years. We lost four boats in one "
                "week."
            ),
            "lost four boats",
            "Solberg",
            "an answer printed without quotation marks is not read as a quotation",
        ),
    ),
    (
        "statement",
        _case(
            (
                "Northgate Energy said in a statement that it “deeply regrets” "
                "the outage and would compensate affected customers."
            ),
            "deeply regrets",
            "Northgate Energy",
        ),
    ),
    (
        "spokesperson",
        _case(
            (
                "“The minister has full confidence in the police chief,” a "
                "spokesperson for the Interior Ministry said on Thursday."
            ),
            "full confidence",
            "spokesperson",
        ),
    ),
    (
        "said-x-spokesman",
        _case(
            (
                "“We are reviewing the footage and will act accordingly,” said "
                "Derek Lowell, a spokesman for the Harbor City Police Department."
            ),
            "reviewing the footage",
            "Lowell",
        ),
    ),
    (
        "according-to",
        _case(
            (
                "“The repairs will take at least six weeks,” according to a memo "
                "from the regional transit authority."
            ),
            "at least six weeks",
            "transit authority",
        ),
    ),
    (
        "according-to",
        _case(
            (
                "According to Lieutenant Omar Bakri of the county sheriff’s "
                "office, the driver “showed no signs of slowing down” before the "
                "crash."
            ),
            "no signs of slowing",
            "Bakri",
        ),
    ),
    (
        "told-reporters",
        _case(
            (
                "“We have no plans to raise taxes this year,” Governor Linda "
                "Harlow told reporters after the meeting."
            ),
            "raise taxes",
            "Harlow",
        ),
    ),
    (
        "told-reporters",
        _case(
            (
                "Police Commissioner Victor Ng told reporters on Sunday that the "
                "suspect had been arrested. “He was taken into custody without "
                "incident,” Ng said."
            ),
            "without incident",
            "Ng",
        ),
    ),
    (
        "wrote-on-x",
        _case(
            (
                "“Today we made history for working families,” Representative "
                "Tasha Blake wrote on X, formerly Twitter."
            ),
            "made history",
            "Blake",
        ),
    ),
    (
        "wrote-on-x",
        _case(
            (
                "The mayor, Carl Jensen, weighed in late Tuesday. “Shameful. Our "
                "firefighters deserve better,” he wrote on X, formerly known as "
                "Twitter."
            ),
            "firefighters deserve better",
            "Jensen",
        ),
    ),
    (
        "interview",
        _case(
            (
                "“I never wanted to be a politician,” Eleanor Voss said in an "
                "interview with the Riverside Gazette. “I wanted to fix the "
                "potholes on my street.”"
            ),
            "fix the potholes",
            "Voss",
        ),
    ),
    (
        "interview",
        _case(
            (
                "In an interview with public radio, Abel Moreno, the state’s "
                "chief economist, said: “Inflation is cooling, but rents are "
                "not.”"
            ),
            "rents are not",
            "Moreno",
        ),
    ),
    (
        "cue-both",
        _case(
            (
                "“This was,” said coach Dana Whitfield, “the best half of "
                "football we have played all year.”"
            ),
            "best half of football",
            "Whitfield",
        ),
    ),
    (
        "cue-both",
        _case(
            (
                "Jonas Reed was blunt. “The contract is dead,” he said. Then, "
                "asked whether talks could resume, he said: “Not this year.”"
            ),
            "Not this year",
            "Reed",
        ),
    ),
    (
        "partial",
        _case(
            (
                "Governor Alan Trask called the ruling “a victory for common "
                "sense” and promised to fight any appeal."
            ),
            "victory for common sense",
            "Trask",
        ),
    ),
    (
        "partial",
        _case(
            (
                "Critics, including economist Rosa Delgado, have described the "
                "plan as “a gift to landlords dressed up as housing policy.”"
            ),
            "gift to landlords",
            "Delgado",
            "'Critics, including economist X,' gives the group, not the one named in it",
        ),
    ),
    (
        "straight",
        _case(
            (
                'Mayor Ruth Ellison said the park would reopen in June. "We '
                'heard the neighbors loud and clear," she said.'
            ),
            "loud and clear",
            "Ellison",
        ),
    ),
    (
        "straight-alternate",
        _case(
            (
                '"It is too expensive," said Ben Carver, a resident. "It is an '
                'investment," replied Irene Gold, the city planner.'
            ),
            "an investment",
            "Gold",
        ),
    ),
    (
        "para-next",
        _case(
            (
                "The hospital’s chief executive, Margaret Doyle, addressed staff "
                "on Friday.\n"
                "\n"
                "“I know how hard these months have been,” Doyle said. “I will "
                "not pretend otherwise.”"
            ),
            "not pretend otherwise",
            "Doyle",
        ),
    ),
    (
        "para-next-pronoun",
        _case(
            (
                "Samuel Otieno arrived in the city in 1998 with one suitcase and "
                "a phone number.\n"
                "\n"
                "“The number was wrong,” he said, laughing. “So I started from "
                "zero.”"
            ),
            "started from zero",
            "Otieno",
        ),
    ),
    (
        "alternate-family",
        _case(
            (
                "Anna Berg and her husband, Lars, have run the hardware store "
                "for 31 years. “We thought about selling last winter,” Anna Berg "
                "said. “I never did,” said Lars. “I just kept quiet about it.”"
            ),
            "kept quiet about it",
            "Lars",
        ),
    ),
    (
        "alternate",
        _case(
            (
                "Prosecutor Hannah Leigh told jurors the evidence was "
                "overwhelming. Defense attorney Mark Ruiz disagreed. “There is "
                "no witness who saw my client at the scene,” Ruiz said. “Not "
                "one.”"
            ),
            "Not one.",
            "Ruiz",
        ),
    ),
    (
        "alternate-paras",
        _case(
            (
                "Neighbors offered different accounts.\n"
                "\n"
                "“I heard two shots,” said Keisha Moore, who lives across the "
                "street.\n"
                "\n"
                "“It was fireworks, I’m sure of it,” said Doug Freeman, her "
                "neighbor.\n"
                "\n"
                "Moore shook her head. “I know what fireworks sound like.”"
            ),
            "what fireworks sound like",
            "Moore",
        ),
    ),
    (
        "continued-three-paras",
        _case(
            (
                "“When I started, there were twelve of us on the night shift,” "
                "said Rosa Lindqvist, a ward nurse. “Now there are five.\n"
                "\n"
                "“Some nights I don’t sit down once.\n"
                "\n"
                "“And still they ask why we’re leaving.”"
            ),
            "why we’re leaving",
            "Lindqvist",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "“The first thing you notice is the silence,” said Tobias Grant, "
                "who has guided tours through the caves for a decade. “No birds, "
                "no wind, nothing.\n"
                "\n"
                "“Then your eyes adjust and you see the paintings.”"
            ),
            "your eyes adjust",
            "Grant",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "The chief financial officer, Laura Kim, walked analysts through "
                "the numbers on a call Thursday. Revenue rose 8 percent. Margins "
                "shrank. Kim said the company expected a stronger second half. "
                "“We see demand recovering in Asia,” she added."
            ),
            "demand recovering",
            "Kim",
        ),
    ),
    (
        "lawyer-for",
        _case(
            (
                "Jordan Pike’s lawyer, Evelyn Shaw, said her client would plead "
                "not guilty. “He has never been in trouble in his life,” Shaw "
                "said."
            ),
            "never been in trouble",
            "Shaw",
        ),
    ),
    (
        "role-apposition",
        _case(
            (
                "“Every single bed is full,” said the director of the shelter, a "
                "former social worker who asked not to be named because of "
                "threats against staff."
            ),
            "Every single bed",
            "director",
        ),
    ),
    (
        "spokeswoman",
        _case(
            (
                "The ministry declined to comment on the report. A spokeswoman "
                "said only that “all procedures were followed.”"
            ),
            "all procedures were followed",
            "spokeswoman",
        ),
    ),
    (
        "statement",
        _case(
            (
                "In a statement, the Coastal Wildlife Trust said the spill was "
                "“the worst environmental disaster this shoreline has seen in a "
                "generation.”"
            ),
            "worst environmental disaster",
            "Coastal Wildlife Trust",
        ),
    ),
    (
        "statement",
        _case(
            (
                "“We are cooperating fully with investigators,” the airline said "
                "in a statement on Wednesday, adding that all flights would "
                "resume by evening."
            ),
            "cooperating fully",
            "airline",
        ),
    ),
    (
        "according-to",
        _case(
            (
                "According to a statement from Redwood Hospital, the patient is "
                "“in stable condition and expected to recover.”"
            ),
            "stable condition",
            "Redwood Hospital",
        ),
    ),
    (
        "said-x-spokesman",
        _case(
            (
                "“No decision has been made,” said Henry Albright, a spokesman "
                "for the Department of Transportation, who declined to elaborate."
            ),
            "No decision has been made",
            "Albright",
        ),
    ),
    (
        "told-reporters",
        _case(
            (
                "Secretary of State Miriam Castell told reporters aboard her "
                "plane that she was “cautiously optimistic” about the ceasefire."
            ),
            "cautiously optimistic",
            "Castell",
        ),
    ),
    (
        "told-agency",
        _case(
            (
                "“We will not sell at that price,” Farid Nasser, the company’s "
                "founder, told Reuters on Tuesday."
            ),
            "not sell at that price",
            "Nasser",
        ),
    ),
    (
        "posted",
        _case(
            (
                "Later that evening, the singer Jade Monroe posted on Instagram: "
                "“Thank you, Dublin. I will never forget tonight.”"
            ),
            "never forget tonight",
            "Monroe",
        ),
    ),
    (
        "interview",
        _case(
            (
                "Speaking in an interview with Channel 9, coach Terry Vance said "
                "his team had “nothing left to prove.”"
            ),
            "nothing left to prove",
            "Vance",
        ),
    ),
    (
        "cue-both",
        _case(
            (
                "Asked about the delay, Transit Director Olga Petrov said: “The "
                "tunnel flooded twice,” adding, “and each time we had to start "
                "over.”"
            ),
            "start over",
            "Petrov",
        ),
    ),
    (
        "partial-then-full",
        _case(
            (
                "Ellen Rourke, who chairs the school board, called the vote “a "
                "mistake we will regret.” Later she went further: “We have "
                "failed these children.”"
            ),
            "failed these children",
            "Rourke",
        ),
    ),
    (
        "pronoun-two-people",
        _case(
            (
                "Detective Sarah Boyle interviewed the witness, a teenager named "
                "Eli Ward, for three hours. Boyle later described the "
                "conversation as difficult. “He was terrified,” she said. “He "
                "kept asking for his mother.”"
            ),
            "asking for his mother",
            "Boyle",
        ),
    ),
    (
        "pronoun-gender",
        _case(
            (
                "Paul Jennings and his sister, Martha, found the letter in their "
                "late father’s desk. “It changed everything we thought we knew,” "
                "she said."
            ),
            "changed everything",
            "Martha",
            "a pronoun's gender is not checked against a first name ('his sister, Martha')",
        ),
    ),
    (
        "para-next-pronoun",
        _case(
            (
                "“You never get used to it,” said Father Daniel Rourkesby, who "
                "has buried more than 200 overdose victims.\n"
                "\n"
                "“Every funeral I tell myself it will be the last,” he said. “It "
                "never is.”"
            ),
            "It never is",
            "Rourkesby",
        ),
    ),
    (
        "spokesperson-named",
        _case(
            (
                "A spokesperson for Halvorsen Foods, Jenna Ortiz, said the "
                "recall was precautionary. “No illnesses have been reported,” "
                "Ortiz said."
            ),
            "No illnesses",
            "Ortiz",
        ),
    ),
    (
        "para-next",
        _case(
            (
                "Residents packed the gymnasium on Monday night.\n"
                "\n"
                "“We were promised a school, and instead we got a parking "
                "garage,” said Theo Barnes, a father of three. “I want to know "
                "who decided that.”"
            ),
            "who decided that",
            "Barnes",
        ),
    ),
    (
        "reported-then-quote",
        _case(
            (
                "Mayor Gerald Fox said he had asked the state for help twice and "
                "heard nothing back. “I’m done waiting,” Fox said. “We will pay "
                "for it ourselves.”"
            ),
            "pay for it ourselves",
            "Fox",
        ),
    ),
    (
        "in-her-words",
        _case(
            (
                "Rep. Anita Shah said the proposal was, in her words, “dead on "
                "arrival” in the Senate."
            ),
            "dead on arrival",
            "Shah",
            "'in her words' before a partial quotation is not resolved to the subject",
        ),
    ),
    (
        "said-x-of",
        _case(
            (
                "“It’s a bittersweet day,” said Principal Gloria Hendricks of "
                "Westfield Elementary, which closes for good on Friday."
            ),
            "bittersweet day",
            "Hendricks",
        ),
    ),
    (
        "qa",
        _case(
            (
                "Below is an excerpt from our conversation with astronaut Kenji "
                "Mori.\n"
                "\n"
                "Q: What did you miss most up there?\n"
                "A: “Rain. The smell of rain on hot pavement.”"
            ),
            "smell of rain",
            "Mori",
        ),
    ),
    (
        "qa",
        _case(
            (
                "We asked the city’s new police chief, Roberta Quill, about her "
                "first 100 days.\n"
                "\n"
                "Q: What surprised you?\n"
                "A: “How many calls have nothing to do with crime. Mental "
                "health, housing, loneliness.”"
            ),
            "nothing to do with crime",
            "Quill",
        ),
    ),
    (
        "official-added",
        _case(
            (
                "The official, who spoke on condition of anonymity because the "
                "talks are private, said negotiations had stalled. “Nobody wants "
                "to blink first,” the official added."
            ),
            "blink first",
            "official",
        ),
    ),
    (
        "straight-continued",
        _case(
            ('"We are a small town," said Mayor Ed Pruitt. "But we have a long memory."'),
            "long memory",
            "Pruitt",
        ),
    ),
    (
        "same-speaker-split",
        _case(
            (
                "“The water is safe to drink,” said Dr. Amara Osei, the county "
                "health officer. Tests on Friday found no bacteria, she said, "
                "and the boil notice would be lifted. “People can stop buying "
                "bottled water,” Osei said."
            ),
            "stop buying bottled water",
            "Osei",
        ),
    ),
    (
        "role",
        _case(
            (
                "“We found him under the rubble after nine hours,” a rescue "
                "worker said, asking that his name not be used."
            ),
            "under the rubble",
            "rescue worker",
        ),
    ),
    (
        "role-back-reference",
        _case(
            (
                "Wendy Arnot, the principal of Lincoln Middle School, was among "
                "the first to arrive.\n"
                "\n"
                "“The children were calmer than the adults,” the principal said."
            ),
            "calmer than the adults",
            "Arnot",
        ),
    ),
    (
        "wrote-letter",
        _case(
            (
                "In a letter to shareholders, chief executive Howard Lim wrote "
                "that the year had been “humbling” and that “we must earn back "
                "your trust.”"
            ),
            "earn back your trust",
            "Lim",
        ),
    ),
]

GERMAN: list[tuple[str, Case]] = [
    (
        "dpa-told",
        _case(
            (
                "„Wir werden alles tun, um die Versorgung zu sichern“, sagte "
                "Bundesgesundheitsministerin Karin Lessing der Deutschen "
                "Presse-Agentur. Man werde die Kliniken nicht allein lassen."
            ),
            "Versorgung zu sichern",
            "Lessing",
        ),
    ),
    (
        "party-title",
        _case(
            (
                "Bundesinnenministerin Petra Hallmann zeigte sich besorgt. „Die "
                "Lage ist ernst“, sagte die SPD-Politikerin am Dienstag in "
                "Berlin. Man werde die Grenzkontrollen vorerst beibehalten, "
                "betonte sie."
            ),
            "Lage ist ernst",
            "Hallmann",
        ),
    ),
    (
        "betonte-sie",
        _case(
            (
                "Die Grünen-Politikerin Anja Vollmer kritisierte den Entwurf "
                "scharf. Er sei „handwerklich schlecht gemacht“. „Da muss "
                "dringend nachgebessert werden“, betonte sie."
            ),
            "nachgebessert",
            "Vollmer",
        ),
    ),
    (
        "para-next",
        _case(
            (
                "Der Bürgermeister von Kleinhausen, Jürgen Wendt, hat die "
                "Schließung des Freibads verteidigt.\n"
                "\n"
                "„Wir haben schlicht kein Geld mehr“, sagte der CDU-Politiker. "
                "„Das tut mir selbst weh.“"
            ),
            "tut mir selbst weh",
            "Wendt",
        ),
    ),
    (
        "alternate",
        _case(
            (
                "Im Stadtrat prallten die Meinungen aufeinander. „Das Projekt "
                "ist überfällig“, sagte Grünen-Fraktionschefin Miriam Koch. „Es "
                "ist schlicht nicht finanzierbar“, entgegnete FDP-Stadtrat "
                "Holger Brand. Koch blieb dabei: „Dann müssen wir eben "
                "Prioritäten setzen.“"
            ),
            "Prioritäten setzen",
            "Koch",
        ),
    ),
    (
        "alternate-three",
        _case(
            (
                "Drei Anwohner, drei Meinungen. „Der Lärm ist unerträglich“, "
                "sagt Renate Hübner. „Ich höre fast nichts“, sagt ihr Nachbar "
                "Erwin Falk. „Mich stört eher der Staub“, sagt Sabine Ortmann."
            ),
            "eher der Staub",
            "Ortmann",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "„Als ich hier anfing, gab es noch 40 Bauern im Dorf“, erzählt "
                "Landwirt Georg Brenner. „Heute sind es noch drei.\n"
                "\n"
                "„Meine Kinder wollen den Hof nicht übernehmen, und ich kann es "
                "ihnen nicht verdenken.“"
            ),
            "Hof nicht übernehmen",
            "Brenner",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "Die Vorsitzende des Sozialverbands, Ulrike Sand, stellte am "
                "Montag den Armutsbericht vor. Demnach ist jedes fünfte Kind "
                "betroffen. Die Zahlen seien seit Jahren bekannt. „Passiert ist "
                "trotzdem nichts“, fügte sie hinzu."
            ),
            "Passiert ist trotzdem nichts",
            "Sand",
        ),
    ),
    (
        "apposition",
        _case(
            (
                "Helga Trautmann, die seit 25 Jahren als Hebamme im "
                "Kreiskrankenhaus arbeitet und dort die Ausbildung leitet, "
                "sagte: „So schlimm war es noch nie.“"
            ),
            "So schlimm war es",
            "Trautmann",
        ),
    ),
    (
        "laut",
        _case(
            ("Laut Polizeisprecher Tobias Reuter war der Fahrer „deutlich zu schnell“ unterwegs."),
            "deutlich zu schnell",
            "Reuter",
        ),
    ),
    (
        "zufolge",
        _case(
            (
                "Einem Sprecher des Verkehrsministeriums zufolge soll die Brücke "
                "„frühestens im Herbst“ wieder freigegeben werden."
            ),
            "frühestens im Herbst",
            "Sprecher",
        ),
    ),
    (
        "frage-antwort",
        _case(
            (
                "Die Schauspielerin Lotte Baumann über ihre neue Rolle.\n"
                "\n"
                "Frage: Was hat Sie an der Figur gereizt?\n"
                "Antwort: „Dass sie so widersprüchlich ist. Sie lügt, und man "
                "mag sie trotzdem.“"
            ),
            "man mag sie trotzdem",
            "Baumann",
        ),
    ),
    (
        "frage-antwort-unquoted",
        _case(
            (
                "Im Gespräch: Feuerwehrkommandant Klaus Riedl.\n"
                "\n"
                "Frage: Wie war die Nacht?\n"
                "Antwort: Lang. Wir hatten sieben Einsätze gleichzeitig."
            ),
            "sieben Einsätze",
            "Riedl",
            "an answer printed without quotation marks is not read as a quotation",
        ),
    ),
    (
        "hiess-es-mitteilung",
        _case(
            (
                "Das Unternehmen bedauere den Vorfall „außerordentlich“, hieß es "
                "in einer Mitteilung der Nordbahn AG."
            ),
            "außerordentlich",
            "Nordbahn",
        ),
    ),
    (
        "sprecherin",
        _case(
            (
                "„Wir prüfen den Vorgang“, sagte eine Sprecherin des "
                "Bundesfinanzministeriums am Freitag."
            ),
            "prüfen den Vorgang",
            "Sprecherin",
        ),
    ),
    (
        "dpa-told",
        _case(
            (
                "„Das ist ein schwarzer Tag für die Region“, sagte "
                "IG-Metall-Bezirksleiter Frank Oster der Deutschen "
                "Presse-Agentur."
            ),
            "schwarzer Tag",
            "Oster",
        ),
    ),
    (
        "konjunktiv-then-quote",
        _case(
            (
                "„Die Reform kommt zu spät“, sagte die Linken-Abgeordnete Sevim "
                "Aktaş. Viele Rentnerinnen könnten schon jetzt ihre Miete nicht "
                "zahlen. Die Regierung habe das jahrelang ignoriert. „Das ist "
                "beschämend“, sagte sie."
            ),
            "beschämend",
            "Aktaş",
            "a pronoun after reported speech takes the subject of the Konjunktiv clause",
        ),
    ),
    (
        "partial",
        _case(
            ("Landrat Dieter Kühn nannte die Entscheidung „einen Schlag ins Gesicht“ der Pendler."),
            "Schlag ins Gesicht",
            "Kühn",
        ),
    ),
    (
        "straight",
        _case(
            (
                'Trainer Mats Ekberg war nach dem Spiel bedient. "Wir haben uns '
                'selbst geschlagen", sagte der Schwede.'
            ),
            "selbst geschlagen",
            "Ekberg",
            "a nationality epithet ('der Schwede') is not taken up to the name before",
        ),
    ),
    (
        "cue-both",
        _case(
            (
                "„Ehrlich gesagt“, sagte Kapitänin Lea Sommer, „hatten wir mit "
                "so einem Spiel nicht gerechnet.“"
            ),
            "nicht gerechnet",
            "Sommer",
        ),
    ),
    (
        "para-next-konjunktiv",
        _case(
            (
                "Ministerpräsident Reinhold Gast hat sich in den Streit um die "
                "Windräder eingeschaltet.\n"
                "\n"
                "Die Sorgen der Anwohner nehme er ernst, sagte Gast. Aber: „Ohne "
                "neue Anlagen schaffen wir die Klimaziele nicht.“"
            ),
            "Klimaziele nicht",
            "Gast",
        ),
    ),
    (
        "nach-eigenen-worten",
        _case(
            ("Bürgermeister Heiko Lentz ist nach eigenen Worten „fassungslos“ über die Tat."),
            "fassungslos",
            "Lentz",
            "'nach eigenen Worten' with a one-word partial quotation finds no quotation",
        ),
    ),
    (
        "interview-title",
        _case(
            (
                "Im Interview mit der „Neuen Rundschau“ sagte Verdi-Chef Ralf "
                "Winter: „Ein Streik ist immer das letzte Mittel.“"
            ),
            "letzte Mittel",
            "Winter",
        ),
    ),
    (
        "schrieb-auf-x",
        _case(
            (
                "„Gute Nachrichten für alle Pendler!“, schrieb Verkehrsminister "
                "Olaf Greiner auf der Plattform X."
            ),
            "Gute Nachrichten",
            "Greiner",
        ),
    ),
    (
        "sprecher-named",
        _case(
            (
                "Ein Sprecher der Stadtwerke, Markus Lind, bestätigte den "
                "Ausfall. „Etwa 3000 Haushalte waren betroffen“, sagte Lind."
            ),
            "3000 Haushalte",
            "Lind",
        ),
    ),
    (
        "alternate-pronoun",
        _case(
            (
                "Anna Ziegler und Bernd Holm kennen sich seit der Schulzeit. "
                "Heute stehen sie auf verschiedenen Seiten.\n"
                "\n"
                "„Ich kämpfe für die Bäume“, sagt Ziegler. Holm schüttelt den "
                "Kopf. „Und ich für die Arbeitsplätze“, sagt er."
            ),
            "für die Arbeitsplätze",
            "Holm",
        ),
    ),
    (
        "ergaenzte-age",
        _case(
            (
                "CSU-Generalsekretär Florian Maier reagierte gelassen auf die "
                "Umfrage. Umfragen seien Momentaufnahmen, sagte er. Abgerechnet "
                "werde am Wahltag. „Wir haben noch viel vor“, ergänzte der "
                "41-Jährige."
            ),
            "noch viel vor",
            "Maier",
        ),
    ),
    (
        "apposition-after",
        _case(
            (
                "„Die Kinder kommen hungrig in die Schule“, sagt Birgit Olsen, "
                "die seit zwölf Jahren an der Grundschule am Stadtpark "
                "unterrichtet und dort auch das Frühstücksprojekt leitet."
            ),
            "hungrig in die Schule",
            "Olsen",
        ),
    ),
    (
        "laut-then-quote",
        _case(
            (
                "Laut Bundesagentur-Chefin Andrea Nahlen bleibt der Arbeitsmarkt "
                "robust. „Von einer Krise sind wir weit entfernt“, sagte Nahlen "
                "in Nürnberg."
            ),
            "weit entfernt",
            "Nahlen",
        ),
    ),
    (
        "hiess-es-institution",
        _case(
            (
                "„Die Sicherheit unserer Fahrgäste hat oberste Priorität“, hieß "
                "es von der Deutschen Bahn."
            ),
            "oberste Priorität",
            "Deutschen Bahn",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "Die Erinnerungen sind noch frisch. „Das Wasser kam mitten in "
                "der Nacht“, sagt Irmgard Lohse. „Wir konnten gerade noch die "
                "Katze retten.\n"
                "\n"
                "„Alles andere war weg. Die Fotos, die Briefe, alles.“"
            ),
            "Die Fotos, die Briefe",
            "Lohse",
        ),
    ),
    (
        "gruenen-politiker",
        _case(
            (
                "Der Grünen-Politiker Cem Aydın wies die Vorwürfe zurück. „Das "
                "ist frei erfunden“, sagte er dem „Tagesblatt“."
            ),
            "frei erfunden",
            "Aydın",
        ),
    ),
    (
        "man-werde-then-quote",
        _case(
            (
                "Bundesbildungsministerin Heike Sauer kündigte mehr Geld für "
                "Schulen an. Man werde die Länder nicht im Stich lassen, betonte "
                "sie. „Jeder Euro in Bildung ist gut angelegt.“"
            ),
            "gut angelegt",
            "Sauer",
        ),
    ),
    (
        "reported-partial",
        _case(
            (
                "Die Richterin Margit Fehr sagte bei der Urteilsverkündung, der "
                "Angeklagte habe „aus purer Habgier“ gehandelt."
            ),
            "purer Habgier",
            "Fehr",
        ),
    ),
    (
        "radio",
        _case(
            (
                "„Wir brauchen eine ehrliche Debatte über die Schuldenbremse“, "
                "sagte der SPD-Fraktionsvize Jens Hartung im Deutschlandfunk."
            ),
            "ehrliche Debatte",
            "Hartung",
        ),
    ),
    (
        "para-next-age",
        _case(
            (
                "Seit 30 Jahren betreibt Elfriede Kuhn den Kiosk am Bahnhof.\n"
                "\n"
                "„Hier kennt jeder jeden“, sagt die 68-Jährige. „Das gibt es in "
                "der Stadt sonst nirgends mehr.“"
            ),
            "sonst nirgends mehr",
            "Kuhn",
        ),
    ),
    (
        "qa-name-labels",
        _case(
            (
                "Ein Auszug aus dem Gespräch mit dem Dirigenten Paul Adler.\n"
                "\n"
                "Frage: Proben Sie gern?\n"
                "Adler: „Lieber als Konzerte geben, ehrlich gesagt.“"
            ),
            "Lieber als Konzerte",
            "Adler",
        ),
    ),
    (
        "teilte-mit",
        _case(
            ("Die Polizei teilte mit, der Mann sei „nicht ansprechbar“ gewesen."),
            "nicht ansprechbar",
            "Polizei",
        ),
    ),
    (
        "dpa-anfrage",
        _case(
            (
                "Auf dpa-Anfrage sagte ein Sprecher des Konzerns: „Zu "
                "Spekulationen äußern wir uns nicht.“"
            ),
            "Zu Spekulationen",
            "Sprecher",
        ),
    ),
    (
        "fuegte-hinzu",
        _case(
            (
                "Trainer Uwe Krämer sagte nach dem Abpfiff: „Wir haben verdient "
                "verloren“, und fügte hinzu: „Das muss man auch mal zugeben.“"
            ),
            "auch mal zugeben",
            "Krämer",
        ),
    ),
    (
        "pronoun-gender",
        _case(
            (
                "Lisa Brandt und Thomas Wolf leiten gemeinsam die Tafel. Sie "
                "kümmert sich um die Spenden, er um die Fahrer. „Ohne "
                "Ehrenamtliche ginge hier gar nichts“, sagt er."
            ),
            "Ohne Ehrenamtliche",
            "Wolf",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "Oberbürgermeisterin Claudia Reiß eröffnete am Samstag das neue "
                "Hallenbad. Rund 500 Besucher waren gekommen. Der Bau hatte sich "
                "um zwei Jahre verzögert und deutlich mehr gekostet als geplant. "
                "„Es hat sich gelohnt“, sagte Reiß."
            ),
            "hat sich gelohnt",
            "Reiß",
        ),
    ),
    (
        "zufolge-named",
        _case(
            ("Dem Virologen Henning Stahl zufolge ist die Welle „noch lange nicht vorbei“."),
            "noch lange nicht vorbei",
            "Stahl",
        ),
    ),
    (
        "konjunktiv-block-dpa",
        _case(
            (
                "Die Wirtschaftsweise Gabriele Voss rechnet mit einer Rezession. "
                "Die Industrie leide unter hohen Energiepreisen, die "
                "Bauwirtschaft unter den Zinsen. „Das nächste Jahr wird hart“, "
                "sagte sie der Deutschen Presse-Agentur."
            ),
            "nächste Jahr wird hart",
            "Voss",
        ),
    ),
    (
        "para-next-pronoun",
        _case(
            (
                "„Wir dürfen die Bauern nicht gegen den Klimaschutz ausspielen“, "
                "sagte die Grünen-Politikerin Ines Hartwig.\n"
                "\n"
                "Sie plädierte für höhere Fördersätze. „Wer umstellt, braucht "
                "Planungssicherheit“, sagte sie."
            ),
            "Planungssicherheit",
            "Hartwig",
        ),
    ),
    (
        "bezeichnete-partial",
        _case(
            (
                "Kanzleramtschef Stefan Rohde bezeichnete die Lage als „sehr "
                "ernst, aber beherrschbar“."
            ),
            "aber beherrschbar",
            "Rohde",
        ),
    ),
    (
        "straight-para-next",
        _case(
            (
                "Die Bürgerinitiative um Sprecherin Katja Merz sammelt seit "
                "Wochen Unterschriften.\n"
                "\n"
                '"Wir geben nicht auf", sagt Merz. "Der Park bleibt."'
            ),
            "Der Park bleibt",
            "Merz",
        ),
    ),
    (
        "ministry-erklaerte",
        _case(
            ("Das Bundesumweltministerium erklärte, man prüfe „alle rechtlichen Möglichkeiten“."),
            "rechtlichen Möglichkeiten",
            "Bundesumweltministerium",
        ),
    ),
    (
        "vor-journalisten",
        _case(
            (
                "„Ich trete nicht zurück“, sagte Landesminister Bernd Kaspar vor "
                "Journalisten in Mainz."
            ),
            "trete nicht zurück",
            "Kaspar",
        ),
    ),
    (
        "qa-unquoted-labels",
        _case(
            (
                "Der Kurier sprach mit dem neuen Rektor Johannes Brückner.\n"
                "\n"
                "Kurier: Herr Brückner, haben Sie Angst vor dem Amt?\n"
                "Brückner: Angst nicht. Aber großen Respekt."
            ),
            "großen Respekt",
            "Brückner",
            "an answer printed without quotation marks is not read as a quotation",
        ),
    ),
    (
        "apposition-erklaerte",
        _case(
            (
                "Werner Stolz, Geschäftsführer eines mittelständischen "
                "Maschinenbauers aus Schwaben mit 300 Beschäftigten, erklärte: "
                "„Die Bürokratie frisst uns auf.“"
            ),
            "frisst uns auf",
            "Stolz",
        ),
    ),
    (
        "multi-sentence",
        _case(
            (
                "„Die Mieten steigen schneller als die Löhne“, sagte "
                "Mieterbund-Präsidentin Ruth Albers. „Das kann auf Dauer nicht "
                "gutgehen. Wir fordern einen Mietenstopp.“"
            ),
            "Mietenstopp",
            "Albers",
        ),
    ),
    (
        "debate-labels",
        _case(
            (
                "Beim Streitgespräch zwischen dem FDP-Politiker Arne Schulz und "
                "der SPD-Politikerin Maren Petersen ging es hoch her.\n"
                "\n"
                "Schulz: „Die Steuern müssen runter.“\n"
                "Petersen: „Und wer bezahlt dann die Schulen?“"
            ),
            "wer bezahlt dann",
            "Petersen",
        ),
    ),
    (
        "so-x",
        _case(
            ("„Wir sind am Limit“, so Kita-Leiterin Doris Fink."),
            "am Limit",
            "Fink",
        ),
    ),
    (
        "konjunktiv-para",
        _case(
            (
                "Der Innenexperte der Union, Matthias Greve, fordert schärfere "
                "Regeln.\n"
                "\n"
                "Die bisherigen Maßnahmen hätten nicht gereicht, sagte Greve. "
                "Man müsse jetzt handeln, bevor es zu spät sei.\n"
                "\n"
                "„Wir haben lange genug geredet“, sagte er."
            ),
            "lange genug geredet",
            "Greve",
        ),
    ),
    (
        "polizeisprecher",
        _case(
            (
                "„Es gibt keine Hinweise auf ein Fremdverschulden“, sagte ein "
                "Polizeisprecher am Sonntag."
            ),
            "Fremdverschulden",
            "Polizeisprecher",
        ),
    ),
    (
        "heisst-es-schreiben",
        _case(
            (
                "In einem Schreiben des Insolvenzverwalters Rolf Decker heißt "
                "es: „Eine Fortführung des Betriebs ist nicht möglich.“"
            ),
            "Fortführung des Betriebs",
            "Decker",
        ),
    ),
    (
        "konjunktiv-then-quote",
        _case(
            (
                "Die Ärztin Nina Falkenberg berichtete von überfüllten "
                "Notaufnahmen. Patienten müssten oft stundenlang warten. „Manche "
                "gehen wieder, bevor wir sie überhaupt gesehen haben“, sagte sie."
            ),
            "überhaupt gesehen",
            "Falkenberg",
        ),
    ),
    (
        "chevrons",
        _case(
            (
                "»Wir sind stolz auf dieses Team«, sagte Vereinspräsident Karl "
                "Huber nach dem Aufstieg."
            ),
            "stolz auf dieses Team",
            "Huber",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "„Niemand hat uns gewarnt“, sagt Fischer Jens Ahlers. „Erst kam "
                "der Sturm, dann das Hochwasser.\n"
                "\n"
                "„Jetzt liegt mein Boot auf der Wiese.“"
            ),
            "Boot auf der Wiese",
            "Ahlers",
        ),
    ),
]

FRENCH: list[tuple[str, Case]] = [
    (
        "para-next",
        _case(
            (
                "Le maire de Saint-Aubin, Philippe Garnier, a présenté lundi son "
                "plan pour le centre-ville.\n"
                "\n"
                "« Nous voulons rendre les rues aux piétons », a-t-il déclaré. « "
                "Les voitures ont eu leur siècle. »"
            ),
            "eu leur siècle",
            "Garnier",
        ),
    ),
    (
        "selon",
        _case(
            (
                "Selon Claire Dumont, porte-parole de la préfecture, la "
                "situation est « sous contrôle »."
            ),
            "sous contrôle",
            "Dumont",
        ),
    ),
    (
        "selon-institution",
        _case(
            ("Selon le syndicat, « plus de 2 000 emplois » sont menacés dans la région."),
            "2 000 emplois",
            "syndicat",
        ),
    ),
    (
        "alternate",
        _case(
            (
                "« Ce projet est indispensable », a affirmé la ministre Sophie "
                "Lemaire. « Il est ruineux », a rétorqué le député Alain "
                "Ferrand. « Ruineux, non : ambitieux », a répondu Mme Lemaire."
            ),
            "ambitieux",
            "Lemaire",
        ),
    ),
    (
        "apposition",
        _case(
            (
                "Jeanne Roussel, infirmière depuis vingt ans à l’hôpital de "
                "Brest et déléguée syndicale, a confié : « On ne tient plus. »"
            ),
            "On ne tient plus",
            "Roussel",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "Marc Delorme a repris la boulangerie de son père en 2010. Il se "
                "lève chaque matin à trois heures. Le prix de la farine a doublé "
                "en deux ans. « Je ne sais pas combien de temps je tiendrai », "
                "ajoute-t-il."
            ),
            "combien de temps",
            "Delorme",
        ),
    ),
    (
        "incise",
        _case(
            ("« Nous avons fait, explique Lucie Martel, tout ce qui était possible. »"),
            "tout ce qui était possible",
            "Martel",
        ),
    ),
    (
        "communique",
        _case(
            (
                "Dans un communiqué, le groupe Verlac a indiqué qu’il « "
                "regrettait profondément » cet incident."
            ),
            "regrettait profondément",
            "Verlac",
        ),
    ),
    (
        "porte-parole-afp",
        _case(
            (
                "« Aucune décision n’a été prise », a déclaré à l’AFP un "
                "porte-parole du ministère des Armées."
            ),
            "Aucune décision",
            "porte-parole",
        ),
    ),
    (
        "question-reponse",
        _case(
            (
                "Entretien avec la romancière Hélène Vasseur.\n"
                "\n"
                "Question : Pourquoi ce titre ?\n"
                "Réponse : « Parce que tout le livre parle de ce qu’on n’ose pas "
                "dire. »"
            ),
            "ce qu’on n’ose pas dire",
            "Vasseur",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "« Quand je suis arrivé ici, il y avait trois usines », raconte "
                "Bernard Texier, ancien ouvrier. « Aujourd’hui, il n’en reste "
                "aucune.\n"
                "\n"
                "« Mes petits-enfants sont tous partis à Lyon. »"
            ),
            "partis à Lyon",
            "Texier",
        ),
    ),
    (
        "partial",
        _case(
            ("Le président du club, Henri Baudin, a qualifié l’arbitrage de « scandaleux »."),
            "scandaleux",
            "Baudin",
        ),
    ),
    (
        "interview-estime",
        _case(
            (
                "Dans un entretien au Matin du Sud, l’économiste Yasmina Cherki "
                "estime que « la reprise sera lente »."
            ),
            "reprise sera lente",
            "Cherki",
        ),
    ),
    (
        "ecrit-sur-x",
        _case(
            ("« Bravo à nos sapeurs-pompiers ! », a écrit sur X le préfet Laurent Giraud."),
            "Bravo à nos",
            "Giraud",
        ),
    ),
    (
        "para-next-pronoun",
        _case(
            (
                "Nadia Benali dirige l’association depuis 2018.\n"
                "\n"
                "« Les demandes ont triplé », précise-t-elle. « Nous manquons de "
                "tout, surtout de bénévoles. »"
            ),
            "surtout de bénévoles",
            "Benali",
        ),
    ),
    (
        "alternate-three",
        _case(
            (
                "Au marché, les avis divergent. « C’est trop cher », lance "
                "Paulette Rivière. « Moi, je trouve ça correct », répond Jacques "
                "Moreau, maraîcher. « Tout dépend de ce qu’on achète », tempère "
                "Élise Caron."
            ),
            "Tout dépend",
            "Caron",
        ),
    ),
    (
        "d-apres",
        _case(
            ("D’après le procureur Olivier Rance, le suspect a agi « avec préméditation »."),
            "avec préméditation",
            "Rance",
        ),
    ),
    (
        "straight",
        _case(
            (
                'L’entraîneur Didier Lambert était déçu. "On a manqué de tout ce '
                'soir", a-t-il reconnu.'
            ),
            "manqué de tout",
            "Lambert",
        ),
    ),
    (
        "apposition-after",
        _case(
            (
                "« Le village se vide », affirme Gisèle Arnaud, 74 ans, qui "
                "tient l’épicerie depuis un demi-siècle."
            ),
            "village se vide",
            "Arnaud",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "La ministre de la Santé, Agnès Perrin, s’est rendue mardi aux "
                "urgences de Lille. Elle y a rencontré des soignants épuisés. "
                "Plusieurs services ferment la nuit faute de personnel. « Nous "
                "allons recruter massivement », a-t-elle promis."
            ),
            "recruter massivement",
            "Perrin",
        ),
    ),
    (
        "communique-role",
        _case(
            (
                "« Le trafic reprendra progressivement dans la soirée », a "
                "indiqué la compagnie ferroviaire dans un communiqué."
            ),
            "reprendra progressivement",
            "compagnie",
        ),
    ),
    (
        "colon",
        _case(
            ("Le maire, Thierry Collin, a été clair : « Il n’y aura pas de hausse d’impôts. »"),
            "hausse d’impôts",
            "Collin",
        ),
    ),
    (
        "nested",
        _case(
            (
                "« Mon père me disait toujours : “Ne lâche jamais.” Je l’entends "
                "encore », se souvient la skieuse Camille Fabre."
            ),
            "Je l’entends encore",
            "Fabre",
        ),
    ),
    (
        "reported-partial",
        _case(
            ("Le député Paul Vidal a estimé que le texte était « mort-né »."),
            "mort-né",
            "Vidal",
        ),
    ),
    (
        "alternate-paras",
        _case(
            (
                "Deux voisins, deux visions.\n"
                "\n"
                "« Les éoliennes, c’est l’avenir », assure Romain Leclerc.\n"
                "\n"
                "« Elles gâchent le paysage », regrette Yvonne Marchand, sa "
                "voisine depuis trente ans.\n"
                "\n"
                "Leclerc hausse les épaules : « Le paysage changera de toute "
                "façon. »"
            ),
            "changera de toute façon",
            "Leclerc",
        ),
    ),
    (
        "a-t-il-ajoute",
        _case(
            (
                "Le directeur de l’usine, Franck Morel, a confirmé la fermeture. "
                "« C’est une décision douloureuse », a-t-il dit. Il a promis un "
                "accompagnement pour chaque salarié. « Personne ne sera laissé "
                "de côté », a-t-il ajouté."
            ),
            "laissé de côté",
            "Morel",
        ),
    ),
    (
        "qa-unquoted",
        _case(
            (
                "Trois questions à Antoine Ribaud, chef étoilé.\n"
                "\n"
                "Q : Votre plat préféré ?\n"
                "R : Une omelette bien faite. C’est le plus difficile."
            ),
            "omelette bien faite",
            "Ribaud",
            "an answer printed without quotation marks is not read as a quotation",
        ),
    ),
    (
        "incise-long",
        _case(
            (
                "« Il faut, a insisté la maire Sandrine Lebon, que l’État prenne "
                "enfin ses responsabilités. »"
            ),
            "prenne enfin ses responsabilités",
            "Lebon",
        ),
    ),
    (
        "role",
        _case(
            (
                "« On a entendu une explosion, puis plus rien », raconte un "
                "témoin, encore sous le choc."
            ),
            "entendu une explosion",
            "témoin",
        ),
    ),
    (
        "apposition-resume",
        _case(
            (
                "Karim Haddou, 32 ans, chauffeur-livreur à Marseille et père de "
                "deux enfants, résume : « On travaille plus pour gagner moins. »"
            ),
            "gagner moins",
            "Haddou",
        ),
    ),
]

SPANISH: list[tuple[str, Case]] = [
    (
        "para-next",
        _case(
            (
                "La alcaldesa de Villanueva, Carmen Rojas, visitó el martes los "
                "barrios afectados por la riada.\n"
                "\n"
                "«Vamos a reconstruir cada casa», dijo. «Nadie se quedará solo»."
            ),
            "Nadie se quedará solo",
            "Rojas",
        ),
    ),
    (
        "segun",
        _case(
            (
                "Según el portavoz de la Guardia Civil, Andrés Molina, el "
                "conductor «iba a más del doble de la velocidad permitida»."
            ),
            "doble de la velocidad",
            "Molina",
        ),
    ),
    (
        "alternate",
        _case(
            (
                "«Este presupuesto es un engaño», dijo el concejal Javier Soto. "
                "«Es el más social de la historia», replicó la teniente de "
                "alcalde Lucía Prieto. Soto insistió: «Los números no mienten»."
            ),
            "números no mienten",
            "Soto",
        ),
    ),
    (
        "apposition",
        _case(
            (
                "Rosa Méndez, enfermera del centro de salud desde hace veinte "
                "años y delegada sindical, aseguró: «Estamos al límite»."
            ),
            "al límite",
            "Méndez",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "El entrenador Diego Fuentes compareció tras la derrota. Evitó "
                "culpar al árbitro. El equipo suma cinco partidos sin ganar. "
                "«Tenemos que mirarnos al espejo», añadió."
            ),
            "mirarnos al espejo",
            "Fuentes",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "«Cuando llegué al pueblo había escuela, médico y dos bares», "
                "recuerda Tomás Herrera, de 81 años. «Hoy no queda nada.\n"
                "\n"
                "»Mis nietos solo vienen en agosto»."
            ),
            "solo vienen en agosto",
            "Herrera",
        ),
    ),
    (
        "comunicado",
        _case(
            (
                "En un comunicado, la empresa Aguas del Norte aseguró que el "
                "suministro está «garantizado»."
            ),
            "garantizado",
            "Aguas del Norte",
        ),
    ),
    (
        "portavoz",
        _case(
            ("«No hay ninguna decisión tomada», afirmó una portavoz del Ministerio de Sanidad."),
            "ninguna decisión tomada",
            "portavoz",
        ),
    ),
    (
        "qa",
        _case(
            (
                "Entrevista con la cantante Marta Ibáñez.\n"
                "\n"
                "P: ¿Qué le queda por hacer?\n"
                "R: «Todo. Siento que acabo de empezar»."
            ),
            "acabo de empezar",
            "Ibáñez",
        ),
    ),
    (
        "interview",
        _case(
            (
                "En una entrevista con Radio Costa, el ministro de Agricultura, "
                "Luis Ortega, afirmó que la sequía «es la peor en medio siglo»."
            ),
            "peor en medio siglo",
            "Ortega",
        ),
    ),
    (
        "escribio-en-x",
        _case(
            ("«Un día histórico para Andalucía», escribió en X la consejera Pilar Navas."),
            "día histórico",
            "Navas",
        ),
    ),
    (
        "incise",
        _case(
            (
                "«Lo que pedimos», explicó el portavoz vecinal Ernesto Gil, «es "
                "que por fin nos escuchen»."
            ),
            "por fin nos escuchen",
            "Gil",
        ),
    ),
    (
        "partial",
        _case(
            ("El presidente de la patronal, Ramón Aguirre, calificó la medida de «disparate»."),
            "disparate",
            "Aguirre",
        ),
    ),
    (
        "de-acuerdo-con",
        _case(
            ("De acuerdo con la fiscal Elena Castro, el acusado actuó «con total frialdad»."),
            "total frialdad",
            "Castro",
        ),
    ),
    (
        "alternate-three",
        _case(
            (
                "En la cola del paro, las historias se repiten. «Llevo un año "
                "buscando», cuenta Ana Vidal. «Yo, dos», dice Mario Serrano. «Y "
                "yo ya ni busco», admite Pedro Lago."
            ),
            "ya ni busco",
            "Lago",
        ),
    ),
    (
        "dropped-subject-later",
        _case(
            (
                "La investigadora Sofía Romero lleva diez años estudiando los "
                "glaciares del Pirineo. Su equipo ha documentado una pérdida del "
                "80 %. Los datos se publicarán en otoño. «Estamos llegando "
                "tarde», advirtió."
            ),
            "llegando tarde",
            "Romero",
        ),
    ),
    (
        "straight",
        _case(
            ('El capitán, Raúl Benítez, fue claro: "Hemos fallado a la afición".'),
            "fallado a la afición",
            "Benítez",
        ),
    ),
    (
        "alternate-paras",
        _case(
            (
                "Dos hermanos, dos caminos.\n"
                "\n"
                "«Yo me quedé con el campo», dice Julián Pardo.\n"
                "\n"
                "«Y yo me fui a Madrid y no me arrepiento», responde su hermana "
                "Inés.\n"
                "\n"
                "Julián sonríe: «Eso dice ahora»."
            ),
            "Eso dice ahora",
            "Julián",
        ),
    ),
    (
        "reported-partial",
        _case(
            (
                "La jueza Marina Ferrer consideró que la conducta del acusado "
                "fue «especialmente grave»."
            ),
            "especialmente grave",
            "Ferrer",
        ),
    ),
    (
        "portavoz-named",
        _case(
            (
                "Un portavoz de la compañía, Sergio Llorente, confirmó el "
                "cierre. «Es una decisión muy dura», dijo Llorente."
            ),
            "decisión muy dura",
            "Llorente",
        ),
    ),
    (
        "agencia",
        _case(
            (
                "«No vamos a dimitir», afirmó a la agencia EFE el secretario "
                "general del sindicato, Alberto Cano."
            ),
            "No vamos a dimitir",
            "Cano",
        ),
    ),
    (
        "anadio-after",
        _case(
            (
                "«Hemos recuperado la normalidad», dijo el director del "
                "hospital, Francisco Lema. Reconoció, sin embargo, que aún "
                "quedan pacientes en los pasillos. «No es suficiente», añadió."
            ),
            "No es suficiente",
            "Lema",
        ),
    ),
    (
        "nested",
        _case(
            (
                "«Mi madre siempre decía: “Quien trabaja no pasa hambre”. Ya no "
                "es verdad», lamenta Dolores Ruiz, limpiadora."
            ),
            "Ya no es verdad",
            "Ruiz",
        ),
    ),
    (
        "institution",
        _case(
            (
                "El Ayuntamiento de Soria informó de que las obras estarán "
                "listas «antes del verano»."
            ),
            "antes del verano",
            "Ayuntamiento",
        ),
    ),
    (
        "apposition-after",
        _case(
            (
                "«Aquí nadie cierra la puerta con llave», cuenta Vicente Toledo, "
                "pastor jubilado que ha vivido toda su vida en la aldea."
            ),
            "puerta con llave",
            "Toledo",
        ),
    ),
    (
        "para-next-role",
        _case(
            (
                "Irene Salas, de 34 años, abrió su librería en plena pandemia.\n"
                "\n"
                "«Todos me decían que estaba loca», recuerda la librera. «Quizá "
                "lo estaba»."
            ),
            "Quizá lo estaba",
            "Salas",
            "a Romance noun of a trade ('la librera') is not taken up to the name before",
        ),
    ),
    (
        "qa-unquoted",
        _case(
            (
                "Tres preguntas a Gonzalo Reyes, cocinero.\n"
                "\n"
                "P: ¿Su plato favorito?\n"
                "R: Una tortilla bien hecha. Es lo más difícil."
            ),
            "tortilla bien hecha",
            "Reyes",
            "an answer printed without quotation marks is not read as a quotation",
        ),
    ),
    (
        "dropped-subject",
        _case(
            (
                "El presidente autonómico, Manuel Ordóñez, defendió la reforma "
                "en el parlamento. «Es la ley que esta tierra necesitaba», dijo. "
                "Después pidió el apoyo de la oposición."
            ),
            "esta tierra necesitaba",
            "Ordóñez",
        ),
    ),
    (
        "a-juicio-de",
        _case(
            ("A juicio del economista Germán Pizarro, la subida de tipos «llega demasiado tarde»."),
            "demasiado tarde",
            "Pizarro",
        ),
    ),
    (
        "apposition-colon",
        _case(
            (
                "Lucía Benavente, vecina del barrio desde 1975 y presidenta de "
                "la asociación de vecinos, lo resume así: «Nos están echando "
                "poco a poco»."
            ),
            "echando poco a poco",
            "Benavente",
        ),
    ),
]

ITALIAN: list[tuple[str, Case]] = [
    (
        "para-next",
        _case(
            (
                "Il sindaco di Castelrotto, Marco Bellini, ha presentato ieri il "
                "nuovo piano per il traffico.\n"
                "\n"
                "«Vogliamo un centro senza auto», ha detto. «Ci vorrà tempo, ma "
                "ci arriveremo»."
            ),
            "ci arriveremo",
            "Bellini",
        ),
    ),
    (
        "secondo",
        _case(
            (
                "Secondo il portavoce della Protezione civile, Davide Conti, la "
                "situazione è «in via di miglioramento»."
            ),
            "via di miglioramento",
            "Conti",
        ),
    ),
    (
        "alternate",
        _case(
            (
                "«Questa legge è un errore», ha detto la senatrice Giulia Ferri. "
                "«È un passo avanti», ha replicato il ministro Paolo Greco. "
                "Ferri ha insistito: «Un passo nel vuoto»."
            ),
            "passo nel vuoto",
            "Ferri",
        ),
    ),
    (
        "apposition",
        _case(
            (
                "Anna Mancini, infermiera da vent’anni all’ospedale di Pavia e "
                "rappresentante sindacale, ha spiegato: «Siamo allo stremo»."
            ),
            "allo stremo",
            "Mancini",
        ),
    ),
    (
        "added-later",
        _case(
            (
                "L’allenatore Stefano Ricci si è presentato in sala stampa dopo "
                "la sconfitta. Non ha cercato scuse. La squadra è ultima in "
                "classifica. «Dobbiamo ripartire dall’umiltà», ha aggiunto."
            ),
            "ripartire dall’umiltà",
            "Ricci",
        ),
    ),
    (
        "continued-para",
        _case(
            (
                "«Quando ho aperto la bottega c’erano dieci artigiani in questa "
                "via», racconta Giuseppe Lodi, liutaio. «Adesso sono rimasto "
                "solo io.\n"
                "\n"
                "«I giovani vogliono lavorare al computer, non con le mani»."
            ),
            "non con le mani",
            "Lodi",
        ),
    ),
    (
        "nota",
        _case(
            (
                "In una nota, la società Ferrovie Alpine ha spiegato che il "
                "servizio riprenderà «entro stasera»."
            ),
            "entro stasera",
            "Ferrovie Alpine",
        ),
    ),
    (
        "portavoce",
        _case(
            (
                "«Non ci sono decisioni prese», ha dichiarato un portavoce del "
                "ministero dell’Interno."
            ),
            "decisioni prese",
            "portavoce",
        ),
    ),
    (
        "qa",
        _case(
            (
                "Intervista alla scrittrice Elena Marchetti.\n"
                "\n"
                "D: Perché questo libro?\n"
                "R: «Perché avevo un debito con mia nonna»."
            ),
            "debito con mia nonna",
            "Marchetti",
        ),
    ),
    (
        "interview",
        _case(
            (
                "In un’intervista al Corriere del Lago, il presidente della "
                "regione, Franco Vitale, ha detto che i fondi arriveranno «entro "
                "l’estate»."
            ),
            "entro l’estate",
            "Vitale",
        ),
    ),
    (
        "scritto-su-x",
        _case(
            ("«Grazie a tutti i volontari», ha scritto su X il sindaco Luca Moretti."),
            "tutti i volontari",
            "Moretti",
        ),
    ),
    (
        "incise",
        _case(
            ("«Il problema», ha spiegato il professor Alberto Sala, «è che nessuno vuole pagare»."),
            "nessuno vuole pagare",
            "Sala",
        ),
    ),
    (
        "partial",
        _case(
            (
                "Il presidente di Confartigiani, Renato Galli, ha definito il "
                "decreto «un pasticcio»."
            ),
            "un pasticcio",
            "Galli",
        ),
    ),
    (
        "stando-a",
        _case(
            ("Stando al procuratore Massimo Lombardi, l’indagato avrebbe agito «con lucidità»."),
            "con lucidità",
            "Lombardi",
        ),
    ),
    (
        "alternate-three",
        _case(
            (
                "Al mercato le opinioni sono diverse. «È tutto troppo caro», "
                "dice Rosa Testa. «A me sembra giusto», risponde Carlo Neri, "
                "fruttivendolo. «Dipende da cosa compri», commenta Lidia Fontana."
            ),
            "Dipende da cosa compri",
            "Fontana",
        ),
    ),
    (
        "dropped-subject-later",
        _case(
            (
                "La ricercatrice Chiara Villa studia da dieci anni i ghiacciai "
                "del Monte Rosa. Il suo gruppo ha misurato un arretramento "
                "record. I dati saranno pubblicati a ottobre. «Non c’è più "
                "tempo», ha avvertito."
            ),
            "Non c’è più tempo",
            "Villa",
        ),
    ),
    (
        "straight",
        _case(
            ('Il capitano Simone Rizzo è stato netto: "Abbiamo deluso i tifosi".'),
            "deluso i tifosi",
            "Rizzo",
        ),
    ),
    (
        "alternate-paras",
        _case(
            (
                "Due sorelle, due scelte.\n"
                "\n"
                "«Io sono rimasta in paese», dice Teresa Bruno.\n"
                "\n"
                "«Io sono partita per Milano e non torno», ribatte la sorella "
                "Marta.\n"
                "\n"
                "Teresa sorride: «Lo dice ogni Natale»."
            ),
            "ogni Natale",
            "Teresa",
        ),
    ),
    (
        "reported-partial",
        _case(
            (
                "Il giudice Antonio Serra ha ritenuto il comportamento "
                "dell’imputato «particolarmente grave»."
            ),
            "particolarmente grave",
            "Serra",
            "a short partial quotation after a verb of judgement is not attributed",
        ),
    ),
    (
        "portavoce-named",
        _case(
            (
                "Un portavoce dell’azienda, Matteo Costa, ha confermato la "
                "chiusura. «È una scelta dolorosa», ha detto Costa."
            ),
            "scelta dolorosa",
            "Costa",
        ),
    ),
    (
        "agency",
        _case(
            (
                "«Non ci dimetteremo», ha detto all’ANSA il segretario del "
                "sindacato, Roberto Fabbri."
            ),
            "Non ci dimetteremo",
            "Fabbri",
        ),
    ),
    (
        "aggiunto-after",
        _case(
            (
                "«Abbiamo ripristinato la normalità», ha detto il direttore "
                "sanitario, Paolo Rinaldi. Ha riconosciuto però che ci sono "
                "ancora pazienti nei corridoi. «Non basta», ha aggiunto."
            ),
            "Non basta",
            "Rinaldi",
        ),
    ),
    (
        "nested",
        _case(
            (
                "«Mio padre diceva sempre: “Chi lavora non resta senza pane”. "
                "Oggi non è più vero», dice Luisa Gatti, operaia."
            ),
            "Oggi non è più vero",
            "Gatti",
        ),
    ),
    (
        "institution",
        _case(
            (
                "Il Comune di Bergamo ha fatto sapere che i lavori saranno "
                "conclusi «prima dell’estate»."
            ),
            "prima dell’estate",
            "Comune",
            "a short partial quotation after 'ha fatto sapere che' is not found",
        ),
    ),
    (
        "apposition-after",
        _case(
            (
                "«Qui nessuno chiude la porta a chiave», racconta Vittorio Pace, "
                "pastore in pensione che ha vissuto tutta la vita nel borgo."
            ),
            "porta a chiave",
            "Pace",
        ),
    ),
    (
        "para-next-role",
        _case(
            (
                "Sara De Luca, 34 anni, ha aperto la sua libreria in piena "
                "pandemia.\n"
                "\n"
                "«Tutti mi dicevano che ero pazza», ricorda la libraia. «Forse "
                "lo ero»."
            ),
            "Forse lo ero",
            "De Luca",
            "a Romance noun of a trade ('la librera') is not taken up to the name before",
        ),
    ),
    (
        "dropped-subject",
        _case(
            (
                "Il governatore Enrico Valli ha difeso la riforma in consiglio "
                "regionale. «È la legge che questa terra aspettava», ha detto. "
                "Poi ha chiesto il sostegno dell’opposizione."
            ),
            "questa terra aspettava",
            "Valli",
        ),
    ),
    (
        "a-detta-di",
        _case(
            ("A detta dell’economista Federica Longo, il taglio dei tassi «arriva troppo tardi»."),
            "troppo tardi",
            "Longo",
        ),
    ),
    (
        "apposition-colon",
        _case(
            (
                "Giovanna Ferraro, residente nel quartiere dal 1970 e presidente "
                "del comitato di zona, lo riassume così: «Ci stanno cacciando un "
                "po’ alla volta»."
            ),
            "un po’ alla volta",
            "Ferraro",
        ),
    ),
    (
        "para-next-narration",
        _case(
            (
                "Il comandante dei vigili del fuoco, Ugo Marini, ha coordinato i "
                "soccorsi per tutta la notte.\n"
                "\n"
                "Le fiamme sono state domate solo all’alba. «I miei uomini sono "
                "stati straordinari», ha spiegato Marini. «Nessuno si è tirato "
                "indietro»."
            ),
            "Nessuno si è tirato indietro",
            "Marini",
        ),
    ),
]


def _params() -> list[object]:
    params: list[object] = []
    for lang, rows in (
        ("en", ENGLISH),
        ("de", GERMAN),
        ("fr", FRENCH),
        ("es", SPANISH),
        ("it", ITALIAN),
    ):
        for i, (construction, (text, quoted, want, reason)) in enumerate(rows, 1):
            params.append(
                pytest.param(
                    text,
                    quoted,
                    want,
                    lang,
                    id=f"{lang}-{i:02d}-{construction}",
                    marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [],
                )
            )
    return params


@pytest.mark.parametrize(("text", "quoted", "want", "language"), _params())
def test_quote_speaker(text: str, quoted: str, want: str, language: str) -> None:
    assert speaker_overlaps(text, quoted, want, language)
