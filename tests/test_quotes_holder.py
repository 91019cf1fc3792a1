"""The subject of the clause holding a partial quotation (``newsdoc.quotes._holder``).

Every sentence here is our own, written from the grammar of each construction:
the subject before its verb group (apposition, negation, clitics, auxiliaries
between), the agent of a verb of saying whose object holds the quotation, the
main-clause subject across a complementiser, and a relative's antecedent.
"""

from __future__ import annotations

import pytest

from newsdoc.quotes import find_quotes
from newsdoc.quotes._holder import holding_subject


def _holder(text: str, language: str) -> tuple[str, str, bool] | None:
    """Return (speaker, cue, strong) of the first quotation of ``text``, or None."""
    opening = min(i for i in (text.find("«"), text.find("“"), text.find('"')) if i >= 0)
    found = holding_subject(text, 0, opening, language)
    if found is None:
        return None
    return (
        text[found.speaker_start : found.speaker_end],
        text[found.cue_start : found.cue_end],
        found.strong,
    )


# --- the subject before its verb group: apposition, clitics, auxiliaries, negation
SUBJECT_BEFORE_GROUP = [
    (
        "fr",
        "Le député, Marc Colin, s'est dit « très inquiet » lundi.",
        "Le député, Marc Colin",
        "dit",
    ),
    (
        "fr",
        "La juge Anne Morel ne l'a pas qualifié de « grave ».",
        "La juge Anne Morel",
        "qualifié",
    ),
    ("fr", "Le syndicat a jugé la mesure « injuste » et « brutale ».", "Le syndicat", "jugé"),
    ("fr", "Hier soir, Paul Vidal a dénoncé un « simulacre » de débat.", "Paul Vidal", "dénoncé"),
    (
        "it",
        "Il sindaco, Marco Conti, si è detto « soddisfatto » del voto.",
        "Il sindaco, Marco Conti",
        "detto",
    ),
    ("it", "Il ministro non ha definito « chiusa » la trattativa.", "Il ministro", "definito"),
    ("it", "Piero Galli ha definito « una beffa » il nuovo bando.", "Piero Galli", "definito"),
    (
        "it",
        "Ieri il rettore ha denunciato « gravi ritardi » nei fondi.",
        "il rettore",
        "denunciato",
    ),
    (
        "es",
        "La fiscal, Rosa Vidal, ha tachado de «absurda» la demanda.",
        "La fiscal, Rosa Vidal",
        "tachado",
    ),
    ("es", "El alcalde no lo calificó de «error» en la rueda de prensa.", "El alcalde", "calificó"),
    ("es", "Marta Gil calificó de «inaceptable» la propuesta del grupo.", "Marta Gil", "calificó"),
    (
        "es",
        "El sindicato ha denunciado una «falta de respeto» a los trabajadores.",
        "El sindicato",
        "denunciado",
    ),
]

# --- a time phrase and a long role with its name before the verb group
SUBJECT_BEFORE_GROUP += [
    (
        "fr",
        "Plus tard dans la soirée, le chef de la délégation syndicale, Jean Morel, "
        "s'était dit « déçu ».",
        "le chef de la délégation syndicale, Jean Morel",
        "dit",
    ),
]

# --- the main-clause subject across a complementiser of a verb of saying
ACROSS_COMPLEMENTISER = [
    ("fr", "Le maire a affirmé que le chantier restait « prioritaire ».", "Le maire", "affirmé"),
    ("fr", "Sophie Brun estime que la loi est « mal écrite ».", "Sophie Brun", "estime"),
    ("fr", "L'avocat a expliqué qu'il s'agissait d'un « malentendu ».", "L'avocat", "expliqué"),
    (
        "it",
        "Il presidente ha spiegato che il piano è « la sola strada ».",
        "Il presidente",
        "spiegato",
    ),
    ("it", "Carla Sereni sostiene che i conti sono « in ordine ».", "Carla Sereni", "sostiene"),
    (
        "it",
        "La procura ha precisato che l'indagine è « ancora aperta ».",
        "La procura",
        "precisato",
    ),
    ("es", "La ministra aseguró que el acuerdo es «la única salida».", "La ministra", "aseguró"),
    ("es", "Pedro Lara afirmó que la obra fue «un despilfarro».", "Pedro Lara", "afirmó"),
    ("es", "La empresa ha explicado que el cierre será «temporal».", "La empresa", "explicado"),
]

# --- a gerund of a verb of saying has the subject of the clause it hangs on
GERUND = [
    (
        "fr",
        "La ministre a salué le texte, le qualifiant de « pas décisif ».",
        "La ministre",
        "qualifiant",
    ),
    (
        "it",
        "Il sindaco ha lasciato la sala, definendo la seduta « una farsa ».",
        "Il sindaco",
        "definendo",
    ),
    ("es", "Luis Mora criticó el plan, alegando que era «un engaño».", "Luis Mora", "alegando"),
]

# --- a relative subject pronoun points back at its antecedent
RELATIVE_ANTECEDENT = [
    (
        "fr",
        "On a entendu Hélène Roy, qui a qualifié le texte de « dangereux ».",
        "Hélène Roy",
        "qualifié",
    ),
    (
        "it",
        "Ha parlato Mario Ferri, che ha definito la legge « una vergogna ».",
        "Mario Ferri",
        "definito",
    ),
    ("es", "Escuchamos a Luis Mora, quien calificó de «burla» la oferta.", "Luis Mora", "calificó"),
]

# --- a relative with no verb of saying: its antecedent when a person (weak)
RELATIVE_NO_CUE = [
    ("fr", "On a entendu Hélène Roy, qui a réclamé une « pause » du chantier.", "Hélène Roy"),
    (
        "it",
        "Lo ha ricordato Marco Villa, che ha minacciato il governo di « sciopero ».",
        "Marco Villa",
    ),
    ("es", "Escuchamos a Luis Mora, quien pidió una «tregua» a la empresa.", "Luis Mora"),
]

# --- no verb of saying: only a person or a body right there is its subject (weak)
PERSON_NO_CUE = [
    ("fr", "La présidente les voudrait « plus fermes » face à la crise.", "La présidente"),
    ("fr", "Selon nos informations, il a évoqué « l'intérêt général » devant eux.", "il"),
    ("fr", "Plus loin, elle pointe aussi « une lacune » du texte.", "elle"),
    ("fr", "Le sénateur Paul Roux ne cesse de parler de « déclin ».", "Le sénateur Paul Roux"),
    (
        "it",
        "Dopo il voto, anche se il presidente ha parlato di « una fase nuova ».",
        "il presidente",
    ),
    (
        "it",
        "Il segretario Luca Bini vorrebbe « regole più chiare » per tutti.",
        "Il segretario Luca Bini",
    ),
    ("it", "Lei preferisce parlare di « pausa » e non di crisi.", "Lei"),
    (
        "es",
        "La jefa del grupo, Ana Gil, acabó por tildarlas de «tierras de nadie».",
        "La jefa del grupo, Ana Gil",
    ),
    ("es", "Ella prefiere una «pausa» y no una crisis.", "Ella"),
    (
        "es",
        "La fiscal, Rosa Vidal, se mostró «muy preocupada» por el caso.",
        "La fiscal, Rosa Vidal",
    ),
    ("es", "El portavoz, Juan Ruiz, quiere una «salida negociada» ya.", "El portavoz, Juan Ruiz"),
]

# --- should not fire: a thing, a complement of a verb that reports nothing, a
# passive whose subject is spoken of, a clause that opens with its verb
ABSTAINS = [
    ("fr", "Il semble que la réforme soit « en panne »."),
    ("fr", "Le rapport final parle d'une « crise profonde »."),
    ("fr", "L'homme est accusé de « fraude » par le parquet."),
    ("fr", "Le projet a été qualifié de « fiasco » par l'opposition."),
    ("fr", "Les travaux avancent et la « grande roue » ouvrira en mai."),
    ("it", "Sembra che la riforma sia « ferma »."),
    ("it", "La legge è stata definita « inutile » dai sindacati."),
    ("it", "Il cantiere procede verso la « fase due »."),
    ("es", "Parece que la reforma está «parada»."),
    ("es", "El proyecto fue calificado de «fiasco» por la oposición."),
    ("es", "Las obras avanzan hacia la «fase final»."),
    ("es", "Dijo que la obra estaba «terminada»."),
]


@pytest.mark.parametrize(
    ("language", "text", "speaker", "cue"),
    [pytest.param(*case, id=f"{case[0]}-{n}") for n, case in enumerate(SUBJECT_BEFORE_GROUP)],
)
def test_subject_before_verb_group(language: str, text: str, speaker: str, cue: str) -> None:
    assert _holder(text, language) == (speaker, cue, True)


@pytest.mark.parametrize(
    ("language", "text", "speaker", "cue"),
    [pytest.param(*case, id=f"{case[0]}-{n}") for n, case in enumerate(ACROSS_COMPLEMENTISER)],
)
def test_main_clause_across_complementiser(
    language: str, text: str, speaker: str, cue: str
) -> None:
    assert _holder(text, language) == (speaker, cue, True)


@pytest.mark.parametrize(
    ("language", "text", "speaker", "cue"),
    [pytest.param(*case, id=f"{case[0]}-{n}") for n, case in enumerate(GERUND)],
)
def test_gerund_takes_main_subject(language: str, text: str, speaker: str, cue: str) -> None:
    assert _holder(text, language) == (speaker, cue, True)


@pytest.mark.parametrize(
    ("language", "text", "speaker", "cue"),
    [pytest.param(*case, id=f"{case[0]}-{n}") for n, case in enumerate(RELATIVE_ANTECEDENT)],
)
def test_relative_antecedent(language: str, text: str, speaker: str, cue: str) -> None:
    assert _holder(text, language) == (speaker, cue, True)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(*case, id=f"{group}-{case[0]}-{n}")
        for group, table in (("relative", RELATIVE_NO_CUE), ("subject", PERSON_NO_CUE))
        for n, case in enumerate(table)
    ],
)
def test_person_subject_without_cue(language: str, text: str, speaker: str) -> None:
    found = _holder(text, language)
    assert found is not None
    assert found[0] == speaker
    assert not found[2]  # no verb of saying: a weak attribution


@pytest.mark.parametrize(
    ("language", "text"),
    [pytest.param(*case, id=f"{case[0]}-{n}") for n, case in enumerate(ABSTAINS)],
)
def test_abstains(language: str, text: str) -> None:
    assert _holder(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param("fr", "La ministre a qualifié la loi de « bancale ».", "La ministre", id="fr"),
        pytest.param("it", "Il sindaco ha definito « assurda » la multa.", "Il sindaco", id="it"),
        pytest.param("es", "El juez calificó de «grave» el error.", "El juez", id="es"),
    ],
)
def test_find_quotes_keeps_short_quotation_with_cue(language: str, text: str, speaker: str) -> None:
    quotes = find_quotes(text, language=language)
    assert [q.speaker for q in quotes] == [speaker]


def test_pronoun_of_later_incise_gives_way() -> None:
    text = "La présidente les voudrait « encore bien plus fermes et rapides », a-t-elle dit lundi."
    assert [q.speaker for q in find_quotes(text, language="fr")] == ["La présidente"]


def test_other_languages_abstain() -> None:
    text = 'The mayor called the plan "a disgrace" on Monday.'
    assert holding_subject(text, 0, text.index('"'), "en") is None


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        pytest.param(
            "es",
            "La jueza ha llegado a calificarlas de «ilegales».",
            "La jueza",
            id="es-enclitic-infinitive",
            marks=pytest.mark.xfail(
                strict=True, reason="a verb of saying with enclitics is not read as one"
            ),
        ),
        pytest.param(
            "it",
            "La sindaca, Laura Conti, si è detta « soddisfatta » del voto.",
            "La sindaca, Laura Conti",
            id="it-feminine-participle",
            marks=pytest.mark.xfail(
                strict=True,
                reason="'detta' is missing from the generated forms of the verbs of saying, "
                "so the weak reading holds and the check asks for the cue",
            ),
        ),
        pytest.param(
            "es",
            "Intervino Luis Mora, quien calificó de «burla» la oferta.",
            "Luis Mora",
            id="es-verb-first-antecedent",
            marks=pytest.mark.xfail(
                strict=True, reason="the antecedent after a verb-first main clause keeps the verb"
            ),
        ),
        pytest.param(
            "fr",
            "Le ministre, qui s'exprimait à Lyon, a qualifié la loi de « bancale ».",
            "Le ministre",
            id="fr-relative-aside",
            marks=pytest.mark.xfail(
                strict=True, reason="a relative aside between subject and verb hides the subject"
            ),
        ),
    ],
)
def test_known_misses(language: str, text: str, speaker: str) -> None:
    found = _holder(text, language)
    assert found is not None
    assert found[0] == speaker
    assert found[2]  # with its verb of saying
