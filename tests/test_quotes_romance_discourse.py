"""Speakers carried across sentences and paragraphs in French, Spanish and Italian.

Our own sentences, grouped by construction:

- a paragraph that announces the words of the person just spoken of ("Ecco le
  sue parole:", "Voici ses mots :", "Estas fueron sus palabras:") and the
  quotation in the paragraph after it: the possessive points at that person;
- a lone indefinite determiner capitalised by its sentence ("Altro", "Otro",
  "Autre") is never a person the story speaks about;
- a quotation no cue credits, right after a sentence whose subject is a person
  ("El ministro también presentó su plan. «…»"): that subject speaks, at that
  mention, not the speaker of the quotation before (as in English and German);
- a noun of office keeps naming a person after a prefix of former or deputy
  rank ("la exministra", "el vicepresidente", "la vice-présidente",
  "il vicesindaco");
- an elided article glued to its noun ("l’avvocato", "l'ancien", "l’ex")
  opens a noun phrase as the full article does, and a place it elides onto
  ("l’Ukraine") is still no person;
- a restrictive relative clause (no comma) whose relative is the subject of a
  verb of saying before a colon ("il marito che ci dice:", "le maire qui
  nous a déclaré :"): its antecedent speaks; an object relative ("que Marta
  explicaba", "que él define") gives no speaker of its own;
- a fronted time phrase set off by a comma ("El 9 de mayo,", "Lundi 9 mai,",
  "Festa del 2 giugno,") is an adverbial, never the subject; the clause after
  it has the subject;
- a verb of saying made pronominal and followed by a preposition ("se
  résumait à", "si riduce a", "se reduce a": "amounts to") reports no words:
  the quotation is its complement, and its subject does not speak;
- headlines drop articles: a bare noun opening the title line right before a
  verb of saying ("Medici accusano: «…»", "Médicos denuncian: «…»") speaks,
  though the body writes the same noun in lower case;
- a full name is one person: a verb of saying in the plural with its subject
  dropped ("«…», avisaban", "«…», avvertivano") does not stand for it, and
  the quotation is left without a speaker rather than given to that name;
- a participle of passing words on ("parole riportate dal Corriere",
  "palabras recogidas por El País") has the medium for its agent, never the
  speaker; and a mention cut short at a preposition ("Uno di") names nobody;
- any determiner of the grammar opens a subject noun phrase, an indefinite or
  a quantifier too ("Otro de los vecinos", "Ogni cittadino"), so a
  partitive subject is read whole, never cut to its determiner;
- after a plural determiner every modifier is plural (-s, -x; Italian -i, -e):
  a lower-case word that is not ends the subject, it is the verb ("los
  afectados presentan", "i medici parlano");
- a determiner and a time word opening the clause with no comma ("El lunes
  dijo el ministro", "Cette semaine circule un message") are an adverbial:
  the subject is right after them or after the verb, never the time phrase;
- a clause that describes a thing with a copula before a colon ("El
  comentario es breve:", "Il primo è il principio:", "Le but est simple :")
  does not make the thing the speaker; a person described so does speak
  ("La ministra è stata chiara:");
- a subject noun phrase ends where an adverb or an auxiliary opens the verb
  group ("El ministro también dijo", "Il ministro poi ha", "Le ministre aussi
  a"), closed classes of each grammar.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._clause import relative_cue
from newsdoc.quotes._cues import colon_speaker, subject


def _speaker(text: str, language: str) -> str | None:
    """Return the speaker mention, as written, of the only quotation in ``text``."""
    quotes = find_quotes(text, language=language)
    assert len(quotes) == 1
    span = quotes[0].speaker_span
    return None if span is None else text[span.start : span.end]


# --- "his words:" as a paragraph of its own, the quotation in the next one
OWN_WORDS_PARAGRAPH = [
    pytest.param(
        "it",
        "Il sindaco Paolo Verdi ha parlato ieri sera alla radio.\n\n"
        "Ecco le sue parole:\n\n"
        "«Il ponte sarà pronto entro la fine dell'anno, e lo abbiamo promesso a tutti».\n\n"
        "Poi la trasmissione è finita.",
        "Il sindaco Paolo Verdi",
        id="it-ecco-le-sue-parole",
    ),
    pytest.param(
        "fr",
        "La ministre Claire Dubois s'est exprimée lundi devant les élus.\n\n"
        "Voici ses mots :\n\n"
        "« Nous tiendrons nos engagements envers chaque commune du pays. »\n\n"
        "La séance a ensuite été levée.",
        "La ministre Claire Dubois",
        id="fr-voici-ses-mots",
    ),
    pytest.param(
        "es",
        "La alcaldesa Marta Gil habló el martes ante los vecinos del barrio.\n\n"
        "Estas fueron sus palabras:\n\n"
        "«Vamos a abrir la biblioteca antes del verano, como prometimos».\n\n"
        "Después se marchó.",
        "La alcaldesa Marta Gil",
        id="es-estas-fueron-sus-palabras",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OWN_WORDS_PARAGRAPH)
def test_own_words_paragraph_points_at_the_person_spoken_of(
    language: str, text: str, expected: str
) -> None:
    assert _speaker(text, language) == expected


# --- nobody to point at: the paragraph before names no person
OWN_WORDS_NOBODY = [
    pytest.param(
        "it",
        "Altro testo qui.\n\nEcco le sue parole:\n\n"
        "«Il ponte sarà pronto entro la fine dell'anno, e lo abbiamo promesso a tutti».",
        id="it-altro-opens-the-sentence",
    ),
    pytest.param(
        "es",
        "Otro día sin lluvia.\n\nEstas fueron sus palabras:\n\n"
        "«Vamos a abrir la biblioteca antes del verano, como prometimos».",
        id="es-otro-opens-the-sentence",
    ),
]


@pytest.mark.parametrize(("language", "text"), OWN_WORDS_NOBODY)
def test_an_indefinite_determiner_is_nobody_to_point_at(language: str, text: str) -> None:
    assert _speaker(text, language) is None


# --- the person subject of the sentence right before an uncued quotation
SUBJECT_BEFORE = [
    pytest.param(
        "es",
        "El gobernador Luis Vera pidió “calma, calma a todos los vecinos”. "
        "El ministro también presentó su plan en la misma reunión. "
        "“Hemos logrado un acuerdo con todos los municipios de la región”.",
        "El ministro",
        id="es-el-ministro-tambien",
    ),
    pytest.param(
        "fr",
        "Le maire Paul Roux a demandé « du calme à tous ». "
        "Le ministre a aussi présenté son plan lors de la réunion. "
        "« Nous avons trouvé un accord avec toutes les communes de la région. »",
        "Le ministre",
        id="fr-le-ministre-aussi",
    ),
    pytest.param(
        "it",
        "Il sindaco Paolo Verdi ha chiesto «calma, calma a tutti i cittadini». "
        "La ministra Anna Neri ha poi presentato il suo piano nella stessa riunione. "
        "«Abbiamo raggiunto un accordo con tutti i comuni della regione».",
        "Anna Neri",
        id="it-la-ministra-poi",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SUBJECT_BEFORE)
def test_the_person_subject_just_before_speaks(language: str, text: str, expected: str) -> None:
    quotes = find_quotes(text, language=language)
    span = quotes[-1].speaker_span
    assert span is not None
    assert text[span.start : span.end] == expected


# --- a subject ends before the adverb or auxiliary of its verb group
SUBJECT_END = [
    pytest.param("es", "El ministro también presentó su plan.", "El ministro", id="es-tambien"),
    pytest.param("es", "La ministra además firmó la ley.", "La ministra", id="es-ademas"),
    pytest.param("es", "El alcalde no quiso hablar.", "El alcalde", id="es-no"),
    pytest.param("it", "Il ministro poi ha presentato il piano.", "Il ministro", id="it-poi"),
    pytest.param("it", "La sindaca non ha risposto.", "La sindaca", id="it-non"),
    pytest.param("fr", "Le ministre aussi a présenté son plan.", "Le ministre", id="fr-aussi"),
    pytest.param("fr", "La juge ne veut pas répondre.", "La juge", id="fr-ne"),
    pytest.param("it", "L’avvocato del sindaco ha detto no.", "L’avvocato del sindaco", id="it-l"),
    pytest.param("it", "L'ex ministro ha poi parlato.", "L'ex ministro", id="it-l-ex"),
    pytest.param("fr", "L'ancien ministre a parlé.", "L'ancien ministre", id="fr-l-ancien"),
    pytest.param("fr", "L’Italie a répondu.", "L’Italie", id="fr-l-name"),
    pytest.param("fr", "L’Italie aussi a répondu.", "L’Italie", id="fr-l-name-adverb"),
    pytest.param("es", "Otro de los vecinos ha gritado.", "Otro de los vecinos", id="es-partitive"),
    pytest.param("it", "Ogni cittadino ha votato.", "Ogni cittadino", id="it-ogni"),
    pytest.param("fr", "Chaque élu a voté.", "Chaque élu", id="fr-chaque"),
    pytest.param("es", "Los afectados presentan fiebre.", "Los afectados", id="es-plural-verb"),
    pytest.param(
        "es", "Los vecinos indignados protestaron.", "Los vecinos indignados", id="es-pl-adj"
    ),
    pytest.param("it", "I medici presenti parlano.", "I medici presenti", id="it-plural-verb"),
    pytest.param("fr", "Les élus locaux protestent.", "Les élus locaux", id="fr-plural-adj"),
    pytest.param(
        "es", "Los expertos del gobierno dijeron.", "Los expertos del gobierno", id="es-pl-de"
    ),
    pytest.param("es", "La jueza Marta Gil leyó la sentencia.", "La jueza Marta Gil", id="es-name"),
    pytest.param(
        "fr",
        "Le président du conseil régional a parlé.",
        "Le président du conseil régional",
        id="fr-de",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), SUBJECT_END)
def test_a_subject_ends_before_its_verb_group(language: str, text: str, expected: str) -> None:
    found = subject(text, 0, len(text), language)
    assert found is not None
    assert text[found[0] : found[1]] == expected


# --- a prefix of rank before a noun of office: still a person who speaks
OFFICE_PREFIX = [
    pytest.param(
        "es",
        "La conferencia con Marta Gil fue distinta. La exministra critica a quienes no "
        "preguntan. El jueves pidió la palabra a otros diarios. "
        "“¿Alguien del periódico local? Queremos oír a todos”, dijo entre risas.",
        "La exministra",
        id="es-exministra-dropped-subject",
    ),
    pytest.param(
        "es",
        "El gobernador Luis Vera pidió “calma, calma a todos los vecinos”. "
        "El vicepresidente también presentó su plan en la misma reunión. "
        "“Hemos logrado un acuerdo con todos los municipios de la región”.",
        "El vicepresidente",
        id="es-vicepresidente",
    ),
    pytest.param(
        "fr",
        "Le maire Paul Roux a demandé « du calme à tous ». "
        "La vice-présidente a présenté son plan lors de la réunion. "
        "« Nous avons trouvé un accord avec toutes les communes de la région. »",
        "La vice-présidente",
        id="fr-vice-presidente",
    ),
    pytest.param(
        "it",
        "Il governatore Paolo Verdi ha chiesto «calma, calma a tutti i cittadini». "
        "Il vicesindaco ha presentato il suo piano nella stessa riunione. "
        "«Abbiamo raggiunto un accordo con tutti i comuni della regione».",
        "Il vicesindaco",
        id="it-vicesindaco",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), OFFICE_PREFIX)
def test_a_prefixed_noun_of_office_names_a_person(language: str, text: str, expected: str) -> None:
    quotes = find_quotes(text, language=language)
    span = quotes[-1].speaker_span
    assert span is not None
    assert text[span.start : span.end] == expected


# --- a place after an elided article is not a person the register credits
ELIDED_PLACE = [
    pytest.param(
        "fr",
        "Barrage : le projet relancé.\n\nL’Italie renoncera à son projet de barrage. "
        "Les travaux devaient durer dix ans. "
        "« Le fleuve ne supportera pas un chantier de cette taille, et nous le savons. »",
        id="fr-l-italie",
    ),
    pytest.param(
        "it",
        "Diga, il progetto torna in aula.\n\nL’Austria rinuncerà al suo progetto di diga. "
        "I lavori dovevano durare dieci anni. "
        "«Il fiume non reggerà un cantiere di queste dimensioni, e lo sappiamo bene».",
        id="it-l-austria",
    ),
]


@pytest.mark.parametrize(("language", "text"), ELIDED_PLACE)
def test_a_place_after_an_elided_article_does_not_speak(language: str, text: str) -> None:
    assert _speaker(text, language) is None


# --- no mention runs across a paragraph break (a title with no full stop above)
ACROSS_PARAGRAPHS = [
    pytest.param(
        "fr",
        "La France renoncera à son projet de barrage\n\n"
        "Le débat a repris lundi au parlement. Les travaux devaient durer dix ans. "
        "« Le fleuve ne supportera pas un chantier de cette taille, et nous le savons. »",
        id="fr-title-without-full-stop",
    ),
    pytest.param(
        "es",
        "España renunciará a su proyecto de presa\n\n"
        "El debate se reanudó el lunes en el parlamento. Las obras debían durar diez años. "
        "«El río no soportará una obra de este tamaño, y lo sabemos bien».",
        id="es-title-without-full-stop",
    ),
]


@pytest.mark.parametrize(("language", "text"), ACROSS_PARAGRAPHS)
def test_no_speaker_runs_across_a_paragraph_break(language: str, text: str) -> None:
    speaker = _speaker(text, language)
    assert speaker is None or "\n" not in speaker


# --- a restrictive relative, no comma, introducing a quotation after a colon
RESTRICTIVE = [
    pytest.param(
        "it",
        "Arriva un uomo, forse il padre che con calma ci dice:",
        "il padre",
        id="it-che-ci-dice",
    ),
    pytest.param("it", "Abbiamo sentito il sindaco che ci ha detto:", "il sindaco", id="it-che"),
    pytest.param("it", "Poi parla l’avvocato che ha spiegato:", "l’avvocato", id="it-elided"),
    pytest.param("fr", "Nous avons vu le maire qui nous a déclaré :", "le maire", id="fr-qui"),
    pytest.param("fr", "Nous avons vu Paul Roux qui a déclaré :", "Paul Roux", id="fr-name"),
    pytest.param("es", "Hablamos con la alcaldesa que nos dijo:", "la alcaldesa", id="es-que"),
    pytest.param(
        "it",
        "Ha parlato il sindaco Paolo Verdi che ha detto:",
        "il sindaco Paolo Verdi",
        id="it-title",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RESTRICTIVE)
def test_a_restrictive_relative_subject_names_its_antecedent(
    language: str, text: str, expected: str
) -> None:
    found = relative_cue(text, 0, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == expected


RESTRICTIVE_NOT = [
    pytest.param("es", "Pidió dinero para la mutua que Marta explicaba:", id="es-object-name"),
    pytest.param("es", "Es el partido que votó contra lo que él define como:", id="es-object-pron"),
    pytest.param("it", "Il ministro ha detto che:", id="it-complementiser"),
    pytest.param("es", "Hablamos con la alcaldesa que nos dijo que «sí»", id="es-no-colon"),
]


@pytest.mark.parametrize(("language", "text"), RESTRICTIVE_NOT)
def test_no_restrictive_relative_speaker(language: str, text: str) -> None:
    hi = text.find("«") if "«" in text else len(text)
    assert relative_cue(text, 0, hi, language) is None


# --- a fronted time phrase is no subject
TIME_PHRASE = [
    pytest.param("es", "El 9 de mayo, la ministra criticó el plan:", "la ministra", id="es-date"),
    pytest.param("es", "Desfile del 9 de mayo, Gil maldice a Ruiz:", "Gil", id="es-label-date"),
    pytest.param("fr", "Lundi 9 mai, Roux a maudit Petit :", "Roux", id="fr-weekday"),
    pytest.param(
        "fr", "Défilé du 14 juillet, la maire a critiqué le préfet :", "la maire", id="fr-label"
    ),
    pytest.param("it", "Festa del 2 giugno, Rossi attacca Bianchi:", "Rossi", id="it-label-date"),
    pytest.param("it", "Il 2 giugno, il sindaco ha parlato:", "il sindaco", id="it-date"),
    pytest.param("it", "Rossi, il sindaco, ha detto:", "Rossi", id="it-apposition-untouched"),
]


@pytest.mark.parametrize(("language", "text", "expected"), TIME_PHRASE)
def test_a_fronted_time_phrase_is_no_subject(language: str, text: str, expected: str) -> None:
    found = subject(text, 0, len(text), language)
    assert found is not None
    assert text[found[0] : found[1]] == expected


def test_a_headline_with_a_dated_label_credits_its_subject() -> None:
    text = (
        'Festa del 2 giugno, Rossi da Roma sfida Bianchi nella sala grande: "Non ci sono '
        'i soldi. Presto avremo tutto"\n\nIl testo segue qui.'
    )
    assert _speaker(text, "it") == "Rossi"


# --- a pronominal verb with a preposition: "amounts to", no verb of saying
PRONOMINAL = [
    pytest.param(
        "fr",
        "Interrogée à la radio, Marie Roux a jugé qu’«aucun parti ne s’y oppose», ajoutant "
        "que la réforme du calendrier se résumait à «une manœuvre de diversion».",
        id="fr-se-resumer-a",
    ),
    pytest.param(
        "es",
        "En la radio, Marta Gil opinó que «ningún partido se opone», añadiendo que la "
        "reforma del calendario se reducía a «una maniobra de distracción».",
        id="es-se-reducir-a",
    ),
]


@pytest.mark.parametrize(("language", "text"), PRONOMINAL)
def test_a_pronominal_verb_with_a_preposition_reports_nothing(language: str, text: str) -> None:
    quotes = find_quotes(text, language=language)
    span = quotes[-1].speaker_span
    said = None if span is None else text[span.start : span.end]
    assert said in {None, "Marie Roux", "Marta Gil"}


# --- headlinese: a bare plural subject on the title line
HEADLINE_BARE = [
    pytest.param(
        "it",
        "Medici accusano: «Pazienti arrivano da fuori per farsi curare gratis»\n\n"
        "La regione riconosce ai medici una corsia. I medici parlano.",
        "Medici",
        id="it-medici-accusano",
    ),
    pytest.param(
        "es",
        "Médicos denuncian: «Faltan camas en todos los hospitales del país»\n\n"
        "Los médicos del hospital hablaron ayer.",
        "Médicos",
        id="es-medicos-denuncian",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), HEADLINE_BARE)
def test_a_bare_headline_subject_speaks(language: str, text: str, expected: str) -> None:
    assert _speaker(text, language) == expected


def test_a_bare_noun_inside_the_body_still_needs_its_article() -> None:
    text = (
        "Il ponte è chiuso.\n\nMedici accusano: «Pazienti arrivano per farsi curare gratis». "
        "I medici parlano."
    )
    assert _speaker(text, "it") is None


# --- a plural dropped subject never stands for one named person
PLURAL_DROPPED = [
    pytest.param(
        "es",
        "Luis Gil subió un vídeo desde el río. «Os va a caer una multa muy grande», "
        "avisaban. Luis Gil contestó después.",
        id="es-avisaban",
    ),
    pytest.param(
        "it",
        "Luca Neri ha pubblicato un video dal fiume. «Vi arriverà una multa molto salata», "
        "avvertivano. Neri ha risposto dopo.",
        id="it-avvertivano",
    ),
    pytest.param(
        "es",
        "Luis Gil subió un vídeo desde el río. «Os va a caer una multa muy grande», "
        "dijeron. Luis Gil contestó después.",
        id="es-dijeron",
    ),
]


@pytest.mark.parametrize(("language", "text"), PLURAL_DROPPED)
def test_a_plural_dropped_subject_is_not_a_named_person(language: str, text: str) -> None:
    assert _speaker(text, language) is None


def test_a_singular_dropped_subject_still_finds_the_name() -> None:
    text = (
        "Luis Gil subió un vídeo desde el río. «Os va a caer una multa muy grande», avisaba. "
        "Después se marchó."
    )
    assert _speaker(text, "es") == "Luis Gil"


# --- the medium that passes words on does not speak them
RELAY = [
    pytest.param(
        "it",
        "Il deputato Marco Bianchi ha rivolto al ministro parole dure, riportate dal "
        "Corriere: «Ci aspettiamo rispetto per il nostro paese e per chi ci vive».",
        "Il deputato Marco Bianchi",
        id="it-riportate-dal",
    ),
    pytest.param(
        "es",
        "El diputado Marcos Gil dirigió al ministro duras palabras, recogidas por El País: "
        "«Esperamos respeto para nuestro país y para quienes viven en él».",
        "El diputado Marcos Gil",
        id="es-recogidas-por",
    ),
]


@pytest.mark.parametrize(("language", "text", "expected"), RELAY)
def test_the_relaying_medium_does_not_speak(language: str, text: str, expected: str) -> None:
    assert _speaker(text, language) == expected


def test_the_agent_of_a_participle_of_saying_still_speaks() -> None:
    text = (
        "Il deputato Marco Bianchi ha ascoltato le parole pronunciate dal ministro Paolo "
        "Verdi: «Ci aspettiamo rispetto per il nostro paese e per chi ci vive»."
    )
    assert _speaker(text, "it") == "ministro Paolo Verdi"


def test_a_mention_cut_at_a_preposition_names_nobody() -> None:
    text = (
        "Uno di questi, ossia Marco Bianchi, deputato del Pd, ha rivolto al ministro parole "
        "dure, riportate sempre dal Corriere: «Ci aspettiamo rispetto per il nostro paese»."
    )
    assert _speaker(text, "it") != "Uno di"


# --- a time phrase with no comma opens the clause: no subject, or the one after it
TIME_NO_COMMA = [
    pytest.param("es", "El lunes dijo el ministro que sí.", None, id="es-verb-after"),
    pytest.param("fr", "Cette semaine circule un message.", None, id="fr-verb-after"),
    pytest.param("es", "El lunes Ana Gil dijo que sí.", "Ana Gil", id="es-name-after"),
    pytest.param("it", "La settimana il ministro ha parlato.", "il ministro", id="it-det-after"),
]


@pytest.mark.parametrize(("language", "text", "expected"), TIME_NO_COMMA)
def test_a_time_phrase_without_comma_is_no_subject(
    language: str, text: str, expected: str | None
) -> None:
    found = subject(text, 0, len(text), language)
    assert (None if found is None else text[found[0] : found[1]]) == expected


# --- a copula describing a thing before a colon: the thing does not speak
COPULA = [
    pytest.param("es", "El comentario es breve y claro:", None, id="es-thing"),
    pytest.param("it", "Il primo è il principio cardine del piano:", None, id="it-thing"),
    pytest.param("fr", "Le but est simple :", None, id="fr-thing"),
    pytest.param(
        "it", "La ministra Anna Neri è stata chiara:", "La ministra Anna Neri", id="it-person"
    ),
    pytest.param("es", "El gobierno fue tajante:", "El gobierno", id="es-body"),
]


@pytest.mark.parametrize(("language", "text", "expected"), COPULA)
def test_a_copula_describing_a_thing_names_no_speaker(
    language: str, text: str, expected: str | None
) -> None:
    found = colon_speaker(text, 0, len(text) - 1, language)
    assert (None if found is None else text[found[0] : found[1]]) == expected
