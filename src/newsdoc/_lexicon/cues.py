"""Speech cues per language: the verbs and phrases that attribute a quotation.

``CUE_VERBS`` lists every inflected form a reporter uses ("said", "says",
"saying"; "sagte", "sagt"; "a déclaré", "déclare"; "dijo", "dice"; "ha detto",
"dice").  French, Spanish and Italian compound tenses are matched by their
participle alone ("déclaré", "detto"), since the auxiliary may be inverted
("a-t-il déclaré").  ``SOURCE_PHRASES`` are prepositional cues whose source
follows them ("according to X", "selon X", "laut X"); ``SOURCE_POSTPOSITIONS``
follow their source ("X zufolge").  Everything is plain data; ``quotes`` builds
one compiled pattern per language from it, lazily.

Sources: ``CUE_VERBS`` are each language's verbs of saying (verba dicendi) and
of the manner of saying; the English forms are generated from the base verbs
by the regular inflection rules (:func:`_en_forms`), the German, French,
Spanish and Italian forms are typed by hand (finite forms, participles and
gerunds, not yet generated from a conjugation table).  ``SOURCE_PHRASES``,
``SOURCE_POSTPOSITIONS``, ``INVERTED_PRONOUN``, ``REPORTING_WORDS`` and
``IMPERSONAL_READS`` are closed grammatical constructions of each language
(prepositions and postpositions of source, verb-subject inversion, impersonal
"se lee"/"si legge"/"peut-on lire").  ``SUBJUNCTIVES`` are the German
Konjunktiv I and II forms of the auxiliaries, modals and most frequent verbs,
from German grammar.  ``TITLE_NOUNS`` and ``TITLE_SUFFIXES`` are nouns that
name a work, medium, organisation or event, collected by hand: an open class
without a single source.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "CUE_VERBS",
    "GERMAN_STRONG_PAST",
    "IMPERSONAL_READS",
    "INVERTED_PRONOUN",
    "REPORTING_WORDS",
    "SOURCE_PHRASES",
    "SOURCE_POSTPOSITIONS",
    "SUBJUNCTIVES",
    "TITLE_NOUNS",
    "TITLE_SUFFIXES",
]


def _en_forms(*stems: str) -> frozenset[str]:
    """Regular English verb forms: 'warn' -> warn, warns, warned, warning."""
    out: set[str] = set()
    for stem in stems:
        if stem.endswith("e"):
            out |= {stem, stem + "s", stem + "d", stem[:-1] + "ing"}
        elif stem.endswith("y") and stem[-2:-1] not in "aeiou":
            out |= {stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"}
        else:
            out |= {stem, stem + "s", stem + "ed", stem + "ing"}
    return frozenset(out)


# Bare forms that are nouns far more often than cues: "the report", "a claim".
_NOT_BARE = frozenset(
    "state states report reports charge charges note call demand demands promise promises "
    "claim tweet tweets answer answers post mention praise slam blast mock echo counter "
    "reason agree point".split()
)


_EN = _en_forms(
    "opine",
    "bark",
    "beam",
    "gush",
    "fume",
    "sigh",
    "laugh",
    "chuckle",
    "interject",
    "interrupt",
    "rail",
    "scold",
    "tease",
    "marvel",
    "add",
    "argue",
    "assert",
    "caution",
    "claim",
    "complain",
    "conclude",
    "concede",
    "contend",
    "continue",
    "counter",
    "declare",
    "explain",
    "insist",
    "joke",
    "note",
    "observe",
    "remark",
    "reply",
    "respond",
    "state",
    "stress",
    "suggest",
    "warn",
    "acknowledge",
    "admit",
    "announce",
    "charge",
    "allege",
    "maintain",
    "muse",
    "boast",
    "shout",
    "yell",
    "scream",
    "testify",
    "recall",
    "predict",
    "promise",
    "vow",
    "urge",
    "demand",
    "emphasize",
    "emphasise",
    "tweet",
    "post",
    "quip",
    "ask",
    "answer",
    "exclaim",
    "mention",
    "point",
    "report",
    "confirm",
    "deny",
    "insist",
    "lament",
    "plead",
    "pledge",
    "proclaim",
    "reiterate",
    "retort",
    "scoff",
    "sneer",
    "snap",
    "thunder",
    "whisper",
    "wonder",
    "chant",
    "describe",
    "label",
    "dub",
    "criticize",
    "criticise",
    "accuse",
    "blast",
    "slam",
    "praise",
    "recount",
    "reason",
    "agree",
    "concur",
    "disagree",
) | frozenset(
    "say says said saying tell tells told telling write writes wrote writing written "
    "calls called calling echoes echoed dubs dubbed dubbing "
    "read reads reading speak speaks spoke speaking".split()
)
_EN = _EN - _NOT_BARE - {"points", "posts", "tweets", "answers", "remarks"}

_DE = frozenset(
    """
    sagte sagten sagt sagen gesagt sage erklärte erklärten erklärt erklären
    betonte betonten betont meinte meinten meint schrieb schrieben schreibt
    geschrieben warnte warnten warnt kritisierte kritisierten kritisiert
    forderte forderten fordert berichtete berichteten berichtet sprach sprachen
    spricht nannte nannten nennt bezeichnete bezeichneten bezeichnet äußerte
    äußerten äußert verkündete verkündet antwortete antworteten antwortet
    erläuterte erläutert bestätigte bestätigten bestätigt unterstrich
    unterstreicht kommentierte kommentierten kommentiert versicherte versichert
    bekräftigte bekräftigt entgegnete entgegnet teilte teilten teilt mitgeteilt
    fügte fügt hinzugefügt räumte räumt zitiert zitierte zitieren hieß heißt
    lautete lautet rief riefen ruft skandierten skandierte beschrieb beschreibt
    begründete begründet argumentierte argumentiert stellte gab glaubt glaubte
    fragte fragt klagte klagt beklagte beklagt mahnte mahnt lobte lobt
    würdigte würdigt warf wirft schimpfte erinnerte erinnert resümierte
    ergänzte ergänzt präzisierte behauptete behauptet verteidigte charakterisierte
    charakterisiert fragte kommentiert appellierte appelliert widersprach
    bilanzierte resümiert mutmaßte vermutete vermutet warfen konstatierte konstatiert
    lobten beklagten bemängelte bemängelten räumten wiesen wies verwies verwiesen
    unterstrichen hob hoben prophezeite kündigte kündigten versprach versprachen
    verkündeten erinnerten monierte rügte drohte drohten mahnten appellierten
    bekräftigten stellten gaben sprach meldete meldeten meldet
    fragen betonen warnen kritisieren meinen schreiben berichten fordern
    aufforderte aufforderten hinzufügte hinzufügten ausdrückte ausdrückten
    schilderte schilderten schildert rät riet rieten empfahl empfahlen empfiehlt
    beurteilte beurteilten beurteilt bewertete bewerteten bewertet wertete werteten wertet
    einräumen eingeräumt zugeben zugegeben einräumte
    """.split()
)

_FR = frozenset(
    """
    dit dire disent disait déclaré déclare déclarait déclarent déclarant
    ajouté ajoute ajoutait ajoutant affirmé affirme affirmait affirmant expliqué
    explique expliquait expliquant estimé estime estimait estimant souligné
    souligne soulignait soulignant indiqué indique indiquait précisé précise
    précisait précisant assuré assure assurait lancé lance lançait raconté
    raconte racontait confié confie poursuivi poursuit conclu conclut martelé
    martèle dénoncé dénonce dénonçait insisté insiste écrit écrivait écrivent
    répondu répond répondait rapporté rapporte annoncé annonce annonçait
    accusé accuse accusant déploré déplore soutenu soutient juré jure protesté
    proteste réaffirmé réaffirme révélé révèle demandé demande invité invite
    invitant qualifié qualifie jugé juge jugeant fustigé fustige tonné tonnait
    commenté commente reconnu reconnaît reconnaissant prévenu prévient
    rappelé rappelle rappelant regretté regrette observé observe noté note
    exclamé écrié écriée interrogé s’interroge résumé résume promis promet
    avertit averti admis admet déclarer affirmer
    """.split()
)

_ES = frozenset(
    """
    dijo dice dicen decía dijeron dicho afirmó afirma afirman afirmaba afirmado
    aseguró asegura aseguran aseguraba aseguraron asegurado explicó explica
    explicaba explicado señaló señala señalan señalaba señalaron señalado
    indicó indica indicaba indicado declaró declara declaraba declarado añadió
    añade añadía añadido agregó agrega agregaba agregado sostuvo sostiene
    sostenía manifestó manifiesta expresó expresa apuntó apunta destacó destaca
    destacado subrayó subraya advirtió advierte advirtieron comentó comenta
    comentaba precisó precisa insistió insiste concluyó concluye escribió
    escribe escribía escribieron escrito respondió responde preguntó pregunta
    denunció denuncia criticó critica reconoció reconoce admitió admite
    defendió defiende sentenció sentencia aclaró aclara aclarado relata relató
    recuerda recordó recordado confirmó confirma consideró considera exclamó
    avisa avisó constata opina opinó anunció anuncia alertan alertó continúa
    continuó subrayó reclamado puntualizado abundaba agregaron explicaron
    """.split()
)

_IT = frozenset(
    """
    detto dice dicono diceva disse dissero dichiarato dichiara dichiarava
    spiegato spiega spiegava aggiunto aggiunge aggiungeva affermato afferma
    affermava sottolineato sottolinea sottolineando commentato commenta scritto
    scrive scriveva ribadito ribadisce precisato precisa concluso conclude
    osservato osserva avverte avvertito annunciato annuncia risposto risponde
    racconta raccontato assicurato assicura denunciato denuncia attaccato
    attacca tuona tuonato spiegando affermando aggiungendo definito definisce
    reagito invita invitato accusando accusa sostiene sostenuto insiste
    insistito chiarito chiarisce ammesso ammette rivelato rivela evidenziato
    evidenzia ricordato ricorda replicato replica
    """.split()
)

#: Inflected cue-verb forms per language (lower case).
CUE_VERBS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"en": _EN, "de": _DE, "fr": _FR, "es": _ES, "it": _IT}
)

#: Prepositional cues whose source follows: "according to the ministry".
SOURCE_PHRASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": ("according to", "in the words of", "as quoted by", "quoting"),
        "de": (
            "laut",
            "nach angaben",
            "nach angaben von",
            "so",
            "wie",
            *(
                f"nach {noun}{tail}"
                for noun in (
                    "ansicht",
                    "auffassung",
                    "meinung",
                    "aussage",
                    "aussagen",
                    "einschätzung",
                    "darstellung",
                    "worten",
                    "überzeugung",
                )
                for tail in ("", " von")
            ),
        ),
        "fr": (
            "selon",
            "d’après",
            "d'après",
            "pour",
            "les paroles de",
            "les propos de",
            "les mots de",
        ),
        "es": (
            "según",
            "de acuerdo con",
            "en palabras de",
            "para",
            "las palabras de",
            "las declaraciones de",
        ),
        "it": (
            "secondo",
            "stando a",
            "per",
            "a detta di",
            "le parole di",
            "le affermazioni di",
            "le dichiarazioni di",
            "affermazioni di",
            "dichiarazioni di",
            "l’opinione di",
            "l'opinione di",
            "la sintesi di",
        ),
    }
)

#: Cues that follow their source: "dem Ministerium zufolge".
SOURCE_POSTPOSITIONS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"de": ("zufolge",), "en": (), "fr": (), "es": (), "it": ()}
)

#: Pronouns glued to an inverted French cue: "a-t-il ajouté", "dit-elle".
INVERTED_PRONOUN: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"fr": ("il", "elle", "ils", "elles", "on")}
)

#: Nouns that name a work, vessel or law in apposition: "the film “Heat”",
#: "das Schiff „Gorch Fock“".  A short quotation right after one is a name.
TITLE_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "book film movie show series song album novel play program programme "
            "documentary newspaper magazine column headline operation ship vessel "
            "campaign slogan hashtag episode article essay report titled entitled "
            "dubbed nicknamed called named".split()
        ),
        "de": frozenset(
            """
            zeitung zeitschrift magazin buch film sendung serie schiff boot
            operation gesetz album lied song titel stück roman programm projekt
            kampagne aktion initiative portal website plattform partei verein
            bündnis mission studie bericht motto namen name namens tageszeitung
            lautet lauten heißt hieß überschrift enzyklika
            wochenzeitung nachrichtenmagazin fernsehsender sender radiosender
            """.split()
        ),
        "fr": frozenset(
            "journal quotidien hebdomadaire magazine livre film émission série "
            "navire opération loi album chanson titre intitulé baptisé surnommé "
            "appelé".split()
        ),
        "es": frozenset(
            "periódico diario revista libro película programa serie buque barco "
            "operación ley álbum canción título titulado llamado denominado "
            "conocido apodado".split()
        ),
        "it": frozenset(
            "giornale quotidiano settimanale rivista libro film programma serie "
            "nave operazione legge album canzone titolo intitolato chiamato "
            "denominato cosiddetto cosiddetta detto soprannominato".split()
        ),
    }
)

#: German subjunctive (Konjunktiv I and II) forms that mark reported speech:
#: "Die Lage sei „ernst“" (lower case).
SUBJUNCTIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "de": frozenset(
            """
            sei seien seiest habe hätten hätte werde würden würde könne könnten
            könnte müsse müssten müsste solle sollten wolle wollten dürfe dürften
            gebe gäbe gebe stehe stünde stünden gelte bestehe liege lägen komme
            handele handle wisse brauche
            """.split()
        ),
    }
)

#: Words right before a quotation that make it someone's characterisation:
#: "wies die Vorwürfe als „haltlos“ zurück" (lower case).
REPORTING_WORDS: Mapping[str, frozenset[str]] = MappingProxyType({"de": frozenset(["als"])})

#: Impersonal phrases that say where words are written, the text following them:
#: "«…», se lee en el comunicado", "si legge nella nota", "peut-on lire dans le texte".
IMPERSONAL_READS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "es": ("se lee", "se informa", "se señala", "se indica", "se afirma", "se explica"),
        "it": ("si legge", "si afferma", "si spiega", "si sottolinea"),
        "fr": ("peut-on lire", "lit-on", "est-il écrit", "écrit-on"),
    }
)

#: Endings of German compound nouns that name what the next quotation names:
#: "Nachrichtenagentur „Sana“", "Fernsehserie „Tatort“", "Hurrikan „Dennis“".
TITLE_SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "de": (
            "zeitung",
            "agentur",
            "magazin",
            "blatt",
            "sender",
            "zeitschrift",
            "portal",
            "site",
            "dienst",
            "partei",
            "band",
            "organisation",
            "verband",
            "institut",
            "hurrikan",
            "taifun",
            "sturm",
            "schiff",
            "flugzeug",
            "programm",
            "film",
            "serie",
            "buch",
            "album",
            "lied",
            "titel",
            "motto",
            "kampagne",
            "bewegung",
            "initiative",
            "sendung",
            "operation",
            "projekt",
            "gesetz",
            "studie",
            "firma",
            "unternehmen",
            "konzern",
            "provider",
            "modell",
            "modelle",
            "spitznamen",
            "fahrzeug",
            "rakete",
            "mission",
            "plattform",
            "netzwerk",
            "verein",
            "gruppe",
            "fähre",
            "preis",
            "ehrenzeichen",
            "motto",
            "titel",
        ),
    }
)

#: Endings of German strong past forms (with any prefix): "warb", "verwies",
#: "widersprach", "beschrieb" (lower case); they end in neither -t nor -te.
GERMAN_STRONG_PAST: tuple[str, ...] = tuple(
    """
    sprach schrieb wies hob rief warf nahm hielt stand warb gab ließ zog riet bat
    trug blieb las sah kam ging fand schloss empfahl lud bot strich
    """.split()
)
