"""Clause structure around a quotation in French, Spanish and Italian.

Every case is our own sentence, written from the grammar of the construction it
names (incise inversion, relative subjects, headings), not copied from any
corpus.  Verbs of saying outside the cue lexicon are used on purpose: the
constructions name the speaker whatever the verb.
"""

from __future__ import annotations

import pytest

from newsdoc._grammar.order import word_order
from newsdoc._lexicon.cues import CUE_VERBS
from newsdoc.quotes import find_quotes
from newsdoc.quotes._clause import (
    agent_after,
    aside_subject,
    cleft_subject,
    gerund_after,
    heading_speaker,
    incise_after,
    inverted_opening,
    passive_agent,
    relative_antecedent,
    source_relative,
)


def _speaker(text: str, language: str) -> str | None:
    """Return the speaker of the first quotation found in ``text``."""
    found = find_quotes(text, language=language)
    assert found, "no quotation found"
    return found[0].speaker


# --- the incise after a quotation: any verb, its subject after it --------------------

# (text, language, speaker)
INCISE = [
    # French: Le Bon Usage § 380
    pytest.param(
        "« Nous ne céderons sur rien », a tonné le délégué syndical Paul Morel.",
        "fr",
        "le délégué syndical Paul Morel",
        id="fr-aux-participle",
    ),
    pytest.param(
        "« La saison sera longue et difficile », soupire l'entraîneur du club.",
        "fr",
        "l'entraîneur du club",
        id="fr-unlisted-verb",
    ),
    pytest.param(
        "« Il faut rouvrir la ligne de train », plaide Julie Martin devant le conseil.",
        "fr",
        "Julie Martin",
        id="fr-name-then-place",
    ),
    pytest.param(
        "« Personne ne nous a prévenus à temps », s'agace une habitante du quartier.",
        "fr",
        "une habitante du quartier",
        id="fr-reflexive-elided",
    ),
    pytest.param(
        "« Nous avons tout perdu dans l'incendie », sanglote la propriétaire de la ferme.",
        "fr",
        "la propriétaire de la ferme",
        id="fr-manner-verb",
    ),
    pytest.param(
        "« Le chantier avance plus vite que prévu », se félicite mardi le maire de Rennes.",
        "fr",
        "le maire de Rennes",
        id="fr-reflexive-time-word",
    ),
    pytest.param(
        "« Ce texte ne passera pas en l'état », a prévenu hier la présidente du groupe.",
        "fr",
        "la présidente du groupe",
        id="fr-time-adverb",
    ),
    pytest.param(
        "« Les élèves méritent bien mieux que cela », s'emporte un enseignant de Lyon.",
        "fr",
        "un enseignant de Lyon",
        id="fr-indefinite-article",
    ),
    pytest.param(
        "« Nous attendons toujours une réponse écrite », a écrit sur son blog le "
        "directeur de l'école.",
        "fr",
        "le directeur de l'école",
        id="fr-medium-phrase-first",
    ),
    pytest.param(
        "« On ne pourra pas tout financer cette année », grince Hélène Girard.",
        "fr",
        "Hélène Girard",
        id="fr-name",
    ),
    pytest.param(
        "« La récolte sera bien maigre cette année », tempère Marc Blanc, viticulteur.",
        "fr",
        "Marc Blanc",
        id="fr-name-then-role",
    ),
    # Spanish: Nueva gramática § 43.9
    pytest.param(
        '"No vamos a cerrar la planta", zanjó el consejero delegado de la empresa.',
        "es",
        "el consejero delegado de la empresa",
        id="es-listed-verb",
    ),
    pytest.param(
        '"Llevamos tres días sin agua potable", se queja una vecina del barrio.',
        "es",
        "una vecina del barrio",
        id="es-reflexive",
    ),
    pytest.param(
        '"Esto no se había visto nunca aquí", se sorprende Lucía Ortega.',
        "es",
        "Lucía Ortega",
        id="es-reflexive-unlisted",
    ),
    pytest.param(
        '"Hemos perdido toda la cosecha del año", solloza ayer un agricultor de Jaén.',
        "es",
        "un agricultor de Jaén",
        id="es-time-word",
    ),
    pytest.param(
        '"El equipo jugó con mucho corazón", celebró el entrenador tras el partido.',
        "es",
        "el entrenador",
        id="es-phrase-after-subject",
    ),
    pytest.param(
        '"Nadie nos avisó del corte de luz", protesta uno de los comerciantes.',
        "es",
        "uno de los comerciantes",
        id="es-indefinite-pronoun",
    ),
    pytest.param(
        '"La obra estará lista en verano", prometió anoche la alcaldesa de Vigo.',
        "es",
        "la alcaldesa de Vigo",
        id="es-anoche",
    ),
    pytest.param(
        '"Necesitamos más médicos en la zona", clama Pedro Salas, portavoz vecinal.',
        "es",
        "Pedro Salas",
        id="es-name-then-role",
    ),
    pytest.param(
        '"Las cifras no cuadran en absoluto", detalla coautor del estudio, el profesor Luis Mora.',
        "es",
        "el profesor Luis Mora",
        id="es-bare-role-apposed-name",
    ),
    pytest.param(
        '"Seguiremos luchando hasta el final", coreaban los manifestantes frente al Congreso.',
        "es",
        "los manifestantes",
        id="es-plural-subject",
    ),
    # Italian: Serianni XIV § 246
    pytest.param(
        "«Non firmeremo mai questo accordo», ha tuonato il segretario della Fiom.",
        "it",
        "il segretario della Fiom",
        id="it-aux-participle",
    ),
    pytest.param(
        "«La città non può aspettare ancora», incalza la sindaca di Pavia.",
        "it",
        "la sindaca di Pavia",
        id="it-listed-verb",
    ),
    pytest.param(
        "«Abbiamo perso tutto in una notte», si dispera un commerciante del centro.",
        "it",
        "un commerciante del centro",
        id="it-reflexive-unlisted",
    ),
    pytest.param(
        "«I lavori finiranno entro l'estate», ha garantito ieri l'assessore Marco Testa.",
        "it",
        "l'assessore Marco Testa",
        id="it-time-word",
    ),
    pytest.param(
        "«Nessuno ci ha mai ascoltato davvero», sbotta Giulia Ferri davanti al municipio.",
        "it",
        "Giulia Ferri",
        id="it-name-then-place",
    ),
    pytest.param(
        "«È stata una partita durissima per noi», sospira l'allenatore della squadra.",
        "it",
        "l'allenatore della squadra",
        id="it-elided-article",
    ),
    pytest.param(
        "«Il ponte va chiuso al traffico subito», avverte un ingegnere del Politecnico.",
        "it",
        "un ingegnere del Politecnico",
        id="it-indefinite-article",
    ),
    pytest.param(
        "«Serve un piano nazionale per l'acqua», ha scritto su Facebook il presidente "
        "della Regione.",
        "it",
        "il presidente della Regione",
        id="it-medium-phrase-first",
    ),
    pytest.param(
        "«Resteremo qui fino a lunedì prossimo», giurano i lavoratori in presidio.",
        "it",
        "i lavoratori",
        id="it-plural-subject",
    ),
    pytest.param(
        "«Non ci arrenderemo mai e poi mai», ribatte Luca Neri, delegato sindacale.",
        "it",
        "Luca Neri",
        id="it-name-then-role",
    ),
    pytest.param(
        "«Siamo pronti a ripartire da zero», sorride la titolare del negozio.",
        "it",
        "la titolare del negozio",
        id="it-manner-verb",
    ),
]


# an incise opened by "as" or "according to" before its verb
INCISE += [
    pytest.param(
        "Le tracé reste « très incertain », selon ce qu'a confié à la presse un élu de la "
        "majorité.",
        "fr",
        None,
        marks=pytest.mark.xfail(strict=True, reason="'ce qu'' between selon and the verb"),
        id="fr-selon-ce-que",
    ),
    pytest.param(
        "Le budget sera « tenu à l'euro près », comme l'a martelé devant les élus la "
        "présidente du département.",
        "fr",
        "la présidente du département",
        id="fr-comme-phrase-first",
    ),
    pytest.param(
        'La vacuna es "segura y eficaz para todos", según explicó a la prensa un portavoz '
        "del ministerio.",
        "es",
        "un portavoz del ministerio",
        id="es-segun-addressee",
    ),
    pytest.param(
        'El acuerdo es "un paso adelante muy claro", como subrayó ayer la ministra de Trabajo.',
        "es",
        "la ministra de Trabajo",
        id="es-como-time-word",
    ),
    pytest.param(
        "La situazione è «sotto controllo da ieri sera», secondo quanto riferito dal "
        "portavoce della Farnesina.",
        "it",
        "portavoce della Farnesina",
        id="it-secondo-quanto-agent",
    ),
    pytest.param(
        "Il piano è «pronto da mesi ormai», come ha ricordato ai giornalisti il ministro "
        "della Salute.",
        "it",
        "il ministro della Salute",
        id="it-come-addressee",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), INCISE)
def test_incise_subject_after_any_verb(text: str, language: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# (text, language): the words after the quotation are no incise
NOT_INCISE = [
    pytest.param("« Bêtes et méchantes », tout simplement.", "fr", id="fr-adverbs"),
    pytest.param(
        "Il faut redevenir « drôles et méchants », remiser les bons mots.",
        "fr",
        id="fr-infinitive-coordination",
    ),
    pytest.param("Le mot « crise », employé par le ministre.", "fr", id="fr-participle-agent"),
    pytest.param("« Oui » scelle le pacte de la majorité.", "fr", id="fr-no-comma"),
    pytest.param(
        'Su estilo, el "rock duro", combina guitarras y coros.', "es", id="es-quoted-noun"
    ),
    pytest.param('"Basta ya", una consigna de la marcha.', "es", id="es-noun-apposition"),
    pytest.param('"Sí", y el pleno aplaudió.', "es", id="es-conjunction"),
    pytest.param("«Slava Ukraini» scalda il cuore della piazza.", "it", id="it-no-comma"),
    pytest.param("«Ciao», parola del giorno.", "it", id="it-bare-noun"),
    pytest.param("«Mai più», mentre la folla cantava.", "it", id="it-conjunction"),
]


@pytest.mark.parametrize(("text", "language"), NOT_INCISE)
def test_no_incise(text: str, language: str) -> None:
    opening = next(i for i, c in enumerate(text) if c in '«"')
    close = text.index("»" if text[opening] == "«" else '"', opening + 1) + 1
    assert incise_after(text, opening, close, len(text), language) is None


# --- a relative pronoun as subject: its antecedent speaks ----------------------------

# (text, language, speaker)
RELATIVE = [
    pytest.param(
        "Le juge Paul Roux, qui présidait l'audience, a lancé : « Silence dans la salle, "
        "s'il vous plaît ! »",
        "fr",
        "Le juge Paul Roux",
        id="fr-qui-then-verb",
    ),
    pytest.param(
        "Anne Roy, qui dans un entretien au journal régional affirmait : « Le site "
        "fermera en juin. »",
        "fr",
        "Anne Roy",
        id="fr-qui-phrase-then-verb",
    ),
    pytest.param(
        "On a entendu Marc Petit, lequel a rétorqué : « Nous ne paierons pas cette facture. »",
        "fr",
        "Marc Petit",
        id="fr-lequel",
    ),
    pytest.param(
        "La ministre Claire Dubois, qui a longtemps hésité, a tranché : « La réforme sera votée. »",
        "fr",
        "La ministre Claire Dubois",
        id="fr-qui-adverb",
    ),
    pytest.param(
        'La jueza Marta Gil, quien presidía la sala, advirtió: "Silencio en la sala, por favor".',
        "es",
        "La jueza Marta Gil",
        id="es-quien",
    ),
    pytest.param(
        'Raúl Vega, el cual respondió en una entrevista radial: "No pienso dimitir ahora".',
        "es",
        "Raúl Vega",
        id="es-el-cual",
    ),
    pytest.param(
        'Lo explicó Ana Soto, quien en rueda de prensa dijo: "Hay que esperar al informe".',
        "es",
        "Ana Soto",
        id="es-quien-phrase",
    ),
    pytest.param(
        "Luca Neri, segretario della Fiom, il quale intervistato dal Tirreno affermava: "
        "«La fabbrica non chiude».",
        "it",
        "Luca Neri",
        id="it-il-quale-participle",
    ),
    pytest.param(
        "La sindaca Anna Galli, la quale in consiglio ha replicato: «Il bilancio è in ordine».",
        "it",
        "La sindaca Anna Galli",
        id="it-la-quale",
    ),
    pytest.param(
        "Ne ha parlato Paolo Riva, che alla radio ha detto: «Il governo deve "
        "ascoltare chi lavora».",
        "it",
        "Paolo Riva",
        id="it-che-phrase",
    ),
]


RELATIVE += [
    pytest.param(
        "Nous avons joint Hélène Girard, qui nous a expliqué : « Le service est saturé "
        "depuis des mois. »",
        "fr",
        "Hélène Girard",
        id="fr-qui-clitic-aux",
    ),
    pytest.param(
        'Hablamos con Lucía Ortega, quien nos explicó: "El servicio está saturado '
        'desde hace meses".',
        "es",
        "Lucía Ortega",
        id="es-quien-clitic",
    ),
    pytest.param(
        "Abbiamo sentito Elena Rossi, la quale ci ha spiegato: «Il reparto è saturo da mesi».",
        "it",
        "Elena Rossi",
        id="it-la-quale-clitic",
    ),
    pytest.param(
        'El texto cita a Raúl Vega, el cual advertía: "No habrá dinero para todos".',
        "es",
        "Raúl Vega",
        id="es-el-cual-imperfect",
    ),
    pytest.param(
        "Il testo cita Luca Neri, il quale avvertiva: «Non ci saranno soldi per tutti».",
        "it",
        "Luca Neri",
        id="it-il-quale-imperfect",
    ),
    pytest.param(
        "L'alerte avait été donnée par Eva Kern, la présidente du syndicat (CGT), "
        "laquelle déclarait : « Les stocks ne tiendront pas l'hiver. »",
        "fr",
        "Eva Kern",
        id="fr-name-role-aside-lequel",
    ),
    pytest.param(
        "La alarma la dio Eva Kern, la presidenta del sindicato (UGT), la cual "
        'declaraba: "Las reservas no durarán todo el invierno".',
        "es",
        "Eva Kern",
        id="es-name-role-aside-la-cual",
    ),
    pytest.param(
        "L'allarme era stato lanciato da Eva Kern, la presidente del sindacato (Cgil), "
        "la quale intervistata dalla radio affermava: «Le scorte non basteranno».",
        "it",
        "Eva Kern",
        id="it-name-role-aside-la-quale",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), RELATIVE)
def test_relative_subject_points_back(text: str, language: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# (text, relative clause opening, language, antecedent or None)
ANTECEDENT = [
    pytest.param("Ana Ruiz, quien dijo", "quien dijo", "es", "Ana Ruiz", id="es-quien"),
    pytest.param("Ana Ruiz, la cual dijo", "la cual dijo", "es", "Ana Ruiz", id="es-la-cual"),
    pytest.param("Léa Morin, qui disait", "qui disait", "fr", "Léa Morin", id="fr-qui"),
    pytest.param("Léa Morin, laquelle a dit", "laquelle a dit", "fr", "Léa Morin", id="fr-lequel"),
    pytest.param("Ivo Riva, il quale disse", "il quale disse", "it", "Ivo Riva", id="it-il-quale"),
    pytest.param("Ivo Riva, che disse", "che disse", "it", "Ivo Riva", id="it-che"),
    pytest.param("l'uomo che disse", "che disse", "it", None, id="it-no-comma"),
    pytest.param("Ivo Riva, il sindaco", "il sindaco", "it", None, id="it-no-relative"),
    pytest.param("Ana Ruiz, el alcalde", "el alcalde", "es", None, id="es-article-no-relative"),
    pytest.param("Le maire, Paul Roy", "Paul Roy", "fr", None, id="fr-name-no-relative"),
]


@pytest.mark.parametrize(("text", "clause", "language", "antecedent"), ANTECEDENT)
def test_relative_antecedent(text: str, clause: str, language: str, antecedent: str | None) -> None:
    at = text.index(clause)
    found = relative_antecedent(text, at, at + len(clause), language)
    assert (None if found is None else text[found[0] : found[1]]) == antecedent


# --- a heading "Name[, role]:" names the speaker -----------------------------------

# (heading up to its colon, language, name or None)
HEADING = [
    pytest.param("Marie Leroy, maire de Lille", "fr", "Marie Leroy", id="fr-name-role"),
    pytest.param("Paul Girard, député, avocat", "fr", "Paul Girard", id="fr-two-roles"),
    pytest.param("Rachel Dumas députée du Nord", "fr", "Rachel Dumas", id="fr-role-no-comma"),
    pytest.param("Climat, Jean Morel", "fr", "Jean Morel", id="fr-topic-then-name"),
    pytest.param("Il a ajouté", "fr", None, id="fr-clause"),
    pytest.param("Le texte dit", "fr", None, id="fr-lowercase-verb"),
    pytest.param("Marta Gil, alcaldesa de Vigo", "es", "Marta Gil", id="es-name-role"),
    pytest.param("Pedro Salas, portavoz vecinal", "es", "Pedro Salas", id="es-name-role-2"),
    pytest.param("Vacunas, Sánchez", "es", "Sánchez", id="es-topic-then-name"),
    pytest.param("Luis Mora economista", "es", "Luis Mora", id="es-role-no-comma"),
    pytest.param("Ella respondió", "es", None, id="es-pronoun-clause"),
    pytest.param("Y entonces dijo", "es", None, id="es-conjunction"),
    pytest.param("Anna Galli, sindaca di Pavia", "it", "Anna Galli", id="it-name-role"),
    pytest.param("Coronavirus, Bolsonaro", "it", "Bolsonaro", id="it-topic-then-name"),
    pytest.param("Paolo Riva, segretario Cgil", "it", "Paolo Riva", id="it-name-role-2"),
    pytest.param("Medici accusano", "it", None, id="it-subject-verb"),
    pytest.param("Lui ha detto", "it", None, id="it-pronoun-aux"),
    pytest.param("Giulia Ferri (Pd)", "it", "Giulia Ferri", id="it-party-tag"),
    pytest.param("Jan Roth, Sprecher", "de", None, id="de-not-described"),
    pytest.param("Ann Lee, the mayor", "en", None, id="en-not-described"),
]


HEADING += [
    pytest.param("Hélène Girard, infirmière", "fr", "Hélène Girard", id="fr-one-role"),
    pytest.param("Retraites, Jean Petit", "fr", "Jean Petit", id="fr-topic-name-2"),
    pytest.param("Luc Martin (PS)", "fr", "Luc Martin", id="fr-party-tag"),
    pytest.param("Nous avons dit", "fr", None, id="fr-pronoun"),
    pytest.param("Ana Soto, jueza", "es", "Ana Soto", id="es-one-role"),
    pytest.param("Pensiones, Raúl Vega", "es", "Raúl Vega", id="es-topic-name-2"),
    pytest.param("Elena Ruiz (PSOE)", "es", "Elena Ruiz", id="es-party-tag"),
    pytest.param("Nosotros dijimos", "es", None, id="es-pronoun-2"),
    pytest.param("Carlo Neri, medico", "it", "Carlo Neri", id="it-one-role"),
    pytest.param("Pensioni, Elena Rossi", "it", "Elena Rossi", id="it-topic-name-2"),
    pytest.param("Noi abbiamo detto", "it", None, id="it-pronoun-2"),
]


@pytest.mark.parametrize(("heading", "language", "name"), HEADING)
def test_heading_speaker(heading: str, language: str, name: str | None) -> None:
    found = heading_speaker(heading, 0, len(heading), language)
    assert (None if found is None else heading[found[0] : found[1]]) == name


# (text, language, speaker)
HEADING_QUOTES = [
    pytest.param(
        "Marie Leroy, maire de Lille : « Nous sommes prêts pour un hiver difficile »",
        "fr",
        "Marie Leroy",
        id="fr",
    ),
    pytest.param(
        'Marta Gil, alcaldesa de Vigo: "La ciudad está preparada para la nevada"',
        "es",
        "Marta Gil",
        id="es",
    ),
    pytest.param(
        "Anna Galli, sindaca di Pavia: «La città è pronta per la nuova stagione»",
        "it",
        "Anna Galli",
        id="it",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), HEADING_QUOTES)
def test_heading_names_speaker(text: str, language: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# --- the word-order facts --------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "es", "it"])
def test_word_order_facts(language: str) -> None:
    order = word_order(language)
    assert order is not None
    assert order.inverted_incise
    # no relative pronoun, clitic or ending is itself a verb of saying
    cues = CUE_VERBS[language]
    assert not any(" ".join(words) in cues for words in order.relative_subjects)
    assert not order.clitics & cues


@pytest.mark.parametrize("language", ["en", "de", "nl"])
def test_no_word_order_elsewhere(language: str) -> None:
    assert word_order(language) is None


# --- a gerund clause between two quotations: its main clause's subject ---------------

_GERUND_FR = [
    ("précisant", "précisant :"),
    ("ajoutant", "ajoutant :"),
    ("soulignant", "soulignant :"),
    ("insistant", "insistant sur ce point :"),
    ("concluant", "concluant :"),
    ("rappelant", "rappelant :"),
    ("martelant", "martelant encore :"),
    ("nuançant", "nuançant aussitôt :"),
    ("expliquant", "expliquant :"),
    ("glissant", "glissant même :"),
]
_GERUND_ES = [
    "añadiendo:",
    "precisando:",
    "subrayando:",
    "insistiendo en ello:",
    "concluyendo:",
    "recordando:",
    "advirtiendo:",
    "explicando luego:",
    "matizando:",
    "sosteniendo:",
]
_GERUND_IT = [
    "aggiungendo:",
    "precisando:",
    "sottolineando:",
    "insistendo:",
    "concludendo:",
    "ricordando:",
    "avvertendo:",
    "spiegando poi:",
    "chiarendo:",
    "ribadendo:",
]

# (text, language, speaker of the second quotation)
GERUND = [
    *(
        pytest.param(
            "La juge Léa Morin a répondu « nous ferons appel de cette décision », "
            f"{clause} « le dossier reste ouvert pour nous »",
            "fr",
            "La juge Léa Morin",
            id=f"fr-{word}",
        )
        for word, clause in _GERUND_FR
    ),
    *(
        pytest.param(
            'El alcalde Pedro Salas respondió "vamos a recurrir esta decisión", '
            f'{clause} "el caso sigue abierto para nosotros"',
            "es",
            "El alcalde Pedro Salas",
            id=f"es-{clause.split()[0].rstrip(':')}",
        )
        for clause in _GERUND_ES
    ),
    *(
        pytest.param(
            "La sindaca Anna Galli ha risposto «faremo ricorso contro questa decisione», "
            f"{clause} «il caso resta aperto per noi»",
            "it",
            "La sindaca Anna Galli",
            id=f"it-{clause.split()[0].rstrip(':')}",
        )
        for clause in _GERUND_IT
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), GERUND)
def test_gerund_clause_keeps_the_speaker(text: str, language: str, speaker: str) -> None:
    found = find_quotes(text, language=language)
    assert len(found) == 2
    assert found[1].speaker == speaker


# (text between the quotations, language): no gerund opens it
NOT_GERUND = [
    pytest.param(", le ministre :", "fr", id="fr-noun-phrase"),
    pytest.param(" précisant :", "fr", id="fr-no-comma"),
    pytest.param(", puis :", "fr", id="fr-adverb"),
    pytest.param(", cuando :", "es", id="es-conjunction"),
    pytest.param(", el comando:", "es", id="es-noun-in-ando"),
    pytest.param(", quando:", "it", id="it-conjunction"),
    pytest.param(", il mondo:", "it", id="it-noun-in-ondo"),
]


@pytest.mark.parametrize(("between", "language"), NOT_GERUND)
def test_no_gerund(between: str, language: str) -> None:
    text = f"«Oui»{between} «Non»"
    assert gerund_after(text, 5, 5 + len(between), language) is None


# --- a source preposition governing a relative: its antecedent is the source ----------

# (antecedent clause, relative phrase) per language; the quotation follows
_SOURCE_FR = [
    ("Il a cité l'économiste Anne Roy", "selon laquelle"),
    ("Nous avons joint le maire Paul Roy", "selon lequel"),
    ("Le journal interroge la juge Léa Morin", "pour laquelle"),
    ("La plainte vise le préfet Marc Blanc", "selon lequel"),
    ("On a vu Hélène Girard", "pour qui"),
    ("Ils ont lu le rapport de la Cour des comptes", "selon lequel"),
    ("La séance a été ouverte par la présidente Claire Dubois", "selon laquelle"),
    ("Le texte cite les syndicats", "selon lesquels"),
    ("Les élus ont reçu les agricultrices", "pour lesquelles"),
    ("Il a consulté le médecin Jean Petit", "d'après lequel"),
]
_SOURCE_ES = [
    ("Habló con el fiscal Luis Mora", "según el cual"),
    ("Consultamos a la jueza Marta Gil", "según la cual"),
    ("El diario entrevistó al alcalde Pedro Salas", "para el cual"),
    ("La denuncia cita a la ministra Ana Soto", "según la cual"),
    ("Llamamos a Lucía Ortega", "para quien"),
    ("Leyeron el informe del Banco Central", "según el cual"),
    ("La sesión la abrió la presidenta Elena Ruiz", "según la cual"),
    ("El texto cita a los sindicatos", "según los cuales"),
    ("Los concejales recibieron a las agricultoras", "para las cuales"),
    ("Consultó al médico Raúl Vega", "según el cual"),
]
_SOURCE_IT = [
    ("Ha citato il giudice Carlo Neri", "secondo il quale"),
    ("Abbiamo sentito la sindaca Anna Galli", "secondo la quale"),
    ("Il giornale intervista il prefetto Paolo Riva", "per il quale"),
    ("La denuncia cita la ministra Giulia Ferri", "secondo la quale"),
    ("C'è poi Marta Bini", "per la quale"),
    ("Hanno letto il rapporto della Banca d'Italia", "secondo il quale"),
    ("La seduta è stata aperta dalla presidente Elena Rossi", "secondo la quale"),
    ("Il testo cita i sindacati", "secondo i quali"),
    ("I consiglieri hanno incontrato le agricoltrici", "per le quali"),
    ("Ha consultato il medico Luca Neri", "secondo il quale"),
]

# the antecedent each clause should give; a name alone counts for a role + name
_SOURCE_SPEAKERS = {
    "fr": [
        "l'économiste Anne Roy",
        "le maire Paul Roy",
        "la juge Léa Morin",
        "le préfet Marc Blanc",
        "Hélène Girard",
        "le rapport de la Cour des comptes",
        "la présidente Claire Dubois",
        "les syndicats",
        "les agricultrices",
        "le médecin Jean Petit",
    ],
    "es": [
        "el fiscal Luis Mora",
        "la jueza Marta Gil",
        "el alcalde Pedro Salas",
        "la ministra Ana Soto",
        "Lucía Ortega",
        "el informe del Banco Central",
        "la presidenta Elena Ruiz",
        "los sindicatos",
        "las agricultoras",
        "el médico Raúl Vega",
    ],
    "it": [
        "il giudice Carlo Neri",
        "la sindaca Anna Galli",
        "il prefetto Paolo Riva",
        "la ministra Giulia Ferri",
        "Marta Bini",
        "il rapporto della Banca d'Italia",
        "la presidente Elena Rossi",
        "i sindacati",
        "le agricoltrici",
        "il medico Luca Neri",
    ],
}


# known misses: the object of a perfect tense is cut at its complement
_SOURCE_MISSES = {("fr", 5): "an object phrase with a 'de' complement loses its head"}


def _source_case(language: str, i: int, before: str, rel: str) -> object:
    speaker = _SOURCE_SPEAKERS[language][i]
    reason = _SOURCE_MISSES.get((language, i))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(f"{before}, {rel} ", language, speaker, marks=marks, id=f"{language}-{i}")


SOURCE_RELATIVE = [
    *(_source_case("fr", i, b, r) for i, (b, r) in enumerate(_SOURCE_FR)),
    *(_source_case("es", i, b, r) for i, (b, r) in enumerate(_SOURCE_ES)),
    *(_source_case("it", i, b, r) for i, (b, r) in enumerate(_SOURCE_IT)),
]


@pytest.mark.parametrize(("text", "language", "speaker"), SOURCE_RELATIVE)
def test_source_relative_points_back(text: str, language: str, speaker: str) -> None:
    found = source_relative(text, 0, len(text), language)
    assert found is not None
    got = text[found.speaker_start : found.speaker_end]
    # the full phrase, or the name it ends with ("la jueza Marta Gil" / "Marta Gil")
    assert speaker.endswith(got)
    assert got[:1].isupper() or got.split()[0] == speaker.split()[0]
    head = text[: text.index(",")]
    assert text[found.cue_start : found.cue_end] == text[len(head) + 2 :].strip()


NOT_SOURCE_RELATIVE = [
    pytest.param("C'est une caserne, pour laquelle ", "fr", id="fr-no-name-ok"),
    pytest.param("Le plan, selon la ministre ", "fr", id="fr-no-relative"),
    pytest.param("Il a parlé selon lequel ", "fr", id="fr-no-comma"),
    pytest.param("El plan, según la ministra ", "es", id="es-no-relative"),
    pytest.param("Habló según el cual ", "es", id="es-no-comma"),
    pytest.param("Il piano, secondo la ministra ", "it", id="it-no-relative"),
    pytest.param("Una ex caserma, per cui ", "it", id="it-per-cui"),
]


@pytest.mark.parametrize(("text", "language"), NOT_SOURCE_RELATIVE)
def test_no_source_relative(text: str, language: str) -> None:
    found = source_relative(text, 0, len(text), language)
    if text.startswith("C'est"):
        # a thing may be a source ("le rapport, selon lequel"): found, but no person
        assert found is not None
        return
    assert found is None


# --- a clause opening with its verb before a colon: the subject follows it -------------

_OPENING_FR = [
    ("Comme l'a rappelé la ministre Anne Roy il y a deux jours :", "la ministre Anne Roy"),
    ("Comme l'a écrit le journaliste Marc Blanc dans sa chronique :", "le journaliste Marc Blanc"),
    ("Ainsi l'a résumé hier soir le maire de Lyon :", "le maire de Lyon"),
    ("L'a rappelé la présidente de la région :", "la présidente de la région"),
    ("Comme l'a dit une fois Victor Hugo :", "Victor Hugo"),
    ("Comme le souligne la Cour des comptes dans son rapport :", "la Cour des comptes"),
    ("Ainsi parlait le vieux berger au village :", "le vieux berger"),
    ("Comme l'a confié à la presse une infirmière de Nantes :", "une infirmière de Nantes"),
    ("L'ont répété les syndicats devant la préfecture :", "les syndicats"),
    ("Comme l'expliquait déjà en 2010 l'historienne Léa Morin :", "l'historienne Léa Morin"),
]
_OPENING_ES = [
    ("Como lo explicó el juez Luis Mora hace una semana:", "el juez Luis Mora"),
    ("Así lo explicó la alcaldesa Marta Gil en la radio:", "la alcaldesa Marta Gil"),
    ("Como dijo una vez Gabriel García Márquez:", "Gabriel García Márquez"),
    ("Así lo resumió ayer el entrenador del equipo:", "el entrenador del equipo"),
    ("Como señala el Banco Central en su informe:", "el Banco Central"),
    ("Así lo contó a la prensa una vecina del barrio:", "una vecina del barrio"),
    ("Como recordaba la ministra Ana Soto:", "la ministra Ana Soto"),
    ("Así lo advirtieron los sindicatos frente al ministerio:", "los sindicatos"),
    ("Como ha escrito el periodista Raúl Vega en su columna:", "el periodista Raúl Vega"),
    ("Así lo confirmó anoche un portavoz de la empresa:", "un portavoz de la empresa"),
]
_OPENING_IT = [
    ("Come ha spiegato il ministro Carlo Neri la settimana scorsa:", "il ministro Carlo Neri"),
    ("Così l'ha raccontato la sindaca Anna Galli in consiglio:", "la sindaca Anna Galli"),
    ("Come disse una volta Italo Calvino:", "Italo Calvino"),
    ("Così l'ha riassunto ieri l'allenatore della squadra:", "l'allenatore della squadra"),
    ("Come scrive la Banca d'Italia nel suo rapporto:", "la Banca d'Italia"),
    ("Lo ha spiegato ieri il presidente della Regione:", "il presidente della Regione"),
    ("Come ricordava la ministra Giulia Ferri:", "la ministra Giulia Ferri"),
    ("Così l'hanno detto i sindacati davanti al ministero:", "i sindacati"),
    ("Come ha scritto il giornalista Paolo Riva nella sua rubrica:", "il giornalista Paolo Riva"),
    ("Lo ha confermato stamattina un portavoce dell'azienda:", "un portavoce dell'azienda"),
]

OPENING_MISSES = [
    pytest.param(
        "Comme l'a dit un jour Victor Hugo :",
        "fr",
        "Victor Hugo",
        marks=pytest.mark.xfail(strict=True, reason="day nouns are not in the time class"),
        id="fr-un-jour",
    ),
]

OPENING = [
    *(pytest.param(c, "fr", s, id=f"fr-{i}") for i, (c, s) in enumerate(_OPENING_FR)),
    *(pytest.param(c, "es", s, id=f"es-{i}") for i, (c, s) in enumerate(_OPENING_ES)),
    *(pytest.param(c, "it", s, id=f"it-{i}") for i, (c, s) in enumerate(_OPENING_IT)),
    *OPENING_MISSES,
]


@pytest.mark.parametrize(("clause", "language", "speaker"), OPENING)
def test_inverted_opening(clause: str, language: str, speaker: str) -> None:
    text = clause + " "
    found = inverted_opening(text, 0, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == speaker


NOT_OPENING = [
    pytest.param("Le juge Paul Roux a lancé :", "fr", id="fr-article-opens"),
    pytest.param("Comme prévu :", "fr", id="fr-no-subject"),
    pytest.param("Comme l'a rappelé la ministre.", "fr", id="fr-no-colon"),
    pytest.param("La jueza Marta Gil advirtió:", "es", id="es-article-opens"),
    pytest.param("Como siempre:", "es", id="es-adverb"),
    pytest.param("Lo importante es esto:", "es", id="es-neuter-article"),
    pytest.param("La sindaca ha detto:", "it", id="it-article-opens"),
    pytest.param("Come sempre:", "it", id="it-adverb"),
]


@pytest.mark.parametrize(("clause", "language"), NOT_OPENING)
def test_no_inverted_opening(clause: str, language: str) -> None:
    text = clause + " "
    assert inverted_opening(text, 0, len(text), language) is None


# --- the agent of a passive clause before a quotation speaks --------------------------

_AGENT_FR = [
    (
        "Ce choix fut expliqué par le doyen du Sénat, Paul Roy :",
        "le doyen du Sénat, Paul Roy",
    ),
    ("La décision a été annoncée par la ministre Anne Roy :", "la ministre Anne Roy"),
    ("Le verdict a été lu par la juge Léa Morin :", "la juge Léa Morin"),
    ("La loi a été qualifiée par Marc Blanc de", "Marc Blanc"),
    ("Le texte fut présenté par le député Jean Petit :", "le député Jean Petit"),
    ("Le bilan est résumé par la Cour des comptes :", "la Cour des comptes"),
    ("La mesure a été défendue par Hélène Girard :", "Hélène Girard"),
    ("Le plan a été jugé par le syndicat CGT", "le syndicat CGT"),
    ("La consigne a été rappelée par le préfet du Rhône :", "le préfet du Rhône"),
    ("Le projet était décrit par son auteur, Luc Martin, comme", "son auteur, Luc Martin"),
]
_AGENT_ES = [
    (
        "La respuesta fue dada por el presidente del Senado, Luis Mora:",
        "el presidente del Senado, Luis Mora",
    ),
    ("La decisión fue anunciada por la ministra Ana Soto:", "la ministra Ana Soto"),
    ("El fallo fue leído por la jueza Marta Gil:", "la jueza Marta Gil"),
    ("La ley fue calificada por Pedro Salas de", "Pedro Salas"),
    ("El texto fue presentado por el diputado Raúl Vega:", "el diputado Raúl Vega"),
    ("El balance es resumido por el Tribunal de Cuentas:", "el Tribunal de Cuentas"),
    ("La medida ha sido defendida por Lucía Ortega:", "Lucía Ortega"),
    ("El plan fue juzgado por el sindicato UGT como", "el sindicato UGT"),
    ("La orden fue recordada por el gobernador de Lima:", "el gobernador de Lima"),
    ("El proyecto era descrito por su autor, Luis Martín, como", "su autor, Luis Martín"),
]
_AGENT_IT = [
    (
        "La risposta è stata data dal presidente del Senato, Paolo Riva:",
        "presidente del Senato, Paolo Riva",
    ),
    ("La decisione è stata annunciata dalla ministra Giulia Ferri:", "ministra Giulia Ferri"),
    ("La sentenza è stata letta dalla giudice Anna Galli:", "giudice Anna Galli"),
    ("La legge è stata definita da Luca Neri", "Luca Neri"),
    ("Il testo fu presentato dal deputato Carlo Neri:", "deputato Carlo Neri"),
    ("Il bilancio viene riassunto dalla Corte dei conti:", "Corte dei conti"),
    ("La misura è stata difesa da Marta Bini:", "Marta Bini"),
    ("Il piano è stato giudicato dal sindacato Cgil come", "sindacato Cgil"),
    ("L'ordine è stato ricordato dal prefetto di Roma:", "prefetto di Roma"),
    ("Il progetto era descritto dal suo autore, Elena Rossi, come", "suo autore, Elena Rossi"),
]

AGENT = [
    *(pytest.param(c, "fr", s, id=f"fr-{i}") for i, (c, s) in enumerate(_AGENT_FR)),
    *(pytest.param(c, "es", s, id=f"es-{i}") for i, (c, s) in enumerate(_AGENT_ES)),
    *(pytest.param(c, "it", s, id=f"it-{i}") for i, (c, s) in enumerate(_AGENT_IT)),
]


@pytest.mark.parametrize(("clause", "language", "speaker"), AGENT)
def test_passive_agent(clause: str, language: str, speaker: str) -> None:
    text = clause + " "
    found = passive_agent(text, 0, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == speaker


NOT_AGENT = [
    pytest.param("Ils sont payés par le biais de", "fr", id="fr-complex-preposition"),
    pytest.param("Ils ont été interrogés par les enquêteurs, puis", "fr", id="fr-clause-goes-on"),
    pytest.param("Il a voyagé par la route :", "fr", id="fr-no-passive"),
    pytest.param("Fueron pagados por medio de", "es", id="es-complex-preposition"),
    pytest.param("Viajó por la costa:", "es", id="es-no-passive"),
    pytest.param("È stato fermato dalla polizia, poi", "it", id="it-clause-goes-on"),
    pytest.param("Ha viaggiato dal nord:", "it", id="it-no-passive"),
]


@pytest.mark.parametrize(("clause", "language"), NOT_AGENT)
def test_no_passive_agent(clause: str, language: str) -> None:
    text = clause + " "
    assert passive_agent(text, 0, len(text), language) is None


# --- a partial quotation after "verb, adjunct, object": the clause's subject speaks ----

_SUBJECTS = {
    "fr": [
        "L'ONU",
        "La ministre Anne Roy",
        "Le syndicat CGT",
        "Paul Girard",
        "La Cour des comptes",
    ],
    "es": [
        "La ONU",
        "La ministra Ana Soto",
        "El sindicato UGT",
        "Pedro Salas",
        "El Tribunal Supremo",
    ],
    "it": [
        "L'Onu",
        "La ministra Giulia Ferri",
        "Il sindacato Cgil",
        "Paolo Riva",
        "La Corte dei conti",
    ],
}
_FRAMES = {
    "fr": [
        "{s} a dénoncé, vendredi, une série de mesures « {q} ».",
        "{s} a publié, hier soir, une liste de décisions « {q} ».",
    ],
    "es": [
        '{s} denunció, el viernes, una serie de medidas "{q}".',
        '{s} publicó, anoche, una lista de decisiones "{q}".',
    ],
    "it": [
        "{s} ha denunciato, venerdì, una serie di misure «{q}».",
        "{s} ha pubblicato, ieri sera, un elenco di decisioni «{q}».",
    ],
}
_PARTIALS = {
    "fr": "contraires au droit international",
    "es": "contrarias al derecho internacional",
    "it": "contrarie al diritto internazionale",
}
# known misses (none left)
_OBJECT_MISSES: set[tuple[str, int, int]] = set()

OBJECT_AFTER_COMMA = [
    pytest.param(
        frame.format(s=subject, q=_PARTIALS[language]),
        language,
        subject,
        marks=[pytest.mark.xfail(strict=True, reason="name cut at a complement")]
        if (language, f, k) in _OBJECT_MISSES
        else [],
        id=f"{language}-{f}-{k}",
    )
    for language in ("fr", "es", "it")
    for f, frame in enumerate(_FRAMES[language])
    for k, subject in enumerate(_SUBJECTS[language])
]


@pytest.mark.parametrize(("text", "language", "speaker"), OBJECT_AFTER_COMMA)
def test_object_after_comma_is_no_subject(text: str, language: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# --- a cleft sentence puts its subject in focus ----------------------------------------

_CLEFT = {
    "fr": [
        ("C'est le maire {n} qui a lancé :", "le maire {n}"),
        ("C'est la ministre {n} qui a tranché :", "la ministre {n}"),
        ("C'était {n} qui l'avait dit :", "{n}"),
        ("Et c'est elle qui a conclu :", "elle"),
        ("Au fond, c'est le juge {n} qui parle de", "le juge {n}"),
    ],
    "es": [
        ("Fue el alcalde {n} quien dijo:", "el alcalde {n}"),
        ("Es la ministra {n} la que advierte:", "la ministra {n}"),
        ("Fue {n} quien lo explicó:", "{n}"),
        ("Y fue ella quien concluyó:", "ella"),
        ("En el fondo, es el juez {n} el que habla de", "el juez {n}"),
    ],
    "it": [
        ("È stato il sindaco {n} a dire:", "il sindaco {n}"),
        ("È la ministra {n} ad avvertire:", "la ministra {n}"),
        ("Fu {n} a spiegarlo:", "{n}"),
        ("Ed è lei a concludere:", "lei"),
        ("In fondo, è il giudice {n} a parlare di", "il giudice {n}"),
    ],
}
_CLEFT_NAMES = {
    "fr": ["Paul Roy", "Léa Morin"],
    "es": ["Luis Mora", "Ana Soto"],
    "it": ["Carlo Neri", "Anna Galli"],
}

CLEFT = [
    pytest.param(
        clause.format(n=name) + " ", language, speaker.format(n=name), id=f"{language}-{i}-{m}"
    )
    for language, frames in _CLEFT.items()
    for i, (clause, speaker) in enumerate(frames)
    for m, name in enumerate(_CLEFT_NAMES[language])
]


@pytest.mark.parametrize(("text", "language", "speaker"), CLEFT)
def test_cleft_subject(text: str, language: str, speaker: str) -> None:
    found = cleft_subject(text, 0, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == speaker


NOT_CLEFT = [
    # "ce sont X qui" presents more often than it focuses a speaker: not read
    pytest.param("Ce sont des bastions qui sont là pour", "fr", id="fr-ce-sont-presentative"),
    pytest.param("Ils sont des militants qui sont là pour", "fr", id="fr-copula-relative"),
    pytest.param("Il est clair que", "fr", id="fr-impersonal"),
    pytest.param("Es un hombre que dice", "es", id="es-relative-que"),
    pytest.param("Era claro que", "es", id="es-impersonal"),
    pytest.param("Non è un caso che il governo dica", "it", id="it-che"),
    pytest.param("È il momento di parlare di", "it", id="it-di"),
    pytest.param("È pronta a", "it", id="it-adjective"),
]


@pytest.mark.parametrize(("clause", "language"), NOT_CLEFT)
def test_no_cleft(clause: str, language: str) -> None:
    text = clause + " "
    assert cleft_subject(text, 0, len(text), language) is None


# --- an aside between the subject and its verb: the subject speaks --------------------

_ASIDE = {
    "fr": [
        "{s}, selon l'agence Reuters, a ensuite ajouté :",
        "{s}, rapporte le journal Le Monde, a déclaré :",
        "{s}, d'après la radio, a précisé :",
        "{s}, comme le note la presse, a souligné :",
        "{s}, selon son entourage, a affirmé hier :",
    ],
    "es": [
        "{s}, según la agencia Efe, añadió después:",
        "{s}, informa el diario El País, declaró:",
        "{s}, según la radio, precisó:",
        "{s}, como señala la prensa, subrayó:",
        "{s}, según su entorno, afirmó ayer:",
    ],
    "it": [
        "{s}, secondo l'agenzia Ansa, ha poi aggiunto:",
        "{s}, riporta il quotidiano La Stampa, ha dichiarato:",
        "{s}, secondo la radio, ha precisato:",
        "{s}, come riferisce la stampa, ha sottolineato:",
        "{s}, secondo il suo entourage, ha affermato ieri:",
    ],
}
_ASIDE_SUBJECTS = {
    "fr": ["Le président", "La juge Léa Morin"],
    "es": ["El presidente", "La jueza Ana Soto"],
    "it": ["Il presidente", "La giudice Anna Galli"],
}

ASIDE = [
    pytest.param(frame.format(s=subject) + " ", language, subject, id=f"{language}-{i}-{m}")
    for language, frames in _ASIDE.items()
    for i, frame in enumerate(frames)
    for m, subject in enumerate(_ASIDE_SUBJECTS[language])
]


@pytest.mark.parametrize(("text", "language", "speaker"), ASIDE)
def test_aside_subject(text: str, language: str, speaker: str) -> None:
    found = aside_subject(text, 0, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == speaker


NOT_ASIDE = [
    pytest.param("Le président, un homme prudent, a ajouté :", "fr", id="fr-apposition"),
    pytest.param("Il a dit, selon Reuters, et répété :", "fr", id="fr-clause-first"),
    pytest.param("El presidente, hombre prudente, añadió:", "es", id="es-apposition"),
    pytest.param("El presidente, según Efe, y el gobierno:", "es", id="es-no-verb"),
    pytest.param("Il presidente, uomo prudente, ha aggiunto:", "it", id="it-apposition"),
    pytest.param("Il presidente, secondo l'Ansa, e il governo:", "it", id="it-no-verb"),
]


@pytest.mark.parametrize(("clause", "language"), NOT_ASIDE)
def test_no_aside(clause: str, language: str) -> None:
    text = clause + " "
    assert aside_subject(text, 0, len(text), language) is None


# --- a semicolon after a quotation closes its clause: the cue after it is another's ---

SEMICOLON = [
    pytest.param(
        "Paul Roy a dit que « la ligne doit rouvrir au plus vite » ; tandis que "
        "Léa Morin a répondu que non.",
        "fr",
        "Paul Roy",
        id="fr",
    ),
    pytest.param(
        'Luis Mora dijo que, "la línea debe reabrir cuanto antes"; mientras que '
        "Ana Soto opinó lo contrario.",
        "es",
        "Luis Mora",
        id="es",
    ),
    pytest.param(
        "Carlo Neri ha detto che «la linea deve riaprire al più presto»; mentre "
        "Anna Galli ha risposto di no.",
        "it",
        "Carlo Neri",
        id="it",
    ),
]


@pytest.mark.parametrize(("text", "language", "speaker"), SEMICOLON)
def test_semicolon_closes_the_clause(text: str, language: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# --- a quotation completing a passive verb: the agent after it speaks ------------------

_AGENT_AFTER = {
    "fr": [
        ("Le projet a été qualifié de « {q} » par {s}.", "fr"),
        ("La loi fut jugée « {q} » par {s}, hier.", "fr"),
        ("Le budget a été décrit comme « {q} » par {s}.", "fr"),
        ("Cette réforme est dite « {q} » par {s}.", "fr"),
        ("Le texte avait été taxé de « {q} » par {s}.", "fr"),
    ],
    "es": [
        ('El proyecto fue calificado de "{q}" por {s}.', "es"),
        ('La ley fue juzgada "{q}" por {s}, ayer.', "es"),
        ('El presupuesto fue descrito como "{q}" por {s}.', "es"),
        ('La reforma es considerada "{q}" por {s}.', "es"),
        ('El texto había sido tachado de "{q}" por {s}.', "es"),
    ],
    "it": [
        ("Il progetto è stato definito «{q}» da {s}.", "it"),
        ("La legge fu giudicata «{q}» da {s}, ieri.", "it"),
        ("Il bilancio è stato descritto come «{q}» da {s}.", "it"),
        ("La riforma viene considerata «{q}» da {s}.", "it"),
        ("Il testo era stato bollato come «{q}» da {s}.", "it"),
    ],
}
_AGENT_AFTER_SPEAKERS = {
    "fr": ["la maire Anne Roy", "Paul Girard"],
    "es": ["la alcaldesa Ana Soto", "Pedro Salas"],
    "it": ["la sindaca Anna Galli", "Paolo Riva"],
}
_AGENT_AFTER_WORDS = {"fr": "un vrai scandale", "es": "un escándalo", "it": "uno scandalo"}

AGENT_AFTER = [
    pytest.param(
        frame.format(q=_AGENT_AFTER_WORDS[language], s=speaker),
        language,
        speaker,
        id=f"{language}-{i}-{m}",
    )
    for language, frames in _AGENT_AFTER.items()
    for i, (frame, _) in enumerate(frames)
    for m, speaker in enumerate(_AGENT_AFTER_SPEAKERS[language])
]


@pytest.mark.parametrize(("text", "language", "speaker"), AGENT_AFTER)
def test_agent_after_quotation(text: str, language: str, speaker: str) -> None:
    opening = next(i for i, c in enumerate(text) if c in '«"')
    close = text.index("»" if text[opening] == "«" else '"', opening + 1) + 1
    found = agent_after(text, opening, close, len(text), language)
    assert found is not None
    assert text[found.speaker_start : found.speaker_end] == speaker


NOT_AGENT_AFTER = [
    pytest.param("Il a parlé de « scandale » par deux fois.", "fr", id="fr-active"),
    pytest.param("Le mot « scandale » a été dit par la maire.", "fr", id="fr-subject-quote"),
    pytest.param('Habló de "escándalo" por la mañana.', "es", id="es-active"),
    pytest.param('Fue calificado de "escándalo", por eso dimitió.', "es", id="es-comma"),
    pytest.param("Ha parlato di «scandalo» da giorni.", "it", id="it-active"),
    pytest.param("È stato definito «scandalo», da allora tace.", "it", id="it-comma"),
]


@pytest.mark.parametrize(("text", "language"), NOT_AGENT_AFTER)
def test_no_agent_after(text: str, language: str) -> None:
    opening = next(i for i, c in enumerate(text) if c in '«"')
    close = text.index("»" if text[opening] == "«" else '"', opening + 1) + 1
    assert agent_after(text, opening, close, len(text), language) is None
