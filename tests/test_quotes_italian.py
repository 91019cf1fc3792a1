"""Italian speakers: newsroom constructions around a quotation.

Our own sentences.  Each table names the construction it tests and the grammar
that describes it (L. Serianni, *Grammatica italiana*, UTET 1989; the Treccani
*Enciclopedia dell'Italiano*).
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._cues import Attribution
from newsdoc.quotes._following_name import following_name
from newsdoc.quotes._relative_holder import relative_holder
from newsdoc.quotes._relative_opening import relative_opening
from newsdoc.quotes._sole_voice import SoleVoice


def _mentions(text: str) -> list[str | None]:
    found = find_quotes(text, language="it")
    assert found, text
    return [
        None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
        for q in found
    ]


# A past participle of a verb of saying that is also a naming word ("detto",
# "il detto"; "chiamato") is a verb after its auxiliary even with adverbs between
# them (Serianni, on the compound tenses: adverbs such as "poi", "già", "anche" stand inside the
# compound tense): the quotation after it is spoken, not a name.
VERB_GROUPS = [
    pytest.param(
        "Il ministro ha poi detto: «Il ponte riaprirà entro la fine di giugno».",
        "Il ministro",
        id="poi-inside-compound",
    ),
    pytest.param(
        "La sindaca aveva già detto: «Nessuna scuola chiuderà quest'anno».",
        "La sindaca",
        id="gia-inside-compound",
    ),
    pytest.param(
        "Lo scrittore ha anche detto: «Il libro nuovo uscirà in autunno».",
        "Lo scrittore",
        id="anche-inside-compound",
    ),
]


@pytest.mark.parametrize(("text", "mention"), VERB_GROUPS)
def test_adverb_inside_verb_group(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


def test_naming_participle_still_names() -> None:
    # "detto «il Biondo»" with no auxiliary is a nickname, no quotation
    assert (
        find_quotes("Il pescatore Carlo Neri, detto «il Biondo», è partito.", language="it") == ()
    )


# "Lo" is the masculine article before s and a consonant, z, gn, ps, pn, x, y
# and i before a vowel (Serianni, on the forms of the article): such a subject opens its clause like
# "Il"; the object clitic "Lo" before a verb ("Lo scrive il giornale") does not.
LO_SUBJECTS = [
    pytest.param(
        "Lo storico Paolo Neri ha parlato ieri alla radio: «La memoria va coltivata».",
        "Lo storico Paolo Neri",
        id="lo-s-consonant-colon",
    ),
    pytest.param(
        "Lo zio della vittima ha parlato con i cronisti: «Vogliamo solo la verità».",
        "Lo zio della vittima",
        id="lo-z",
    ),
    pytest.param(
        "Lo psicologo Marco Villa ha risposto così: «I ragazzi vanno ascoltati».",
        "Lo psicologo Marco Villa",
        id="lo-ps",
    ),
    pytest.param(
        "Lo scrive il quotidiano locale: «La strada resterà chiusa fino a lunedì».",
        "il quotidiano locale",
        id="clitic-before-verb-of-saying",
    ),
]


@pytest.mark.parametrize(("text", "mention"), LO_SUBJECTS)
def test_article_lo_opens_subject(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


# A quotation opening its paragraph, its speaker named first in the next
# sentence: the "titolo a citazione" of linked stories ("«…». Name, topic") and
# a paragraph that opens on the words and goes on with their speaker as subject
# (`quotes/_following_name.py`).  A place or a common word names nobody.
FOLLOWING_NAMES = [
    pytest.param(
        "Altre notizie\n\n«La scuola riaprirà a settembre». Carla Neri, la promessa ai genitori",
        "Carla Neri",
        id="headline-full-name",
    ),
    pytest.param(
        "Altre notizie\n\n«Il centro ha perso la sua gente». Bertolazzi, il sondaggio che divide",
        "Bertolazzi",
        id="headline-surname",
    ),
    pytest.param(
        "Il vertice si è chiuso tardi.\n\n«Nessuno ci ha ascoltato davvero». Paolo Riva conferma "
        "così le dimissioni.",
        "Paolo Riva",
        id="subject-of-next-sentence",
    ),
    pytest.param(
        "Il vertice si è chiuso tardi.\n\n«Nessuno ci ha ascoltato davvero». Roma, la protesta "
        "dei tassisti continua.",
        None,
        id="place-names-nobody",
    ),
    pytest.param(
        "Il vertice si è chiuso tardi.\n\n«Nessuno ci ha ascoltato davvero». Intanto, il "
        "governo tace.",
        None,
        id="adverb-names-nobody",
    ),
]


@pytest.mark.parametrize(("text", "mention"), FOLLOWING_NAMES)
def test_name_after_opening_quotation(text: str, mention: str | None) -> None:
    assert _mentions(text) == [mention]


def test_colon_paragraph_keeps_its_speaker() -> None:
    text = (
        "La sindaca Eva Gil ha scritto ai cittadini:\n\n"
        "«Resteremo uniti anche questa volta». Paolo Riva, intanto, tace."
    )
    assert _mentions(text) == ["La sindaca Eva Gil"]


@pytest.mark.parametrize(
    "after",
    [
        pytest.param("Toccherà ripeterlo ancora.", id="future"),
        pytest.param("Parlò poi il vescovo.", id="simple-past"),
    ],
)
def test_verb_after_opening_quotation_names_nobody(after: str) -> None:
    text = f"«Ci hanno lasciato soli». {after}"
    assert following_name(text, text.index("»") + 1, len(text), "it") is None


# A relative pronoun opening a sentence links it to the name ending the sentence
# before (Serianni VII §§ 234-244; the "nesso relativo"): that name speaks; asides and
# a gerund clause may stand before the verb; a clause with a subject of its own
# is no relative link (`quotes/_relative_opening.py`).
RELATIVE_OPENINGS = [
    pytest.param(
        "Ha parlato per primo il segretario Luca Neri. Che ha poi aggiunto: «Non ci fermeremo».",
        "Luca Neri",
        id="che-then-verb-group",
    ),
    pytest.param(
        "Al tavolo sedeva anche la ministra Eva Gil. La quale, intervistata in serata, ha "
        "ribadito: «Il decreto resta com'è».",
        "Eva Gil",
        id="la-quale-after-aside",
    ),
    pytest.param(
        "In sala è arrivato il commissario europeo Marco Bassi. Che plaudendo all'intesa – un "
        "passo avanti, secondo molti – chiede ai governi di «fare presto».",
        "Marco Bassi",
        id="che-gerund-and-dashes-partial",
    ),
]


@pytest.mark.parametrize(("text", "mention"), RELATIVE_OPENINGS)
def test_relative_opening_points_back(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


def test_relative_opening_with_own_subject() -> None:
    text = "Ha parlato il segretario Luca Neri. Che il governo dica: «Non ci fermeremo mai»."
    assert relative_opening(text, text.index("Che"), text.index("«"), "it") is None


# An interview write-up quotes one person and drops the attribution of later
# quotations: when nobody speaks in the sentences before an uncued quotation and
# every quotation so far went to one named person (twice, once by a verb of
# saying), that person speaks (`quotes/_sole_voice.py`).
ONE_VOICE = (
    "Lo scrittore Paolo Riva parla del suo ultimo libro.\n\n"
    "«È nato in una notte d'inverno», spiega Riva. «Poi è cresciuto da solo», aggiunge.\n\n"
    "Il romanzo racconta tre generazioni di una famiglia di pescatori.\n\n"
    "Le vendite sono cominciate bene e la critica è divisa.\n\n"
    "«Non leggo le recensioni, mai».\n\n"
)


def test_one_voice_speaks_uncued() -> None:
    assert _mentions(ONE_VOICE) == ["Riva", "Riva", "Riva"]


def test_two_voices_leave_it_open() -> None:
    text = ONE_VOICE.replace("aggiunge", "ribatte l'editore Marco Neri")
    assert _mentions(text)[-1] is None


# A noun of people after an elided article ("l’uomo", "l'esperto") names a person
# as "il portavoce" does: the subject of the sentence holding the quotation is
# what a dropped subject after it stands for (Serianni, on the elision of the article).
ELIDED_PERSONS = [
    pytest.param(
        "Paolo Neri è arrivato.\nL'uomo di Roma è convinto che nessuno vincerà: «Presto ci "
        "saranno due feste. E qualcuno non ne avrà nessuna», dice.",
        "L'uomo di Roma",
        id="straight-apostrophe",
    ),
    pytest.param(
        "Paolo Neri è arrivato.\nL’uomo di Roma è convinto che nessuno vincerà: «Presto ci "
        "saranno due feste. E qualcuno non ne avrà nessuna», dice.",
        "L’uomo di Roma",
        id="curly-apostrophe",
    ),
]


@pytest.mark.parametrize(("text", "mention"), ELIDED_PERSONS)
def test_elided_person_noun_speaks(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


# An adjective right after a verb of saying describes its subject (the
# "complemento predicativo del soggetto" of the grammars): it stands between the
# verb and an inverted subject, and with a dropped subject it agrees with the
# one it stands for in number and gender (`quotes/_italian.py`).
PREDICATIVES = [
    pytest.param(
        "Il consiglio ha votato. «Abbiamo vinto noi», commenta amaro Paolo Neri.",
        "Paolo Neri",
        id="before-inverted-name",
    ),
    pytest.param(
        "Il consiglio ha votato. «Abbiamo vinto noi», spiega soddisfatto il sindaco Luca Bassi.",
        "il sindaco Luca Bassi",
        id="before-inverted-title",
    ),
    pytest.param(
        "La sindaca è arrivata. Il ministro è rimasto a casa. «Abbiamo perso tutto», dice "
        "sconsolata.",
        "La sindaca",
        id="feminine-skips-masculine",
    ),
    pytest.param(
        "Il ministro è rimasto a casa. La sindaca è arrivata. «Abbiamo perso tutto», dice "
        "sconsolato.",
        "Il ministro",
        id="masculine-skips-feminine",
    ),
    pytest.param(
        "La sindaca è arrivata. Il ministro è rimasto a casa. «Abbiamo perso tutto», dice.",
        "Il ministro",
        id="no-adjective-nearest",
    ),
]


@pytest.mark.parametrize(("text", "mention"), PREDICATIVES)
def test_predicative_adjective(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


def test_time_adjective_is_no_predicative() -> None:
    text = (
        "La donna era tornata a casa. «La signora, già visitata in mattinata, ha avuto "
        "sabato scorso una febbre alta ed è tornata in reparto per altri esami»."
    )
    assert "una febbre alta" not in _mentions(text)


# An outlet that frames a sentence ("Secondo l'agenzia …, X ha …") reports what
# the subject of that sentence said or did: the subject speaks, as in "X said …,
# according to CNN"; a medium is named by its noun too ("l'agenzia Nova",
# "il quotidiano La Stampa"; `quotes/_outlet_subject.py`).
OUTLET_FRAMES = [
    pytest.param(
        "Secondo il quotidiano La Stampa, Paolo Neri ha ringraziato il sindaco «per il "
        "sostegno di questi mesi».",
        "Paolo Neri",
        id="outlet-then-subject",
    ),
    pytest.param(
        "Secondo l'agenzia Nova, che cita fonti locali, la ministra Eva Gil ha parlato "
        "di «una svolta storica».",
        "la ministra Eva Gil",
        id="relative-on-outlet",
    ),
    pytest.param(
        "Secondo l'agenzia Nova, il ponte riaprirà a maggio: «I lavori sono quasi finiti».",
        "l'agenzia Nova",
        id="no-person-outlet-stays",
    ),
]


@pytest.mark.parametrize(("text", "mention"), OUTLET_FRAMES)
def test_outlet_frame_credits_subject(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


# A partial quotation inside a relative clause is the words of the relative's
# antecedent, whose pronoun is the clause's subject (Serianni VII §§ 234-244); a
# relative with a subject of its own ("che la ministra ha definito") is the
# object, and a thing as antecedent names nobody (`quotes/_relative_holder.py`).
RELATIVE_HOLDERS = [
    pytest.param(
        "Il ministro Carlo Neri ha risposto a Paolo Rossi, che aveva accusato il governo di "
        "«tradire gli elettori».",
        "Paolo Rossi",
        id="che-subject-relative",
    ),
    pytest.param(
        "Il sindaco ha ricevuto la segretaria Eva Gil, la quale ha definito la proposta «una "
        "vergogna per tutto il Paese».",
        "la segretaria Eva Gil",
        id="la-quale",
    ),
    pytest.param(
        "La Stampa ha intervistato Marco Villa, che ha poi minacciato il comune di «azioni "
        "legali entro la fine del mese».",
        "Marco Villa",
        id="verb-outside-cue-table",
    ),
]


@pytest.mark.parametrize(("text", "mention"), RELATIVE_HOLDERS)
def test_relative_clause_holds_quotation(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


def test_object_relative_is_no_holder() -> None:
    text = "Il ministro ha risposto a Paolo Rossi, che la ministra ha definito «un traditore»."
    assert relative_holder(text, 0, text.index("«"), "it") is None


# A source phrase with no comma after it ("secondo l’ex generale i carri …")
# names who the sentence's words come from: a dropped subject in the next
# quotation stands for it (`quotes/_source_phrase.py`); a noun after an elided
# article speaks when a verb of saying credits it.
SOURCE_PHRASES = [
    pytest.param(
        "Il ministro Paolo Neri aveva avvertito che «la strada è lunga». Per di più secondo "
        "l’ex generale i carri armati servono a poco. «Stiamo sbagliando tutto – ha proseguito "
        "–. Ma nessuno ascolta»",
        "l’ex generale",
        id="elided-prefix-noun",
    ),
    pytest.param(
        "Il ministro Carlo Neri aveva chiesto «più tempo». Intanto secondo l’esperta le "
        "scuole riapriranno presto. «Siamo in anticipo – ha aggiunto –. E non ci fermiamo»",
        "l’esperta",
        id="elided-noun",
    ),
]


@pytest.mark.parametrize(("text", "mention"), SOURCE_PHRASES)
def test_source_phrase_speaks_on(text: str, mention: str) -> None:
    assert _mentions(text)[-1] == mention


# The phrase after a verb of saying before a colon is its object when its noun
# names no person, body, text or speech ("ha ribadito il concetto:"): the
# speaker is then the dropped subject (`quotes/_object_after_verb.py`).
OBJECTS_BEFORE_COLON = [
    pytest.param(
        "Carlo Neri ha parlato a lungo. Poi ha ribadito il concetto principale: «Non ci "
        "fermeremo».",
        "Carlo Neri",
        id="concept",
    ),
    pytest.param(
        "Carlo Neri ha parlato a lungo. Poi ha ribadito la sua posizione: «Non ci fermeremo».",
        "Carlo Neri",
        id="possessive-position",
    ),
    pytest.param(
        "Carlo Neri ha parlato a lungo. Poi ha ribadito il ministro: «Non ci fermeremo».",
        "il ministro",
        id="person-noun-subject",
    ),
    pytest.param(
        "Carlo Neri ha parlato a lungo. Poi ha spiegato la nota: «Non ci fermeremo».",
        "la nota",
        id="text-noun-subject",
    ),
    pytest.param(
        "Carlo Neri ha parlato a lungo. Come dice il proverbio: «Chi va piano va sano e va "
        "lontano».",
        "il proverbio",
        id="come-keeps-subject",
    ),
]


@pytest.mark.parametrize(("text", "mention"), OBJECTS_BEFORE_COLON)
def test_object_before_colon(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


# "Ecco le sue parole:" points at the person the sentences before are about; a
# subject described first and named after its appositions ("La firma più nota,
# ex direttore …, Paolo Neri, ha …") is that person by the name.
APPOSED_NAMES = [
    pytest.param(
        "La firma più nota del giornale, ex direttore della radio, Paolo Neri, ha parlato "
        "ieri in tv.\n\nEcco le sue parole:\n\n«La memoria va coltivata ogni giorno».",
        "Paolo Neri",
        id="colon-paragraph",
    ),
    pytest.param(
        "La voce più ascoltata del partito, Eva Gil, è intervenuta in aula. Ecco le sue "
        "parole: «La memoria va coltivata ogni giorno».",
        "Eva Gil",
        id="same-paragraph",
    ),
]


@pytest.mark.parametrize(("text", "mention"), APPOSED_NAMES)
def test_possessive_words_of_apposed_name(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]


def test_courtesy_pronoun_is_no_voice() -> None:
    text = "«Sì», dice Lei. «No», ripete Lei."
    voice = SoleVoice(text, "it")
    for at in (text.index("Lei"), text.rindex("Lei")):
        voice.heard(Attribution(speaker_start=at, speaker_end=at + 3, cue_start=at, cue_end=at))
    assert voice.speaker() is None


# The action nouns of the verbs of saying name an utterance and its speaker
# through "di" ("lo sfogo di X:", "la replica di X:"), and a possessed one after
# a verb of saying is its object ("ha ribadito la sua accusa:": its owner speaks).
NOMINALISATIONS = [
    pytest.param(
        "Lo sfogo di Giulia Conti: «Una scelta sbagliata che pagheremo tutti per anni».",
        "Giulia Conti",
        id="sfogo-di",
    ),
    pytest.param(
        "Netta la smentita di Marco Villa: «Nessuno ci ha mai chiesto un parere».",
        "Marco Villa",
        id="fronted-adjective-smentita-di",
    ),
    pytest.param(
        "Poi la rassicurazione della sindaca Eva Gil: «Nessuno resterà senza casa».",
        "sindaca Eva Gil",
        id="rassicurazione-della",
    ),
    pytest.param(
        "Carlo Neri ha parlato a lungo. Poi ha ribadito la sua accusa: «Non ci fermeremo».",
        "Carlo Neri",
        id="possessed-object",
    ),
]


@pytest.mark.parametrize(("text", "mention"), NOMINALISATIONS)
def test_nominalisation_of_saying(text: str, mention: str) -> None:
    assert _mentions(text) == [mention]
