"""Nouns of speech that name a quotation's speaker (our own sentences)."""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes


def _speaker(text: str, language: str) -> str | None:
    quotes = find_quotes(text, language=language)
    assert quotes, "no quotation found"
    return quotes[0].speaker


# A sentence after the quotation points back with a noun of speech and names
# its speaker by an agent ("pronunciate da") or a genitive ("di").
POINTING_BACK = [
    (
        "it",
        "«Non ci fermeremo davanti a nessuno.» Queste le parole pronunciate da Carla "
        "Neri al congresso.",
        "Carla Neri",
    ),
    (
        "it",
        "«Il ponte sarà pronto a maggio.» Queste le parole di Luca Bassi, il sindaco.",
        "Luca Bassi",
    ),
    (
        "it",
        "«Serve più coraggio da parte di tutti.» Sono le parole usate da Marta Villa in aula.",
        "Marta Villa",
    ),
    ("it", "«La crisi passerà entro un anno.» Questa la previsione di Piero Galli.", "Piero Galli"),
    (
        "it",
        "«Andate a votare tutti quanti.» Questo l’appello lanciato da Anna Rossi ai giovani.",
        "Anna Rossi",
    ),
    (
        "it",
        "«Abbiamo vinto insieme e lo rifaremo.» Queste le dichiarazioni rilasciate da Gino Serra.",
        "Gino Serra",
    ),
    (
        "it",
        "«Non mollate proprio adesso, ragazzi.» Questo il messaggio di Franca Riva ai tifosi.",
        "Franca Riva",
    ),
    (
        "it",
        "«Il mercato reggerà anche stavolta.» Questa l’analisi dell’economista Paolo Conti.",
        "economista Paolo Conti",
    ),
    (
        "fr",
        "« Nous tiendrons bon face à tous. » Ce sont les mots prononcés par Anne Morel "
        "devant les élus.",
        "Anne Morel",
    ),
    (
        "fr",
        "« Le pont ouvrira en mai. » Ce sont les propos de Louis Petit, le maire.",
        "Louis Petit",
    ),
    (
        "fr",
        "« Il faut agir vite et bien. » Tel est le message de Claire Dubois aux syndicats.",
        "Claire Dubois",
    ),
    (
        "fr",
        "« La crise passera dans un an. » Telle est la prévision de Marc Lefort.",
        "Marc Lefort",
    ),
    (
        "fr",
        "« Nous avons gagné ensemble et nous recommencerons. » Ce sont les paroles de Paul Girard.",
        "Paul Girard",
    ),
    (
        "fr",
        "« Le marché tiendra encore cette fois. » C’est l’analyse de l’économiste Sophie Blanc.",
        "l’économiste Sophie Blanc",
    ),
    (
        "fr",
        "« Rien n’est perdu pour le moment. » Telle fut la réponse de Hugo Lenoir.",
        "Hugo Lenoir",
    ),
    (
        "es",
        "«No nos rendiremos ante nadie.» Son palabras pronunciadas por Elena Ruiz en el pleno.",
        "Elena Ruiz",
    ),
    (
        "es",
        "«El puente abrirá en mayo.» Estas fueron las palabras de Juan Soto, el alcalde.",
        "Juan Soto",
    ),
    (
        "es",
        "«Hay que actuar ya y bien.» Este fue el mensaje de Lucía Vega a los sindicatos.",
        "Lucía Vega",
    ),
    ("es", "«La crisis pasará en un año.» Esa es la previsión de Mario Gil.", "Mario Gil"),
    (
        "es",
        "«Vayan a votar todos ustedes.» Fue el llamamiento lanzado por Ana Prieto a los jóvenes.",
        "Ana Prieto",
    ),
    (
        "es",
        "«Ganamos juntos y lo repetiremos.» Son las declaraciones de Pedro Luna tras el partido.",
        "Pedro Luna",
    ),
    (
        "es",
        "«El mercado aguantará esta vez también.» Es la opinión de la economista Rosa Peña.",
        "la economista Rosa Peña",
    ),
    ("es", "«Nada está perdido por ahora.» Esa fue la respuesta de Diego Mora.", "Diego Mora"),
    (
        "fr",
        "« Allez voter, tous autant que vous êtes. » C’est l’appel lancé par Julie Roux "
        "aux jeunes.",
        "Julie Roux",
    ),
    ("en", "“We will not back down.” Those were the words of Ruth Hale at the rally.", "Ruth Hale"),
    (
        "en",
        "“The bridge opens in May.” That was the statement issued by Tom Reed, the mayor.",
        "Tom Reed",
    ),
    ("en", "“Prices will fall within a year.” Such was the prediction of Nora Diaz.", "Nora Diaz"),
    ("en", "“Vote, all of you.” It was the appeal made by Sam Ortiz to students.", "Sam Ortiz"),
    ("en", "“We won together.” Those were the remarks of coach Lena Park.", "coach Lena Park"),
    ("en", "“Nothing is lost for now.” That was the answer of Hugh Bell.", "Hugh Bell"),
    (
        "en",
        "“The market will hold.” That is the view of the economist Ada Moss.",
        "the economist Ada Moss",
    ),
    (
        "en",
        "“Stay calm and keep working.” This was the message of Eve Stone to staff.",
        "Eve Stone",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    POINTING_BACK,
    ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(POINTING_BACK)],
)
def test_noun_of_speech_after_names_the_speaker(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# A nominal source phrase set off before the quotation by a comma or a colon.
SET_OFF_BEFORE = [
    (
        "it",
        "Alla fine, è la previsione di Carla Neri, «il governo cadrà entro l’estate».",
        "Carla Neri",
    ),
    ("it", "Poi la frase di Luca Bassi: «Nessuno resterà indietro, ve lo prometto».", "Luca Bassi"),
    (
        "it",
        "Chiaro il messaggio del ministro Marta Villa: «Le tasse non saliranno».",
        "ministro Marta Villa",
    ),
    ("it", "Ed ecco l’appello di Piero Galli, «restate a casa stasera».", "Piero Galli"),
    ("it", "Netto il parere di Anna Rossi: «La legge va cambiata».", "Anna Rossi"),
    (
        "it",
        "Diversa l’opinione dell’avvocato Gino Serra: «Il ricorso non ha basi».",
        "avvocato Gino Serra",
    ),
    ("it", "Secca la risposta di Franca Riva: «Non commento le voci».", "Franca Riva"),
    ("it", "Amaro il commento di Paolo Conti: «Abbiamo perso un’occasione».", "Paolo Conti"),
    ("fr", "Au fond, c’est l’avis d’Anne Morel : « le projet coûtera trop cher ».", "Anne Morel"),
    ("fr", "Puis la phrase de Louis Petit : « Personne ne sera oublié ».", "Louis Petit"),
    (
        "fr",
        "Clair, le message de la ministre Claire Dubois : « Les impôts ne monteront pas ».",
        "la ministre Claire Dubois",
    ),
    ("fr", "Et voici l’appel de Marc Lefort, « restez chez vous ce soir ».", "Marc Lefort"),
    ("fr", "Sèche, la réponse de Julie Roux : « Je ne commente pas les rumeurs ».", "Julie Roux"),
    (
        "fr",
        "Amer, le commentaire de Paul Girard : « Nous avons raté une occasion ».",
        "Paul Girard",
    ),
    (
        "fr",
        "Autre son de cloche, l’analyse de l’avocate Sophie Blanc : « Le recours est vide ».",
        "l’avocate Sophie Blanc",
    ),
    (
        "fr",
        "Même prudence dans la prévision de Hugo Lenoir : « La reprise sera lente ».",
        "Hugo Lenoir",
    ),
    ("es", "Al final, es la opinión de Elena Ruiz: «el proyecto costará demasiado».", "Elena Ruiz"),
    ("es", "Luego llegó la frase de Juan Soto: «Nadie se quedará atrás, lo prometo».", "Juan Soto"),
    (
        "es",
        "Claro fue el mensaje de la ministra Lucía Vega: «Los impuestos no subirán».",
        "la ministra Lucía Vega",
    ),
    ("es", "Y este es el llamamiento de Mario Gil, «quédense en casa esta noche».", "Mario Gil"),
    ("es", "Seca fue la respuesta de Ana Prieto: «No comento rumores de pasillo».", "Ana Prieto"),
    ("es", "Amargo el comentario de Pedro Luna: «Perdimos una oportunidad de oro».", "Pedro Luna"),
    (
        "es",
        "Distinto es el análisis de la abogada Rosa Peña: «El recurso no tiene base».",
        "la abogada Rosa Peña",
    ),
    (
        "es",
        "La misma cautela en la previsión de Diego Mora: «La recuperación será lenta».",
        "Diego Mora",
    ),
    ("en", "Then came the warning of Ruth Hale: “Nobody is safe.”", "Ruth Hale"),
    ("en", "Blunt was the answer of Tom Reed: “I do not comment on rumours.”", "Tom Reed"),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    SET_OFF_BEFORE,
    ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(SET_OFF_BEFORE)],
)
def test_noun_of_speech_before_names_the_speaker(language: str, text: str, speaker: str) -> None:
    assert _speaker(text, language) == speaker


# A noun of speech that names nobody: no genitive or agent, or one that is no
# person or body.
NAMES_NOBODY = [
    ("it", "«Basta così, non se ne parla più.» Le parole sono importanti in politica.", None),
    ("fr", "« Assez, on n’en parle plus. » Les mots comptent en politique.", None),
    ("es", "«Basta ya, no se habla más.» Las palabras importan en política.", None),
    ("en", "“Keep out of this yard.” The words on the sign were faded.", None),
    ("en", "“Keep out of this yard.” Those were the words of the old song.", None),
    ("it", "«Basta così, non se ne parla più.» Queste le parole della canzone.", None),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    NAMES_NOBODY,
    ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(NAMES_NOBODY)],
)
def test_noun_of_speech_naming_nobody(language: str, text: str, speaker: None) -> None:
    assert _speaker(text, language) == speaker
