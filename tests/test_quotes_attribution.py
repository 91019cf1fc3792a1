"""Speaker attribution as grammar: what may name a speaker, verbs of saying, clauses.

Every case is our own sentence, written from the grammar of the construction it
names, not copied from any corpus.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdoc._grammar import grammar, is_closed_class
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc._lexicon.speakers import OWN_WORDS, PERSON_PRONOUNS, QUANTIFIER_PRONOUNS, TITLES
from newsdoc.quotes import find_quotes
from newsdoc.quotes._chunk import speaker_mention


def _mention(text: str, phrase: str, language: str) -> str | None:
    """Return what the gate keeps of ``phrase`` inside ``text``."""
    at = text.index(phrase)
    found = speaker_mention(text, at, at + len(phrase), language)
    return None if found is None else text[found[0] : found[1]]


# --- the gate: a speaker is a noun phrase, a pronoun or a name --------------------

# (text, proposed mention, language, kept mention or None)
GATE = [
    pytest.param("Così recita il testo.", "Così", "it", None, id="it-adverb-alone"),
    pytest.param("Tampoco lo dijo nadie.", "Tampoco", "es", None, id="es-adverb-alone"),
    pytest.param("Ce matin, on parlait.", "Ce matin", "fr", None, id="fr-time-phrase"),
    pytest.param("El jueves habló.", "El jueves", "es", None, id="es-weekday"),
    pytest.param("Il 3 maggio parlò.", "Il 3 maggio", "it", None, id="it-date"),
    pytest.param("Lo dijo en 2019.", "2019", "es", None, id="es-year"),
    pytest.param("la carta del ministro", "del ministro", "es", None, id="es-contraction-opens"),
    pytest.param("proche de Marie Dupont", "de Marie Dupont", "fr", None, id="fr-de-opens"),
    pytest.param("il parere della Corte", "della Corte", "it", None, id="it-della-opens"),
    pytest.param("Di Maio ha detto", "Di Maio", "it", "Di Maio", id="it-name-with-particle"),
    pytest.param("He spoke with Lee.", "with Lee", "en", None, id="en-with-opens"),
    pytest.param(
        "The vote ended, with Ann Lee calling it a farce.",
        "with Ann Lee",
        "en",
        "Ann Lee",
        id="en-absolute-with",
    ),
    pytest.param(
        "The police came. Police say the road is closed.",
        "Police",
        "en",
        "Police",
        id="en-bare-plural-subject",
    ),
    pytest.param("even as Ann Lee spoke", "even as Ann Lee", "en", "Ann Lee", id="en-conjunctions"),
    pytest.param("Jan Roth le dijo", "Jan Roth le", "es", "Jan Roth", id="es-trailing-clitic"),
    pytest.param(
        "Ana Ruiz ha poi detto", "Ana Ruiz ha poi", "it", "Ana Ruiz", id="it-trailing-aux-adverb"
    ),
    pytest.param("“Yes,” said Sen. Ann Lee.", "Sen", "en", "Sen. Ann Lee", id="en-title-grows"),
    pytest.param("“Oui”, a dit M. Paul Roux.", "M", "fr", "M. Paul Roux", id="fr-title-grows"),
    pytest.param("“Ja”, sagte Dr.", "Dr", "de", None, id="de-lone-title"),
    pytest.param("Elle a souri.", "Elle", "fr", "Elle", id="fr-pronoun-kept"),
    pytest.param(
        "“It failed,” Will said.", "Will", "en", "Will", id="en-name-homograph-inside-sentence"
    ),
    pytest.param("Will it rain?", "Will", "en", None, id="en-auxiliary-opening-sentence"),
    pytest.param("Varios advirtieron.", "Varios", "es", "Varios", id="es-quantifier-pronoun"),
    pytest.param("Selon lui, rien ne change.", "lui", "fr", "lui", id="fr-stressed-pronoun"),
    pytest.param("Le ministre lui a répondu.", "lui", "fr", None, id="fr-object-clitic"),
    pytest.param("Il ministro tace.", "Il", "it", None, id="it-article-alone"),
    pytest.param(
        "encore le juge Roux", "encore le juge Roux", "fr", "le juge Roux", id="fr-adverb-led"
    ),
    pytest.param("L’avocate a répondu.", "L’avocate", "fr", "L’avocate", id="fr-elided-article"),
    pytest.param("un autre a crié", "un autre", "fr", "un autre", id="fr-indefinite-pronoun"),
    pytest.param(
        "The campaign said so. Campaign chair Ann Lee spoke.",
        "Campaign",
        "en",
        "Campaign chair Ann Lee",
        id="en-cut-phrase-grows",
    ),
    pytest.param(
        "Sentiamo ora. Noi sentiamo tutto.", "Sentiamo", "it", None, id="it-verb-capitalised"
    ),
    pytest.param(
        "Bianchi arrivò. Poi parlò Bianchi.", "Bianchi", "it", "Bianchi", id="it-name-at-start"
    ),
    pytest.param("« Non », écrit « Le Soir ».", "« Le Soir »", "fr", "« Le Soir »", id="fr-title"),
    # a role grows into the name set after it
    pytest.param(
        "Su director, Pablo Ruiz, lo dijo.",
        "Su director",
        "es",
        "Su director, Pablo Ruiz",
        id="es-apposition-commas",
    ),
    pytest.param(
        "the party’s leader, Jane Roe, said",
        "the party’s leader",
        "en",
        "the party’s leader, Jane Roe",
        id="en-apposition-commas",
    ),
    pytest.param(
        "L’ambassadrice américaine Léa Morin a répondu",
        "L’ambassadrice",
        "fr",
        "L’ambassadrice américaine Léa Morin",
        id="fr-close-apposition",
    ),
    pytest.param(
        "Le porte-parole d’Europe Écologie Marc Vidal a répondu",
        "Le porte-parole",
        "fr",
        "Le porte-parole d’Europe Écologie Marc Vidal",
        id="fr-complement-then-name",
    ),
    pytest.param(
        "La ministra visitó Nueva York.", "La ministra", "es", "La ministra", id="es-verb-no-name"
    ),
]


@pytest.mark.parametrize(("text", "phrase", "language", "kept"), GATE)
def test_speaker_gate(text: str, phrase: str, language: str, kept: str | None) -> None:
    assert _mention(text, phrase, language) == kept


# --- verbs of saying generated from lemmas -----------------------------------------

# (language, form a reporter writes)
SAY_FORMS = [
    pytest.param("fr", "estime", id="fr-present"),
    pytest.param("fr", "analysait", id="fr-imperfect"),
    pytest.param("fr", "répliqua", id="fr-passe-simple"),
    pytest.param("fr", "réagi", id="fr-participle-2nd-group"),
    pytest.param("fr", "s’interroge", id="fr-reflexive-elided"),
    pytest.param("fr", "annonçait", id="fr-cedilla"),
    pytest.param("fr", "reconnaît", id="fr-irregular"),
    pytest.param("es", "lamentó", id="es-preterite"),
    pytest.param("es", "recalca", id="es-present"),
    pytest.param("es", "advirtió", id="es-stem-change"),
    pytest.param("es", "sostuvo", id="es-irregular"),
    pytest.param("es", "explicaba", id="es-imperfect"),
    pytest.param("it", "prosegue", id="it-ire-present"),
    pytest.param("it", "ribadisce", id="it-isc"),
    pytest.param("it", "chiosato", id="it-participle"),
    pytest.param("it", "s’indigna", id="it-reflexive-elided"),
    pytest.param("it", "aggiunse", id="it-passato-remoto"),
]


@pytest.mark.parametrize(("language", "form"), SAY_FORMS)
def test_cue_forms_generated(language: str, form: str) -> None:
    assert form in CUE_VERBS[language]


# Present forms that are common nouns are not cues on their own.
NOUN_HOMOGRAPHS = [
    pytest.param("fr", "critique", id="fr-critique"),
    pytest.param("es", "cuenta", id="es-cuenta"),
    pytest.param("it", "nota", id="it-nota"),
    pytest.param("it", "domanda", id="it-domanda"),
]


@pytest.mark.parametrize(("language", "form"), NOUN_HOMOGRAPHS)
def test_noun_homographs_are_no_cue(language: str, form: str) -> None:
    assert form not in CUE_VERBS[language]


# --- end to end: postposed cues of any verb of saying --------------------------------

# (text, language, speaker)
POSTPOSED = [
    pytest.param(
        "« La rivière monte vite », analyse la géographe Anne Morel.",
        "fr",
        "la géographe Anne Morel",
        id="fr-analyse",
    ),
    pytest.param(
        "«El puente no aguantará», lamentó el alcalde.", "es", "el alcalde", id="es-lamento"
    ),
    pytest.param(
        "«Il ponte reggerà», ha ribadito l’ingegnere Carla Neri.",
        "it",
        "l’ingegnere Carla Neri",
        id="it-ribadito",
    ),
    pytest.param("«No es el momento», recalcó Tomás Vidal.", "es", "Tomás Vidal", id="es-recalco"),
]


@pytest.mark.parametrize(("text", "language", "speaker"), POSTPOSED)
def test_postposed_cue(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker


# --- property over the dev documents: no speaker that cannot name anyone ------------

_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
_SETS = (("fakedes", "es"), ("semeval", None), ("dequote", "de"), ("polnear", "en"))


def _documents() -> list[tuple[str, str]]:
    """Return (text, language) of the dev documents of the quote sets, if present."""
    docs: list[tuple[str, str]] = []
    for corpus, language in _SETS:
        path = _CORPORA / corpus / "dev.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            for k, line in enumerate(lines):
                record = json.loads(line)
                lang = language or record.get("meta", {}).get("lang")
                if lang in {"en", "de", "fr", "es", "it"} and k < 300:
                    docs.append((record["text"], lang))
    return docs


@pytest.mark.skipif(not _CORPORA.exists(), reason="the shared corpora are not beside the clone")
def test_no_speaker_is_closed_class_title_or_verb() -> None:

    bad: list[str] = []
    for text, language in _documents():
        for quote in find_quotes(text, language=language):
            if quote.speaker_span is None:
                continue
            mention = text[quote.speaker_span.start : quote.speaker_span.end]
            words = mention.split()
            if len(words) != 1:
                continue
            word = words[0].strip(".,;:!?")
            lower = word.lower()
            if lower in PERSON_PRONOUNS[language] | QUANTIFIER_PRONOUNS[language]:
                continue  # "she", "some": pronouns
            if lower in OWN_WORDS[language]:
                continue  # "his claim that …": the genitive of a personal pronoun
            if lower in grammar(language).personal_relatives and quote.speaker != mention:
                continue  # "Ann Lee, who said": a relative pronoun read as its antecedent
            features = grammar(language).features(lower)
            if (
                grammar(language).closed_class(lower) == "pronoun"
                and features is not None
                and features.person == 3
                and features.gender != "n"
            ):
                continue  # "lui", "eux": personal pronouns ("selon lui"), not "cela"
            if (
                is_closed_class(lower, language)
                or lower in TITLES
                or lower + "." in TITLES
                or (word.islower() and lower in CUE_VERBS[language])
            ):
                bad.append(f"{language}: {mention!r}")
    assert bad == []


# --- a cue set off by dashes inside the quotation ----------------------------------

# (text, language, speaker mention)
INCISES = [
    pytest.param(
        "«Il cantiere chiude – ha spiegato l’architetta Sara Villa – ma riaprirà presto».",
        "it",
        "l’architetta Sara Villa",
        id="it-dash-aux-participle",
    ),
    pytest.param(
        "«Non basta – tuona Paolo Greco. – Serve un piano».",
        "it",
        "Paolo Greco",
        id="it-dash-present",
    ),
    pytest.param(
        "«Llegaremos tarde —admitió la capitana Rosa Gil—, pero llegaremos».",
        "es",
        "la capitana Rosa Gil",
        id="es-raya",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), INCISES)
def test_incise_inside_quotation(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker


def test_dash_clause_without_cue_is_no_incise() -> None:
    text = "«Il ponte – quello vecchio – resta chiuso», ha detto Marta Sala."
    (quote,) = find_quotes(text, language="it")
    assert quote.speaker == "Marta Sala"


# --- the inverted subject after time words, adverbs and an addressee -----------------

# (text, language, speaker mention)
INVERTED_AFTER_ADJUNCTS = [
    pytest.param(
        "« Nous gagnerons », a déclaré mardi à la presse la maire Claire Roy.",
        "fr",
        "la maire Claire Roy",
        id="fr-time-addressee",
    ),
    pytest.param(
        "«Ganaremos», dijo ayer en rueda de prensa la alcaldesa Ana Ruiz.",
        "es",
        "la alcaldesa Ana Ruiz",
        id="es-time-addressee",
    ),
    pytest.param(
        "«Vinceremo», ha detto ieri ai giornalisti il sindaco Luca Bassi.",
        "it",
        "il sindaco Luca Bassi",
        id="it-time-addressee",
    ),
    pytest.param(
        "« Rien ne change », comme le dit l’économiste Anne Petit.",
        "fr",
        "l’économiste Anne Petit",
        id="fr-as-said-clitic",
    ),
    pytest.param(
        "«Niente cambia», come ha detto il sindaco Luca Bassi.",
        "it",
        "il sindaco Luca Bassi",
        id="it-as-said-aux",
    ),
    pytest.param(
        "L’ha dichiarato senza mezzi termini il presidente della Fiera: «Chiuderemo a marzo»",
        "it",
        "il presidente della Fiera",
        id="it-clitic-aux-manner-phrase-before-colon",
    ),
    pytest.param(
        "Lo dijo sin rodeos el presidente de la Feria: «Cerraremos en marzo»",
        "es",
        "el presidente de la Feria",
        id="es-manner-phrase-before-colon",
    ),
    pytest.param(
        "Lo ha detto chiaramente il presidente della Fiera: «Chiuderemo a marzo»",
        "it",
        "il presidente della Fiera",
        id="it-mente-adverb",
    ),
    pytest.param(
        "«Nada cambia», como lo dijo la ministra Ana Ruiz.",
        "es",
        "la ministra Ana Ruiz",
        id="es-as-said-clitic",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), INVERTED_AFTER_ADJUNCTS)
def test_inverted_subject_after_adjuncts(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker


# --- the object of a partial quotation is not its speaker -----------------------------

# (text, language, speaker mention)
OBJECT_NOT_SPEAKER = [
    pytest.param(
        "La alcaldesa Ana Ruiz acusó al Gobierno de «abandonar la ciudad».",
        "es",
        "La alcaldesa Ana Ruiz",
        id="es-acusar-de",
    ),
    pytest.param(
        "El portavoz Juan Díaz calificó la medida de «injusta».",
        "es",
        "El portavoz Juan Díaz",
        id="es-calificar-de",
    ),
    pytest.param(
        "Il sindaco Luca Bassi ha accusato la Regione di «ignorare i cittadini».",
        "it",
        "Il sindaco Luca Bassi",
        id="it-accusare-di",
    ),
    pytest.param(
        "La députée Claire Roy a qualifié la réforme de « brutale ».",
        "fr",
        "La députée Claire Roy",
        id="fr-qualifier-de",
    ),
    pytest.param(
        "Senator Ann Lee accused the governor of “lying to voters”.",
        "en",
        "Senator Ann Lee",
        id="en-accuse-of",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), OBJECT_NOT_SPEAKER)
def test_object_of_partial_quote_is_not_speaker(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker


# --- the register of who speaks: a dropped subject takes the last cue's speaker ------

# (text, language, speaker mention of the last quotation)
DROPPED_SUBJECT = [
    pytest.param(
        "El alcalde Pedro Sanz habló primero. «Hay que esperar», dijo el alcalde.\n\n"
        "La obra seguirá en marzo, explicó la concejala de Urbanismo, Rosa Vidal.\n\n"
        "«No habrá más retrasos», afirmó.",
        "es",
        "Rosa Vidal",
        id="es-cue-sentence-between",
    ),
    pytest.param(
        "Il sindaco Carlo Serra ha parlato per primo. «Bisogna aspettare», ha detto.\n\n"
        "I lavori riprenderanno a marzo, ha spiegato l’assessora Lucia Ferri.\n\n"
        "«Non ci saranno altri ritardi», ha aggiunto.",
        "it",
        "l’assessora Lucia Ferri",
        id="it-cue-sentence-between",
    ),
    pytest.param(
        "La ministra Elena Soto visitó la planta. «Todo funciona», dijo.",
        "es",
        "Elena Soto",
        id="es-subject-of-sentence-before",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), DROPPED_SUBJECT)
def test_dropped_subject_register(text: str, language: str, speaker: str) -> None:
    quote = find_quotes(text, language=language)[-1]
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker


# --- the sentence after a quotation points back at it --------------------------------

# (text, language, speaker mention)
POINTING_BACK = [
    pytest.param(
        "«Il ponte sarà pronto». Così la ministra Carla Neri.",
        "it",
        "la ministra Carla Neri",
        id="it-cosi-elliptic",
    ),
    pytest.param(
        "«El puente estará listo». Así lo afirmó la ministra Ana Ruiz.",
        "es",
        "la ministra Ana Ruiz",
        id="es-asi-lo-afirmo",
    ),
    pytest.param(
        "«Il ponte sarà pronto». Queste le parole della ministra Carla Neri.",
        "it",
        "ministra Carla Neri",
        id="it-source-phrase-contraction",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), POINTING_BACK)
def test_sentence_after_points_back(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker


def test_pointing_word_opening_another_sentence_is_no_attribution() -> None:
    text = "«Il ponte sarà pronto». Così la ministra Carla Neri ha lasciato la città."
    (quote,) = find_quotes(text, language="it")
    assert quote.speaker != "la ministra Carla Neri"


def test_source_phrase_after_a_cue_is_its_object() -> None:
    # "les propos de X" judged by the subject: X is no source
    text = "La porte-parole Léa Morin a qualifié les propos du maire Paul Roux de « vains »."
    (quote,) = find_quotes(text, language="fr")
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == "La porte-parole Léa Morin"


# --- a verbless introduction: "Name, role: «…»" ---------------------------------------

# (text, language, speaker)
VERBLESS_COLON = [
    pytest.param(
        "Marco Bassi, l’ex consigliere della Merkel: «La guerra è vicina»",
        "it",
        "Marco Bassi",
        id="it-role-with-complement",
    ),
    pytest.param(
        "Pedro Gil, exasesor del Gobierno: «La guerra está cerca»",
        "es",
        "Pedro Gil",
        id="es-role-with-complement",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), VERBLESS_COLON)
def test_verbless_colon_introduction(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker == speaker


# --- clause structure: adverbials inside the verb group, "as X said" before ---------

# (text, language, speaker mention)
CLAUSES = [
    pytest.param(
        "Paul Roux avait pour sa part accusé la mairie de « mentir sans cesse ».",
        "fr",
        "Paul Roux",
        id="fr-adverbial-between-aux-and-participle",
    ),
    pytest.param(
        "Marco Neri aveva a sua volta accusato la Regione di «mentire».",
        "it",
        "Marco Neri",
        id="it-adverbial-between-aux-and-participle",
    ),
    pytest.param(
        "Puisque, comme l’a dit le juge Paul Roux, « la loi est claire », rien ne bouge.",
        "fr",
        "le juge Paul Roux",
        id="fr-as-said-before-partial",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), CLAUSES)
def test_clause_structure(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == speaker


def test_object_pronoun_before_gerund_keeps_the_clause_subject() -> None:
    text = "Le ministre Paul Roux a réagi, la qualifiant de « grand pas en arrière »."
    (quote,) = find_quotes(text, language="fr")
    assert quote.speaker_span is not None
    assert text[quote.speaker_span.start : quote.speaker_span.end] == "Le ministre Paul Roux"


def test_object_before_a_complement_is_not_an_inverted_subject() -> None:
    # Italian drops the subject: the one who invited speaks, not those invited
    text = (
        "Carla Neri ha parlato a lungo. "
        "Poi ha invitato i presenti a «restare uniti fino alla fine»."
    )
    quotes = find_quotes(text, language="it")
    assert [q.speaker for q in quotes] == ["Carla Neri"]


def test_inherited_speaker_makes_no_title_a_quotation() -> None:
    text = (
        "„Wir spielen weiter“, sagte die Sängerin Ida Holm.\n\n"
        "„Blaue Stunde“ sahen drei Millionen Menschen."
    )
    assert [q.text for q in find_quotes(text, language="de")] == ["Wir spielen weiter"]


# --- "his words:" points at the person the story is about -----------------------------

OWN_WORDS_CASES = [
    pytest.param(
        "Il professor Carlo Torti ha parlato ieri in tv. "
        "Ecco le sue parole: «La situazione è grave e peggiora».",
        "it",
        "Il professor Carlo Torti",
        id="it-le-sue-parole",
    ),
    pytest.param(
        "La doctora Elena Soto habló ayer en la radio. "
        "Estas fueron sus palabras: «La situación es grave y empeora».",
        "es",
        "La doctora Elena Soto",
        id="es-sus-palabras",
    ),
    pytest.param(
        "Le professeur Paul Roux s’est exprimé hier. "
        "Voici ses mots : « La situation est grave et empire ».",
        "fr",
        "Le professeur Paul Roux",
        id="fr-ses-mots",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), OWN_WORDS_CASES)
def test_possessive_words_introduction(text: str, language: str, speaker: str) -> None:
    (quote,) = find_quotes(text, language=language)
    assert quote.speaker == speaker
