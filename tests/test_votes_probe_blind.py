"""Blind held-out probe for ``find_votes``: invented agency-style passages.

160 passages (en 50, de 25, fr 30, es 30, it 25; 111 tallies and 49 hard
negatives) written by a helper who read neither the rules nor their tests, in
the forms of AP, Reuters, dpa, AFP, EFE and ANSA copy.  On the code it was
first run against, 142 passed (every negative; 94 of 111 tallies).  The 18
misses were named as constructions and each fixed by a general mechanism with
its own table of other sentences (``test_votes_constructions.py``).

Each row is ``(text, expected, construction)``.  ``expected`` is ``None`` when
the passage holds no vote tally, else ``(yes, no, abstain, outcome)`` where a
``None`` abstain or outcome is not checked.
"""

from __future__ import annotations

import pytest

from newsdoc.votes import find_votes

Expected = tuple[int | None, int | None, int | None, str | None] | None
Row = tuple[str, Expected, str]

P = "passed"
F = "failed"

EN: list[Row] = [
    # positives
    (
        "The Senate voted 52-48 on Wednesday to confirm Maria Delgado as secretary of labor.",
        (52, 48, None, P),
        "voted_pair_confirm",
    ),
    (
        "The House passed the spending bill 310-219 late Thursday, sending it to the president.",
        (310, 219, None, P),
        "passed_pair",
    ),
    (
        "The bill passed by a vote of 61 to 38, with one senator not voting.",
        (61, 38, None, P),
        "by_a_vote_of",
    ),
    (
        "The proposal was approved with 14 in favour, two against and three abstentions"
        " at Monday's meeting of the Harwick district council.",
        (14, 2, 3, P),
        "labelled_chain",
    ),
    (
        "The Security Council adopted the resolution with 13 votes in favour, none against"
        " and two abstentions, from Russia and China.",
        (13, 0, 2, P),
        "unsc_none_against",
    ),
    (
        "The Supreme Court ruled 6-3 that the agency had exceeded its authority.",
        (6, 3, None, None),
        "court_ruled",
    ),
    (
        "In a 5-4 ruling, the justices struck down the state's residency requirement.",
        (5, 4, None, None),
        "court_ruling_noun",
    ),
    (
        "The measure was approved 7-2 by the county's Board of Supervisors.",
        (7, 2, None, P),
        "passive_pair",
    ),
    (
        "The Oakdale city council voted nine to four to rezone the former rail yard.",
        (9, 4, None, None),
        "number_words",
    ),
    (
        "The Senate rejected the amendment 44-56, falling short of the support its sponsors"
        " had hoped for.",
        (44, 56, None, F),
        "rejected_small_first",
    ),
    (
        "The House defeated the measure by a vote of 198 to 231.",
        (198, 231, None, F),
        "defeated_by_a_vote",
    ),
    (
        "Shareholders backed the buyout by a vote of 41,250,118 to 3,902,447, the company"
        " said in a filing.",
        (41250118, 3902447, None, P),
        "shareholders_thousands",
    ),
    (
        "The zoning board voted 4-1, with two members absent, to approve the permit.",
        (4, 1, None, P),
        "absent_clause",
    ),
    (
        "Members of the Pine County Commission voted unanimously Tuesday to adopt the new"
        " fee schedule.",
        (None, None, None, P),
        "unanimous_no_counts",
    ),
    (
        "The committee voted 11-0 to send the bill to the full Senate.",
        (11, 0, None, None),
        "committee_zero",
    ),
    (
        "Lawmakers approved the state budget 78\u201322 shortly before midnight.",
        (78, 22, None, P),
        "en_dash",
    ),
    (
        "The Senate Judiciary Committee voted 12 to 10 along party lines to advance the"
        " nomination.",
        (12, 10, None, None),
        "committee_to",
    ),
    (
        "The union's members ratified the contract by 2,341 votes to 1,106, the union said.",
        (2341, 1106, None, P),
        "votes_to_thousands",
    ),
    (
        "Delegates at the party convention voted 612 to 388 to drop the platform plank.",
        (612, 388, None, None),
        "convention",
    ),
    (
        "The motion failed on a 3-4 vote, with Councilman Ray Ortiz abstaining.",
        (3, 4, 1, F),
        "failed_named_abstainer",
    ),
    (
        "The bill cleared the Assembly 45-30 and now heads to the Senate.",
        (45, 30, None, P),
        "cleared",
    ),
    (
        "By a margin of 219 to 212, the House adopted the rule governing debate.",
        (219, 212, None, P),
        "margin_before_verb",
    ),
    (
        "The resolution was adopted by 141 votes to 7, with 40 abstentions, in the"
        " 193-member General Assembly.",
        (141, 7, 40, P),
        "votes_to_abstentions_member_count",
    ),
    (
        "The board of directors voted 6-1-1 to accept the offer.",
        (6, 1, 1, P),
        "triple",
    ),
    (
        "The Senate's attempt to override the veto failed 62-37, short of the two-thirds"
        " majority required.",
        (62, 37, None, F),
        "supermajority_failed",
    ),
    (
        "A divided three-judge panel ruled 2-1 that the statute was unconstitutional.",
        (2, 1, None, None),
        "court_panel",
    ),
    (
        "The Senate confirmed her nomination on a vote of 71-27.",
        (71, 27, None, P),
        "on_a_vote_of",
    ),
    (
        "Councillors voted by nine votes to four to close the library branch.",
        (9, 4, None, None),
        "by_words_votes_to",
    ),
    (
        "The measure passed the House, 234 to 193, with four members not voting.",
        (234, 193, None, P),
        "not_voting",
    ),
    (
        "After a two-hour debate, the Zelmont parliament passed the reform with 104 votes"
        " for, 61 against and 12 abstentions.",
        (104, 61, 12, P),
        "for_against_chain",
    ),
    (
        "The council's 8-1 vote approving the contract came after months of negotiations.",
        (8, 1, None, P),
        "vote_noun_possessive",
    ),
    (
        "Seven members voted in favor and five voted against, and the motion carried.",
        (7, 5, None, P),
        "split_clause_words",
    ),
    (
        "The proposal was voted down 5-2 by the planning commission.",
        (2, 5, None, F),
        "voted_down",
    ),
    (
        "The legislature overrode the governor's veto 81-17 on Friday.",
        (81, 17, None, P),
        "override",
    ),
    (
        "The Senate passed the measure 88\u00a0to\u00a011 on Thursday.",
        (88, 11, None, P),
        "nbsp",
    ),
    (
        "The board voted 9-0 to approve the settlement with the former chief executive.",
        (9, 0, None, P),
        "nine_nil",
    ),
    # negatives
    ("Arsenal won 3-1 at Leeds on Saturday.", None, "neg_sport_won"),
    (
        "The Chiefs sealed a 24-17 victory over Denver with a late interception.",
        None,
        "neg_sport_victory",
    ),
    (
        "The governor was re-elected with 52 percent of the vote to 48 percent for her challenger.",
        None,
        "neg_election_percent",
    ),
    (
        "A Reuters/Ipsos poll found 55 percent of voters backed the plan, with 41 percent opposed.",
        None,
        "neg_poll",
    ),
    (
        "Sinner beat Alcaraz 6-4, 6-3 to reach the final in Turin.",
        None,
        "neg_tennis",
    ),
    (
        "The exhibition runs March 3-17 at the city museum.",
        None,
        "neg_date_range",
    ),
    (
        "The figures are on pages 112-118 of the committee's report.",
        None,
        "neg_page_range",
    ),
    (
        "The study surveyed adults aged 18-25 in three states.",
        None,
        "neg_ages",
    ),
    (
        "Shares traded between $41-43 on Tuesday after the earnings report.",
        None,
        "neg_prices",
    ),
    (
        "The Progressive Party won 55% of the vote in Sunday's election.",
        None,
        "neg_vote_share",
    ),
    (
        "The ruling coalition won 120 of the 300 seats in parliament.",
        None,
        "neg_seats",
    ),
    (
        "The Senate is split 51-49 between Republicans and Democrats.",
        None,
        "neg_seat_split",
    ),
    (
        "The 2024-25 budget will be voted on next week by the council.",
        None,
        "neg_fiscal_year",
    ),
    (
        "If all 47 Democrats vote yes, the bill would pass 51-49.",
        None,
        "neg_hypothetical",
    ),
]

DE: list[Row] = [
    (
        "Der Bundestag billigte das Gesetz mit 355 zu 241 Stimmen bei 12 Enthaltungen.",
        (355, 241, 12, P),
        "zu_bei_enthaltungen",
    ),
    (
        "Der Gemeinderat von Ahlfeld stimmte mit neun zu vier Stimmen für den Neubau der"
        " Grundschule.",
        (9, 4, None, None),
        "number_words",
    ),
    (
        "Der Stadtrat lehnte den Bebauungsplan mit 18 zu 23 Stimmen ab.",
        (18, 23, None, F),
        "abgelehnt_small_first",
    ),
    (
        "Mit 412 Ja-Stimmen, 198 Nein-Stimmen und 27 Enthaltungen verabschiedete das"
        " Europaparlament die Richtlinie.",
        (412, 198, 27, P),
        "labelled_before_verb",
    ),
    (
        "Der Ausschuss votierte einstimmig für die Vorlage.",
        (None, None, None, None),
        "einstimmig",
    ),
    (
        "Das Bundesverfassungsgericht entschied mit 5 zu 3 Stimmen, dass die Regelung"
        " verfassungswidrig ist.",
        (5, 3, None, None),
        "court",
    ),
    (
        "Im Kreistag votierten 31 Abgeordnete für den Antrag, 19 dagegen, zwei enthielten sich.",
        (31, 19, 2, None),
        "split_clause",
    ),
    (
        "Der Antrag der Opposition scheiterte mit 290 zu 385 Stimmen.",
        (290, 385, None, F),
        "scheiterte",
    ),
    (
        "Die Synode nahm das Kirchengesetz mit 98 Ja- gegen 7 Nein-Stimmen an.",
        (98, 7, None, P),
        "ja_gegen_nein",
    ),
    (
        "Der Bundesrat hat das Gesetz einstimmig gebilligt.",
        (None, None, None, P),
        "einstimmig_gebilligt",
    ),
    (
        "Mit 1.245 zu 312 Stimmen beschlossen die Delegierten den Leitantrag des Vorstands.",
        (1245, 312, None, P),
        "thousands",
    ),
    (
        "Der Landtag in Hannover stimmte dem Haushalt mit 76 gegen 59 Stimmen zu.",
        (76, 59, None, P),
        "gegen_stimmen",
    ),
    (
        "Die Mitglieder des Aufsichtsrats votierten mit sieben zu zwei Stimmen für den neuen"
        " Vorstandschef.",
        (7, 2, None, None),
        "aufsichtsrat_words",
    ),
    (
        "Der Sicherheitsrat verabschiedete die Resolution mit 13 Ja-Stimmen, keiner"
        " Gegenstimme und zwei Enthaltungen.",
        (13, 0, 2, P),
        "unsc_keine_gegenstimme",
    ),
    (
        "Die Gesellschafterversammlung stimmte mit 61 zu 39 Stimmen gegen den Verkauf der Sparte.",
        (39, 61, None, F),
        "stimmte_gegen",
    ),
    (
        "Der Bundestag beschloss das Gesetz am Freitag: 380 Abgeordnete stimmten mit Ja,"
        " 270 mit Nein, 15 enthielten sich.",
        (380, 270, 15, P),
        "ja_nein_clauses",
    ),
    (
        "Der Verwaltungsrat sprach sich mit 5:2 Stimmen für die Kapitalerhöhung aus.",
        (5, 2, None, None),
        "colon_pair",
    ),
    # negatives
    ("Bayern München gewann mit 3:1 gegen Dortmund.", None, "neg_sport"),
    (
        "Die SPD kam bei der Wahl auf 25,7 Prozent der Stimmen.",
        None,
        "neg_vote_share",
    ),
    (
        "Laut einer Umfrage sind 58 Prozent der Befragten für das Tempolimit, 37 Prozent dagegen.",
        None,
        "neg_poll",
    ),
    ("Die Ausstellung ist vom 3. bis 17. März geöffnet.", None, "neg_date_range"),
    ("Zverev siegte 6:4, 6:3 gegen Medwedew.", None, "neg_tennis"),
    ("Die Union gewann 208 der 630 Sitze im Bundestag.", None, "neg_seats"),
    (
        "Das Angebot richtet sich an Jugendliche im Alter von 14 bis 17 Jahren.",
        None,
        "neg_ages",
    ),
    (
        "Über den Doppelhaushalt 2025/26 soll am Donnerstag im Landtag abgestimmt werden.",
        None,
        "neg_future_vote_year",
    ),
]

FR: list[Row] = [
    (
        "L'Assemblée nationale a adopté le projet de loi par 312 voix contre 210.",
        (312, 210, None, P),
        "voix_contre",
    ),
    (
        "Le conseil municipal a approuvé le budget à l'unanimité.",
        (None, None, None, P),
        "unanimite",
    ),
    (
        "Le Sénat a rejeté l'amendement par 140 voix contre 198.",
        (140, 198, None, F),
        "rejete_small_first",
    ),
    (
        "Les députés ont voté la réforme par 286 voix pour, 229 contre et 31 abstentions.",
        (286, 229, 31, P),
        "pour_contre_abstentions",
    ),
    (
        "Le conseil d'administration s'est prononcé par six voix contre trois en faveur de"
        " la cession.",
        (6, 3, None, None),
        "number_words",
    ),
    (
        "La résolution a été adoptée par 13 voix pour, zéro contre et deux abstentions"
        " (Chine, Russie).",
        (13, 0, 2, P),
        "unsc_zero",
    ),
    (
        "Le Tribunal fédéral a tranché par trois voix contre deux en faveur du recourant.",
        (3, 2, None, None),
        "court_words",
    ),
    (
        "Par 401 voix contre 118, les eurodéputés ont approuvé l'accord commercial.",
        (401, 118, None, P),
        "counts_before_verb",
    ),
    (
        "Le projet a été rejeté par 85 voix contre 102 et 9 abstentions au Conseil national.",
        (85, 102, 9, F),
        "rejete_abstentions",
    ),
    (
        "Les actionnaires ont approuvé la fusion par 1\u202f204\u202f567 voix contre 98\u202f312.",
        (1204567, 98312, None, P),
        "thousands_nnbsp",
    ),
    (
        "Le texte a obtenu 348 voix pour et 192 contre lors du vote solennel.",
        (348, 192, None, None),
        "obtenu_pour_contre",
    ),
    (
        "Le comité exécutif a voté à 9 contre 4 la suspension du joueur.",
        (9, 4, None, None),
        "a_contre",
    ),
    (
        "Le Parlement européen a adopté le rapport avec 455 voix pour, 130 contre et 40"
        " abstentions.",
        (455, 130, 40, P),
        "avec_pour_contre",
    ),
    (
        "La proposition de loi a été largement adoptée, par 498 voix contre 12.",
        (498, 12, None, P),
        "largement_adoptee",
    ),
    (
        "Réunis en congrès, les militants ont rejeté la fusion par 1\u00a0530 voix contre"
        " 2\u00a0011.",
        (1530, 2011, None, F),
        "congress_rejected_nbsp",
    ),
    (
        "Le Conseil de sécurité a adopté la résolution par 14 voix pour, aucune contre et"
        " une abstention.",
        (14, 0, 1, P),
        "unsc_aucune",
    ),
    (
        "Le Sénat a voté le texte à l'unanimité des suffrages exprimés.",
        (None, None, None, None),
        "unanimite_suffrages",
    ),
    (
        "Trente-deux conseillers ont voté pour, quatorze contre.",
        (32, 14, None, None),
        "split_clause_words",
    ),
    (
        "À six voix contre trois, la Cour suprême américaine a invalidé la mesure.",
        (6, 3, None, None),
        "court_before_verb",
    ),
    (
        "L'amendement a été repoussé par 67 voix contre 45.",
        (45, 67, None, F),
        "repousse_large_first",
    ),
    (
        "Les sénateurs ont adopté l'article par 210 voix pour et 115 contre, 20 sénateurs"
        " s'étant abstenus.",
        (210, 115, 20, P),
        "abstenus_clause",
    ),
    # negatives
    ("Le PSG s'est imposé 3-1 face à Lyon samedi soir.", None, "neg_sport"),
    (
        "Le candidat a obtenu 52,3 % des voix au second tour.",
        None,
        "neg_vote_share",
    ),
    (
        "Selon un sondage Ifop, 61 % des Français sont favorables à la réforme, 37 % y sont"
        " opposés.",
        None,
        "neg_poll",
    ),
    ("Le festival se tiendra du 12 au 15 juillet.", None, "neg_date_range"),
    ("Gasquet s'est incliné 6-4, 6-3 au premier tour.", None, "neg_tennis"),
    ("Le parti a remporté 142 des 577 sièges.", None, "neg_seats"),
    (
        "La formation s'adresse aux jeunes de 18 à 25 ans.",
        None,
        "neg_ages",
    ),
    (
        "Le prix du litre de gazole est passé de 1,85 à 1,92 euro.",
        None,
        "neg_prices",
    ),
    (
        "L'OM a battu Monaco deux buts à un après avoir mené 2-0 à la pause.",
        None,
        "neg_sport_words",
    ),
]

ES: list[Row] = [
    (
        "El Congreso aprobó la reforma con 176 votos a favor, 170 en contra y 4 abstenciones.",
        (176, 170, 4, P),
        "a_favor_en_contra",
    ),
    (
        "La ley salió adelante por 187 votos frente a 160.",
        (187, 160, None, P),
        "frente_a",
    ),
    (
        "El Senado rechazó la moción con 112 votos en contra y 98 a favor.",
        (98, 112, None, F),
        "rechazo_against_first",
    ),
    (
        "El pleno del ayuntamiento aprobó por unanimidad la nueva ordenanza de terrazas.",
        (None, None, None, P),
        "unanimidad",
    ),
    (
        "La junta de accionistas respaldó la operación con 1.245 votos a favor y 37 en contra.",
        (1245, 37, None, P),
        "thousands",
    ),
    (
        "El Tribunal Supremo de Estados Unidos falló por seis votos contra tres a favor de"
        " la empresa.",
        (6, 3, None, None),
        "court_words",
    ),
    (
        "El Consejo de Seguridad aprobó la resolución con 13 votos a favor, ninguno en"
        " contra y dos abstenciones.",
        (13, 0, 2, P),
        "unsc_ninguno",
    ),
    (
        "Con 201 votos a favor y 145 en contra, la Cámara de Diputados dio luz verde al"
        " presupuesto.",
        (201, 145, None, P),
        "counts_before_verb",
    ),
    (
        "La comisión votó nueve a cuatro a favor del dictamen.",
        (9, 4, None, None),
        "number_words",
    ),
    (
        "La propuesta fue rechazada por 14 votos contra 9.",
        (9, 14, None, F),
        "rechazada_large_first",
    ),
    (
        "El Parlamento Europeo aprobó el informe con 502 votos a favor, 98 en contra y 41"
        " abstenciones.",
        (502, 98, 41, P),
        "eurocamara_chain",
    ),
    (
        "La enmienda fue aprobada por 33 votos contra 28 en el Senado chileno.",
        (33, 28, None, P),
        "passive_contra",
    ),
    (
        "Los delegados del congreso del partido aprobaron la ponencia con 812 votos a"
        " favor, 45 en contra y 23 abstenciones.",
        (812, 45, 23, P),
        "party_congress",
    ),
    (
        "La Corte Constitucional votó 6-3 para tumbar el decreto presidencial.",
        (6, 3, None, None),
        "court_pair",
    ),
    (
        "El proyecto obtuvo 64 votos afirmativos y 3 negativos en el Senado argentino.",
        (64, 3, None, None),
        "afirmativos_negativos",
    ),
    (
        "Hubo 120 votos a favor, 95 en contra y 12 abstenciones, por lo que la ley quedó aprobada.",
        (120, 95, 12, P),
        "hubo_chain",
    ),
    (
        "La Asamblea de Madrid tumbó la iniciativa por 70 votos frente a 66.",
        (66, 70, None, F),
        "tumbo_frente_a",
    ),
    (
        "El consejo de administración aprobó la venta por siete votos a favor y dos en contra.",
        (7, 2, None, P),
        "board_words",
    ),
    (
        "El Senado mexicano aprobó la reforma con 86 votos a favor y 41 en contra, con una"
        " abstención.",
        (86, 41, 1, P),
        "una_abstencion",
    ),
    (
        "La Eurocámara rechazó la objeción por 266 votos a favor, 348 en contra y 18 abstenciones.",
        (266, 348, 18, F),
        "rechazo_labelled",
    ),
    (
        "El Congreso convalidó el decreto con 178 votos a favor y 165 en contra; siete"
        " diputados estuvieron ausentes.",
        (178, 165, None, P),
        "absent_clause",
    ),
    # negatives
    ("El Real Madrid ganó 3-1 al Barcelona en el Bernabéu.", None, "neg_sport"),
    ("Alcaraz se impuso por 6-4, 6-3 en la final.", None, "neg_tennis"),
    ("El candidato obtuvo el 52,4 % de los votos.", None, "neg_vote_share"),
    (
        "Según una encuesta del CIS, el 48 % apoya la ley y el 41 % la rechaza.",
        None,
        "neg_poll",
    ),
    ("El festival se celebrará del 12 al 15 de julio.", None, "neg_date_range"),
    ("El partido obtuvo 137 de los 350 escaños.", None, "neg_seats"),
    (
        "El programa está dirigido a jóvenes de 18 a 25 años.",
        None,
        "neg_ages",
    ),
    (
        "El precio del aceite subió de 4,20 a 5,10 euros el litro.",
        None,
        "neg_prices",
    ),
    (
        "El Congreso votará la ley el próximo martes, cuando necesitará 176 votos.",
        None,
        "neg_future_vote",
    ),
]

IT: list[Row] = [
    (
        "La Camera ha approvato il decreto con 150 sì, 98 no e 7 astenuti.",
        (150, 98, 7, P),
        "si_no_astenuti",
    ),
    (
        "Il Senato ha dato il via libera con 201 voti favorevoli e 112 contrari.",
        (201, 112, None, P),
        "via_libera",
    ),
    (
        "Il consiglio comunale ha approvato all'unanimità il bilancio di previsione.",
        (None, None, None, P),
        "unanimita",
    ),
    (
        "L'emendamento è stato respinto con 120 voti contrari e 95 favorevoli.",
        (95, 120, None, F),
        "respinto_against_first",
    ),
    (
        "Con 312 voti a favore, 54 contrari e 18 astensioni, l'Aula ha approvato la mozione.",
        (312, 54, 18, P),
        "counts_before_verb",
    ),
    (
        "Il consiglio di amministrazione ha votato sei a tre per la cessione del ramo d'azienda.",
        (6, 3, None, None),
        "number_words",
    ),
    (
        "La Corte suprema statunitense ha deciso con sei voti contro tre di annullare la norma.",
        (6, 3, None, None),
        "court_words",
    ),
    (
        "Il Consiglio di sicurezza ha adottato la risoluzione con 13 voti a favore,"
        " nessuno contrario e due astensioni.",
        (13, 0, 2, P),
        "unsc_nessuno",
    ),
    (
        "L'assemblea degli azionisti ha approvato la fusione con 1.245.300 voti favorevoli"
        " e 22.410 contrari.",
        (1245300, 22410, None, P),
        "thousands",
    ),
    (
        "La proposta è stata bocciata con 8 voti contro 13.",
        (8, 13, None, F),
        "bocciata",
    ),
    (
        "Il testo è passato con 167 voti a favore, 89 contrari e nessun astenuto.",
        (167, 89, 0, P),
        "nessun_astenuto",
    ),
    (
        "I delegati del congresso hanno approvato la mozione con 420 sì e 61 no.",
        (420, 61, None, P),
        "party_congress",
    ),
    (
        "La commissione Bilancio ha votato il parere con 14 voti favorevoli e 9 contrari,"
        " mentre due membri erano assenti.",
        (14, 9, None, None),
        "absent_clause",
    ),
    (
        "Il Parlamento europeo ha approvato la relazione con 389 voti favorevoli, 201"
        " contrari e 46 astensioni.",
        (389, 201, 46, P),
        "eurocamera_chain",
    ),
    (
        "Il Senato ha respinto la questione pregiudiziale: 98 i voti favorevoli, 140 i contrari.",
        (98, 140, None, F),
        "i_voti_colon",
    ),
    (
        "Sono stati 245 i sì e 112 i no, con 10 astenuti.",
        (245, 112, 10, None),
        "sono_stati",
    ),
    (
        "Il Senato ha approvato con 101 voti a favore e 64 contrari il disegno di legge.",
        (101, 64, None, P),
        "counts_mid_sentence",
    ),
    # negatives
    ("L'Inter ha battuto la Juventus 3-1 a San Siro.", None, "neg_sport"),
    ("Sinner si è imposto 6-4, 6-3 nella finale.", None, "neg_tennis"),
    (
        "Il partito ha ottenuto il 28,7% dei voti alle europee.",
        None,
        "neg_vote_share",
    ),
    (
        "Secondo un sondaggio Swg, il 54% degli italiani è favorevole, il 38% contrario.",
        None,
        "neg_poll",
    ),
    ("La mostra resta aperta dal 3 al 17 marzo.", None, "neg_date_range"),
    ("La coalizione ha conquistato 237 seggi su 400.", None, "neg_seats"),
    (
        "Il corso è rivolto ai giovani dai 18 ai 25 anni.",
        None,
        "neg_ages",
    ),
    (
        "Il prezzo della benzina è salito da 1,85 a 1,92 euro al litro.",
        None,
        "neg_prices",
    ),
]

ROWS: dict[str, list[Row]] = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT}


def _params() -> list[object]:
    params: list[object] = []
    for lang, rows in ROWS.items():
        for i, (text, expected, construction) in enumerate(rows):
            params.append(pytest.param(text, expected, lang, id=f"{lang}-{i:02d}-{construction}"))
    return params


@pytest.mark.parametrize(("text", "expected", "lang"), _params())
def test_votes_probe_blind(text: str, expected: Expected, lang: str) -> None:
    tallies = find_votes(text, language=lang)
    if expected is None:
        assert len(tallies) == 0, tallies
        return
    yes, no, abstain, outcome = expected
    assert len(tallies) == 1, tallies
    (tally,) = tallies
    assert (tally.yes, tally.no) == (yes, no), tally
    if abstain is not None:
        assert tally.abstain == abstain, tally
    if outcome is not None:
        assert tally.outcome == outcome, tally
