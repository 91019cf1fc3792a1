"""Vote constructions named after the blind probe (``test_votes_probe_blind.py``).

Each class is tested here on sentences other than the probe's: singular sides
after one or none, a side given by the verb of its own clause and gapped after
it, an article before the side in an inverted copula, "in favour of" naming what
a vote favoured, abstentions and absences in their own clause, idioms of
approval, and a capital letter that is a word of the language before a pair.
"""

from __future__ import annotations

import pytest

from newsdoc.votes import find_votes

CASES = [
    # singular sides after one or none
    (
        "de",
        "Der Rat billigte den Plan mit 11 Ja-Stimmen, einer Nein-Stimme und einer Enthaltung.",
        (11, 1, 1),
        "passed",
        "de-singular-one",
    ),
    (
        "it",
        "La mozione è passata con 20 voti favorevoli, un voto contrario e un astenuto.",
        (20, 1, 1),
        "passed",
        "it-singular-one",
    ),
    (
        "es",
        "La moción se aprobó con 30 votos a favor y ningún voto negativo.",
        (30, 0, None),
        "passed",
        "es-singular-none",
    ),
    # the side as the verb of its own clause, gapped in the next
    ("fr", "Dix-neuf élus ont voté pour, sept contre.", (19, 7, None), None, "fr-own-clause"),
    (
        "es",
        "Un total de 150 diputados votaron a favor, 120 en contra y 5 se abstuvieron.",
        (150, 120, 5),
        None,
        "es-own-clause",
    ),
    (
        "it",
        "In aula 160 senatori hanno votato a favore, 90 contro.",
        (160, 90, None),
        None,
        "it-own-clause",
    ),
    (
        "de",
        "Im Stadtrat stimmten 31 Mitglieder mit Ja, 12 mit Nein.",
        (31, 12, None),
        None,
        "de-gapped",
    ),
    # an article before the side in an inverted copula
    (
        "it",
        "Alla Camera il decreto è stato approvato: 310 i sì, 150 i no.",
        (310, 150, None),
        "passed",
        "it-article",
    ),
    (
        "es",
        "Fueron 14 los votos a favor y 9 los votos en contra.",
        (14, 9, None),
        None,
        "es-article",
    ),
    # "in favour of" names what the vote favoured
    (
        "fr",
        "Les juges se sont prononcés par quatre voix contre une en faveur de l'État.",
        (4, 1, None),
        None,
        "fr-favour-of-object",
    ),
    (
        "it",
        "Il collegio ha deciso con tre voti contro due a favore del ricorrente.",
        (3, 2, None),
        None,
        "it-favour-of-object",
    ),
    (
        "es",
        "El pleno aprobó la reforma con 14 votos a favor de la propuesta y 3 en contra.",
        (14, 3, None),
        "passed",
        "es-first-count-favour-of-stands",
    ),
    # abstentions and absences in their own clause
    (
        "fr",
        "Le texte a été adopté par 90 voix contre 40, cinq députés s'étant abstenus.",
        (90, 40, 5),
        "passed",
        "fr-abstained-participle",
    ),
    # idioms of approval
    (
        "es",
        "El Senado dio luz verde a la ley con 150 votos a favor y 100 en contra.",
        (150, 100, None),
        "passed",
        "es-luz-verde",
    ),
    (
        "es",
        "La reforma salió adelante con 180 votos a favor y 160 en contra.",
        (180, 160, None),
        "passed",
        "es-salir-adelante",
    ),
    (
        "de",
        "Der Kreistag nahm den Antrag mit 40 zu 12 Stimmen an.",
        (40, 12, None),
        "passed",
        "de-separable-annehmen",
    ),
    (
        "it",
        "Disco verde del Senato al decreto con 150 voti favorevoli e 100 contrari.",
        (150, 100, None),
        "passed",
        "it-disco-verde",
    ),
    # the outcome in the sentence after the tally
    (
        "en",
        "The committee vote was 8-5. Next week the full chamber takes up the bill.",
        (8, 5, None),
        None,
        "en-next-sentence-no-outcome-word",
    ),
    (
        "it",
        "In consiglio il voto è finito 14 a 9. La mozione è quindi approvata.",
        (14, 9, None),
        "passed",
        "it-next-sentence",
    ),
    (
        "es",
        "La votación terminó 30 a 12. Así, el plan quedó aprobado.",
        (30, 12, None),
        "passed",
        "es-next-sentence",
    ),
    # a tie
    (
        "es",
        "Se produjo un empate de 6 a 6 y la moción decayó.",
        (6, 6, None),
        "failed",
        "es-tie-empate",
    ),
    (
        "de",
        "Bei Stimmengleichheit von 5:5 ist der Antrag abgelehnt.",
        (5, 5, None),
        "failed",
        "de-tie",
    ),
    # counts opening the sentence with "By", a verb of decision after them
    (
        "en",
        "By 9-4, the county parks commission approved the new fees.",
        (9, 4, None),
        "passed",
        "en-by-pair-opening",
    ),
    # abstentions named before the counts
    (
        "de",
        "Der Kreistag billigte bei zwei Enthaltungen mit 30 zu 8 Stimmen den Plan.",
        (30, 8, 2),
        "passed",
        "de-abstentions-before",
    ),
    # verbs and nouns of acceptance
    (
        "es",
        "Los socios aceptaron la fusión por 412 votos frente a 97.",
        (412, 97, None),
        "passed",
        "es-aceptar",
    ),
    # a capital letter that is a word of the language before a pair
    (
        "fr",
        "À 12 voix contre 3, le conseil municipal a adopté le budget.",
        (12, 3, None),
        "passed",
        "fr-preposition-capital",
    ),
    # (third probe) an abstention or absence count after the pair is no side: its noun
    # never stands in the free word before a side label, and its member noun is no
    # election word
    (
        "de",
        "Der Gemeinderat sprach sich mit 17 zu 6 Stimmen bei vier Enthaltungen "
        "für das Projekt aus.",
        (17, 6, 4),
        "passed",
        "de-abstentions-before-fuer",
    ),
    (
        "fr",
        "Le conseil communautaire a adopté le budget par vingt-six voix contre neuf, "
        "quatre conseillers étant absents.",
        (26, 9, None),
        "passed",
        "fr-absent-participle-clause",
    ),
    (
        "fr",
        "Les élus ont approuvé la convention par 21 voix contre 4, deux élus étant absents.",
        (21, 4, None),
        "passed",
        "fr-elus-member-noun",
    ),
    (
        "es",
        "El pleno aprobó la ordenanza por 15 votos contra 6, con tres concejales ausentes.",
        (15, 6, None),
        "passed",
        "es-absent-after-pair",
    ),
    (
        "it",
        "Il consiglio ha approvato la delibera con 18 voti contro 7, "
        "tre consiglieri erano assenti.",
        (18, 7, None),
        "passed",
        "it-absent-after-pair",
    ),
    (
        "en",
        "The assembly voted 50 to 20 with five abstentions for the amendment.",
        (50, 20, 5),
        "passed",
        "en-abstentions-then-for",
    ),
    # (third probe) unanimity stated together with counts of none against is one vote
    (
        "en",
        "On a unanimous 31-0 vote, the state Senate confirmed the new parks chief.",
        (31, 0, None),
        "passed",
        "en-unanimous-adjective-with-count",
    ),
    (
        "de",
        "Der Stadtrat beschloss den Haushalt einstimmig mit 41 zu 0 Stimmen.",
        (41, 0, None),
        "passed",
        "de-einstimmig-with-count",
    ),
    (
        "fr",
        "Le conseil a approuvé la motion à l'unanimité, avec 27 voix pour et aucune contre.",
        (27, 0, None),
        "passed",
        "fr-unanimite-with-count",
    ),
    (
        "es",
        "El pleno aprobó por unanimidad la moción, con 25 votos a favor y ninguno en contra.",
        (25, 0, None),
        "passed",
        "es-unanimidad-with-count",
    ),
    (
        "it",
        "La giunta ha approvato all'unanimità, con 9 voti a favore e nessun contrario, "
        "il bilancio.",
        (9, 0, None),
        "passed",
        "it-unanimita-with-count",
    ),
    # (third probe) a purpose phrase after a complete pair: "pour"/"for" and a determiner
    # name what the vote favoured, not the side of the second count
    (
        "fr",
        "Le jury s'est prononcé par cinq voix contre quatre pour la relaxe du prévenu.",
        (5, 4, None),
        None,
        "fr-pour-purpose-after-pair",
    ),
    (
        "fr",
        "Le bureau a tranché à onze voix contre trois pour l'ouverture du dimanche.",
        (11, 3, None),
        None,
        "fr-pour-elided-article",
    ),
    (
        "en",
        "The rate-setting panel split by seven votes to two for the pause.",
        (7, 2, None),
        None,
        "en-for-purpose-after-pair",
    ),
    (
        "en",
        "The council voted 12 for the plan and 3 against.",
        (12, 3, None),
        None,
        "en-for-the-plan-is-a-side",
    ),
    # (third probe) a figure in the clause of what was voted is the proposal's, not a poll's
    (
        "en",
        "The Fed's policy committee voted 10-2 to raise its benchmark rate to 5.5 percent.",
        (10, 2, None),
        "passed",
        "en-purpose-clause-percent",
    ),
    (
        "es",
        "El consejo del banco central votó 5 a 2 para mantener el tipo en el 3,5 %.",
        (5, 2, None),
        None,
        "es-purpose-clause-percent",
    ),
    (
        "it",
        "Il comitato ha votato 6 a 3 per lasciare i tassi al 2,5%.",
        (6, 3, None),
        None,
        "it-purpose-clause-percent",
    ),
    (
        "de",
        "Der Rat stimmte mit 4 zu 2 Stimmen, um den Satz bei 3,5 Prozent zu halten.",
        (4, 2, None),
        None,
        "de-purpose-clause-prozent",
    ),
    (
        "fr",
        "Le comité a voté par sept voix contre deux pour maintenir le taux à 4 %.",
        (7, 2, None),
        None,
        "fr-purpose-clause-infinitive",
    ),
    # (third probe) verbs and idioms of approval: endorsement, renewal and extension, a
    # text through a stage of its reading, the override of a veto or objection, a vote of
    # confidence given
    (
        "en",
        "The county board renewed the library levy on a 6-1 vote.",
        (6, 1, None),
        "passed",
        "en-renewed",
    ),
    (
        "en",
        "Lawmakers reauthorized the transit program 71-22 late on Thursday.",
        (71, 22, None),
        "passed",
        "en-reauthorized",
    ),
    (
        "de",
        "Der Kreistag genehmigte den Neubau mit 38 zu 12 Stimmen.",
        (38, 12, None),
        "passed",
        "de-genehmigte",
    ),
    (
        "de",
        "Das Landesparlament verlängerte das Mandat mit 81 zu 40 Stimmen.",
        (81, 40, None),
        "passed",
        "de-verlaengerte",
    ),
    (
        "de",
        "Der Landtag überstimmte den Einspruch des Senats mit 70 zu 52 Stimmen.",
        (70, 52, None),
        "passed",
        "de-einspruch-ueberstimmt",
    ),
    (
        "fr",
        "Le conseil régional a validé le schéma des transports par 61 voix contre 20.",
        (61, 20, None),
        "passed",
        "fr-valide",
    ),
    (
        "fr",
        "Le projet de loi a franchi l'étape du Sénat par 201 voix contre 120.",
        (201, 120, None),
        "passed",
        "fr-franchi-etape",
    ),
    (
        "fr",
        "Les députés ont voté la confiance au gouvernement par 301 voix contre 240.",
        (301, 240, None),
        "passed",
        "fr-confiance",
    ),
    (
        "es",
        "El Parlamento autonómico avaló el decreto por 40 votos a favor y 25 en contra.",
        (40, 25, None),
        "passed",
        "es-avalo",
    ),
    (
        "es",
        "La cámara prorrogó el estado de alarma por 190 votos a favor y 150 en contra.",
        (190, 150, None),
        "passed",
        "es-prorrogo",
    ),
    (
        "it",
        "Il Senato ha prorogato la missione con 150 voti favorevoli e 20 contrari.",
        (150, 20, None),
        "passed",
        "it-prorogato",
    ),
    (
        "it",
        "La Camera ha accordato la fiducia al governo con 330 voti favorevoli e 230 contrari.",
        (330, 230, None),
        "passed",
        "it-fiducia-accordata",
    ),
    # (third probe) no votes against said with a preposition of absence after the votes for
    (
        "en",
        "The resolution was adopted with 14 votes in favour and no votes against.",
        (14, 0, None),
        "passed",
        "en-no-votes-against",
    ),
    (
        "de",
        "Der Kreistag verabschiedete die Satzung mit 52 Ja-Stimmen ohne Gegenstimme.",
        (52, 0, None),
        "passed",
        "de-ohne-gegenstimme",
    ),
    (
        "fr",
        "La résolution a été adoptée par 12 voix pour, sans aucune voix contre, et trois "
        "abstentions.",
        (12, 0, 3),
        "passed",
        "fr-sans-voix-contre",
    ),
    (
        "es",
        "La moción salió adelante con 20 votos a favor, sin ningún voto en contra.",
        (20, 0, None),
        "passed",
        "es-sin-votos-en-contra",
    ),
    (
        "it",
        "La delibera è stata approvata con 25 voti favorevoli e senza voti contrari.",
        (25, 0, None),
        "passed",
        "it-senza-voti-contrari",
    ),
    # (third probe) abstainers named, not counted: a list of names counts its conjuncts,
    # after the verb where the subject may follow it, or after the abstention noun; or
    # counted with a longer noun phrase after the tally
    (
        "en",
        "The resolution was adopted 13-0, with the United States and Britain abstaining.",
        (13, 0, 2),
        "passed",
        "en-named-abstainers",
    ),
    (
        "de",
        "Der Rat billigte den Text mit 12 zu 0 Stimmen; es enthielten sich Polen und Ungarn.",
        (12, 0, 2),
        "passed",
        "de-named-abstainers-after-verb",
    ),
    (
        "fr",
        "La résolution a été adoptée par 12 voix contre zéro, avec l'abstention de la Chine "
        "et de la Russie.",
        (12, 0, 2),
        "passed",
        "fr-abstention-de-names",
    ),
    (
        "es",
        "El Consejo aprobó la resolución por 13 votos a favor y ninguno en contra; se "
        "abstuvieron Rusia y China.",
        (13, 0, 2),
        "passed",
        "es-named-abstainers-after-verb",
    ),
    (
        "it",
        "La risoluzione è passata con 12 voti a favore e nessun contrario, con l'astensione "
        "di Russia e Cina.",
        (12, 0, 2),
        "passed",
        "it-astensione-di-names",
    ),
    (
        "fr",
        "Le conseil a adopté le projet par 18 voix contre 5, trois membres de l'opposition "
        "s'étant abstenus.",
        (18, 5, 3),
        "passed",
        "fr-counted-abstainers-noun-phrase",
    ),
    (
        "it",
        "Il consiglio ha approvato la delibera con 20 voti a favore e 6 contrari, mentre i "
        "quattro consiglieri della minoranza si sono astenuti.",
        (20, 6, 4),
        "passed",
        "it-counted-abstainers-noun-phrase",
    ),
    # (third probe) counts of voters with their side and what it was for, and the answers
    # of a referendum before their counts
    (
        "en",
        "In the ballot, 4,210 union members voted in favour of the pay offer and 3,005 against.",
        (4210, 3005, None),
        None,
        "en-voters-noun-phrase-in-favour-of",
    ),
    (
        "fr",
        "Au référendum, 1 204 salariés ont voté pour l'accord et 980 contre.",
        (1204, 980, None),
        None,
        "fr-voters-voted-for-object",
    ),
    (
        "de",
        "Beim Mitgliederentscheid stimmten 12.400 Mitglieder der Partei mit Ja und 9.800 mit Nein.",
        (12400, 9800, None),
        None,
        "de-voters-noun-phrase-mit-ja",
    ),
    (
        "es",
        "En el referéndum, 5.300 afiliados votaron a favor del acuerdo y 2.100 en contra.",
        (5300, 2100, None),
        None,
        "es-voters-a-favor-de-object",
    ),
    (
        "es",
        "En el referéndum votaron sí 5.300 afiliados y no 2.100.",
        (5300, 2100, None),
        None,
        "es-answers-before-counts",
    ),
    (
        "it",
        "Al referendum, 1.200 soci hanno votato a favore della fusione e 400 contro.",
        (1200, 400, None),
        None,
        "it-voters-a-favore-di-object",
    ),
    (
        "it",
        "Nella consultazione hanno votato sì 2.300 iscritti e no 1.100.",
        (2300, 1100, None),
        None,
        "it-answers-before-counts",
    ),
    (
        "it",
        "Il referendum è passato con 3.100 sì contro 2.400 no.",
        (3100, 2400, None),
        "passed",
        "it-si-no-counts",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "counts", "outcome"),
    [
        pytest.param(lang, text, counts, outcome, id=cid)
        for lang, text, counts, outcome, cid in CASES
    ],
)
def test_vote_construction(
    language: str, text: str, counts: tuple[int, int, int | None], outcome: str | None
) -> None:
    tallies = find_votes(text, language=language)
    assert len(tallies) == 1
    tally = tallies[0]
    assert (tally.yes, tally.no) == counts[:2]
    if counts[2] is not None:
        assert tally.abstain == counts[2]
    if outcome is not None:
        assert tally.outcome == outcome
    assert text[tally.span.start : tally.span.end]


def test_votes_for_a_candidate_are_no_tally() -> None:
    """ "1 204 voix contre 980 pour Martin": a candidate's votes, not a body's on a motion."""
    text = "Aux municipales, Lenoir a obtenu 2 310 voix contre 1 870 pour Garnier."
    assert find_votes(text, language="fr") == ()


def test_next_sentence_with_counts_of_its_own_reports_another_vote() -> None:
    text = "The first vote was 6-3. A second motion passed 8-1 later that night."
    first = find_votes(text, language="en")[0]
    assert (first.yes, first.no, first.outcome) == (6, 3, None)


def test_product_code_still_vetoed() -> None:
    """A code of capitals before a pair stays a code: no tally in "the MD 11-40 jets"."""
    assert find_votes("The airline voted to retire the MD 11-40 jets.", language="en") == ()


def test_unanimity_and_counts_of_another_vote_stay_two() -> None:
    """A unanimous vote and a counted one with votes against in one sentence are two votes."""
    text = (
        "The committee voted unanimously to back the plan, and the full House later "
        "passed it 250-180."
    )
    got = [(v.yes, v.no, v.unanimous) for v in find_votes(text, language="en")]
    assert got == [(None, None, True), (250, 180, False)]


# (third probe) figures of other kinds next to vote words: a phone or code number (a
# group with a leading zero, or five digits and more without a separator), a candidate's
# votes against an opponent named by a noun, a court's or chamber's make-up before the
# counts, a case stated as a condition
NOT_TALLIES = [
    ("en", "Call the elections office at 555-0199 to request a mail ballot.", "en-phone"),
    (
        "de",
        "Briefwahlunterlagen für die Abstimmung gibt es unter 0800-2233 oder online.",
        "de-phone",
    ),
    (
        "fr",
        "Pour le vote par procuration, le numéro vert 0800-20130 est gratuit.",
        "fr-phone",
    ),
    ("es", "Para votar por correo, llame al 900-100200 antes del viernes.", "es-phone"),
    ("it", "Per il voto all'estero chiamare il 06-67791 in orario d'ufficio.", "it-phone"),
    (
        "en",
        "Ms. Tran took the mayoralty with 5,112 votes to 4,980 for her nearest rival.",
        "en-rival",
    ),
    (
        "de",
        "Die Amtsinhaberin siegte mit 4.210 zu 3.980 Stimmen für ihren Herausforderer.",
        "de-rival",
    ),
    (
        "fr",
        "Mme Roux l'a emporté avec 2 140 voix contre 1 960 pour son adversaire.",
        "fr-rival",
    ),
    (
        "es",
        "La alcaldesa revalidó el cargo con 3.120 votos frente a 2.870 de su rival.",
        "es-rival",
    ),
    (
        "it",
        "Il sindaco uscente ha vinto con 4.120 voti contro 3.870 del suo sfidante.",
        "it-rival",
    ),
    (
        "en",
        "The court, with its conservative majority of 6 to 3, agreed to hear the case.",
        "en-makeup-before",
    ),
    (
        "de",
        "Das Oberste Gericht mit seiner konservativen Mehrheit von 6 zu 3 nimmt den Fall an.",
        "de-makeup-before",
    ),
    (
        "fr",
        "La Cour suprême, forte d'une majorité conservatrice de six contre trois, "
        "examinera le dossier.",
        "fr-makeup-before",
    ),
    ("es", "El Supremo, con su mayoría conservadora de 6 a 3, revisará el fallo.", "es-makeup"),
    # a side with what it was for is never a candidate's name
    (
        "fr",
        "Lors du scrutin, 3 120 électeurs ont voté pour Martin et 2 870 contre.",
        "fr-voted-for-a-name",
    ),
    (
        "it",
        "La Corte, con la sua maggioranza progressista di 5 a 4, esaminerà il ricorso.",
        "it-makeup-before",
    ),
    (
        "en",
        "In the event of a tie of 4 votes to 4, the chair casts the deciding vote.",
        "en-condition",
    ),
    ("de", "Im Falle eines Patts von 3:3 entscheidet die Stimme des Vorsitzenden.", "de-condition"),
    (
        "es",
        "En caso de empate a 10 votos contra 10, decide el voto de calidad del presidente.",
        "es-condition",
    ),
    (
        "it",
        "In caso di parità, 15 voti contro 15, prevale il voto del presidente.",
        "it-condition",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [pytest.param(lang, text, id=cid) for lang, text, cid in NOT_TALLIES],
)
def test_not_a_tally(language: str, text: str) -> None:
    assert find_votes(text, language=language) == ()


@pytest.mark.xfail(
    strict=True, reason="German 'sich' before the subject: 'wobei sich N … enthielten'"
)
def test_german_reflexive_before_counted_abstainers() -> None:
    text = "Der Rat stimmte mit 30 zu 10 Stimmen zu, wobei sich fünf Mitglieder enthielten."
    (vote,) = find_votes(text, language="de")
    assert (vote.yes, vote.no, vote.abstain) == (30, 10, 5)
