"""Blind probe, round 6: quotation speakers in French, Italian and Spanish news copy.

Covers the attribution shapes of agency wire copy (AFP, Belga, Keystone-ATS, ANSA, AGI,
Adnkronos, EFE, Europa Press) and of newspaper, court, sport and local reporting:
incises with an inverted subject after verbs of saying and of manner or attitude
(a-t-il ajouté, a martelé, s’est félicitée, soupire; ha sottolineato, sbotta, si è detta
fiduciosa; precisó, zanjó, se emociona), long titles and appositions before or after the
name, colon introductions (also across a paragraph break), partial quotations inside a
clause (qualifier de, accusare di, calificar de), source phrases (selon, d’après, pour,
comme l’a rappelé; secondo, per, a detta di, stando a; según, para, a juicio de, de acuerdo
con, en palabras de), relatives (selon laquelle, secondo il quale, según el cual, quien,
che), quotations spanning paragraphs (reopened marks, Spanish comillas de seguir),
continuations of the speaker before, pronoun and dropped-subject speakers in later
sentences and paragraphs (gender agreement, two people in play, an object named between),
organisations and institutions, anonymous sources, interview answers and Spanish dash
turns, opening quotations with the speaker in the next sentence (Così, Queste le parole
di, Así lo afirmó), dash and raya incises inside the quotation, cleft and verb-first
clauses, the French infinitif de narration, outlets and addressees that are not the
speaker, and typography: « » with narrow and plain no-break spaces, spaced and unspaced
guillemets, “ ” and " ", nested quotations.

Written blind from conventions by a helper who read neither the rules nor their tests.
Every sentence, person, place and company is invented. The expected speaker is the name
or noun phrase a careful reader would give; where the quotation's own clause has only a
pronoun, a dropped subject or a bare noun of office, it is the name of the person meant.

Cases: 80 French, 80 Italian, 80 Spanish (240 in all).

Passed at first: 214 of 240 (fr 71, it 71, es 72); 230 now.  The misses were named as
constructions and fixed by general mechanisms with their own tables
(``test_quotes_round6_mechanisms.py``, ``test_quotes_given_names.py``); the rest are the
strict xfails in ``KNOWN``, each naming its construction.
"""

from __future__ import annotations

import pytest

from quote_helpers import Case, params, speaker_overlaps
from quote_helpers import case as _case

FRENCH: list[tuple[str, Case]] = [
    (
        "fr-incise-declare-title-apposition",
        _case(
            "« Les urgences de nuit resteront ouvertes tout l’été », a déclaré la ministre de la "
            "Santé, Odile Ferrand, lors d’un déplacement à Vierzon.",
            "resteront ouvertes",
            "Odile Ferrand",
        ),
    ),
    (
        "fr-incise-atil-ajoute-pronoun",
        _case(
            "Le maire de Pontlevoy, Gérard Vautrin, a présenté mardi le budget primitif de la "
            "commune. « Aucune hausse de la taxe foncière n’est prévue », a-t-il ajouté.",
            "Aucune hausse",
            "Gérard Vautrin",
        ),
    ),
    (
        "fr-incise-martele-long-title",
        _case(
            "« La sécurité des conducteurs passe avant la ponctualité », a martelé le directeur "
            "de la régie des transports de l’agglomération, Bruno Lecoq.",
            "passe avant la ponctualité",
            "Bruno Lecoq",
        ),
    ),
    (
        "fr-incise-reflexive-sest-felicitee",
        _case(
            "« C’est une victoire pour tous les riverains du canal », s’est félicitée la "
            "présidente de l’association Vivre à Saint-Brice, Chantal Oudin.",
            "victoire pour tous les riverains",
            "Chantal Oudin",
        ),
    ),
    (
        "fr-procureur-title-colon",
        _case(
            "Le procureur de la République de Lyon, Étienne Marchal, a détaillé vendredi les "
            "premiers résultats de l’enquête : « Les deux suspects se connaissaient depuis "
            "l’école primaire. »",
            "deux suspects se connaissaient",
            "Étienne Marchal",
        ),
    ),
    (
        "fr-narrow-nbsp-incise-name-then-role",
        _case(
            "«\u202fIl faudra des années pour reconstruire la confiance\u202f», reconnaît Yannick "
            "Le Goff, délégué syndical chez Armor Textiles.",
            "reconstruire la confiance",
            "Yannick Le Goff",
        ),
    ),
    (
        "fr-nbsp-selon-title-apposition",
        _case(
            "Selon la préfète du Cher, Sylvie Arnaud, «\xa0seuls deux pompiers ont été légèrement "
            "blessés\xa0» lors de l’intervention.",
            "deux pompiers",
            "Sylvie Arnaud",
        ),
    ),
    (
        "fr-dapres-partial",
        _case(
            "D’après le directeur de l’hôpital, Marc Delorme, les urgences ont connu « un pic "
            "inédit » de passages ce week-end.",
            "un pic inédit",
            "Marc Delorme",
        ),
    ),
    (
        "fr-pour-economist-apposition",
        _case(
            "Pour l’économiste Hélène Castaing, chercheuse à l’université de Rennes, « la "
            "remontée des taux pèsera d’abord sur les primo-accédants ».",
            "remontée des taux",
            "Hélène Castaing",
        ),
    ),
    (
        "fr-partial-qualifie-de-two-quotes",
        _case(
            "Le député Thierry Roussel a qualifié mercredi le projet de loi de « bricolage » et "
            "de « cadeau aux grandes surfaces ».",
            "cadeau aux grandes surfaces",
            "Thierry Roussel",
        ),
    ),
    (
        "fr-partial-denonce-body",
        _case(
            "L’intersyndicale de l’usine Maréchal dénonce « un plan social déguisé » et appelle à "
            "débrayer jeudi.",
            "plan social déguisé",
            "L’intersyndicale de l’usine Maréchal",
        ),
    ),
    (
        "fr-pronoun-elle-woman-and-man",
        _case(
            "La sénatrice Agnès Morvan et le maire de Quimperlé, Loïc Tanguy, ont visité le "
            "chantier du contournement jeudi. « Nous attendons cette route depuis dix ans », "
            "a-t-elle rappelé.",
            "attendons cette route",
            "Agnès Morvan",
        ),
    ),
    (
        "fr-court-pronoun-il-after-woman",
        _case(
            "L’avocate Claire Benhamou a plaidé la relaxe. Le procureur, Denis Aubert, a requis "
            "deux ans de prison ferme. « Cet homme a pris soin d’effacer chaque trace », a-t-il "
            "souligné.",
            "effacer chaque trace",
            "Denis Aubert",
        ),
    ),
    (
        "fr-dit-il-thing-subject-between",
        _case(
            "Jean-Marc Peyrat tient la boulangerie du village depuis trente ans. Le départ du "
            "bureau de poste l’inquiète. « On verra bien », dit-il en haussant les épaules.",
            "On verra bien",
            "Jean-Marc Peyrat",
        ),
    ),
    (
        "fr-incise-inside-quotation-name-role",
        _case(
            "« Nous avons, explique Nadia Kacem, directrice de la crèche, dû refuser vingt "
            "familles cette année. »",
            "refuser vingt familles",
            "Nadia Kacem",
        ),
    ),
    (
        "fr-parquet-communique",
        _case(
            "« Les enquêteurs privilégient la thèse d’un accident de chasse », a indiqué le "
            "parquet de Valence dans un communiqué.",
            "accident de chasse",
            "parquet de Valence",
        ),
    ),
    (
        "fr-source-proche-confie",
        _case(
            "« Le dossier est loin d’être bouclé », confie une source proche de l’enquête.",
            "dossier est loin",
            "une source proche de l’enquête",
        ),
    ),
    (
        "fr-source-judiciaire-qui-evoque",
        _case(
            "Le suspect aurait reconnu une partie des faits en garde à vue, selon une source "
            "judiciaire, qui évoque « des aveux partiels et contradictoires ».",
            "aveux partiels",
            "une source judiciaire",
        ),
    ),
    (
        "fr-anonymous-adviser-glisse",
        _case(
            "« Personne au gouvernement n’y croit vraiment », glisse un conseiller ministériel "
            "sous couvert d’anonymat.",
            "Personne au gouvernement",
            "un conseiller ministériel",
        ),
    ),
    (
        "fr-court-prevenu-apposition-colon",
        _case(
            "À la barre, le prévenu, un ancien comptable de 52 ans, a tenté de se justifier : « "
            "Je voulais seulement sauver l’entreprise. »",
            "voulais seulement",
            "le prévenu",
        ),
    ),
    (
        "fr-court-avocate-maitre",
        _case(
            "« Mon client n’a jamais menacé personne », a plaidé Me Sandrine Vallat, avocate de "
            "la défense.",
            "jamais menacé personne",
            "Sandrine Vallat",
        ),
    ),
    (
        "fr-court-presidente-question",
        _case(
            "« Mesurez-vous la gravité de ce qui vous est reproché ? », a demandé la présidente "
            "du tribunal correctionnel, Françoise Lemarié.",
            "Mesurez-vous la gravité",
            "Françoise Lemarié",
        ),
    ),
    (
        "fr-sport-coach-regrette",
        _case(
            "« Dix occasions, zéro but : ça ne pardonne pas à ce niveau », a regretté "
            "l’entraîneur de l’AS Mérignac, Pascal Giraudeau, après la défaite (0-2).",
            "Dix occasions",
            "Pascal Giraudeau",
        ),
    ),
    (
        "fr-sport-pronoun-next-paragraph",
        _case(
            "Auteur d’un doublé, l’attaquant Moussa Diakhaby a porté son équipe samedi soir.\n\n"
            "« J’ai attendu six mois sur le banc pour ce moment. Le coach m’a demandé d’être "
            "patient », a-t-il confié au micro de la radio locale.",
            "six mois sur le banc",
            "Moussa Diakhaby",
        ),
    ),
    (
        "fr-sport-press-conference-colon",
        _case(
            "En conférence de presse, la sélectionneuse Marion Kervella ne cachait pas sa "
            "satisfaction : « Les filles ont défendu avec une rigueur incroyable pendant "
            "quatre-vingt-dix minutes. »",
            "défendu avec une rigueur",
            "Marion Kervella",
        ),
    ),
    (
        "fr-opening-quote-name-next-sentence",
        _case(
            "« Ici, on vit au rythme des marées. » Armelle Guéguen, 71 ans, n’a jamais quitté "
            "l’île de Kerlaouen, où elle tient l’unique épicerie.",
            "au rythme des marées",
            "Armelle Guéguen",
        ),
    ),
    (
        "fr-multi-paragraph-reopened",
        _case(
            "Le maire, Hervé Colas, s’est adressé au conseil municipal lundi soir :\n\n"
            "« Nous avons hérité d’une dette considérable.\n\n"
            "« Nous la rembourserons sans augmenter les impôts locaux. »",
            "sans augmenter les impôts",
            "Hervé Colas",
        ),
    ),
    (
        "fr-curly-english-quotes",
        _case(
            "“Nous ne fermerons aucune classe à la rentrée”, a assuré l’inspectrice d’académie, "
            "Laurence Poirier.",
            "aucune classe",
            "Laurence Poirier",
        ),
    ),
    (
        "fr-straight-quotes-time-before-subject",
        _case(
            '"Le chantier a pris six mois de retard", a reconnu jeudi le président de la '
            "communauté de communes, Alain Besnard.",
            "six mois de retard",
            "Alain Besnard",
        ),
    ),
    (
        "fr-nested-quotes-raconte",
        _case(
            "« Mon père me répétait : “Ne vends jamais la ferme”, et je l’ai écouté », raconte "
            "Fabrice Lhermitte, éleveur à Saint-Gérand.",
            "Mon père me répétait",
            "Fabrice Lhermitte",
        ),
    ),
    (
        "fr-manner-soupire",
        _case(
            "« Trois heures d’attente pour une radio, c’est devenu normal », soupire Ginette "
            "Boulay, une patiente rencontrée dans le hall.",
            "Trois heures",
            "Ginette Boulay",
        ),
    ),
    (
        "fr-manner-sourit-doyenne",
        _case(
            "« Le secret, c’est une soupe tous les soirs », sourit la doyenne du village, "
            "Marcelle Thébault, qui fêtera ses cent ans samedi.",
            "une soupe tous les soirs",
            "Marcelle Thébault",
        ),
    ),
    (
        "fr-manner-tonne-long-title",
        _case(
            "« On a bradé le stade pour une bouchée de pain », tonne le chef de file de "
            "l’opposition municipale, Régis Fabre.",
            "bradé le stade",
            "Régis Fabre",
        ),
    ),
    (
        "fr-lache-time-place-before-subject",
        _case(
            "« Le projet de rocade est mort et enterré », a lâché mardi devant la presse le "
            "président du conseil départemental, Jean-Luc Mazières.",
            "mort et enterré",
            "Jean-Luc Mazières",
        ),
    ),
    (
        "fr-indique-a-lafp-military-rank",
        _case(
            "« Nous avons perdu le contact avec le chalutier vers 3 heures », a indiqué à l’AFP "
            "le porte-parole de la préfecture maritime, le capitaine de frégate Yves Leroux.",
            "perdu le contact",
            "Yves Leroux",
        ),
    ),
    (
        "fr-name-role-lassure-colon",
        _case(
            "Mathilde Serre, directrice générale de la jeune pousse nantaise Hélios Data, "
            "l’assure : « Nous embaucherons cinquante personnes d’ici à juin. »",
            "cinquante personnes",
            "Mathilde Serre",
        ),
    ),
    (
        "fr-selon-lui",
        _case(
            "Le vigneron Olivier Chabert a perdu la moitié de sa récolte en une nuit. Selon lui, "
            "« la grêle n’avait jamais frappé aussi fort dans le Beaujolais ».",
            "frappé aussi fort",
            "Olivier Chabert",
        ),
    ),
    (
        "fr-ministere-partial-object",
        _case(
            "Le ministère de l’Intérieur a confirmé dimanche « l’envoi de deux cents gendarmes "
            "supplémentaires » dans le département.",
            "deux cents gendarmes",
            "Le ministère de l’Intérieur",
        ),
    ),
    (
        "fr-peut-on-lire-communique",
        _case(
            "« La direction regrette profondément cet incident », peut-on lire dans un communiqué "
            "du groupe Valmont Industries.",
            "regrette profondément",
            "communiqué du groupe Valmont Industries",
        ),
    ),
    (
        "fr-interview-interroge-repondu",
        _case(
            "Interrogé sur son avenir, le milieu de terrain Hugo Castel a répondu sans détour : « "
            "Je serai encore ici la saison prochaine. »",
            "encore ici",
            "Hugo Castel",
        ),
    ),
    (
        "fr-interview-interrogee-par-radio",
        _case(
            "Interrogée par Radio Armor, la rectrice Dominique Auclair a défendu la réforme : « "
            "Elle profitera d’abord aux élèves les plus fragiles. »",
            "élèves les plus fragiles",
            "Dominique Auclair",
        ),
    ),
    (
        "fr-pronoun-elle-later-paragraph",
        _case(
            "La maire écologiste de Saint-Vrain, Élodie Charpentier, a présenté son plan vélo "
            "mardi.\n\n"
            "Le texte prévoit quarante kilomètres de pistes d’ici à 2030. « Ce n’est qu’un début "
            "», a-t-elle promis.",
            "un début",
            "Élodie Charpentier",
        ),
    ),
    (
        "fr-pronoun-il-latest-of-two-men",
        _case(
            "Le préfet, Hugues Dumoulin, a reçu les agriculteurs pendant deux heures. Leur "
            "porte-parole, Sylvain Ravel, est ressorti déçu. « On nous a resservi les promesses "
            "de janvier », a-t-il lâché.",
            "promesses de janvier",
            "Sylvain Ravel",
        ),
    ),
    (
        "fr-tranche-pdg",
        _case(
            "« Il n’y aura pas de second tour de négociations », a tranché le PDG du groupe, "
            "Philippe Arnoult.",
            "second tour de négociations",
            "Philippe Arnoult",
        ),
    ),
    (
        "fr-sest-indignee-question",
        _case(
            "« Comment peut-on laisser des enfants dormir dehors en plein hiver ? », s’est "
            "indignée l’adjointe aux affaires sociales, Maryse Jolivet.",
            "dormir dehors",
            "Maryse Jolivet",
        ),
    ),
    (
        "fr-atelle-inside-quotation-pronoun",
        _case(
            "L’architecte Inès Mahé a présenté mercredi la maquette de la future médiathèque. « "
            "Le bâtiment, a-t-elle précisé, sera livré en septembre 2027. »",
            "sera livré en septembre",
            "Inès Mahé",
        ),
    ),
    (
        "fr-belga-bourgmestre",
        _case(
            "« Nous exigeons une concertation immédiate avec la Région », a déclaré à Belga le "
            "bourgmestre de Hamois-le-Château, Luc Delvaux.",
            "concertation immédiate",
            "Luc Delvaux",
        ),
    ),
    (
        "fr-ats-conseillere-etat",
        _case(
            "« Le canton n’a pas les moyens d’assumer seul cette charge », a expliqué à "
            "Keystone-ATS la conseillère d’État vaudoise Céline Rochat.",
            "assumer seul cette charge",
            "Céline Rochat",
        ),
    ),
    (
        "fr-partial-estime-que",
        _case(
            "Le syndicaliste Fabien Morel estime que la direction cherche à « gagner du temps » "
            "avant les élections professionnelles.",
            "gagner du temps",
            "Fabien Morel",
        ),
    ),
    (
        "fr-partial-assure-que",
        _case(
            "La ministre des Sports, Camille Ardouin, a assuré que le nouveau vélodrome serait « "
            "livré bien avant les championnats ».",
            "livré bien avant",
            "Camille Ardouin",
        ),
    ),
    (
        "fr-comme-la-rappele",
        _case(
            "Comme l’a rappelé le préfet de région, Bernard Quéré, « l’État ne laissera aucune "
            "commune sinistrée sans aide ».",
            "aucune commune sinistrée",
            "Bernard Quéré",
        ),
    ),
    (
        "fr-anonymous-neighbour-raconte",
        _case(
            "« On a entendu deux détonations, puis des cris », raconte un voisin, encore sous le "
            "choc.",
            "deux détonations",
            "un voisin",
        ),
    ),
    (
        "fr-anonymous-decrit-voisine",
        _case(
            "« Il était discret, toujours poli avec tout le monde », décrit une voisine du "
            "suspect.",
            "toujours poli",
            "une voisine du suspect",
        ),
    ),
    (
        "fr-gerund-ajoutant-second-quote",
        _case(
            "« Nous ne retirerons pas notre préavis », a lancé la secrétaire départementale du "
            "syndicat enseignant, Karine Lopez, ajoutant : « La mobilisation continuera jusqu’au "
            "retrait du texte. »",
            "La mobilisation continuera",
            "Karine Lopez",
        ),
    ),
    (
        "fr-continuation-same-paragraph",
        _case(
            "« Le quartier a beaucoup changé », observe Rachid Bensaïd, président du comité des "
            "fêtes. « Les jeunes s’engagent de nouveau dans les associations. »",
            "dans les associations",
            "Rachid Bensaïd",
        ),
    ),
    (
        "fr-continuation-next-paragraph",
        _case(
            "« Nous allons porter plainte », a annoncé l’avocat des familles, Me Arnaud "
            "Pellerin.\n\n"
            "« Il est inadmissible que ces alertes soient restées sans réponse pendant deux ans. »",
            "sans réponse pendant deux ans",
            "Arnaud Pellerin",
        ),
    ),
    (
        "fr-epithet-before-name-colon",
        _case(
            "Figure historique du mouvement, l’ancienne députée Jacqueline Vernet a mis en garde "
            ": « Le parti court à sa perte s’il renie ses origines. »",
            "court à sa perte",
            "Jacqueline Vernet",
        ),
    ),
    (
        "fr-club-fait-savoir-qu-il",
        _case(
            "Le FC Rochemaure a fait savoir qu’il « étudiait toutes les options » concernant "
            "l’avenir de son entraîneur.",
            "toutes les options",
            "FC Rochemaure",
        ),
    ),
    (
        "fr-mairie-precise-site",
        _case(
            "« La fermeture du pont est une mesure de précaution », précise la mairie de "
            "Saint-Aubin-sur-Loire dans un message publié sur son site.",
            "mesure de précaution",
            "la mairie de Saint-Aubin-sur-Loire",
        ),
    ),
    (
        "fr-monsieur-abbreviation-admet",
        _case(
            "« Nous avons sous-estimé la demande », admet M. Renaud, le gérant du camping "
            "municipal.",
            "sous-estimé la demande",
            "M. Renaud",
        ),
    ),
    (
        "fr-madame-pronoun-next-paragraph",
        _case(
            "Mme Lefèvre, qui préside l’association des parents d’élèves depuis 2019, a écrit "
            "trois fois au rectorat.\n\n"
            "« Nous n’avons jamais reçu la moindre réponse », déplore-t-elle.",
            "la moindre réponse",
            "Mme Lefèvre",
        ),
    ),
    (
        "fr-verbless-name-role-colon",
        _case(
            "Jean-Pierre Naudin, apiculteur à Lagrasse-Haute : « Cette année, mes ruches ont "
            "produit deux fois moins de miel. »",
            "mes ruches",
            "Jean-Pierre Naudin",
        ),
    ),
    (
        "fr-relative-qui-parle-de",
        _case(
            "La décision a été saluée par la fédération départementale des pêcheurs, qui parle "
            "d’« une mesure de bon sens ».",
            "mesure de bon sens",
            "la fédération départementale des pêcheurs",
        ),
    ),
    (
        "fr-dont-le-president-denonce",
        _case(
            "Le recours a été déposé par l’association Terre et Rivières, dont le président, "
            "Michel Gauthier, dénonce « un passage en force de l’État ».",
            "passage en force",
            "Michel Gauthier",
        ),
    ),
    (
        "fr-institution-estimant",
        _case(
            "Le Conseil d’État a rejeté la requête, estimant que l’arrêté municipal n’était « ni "
            "disproportionné ni discriminatoire ».",
            "ni disproportionné",
            "Le Conseil d’État",
        ),
    ),
    (
        "fr-tribune-group-of-doctors",
        _case(
            "Dans une tribune publiée samedi, une centaine de médecins généralistes affirment que "
            "la permanence des soins est « au bord de l’effondrement ».",
            "au bord de",
            "une centaine de médecins généralistes",
        ),
    ),
    (
        "fr-que-clause-pronoun-of-rival",
        _case(
            "Interrogé sur la candidature de sa rivale, Léa Fontaine, le maire sortant, Gilles "
            "Marquet, a répondu qu’elle n’avait « aucune expérience de la gestion municipale ».",
            "aucune expérience",
            "Gilles Marquet",
        ),
    ),
    (
        "fr-opening-quote-cest-avec-cette-phrase",
        _case(
            "« Je pars la tête haute. » C’est avec cette phrase que le président du club, Serge "
            "Abadie, a annoncé sa démission samedi.",
            "la tête haute",
            "Serge Abadie",
        ),
    ),
    (
        "fr-reagi-sur-x",
        _case(
            "« Toute la région est aux côtés des sinistrés de la vallée », a réagi sur X le "
            "président de la région, Franck Loiseau.",
            "aux côtés des sinistrés",
            "Franck Loiseau",
        ),
    ),
    (
        "fr-selon-laquelle",
        _case(
            "L’enquête est dirigée par la procureure adjointe, Marie Dorval, selon laquelle « "
            "aucune piste n’est écartée à ce stade ».",
            "aucune piste",
            "Marie Dorval",
        ),
    ),
    (
        "fr-pronoun-il-woman-named-between",
        _case(
            "Le chef Antoine Ribière a décroché lundi sa deuxième étoile. Sa femme, Louise, "
            "dirige la salle depuis l’ouverture.\n\n"
            "« Sans elle, rien de tout cela n’existerait », a-t-il glissé, ému.",
            "rien de tout cela",
            "Antoine Ribière",
        ),
    ),
    (
        "fr-pronoun-elle-man-named-after",
        _case(
            "La navigatrice Solène Kerhervé a franchi la ligne d’arrivée à l’aube, devant le "
            "skipper suisse Marc Zürcher.\n\n"
            "« J’ai cru que le bateau allait casser dans la nuit de jeudi », a-t-elle raconté sur "
            "le ponton.",
            "le bateau allait casser",
            "Solène Kerhervé",
        ),
    ),
    (
        "fr-poursuit-il-second-quote",
        _case(
            "« Il faut rouvrir la ligne », insiste Jacques Pradel, président de l’association des "
            "usagers. « Sans train, le village se meurt », poursuit-il.",
            "le village se meurt",
            "Jacques Pradel",
        ),
    ),
    (
        "fr-opening-quote-next-sentence-passive",
        _case(
            "« Nous ne présenterons pas de liste en mars. » L’annonce a été faite mardi par la "
            "tête de liste écologiste, Aurélie Bastide.",
            "pas de liste en mars",
            "Aurélie Bastide",
        ),
    ),
    (
        "fr-belga-pronoun-explique",
        _case(
            "Le ministre wallon de l’Économie, Pierre-Yves Hanotte, s’est montré prudent. « Les "
            "carnets de commandes se regarnissent, mais lentement », a-t-il expliqué à Belga.",
            "carnets de commandes",
            "Pierre-Yves Hanotte",
        ),
    ),
    (
        "fr-de-son-cote-juge-partial",
        _case(
            "De son côté, le président du syndicat des pharmaciens, Hubert Lagarde, juge la "
            "mesure « tardive mais bienvenue ».",
            "tardive mais bienvenue",
            "Hubert Lagarde",
        ),
    ),
    (
        "fr-afp-dateline-incise",
        _case(
            "PARIS, 12 mars (AFP) - « Nous ne toucherons pas à l’âge légal, c’est exclu », a "
            "affirmé jeudi le ministre du Travail, Fabrice Delmas, sur une radio nationale.",
            "Nous ne toucherons pas",
            "Fabrice Delmas",
        ),
    ),
    (
        "fr-infinitif-de-narration",
        _case(
            "Le maire, Paul Vidal, a longuement défendu le projet devant les habitants. Et de "
            "conclure : « Ce parking, la ville en a besoin depuis vingt ans. »",
            "la ville en a besoin",
            "Paul Vidal",
        ),
    ),
    (
        "fr-releve-noun-form-verb",
        _case(
            "« Les loyers ont augmenté deux fois plus vite que les salaires », relève "
            "l’économiste Anne-Sophie Peyre dans une note.",
            "deux fois plus vite",
            "Anne-Sophie Peyre",
        ),
    ),
    (
        "fr-fait-valoir-maitre",
        _case(
            "« Aucun texte n’interdit ce type de rassemblement », fait valoir l’avocat de "
            "l’association, Me Bertrand Quillet.",
            "ce type de rassemblement",
            "Bertrand Quillet",
        ),
    ),
]

ITALIAN: list[tuple[str, Case]] = [
    (
        "it-incise-sottolineato-title-apposition",
        _case(
            "«Il nuovo asilo nido aprirà a gennaio, costi quel che costi», ha sottolineato il "
            "sindaco di Bergamo, Giorgio Ferrandi.",
            "asilo nido",
            "Giorgio Ferrandi",
        ),
    ),
    (
        "it-dropped-subject-ha-spiegato",
        _case(
            "L’assessora alla Mobilità Francesca Lodi ha presentato il nuovo piano della sosta. "
            "«Le tariffe resteranno invariate fino a dicembre», ha spiegato.",
            "tariffe resteranno",
            "Francesca Lodi",
        ),
    ),
    (
        "it-incise-ha-concluso-coach",
        _case(
            "«Questa squadra ha un’anima e stasera l’ha dimostrato», ha concluso l’allenatore "
            "della Virtus Pedemonte, Sandro Galli.",
            "Questa squadra",
            "Sandro Galli",
        ),
    ),
    (
        "it-secondo-title-apposition",
        _case(
            "Secondo il presidente dell’associazione commercianti, Piero Massa, «il centro "
            "storico rischia di svuotarsi entro due anni».",
            "rischia di svuotarsi",
            "Piero Massa",
        ),
    ),
    (
        "it-per-economist-apposition",
        _case(
            "Per l’economista Laura Ferretti, docente all’Università di Pavia, «l’inflazione "
            "colpirà soprattutto le famiglie monoreddito».",
            "famiglie monoreddito",
            "Laura Ferretti",
        ),
    ),
    (
        "it-a-detta-di-partial",
        _case(
            "A detta del comandante provinciale dei vigili del fuoco, Enzo Caruso, l’incendio "
            "sarebbe partito «da un cortocircuito nel quadro elettrico».",
            "cortocircuito",
            "Enzo Caruso",
        ),
    ),
    (
        "it-procura-fa-sapere",
        _case(
            "«Stiamo ricostruendo minuto per minuto le ultime ore della ragazza», fa sapere la "
            "Procura di Brescia.",
            "minuto per minuto",
            "la Procura di Brescia",
        ),
    ),
    (
        "it-stando-a-quanto-riferito-questura",
        _case(
            "Stando a quanto riferito dalla questura, il fermato avrebbe agito «per un debito di "
            "poche centinaia di euro».",
            "debito di poche",
            "questura",
        ),
    ),
    (
        "it-fonti-investigative-spiegano",
        _case(
            "«Il quadro indiziario è solido», spiegano fonti investigative.",
            "quadro indiziario",
            "fonti investigative",
        ),
    ),
    (
        "it-colon-e-stato-netto",
        _case(
            "Il presidente della Regione, Alberto Maffei, è stato netto: «Non ci saranno tagli "
            "alla sanità territoriale».",
            "tagli alla sanità",
            "Alberto Maffei",
        ),
    ),
    (
        "it-dash-incise-inside-quotation",
        _case(
            "«Abbiamo fatto il possibile – ha spiegato la direttrice sanitaria Cinzia Mori – ma i "
            "posti letto non bastano».",
            "posti letto non bastano",
            "Cinzia Mori",
        ),
    ),
    (
        "it-partial-accusato-di",
        _case(
            "Il capogruppo dell’opposizione, Dario Pellegrini, ha accusato la giunta di «navigare "
            "a vista» sul bilancio.",
            "navigare a vista",
            "Dario Pellegrini",
        ),
    ),
    (
        "it-ansa-dateline-incise",
        _case(
            "ROMA, 14 MAR - «Non è previsto alcun aumento delle accise sul gasolio», ha "
            "dichiarato il sottosegretario all’Economia Giulio Serafini a margine di un convegno.",
            "aumento delle accise",
            "Giulio Serafini",
        ),
    ),
    (
        "it-adnkronos-dice-all-addressee",
        _case(
            "«Sono pronto a ricandidarmi», dice all’Adnkronos Massimo Tornatore, sindaco uscente "
            "di Valdoria.",
            "pronto a ricandidarmi",
            "Massimo Tornatore",
        ),
    ),
    (
        "it-pronoun-lei-woman-and-man",
        _case(
            "La senatrice Paola Ricci e il deputato Franco Bassi hanno firmato insieme "
            "l’interrogazione. «È una vergogna che dura da anni», ha detto lei ai cronisti.",
            "vergogna che dura",
            "Paola Ricci",
        ),
    ),
    (
        "it-participle-feminine-si-e-detta",
        _case(
            "Alla presentazione sono intervenuti il ct Roberto Mancuso e la presidente federale "
            "Anna Valli. «Il gruppo può arrivare lontano», si è detta fiduciosa.",
            "arrivare lontano",
            "Anna Valli",
        ),
    ),
    (
        "it-manner-sbotta",
        _case(
            "«Qui nessuno ci ascolta», sbotta Rosaria Greco, titolare di un bar in piazza "
            "Garibaldi.",
            "nessuno ci ascolta",
            "Rosaria Greco",
        ),
    ),
    (
        "it-sport-ammette-coach",
        _case(
            "«Abbiamo sbagliato l’approccio, e lo abbiamo pagato», ammette il tecnico del Calcio "
            "Valtellina, Ivano Rota.",
            "lo abbiamo pagato",
            "Ivano Rota",
        ),
    ),
    (
        "it-sport-press-conference-colon",
        _case(
            "In conferenza stampa l’allenatore Fabio Testa ha difeso i suoi: «I ragazzi hanno "
            "retto anche in dieci contro undici».",
            "dieci contro undici",
            "Fabio Testa",
        ),
    ),
    (
        "it-secondo-quanto-riferito-dai-medici",
        _case(
            "«Il bambino è fuori pericolo», secondo quanto riferito dai medici dell’ospedale di "
            "Cremona.",
            "fuori pericolo",
            "medici dell’ospedale di Cremona",
        ),
    ),
    (
        "it-opening-quote-name-next-sentence",
        _case(
            "«La scuola era la nostra seconda casa». Lucia Bertoni, 58 anni, insegna da "
            "trent’anni nella frazione di Roccamarina.",
            "seconda casa",
            "Lucia Bertoni",
        ),
    ),
    (
        "it-multi-paragraph-reopened",
        _case(
            "Il vescovo di Castelvetro, monsignor Aldo Ruggeri, ha letto un messaggio alla "
            "città:\n\n"
            "«Questi mesi ci hanno messo alla prova.\n\n"
            "«Ma nessuno è stato lasciato solo».",
            "nessuno è stato lasciato solo",
            "Aldo Ruggeri",
        ),
    ),
    (
        "it-continuation-same-paragraph",
        _case(
            "«Il ponte sarà riaperto entro l’estate», assicura l’ingegnere capo del Comune, "
            "Stefano Villa. «I lavori procedono secondo il cronoprogramma».",
            "cronoprogramma",
            "Stefano Villa",
        ),
    ),
    (
        "it-che-opening-sentence",
        _case(
            "Al tavolo sedeva anche il segretario provinciale dei metalmeccanici, Vito Amato. Che "
            "ha poi aggiunto: «Senza investimenti lo stabilimento chiude».",
            "Senza investimenti",
            "Vito Amato",
        ),
    ),
    (
        "it-court-cleft-pm",
        _case(
            "È stata la pm Elena Sartori a chiedere la condanna: «L’imputato non ha mai mostrato "
            "pentimento».",
            "mai mostrato pentimento",
            "Elena Sartori",
        ),
    ),
    (
        "it-court-imputato-in-aula",
        _case(
            "«Non volevo fargli del male», ha detto l’imputato in aula prima che i giudici si "
            "ritirassero in camera di consiglio.",
            "fargli del male",
            "l’imputato",
        ),
    ),
    (
        "it-court-avvocato-difensore",
        _case(
            "«Quella sera il mio assistito era a casa con la moglie», ha dichiarato l’avvocato "
            "difensore, Luca Marinelli, all’uscita dal tribunale.",
            "mio assistito",
            "Luca Marinelli",
        ),
    ),
    (
        "it-si-legge-nota-ministero",
        _case(
            "«Le risorse saranno sbloccate entro fine mese», si legge in una nota del ministero "
            "delle Infrastrutture.",
            "risorse saranno sbloccate",
            "una nota del ministero delle Infrastrutture",
        ),
    ),
    (
        "it-institution-definito-one-word",
        _case(
            "La Regione Toscana ha definito «inaccettabile» il ritardo nei rimborsi alle famiglie "
            "alluvionate.",
            "inaccettabile",
            "La Regione Toscana",
        ),
    ),
    (
        "it-dropped-subject-next-paragraph-gerund",
        _case(
            "Il chirurgo Paolo Esposito ha operato per undici ore consecutive.\n\n"
            "«Alla fine non sentivo più le gambe», racconta sorridendo.",
            "non sentivo più le gambe",
            "Paolo Esposito",
        ),
    ),
    (
        "it-dropped-subject-plural",
        _case(
            "I residenti di via Manzoni hanno protestato sotto il municipio. «Viviamo tra i topi "
            "da mesi», hanno denunciato.",
            "Viviamo tra i topi",
            "I residenti di via Manzoni",
        ),
    ),
    (
        "it-rilancia-consigliera",
        _case(
            "«Serve un tavolo con tutti i soggetti coinvolti», rilancia la consigliera regionale "
            "Marta Oliva.",
            "Serve un tavolo",
            "Marta Oliva",
        ),
    ),
    (
        "it-incalza-question",
        _case(
            "«E chi paga i danni?», incalza Giuseppe Morra, portavoce del comitato contro la "
            "discarica.",
            "chi paga i danni",
            "Giuseppe Morra",
        ),
    ),
    (
        "it-commenta-amaro-adjective",
        _case(
            "«Ce lo aspettavamo», commenta amaro il patron della squadra, Ettore Salvi.",
            "Ce lo aspettavamo",
            "Ettore Salvi",
        ),
    ),
    (
        "it-ha-tuonato-long-title",
        _case(
            "«Chi minaccia un cronista minaccia tutti noi», ha tuonato il presidente dell’Ordine "
            "regionale dei giornalisti, Carlo Fumagalli.",
            "minaccia tutti noi",
            "Carlo Fumagalli",
        ),
    ),
    (
        "it-agi-fonte-vicina-al-dossier",
        _case(
            "«La trattativa è a un punto morto», riferisce all’AGI una fonte vicina al dossier.",
            "punto morto",
            "una fonte vicina al dossier",
        ),
    ),
    (
        "it-anonymous-official-relative-aside",
        _case(
            "Un alto funzionario del ministero, che ha chiesto di restare anonimo, ha spiegato "
            "che il decreto è «praticamente pronto».",
            "praticamente pronto",
            "Un alto funzionario del ministero",
        ),
    ),
    (
        "it-precisato-name-then-role",
        _case(
            "«Nessuna chiusura è prevista per il reparto di pediatria», ha precisato Giovanna "
            "Russo, direttrice generale dell’Asl.",
            "reparto di pediatria",
            "Giovanna Russo",
        ),
    ),
    (
        "it-sono-le-parole-del",
        _case(
            "«Non lasceremo soli i lavoratori». Sono le parole del governatore, Renato Colombo, "
            "dopo l’incontro con i sindacati.",
            "lasceremo soli",
            "Renato Colombo",
        ),
    ),
    (
        "it-queste-le-parole-di",
        _case(
            "«Ho sempre creduto in questo progetto». Queste le parole di Silvia Gatti, fondatrice "
            "della cooperativa Terre Alte.",
            "creduto in questo progetto",
            "Silvia Gatti",
        ),
    ),
    (
        "it-cosi-verbless",
        _case(
            "«Il Paese non può permettersi un’altra crisi al buio». Così il leader centrista "
            "Vittorio Mele a margine del congresso.",
            "crisi al buio",
            "Vittorio Mele",
        ),
    ),
    (
        "it-secondo-il-quale",
        _case(
            "Sul caso è intervenuto anche il criminologo Franco Pace, secondo il quale «si tratta "
            "di un gesto premeditato».",
            "gesto premeditato",
            "Franco Pace",
        ),
    ),
    (
        "it-il-quale-relative-aside",
        _case(
            "Il parroco, don Mario Ferri, il quale ha celebrato i funerali, ha detto: «Questa "
            "comunità saprà rialzarsi».",
            "saprà rialzarsi",
            "Mario Ferri",
        ),
    ),
    (
        "it-partial-definito",
        _case(
            "Il presidente della Provincia, Gianni Riva, ha definito la frana «un disastro "
            "annunciato».",
            "disastro annunciato",
            "Gianni Riva",
        ),
    ),
    (
        "it-split-quotation-dropped-subject",
        _case(
            "La rettrice dell’ateneo, Claudia Neri, ha commentato i dati sulle iscrizioni. «Siamo "
            "soddisfatti», ha affermato, «ma la strada è ancora lunga».",
            "strada è ancora lunga",
            "Claudia Neri",
        ),
    ),
    (
        "it-sottolinea-present",
        _case(
            "«Il turismo quest’anno ha tenuto», sottolinea il presidente degli albergatori del "
            "lago, Bruno Sala.",
            "ha tenuto",
            "Bruno Sala",
        ),
    ),
    (
        "it-curly-english-quotes",
        _case(
            "“Se l’azienda non ritira i licenziamenti, fermeremo la fabbrica”, ha avvertito il "
            "segretario regionale dei metalmeccanici, Tiziano Longo.",
            "fermeremo la fabbrica",
            "Tiziano Longo",
        ),
    ),
    (
        "it-straight-quotes",
        _case(
            '"Non firmeremo nulla al buio", ha chiarito la delegata sindacale Sara Conte.',
            "firmeremo nulla",
            "Sara Conte",
        ),
    ),
    (
        "it-nested-quotes-si-sfoga",
        _case(
            "«Mi hanno detto: “Torni domani”, ma io aspetto da sei mesi», si sfoga Anna "
            "Ricciardi, pensionata di Marsala.",
            "aspetto da sei mesi",
            "Anna Ricciardi",
        ),
    ),
    (
        "it-si-chiede-question",
        _case(
            "«Perché nessuno ha controllato quel muro?», si chiede Gino Parodi, il cui negozio è "
            "stato invaso dal fango.",
            "controllato quel muro",
            "Gino Parodi",
        ),
    ),
    (
        "it-participle-masculine-si-e-detto",
        _case(
            "Il sindaco Pietro Lanza ha incontrato in prefettura la prefetta Donatella Rizzo. "
            "«Troveremo una soluzione per le famiglie sgomberate», si è detto convinto.",
            "famiglie sgomberate",
            "Pietro Lanza",
        ),
    ),
    (
        "it-interview-intervistato-colon",
        _case(
            "Intervistato dal quotidiano locale, il regista Matteo Orsini ha spiegato: «Il film "
            "nasce da una storia vera della mia famiglia».",
            "storia vera",
            "Matteo Orsini",
        ),
    ),
    (
        "it-comune-precisa-che",
        _case(
            "In una nota, il Comune di Borgoforte Alto precisa che «l’acqua è tornata potabile in "
            "tutte le frazioni».",
            "tornata potabile",
            "Comune di Borgoforte Alto",
        ),
    ),
    (
        "it-carabinieri-spiegano",
        _case(
            "«Il giovane era uscito dal carcere da appena tre settimane», spiegano i carabinieri "
            "della compagnia di Seriate.",
            "appena tre settimane",
            "i carabinieri della compagnia di Seriate",
        ),
    ),
    (
        "it-time-and-addressee-before-subject",
        _case(
            "«La gara di oggi la dedico a mio padre», ha dichiarato ieri sera ai microfoni della "
            "Rai la sciatrice Giulia Pedrotti.",
            "dedico a mio padre",
            "Giulia Pedrotti",
        ),
    ),
    (
        "it-dice-mentre-feature",
        _case(
            "Antonio Curcio fa il pescatore da quando aveva quindici anni. «Il mare è cambiato, i "
            "pesci sono sempre meno», dice mentre ripara le reti.",
            "sempre meno",
            "Antonio Curcio",
        ),
    ),
    (
        "it-continuation-next-paragraph",
        _case(
            "«Abbiamo chiesto più volte un incontro», ha spiegato la portavoce del comitato "
            "genitori, Elisa Fontana.\n\n"
            "«Nessuno ci ha mai risposto, né dal Comune né dalla scuola».",
            "Nessuno ci ha mai risposto",
            "Elisa Fontana",
        ),
    ),
    (
        "it-ribadito-il-concetto-colon",
        _case(
            "Il questore di Varese, Salvatore Amico, ha poi ribadito il concetto: «Tolleranza "
            "zero con chi spaccia davanti alle scuole».",
            "Tolleranza zero",
            "Salvatore Amico",
        ),
    ),
    (
        "it-aside-riporta-agenzia",
        _case(
            "Il presidente della Camera di commercio, riporta l’agenzia Dire, ha poi aggiunto: "
            "«Le imprese non possono più aspettare».",
            "imprese non possono",
            "Il presidente della Camera di commercio",
        ),
    ),
    (
        "it-per-lei",
        _case(
            "La sindaca Teresa Gallo non ha dubbi. Per lei «il progetto del termovalorizzatore va "
            "fermato».",
            "va fermato",
            "Teresa Gallo",
        ),
    ),
    (
        "it-garantito-assessore",
        _case(
            "«L’ospedale di Spoleto non chiuderà», ha garantito l’assessore regionale alla "
            "Sanità, Davide Carli.",
            "non chiuderà",
            "Davide Carli",
        ),
    ),
    (
        "it-sport-fans-plural-chant",
        _case(
            "Al termine della partita i tifosi hanno contestato la dirigenza sotto la tribuna. "
            "«Vergogna, andatevene», hanno gridato più volte.",
            "andatevene",
            "i tifosi",
        ),
    ),
    (
        "it-sport-dropped-subject-next-paragraph",
        _case(
            "Il pilota Nicolò Bertelli ha chiuso al secondo posto il Gran Premio di casa.\n\n"
            "«Ho spinto fino all’ultima curva, ma oggi mancava qualcosa», ha commentato ai box.",
            "mancava qualcosa",
            "Nicolò Bertelli",
        ),
    ),
    (
        "it-verb-first-racconta-colon",
        _case(
            "Racconta Marisa Fabbri, 80 anni, ospite della residenza per anziani: «Qui mi sento "
            "di nuovo a casa».",
            "di nuovo a casa",
            "Marisa Fabbri",
        ),
    ),
    (
        "it-ha-scritto-su-facebook",
        _case(
            "«Tornerò sul palco appena i medici me lo permetteranno», ha scritto su Facebook la "
            "cantante Ilaria Vento.",
            "Tornerò sul palco",
            "Ilaria Vento",
        ),
    ),
    (
        "it-sindacati-fatto-sapere-che",
        _case(
            "I sindacati hanno fatto sapere che lo sciopero dei trasporti è «confermato per "
            "venerdì».",
            "confermato per venerdì",
            "I sindacati",
        ),
    ),
    (
        "it-procura-aside-colon",
        _case(
            "La Procura di Ancona, in una nota, ha chiarito: «Le indagini sono coperte dal "
            "massimo riserbo».",
            "massimo riserbo",
            "La Procura di Ancona",
        ),
    ),
    (
        "it-dropped-subject-object-between",
        _case(
            "Il questore Antonio Fanelli ha ringraziato la vicequestora Lidia Mancini per il "
            "lavoro svolto. «Senza la sua squadra non avremmo mai chiuso il caso», ha aggiunto.",
            "chiuso il caso",
            "Antonio Fanelli",
        ),
    ),
    (
        "it-anonymous-residente",
        _case(
            "«Di notte qui non si dorme più», racconta un residente che preferisce non dire il "
            "suo nome.",
            "non si dorme più",
            "un residente",
        ),
    ),
    (
        "it-secondo-alcuni-testimoni",
        _case(
            "Secondo alcuni testimoni, l’auto procedeva «a velocità altissima» prima dello "
            "schianto.",
            "velocità altissima",
            "alcuni testimoni",
        ),
    ),
    (
        "it-court-pm-dropped-subject",
        _case(
            "Nella sua requisitoria, la pm Valeria Grasso ha ricostruito le ultime ore della "
            "vittima. «Fu un’esecuzione pianificata», ha detto rivolgendosi alla corte.",
            "pianificata",
            "Valeria Grasso",
        ),
    ),
    (
        "it-adjective-feminine-commossa",
        _case(
            "La scrittrice Emma Locatelli ha ricevuto il premio dalle mani del sindaco, Guido "
            "Ferraris. «Dedico questo riconoscimento alle mie studentesse», ha detto commossa.",
            "alle mie studentesse",
            "Emma Locatelli",
        ),
    ),
    (
        "it-ha-concluso-second-quote",
        _case(
            "«Abbiamo superato l’obiettivo della raccolta fondi», ha annunciato la presidente "
            "dell’associazione, Roberta Sanna. «Ora si parte con i lavori», ha concluso.",
            "Ora si parte",
            "Roberta Sanna",
        ),
    ),
    (
        "it-si-domanda-next-paragraph",
        _case(
            "Marco Deiana ha perso il lavoro a marzo, dopo ventisei anni in fonderia.\n\n"
            "«Ho cinquantadue anni, chi mi assume adesso?», si domanda.",
            "chi mi assume",
            "Marco Deiana",
        ),
    ),
    (
        "it-ats-ticino-consigliere",
        _case(
            "«Il Cantone farà la sua parte», ha detto a Keystone-ATS il consigliere di Stato "
            "ticinese Fulvio Bernasconi.",
            "farà la sua parte",
            "Fulvio Bernasconi",
        ),
    ),
    (
        "it-long-title-lanciato-allarme",
        _case(
            "Il presidente del Tribunale per i minorenni di Salerno, Giuseppe Aurilia, ha "
            "lanciato l’allarme: «I casi di violenza tra adolescenti sono raddoppiati».",
            "violenza tra adolescenti",
            "Giuseppe Aurilia",
        ),
    ),
    (
        "it-relative-che-aveva-accusato",
        _case(
            "In aula era presente anche l’ex sindaco, Luigi Corsi, che aveva accusato la nuova "
            "giunta di «cancellare vent’anni di lavoro».",
            "cancellare",
            "Luigi Corsi",
        ),
    ),
    (
        "it-spaced-guillemets",
        _case(
            "« Il consiglio si riunirà lunedì in seduta straordinaria », ha annunciato il "
            "presidente dell’assemblea, Raffaele Bruno.",
            "seduta straordinaria",
            "Raffaele Bruno",
        ),
    ),
    (
        "it-secondo-la-procura-partial",
        _case(
            "Secondo la Procura, l’azienda avrebbe smaltito i fanghi «in modo sistematico e "
            "consapevole».",
            "sistematico e consapevole",
            "la Procura",
        ),
    ),
    (
        "it-verb-first-preso-la-parola-colon",
        _case(
            "Ha poi preso la parola il vicepresidente della Regione, Luca Moretti: «Stanzieremo "
            "altri dieci milioni per le scuole».",
            "dieci milioni",
            "Luca Moretti",
        ),
    ),
]

SPANISH: list[tuple[str, Case]] = [
    (
        "es-incise-preciso-title-apposition",
        _case(
            "«El plazo de inscripción se amplía hasta el 30 de junio», precisó la consejera de "
            "Educación, Marta Lozano.",
            "plazo de inscripción",
            "Marta Lozano",
        ),
    ),
    (
        "es-incise-subrayo-portavoz",
        _case(
            "«Las ayudas llegarán a los autónomos antes de agosto», subrayó la portavoz del "
            "Gobierno, Inés Caballero, tras la reunión del gabinete.",
            "antes de agosto",
            "Inés Caballero",
        ),
    ),
    (
        "es-incise-lamento-name-then-role",
        _case(
            "«Hemos perdido una campaña entera», lamentó Antonio Gil, presidente de la "
            "cooperativa olivarera de Villanueva del Campo.",
            "campaña entera",
            "Antonio Gil",
        ),
    ),
    (
        "es-incise-zanjo",
        _case(
            "«El asunto está cerrado y no volveremos sobre él», zanjó el alcalde, Ramón Iturbe.",
            "asunto está cerrado",
            "Ramón Iturbe",
        ),
    ),
    (
        "es-dropped-subject-dijo",
        _case(
            "El consejero de Sanidad, Javier Ortuño, visitó el nuevo centro de salud de La Vega. "
            "«Abrirá sus puertas en septiembre», dijo.",
            "Abrirá sus puertas",
            "Javier Ortuño",
        ),
    ),
    (
        "es-raya-incise-inside-quotation",
        _case(
            "«Llegamos a tiempo —explicó el jefe de bomberos, Luis Prieto—, pero el fuego ya "
            "había alcanzado la segunda planta».",
            "segunda planta",
            "Luis Prieto",
        ),
    ),
    (
        "es-segun-title-apposition",
        _case(
            "Según el director del observatorio, Pablo Ferrer, «las lluvias de marzo no compensan "
            "dos años de sequía».",
            "lluvias de marzo",
            "Pablo Ferrer",
        ),
    ),
    (
        "es-para-catedratica-partial",
        _case(
            "Para la catedrática de Derecho Constitucional Elena Ruiz-Vidal, la reforma es "
            "«jurídicamente inviable».",
            "jurídicamente inviable",
            "Elena Ruiz-Vidal",
        ),
    ),
    (
        "es-a-juicio-de",
        _case(
            "A juicio de la presidenta de la asociación de vecinos, Carmen Aranda, el nuevo "
            "aparcamiento es «un regalo a la constructora».",
            "regalo a la constructora",
            "Carmen Aranda",
        ),
    ),
    (
        "es-ministerio-partial-que",
        _case(
            "El Ministerio del Interior aseguró en un comunicado que la operación fue «un éxito "
            "sin precedentes».",
            "éxito sin precedentes",
            "El Ministerio del Interior",
        ),
    ),
    (
        "es-fuentes-del-ejecutivo",
        _case(
            "«No hay fecha para la reunión», indicaron fuentes del Ejecutivo autonómico.",
            "fecha para la reunión",
            "fuentes del Ejecutivo autonómico",
        ),
    ),
    (
        "es-europa-press-dateline-straight-quotes",
        _case(
            "MADRID, 12 Mar. (EUROPA PRESS) -\n\n"
            "El portavoz parlamentario del partido, Sergio Albarrán, ha advertido este martes de "
            'que su grupo no apoyará los presupuestos "si no se corrigen las cifras de '
            'vivienda".',
            "cifras de vivienda",
            "Sergio Albarrán",
        ),
    ),
    (
        "es-efe-declaro-a-colon",
        _case(
            "El presidente de la federación, Julián Morales, declaró a EFE: «La temporada ha sido "
            "la mejor de la última década».",
            "última década",
            "Julián Morales",
        ),
    ),
    (
        "es-dropped-subject-dice-feature",
        _case(
            "Rosa Jiménez regenta el único bar del pueblo desde 1998. «Aquí ya solo quedan los "
            "jubilados», dice.",
            "solo quedan los jubilados",
            "Rosa Jiménez",
        ),
    ),
    (
        "es-adjective-feminine-convencida",
        _case(
            "El entrenador, Raúl Campos, y la capitana, Lucía Ferrán, atendieron a los medios "
            "tras el entrenamiento. «Vamos a pelear hasta la última jornada», afirmó convencida.",
            "última jornada",
            "Lucía Ferrán",
        ),
    ),
    (
        "es-dropped-subject-plural",
        _case(
            "Los agricultores cortaron la autovía durante tres horas. «Nos están arruinando», "
            "denunciaron.",
            "Nos están arruinando",
            "Los agricultores",
        ),
    ),
    (
        "es-partial-califico-de",
        _case(
            "La alcaldesa de Torreblanca del Río, Pilar Ezquerra, calificó de «inadmisible» el "
            "retraso de las obras.",
            "inadmisible",
            "Pilar Ezquerra",
        ),
    ),
    (
        "es-partial-acuso-de",
        _case(
            "El líder de la oposición, Fernando Salas, acusó al Gobierno regional de «mentir a "
            "los ciudadanos».",
            "mentir a los ciudadanos",
            "Fernando Salas",
        ),
    ),
    (
        "es-opening-quote-name-next-sentence",
        _case(
            "«Mi padre levantó estas paredes piedra a piedra». Teodoro Barrios, de 89 años, se "
            "niega a abandonar su casa pese a la orden de desalojo.",
            "piedra a piedra",
            "Teodoro Barrios",
        ),
    ),
    (
        "es-multi-paragraph-comillas-de-seguir",
        _case(
            "El obispo de Valdemora, monseñor Tomás Aguirre, leyó una carta en la catedral:\n\n"
            "«Han sido meses de dolor para muchas familias.\n\n"
            "»Hoy quiero pedirles que no pierdan la esperanza».",
            "no pierdan la esperanza",
            "Tomás Aguirre",
        ),
    ),
    (
        "es-multi-paragraph-reopened",
        _case(
            "La directora del museo, Alicia Montero, explicó el proyecto:\n\n"
            "«La colección se dividirá en tres salas.\n\n"
            "«La primera estará dedicada a los pintores de la comarca».",
            "pintores de la comarca",
            "Alicia Montero",
        ),
    ),
    (
        "es-guardia-civil-informo",
        _case(
            "«El conductor triplicaba la tasa de alcohol permitida», informó la Guardia Civil.",
            "triplicaba la tasa",
            "la Guardia Civil",
        ),
    ),
    (
        "es-court-juez-considera",
        _case(
            "El juez instructor considera que existen «indicios suficientes» de malversación en "
            "la gestión del consorcio.",
            "indicios suficientes",
            "El juez instructor",
        ),
    ),
    (
        "es-court-acusado-insistio",
        _case(
            "«Yo no estaba allí esa noche», insistió el acusado ante el tribunal.",
            "no estaba allí",
            "el acusado",
        ),
    ),
    (
        "es-court-fiscal-colon",
        _case(
            "La fiscal, Beatriz Olmedo, pidió ocho años de prisión: «El acusado actuó con total "
            "frialdad».",
            "total frialdad",
            "Beatriz Olmedo",
        ),
    ),
    (
        "es-court-place-before-subject",
        _case(
            "«Vamos a recurrir la sentencia», anunció a la salida del juzgado el abogado de la "
            "familia, Álvaro Peña.",
            "recurrir la sentencia",
            "Álvaro Peña",
        ),
    ),
    (
        "es-sport-valoro-rueda-de-prensa",
        _case(
            "«Hemos sufrido, pero el equipo no se ha descompuesto», valoró en rueda de prensa el "
            "técnico del Deportivo Almenara, Quique Rubio.",
            "no se ha descompuesto",
            "Quique Rubio",
        ),
    ),
    (
        "es-sport-dropped-subject-next-paragraph",
        _case(
            "El delantero argentino Facundo Rivas marcó los dos goles del partido.\n\n"
            "«Estoy feliz por el grupo, no por mí», reconoció tras el encuentro.",
            "feliz por el grupo",
            "Facundo Rivas",
        ),
    ),
    (
        "es-curly-english-quotes",
        _case(
            "“No vamos a subir los impuestos”, aseguró el presidente autonómico, Gonzalo Prats.",
            "subir los impuestos",
            "Gonzalo Prats",
        ),
    ),
    (
        "es-straight-quotes-ha-asegurado",
        _case(
            '"La situación está controlada", ha asegurado el delegado del Gobierno, Miguel '
            "Ángel Soler.",
            "situación está controlada",
            "Miguel Ángel Soler",
        ),
    ),
    (
        "es-nested-quotes-cuenta",
        _case(
            "«Mi madre siempre decía: “El pan no espera a nadie”, y aquí sigo a las cinco de la "
            "mañana», cuenta Manuel Trujillo, panadero en Alcorín.",
            "aquí sigo",
            "Manuel Trujillo",
        ),
    ),
    (
        "es-incise-asevero-possessive-title",
        _case(
            "«La empresa no tiene intención de cerrar la planta», aseveró su consejero delegado, "
            "Jorge Villalba.",
            "cerrar la planta",
            "Jorge Villalba",
        ),
    ),
    (
        "es-incise-sentencio",
        _case(
            "«La ley se aplicará sin excepciones», sentenció la ministra de Justicia, Laura "
            "Beltrán.",
            "sin excepciones",
            "Laura Beltrán",
        ),
    ),
    (
        "es-manner-se-emociona",
        _case(
            "«Pensé que no volvería a verlos», se emociona Fátima El Idrissi al abrazar a sus "
            "hijos.",
            "volvería a verlos",
            "Fátima El Idrissi",
        ),
    ),
    (
        "es-incise-apostillo",
        _case(
            "«Y no será la última vez», apostilló el portavoz de la plataforma, Iñaki Zubiri.",
            "la última vez",
            "Iñaki Zubiri",
        ),
    ),
    (
        "es-segun-fuentes-policiales",
        _case(
            "Según fuentes policiales, el detenido llevaba encima «una cantidad importante de "
            "dinero en efectivo».",
            "dinero en efectivo",
            "fuentes policiales",
        ),
    ),
    (
        "es-de-acuerdo-con",
        _case(
            "De acuerdo con la consultora Datalia, el sector crecerá «a un ritmo moderado» este "
            "año.",
            "ritmo moderado",
            "la consultora Datalia",
        ),
    ),
    (
        "es-raya-incise-closing-sentence",
        _case(
            "«No vamos a ceder —advirtió la presidenta del comité de empresa, Nuria Salvador—. Si "
            "hace falta, iremos a la huelga».",
            "iremos a la huelga",
            "Nuria Salvador",
        ),
    ),
    (
        "es-interview-dash-turns",
        _case(
            "—¿Se arrepiente de algo?\n"
            "—De nada —responde el exalcalde Ernesto Villar—. Volvería a hacerlo todo igual.",
            "Volvería a hacerlo",
            "Ernesto Villar",
        ),
    ),
    (
        "es-interview-preguntado-colon",
        _case(
            "Preguntado por su futuro, el portero Iker Landa fue tajante: «Me quedo en el club».",
            "Me quedo",
            "Iker Landa",
        ),
    ),
    (
        "es-pronoun-el-woman-and-man",
        _case(
            "La presidenta del club, Amparo Soto, y el director deportivo, Carlos Medina, "
            "comparecieron juntos. «El fichaje está prácticamente cerrado», adelantó él.",
            "prácticamente cerrado",
            "Carlos Medina",
        ),
    ),
    (
        "es-dropped-subject-object-between",
        _case(
            "El rector, Andrés Molina, entregó los premios a las alumnas más destacadas. «Son el "
            "futuro de la investigación», afirmó.",
            "futuro de la investigación",
            "Andrés Molina",
        ),
    ),
    (
        "es-le-dijo-a-periodistas",
        _case(
            "«No pienso dimitir», le dijo el concejal Óscar Benítez a un grupo de periodistas.",
            "No pienso dimitir",
            "Óscar Benítez",
        ),
    ),
    (
        "es-asi-lo-afirmo-next-sentence",
        _case(
            "«El hospital estará listo en 2028». Así lo afirmó este lunes el consejero de "
            "Sanidad, Rafael Cano.",
            "estará listo",
            "Rafael Cano",
        ),
    ),
    (
        "es-en-palabras-de",
        _case(
            "El proyecto es, en palabras de su impulsora, la arquitecta Laura Peris, «una forma "
            "de devolver el río a la ciudad».",
            "devolver el río",
            "Laura Peris",
        ),
    ),
    (
        "es-europa-press-anonymous-portavoz",
        _case(
            "«Estamos estudiando todas las opciones», ha explicado a Europa Press una portavoz de "
            "la compañía.",
            "todas las opciones",
            "una portavoz de la compañía",
        ),
    ),
    (
        "es-verb-first-lo-dejo-claro-colon",
        _case(
            "Lo dejó claro el secretario de Estado de Vivienda, David Esteve: «No habrá más "
            "prórrogas».",
            "más prórrogas",
            "David Esteve",
        ),
    ),
    (
        "es-relative-quien-aside-colon",
        _case(
            "El capitán del pesquero, Emilio Lastra, quien fue rescatado tras diez horas en el "
            "agua, relató: «Pensé que no salíamos de esta».",
            "no salíamos de esta",
            "Emilio Lastra",
        ),
    ),
    (
        "es-segun-el-cual",
        _case(
            "El informe fue elaborado por el economista Hugo Miranda, según el cual «el déficit "
            "se duplicará en dos años».",
            "déficit se duplicará",
            "Hugo Miranda",
        ),
    ),
    (
        "es-como-dijo-fronted",
        _case(
            "Como dijo la directora del teatro, Elvira Cortés, en la gala de reapertura, «un "
            "teatro vacío es una ciudad dormida».",
            "ciudad dormida",
            "Elvira Cortés",
        ),
    ),
    (
        "es-adjective-emocionada-next-paragraph",
        _case(
            "La atleta Sara Quintero batió el récord nacional de 400 metros vallas.\n\n"
            "«Llevaba dos años soñando con este momento», explicó emocionada en zona mixta.",
            "soñando con este momento",
            "Sara Quintero",
        ),
    ),
    (
        "es-se-lee-en-el-comunicado",
        _case(
            "«La compañía lamenta profundamente lo ocurrido», se lee en el comunicado difundido "
            "por Aerolíneas Brisa.",
            "lamenta profundamente",
            "comunicado difundido por Aerolíneas Brisa",
        ),
    ),
    (
        "es-por-su-parte-considera",
        _case(
            "Por su parte, el presidente de la patronal, Vicente Orts, considera que la subida es "
            "«asumible para la mayoría de las empresas».",
            "asumible",
            "Vicente Orts",
        ),
    ),
    (
        "es-ha-senalado-que-one-word",
        _case(
            "El consejero de Medio Ambiente, Tomás Lera, ha señalado que el incendio está "
            "«estabilizado» aunque no controlado.",
            "estabilizado",
            "Tomás Lera",
        ),
    ),
    (
        "es-advirtio-colon-title",
        _case(
            "La portavoz de la Agencia Estatal de Meteorología, Rocío Benavente, advirtió: «Las "
            "temperaturas superarán los 44 grados en el valle».",
            "44 grados",
            "Rocío Benavente",
        ),
    ),
    (
        "es-continuation-next-paragraph",
        _case(
            "«Hemos pedido ayuda a la Diputación cuatro veces», denuncia la alcaldesa de Villalba "
            "de los Arcos, Encarna Ruiz.\n\n"
            "«Nadie ha venido a ver cómo está el puente».",
            "Nadie ha venido",
            "Encarna Ruiz",
        ),
    ),
    (
        "es-continuation-same-paragraph",
        _case(
            "«Los datos son buenos», celebró la ministra de Trabajo, Sonia Rivero. «Pero queda "
            "mucho por hacer con el paro juvenil».",
            "paro juvenil",
            "Sonia Rivero",
        ),
    ),
    (
        "es-dropped-subject-later-paragraph",
        _case(
            "Ana Belén Castro lleva doce años como voluntaria en el comedor social.\n\n"
            "Cada mañana prepara doscientas raciones. «Lo que más duele es ver a familias enteras "
            "haciendo cola», confiesa.",
            "familias enteras",
            "Ana Belén Castro",
        ),
    ),
    (
        "es-anonymous-vecina-relato",
        _case(
            "«Se oyó un estruendo enorme y luego humo por todas partes», relató una vecina del "
            "inmueble.",
            "estruendo enorme",
            "una vecina del inmueble",
        ),
    ),
    (
        "es-anonymous-alto-cargo-aside",
        _case(
            "Un alto cargo del ministerio, que pidió no ser identificado, admitió que el plan es "
            "«difícil de cumplir».",
            "difícil de cumplir",
            "Un alto cargo del ministerio",
        ),
    ),
    (
        "es-institution-habla-de",
        _case(
            "La Jefatura Superior de Policía de Aragón habla de «una red muy bien organizada» que "
            "operaba desde 2021.",
            "red muy bien organizada",
            "La Jefatura Superior de Policía de Aragón",
        ),
    ),
    (
        "es-ayuntamiento-one-word",
        _case(
            "El Ayuntamiento de Castrillo ha pedido «paciencia» a los vecinos afectados por los "
            "cortes de agua.",
            "paciencia",
            "El Ayuntamiento de Castrillo",
        ),
    ),
    (
        "es-escribio-en-la-red-social",
        _case(
            "«Mi cariño a los vecinos de Ribadulla, que lo han perdido todo», escribió en la red "
            "social X el presidente de la Diputación, Germán Pardo.",
            "vecinos de Ribadulla",
            "Germán Pardo",
        ),
    ),
    (
        "es-latam-gobernador-declaraciones",
        _case(
            "«No vamos a permitir más desalojos», señaló el gobernador de la provincia, Hernán "
            "Quiroga, en declaraciones a una radio local.",
            "más desalojos",
            "Hernán Quiroga",
        ),
    ),
    (
        "es-dropped-subject-two-sentences-later",
        _case(
            "La directora del colegio, Begoña Arrieta, reunió a las familias el lunes. Les "
            "explicó el nuevo horario y respondió a sus dudas. «No se perderá ni una hora "
            "lectiva», remarcó.",
            "hora lectiva",
            "Begoña Arrieta",
        ),
    ),
    (
        "es-sostiene-que-partial",
        _case(
            "El historiador Íñigo Larrea sostiene que la batalla fue «mucho menos decisiva de lo "
            "que se cuenta».",
            "menos decisiva",
            "Íñigo Larrea",
        ),
    ),
    (
        "es-opening-quote-con-esta-frase",
        _case(
            "«La sanidad pública no se vende». Con esta frase abrió su intervención la diputada "
            "Noelia Serrano.",
            "no se vende",
            "Noelia Serrano",
        ),
    ),
    (
        "es-se-pregunto-question",
        _case(
            "«¿Quién va a pagar los daños?», se preguntó el presidente de la comunidad de "
            "regantes, Esteban Carrasco.",
            "pagar los daños",
            "Esteban Carrasco",
        ),
    ),
    (
        "es-alcalde-without-name",
        _case(
            "«Por fin tendremos instituto propio», celebró el alcalde de Puebla del Marqués.",
            "instituto propio",
            "el alcalde de Puebla del Marqués",
        ),
    ),
    (
        "es-cleft-fue-quien",
        _case(
            "Fue la propia consejera, Lidia Navas, quien reconoció: «Nos equivocamos con las "
            "listas de espera».",
            "Nos equivocamos",
            "Lidia Navas",
        ),
    ),
    (
        "es-time-place-before-subject",
        _case(
            "«Esto no es una huelga contra los pacientes», afirmó este martes en Sevilla el "
            "portavoz del comité de huelga, Marcos Vela.",
            "huelga contra los pacientes",
            "Marcos Vela",
        ),
    ),
    (
        "es-verb-first-insistido-en-que",
        _case(
            "Ha insistido la consejera de Hacienda, Mercedes Alba, en que las cuentas son «las "
            "más sociales de la historia».",
            "más sociales",
            "Mercedes Alba",
        ),
    ),
    (
        "es-office-noun-later-paragraph",
        _case(
            "La jueza Carmen Lago interrogó durante cuatro horas al empresario Luis Navarro.\n\n"
            "Al término de la declaración, la magistrada se limitó a decir: «El procedimiento "
            "sigue su curso».",
            "sigue su curso",
            "Carmen Lago",
        ),
    ),
    (
        "es-latam-curly-quotes-intendenta",
        _case(
            "“Hay que cuidar cada gota de agua”, insistió la intendenta Graciela Ponce durante la "
            "inauguración de la planta.",
            "cada gota",
            "Graciela Ponce",
        ),
    ),
    (
        "es-institution-dropped-subject",
        _case(
            "La Mancomunidad de Aguas de la Sierra Alta ha activado el protocolo de sequía. «Los "
            "embalses están al 18 % de su capacidad», ha explicado en un comunicado.",
            "embalses están",
            "Mancomunidad de Aguas de la Sierra Alta",
        ),
    ),
    (
        "es-colon-across-paragraph-break",
        _case(
            "El director del hospital, Ricardo Sáez, ha hecho balance del año:\n\n"
            "«Hemos reducido las listas de espera quirúrgicas un 20 %».",
            "reducido las listas",
            "Ricardo Sáez",
        ),
    ),
    (
        "es-reflexive-se-quejo",
        _case(
            "«Nadie nos avisó del corte», se quejó Purificación Gómez, vecina de la calle Mayor.",
            "Nadie nos avisó",
            "Purificación Gómez",
        ),
    ),
    (
        "es-raya-office-noun-resolved",
        _case(
            "El ministro de Hacienda, Julio Ayala, presentó ayer el borrador. «La reforma "
            "—subrayó el ministro— llegará al Congreso antes del verano».",
            "llegará al Congreso",
            "Julio Ayala",
        ),
    ),
    (
        "es-para-el-pronoun",
        _case(
            "El comisario jefe, Diego Roldán, repasó el balance de criminalidad del trimestre. "
            "Para él, «la ciudad ha perdido el miedo».",
            "perdido el miedo",
            "Diego Roldán",
        ),
    ),
    (
        "es-incise-matizo",
        _case(
            "«No es un rescate, es un préstamo», matizó el vicepresidente, Alberto Ibarra.",
            "es un préstamo",
            "Alberto Ibarra",
        ),
    ),
]


# The misses left after this round's mechanisms, each naming its construction.
KNOWN: dict[str, str] = {
    "fr-court-prevenu-apposition-colon": (
        "a past participle used as a noun after its article ('le prévenu') is "
        "read as a verb of saying"
    ),
    "fr-relative-qui-parle-de": (
        "'qui parle d’« … »' after a passive agent: the relative's antecedent is not read"
    ),
    "fr-opening-quote-next-sentence-passive": (
        "a noun of speech as the passive subject of 'faire' in the next sentence "
        "('L’annonce a été faite par X') does not credit the quotation before"
    ),
    "fr-de-son-cote-juge-partial": (
        "a verb of opinion with an object and a quoted predicative ('juge la "
        "mesure « … »') is no cue, and a three-word partial quotation without one"
        " is dropped"
    ),
    "it-participle-feminine-si-e-detta": (
        "a dropped subject after an inverted coordinated subject of another verb "
        "('sono intervenuti X e Y') finds no candidate"
    ),
    "it-sport-dropped-subject-next-paragraph": (
        "the object after the verb ('il Gran Premio') is taken for the dropped subject's antecedent"
    ),
    "it-sindacati-fatto-sapere-che": (
        "a short partial quotation inside the content clause of 'far sapere che' is dropped"
    ),
    "es-ayuntamiento-one-word": (
        "a one-word quotation, object of a verb of asking ('ha pedido "
        "«paciencia»'), is dropped as a scare quote"
    ),
    "es-dropped-subject-two-sentences-later": (
        "the object after the verb of a subjectless sentence ('Les explicó el "
        "nuevo horario') is taken for the dropped subject's antecedent"
    ),
    "es-opening-quote-con-esta-frase": (
        "'Con esta frase abrió su intervención X' names the speaker with a verb "
        "that is not a verb of saying"
    ),
}


@pytest.mark.parametrize(("text", "quoted", "want", "reason"), params(FRENCH, KNOWN))
def test_french(text: str, quoted: str, want: str, reason: str | None) -> None:
    assert speaker_overlaps(text, quoted, want, "fr")


@pytest.mark.parametrize(("text", "quoted", "want", "reason"), params(ITALIAN, KNOWN))
def test_italian(text: str, quoted: str, want: str, reason: str | None) -> None:
    assert speaker_overlaps(text, quoted, want, "it")


@pytest.mark.parametrize(("text", "quoted", "want", "reason"), params(SPANISH, KNOWN))
def test_spanish(text: str, quoted: str, want: str, reason: str | None) -> None:
    assert speaker_overlaps(text, quoted, want, "es")
