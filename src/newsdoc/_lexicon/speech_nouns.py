"""Nouns of speech: the nouns that name what someone said.

``SPEECH_NOUNS`` holds, per language, the nouns that stand for an utterance and
so can name its speaker through a genitive ("the words of the minister", "le
parole della ministra") or an agent ("les mots prononcés par le maire").  Two
sources make each list, both as whole classes, singular and plural:

* the action nouns derived from the verbs of saying of
  :mod:`newsdoc._lexicon.cues` (declare -> declaration, affermare ->
  affermazione, prévoir -> prévision, advertir -> advertencia, appellarsi ->
  appello, answer -> answer, warn -> warning …);
* the common nouns of discourse that grammars list under the lexical field of
  speech (word, phrase, message, opinion, view; mot, propos, phrase, avis;
  palabra, frase, opinión; parola, frase, parere; Wort, Aussage, Meinung), as in
  the "nouns of communication" of Biber et al., *Longman Grammar of Spoken and
  Written English* (1999), §2.4, and their equivalents in the Trésor de la
  langue française, the DLE and the Treccani vocabulary.

``OBJECT_RELATIVES`` are the relative pronouns that open a clause whose object
is the noun ("el mensaje que da el genetista", "l’appel qu’a lancé le maire").
``AGENT_PREPOSITIONS`` and ``GENITIVE_PREPOSITIONS`` are the prepositions (with
their contracted forms) that introduce the agent of a passive participle and
the possessor of a noun (lower case).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "AGENT_PREPOSITIONS",
    "GENITIVE_PREPOSITIONS",
    "GERMAN_CONTENT_NOUNS",
    "OBJECT_RELATIVES",
    "POSSESSED_CONTENT",
    "RELAY_PARTICIPLES",
    "SPEECH_NOUNS",
]


def _both(pairs: str) -> frozenset[str]:
    """Return the singular and plural forms written as ``sing/plur`` pairs."""
    return frozenset(form for pair in pairs.split() for form in pair.split("/"))


# The action nouns of the English verbs of saying of :mod:`newsdoc._lexicon.cues`
# that take a that-clause or a quotation as their content, by the derivational
# suffixes of Quirk et al. 1985, Appendix I.34-I.36 (-ion, -ment, -al, -ence, -y)
# and conversion (I.43: "a claim", "a vow"); nominalisations that name no act of
# speech ("agreement", "concession" in its trading sense) are left out.
_EN_NOMINALISATIONS = _both(
    "argument/arguments assertion/assertions complaint/complaints "
    "conclusion/conclusions contention/contentions insistence observation/observations "
    "response/responses suggestion/suggestions acknowledgment/acknowledgments "
    "allegation/allegations boast/boasts testimony/testimonies vow/vows demand/demands "
    "exclamation/exclamations mention/mentions confirmation/confirmations "
    "denial/denials plea/pleas pledge/pledges proclamation/proclamations "
    "reiteration/reiterations retort/retorts quip/quips description/descriptions "
    "criticism/criticisms accusation/accusations charge/charges tweet/tweets "
    "post/posts joke/jokes call/calls characterization/characterizations "
    "apology/apologies question/questions"
)

# The action nouns of the Italian verbs of saying of :mod:`newsdoc._lexicon.cues`
# (replicare -> replica, denunciare -> denuncia, precisare -> precisazione,
# smentire -> smentita, sfogarsi -> sfogo …), by the suffixes of action nouns
# (-zione, -mento, -ta, and the bare stem: Serianni, on the formation of nouns
# from verbs) as the Treccani vocabulary records them in the sense of an
# utterance; "critica" in the sense of words said against someone ("attacco" is
# left out: "all'attacco di X" names the one attacked).
_IT_NOMINALISATIONS = _both(
    "replica/repliche denuncia/denunce accusa/accuse critica/critiche "
    "precisazione/precisazioni osservazione/osservazioni conferma/conferme "
    "smentita/smentite chiarimento/chiarimenti rassicurazione/rassicurazioni "
    "esortazione/esortazioni invito/inviti racconto/racconti confessione/confessioni "
    "ammissione/ammissioni sfogo/sfoghi lamentela/lamentele protesta/proteste "
    "conclusione/conclusioni chiosa/chiose raccomandazione/raccomandazioni "
    "giuramento/giuramenti domanda/domande richiesta/richieste rivelazione/rivelazioni "
    "segnalazione/segnalazioni descrizione/descrizioni definizione/definizioni "
    "reazione/reazioni"
)

#: Nouns of speech per language, singular and plural (lower case).
SPEECH_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": _both(
            "word/words remark/remarks statement/statements comment/comments "
            "message/messages answer/answers reply/replies warning/warnings "
            "prediction/predictions appeal/appeals phrase/phrases claim/claims "
            "declaration/declarations announcement/announcements view/views "
            "verdict/verdicts assessment/assessments explanation/explanations "
            "admission/admissions promise/promises"
        )
        | _EN_NOMINALISATIONS,
        "de": _both(
            "wort/worte aussage/aussagen äußerung/äußerungen erklärung/erklärungen "
            "botschaft/botschaften antwort/antworten warnung/warnungen "
            "prognose/prognosen appell/appelle satz/sätze einschätzung/einschätzungen "
            "ankündigung/ankündigungen mahnung/mahnungen"
        ),
        "fr": _both(
            "mot/mots propos parole/paroles déclaration/déclarations "
            "message/messages réponse/réponses avertissement/avertissements "
            "prévision/prévisions appel/appels phrase/phrases avis analyse/analyses "
            "affirmation/affirmations annonce/annonces explication/explications "
            "commentaire/commentaires verdict/verdicts constat/constats "
            "promesse/promesses aveu/aveux"
        ),
        "es": _both(
            "palabra/palabras declaración/declaraciones mensaje/mensajes "
            "respuesta/respuestas advertencia/advertencias previsión/previsiones "
            "predicción/predicciones llamamiento/llamamientos frase/frases "
            "opinión/opiniones análisis afirmación/afirmaciones anuncio/anuncios "
            "explicación/explicaciones comentario/comentarios veredicto/veredictos "
            "promesa/promesas valoración/valoraciones reflexión/reflexiones"
        ),
        "it": _both(
            "parola/parole dichiarazione/dichiarazioni messaggio/messaggi "
            "risposta/risposte avvertimento/avvertimenti previsione/previsioni "
            "appello/appelli frase/frasi opinione/opinioni parere/pareri "
            "analisi affermazione/affermazioni annuncio/annunci "
            "spiegazione/spiegazioni commento/commenti verdetto/verdetti "
            "monito/moniti promessa/promesse sintesi riflessione/riflessioni "
            "giudizio/giudizi"
        )
        | _IT_NOMINALISATIONS,
    }
)

#: Prepositions of the agent after a passive participle: "pronunciate da X",
#: "prononcés par X", "pronunciadas por X", "spoken by X" (lower case).
AGENT_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset({"by"}),
        "de": frozenset({"von", "vom"}),
        "fr": frozenset({"par"}),
        "es": frozenset({"por"}),
        "it": frozenset("da dal dallo dalla dai dagli dalle dall’ dall'".split()),
    }
)

#: Prepositions of the possessor: "le parole di X", "les mots de X", "las
#: palabras de X", "the words of X" (lower case, contracted forms included).
GENITIVE_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset({"of"}),
        "de": frozenset({"von", "vom"}),
        "fr": frozenset("de du des d’ d'".split()),
        "es": frozenset({"de", "del"}),
        "it": frozenset("di del dello della dei degli delle dell’ dell' d’ d'".split()),
    }
)

#: German nouns of saying that take what was said as a content clause ("der
#: Vorwurf, dass …", "die Behauptung, es gebe …"; Duden-Grammatik on content
#: clauses as attributes of nouns): the nominalisations of the German verbs of
#: saying of :mod:`newsdoc._lexicon.cues` that take a "dass" clause -- vorwerfen,
#: behaupten, berichten, erklären, aussagen, ankündigen, warnen, versprechen,
#: fordern, mitteilen, melden, angeben, äußern, drohen, mahnen, hinweisen,
#: einwenden, vermuten, bestätigen, beklagen, begründen, einräumen (Eingeständnis),
#: antworten, einschätzen, informieren -- singular and plural (lower case).  Nouns that also
#: name a thing ("Versicherung", "Bericht" as a document is still the report of
#: its author) are kept only where the speech sense leads.
GERMAN_CONTENT_NOUNS: frozenset[str] = _both(
    "vorwurf/vorwürfe behauptung/behauptungen bericht/berichte erklärung/erklärungen "
    "aussage/aussagen ankündigung/ankündigungen warnung/warnungen versprechen "
    "forderung/forderungen mitteilung/mitteilungen meldung/meldungen angabe/angaben "
    "äußerung/äußerungen drohung/drohungen mahnung/mahnungen hinweis/hinweise "
    "einwand/einwände vermutung/vermutungen bestätigung/bestätigungen klage/klagen "
    "begründung/begründungen eingeständnis/eingeständnisse antwort/antworten "
    "einschätzung/einschätzungen information/informationen"
)

#: Object relative pronouns: "the message that X sent", "le message qu’a
#: envoyé X", "el mensaje que envió X", "il messaggio che ha inviato X" (lower
#: case, elided forms with their apostrophe).
OBJECT_RELATIVES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset({"that", "which"}),
        "de": frozenset({"das", "die", "den"}),
        "fr": frozenset("que qu’ qu'".split()),
        "es": frozenset({"que"}),
        "it": frozenset({"che"}),
    }
)

#: Words that open the content of a possessed noun of speech, its complement
#: clause ("her claim that …", Quirk et al. 1985, 17.26 appositive clauses) or a
#: to-infinitive ("his call to …", 17.31); any preposition of a time or an
#: addressee may come between ("his remark to reporters that").  Only languages
#: with a table are read this way (lower case).
POSSESSED_CONTENT: Mapping[str, frozenset[str]] = MappingProxyType(
    {"en": frozenset({"that", "to"})}
)

#: The stems of the past participles of the verbs that pass on words someone
#: else said (report, quote, relay, publish, collect, reproduce), every gender
#: and number by their endings: "parole riportate dal Corriere", "palabras
#: recogidas por El País", "propos rapportés par Le Monde".  The agent of such a
#: participle is the medium, never the speaker (lower case).  Source: the verbs
#: of transmission of reported speech in the grammars (Serianni, *Grammatica
#: italiana*, XIV; RAE, *Nueva gramática*, 43.9; Riegel et al., *Grammaire
#: méthodique du français*, XXIII.1), as participles of the first conjugation
#: (-at-/-ad-/-é) and the irregular ones.
RELAY_PARTICIPLES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "it": (
            "riportat",
            "citat",
            "raccolt",
            "pubblicat",
            "diffus",
            "rilanciat",
            "ripres",
            "riferit",
        ),
        "es": (
            "recogid",
            "citad",
            "reproducid",
            "publicad",
            "difundid",
            "recopilad",
            "transmitid",
        ),
        "fr": ("rapporté", "cité", "relayé", "publié", "repris", "recueilli", "diffusé"),
    }
)
