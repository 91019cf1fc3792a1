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
from newsdoc._quotes_clause import (
    gerund_after,
    heading_speaker,
    incise_after,
    relative_antecedent,
)
from newsdoc.quotes import find_quotes


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
    found = relative_antecedent(text, 0, at, at + len(clause), language)
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
