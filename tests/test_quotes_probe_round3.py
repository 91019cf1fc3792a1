"""A third held-out probe: 250 passages written blind (without reading the rules).

Every passage below was written fresh for this probe, in the house style of the
agencies and papers of each language (AFP/Le Monde, ANSA/Corriere, EFE/El País,
dpa, AP/Reuters), with invented names and places.  Each row names the quotation
by a fragment and the speaker as the text names it; the test checks that
``find_quotes`` attributes the quotation to that speaker.  The rows cover
incises with many verbs of saying, inverted subjects with titles, compound
tenses and clitics, colons, split quotations, pronoun and dropped subjects in a
following sentence, partial quotes, source phrases, relative clauses,
institutions, print interviews, long titles, multi-paragraph quotations,
alternating speakers and headline-like lines.  Rows are labelled by
construction in their ids.  No row was changed after the first run.

On the code it was first run against, 231 of the 250 passed (fr 56/60, it 54/60,
es 55/60, de 33/35, en 33/35); 245 pass now.  The misses were named as constructions; those
fixed by a general mechanism (each with its own table of other sentences in
``test_quotes_round3_mechanisms.py``) leave the strict xfails below, each
naming the construction it misses.
"""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import Case, speaker_overlaps
from quote_helpers import case as _case

Row = tuple[str, Case]


FRENCH: list[Row] = [
    (
        "incise-souligner",
        _case(
            "« Nous ne reculerons pas sur la réforme du lycée », a souligné jeudi la Première "
            "ministre, Claire Vasseur, devant les sénateurs.",
            "Nous ne reculerons pas",
            "Claire Vasseur",
        ),
    ),
    (
        "incise-estimer-apposition",
        _case(
            "« Le compte n'y est pas », estime Julien Morel, secrétaire général du syndicat "
            "Unité-Rail, qui appelle à la grève dès lundi.",
            "Le compte n'y est pas",
            "Julien Morel",
        ),
    ),
    (
        "incise-marteler-titre",
        _case(
            "« Il n'y aura aucune impunité », a martelé le procureur de Valbourg, Antoine "
            "Berthier, lors d'une conférence de presse mardi soir.",
            "aucune impunité",
            "Antoine Berthier",
        ),
    ),
    (
        "pronoun-next-sentence-a-t-il",
        _case(
            "Le maire de Port-Sainte-Anne, Hervé Le Gall, a annoncé lundi la fermeture du pont "
            "levant. « Les travaux reprendront en septembre au plus tard », a-t-il précisé.",
            "Les travaux reprendront",
            "Hervé Le Gall",
        ),
    ),
    (
        "interview-confier-au-journal",
        _case(
            "Candidate surprise à la mairie de Montreval, Sophie Delmas ne cache pas ses doutes. "
            "« J'ai longtemps hésité avant de me lancer », a-t-elle confié au Parisien.",
            "J'ai longtemps hésité",
            "Sophie Delmas",
        ),
    ),
    (
        "incise-s-insurger",
        _case(
            "« C'est une provocation pure et simple », s'est insurgé le président de la région, "
            "Marc Aubert, après l'annonce de la fermeture de l'usine.",
            "provocation pure et simple",
            "Marc Aubert",
        ),
    ),
    (
        "incise-insister",
        _case(
            "« Personne ne sera laissé sur le bord de la route », a insisté la ministre du "
            "Travail, Nadia Cherki, en marge d'un déplacement à Lorvan.",
            "Personne ne sera laissé",
            "Nadia Cherki",
        ),
    ),
    (
        "incise-nuancer-toutefois",
        _case(
            "« Tout n'est pas perdu pour autant », nuance toutefois l'économiste Pierre "
            "Lacombe, chercheur à l'Institut des conjonctures.",
            "Tout n'est pas perdu",
            "Pierre Lacombe",
        ),
    ),
    (
        "incise-declarer-a-l-afp",
        _case(
            "« Le gouvernement prendra toutes ses responsabilités », a déclaré à l'AFP le "
            "porte-parole du gouvernement, Paul Martin.",
            "prendra toutes ses responsabilités",
            "Paul Martin",
        ),
    ),
    (
        "colon-after-cue-long-title",
        _case(
            "Le ministre de l'Intérieur, Gérald Dumont, a été catégorique : « Aucun "
            "rassemblement ne sera toléré aux abords de l'Assemblée. »",
            "Aucun rassemblement",
            "Gérald Dumont",
        ),
    ),
    (
        "split-quote-second-part",
        _case(
            "« Nous avons fait le nécessaire, a expliqué le préfet de la Haute-Sarre, Bernard "
            "Rocher. Les secours sont arrivés en moins de vingt minutes. »",
            "Les secours sont arrivés",
            "Bernard Rocher",
        ),
    ),
    (
        "split-quote-first-part",
        _case(
            "« La saison a été catastrophique, reconnaît Odile Ferrand, viticultrice à "
            "Saint-Aubin-des-Vignes. Nous avons perdu la moitié de la récolte. »",
            "La saison a été catastrophique",
            "Odile Ferrand",
        ),
    ),
    (
        "pronoun-next-sentence-admettre",
        _case(
            "La directrice de l'hôpital de Ménil, Martine Fabre, a reconnu des "
            "dysfonctionnements. « Nous manquons cruellement de soignants », a-t-elle admis.",
            "manquons cruellement",
            "Martine Fabre",
        ),
    ),
    (
        "selon-institution-partial",
        _case(
            "Selon le parquet de Valbourg, le suspect était « connu des services de police » "
            "pour des faits de vol.",
            "connu des services de police",
            "parquet de Valbourg",
        ),
    ),
    (
        "d-apres-partial",
        _case(
            "D'après Léa Moreau, porte-parole de l'association Toit pour tous, la situation des "
            "familles hébergées à l'hôtel est « alarmante ».",
            "alarmante",
            "Léa Moreau",
        ),
    ),
    (
        "partial-qualifier-de",
        _case(
            "Le Premier ministre, Étienne Roussel, a qualifié de « totalement irresponsable » "
            "l'attitude de l'opposition lors du vote du budget.",
            "totalement irresponsable",
            "Étienne Roussel",
        ),
    ),
    (
        "relative-qui-subject-que",
        _case(
            "Lucien Bardin, qui préside le club depuis 2015, assure que « rien n'est encore "
            "joué » dans la course au maintien.",
            "rien n'est encore",
            "Lucien Bardin",
        ),
    ),
    (
        "institution-court-trancher",
        _case(
            "« La mesure ne porte pas une atteinte disproportionnée à la liberté d'aller et "
            "venir », a tranché le Conseil d'État dans une décision rendue mardi.",
            "atteinte disproportionnée",
            "Conseil d'État",
        ),
    ),
    (
        "union-communique-denoncer",
        _case(
            "Dans un communiqué, le syndicat Solidaires-Santé a dénoncé « une attaque frontale "
            "contre les personnels de nuit ».",
            "attaque frontale",
            "Solidaires-Santé",
        ),
    ),
    (
        "police-indiquer",
        _case(
            "« L'individu a été interpellé sans incident peu après minuit », a indiqué la "
            "préfecture de police dans un message transmis à la presse.",
            "interpellé sans incident",
            "préfecture de police",
        ),
    ),
    (
        "party-estimer-que",
        _case(
            "Le Parti du renouveau a estimé mercredi dans un communiqué que « la majorité a "
            "perdu tout sens des réalités ».",
            "perdu tout sens",
            "Parti du renouveau",
        ),
    ),
    (
        "multi-paragraph",
        _case(
            "Hélène Garnier, présidente de la fédération des commerçants, ne décolère pas.\n\n"
            "« Nous avons tout essayé. Les discussions avec la mairie ont duré des mois.\n\n"
            "« Aujourd'hui, il faut passer à autre chose », a-t-elle lancé devant les "
            "adhérents.",
            "Nous avons tout essayé",
            "Hélène Garnier",
        ),
    ),
    (
        "alternating-second-speaker",
        _case(
            "« Le projet est enterré », a lancé Denis Carré, élu d'opposition. « Absolument "
            "pas », lui a rétorqué l'adjointe à l'urbanisme, Agnès Vidal.",
            "Absolument",
            "Agnès Vidal",
        ),
    ),
    (
        "alternating-first-speaker",
        _case(
            "« Le projet est enterré », a lancé Denis Carré, élu d'opposition. « Absolument "
            "pas », lui a rétorqué l'adjointe à l'urbanisme, Agnès Vidal.",
            "Le projet est enterré",
            "Denis Carré",
        ),
    ),
    (
        "headline-line-colon",
        _case(
            "Jean-Marc Lefort : « La gauche doit se rassembler avant l'été »\n"
            "Le député de la Sarre-Ouest appelle ses partenaires à un accord rapide.",
            "La gauche doit se rassembler",
            "Jean-Marc Lefort",
        ),
    ),
    (
        "straight-quotes-assurer",
        _case(
            '"Nous sommes prêts pour ce match", a assuré vendredi le sélectionneur Didier '
            "Lamotte en conférence de presse.",
            "Nous sommes prêts",
            "Didier Lamotte",
        ),
    ),
    (
        "guillemets-no-spaces-scraped",
        _case(
            "«La ligne sera rouverte dimanche», a annoncé la présidente du conseil "
            "départemental, Josiane Perret.",
            "La ligne sera rouverte",
            "Josiane Perret",
        ),
    ),
    (
        "present-ajoute-t-il",
        _case(
            "Éleveur depuis trente ans, Raymond Cazal a vu fondre son troupeau. « Sans aide, "
            "je ne tiendrai pas l'hiver », ajoute-t-il.",
            "je ne tiendrai pas",
            "Raymond Cazal",
        ),
    ),
    (
        "incise-explique-a-media-apposition",
        _case(
            "« Le prix du fourrage a doublé en un an », explique à franceinfo Maxime Perrin, "
            "éleveur dans les monts du Vellay.",
            "fourrage a doublé",
            "Maxime Perrin",
        ),
    ),
    (
        "incise-reconnaitre-pdg",
        _case(
            "« Nous avons commis des erreurs de stratégie », reconnaît le PDG du groupe "
            "Vernal, François Delorme, dans un entretien aux Échos.",
            "erreurs de stratégie",
            "François Delorme",
        ),
    ),
    (
        "incise-prevenir",
        _case(
            "« La facture va encore augmenter cet hiver », prévient Sylvie Lenoir, présidente "
            "de l'association de consommateurs Vigie-Conso.",
            "La facture va encore",
            "Sylvie Lenoir",
        ),
    ),
    (
        "incise-ironiser",
        _case(
            "« Ils découvrent le problème avec dix ans de retard », ironise le sénateur "
            "centriste Bruno Lavigne.",
            "dix ans de retard",
            "Bruno Lavigne",
        ),
    ),
    (
        "incise-regretter",
        _case(
            "« On nous a promis une maternité, on a eu un parking », regrette Annie Tessier, "
            "conseillère municipale à Bréval.",
            "on a eu un parking",
            "Annie Tessier",
        ),
    ),
    (
        "incise-deplorer-compound",
        _case(
            "« Aucun dialogue n'a été possible », a déploré le représentant du personnel, "
            "Karim Benali, à la sortie du comité social.",
            "Aucun dialogue",
            "Karim Benali",
        ),
    ),
    (
        "incise-glisser-role-phrase",
        _case(
            "« Il attend son heure », glisse un proche du président, sous couvert d'anonymat.",
            "Il attend son heure",
            "un proche du président",
        ),
    ),
    (
        "apposition-before-juger-que",
        _case(
            "Ancien ministre de la Défense, Roger Vallet juge que l'armée de terre est « à "
            "bout de souffle » après trois années d'opérations.",
            "à bout de souffle",
            "Roger Vallet",
        ),
    ),
    (
        "pour-source",
        _case(
            "Pour Élise Martin, présidente de la Ligue des locataires, « le mal est fait et "
            "personne ne veut l'admettre ».",
            "le mal est fait",
            "Élise Martin",
        ),
    ),
    (
        "aux-yeux-de",
        _case(
            "Aux yeux du chef de l'opposition, Thierry Besson, ce budget est « un aveu d'échec ».",
            "un aveu",
            "Thierry Besson",
        ),
    ),
    (
        "interview-declarer-au-monde",
        _case(
            "« Je ne serai pas candidate à ma succession », déclare-t-elle dans un entretien au "
            "Monde publié samedi. Gabrielle Noiret, maire de Salvan depuis 2008, veut "
            "« passer la main ».",
            "Je ne serai pas candidate",
            "Gabrielle Noiret",
        ),
    ),
    (
        "colon-prevenir-chef-etat",
        _case(
            "Le chef de l'État, Laurent Mercier, a prévenu mercredi soir : « Le pays devra "
            "faire des efforts. »",
            "devra faire des efforts",
            "Laurent Mercier",
        ),
    ),
    (
        "incise-encore-dit",
        _case(
            "« Je ne lâcherai rien », a-t-il encore dit, entouré de ses avocats. L'ancien "
            "maire de Castelnoir, Gilles Ravel, a été condamné à deux ans de prison avec sursis.",
            "Je ne lâcherai rien",
            "Gilles Ravel",
        ),
    ),
    (
        "incise-poursuivre",
        _case(
            "Le président du tribunal de commerce, Yves Darmon, a dressé un bilan sévère. « Les "
            "défaillances ont augmenté de 40 % », a-t-il poursuivi.",
            "défaillances ont augmenté",
            "Yves Darmon",
        ),
    ),
    (
        "social-ecrire-sur-x",
        _case(
            "« Une honte pour notre démocratie », a écrit sur X la députée écologiste Manon "
            "Bertin, peu après l'adoption du texte.",
            "Une honte",
            "Manon Bertin",
        ),
    ),
    (
        "selon-communique-mairie",
        _case(
            "Selon un communiqué de la mairie de Vernac, la piscine restera fermée « jusqu'à "
            "nouvel ordre ».",
            "jusqu'à nouvel ordre",
            "mairie de Vernac",
        ),
    ),
    (
        "cite-par-journal",
        _case(
            "« Nous reconstruirons l'école à l'identique », a promis le maire, Jacques Ollivier, "
            "cité par Ouest-France.",
            "Nous reconstruirons",
            "Jacques Ollivier",
        ),
    ),
    (
        "pronoun-elle-denoncer-partial",
        _case(
            "Marie Dubois a quitté la réunion avant la fin. Elle a dénoncé « un simulacre de "
            "concertation » organisé par la préfecture.",
            "simulacre de concertation",
            "Marie Dubois",
        ),
    ),
    (
        "faire-savoir-institution",
        _case(
            "L'Élysée a fait savoir que le président « suivait la situation heure par heure ».",
            "heure par heure",
            "L'Élysée",
        ),
    ),
    (
        "tenir-a-rappeler",
        _case(
            "« La présomption d'innocence s'applique à tous », a tenu à rappeler l'avocate du "
            "prévenu, Me Caroline Joly.",
            "présomption d'innocence",
            "Caroline Joly",
        ),
    ),
    (
        "split-a-t-il-martele",
        _case(
            "« Ce n'est pas une question d'argent, a-t-il martelé. C'est une question de "
            "dignité. » Le délégué syndical Patrick Mallet a obtenu un rendez-vous au ministère.",
            "question de dignité",
            "Patrick Mallet",
        ),
    ),
    (
        "temoigner-prenom-age",
        _case(
            "« J'ai vu l'eau monter en quelques minutes », témoigne Gisèle, 72 ans, habitante "
            "du quartier des Tanneurs.",
            "l'eau monter",
            "Gisèle",
        ),
    ),
    (
        "incise-affirmer-devant",
        _case(
            "« La sécurité des supporters n'est pas négociable », a affirmé devant la presse le "
            "président de la Ligue, Olivier Granger.",
            "pas négociable",
            "Olivier Granger",
        ),
    ),
    (
        "incise-rappeler-present",
        _case(
            "« L'eau est un bien commun », rappelle Fanny Leclerc, hydrologue à l'université de "
            "Brévannes.",
            "bien commun",
            "Fanny Leclerc",
        ),
    ),
    (
        "incise-resumer",
        _case(
            "« En clair, on paie deux fois », résume un agriculteur, Thomas Py, venu manifester "
            "avec son tracteur.",
            "on paie deux fois",
            "Thomas Py",
        ),
    ),
    (
        "incise-avertir-ong",
        _case(
            "« Des milliers d'enfants risquent de mourir de faim », a averti l'ONG Action "
            "Nourrir dans un rapport publié lundi.",
            "risquent de mourir",
            "Action Nourrir",
        ),
    ),
    (
        "colon-declarer-sobrement",
        _case(
            "Interrogé sur son avenir, l'entraîneur Serge Maillard a déclaré sobrement : « Je "
            "ne suis pas inquiet. »",
            "pas inquiet",
            "Serge Maillard",
        ),
    ),
    (
        "dropped-subject-cue-then-quote",
        _case(
            "La ministre de la Santé, Valérie Chantal, était attendue sur les urgences. Elle a "
            "promis « des moyens supplémentaires dès cet été ».",
            "moyens supplémentaires",
            "Valérie Chantal",
        ),
    ),
    (
        "incise-lancer-ironique",
        _case(
            "« Bienvenue dans le monde réel ! », a lancé, goguenard, le chef de file des "
            "Indépendants, Arnaud Feuillet.",
            "Bienvenue dans le monde",
            "Arnaud Feuillet",
        ),
    ),
    (
        "incise-confier-sous-couvert",
        _case(
            "« Personne ne comprend la stratégie », confie un cadre du parti, qui souhaite "
            "rester anonyme.",
            "Personne ne comprend",
            "un cadre du parti",
        ),
    ),
    (
        "ajouter-selon-lui",
        _case(
            "Le patron de la SNCF régionale, Alain Rivière, a reconnu des retards. Il faudra, "
            "selon lui, « au moins deux ans » pour rétablir la ligne.",
            "au moins deux ans",
            "Alain Rivière",
        ),
    ),
    (
        "straight-quotes-split",
        _case(
            '"Le chantier avance, a indiqué l\'architecte Noémie Garcin. Nous livrerons en juin."',
            "Nous livrerons en",
            "Noémie Garcin",
        ),
    ),
]

ITALIAN: list[Row] = [
    (
        "incise-sottolineare-titolo",
        _case(
            "«Non faremo passi indietro sulla manovra», ha sottolineato il ministro "
            "dell'Economia, Giancarlo Ferri, a margine del vertice di Bruxelles.",
            "Non faremo passi indietro",
            "Giancarlo Ferri",
        ),
    ),
    (
        "incise-spiegare-apposizione",
        _case(
            "«I consumi si sono fermati a settembre», spiega Laura Bianchi, presidente di "
            "Confesercenti Val di Riva.",
            "I consumi si sono fermati",
            "Laura Bianchi",
        ),
    ),
    (
        "incise-precisare-sindaco",
        _case(
            "«La scuola riaprirà lunedì, ma solo al piano terra», ha precisato il sindaco di "
            "Borgo Alto, Marco Rinaldi.",
            "La scuola riaprirà",
            "Marco Rinaldi",
        ),
    ),
    (
        "incise-ribadire",
        _case(
            "«Il governo andrà avanti fino alla fine della legislatura», ha ribadito la "
            "premier, Francesca Orsini, in conferenza stampa a Palazzo Chigi.",
            "andrà avanti",
            "Francesca Orsini",
        ),
    ),
    (
        "incise-incalzare",
        _case(
            "«Dove sono finiti i soldi promessi?», incalza il leader dell'opposizione, Paolo "
            "Conti, durante il question time.",
            "Dove sono finiti",
            "Paolo Conti",
        ),
    ),
    (
        "incise-ammettere",
        _case(
            "«Abbiamo sottovalutato il problema», ammette l'assessore regionale ai Trasporti, "
            "Stefano Lodi.",
            "Abbiamo sottovalutato",
            "Stefano Lodi",
        ),
    ),
    (
        "clitic-le-ha-detto",
        _case(
            "«Torna a casa, qui non c'è futuro», le ha detto il padre, Franco Moretti, quando "
            "lei ha annunciato di voler restare a Milano.",
            "Torna a casa",
            "Franco Moretti",
        ),
    ),
    (
        "incise-ha-aggiunto-poi",
        _case(
            "«Le indagini sono ancora in una fase iniziale», ha aggiunto poi il procuratore capo "
            "di Valmonte, Giovanni Sala.",
            "fase iniziale",
            "Giovanni Sala",
        ),
    ),
    (
        "colon-essere-chiaro",
        _case(
            "Il presidente della Regione, Luca De Santis, è stato chiaro: «Senza fondi statali "
            "gli ospedali chiuderanno».",
            "Senza fondi statali",
            "Luca De Santis",
        ),
    ),
    (
        "split-dashes-ansa",
        _case(
            "«Abbiamo fatto tutto il possibile - ha detto il prefetto di Campolungo, Renato "
            "Esposito - ma la situazione resta critica».",
            "la situazione resta critica",
            "Renato Esposito",
        ),
    ),
    (
        "split-dashes-first-part",
        _case(
            "«Questa legge è un passo avanti - ha commentato la senatrice Giulia Ferrante - "
            "anche se non basta».",
            "Questa legge è un passo",
            "Giulia Ferrante",
        ),
    ),
    (
        "secondo-institution-partial",
        _case(
            "Secondo il Codadir, l'associazione dei consumatori, i rincari delle bollette sono "
            "«del tutto ingiustificati».",
            "del tutto ingiustificati",
            "Codadir",
        ),
    ),
    (
        "stando-a-carabinieri",
        _case(
            "Stando a quanto riferito dai carabinieri, l'uomo avrebbe «opposto una violenta "
            "resistenza» al momento dell'arresto.",
            "opposto una violenta",
            "carabinieri",
        ),
    ),
    (
        "dropped-subject-ha-aggiunto",
        _case(
            "Il ministro della Salute, Roberto Galli, ha difeso il provvedimento. «È una misura "
            "di buon senso», ha aggiunto.",
            "misura di buon senso",
            "Roberto Galli",
        ),
    ),
    (
        "relative-che-denunciare",
        _case(
            "Anna Ricci, che guida il comitato dei residenti, denuncia «un silenzio assordante "
            "delle istituzioni».",
            "silenzio assordante",
            "Anna Ricci",
        ),
    ),
    (
        "partial-definire-union",
        _case(
            "La Filca-Metalmeccanici ha definito «irricevibile» la proposta dell'azienda sugli "
            "esuberi.",
            "irricevibile",
            "Filca-Metalmeccanici",
        ),
    ),
    (
        "lo-ha-detto-after-quote",
        _case(
            "ROCCAVERDE, 12 MAG - «Il turismo quest'anno ha superato ogni previsione». Lo ha "
            "detto il presidente della Camera di commercio, Alberto Neri, presentando i dati.",
            "superato ogni previsione",
            "Alberto Neri",
        ),
    ),
    (
        "cosi-after-quote",
        _case(
            "«Serve un piano nazionale contro la siccità». Così il segretario della Lega "
            "Agricola, Daniele Fumagalli, in una nota.",
            "piano nazionale",
            "Daniele Fumagalli",
        ),
    ),
    (
        "e-quanto-ha-dichiarato",
        _case(
            "«Nessun taglio alle pensioni minime». È quanto ha dichiarato oggi il sottosegretario "
            "al Lavoro, Enrico Pace.",
            "Nessun taglio",
            "Enrico Pace",
        ),
    ),
    (
        "lo-ha-affermato-institution",
        _case(
            "«La sentenza sarà impugnata in appello». Lo ha affermato in una nota l'ufficio "
            "legale della Regione.",
            "impugnata in appello",
            "ufficio legale della Regione",
        ),
    ),
    (
        "headline-ansa-topic-surname",
        _case(
            "Sanità, Marchetti: «Più fondi agli ospedali del Sud»\n"
            "Il ministro annuncia un piano da due miliardi.",
            "Più fondi agli ospedali",
            "Marchetti",
        ),
    ),
    (
        "court-corte",
        _case(
            "«La norma viola il principio di uguaglianza», scrive la Corte costituzionale nelle "
            "motivazioni della sentenza depositate ieri.",
            "principio di uguaglianza",
            "Corte costituzionale",
        ),
    ),
    (
        "institution-fanno-sapere",
        _case(
            "«Il premier segue con attenzione la vicenda», fanno sapere da Palazzo Chigi.",
            "segue con attenzione",
            "Palazzo Chigi",
            "the impersonal 'fanno sapere da X' names its source after 'da'",
        ),
    ),
    (
        "police-questura",
        _case(
            "«I due giovani sono stati fermati poco dopo la rapina», ha riferito la questura di "
            "Montefosco.",
            "sono stati fermati",
            "questura di Montefosco",
        ),
    ),
    (
        "interview-confidare-al-corriere",
        _case(
            "«Ho pensato di mollare tutto», ha confidato al Corriere della Sera l'attrice "
            "Valentina Serra, alla vigilia del debutto.",
            "Ho pensato di mollare",
            "Valentina Serra",
        ),
    ),
    (
        "dichiarare-all-ansa",
        _case(
            "«Chiediamo solo di essere ascoltati», ha dichiarato all'ANSA il portavoce dei "
            "pescatori, Salvatore Greco.",
            "essere ascoltati",
            "Salvatore Greco",
        ),
    ),
    (
        "social-scrivere-facebook",
        _case(
            "«Una giornata storica per la nostra città», ha scritto su Facebook la sindaca di "
            "Portorosso, Elena Gatti.",
            "giornata storica",
            "Elena Gatti",
        ),
    ),
    (
        "incise-osservare",
        _case(
            "«Il mercato del lavoro dà segnali contrastanti», osserva l'economista Matteo "
            "Longhi dell'Università di Pianalto.",
            "segnali contrastanti",
            "Matteo Longhi",
        ),
    ),
    (
        "incise-commentare",
        _case(
            "«È una vittoria di tutta la squadra», ha commentato l'allenatore, Sergio Bruni, "
            "dopo il 3-1 sul campo della capolista.",
            "vittoria di tutta la squadra",
            "Sergio Bruni",
        ),
    ),
    (
        "incise-avvertire",
        _case(
            "«Se non piove entro dicembre sarà emergenza», avverte il presidente del consorzio "
            "di bonifica, Tiziano Ferri.",
            "sarà emergenza",
            "Tiziano Ferri",
        ),
    ),
    (
        "incise-replicare",
        _case(
            "«Sono accuse prive di fondamento», replica il capogruppo della maggioranza, "
            "Michele Russo.",
            "prive di fondamento",
            "Michele Russo",
        ),
    ),
    (
        "incise-attaccare",
        _case(
            "«Il governo ha abbandonato il Mezzogiorno», attacca la deputata Chiara Fontana.",
            "abbandonato il Mezzogiorno",
            "Chiara Fontana",
        ),
    ),
    (
        "incise-puntualizzare",
        _case(
            "«Non si tratta di un condono», puntualizza il viceministro Carlo Benedetti.",
            "Non si tratta di un condono",
            "Carlo Benedetti",
        ),
    ),
    (
        "incise-tuonare",
        _case(
            "«È una vergogna nazionale», tuona il segretario del Partito civico, Ugo Marini.",
            "vergogna nazionale",
            "Ugo Marini",
        ),
    ),
    (
        "incise-chiosare",
        _case(
            "«Chi vivrà vedrà», chiosa con un sorriso il presidente del club, Aldo Pellegrini.",
            "Chi vivrà vedrà",
            "Aldo Pellegrini",
        ),
    ),
    (
        "incise-assicurare",
        _case(
            "«Gli stipendi di dicembre saranno pagati», assicura l'amministratore delegato "
            "dell'azienda, Fabrizio Colombo.",
            "stipendi di dicembre",
            "Fabrizio Colombo",
        ),
    ),
    (
        "incise-dice-prenome-eta",
        _case(
            "«Qui i negozi chiudono uno dopo l'altro», dice Giulia, 34 anni, commessa in via "
            "Garibaldi.",
            "negozi chiudono",
            "Giulia",
        ),
    ),
    (
        "alternating-two-speakers",
        _case(
            "«Il ponte si farà», ha garantito il ministro Aurelio Vitale. «Lo sentiamo dire da "
            "trent'anni», ha ribattuto il sindaco di Scilla Marina, Nino Caruso.",
            "Lo sentiamo dire",
            "Nino Caruso",
        ),
    ),
    (
        "alternating-first",
        _case(
            "«Il ponte si farà», ha garantito il ministro Aurelio Vitale. «Lo sentiamo dire da "
            "trent'anni», ha ribattuto il sindaco di Scilla Marina, Nino Caruso.",
            "Il ponte si farà",
            "Aurelio Vitale",
        ),
    ),
    (
        "straight-quotes",
        _case(
            '"Siamo pronti a scendere in piazza", ha annunciato il segretario della Uil-Scuola '
            "di Pianalto, Mauro Sartori.",
            "scendere in piazza",
            "Mauro Sartori",
        ),
    ),
    (
        "multi-paragraph",
        _case(
            "La rettrice dell'ateneo, Paola Monti, ha parlato agli studenti.\n\n"
            "«Questa università non chiuderà. Abbiamo i conti in ordine.\n\n"
            "«Chiediamo però alla Regione di fare la sua parte», ha detto.",
            "Questa università non chiuderà",
            "Paola Monti",
        ),
    ),
    (
        "per-source",
        _case(
            "Per il governatore, Fabio Longo, «la ricostruzione è a buon punto».",
            "ricostruzione è a buon punto",
            "Fabio Longo",
        ),
    ),
    (
        "a-detta-di",
        _case(
            "A detta del comandante dei vigili del fuoco, Luigi Bassi, l'incendio è stato "
            "«probabilmente doloso».",
            "probabilmente doloso",
            "Luigi Bassi",
        ),
    ),
    (
        "si-legge-in-una-nota",
        _case(
            "«Il piano industriale è insufficiente», si legge in una nota della Fiadel-Cgl.",
            "piano industriale",
            "Fiadel-Cgl",
        ),
    ),
    (
        "fare-sapere-nota",
        _case(
            "Il Partito dei Territori ha fatto sapere che «non voterà la fiducia» al governo.",
            "non voterà la fiducia",
            "Partito dei Territori",
        ),
    ),
    (
        "pronoun-lui-colon",
        _case(
            "Il tecnico Bruno Tosi non ci sta. Lui la mette così: «Abbiamo perso per colpa "
            "dell'arbitro».",
            "colpa dell'arbitro",
            "Bruno Tosi",
        ),
    ),
    (
        "cue-then-colon-ha-spiegato",
        _case(
            "Il procuratore di Roccaverde, Vittorio Amato, ha spiegato ai cronisti: «L'indagine "
            "riguarda almeno venti persone».",
            "almeno venti persone",
            "Vittorio Amato",
        ),
    ),
    (
        "relative-che-dopo-incise",
        _case(
            "«Siamo stati lasciati soli», racconta Marta Conti, che gestisce un bar sul "
            "lungomare da vent'anni.",
            "lasciati soli",
            "Marta Conti",
        ),
    ),
    (
        "incise-sbottare",
        _case(
            "«Basta con queste polemiche!», sbotta il ct della nazionale, Giorgio Parisi.",
            "Basta con queste polemiche",
            "Giorgio Parisi",
        ),
    ),
    (
        "incise-rilanciare",
        _case(
            "«Ora serve un tavolo al ministero», rilancia il segretario generale della "
            "Fiom-Nord, Alessandro Bellini.",
            "tavolo al ministero",
            "Alessandro Bellini",
        ),
    ),
    (
        "incise-concludere-compound",
        _case(
            "«Il futuro dell'azienda resta in Italia», ha concluso il presidente del gruppo, "
            "Riccardo Leone.",
            "resta in Italia",
            "Riccardo Leone",
        ),
    ),
    (
        "pronoun-ha-sottolineato-dropped",
        _case(
            "Intervenuta al convegno, la ministra dell'Istruzione Silvia Marchi ha parlato dei "
            "precari. «Entro l'estate avremo nuove assunzioni», ha sottolineato.",
            "nuove assunzioni",
            "Silvia Marchi",
        ),
    ),
    (
        "a-margine-ha-detto",
        _case(
            "«La città merita di più», ha detto a margine dell'inaugurazione il cardinale "
            "arcivescovo di Valmonte, Giuseppe Ferrero.",
            "merita di più",
            "Giuseppe Ferrero",
        ),
    ),
    (
        "quote-cosi-in-una-intervista",
        _case(
            "«Non mi candiderò alle primarie». Così Lorenzo Fabbri in un'intervista a La Stampa.",
            "Non mi candiderò",
            "Lorenzo Fabbri",
        ),
    ),
    (
        "partial-parlare-di",
        _case(
            "Il sindaco di Campolungo, Pietro Barbieri, ha parlato di «una ferita che non si "
            "rimarginerà».",
            "ferita che non si",
            "Pietro Barbieri",
        ),
    ),
    (
        "secondo-name-partial",
        _case(
            "Secondo l'avvocato della famiglia, Davide Testa, le indagini sono state condotte "
            "«con troppa fretta».",
            "con troppa fretta",
            "Davide Testa",
        ),
    ),
    (
        "dashes-split-dropped-subject",
        _case(
            "La presidente del tribunale, Antonella Greco, ha aperto l'anno giudiziario. «Mancano "
            "magistrati - ha spiegato - e i processi durano troppo».",
            "i processi durano troppo",
            "Antonella Greco",
        ),
    ),
    (
        "incise-rimarcare",
        _case(
            "«La legalità non è un optional», rimarca il questore di Pianalto, Gennaro Russo.",
            "non è un optional",
            "Gennaro Russo",
        ),
    ),
    (
        "guillemets-with-spaces",
        _case(
            "« Non lasceremo nessuno indietro », ha promesso la sindaca, Rosa Mancini, agli "
            "sfollati.",
            "Non lasceremo nessuno",
            "Rosa Mancini",
        ),
    ),
    (
        "curly-english-quotes-scraped",
        _case(
            "“Il dialogo resta aperto”, ha assicurato il portavoce del ministero, Andrea Villa.",
            "Il dialogo resta aperto",
            "Andrea Villa",
        ),
    ),
]

SPANISH: list[Row] = [
    (
        "incise-senalar-titulo",
        _case(
            "«No habrá subida de impuestos este año», señaló el ministro de Hacienda, Andrés "
            "Molina, en el Congreso.",
            "No habrá subida",
            "Andrés Molina",
        ),
    ),
    (
        "incise-subrayar",
        _case(
            "«La prioridad es la vivienda», subrayó la alcaldesa de Villanueva del Río, Carmen "
            "Soler, durante el pleno.",
            "La prioridad es la vivienda",
            "Carmen Soler",
        ),
    ),
    (
        "incise-advertir",
        _case(
            "«Si no llueve en otoño habrá restricciones», advirtió el presidente de la "
            "confederación hidrográfica, Tomás Ibarra.",
            "habrá restricciones",
            "Tomás Ibarra",
        ),
    ),
    (
        "incise-lamentar",
        _case(
            "«Nadie nos ha escuchado en diez años», lamentó Rosa Aguirre, portavoz de la "
            "plataforma vecinal de Las Eras.",
            "Nadie nos ha escuchado",
            "Rosa Aguirre",
        ),
    ),
    (
        "incise-apostillar",
        _case(
            "«Y no será la última vez», apostilló el entrenador, Julián Arce, entre risas.",
            "no será la última vez",
            "Julián Arce",
        ),
    ),
    (
        "incise-zanjar",
        _case(
            "«No hay nada más que hablar», zanjó el consejero de Sanidad, Ignacio Prats.",
            "nada más que hablar",
            "Ignacio Prats",
        ),
    ),
    (
        "incise-reconocer-compound",
        _case(
            "«Hemos cometido errores en la gestión», ha reconocido este martes el presidente "
            "autonómico, Luis Cabrera, en rueda de prensa.",
            "cometido errores",
            "Luis Cabrera",
        ),
    ),
    (
        "incise-ha-explicado-a-efe",
        _case(
            "«Las familias no llegan a fin de mes», ha explicado a EFE la portavoz de la "
            "asociación Banco Solidario, Marta Ruiz.",
            "no llegan a fin de mes",
            "Marta Ruiz",
            "an organisation named inside a role before the apposed name is taken for the speaker",
        ),
    ),
    (
        "colon-ser-tajante",
        _case(
            "El presidente del Gobierno, Javier Lozano, fue tajante: «No habrá adelanto "
            "electoral».",
            "No habrá adelanto",
            "Javier Lozano",
        ),
    ),
    (
        "split-raya",
        _case(
            "«Hemos cumplido —dijo el alcalde, Ramón Gil—, y seguiremos cumpliendo».",
            "seguiremos cumpliendo",
            "Ramón Gil",
        ),
    ),
    (
        "split-raya-first-part",
        _case(
            "«La obra estará lista en marzo —aseguró la consejera de Fomento, Beatriz Salas—, "
            "salvo imprevistos».",
            "La obra estará lista",
            "Beatriz Salas",
        ),
    ),
    (
        "split-hyphen-scraped",
        _case(
            "«No vamos a ceder -afirmó el líder sindical Óscar Benítez- ni un solo milímetro».",
            "ni un solo milímetro",
            "Óscar Benítez",
        ),
    ),
    (
        "segun-partial-ministerio",
        _case(
            "Según el Ministerio del Interior, la situación en la frontera está «bajo control».",
            "bajo control",
            "Ministerio del Interior",
        ),
    ),
    (
        "de-acuerdo-con-policia",
        _case(
            "De acuerdo con la Policía Nacional, el detenido «actuó solo y sin ayuda».",
            "actuó solo",
            "Policía Nacional",
        ),
    ),
    (
        "en-palabras-de",
        _case(
            "El acuerdo es, en palabras del secretario general de la patronal, Ernesto Vera, "
            "«un paso histórico».",
            "un paso histórico",
            "Ernesto Vera",
        ),
    ),
    (
        "relative-quien-after-incise",
        _case(
            "«El campo se muere», explicó Lucía Herrera, quien dirige la cooperativa desde 2019.",
            "El campo se muere",
            "Lucía Herrera",
        ),
    ),
    (
        "relative-quien-aseguro-que",
        _case(
            "La reunión fue presidida por la ministra de Trabajo, Inés Navarro, quien aseguró "
            "que el diálogo social «sigue vivo».",
            "sigue vivo",
            "Inés Navarro",
        ),
    ),
    (
        "dropped-subject-anadio",
        _case(
            "La ministra de Sanidad, Elena Vidal, compareció ante la prensa tras el consejo. "
            "«No vamos a escatimar recursos», añadió.",
            "escatimar recursos",
            "Elena Vidal",
        ),
    ),
    (
        "interview-declaraciones-a-el-pais",
        _case(
            "«Me equivoqué al no dimitir antes», afirma en declaraciones a El País el exalcalde "
            "de Robledal, Fermín Ortega.",
            "Me equivoqué",
            "Fermín Ortega",
        ),
    ),
    (
        "interview-entrevista-radio",
        _case(
            "«El club no está en venta», ha asegurado el presidente del Atlético Montaña, Raúl "
            "Fuentes, en una entrevista con Radio Norte.",
            "no está en venta",
            "Raúl Fuentes",
        ),
    ),
    (
        "court-tribunal-supremo",
        _case(
            "«El acusado actuó con pleno conocimiento de los hechos», sostiene el Tribunal "
            "Supremo en la sentencia.",
            "pleno conocimiento",
            "Tribunal Supremo",
        ),
    ),
    (
        "police-guardia-civil",
        _case(
            "«Los agentes localizaron el vehículo a las tres de la madrugada», informó la "
            "Guardia Civil en un comunicado.",
            "localizaron el vehículo",
            "Guardia Civil",
        ),
    ),
    (
        "union-denunciar",
        _case(
            "El sindicato Comisiones del Metal denunció «un despido encubierto» de doscientos "
            "trabajadores.",
            "despido encubierto",
            "Comisiones del Metal",
        ),
    ),
    (
        "party-comunicado",
        _case(
            "«El Gobierno ha perdido la mayoría social», señaló el Partido Regionalista en un "
            "comunicado.",
            "perdido la mayoría social",
            "Partido Regionalista",
        ),
    ),
    (
        "asi-lo-ha-manifestado",
        _case(
            "«La educación pública no se toca». Así lo ha manifestado este lunes la consejera de "
            "Educación, Pilar Soto.",
            "no se toca",
            "Pilar Soto",
        ),
    ),
    (
        "con-estas-palabras",
        _case(
            "«Hoy es un día triste para el fútbol». Con estas palabras se despidió el capitán "
            "del equipo, Álvaro Prieto.",
            "día triste",
            "Álvaro Prieto",
            "'Con estas palabras' with a verb that is not of saying names nobody "
            "(a documented choice)",
        ),
    ),
    (
        "headline-surname-colon",
        _case(
            "Martínez: «No habrá pacto con la extrema derecha»\n"
            "La candidata descarta cualquier acuerdo tras las elecciones.",
            "No habrá pacto",
            "Martínez",
        ),
    ),
    (
        "straight-quotes",
        _case(
            '"Vamos a recurrir la multa", anunció el abogado de la empresa, Gonzalo Ríos.',
            "recurrir la multa",
            "Gonzalo Ríos",
        ),
    ),
    (
        "curly-quotes-latam",
        _case(
            "“Estamos ante una crisis sin precedentes”, aseveró el ministro de Economía, Hugo "
            "Salgado, a la AFP.",
            "crisis sin precedentes",
            "Hugo Salgado",
        ),
    ),
    (
        "incise-agrego-latam",
        _case(
            "«La inflación va a bajar en el segundo semestre», agregó el presidente del Banco "
            "Central, Mauricio Leiva.",
            "inflación va a bajar",
            "Mauricio Leiva",
        ),
    ),
    (
        "incise-insistir",
        _case(
            "«No es una cuestión de dinero, es de voluntad», insistió la portavoz de la "
            "oposición, Natalia Campos.",
            "cuestión de dinero",
            "Natalia Campos",
        ),
    ),
    (
        "incise-recalcar",
        _case(
            "«Los datos son inequívocos», recalcó la directora del observatorio, Sara Méndez.",
            "datos son inequívocos",
            "Sara Méndez",
        ),
    ),
    (
        "incise-destacar",
        _case(
            "«Es la mejor temporada turística de la historia», destacó el consejero de Turismo, "
            "Jaime Roldán.",
            "mejor temporada",
            "Jaime Roldán",
        ),
    ),
    (
        "incise-matizar",
        _case(
            "«No descartamos nada, pero tampoco lo confirmamos», matizó el portavoz del "
            "Ejecutivo, Sergio Bravo.",
            "No descartamos nada",
            "Sergio Bravo",
        ),
    ),
    (
        "incise-criticar",
        _case(
            "«Es una ley hecha a espaldas de los afectados», criticó el diputado Marcos Lillo.",
            "a espaldas de los afectados",
            "Marcos Lillo",
        ),
    ),
    (
        "incise-sentenciar",
        _case(
            "«El que la hace, la paga», sentenció el fiscal jefe de Puerto Claro, Eduardo Rey.",
            "la paga",
            "Eduardo Rey",
        ),
    ),
    (
        "incise-ironizar",
        _case(
            "«Parece que han descubierto el agua caliente», ironizó la concejala Paula Iglesias.",
            "descubierto el agua caliente",
            "Paula Iglesias",
        ),
    ),
    (
        "incise-puntualizar",
        _case(
            "«Hablamos de una suspensión temporal, no de un cierre», puntualizó el director del "
            "hospital, Manuel Ferrer.",
            "suspensión temporal",
            "Manuel Ferrer",
        ),
    ),
    (
        "testimony-nombre-edad",
        _case(
            "«Perdimos la casa en una noche», cuenta Dolores, de 68 años, vecina de San Bartolo.",
            "Perdimos la casa",
            "Dolores",
        ),
    ),
    (
        "alternating-second",
        _case(
            "«El proyecto es inviable», dijo el concejal Adrián Mora. «Lo es para quien no "
            "quiere verlo», replicó la alcaldesa, Nuria Blanco.",
            "quien no quiere verlo",
            "Nuria Blanco",
        ),
    ),
    (
        "alternating-first",
        _case(
            "«El proyecto es inviable», dijo el concejal Adrián Mora. «Lo es para quien no "
            "quiere verlo», replicó la alcaldesa, Nuria Blanco.",
            "El proyecto es inviable",
            "Adrián Mora",
        ),
    ),
    (
        "multi-paragraph",
        _case(
            "El rector, Alberto Cano, se dirigió a la comunidad universitaria.\n\n"
            "«Vivimos un momento difícil. Los recortes nos obligan a elegir.\n\n"
            "«Pero no cerraremos ninguna titulación», afirmó.",
            "Vivimos un momento difícil",
            "Alberto Cano",
        ),
    ),
    (
        "colon-declaro-a-periodistas",
        _case(
            "El seleccionador nacional, Víctor Paredes, declaró a los periodistas: «El equipo "
            "está preparado para todo».",
            "está preparado",
            "Víctor Paredes",
        ),
    ),
    (
        "partial-calificar-de",
        _case(
            "La vicepresidenta, Marta Olmedo, calificó de «inaceptable» la actitud de la "
            "empresa eléctrica.",
            "inaceptable",
            "Marta Olmedo",
        ),
    ),
    (
        "partial-hablar-de",
        _case(
            "El alcalde de Torremar, Felipe Sanz, habló de «una tragedia que se pudo evitar».",
            "se pudo evitar",
            "Felipe Sanz",
        ),
    ),
    (
        "segun-nombre-partial",
        _case(
            "Según la abogada de las víctimas, Laura Castro, el juicio ha sido «una farsa».",
            "una farsa",
            "Laura Castro",
        ),
    ),
    (
        "para-source",
        _case(
            "Para el economista Daniel Ortiz, «la recuperación será lenta y desigual».",
            "lenta y desigual",
            "Daniel Ortiz",
        ),
    ),
    (
        "pronoun-ella-afirmo",
        _case(
            "La jueza Teresa Gallardo rechazó el recurso. Ella misma afirmó que la decisión "
            "era «la única posible».",
            "la única posible",
            "Teresa Gallardo",
        ),
    ),
    (
        "cue-before-ha-dicho-colon",
        _case(
            "La portavoz del Gobierno vasco, Amaia Etxeberria, ha dicho este jueves: «Vamos a "
            "pedir explicaciones».",
            "pedir explicaciones",
            "Amaia Etxeberria",
        ),
    ),
    (
        "social-escribir-en-x",
        _case(
            "«Gracias a todos por el apoyo», escribió en X el tenista Pablo Quintana tras su "
            "retirada.",
            "Gracias a todos",
            "Pablo Quintana",
        ),
    ),
    (
        "incise-expresar",
        _case(
            "«Estamos profundamente consternados», expresó el alcalde de Valdeolmos, Antonio "
            "Peña, tras el accidente.",
            "profundamente consternados",
            "Antonio Peña",
        ),
    ),
    (
        "incise-defender",
        _case(
            "«La reforma protege a los más vulnerables», defendió la ministra de Igualdad, "
            "Irene Lobo.",
            "protege a los más vulnerables",
            "Irene Lobo",
        ),
    ),
    (
        "incise-admitir-fuentes-nombre",
        _case(
            "«Llegamos tarde», admitió el jefe de bomberos, Ricardo Pastor, ante los vecinos.",
            "Llegamos tarde",
            "Ricardo Pastor",
        ),
    ),
    (
        "indicar-a-este-diario",
        _case(
            "«No hemos recibido ninguna notificación», indicó a este diario el gerente de la "
            "empresa, Francisco Lara.",
            "ninguna notificación",
            "Francisco Lara",
        ),
    ),
    (
        "ong-alertar",
        _case(
            "«Miles de niños siguen sin escolarizar», alertó la ONG Infancia Libre en su informe "
            "anual.",
            "sin escolarizar",
            "Infancia Libre",
        ),
    ),
    (
        "relative-que-sujeto",
        _case(
            "Pedro Alonso, que preside la federación de hosteleros, cree que la nueva tasa es "
            "«un disparate».",
            "un disparate",
            "Pedro Alonso",
        ),
    ),
    (
        "quote-dijo-noun-first-inverted",
        _case(
            "«Seguiremos investigando», dijo a los periodistas el comisario jefe, Gabriel Soto.",
            "Seguiremos investigando",
            "Gabriel Soto",
        ),
    ),
    (
        "apposition-before-considerar",
        _case(
            "Exministra de Cultura, Lourdes Ayala considera que el sector vive «una crisis "
            "silenciosa».",
            "crisis silenciosa",
            "Lourdes Ayala",
        ),
    ),
    (
        "dropped-subject-anadio-latam-curly",
        _case(
            "El canciller, Fernando Ugarte, se reunió con su homólogo. “Hubo coincidencias "
            "importantes”, agregó.",
            "coincidencias importantes",
            "Fernando Ugarte",
        ),
    ),
    (
        "segun-fuentes-named-institution",
        _case(
            "«Las obras empezarán en enero», según ha informado el Ayuntamiento de Costablanca.",
            "obras empezarán",
            "Ayuntamiento de Costablanca",
        ),
    ),
]

GERMAN: list[Row] = [
    (
        "incise-sagte-titel-partei",
        _case(
            "„Wir werden die Mittel für die Kommunen aufstocken“, sagte Innenministerin Katrin "
            "Vogel (SPD) am Dienstag in Berlin.",
            "Mittel für die Kommunen",
            "Katrin Vogel",
        ),
    ),
    (
        "incise-betonte",
        _case(
            "„Die Versorgung ist zu keinem Zeitpunkt gefährdet gewesen“, betonte der "
            "Geschäftsführer der Stadtwerke Falkenau, Jörg Hellmann.",
            "zu keinem Zeitpunkt",
            "Jörg Hellmann",
        ),
    ),
    (
        "incise-erklaerte",
        _case(
            "„Der Zug hatte keine Chance mehr zu bremsen“, erklärte ein Sprecher der "
            "Bundespolizei, Martin Kühn.",
            "keine Chance mehr",
            "Martin Kühn",
        ),
    ),
    (
        "incise-warnte",
        _case(
            "„Die Lage in den Kliniken wird sich weiter verschärfen“, warnte der Präsident der "
            "Landesärztekammer, Heinrich Abel.",
            "weiter verschärfen",
            "Heinrich Abel",
        ),
    ),
    (
        "incise-ergaenzte",
        _case(
            "„Einen Zusammenhang mit dem Brand schließen wir aus“, ergänzte Oberstaatsanwältin "
            "Birgit Lorenz.",
            "Zusammenhang mit dem Brand",
            "Birgit Lorenz",
        ),
    ),
    (
        "so-construction",
        _case(
            "„Das Ergebnis ist eine klare Absage an die Regierung“, so der Politikwissenschaftler "
            "Frank Ebert von der Universität Lindenau.",
            "klare Absage",
            "Frank Ebert",
        ),
    ),
    (
        "so-surname-only",
        _case(
            "Bürgermeisterin Anja Roth zeigte sich erleichtert. „Niemand wurde verletzt“, so Roth.",
            "Niemand wurde verletzt",
            "Roth",
        ),
    ),
    (
        "dpa-sagte-der-deutschen-presse-agentur",
        _case(
            "„Wir sind mit der Saison sehr zufrieden“, sagte Hotelier Peter Brandl der "
            "Deutschen Presse-Agentur.",
            "sehr zufrieden",
            "Peter Brandl",
        ),
    ),
    (
        "pronoun-sagte-sie-dpa",
        _case(
            "Die Landwirtin Sabine Kraus bangt um ihre Ernte. „Wenn es nicht bald regnet, ist "
            "alles verloren“, sagte sie der dpa.",
            "alles verloren",
            "Sabine Kraus",
        ),
    ),
    (
        "laut-partial",
        _case(
            "Laut Bürgermeister Thomas Brandt ist die Lage im Hochwassergebiet „unter Kontrolle“.",
            "unter Kontrolle",
            "Thomas Brandt",
        ),
    ),
    (
        "zufolge-partial",
        _case(
            "Dem Landrat Jürgen Stolz zufolge war die Brücke schon lange „nicht mehr sicher“.",
            "nicht mehr sicher",
            "Jürgen Stolz",
        ),
    ),
    (
        "colon-sagte",
        _case(
            "Der Finanzminister des Landes, Klaus Wagner (CDU), sagte: „Wir müssen sparen, "
            "aber nicht bei der Bildung.“",
            "nicht bei der Bildung",
            "Klaus Wagner",
        ),
    ),
    (
        "split-two-sentences",
        _case(
            "„Wir sind zufrieden“, sagte Trainerin Lena Busch. „Aber wir haben noch viel "
            "Arbeit vor uns.“",
            "noch viel Arbeit",
            "Lena Busch",
        ),
    ),
    (
        "partial-sprach-von",
        _case(
            "Ministerpräsidentin Doris Engel sprach von einem „schwarzen Tag für die Region“.",
            "schwarzen Tag",
            "Doris Engel",
        ),
    ),
    (
        "relative-die-after-incise",
        _case(
            "„Das Viertel hat sich komplett verändert“, sagte Anna Keller, die seit 20 Jahren "
            "in der Südstadt wohnt.",
            "komplett verändert",
            "Anna Keller",
        ),
    ),
    (
        "court-teilte-mit",
        _case(
            "„Die Regelung ist mit dem Grundgesetz vereinbar“, teilte das Bundesverfassungsgericht "
            "am Mittwoch in Karlsruhe mit.",
            "Grundgesetz vereinbar",
            "Bundesverfassungsgericht",
        ),
    ),
    (
        "union-forderte",
        _case(
            "Die Gewerkschaft Metall Nord forderte „spürbare Lohnerhöhungen für alle "
            "Beschäftigten“.",
            "spürbare Lohnerhöhungen",
            "Gewerkschaft Metall Nord",
        ),
    ),
    (
        "police-sagte-sprecher",
        _case(
            "„Es gibt keine Hinweise auf eine Straftat“, sagte ein Polizeisprecher in Hollbach.",
            "keine Hinweise",
            "ein Polizeisprecher",
        ),
    ),
    (
        "swiss-guillemets",
        _case(
            "«Wir haben die Situation im Griff», sagte der Zuger Regierungsrat Beat Zimmermann.",
            "Situation im Griff",
            "Beat Zimmermann",
        ),
    ),
    (
        "reversed-guillemets-spiegel",
        _case(
            "»Das ist ein Skandal«, sagt die Grünen-Abgeordnete Mira Schulte.",
            "ein Skandal",
            "Mira Schulte",
        ),
    ),
    (
        "straight-quotes",
        _case(
            '"Wir prüfen alle Optionen", sagte der Sprecher des Konzerns, Stefan Lang.',
            "alle Optionen",
            "Stefan Lang",
        ),
    ),
    (
        "raeumte-ein-separable",
        _case(
            "„Wir haben die Kosten unterschätzt“, räumte Bauminister Wolfgang Hase ein.",
            "Kosten unterschätzt",
            "Wolfgang Hase",
        ),
    ),
    (
        "kritisierte",
        _case(
            "„Das ist reine Symbolpolitik“, kritisierte der Fraktionschef der Opposition, Tobias "
            "Reuter.",
            "reine Symbolpolitik",
            "Tobias Reuter",
        ),
    ),
    (
        "interview-sagte-zeitung",
        _case(
            "„Ich werde nicht noch einmal antreten“, sagte Oberbürgermeister Helmut Krieger der "
            "„Lindenauer Zeitung“.",
            "nicht noch einmal antreten",
            "Helmut Krieger",
        ),
    ),
    (
        "konjunktiv-indirect-partial",
        _case(
            "Ein Sprecher des Ministeriums, Lars Weber, sagte, man werde die Vorwürfe „sehr "
            "ernst nehmen“.",
            "sehr ernst nehmen",
            "Lars Weber",
        ),
    ),
    (
        "alternating-two-speakers",
        _case(
            "„Die Reform kommt zu spät“, sagte Verbandschef Rolf Meier. „Besser spät als nie“, "
            "entgegnete Gesundheitsministerin Petra Sommer.",
            "Besser spät als nie",
            "Petra Sommer",
        ),
    ),
    (
        "multi-paragraph",
        _case(
            "Die Präsidentin des Sportbunds, Ulrike Hahn, wandte sich an die Vereine.\n\n"
            "„Wir brauchen mehr Ehrenamtliche. Ohne sie geht nichts.\n\n"
            "„Deshalb starten wir eine Kampagne“, sagte sie.",
            "mehr Ehrenamtliche",
            "Ulrike Hahn",
        ),
    ),
    (
        "headline-colon",
        _case(
            "Vogel: „Wir lassen die Kommunen nicht allein“\n"
            "Die Innenministerin kündigt ein Hilfspaket an.",
            "nicht allein",
            "Vogel",
        ),
    ),
    (
        "verb-first-inversion-hiess-es",
        _case(
            "„Der Betrieb läuft normal weiter“, hieß es in einer Mitteilung der Deutschen "
            "Flugsicherung Süd.",
            "läuft normal weiter",
            "Deutschen Flugsicherung Süd",
        ),
    ),
    (
        "nach-angaben-von",
        _case(
            "Nach Angaben von Feuerwehrsprecher Dirk Albrecht war das Feuer „in kürzester Zeit "
            "außer Kontrolle“.",
            "außer Kontrolle",
            "Dirk Albrecht",
        ),
    ),
    (
        "pronoun-er-next-sentence",
        _case(
            "Der Trainer Mario Schenk war nach dem Spiel enttäuscht. „Wir haben uns selbst "
            "geschlagen“, sagte er.",
            "selbst geschlagen",
            "Mario Schenk",
        ),
    ),
    (
        "verb-mahnte",
        _case(
            "„Wir dürfen die ländlichen Regionen nicht vergessen“, mahnte Bundespräsidentin "
            "Gisela Hartwig in ihrer Rede.",
            "ländlichen Regionen",
            "Gisela Hartwig",
        ),
    ),
    (
        "verb-unterstrich-role",
        _case(
            "„Die Sicherheit der Fahrgäste hat Vorrang“, unterstrich der Vorstand der "
            "Verkehrsbetriebe, Jens Ott.",
            "Sicherheit der Fahrgäste",
            "Jens Ott",
        ),
    ),
    (
        "verb-fuegte-hinzu",
        _case(
            "Die Ärztin Clara Winter berichtete von überfüllten Stationen. „So etwas habe ich "
            "noch nie erlebt“, fügte sie hinzu.",
            "noch nie erlebt",
            "Clara Winter",
        ),
    ),
    (
        "low-double-straight-mix",
        _case(
            ',,Die Preise werden weiter steigen", sagte Ökonomin Julia Brenner vom Institut für '
            "Wirtschaftsforschung Halden.",
            "Preise werden weiter",
            "Julia Brenner",
            "two commas typed as the low opening mark (',,…\"') are not read as a quotation mark",
        ),
    ),
]

ENGLISH: list[Row] = [
    (
        "said-name-inverted-title",
        _case(
            "“We will not raise taxes on working families,” said Governor Linda Park of Westbrook.",
            "raise taxes",
            "Linda Park",
        ),
    ),
    (
        "surname-said",
        _case(
            "Mayor Tom Delgado defended the budget. “Every dollar is accounted for,” Delgado said.",
            "Every dollar",
            "Delgado",
        ),
    ),
    (
        "told-reuters-title",
        _case(
            "“The talks are at a critical stage,” Foreign Minister Arjun Mehta told Reuters on "
            "Tuesday.",
            "critical stage",
            "Arjun Mehta",
        ),
    ),
    (
        "according-to-partial",
        _case(
            "According to police spokeswoman Dana Holt, the suspect was “known to officers” "
            "before the attack.",
            "known to officers",
            "Dana Holt",
        ),
    ),
    (
        "colon-said",
        _case(
            "The company's chief executive, Mark Ellison, said: “We are confident in our "
            "long-term strategy.”",
            "long-term strategy",
            "Mark Ellison",
        ),
    ),
    (
        "split-second-sentence",
        _case(
            "“We are ready,” she said. “But nobody should expect miracles.” Coach Maria Lopes "
            "takes charge of the national team next month.",
            "nobody should expect",
            "Maria Lopes",
        ),
    ),
    (
        "partial-called",
        _case(
            "Senator Ray Collins called the proposal “a disaster in the making.”",
            "disaster in the making",
            "Ray Collins",
        ),
    ),
    (
        "relative-who",
        _case(
            "“The river has never been this low,” said Ellen Price, who has farmed near Cedar "
            "Falls for 40 years.",
            "never been this low",
            "Ellen Price",
        ),
    ),
    (
        "pronoun-next-sentence",
        _case(
            "Fire Chief Robert Nash said crews worked through the night. “We saved most of the "
            "homes on the ridge,” he added.",
            "saved most of the homes",
            "Robert Nash",
        ),
    ),
    (
        "court-wrote",
        _case(
            "“The statute plainly exceeds the state's authority,” the appeals court wrote in "
            "its ruling.",
            "plainly exceeds",
            "appeals court",
        ),
    ),
    (
        "police-said-in-statement",
        _case(
            "“Two men were taken into custody without incident,” Millbrook police said in a "
            "statement.",
            "taken into custody",
            "Millbrook police",
        ),
    ),
    (
        "straight-quotes",
        _case(
            '"This is only the beginning," said union organizer Keisha Grant outside the plant.',
            "only the beginning",
            "Keisha Grant",
        ),
    ),
    (
        "added-apposition-spokesman",
        _case(
            "“No decision has been made,” added Paul Rhodes, a spokesman for the Department "
            "of Transportation.",
            "No decision has been made",
            "Paul Rhodes",
        ),
    ),
    (
        "multi-paragraph",
        _case(
            "Dr. Helen Cho, the hospital's medical director, described the night.\n\n"
            "“We had patients in every hallway. Staff worked double shifts.\n\n"
            "“It was the hardest night of my career,” she said.",
            "patients in every hallway",
            "Helen Cho",
        ),
    ),
    (
        "interview-said-in-interview",
        _case(
            "“I have no plans to resign,” Treasurer Ann Whitaker said in an interview with The "
            "Ledger on Sunday.",
            "no plans to resign",
            "Ann Whitaker",
        ),
    ),
    (
        "warned",
        _case(
            "“Prices could rise sharply this winter,” warned Gareth Lowe, an analyst at Brook "
            "Capital.",
            "rise sharply",
            "Gareth Lowe",
        ),
    ),
    (
        "insisted",
        _case(
            "“We did nothing wrong,” the company's lawyer, Sarah Klein, insisted.",
            "did nothing wrong",
            "Sarah Klein",
        ),
    ),
    (
        "acknowledged",
        _case(
            "“Mistakes were made in the early response,” acknowledged Health Secretary Omar "
            "Farouk.",
            "Mistakes were made",
            "Omar Farouk",
        ),
    ),
    (
        "told-reporters",
        _case(
            "“The ceasefire is holding for now,” the U.N. envoy, Lucia Ferraz, told reporters "
            "in Geneva.",
            "ceasefire is holding",
            "Lucia Ferraz",
        ),
    ),
    (
        "age-occupation-apposition",
        _case(
            "“I've lived here all my life and never seen anything like it,” said Jane Morrow, "
            "67, a retired teacher.",
            "never seen anything like it",
            "Jane Morrow",
        ),
    ),
    (
        "alternating-speakers",
        _case(
            "“The bill will pass,” said Representative Carl Dunn. “Not with our votes,” "
            "countered Representative Mia Torres.",
            "Not with our votes",
            "Mia Torres",
        ),
    ),
    (
        "single-quotes-british",
        _case(
            "'We have been left to fend for ourselves,' said councillor Fiona Blake.",
            "fend for ourselves",
            "Fiona Blake",
            "single straight quotation marks ('…,' said X) are not read as quotation marks",
        ),
    ),
    (
        "headline-colon",
        _case(
            "Hale: “We will rebuild the bridge within a year”\n"
            "The transport minister promised swift action after the collapse.",
            "rebuild the bridge",
            "Hale",
        ),
    ),
    (
        "party-statement",
        _case(
            "The Reform Alliance said in a statement that the vote was “a betrayal of the voters.”",
            "betrayal of the voters",
            "Reform Alliance",
        ),
    ),
    (
        "union-said",
        _case(
            "“Our members have had enough,” the Northern Teachers Union said.",
            "had enough",
            "Northern Teachers Union",
        ),
    ),
    (
        "noted-title-before",
        _case(
            "“Inflation is cooling faster than expected,” noted central bank governor Priya Nair.",
            "cooling faster",
            "Priya Nair",
        ),
    ),
    (
        "split-mid-sentence",
        _case(
            "“The decision,” said Judge Walter Grimes, “leaves the court no choice.”",
            "leaves the court no choice",
            "Walter Grimes",
        ),
    ),
    (
        "according-to-institution-full-quote",
        _case(
            "“Turnout was the highest in two decades,” according to the state election board.",
            "highest in two decades",
            "state election board",
        ),
    ),
    (
        "posted-on-x",
        _case(
            "“Proud of this team,” Senator Julia Banks posted on X after the vote.",
            "Proud of this team",
            "Julia Banks",
        ),
    ),
    (
        "ap-said-dateline",
        _case(
            "RIVERTON, Ore. (AP) — “We lost everything in twenty minutes,” said Luis Ortega, "
            "whose bakery burned on Main Street.",
            "lost everything",
            "Luis Ortega",
        ),
    ),
    (
        "partial-described-as",
        _case(
            "The prime minister, Alan Shaw, described the agreement as “historic but fragile.”",
            "historic but fragile",
            "Alan Shaw",
        ),
    ),
    (
        "quote-after-cue-said-that",
        _case(
            "Diane Ruiz, the water district's manager, said that supplies would “last through "
            "the summer.”",
            "last through the summer",
            "Diane Ruiz",
        ),
    ),
    (
        "said-role-phrase-anonymous",
        _case(
            "“There is no plan B,” said a senior official familiar with the negotiations.",
            "no plan B",
            "a senior official",
        ),
    ),
    (
        "told-the-ap",
        _case(
            "“We need help now, not next month,” Rosa Kim, who runs a food bank in Eastport, "
            "told The Associated Press.",
            "help now",
            "Rosa Kim",
        ),
    ),
    (
        "pronoun-she-next-para",
        _case(
            "Attorney General Naomi Fisk announced the charges Monday.\n\n"
            "“No one is above the law,” she said.",
            "above the law",
            "Naomi Fisk",
        ),
    ),
]


def _params(language: str, rows: list[Row]) -> list[Any]:
    params = []
    for i, (construction, (text, quoted, want, reason)) in enumerate(rows):
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(
            pytest.param(
                text, quoted, want, language, id=f"{language}-{i:02d}-{construction}", marks=marks
            )
        )
    return params


@pytest.mark.parametrize(
    ("text", "quoted", "want", "language"),
    [
        *_params("fr", FRENCH),
        *_params("it", ITALIAN),
        *_params("es", SPANISH),
        *_params("de", GERMAN),
        *_params("en", ENGLISH),
    ],
)
def test_speaker_attribution(text: str, quoted: str, want: str, language: str) -> None:
    assert speaker_overlaps(text, quoted, want, language)
