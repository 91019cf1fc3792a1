"""Who speaks: pronouns, determiners, titles and group sources per language.

Plain data used by ``quotes`` to tell a speaker mention from the words around
it ("Then she added", "On Friday the council said") and to resolve a
pronoun or a bare surname to the full name it stands for.

Sources: ``PERSON_PRONOUNS``, ``DETERMINERS``, ``OBJECT_CLITICS``,
``ADDRESSEE_PREPOSITIONS`` and ``LEADING_FILLERS`` are closed classes of each
language's grammar (subject pronouns, articles and determiners, unstressed
object pronouns, prepositions, conjunctions and sentence adverbs; the parts of
speech Universal Dependencies tags PRON, DET, ADP, CCONJ, SCONJ and ADV).
``TITLES`` are the courtesy titles and the abbreviated ranks style guides put
before names (AP's "Sen.", "Gov."; "M.", "Sr.", "Sig.") and the heads of
state and government titles of the five languages.  ``GROUP_SOURCES``,
``SOURCE_NOUNS`` and ``GERMAN_PERSON_ENDINGS`` are nouns of people, groups and
institutions that speak (open classes), collected by hand without a single
source.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ADDRESSEE_PREPOSITIONS",
    "DETERMINERS",
    "GERMAN_PERSON_ENDINGS",
    "GROUP_SOURCES",
    "INDEFINITE_PLURALS",
    "INTENSIFIERS",
    "LEADING_FILLERS",
    "NOMINATIVE_PRONOUNS",
    "OBJECT_CLITICS",
    "OFFICE_NOUNS",
    "OFFICE_PREFIXES",
    "OWN_WORDS",
    "PERSON_PRONOUNS",
    "QUANTIFIER_PRONOUNS",
    "SOURCE_NOUNS",
    "TITLES",
    "speaking_nouns",
]

#: Personal pronouns whose form is the subject case alone, never an object or a
#: possessive: the subjective forms of Quirk et al. 1985, "A Comprehensive Grammar
#: of the English Language", 6.2 ("he", not "her"; "it" and "you" have one form
#: for both cases), and the German nominatives that no other case shares (Duden,
#: Die Grammatik, the personal pronoun paradigm: "er", "ich", "wir"; not "sie",
#: "es", "ihr").  Where one stands, it is the subject of its clause (lower case).
NOMINATIVE_PRONOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset("he she they we i".split()),
        "de": frozenset("er ich wir".split()),
    }
)

#: Personal pronouns that can be the subject of a speech verb (lower case).
PERSON_PRONOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset("he she they i we it".split()),
        "de": frozenset("er sie ich wir".split()),
        # with the intensive pronouns, a subject too ("Elle-même a affirmé")
        "fr": frozenset(
            "il elle ils elles je nous lui-même elle-même eux-mêmes elles-mêmes moi-même "
            "nous-mêmes".split()
        ),
        "es": frozenset("él ella ellos ellas yo nosotros".split()),
        "it": frozenset("lui lei egli ella loro io noi".split()),
    }
)

#: The intensifiers that may follow a subject pronoun ("Ella misma afirmó", "Lei
#: stessa ha detto", "Sie selbst sagte", "She herself said"): the adjective of
#: identity used emphatically (RAE, *Nueva gramática*, § 13.11 on "mismo";
#: Serianni, *Grammatica italiana*, VII.171 on "stesso"; Duden, *Die Grammatik*, on
#: "selbst" as a focus particle; Quirk et al., § 6.24, the emphatic reflexives).
#: French glues "même" to the pronoun ("elle-même"), listed above.
INTENSIFIERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset("himself herself themselves myself ourselves".split()),
        "de": frozenset("selbst selber".split()),
        "fr": frozenset(),
        "es": frozenset("mismo misma mismos mismas".split()),
        "it": frozenset("stesso stessa stessi stesse".split()),
    }
)

#: Quantifiers and indefinite pronouns that stand alone as a subject: "Some
#: said", "Someone called it", "d’autres estiment", "varios advirtieron", "altri
#: hanno detto", "einige warnten" (lower case).  The indefinite pronouns of each grammar
#: (Huddleston & Pullum 2002, ch. 5 §9; Grevisse, *Le Bon Usage*, §§ 727–734;
#: RAE, *Nueva gramática*, ch. 20; Serianni, *Grammatica italiana*, VII;
#: Duden-Grammatik, Indefinitpronomen).
QUANTIFIER_PRONOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "some many several others another one both all most few none each either "
            "neither someone somebody everyone everybody anyone nobody".split()
        ),
        "de": frozenset(
            "einige viele andere einer eine mehrere alle beide manche jemand niemand".split()
        ),
        "fr": frozenset(
            "plusieurs certains certaines beaucoup autres aucun aucune chacun chacune "
            "tous toutes quelqu’un quelqu'un".split()
        ),
        "es": frozenset(
            "algunos algunas varios varias muchos muchas otros otras otro otra uno una "
            "ambos ambas todos todas ninguno ninguna cada alguien nadie".split()
        ),
        "it": frozenset(
            "alcuni alcune molti molte altri altre altro altra uno una entrambi tutti "
            "tutte nessuno ciascuno ciascuna parecchi qualcuno".split()
        ),
    }
)

#: Third-person possessive determiners: with a noun of speech
#: (:data:`newsdoc._lexicon.speech_nouns.SPEECH_NOUNS`) they introduce the words of
#: the person the story is about: "his words:", "ses propos :", "sus palabras:",
#: "le sue parole:", "seine Worte:" (lower case).
OWN_WORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset("his her their its".split()),
        "de": frozenset("sein seine seinen seiner ihr ihre ihren ihrer".split()),
        "fr": frozenset("son sa ses leur leurs".split()),
        "es": frozenset("su sus".split()),
        "it": frozenset("suo sua suoi sue loro".split()),
    }
)

#: Articles and determiners that may open a speaker noun phrase (lower case).
DETERMINERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "the a an one two three several some many other another its his her "
            "their our this that these those".split()
        ),
        "de": frozenset(
            "der die das den dem des ein eine einer eines einem einen "
            "sein seine ihr ihre mehrere einige viele".split()
        ),
        "fr": frozenset(
            "le la les l’ l' un une des du plusieurs son sa ses leur leurs ce cette ces".split()
        ),
        "es": frozenset(
            "el la los las un una unos unas su sus este esta estos estas varios varias".split()
        ),
        "it": frozenset(
            "il lo la i gli le l’ l' un uno una un’ suo sua suoi sue loro "
            "questo questa alcuni".split()
        ),
    }
)

#: Words that may stand before a speaker without belonging to it:
#: "But he said", "Und er sagte", "Mais il a dit" (lower case).
LEADING_FILLERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "and but so then also yet still now later meanwhile however "
            "instead indeed earlier or while when as because though although "
            "since after before if that which who where "
            # focusing adverbs before a subject: "even a top strategist said",
            # "only the mayor voted" (Quirk et al. 1985, §8.116-8.117)
            "even only".split()
        ),
        "de": frozenset(
            "und aber doch dann auch nun später jedoch denn oder dass als "
            "wie weil wobei während gestern heute dabei zudem indes damals außerdem "
            "schließlich inzwischen nachdem indem bevor obwohl ob sobald seitdem sich "
            "selbst sogar".split()
        ),
        "fr": frozenset(
            "et mais puis alors aussi donc ensuite or car que qui quand "
            "lorsque comme hier aujourd’hui cependant ainsi pourtant enfin "
            "toutefois désormais".split()
        ),
        "es": frozenset(
            "y pero entonces también luego además sin embargo que quien "
            "cuando como mientras ayer hoy embargo asimismo finalmente "
            "ahora entonces".split()
        ),
        "it": frozenset(
            "e ma poi allora anche inoltre però che chi quando come mentre ieri oggi tuttavia "
            "infatti intanto quindi dunque invece".split()
        ),
    }
)

#: Honorifics and titles written before a name: "Sen.", "Dr.", "Bundeskanzlerin".
#: The academic and professional titles each language's copy writes before a name
#: are a class of their own: the Austrian academic degrees used as titles (the
#: Austrian register of academic degrees: "Mag.", "Dipl.-Ing.", "Ing.", "MMag.",
#: "Univ.-Prof."), the Italian professional titles ("avv.", "ing.", "arch.",
#: "geom.", "dott.ssa", "prof.ssa", "mons.") and the Spanish ones ("lic.", "ing.",
#: "arq."), each with its full stop: "DI" and the French "Me" are words too ("di",
#: "me") and stay out.
TITLES: frozenset[str] = frozenset(
    """
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sen sen. rep rep. gov gov. gen gen.
    lt lt. col col. sgt sgt. capt capt. adm adm. rev rev. sir dame lord lady
    president senator governor mayor minister secretary chancellor judge
    m. mme mme. pr pr. señor señora sr. sra. don doña sig. sig.ra dott. on.
    herr frau präsident präsidentin kanzler kanzlerin minister ministerin
    mag. mmag. dipl.-ing. ing. univ.-prof. priv.-doz.
    avv. arch. geom. dott.ssa prof.ssa mons. lic. arq.
    """.split()
)

#: Plural nouns that name an anonymous or group source on their own:
#: "officials said", "Experten warnten", "selon des témoins" (lower case).
#: One class in every language: the people and bodies newsrooms cite without a
#: name (the AP Stylebook's "anonymous sources": officials, witnesses,
#: investigators, experts, diplomats, lawmakers, prosecutors …), each language
#: holding the translation of the same set, plus its own usual words for it
#: (the Italian "inquirenti", the German "Kreise").
GROUP_SOURCES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            "officials sources police analysts experts witnesses residents critics aides "
            "diplomats lawmakers prosecutors investigators authorities observers "
            "protesters organizers organisers economists doctors activists".split()
        ),
        "de": frozenset(
            "beobachter experten kritiker zeugen anwohner ermittler behörden diplomaten "
            "analysten quellen kreise berater staatsanwälte demonstranten organisatoren "
            "ökonomen ärzte aktivisten abgeordnete".split()
        ),
        "fr": frozenset(
            "témoins experts analystes observateurs sources autorités responsables "
            "habitants conseillers diplomates élus procureurs enquêteurs manifestants "
            "organisateurs économistes médecins militants".split()
        ),
        "es": frozenset(
            "testigos expertos analistas fuentes autoridades vecinos autores investigadores "
            "científicos médicos funcionarios residentes críticos asesores diplomáticos "
            "legisladores fiscales observadores manifestantes organizadores economistas "
            "activistas".split()
        ),
        "it": frozenset(
            "testimoni esperti analisti fonti autorità residenti autori ricercatori "
            "scienziati medici funzionari abitanti critici consiglieri diplomatici "
            "parlamentari procuratori inquirenti investigatori osservatori manifestanti "
            "organizzatori economisti attivisti".split()
        ),
    }
)

#: Determiners and quantifiers that open an indefinite plural noun phrase:
#: "selon des témoins", "according to some analysts", "según varios testigos",
#: "secondo alcuni esperti" (lower case).  The indefinite plural article of
#: French and Italian ("des", "de" before an adjective; the partitive "dei",
#: "degli", "delle": Grevisse & Goosse, *Le Bon Usage*, the indefinite and
#: partitive articles; Serianni, *Grammatica italiana*, IV, the partitive
#: article) and the indefinite quantifiers of each grammar (Quirk et al. 1985,
#: § 5.23; RAE, *Nueva gramática*, ch. 20).
INDEFINITE_PLURALS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset("some several many numerous various few".split()),
        "fr": frozenset(
            "des de d' d’ plusieurs certains certaines nombreux nombreuses quelques "
            "divers diverses".split()
        ),
        "es": frozenset(
            "unos unas algunos algunas varios varias numerosos numerosas diversos diversas "
            "muchos muchas".split()
        ),
        "it": frozenset(
            "dei degli delle alcuni alcune diversi diverse vari varie numerosi numerose "
            "molti molte".split()
        ),
    }
)

#: Prepositions that open the addressee or the medium of a statement right
#: after its verb, never its speaker: "dijo a la prensa", "escribió en Twitter",
#: "ha detto ai microfoni di Rai", "a indiqué sur Twitter" (lower case).
ADDRESSEE_PREPOSITIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset("à au aux sur dans devant lors en par via auprès".split()),
        "es": frozenset("a al ante en durante desde por mediante tras".split()),
        "it": frozenset(
            "a ai al alla alle agli allo in nel nella su sul sulla durante davanti "
            "dai dal dalla tramite via".split()
        ),
    }
)

#: Unstressed object pronouns standing between a dropped subject and its verb:
#: "le dice", "les explicó", "gli ha detto", "lui a dit" (lower case).
OBJECT_CLITICS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "fr": frozenset("lui leur nous vous me te".split()),
        "es": frozenset("le les me te nos os se lo la".split()),
        "it": frozenset("gli le mi ti ci vi si lo la ne".split()),
    }
)

#: Nouns (singular and plural) that name a body or a text able to speak:
#: "the administration waves it off as “minimal”", "la campaña calificó"
#: (lower case).
SOURCE_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            """
            administration campaign government ministry department agency office
            statement report committee council court party spokesman spokeswoman
            spokesperson critic critics leader leaders president senator candidate
            official company group union board panel commission paper newspaper
            editorial memo letter release lawsuit complaint judge team article
            document people voter american supporter opponent republican democrat
            conservative liberal member resident activist delegate congressman
            congresswoman lawmaker actress actor author writer reporter expert
            analyst adviser advisor aide staffer worker student parent doctor
            man woman poll survey study website post tweet video ad piece
            nonprofit non-profit public lawyer attorney star singer governor mayor
            """.split()
        ),
        "de": frozenset(
            """
            gericht regierung bundesregierung ministerium minister ministerin partei
            polizei staatsanwaltschaft ausschuss kommission verband gewerkschaft
            unternehmen konzern sprecher sprecherin vorstand präsident präsidentin
            kanzler kanzlerin senat rat behörde verein institut zeitung agentur prozent
            """.split()
        ),
        "fr": frozenset(
            """
            gouvernement ministère ministre président présidente porte-parole parti
            communiqué rapport commission syndicat entreprise juge tribunal
            député députée élu élus militant militants auteur autrice article
            journal étude sondage homme femme gens habitants manifestants
            """.split()
        ),
        "es": frozenset(
            """
            gobierno ministerio ministro ministra presidente presidenta portavoz
            partido comunicado informe comisión sindicato empresa juez jueza tribunal
            diputado diputada alcalde alcaldesa autor autora artículo diario estudio
            encuesta hombre mujer gente vecinos manifestantes médico médica doctor
            """.split()
        ),
        "it": frozenset(
            """
            governo ministero ministro ministra presidente portavoce partito
            comunicato rapporto commissione sindacato azienda giudice tribunale
            deputato deputata sindaco sindaca autore autrice articolo giornale studio
            sondaggio uomo donna gente abitanti manifestanti medico
            """.split()
        ),
    }
)

#: Endings of German nouns naming a person by role, alone or in compounds:
#: "der Bundespräsident", "die Landesvorsitzende", "der Bundestrainer" (lower case).
#: Offices first, then the professions news reports quote for their expertise
#: (management, science, medicine, diplomacy, police, witnesses), masculine and
#: feminine (Duden-Grammatik, Movierung); "zeuge" alone would end "Fahrzeuge".
GERMAN_PERSON_ENDINGS: tuple[str, ...] = tuple(
    """
    präsident präsidentin minister ministerin kanzler kanzlerin trainer trainerin
    sprecher sprecherin chef chefin leiter leiterin vorsitzende vorsitzender
    direktor direktorin geschäftsführer geschäftsführerin anwalt anwältin
    richter richterin experte experten sekretär sekretärin bürgermeister
    bürgermeisterin abgeordnete abgeordneter politiker politikerin verfasser
    autor autorin kommissar kommissarin botschafter botschafterin mitglied
    demonstrant demonstranten demonstrantin aktivist aktivisten aktivistin
    kritiker kritikerin vertreter vertreterin beobachter ermittler
    manager managerin berater beraterin mitarbeiter mitarbeiterin analyst analystin
    forscher forscherin wissenschaftler wissenschaftlerin professor professorin
    funktionär funktionärin diplomat diplomatin beamter beamtin polizist polizistin
    arzt ärztin gutachter gutachterin ökonom ökonomin unternehmer unternehmerin
    offizier offizierin augenzeuge augenzeugin
    """.split()
)

#: Prefixes of rank and former office that make a noun of a person a noun of a
#: person again: "exministra", "vicepresidente", "copresidenta", "subsecretario",
#: "ex-ministre", "vice-président", "coprésidente" (lower case, any hyphen after
#: them is dropped before the noun is looked up).  Sources: RAE, *Ortografía de la
#: lengua española* (2010), 4.1.1.2 (prefixes *ex-*, *vice-*, *co-*, *sub-* are
#: written joined to one word); Treccani, *Enciclopedia dell'italiano*, "prefissi";
#: Académie française, *Dictionnaire* (9th ed.), entries *ex-*, *vice-*, *co-*, *sous-*.
OFFICE_PREFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "fr": ("ex", "vice", "co", "sous"),
        "es": ("ex", "vice", "co", "sub"),
        "it": ("ex", "vice", "co", "sotto"),
    }
)


#: Nouns of a public office or function held by one person, which a definite
#: mention ("the minister", "la sindaca") uses to take up the holder named with it
#: before: heads of state and government, ministers and secretaries, members of a
#: legislature, mayors and governors, judges, prosecutors and ambassadors, heads of
#: an organisation and its spokespeople (the offices of the news agencies' style
#: guides on titles, e.g. the AP Stylebook's "titles" entry and its counterparts;
#: masculine and feminine forms; lower case).
OFFICE_NOUNS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            """
            president premier chancellor minister secretary senator congressman
            congresswoman governor mayor judge prosecutor ambassador chairman
            chairwoman chair director commissioner spokesman spokeswoman
            spokesperson leader speaker sheriff
            """.split()
        ),
        "de": frozenset(
            """
            präsident präsidentin kanzler kanzlerin minister ministerin
            bürgermeister bürgermeisterin senator senatorin richter richterin
            staatsanwalt staatsanwältin botschafter botschafterin vorsitzende
            vorsitzender direktor direktorin sprecher sprecherin
            """.split()
        ),
        "fr": frozenset(
            """
            président présidente ministre secrétaire sénateur sénatrice député
            députée maire gouverneur juge procureur procureure ambassadeur
            ambassadrice directeur directrice porte-parole chancelier chancelière
            """.split()
        ),
        "es": frozenset(
            """
            presidente presidenta ministro ministra secretario secretaria senador
            senadora diputado diputada alcalde alcaldesa gobernador gobernadora
            juez jueza fiscal embajador embajadora director directora portavoz
            canciller
            """.split()
        ),
        "it": frozenset(
            """
            presidente premier ministro ministra segretario segretaria senatore
            senatrice deputato deputata sindaco sindaca governatore governatrice
            giudice procuratore procuratrice ambasciatore ambasciatrice direttore
            direttrice portavoce cancelliere prefetto
            """.split()
        ),
    }
)


@functools.cache
def speaking_nouns(language: str) -> frozenset[str]:
    """Return the nouns of people and of bodies that speak in ``language`` ("doctor", "union").

    The union of `SOURCE_NOUNS` and `GROUP_SOURCES`, made once per language.

    Example:
        >>> {"spokesman", "experts"} <= speaking_nouns("en")
        True
    """
    return SOURCE_NOUNS.get(language, frozenset()) | GROUP_SOURCES.get(language, frozenset())
