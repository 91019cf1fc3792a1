"""Blind probe, round 7: quotation speakers in English and German news copy.

English (80 cases) is copy from outside US politics: British, Irish, Australian,
Canadian, Indian and African newspapers, broadcasters and agencies (BBC- and
Guardian-style web copy, PA Media, AAP, CP, PTI); courts, inquests, councils,
business results, sport after the whistle, health, science and crime. It covers
British single quotation marks with apostrophes inside, nested double marks,
straight quotes, titles without full stops (Det Insp, Ch Supt, Cllr, Dr, Prof,
Mr/Mrs/Ms), "X, prosecuting," and "X, defending,", appositions, colon
introductions, partial quotes, "according to", organisations and anonymous
sources, statements read in court, coroners, verbs of manner, epithets ("the
Scot", "the 22-year-old"), split quotations, a quotation reopened at each new
paragraph, and pronoun speakers with two people in play.

German (80 cases) is Süddeutsche/FAZ/Spiegel-style, regional, ORF/APA and
SRF/Keystone-SDA copy: „…“, »…«, Swiss «…» with ‹…› inside, ‚…‘ nested, straight
quotes, the subject inverted after the verb ("„…“, sagte die Ministerin"),
"so X", "laut", "nach Angaben", "zufolge", Konjunktiv reported speech around a
quotation, colon introductions after a fronted adverbial, "gegenüber X" and "der
APA" as addressees, court reports, Bundestag debates, sport, business, health
and science, organisations, anonymous sources and pronoun speakers.

Written blind from newsroom conventions by a helper who read neither the rules
nor their tests; every sentence is invented. Each row names a few words of the
quotation and the speaker a careful reader would name, as written in the text
(for a pronoun, the name it stands for).

Passed at first: 147 of 160 (en 70, de 77); 154 now.  The misses were named as
constructions and fixed by general mechanisms with their own tables
(``test_quotes_round6_mechanisms.py``); the rest are the strict xfails in ``KNOWN``, each
naming its construction.
"""

from __future__ import annotations

import pytest

from quote_helpers import Case, params, speaker_overlaps
from quote_helpers import case as _case

ENGLISH: list[tuple[str, Case]] = [
    (
        "en-said-after-title-apposition",
        _case(
            "‘We will appeal against the ruling,’ said the club’s chief executive, Moira Tate.",
            "appeal against",
            "Moira Tate",
        ),
    ),
    (
        "en-det-insp-no-full-stop",
        _case(
            "Officers were called to a flat in Kelvin Road shortly after 2am on Sunday. ‘We "
            "are not ruling anything out about how the fire started,’ said Det Insp Rachel "
            "Onslow.",
            "ruling anything out",
            "Rachel Onslow",
        ),
    ),
    (
        "en-ch-supt-colon-two-sentences",
        _case(
            "Ch Supt Marcus Adebayo, of West Yorkshire Police, said: ‘Nobody should feel "
            "afraid walking home along the canal. We’ve put extra patrols on the towpath "
            "from tonight.’",
            "extra patrols",
            "Marcus Adebayo",
        ),
    ),
    (
        "en-cllr-two-partials",
        _case(
            "Cllr Bronwen Pryce, leader of Carrowby Borough Council, said closing the "
            "leisure centre had been ‘agonising’ but the budget left ‘no room at all’ for a "
            "reprieve.",
            "no room at all",
            "Bronwen Pryce",
        ),
    ),
    (
        "en-dr-consultant-apposition-after",
        _case(
            "‘Most of the children we see tonight could have been treated by a GP,’ said Dr "
            "Imogen Achterberg, a consultant in emergency medicine at Lindworth General "
            "Hospital.",
            "treated by a GP",
            "Imogen Achterberg",
        ),
    ),
    (
        "en-prof-who-led-study-partial",
        _case(
            "Prof Callum Reidy, who led the study at the University of Dundee, said the "
            "results were ‘far more striking than any of us expected’.",
            "far more striking",
            "Callum Reidy",
        ),
    ),
    (
        "en-told-inquiry-colon-next-paragraph",
        _case(
            "Mrs Gwen Talley, whose bungalow backs on to the quarry, has lived in the "
            "village for forty years. She told the inquiry:\n\n‘The lorries start at six in "
            "the morning. The whole house shakes.’",
            "lorries start",
            "Gwen Talley",
        ),
    ),
    (
        "en-pronoun-told-radio-station",
        _case(
            "Ms Okafor, 41, runs a bakery on Market Street. ‘Our energy bill has trebled "
            "since the spring,’ she told BBC Radio Leeds.",
            "trebled since",
            "Okafor",
        ),
    ),
    (
        "en-area-coroner-recording-conclusion",
        _case(
            "Recording a conclusion of accidental death, area coroner Helen Marsden said: ‘I "
            "am satisfied that no other person played any part in Mr Dyer’s fall.’",
            "no other person",
            "Helen Marsden",
        ),
    ),
    (
        "en-inquest-the-coroner-inverted-end",
        _case(
            "The inquest in Truro heard that the climber had checked the forecast before "
            "setting out. ‘He was experienced and well equipped, and the weather turned with "
            "very little warning,’ the coroner said.",
            "well equipped",
            "the coroner",
        ),
    ),
    (
        "en-widow-statement-read-at-hearing",
        _case(
            "In a statement read at the hearing, his widow, Carol, described him as ‘a big, "
            "soft man who would drive across the county to fix a neighbour’s boiler’.",
            "fix a neighbour",
            "widow",
        ),
    ),
    (
        "en-victim-statement-read-to-court",
        _case(
            "In a statement read to the court by the prosecution, the victim’s sister, "
            "Leanne Corbally, said: ‘Not a day passes when I don’t pick up the phone to ring "
            "him.’",
            "pick up the phone",
            "Leanne Corbally",
        ),
    ),
    (
        "en-judge-jailing-told-him",
        _case(
            "Jailing Dobson for six years, Judge Patricia Wells told him: ‘You preyed on "
            "people who trusted you with their savings.’",
            "preyed on people",
            "Patricia Wells",
        ),
    ),
    (
        "en-judge-pronoun-next-paragraph-female",
        _case(
            "Judge Celia Harte told Morrow he had shown ‘not a flicker of remorse’.\n\n‘You "
            "will serve at least two-thirds of this sentence before you are considered for "
            "release,’ she said.",
            "two-thirds",
            "Celia Harte",
        ),
    ),
    (
        "en-prosecuting-told-jury",
        _case(
            "Fiona Hartigan, prosecuting, told the jury at Leeds Crown Court: ‘The Crown "
            "says this was a planned attack, not a moment of madness.’",
            "planned attack",
            "Fiona Hartigan",
        ),
    ),
    (
        "en-defending-mitigation-partial",
        _case(
            "Rory Mulvenna, defending, said his client was ‘deeply ashamed’ and had not "
            "touched alcohol since his arrest.",
            "deeply ashamed",
            "Rory Mulvenna",
        ),
    ),
    (
        "en-mr-justice-described-as",
        _case(
            "Mr Justice Greaves described the assault as ‘cowardly, prolonged and wholly "
            "unprovoked’.",
            "wholly unprovoked",
            "Mr Justice Greaves",
        ),
    ),
    (
        "en-claimed-surname-after-name",
        _case(
            "Company director Simon Harlow, 58, of Chelmsford, denies fraud. Giving evidence "
            "on Tuesday, Harlow claimed the money had been ‘a loan between friends’.",
            "loan between friends",
            "Harlow",
        ),
    ),
    (
        "en-pc-evidence-pronoun-gender",
        _case(
            "Magistrates heard that PC Laura Finch stopped Evans on the A49 near Leominster. "
            "‘He was unsteady on his feet and smelt strongly of lager,’ she said.",
            "unsteady on his feet",
            "Laura Finch",
        ),
    ),
    (
        "en-according-to-report-partial",
        _case(
            "According to the inspection report, staff on Ward 9 were ‘stretched beyond safe "
            "limits’ on most night shifts.",
            "stretched beyond",
            "inspection report",
        ),
    ),
    (
        "en-met-police-spokesperson-end",
        _case(
            "‘A 19-year-old man has been arrested on suspicion of robbery and remains in "
            "custody,’ a Metropolitan Police spokesperson said.",
            "suspicion of robbery",
            "Metropolitan Police spokesperson",
        ),
    ),
    (
        "en-council-organisation-the-council",
        _case(
            "Harrowgate District Council said it would review its gritting routes. ‘We "
            "recognise that residents on the higher roads were badly let down last week,’ "
            "the council said.",
            "badly let down",
            "the council",
        ),
    ),
    (
        "en-nhs-trust-spokesperson-colon",
        _case(
            "A spokesperson for Lindworth Hospitals NHS Foundation Trust said: ‘We apologise "
            "unreservedly to Mrs Pardoe’s family for the failings in her care.’",
            "apologise unreservedly",
            "spokesperson",
        ),
    ),
    (
        "en-anonymous-backbencher-who-asked",
        _case(
            "‘The chancellor has lost the room,’ said one senior Conservative backbencher, "
            "who asked not to be named.",
            "lost the room",
            "senior Conservative backbencher",
        ),
    ),
    (
        "en-pm-spokesman-told-reporters",
        _case(
            "Asked about the row, the Prime Minister’s official spokesman told reporters: "
            "‘He retains full confidence in the home secretary.’",
            "full confidence",
            "official spokesman",
        ),
    ),
    (
        "en-manager-speaking-after-defeat",
        _case(
            "Speaking after the 2-1 defeat at Ashdown Park, Redmere Town manager Gareth Lyle "
            "said: ‘We were second to every ball in the first half and you can’t do that at "
            "this level.’",
            "second to every ball",
            "Gareth Lyle",
        ),
    ),
    (
        "en-manager-he-added-next-paragraph",
        _case(
            "Castlemaine boss Sean Tierney was furious with the officiating. ‘I’ve watched "
            "it back three times and it’s never a penalty,’ he said.\n\n‘We’ll be writing to "
            "the referees’ body about it,’ he added.",
            "writing to the referees",
            "Sean Tierney",
        ),
    ),
    (
        "en-epithet-the-scot",
        _case(
            "Fraser Dunbar shot a closing 66 to finish tied for fourth in the Algarve. ‘My "
            "putter finally warmed up,’ said the Scot, who turned professional last year.",
            "putter finally",
            "the Scot",
        ),
    ),
    (
        "en-admitted-skipper-inverted",
        _case(
            "‘We didn’t bowl well enough in the first hour and they made us pay,’ admitted "
            "Australia skipper Mitch Carrodus.",
            "first hour",
            "Mitch Carrodus",
        ),
    ),
    (
        "en-colon-no-cue-manager-surname",
        _case(
            "Carlton manager Dean Hollins watched his side lose 4-0 at home. Hollins was in "
            "no mood for excuses afterwards: ‘We were poor, simple as that.’",
            "simple as that",
            "Hollins",
        ),
    ),
    (
        "en-epithet-age-tennis",
        _case(
            "Ellie Thorburn, the British No 3, went out in three sets on Court 14. ‘I felt "
            "the nerves from the very first game,’ the 22-year-old said.",
            "very first game",
            "the 22-year-old",
        ),
    ),
    (
        "en-trainer-racing-irish",
        _case(
            "‘She jumped like a stag from the first fence to the last,’ said trainer Aoife Breen.",
            "jumped like a stag",
            "Aoife Breen",
        ),
    ),
    (
        "en-present-says-feature",
        _case(
            "‘We’ll go again on Saturday and nobody will remember this,’ says Leah "
            "Whitcombe, the Lancashire wing.",
            "go again on Saturday",
            "Leah Whitcombe",
        ),
    ),
    (
        "en-garda-spokesman-appeal",
        _case(
            "Gardaí in Ballina have appealed for witnesses. ‘We are particularly keen to "
            "hear from anyone with dash-cam footage from the N26 between 9pm and 10pm,’ a "
            "Garda spokesman said.",
            "dash-cam footage",
            "Garda spokesman",
        ),
    ),
    (
        "en-td-told-dail-partial",
        _case(
            "Fianna Fáil TD Niamh Corcoran told the Dáil the hospital waiting lists were ‘a "
            "scandal that should shame every one of us’.",
            "shame every one",
            "Niamh Corcoran",
        ),
    ),
    (
        "en-irish-judge-pronoun",
        _case(
            "At Cork Circuit Criminal Court, Judge Orla Kilbride said she had to mark the "
            "gravity of the offence. ‘The injuries to the young man were life-changing,’ she "
            "said.",
            "life-changing",
            "Orla Kilbride",
        ),
    ),
    (
        "en-aap-acting-supt-told-reporters",
        _case(
            "NSW Police Acting Superintendent Kylie Brannock told reporters the driver had "
            "been ‘travelling at well over twice the limit’ when he lost control near "
            "Gundagai.",
            "twice the limit",
            "Kylie Brannock",
        ),
    ),
    (
        "en-aap-premier-said-day",
        _case(
            "“This is the biggest single investment in country hospitals the state has ever "
            "made,” Premier Tom Ellery said on Thursday.",
            "country hospitals",
            "Tom Ellery",
        ),
    ),
    (
        "en-aap-deputy-coroner-findings",
        _case(
            "In her findings, Deputy State Coroner Elise Harcourt said the hospital’s triage "
            "system had ‘failed Ms Nguyen at every turn’.",
            "every turn",
            "Elise Harcourt",
        ),
    ),
    (
        "en-cp-rcmp-cpl-said-weekday",
        _case(
            "“We’re asking people to stay off the ice on Lac Ste-Anne until further notice,” "
            "RCMP Cpl. Darren Whitlow said Tuesday.",
            "stay off the ice",
            "Darren Whitlow",
        ),
    ),
    (
        "en-cp-mayor-interview-partial",
        _case(
            "Mayor Janine Boucher of Pelham Falls, Ont., said in an interview that the water "
            "plant “was never built for a town this size.”",
            "never built for a town",
            "Janine Boucher",
        ),
    ),
    (
        "en-pti-told-pti",
        _case(
            "“The accused was arrested from his hideout in Ghaziabad late on Sunday,” a "
            "senior police officer told PTI.",
            "hideout in Ghaziabad",
            "senior police officer",
        ),
    ),
    (
        "en-pti-official-did-not-wish",
        _case(
            "“We have sealed the factory premises and samples have been sent for testing,” "
            "said an official of the district administration, who did not wish to be named.",
            "sealed the factory",
            "an official",
        ),
    ),
    (
        "en-pti-addressing-press-conference",
        _case(
            "Addressing a press conference in Bhopal, state health minister Anil Deshmane "
            "said, “No patient will be turned away for want of money.”",
            "turned away",
            "Anil Deshmane",
        ),
    ),
    (
        "en-indian-bench-observed",
        _case(
            "A bench of Justices R K Menon and Sunita Varghese observed that the state could "
            "not “sit on its hands while the river dies”.",
            "sit on",
            "A bench",
        ),
    ),
    (
        "en-saps-brig-colon",
        _case(
            "SAPS spokesperson Brig. Thandeka Mbatha said: “Three suspects were wounded "
            "during the exchange of fire and are under police guard in hospital.”",
            "under police guard",
            "Thandeka Mbatha",
        ),
    ),
    (
        "en-nigeria-commissioner-apposition",
        _case(
            "The Commissioner of Police in the state, Mr Adewale Ogunbiyi, said the command "
            "had “deployed tactical teams to all the affected communities”.",
            "tactical teams",
            "Adewale Ogunbiyi",
        ),
    ),
    (
        "en-kenya-governor-told-residents",
        _case(
            "Speaking in Kitale on Saturday, the county governor, Grace Wekesa, told "
            "residents: “Nobody will be moved off this land without compensation.”",
            "without compensation",
            "Grace Wekesa",
        ),
    ),
    (
        "en-business-ceo-partial",
        _case(
            "Chief executive Priya Natarajan said the group had enjoyed a ‘resilient’ "
            "Christmas despite squeezed household budgets.",
            "resilient",
            "Priya Natarajan",
        ),
    ),
    (
        "en-business-analyst-apposition",
        _case(
            "‘The guidance cut was bigger than anyone in the City had pencilled in,’ said "
            "Ian Fell, an analyst at Hargreave Lane.",
            "pencilled in",
            "Ian Fell",
        ),
    ),
    (
        "en-business-trading-update-company",
        _case(
            "In a trading update, Bramwell Foods said sales in the 13 weeks to December had "
            "risen ‘ahead of expectations’.",
            "ahead of expectations",
            "Bramwell Foods",
        ),
    ),
    (
        "en-business-the-company-warned",
        _case(
            "Shares in Corran Ceramics fell 14% after the company warned that profits would "
            "be ‘materially below’ market forecasts.",
            "materially below",
            "the company",
        ),
    ),
    (
        "en-science-lead-author-colon",
        _case(
            "Lead author Dr Hannah Oduya, of the University of Exeter, said: ‘Bees exposed "
            "to the compound took almost twice as long to return to the hive.’",
            "twice as long",
            "Hannah Oduya",
        ),
    ),
    (
        "en-science-she-added-two-researchers",
        _case(
            "The research was carried out by Dr Ruth Kamau and Prof Alan Greer at the "
            "University of Bristol. Dr Kamau said the findings were preliminary. ‘We need a "
            "much bigger sample before anyone changes their diet,’ she added.",
            "much bigger sample",
            "Ruth Kamau",
        ),
    ),
    (
        "en-det-sgt-colon-apostrophes",
        _case(
            "Det Sgt Owen Prys, of Dyfed-Powys Police, said: ‘This was a terrifying ordeal "
            "for an elderly woman in her own home, and we won’t rest until the people who "
            "did it are in a cell.’",
            "terrifying ordeal",
            "Owen Prys",
        ),
    ),
    (
        "en-family-tribute-through-police",
        _case(
            "In a tribute released through police, his family said: ‘Callum was the loudest "
            "laugh at every party and we are lost without him.’",
            "loudest laugh",
            "his family",
        ),
    ),
    (
        "en-manner-laughed-pronoun",
        _case(
            "Doreen Ashby celebrated her 100th birthday at the Elms care home on Friday. "
            "‘There’s no secret – I just never bothered with diets,’ she laughed.",
            "never bothered with diets",
            "Doreen Ashby",
        ),
    ),
    (
        "en-manner-joked-surname",
        _case(
            "Ballymena novelist Declan Kerr collected his third award of the night. ‘I’ll "
            "need a bigger mantelpiece,’ joked Kerr.",
            "bigger mantelpiece",
            "Kerr",
        ),
    ),
    (
        "en-manner-fumed-relative",
        _case(
            "‘It’s daylight robbery,’ fumed Keith Lomax, whose parking fine was issued while "
            "he stood at the machine paying.",
            "daylight robbery",
            "Keith Lomax",
        ),
    ),
    (
        "en-insisted-headteacher-pronoun",
        _case(
            "The headteacher, Mrs Angela Moorcroft, defended the uniform policy. ‘It is not "
            "about punishing families – it’s about belonging,’ she insisted.",
            "about belonging",
            "Angela Moorcroft",
        ),
    ),
    (
        "en-warned-general-secretary",
        _case(
            "‘If ministers don’t come back to the table, the walkouts will spread to every "
            "depot,’ warned Carla Devlin, general secretary of the drivers’ union.",
            "walkouts will spread",
            "Carla Devlin",
        ),
    ),
    (
        "en-split-quote-second-sentence",
        _case(
            "‘We were incredibly lucky,’ said Ms Ward, who was on the top deck. ‘If the bus "
            "had tipped the other way, it would have been a very different story.’",
            "tipped the other way",
            "Ward",
        ),
    ),
    (
        "en-multi-paragraph-british-reopen",
        _case(
            "Mr Pennock, the station’s chairman, said: ‘The figures are stark.\n\n‘We have "
            "lost a third of our volunteers since the pandemic, and those who remain are "
            "getting older.\n\n‘Without new crew, the lifeboat station cannot keep going.’",
            "lifeboat station cannot",
            "Pennock",
        ),
    ),
    (
        "en-continuation-next-paragraph",
        _case(
            "‘It’s been a brutal season,’ said Cheryl Hume, who farms 300 acres near "
            "Oakham.\n\n‘The wheat went in late, then it rained solidly through August.’",
            "rained solidly",
            "Cheryl Hume",
        ),
    ),
    (
        "en-pronoun-two-men-latest-subject",
        _case(
            "Mr Ashworth said the bypass would bring jobs to the town. Mr Pike, who chairs "
            "the residents’ association, disagreed. ‘It will simply move the queue two miles "
            "down the road,’ he said.",
            "move the queue",
            "Pike",
        ),
    ),
    (
        "en-pronoun-mother-son-possessive",
        _case(
            "Amira Haddad’s son was diagnosed with a rare form of epilepsy at the age of "
            "three. Speaking to BBC Breakfast, she said: ‘We were told to wait eighteen "
            "months for a specialist.’",
            "eighteen months",
            "Amira Haddad",
        ),
    ),
    (
        "en-writing-on-social-media-partial",
        _case(
            "Writing on social media on Sunday night, the former England captain Jess "
            "Harland said she was ‘heartbroken’ for the squad.",
            "heartbroken",
            "Jess Harland",
        ),
    ),
    (
        "en-letter-headteacher-wrote",
        _case(
            "In a letter to parents, headteacher Martin Quayle wrote: ‘The building will "
            "stay closed until engineers are satisfied the ceilings are safe.’",
            "ceilings are safe",
            "Martin Quayle",
        ),
    ),
    (
        "en-review-concluded",
        _case(
            "The review, commissioned by the health board, concluded that the maternity unit "
            "had been ‘run on goodwill and little else’.",
            "goodwill and little else",
            "The review",
        ),
    ),
    (
        "en-inspectors-plural-partial",
        _case(
            "Inspectors said pupils ‘feel safe and are proud of their school’ but found "
            "reading was poorly taught in the early years.",
            "proud of their school",
            "Inspectors",
        ),
    ),
    (
        "en-passive-agent-described-by",
        _case(
            "The scheme was described by Cllr Hamid Rahman as ‘the best thing to happen to "
            "this estate in a generation’.",
            "best thing to happen",
            "Hamid Rahman",
        ),
    ),
    (
        "en-what-she-called",
        _case(
            "The minister, Dame Rosalind Parry, defended what she called ‘a modest and "
            "overdue reform’.",
            "modest and overdue",
            "Rosalind Parry",
        ),
    ),
    (
        "en-as-one-publican-put-it",
        _case(
            "As one publican in Whitby put it: ‘Tourists come for the fish and chips, not "
            "for the parking charges.’",
            "parking charges",
            "one publican",
        ),
    ),
    (
        "en-nested-double-inside-single",
        _case(
            "‘The officer leaned in and said, “You’re coming with us,” and that was the last "
            "I saw of my phone,’ said Ben Okoro, 23.",
            "last I saw",
            "Ben Okoro",
        ),
    ),
    (
        "en-pa-straight-double-quotes",
        _case(
            '"The pitch was unplayable by half-time," said Halbrook Rovers captain Liam Sheard.',
            "unplayable by half-time",
            "Liam Sheard",
        ),
    ),
    (
        "en-straight-single-quotes-apostrophe",
        _case(
            "'We're disappointed, but we'll be back in the Championship,' said Ashby Vale "
            "chairman Derek Noble.",
            "back in the Championship",
            "Derek Noble",
        ),
    ),
    (
        "en-commons-secretary-told-mps",
        _case(
            "Health Secretary Helena Brook told MPs: ‘No A&E in this country will close on "
            "my watch.’",
            "on my watch",
            "Helena Brook",
        ),
    ),
    (
        "en-senedd-minister-apposition-partial",
        _case(
            "Speaking in the Senedd, the Welsh Government’s economy minister, Rhodri Pask, "
            "said the closure was ‘a hammer blow for the whole valley’.",
            "whole valley",
            "Rhodri Pask",
        ),
    ),
    (
        "en-pull-quote-dash-name",
        _case(
            "‘Leave the old railway bridge alone – it’s part of who we are.’ – Margaret "
            "Colley, 71, a resident since 1962",
            "old railway bridge",
            "Margaret Colley",
        ),
    ),
    (
        "en-they-said-family-plural",
        _case(
            "The Ruddocks have run the farm shop for three generations. ‘We’re not selling "
            "up, whatever the developers offer,’ they said.",
            "not selling up",
            "The Ruddocks",
        ),
    ),
]

GERMAN: list[tuple[str, Case]] = [
    (
        "de-inverted-sagte-ministerin",
        _case(
            "„Wir werden die Förderung für die Tafeln nicht kürzen“, sagte die bayerische "
            "Sozialministerin Karin Holzner am Montag in München.",
            "Förderung für die Tafeln",
            "Karin Holzner",
        ),
    ),
    (
        "de-betonte-buergermeisterin",
        _case(
            "„Das Freibad bleibt auch im nächsten Sommer geöffnet“, betonte Bürgermeisterin "
            "Sabine Reuter vor dem Gemeinderat.",
            "Freibad bleibt",
            "Sabine Reuter",
        ),
    ),
    (
        "de-landrat-party-colon",
        _case(
            "Landrat Georg Stadler (CSU) zeigte sich am Abend erleichtert: „Die Pegel "
            "sinken, das Schlimmste haben wir hinter uns.“",
            "Pegel sinken",
            "Georg Stadler",
        ),
    ),
    (
        "de-staatsanwaeltin-konjunktiv-sagte-sie",
        _case(
            "In ihrem Plädoyer forderte Staatsanwältin Miriam Kessler vier Jahre Haft. Der "
            "Angeklagte habe „mit großer Kaltblütigkeit“ gehandelt, sagte sie.",
            "großer Kaltblütigkeit",
            "Miriam Kessler",
        ),
    ),
    (
        "de-so-trainer-after-quote",
        _case(
            "„Wir haben in der zweiten Halbzeit komplett den Faden verloren“, so Trainer Uwe "
            "Brettschneider nach dem 1:3 in Paderborn.",
            "den Faden verloren",
            "Uwe Brettschneider",
        ),
    ),
    (
        "de-so-der-coach-konjunktiv",
        _case(
            "Nach der Niederlage ging Hannes Wiegand hart mit seiner Mannschaft ins Gericht. "
            "Das Team sei „mental nicht auf der Höhe“ gewesen, so der Coach.",
            "mental nicht",
            "der Coach",
        ),
    ),
    (
        "de-laut-polizeisprecher",
        _case(
            "Laut Polizeisprecher Tobias Rainer war der Fahrer „deutlich zu schnell“ unterwegs.",
            "deutlich zu schnell",
            "Tobias Rainer",
        ),
    ),
    (
        "de-nach-angaben-feuerwehr",
        _case(
            "Nach Angaben der Feuerwehr bestand zu keinem Zeitpunkt „Gefahr für die Anwohner“.",
            "Gefahr für die Anwohner",
            "Feuerwehr",
        ),
    ),
    (
        "de-gutachten-zufolge",
        _case(
            "Dem Gutachten zufolge ist die Talbrücke „nicht mehr sanierungsfähig“.",
            "sanierungsfähig",
            "Gutachten",
        ),
    ),
    (
        "de-konjunktiv-chain-after-sagte",
        _case(
            "Gesundheitsministerin Ulrike Sander sagte, man werde das Gesetz noch vor der "
            "Sommerpause vorlegen. Die Lage in den Kliniken sei „angespannt, aber "
            "beherrschbar“.",
            "aber beherrschbar",
            "Ulrike Sander",
        ),
    ),
    (
        "de-richter-deutliche-worte-colon",
        _case(
            "Der Vorsitzende Richter Bernd Ahlers fand deutliche Worte: „Sie haben das "
            "Vertrauen alter Menschen schamlos ausgenutzt.“",
            "schamlos ausgenutzt",
            "Bernd Ahlers",
        ),
    ),
    (
        "de-urteilsbegruendung-inverted-colon",
        _case(
            "In der Urteilsbegründung sagte die Vorsitzende Richterin Gabriele Thiel: „Die "
            "Kammer hat keinen Zweifel an der Schuld des Angeklagten.“",
            "keinen Zweifel",
            "Gabriele Thiel",
        ),
    ),
    (
        "de-verteidigerin-sagte-sie",
        _case(
            "Die Verteidigerin Nadine Faber plädierte auf Freispruch. „Es gibt keinen "
            "einzigen Zeugen, der meinen Mandanten am Tatort gesehen hat“, sagte sie.",
            "keinen einzigen Zeugen",
            "Nadine Faber",
        ),
    ),
    (
        "de-erklaerung-verlesen-raeumte-ein",
        _case(
            "In einer von seinem Anwalt verlesenen Erklärung räumte der Angeklagte ein: „Ich "
            "habe einen schweren Fehler gemacht und schäme mich dafür.“",
            "schäme mich",
            "der Angeklagte",
        ),
    ),
    (
        "de-beteuerte-angeklagte-after",
        _case(
            "Sie habe „von alldem nichts gewusst“, beteuerte die 52-jährige Angeklagte.",
            "nichts gewusst",
            "Angeklagte",
        ),
    ),
    (
        "de-heisst-es-im-urteil",
        _case(
            "„Eine Tötungsabsicht lässt sich nicht mit der nötigen Sicherheit feststellen“, "
            "heißt es in dem Urteil des Landgerichts.",
            "Tötungsabsicht",
            "Urteil",
        ),
    ),
    (
        "de-zeuge-schilderte-konjunktiv",
        _case(
            "Ein Zeuge schilderte vor Gericht, der Mann sei „wie von Sinnen“ auf die Gäste "
            "losgegangen.",
            "wie von Sinnen",
            "Ein Zeuge",
        ),
    ),
    (
        "de-spiegel-guillemets-sagt",
        _case(
            "»Wir haben das Problem jahrelang unterschätzt«, sagt Anna Lindemann, die seit "
            "2015 das Jugendamt leitet.",
            "jahrelang unterschätzt",
            "Anna Lindemann",
        ),
    ),
    (
        "de-spiegel-guillemets-er-later",
        _case(
            "Jens Marquardt sitzt in seinem Büro im vierten Stock und blättert in den Akten. "
            "»Das hier ist die dritte Beschwerde in diesem Monat«, sagt er.",
            "dritte Beschwerde",
            "Jens Marquardt",
        ),
    ),
    (
        "de-nested-single-outer-speaker",
        _case(
            "„Der Beamte sagte nur: ‚Gehen Sie weiter‘, dann war die Straße gesperrt“, "
            "berichtete die Anwohnerin Petra Voss.",
            "dann war die Straße",
            "Petra Voss",
        ),
    ),
    (
        "de-straight-quotes-web",
        _case(
            '"Wir haben alles gegeben, mehr war heute nicht drin", sagte Stürmer Nico '
            "Albrecht nach dem Pokalaus.",
            "alles gegeben",
            "Nico Albrecht",
        ),
    ),
    (
        "de-swiss-guillemets-sda-anfrage",
        _case(
            "«Wir prüfen alle Varianten, auch eine Schliessung», sagte Regierungsrätin "
            "Claudia Meier-Frei auf Anfrage der Nachrichtenagentur Keystone-SDA.",
            "auch eine Schliessung",
            "Claudia Meier-Frei",
        ),
    ),
    (
        "de-swiss-kantonspolizei-teilte-mit",
        _case(
            "Die Kantonspolizei St. Gallen teilte am Sonntag mit, der Lenker sei «aus noch "
            "ungeklärten Gründen» von der Strasse abgekommen.",
            "ungeklärten Gründen",
            "Kantonspolizei St. Gallen",
        ),
    ),
    (
        "de-swiss-gegenueber-srf",
        _case(
            "«Das ganze Dorf steht unter Schock», sagte Gemeindepräsident Urs Gerber "
            "gegenüber Radio SRF.",
            "unter Schock",
            "Urs Gerber",
        ),
    ),
    (
        "de-swiss-bundesgericht-haelt-fest",
        _case(
            "Das Bundesgericht hält in seinem Urteil fest, die Kündigung der Lehrerin sei "
            "«missbräuchlich» gewesen.",
            "missbräuchlich",
            "Bundesgericht",
        ),
    ),
    (
        "de-swiss-tagesschau-title-in-marks",
        _case(
            "«Die Prämien werden auch im nächsten Jahr steigen», sagte "
            "Gesundheitspolitikerin Monika Bühler am Abend in der «Tagesschau» von SRF.",
            "Prämien werden",
            "Monika Bühler",
        ),
    ),
    (
        "de-swiss-nested-single-guillemets",
        _case(
            "«Plötzlich rief jemand ‹Feuer!›, und alle rannten zum Ausgang», erzählte die "
            "Besucherin Martina Zürcher.",
            "alle rannten",
            "Martina Zürcher",
        ),
    ),
    (
        "de-austria-apa-landeshauptfrau",
        _case(
            "„Wir lassen die Gemeinden nicht im Stich“, sagte Landeshauptfrau Johanna "
            "Pichler (ÖVP) am Mittwoch zur APA.",
            "nicht im Stich",
            "Johanna Pichler",
        ),
    ),
    (
        "de-austria-mag-title-nbsp",
        _case(
            "„Die Ermittlungen laufen in alle Richtungen“, sagte Mag.\u00a0Christoph Haider, "
            "Sprecher der Landespolizeidirektion Kärnten.",
            "in alle Richtungen",
            "Christoph Haider",
        ),
    ),
    (
        "de-austria-oe1-kuendigte-an-sie",
        _case(
            "Innenministerin Verena Hofbauer war am Dienstag im Ö1-Morgenjournal zu Gast. "
            "Das Budget für die Polizei werde „deutlich aufgestockt“, kündigte sie an.",
            "deutlich aufgestockt",
            "Verena Hofbauer",
        ),
    ),
    (
        "de-austria-schilderte-gegenueber-orf",
        _case(
            "„Um drei Uhr früh ist der ganze Hang abgerutscht“, schilderte Bürgermeister "
            "Alois Gruber gegenüber ORF Tirol.",
            "Hang abgerutscht",
            "Alois Gruber",
        ),
    ),
    (
        "de-austria-sprecherin-staatsanwaltschaft",
        _case(
            "Eine Sprecherin der Staatsanwaltschaft Wien bestätigte, dass gegen den "
            "Bauträger „wegen des Verdachts der schweren Untreue“ ermittelt werde.",
            "schweren Untreue",
            "Sprecherin",
        ),
    ),
    (
        "de-austria-lh-stellvertreter-party",
        _case(
            "„Für neue Windräder im Mühlviertel gibt es mit uns keine Mehrheit“, sagte "
            "Landeshauptmann-Stellvertreter Josef Wimmer (FPÖ).",
            "neue Windräder",
            "Josef Wimmer",
        ),
    ),
    (
        "de-austria-feuerwehrkommandant-colon-paragraph",
        _case(
            "Feuerwehrkommandant Stefan Hölzl schilderte den Einsatz am Abend so:\n\n„Als wir "
            "ankamen, stand der Dachstuhl bereits in Vollbrand. Wir konnten nur noch die "
            "Nachbarhäuser schützen.“",
            "Nachbarhäuser",
            "Stefan Hölzl",
        ),
    ),
    (
        "de-austria-zib2-title-pronoun",
        _case(
            "Der Sozialminister Ernst Koller geriet am Abend unter Druck. „Ich trete nicht "
            "zurück“, sagte er in der „ZIB 2“.",
            "trete nicht zurück",
            "Ernst Koller",
        ),
    ),
    (
        "de-bundestag-warf-vor-konjunktiv",
        _case(
            "Der CDU-Abgeordnete Matthias Kronberg warf der Bundesregierung vor, sie habe "
            "die Kommunen „im Regen stehen lassen“.",
            "im Regen",
            "Matthias Kronberg",
        ),
    ),
    (
        "de-bundestag-konterte-colon",
        _case(
            "Die Grünen-Politikerin Lea Sommerfeld konterte: „Wer zwölf Jahre lang nichts "
            "getan hat, sollte jetzt nicht den Lehrmeister spielen.“",
            "Lehrmeister",
            "Lea Sommerfeld",
        ),
    ),
    (
        "de-bundestag-zwischenruf",
        _case(
            "„Das ist doch Heuchelei!“, rief ein AfD-Abgeordneter dazwischen.",
            "Heuchelei",
            "AfD-Abgeordneter",
        ),
    ),
    (
        "de-bundestag-fronted-adverbial-colon",
        _case(
            "Am Rednerpult verteidigte Finanzminister Hartmut Lenz seinen Etat: „Wir "
            "investieren so viel wie nie und halten trotzdem die Schuldenbremse ein.“",
            "Schuldenbremse",
            "Hartmut Lenz",
        ),
    ),
    (
        "de-bundestag-dashes-inside",
        _case(
            "„Wir werden – und das sage ich hier in aller Deutlichkeit – keine Steuern "
            "erhöhen“, sagte der Kanzleramtschef Bernhard Vogler.",
            "keine Steuern",
            "Bernhard Vogler",
        ),
    ),
    (
        "de-sport-aergerte-sich-kapitaen",
        _case(
            "„So ein Gegentor darf uns in der Nachspielzeit einfach nicht passieren“, "
            "ärgerte sich Kapitän Jonas Wirth.",
            "Nachspielzeit",
            "Jonas Wirth",
        ),
    ),
    (
        "de-sport-freute-sich-der-29-jaehrige",
        _case(
            "Torhüter Marcel Engel hielt zwei Elfmeter. „Ich hatte einfach ein gutes "
            "Gefühl“, freute sich der 29-Jährige.",
            "gutes Gefühl",
            "der 29-Jährige",
        ),
    ),
    (
        "de-sport-trainer-bedient-colon",
        _case(
            "Der Trainer war nach dem Abpfiff bedient: „Das war die schwächste Halbzeit der "
            "ganzen Saison.“",
            "schwächste Halbzeit",
            "Der Trainer",
        ),
    ),
    (
        "de-sport-er-two-men-content",
        _case(
            "Trainer Klaus Wendt lobte nach dem Spiel vor allem Torwart Jonas Pick. „Jonas "
            "hat uns heute den Punkt festgehalten“, sagte er.",
            "den Punkt festgehalten",
            "Klaus Wendt",
        ),
    ),
    (
        "de-sport-die-salzburgerin",
        _case(
            "Für Katharina Brunner war das Rennen in Flachau früh vorbei. „Oben war es "
            "extrem eisig, da habe ich zu viel riskiert“, sagte die Salzburgerin.",
            "extrem eisig",
            "die Salzburgerin",
        ),
    ),
    (
        "de-sport-swiss-der-berner",
        _case(
            "Im Schlussgang bezwang Reto Gasser den Titelverteidiger. «Ich bin einfach nur "
            "müde und glücklich», sagte der Berner.",
            "müde und glücklich",
            "der Berner",
        ),
    ),
    (
        "de-fronted-adverbial-sprecherin-apposition",
        _case(
            "Am Dienstag erklärte die Sprecherin der Stadtwerke, Petra Lang: „Die Versorgung "
            "ist wieder vollständig hergestellt.“",
            "vollständig hergestellt",
            "Petra Lang",
        ),
    ),
    (
        "de-organisation-teilte-mit",
        _case(
            "„Die Messwerte liegen deutlich unter den Grenzwerten“, teilte das "
            "Umweltministerium in Stuttgart mit.",
            "Messwerte",
            "Umweltministerium",
        ),
    ),
    (
        "de-hiess-es-mitteilung-der-stadt",
        _case(
            "„Wir bitten alle Betroffenen noch um etwas Geduld“, hieß es in einer Mitteilung "
            "der Stadt.",
            "etwas Geduld",
            "Mitteilung",
        ),
    ),
    (
        "de-anonym-mitarbeiter",
        _case(
            "„Hier traut sich keiner mehr, den Mund aufzumachen“, sagt ein Mitarbeiter, der "
            "anonym bleiben möchte.",
            "den Mund aufzumachen",
            "ein Mitarbeiter",
        ),
    ),
    (
        "de-aus-regierungskreisen",
        _case(
            "„Eine Einigung bis Freitag ist unrealistisch“, hieß es am Abend aus "
            "Regierungskreisen.",
            "Einigung bis Freitag",
            "Regierungskreisen",
        ),
    ),
    (
        "de-sie-woman-among-two",
        _case(
            "Bürgermeister Frank Ostermann traf sich am Morgen mit der Schulleiterin Eva "
            "Roth. „Wir brauchen die neuen Räume spätestens im September“, sagte sie.",
            "neuen Räume",
            "Eva Roth",
        ),
    ),
    (
        "de-partial-nannte",
        _case(
            "Die Opposition nannte den Entwurf „handwerklich schlecht und sozial ungerecht“.",
            "handwerklich schlecht",
            "Die Opposition",
        ),
    ),
    (
        "de-bezeichnete-als",
        _case(
            "Der Verband der Kinderärzte bezeichnete die Wartezeiten als „nicht länger "
            "hinnehmbar“.",
            "länger hinnehmbar",
            "Verband der Kinderärzte",
        ),
    ),
    (
        "de-split-quote-second-part-dr",
        _case(
            "„Die Zahlen sind ermutigend“, sagte die Virologin Dr. Helga Moser, „aber für "
            "eine Entwarnung ist es zu früh.“",
            "Entwarnung",
            "Helga Moser",
        ),
    ),
    (
        "de-wie-sprecher-sagte",
        _case(
            "Wie ein Sprecher der Deutschen Bahn sagte, soll der Verkehr „frühestens am "
            "Donnerstagmorgen“ wieder rollen.",
            "Donnerstagmorgen",
            "Sprecher",
        ),
    ),
    (
        "de-wie-polizei-mitteilte",
        _case(
            "Wie die Polizei mitteilte, war der 17-Jährige „nicht ansprechbar“, als die "
            "Streife eintraf.",
            "nicht ansprechbar",
            "die Polizei",
        ),
    ),
    (
        "de-zitiert-mit-den-worten",
        _case(
            "Der „Oberland-Bote“ zitiert den Landrat mit den Worten: „Wir werden jeden Cent "
            "zurückfordern.“",
            "jeden Cent",
            "den Landrat",
        ),
    ),
    (
        "de-das-sagte-next-sentence",
        _case(
            "„Wir rechnen mit einem Anstieg der Mieten um bis zu zwölf Prozent.“ Das sagte "
            "der Präsident des Mieterbundes, Werner Kolb, am Freitag in Hannover.",
            "zwölf Prozent",
            "Werner Kolb",
        ),
    ),
    (
        "de-vox-pop-age-apposition",
        _case(
            "„Ich fahre seit zehn Jahren diese Strecke, so schlimm war es noch nie“, sagt "
            "Lena Vogt, 34, Pflegerin aus Kassel.",
            "so schlimm war es",
            "Lena Vogt",
        ),
    ),
    (
        "de-prof-dr-vom-institut",
        _case(
            "„Die Daten lassen nur einen einzigen Schluss zu“, sagt Prof. Dr. Martin Seidl "
            "vom Institut für Meereskunde.",
            "einzigen Schluss",
            "Martin Seidl",
        ),
    ),
    (
        "de-science-studienleiterin-erklaert",
        _case(
            "Die Ergebnisse überraschten selbst das Forschungsteam. „Wir hatten mit einem "
            "kleinen Effekt gerechnet, nicht mit einer Halbierung“, erklärt Studienleiterin "
            "Judith Albers von der Universität Greifswald.",
            "Halbierung",
            "Judith Albers",
        ),
    ),
    (
        "de-business-vorstandschef-bilanz",
        _case(
            "„Das vierte Quartal war das stärkste unserer Firmengeschichte“, sagte "
            "Vorstandschef Rainer Baumgart bei der Vorlage der Zahlen in Heilbronn.",
            "vierte Quartal",
            "Rainer Baumgart",
        ),
    ),
    (
        "de-business-sprach-von-partial",
        _case(
            "Finanzvorständin Sylvia Krämer sprach von einem „schwierigen, aber "
            "beherrschbaren Umfeld“.",
            "beherrschbaren Umfeld",
            "Sylvia Krämer",
        ),
    ),
    (
        "de-business-analyst-urteilte",
        _case(
            "„Der Ausblick ist enttäuschend, der Markt hatte deutlich mehr erwartet“, "
            "urteilte Analyst Felix Grund vom Bankhaus Lindner.",
            "Ausblick ist enttäuschend",
            "Felix Grund",
        ),
    ),
    (
        "de-business-das-unternehmen-man-sehe",
        _case(
            "Der Bielefelder Maschinenbauer Hollweg kündigte an, bis Ende 2027 rund 400 "
            "Stellen abzubauen. Man sehe sich „zu diesem Schritt gezwungen“, teilte das "
            "Unternehmen mit.",
            "Schritt gezwungen",
            "das Unternehmen",
        ),
    ),
    (
        "de-health-rki-bewertet-als",
        _case(
            "Das Robert Koch-Institut bewertet die Gefahr für die Bevölkerung derzeit als "
            "„gering“.",
            "gering",
            "Robert Koch-Institut",
        ),
    ),
    (
        "de-fuegte-hinzu-pronoun",
        _case(
            "Die Ministerin Anke Brehm kündigte ein Sofortprogramm an. „Wir fangen nicht bei "
            "null an“, fügte sie hinzu.",
            "nicht bei null",
            "Anke Brehm",
        ),
    ),
    (
        "de-raeumte-ein-apposition",
        _case(
            "„Wir haben die Nachfrage unterschätzt“, räumte der Geschäftsführer der "
            "Verkehrsbetriebe, Dirk Hansen, ein.",
            "Nachfrage unterschätzt",
            "Dirk Hansen",
        ),
    ),
    (
        "de-konjunktiv-two-sentences-so-x",
        _case(
            "Die Stadt habe die Warnungen „monatelang ignoriert“. Nun müssten die Anwohner "
            "die Folgen tragen, so Ingrid Lamm, Sprecherin der Bürgerinitiative.",
            "monatelang ignoriert",
            "Ingrid Lamm",
        ),
    ),
    (
        "de-continuation-next-paragraph",
        _case(
            "„Das Angebot ist eine Frechheit“, sagte Verdi-Verhandlungsführerin Birgit "
            "Lorenz.\n\n„Wir werden die Warnstreiks ausweiten, wenn sich bis Montag nichts "
            "bewegt.“",
            "Warnstreiks ausweiten",
            "Birgit Lorenz",
        ),
    ),
    (
        "de-split-continuation-next-sentence",
        _case(
            "„Wir sind zu Gesprächen bereit“, sagte Gewerkschaftschef Rolf Schmid. „Aber "
            "nicht um jeden Preis.“",
            "jeden Preis",
            "Rolf Schmid",
        ),
    ),
    (
        "de-tv-title-then-partial",
        _case(
            "Im ARD-„Morgenmagazin“ sagte Verkehrsminister Paul Sänger, die Maut werde "
            "„nicht vor 2028“ kommen.",
            "nicht vor 2028",
            "Paul Sänger",
        ),
    ),
    (
        "de-dative-paper-fronted-inverted",
        _case(
            "Dem „Weinstraßen-Kurier“ sagte die Winzerin Katja Ostheimer: „Der Frost hat uns "
            "die halbe Ernte gekostet.“",
            "halbe Ernte",
            "Katja Ostheimer",
        ),
    ),
    (
        "de-erklaerung-der-familie-heisst-es",
        _case(
            "In einer Erklärung der Familie heißt es: „Wir danken allen Helferinnen und "
            "Helfern von Herzen.“",
            "von Herzen",
            "Familie",
        ),
    ),
    (
        "de-polizeisprecherin-der-dpa",
        _case(
            "„Die Frau wurde mit schweren Verletzungen in eine Klinik gebracht“, sagte eine "
            "Polizeisprecherin der Deutschen Presse-Agentur.",
            "schweren Verletzungen",
            "Polizeisprecherin",
        ),
    ),
    (
        "de-seufzte-gastwirt",
        _case(
            "„Jedes Jahr dasselbe Theater mit den Parkplätzen“, seufzte Gastwirt Herbert Maier.",
            "dasselbe Theater",
            "Herbert Maier",
        ),
    ),
    (
        "de-warnte-vor-partial",
        _case(
            "Der Deutsche Wetterdienst warnte vor „extrem ergiebigem Dauerregen“ im Allgäu.",
            "ergiebigem Dauerregen",
            "Deutsche Wetterdienst",
        ),
    ),
    (
        "de-name-after-next-sentence-apposition",
        _case(
            "„Man gewöhnt sich an alles, nur nicht an den Lärm“, sagt Heinz Obermaier. Der "
            "71-Jährige wohnt direkt an der Einflugschneise.",
            "nur nicht an den Lärm",
            "Heinz Obermaier",
        ),
    ),
    (
        "de-liveblog-name-party-colon",
        _case(
            "Gemeinderat Peter Falk (SPD): „Das Projekt ist für uns gestorben, da gibt es "
            "nichts mehr zu verhandeln.“",
            "nichts mehr zu verhandeln",
            "Peter Falk",
        ),
    ),
]


# The misses left after this round's mechanisms, each naming its construction.
KNOWN: dict[str, str] = {
    "en-widow-statement-read-at-hearing": (
        "the speaker mention is the apposed first name ('his widow, Carol,' gives"
        " 'Carol'), not the role it is apposed to"
    ),
    "en-indian-bench-observed": (
        "a collective noun and its members ('A bench of Justices X and Y') gives "
        "the last member, not the bench"
    ),
    "en-straight-single-quotes-apostrophe": (
        "single straight quotation marks ('…,' said X) are not read as quotation marks"
    ),
    "en-they-said-family-plural": ("'they' is not resolved to a plural name ('The Ruddocks')"),
    "de-sie-woman-among-two": (
        "past a man named as the subject, a woman named in a prepositional phrase"
        " ('mit der Schulleiterin Eva Roth') is no antecedent of 'sie'"
    ),
    "de-konjunktiv-two-sentences-so-x": (
        "a chain of reported sentences closed by 'so X' credits only its last sentence"
    ),
}


@pytest.mark.parametrize(("text", "quoted", "want", "reason"), params(ENGLISH, KNOWN))
def test_english(text: str, quoted: str, want: str, reason: str | None) -> None:
    assert speaker_overlaps(text, quoted, want, "en")


@pytest.mark.parametrize(("text", "quoted", "want", "reason"), params(GERMAN, KNOWN))
def test_german(text: str, quoted: str, want: str, reason: str | None) -> None:
    assert speaker_overlaps(text, quoted, want, "de")
