"""Grammar words used to find who is quoted (private).

Plain word tables read by ``quotes`` and its helper ``quotes._cues``: the words
that open, join or end a speaker noun phrase, auxiliaries and prepositions, and
sentence openers that name nobody, per language (``en``, ``de``, ``fr``, ``es``,
``it``) or pooled where the words do not clash.  Cue verbs and speaker nouns
live in ``cues`` and ``speakers``; this module holds the rest of the grammar.

Sources: most tables are closed classes of the five languages' grammars:
articles, pronouns, prepositions, conjunctions, complementizers, relative
pronouns and auxiliaries (the parts of speech Universal Dependencies tags DET,
PRON, ADP, CCONJ, SCONJ and AUX), German word-order classes (verb-second
fronting, subordinating conjunctions, the Konjunktiv auxiliaries) and
derivational endings of German nouns and adjectives ("-ung", "-heit",
"-liche").  Adverb lists (``ADVERBS``, ``ADVERBIAL_OPENERS``,
``NOT_SUBJECTS``), the strong-verb forms of ``GERMAN_STRONG_FINITE`` and the
noun lists (``STATEMENT_NOUNS``, ``VERDICT_NOUNS``, ``GERMAN_DOCUMENT_NOUNS``,
``GERMAN_BODY_ENDINGS``) are collected by hand; the month and weekday names of
``TIME_WORDS`` come from Babel's CLDR data.

>>> "dass" in COMPLEMENTIZERS
True
>>> sorted(AUXILIARIES)
['de', 'en', 'es', 'fr', 'it']
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from newsdoc._lexicon.dates import LazyWords, calendar_words

__all__ = [
    "ADVERBIAL_NOUNS",
    "ADVERBIAL_OPENERS",
    "ADVERBS",
    "AFTER_STOP",
    "AGENT_NOUN_ENDINGS",
    "AND",
    "APPROXIMATORS",
    "AUXILIARIES",
    "CLAUSE_WORDS",
    "COMPLEMENTIZERS",
    "CONNECTORS",
    "FOR",
    "FOREIGN_AND_GERMAN",
    "FOREIGN_WORDS",
    "GERMAN_ADJECTIVE_ENDINGS",
    "GERMAN_ARTICLES",
    "GERMAN_BODY_ENDINGS",
    "GERMAN_CLAUSE_CUES",
    "GERMAN_CLAUSE_OPENERS",
    "GERMAN_DEMONSTRATIVES",
    "GERMAN_DOCUMENT_NOUNS",
    "GERMAN_FRONTED",
    "GERMAN_INFLECTION_ENDINGS",
    "GERMAN_MODALS",
    "GERMAN_NOMINATIVES",
    "GERMAN_NOMINATIVE_ARTICLES",
    "GERMAN_NOT_NAMES",
    "GERMAN_NOUN_ENDINGS",
    "GERMAN_OBJECTS",
    "GERMAN_PARTICLES",
    "GERMAN_PASSIVE",
    "GERMAN_POINTING_PRONOUNS",
    "GERMAN_POSSESSIVES",
    "GERMAN_RELATIVES",
    "GERMAN_SKIP",
    "GERMAN_SOURCES",
    "GERMAN_SOURCE_PREPOSITIONS",
    "GERMAN_STRONG_FINITE",
    "GERMAN_SUBORDINATORS",
    "GERMAN_TEXT_POINTERS",
    "GERMAN_TEXT_VERBS",
    "GERMAN_THIS",
    "IN_TEXT",
    "LINKS",
    "NAME_NEVER_STARTS",
    "NOT_FINITE",
    "NOT_PERSONS",
    "NOT_SUBJECTS",
    "OPENING_ADVERBS",
    "PARTITIVE_HEADS",
    "PLURAL_PRONOUNS",
    "PREPOSITIONS",
    "QUOTING_VERBS",
    "ROMANCE_OPENERS",
    "ROMANCE_PAST",
    "ROMANCE_RELATIVES",
    "ROMANCE_WHO",
    "SAYS_IT",
    "STATEMENT_NOUNS",
    "SUBJECT_STOP",
    "TIME_OPENERS",
    "TIME_WORDS",
    "TITLE_QUALIFIERS",
    "VERDICT_NOUNS",
    "WHAT",
]


# --- Speaker noun phrases (several languages) --------------------------------------------

# Words that never stand inside a speaker noun phrase: "that he is", "and called".
CLAUSE_WORDS = {
    "en": frozenset(
        "that which who and or but to is was were are has had have will would not been "
        "because if when while than can could should may might must cannot does did "
        "do".split()
    ),
    "de": frozenset(
        "dass und oder aber ist war hat hatte wird wurde nicht wenn weil als zu".split()
    ),
    "fr": frozenset("que qui et ou mais est était avait ne pas si quand".split()),
    "es": frozenset("que y o pero es era había no si cuando".split()),
    "it": frozenset("che e o ma è era aveva non se quando".split()),
}
# Conjunctions that may join two names in one speaker: "Ann and Tom Lee".
AND = frozenset("and und et y e".split())
# Words that may join the parts of a speaker noun phrase: "the mayor of Lyon",
# "der Sprecher des Ministeriums", "il ministro degli Esteri".
CONNECTORS = frozenset(
    """
    of for the and de du des la le d’ d' der des von vom zur zum für und
    del de la los las y di del della dei degli delle e
    """.split()
)
# Words linking a noun to its complement inside an addressee phrase: "ai
# microfoni di Rai", "a la cadena de radio".
LINKS = frozenset("de del della dello dei degli delle di du des d’ d' la le los las".split())
# Words that end a speaker phrase that follows its cue: "said Lee in a statement".
# With them, the prepositions of time that open an adjunct after the speaker ("a
# déclaré l'entraîneur après le match", "dijo el alcalde tras la reunión", "ha
# detto il sindaco dopo il vertice"; not "prima", an adjective too: "la prima
# volta"); never "de"/"di"/"of", which join a complement inside the phrase, nor
# "pour"/"para"/"per"/"auprès", which a title may hold.
AFTER_STOP = {
    "en": frozenset("in on at during after before when while who which that to as".split()),
    "de": frozenset("in im am bei auf nach vor gegenüber dass der die das mit".split()),
    "fr": frozenset("dans lors à au en qui que sur devant après avant pendant depuis dès".split()),
    "es": frozenset("en a al durante ante que quien tras antes después desde".split()),
    "it": frozenset("in a al durante davanti che chi su dopo".split()),
}
# Words that end a subject: auxiliaries, modals and adverbs that follow it.
SUBJECT_STOP = frozenset(
    """
    has have had is was were are will would can could should may might did does
    do then also also already never not just still once again later
    hat hatte ist war sind waren wird wurde soll sollte kann konnte habe sei
    a avait est était sont ont va ha había es era fue son han ha aveva è era
    sono hanno
    """.split()
)
# Adverbs that stand between a speaker and the verb: "Mills then said".
ADVERBS = frozenset(
    "then later also again once still now recently previously earlier first finally "
    "immediately quickly hastily later "
    "so dann erneut nochmals ebenfalls zuletzt bereits".split()
)
# Pronouns that stand for a group, not one person: kept as written.
PLURAL_PRONOUNS = frozenset("they we i it ils elles nous ellos ellas loro noi wir".split())


# --- Clauses, verbs and prepositions (several languages) ---------------------------------

# Words opening the clause of what was said: "said that", "dijo que", "ha detto che".
COMPLEMENTIZERS = frozenset("that que qu’ qu' che dass".split())
# Pronouns opening a free relative after a verb: "ce qu’il a dit", "ciò che".
WHAT = frozenset("ce ciò quello quel lo".split())
# "For" that frames an opinion only as "Pour Lee, …" / "Para la ministra, …".
FOR = frozenset("pour para per".split())
# Adverbs that may open a clause before such a frame: "También para X, …".
OPENING_ADVERBS = frozenset("también tampoco aussi même anche pure".split())
# Auxiliaries of compound tenses that stand before the participle cue:
# "a déclaré", "ha detto", "hatte gesagt", "has said".
AUXILIARIES = {
    "en": frozenset("has have had was is will would".split()),
    "de": frozenset("hat hatte haben hatten wird wurde habe hätte hätten sei seien".split()),
    "fr": frozenset("a avait ont avaient aurait".split()),
    "es": frozenset("ha había han habían".split()),
    "it": frozenset("ha aveva hanno avevano è".split()),
}
# Prepositions: a name after one is not a subject ("nach der Festnahme:").
PREPOSITIONS = frozenset(
    """
    nach vor mit von bei zu aus in an auf über für gegenüber unter durch um
    am im zum zur beim vom ins ans außerhalb innerhalb wegen trotz neben zwischen hinter
    ohne gegen dank gemäß
    après avant avec de chez dans sur pour par sous
    tras antes con de en sobre para por bajo
    dopo prima con di da in su per sotto
    after before with from at in on for by to under
    """.split()
)


# --- Sentence openers that are no speaker (several languages) ----------------------------

# Words opening an adverbial that stands before an inverted verb (German V2,
# Spanish and Italian inversion): "Dazu sagte er", "Luego dijo el ministro".
ADVERBIAL_OPENERS = frozenset(
    """
    dazu darauf daraufhin zudem außerdem später dann danach damals heute gestern
    bei in im am an auf aus nach vor mit zu zum zur über unter gegenüber seit
    luego después ayer hoy además en al durante tras ante poi dopo ieri oggi
    inoltre nel nella durante als weiter angesichts offenbar bereits anschließend
    zuvor zuletzt zunächst schließlich ebenso auch hier dort dabei damit deshalb
    daher trotzdem jetzt nun erneut ebenfalls gleichzeitig indes allerdings
    """.split()
)
# Sentence openers that are not a speaker: "It", "This", "Here's", "Ask", "Maybe".
NOT_SUBJECTS = frozenset(
    """
    it it’s it's this that that’s that's there there’s there's here here’s here's
    what what’s what's who why how ask wait see maybe perhaps each every first name
    es cela ceci ello ciò même autant sur sous traduction ainsi
    zurzeit außerdem deshalb darin hier bisher erstmals ursprünglich zwar von mit
    unter ab vor besonders aufgrund zu bei durch gegen ohne seit trotz wegen über
    dabei dazu damit davon dagegen daher dann danach jedoch inzwischen jetzt nun
    heute gestern bereits schon noch nur allerdings insbesondere weiterhin vielmehr
    ebenfalls offenbar zudem somit also denn doch wohl dort da
    """.split()
)
# Capitalised sentence openers that stand for no person: "Lo que …", "Esto es".
NOT_PERSONS = frozenset(
    """
    lo esto eso ello todo nada algo ce cela ceci ça tout rien ciò questo quello
    tutto niente
    """.split()
)


# --- English -----------------------------------------------------------------------------

# Words opening a time phrase before an English subject: "Last week Lee said".
TIME_OPENERS = frozenset("in on at last this earlier later since by during after".split())
# Words inside such a time phrase: "On Monday morning", "Two weeks ago"; the month
# and weekday names are the English ones of Babel, read on first use.
_TIME_FIXED = frozenset(
    """
    week weeks month months year years ago night morning afternoon evening day days
    today yesterday the a an last this early late two three four
    """.split()
)
TIME_WORDS: AbstractSet[str] = LazyWords(lambda: _TIME_FIXED | calendar_words("en"))


# --- Spanish and Italian -----------------------------------------------------------------

# Spanish and Italian sentence openers that are no subject: "Por eso", "Tutto".
ROMANCE_OPENERS = frozenset(
    """
    por aunque en a al con para tras sin desde según sobre pero después antes durante
    mientras cuando ayer hoy
    tutto dal sul nel per con tra fra da su ma dopo prima durante mentre quando ieri oggi
    """.split()
)
# Spanish and Italian past-tense endings: "observaron", "dijo", "anunció", "dichiarò".
ROMANCE_PAST = ("aron", "ieron", "ó", "ò", "arono", "erono", "irono")


# --- German ------------------------------------------------------------------------------

# Words between a German verb and its subject: "zeigte sich Lee zufrieden",
# "hieß es in der Erklärung", "wird Lee zitiert".
GERMAN_SKIP = frozenset(
    "sich man es dazu daraufhin auch noch dabei jedoch weiter zudem so heißt hieß "
    "hat hatte wird wurde ist war".split()
)
# German object forms that stand after a verb without being its subject:
# "sagte dem Spiegel", "erklärte ihm".
GERMAN_OBJECTS = frozenset("dem den einem einen ihm ihnen uns mir dir euch".split())
# German articles that open a subject: "der Bürgermeister den Plan vorlegte".
GERMAN_NOMINATIVE_ARTICLES = frozenset("der die das ein eine".split())
# Endings of German abstract nouns, never a surname standing alone: "Gewalt"
# is not, but "Verantwortung", "Pädophilie", "Freiheit" cannot be a name.
GERMAN_NOUN_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "ion",
    "tät",
    "ismus",
    "nis",
    "tum",
    "philie",
    "logie",
)
# Endings of German adjectives opening a noun phrase, never a first name:
# "Jegliche Verantwortung", "Politische Beobachter".
GERMAN_ADJECTIVE_ENDINGS = ("liche", "lichen", "ische", "ischen", "ige", "igen")
# The endings of an inflected German adjective, strong, weak and mixed
# declension alike (Duden-Grammatik, Adjektivdeklination): "norwegische", "der
# neuen Partei", "mit großem Dank".
GERMAN_INFLECTION_ENDINGS = ("e", "en", "er", "es", "em")
# German possessive determiners: after the verb they open an object
# ("begründete seine Entscheidung"), rarely the subject.
GERMAN_POSSESSIVES = frozenset(
    "sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres "
    "unser unsere unseren unserem unserer deren dessen".split()
)
# German conjunctions opening a subordinate clause after a comma, its subject
# next: "…, weil die Regierung es „…“ nannte".
GERMAN_CLAUSE_OPENERS = frozenset("weil da obwohl nachdem wenn während zumal".split())
# German subordinating conjunctions (Duden-Grammatik, "Subjunktionen": temporal,
# causal, concessive, conditional, final, consecutive, modal), each opening a
# clause whose finite verb stands last: "Als die Polizei eintraf, rannte …".
# Fronted, that clause fills the position before the main clause's verb, and
# the main clause's subject follows that verb.  Lower case.
GERMAN_SUBORDINATORS = frozenset(
    """
    als nachdem bevor ehe seit seitdem sobald solange sooft während bis
    weil da zumal obwohl obgleich obschon wenngleich wenn falls sofern
    damit sodass indem ohne dass ob
    """.split()
)
# German pronouns pointing back at a person named before: "„…“, so letztere".
GERMAN_POINTING_PRONOUNS = frozenset("letztere letzterer erstere ersterer dieser diese".split())
# Words opening a second title joined by "and": "the chair and former governor".
TITLE_QUALIFIERS = frozenset(
    """
    former current then longtime chief deputy senior vice acting interim founding
    ehemalige ehemaliger frühere früherer amtierende amtierender ancien ancienne
    antiguo antigua exministro ex
    """.split()
)
# German auxiliaries of the passive voice: "als „…“ bezeichnet wird".
GERMAN_PASSIVE = frozenset("wird werden wurde wurden worden".split())
# German modal and auxiliary verbs before a cue at the clause end: "Das musste er einräumen".
GERMAN_MODALS = frozenset("musste mussten muss wollte will konnte kann hat hatte ließ".split())
# Romance relative pronouns after a source preposition: "secondo il quale",
# "selon lequel", "según el cual".
ROMANCE_RELATIVES = frozenset(
    "il quale|la quale|i quali|le quali|cui|lequel|laquelle|lesquels|lesquelles|"
    "el cual|la cual|los cuales|las cuales|quien|quienes".split("|")
)
# Romance relative pronouns standing for a person before a cue: ", quien dice".
ROMANCE_WHO = frozenset("qui quien quienes che".split())
# German relative pronouns that can open a clause as its subject: "…, der sie „…“ nennt".
GERMAN_RELATIVES = frozenset("der die das welcher welche welches".split())
# German verbs that credit words in a clause ending with them: "als „…“ sieht".
GERMAN_CLAUSE_CUES = frozenset("sieht sah sehen sahen bewertet bewertete wertet wertete".split())
# German pronouns that can only be a subject ("sie" may be an object too).
GERMAN_NOMINATIVES = frozenset("er ich wir".split())
# German demonstratives standing alone before the verb as its object.
GERMAN_DEMONSTRATIVES = frozenset("das dies dieses diese dem den".split())
# German focus particles standing before the subject: "Auch die Ministerin sagte".
GERMAN_PARTICLES = frozenset("auch und aber doch selbst sogar nur ebenso".split())
# German words opening a phrase that cannot be the subject (prepositions,
# adverbs, object determiners): "Im Verfahren sieht Lee …", "Den Gästen sagte er".
GERMAN_FRONTED = ADVERBIAL_OPENERS | frozenset(
    """
    den dem einem einen diesem diesen ihm ihnen um für gegen durch ohne von vom
    derzeit deshalb daher hier dort trotzdem ende anfang mitte zum zur beim
    demnach demzufolge insbesondere vielmehr aktuell inzwischen unterdessen
    neuerdings allerdings jedenfalls übrigens freilich indessen tatsächlich
    außerhalb innerhalb außer wegen trotz neben zwischen hinter ohne gegen dank gemäß so
    """.split()
)
# Common German finite verbs that end in neither -t nor -te: "will", "sah".
GERMAN_STRONG_FINITE = frozenset(
    """
    will kann soll muss darf mag ist sind war waren wird werden hat haben weist
    wollen wollten können konnten müssen mussten sollen sollten
    sah sieht gab gibt kam kommt ging geht hielt hält sprach spricht nahm nimmt
    verglich rief schrieb wies bezeichnete nannte lobte warf griff ließ fand trat
    hob bat schlug hieß zog zogen gingen kamen standen sahen gaben riefen hielten
    nahmen schrieben sprachen lässt lassen
    """.split()
)
# Lower-case German words ending like a verb that are none: "statt", "seit".
NOT_FINITE = frozenset("statt seit nicht jetzt zuletzt erst selbst bereits meist sowie".split())
# German verbs whose object is the speaker: "Die Zeitung zitiert einen Zeugen
# mit den Worten" (not in the passive "wird … zitiert").
QUOTING_VERBS = frozenset("zitiert zitierte zitieren zitierten".split())
# German nouns of a verdict whose genitive names who gave it: "das Fazit der Betreiber".
VERDICT_NOUNS = frozenset(
    "fazit urteil einschätzung ansicht meinung auffassung kritik vorwurf".split()
)
# German nouns of a statement: "In einer Erklärung hieß es", "Nach Schäubles Idee".
STATEMENT_NOUNS = frozenset(
    """
    erklärung mitteilung pressemitteilung stellungnahme interview schreiben brief
    bericht aussage aussagen ansicht auffassung meinung einschätzung angaben worten
    idee sicht überzeugung darstellung rede ansprache botschaft
    """.split()
)
# "heißt es in …", "hieß es im …": a text quoted, named after a preposition.
SAYS_IT = frozenset("heißt hieß".split())
# German verbs that say what a text holds: "Darin steht: „…“", "Das Gesetz enthält
# folgenden Satz: „…“", "auf dem geschrieben stand".
GERMAN_TEXT_VERBS = frozenset(
    "steht stand stehen standen enthält enthielt enthalten lautet lautete lesen".split()
)
# German pronominal adverbs that point back at a text named before: "Darin steht".
GERMAN_TEXT_POINTERS = frozenset("darin dort darauf hierin worin".split())
# Nouns of a written text that can hold words: "ein Zettel", "der Gesetzentwurf".
GERMAN_DOCUMENT_NOUNS = tuple(
    """
    brief schreiben zettel papier entwurf gesetzentwurf gesetz gesetzbuch urteil vertrag
    bericht erklärung stellungnahme mitteilung plakat schild aufruf antrag memorandum
    dokument protokoll text passus artikel paragraf paragraph grundgesetz verfassung
    """.split()
)
# Prepositions naming the text quoted after "heißt es": "hieß es im Bericht".
IN_TEXT = frozenset("in im auf bei am".split())
# "Das", "Dies" opening a German sentence that credits the one before.
GERMAN_THIS = frozenset("das dies".split())
# Prepositions that name a source in German: "laut dem Bericht", "dem Bericht zufolge".
GERMAN_SOURCES = frozenset(["laut", "zufolge", "angaben", "meinung", "auffassung"])
# Prepositions that put a source's name right after them: "laut „Reuters“".
GERMAN_SOURCE_PREPOSITIONS = frozenset(["laut", "von", "gegenüber", "vom", "bei", "beim"])
# Articles and contracted prepositions right before a name: "die „Bild“".
GERMAN_ARTICLES = frozenset("der die das des dem den im beim vom zum zur am ins".split())
# Endings of German compounds naming a body: "Landesregierung", "Bundesgericht".
GERMAN_BODY_ENDINGS = tuple(
    """
    regierung gericht ministerium partei verband sprecher organisation stiftung
    vereinigung verwaltung gesellschaft kommission bewegung initiative gewerkschaft
    agentur zeitung zeitschrift sender
    """.split()
)
# Capitalised German words opening a sentence that never start a name:
# "Dies hätten die Beamten …", "Jeder Lehrer könne …".
GERMAN_NOT_NAMES = frozenset(
    """
    dies dieser diese dieses diesem diesen jeder jede jedes alle man es das
    beide viele manche solche welche zahlreiche einige mehrere weitere andere etliche
    wenige sämtliche
    """.split()
)
# Capitalised words opening a sentence that never start a name: "Nach der
# Landung" (German prepositions) is no "Ursula von der Leyen".
NAME_NEVER_STARTS = frozenset(
    """
    nach vor mit bei zu aus in an auf über für gegenüber unter durch um im am
    zum zur beim vom seit laut während wegen trotz
    """.split()
)
# Function words of other languages: a German quotation holding them is a
# foreign name ("Union pour un Mouvement Populaire", "Department of Zoology").
FOREIGN_WORDS = frozenset("the of for and du de la le des pour del di y".split())
# Those of them that are German words too: the genitive article "des" ("Akt des
# Anstands", Duden-Grammatik, declension of the definite article) is foreign only
# beside another foreign word ("Union des Forces de Progrès").
FOREIGN_AND_GERMAN = frozenset({"des"})

# Nouns of the adverbial idioms that stand between an auxiliary and its
# participle: "pour sa part", "de son côté", "à son tour", "por su parte", "a su
# vez", "dal canto suo", "a sua volta" (the idioms of this kind in each grammar).
ADVERBIAL_NOUNS = frozenset("part côté tour fois parte vez canto volta".split())

# English approximators before a number or a fraction, as they open a quantity
# phrase: "at least half of the voters", "nearly two-thirds", "about 40 percent"
# (Quirk et al. 1985, §7.56, approximators; Huddleston & Pullum 2002, ch. 5 §9),
# longest first so that "more than" is tried before a one-word one.
APPROXIMATORS: tuple[str, ...] = (
    "fewer than",
    "less than",
    "more than",
    "at least",
    "at most",
    "just over",
    "just under",
    "close to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "some",
    "over",
    "only",
)
# English heads of a partitive quantity phrase, whose "of" phrase names the set
# the quantity is taken from: "half of the voters", "most of the delegates",
# "a majority of Republicans", "two-thirds of members" (the fraction and
# quantifier heads of Huddleston & Pullum 2002, ch. 5 §9, fused-head partitives).
PARTITIVE_HEADS = frozenset(
    """
    half third thirds quarter quarters fifth fifths majority minority most many
    some several all none few two-thirds three-quarters one two three four five
    six seven eight nine ten dozens hundreds thousands percent
    """.split()
)
# English agent-noun endings, the suffixes that make a noun of a person by what
# they do: "director", "front-runner", "strategist", "historian", "nominee",
# "consultant", "resident", "chairman" (Quirk et al. 1985, Appendix I.34-I.36).
AGENT_NOUN_ENDINGS: tuple[str, ...] = (
    "er",
    "or",
    "ist",
    "ian",
    "ee",
    "ant",
    "ent",
    "man",
    "woman",
    "men",
    "women",
)
