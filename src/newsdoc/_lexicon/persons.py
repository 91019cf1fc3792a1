"""Nouns of persons by office, trade and role, for Spanish, French and Italian, and English.

A definite noun phrase headed by one of these nouns names a person who can be
credited with words: "la experta reflexionó", "el canciller presentó", "le
chercheur estime".  The nouns are gathered by class, the classes that the
grammars name as nouns of persons whose gender follows the person's sex (RAE,
*Nueva gramática de la lengua española*, ch. 2 "El género": la moción genérica
de los sustantivos de persona, "profesiones, títulos y actividades"; Grevisse &
Goosse, *Le Bon Usage*, the feminine of nouns of persons and of the nouns of
professions, titles and functions):

- offices and titles (government, parliament, courts, diplomacy, religion,
  the armed forces);
- trades and professions (health, science, teaching, the press, the arts, sport,
  business, work);
- roles a story gives its people (witness, neighbour, patient, candidate);
- the trades of the shops and services a local story visits (bookseller, baker,
  butcher, hairdresser, waiter, cook, driver);
- the public of an event or a service (fans, spectators, passengers, travellers,
  commuters, users, local residents).

Each entry is written as its masculine and feminine singular ("experto
experta"; one form for both genders: "periodista"); the plurals are made by the
regular rules of each language (`plural`): Spanish adds *-s* after a vowel and
*-es* after a consonant, losing a written accent of the last syllable
("investigador" → "investigadores", "jefe" → "jefes", "portavoz" → "portavoces",
"capitán" → "capitanes"; RAE, *Nueva gramática*, ch. 3 "El número"); French
adds *-s*, leaves *-s*, *-x*, *-z* alone and writes *-aux* for *-al* ("général"
→ "généraux"; *Le Bon Usage*, the plural of nouns).

A feminine that is mostly another noun ("la política" is politics, "la
crítica" criticism, "la técnica" a technique, "la critique" a review) is left
out: only the masculine is listed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

__all__ = [
    "ENGLISH_PERSON_NOUNS",
    "ENGLISH_PERSON_SINGULARS",
    "PERSON_NOUNS",
    "plural",
    "plural_forms",
]

# Spanish nouns of persons, masculine and feminine singular (one form: both).
_SPANISH = """
presidente presidenta ministro ministra secretario secretaria canciller
gobernador gobernadora alcalde alcaldesa concejal concejala senador senadora
diputado diputada legislador legisladora congresista parlamentario parlamentaria
embajador embajadora cónsul consejero consejera asesor asesora vocero vocera
portavoz delegado delegada comisionado comisionada fiscal juez jueza magistrado
magistrada procurador procuradora defensor defensora rector rectora decano decana
mandatario mandataria gobernante dirigente líder candidato candidata director
directora gerente jefe jefa coordinador coordinadora titular funcionario
funcionaria representante rey reina príncipe princesa pontífice
obispo arzobispo cardenal sacerdote párroco pastor rabino monja
militar soldado general coronel comandante capitán capitana sargento teniente
policía agente bombero bombera
médico médica doctor doctora galeno enfermero enfermera cirujano cirujana
epidemiólogo epidemióloga virólogo viróloga infectólogo infectóloga
inmunólogo inmunóloga neumólogo neumóloga pediatra psiquiatra psicólogo psicóloga
sociólogo socióloga politólogo politóloga economista analista científico
científica investigador investigadora experto experta especialista profesor
profesora maestro maestra catedrático catedrática académico académica
historiador historiadora abogado abogada jurista periodista reportero reportera
corresponsal escritor escritora autor autora novelista poeta poetisa cantante
actor actriz artista cineasta futbolista entrenador entrenadora jugador jugadora
deportista atleta empresario empresaria ejecutivo ejecutiva banquero banquera
ingeniero ingeniera arquitecto arquitecta agricultor agricultora campesino
campesina ganadero ganadera comerciante trabajador trabajadora obrero obrera
activista sindicalista militante
vecino vecina testigo víctima paciente estudiante alumno alumna usuario usuaria
ciudadano ciudadana manifestante miembro integrante fundador fundadora
propietario propietaria dueño dueña residente habitante votante simpatizante
opositor opositora afectado afectada superviviente sobreviviente detenido
detenida acusado acusada imputado imputada sospechoso sospechosa denunciante
madre padre esposo esposa marido viuda viudo familiar hombre mujer joven
librero librera panadero panadera carnicero carnicera frutero frutera pescadero
pescadera peluquero peluquera tendero tendera camarero camarera cocinero cocinera
conductor conductora taxista
aficionado aficionada hincha espectador espectadora pasajero pasajera viajero viajera
usuario usuaria
"""

# French nouns of persons, masculine and feminine singular (one form: both).
_FRENCH = """
président présidente ministre secrétaire chancelier chancelière gouverneur
gouverneure maire conseiller conseillère sénateur sénatrice député députée élu
élue parlementaire ambassadeur ambassadrice consul consule délégué déléguée
commissaire procureur procureure juge magistrat magistrate avocat avocate
défenseur défenseure recteur rectrice doyen doyenne préfet préfète candidat
candidate dirigeant dirigeante chef cheffe directeur directrice coordinateur
coordinatrice responsable fonctionnaire représentant représentante porte-parole
roi reine prince princesse pape évêque archevêque cardinal prêtre curé pasteur
pasteure imam rabbin
militaire soldat soldate général générale colonel colonelle commandant
commandante capitaine sergent lieutenant policier policière gendarme agent
agente pompier pompière
médecin docteur docteure infirmier infirmière chirurgien chirurgienne
épidémiologiste virologue immunologue psychiatre psychologue sociologue
politologue économiste analyste scientifique chercheur chercheuse expert experte
spécialiste professeur professeure enseignant enseignante historien historienne
juriste journaliste reporter correspondant correspondante écrivain écrivaine
auteur autrice romancier romancière poète poétesse chanteur chanteuse acteur
actrice artiste cinéaste footballeur footballeuse entraîneur entraîneuse joueur
joueuse sportif sportive athlète patron patronne entrepreneur entrepreneuse
industriel industrielle banquier banquière ingénieur ingénieure architecte
agriculteur agricultrice paysan paysanne éleveur éleveuse commerçant commerçante
travailleur travailleuse ouvrier ouvrière salarié salariée syndicaliste militant
militante activiste
voisin voisine témoin victime patient patiente étudiant étudiante élève usager
usagère citoyen citoyenne manifestant manifestante membre fondateur fondatrice
propriétaire habitant habitante électeur électrice partisan partisane opposant
opposante survivant survivante détenu détenue accusé accusée prévenu prévenue
suspect suspecte plaignant plaignante mère père époux épouse mari veuve veuf
proche homme femme
libraire boulanger boulangère boucher bouchère coiffeur coiffeuse serveur serveuse
cuisinier cuisinière chauffeur commerçante
supporter supportrice spectateur spectatrice passager passagère voyageur voyageuse
usager usagère riverain riveraine
"""

# Italian nouns of persons, masculine and feminine singular (one form: both), the
# same classes (Serianni, *Grammatica italiana*, III, the feminine of the nouns of
# persons, "nomi di professione, titoli e cariche").
_ITALIAN = """
presidente presidentessa ministro ministra segretario segretaria cancelliere
governatore governatrice sindaco sindaca assessore assessora consigliere
consigliera senatore senatrice deputato deputata parlamentare ambasciatore
ambasciatrice console delegato delegata commissario commissaria procuratore
procuratrice pm giudice magistrato magistrata avvocato avvocata legale difensore
rettore rettrice preside prefetto prefetta questore candidato candidata
dirigente leader direttore direttrice coordinatore coordinatrice responsabile
funzionario funzionaria rappresentante portavoce sottosegretario
sottosegretaria viceministro viceministra premier governante re regina principe
principessa papa pontefice vescovo arcivescovo cardinale sacerdote parroco
prete pastore rabbino imam suora
militare soldato soldatessa generale colonnello comandante capitano sergente
tenente poliziotto poliziotta agente carabiniere finanziere vigile pompiere
medico dottore dottoressa infermiere infermiera chirurgo primario primaria
epidemiologo epidemiologa virologo virologa infettivologo infettivologa
immunologo immunologa pediatra psichiatra psicologo psicologa sociologo
sociologa politologo politologa economista analista scienziato scienziata
ricercatore ricercatrice esperto esperta specialista professore professoressa
docente insegnante maestro maestra storico storica giurista giornalista
cronista inviato inviata corrispondente scrittore scrittrice autore autrice
romanziere romanziera poeta poetessa cantante attore attrice artista regista
calciatore calciatrice allenatore allenatrice tecnico giocatore giocatrice
atleta sportivo sportiva imprenditore imprenditrice manager banchiere
ingegnere architetto architetta agricoltore agricoltrice contadino contadina
allevatore allevatrice commerciante lavoratore lavoratrice operaio operaia
sindacalista attivista militante
vicino vicina testimone vittima paziente studente studentessa alunno alunna
utente cittadino cittadina manifestante membro fondatore fondatrice
proprietario proprietaria titolare residente abitante elettore elettrice
sostenitore sostenitrice oppositore oppositrice superstite sopravvissuto
sopravvissuta detenuto detenuta imputato imputata indagato indagata sospettato
sospettata denunciante madre padre marito moglie vedova vedovo familiare uomo
donna libraio libraia panettiere panettiera macellaio macellaia parrucchiere
parrucchiera cameriere cameriera cuoco cuoca autista tassista
tifoso tifosa spettatore spettatrice passeggero passeggera viaggiatore viaggiatrice
pendolare utente
"""

# English nouns of persons (one form for both sexes unless a pair is usual:
# "chairman chairwoman"): the offices of the AP Stylebook's and the Guardian style
# guide's entries on titles, the trades of the census occupation classes (ONS
# SOC 2020 major groups), the roles of sports reporting (PA's and the BBC's club
# and team roles: "manager", "skipper", "striker") and the roles a story gives its
# people.  Plurals are regular (`plural`).
_ENGLISH = """
president premier chancellor minister secretary senator congressman congresswoman
representative governor mayor councillor councilor councilman councilwoman alderman
judge justice magistrate prosecutor attorney lawyer barrister solicitor ambassador
diplomat envoy consul chairman chairwoman director commissioner spokesman
spokeswoman spokesperson sheriff official officer inspector superintendent
constable detective sergeant lieutenant captain colonel general admiral commander
coroner doctor physician surgeon nurse paramedic midwife scientist researcher
professor lecturer teacher headteacher headmaster headmistress economist analyst
engineer architect farmer fisherman builder pilot baker butcher shopkeeper
landlord landlady publican chef waiter waitress cleaner miner electrician plumber
mechanic journalist reporter editor photographer novelist historian accountant
banker broker trader investor executive entrepreneur founder skipper coach
manager striker goalkeeper midfielder defender winger batsman bowler jockey
trainer cyclist swimmer referee umpire witness neighbour neighbor resident victim
survivor patient widow widower wife husband priest vicar bishop rabbi imam pastor
campaigner activist protester volunteer organiser organizer veteran
owner boss colleague teammate principal author writer artist actor actress singer
musician producer painter dancer choreographer curator expert specialist forecaster
"""


# Spanish: a written accent on the last syllable goes when -es is added.
_UNACCENT = str.maketrans("áéíóú", "aeiou")
# Spanish plurals that keep their accent or change more than an ending.
_SPANISH_PLURALS = {"joven": "jóvenes", "carácter": "caracteres", "régimen": "regímenes"}
# French plurals that are not regular.
_FRENCH_PLURALS = {"œil": "yeux", "travail": "travaux"}


def plural(word: str, language: str) -> str:
    """Return the regular plural of a Spanish, French or English noun of person.

    Example:
        >>> [plural(w, "es") for w in ("experta", "investigador", "portavoz", "capitán", "joven")]
        ['expertas', 'investigadores', 'portavoces', 'capitanes', 'jóvenes']
        >>> [plural(w, "fr") for w in ("chercheuse", "général", "époux", "témoin")]
        ['chercheuses', 'généraux', 'époux', 'témoins']
        >>> [plural(w, "en") for w in ("chairman", "attorney", "secretary", "witness", "wife")]
        ['chairmen', 'attorneys', 'secretaries', 'witnesses', 'wives']
    """
    if language == "en":
        return _english_plural(word)
    if language == "es":
        if word in _SPANISH_PLURALS:
            return _SPANISH_PLURALS[word]
        if word[-1] in "aeiouáéó":
            return word + "s"
        if word.endswith("z"):
            return word[:-1] + "ces"
        stem = word[:-2] + word[-2:].translate(_UNACCENT)
        return stem + "es"
    if word in _FRENCH_PLURALS:
        return _FRENCH_PLURALS[word]
    if word[-1] in "sxz":
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith("eau"):
        return word + "x"
    return word + "s"


def _english_plural(word: str) -> str:
    """Return the regular plural of an English noun of person (see `plural`)."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("fe"):
        return word[:-2] + "ves"
    if word.endswith("y") and word[-2:-1] not in set("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural_forms(word: str, language: str) -> frozenset[str]:
    """Return the regular plural or plurals of a noun in any of the five languages.

    Spanish and French as `plural` gives them; English adds "-s", "-es", or
    "-ies" for "-y"; Italian makes "-o" and "-e" into "-i", "-a" into "-e" (a
    feminine) or "-i" (a masculine in "-ista"), "-co"/"-ca" also into
    "-chi"/"-che", "-io" into "-i", and keeps a word ending in an accented
    vowel or a consonant (Serianni, *Grammatica italiana*, III).  German plurals
    are not regular enough to make: the word itself is given.

    Example:
        >>> sorted(plural_forms("sindacato", "it")), sorted(plural_forms("union", "en"))
        (['sindacati'], ['uniones', 'unions'])
    """
    if language in {"es", "fr"}:
        return frozenset({plural(word, language)})
    if language == "en":
        forms = {word + "s", word + "es"}
        if word.endswith("y"):
            forms.add(word[:-1] + "ies")
        return frozenset(forms)
    if language == "it":
        return frozenset(_italian_plurals(word))
    return frozenset({word})


def _italian_plurals(word: str) -> set[str]:
    """Return the regular Italian plurals of ``word`` (see `plural_forms`)."""
    if word[-1:] in {"o", "e"}:
        stem = word[:-2] if word.endswith("io") else word[:-1]
        forms = {stem + "i"}
        if word.endswith(("co", "go")):
            forms.add(word[:-1] + "hi")
        return forms
    if word.endswith("a"):
        forms = {word[:-1] + "e", word[:-1] + "i"}
        if word.endswith(("ca", "ga")):
            forms.add(word[:-1] + "he")
        return forms
    return {word}


def _forms(singulars: Iterable[str], language: str) -> frozenset[str]:
    """Return the singulars and their plurals."""
    words = set(singulars)
    return frozenset(words | {plural(w, language) for w in words})


#: Nouns of persons (offices, trades, roles), singular and plural, lower case.
PERSON_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "es": _forms(_SPANISH.split(), "es"),
        "fr": _forms(_FRENCH.split(), "fr"),
        "it": frozenset(
            set(_ITALIAN.split())
            | {p for w in _ITALIAN.split() for p in _italian_plurals(w)}
            | {"uomini", "mogli", "re", "papi"}
        ),
    }
)


#: English nouns of persons, singular and plural, lower case: read where an English
#: rule asks for a role before a name ("Australia skipper Mitch Roe"); the Romance
#: rules of `PERSON_NOUNS` (a prenominal adjective, a gendered determiner) are not
#: English grammar, so the table is kept apart.
ENGLISH_PERSON_NOUNS: frozenset[str] = frozenset(_forms(_ENGLISH.split(), "en"))

#: The singulars of `ENGLISH_PERSON_NOUNS`: what a definite mention of one person repeats.
ENGLISH_PERSON_SINGULARS: frozenset[str] = frozenset(_ENGLISH.split())
