"""A second held-out probe: 257 sentences of our own in five languages.

Written in this round before any rule of it was run on them, in the
constructions newsrooms use (AP and Reuters style for English, dpa for German,
AFP, EFE and ANSA copy for the Romance languages): inverted and plain cues,
titles and appositions, source phrases, partial quotations, dropped subjects,
pronouns, clefts, colons and the sentences around a quotation.  A case passes
when the speaker mention overlaps the expected phrase, the scorer's own test of
a correct speaker.

On the code this round started from, 28 of the 257 failed; general mechanisms
written for them (each with its own test table) leave the 9 strict xfails
below, each naming the construction it misses.
"""

from __future__ import annotations

import pytest

from quote_helpers import case as _case
from quote_helpers import speaker_overlaps

ENGLISH = [
    _case(
        "Officials at the port said the cranes were idle. “We are waiting for parts,” said Dana "
        "Okafor, the terminal's operations chief.",
        "waiting for parts",
        "Dana Okafor",
    ),
    _case(
        "Governor Ruth Vance did not hold back on Tuesday. “This budget is a fantasy,” she told "
        "reporters.",
        "fantasy",
        "Ruth Vance",
    ),
    _case(
        "“We will appeal,” a lawyer for the family, Omar Haddad, said in a statement.",
        "appeal",
        "Omar Haddad",
    ),
    _case(
        "According to Lena Fischer, who heads the union's legal team, the deal “changes nothing "
        "for night workers.”",
        "night workers",
        "Lena Fischer",
    ),
    _case(
        "“It was chaos,” recalled Pedro Alves, 54, who has fished the bay for three decades.",
        "chaos",
        "Pedro Alves",
    ),
    _case(
        "The company's chief executive, Mark Ellery, called the ruling “a setback, not a defeat.”",
        "setback",
        "Mark Ellery",
    ),
    _case(
        "Asked whether he would run again, Senator Hal Brooks smiled. “Ask me in June,” he said.",
        "June",
        "Hal Brooks",
    ),
    _case(
        "“Nobody told us anything,” one resident, who asked that his name be kept out of print, "
        "said outside the shelter.",
        "Nobody",
        "one resident",
    ),
    _case(
        "In a post on social media, the mayor wrote: “The water is safe to drink.”",
        "water",
        "the mayor",
    ),
    _case("“We’re not going anywhere,” Coach Tina Marsh told the crowd.", "anywhere", "Tina Marsh"),
    _case(
        "“Three of our trucks were hit,” the aid group said in a statement on Monday.",
        "trucks",
        "the aid group",
    ),
    _case(
        "Rep. Alma Ortiz, D-Texas, said the bill was “dead on arrival.”", "dead on", "Alma Ortiz"
    ),
    _case(
        "“The first thing we did was count the boats,” said harbor master Ian Cole.\n\n“Then we "
        "counted the people.”",
        "counted the people",
        "Ian Cole",
    ),
    _case("“I don’t regret it,” Walsh, 61, said of his decision.", "regret", "Walsh"),
    _case(
        "“We need more nurses, not more managers,” said Priya Nair, a nurse at St. Mary’s "
        "hospital, adding that shifts had grown longer.",
        "nurses",
        "Priya Nair",
    ),
    _case(
        "Ms. Dunn declined to comment. Her lawyer, Paul Reyes, said: “My client has done nothing "
        "wrong.”",
        "My client",
        "Paul Reyes",
    ),
    _case(
        "Maria Santos has run the bakery for twenty years. She is worried.\n\n“If the rent goes up "
        "again, we close,” she said.",
        "rent goes up",
        "Maria Santos",
    ),
    _case(
        "“It is a good first step,” said Lena Ortiz, the council's budget chief. “But only a "
        "first step.”",
        "only a first",
        "Lena Ortiz",
    ),
    _case(
        "The senator did not answer directly. Instead, he pointed to the polls. “Look at the "
        "numbers,” Sen. Ray Dalton said.",
        "Look at",
        "Ray Dalton",
    ),
    _case(
        "Asked about the delay, the company said in an email that it was “reviewing all options.”",
        "reviewing",
        "the company",
    ),
    _case(
        "“You can’t eat promises,” said one farmer, Joe Pike, as he loaded his truck.",
        "promises",
        "Joe Pike",
    ),
    _case(
        "Police Chief Anna Roe told reporters the suspect was “known to officers.”",
        "known to",
        "Anna Roe",
    ),
    _case(
        "“We’ll see,” was all the coach would say.",
        "We’ll see",
        "the coach",
        "the construction 'was all X would say' is not read",
    ),
    _case(
        "In her speech, Prime Minister Ellen Shaw promised “a fair deal for every region.”",
        "fair deal",
        "Ellen Shaw",
    ),
    _case(
        "“We started with nothing,” Rosa Diaz said of the shelter she founded.\n\n“Now we feed "
        "three hundred people a day. Some nights more.\n\n“And still there is a line outside.”",
        "still there is a line",
        "Rosa Diaz",
    ),
    _case(
        "Dr. Omar Shah, who leads the trial, was cautious. “These are early results,” he said. "
        "“We need a larger study before anyone gets excited.”",
        "larger study",
        "Omar Shah",
    ),
    _case(
        "The union’s president, Carla Benn, and the company’s chief, Hugo Marsh, traded barbs. "
        "“They are lying,” Benn said. “We have offered more than anyone,” Marsh said.",
        "offered more",
        "Hugo Marsh",
    ),
    _case("“Are we ready? No,” the fire chief, Dan Lowe, admitted on Friday.", "ready", "Dan Lowe"),
    _case(
        "The minister struck a defiant tone in Parliament on Tuesday, telling lawmakers the plan "
        "would go ahead “whatever the cost.”",
        "whatever the cost",
        "The minister",
    ),
    _case(
        "Some residents were unconvinced. “I’ll believe it when I see it,” said Tom Fry, 72.",
        "believe it",
        "Tom Fry",
    ),
    _case(
        "“The city has failed these families,” the statement said. “We expect better.”",
        "expect better",
        "the statement",
    ),
    _case("“I never saw a dime of it,” Lopez told CNN on Sunday.", "dime", "Lopez"),
    _case(
        "“This is a sad day,” she wrote on X, referring to the closure. Mayor Dana Bell later "
        "deleted the post.",
        "sad day",
        "Dana Bell",
    ),
    _case(
        "Q: Why did you leave?\nA: “Because nobody listened,” said Ortiz.",
        "nobody listened",
        "Ortiz",
    ),
    _case(
        "“He told me, ‘Don’t come back,’” recalled Mina Park, 34.", "Don’t come back", "Mina Park"
    ),
    _case("The ruling, Judge Ann Kerr wrote, was “long overdue.”", "long overdue", "Ann Kerr"),
    _case(
        "Economists were blunt. “It’s a recession,” said Paul Gray of Westbank. Others were less "
        "sure.",
        "recession",
        "Paul Gray",
    ),
    _case(
        "“We will not be intimidated,” the group’s founder, Lila Moss, said in a video posted "
        "online.",
        "intimidated",
        "Lila Moss",
    ),
    _case(
        "A spokesman for the ministry, Ivan Petrov, called the report “pure fiction.”",
        "pure fiction",
        "Ivan Petrov",
    ),
    _case(
        "“We’re exhausted,” said one nurse. “We’ve been exhausted for two years,” said another.",
        "two years",
        "another",
    ),
    _case(
        "Mayor Lisa Grant called a press conference on Monday.\n\n“We have a plan,” she said. “And "
        "we have the money to pay for it.”",
        "money to pay",
        "Lisa Grant",
    ),
    _case(
        "“I was scared,” said Ana Lopez, 19. Her brother, Luis, said he “never saw it coming.”",
        "never saw it",
        "Luis",
    ),
    _case(
        "The governor’s office did not respond. A spokesman for the state party, Rick Dunn, said "
        "the claims were “baseless.”",
        "baseless",
        "Rick Dunn",
    ),
    _case(
        "“We will win this state,” Governor Mark Bell told supporters at a rally in Dayton.",
        "win this state",
        "Mark Bell",
    ),
    _case(
        "Senator Ruth Hale, in a tweet, called the plan “a giveaway to donors.”",
        "giveaway",
        "Ruth Hale",
    ),
    _case("Asked about the polls, Hale said she was “not worried at all.”", "not worried", "Hale"),
    _case(
        "The candidate has repeatedly called his rival “weak” and “a disaster.”",
        "a disaster",
        "The candidate",
    ),
    _case(
        "“It’s a rigged system,” he told a crowd in Erie, Pa., on Saturday. Mr. Drake has made "
        "the claim before.",
        "rigged system",
        "he",
    ),
    _case(
        "Drake’s campaign manager, Kelly Stone, said in a statement that the ad was “false and "
        "defamatory.”",
        "defamatory",
        "Kelly Stone",
    ),
    _case(
        "In an interview with the Gazette, Stone said the campaign had “nothing to hide.”",
        "nothing to hide",
        "Stone",
    ),
    _case(
        "“I’ve never seen anything like it,” said Carl Webb, a Republican strategist who advised "
        "two presidential campaigns.",
        "never seen",
        "Carl Webb",
    ),
    _case(
        "The senator was quoted as saying the bill would “never pass.”", "never pass", "The senator"
    ),
    _case(
        "“The road will be paved, and the county will cover the cost,” Drake said, to cheers.",
        "road will be paved",
        "Drake",
    ),
    _case(
        "Hale’s spokesman, Jon Ortiz, dismissed the report as “fiction.”",
        "fiction",
        "Jon Ortiz",
        "a name in the genitive before a role ends the subject at the name",
    ),
    _case(
        "The Drake campaign gave no reply when asked for comment. On Twitter, however, Drake "
        "wrote that the story was “fake news.”",
        "fake news",
        "Drake",
    ),
    _case(
        "“The economy is rigged,” said Hale, who is running for a third term. “Working people "
        "know it.”",
        "Working people",
        "Hale",
    ),
    _case(
        "Asked if he would accept the results, Drake replied: “We will cross that bridge later.”",
        "cross that bridge",
        "Drake",
    ),
    _case(
        "Former Vice President Ann Moore weighed in, calling the remarks “beneath the office.”",
        "beneath the office",
        "Ann Moore",
    ),
    _case(
        "“Nobody cares about farmers more than I do,” Drake insisted during the second debate.",
        "cares about farmers",
        "Drake",
    ),
    _case(
        "House Speaker Tom Reyes said Tuesday that he was “sickened” by the comments.",
        "sickened",
        "Tom Reyes",
    ),
    _case(
        "The memo, obtained by The Herald, describes the strategy as “high risk.”",
        "high risk",
        "The memo",
    ),
    _case(
        "Democrats were quick to pounce. “This is who he is,” said Rep. Lena Cruz of Nevada.",
        "who he is",
        "Lena Cruz",
    ),
    _case(
        "According to two people familiar with the talks, the deal is “all but done.”",
        "all but done",
        "two people familiar with the talks",
    ),
    _case(
        "“We are at breaking point,” said the hospital’s director, who called for “at least ten "
        "more nurses.”",
        "ten more nurses",
        "the hospital’s director",
    ),
]

GERMAN = [
    _case(
        "„Wir haben keine Wahl“, sagte Bürgermeisterin Anke Wolf am Montag.",
        "keine Wahl",
        "Anke Wolf",
    ),
    _case(
        "Der Vorstandschef von Brandt & Söhne, Jörg Lenz, erklärte: „Die Zahlen sind "
        "enttäuschend.“",
        "Zahlen",
        "Jörg Lenz",
    ),
    _case(
        "„Das ist ein schwarzer Tag für die Region“, so der Landrat.",
        "schwarzer Tag",
        "der Landrat",
    ),
    _case(
        "Nach Angaben von Polizeisprecher Tim Hauser wurde niemand verletzt. „Der Fahrer hatte "
        "großes Glück“, sagte Hauser.",
        "Glück",
        "Hauser",
    ),
    _case(
        "Die Ministerin zeigte sich zufrieden. „Wir sind auf einem guten Weg“, sagte sie.",
        "guten Weg",
        "Die Ministerin",
    ),
    _case(
        "„Es gibt keinen Plan B“, betonte Finanzminister Karl Deimel vor Journalisten in Berlin.",
        "Plan B",
        "Karl Deimel",
    ),
    _case(
        "Laut Feuerwehr brach das Feuer gegen drei Uhr aus. „Wir waren in zehn Minuten vor Ort“, "
        "sagte ein Sprecher.",
        "zehn Minuten",
        "ein Sprecher",
    ),
    _case(
        "Die Gewerkschaft Verdi kritisierte den Beschluss scharf. Er sei „ein Schlag ins Gesicht "
        "der Beschäftigten“, teilte die Gewerkschaft mit.",
        "Schlag",
        "die Gewerkschaft",
    ),
    _case(
        "„Ich habe mit so einem Ergebnis nicht gerechnet“, gab die Trainerin Sabine Kurz nach "
        "dem Spiel zu.",
        "Ergebnis",
        "Sabine Kurz",
    ),
    _case(
        "Der Anwalt des Angeklagten, Martin Fuchs, sprach von einem „fairen Urteil“.",
        "fairen Urteil",
        "Martin Fuchs",
    ),
    _case(
        "Auf die Frage, ob sie zurücktreten werde, antwortete Lisa Brandt: „Nein, auf keinen "
        "Fall.“",
        "keinen Fall",
        "Lisa Brandt",
    ),
    _case(
        "„Wir werden das prüfen“, kündigte ein Sprecher der Deutschen Bahn an.",
        "prüfen",
        "ein Sprecher der Deutschen Bahn",
    ),
    _case(
        "Wie die Stadtverwaltung mitteilte, soll die Brücke im Herbst „vollständig saniert“ "
        "werden.",
        "saniert",
        "die Stadtverwaltung",
    ),
    _case(
        "„Das war knapp“, meinte Kapitän Ole Hansen, als das Schiff im Hafen lag.",
        "knapp",
        "Ole Hansen",
    ),
    _case(
        "Die Forscherin Helga Maurer warnt: „Die Gletscher schmelzen schneller als erwartet.“",
        "Gletscher",
        "Helga Maurer",
    ),
    _case(
        "„Wir brauchen mehr Personal“, fordert der Betriebsratsvorsitzende Uwe Stein.",
        "Personal",
        "Uwe Stein",
    ),
    _case(
        "Kanzler Otto Brenner verteidigte den Plan. „Wir haben keine Alternative“, sagte er im "
        "Bundestag.",
        "Alternative",
        "Otto Brenner",
    ),
    _case(
        "„Die Lage ist ernst“, warnte der Präsident des Roten Kreuzes, Peter Mohr. „Wir brauchen "
        "Hilfe.“",
        "brauchen Hilfe",
        "Peter Mohr",
    ),
    _case(
        "Der Trainer war nach dem Spiel bedient. „So können wir nicht auftreten“, sagte Jens Falk.",
        "auftreten",
        "Jens Falk",
    ),
    _case(
        "„Das Geld fehlt an allen Ecken“, klagt die Schulleiterin Maria Berg.",
        "Geld fehlt",
        "Maria Berg",
    ),
    _case(
        "Die Bundesbank rechnet mit einem „deutlichen Rückgang“ der Wirtschaftsleistung.",
        "Rückgang",
        "Die Bundesbank",
        "a German partial quotation with no verb of saying in its clause gets no speaker",
    ),
    _case(
        "Er halte die Reform für „grundfalsch“, sagte der Oppositionsführer dem Sender.",
        "grundfalsch",
        "der Oppositionsführer",
    ),
    _case(
        "Laut dem Bürgermeister Hans Keller ist die Brücke „nicht mehr sicher“.",
        "nicht mehr sicher",
        "Hans Keller",
    ),
    _case(
        "„Wir sind sehr froh“, sagte eine Sprecherin der Klinik am Dienstag.",
        "sehr froh",
        "eine Sprecherin der Klinik",
    ),
    _case(
        "Innenministerin Petra Lang kündigte schärfere Kontrollen an. Man werde „mit aller "
        "Härte“ vorgehen, sagte sie am Montag.",
        "Härte",
        "Petra Lang",
    ),
    _case(
        "„Wir haben alles versucht“, erklärte der Einsatzleiter. Die Rettung habe mehr als zehn "
        "Stunden gedauert.",
        "alles versucht",
        "der Einsatzleiter",
    ),
    _case(
        "Wie der Sprecher weiter mitteilte, sei der Verdächtige „polizeibekannt“.",
        "polizeibekannt",
        "der Sprecher",
    ),
    _case(
        "„Das ist ein Skandal“, empörte sich die Grünen-Abgeordnete Sara Wendt im Landtag.",
        "Skandal",
        "Sara Wendt",
    ),
    _case(
        "Der Vorsitzende der Gewerkschaft, Frank Ebert, sieht das anders: „Die Beschäftigten "
        "zahlen die Zeche.“",
        "Zeche",
        "Der Vorsitzende der Gewerkschaft, Frank Ebert",
    ),
    _case(
        "Ministerpräsident Lutz Weber hält den Vorschlag für „nicht umsetzbar“.",
        "umsetzbar",
        "Lutz Weber",
    ),
    _case(
        "Die Polizei teilte mit: „Es gibt keine Hinweise auf eine Straftat.“",
        "Straftat",
        "Die Polizei",
    ),
    _case(
        "„Ich bin enttäuscht“, räumte Kapitän Tim Krause nach dem Abpfiff ein.",
        "enttäuscht",
        "Tim Krause",
    ),
    _case(
        "Die Ärztin Lea Sommer berichtet von „dramatischen Zuständen“ in der Notaufnahme.",
        "dramatischen",
        "Lea Sommer",
    ),
    _case(
        "„Wir prüfen alle Optionen“, hieß es aus dem Ministerium.", "Optionen", "dem Ministerium"
    ),
    _case(
        "Nach Ansicht des Experten Jan Vogt ist der Plan „zum Scheitern verurteilt“.",
        "Scheitern",
        "Jan Vogt",
    ),
    _case(
        "„Das ist nicht akzeptabel“, schrieb die Ministerin auf X.", "akzeptabel", "die Ministerin"
    ),
    _case(
        "Bürgermeister Klaus Brandt trat am Abend vor die Presse.\n\n„Wir haben die Lage im "
        "Griff“, sagte er. „Es besteht keine Gefahr.“",
        "keine Gefahr",
        "Klaus Brandt",
    ),
    _case(
        "Die Opposition reagierte empört. Von einem „Skandal“ sprach Grünen-Chefin Anna Lenz.",
        "Skandal",
        "Anna Lenz",
    ),
    _case(
        "„Ich trete nicht zurück“, betonte der Minister. Seine Partei stehe „geschlossen“ hinter "
        "ihm.",
        "geschlossen",
        "der Minister",
    ),
    _case(
        "Der Vorstand zeigte sich zuversichtlich: Man sei „auf einem guten Weg“.",
        "guten Weg",
        "Der Vorstand",
    ),
    _case(
        "Die Partei kritisierte, der Plan sei „völlig unausgegoren“.", "unausgegoren", "Die Partei"
    ),
    _case(
        "Umweltministerin Karin Roth sprach von einem „Durchbruch für den Klimaschutz“.",
        "Durchbruch",
        "Karin Roth",
    ),
    _case(
        "Gegenüber der „Welt“ sagte Roth: „Wir haben lange dafür gekämpft.“", "lange dafür", "Roth"
    ),
    _case(
        "„Der Schaden geht in die Millionen“, teilte das Landratsamt am Montag mit.",
        "Millionen",
        "das Landratsamt",
    ),
    _case(
        "„Die Ermittlungen laufen“, bestätigte eine Sprecherin der Staatsanwaltschaft Köln.",
        "Ermittlungen",
        "eine Sprecherin der Staatsanwaltschaft Köln",
    ),
    _case(
        "Der Trainer lobte seine Mannschaft: Sie habe „leidenschaftlich gekämpft“.",
        "leidenschaftlich",
        "Der Trainer",
    ),
    _case(
        "Dem Sender sagte der Bürgermeister, die Stadt sei „gut vorbereitet“.",
        "gut vorbereitet",
        "der Bürgermeister",
    ),
    _case(
        "„Wir sind zuversichtlich“, erklärte Konzernchef Max Berger bei der Vorlage der Zahlen. "
        "Das Unternehmen rechne mit „deutlichem Wachstum“.",
        "deutlichem Wachstum",
        "Max Berger",
        "a body as the subject of a Konjunktiv I clause is taken for the speaker",
    ),
    _case(
        "Nach Angaben eines Polizeisprechers war der Fahrer „deutlich zu schnell“ unterwegs.",
        "zu schnell",
        "eines Polizeisprechers",
    ),
    _case(
        "Die Gewerkschaft bezeichnete das Angebot als „Provokation“.",
        "Provokation",
        "Die Gewerkschaft",
    ),
    _case(
        "„Das ist ein schwarzer Tag“, sagte Mona Kraus vom Mieterverein.",
        "schwarzer Tag",
        "Mona Kraus",
    ),
    _case(
        "Auch Oppositionsführer Erik Lang meldete sich zu Wort: „Die Regierung hat versagt.“",
        "versagt",
        "Erik Lang",
    ),
    _case(
        "„Wir müssen jetzt handeln“ – mit diesen Worten eröffnete die Präsidentin die Sitzung.",
        "handeln",
        "die Präsidentin",
        "a phrase pointing back with a verb not of saying names nobody",
    ),
    _case(
        "Kanzlerin Lisa Frey nannte den Anschlag „feige und hinterhältig“.", "feige", "Lisa Frey"
    ),
    _case("Der Verband warnt vor einer „Pleitewelle“ im Handel.", "Pleitewelle", "Der Verband"),
    _case("„Ich bereue nichts“, sagte der Angeklagte vor Gericht.", "bereue", "der Angeklagte"),
    _case(
        "„Wir sind am Limit“, sagte der Klinikchef, der „mindestens zehn weitere Pflegekräfte“ "
        "forderte.",
        "zehn weitere",
        "der Klinikchef",
    ),
]

FRENCH = [
    _case(
        "« Nous ne lâcherons rien », a lancé la syndicaliste Claire Dumont devant l'usine.",
        "lâcherons",
        "Claire Dumont",
    ),
    _case(
        "Le préfet de la Gironde, Henri Lasalle, a assuré que « tout est sous contrôle ».",
        "contrôle",
        "Henri Lasalle",
    ),
    _case(
        "« C'est une victoire pour tous les habitants », se félicite le maire de Bayonne.",
        "victoire",
        "le maire de Bayonne",
    ),
    _case(
        "Interrogée par nos soins, la directrice de l'école, Sophie Marchal, reconnaît : « Nous "
        "manquons de moyens. »",
        "moyens",
        "Sophie Marchal",
    ),
    _case(
        "Pour l'économiste Jean Aubry, « la croissance restera faible cette année ».",
        "croissance",
        "Jean Aubry",
    ),
    _case(
        "La ministre est restée prudente. « Il est trop tôt pour conclure », a-t-elle déclaré.",
        "trop tôt",
        "La ministre",
    ),
    _case(
        "« On nous a abandonnés », témoigne Fatou, 34 ans, mère de trois enfants.",
        "abandonnés",
        "Fatou",
    ),
    _case(
        "Selon le porte-parole du gouvernement, « aucune décision n'a été prise ».",
        "aucune décision",
        "le porte-parole du gouvernement",
    ),
    _case(
        "Le président du club, Marc Rivière, n'a pas caché sa colère : « C'est inadmissible. »",
        "inadmissible",
        "Marc Rivière",
    ),
    _case(
        "« Nous allons porter plainte », indique l'avocat de la famille, Me Louis Perrin.",
        "plainte",
        "Louis Perrin",
    ),
    _case(
        "Pierre Vidal, agriculteur dans la Drôme, ne décolère pas. « On travaille à perte depuis "
        "deux ans », explique-t-il.",
        "à perte",
        "Pierre Vidal",
    ),
    _case(
        "« Le risque zéro n'existe pas », rappelle Anne Leroy, épidémiologiste à l'Inserm.",
        "risque zéro",
        "Anne Leroy",
    ),
    _case(
        "Le député a dénoncé « une provocation inutile » du gouvernement.",
        "provocation",
        "Le député",
    ),
    _case(
        "« Je ne suis pas candidat », a répété dimanche soir l'ancien Premier ministre sur TF1.",
        "candidat",
        "l'ancien Premier ministre",
    ),
    _case(
        "Du côté de l'opposition, Julie Caron estime que la réforme est « mal préparée ».",
        "mal préparée",
        "Julie Caron",
    ),
    _case(
        "« Il faut agir vite », insiste le professeur Alain Girard, chef du service de "
        "cardiologie.",
        "agir vite",
        "Alain Girard",
    ),
    _case(
        "Le maire, Paul Durand, s'est voulu rassurant. « Il n'y a aucun danger pour la "
        "population », a-t-il affirmé.",
        "aucun danger",
        "Paul Durand",
    ),
    _case(
        "« Nous avons été pris de court », admet Sylvie Marin, directrice de l'hôpital. « "
        "Personne ne s'attendait à une telle affluence. »",
        "Personne ne",
        "Sylvie Marin",
    ),
    _case(
        "Pour le syndicat CGT, cette réforme est « une attaque frontale contre les salariés ».",
        "attaque frontale",
        "le syndicat CGT",
    ),
    _case(
        "« C'est un moment historique », a salué le chef de l'État dans un message publié sur X.",
        "historique",
        "le chef de l'État",
    ),
    _case(
        "Jean Morel, 67 ans, habite le quartier depuis toujours. « Je n'ai jamais vu ça », "
        "confie-t-il.",
        "jamais vu",
        "Jean Morel",
    ),
    _case(
        "La députée Anne Lefort a qualifié le texte de « recul inacceptable ».",
        "recul",
        "Anne Lefort",
    ),
    _case(
        "Interrogé sur France Inter, le ministre de l'Économie a estimé que « la croissance sera "
        "au rendez-vous ».",
        "croissance",
        "le ministre de l'Économie",
    ),
    _case("« On ne lâchera pas », prévient Karim, un des grévistes.", "lâchera", "Karim"),
    _case(
        "Nadia Benali ne s'en cache pas : « J'ai eu très peur. » La jeune femme a été évacuée "
        "vers minuit.",
        "très peur",
        "Nadia Benali",
    ),
    _case(
        "« Il faudra des années pour reconstruire », estime Luc Petit, le maire du village. Il "
        "réclame « une aide immédiate de l'État ».",
        "aide immédiate",
        "Luc Petit",
    ),
    _case("Selon elle, la situation est « sous contrôle ».", "sous contrôle", "elle"),
    _case(
        "Le Premier ministre a promis « des mesures fortes » lors de son discours à l'Assemblée.",
        "mesures fortes",
        "Le Premier ministre",
    ),
    _case(
        "Dans un communiqué, l'association dénonce « un scandale sanitaire ».",
        "scandale",
        "l'association",
    ),
    _case(
        "« Je ne regrette rien », lâche Thomas, ancien ouvrier de l'usine.", "regrette", "Thomas"
    ),
    _case(
        "« Nous avons tout perdu », raconte, les larmes aux yeux, Marie Duval.",
        "tout perdu",
        "Marie Duval",
    ),
    _case(
        "Le directeur de l'usine, contacté par téléphone, s'est refusé à tout commentaire. « Je "
        "n'ai rien à dire », a-t-il lancé.",
        "rien à dire",
        "Le directeur de l'usine",
        "a subject set off by a participle aside is not taken up by the pronoun after it",
    ),
    _case("« La décision sera prise demain », a fait savoir l'Élysée.", "décision", "l'Élysée"),
    _case(
        "L'ONG Amnesty International a dénoncé mardi « des violations graves ».",
        "violations",
        "L'ONG Amnesty International",
    ),
    _case("« Ça suffit ! » s'est exclamé un manifestant.", "suffit", "un manifestant"),
    _case(
        "« Je ne vois pas pourquoi je démissionnerais », a déclaré au Monde le sénateur Henri "
        "Blanc.",
        "démissionnerais",
        "Henri Blanc",
    ),
    _case(
        "Le président de la région, Alain Mercier, a réagi dans la soirée.\n\n« C'est une décision "
        "injuste », a-t-il dénoncé. « Nous irons jusqu'au bout. »",
        "jusqu'au bout",
        "Alain Mercier",
    ),
    _case(
        "« On nous promet des aides depuis des mois », s'agace Julien, boulanger. Sa voisine "
        "renchérit : « Rien n'arrive. »",
        "Rien n'arrive",
        "Sa voisine",
    ),
    _case(
        "Pour Claire Fontaine, sociologue, ce mouvement « traduit une colère profonde ». Elle "
        "ajoute qu'il « ne faut pas le sous-estimer ».",
        "sous-estimer",
        "Claire Fontaine",
    ),
    _case(
        "Le ministre de l'Intérieur l'a répété mardi : « La loi sera appliquée. »",
        "appliquée",
        "Le ministre de l'Intérieur",
    ),
    _case(
        "« Je n'ai jamais menti », a assuré l'ancien maire devant le tribunal. Le procureur a "
        "requis deux ans de prison.",
        "jamais menti",
        "l'ancien maire",
    ),
    _case(
        "C'est ce qu'explique Hélène Roux, chercheuse au CNRS : « Le phénomène est mondial. »",
        "mondial",
        "Hélène Roux",
    ),
    _case(
        "La maire, Sophie Lenoir, et son adjoint ont reçu les familles. « Nous serons là », "
        "ont-ils promis.",
        "serons là",
        "La maire, Sophie Lenoir, et son adjoint",
        "a plural pronoun is not resolved (no coordinated antecedent is read)",
    ),
    _case(
        "« Le chantier a pris du retard », reconnaît Paul Girard. « Mais il sera livré avant "
        "l'été », assure-t-il.",
        "avant l'été",
        "Paul Girard",
    ),
    _case(
        "Pour la première fois, la ministre a évoqué une « erreur d'appréciation ». « Nous "
        "aurions dû agir plus tôt », a-t-elle admis.",
        "agir plus tôt",
        "la ministre",
    ),
]

SPANISH = [
    _case(
        "«No vamos a dar un paso atrás», afirmó la ministra de Trabajo, Elena Ruiz.",
        "paso atrás",
        "Elena Ruiz",
    ),
    _case(
        "El alcalde de Sevilla, Juan Ortega, aseguró que la obra estará lista «antes del verano».",
        "verano",
        "Juan Ortega",
    ),
    _case(
        "«Es una decisión histórica», celebró el presidente de la patronal.",
        "histórica",
        "el presidente de la patronal",
    ),
    _case(
        "Según la portavoz del Gobierno, «no hay ninguna negociación abierta».",
        "negociación",
        "la portavoz del Gobierno",
    ),
    _case(
        "Para el economista Luis Navarro, «la inflación seguirá alta hasta otoño».",
        "inflación",
        "Luis Navarro",
    ),
    _case(
        "María López, vecina del barrio, lo resume así: «Aquí nadie nos escucha».",
        "nadie",
        "María López",
    ),
    _case(
        "La jueza no se pronunció. «Lo estudiaremos con calma», dijo después.", "calma", "La jueza"
    ),
    _case(
        "«Fue un error», reconoció ayer en rueda de prensa el consejero de Sanidad, Pablo Gil.",
        "error",
        "Pablo Gil",
    ),
    _case(
        "El sindicato denunció que los trabajadores llevan meses «sin cobrar las horas extra».",
        "horas extra",
        "El sindicato",
    ),
    _case(
        "«Hemos hecho todo lo posible», explicó a este diario un portavoz de los bomberos.",
        "posible",
        "un portavoz de los bomberos",
    ),
    _case(
        "El entrenador, Diego Campos, fue claro: «Así no se puede ganar».", "ganar", "Diego Campos"
    ),
    _case(
        "De acuerdo con fuentes policiales, el detenido «tenía antecedentes».",
        "antecedentes",
        "fuentes policiales",
    ),
    _case(
        "«Estamos agotados», lamenta Rosa Méndez, enfermera del hospital desde hace veinte años.",
        "agotados",
        "Rosa Méndez",
    ),
    _case(
        "El expresidente insistió en que su partido «no pactará con nadie».",
        "pactará",
        "El expresidente",
    ),
    _case(
        "Carmen Vidal, de 72 años, no puede contener las lágrimas. «Lo hemos perdido todo», dice.",
        "perdido",
        "Carmen Vidal",
    ),
    _case(
        "«Confiamos en la justicia», señalaron en un comunicado los abogados de la acusación.",
        "justicia",
        "los abogados de la acusación",
    ),
    _case(
        "La presidenta regional, Marta Soler, defendió la medida. «Es lo que hay que hacer», "
        "afirmó.",
        "hay que hacer",
        "Marta Soler",
    ),
    _case(
        "«No hay dinero para todo», reconoció el consejero de Hacienda. «Hay que priorizar».",
        "priorizar",
        "el consejero de Hacienda",
    ),
    _case(
        "El portavoz de la Policía Nacional explicó que el detenido «no opuso resistencia».",
        "resistencia",
        "El portavoz de la Policía Nacional",
    ),
    _case(
        "«Llevamos tres días sin luz», denuncia Ana Torres, vecina de la calle Mayor.",
        "sin luz",
        "Ana Torres",
    ),
    _case(
        "A juicio del Banco de España, la economía crecerá «por encima de lo previsto».",
        "previsto",
        "Banco de España",
    ),
    _case(
        "El técnico no se escondió tras la derrota: «Hemos jugado muy mal».",
        "muy mal",
        "El técnico",
    ),
    _case(
        "José Ramos, portavoz del sindicato, lo dejó claro: «Iremos a la huelga».",
        "huelga",
        "José Ramos",
    ),
    _case(
        "«Estamos muy orgullosos», dijo a la prensa la capitana del equipo, Lucía Vera.",
        "orgullosos",
        "Lucía Vera",
    ),
    _case(
        "—No pensamos rendirnos —aseguró la portavoz de la plataforma, Inés Mora.",
        "rendirnos",
        "Inés Mora",
    ),
    _case(
        "«Nos han dejado solos», lamentó el alcalde. Y añadió: «Nadie ha venido a ayudarnos».",
        "Nadie ha venido",
        "el alcalde",
    ),
    _case(
        "La jueza consideró probado que el acusado actuó «con total frialdad».",
        "frialdad",
        "La jueza",
    ),
    _case("El Gobierno califica la huelga de «injustificada».", "injustificada", "El Gobierno"),
    _case(
        "«Esto no es un juego», advirtió el ministro del Interior, Raúl Peña, durante su "
        "comparecencia.",
        "juego",
        "Raúl Peña",
    ),
    _case(
        "Fuentes del Ministerio aseguran que la decisión es «firme».",
        "firme",
        "Fuentes del Ministerio",
    ),
    _case(
        "«Es un día triste para la ciudad», escribió en redes sociales la alcaldesa, Pilar Soto.",
        "día triste",
        "Pilar Soto",
    ),
    _case("La Guardia Civil informó de que «no hay heridos».", "heridos", "La Guardia Civil"),
    _case(
        "«No descartamos nada», indicaron fuentes de la investigación.",
        "descartamos",
        "fuentes de la investigación",
    ),
    _case(
        "El ministro, visiblemente molesto, respondió: «No voy a dimitir».",
        "dimitir",
        "El ministro",
    ),
    _case(
        "Tras la reunión, la patronal aseguró en un comunicado que el acuerdo es «insuficiente».",
        "insuficiente",
        "la patronal",
    ),
    _case("«¿Quién va a pagar esto?», se pregunta Luis, dueño de un bar.", "pagar esto", "Luis"),
    _case(
        "La ministra de Sanidad, Carmen Ortiz, compareció ayer ante la prensa.\n\n«Los datos son "
        "buenos», afirmó. «Pero no podemos bajar la guardia».",
        "bajar la guardia",
        "Carmen Ortiz",
    ),
    _case(
        "«Nos sentimos engañados», explica Juan Vidal, portavoz de los vecinos. Su compañera, "
        "Elena Ruiz, va más allá: «Esto es una estafa».",
        "estafa",
        "Elena Ruiz",
    ),
    _case(
        "El alcalde, que no quiso dar detalles, se limitó a decir que la investigación «sigue "
        "abierta».",
        "sigue abierta",
        "El alcalde",
    ),
    _case(
        "Para la oposición, el plan es «una improvisación». El Gobierno, en cambio, lo defiende "
        "como «necesario».",
        "necesario",
        "El Gobierno",
    ),
    _case(
        "—¿Tiene miedo?\n—No —responde Marta Gil—. Ya no.",
        "No",
        "Marta Gil",
    ),
    _case(
        "Así lo explicó el director del centro, Pablo Rey: «Faltan manos».",
        "Faltan manos",
        "Pablo Rey",
    ),
    _case(
        "Los sindicatos y la patronal firmaron ayer el acuerdo. «Es un buen punto de partida», "
        "dijeron en un comunicado conjunto.",
        "punto de partida",
        "Los sindicatos y la patronal",
        "a plural of a body noun ('los sindicatos') is no speaking subject of a dropped-subject "
        "cue",
    ),
    _case(
        "La alcaldesa, Nuria Campos, visitó la zona afectada junto al consejero. «Vamos a ayudar "
        "a todas las familias», prometió.",
        "todas las familias",
        "Nuria Campos",
    ),
    _case(
        "«No tenemos medios», denunció el director del hospital, que pidió «más personal» para "
        "urgencias.",
        "más personal",
        "el director del hospital",
    ),
]

ITALIAN = [
    _case(
        "«Non ci fermeremo», ha dichiarato il segretario del sindacato, Marco Bellini.",
        "fermeremo",
        "Marco Bellini",
    ),
    _case(
        "Il sindaco di Torino, Luca Ferri, ha spiegato che i lavori «dureranno almeno due anni».",
        "dureranno",
        "Luca Ferri",
    ),
    _case(
        "«È una giornata storica», ha commentato il presidente della Regione.",
        "storica",
        "il presidente della Regione",
    ),
    _case(
        "Secondo il ministro dell'Economia, «i conti sono in ordine».",
        "conti",
        "il ministro dell'Economia",
    ),
    _case("Per l'avvocato Giulia Rossi, «la sentenza è ingiusta».", "sentenza", "Giulia Rossi"),
    _case(
        "«Siamo preoccupati», ammette Paolo Conti, titolare di un bar in centro.",
        "preoccupati",
        "Paolo Conti",
    ),
    _case(
        "La ministra ha difeso la riforma. «È necessaria e urgente», ha aggiunto.",
        "urgente",
        "La ministra",
    ),
    _case(
        "Il procuratore Andrea Sala ha parlato di «un sistema ben organizzato».",
        "sistema",
        "Andrea Sala",
    ),
    _case(
        "«Abbiamo fatto tutto il possibile», spiega il primario del reparto, Franco Neri.",
        "possibile",
        "Franco Neri",
    ),
    _case(
        "Anna Greco, pensionata di 70 anni, non ha dubbi: «Qui è sempre peggio».",
        "peggio",
        "Anna Greco",
    ),
    _case(
        "«Serve più personale», ha detto il governatore durante una conferenza stampa a Milano.",
        "personale",
        "il governatore",
    ),
    _case(
        "Il leader dell'opposizione ha definito la manovra «un disastro annunciato».",
        "disastro",
        "Il leader dell'opposizione",
    ),
    _case(
        "«Non lo sapevo», si è giustificato l'assessore ai Trasporti.",
        "sapevo",
        "l'assessore ai Trasporti",
    ),
    _case("Stando a quanto riferito dalla polizia, l'uomo «era armato».", "armato", "la polizia"),
    _case(
        "Maria Esposito vive qui da quarant'anni. «Non avevo mai visto niente del genere», "
        "racconta.",
        "genere",
        "Maria Esposito",
    ),
    _case(
        "«Ci vediamo in tribunale», ha replicato su Twitter il leader della Lega.",
        "tribunale",
        "il leader della Lega",
    ),
    _case(
        "Il presidente della Regione, Carlo Monti, ha difeso la scelta. «Era l'unica strada "
        "possibile», ha spiegato.",
        "unica strada",
        "Carlo Monti",
    ),
    _case(
        "«Siamo pronti a ripartire», assicura il titolare dell'azienda, Giorgio Sala. «Ma "
        "servono aiuti».",
        "servono aiuti",
        "Giorgio Sala",
    ),
    _case(
        "Per il sindacato Cgil la riforma è «un passo indietro per i lavoratori».",
        "passo indietro",
        "il sindacato Cgil",
    ),
    _case(
        "«È stato un errore», ha ammesso ieri sera il ministro della Salute in tv.",
        "errore",
        "il ministro della Salute",
    ),
    _case(
        "Luisa Ferrari, 45 anni, madre di due bambini, è disperata. «Non sappiamo dove andare», "
        "dice.",
        "dove andare",
        "Luisa Ferrari",
    ),
    _case(
        "Il premier ha parlato di «una giornata di lutto per tutto il Paese».",
        "lutto",
        "Il premier",
    ),
    _case(
        "Lo ha detto il sindaco di Napoli durante la conferenza stampa: «La città è pronta».",
        "città è pronta",
        "il sindaco di Napoli",
    ),
    _case(
        "«Non commento le indiscrezioni», ha tagliato corto il portavoce della Farnesina.",
        "indiscrezioni",
        "il portavoce della Farnesina",
    ),
    _case(
        "«Non ci arrenderemo mai», ha gridato dal palco il leader del movimento, Dario Fontana.",
        "arrenderemo",
        "Dario Fontana",
    ),
    _case(
        "Il sindaco ha poi aggiunto: «Chiediamo rispetto per le vittime».", "rispetto", "Il sindaco"
    ),
    _case("La procura parla di «un quadro indiziario solido».", "quadro indiziario", "La procura"),
    _case(
        "«Ho visto il fumo e sono scappata», racconta una residente, Elena Galli.",
        "fumo",
        "Elena Galli",
    ),
    _case(
        "Fonti di Palazzo Chigi definiscono l'incontro «cordiale e costruttivo».",
        "cordiale",
        "Fonti di Palazzo Chigi",
    ),
    _case(
        "Il ministro Bruno Leone ha assicurato che il governo farà «tutto il necessario».",
        "necessario",
        "Bruno Leone",
    ),
    _case(
        "«Non abbiamo paura», ha scritto su Facebook il parroco, don Marco Ricci.",
        "paura",
        "don Marco Ricci",
    ),
    _case(
        "La Protezione civile ha fatto sapere che «la situazione è sotto controllo».",
        "sotto controllo",
        "La Protezione civile",
    ),
    _case("«Chiedo scusa a tutti», ha detto in lacrime l'allenatore.", "scusa", "l'allenatore"),
    _case("Secondo Legambiente, il fiume è «gravemente inquinato».", "inquinato", "Legambiente"),
    _case("«È finita», sospira Giulia, 28 anni, davanti alla fabbrica chiusa.", "finita", "Giulia"),
    _case(
        "Il presidente Mattia Longo, intervistato dal Corriere, ha ammesso: «Abbiamo sbagliato "
        "tutto».",
        "sbagliato",
        "Mattia Longo",
    ),
    _case(
        "Il sindaco Paolo Berti ha convocato una riunione d'urgenza.\n\n«La situazione è grave ma "
        "sotto controllo», ha detto. «Chiediamo ai cittadini di restare a casa».",
        "restare a casa",
        "Paolo Berti",
    ),
    _case(
        "Marta Villa, presidente dell'associazione, non usa mezzi termini. «Siamo stati ignorati "
        "per anni», accusa. Poi aggiunge: «Ora basta».",
        "Ora basta",
        "Marta Villa",
    ),
    _case(
        "Il ministro ha incontrato i sindacati. «È stato un confronto utile», ha spiegato al "
        "termine il segretario della Cisl, Luca Moro.",
        "confronto utile",
        "Luca Moro",
    ),
    _case(
        "«Non possiamo più aspettare», ha dichiarato la governatrice Sara Lodi. Le ha risposto "
        "il leader dell'opposizione: «Sono solo parole».",
        "solo parole",
        "il leader dell'opposizione",
    ),
    _case(
        "A intervenire è stato anche l'ex ministro Carlo Rota, secondo cui «il governo ha perso "
        "la bussola».",
        "bussola",
        "Carlo Rota",
    ),
    _case(
        "«Ce la faremo», ripete Antonio, pescatore da trent'anni. Sua moglie Lucia è meno "
        "ottimista: «Qui non c'è futuro».",
        "non c'è futuro",
        "Lucia",
    ),
    _case(
        "I carabinieri hanno arrestato due giovani. «Avevano con sé la refurtiva», hanno "
        "spiegato gli investigatori.",
        "refurtiva",
        "gli investigatori",
    ),
    _case(
        "Il ministro e la sua vice hanno incontrato i sindaci. «Nessuno sarà lasciato indietro», "
        "hanno assicurato.",
        "indietro",
        "Il ministro e la sua vice",
    ),
    _case(
        "La presidente Elena Fabbri è intervenuta in aula. «Il Parlamento non è un notaio», ha "
        "detto, «e non lo sarà mai».",
        "non lo sarà",
        "Elena Fabbri",
    ),
    _case(
        "«Siamo al collasso», denuncia il primario, che chiede «almeno dieci infermieri in più».",
        "dieci infermieri",
        "il primario",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "quoted", "want"),
    [
        pytest.param(
            lang,
            text,
            quoted,
            want,
            marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [],
            id=f"{lang}-{n:02d}",
        )
        for lang, table in (
            ("en", ENGLISH),
            ("de", GERMAN),
            ("fr", FRENCH),
            ("es", SPANISH),
            ("it", ITALIAN),
        )
        for n, (text, quoted, want, reason) in enumerate(table)
    ],
)
def test_probe_speaker(language: str, text: str, quoted: str, want: str) -> None:
    assert speaker_overlaps(text, quoted, want, language)
