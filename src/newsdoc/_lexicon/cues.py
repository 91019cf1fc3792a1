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
by the regular inflection rules (:func:`_en_forms`); the German forms are
typed by hand and completed from lemmas by
:func:`newsdoc._lexicon.german_verbs.german_cue_forms` (the joined forms of
separable verbs, "mitteilte", among them); French, Spanish and Italian forms
come from lemmas too (below).  ``SOURCE_PHRASES``,
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

from collections.abc import Callable, Mapping
from types import MappingProxyType

import regex

from newsdoc._lexicon.german_verbs import german_cue_forms, split_stems

__all__ = [
    "ADDRESSEE_VERBS",
    "AS_SAID",
    "CUE_INFINITIVES",
    "CUE_VERBS",
    "GERMAN_SPLIT_CUES",
    "GERMAN_STRONG_PAST",
    "IMPERSONAL_READS",
    "INVERTED_PRONOUN",
    "NAMING_GAPS",
    "NAMING_VERBS",
    "NOMINAL_RELATIVES",
    "OPINION_VERBS",
    "PASSIVE_AUXILIARIES",
    "POINTERS_BACK",
    "POSTPOSED_ONLY",
    "PREDICATIVE_FUER_LEMMAS",
    "REPORTING_WORDS",
    "SOURCE_PHRASES",
    "SOURCE_POSTPOSITIONS",
    "SUBJUNCTIVES",
    "TITLE_NOUNS",
    "TITLE_SUFFIXES",
]


# Final syllables that carry the stress in the verbs of saying of two syllables
# or more ("adMIT", "conCUR", "reFER"): their last consonant doubles too.
_STRESSED_ENDINGS = ("mit", "cur", "fer", "pel", "gret", "but", "bet", "trol")


def _doubles(stem: str) -> bool:
    """Return whether the final consonant of ``stem`` doubles before -ed and -ing.

    The spelling rule of English inflection: one vowel letter then one consonant
    letter (not w, x, y) at the end of a stressed syllable doubles ("quip" ->
    "quipped", "admit" -> "admitted"; "visit" -> "visited"): every word of one
    syllable, and the longer verbs whose last syllable is stressed.
    """
    if len(stem) < 3 or stem[-1] in "aeiouwxy" or stem[-2] not in "aeiou":
        return False
    if stem[-3] in "aeiou" and stem[-4:-2] != "qu":
        return False  # two vowel letters: "plead", "shout" (the u of "quip" is none)
    syllables = len(regex.findall(r"[aeiouy]++", stem))
    return syllables == 1 or stem.endswith(_STRESSED_ENDINGS)


def _en_forms(*stems: str) -> frozenset[str]:
    """Regular English verb forms: 'warn' -> warn, warns, warned, warning; 'quip' -> quipped."""
    out: set[str] = set()
    for stem in stems:
        if stem.endswith("e"):
            out |= {stem, stem + "s", stem + "d", stem[:-1] + "ing"}
        elif stem.endswith("y") and stem[-2:-1] not in "aeiou":
            out |= {stem, stem[:-1] + "ies", stem[:-1] + "ied", stem + "ing"}
        elif _doubles(stem):
            out |= {stem, stem + "s", stem + stem[-1] + "ed", stem + stem[-1] + "ing"}
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


def _en_past(*stems: str) -> frozenset[str]:
    """Regular English past forms: 'grumble' -> grumbled, 'snap' -> snapped, 'cry' -> cried."""
    out: set[str] = set()
    for stem in stems:
        if stem.endswith("e"):
            out.add(stem + "d")
        elif stem.endswith("y") and stem[-2:-1] not in "aeiou":
            out.add(stem[:-1] + "ied")
        elif (
            len(stem) <= 4
            and stem[-1] in "bdgmnprt"
            and stem[-2] in "aeiou"
            and (stem[-3:-2] not in "aeiou")
        ):
            out.add(stem + stem[-1] + "ed")  # one short vowel, one consonant: snapped
        else:
            out.add(stem + "ed")
    return frozenset(out)


# Levin's verbs of communication (B. Levin 1993, "English Verb Classes and
# Alternations", section 37: say verbs 37.7, manner of speaking 37.3, complain
# verbs 37.8, advise verbs 37.9), in the past tense only: their bare and -s forms
# are nouns as often ("a groan", "the roars"), their past forms cue a quotation
# ("“…,” she grumbled").
_EN_LEVIN_PAST = _en_past(
    # 37.7 say verbs (not "proposed", "related", "repeated": adjectives as often)
    "articulate",
    "blurt",
    "confess",
    "confide",
    "convey",
    "reveal",
    # 37.3 manner of speaking
    "babble",
    "bawl",
    "bellow",
    "bleat",
    "boom",
    "bray",
    "burble",
    "cackle",
    "carol",
    "chatter",
    "chirp",
    "cluck",
    "coo",
    "croak",
    "croon",
    "crow",
    "cry",
    "drawl",
    "drone",
    "gabble",
    "gibber",
    "groan",
    "growl",
    "grumble",
    "grunt",
    "hiss",
    "holler",
    "hoot",
    "howl",
    "jabber",
    "lilt",
    "lisp",
    "moan",
    "mumble",
    "murmur",
    "mutter",
    "purr",
    "rage",
    "rasp",
    "roar",
    "rumble",
    "screech",
    "shriek",
    "snarl",
    "splutter",
    "squawk",
    "squeak",
    "squeal",
    "stammer",
    "stutter",
    "trill",
    "trumpet",
    "twitter",
    "wail",
    "warble",
    "wheeze",
    "whimper",
    "whine",
    "whistle",
    "whoop",
    "yelp",
    # 37.8 complain verbs; 37.9 advise verbs
    "grouse",
    "object",
    "admonish",
    "advise",
    "counsel",
    "instruct",
) | frozenset(["sang"])  # "sing" (37.3), irregular
_EN |= _EN_LEVIN_PAST

# Levin (1993) 37.4 verbs of instrument of communication (with the newer
# "email", "text", "message") and 37.9 advise verbs: every form of those that
# are no common noun, the past alone of the others ("a wire", "the text").  Not
# 37.1 (dictate, recite, relay): their object is a text passed on ("recites the
# same points"), seldom a quotation.
_EN |= _en_forms("assure", "apprise", "inform", "notify", "telephone")
_EN |= _en_past(
    "email",
    "fax",
    "phone",
    "radio",
    "signal",
    "telegraph",
    "wire",
    "text",
    "message",
    "alert",
    "brief",
    "enlighten",
) | frozenset(["e-mailed", "signalled"])

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
#: German bare finite forms of separable verbs of saying that cue a quotation
#: only with their particle closing the clause ("führte … aus", "hielt … fest").
GERMAN_SPLIT_CUES: Mapping[str, frozenset[str]] = MappingProxyType(split_stems(_DE))
_DE = _DE | german_cue_forms()

# --- Verbs of saying in French, Spanish and Italian, generated from lemmas ----
#
# The class is that of the communication verbs: Levin (1993, *English Verb
# Classes and Alternations*, §37: 37.1 transfer of a message, 37.2 tell, 37.3
# manner of speaking, 37.7 say, 37.8 complain, 37.9 advise) and the lexical
# units of FrameNet's Statement, Telling, Reporting, Questioning, Response,
# Communication_manner and Judgment_direct_address frames, each rendered by the
# verbs reporters of that language use for it.  A lemma gives every third-person
# form a cue takes: present, imperfect, simple past (passé simple, pretérito,
# passato remoto), past participle (the auxiliary of a compound tense is matched
# on its own) and gerund; a reflexive lemma also gives its elided forms
# ("s’interroge", "s’indigna").  Irregular verbs give their principal parts.


def _fr_regular(lemma: str) -> set[str]:
    """French forms of a regular verb: 'ajouter' -> ajoute, ajoutait, ajouta, ajouté."""
    if lemma.endswith("er"):
        stem = lemma[:-2]
        # "annoncer" -> annonçait, "juger" -> jugeait: the stem keeps its sound
        soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") else stem
        return {
            stem + "e",
            stem + "ent",
            soft + "ait",
            soft + "aient",
            soft + "a",
            stem + "èrent",
            stem + "é",
            soft + "ant",
        }
    if lemma.endswith("ir"):  # second group: "réagir" -> réagit, réagissait
        stem = lemma[:-2]
        return {
            stem + "it",
            stem + "issent",
            stem + "issait",
            stem + "issaient",
            stem + "irent",
            stem + "i",
            stem + "issant",
        }
    stem = lemma[:-2]  # "-re": "répondre" -> répond, répondait, répondit, répondu
    return {
        stem,
        stem + "ent",
        stem + "ait",
        stem + "aient",
        stem + "it",
        stem + "irent",
        stem + "u",
        stem + "ant",
    }


def _es_regular(lemma: str) -> set[str]:
    """Spanish forms of a regular verb: 'afirmar' -> afirma, afirmó, afirmaba, afirmado."""
    stem, end = lemma[:-2], lemma[-2:]
    if end == "ar":
        return {
            stem + "a",
            stem + "an",
            stem + "aba",
            stem + "aban",
            stem + "ó",
            stem + "aron",
            stem + "ado",
            stem + "ando",
        }
    # "-er", "-ir": "responder" -> responde, respondió, respondía, respondido
    return {
        stem + "e",
        stem + "en",
        stem + "ía",
        stem + "ían",
        stem + "ió",
        stem + "ieron",
        stem + "ido",
        stem + "iendo",
    }


def _it_regular(lemma: str) -> set[str]:
    """Italian forms of a regular verb: 'spiegare' -> spiega, spiegò, spiegato."""
    stem, end = lemma[:-3], lemma[-3:]
    if end == "are":
        return {
            stem + "a",
            stem + "ano",
            stem + "ava",
            stem + "avano",
            stem + "ò",
            stem + "arono",
            stem + "ato",
            stem + "ando",
        }
    if end == "ere":
        return {
            stem + "e",
            stem + "ono",
            stem + "eva",
            stem + "evano",
            stem + "é",
            stem + "ette",
            stem + "uto",
            stem + "endo",
        }
    # "-ire": "proseguire" -> prosegue, proseguì, proseguito
    return {
        stem + "e",
        stem + "ono",
        stem + "iva",
        stem + "ivano",
        stem + "ì",
        stem + "irono",
        stem + "ito",
        stem + "endo",
    }


def _it_isc(lemma: str) -> set[str]:
    """Italian forms of an '-isc-' verb: 'chiarire' -> chiarisce, chiarì, chiarito."""
    return _it_regular(lemma) - {lemma[:-3] + "e", lemma[:-3] + "ono"} | {
        lemma[:-3] + "isce",
        lemma[:-3] + "iscono",
    }


def _elided(forms: set[str]) -> set[str]:
    """Return the reflexive forms elided before a vowel: 'interroge' -> s’interroge."""
    return {p + f for f in forms if f[:1] in "aeiouéèêàh" for p in ("s’", "s'")}


def _forms(regular: Callable[[str], set[str]], lemmas: str) -> set[str]:
    """Return the forms of the space-separated regular ``lemmas``."""
    return {form for lemma in lemmas.split() for form in regular(lemma)}


def _reflexive(regular: Callable[[str], set[str]], lemmas: str) -> set[str]:
    """Return the forms of reflexive ``lemmas``, elided ones included."""
    forms = _forms(regular, lemmas)
    return forms | _elided(forms)


def _irregular(table: Mapping[str, str]) -> set[str]:
    """Return the listed forms of irregular verbs (lemma -> space-separated forms)."""
    return {form for parts in table.values() for form in parts.split()}


_FR_LEMMAS = """
    déclarer ajouter affirmer expliquer estimer souligner indiquer préciser assurer
    lancer raconter confier dénoncer insister rapporter annoncer accuser déplorer
    jurer protester réaffirmer demander inviter qualifier juger fustiger tonner
    commenter regretter observer noter résumer analyser détailler nuancer
    argumenter ironiser plaider confesser avouer témoigner alerter signaler
    mentionner continuer enchaîner répliquer rétorquer objecter trancher glisser
    lâcher murmurer crier chuchoter souffler remarquer constater pointer railler
    interpeller critiquer conseiller recommander exhorter implorer supplier
    confirmer nier raisonner tempêter marteler rappeler révéler considérer
    insister résumer conclure tweeter reprendre interroger questionner taxer
"""
_FR_SECOND = "réagir avertir renchérir"  # second group: réagit, réagissait
_FR_REFLEXIVE = "exclamer écrier interroger indigner inquiéter féliciter désoler emporter"
_FR_IRREGULAR: Mapping[str, str] = MappingProxyType(
    {
        "dire": "dit disent disait disaient dirent disant dire déclarer affirmer",
        "prédire": "prédit prédisent prédisait",
        "écrire": "écrit écrivent écrivait écrivaient écrivit écrivirent écrivant",
        "conclure": "conclut concluent concluait conclu concluant",
        "poursuivre": "poursuit poursuivent poursuivait poursuivit poursuivi poursuivant",
        "soutenir": "soutient soutiennent soutenait soutint soutenu soutenant",
        "reconnaître": "reconnaît reconnait reconnaissent reconnaissait reconnut reconnu "
        "reconnaissant",
        "admettre": "admet admettent admettait admit admis admettant",
        "promettre": "promet promettent promettait promit promis promettant",
        "prévenir": "prévient préviennent prévenait prévint prévenu prévenant",
        "répondre": "répond répondent répondait répondit répondu répondant",
        "décrire": "décrit décrivent décrivait décrivit décrivant",
        "défendre": "défend défendent défendait défendit défendu défendant",
        "reprendre": "reprend reprennent reprenait reprit repris reprenant",
        "démentir": "dément démentent démentait démentit démenti",
        # a stem vowel that changes: "il martèle", "il rappelle", "il révèle"
        "marteler": "martèle martèlent",
        "rappeler": "rappelle rappellent",
        "révéler": "révèle révèlent",
        "considérer": "considère considèrent",
        "inquiéter": "s’inquiète s'inquiète inquiète",
        "interroger": "interrogea interrogeait",
        "écrier": "écriée écrièrent",
        "exclamer": "exclamée",
    }
)

_ES_LEMMAS = """
    afirmar asegurar explicar señalar indicar declarar agregar expresar apuntar
    destacar subrayar comentar precisar preguntar denunciar criticar sentenciar
    aclarar relatar confirmar considerar exclamar avisar constatar opinar anunciar
    alertar continuar reclamar puntualizar abundar detallar matizar lamentar
    recalcar enfatizar reiterar resaltar argumentar alegar replicar contestar
    narrar tuitear publicar valorar analizar reprochar recriminar cuestionar
    ironizar bromear jurar informar comunicar aseverar proclamar apostillar
    razonar justificar plantear remarcar espetar zanjar insistir añadir admitir
    escribir esgrimir responder prometer agradecer reconocer acusar calificar
    tachar tildar definir describir reaccionar
"""
# More verbs of communication ("verbos de lengua", the verbs that take a
# declarative clause in the RAE *Nueva gramática*'s chapter on substantive
# subordinate clauses) whose every sense is saying, so that their subject is a
# speaker: not "compartir", "exigir", "pedir" or "condenar", whose subject may be
# a thing ("un esfuerzo físico exige …").
_ES_LEMMAS += """
    revelar externar mencionar gritar susurrar murmurar vociferar interpelar
    rebatir refutar objetar reflexionar dictaminar acotar
"""
_ES_REFLEXIVE = "quejar lamentar preguntar felicitar congratular sincerar"
_ES_IRREGULAR: Mapping[str, str] = MappingProxyType(
    {
        "decir": "dice dicen decía decían dijo dijeron dicho diciendo",
        "predecir": "predice predijo",
        "sostener": "sostiene sostienen sostenía sostuvo sostuvieron sostenido sosteniendo",
        "mantener": "mantiene mantuvo",
        "concluir": "concluye concluyen concluía concluyó concluyeron concluido concluyendo",
        "advertir": "advierte advierten advertía advirtió advirtieron advertido advirtiendo",
        "sugerir": "sugiere sugieren sugería sugirió sugirieron sugerido sugiriendo",
        "referir": "refiere refieren refería refirió refirieron referido refiriendo",
        "recordar": "recuerda recuerdan recordaba recordó recordaron recordado recordando",
        "contar": "cuenta contó contaron contaba contado",
        "defender": "defiende defienden defendía defendió defendieron defendido",
        "confesar": "confiesa confiesan confesaba confesó confesaron confesado",
        "negar": "niega niegan negaba negó negaron negado negando",
        "manifestar": "manifiesta manifiestan manifestaba manifestó manifestaron manifestado",
        "desmentir": "desmiente desmintió desmentido",
        "escribir": "escrito",
        "describir": "descrito",
        "proseguir": "prosigue prosiguen proseguía prosiguió prosiguieron proseguido",
        "reconocer": "reconocía",
        "continuar": "continúa continúan",
    }
)

_IT_LEMMAS = """
    dichiarare spiegare affermare sottolineare commentare precisare osservare
    annunciare raccontare assicurare denunciare attaccare tuonare invitare
    accusare rivelare evidenziare ricordare replicare domandare continuare chiosare
    rimarcare segnalare rilevare notare confermare negare lamentare protestare
    raccomandare esortare incalzare sentenziare puntualizzare argomentare
    ironizzare scherzare confessare confidare narrare riportare esclamare gridare
    urlare twittare postare avvisare criticare rassicurare giurare ammonire
    insistere proseguire avvertire bollare etichettare qualificare descrivere
"""
_IT_ISC = "ribadire definire reagire chiarire riferire garantire smentire ammonire"
_IT_REFLEXIVE = "indignare domandare lamentare sfogare interrogare rammaricare"
_IT_IRREGULAR: Mapping[str, str] = MappingProxyType(
    {
        "dire": "dice dicono diceva dicevano disse dissero detto dicendo",
        "scrivere": "scrive scrivono scriveva scrisse scrissero scritto scrivendo",
        "rispondere": "risponde rispondono rispondeva rispose risposero risposto rispondendo",
        "concludere": "conclude concludono concludeva concluse conclusero concluso concludendo",
        "ammettere": "ammette ammettono ammetteva ammise ammisero ammesso ammettendo",
        "promettere": "promette promettono prometteva promise promisero promesso",
        "chiedere": "chiede chiedono chiedeva chiese chiesero chiesto chiedendo",
        "aggiungere": "aggiunge aggiungono aggiungeva aggiunse aggiunsero aggiunto aggiungendo",
        "sostenere": "sostiene sostengono sosteneva sostenne sostennero sostenuto sostenendo",
        "difendere": "difende difendono difendeva difese difesero difeso",
        "riassumere": "riassume riassunse riassunto",
        "descrivere": "descrive descrivono descriveva descrisse descritto",
        "insistere": "insistito",
        "reagire": "reagito",
        "esclamare": "esclama",
    }
)

# Present forms that are common nouns far more often than cues ("la critique",
# "la cuenta", "la nota"); their other forms stay ("a critiqué", "ha notato").
_FR_NOUNS = frozenset(
    "critique avance pointe souffle alerte tranche nuance remarque réplique analyse murmure "
    "juge note demande".split()
)
_ES_NOUNS = frozenset("cuenta alerta comunicado".split())
_IT_NOUNS = frozenset("critica nota domanda conferma grida urla posta protesta chiosa".split())


# The verbs of opinion (verba putandi) whose holder speaks the words quoted in
# their complement: "Pedro Alonso cree que la tasa es «un disparate»", "Marc Roy
# pense que c'est « une erreur »", "Neri ritiene che sia «un errore»".  Each
# grammar lists them with the verbs of saying as the verbs that introduce
# reported discourse (Le Bon Usage, § 1122 on the verbs of opinion and saying
# before "que"; RAE, Nueva gramática, § 43.2, "verbos de pensamiento"; Serianni,
# Grammatica italiana, XIV.56, "verbi di opinione").  Those already listed with
# the verbs of saying ("estimer", "juger", "considérer", "considerar", "opinar")
# stay there.
_FR_OPINION = "penser"
_FR_OPINION_IRREGULAR: Mapping[str, str] = MappingProxyType(
    {"croire": "croit croient croyait croyaient crut crurent cru croyant"}
)
_ES_OPINION = "estimar juzgar"
_ES_OPINION_IRREGULAR: Mapping[str, str] = MappingProxyType(
    {
        "creer": "cree creen creía creían creyó creyeron creído creyendo",
        "pensar": "piensa piensan pensaba pensaban pensó pensaron pensado pensando",
    }
)
_IT_OPINION = "pensare considerare giudicare reputare"
_IT_OPINION_IRREGULAR: Mapping[str, str] = MappingProxyType(
    {
        "credere": "crede credono credeva credevano credette credettero creduto credendo",
        "ritenere": "ritiene ritengono riteneva ritenevano ritenne ritennero ritenuto ritenendo",
    }
)

_FR = (
    frozenset(
        _forms(_fr_regular, _FR_LEMMAS)
        | _forms(_fr_regular, _FR_SECOND)
        | _reflexive(_fr_regular, _FR_REFLEXIVE)
        | _irregular(_FR_IRREGULAR)
    )
    - _FR_NOUNS
)
_ES = (
    frozenset(
        _forms(_es_regular, _ES_LEMMAS)
        | _reflexive(_es_regular, _ES_REFLEXIVE)
        | _irregular(_ES_IRREGULAR)
    )
    - _ES_NOUNS
)
_IT = (
    frozenset(
        _forms(_it_regular, _IT_LEMMAS)
        | _forms(_it_isc, _IT_ISC)
        | _reflexive(_it_regular, _IT_REFLEXIVE)
        | _irregular(_IT_IRREGULAR)
    )
    - _IT_NOUNS
)

#: The inflected verbs of opinion (see ``_FR_OPINION``), a cue only before the
#: complementizer of the clause they introduce: "cree que la tasa es «un
#: disparate»" (not "croit pouvoir", "credono in una «…»").
OPINION_VERBS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset(_forms(_fr_regular, _FR_OPINION) | _irregular(_FR_OPINION_IRREGULAR)),
        "es": frozenset(_forms(_es_regular, _ES_OPINION) | _irregular(_ES_OPINION_IRREGULAR)),
        "it": frozenset(_forms(_it_regular, _IT_OPINION) | _irregular(_IT_OPINION_IRREGULAR)),
    }
)

#: Cue forms that are also common nouns ("la critique", "la nota"): a cue only
#: right after a quotation, where no noun phrase can stand ("», analyse X").
POSTPOSED_ONLY: Mapping[str, frozenset[str]] = MappingProxyType(
    {"en": frozenset(), "de": frozenset(), "fr": _FR_NOUNS, "es": _ES_NOUNS, "it": _IT_NOUNS}
)

#: Inflected cue-verb forms per language (lower case).
CUE_VERBS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"en": _EN, "de": _DE, "fr": _FR, "es": _ES, "it": _IT}
)

#: The infinitives of the Romance verbs of saying (their lemmas, lower case): "a
#: tenu à rappeler que", "se limitó a decir que", "ha voluto ribadire che" — an
#: infinitive governed by another verb, whose subject it shares.
CUE_INFINITIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset(
            (_FR_LEMMAS + " " + _FR_SECOND + " " + _FR_REFLEXIVE).split() + list(_FR_IRREGULAR)
        ),
        "es": frozenset((_ES_LEMMAS + " " + _ES_REFLEXIVE).split() + list(_ES_IRREGULAR)),
        "it": frozenset(
            (_IT_LEMMAS + " " + _IT_ISC + " " + _IT_REFLEXIVE).split() + list(_IT_IRREGULAR)
        ),
    }
)

# The verbs that give something a name or a verbal description, whose object
# complement may be a quotation ("Lee called the plan “a farce”", "what the union
# describes as “theft”"): B. Levin 1993, "English Verb Classes and Alternations",
# 29.3 dub verbs (those done in words: not anoint, crown, consecrate, vote) and
# 29.2 characterize verbs that describe in words (not see, view, regard: verbs of
# thinking); "refer to … as", the prepositional verb with an object complement
# (Quirk et al. 1985, "A Comprehensive Grammar of the English Language", 16.50).
_EN_NAMING = _en_forms(
    # 29.3
    "brand",
    "call",
    "christen",
    "label",
    "name",
    "nickname",
    "pronounce",
    "style",
    "term",
    # 29.2
    "bill",
    "characterize",
    "characterise",
    "cite",
    "define",
    "depict",
    "describe",
    "hail",
    "herald",
    "lampoon",
    "portray",
    "praise",
    "present",
    "stigmatize",
    "stigmatise",
) | frozenset("dub dubs dubbed dubbing labelled labelling refer refers referred referring".split())

#: Verbs of naming and verbal description (lower case, every form): the subject
#: of one is who chose the words of a quotation standing as its object complement.
NAMING_VERBS: Mapping[str, frozenset[str]] = MappingProxyType({"en": _EN_NAMING})

#: Words that open a clause whose object is a gap the naming verb fills: the
#: relative and nominal relative pronouns and the relative "that" ("what it calls
#: “…”", "whom she described as “…”", "the plan that Lee termed “…”"), and the
#: completive "that" before a clause with its own subject (Quirk et al. 1985,
#: 15.8 nominal relative clauses, 17.10 relative pronouns; lower case).
NAMING_GAPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"en": frozenset("what whatever whom which that who".split())}
)

#: The nominal relative pronouns among them: their clause is itself a noun phrase
#: of the sentence ("Lee denounced what he calls “…”"), so a pronoun subject in it
#: is bound by the sentence's subject (Quirk et al. 1985, 15.8; lower case).
NOMINAL_RELATIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {"en": frozenset({"what", "whatever"})}
)

#: The auxiliary of the passive: the forms of "be" (Quirk et al. 1985, 3.63) and
#: of German "werden" (Duden, Die Grammatik, Vorgangspassiv); lower case.
PASSIVE_AUXILIARIES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset("am is are was were be been being".split()),
        "de": frozenset(
            "werde wirst wird werden werdet wurde wurdest wurden wurdet worden".split()
        ),
    }
)

#: The conjunction of "as X said" that may open a cue after a quotation:
#: "», comme l’a dit X", "», come ha detto X", "», como dijo X" (lower case).
AS_SAID: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(),
        "de": frozenset(),
        "fr": frozenset({"comme"}),
        "es": frozenset({"como"}),
        "it": frozenset({"come"}),
    }
)

#: Words opening the sentence after a quotation that point back at it: "«…».
#: Así lo afirmó X", "Queste le parole di X", "Così X.", "Ainsi parlait X" (lower
#: case): manner adverbs, demonstratives and the neuter clitic of each language.
POINTERS_BACK: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset("ainsi voilà tels telles tel telle".split()),
        "es": frozenset("así estas estos esas esos tales lo".split()),
        "it": frozenset("così queste questi tali lo ecco".split()),
    }
)

#: Prepositional cues whose source follows: "according to the ministry".  With
#: them, each language's prepositional phrases of point of view, which credit a
#: view to their object ("in the view of", "a juicio de", "a giudizio di", "de
#: l'avis de"; RAE, *Nueva gramática*, § 29.9 on the *locuciones
#: preposicionales*; Serianni, *Grammatica*, VIII on the *locuzioni
#: preposizionali*; *Le Bon Usage* on the prepositional phrases).
SOURCE_PHRASES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "en": (
            "according to",
            "in the words of",
            "as quoted by",
            "quoting",
            "in the view of",
            "in the opinion of",
        ),
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
            "de l'avis de",
            "de l’avis de",
            "aux yeux de",
            "aux dires de",
            "au dire de",
        ),
        "es": (
            "según",
            "de acuerdo con",
            "en palabras de",
            "para",
            "las palabras de",
            "las declaraciones de",
            "a juicio de",
            "en opinión de",
            "a decir de",
            "a criterio de",
        ),
        "it": (
            "secondo",
            "stando a",
            "per",
            "a detta di",
            "a giudizio di",
            "a parere di",
            "ad avviso di",
            "a dire di",
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
#: "Die Lage sei „ernst“" (lower case).  Konjunktiv II stands in where the
#: Konjunktiv I form equals the indicative ("sie hätten", "sie wären"; Duden-
#: Grammatik, Redewiedergabe: Ersatzformen), so the auxiliaries have both.
SUBJUNCTIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "de": frozenset(
            """
            sei seien seiest habe hätten hätte wäre wären werde würden würde könne könnten
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

#: The German verbs of considering whose predicative complement takes "für"
#: rather than "als" ("hält den Plan für „unsinnig“", "erachtet ihn für
#: „überflüssig“"; Duden, *Die Grammatik*, the predicative with "als" and
#: "für"), as lemmas: with one of them in the clause, "für" before a quotation
#: marks a characterisation as "als" does.
PREDICATIVE_FUER_LEMMAS: tuple[str, ...] = ("halten", "erachten")

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


#: Verbs of saying whose object is the one spoken to ("told reporters", "warned the
#: board"), in the past tense: Levin's (1993) tell verbs (37.2) and advise verbs (37.9).
ADDRESSEE_VERBS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "told asked informed notified assured reminded advised warned cautioned "
            "instructed counseled admonished".split()
        )
    }
)
