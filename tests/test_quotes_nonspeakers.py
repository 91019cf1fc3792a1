"""Words that open a sentence and name nobody (``newsdoc.quotes._chunk``).

Our own sentences, one class each, from French, Spanish and Italian grammar:

- the apparent subject *il* of an impersonal verb ("il faut", "il s'agit de",
  "il y a", "il semble que");
- an adverb of manner, derived with -ment / -mente and set off by a comma;
- a participle clause with its agent ("Interrogé par …", "Consultado por …",
  "Intervistato dal …") and an infinitive clause with its object ("Aplazar el
  viaje …"), which have no subject of their own;
- an adverb inside an impersonal reading construction ("est-il notamment écrit
  dans").
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._chunk import speaker_mention


def _first_word(text: str, language: str) -> tuple[int, int] | None:
    """Return what `speaker_mention` keeps of the first word of ``text``."""
    end = next(k for k, c in enumerate(text) if not (c.isalpha() or c in "’'-"))
    return speaker_mention(text, 0, end, language)


# --- the apparent subject of an impersonal verb
IMPERSONAL = [
    "Il faut « tout revoir », dit-on.",
    "Il s'agit de « tourner la page ».",
    "Il s’agissait d’une « erreur grave ».",
    "Il y a « urgence ».",
    "Il n'y a « rien à cacher ».",
    "Il semble qu'« un accord » soit proche.",
    "Il nous paraît « évident » que le texte passera.",
    "Il suffit d'un « geste » pour tout changer.",
    "Il convient de parler d'une « crise ».",
    "Il vaudrait mieux éviter « le pire ».",
]


@pytest.mark.parametrize("text", IMPERSONAL, ids=[t[:20] for t in IMPERSONAL])
def test_impersonal_il_names_nobody(text: str) -> None:
    assert _first_word(text, "fr") is None


# the same pronoun before a personal verb names the person spoken of
PERSONAL_IL = [
    "Il a dit que le plan était « une erreur ».",
    "Il reste « confiant », a-t-il ajouté.",
    "Il estime que le texte est « trop flou ».",
]


@pytest.mark.parametrize("text", PERSONAL_IL, ids=[t[:20] for t in PERSONAL_IL])
def test_personal_il_names_someone(text: str) -> None:
    assert _first_word(text, "fr") == (0, 2)


# --- adverbs of manner opening a sentence, set off by a comma
MANNER_ADVERBS = [
    ("es", "Paradójicamente, el informe llama al plan «un éxito»."),
    ("it", "Evidentemente, il rapporto definisce il piano «un successo»."),
    ("fr", "Visiblement, le rapport qualifie le plan de « réussite »."),
]


@pytest.mark.parametrize(
    ("language", "text"), MANNER_ADVERBS, ids=[f"{lang}-{t[:16]}" for lang, t in MANNER_ADVERBS]
)
def test_manner_adverb_names_nobody(language: str, text: str) -> None:
    assert _first_word(text, language) is None


# a name that happens to end like an adverb, with no comma after it
def test_name_ending_like_an_adverb_is_kept() -> None:
    text = "Clemente Ruiz dijo: «Todo va bien»."
    found = find_quotes(text, language="es")
    assert found[0].speaker_span is not None
    span = found[0].speaker_span
    assert text[span.start : span.end] == "Clemente Ruiz"


# --- participle and infinitive clauses opening the sentence
NON_FINITE = [
    ("fr", "Interrogé par la radio, le maire a parlé d'une « faute »."),
    ("es", "Consultado por este diario, el alcalde habló de un «error»."),
    ("it", "Intervistato dal quotidiano La Voce ha parlato di un «errore»."),
    ("es", "Aplazar el viaje tendría «un gran impacto en la región»."),
    ("it", "Rinviare il voto sarebbe «un errore molto grave per tutti»."),
    ("fr", "Reporter le vote serait « une faute très lourde pour tous »."),
]


@pytest.mark.parametrize(
    ("language", "text"), NON_FINITE, ids=[f"{lang}-{t[:16]}" for lang, t in NON_FINITE]
)
def test_non_finite_clause_names_nobody(language: str, text: str) -> None:
    assert _first_word(text, language) is None


# names that end like infinitives or participles stay names
NAMES = [
    ("es", "Javier Gómez dijo: «Todo va bien».", "Javier Gómez"),
    ("fr", "Roger Martin a déclaré : « Tout va bien. »", "Roger Martin"),
    ("es", "Salvador Ruiz, consultado por la radio, dijo: «Seguimos».", "Salvador Ruiz"),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"), NAMES, ids=[f"{lang}-{t[:16]}" for lang, t, _ in NAMES]
)
def test_names_stay_names(language: str, text: str, speaker: str) -> None:
    span = find_quotes(text, language=language)[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker


# --- an adverb inside an impersonal reading construction
READING_WITH_ADVERB = [
    ("fr", "« Les stocks sont vides », est-il notamment écrit dans le bilan.", "le bilan"),
    ("fr", "« Les stocks sont vides », peut-on également lire dans le bilan.", "le bilan"),
    ("es", "«Los fondos no alcanzan», se lee también en el informe.", "el informe"),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    READING_WITH_ADVERB,
    ids=[f"{lang}-{t[22:40]}" for lang, t, _ in READING_WITH_ADVERB],
)
def test_reading_with_an_adverb(language: str, text: str, speaker: str) -> None:
    span = find_quotes(text, language=language)[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker


# --- a gerund clause where the gerund's ending makes no nouns (es, it)
GERUND_CLAUSES = [
    ("it", "«Serve un piano - ha detto parlando davanti al consiglio - e subito»."),
    ("es", "«Hace falta un plan —dijo hablando ante el pleno— y ya»."),
]


@pytest.mark.parametrize(
    ("language", "text"), GERUND_CLAUSES, ids=[lang for lang, _ in GERUND_CLAUSES]
)
def test_gerund_clause_names_nobody(language: str, text: str) -> None:
    at = text.index("parlando" if language == "it" else "hablando")
    end = text.index(" -", at) if language == "it" else text.index("—", at)
    assert speaker_mention(text, at, end, language) is None


# --- a mention of function words only ("Ce n’" of "Ce n’est pas tout :")
def test_function_words_name_nobody() -> None:
    text = (
        "Le sénateur Paul Roux irait plus loin. « Ce n'est pas fini », a-t-il dit. "
        "Ce n’est pas tout : « Nous pourrions envoyer des troupes. »"
    )
    found = find_quotes(text, language="fr")
    span = found[-1].speaker_span
    assert span is None or not text[span.start : span.end].startswith("Ce")


def test_determiner_and_numeral_name_someone() -> None:
    text = "“We agree,” the two write."
    at = text.index("the")
    assert speaker_mention(text, at, at + 7, "en") == (at, at + 7)


# --- a first person plural verb opening the sentence, addressed to the reader
FIRST_PLURAL = [
    ("it", "Ascoltiamo la spiegazione che dà il medico: «Siamo pieni»."),
    ("fr", "Voyons ce que dit le rapport : « Le budget baisse »."),
    ("es", "Escuchemos lo que dice el médico: «Estamos llenos»."),
]


@pytest.mark.parametrize(("language", "text"), FIRST_PLURAL, ids=[lang for lang, _ in FIRST_PLURAL])
def test_first_plural_verb_names_nobody(language: str, text: str) -> None:
    assert _first_word(text, language) is None


# --- a participle clause, then a verb whose subject is dropped: the current speaker
NULL_SUBJECT_AFTER_PARTICIPLE = [
    (
        "it",
        "L'ha detto senza giri di parole il presidente della Fiat: «Senza acciaio si "
        "chiude». Intervistato dal quotidiano La Voce ha contrapposto alla retorica dei "
        "partiti la dura realtà: «Non abbiamo alternative e lo sanno tutti».",
        "il presidente della Fiat",
    ),
    (
        "es",
        "Lo dijo sin rodeos la presidenta del club: «No hay dinero para fichar». "
        "Entrevistada por la radio local contrapuso a las promesas de la directiva los "
        "números reales: «Debemos más de lo que ganamos cada año».",
        "la presidenta del club",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    NULL_SUBJECT_AFTER_PARTICIPLE,
    ids=[lang for lang, _, _ in NULL_SUBJECT_AFTER_PARTICIPLE],
)
def test_null_subject_after_a_participle_clause(language: str, text: str, speaker: str) -> None:
    found = find_quotes(text, language=language)
    span = found[-1].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker


# --- the addressee of a verb of saying: an outlet's name is no speaker
ADDRESSEE_OUTLETS = [
    (
        "es",
        "Ana Ruiz habló del viaje. Lo importante, dijo al Northern News Service, es que "
        "«la gente vea que estamos allí».",
        "Ana Ruiz",
    ),
    (
        "es",
        "Ana Ruiz habló del viaje. Lo importante, dijo a la agencia Efe, es que «la gente "
        "vea que estamos allí».",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    ADDRESSEE_OUTLETS,
    ids=[f"{lang}-{k}" for k, (lang, _, _) in enumerate(ADDRESSEE_OUTLETS)],
)
def test_outlet_addressed_is_no_speaker(language: str, text: str, speaker: str) -> None:
    found = find_quotes(text, language=language)
    span = found[-1].speaker_span
    assert span is not None
    assert text[span.start : span.end] == speaker


# a place, then a person's name: the person
def test_place_then_name_after_the_addressee() -> None:
    text = "«Non cederemo», ha detto dal Cremlino Yuri Orlov."
    span = find_quotes(text, language="it")[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] == "Yuri Orlov"


# --- Italian "secondo" before an article is the preposition of source, no ordinal
def test_secondo_opens_a_source_phrase() -> None:
    text = "Secondo l'agenzia Ansa, il ministro ha ringraziato la Francia."
    assert speaker_mention(text, 0, text.index(","), "it") is None
    at = text.index("l'agenzia")
    assert speaker_mention(text, at, text.index(","), "it") == (at, text.index(","))


# --- a name apposed to the noun of a prepositional phrase before a colon
def test_name_inside_a_phrase_is_no_inverted_subject() -> None:
    text = "Carlo Neri ha poi scritto dal suo sito web Storia Viva: «La guerra ha cambiato tutto»."
    span = find_quotes(text, language="it")[0].speaker_span
    assert span is not None
    assert text[span.start : span.end] != "Storia Viva"


def test_inverted_subject_after_a_phrase_of_place() -> None:
    text = (
        "C'est ce qu'a répété samedi à la radio le ministre Paul Roux : « Nous ne céderons pas. »"
    )
    span = find_quotes(text, language="fr")[0].speaker_span
    assert span is not None
    assert "Paul Roux" in text[span.start : span.end]
