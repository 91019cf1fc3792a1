"""Blind probe (third writer) of vote tallies: ``newsdoc.votes.find_votes``.

Covers recorded votes as newsrooms write them in English, German, French, Spanish and
Italian: parliaments (House of Commons, Lok Sabha, US state legislatures, Bundestag,
Nationalrat, Ständerat, Assemblée nationale, Sénat, Conseil national, Congreso, Senado,
Camera, Senato), committees, town, county and regional councils, courts ("in a 5-4 ruling",
"mit 5:3 Stimmen", "par six voix contre trois"), central-bank rate committees (dissenting
members), company boards and shareholder meetings, union ballots, party conferences, the UN
Security Council and General Assembly with abstentions (counted or named), local
referendums stated in counts, confidence and no-confidence motions, rejected amendments and
motions (the smaller count is ``yes``), overridden vetoes, tie votes, numbers written in
words, thousands separators of each language (1,204 / 1.204 / 1 204 with a narrow or plain
no-break space), abstentions and absences in many phrasings.

Roughly 40 % of the cases are hard negatives: sports scores and results, tennis sets and
chess scores, poll percentages, election results in votes per candidate, delegate and seat
counts, date ranges, law and bill numbers, ages, betting odds, prices, phone numbers, a
court's make-up ("6-3 conservative majority") and hypothetical ties.

Written blind from the public conventions (docs/votes.md, docs/formats/votes.md and
newsroom practice) by a helper who read neither the library's rules nor their tests. All
sentences, people, towns, companies and bills are invented.

Cases: 32 per language (en 19 tallies + 13 negatives, de 20 + 12, fr 19 + 13, es 19 + 13,
it 19 + 13), 160 in all, 64 of them negatives.

Passed at first: 131 of 160 (tallies 72 of 96, negatives 59 of 64); 160 now, with no
strict xfails left (the constructions are tested on their own in
``test_votes_constructions.py``).
"""

from __future__ import annotations

import pytest

from vote_helpers import Tally, assert_tallies

# (yes, no, abstain, outcome); abstain and outcome are checked only when not None.
Row = tuple[str, tuple[Tally, ...] | None, str]

EN: list[Row] = [
    (
        "MPs backed the Harbour Levy Bill by 318 votes to 241 on Wednesday evening, "
        "a comfortable second-reading win for ministers.",
        ((318, 241, None, "passed"),),
        "en-commons-by-votes-to",
    ),
    (
        "NEW DELHI, March 6 (Reuters) - The Lok Sabha cleared the river-sharing bill late on "
        "Thursday, with 291 members voting in favour and 214 against.",
        ((291, 214, None, "passed"),),
        "en-lok-sabha-members-voting-in-favour",
    ),
    (
        "The state Senate voted 27-11 to override Governor Dana Whitcombe's veto of the "
        "pension bill, one vote more than the two-thirds it needed.",
        ((27, 11, None, "passed"),),
        "en-state-senate-veto-override",
    ),
    (
        "Hollins Ferry's town council approved the new parking rules by nine votes to three "
        "on Monday night, ending a year of wrangling over meters on Main Street.",
        ((9, 3, None, "passed"),),
        "en-town-council-spelled-votes-to",
    ),
    (
        "The Marlow County Board of Supervisors voted 4-0-1 to lease the old armory to a "
        "theater troupe, with Supervisor Jean Tate abstaining.",
        ((4, 0, 1, "passed"),),
        "en-county-board-three-figures",
    ),
    (
        "WASHINGTON (AP) \u2014 In a 5-4 ruling on Thursday, the Supreme Court said states may "
        "not bar campaign mailers printed in other languages.",
        ((5, 4, None, None),),
        "en-supreme-court-ruling-5-4",
    ),
    (
        "LONDON, Feb 6 (Reuters) - The rate-setting panel at the Bank of England voted 7-2 "
        "to keep Bank Rate at 4.25%, with two members pushing for a quarter-point cut.",
        ((7, 2, None, None),),
        "en-central-bank-mpc-7-2",
    ),
    (
        "The Federal Reserve held its benchmark rate steady on a 10-2 vote, with two "
        "governors dissenting in favor of a cut.",
        ((10, 2, None, None),),
        "en-central-bank-dissenting",
    ),
    (
        "At the annual meeting in Tulsa, shareholders approved the sale of the pipeline unit, "
        "48,310,552 votes to 6,102,907.",
        ((48310552, 6102907, None, "passed"),),
        "en-shareholders-thousands-separators",
    ),
    (
        "Nurses at Greywater General voted 1,204 to 388 to reject the hospital's latest pay "
        "offer, their union said on Friday.",
        ((388, 1204, None, "failed"),),
        "en-union-ballot-vote-to-reject",
    ),
    (
        "At the party's conference in Brighton, delegates defeated a motion to scrap "
        "university tuition fees by 312 votes to 289.",
        ((289, 312, None, "failed"),),
        "en-party-conference-motion-defeated",
    ),
    (
        "UNITED NATIONS (AP) \u2014 The Security Council extended the peacekeeping mission in "
        "a 13-0 vote on Friday, with Russia and China abstaining.",
        ((13, 0, 2, "passed"),),
        "en-security-council-abstainers-named",
    ),
    (
        "The General Assembly endorsed the ocean-plastics declaration by a recorded vote of "
        "139 in favour to 11 against, with 29 abstentions.",
        ((139, 11, 29, "passed"),),
        "en-general-assembly-recorded-vote",
    ),
    (
        "The opposition's no-confidence motion failed 257-309 in the House of Commons late on "
        "Tuesday, leaving Prime Minister Owen Tallis in office.",
        ((257, 309, None, "failed"),),
        "en-no-confidence-motion-failed",
    ),
    (
        "Senators rejected the border-fee amendment 56-43, with one senator not voting.",
        ((43, 56, None, "failed"),),
        "en-amendment-rejected-larger-first",
    ),
    (
        "The motion to close Elm Street Elementary failed on a 3-3 tie vote of the Ashby "
        "school board.",
        ((3, 3, None, "failed"),),
        "en-school-board-tie-vote",
    ),
    (
        "The Senate Judiciary Committee sent Judge Mara Quill's nomination to the floor on a "
        "unanimous 22-0 vote.",
        ((22, 0, None, None),),
        "en-committee-unanimous-with-count",
    ),
    (
        "Residents of Pell Township approved the library levy in a referendum on Tuesday, "
        "2,841 votes to 1,977.",
        ((2841, 1977, None, "passed"),),
        "en-referendum-counts",
    ),
    (
        "The House passed the farm bill 231-198 on Thursday, and the Senate followed a day "
        "later, 58-40.",
        ((231, 198, None, "passed"), (58, 40, None, None)),
        "en-two-tallies-house-then-senate",
    ),
    # Hard negatives.
    (
        "The Ridgeway Hawks edged the Carver Titans 98-95 in overtime, and fans later voted "
        "guard Tomas Reyes the game's most valuable player.",
        None,
        "en-neg-basketball-score-fan-vote",
    ),
    (
        "A survey of 1,012 likely voters found 54% support the transit tax and 38% oppose it, "
        "with the rest undecided.",
        None,
        "en-neg-poll-percentages",
    ),
    (
        "Councilwoman Rita Osei won the mayoral race with 14,220 votes to 11,905 for her "
        "rival, Glen Barlow.",
        None,
        "en-neg-election-votes-per-candidate",
    ),
    (
        "Advocates fear the court's 6-3 conservative majority will be unreceptive when the "
        "appeal is argued in the fall.",
        None,
        "en-neg-court-composition",
    ),
    (
        "Democrats hold 51 of the 100 seats in the Senate, enough to pass the bill if every "
        "member of the caucus votes yes.",
        None,
        "en-neg-seat-count",
    ),
    (
        "Lawmakers will vote on the budget during the June 10-12 session, the first of the "
        "2025-2027 biennium.",
        None,
        "en-neg-date-ranges",
    ),
    (
        "House Bill 24-1107 would let residents aged 16-17 vote in school board elections.",
        None,
        "en-neg-bill-number-and-ages",
    ),
    (
        "Bookmakers in Dublin were offering odds of 5-2 that the referendum would pass.",
        None,
        "en-neg-betting-odds",
    ),
    (
        "Ionescu beat Park 6-4, 3-6, 7-5 to reach the final, a week after fans voted her the "
        "tour's player of the month.",
        None,
        "en-neg-tennis-sets",
    ),
    (
        "Harlan has won 1,204 delegates to Brandt's 876 ahead of the convention, where the "
        "party will vote on its nominee.",
        None,
        "en-neg-delegate-count",
    ),
    (
        "To sign up for voting by mail, call the clerk at 555-0142 before Friday; each ballot "
        "costs the county $2.10 to print.",
        None,
        "en-neg-phone-and-price",
    ),
    (
        "If the Senate splits 50-50 on the nominee, the vice-president would cast the "
        "deciding vote.",
        None,
        "en-neg-hypothetical-tie",
    ),
    (
        "Grandmaster Ilya Bronsky drew with Chen Yu to level the match at 3-3, and organizers "
        "will vote on a tiebreak format on Sunday.",
        None,
        "en-neg-chess-match-score",
    ),
]

DE: list[Row] = [
    (
        "BERLIN (dpa) - Der Bundestag hat das Gesetz zur Förderung kommunaler Wärmenetze am "
        "Donnerstag mit 389 zu 271 Stimmen verabschiedet.",
        ((389, 271, None, "passed"),),
        "de-bundestag-zu-stimmen",
    ),
    (
        "In namentlicher Abstimmung votierten 402 Abgeordnete mit Ja und 198 mit Nein, "
        "11 enthielten sich.",
        ((402, 198, 11, None),),
        "de-namentliche-abstimmung-ja-nein",
    ),
    (
        "WIEN (APA) - Der Nationalrat hat die Pflegereform am Mittwoch mit 112 zu 59 Stimmen "
        "beschlossen.",
        ((112, 59, None, "passed"),),
        "de-nationalrat-oesterreich",
    ),
    (
        "Der Gemeinderat von Altwiesen stimmte dem Bebauungsplan \u201eAm Mühlbach\u201c "
        "mit 19:6 Stimmen zu.",
        ((19, 6, None, "passed"),),
        "de-gemeinderat-doppelpunkt",
    ),
    (
        "KARLSRUHE (dpa) - Der Zweite Senat des Bundesverfassungsgerichts entschied mit "
        "5:3 Stimmen, dass die Regelung gegen das Grundgesetz verstößt.",
        ((5, 3, None, None),),
        "de-gericht-mit-5-3-stimmen",
    ),
    (
        "Der Kreistag lehnte den Antrag der Grünen auf ein Nachtfahrverbot für Lastwagen mit "
        "31 zu 24 Stimmen ab.",
        ((24, 31, None, "failed"),),
        "de-kreistag-lehnte-ab",
    ),
    (
        "Der Bauausschuss befürwortete das Vorhaben mit neun zu zwei Stimmen, ein Mitglied "
        "fehlte entschuldigt.",
        ((9, 2, None, "passed"),),
        "de-ausschuss-zahlwoerter-abwesend",
    ),
    (
        "LONDON (dpa) - Im geldpolitischen Ausschuss der Bank of England stimmten sieben "
        "Mitglieder für eine Zinssenkung, zwei dagegen.",
        ((7, 2, None, None),),
        "de-notenbank-sieben-zwei",
    ),
    (
        "Der Aufsichtsrat der Kelber Stahl AG stimmte der Fusion mit 14 Ja-Stimmen bei zwei "
        "Gegenstimmen zu.",
        ((14, 2, None, "passed"),),
        "de-aufsichtsrat-gegenstimmen",
    ),
    (
        "Auf der Hauptversammlung in Essen stimmten die Aktionäre mit 1.204.377 Ja- gegen "
        "96.512 Nein-Stimmen für die Kapitalerhöhung.",
        ((1204377, 96512, None, None),),
        "de-hauptversammlung-tausenderpunkte",
    ),
    (
        "Bei der Urabstimmung votierten 4.812 Gewerkschaftsmitglieder für die Annahme des "
        "Tarifabschlusses und 1.093 dagegen.",
        ((4812, 1093, None, None),),
        "de-urabstimmung-gewerkschaft",
    ),
    (
        "Die Delegierten des Parteitags in Kassel lehnten den Antrag auf eine Vermögensabgabe "
        "mit 248 zu 212 Stimmen ab.",
        ((212, 248, None, "failed"),),
        "de-parteitag-antrag-abgelehnt",
    ),
    (
        "NEW YORK (dpa) - Die UN-Vollversammlung nahm die Resolution mit 141 Ja-Stimmen bei "
        "7 Gegenstimmen und 32 Enthaltungen an.",
        ((141, 7, 32, "passed"),),
        "de-un-vollversammlung-enthaltungen",
    ),
    (
        "Der UN-Sicherheitsrat verabschiedete den Text mit 13 Ja-Stimmen ohne Gegenstimme; "
        "Russland und China enthielten sich.",
        ((13, 0, 2, "passed"),),
        "de-sicherheitsrat-enthielten-sich",
    ),
    (
        "Das Misstrauensvotum gegen Ministerpräsident Ralf Bemmer scheiterte: Nur 61 "
        "Abgeordnete stimmten dafür, 74 dagegen.",
        ((61, 74, None, "failed"),),
        "de-misstrauensvotum-gescheitert",
    ),
    (
        "Beim Bürgerentscheid über das neue Hallenbad stimmten 8.412 Bürgerinnen und Bürger "
        "mit Ja und 6.903 mit Nein.",
        ((8412, 6903, None, None),),
        "de-buergerentscheid-ja-nein",
    ),
    (
        "Mit 23 zu 23 Stimmen fiel der Antrag auf eine Seilbahn im Stadtrat durch; bei "
        "Stimmengleichheit gilt ein Antrag als abgelehnt.",
        ((23, 23, None, "failed"),),
        "de-stadtrat-stimmengleichheit",
    ),
    (
        "Der Finanzausschuss billigte den Nachtragshaushalt einstimmig mit 13 zu 0 Stimmen.",
        ((13, 0, None, "passed"),),
        "de-einstimmig-mit-zahlen",
    ),
    (
        "BERN (Keystone-SDA) - Der Ständerat sprach sich mit 29 zu 13 Stimmen bei zwei "
        "Enthaltungen für die Vorlage aus.",
        ((29, 13, 2, None),),
        "de-staenderat-enthaltungen",
    ),
    (
        "Der Bundestag wies den Einspruch des Bundesrats gegen das Gesetz mit 371 zu 254 "
        "Stimmen zurück.",
        ((371, 254, None, "passed"),),
        "de-einspruch-zurueckgewiesen",
    ),
    # Hard negatives.
    (
        "Der FC Elmshorn gewann das Derby gegen Blau-Weiß Tessin mit 2:0; die Fans wählten "
        "Torwart Jens Ohlig anschließend zum Spieler des Spiels.",
        None,
        "de-neg-fussball-2-0",
    ),
    (
        "Laut einer Umfrage des Instituts Demoskop befürworten 54 Prozent der Befragten das "
        "Tempolimit, 38 Prozent lehnen es ab.",
        None,
        "de-neg-umfrage-prozent",
    ),
    (
        "Bei der Bürgermeisterwahl erhielt Petra Lind 6.412 Stimmen, ihr Herausforderer "
        "Uwe Kamm kam auf 5.987.",
        None,
        "de-neg-wahl-stimmen-pro-kandidat",
    ),
    (
        "Die Koalition verfügt im Landtag über 68 der 120 Sitze und hat damit bei "
        "Abstimmungen eine knappe Mehrheit.",
        None,
        "de-neg-sitze",
    ),
    (
        "Über den Doppelhaushalt 2025/26 stimmt der Landtag in der Plenarwoche vom 10.-12. Mai ab.",
        None,
        "de-neg-datum-bereich",
    ),
    (
        "Abgestimmt wird am Freitag zunächst über die Artikel 12-15 des Staatsvertrags.",
        None,
        "de-neg-artikel-bereich",
    ),
    (
        "Jugendliche im Alter von 16-17 Jahren dürfen bei der Kommunalwahl erstmals abstimmen.",
        None,
        "de-neg-alter",
    ),
    (
        "Die Füchse aus Kellberg siegten im Pokal mit 31:29 gegen die HSG Lemgau.",
        None,
        "de-neg-handball",
    ),
    (
        "Im Finale setzte sich Lena Voigt mit 6:4, 3:6, 7:5 gegen die Italienerin Sara Conti "
        "durch.",
        None,
        "de-neg-tennis-saetze",
    ),
    (
        "Im Schach-Bundesligaduell trennten sich Hohenau und Brackwitz 4:4; über die Wertung "
        "soll nun das Schiedsgericht entscheiden.",
        None,
        "de-neg-schach-unentschieden",
    ),
    (
        "Briefwahlunterlagen können bis Freitag unter der Rufnummer 0361 55-0142 angefordert "
        "werden; das Porto von 0,95 Euro übernimmt die Stadt.",
        None,
        "de-neg-telefon-porto",
    ),
    (
        "Bei der Abstimmung der Fans zum Tor des Monats setzte sich ein Treffer beim 3:1 "
        "gegen Rostock durch.",
        None,
        "de-neg-fan-abstimmung-spielstand",
    ),
]

FR: list[Row] = [
    (
        "À l\u2019Assemblée nationale, le texte \u00ab\u00a0Territoires d\u2019eau\u00a0\u00bb "
        "sur l\u2019eau potable des communes rurales a franchi la première lecture par "
        "312 voix contre 219.",
        ((312, 219, None, "passed"),),
        "fr-assemblee-par-voix-contre",
    ),
    (
        "Le Sénat a voté la réforme des chambres consulaires par 201 voix pour, 117 contre et "
        "24 abstentions.",
        ((201, 117, 24, "passed"),),
        "fr-senat-pour-contre-abstentions",
    ),
    (
        "Le conseil municipal de Saint-Aubin-des-Prés a approuvé le nouveau plan de "
        "circulation par trente voix contre douze, trois élus étant absents.",
        ((30, 12, None, "passed"),),
        "fr-conseil-municipal-en-lettres-absents",
    ),
    (
        "Réunis en assemblée générale, les actionnaires de Varenne Énergies ont approuvé la "
        "fusion par 1\u202f204\u202f377 voix contre 96\u202f512.",
        ((1204377, 96512, None, "passed"),),
        "fr-actionnaires-espace-fine",
    ),
    (
        "La motion de défiance contre le maire a été repoussée par 19 voix contre 14.",
        ((14, 19, None, "failed"),),
        "fr-motion-defiance-repoussee",
    ),
    (
        "WASHINGTON (AFP) - La Cour suprême américaine a jugé, par six voix contre trois, que "
        "l\u2019État ne pouvait pas interdire ces tracts.",
        ((6, 3, None, None),),
        "fr-cour-supreme-six-contre-trois",
    ),
    (
        "Le comité de politique monétaire de la Banque d\u2019Angleterre s\u2019est prononcé "
        "à sept voix contre deux pour le maintien des taux.",
        ((7, 2, None, None),),
        "fr-banque-centrale-sept-contre-deux",
    ),
    (
        "Le conseil d\u2019administration a entériné la cession par neuf voix contre trois, "
        "deux administrateurs s\u2019étant abstenus.",
        ((9, 3, 2, "passed"),),
        "fr-conseil-administration-abstenus",
    ),
    (
        "Consultés par le syndicat, les salariés de l\u2019usine ont approuvé l\u2019accord "
        "par 1\u00a0812 voix contre 643.",
        ((1812, 643, None, "passed"),),
        "fr-consultation-salaries-espace-insecable",
    ),
    (
        "Les militants réunis en congrès à Tours ont rejeté la motion d\u2019orientation par "
        "412 voix contre 389.",
        ((389, 412, None, "failed"),),
        "fr-congres-motion-rejetee",
    ),
    (
        "L\u2019Assemblée générale des Nations unies a adopté la résolution par 143 voix pour, "
        "9 contre et 25 abstentions.",
        ((143, 9, 25, "passed"),),
        "fr-assemblee-generale-onu",
    ),
    (
        "Le Conseil de sécurité a adopté le texte par 13 voix pour, aucune contre et deux "
        "abstentions (la Chine et la Russie).",
        ((13, 0, 2, "passed"),),
        "fr-conseil-securite-aucune-contre",
    ),
    (
        "En commission des finances, l\u2019amendement a été rejeté par 97 voix contre 54.",
        ((54, 97, None, "failed"),),
        "fr-amendement-rejete",
    ),
    (
        "Lors de la consultation locale, 2\u202f841 habitants ont voté pour le projet de parc "
        "éolien et 1\u202f977 contre.",
        ((2841, 1977, None, None),),
        "fr-consultation-locale-habitants",
    ),
    (
        "Le vote s\u2019est soldé par une égalité parfaite, 17 voix contre 17, et la "
        "délibération a donc été rejetée.",
        ((17, 17, None, "failed"),),
        "fr-egalite-des-voix",
    ),
    (
        "La commission des lois a adopté le texte à l\u2019unanimité, par 38 voix contre zéro.",
        ((38, 0, None, "passed"),),
        "fr-unanimite-avec-decompte",
    ),
    (
        "Le Congrès américain a passé outre au veto présidentiel, la Chambre des "
        "représentants votant par 322 voix contre 98.",
        ((322, 98, None, None),),
        "fr-veto-passe-outre",
    ),
    (
        "Le projet a obtenu 87 voix pour et 41 voix contre\u202f; neuf députés se sont abstenus.",
        ((87, 41, 9, None),),
        "fr-abstenus-apres-point-virgule",
    ),
    (
        "BERNE (ATS) - Le Conseil national a accepté l\u2019initiative par 104 voix contre 82 "
        "et 6 abstentions.",
        ((104, 82, 6, "passed"),),
        "fr-conseil-national-suisse",
    ),
    # Hard negatives.
    (
        "L\u2019Olympique de Valbonne s\u2019est imposé 3-1 face au Stade Rennes-sur-Loire, et "
        "les supporters ont élu le gardien homme du match.",
        None,
        "fr-neg-football-score",
    ),
    (
        "Selon un sondage de l\u2019institut Opinéa, 54\u00a0% des Français approuvent la "
        "réforme, contre 38\u00a0% qui la rejettent.",
        None,
        "fr-neg-sondage-pourcentages",
    ),
    (
        "Au second tour, la maire sortante a obtenu 6\u202f412 voix, contre 5\u202f987 pour "
        "son adversaire.",
        None,
        "fr-neg-election-voix-par-candidat",
    ),
    (
        "La loi n° 2021-1104 avait été votée après de longs débats au Parlement.",
        None,
        "fr-neg-numero-de-loi",
    ),
    (
        "Le vote solennel aura lieu lors de la session des 10-12 mai, a annoncé la "
        "conférence des présidents.",
        None,
        "fr-neg-dates",
    ),
    (
        "La majorité présidentielle ne compte que 166 des 577 sièges, ce qui rend chaque vote "
        "incertain.",
        None,
        "fr-neg-sieges",
    ),
    (
        "Claire Dumont s\u2019est qualifiée pour la finale en battant la Japonaise Aiko Mori "
        "6-3, 4-6, 7-6.",
        None,
        "fr-neg-tennis",
    ),
    (
        "Les jeunes de 16-17 ans pourront voter lors de la consultation citoyenne sur le tramway.",
        None,
        "fr-neg-age",
    ),
    (
        "Le XV de Castelmont l\u2019a emporté 27-24 au terme d\u2019un match fou.",
        None,
        "fr-neg-rugby",
    ),
    (
        "Pour voter par procuration, appelez le 01 45 22 80 17 ou rendez-vous en mairie.",
        None,
        "fr-neg-telephone",
    ),
    (
        "Le ticket de bus passera de 1,70 à 2,10 euros, a voté le syndicat des transports.",
        None,
        "fr-neg-prix",
    ),
    (
        "Forte de sa majorité conservatrice de six juges contre trois, la Cour suprême "
        "américaine devrait valider la loi.",
        None,
        "fr-neg-composition-cour",
    ),
    (
        "En cas d\u2019égalité à 50 voix contre 50, la voix du président de séance serait "
        "prépondérante.",
        None,
        "fr-neg-hypothese-egalite",
    ),
]

ES: list[Row] = [
    (
        "MADRID (EFE) - Los diputados dieron luz verde a la ley de vivienda rural con 178 "
        "votos a favor, 165 en contra y 4 abstenciones en el Congreso.",
        ((178, 165, 4, "passed"),),
        "es-congreso-a-favor-en-contra-abstenciones",
    ),
    (
        "El Senado rechazó la reforma del reglamento con 138 votos en contra y 117 a favor.",
        ((117, 138, None, "failed"),),
        "es-senado-rechaza-en-contra-primero",
    ),
    (
        "El pleno municipal de Villanueva del Arcal aprobó la ordenanza de terrazas con "
        "catorce votos a favor y siete en contra.",
        ((14, 7, None, "passed"),),
        "es-pleno-municipal-en-letras",
    ),
    (
        "El pleno del Tribunal Constitucional avaló la ley por siete votos a cuatro.",
        ((7, 4, None, None),),
        "es-tribunal-constitucional-siete-a-cuatro",
    ),
    (
        "WASHINGTON (EFE) - El Tribunal Supremo de Estados Unidos falló por 5 votos contra 4 "
        "a favor del estado.",
        ((5, 4, None, None),),
        "es-supremo-eeuu-5-contra-4",
    ),
    (
        "CIUDAD DE MÉXICO (EFE) - La junta de gobierno del Banco de México decidió por "
        "cuatro votos a uno mantener la tasa de interés.",
        ((4, 1, None, None),),
        "es-banco-central-cuatro-a-uno",
    ),
    (
        "La junta general de accionistas de Grupo Tarazona aprobó la fusión con 48.310.552 "
        "votos a favor y 6.102.907 en contra.",
        ((48310552, 6102907, None, "passed"),),
        "es-junta-accionistas-miles",
    ),
    (
        "Los trabajadores de la planta respaldaron el preacuerdo en referéndum con 1.204 "
        "votos a favor y 388 en contra, según el comité de empresa.",
        ((1204, 388, None, "passed"),),
        "es-referendum-sindical",
    ),
    (
        "Los compromisarios del congreso del partido rechazaron la enmienda a la ponencia "
        "política por 312 votos contra 289.",
        ((289, 312, None, "failed"),),
        "es-congreso-partido-enmienda-rechazada",
    ),
    (
        "NUEVA YORK (EFE) - La Asamblea General de la ONU aprobó la resolución por 141 votos "
        "a favor, siete en contra y 32 abstenciones.",
        ((141, 7, 32, "passed"),),
        "es-asamblea-general-onu",
    ),
    (
        "El Consejo de Seguridad aprobó el texto por 13 votos a favor y ninguno en contra, con "
        "las abstenciones de Rusia y China.",
        ((13, 0, 2, "passed"),),
        "es-consejo-seguridad-abstenciones-nombradas",
    ),
    (
        "La moción de censura contra la alcaldesa fracasó al obtener solo 10 votos a favor "
        "frente a 15 en contra.",
        ((10, 15, None, "failed"),),
        "es-mocion-censura-fracasa",
    ),
    (
        "Con 12 votos a favor y 12 en contra, la moción quedó empatada y decayó.",
        ((12, 12, None, "failed"),),
        "es-empate",
    ),
    (
        "PAMPLONA (Europa Press) - El Parlamento foral aprobó la ley por 28 votos a favor y 14 "
        "en contra, mientras que los ocho parlamentarios del grupo mixto se abstuvieron.",
        ((28, 14, 8, "passed"),),
        "es-parlamento-se-abstuvieron",
    ),
    (
        "El Congreso levantó el veto del Senado por 180 votos a favor y 165 en contra.",
        ((180, 165, None, "passed"),),
        "es-veto-del-senado-levantado",
    ),
    (
        "El consejo de administración aprobó la operación por nueve votos a favor y dos en "
        "contra, con una abstención.",
        ((9, 2, 1, "passed"),),
        "es-consejo-administracion-abstencion",
    ),
    (
        "La comisión de Hacienda aprobó el dictamen por unanimidad, con 37 votos a favor y "
        "ninguno en contra.",
        ((37, 0, None, "passed"),),
        "es-unanimidad-con-recuento",
    ),
    (
        "En la consulta vecinal, 2.841 vecinos votaron a favor de peatonalizar el centro y "
        "1.977 en contra.",
        ((2841, 1977, None, None),),
        "es-consulta-vecinal-miles",
    ),
    (
        "SANTIAGO (EFE) - El Senado chileno aprobó en general el proyecto por 27 votos frente "
        "a 12.",
        ((27, 12, None, "passed"),),
        "es-senado-frente-a",
    ),
    # Hard negatives.
    (
        "El Real Arcal ganó 2-0 al Deportivo Soria y la afición votó a su portero como mejor "
        "jugador del partido.",
        None,
        "es-neg-futbol",
    ),
    (
        "Según el último barómetro, el 54\u00a0% de los encuestados apoya la reforma y el "
        "38\u00a0% la rechaza.",
        None,
        "es-neg-encuesta",
    ),
    (
        "El candidato socialista obtuvo 14.220 votos, frente a los 11.905 de su rival conservador.",
        None,
        "es-neg-elecciones-votos-por-candidato",
    ),
    (
        "El Gobierno cuenta con 176 de los 350 escaños, la mayoría absoluta justa para ganar "
        "las votaciones.",
        None,
        "es-neg-escanos",
    ),
    (
        "La Ley 39/2015 regula cómo votan los órganos colegiados de la Administración.",
        None,
        "es-neg-numero-de-ley",
    ),
    (
        "La votación de los presupuestos para 2025-2026 se celebrará entre el 10 y el 12 de mayo.",
        None,
        "es-neg-fechas",
    ),
    (
        "El Club Baloncesto Arenal ganó 98-95 al Atlético Sierra tras una prórroga.",
        None,
        "es-neg-baloncesto",
    ),
    (
        "Carla Ruiz se impuso por 6-4 y 7-5 a la estadounidense Amy Ross.",
        None,
        "es-neg-tenis",
    ),
    (
        "El gran maestro ganó la última partida y el duelo terminó 3,5-2,5 a su favor.",
        None,
        "es-neg-ajedrez",
    ),
    (
        "Para votar por correo, los vecinos pueden llamar al 91 555 01 42.",
        None,
        "es-neg-telefono",
    ),
    (
        "Tras la votación en el consorcio, el billete sencillo sube de 1,50 a 1,70 euros.",
        None,
        "es-neg-precio",
    ),
    (
        "Las casas de apuestas pagan 5 a 2 por la victoria del sí en el referéndum.",
        None,
        "es-neg-apuestas",
    ),
    (
        "La candidata suma ya 1.204 delegados frente a los 876 de su rival en las primarias.",
        None,
        "es-neg-delegados",
    ),
]

IT: list[Row] = [
    (
        "ROMA (ANSA) - La Camera ha approvato il decreto sulla manutenzione dei ponti con "
        "203 voti favorevoli, 118 contrari e 9 astenuti.",
        ((203, 118, 9, "passed"),),
        "it-camera-favorevoli-contrari-astenuti",
    ),
    (
        "Il Senato ha votato la fiducia al governo con 104 sì, 71 no e un astenuto.",
        ((104, 71, 1, "passed"),),
        "it-senato-fiducia-si-no",
    ),
    (
        "Il consiglio comunale di Roccaverde ha approvato il bilancio con diciotto voti "
        "favorevoli e cinque contrari.",
        ((18, 5, None, "passed"),),
        "it-consiglio-comunale-in-lettere",
    ),
    (
        "La mozione di sfiducia nei confronti del ministro è stata respinta con 112 voti "
        "favorevoli e 198 contrari.",
        ((112, 198, None, "failed"),),
        "it-sfiducia-respinta",
    ),
    (
        "In commissione Bilancio l\u2019emendamento è stato respinto con 27 voti contro 14.",
        ((14, 27, None, "failed"),),
        "it-emendamento-respinto",
    ),
    (
        "La Corte Suprema degli Stati Uniti ha stabilito con sei voti contro tre che la legge "
        "è incostituzionale.",
        ((6, 3, None, None),),
        "it-corte-suprema-sei-contro-tre",
    ),
    (
        "LONDRA (ANSA) - Il comitato di politica monetaria della Banca d\u2019Inghilterra ha "
        "votato 7 a 2 per lasciare invariati i tassi.",
        ((7, 2, None, None),),
        "it-banca-centrale-7-a-2",
    ),
    (
        "Il consiglio di amministrazione ha dato il via libera alla cessione con otto voti a "
        "favore e uno contrario.",
        ((8, 1, None, "passed"),),
        "it-cda-otto-a-uno",
    ),
    (
        "L\u2019assemblea degli azionisti ha approvato l\u2019aumento di capitale con "
        "1.204.377 voti favorevoli e 96.512 contrari.",
        ((1204377, 96512, None, "passed"),),
        "it-assemblea-azionisti-migliaia",
    ),
    (
        "Al referendum tra i lavoratori dello stabilimento, l\u2019ipotesi di accordo è "
        "passata con 1.812 sì e 643 no.",
        ((1812, 643, None, "passed"),),
        "it-referendum-lavoratori",
    ),
    (
        "I delegati del congresso hanno bocciato la mozione con 412 voti contro 389.",
        ((389, 412, None, "failed"),),
        "it-congresso-mozione-bocciata",
    ),
    (
        "NEW YORK (ANSA) - L\u2019Assemblea generale dell\u2019Onu ha adottato la risoluzione "
        "con 143 voti a favore, 9 contrari e 25 astensioni.",
        ((143, 9, 25, "passed"),),
        "it-assemblea-generale-onu",
    ),
    (
        "Il Consiglio di sicurezza ha approvato la risoluzione con 13 voti a favore e nessun "
        "contrario; si sono astenute Russia e Cina.",
        ((13, 0, 2, "passed"),),
        "it-consiglio-sicurezza-astenute",
    ),
    (
        "La mozione è stata respinta per parità: 16 voti a favore e 16 contrari.",
        ((16, 16, None, "failed"),),
        "it-parita-di-voti",
    ),
    (
        "Il consiglio regionale ha approvato la legge sul turismo con 29 voti a favore, "
        "12 contrari e 4 astenuti, mentre sei consiglieri erano assenti.",
        ((29, 12, 4, "passed"),),
        "it-consiglio-regionale-assenti",
    ),
    (
        "La commissione Affari costituzionali ha approvato il testo all\u2019unanimità, con "
        "42 voti favorevoli e nessun contrario.",
        ((42, 0, None, "passed"),),
        "it-unanimita-con-conteggio",
    ),
    (
        "Il Congresso americano ha superato il veto del presidente: la Camera ha votato 322 a 98.",
        ((322, 98, None, None),),
        "it-veto-superato",
    ),
    (
        "Con 167 voti a favore e 142 contrari, l\u2019aula di Palazzo Madama ha approvato la "
        "riforma.",
        ((167, 142, None, "passed"),),
        "it-palazzo-madama-conteggio-in-apertura",
    ),
    (
        "Al referendum consultivo sulla nuova piscina hanno votato sì 4.812 cittadini e no 3.090.",
        ((4812, 3090, None, None),),
        "it-referendum-consultivo-si-no",
    ),
    # Hard negatives.
    (
        "La Virtus Castellaro ha vinto 3-1 contro il Torre Alta e i tifosi hanno votato il "
        "centravanti migliore in campo.",
        None,
        "it-neg-calcio",
    ),
    (
        "Secondo un sondaggio, il 54 per cento degli italiani è favorevole alla riforma e il "
        "38 per cento contrario.",
        None,
        "it-neg-sondaggio",
    ),
    (
        "Al ballottaggio il sindaco uscente ha ottenuto 6.412 voti contro i 5.987 dello sfidante.",
        None,
        "it-neg-ballottaggio-voti-per-candidato",
    ),
    (
        "La maggioranza conta su 115 dei 200 seggi del Senato, ma i numeri per le votazioni "
        "restano incerti.",
        None,
        "it-neg-seggi",
    ),
    (
        "Il voto si è svolto secondo le regole della legge n. 165/2017.",
        None,
        "it-neg-numero-legge",
    ),
    (
        "Il consiglio comunale voterà il bilancio nella sessione del 10-12 maggio.",
        None,
        "it-neg-date",
    ),
    (
        "I ragazzi di 16-17 anni potranno votare alle primarie del partito.",
        None,
        "it-neg-eta",
    ),
    (
        "Marco Ferri ha battuto lo spagnolo Diego Sáez 6-4, 6-7, 7-5 dopo tre ore di gioco.",
        None,
        "it-neg-tennis",
    ),
    (
        "La Pallacanestro Valsesia ha superato il Basket Lido 98-95 dopo un supplementare.",
        None,
        "it-neg-basket",
    ),
    (
        "La Corte Suprema americana, con la sua maggioranza conservatrice di 6 a 3, potrebbe "
        "ribaltare la sentenza.",
        None,
        "it-neg-composizione-corte",
    ),
    (
        "Per informazioni sul voto a domicilio si può chiamare il numero verde 800-555014.",
        None,
        "it-neg-numero-verde",
    ),
    (
        "I bookmaker danno il sì al referendum a 1,40 e il no a 2,75.",
        None,
        "it-neg-quote",
    ),
    (
        "Nel torneo di scacchi di Reggio la sfida si è chiusa 2,5-1,5 per il giovane maestro.",
        None,
        "it-neg-scacchi",
    ),
]

CASES = [
    pytest.param(lang, text, expected, id=ident)
    for lang, rows in (("en", EN), ("de", DE), ("fr", FR), ("es", ES), ("it", IT))
    for text, expected, ident in rows
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_votes_probe_blind3(lang: str, text: str, expected: tuple[Tally, ...] | None) -> None:
    assert_tallies(text, lang, expected)
