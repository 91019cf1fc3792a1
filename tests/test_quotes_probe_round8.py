"""Blind probe, round 8: quotation speakers outside politics, courts and sport.

Covers news desks and genres the earlier probes left out, in French, Italian,
Spanish, German and English: culture (film, book and concert reviews quoting
artists), science and health (researchers, doctors, study authors), business
and markets (analysts, chief executives on earnings calls, central bankers,
anonymous traders), weather and disasters (rescuers, witnesses, forecasters),
local news (residents, shopkeepers, mayors, police), education, religion,
tech (company statements, product launches), travel and transport (unions on
strike, airlines, commuters), obituaries (family and colleague tributes),
human-interest features (long quotations reopened across paragraphs, couples
alternating), live blogs ("12h45 —", "Ore 12.45 –", "12:45 Uhr –") and
social-media quotations ("a réagi sur X", "ha scritto su Instagram",
"escribió en X", "wrote on X").

Each row gives a text, a few words of one quotation and the speaker a careful
reader would name, as written in the text: the name, or the noun phrase of
the clause; where the clause has only a pronoun, a dropped subject or a noun
of role taking up someone named before, the name written earlier. More than a
third of the rows run over two to four sentences or short paragraphs, with
two or more people in play.

Written blind from newsroom conventions by a helper who read neither the
attribution rules nor their tests, only the public docs and the test helper.
Cases: French 45, Italian 45, Spanish 45, German 35, English 30 (200 in all).

Passed at first: 169 of 200 (fr 34/45, it 37/45, es 38/45, de 32/35, en 28/30); the code
of the session's start passed 162.  182 pass now: the misses were named as constructions,
thirteen fixed by general mechanisms (given names of more origins, the faithful anaphor of
any noun of person, a name in a subject's complement naming the body, an aside before a
subject with an apposed name, a role whose complement names a body growing into the
name apposed to it, a time word before a source frame's agent, the epithets of office
such as 'la prima cittadina' and 'l’officier'); the rest are the strict xfails in
``KNOWN``, each naming its construction.
"""

from __future__ import annotations

import pytest

from quote_helpers import Case, params, speaker_overlaps
from quote_helpers import case as _case

FRENCH: list[tuple[str, Case]] = [
    (
        "fr-review-director-incise-confie",
        _case(
            "« Je voulais filmer le silence », confie la réalisatrice Anaïs Verdon, "
            "dont le deuxième long métrage sort mercredi en salles.",
            "filmer le silence",
            "Anaïs Verdon",
        ),
    ),
    (
        "fr-concert-pronoun-il-after-colon-two-artists",
        _case(
            "Le pianiste Malo Ferrand partageait la scène avec la violoncelliste Inès "
            "Carado. Entre deux morceaux, il a glissé au public\u00a0: «\u202fCette "
            "salle a une âme, on l’entend dans chaque note.\u202f»",
            "Cette salle a une âme",
            "Malo Ferrand",
        ),
    ),
    (
        "fr-book-review-surname-after-publisher",
        _case(
            "Dans son nouveau roman, Hélène Vasseur revient sur l’usine de son "
            "enfance, fermée en 1994. Son éditeur, Bastien Loir, parle d’un livre "
            "«\u00a0de colère\u00a0». «\u00a0J’ai mis vingt ans à pouvoir écrire ces "
            "pages\u00a0», reconnaît Vasseur.",
            "vingt ans à pouvoir écrire",
            "Vasseur",
        ),
    ),
    (
        "fr-science-selon-epithet-then-name",
        _case(
            "Selon la principale autrice de l’étude, l’épidémiologiste Clarisse "
            "Moutier, « le risque baisse nettement dès trente minutes de marche "
            "quotidienne ».",
            "trente minutes de marche",
            "Clarisse Moutier",
        ),
    ),
    (
        "fr-health-dit-il-doctor-and-nurse",
        _case(
            "Aux urgences de l’hôpital de Vierzon, le docteur Samuel Brière enchaîne "
            "les gardes depuis l’été, aux côtés de l’infirmière Nadia Cherki. «\u202f"
            "On tient, mais on ne passera pas un hiver de plus comme ça\u202f», dit-il.",
            "un hiver de plus",
            "Samuel Brière",
        ),
    ),
    (
        "fr-markets-analyst-estime-apposition",
        _case(
            "« Le marché a surréagi à un trimestre en demi-teinte », estime Pauline "
            "Gachet, analyste chez Serval Finance.",
            "surréagi à un trimestre",
            "Pauline Gachet",
        ),
    ),
    (
        "fr-earnings-call-ceo-colon",
        _case(
            "Au cours d’un échange téléphonique avec les analystes financiers, le PDG "
            "de Valmoret, Jérôme Castaing, a défendu la hausse des tarifs\u00a0: "
            "«\u00a0Nos clients ont accepté l’augmentation sans quitter la "
            "marque.\u00a0»",
            "sans quitter la marque",
            "Jérôme Castaing",
        ),
    ),
    (
        "fr-central-bank-partial-a-prevenu",
        _case(
            "Le gouverneur de la banque centrale, Étienne Ravel, a prévenu mardi que "
            "les taux resteraient « élevés aussi longtemps qu’il le faudra ».",
            "aussi longtemps qu’il le faudra",
            "Étienne Ravel",
        ),
    ),
    (
        "fr-rescue-role-noun-officier-then-witness",
        _case(
            "Les sapeurs-pompiers ont sorti deux personnes des décombres dans la nuit. "
            "Le lieutenant Karim Azzouz dirigeait l’équipe cynophile. « Le chien a "
            "marqué l’endroit vers 3 heures, on a creusé à la main », raconte "
            "l’officier. Une habitante, Josette Perrin, suivait les recherches depuis "
            "son balcon.",
            "creusé à la main",
            "Karim Azzouz",
        ),
    ),
    (
        "fr-local-baker-colon-ne-decolere-pas",
        _case(
            "Derrière son comptoir, la boulangère Martine Rocher ne décolère pas\u202f"
            ": «\u202fDepuis le début des travaux, j’ai perdu un tiers de ma "
            "clientèle.\u202f»",
            "un tiers de ma clientèle",
            "Martine Rocher",
        ),
    ),
    (
        "fr-local-mayor-continuation-after-a-t-il",
        _case(
            "Le maire de Sablé-les-Prés, Denis Marchal, a reçu mardi les riverains du "
            "chantier, emmenés par leur porte-parole, Sylvie Tanguy. « Nous avons "
            "entendu vos inquiétudes », a-t-il assuré. « Les camions ne passeront plus "
            "devant l’école. »",
            "Les camions ne passeront plus",
            "Denis Marchal",
        ),
    ),
    (
        "fr-police-partial-dapres-gendarmerie",
        _case(
            "D’après la gendarmerie, le conducteur de la berline «\u00a0dépassait les "
            "150\u00a0km/h\u00a0» quand il a percuté le platane.",
            "dépassait les 150",
            "la gendarmerie",
        ),
    ),
    (
        "fr-police-commissaire-a-t-elle-suspect-il",
        _case(
            "Les policiers de Limoges ont arrêté samedi un livreur de 34 ans. La "
            "commissaire Aurélie Fontan, qui dirige l’enquête, a refusé de donner son "
            "identité. « Il avait déjà été condamné pour des vols de scooters », "
            "a-t-elle seulement indiqué.",
            "vols de scooters",
            "Aurélie Fontan",
        ),
    ),
    (
        "fr-education-recteur-role-noun-two-people",
        _case(
            "Le recteur de l’académie, Philippe Anselme, et la présidente de "
            "l’association des parents d’élèves, Nathalie Guyon, se sont retrouvés "
            "vendredi devant le lycée Jean-Moulin. « Aucune classe ne fermera à la "
            "rentrée », a promis le recteur.",
            "Aucune classe ne fermera",
            "Philippe Anselme",
        ),
    ),
    (
        "fr-religion-bishop-partial-appele-a",
        _case(
            "Devant une cathédrale comble pour la veillée pascale, l’évêque de "
            "Castelmoron, Mgr Thierry Delorme, a appelé les fidèles à «\u00a0ne pas "
            "fermer sa porte à celui qui a froid\u00a0».",
            "celui qui a froid",
            "Thierry Delorme",
        ),
    ),
    (
        "fr-religion-priest-role-noun-pretre",
        _case(
            "L’imam de la mosquée de Pont-Varenne, Youssef Benali, et le curé de la "
            "paroisse voisine, le père Antoine Giraud, ont planté ensemble un olivier "
            "dimanche. « Ce geste vaut mieux que mille discours », a souri le prêtre.",
            "mille discours",
            "Antoine Giraud",
        ),
    ),
    (
        "fr-tech-company-affirme-qu",
        _case(
            "Dans un communiqué, la start-up lyonnaise Qubitel affirme qu’« aucun "
            "numéro de carte n’a quitté ses serveurs » lors de l’intrusion.",
            "aucun numéro de carte",
            "Qubitel",
        ),
    ),
    (
        "fr-tech-launch-role-noun-dirigeante",
        _case(
            "La directrice produit de Novalia, Camille Dufresne, a présenté jeudi à "
            "Paris la nouvelle montre connectée du groupe. À ses côtés, l’ingénieur en "
            "chef Hugo Marel a détaillé l’autonomie de la batterie. « Nous voulions un "
            "objet qu’on oublie au poignet », a expliqué la dirigeante.",
            "oublie au poignet",
            "Camille Dufresne",
        ),
    ),
    (
        "fr-transport-union-previent-apposition",
        _case(
            "«\u00a0La direction nous méprise, la grève sera reconductible\u00a0», "
            "prévient Marc Olivieri, délégué syndical au dépôt de Vénissieux.",
            "grève sera reconductible",
            "Marc Olivieri",
        ),
    ),
    (
        "fr-airline-spokeswoman-indefinite",
        _case(
            "Une porte-parole d’Air Lumière a assuré que «\u202fchaque voyageur bloqué "
            "à Ajaccio retrouvera un siège d’ici à dimanche\u202f».",
            "retrouvera un siège",
            "Une porte-parole",
        ),
    ),
    (
        "fr-obituary-daughter-salue",
        _case(
            "Le sculpteur Raymond Tessier s’est éteint lundi à l’âge de 91 ans. Sa "
            "fille, Agnès Tessier, a salué « un homme qui parlait plus avec ses mains "
            "qu’avec des mots ».",
            "avec ses mains",
            "Agnès Tessier",
        ),
    ),
    (
        "fr-obituary-se-souvient-il-lyricist",
        _case(
            "La chanteuse Odile Marchetti est morte samedi à Nice. Son ancien "
            "parolier, Jean-Luc Barre, l’avait rencontrée en 1968 dans un cabaret de "
            "la rue Lepic. « Elle entrait en studio comme on entre en mer, sans savoir "
            "où elle allait », se souvient-il.",
            "comme on entre en mer",
            "Jean-Luc Barre",
        ),
    ),
    (
        "fr-feature-alternating-couple-plaisante-t-elle",
        _case(
            "Au marché de Villeneuve, Rose Castel vend ses fromages depuis quarante "
            "ans. « On se lève à 4 heures, été comme hiver », dit Rose. « Et on n’a "
            "jamais raté un samedi », complète son mari, Albert. « Lui, il fait la "
            "sieste dans le camion », plaisante-t-elle.",
            "sieste dans le camion",
            "Rose",
        ),
    ),
    (
        "fr-liveblog-time-prefect-sur-x",
        _case(
            "12h45 — « Les secours ont atteint le dernier hameau isolé », annonce le "
            "préfet de l’Aude sur X.\n\n"
            "12h30 — La route départementale 118 reste coupée entre Quillan et Axat.",
            "dernier hameau isolé",
            "le préfet de l’Aude",
        ),
    ),
    (
        "fr-social-a-reagi-sur-x-colon",
        _case(
            "L’acteur Thomas Villard a réagi sur X à l’annulation de sa tournée\u00a0: "
            "«\u00a0Je suis désolé pour tous ceux qui avaient déjà pris leurs "
            "billets.\u00a0»",
            "déjà pris leurs billets",
            "Thomas Villard",
        ),
    ),
    (
        "fr-social-a-ecrit-sur-instagram-inverted",
        _case(
            "« Merci pour ces dix années incroyables », a écrit sur Instagram la "
            "skieuse Margaux Lebrun, qui met un terme à sa carrière.",
            "dix années incroyables",
            "Margaux Lebrun",
        ),
    ),
    (
        "fr-science-surname-insiste-two-authors",
        _case(
            "L’équipe dirigée par Nicolas Perrault a suivi 4\u202f000 patients pendant "
            "huit ans. Sa collègue Émilie Sauvage, coautrice de l’article, appelle à "
            "la prudence. « Nous montrons une association, pas une cause », insiste "
            "Perrault.",
            "pas une cause",
            "Perrault",
        ),
    ),
    (
        "fr-science-explique-t-elle-glaciologist",
        _case(
            "La glaciologue Sophie Landry rentre d’une mission de six semaines au "
            "Groenland avec son collègue Pierre Vasque. «\u202fLa glace fond par en "
            "dessous, là où personne ne la voit\u202f», explique-t-elle.",
            "fond par en dessous",
            "Sophie Landry",
        ),
    ),
    (
        "fr-business-selon-lui-economist",
        _case(
            "Le cabinet Ardent Conseil a revu ses prévisions à la baisse. Son "
            "économiste en chef, Arnaud Levasseur, n’attend pas de reprise avant "
            "l’automne. Selon lui, « les ménages épargnent par peur, pas par choix ».",
            "épargnent par peur",
            "Arnaud Levasseur",
        ),
    ),
    (
        "fr-markets-anonymous-fund-manager",
        _case(
            "« Tout le monde attend que quelqu’un d’autre vende en premier », résume "
            "un gérant de fonds parisien.",
            "vende en premier",
            "un gérant de fonds parisien",
        ),
    ),
    (
        "fr-flood-raconte-aside-voix-cassee",
        _case(
            "À Vernoux-la-Forêt, l’eau est montée à 1,80 m dans la nuit. « On a évacué "
            "la maison de retraite en barque », raconte, la voix cassée, le maire, "
            "Jean-Pierre Colin.",
            "maison de retraite en barque",
            "Jean-Pierre Colin",
        ),
    ),
    (
        "fr-local-resident-first-name-soupire",
        _case(
            "« Ici, tout le monde se connaît, et pourtant personne n’a rien vu », "
            "soupire Lucienne, 82 ans, qui habite l’immeuble depuis 1971.",
            "personne n’a rien vu",
            "Lucienne",
        ),
    ),
    (
        "fr-culture-colon-across-paragraph-conductor",
        _case(
            "Le chef d’orchestre Yann Kervella a répondu ainsi aux critiques de la "
            "presse spécialisée\u00a0:\n\n"
            "«\u00a0Mozart n’appartient à personne, et surtout pas aux puristes.\u00a0»",
            "surtout pas aux puristes",
            "Yann Kervella",
        ),
    ),
    (
        "fr-culture-relative-qualifie-de",
        _case(
            "Les propos de la chorégraphe Lina Farès, qui a qualifié le ballet de « "
            "musée poussiéreux », ont fait grincer des dents à l’Opéra.",
            "musée poussiéreux",
            "Lina Farès",
        ),
    ),
    (
        "fr-religion-pastor-a-lance-colon",
        _case(
            "Devant une assemblée clairsemée, la pasteure Élise Hauser a lancé : « Une "
            "Église vide n’est pas une Église morte. »",
            "pas une Église morte",
            "Élise Hauser",
        ),
    ),
    (
        "fr-transport-minister-replies-union-a-t-elle",
        _case(
            "Chez les aiguilleurs du ciel de Marseille, la colère gronde depuis lundi. "
            "Le secrétaire général du syndicat, Rémi Chabert, accuse la direction de « "
            "jouer la montre ». La ministre des Transports, Claire Ducros, lui a "
            "répondu dans la soirée. « La porte de mon bureau reste ouverte », "
            "a-t-elle déclaré.",
            "porte de mon bureau",
            "Claire Ducros",
        ),
    ),
    (
        "fr-feature-multi-paragraph-reopened-guillemets",
        _case(
            "Marie-Claude Joubert a ouvert son refuge pour ânes en 2009, après un "
            "licenciement.\n\n"
            "« Au début, je pensais garder deux bêtes, pas plus, se souvient-elle. Et "
            "puis les appels sont arrivés, de partout.\n\n"
            "« Aujourd’hui, j’en ai quarante-trois, et je connais le caractère de "
            "chacun. »",
            "j’en ai quarante-trois",
            "Marie-Claude Joubert",
        ),
    ),
    (
        "fr-business-english-quotes-patron",
        _case(
            "“Nous n’avons aucune intention de délocaliser”, a assuré le patron de "
            "Ferronor, Bernard Huet, devant les salariés réunis dans la cantine.",
            "aucune intention de délocaliser",
            "Bernard Huet",
        ),
    ),
    (
        "fr-health-pour-la-directrice-ars",
        _case(
            "Pour la directrice de l’agence régionale de santé, Valérie Moine, la "
            "fermeture de la maternité est «\u00a0une décision de sécurité, pas "
            "d’économie\u00a0».",
            "décision de sécurité",
            "Valérie Moine",
        ),
    ),
    (
        "fr-liveblog-pronoun-across-entries",
        _case(
            "16h05 — Les représentants syndicaux, emmenés par Isabelle Garnier, "
            "quittent la salle.\n\n"
            "16h10 — Le PDG de Vélia, Franck Morin, s’adresse aux salariés de l’usine "
            "de Dole.\n\n"
            "16h14 — «\u202fAucun licenciement sec n’est prévu\u202f», affirme-t-il.",
            "Aucun licenciement sec",
            "Franck Morin",
        ),
    ),
    (
        "fr-human-interest-murmure-t-elle-rescuer-and-mother",
        _case(
            "« Je ne savais pas nager, mais j’ai sauté », raconte Kevin Morel, 19 ans, "
            "qui a sorti une fillette du canal. À ses côtés, la mère de l’enfant, "
            "Sandrine Poulain, hoche la tête. « Sans lui, je ne sais pas ce qui serait "
            "arrivé », murmure-t-elle.",
            "ce qui serait arrivé",
            "Sandrine Poulain",
        ),
    ),
    (
        "fr-culture-festival-elle-contrastive",
        _case(
            "Le directeur du festival, Paul Arnaud, se dit satisfait de la "
            "fréquentation. Son adjointe, Mme Leclerc, elle, parle d’«\u00a0une "
            "édition en trompe-l’œil\u00a0».",
            "édition en trompe",
            "Mme Leclerc",
        ),
    ),
    (
        "fr-weather-role-noun-specialiste",
        _case(
            "Douze départements passent en vigilance orange ce mardi soir. Joint par "
            "téléphone, le prévisionniste Bruno Tessel, de Météo-France, se veut "
            "rassurant. «\u202fLe gros des rafales passera vers 3 heures, puis le vent "
            "faiblira au lever du jour\u202f», précise le spécialiste.",
            "le vent faiblira",
            "Bruno Tessel",
        ),
    ),
    (
        "fr-religion-question-sinterroge-rabbin",
        _case(
            "«\u202fComment parler de paix quand on enterre des enfants\u202f?\u202f», "
            "s’interroge le rabbin Daniel Sebag.",
            "quand on enterre des enfants",
            "Daniel Sebag",
        ),
    ),
    (
        "fr-education-decrit-comme-teacher-student",
        _case(
            "Lina, 17 ans, prépare son bac dans un lycée de Creil. Son professeur "
            "principal, Olivier Masson, la décrit comme « une élève qui ne lâche "
            "jamais rien ».",
            "ne lâche jamais rien",
            "Olivier Masson",
        ),
    ),
]


ITALIAN: list[tuple[str, Case]] = [
    (
        "it-review-regista-spiega-inverted",
        _case(
            "«Volevo raccontare una Napoli che non urla», spiega il regista Ciro "
            "Mastrangelo, al Lido per presentare il suo terzo film.",
            "una Napoli che non urla",
            "Ciro Mastrangelo",
        ),
    ),
    (
        "it-concert-dropped-subject-commossa-two-artists",
        _case(
            "Sul palco del palazzetto la cantautrice Elisa Marangoni ha chiuso il tour "
            "insieme al chitarrista Dario Pace. «Questa città mi ha adottata quando "
            "non avevo niente», ha detto commossa.",
            "mi ha adottata",
            "Elisa Marangoni",
        ),
    ),
    (
        "it-book-surname-racconta",
        _case(
            "Nel nuovo romanzo Matteo Ferraris torna nella Torino degli anni Settanta, "
            "accompagnato dalla prefazione dell'amica Daria Gentile. «Ho scritto il "
            "libro che mio padre non ha mai voluto leggere», racconta Ferraris.",
            "non ha mai voluto leggere",
            "Ferraris",
        ),
    ),
    (
        "it-science-secondo-ricercatrice-apposition",
        _case(
            "Secondo la ricercatrice dell'Università di Padova Chiara Boscolo, prima "
            "firmataria dello studio, «le api riconoscono i fiori anche dopo un "
            "temporale».",
            "anche dopo un temporale",
            "Chiara Boscolo",
        ),
    ),
    (
        "it-health-primario-colon",
        _case(
            "Il primario di pneumologia Franco Lazzari non usa giri di parole: «I "
            "reparti sono pieni e il picco deve ancora arrivare».",
            "il picco deve ancora arrivare",
            "Franco Lazzari",
        ),
    ),
    (
        "it-health-dropped-subject-dice-sconsolata",
        _case(
            "Al pronto soccorso di Vigevano lavorano da mesi in sette invece che in "
            "dodici. L'infermiera Paola Cattaneo copre il turno di notte con il "
            "collega Stefano Rigoni. «Ci diamo il cambio per mangiare, quando va "
            "bene», dice sconsolata.",
            "Ci diamo il cambio",
            "Paola Cattaneo",
        ),
    ),
    (
        "it-earnings-ad-partial-ha-parlato-di",
        _case(
            "L’amministratore delegato di Officine Arlotti, Luigi Bortolotto, ha "
            "parlato di «un trimestre da record, spinto dall’export verso gli Stati "
            "Uniti».",
            "un trimestre da record",
            "Luigi Bortolotto",
        ),
    ),
    (
        "it-central-bank-role-noun-governatore",
        _case(
            "Il governatore della banca centrale, Alberto Sereni, ha parlato davanti "
            "alle commissioni riunite. Accanto a lui sedeva la vicedirettrice Marta "
            "Guidi. «I prezzi rallentano, però è presto per brindare», ha avvertito il "
            "governatore.",
            "è presto per brindare",
            "Alberto Sereni",
        ),
    ),
    (
        "it-markets-dropped-subject-ammette",
        _case(
            "In Piazza Affari è stata una giornata nera per i titoli bancari. Marco "
            "Pellegrini, gestore di un fondo milanese, fissa gli schermi da stamattina "
            "insieme alla collega Serena Valli. «Qui tutti aspettano che sia qualcun "
            "altro a vendere per primo», ammette.",
            "qualcun altro a vendere",
            "Marco Pellegrini",
        ),
    ),
    (
        "it-weather-meteorologo-prevede",
        _case(
            "«Sabato e domenica toccheremo punte di 40 gradi in Puglia e in "
            "Basilicata», prevede il meteorologo Andrea Fumagalli.",
            "punte di 40 gradi",
            "Andrea Fumagalli",
        ),
    ),
    (
        "it-rescue-dropped-subject-ai-giornalisti",
        _case(
            "Sotto la pioggia, le squadre hanno scavato fino all'alba tra i resti "
            "della palazzina. Il caposquadra dei vigili del fuoco, Salvatore "
            "Ingrassia, ha coordinato le squadre arrivate da Catania con il "
            "funzionario della prefettura Nino Rao. «Verso le due abbiamo sentito una "
            "voce sotto le macerie», ha raccontato ai giornalisti.",
            "una voce sotto le macerie",
            "Salvatore Ingrassia",
        ),
    ),
    (
        "it-local-shopkeeper-sbotta-then-wife",
        _case(
            "Giuseppe Amato ha la sua ferramenta in via Garibaldi da trentun anni. "
            "«Con la zona a traffico limitato qui non entra più nessuno», sbotta. Sua "
            "moglie Anna, intanto, serve un cliente in silenzio.",
            "non entra più nessuno",
            "Giuseppe Amato",
        ),
    ),
    (
        "it-local-role-noun-prima-cittadina",
        _case(
            "La sindaca di Castelvetrano Alta, Rosaria Gulotta, ha incontrato i "
            "comitati di quartiere insieme all'assessore Pino Licata. «I lavori "
            "partiranno entro marzo, ve lo garantisco», ha assicurato la prima "
            "cittadina.",
            "ve lo garantisco",
            "Rosaria Gulotta",
        ),
    ),
    (
        "it-police-secondo-quanto-riferito-carabinieri",
        _case(
            "Secondo quanto riferito ieri sera dai carabinieri, il ventenne di "
            "Mestrino avrebbe «tentato di forzare il posto di blocco».",
            "forzare il posto di blocco",
            "carabinieri",
        ),
    ),
    (
        "it-police-comandante-in-conferenza-stampa",
        _case(
            "«Non è stata una rapina improvvisata, ma un colpo studiato nei dettagli», "
            "ha spiegato in conferenza stampa il comandante provinciale Vittorio Sanna.",
            "studiato nei dettagli",
            "Vittorio Sanna",
        ),
    ),
    (
        "it-education-preside-ha-scritto-colon",
        _case(
            "La preside del liceo Pascoli, Giovanna Ricci, ha scritto alle famiglie: "
            "«Il cellulare resterà spento dalla prima all’ultima ora».",
            "dalla prima all’ultima ora",
            "Giovanna Ricci",
        ),
    ),
    (
        "it-education-students-plural-dropped",
        _case(
            "Gli studenti del collettivo Lab-Sud hanno occupato l'aula magna per la "
            "seconda notte di fila. «Chiediamo aule sicure, non promesse», hanno "
            "scritto su uno striscione appeso all'ingresso.",
            "aule sicure, non promesse",
            "Gli studenti del collettivo Lab-Sud",
        ),
    ),
    (
        "it-religion-vescovo-invitato-a",
        _case(
            "Dal pulpito del duomo, a mezzanotte, il vescovo di Sanfelice, monsignor "
            "Renato Bellandi, ha invitato a «non contare le sedie libere quando arriva "
            "un ospite in più».",
            "le sedie libere",
            "Renato Bellandi",
        ),
    ),
    (
        "it-religion-role-noun-sacerdote-nun",
        _case(
            "Don Luigi Carraro guida la parrocchia di San Rocco da vent'anni; accanto "
            "a lui, da poco, c'è suor Maria Teresa Nardi. «I ragazzi tornano in "
            "oratorio se trovano qualcuno che li ascolta», afferma il sacerdote.",
            "tornano in oratorio",
            "Luigi Carraro",
        ),
    ),
    (
        "it-tech-nota-ha-fatto-sapere",
        _case(
            "In una nota, la società torinese Robotik ha fatto sapere che il nuovo "
            "assistente vocale «non registra in alcun caso le conversazioni private».",
            "non registra in alcun caso",
            "Robotik",
        ),
    ),
    (
        "it-tech-launch-founder-colon",
        _case(
            "Sul palco della presentazione, il fondatore di Lumeo, Tommaso Gatti, ha "
            "mostrato il visore: «È il primo che si può tenere addosso per una "
            "giornata intera».",
            "tenere addosso",
            "Tommaso Gatti",
        ),
    ),
    (
        "it-transport-union-fa-sapere",
        _case(
            "«Venerdì i treni regionali si fermano, ma le fasce di garanzia saranno "
            "rispettate», fa sapere Claudio Russo, segretario regionale della "
            "Filt-Cgil.",
            "fasce di garanzia",
            "Claudio Russo",
        ),
    ),
    (
        "it-airline-portavoce-indefinite",
        _case(
            "Un portavoce di AeroLiguria ha spiegato che i biglietti dei voli "
            "soppressi «saranno rimborsati per intero entro un mese».",
            "rimborsati per intero",
            "Un portavoce",
        ),
    ),
    (
        "it-obituary-figlia-lo-ricorda-cosi",
        _case(
            "È morto a 88 anni Aldo Fiorentini, per mezzo secolo fotografo di cronaca "
            "del quotidiano cittadino. La figlia Silvia lo ricorda così: «In casa "
            "parlava poco, ma ogni sua foto raccontava una storia intera».",
            "ogni sua foto",
            "Silvia",
        ),
    ),
    (
        "it-obituary-dropped-subject-commosso",
        _case(
            "Carla Benetti, storica voce della radio locale, se n'è andata domenica. "
            "Il suo ex direttore, Bruno Sala, l'aveva assunta nel 1979. «Aveva una "
            "voce che ti faceva compagnia anche in coda in tangenziale», ha ricordato "
            "commosso.",
            "anche in coda in tangenziale",
            "Bruno Sala",
        ),
    ),
    (
        "it-feature-alternating-ride-il-marito",
        _case(
            "Nella trattoria di Ornella e Gianni Zucchi si mangia ancora su tovaglie a "
            "quadri. «Le ricette sono tutte di mia nonna», dice Ornella. «Io lavo i "
            "piatti e racconto barzellette», ride il marito.",
            "racconto barzellette",
            "il marito",
        ),
    ),
    (
        "it-liveblog-ore-sindaco-facebook",
        _case(
            "Ore 12.45 – «Il fronte del fuoco si è fermato sul crinale, ora si lavora "
            "sui focolai», ha detto il sindaco di Monteleone, Franco Dessì, in un "
            "video su Facebook.\n\n"
            "Ore 12.30 – Chiusa la statale in entrambe le direzioni.",
            "fermato sul crinale",
            "Franco Dessì",
        ),
    ),
    (
        "it-social-instagram-chef-inverted",
        _case(
            "«Grazie a tutti, ci rivediamo presto in un'altra cucina», ha scritto su "
            "Instagram lo chef Enrico Baldan dopo la chiusura del suo ristorante.",
            "in un'altra cucina",
            "Enrico Baldan",
        ),
    ),
    (
        "it-social-x-dropped-subject-two-virologists",
        _case(
            "Il virologo Massimo Carletti ha replicato alle critiche della collega "
            "Laura Pinna. «Non ho mai detto che il virus sia innocuo», ha scritto su X.",
            "il virus sia innocuo",
            "Massimo Carletti",
        ),
    ),
    (
        "it-science-surname-sottolinea-student-and-supervisor",
        _case(
            "Il telescopio ha registrato il segnale alle 3.14 del mattino. Se ne è "
            "accorto per primo il dottorando Luca Scarpa, poi il suo relatore, "
            "l'astrofisico Giorgio Melis, ha confermato il dato. «Una coincidenza così "
            "capita una volta ogni dieci anni», sottolinea Melis.",
            "una volta ogni dieci anni",
            "Melis",
        ),
    ),
    (
        "it-health-stando-agli-autori",
        _case(
            "Stando agli autori della ricerca, pubblicata su una rivista britannica, "
            "il rischio si riduce «di quasi un terzo» con due ore di attività a "
            "settimana.",
            "di quasi un terzo",
            "autori della ricerca",
        ),
    ),
    (
        "it-weather-dropped-subject-protezione-civile",
        _case(
            "Allerta rossa fino a domani sera in tutta la Bassa. Il responsabile "
            "regionale della protezione civile, Enzo Capuano, ha chiesto ai cittadini "
            "di restare in casa, d'intesa con la prefetta Gianna Lodi. «Restate ai "
            "piani alti e lasciate libere le strade per i mezzi di soccorso», ha "
            "ripetuto più volte in diretta.",
            "lasciate libere le strade",
            "Enzo Capuano",
        ),
    ),
    (
        "it-local-residents-plural-raccontano",
        _case(
            "I residenti di vicolo dei Cartai protestano da settimane contro la "
            "movida. «Alle quattro del mattino qui sembra di stare in discoteca», "
            "raccontano.",
            "sembra di stare in discoteca",
            "I residenti",
        ),
    ),
    (
        "it-education-cleft-rettore",
        _case(
            "È stato il rettore Paolo Visentin a dare l'annuncio: «Da settembre le "
            "tasse per i redditi bassi saranno azzerate».",
            "saranno azzerate",
            "Paolo Visentin",
        ),
    ),
    (
        "it-culture-multi-paragraph-dash-incise",
        _case(
            "Valentina Rossetti torna a teatro dopo dieci anni di cinema.\n\n"
            "«Avevo paura del palco, lo ammetto – racconta –. Al cinema puoi rifare "
            "una scena, qui no.\n\n"
            "«Ogni sera è un salto nel vuoto, ed è proprio questo che mi mancava».",
            "un salto nel vuoto",
            "Valentina Rossetti",
        ),
    ),
    (
        "it-culture-secondo-lui-museum",
        _case(
            "Il direttore del museo, Fabio Orlandi, ha difeso la scelta di esporre le "
            "statue nel cortile, criticata dalla soprintendente Elena Mori. Secondo "
            "lui «l'arte deve uscire dalle teche».",
            "uscire dalle teche",
            "Fabio Orlandi",
        ),
    ),
    (
        "it-tech-all-ansa-inverted-subject",
        _case(
            "«Nessun dato sanitario è stato esposto», ha dichiarato all'ANSA il "
            "responsabile della sicurezza informatica dell'azienda ospedaliera, "
            "Riccardo Mele.",
            "Nessun dato sanitario",
            "Riccardo Mele",
        ),
    ),
    (
        "it-transport-split-quote-commuter",
        _case(
            "Sul binario 3 della stazione di Lodi, Michela Banfi aspetta il regionale "
            "delle 7.12 da quaranta minuti. «Ogni mattina è una lotteria», dice, «e "
            "perdo sempre io».",
            "perdo sempre io",
            "Michela Banfi",
        ),
    ),
    (
        "it-obituary-student-facebook-colon",
        _case(
            "Il pianista Ettore Longhi è morto ieri a Cremona. Il suo allievo più "
            "noto, Samuele Brivio, lo ha salutato con un messaggio su Facebook: «Mi "
            "hai insegnato che anche il silenzio fa parte della musica».",
            "anche il silenzio",
            "Samuele Brivio",
        ),
    ),
    (
        "it-religion-imam-sottolinea",
        _case(
            "«Non siamo ospiti, siamo cittadini di questa città», sottolinea l’imam "
            "della comunità islamica di Prato Nord, Hamid Berrada.",
            "siamo cittadini",
            "Hamid Berrada",
        ),
    ),
    (
        "it-human-interest-role-noun-nonna",
        _case(
            "Ada Bertolini compie oggi cento anni e vive ancora da sola a Feltre. La "
            "nipote Irene passa a trovarla ogni sera dopo il lavoro. «Il segreto? Mai "
            "andare a letto arrabbiati», scherza la nonna.",
            "Mai andare a letto",
            "Ada Bertolini",
        ),
    ),
    (
        "it-business-per-surname-invece",
        _case(
            "All'uscita dall'incontro al ministero, la delegata sindacale Valeria "
            "Conte e il direttore del personale, Massimo Lupi, hanno dato due versioni "
            "opposte. «Ci hanno presentato un piano di tagli mascherato», ha "
            "denunciato Conte. Per Lupi, invece, si tratta di «una riorganizzazione "
            "necessaria».",
            "una riorganizzazione necessaria",
            "Lupi",
        ),
    ),
    (
        "it-weather-mayor-facebook-colon",
        _case(
            "Su Facebook il sindaco di Valdorcia Bassa, Mirko Tonelli, ha pubblicato "
            "le foto del torrente esondato: «Restate lontani dagli argini, il livello "
            "sta ancora salendo».",
            "lontani dagli argini",
            "Mirko Tonelli",
        ),
    ),
    (
        "it-liveblog-dropped-subject-across-entries",
        _case(
            "16.50 – I delegati sindacali lasciano il tavolo in anticipo.\n\n"
            "17.05 – Arriva in prefettura l’amministratrice delegata di Autolinee "
            "Nord, Sara Colombo.\n\n"
            "17.20 – «Il servizio riprenderà domani mattina su tutte le linee», ha "
            "annunciato uscendo dall’incontro.",
            "su tutte le linee",
            "Sara Colombo",
        ),
    ),
    (
        "it-education-maestra-sorride-elision",
        _case(
            "«Dell’alfabeto ai bambini resta soprattutto la musica delle lettere», "
            "sorride la maestra Nicoletta Brambilla, che insegna in una pluriclasse di "
            "montagna.",
            "la musica delle lettere",
            "Nicoletta Brambilla",
        ),
    ),
]


SPANISH: list[tuple[str, Case]] = [
    (
        "es-review-director-confiesa",
        _case(
            "«Quería que el público saliera del cine con hambre», confiesa el director "
            "Álvaro Quintana sobre su película, ambientada en una panadería de Soria.",
            "saliera del cine con hambre",
            "Álvaro Quintana",
        ),
    ),
    (
        "es-concert-dropped-subject-emocionada",
        _case(
            "La cantaora Remedios Alcántara actuó anoche en el teatro Lope de Vega "
            "acompañada por el guitarrista Paco Gil. «Cantar aquí es volver a casa de "
            "mi abuela», dijo emocionada al terminar.",
            "volver a casa de mi abuela",
            "Remedios Alcántara",
        ),
    ),
    (
        "es-book-surname-admitio-editor",
        _case(
            "La escritora Nuria Castells presentó ayer su nueva novela en Barcelona, "
            "acompañada por su editor, Jordi Puig. «No sé escribir sobre lo que no me "
            "duele», admitió Castells.",
            "lo que no me duele",
            "Castells",
        ),
    ),
    (
        "es-science-segun-investigador-apposition",
        _case(
            "Según el investigador del CSIC Manuel Prieto, autor principal del "
            "estudio, «las abejas de ciudad viven más que las del campo».",
            "viven más que las del campo",
            "Manuel Prieto",
        ),
    ),
    (
        "es-health-lo-resume-asi-colon",
        _case(
            "La jefa de Pediatría del hospital, la doctora Inés Salcedo, lo resume "
            "así: “Este invierno hemos visto el doble de bronquiolitis”.",
            "el doble de bronquiolitis",
            "Inés Salcedo",
        ),
    ),
    (
        "es-health-dropped-subject-lamenta",
        _case(
            "En el centro de salud de Villaverde Alto faltan tres médicos de familia. "
            "El coordinador, Javier Morcillo, atiende cada día a más de sesenta "
            "pacientes con la ayuda de la enfermera Rosa Llamas. «Así no se hace "
            "medicina, se hace papeleo», lamenta.",
            "se hace papeleo",
            "Javier Morcillo",
        ),
    ),
    (
        "es-markets-analyst-apunta",
        _case(
            "«Los resultados superan lo que esperaba el consenso, pero la deuda sigue "
            "preocupando», apunta Lucía Ferrer, analista de Renta Ibérica.",
            "la deuda sigue preocupando",
            "Lucía Ferrer",
        ),
    ),
    (
        "es-earnings-ceo-partial-aseguro",
        _case(
            "El consejero delegado de Grupo Alvarán, Ignacio Beltrán, aseguró durante "
            "la presentación de resultados que la compañía no venderá «ni un solo "
            "hotel» este año.",
            "ni un solo hotel",
            "Ignacio Beltrán",
        ),
    ),
    (
        "es-central-bank-role-noun-gobernador",
        _case(
            "El gobernador del banco central, Rafael Ugarte, compareció junto a la "
            "subgobernadora, Elena Vidal. «La inflación ya no es nuestro principal "
            "riesgo», afirmó el gobernador.",
            "nuestro principal riesgo",
            "Rafael Ugarte",
        ),
    ),
    (
        "es-markets-explico-a-efe",
        _case(
            "«El mercado ya ha descontado la subida de tipos», explicó a EFE Sergio "
            "Lanza, director de inversiones de una gestora madrileña.",
            "ya ha descontado la subida",
            "Sergio Lanza",
        ),
    ),
    (
        "es-weather-forecaster-advierte",
        _case(
            "«En la costa de Castellón puede llover en dos días lo que llueve en medio "
            "año», advierte Marta Osuna, portavoz de la Aemet.",
            "lo que llueve en medio año",
            "Marta Osuna",
        ),
    ),
    (
        "es-rescue-role-noun-bombero",
        _case(
            "Los bomberos tardaron seis horas en llegar a la última vivienda aislada. "
            "El sargento Óscar Redondo fue el primero en entrar por la ventana. «La "
            "señora estaba sentada a la mesa de la cocina, con el agua por la "
            "cintura», relata el bombero.",
            "con el agua por la cintura",
            "Óscar Redondo",
        ),
    ),
    (
        "es-witness-cuenta-vecina",
        _case(
            "«Fue como un trueno dentro de casa, y después solo polvo», cuenta Carmen "
            "Ruiz, vecina del edificio de enfrente.",
            "un trueno dentro de casa",
            "Carmen Ruiz",
        ),
    ),
    (
        "es-local-role-noun-padre-shop",
        _case(
            "Antonio Merino y su hija Laura regentan la mercería de la calle Real "
            "desde 1987. «Desde que abrió el centro comercial, aquí solo entran los de "
            "siempre», se queja el padre.",
            "solo entran los de siempre",
            "Antonio Merino",
        ),
    ),
    (
        "es-local-pronoun-el-mayor-and-councillor",
        _case(
            "El alcalde de Torrejón del Río, Fermín Ayala, y la concejala de Obras, "
            "Begoña Salas, visitaron el socavón de la avenida. «Estará reparado antes "
            "de las fiestas», prometió él.",
            "antes de las fiestas",
            "Fermín Ayala",
        ),
    ),
    (
        "es-police-segun-fuentes",
        _case(
            "El sospechoso, según fuentes de la comandancia de Teruel, «llevaba "
            "semanas vigilando la sucursal».",
            "llevaba semanas vigilando",
            "fuentes de la comandancia de Teruel",
        ),
    ),
    (
        "es-police-anonymous-agent-aside-conto-que",
        _case(
            "Un agente de la Policía Local de Getafe, que pidió no ser identificado, "
            "contó que el conductor «no recordaba ni cómo había llegado a la rotonda».",
            "cómo había llegado a la rotonda",
            "Un agente",
        ),
    ),
    (
        "es-education-teacher-sostiene",
        _case(
            "«Los chavales no leen menos; leen en otros sitios», sostiene Pilar "
            "Domínguez, profesora de Lengua en un instituto de Vallecas.",
            "leen en otros sitios",
            "Pilar Domínguez",
        ),
    ),
    (
        "es-education-inverted-subject-then-la-joven",
        _case(
            "El rector de la Universidad de Valderrobles, Tomás Aguirre, bajó a hablar "
            "con los estudiantes encerrados. En nombre de los encerrados habló Andrea "
            "Gil, alumna de Historia. «No vamos a tolerar otra subida de tasas», "
            "advirtió la joven.",
            "otra subida de tasas",
            "Andrea Gil",
        ),
    ),
    (
        "es-religion-obispo-pidio-partial",
        _case(
            "En su homilía, el obispo de Alcorzo, monseñor Julián Ortega, pidió a los "
            "fieles «llamar a la puerta del vecino que vive solo».",
            "del vecino que vive solo",
            "Julián Ortega",
        ),
    ),
    (
        "es-religion-role-noun-sacerdote-sacristan",
        _case(
            "El padre Eusebio Lara lleva cuarenta años al frente de la parroquia de "
            "San Lorenzo. Su sacristana, Maruja Pons, lo conoce mejor que nadie. «Aquí "
            "nunca se le ha cerrado la puerta a nadie», asegura el sacerdote.",
            "nunca se le ha cerrado la puerta",
            "Eusebio Lara",
        ),
    ),
    (
        "es-tech-se-lee-en-el-comunicado",
        _case(
            "«Las tarjetas de nuestros clientes nunca estuvieron al alcance de los "
            "intrusos», se lee en el comunicado difundido por la plataforma Vendalia.",
            "al alcance de los intrusos",
            "el comunicado difundido por la plataforma Vendalia",
        ),
    ),
    (
        "es-tech-launch-founder-colon",
        _case(
            "La fundadora de Klikoa, Irene Zubiri, subió al escenario con el nuevo "
            "teléfono en la mano: «Lo hemos diseñado para que dure siete años».",
            "para que dure siete años",
            "Irene Zubiri",
        ),
    ),
    (
        "es-transport-union-avisa-apposition",
        _case(
            "«Si Renfe no cumple lo firmado, habrá huelga en plena Semana Santa», "
            "avisó el secretario general del sindicato de maquinistas en Andalucía, "
            "Diego Moreno.",
            "huelga en plena Semana Santa",
            "Diego Moreno",
        ),
    ),
    (
        "es-airline-surname-rueda-de-prensa",
        _case(
            "La aerolínea Celeste Air canceló ayer 43 vuelos por la huelga de "
            "tripulantes. Su director de operaciones, Miguel Ángel Soto, pidió "
            "disculpas a los pasajeros afectados. «Entendemos el enfado y vamos a "
            "compensar a todos», dijo Soto en rueda de prensa.",
            "vamos a compensar a todos",
            "Soto",
        ),
    ),
    (
        "es-obituary-son-colon",
        _case(
            "Murió el pintor Eladio Arrieta a los 94 años. Su hijo, Pablo Arrieta, lo "
            "despidió con una frase: «Pintaba como quien respira, sin darse cuenta».",
            "como quien respira",
            "Pablo Arrieta",
        ),
    ),
    (
        "es-obituary-dropped-subject-co-star",
        _case(
            "La actriz Conchita Valverde falleció el domingo en Madrid. Su compañera "
            "de reparto durante tres décadas, Amparo Ledesma, no pudo contener las "
            "lágrimas ante las cámaras. «Era generosa en el escenario y fuera de él», "
            "ha dicho.",
            "generosa en el escenario",
            "Amparo Ledesma",
        ),
    ),
    (
        "es-feature-alternating-explica-ella",
        _case(
            "En el puesto de churros de la plaza, Rosario Benítez y su marido, Julián, "
            "se turnan desde las cinco de la mañana. «Él amasa y yo frío, y así "
            "llevamos treinta años», explica ella. «Y nunca nos hemos peleado por la "
            "masa», añade Julián.",
            "así llevamos treinta años",
            "Rosario",
        ),
    ),
    (
        "es-liveblog-guardia-civil-en-x",
        _case(
            "12:45 — «Los dos montañeros del Aneto ya están en el helicóptero, sanos y "
            "salvos», informa la Guardia Civil en su cuenta de X.\n\n"
            "12:30 — Continúa la búsqueda del tercer montañero, un vecino de Huesca de "
            "52 años.",
            "ya están en el helicóptero",
            "la Guardia Civil",
        ),
    ),
    (
        "es-social-escribio-en-x-colon",
        _case(
            "El cocinero Dani Recalde escribió en X tras perder su estrella: "
            "«Seguiremos cocinando igual, para la gente de aquí».",
            "para la gente de aquí",
            "Dani Recalde",
        ),
    ),
    (
        "es-social-publico-en-instagram-inverted",
        _case(
            "«Hoy cierro una etapa preciosa», publicó en Instagram la bailarina Sara "
            "Benítez, que deja la compañía tras doce temporadas.",
            "cierro una etapa preciosa",
            "Sara Benítez",
        ),
    ),
    (
        "es-science-surname-senala-two-scientists",
        _case(
            "El equipo del oceanógrafo Luis Cabrera y de la bióloga Ana Toledo ha "
            "hallado corales vivos a 900 metros de profundidad. «Nadie esperaba "
            "encontrar vida tan al fondo», señala Toledo.",
            "vida tan al fondo",
            "Toledo",
        ),
    ),
    (
        "es-health-califico-de-partial",
        _case(
            "La consejera de Sanidad, Rocío Almansa, calificó de «inasumible» la lista "
            "de espera en traumatología del hospital comarcal.",
            "inasumible",
            "Rocío Almansa",
        ),
    ),
    (
        "es-interview-dash-turn-responde",
        _case(
            "Ramón Valls cultiva almendros en Alcañiz desde niño. La granizada del "
            "martes lo dejó sin nada.\n\n"
            "—¿Cuánto ha perdido?\n\n"
            "—Todo —responde Valls—. La cosecha entera, y parte de los árboles.",
            "La cosecha entera",
            "Valls",
        ),
    ),
    (
        "es-local-neighbours-plural-denuncian",
        _case(
            "Los vecinos del barrio de San Blas llevan un mes sin ascensor en el "
            "bloque 14. «Hay personas mayores que no han pisado la calle desde "
            "entonces», denuncian.",
            "no han pisado la calle",
            "Los vecinos",
        ),
    ),
    (
        "es-police-dash-incise-inside-quote",
        _case(
            "«El agresor conocía a la víctima —explicó el comisario Alberto Rey—, y ya "
            "había sido denunciado antes».",
            "ya había sido denunciado",
            "Alberto Rey",
        ),
    ),
    (
        "es-education-colon-across-paragraph",
        _case(
            "La directora del colegio Virgen del Carmen, María José Pardo, envió el "
            "viernes una carta a las familias:\n\n"
            "«A partir del lunes, el comedor volverá a funcionar con normalidad».",
            "el comedor volverá a funcionar",
            "María José Pardo",
        ),
    ),
    (
        "es-culture-relative-definio-como",
        _case(
            "Las palabras del comisario de la exposición, Hugo Barrena, que definió la "
            "muestra como «un viaje sin mapa», abrieron la inauguración.",
            "un viaje sin mapa",
            "Hugo Barrena",
        ),
    ),
    (
        "es-tech-segun-la-compania-body-noun",
        _case(
            "La tecnológica Nubaria retiró el martes la última actualización de su "
            "aplicación. Según la compañía, el parche «corrige un fallo que agotaba la "
            "batería en pocas horas».",
            "agotaba la batería",
            "la compañía",
        ),
    ),
    (
        "es-transport-taxi-drivers-gritaban",
        _case(
            "Cientos de taxistas cortaron ayer el paseo de la Castellana. «No estamos "
            "contra nadie, estamos por nuestro pan», gritaban frente al ministerio.",
            "estamos por nuestro pan",
            "taxistas",
        ),
    ),
    (
        "es-obituary-despidio-en-x-colon",
        _case(
            "El músico Chema Duarte despidió en X a su compañero de banda, fallecido "
            "el sábado: «Te debo cada canción que he escrito».",
            "cada canción que he escrito",
            "Chema Duarte",
        ),
    ),
    (
        "es-feature-multi-paragraph-reopened-raquo",
        _case(
            "Felisa Olmedo tiene 79 años y acaba de terminar el bachillerato.\n\n"
            "«Mi padre decía que las chicas no necesitaban estudiar. Le hice caso "
            "demasiado tiempo.\n\n"
            "»Ahora quiero matricularme en Historia», cuenta desde la cocina de su "
            "casa en Cuenca.",
            "matricularme en Historia",
            "Felisa Olmedo",
        ),
    ),
    (
        "es-business-surname-dijo-a-reuters",
        _case(
            "La presidenta de la patronal hotelera, Olga Medina, y el consejero de "
            "Turismo, Alberto Ruano, se reunieron el lunes. «La temporada de invierno "
            "será la mejor de la historia», dijo Medina a Reuters.",
            "la mejor de la historia",
            "Medina",
        ),
    ),
    (
        "es-religion-imam-fue-claro-colon",
        _case(
            "El imán de la mezquita del barrio, Abdelkader Ziani, fue claro: «La fe "
            "nunca puede servir de excusa para el odio».",
            "excusa para el odio",
            "Abdelkader Ziani",
        ),
    ),
    (
        "es-liveblog-dropped-subject-across-entries",
        _case(
            "13:05 — Decenas de repartidores esperan en la puerta con pancartas.\n\n"
            "13:10 — Llega al juzgado el fundador de la aplicación de reparto "
            "Rapidito, Carlos Mena.\n\n"
            "13:12 — «No he robado nada a nadie y los papeles lo demostrarán», dice a "
            "los periodistas antes de entrar.",
            "los papeles lo demostrarán",
            "Carlos Mena",
        ),
    ),
]


GERMAN: list[tuple[str, Case]] = [
    (
        "de-review-sagt-regisseurin",
        _case(
            "„Ich wollte einen Film über das Schweigen drehen“, sagt Regisseurin "
            "Judith Albers über ihr Debüt, das am Donnerstag in den Kinos startet.",
            "Film über das Schweigen",
            "Judith Albers",
        ),
    ),
    (
        "de-concert-pronoun-er-colon-conductor-violinist",
        _case(
            "Der Dirigent Matthias Kessler und die Geigerin Lena Vogt traten am "
            "Samstag gemeinsam in der Stadthalle auf. Nach der Zugabe wandte er sich "
            "ans Publikum: „Diese Akustik ist ein Geschenk.“",
            "Diese Akustik ist ein Geschenk",
            "Matthias Kessler",
        ),
    ),
    (
        "de-book-so-die-autorin",
        _case(
            "„Ich schreibe, weil ich sonst schreien müsste“, so die Autorin Hanna "
            "Peters bei ihrer Lesung in Göttingen.",
            "sonst schreien müsste",
            "Hanna Peters",
        ),
    ),
    (
        "de-science-erklaerte-studienleiter",
        _case(
            "„Die Effekte sind deutlich größer, als wir erwartet hatten“, erklärte "
            "Studienleiter Tobias Brandner vom Institut für Schlafmedizin in "
            "Regensburg.",
            "deutlich größer, als wir erwartet",
            "Tobias Brandner",
        ),
    ),
    (
        "de-health-sagt-sie-doctor-and-nurse",
        _case(
            "In der Notaufnahme des Klinikums Rheinbach warten Patienten oft "
            "stundenlang. Oberärztin Sabine Krüger arbeitet dort seit zwölf Jahren, "
            "gemeinsam mit Pfleger Jonas Adler. „Wir stapeln die Tragen inzwischen im "
            "Flur“, sagt sie.",
            "Tragen inzwischen im Flur",
            "Sabine Krüger",
        ),
    ),
    (
        "de-earnings-call-fronted-adverbial-colon",
        _case(
            "In der Telefonkonferenz mit Analysten gab sich Konzernchef Ralf Dietrich "
            "zuversichtlich: „Das zweite Halbjahr wird deutlich stärker.“",
            "Das zweite Halbjahr",
            "Ralf Dietrich",
        ),
    ),
    (
        "de-central-bank-zufolge",
        _case(
            "Notenbankchef Karl Weidner zufolge hat die Teuerung ihren Gipfel „noch "
            "nicht hinter sich“.",
            "noch nicht hinter sich",
            "Karl Weidner",
        ),
    ),
    (
        "de-markets-anonymous-trader",
        _case(
            "„Vor den Arbeitsmarktdaten aus den USA will niemand große Positionen "
            "eingehen“, sagte ein Händler in Frankfurt.",
            "große Positionen eingehen",
            "ein Händler",
        ),
    ),
    (
        "de-weather-warnte-dwd-meteorologe",
        _case(
            "„Am Alpenrand kann in zwei Tagen so viel Regen fallen wie sonst in zwei "
            "Monaten“, warnte DWD-Meteorologe Florian Busch.",
            "wie sonst in zwei Monaten",
            "Florian Busch",
        ),
    ),
    (
        "de-rescue-surname-berichtete",
        _case(
            "Die Bergwacht war bis zum Morgengrauen am Hochkalter unterwegs, um zwei "
            "vermisste Wanderer zu finden. Einsatzleiter Peter Lindner koordinierte "
            "die Teams vom Tal aus, unterstützt von Hubschrauberpilotin Maren Ost. "
            "„Wir haben sie gegen sechs Uhr gefunden, unterkühlt, aber ansprechbar“, "
            "berichtete Lindner.",
            "unterkühlt, aber ansprechbar",
            "Lindner",
        ),
    ),
    (
        "de-witness-schildert-anwohnerin",
        _case(
            "„Erst hat es gezischt, dann stand der Dachstuhl in Flammen“, schildert "
            "Anwohnerin Gisela Brandt.",
            "stand der Dachstuhl in Flammen",
            "Gisela Brandt",
        ),
    ),
    (
        "de-local-baker-rechnet-er-vor",
        _case(
            "Bäckermeister Uwe Hartmann führt seinen Laden in der Lindenstraße seit "
            "1988. Seine Frau Petra steht an der Kasse. Seit die Baustelle vor der Tür "
            "liegt, kommen kaum noch Kunden. „Wir verlieren jeden Monat ein Drittel "
            "des Umsatzes“, rechnet er vor.",
            "ein Drittel des Umsatzes",
            "Uwe Hartmann",
        ),
    ),
    (
        "de-local-wie-mayor-mitteilte",
        _case(
            "Wie Bürgermeisterin Karin Seidel am Dienstag mitteilte, soll das Freibad "
            "„spätestens im Juni“ wieder öffnen.",
            "spätestens im Juni",
            "Karin Seidel",
        ),
    ),
    (
        "de-police-laut-polizei",
        _case(
            "Laut Polizei hatte der 19-jährige Fahrer des Lieferwagens „deutlich zu "
            "schnell“ überholt.",
            "deutlich zu schnell",
            "Polizei",
        ),
    ),
    (
        "de-police-pronoun-er-anonymous-spokesman",
        _case(
            "Die Kasseler Polizei hat einen 41-jährigen Paketboten gefasst, der seit "
            "Wochen gesucht wurde. Ein Polizeisprecher bestätigte die Festnahme am "
            "Morgen. „Er ließ sich ohne jede Gegenwehr abführen“, sagte er.",
            "ohne jede Gegenwehr",
            "Polizeisprecher",
        ),
    ),
    (
        "de-education-colon-schulleiterin",
        _case(
            "Schulleiterin Anja Wolff hält nichts von einem Handyverbot: „Wir müssen "
            "den Kindern den Umgang beibringen, nicht das Gerät wegnehmen.“",
            "den Umgang beibringen",
            "Anja Wolff",
        ),
    ),
    (
        "de-education-two-unions-haelt-dagegen",
        _case(
            "Die Bildungsgewerkschaft und der Philologenverband streiten über die "
            "Reform. Landeschefin Doris Kampe nennt sie „ein Sparprogramm im "
            "Schafspelz“. Verbandschef Ulrich Sommer hält dagegen: „Endlich bewegt "
            "sich etwas.“",
            "Endlich bewegt sich etwas",
            "Ulrich Sommer",
        ),
    ),
    (
        "de-religion-bishop-rief-auf",
        _case(
            "In seiner Weihnachtspredigt rief Bischof Albrecht Kühn die Gläubigen dazu "
            "auf, „an den Festtagen auch an die Nachbarn zu denken, die keiner "
            "besucht“.",
            "die keiner besucht",
            "Albrecht Kühn",
        ),
    ),
    (
        "de-religion-role-noun-pfarrerin-imam",
        _case(
            "Pfarrerin Ute Schramm und Imam Murat Aydın haben gemeinsam einen Raum der "
            "Stille im Krankenhaus eingerichtet. „Hier soll jeder zur Ruhe kommen, "
            "egal woran er glaubt“, sagt die Pfarrerin.",
            "egal woran er glaubt",
            "Ute Schramm",
        ),
    ),
    (
        "de-tech-erklaerte-mitteilung-konjunktiv",
        _case(
            "Der Softwarekonzern Datamar erklärte in einer Mitteilung, es seien „keine "
            "Kundendaten abgeflossen“.",
            "keine Kundendaten abgeflossen",
            "Datamar",
        ),
    ),
    (
        "de-tech-heisst-es-in-der-pressemitteilung",
        _case(
            "„Wir haben das Gerät von Grund auf neu gedacht“, heißt es in der "
            "Pressemitteilung von Voltwerk.",
            "von Grund auf neu gedacht",
            "Pressemitteilung von Voltwerk",
        ),
    ),
    (
        "de-transport-strike-kuendigte-an",
        _case(
            "„Solange die Bahn kein verhandelbares Angebot vorlegt, wird gestreikt“, "
            "kündigte der Bezirksvorsitzende der Lokführergewerkschaft, Sven "
            "Rademacher, an.",
            "wird gestreikt",
            "Sven Rademacher",
        ),
    ),
    (
        "de-airline-sprecherin-gegenueber-dpa",
        _case(
            "Eine Sprecherin der Fluggesellschaft Nordwind Air sagte gegenüber dpa, "
            "die gestrandeten Urlauber würden „spätestens am Mittwoch heimgeflogen“.",
            "spätestens am Mittwoch",
            "Eine Sprecherin",
        ),
    ),
    (
        "de-obituary-tochter-beschrieb-als",
        _case(
            "Der Schauspieler Gerd Wiegand ist im Alter von 87 Jahren gestorben. Seine "
            "Tochter Claudia beschrieb ihn als „einen Mann, der nie aufgehört hat zu "
            "spielen“.",
            "nie aufgehört hat zu spielen",
            "Claudia",
        ),
    ),
    (
        "de-obituary-er-galerist-der-zeitung",
        _case(
            "Die Malerin Ingrid Falk ist am Freitag in Lübeck gestorben. Ihr Galerist "
            "Bernd Ohlsen hatte sie vor 40 Jahren entdeckt. „Ihre Bilder waren leise, "
            "aber sie haben sich nie angebiedert“, sagte er der Zeitung.",
            "nie angebiedert",
            "Bernd Ohlsen",
        ),
    ),
    (
        "de-feature-alternating-protestiert-ihr-mann",
        _case(
            "Seit 50 Jahren führen Erika und Heinz Möller den Kiosk am Hafen. „Er "
            "redet, ich rechne“, sagt Erika Möller und lacht. „Stimmt gar nicht, ich "
            "rechne auch“, protestiert ihr Mann.",
            "Stimmt gar nicht",
            "ihr Mann",
        ),
    ),
    (
        "de-liveblog-uhr-landrat",
        _case(
            "12:45 Uhr – „Die Lage an der Oder bleibt angespannt“, sagt Landrat Holger "
            "Menz. Der Pegel steige weiter.\n\n"
            "12:30 Uhr – Die Bundesstraße zwischen Ratzdorf und Eisenhüttenstadt ist "
            "gesperrt.",
            "Lage an der Oder bleibt",
            "Holger Menz",
        ),
    ),
    (
        "de-social-auf-x-schrieb-colon",
        _case(
            "Auf X schrieb die Virologin Katrin Seeler: „Wer jetzt von Entwarnung "
            "spricht, hat die Zahlen nicht gelesen.“",
            "die Zahlen nicht gelesen",
            "Katrin Seeler",
        ),
    ),
    (
        "de-social-postete-auf-instagram",
        _case(
            "„Danke für alles, Hamburg!“, postete Sängerin Mia Lorenz am Sonntag auf Instagram.",
            "Danke für alles, Hamburg",
            "Mia Lorenz",
        ),
    ),
    (
        "de-science-surname-two-researchers",
        _case(
            "Das Team um die Klimaforscherin Eva Lindqvist und den Geologen Martin "
            "Rauh hat Bohrkerne aus der Antarktis ausgewertet. „Das Eis erinnert sich "
            "an jede Warmphase“, sagt Lindqvist.",
            "erinnert sich an jede Warmphase",
            "Lindqvist",
        ),
    ),
    (
        "de-feature-multi-paragraph-erzaehlt-sie",
        _case(
            "Johanna Beck hat mit 71 Jahren ihren ersten Marathon beendet.\n\n"
            "„Bei Kilometer 30 wollte ich aufhören. Dann hat mir eine Frau am "
            "Straßenrand eine Banane gereicht.\n\n"
            "„Ohne diese Banane wäre ich nie ins Ziel gekommen“, erzählt sie.",
            "Ohne diese Banane",
            "Johanna Beck",
        ),
    ),
    (
        "de-business-surname-ergaenzte-colon",
        _case(
            "Betriebsratschef Frank Otte und Werksleiterin Simone Haas stellten den "
            "Plan am Montag der Belegschaft vor. Otte sprach von einem „schmerzhaften, "
            "aber fairen Kompromiss“. Haas ergänzte: „Kein Standort wird geschlossen.“",
            "Kein Standort wird geschlossen",
            "Haas",
        ),
    ),
    (
        "de-flood-konjunktiv-after-mayor",
        _case(
            "Landrätin Petra Sievers besuchte am Nachmittag die Notunterkunft. Der "
            "Bürgermeister von Altenbrück, Jens Köhler, hat am Abend Bilanz gezogen. "
            "Die Feuerwehr sei „seit 30 Stunden im Dauereinsatz“, im Unterdorf stünden "
            "alle Keller unter Wasser.",
            "seit 30 Stunden im Dauereinsatz",
            "Jens Köhler",
        ),
    ),
    (
        "de-swiss-guillemets-museum-director",
        _case(
            "«Mit so vielen Besuchern haben wir nicht gerechnet», sagt Museumsdirektor "
            "Beat Zürcher. Die Ausstellung wird deshalb bis Ende März verlängert.",
            "so vielen Besuchern",
            "Beat Zürcher",
        ),
    ),
    (
        "de-transport-chevrons-klagt-pendlerin",
        _case(
            "»Seit Wochen fällt jeder dritte Zug aus«, klagt Pendlerin Laura Stein, "
            "die täglich von Celle nach Hannover fährt.",
            "jeder dritte Zug",
            "Laura Stein",
        ),
    ),
]


ENGLISH: list[tuple[str, Case]] = [
    (
        "en-review-said-director-straight-quotes",
        _case(
            '"I wanted the audience to feel the cold in their bones," said director '
            "Maya Okafor, whose film opens Friday in limited release.",
            "feel the cold in their bones",
            "Maya Okafor",
        ),
    ),
    (
        "en-concert-he-said-pianist-and-soprano",
        _case(
            "Pianist Daniel Reyes shared the stage with soprano Clara Whitfield on "
            "Saturday night. Before the encore, he leaned into the microphone. “This "
            "hall has been good to me for twenty years,” he said.",
            "good to me for twenty years",
            "Daniel Reyes",
        ),
    ),
    (
        "en-book-continuation-after-surname",
        _case(
            "Novelist Priya Raman, whose editor, Colm Byrne, calls it her best work, "
            "spent a decade on her new book, a family saga set in a Madras textile "
            "mill. “I kept throwing chapters away,” Raman said. “The mill refused to "
            "be a backdrop.”",
            "refused to be a backdrop",
            "Raman",
        ),
    ),
    (
        "en-science-according-to-lead-author",
        _case(
            "According to lead author Dr. Helen Marsh, a marine biologist in Hobart, "
            "the reef “bounced back faster than any of our models predicted.”",
            "faster than any of our models",
            "Helen Marsh",
        ),
    ),
    (
        "en-health-told-reporters-surgeon",
        _case(
            "“We are seeing teenagers with injuries we used to see only in roofers,” "
            "Dr. Samuel Ortiz, an orthopedic surgeon at Lakeview Regional, told "
            "reporters.",
            "only in roofers",
            "Samuel Ortiz",
        ),
    ),
    (
        "en-health-she-said-nurse-and-pharmacist",
        _case(
            "Nurse practitioner Angela Brooks runs the only clinic in Harlan Fork, "
            "with help from a part-time pharmacist, Tom Keane. Some patients drive "
            "ninety minutes to see her. “People wait until they can’t walk before they "
            "come in,” she said.",
            "until they can’t walk",
            "Angela Brooks",
        ),
    ),
    (
        "en-markets-analyst-said-inverted",
        _case(
            "“The guidance was conservative, and the market punished it,” said Rachel "
            "Nguyen, an analyst at Harbor Point Securities.",
            "the market punished it",
            "Rachel Nguyen",
        ),
    ),
    (
        "en-earnings-call-partial-chief-executive",
        _case(
            "On a call with analysts, Chief Executive Mark Halvorsen said demand for "
            "the company’s chest freezers was “holding up better than we feared.”",
            "holding up better than we feared",
            "Mark Halvorsen",
        ),
    ),
    (
        "en-central-bank-role-noun-governor",
        _case(
            "Governor Alan Pritchard and his deputy, Susan Mbeki, faced lawmakers for "
            "three hours on Tuesday. “Inflation is cooling, but I am not ready to pop "
            "any champagne,” the governor said.",
            "pop any champagne",
            "Alan Pritchard",
        ),
    ),
    (
        "en-markets-anonymous-trader",
        _case(
            "“Everybody is sitting on their hands until the jobs number,” said a "
            "currency trader at a mid-sized London bank.",
            "sitting on their hands",
            "a currency trader",
        ),
    ),
    (
        "en-weather-warned-meteorologist",
        _case(
            "“This storm is going to stall over the coast, and that is the scenario we "
            "dread,” warned Kevin Doyle, a meteorologist with the National Weather "
            "Service in Mobile.",
            "stall over the coast",
            "Kevin Doyle",
        ),
    ),
    (
        "en-rescue-continuation-firefighter",
        _case(
            "Rescue crews freed a 7-year-old girl trapped beneath a collapsed "
            "stairwell late Tuesday. Firefighter Luis Carrillo was the first to reach "
            "her. “She was singing to herself to stay calm,” Carrillo said. “I’ll "
            "never forget that.”",
            "never forget that",
            "Carrillo",
        ),
    ),
    (
        "en-witness-said-age-apposition",
        _case(
            "“It sounded like somebody dropped a truck on the roof,” said Donna "
            "Pruitt, 63, who rode out the tornado in her bathtub.",
            "dropped a truck on the roof",
            "Donna Pruitt",
        ),
    ),
    (
        "en-local-role-noun-the-owner",
        _case(
            "Gus Petrakis has run the diner on Main Street since 1979, and his "
            "daughter Eleni now keeps the books. “The bypass took half our breakfast "
            "crowd,” the owner said.",
            "half our breakfast crowd",
            "Gus Petrakis",
        ),
    ),
    (
        "en-local-mayor-wrote-on-facebook-partial",
        _case(
            "Mayor Linda Castellano wrote on Facebook that the boil-water notice would "
            "“stay in place until every last test comes back clean.”",
            "every last test comes back clean",
            "Linda Castellano",
        ),
    ),
    (
        "en-police-chief-written-statement-partial",
        _case(
            "Police Chief Raymond Soto, in a written statement, said the officer would "
            "stay off patrol duty “while the review runs its course.”",
            "the review runs its course",
            "Raymond Soto",
        ),
    ),
    (
        "en-education-surname-teacher-and-principal",
        _case(
            "At Pine Hollow Elementary, third-grade teacher Beth Lowry and the "
            "principal, Marcus Hill, have banned phones at lunch. “The kids actually "
            "talk to each other now,” Lowry said.",
            "actually talk to each other",
            "Lowry",
        ),
    ),
    (
        "en-education-put-it-bluntly-colon",
        _case(
            "Superintendent Janet Okoye put it bluntly: “We cannot keep eleven "
            "half-empty schools open.”",
            "eleven half-empty schools",
            "Janet Okoye",
        ),
    ),
    (
        "en-religion-the-rev-inverted",
        _case(
            "“Grief doesn’t keep office hours,” said the Rev. Thomas Greer, who has "
            "led the congregation at St. Brendan’s for twenty-two years.",
            "keep office hours",
            "Thomas Greer",
        ),
    ),
    (
        "en-tech-blog-post-company-partial",
        _case(
            "In a blog post, Lumina Labs blamed the four-hour outage on “a settings "
            "change that should never have reached our live servers.”",
            "reached our live servers",
            "Lumina Labs",
        ),
    ),
    (
        "en-tech-launch-she-said-two-executives",
        _case(
            "Onstage in San Jose, Vexa co-founder Priya Sandhu unveiled the company’s "
            "first headset, flanked by design chief Omar Haddad. “We built this for "
            "people who hate headsets,” she said.",
            "people who hate headsets",
            "Priya Sandhu",
        ),
    ),
    (
        "en-transport-uk-single-quotes-union",
        _case(
            "‘If management won’t come back to the table, the trains stop on Monday,’ "
            "said Dave Whitcombe, regional organiser for the drivers’ union.",
            "the trains stop on Monday",
            "Dave Whitcombe",
        ),
    ),
    (
        "en-airline-spokeswoman-partial",
        _case(
            "A Skyward Airlines spokeswoman said anyone stranded by the cancellations "
            "would be “rebooked automatically, free of charge.”",
            "rebooked automatically",
            "A Skyward Airlines spokeswoman",
        ),
    ),
    (
        "en-obituary-son-said-she-partial",
        _case(
            "Ellen Marsh, a newspaper photographer for four decades, died Sunday at "
            "89. Her son, Peter Marsh, said she “never went anywhere without a camera, "
            "including my wedding.”",
            "including my wedding",
            "Peter Marsh",
        ),
    ),
    (
        "en-obituary-family-statement",
        _case(
            "Walter Brandt, who ran the municipal pool in Ashford for 41 years, died "
            "Thursday. “He taught three generations of this town to swim, and he never "
            "charged a cent,” his family said in a statement.",
            "never charged a cent",
            "his family",
        ),
    ),
    (
        "en-feature-alternating-her-husband-added",
        _case(
            "Marge and Ted Olson have sold pumpkins from the same roadside stand for "
            "forty-one years. “He grows them, I sell them,” Marge said. “And she keeps "
            "the money,” Ted added with a grin.",
            "she keeps the money",
            "Ted",
        ),
    ),
    (
        "en-liveblog-sheriff-posted-on-x",
        _case(
            "12:45 p.m. — “We have located the second hiker and she is alive,” the "
            "county sheriff’s office posted on X.\n\n"
            "12:30 p.m. — Search teams have resumed with two helicopters.",
            "located the second hiker",
            "the county sheriff’s office",
        ),
    ),
    (
        "en-social-wrote-on-x-colon",
        _case(
            "Actor Jonah Whitley wrote on X: “To everyone who bought tickets for the "
            "tour, I am so sorry.”",
            "bought tickets for the tour",
            "Jonah Whitley",
        ),
    ),
    (
        "en-feature-multi-paragraph-reopened-quote",
        _case(
            "Rosa Delacroix opened her bakery in Duluth at 58, a year after her "
            "husband died.\n\n"
            "“I had never run anything bigger than a kitchen,” she said. “The bank "
            "laughed at me.\n\n"
            "“Now the bank orders its Christmas pies from me.”",
            "its Christmas pies",
            "Rosa Delacroix",
        ),
    ),
    (
        "en-science-she-said-lead-and-statistician",
        _case(
            "The study was led by Dr. Ines Carvalho, with statistician Paul Whitford "
            "handling the data. Carvalho cautioned against reading too much into it. "
            "“This is a correlation in one city, nothing more,” she said.",
            "a correlation in one city",
            "Carvalho",
        ),
    ),
]


# The misses left, each naming its construction.
KNOWN: dict[str, str] = {
    "en-local-role-noun-the-owner": (
        "a definite noun of person standing for a name introduced without it ('X has "
        "run the diner … the owner said') is not taken up"
    ),
    "fr-local-baker-colon-ne-decolere-pas": (
        "a fronted place phrase and a negated verb before the colon ('Derrière son "
        "comptoir, la boulangère X ne décolère pas :') give no speaker"
    ),
    "fr-tech-launch-role-noun-dirigeante": (
        "a definite noun of person that is a synonym or a more general noun than the "
        "one the name was introduced with ('La directrice produit, X … la "
        "dirigeante') is not taken up"
    ),
    "fr-feature-alternating-couple-plaisante-t-elle": (
        "a feminine pronoun after a man's turn ('complète son mari') is taken up as "
        "the man, not the woman named before"
    ),
    "fr-business-selon-lui-economist": (
        "'selon lui' takes up the company named first, not a possessive subject with "
        "an apposed name ('Son économiste en chef, X,')"
    ),
    "fr-culture-relative-qualifie-de": (
        "a relative clause inside the subject ('Les propos de la chorégraphe X, qui a"
        " qualifié … de « … »') does not credit its antecedent"
    ),
    "fr-weather-role-noun-specialiste": (
        "a definite noun of person that is a synonym or a more general noun than the "
        "one the name was introduced with ('le prévisionniste X … le spécialiste') is"
        " not taken up"
    ),
    "fr-education-decrit-comme-teacher-student": (
        "'la décrit comme « … »' after a possessive subject with an apposed name "
        "('Son professeur principal, X,') gives no speaker"
    ),
    "de-feature-alternating-protestiert-ihr-mann": (
        "an inverted possessive subject after a verb of manner ('protestiert ihr Mann') is not read"
    ),
    "it-tech-launch-founder-colon": (
        "a verb of showing before a colon, its subject a role with an apposed name "
        "('il fondatore di Lumeo, X, ha mostrato il visore:'), gives no speaker"
    ),
    "it-obituary-student-facebook-colon": (
        "a role with a modifier before its apposed name ('Il suo allievo più noto, "
        "X,') does not grow into the name"
    ),
    "it-human-interest-role-noun-nonna": (
        "a definite noun of kinship standing for a name introduced without it ('X "
        "compie cento anni … la nonna') is not taken up"
    ),
    "it-liveblog-dropped-subject-across-entries": (
        "a dropped subject in a live-blog entry takes up no one named as an inverted "
        "subject in the entry before ('Arriva … X')"
    ),
    "es-rescue-role-noun-bombero": (
        "a definite noun of person that is a synonym or a more general noun than the "
        "one the name was introduced with ('El sargento X … el bombero') is not taken"
        " up"
    ),
    "es-local-role-noun-padre-shop": (
        "a definite noun of kinship standing for a name introduced without it ('X y "
        "su hija … el padre') is not taken up"
    ),
    "es-education-inverted-subject-then-la-joven": (
        "a definite noun of person standing for an inverted subject named before "
        "('habló X, alumna de Historia … la joven') is not taken up"
    ),
    "es-obituary-dropped-subject-co-star": (
        "a dropped subject takes up the person named first, not the subject of the "
        "sentence before ('Su compañera …, X, no pudo contener')"
    ),
    "es-transport-taxi-drivers-gritaban": (
        "a plural dropped subject ('gritaban') takes up no plural noun phrase, the "
        "bare plural 'Cientos de taxistas' among them"
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


@pytest.mark.parametrize(("text", "quoted", "want", "reason"), params(GERMAN, KNOWN))
def test_german(text: str, quoted: str, want: str, reason: str | None) -> None:
    assert speaker_overlaps(text, quoted, want, "de")


@pytest.mark.parametrize(("text", "quoted", "want", "reason"), params(ENGLISH, KNOWN))
def test_english(text: str, quoted: str, want: str, reason: str | None) -> None:
    assert speaker_overlaps(text, quoted, want, "en")
