"""Blind probe, round five: quotation speakers in invented wire and local copy.

Every passage is written fresh for this probe; names are invented.  Written by a
helper who read neither the rules nor their tests: 100 English passages of US
political and wire copy, 50 German of dpa copy.  On the code it was first run
against, 144 of the 150 passed (en 97, de 47); the German time phrase between a
verb and its subject ("sagte am Freitag der Bürgermeister …") was fixed with its
own test (``test_quotes_round4_mechanisms.py``), and the rest are strict xfails
naming their construction.
"""

from __future__ import annotations

import pytest

from quote_helpers import Case, speaker_overlaps
from quote_helpers import case as _case

ENGLISH: list[tuple[str, Case]] = [
    (
        "said-after-name",
        _case(
            "“We are not going to let this bill die in committee,” Sen. Harold Pruitt said "
            "Tuesday.",
            "die in committee",
            "Harold Pruitt",
        ),
    ),
    (
        "said-before-name",
        _case(
            "“The numbers simply do not add up,” said Rep. Dana Whitcomb, a Democrat from Oregon.",
            "do not add up",
            "Dana Whitcomb",
        ),
    ),
    (
        "gov-title-after",
        _case(
            "“Every county will get its fair share of the money,” Gov. Lyle Brennan told "
            "reporters at the statehouse.",
            "fair share",
            "Lyle Brennan",
        ),
    ),
    (
        "press-secretary-title",
        _case(
            "“The president has full confidence in his team,” White House press secretary "
            "Marisol Keane said at Thursday's briefing.",
            "full confidence",
            "Marisol Keane",
        ),
    ),
    (
        "secretary-of-state",
        _case(
            "“Our allies know exactly where we stand,” Secretary of State Conrad Ellery said "
            "after meeting his counterparts in Brussels.",
            "exactly where we stand",
            "Conrad Ellery",
        ),
    ),
    (
        "long-apposition",
        _case(
            "“This is a turning point for rural hospitals,” said Rebecca Stanfield, a former "
            "state health commissioner who now advises the campaign of a Senate candidate in "
            "Montana.",
            "turning point",
            "Rebecca Stanfield",
        ),
    ),
    (
        "told-cnn",
        _case(
            "“I think the voters are tired of the shouting,” Rep. Tobias Garland told CNN on "
            "Sunday.",
            "tired of the shouting",
            "Tobias Garland",
        ),
    ),
    (
        "said-in-statement",
        _case(
            "“Today's ruling confirms what we have argued from the start,” Attorney General "
            "Priya Rosen said in a statement.",
            "argued from the start",
            "Priya Rosen",
        ),
    ),
    (
        "wrote-on-x",
        _case(
            "“Wheels up for Des Moines. Big crowd expected tonight!” Sen. Wade Holloway wrote "
            "on X.",
            "Big crowd expected",
            "Wade Holloway",
        ),
    ),
    (
        "rally-in-ohio",
        _case(
            "“They want you to give up, and we will never give up,” Mayor Felicia Dunmore said "
            "at a rally in Ohio on Saturday.",
            "never give up",
            "Felicia Dunmore",
        ),
    ),
    (
        "split-quote",
        _case(
            "“We have the votes,” Senate Majority Leader Grant Ashby said, “and we will bring "
            "it to the floor next week.”",
            "bring it to the floor",
            "Grant Ashby",
        ),
    ),
    (
        "split-quote-first-part",
        _case(
            "“We have the votes,” Senate Majority Leader Grant Ashby said, “and we will bring "
            "it to the floor next week.”",
            "We have the votes",
            "Grant Ashby",
        ),
    ),
    (
        "partial-quote-called",
        _case(
            "Sen. Mabel Ortiz called the governor's spending plan “reckless and shortsighted” "
            "in a floor speech Wednesday.",
            "reckless and shortsighted",
            "Mabel Ortiz",
        ),
    ),
    (
        "partial-quote-described",
        _case(
            "The campaign manager, Derek Villanueva, described the debate performance as “a "
            "knockout by any measure.”",
            "knockout by any measure",
            "Derek Villanueva",
        ),
    ),
    (
        "indictment-says",
        _case(
            "“The defendant knowingly concealed the payments from federal investigators,” the "
            "indictment says.",
            "knowingly concealed",
            "the indictment",
        ),
    ),
    (
        "anonymous-official",
        _case(
            "“Nobody in the building expected the vote to slip this far,” a senior "
            "administration official said, speaking on condition of anonymity to describe "
            "internal talks.",
            "slip this far",
            "a senior administration official",
        ),
    ),
    (
        "pronoun-next-sentence",
        _case(
            "Gov. Annette Borowski signed the budget late Friday. “It is not perfect, but it "
            "keeps the lights on,” she said.",
            "keeps the lights on",
            "Annette Borowski",
        ),
    ),
    (
        "pronoun-he-next",
        _case(
            "Rep. Calvin Mercer left the caucus meeting early. “I have said everything I need "
            "to say,” he told reporters.",
            "everything I need to say",
            "Calvin Mercer",
        ),
    ),
    (
        "two-speakers-first",
        _case(
            "“The tariff will raise prices on families,” said Sen. Judith Kersey. “That claim "
            "has been debunked again and again,” countered Rep. Nolan Tate.",
            "raise prices on families",
            "Judith Kersey",
        ),
    ),
    (
        "two-speakers-second",
        _case(
            "“The tariff will raise prices on families,” said Sen. Judith Kersey. “That claim "
            "has been debunked again and again,” countered Rep. Nolan Tate.",
            "debunked again and again",
            "Nolan Tate",
        ),
    ),
    (
        "according-to",
        _case(
            "The governor will “not sign anything that raises the gas tax,” according to his "
            "spokesman, Elliot Parr.",
            "raises the gas tax",
            "Elliot Parr",
        ),
    ),
    (
        "paraphrase-then-quote",
        _case(
            "Sen. Ruth Albrecht said she would oppose the nominee. “His record on voting "
            "rights disqualifies him,” Albrecht said.",
            "disqualifies him",
            "Albrecht",
        ),
    ),
    (
        "colon-intro",
        _case(
            "Speaker Bernard Lyle put it bluntly: “There will be no shutdown on my watch.”",
            "no shutdown on my watch",
            "Bernard Lyle",
        ),
    ),
    (
        "said-name-first-then-quote",
        _case(
            "Rep. Iris Caldwell said, “We will subpoena every document we need.”",
            "subpoena every document",
            "Iris Caldwell",
        ),
    ),
    (
        "judge-wrote",
        _case(
            "“The plaintiffs have not shown that they suffered any concrete injury,” U.S. "
            "District Judge Hollis Fenwick wrote in a 34-page opinion.",
            "concrete injury",
            "Hollis Fenwick",
        ),
    ),
    (
        "pollster-said",
        _case(
            "“Independents are breaking late, and they are breaking hard,” said Marcy Quill, "
            "director of the Harwood University poll.",
            "breaking late",
            "Marcy Quill",
        ),
    ),
    (
        "debate-stage",
        _case(
            "“You had four years and you did nothing,” former Gov. Sterling Pike said during "
            "Tuesday night's debate.",
            "did nothing",
            "Sterling Pike",
        ),
    ),
    (
        "tv-interview-fox",
        _case(
            "“I am not ruling anything out,” Sen. Opal Whitaker said Sunday during a sit-down "
            "on Fox News.",
            "not ruling anything out",
            "Opal Whitaker",
        ),
    ),
    (
        "meet-the-press",
        _case(
            "Treasury Secretary Julian Marsh said on NBC's “Meet the Press” that “a default is "
            "simply not an option for this country.”",
            "default is simply not an option",
            "Julian Marsh",
        ),
    ),
    (
        "spokesperson-for",
        _case(
            "“The senator looks forward to reviewing the final text,” said Hannah Prescott, a "
            "spokeswoman for Sen. Gideon Ware.",
            "reviewing the final text",
            "Hannah Prescott",
        ),
    ),
    (
        "reuters-style-said-on-day",
        _case(
            "WASHINGTON (Reuters) - “We are prepared to act if inflation does not cool,” "
            "Federal Reserve Governor Alma Treviño said on Monday.",
            "prepared to act",
            "Alma Treviño",
        ),
    ),
    (
        "ap-dateline",
        _case(
            "COLUMBUS, Ohio (AP) — “This race is going to come down to turnout in the "
            "suburbs,” said Eugene Farrow, the state Democratic Party chairman.",
            "turnout in the suburbs",
            "Eugene Farrow",
        ),
    ),
    (
        "politico-style",
        _case(
            "“Leadership is whipping this hard,” one House Republican aide said. “They don't "
            "want a repeat of last spring.”",
            "whipping this hard",
            "one House Republican aide",
        ),
    ),
    (
        "continuation-quote",
        _case(
            "“Leadership is whipping this hard,” one House Republican aide said. “They don't "
            "want a repeat of last spring.”",
            "repeat of last spring",
            "one House Republican aide",
        ),
    ),
    (
        "local-paper-councilman",
        _case(
            "“Our roads have been neglected for a decade,” said Councilman Rudy Feltz, who "
            "represents the city's east side.",
            "neglected for a decade",
            "Rudy Feltz",
        ),
    ),
    (
        "voter-at-rally",
        _case(
            "“I drove three hours to be here tonight,” said Loretta Banks, 67, a retired "
            "teacher from Dayton.",
            "drove three hours",
            "Loretta Banks",
        ),
    ),
    (
        "added-continuation",
        _case(
            "Sen. Martin Hale said the deal was close. “We are maybe two or three issues "
            "away,” he added.",
            "two or three issues away",
            "Martin Hale",
        ),
    ),
    (
        "said-at-hearing",
        _case(
            "“Did you or did you not meet with the lobbyist?” Rep. Constance Irving asked the "
            "witness at Thursday's hearing.",
            "meet with the lobbyist",
            "Constance Irving",
        ),
    ),
    (
        "witness-answered",
        _case(
            "Asked whether he had met with the lobbyist, former aide Peter Voss answered, “I "
            "do not recall any such meeting.”",
            "do not recall",
            "Peter Voss",
        ),
    ),
    (
        "campaign-statement",
        _case(
            "“Our opponent is hiding from the voters,” the Kessler campaign said in a "
            "statement Friday.",
            "hiding from the voters",
            "the Kessler campaign",
        ),
    ),
    (
        "report-states",
        _case(
            "“The agency failed to track billions of dollars in pandemic aid,” the inspector "
            "general's report states.",
            "failed to track billions",
            "the inspector general's report",
            "a verb that is also a noun ('states') after a quotation and its subject is no cue",
        ),
    ),
    (
        "lawsuit-alleges",
        _case(
            "The lawsuit alleges that county officials “deliberately purged eligible voters” "
            "ahead of the primary.",
            "deliberately purged",
            "The lawsuit",
        ),
    ),
    (
        "said-surname-only-later",
        _case(
            "Mayor Tricia Langford announced her reelection bid on Monday. “I am not done "
            "yet,” Langford said to cheers.",
            "not done yet",
            "Langford",
        ),
    ),
    (
        "former-president",
        _case(
            "“I never saw anything like it,” former President Walter Grayson told the crowd in "
            "Phoenix.",
            "never saw anything like it",
            "Walter Grayson",
        ),
    ),
    (
        "supreme-court-justice",
        _case(
            "“The statute says what it says,” Justice Miriam Oakes wrote for the majority.",
            "says what it says",
            "Miriam Oakes",
        ),
    ),
    (
        "dissent-wrote",
        _case(
            "In a sharp dissent, Justice Leonard Fry wrote that the majority had “abandoned a "
            "century of precedent.”",
            "abandoned a century",
            "Leonard Fry",
        ),
    ),
    (
        "posted-on-truth-social",
        _case(
            "“The polls are fake and everyone knows it,” the candidate, Roland Tierney, posted "
            "on Truth Social late Saturday.",
            "polls are fake",
            "Roland Tierney",
        ),
    ),
    (
        "instagram-post",
        _case(
            "Rep. Keisha Monroe posted a video on Instagram in which she said, “I will not be "
            "silenced by these threats.”",
            "not be silenced",
            "Keisha Monroe",
        ),
    ),
    (
        "said-without-title",
        _case(
            "“Nobody voted for this,” Dwight Abernathy said.",
            "Nobody voted for this",
            "Dwight Abernathy",
        ),
    ),
    (
        "majority-whip",
        _case(
            "“We are one or two votes short,” House Majority Whip Eleanor Vance told Politico "
            "on Wednesday.",
            "one or two votes short",
            "Eleanor Vance",
        ),
    ),
    (
        "state-senator-party-state",
        _case(
            "“This is a tax cut for people who do not need one,” said state Sen. Arturo "
            "Delgado, D-Tucson.",
            "do not need one",
            "Arturo Delgado",
        ),
    ),
    (
        "party-abbrev-parens",
        _case(
            "“The border is not a talking point,” Sen. Clifford Bain (R-Texas) said on the "
            "Senate floor.",
            "not a talking point",
            "Clifford Bain",
        ),
    ),
    (
        "spokesman-unnamed",
        _case(
            "“We will review the decision and consider our options,” a spokesman for the "
            "Justice Department said.",
            "consider our options",
            "a spokesman for the Justice Department",
        ),
    ),
    (
        "said-quote-mid-sentence",
        _case(
            "Gov. Nathaniel Reyes said the storm response had been “as fast as humanly "
            "possible” and promised more aid.",
            "fast as humanly possible",
            "Nathaniel Reyes",
        ),
    ),
    (
        "warned",
        _case(
            "“If the levee fails, there is no plan B,” warned Corinne Haddad, the county's "
            "emergency manager.",
            "no plan B",
            "Corinne Haddad",
        ),
    ),
    (
        "insisted-pronoun",
        _case(
            "The senator was asked about the missing emails. “There is nothing to see here,” "
            "Sen. Bradley Kwan insisted.",
            "nothing to see here",
            "Bradley Kwan",
        ),
    ),
    (
        "she-said-two-sentences-later",
        _case(
            "Lt. Gov. Rosalind Chu spent the morning touring flood damage. She met with "
            "farmers and local officials. “These families need help now, not next month,” she "
            "said.",
            "need help now",
            "Rosalind Chu",
        ),
    ),
    (
        "campaign-chair",
        _case(
            "“We have more volunteers in Pennsylvania than we had in the entire country four "
            "years ago,” campaign chair Beverly Olsen said on a call with reporters.",
            "more volunteers in Pennsylvania",
            "Beverly Olsen",
        ),
    ),
    (
        "told-the-associated-press",
        _case(
            "“I was not consulted, and I would have said no,” Rep. Gordon Pryce told The "
            "Associated Press.",
            "not consulted",
            "Gordon Pryce",
        ),
    ),
    (
        "said-in-an-email",
        _case(
            "“The secretary stands by her testimony,” department spokeswoman Lena Fischer said "
            "in an email.",
            "stands by her testimony",
            "Lena Fischer",
        ),
    ),
    (
        "prosecutor-said-court",
        _case(
            "“He lied to the grand jury, and he lied to you,” Assistant U.S. Attorney Simone "
            "Beckett told jurors in her closing argument.",
            "lied to the grand jury",
            "Simone Beckett",
        ),
    ),
    (
        "defense-attorney",
        _case(
            "“My client is innocent and we look forward to trial,” said defense attorney "
            "Maxwell Trent outside the courthouse.",
            "look forward to trial",
            "Maxwell Trent",
        ),
    ),
    (
        "memo-reads",
        _case(
            "“Staff should avoid putting any of this in writing,” the memo reads.",
            "avoid putting any of this",
            "the memo",
        ),
    ),
    (
        "filing-states",
        _case(
            "Lawyers for the state argued in a filing that the new map “reflects neutral, "
            "traditional criteria.”",
            "neutral, traditional criteria",
            "Lawyers for the state",
        ),
    ),
    (
        "people-familiar",
        _case(
            "“He is furious and he is not hiding it,” said one person familiar with the "
            "president's thinking.",
            "furious",
            "one person familiar with the president's thinking",
        ),
    ),
    (
        "according-to-spokesperson-before",
        _case(
            "According to Vincent Obi, a spokesman for the governor, the veto was “never in "
            "doubt.”",
            "never in doubt",
            "Vincent Obi",
        ),
    ),
    (
        "said-quote-line-breaks-sentence",
        _case(
            "“Frankly,” Sen. Audrey Lindqvist said, “I expected better from this administration.”",
            "expected better",
            "Audrey Lindqvist",
        ),
    ),
    (
        "question-quote",
        _case(
            "“Where was the oversight?” asked Rep. Dominic Farrell, the ranking member of the "
            "committee.",
            "Where was the oversight",
            "Dominic Farrell",
        ),
    ),
    (
        "exclamation-rally",
        _case(
            "“Four more years!” the crowd chanted as Gov. Lyle Brennan took the stage.",
            "Four more years",
            "the crowd",
        ),
    ),
    (
        "press-sec-pronoun",
        _case(
            "Press secretary Owen Hartley declined to give a timeline. “The president will "
            "decide when he decides,” he said.",
            "decide when he decides",
            "Owen Hartley",
        ),
    ),
    (
        "chief-of-staff",
        _case(
            "“We are not negotiating in public,” White House chief of staff Lorraine Becker "
            "said on CBS.",
            "not negotiating in public",
            "Lorraine Becker",
        ),
    ),
    (
        "ambassador",
        _case(
            "“The council must act before more civilians die,” U.N. Ambassador Tobias Renner said.",
            "before more civilians die",
            "Tobias Renner",
        ),
    ),
    (
        "candidate-for-governor",
        _case(
            "“I am running because this state deserves a fighter,” said Helena Brooks, a "
            "Republican candidate for governor.",
            "deserves a fighter",
            "Helena Brooks",
        ),
    ),
    (
        "said-paraphrase-partial-quote",
        _case(
            "Rep. Ingrid Solberg said the investigation was a “fishing expedition” and that "
            "she would not cooperate.",
            "fishing expedition",
            "Ingrid Solberg",
        ),
    ),
    (
        "quote-then-name-with-comma-apposition-before",
        _case(
            "The chairman of the Senate Finance Committee, Sen. Ambrose Keller, said, “This "
            "bill is dead on arrival.”",
            "dead on arrival",
            "Ambrose Keller",
        ),
    ),
    (
        "quote-after-said-that",
        _case(
            "Secretary of Defense Marcus Boyle said that the deployment would be “limited in "
            "scope and duration.”",
            "limited in scope",
            "Marcus Boyle",
        ),
    ),
    (
        "said-sunday-show-pronoun",
        _case(
            "Sen. Teresa Vaughn appeared on ABC's “This Week.” “We cannot keep kicking the "
            "can,” she said.",
            "kicking the can",
            "Teresa Vaughn",
        ),
    ),
    (
        "board-of-elections",
        _case(
            "“Every ballot will be counted, period,” said Gloria Pike, director of the "
            "Maricopa County elections department.",
            "Every ballot will be counted",
            "Gloria Pike",
        ),
    ),
    (
        "tweeted",
        _case(
            "Rep. Franklin Dade tweeted: “Another day, another broken promise from this White "
            "House.”",
            "another broken promise",
            "Franklin Dade",
        ),
    ),
    (
        "group-statement",
        _case(
            "“This decision puts millions of workers at risk,” the AFL-CIO said in a statement.",
            "millions of workers at risk",
            "the AFL-CIO",
        ),
    ),
    (
        "union-president",
        _case(
            "“Our members are ready to walk off the job,” said Darnell Ruiz, president of the "
            "state teachers union.",
            "walk off the job",
            "Darnell Ruiz",
        ),
    ),
    (
        "county-sheriff",
        _case(
            "“There is no evidence of any threat to the polling site,” Sheriff Kenneth Adair "
            "told the Tribune.",
            "no evidence of any threat",
            "Kenneth Adair",
        ),
    ),
    (
        "said-long-after-name-relative",
        _case(
            "“That is a lie,” said Vernon Asher, who served as the senator's chief of staff "
            "for six years before resigning in protest last fall.",
            "That is a lie",
            "Vernon Asher",
        ),
    ),
    (
        "minority-leader-partial",
        _case(
            "Senate Minority Leader Quentin Marsh dismissed the proposal as “a gimmick dressed "
            "up as reform.”",
            "gimmick dressed up",
            "Quentin Marsh",
        ),
    ),
    (
        "two-speakers-pronouns",
        _case(
            "Rep. Alan Briggs and Rep. Sofia Marin clashed over the amendment. “It is "
            "unconstitutional,” Marin said. “It is overdue,” Briggs replied.",
            "It is overdue",
            "Briggs",
        ),
    ),
    (
        "two-speakers-pronouns-first",
        _case(
            "Rep. Alan Briggs and Rep. Sofia Marin clashed over the amendment. “It is "
            "unconstitutional,” Marin said. “It is overdue,” Briggs replied.",
            "unconstitutional",
            "Marin",
        ),
    ),
    (
        "said-told-reporters-capitol",
        _case(
            "“I will support whatever the conference decides,” Rep. Harriet Ng told reporters "
            "outside the Capitol.",
            "whatever the conference decides",
            "Harriet Ng",
        ),
    ),
    (
        "added-with-surname",
        _case(
            "“We need to finish this by Friday,” Sen. Patrick Olmos said. “Nobody wants to be "
            "here over the weekend,” Olmos added.",
            "over the weekend",
            "Olmos",
        ),
    ),
    (
        "said-at-town-hall",
        _case(
            "“Social Security is not on the table,” Rep. Wanda Greer said at a town hall in "
            "Waukesha on Monday night.",
            "not on the table",
            "Wanda Greer",
        ),
    ),
    (
        "poll-director-according-to",
        _case(
            "Turnout among young voters is “the great unknown of this cycle,” according to "
            "Felix Amado, who directs polling at Lakeshore College.",
            "great unknown",
            "Felix Amado",
        ),
    ),
    (
        "quote-inside-said-at-news-conference",
        _case(
            "At a news conference Tuesday, Gov. Miriam Castellano said, “We will not raise "
            "taxes to pay for this.”",
            "not raise taxes",
            "Miriam Castellano",
        ),
    ),
    (
        "said-by-spokesman-name-after-role",
        _case(
            "“The governor is focused on the recovery, not on politics,” spokesman Jared Fenn "
            "said.",
            "focused on the recovery",
            "Jared Fenn",
        ),
    ),
    (
        "wrote-in-op-ed",
        _case(
            "“Congress has abdicated its most basic duty,” Sen. Lucinda Harrow wrote in an "
            "op-ed published Thursday.",
            "most basic duty",
            "Lucinda Harrow",
        ),
    ),
    (
        "letter-says",
        _case(
            "“We urge you to reconsider before it is too late,” the letter, signed by 41 House "
            "members, says.",
            "reconsider before it is too late",
            "the letter",
        ),
    ),
    (
        "interrupted-by-apposition",
        _case(
            "“The money is there,” said Clara Whitfield, the state budget director, “but the "
            "will is not.”",
            "the will is not",
            "Clara Whitfield",
        ),
    ),
    (
        "apposition-role-then-name",
        _case(
            "“Our internal numbers look very good,” a senior adviser to the campaign, Luis "
            "Orellana, said Wednesday.",
            "internal numbers",
            "Luis Orellana",
        ),
    ),
    (
        "vice-president",
        _case(
            "“We are going to win this state,” Vice President Eleanor Cruz told supporters in "
            "Milwaukee.",
            "win this state",
            "Eleanor Cruz",
        ),
    ),
    (
        "official-anon-second-sentence",
        _case(
            "A State Department official, who requested anonymity to discuss sensitive "
            "negotiations, said talks had stalled. “Neither side is moving,” the official said.",
            "Neither side is moving",
            "A State Department official",
            "'the official' is not taken up to 'a State Department official' named before",
        ),
    ),
    (
        "said-it-pronoun-org",
        _case(
            "The Republican National Committee filed suit Monday. “Voters deserve "
            "transparency,” it said in a news release.",
            "Voters deserve transparency",
            "The Republican National Committee",
            "'it' is not resolved to the organisation named before",
        ),
    ),
    (
        "judge-said-from-bench",
        _case(
            "“I have no patience for these delays,” Judge Ramona Pierce said from the bench, "
            "setting a trial date for March.",
            "no patience for these delays",
            "Ramona Pierce",
        ),
    ),
]


GERMAN: list[tuple[str, Case]] = [
    (
        "sagte-nach-zitat",
        _case(
            "„Wir werden den Haushalt nicht auf Kosten der Kommunen sanieren“, sagte "
            "Bundesfinanzminister Torsten Habicht am Dienstag in Berlin.",
            "Kosten der Kommunen",
            "Torsten Habicht",
        ),
    ),
    (
        "x-sagte-doppelpunkt",
        _case(
            "SPD-Chefin Marlene Oberdorf sagte: „Die Koalition steht, auch wenn es manchmal "
            "knirscht.“",
            "manchmal knirscht",
            "Marlene Oberdorf",
        ),
    ),
    (
        "laut-x",
        _case(
            "Laut Landrat Gerhard Pfisterer ist die Brücke „auf absehbare Zeit nicht befahrbar“.",
            "nicht befahrbar",
            "Gerhard Pfisterer",
        ),
    ),
    (
        "x-zufolge",
        _case(
            "Dem Innenminister Jörg Albrecht zufolge sei die Lage „angespannt, aber beherrschbar“.",
            "aber beherrschbar",
            "Jörg Albrecht",
        ),
    ),
    (
        "konjunktiv-partial",
        _case(
            "Die Grünen-Fraktionschefin Anja Weidemann sagte, der Entwurf sei „handwerklich "
            "schlecht gemacht“.",
            "handwerklich schlecht",
            "Anja Weidemann",
        ),
    ),
    (
        "heisst-es-im-bericht",
        _case(
            "„Die Behörde hat ihre Aufsichtspflicht über Jahre vernachlässigt“, heißt es in "
            "dem Bericht des Landesrechnungshofs.",
            "Aufsichtspflicht",
            "dem Bericht des Landesrechnungshofs",
        ),
    ),
    (
        "interview-focus-teilzitat",
        _case(
            "Der Kieler Oberbürgermeister Arne Petersen sagte dem „Focus“, die Stadt sei "
            "„finanziell am Limit“.",
            "finanziell am Limit",
            "Arne Petersen",
        ),
    ),
    (
        "interview-name-first",
        _case(
            "Wirtschaftsminister Falk Brandauer ist gegen neue Subventionen. „Ich halte nichts "
            "von Schnellschüssen“, sagte er der „Süddeutschen Zeitung“.",
            "Schnellschüssen",
            "Falk Brandauer",
        ),
    ),
    (
        "sagte-vor-name-apposition",
        _case(
            "„Das Urteil ist ein klares Signal an alle Vermieter“, sagte Petra Lindholm, "
            "Vorsitzende des Mietervereins Leipzig.",
            "klares Signal",
            "Petra Lindholm",
        ),
    ),
    (
        "gericht-sprecher",
        _case(
            "„Die Kammer hat die Klage als unbegründet abgewiesen“, sagte ein Sprecher des "
            "Verwaltungsgerichts Minden.",
            "als unbegründet abgewiesen",
            "ein Sprecher des Verwaltungsgerichts Minden",
        ),
    ),
    (
        "vorsitzende-richterin",
        _case(
            "Die Vorsitzende Richterin Ursula Menke sagte bei der Urteilsverkündung: „Der "
            "Angeklagte hat aus reiner Habgier gehandelt.“",
            "reiner Habgier",
            "Ursula Menke",
        ),
    ),
    (
        "unternehmen-chef",
        _case(
            "„Wir werden in diesem Jahr keine Stellen abbauen“, sagte Konzernchef Henrik "
            "Vollmer bei der Bilanzpressekonferenz in Stuttgart.",
            "keine Stellen abbauen",
            "Henrik Vollmer",
        ),
    ),
    (
        "verein-praesident",
        _case(
            "„Der Trainer hat unser volles Vertrauen“, sagte Vereinspräsident Klaus-Dieter "
            "Ranft nach der Vorstandssitzung.",
            "volles Vertrauen",
            "Klaus-Dieter Ranft",
        ),
    ),
    (
        "geteiltes-zitat",
        _case(
            "„Wir sind gesprächsbereit“, sagte CDU-Generalsekretär Matthias Kronberg, „aber "
            "nicht um jeden Preis.“",
            "nicht um jeden Preis",
            "Matthias Kronberg",
        ),
    ),
    (
        "geteiltes-zitat-erster-teil",
        _case(
            "„Wir sind gesprächsbereit“, sagte CDU-Generalsekretär Matthias Kronberg, „aber "
            "nicht um jeden Preis.“",
            "gesprächsbereit",
            "Matthias Kronberg",
        ),
    ),
    (
        "pronomen-naechster-satz",
        _case(
            "Ministerpräsidentin Sabine Krahl besuchte am Montag das Hochwassergebiet. "
            "„Niemand wird hier alleingelassen“, sagte sie.",
            "alleingelassen",
            "Sabine Krahl",
        ),
    ),
    (
        "zwei-sprecher-erster",
        _case(
            "„Die Schuldenbremse ist nicht verhandelbar“, sagte FDP-Fraktionschef Lars "
            "Wendland. „Das ist ideologische Sturheit“, entgegnete Linken-Politikerin Jana "
            "Roesch.",
            "nicht verhandelbar",
            "Lars Wendland",
        ),
    ),
    (
        "zwei-sprecher-zweiter",
        _case(
            "„Die Schuldenbremse ist nicht verhandelbar“, sagte FDP-Fraktionschef Lars "
            "Wendland. „Das ist ideologische Sturheit“, entgegnete Linken-Politikerin Jana "
            "Roesch.",
            "ideologische Sturheit",
            "Jana Roesch",
        ),
    ),
    (
        "nannte-partial",
        _case(
            "Der bayerische Verkehrsminister Alois Gruber nannte die Pläne der Bahn „völlig "
            "realitätsfern“.",
            "völlig realitätsfern",
            "Alois Gruber",
        ),
    ),
    (
        "erklaerte-mitteilung",
        _case(
            "„Wir bedauern die Verzögerungen sehr“, erklärte der Flughafenbetreiber in einer "
            "Mitteilung.",
            "Verzögerungen",
            "der Flughafenbetreiber",
        ),
    ),
    (
        "betonte",
        _case(
            "„Die Versorgung der Patienten ist jederzeit gesichert“, betonte Klinikdirektorin "
            "Helga Sommerfeld.",
            "jederzeit gesichert",
            "Helga Sommerfeld",
        ),
    ),
    (
        "bundestag-rede",
        _case(
            "Im Bundestag sagte Gesundheitsminister Reinhard Kolbe: „Diese Reform ist "
            "überfällig, und sie kommt.“",
            "Reform ist überfällig",
            "Reinhard Kolbe",
        ),
    ),
    (
        "konjunktiv-indirekt-mit-zitat",
        _case(
            "Der Bürgermeister Uwe Stallmann sagte, man habe „alles getan, was möglich war“, "
            "um die Schließung zu verhindern.",
            "alles getan",
            "Uwe Stallmann",
        ),
    ),
    (
        "dpa-gegenueber",
        _case(
            "„Wir rechnen mit einem deutlichen Anstieg der Anträge“, sagte eine Sprecherin der "
            "Bundesagentur für Arbeit der Deutschen Presse-Agentur.",
            "deutlichen Anstieg",
            "eine Sprecherin der Bundesagentur für Arbeit",
        ),
    ),
    (
        "nach-angaben",
        _case(
            "Nach Angaben von Polizeisprecher Tobias Reiner verlief der Einsatz „weitgehend "
            "ruhig“.",
            "weitgehend ruhig",
            "Tobias Reiner",
        ),
    ),
    (
        "kuendigte-an",
        _case(
            "„Wir gehen in Berufung“, kündigte Rechtsanwalt Florian Eckert unmittelbar nach "
            "dem Urteil an.",
            "gehen in Berufung",
            "Florian Eckert",
        ),
    ),
    (
        "doppelpunkt-mit-ort",
        _case(
            "Auf dem Landesparteitag in Erfurt rief Spitzenkandidat Benedikt Hauser den "
            "Delegierten zu: „Wir holen uns dieses Land zurück!“",
            "dieses Land zurück",
            "Benedikt Hauser",
        ),
    ),
    (
        "fragte",
        _case(
            "„Wer soll das eigentlich bezahlen?“, fragte der Oppositionsführer Wilfried Hansen "
            "im Landtag.",
            "Wer soll das",
            "Wilfried Hansen",
        ),
    ),
    (
        "nachname-spaeter",
        _case(
            "Die Landesumweltministerin Carola Brinkmann stellte am Mittwoch den Klimabericht "
            "vor. „Wir sind zu langsam“, sagte Brinkmann.",
            "zu langsam",
            "Brinkmann",
        ),
    ),
    (
        "interview-spiegel-name",
        _case(
            "„Die Partei muss wieder lernen zuzuhören“, sagte die frühere Bundesministerin "
            "Edith Lorenz dem „Spiegel“.",
            "lernen zuzuhören",
            "Edith Lorenz",
        ),
    ),
    (
        "anklageschrift",
        _case(
            "In der Anklageschrift heißt es, der Beschuldigte habe „planmäßig und über Jahre“ "
            "Gelder veruntreut.",
            "planmäßig",
            "der Anklageschrift",
        ),
    ),
    (
        "gewerkschaft",
        _case(
            "„Ohne einen Inflationsausgleich wird es Warnstreiks geben“, drohte "
            "Verdi-Landesbezirksleiter Sven Jakobi.",
            "Warnstreiks",
            "Sven Jakobi",
        ),
    ),
    (
        "so-x",
        _case(
            "„Das Projekt liegt voll im Zeitplan“, so Bauamtsleiterin Renate Kessler.",
            "voll im Zeitplan",
            "Renate Kessler",
        ),
    ),
    (
        "teilte-mit",
        _case(
            "Die Staatsanwaltschaft Hannover teilte mit: „Die Ermittlungen dauern an.“",
            "Ermittlungen dauern an",
            "Die Staatsanwaltschaft Hannover",
        ),
    ),
    (
        "schrieb-auf-x",
        _case(
            "„Heute ist ein guter Tag für die Pflegekräfte in diesem Land“, schrieb "
            "Arbeitsminister Dirk Seefeld auf X.",
            "guter Tag für die Pflegekräfte",
            "Dirk Seefeld",
        ),
    ),
    (
        "lange-apposition",
        _case(
            "„Wir brauchen endlich Planungssicherheit“, sagte Monika Gerhardt, die seit zwölf "
            "Jahren einen Handwerksbetrieb mit 40 Beschäftigten in der Oberpfalz führt.",
            "Planungssicherheit",
            "Monika Gerhardt",
        ),
    ),
    (
        "er-fuegte-hinzu",
        _case(
            "Oberbürgermeister Stefan Riedl verteidigte die Entscheidung. „Es gab keine "
            "Alternative“, fügte er hinzu.",
            "keine Alternative",
            "Stefan Riedl",
        ),
    ),
    (
        "anonyme-quelle",
        _case(
            "„Die Stimmung in der Fraktion ist miserabel“, sagte ein Abgeordneter, der nicht "
            "namentlich genannt werden wollte.",
            "miserabel",
            "ein Abgeordneter",
        ),
    ),
    (
        "kreise",
        _case(
            "Aus Regierungskreisen hieß es, eine Einigung sei „in greifbarer Nähe“.",
            "greifbarer Nähe",
            "Regierungskreisen",
        ),
    ),
    (
        "verband",
        _case(
            "„Die Lage auf dem Wohnungsmarkt spitzt sich dramatisch zu“, warnte der Präsident "
            "des Deutschen Mieterbunds, Armin Faber.",
            "spitzt sich dramatisch zu",
            "Armin Faber",
        ),
    ),
    (
        "sagte-zeitung-doppelpunkt",
        _case(
            "Bundesverteidigungsminister Heiko Brandt sagte der „Frankfurter Allgemeinen "
            "Zeitung“: „Die Truppe braucht mehr Personal.“",
            "mehr Personal",
            "Heiko Brandt",
            "'sagte der „Zeitung“:' takes the outlet addressed for the speaker",
        ),
    ),
    (
        "fortsetzung-zitat",
        _case(
            "„Wir haben die Warnungen ernst genommen“, sagte Landrätin Gisela Hartung. "
            "„Trotzdem kam das Wasser schneller als erwartet.“",
            "schneller als erwartet",
            "Gisela Hartung",
        ),
    ),
    (
        "urteil-heisst-es",
        _case(
            "„Die Versammlungsfreiheit wiegt in diesem Fall schwerer“, heißt es in der "
            "Begründung des Gerichts.",
            "Versammlungsfreiheit",
            "der Begründung des Gerichts",
        ),
    ),
    (
        "konjunktiv-nur-teilzitat-bezeichnete",
        _case(
            "Der CSU-Landesgruppenchef Ferdinand Moll bezeichnete den Vorschlag als „Schnapsidee“.",
            "Schnapsidee",
            "Ferdinand Moll",
        ),
    ),
    (
        "sagte-mit-zeit-nach-verb",
        _case(
            "„Ich werde nicht erneut kandidieren“, sagte am Freitag der langjährige "
            "Bürgermeister von Bad Tölz, Johann Eibl.",
            "nicht erneut kandidieren",
            "Johann Eibl",
        ),
    ),
    (
        "trainer-nach-spiel",
        _case(
            "„Wir haben in der zweiten Halbzeit den Faden verloren“, sagte Trainer Marco "
            "Lindner nach der 1:3-Niederlage.",
            "Faden verloren",
            "Marco Lindner",
        ),
    ),
    (
        "sie-zwei-saetze",
        _case(
            "Die Bundesbildungsministerin Katrin Vogel war zu Gast an einer Grundschule in "
            "Kassel. Dort sprach sie mit Lehrkräften und Eltern. „Die Schulen brauchen mehr "
            "Geld, und zwar sofort“, sagte sie.",
            "und zwar sofort",
            "Katrin Vogel",
        ),
    ),
    (
        "wie-x-sagte",
        _case(
            "Der Umbau soll nach Angaben der Stadt im Herbst beginnen, „wenn alles gutgeht“, "
            "wie Baudezernent Holger Stein sagte.",
            "wenn alles gutgeht",
            "Holger Stein",
            "'wie X sagte' after a partial quotation loses to 'nach Angaben der Stadt' before it",
        ),
    ),
    (
        "sagte-sie-im-interview-zdf",
        _case(
            "„Wir lassen uns nicht erpressen“, sagte Außenministerin Leonie Falkenberg im "
            "ZDF-„Morgenmagazin“.",
            "nicht erpressen",
            "Leonie Falkenberg",
        ),
    ),
    (
        "unternehmen-sprecher-mitteilung",
        _case(
            "„Die Produktion in Zwickau läuft wieder normal“, sagte ein Unternehmenssprecher "
            "am Donnerstag.",
            "läuft wieder normal",
            "ein Unternehmenssprecher",
        ),
    ),
]


_PARAMS = [
    pytest.param(
        lang,
        text,
        quoted,
        want,
        id=f"{lang}-{i:02d}-{construction}",
        marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [],
    )
    for lang, rows in (("en", ENGLISH), ("de", GERMAN))
    for i, (construction, (text, quoted, want, reason)) in enumerate(rows, start=1)
]


@pytest.mark.parametrize(("lang", "text", "quoted", "want"), _PARAMS)
def test_speaker(lang: str, text: str, quoted: str, want: str) -> None:
    assert speaker_overlaps(text, quoted, want, lang)
