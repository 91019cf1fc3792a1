"""Word-order and orthography facts of every language that quote attribution reads.

Hand-written, one record per language (``en de fr es it``), reachable as
``grammar(language).order``.  The closed-class tables are generated; the few
facts of clause structure and spelling that decide who speaks are written here,
each with its source, so that mechanisms ask "does this language put its verb
second?" instead of branching on a language code.

The Romance facts:

- a cue set after a quotation inverts its subject ("«…», a déclaré la ministre",
  "«…», dijo el alcalde", "«…», ha detto il sindaco"): Grevisse & Goosse, *Le Bon
  Usage*, § 380 (incises); RAE, *Nueva gramática de la lengua española*, § 43.9
  (incisos del discurso directo); Serianni, *Grammatica italiana*, XIV § 246;
- the relative pronouns that can be the subject of a relative clause ("…, qui a
  dit", "…, il quale affermava", "…, quien advirtió"): the relative paradigms
  of the same grammars;
- the clitics that stand before the verb of an incise ("se emociona", "si
  chiede", "s’emporte") or of a fronted object ("Lo ha spiegato", "L’a rappelé");
- the endings of the gerund, which opens a clause whose subject is the main
  clause's ("…, précisant :", "…, asegurando:", "…, precisando:").

The German facts (Duden, *Die Grammatik*, on the sentence bracket, the
verb-second clause and indirect speech; *Amtliche Regelung der deutschen
Rechtschreibung* § 55 on capital nouns): every noun is capitalised, so a capital
is no evidence of a name; the finite verb stands second in a main clause, after
any one fronted phrase, so the subject may follow it; the verb of a subordinate
clause and the non-finite parts of a compound tense stand at the clause end;
reported speech is in the subjunctive (Konjunktiv I).

French, Spanish and Italian may set an incise inside the quotation between
dashes (Le Bon Usage § 380; RAE, *Ortografía de la lengua española*, on the
*raya*; Serianni on the *inciso*).  Spanish and Italian drop the subject pronoun
(RAE, *Nueva gramática*, on the null subject; Serianni on the *soggetto
sottinteso*), so a cue verb alone may have the previous speaker as subject.

Example:
    >>> order = word_order("it")
    >>> order.inverted_incise, ("il", "quale") in order.relative_subjects
    (True, True)
    >>> word_order("en") is None
    True
    >>> order_of("de").nouns_capitalised, order_of("de").verb_second
    (True, True)
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

__all__ = ["WordOrder", "order_of", "word_order"]


@attrs.frozen(kw_only=True)
class WordOrder:
    """The word-order facts of one language (all words lower case, apostrophes ``'``).

    Every field has a default, the value of a language that has not the property
    (no clitics, no inversion, nouns in lower case), so each record names only
    what its language does.

    Example:
        >>> word_order("fr").gerund_endings
        ('ant',)
    """

    language: str
    #: whether a cue after a quotation puts its subject after the verb, with time
    #: words and adverbs free between them ("a déclaré mardi la maire", "dijo ayer
    #: Ana Ruiz"): the Romance incise; English and German invert only right after
    #: the verb ("said Lee", "sagte Lee"), which their own rules read
    inverted_incise: bool = False
    #: relative pronouns that may be a clause's subject, as word tuples
    relative_subjects: tuple[tuple[str, ...], ...] = ()
    #: reflexive and object clitics that may stand before the verb
    clitics: frozenset[str] = frozenset()
    #: endings of the gerund (the present participle in French)
    gerund_endings: tuple[str, ...] = ()
    #: endings of the infinitive, which no incise opens with
    infinitive_endings: tuple[str, ...] = ()
    #: endings of the regular past participle ("interrogé", "consultado",
    #: "intervistato"): a sentence opening with one and its agent ("Interrogé par
    #: la presse, …") is a participle clause, no noun phrase
    participle_endings: tuple[str, ...] = ()
    #: the suffix that derives adverbs of manner from adjectives (French -ment,
    #: Spanish and Italian -mente): "Paradójicamente," names nobody
    adverb_suffix: str = ""
    #: endings of the first person plural, present and imperative ("Sentiamo",
    #: "Escuchemos", "Voyons"), which open a sentence addressed to the reader and
    #: name nobody
    first_plural_endings: tuple[str, ...] = ()
    #: conjunctions and prepositions that may open an incise before its verb
    #: ("», como dijo X", "», según explicó X", "», come riferito da X")
    incise_openers: frozenset[str] = frozenset()
    #: words that open a clause whose subject follows its verb, before a colon
    #: ("Comme l'a dit X :", "Así lo explicó X:", "Come ha spiegato X:")
    clause_openers: frozenset[str] = frozenset()
    #: prepositions of a source that may govern a relative pronoun ("selon
    #: laquelle", "según el cual", "secondo il quale", "per la quale")
    source_prepositions: frozenset[str] = frozenset()
    #: relative pronouns after a preposition, as word tuples ("lequel", "el cual");
    #: not Italian "cui", which is as often "for which reason" ("per cui")
    oblique_relatives: tuple[tuple[str, ...], ...] = ()
    #: adverbial heads of complex prepositions, which end a noun phrase
    #: ("frente a", "près de", "accanto a")
    complex_prepositions: frozenset[str] = frozenset()
    #: forms of the passive auxiliary ("a été qualifiée par", "fue calificada por")
    passive_auxiliaries: frozenset[str] = frozenset()
    #: copulas and links of a cleft sentence, which puts the subject in focus
    #: ("c'est le maire qui a dit", "fue la jueza quien dijo", "è stato il
    #: ministro a dire"): the copula forms and the words after the focus
    cleft_copulas: frozenset[str] = frozenset()
    cleft_links: tuple[tuple[str, ...], ...] = ()
    #: prepositions of the agent after a participle ("riferito da X", "cité par X")
    agent_prepositions: frozenset[str] = frozenset()

    #: every noun is capitalised, so a capital is no evidence of a name (German)
    nouns_capitalised: bool = False
    #: the finite verb stands second after any one fronted phrase, with the subject
    #: after it ("Als Antwort sagte ein Sprecher", "Jede Schuld weist er von sich")
    verb_second: bool = False
    #: subordinate clauses put their verb last and compound tenses their participle
    #: last ("indem sie den Vorstand aufforderte", "habe darin geschrieben")
    verb_final_subordinates: bool = False
    #: "so" + a name after a comma gives a source ("„…“, so Lee.", "Dennoch, so
    #: Roth, habe er …"), and "wie" opens a source clause ("Wie die Zeitung berichtete")
    so_introduces_source: bool = False
    #: a subject pronoun joined to the verb by hyphens in an incise ("a-t-il dit",
    #: "dit-elle"): Le Bon Usage § 380
    inverted_incise_clitic: bool = False
    #: the subject pronoun may be dropped ("«…», dijo.", "«…», ha aggiunto."), so a
    #: bare cue verb speaks for the previous speaker
    null_subjects: bool = False
    #: a line of dialogue opens with a dash glued to the words and its incise is
    #: set off by dashes ("—No —responde Ana—. Ya no."), with no quotation marks
    dialogue_dash: bool = False
    #: reported speech is marked by the subjunctive ("seien „alarmierend“"), so a
    #: reported sentence goes on with the speaker named before it
    reported_subjunctive: bool = False
    #: an incise may stand inside the quotation between dashes ("« … — a-t-il dit —
    #: … »", "«…—dijo Ruiz—…»"), rather than the quotation closing around the cue
    incise_inside_quotation: bool = False
    #: a role noun set off by commas after a name goes without its article ("Ana
    #: Gil, directora del museo, dijo"), while a subject takes one: a lower-case
    #: word of no closed class after a comma opens an aside, not the subject
    #: (see :mod:`newsdoc.quotes._apposition` for the sources)
    bare_apposition: bool = False
    #: the gerund's ending derives no nouns (Spanish -ando/-iendo, Italian
    #: -ando/-endo; their agent nouns come from the present participle, -ante/
    #: -ente), so a phrase opening with one is a gerund clause ("intervenendo nella
    #: plenaria"), never a speaker; French -ant also makes nouns ("les manifestants")
    gerund_distinct: bool = False


_ORDERS: Mapping[str, WordOrder] = MappingProxyType(
    {
        # English: subject before the verb, inverted only after a verb of saying
        # (the agent of a passive: Quirk et al. § 3.12 "by"; Duden-Grammatik on the
        # Passiv, "von" and "durch")
        "en": WordOrder(language="en", agent_prepositions=frozenset({"by"})),
        "de": WordOrder(
            language="de",
            agent_prepositions=frozenset({"von", "durch"}),
            nouns_capitalised=True,
            verb_second=True,
            verb_final_subordinates=True,
            so_introduces_source=True,
            reported_subjunctive=True,
        ),
        "fr": WordOrder(
            language="fr",
            inverted_incise=True,
            bare_apposition=True,
            incise_inside_quotation=True,
            inverted_incise_clitic=True,
            # Le Bon Usage §§ 715-720: qui, lequel and its forms
            relative_subjects=(
                ("qui",),
                ("lequel",),
                ("laquelle",),
                ("lesquels",),
                ("lesquelles",),
            ),
            # Le Bon Usage § 659: conjoint pronouns before the verb
            clitics=frozenset("se s' le la l' les lui leur me m' te t' nous vous en y".split()),
            gerund_endings=("ant",),
            # the first and second conjugations; "-re" is also a finite ending ("déclare")
            infinitive_endings=("er", "ir"),
            # the regular participle of the first conjugation (Le Bon Usage, on
            # the participle); the adverb of manner in -ment (on adverb derivation)
            participle_endings=("é", "ée", "és", "ées"),
            adverb_suffix="ment",
            # Le Bon Usage, on the endings of the present and the imperative
            first_plural_endings=("ons",),
            # Le Bon Usage § 380 b: "comme", "ainsi que" before an inverted subject
            incise_openers=frozenset({"comme", "selon"}),
            clause_openers=frozenset({"comme", "ainsi"}),
            agent_prepositions=frozenset({"par"}),
            # Le Bon Usage § 447: "c'est … qui"
            # the copula with its "ce" ("c'est", "c'était"): "il est X qui" is a relative
            cleft_copulas=frozenset("c'est c'était c'étaient c'eût".split()),
            cleft_links=(("qui",),),
            # Le Bon Usage § 772: the passive with "être"
            passive_auxiliaries=frozenset(
                "été est sont était étaient fut furent sera seront soit".split()
            ),
            # Le Bon Usage § 1037: locutions prépositives
            complex_prepositions=frozenset(
                "près face loin auprès autour lors grâce quant vis-à-vis".split()
            ),
            source_prepositions=frozenset({"selon", "pour", "d'après"}),
            oblique_relatives=(
                ("lequel",),
                ("laquelle",),
                ("lesquels",),
                ("lesquelles",),
                ("qui",),
            ),
        ),
        "es": WordOrder(
            language="es",
            inverted_incise=True,
            bare_apposition=True,
            gerund_distinct=True,
            incise_inside_quotation=True,
            null_subjects=True,
            # RAE, Ortografía (2010), § 3.4.6.2: la raya en los diálogos
            dialogue_dash=True,
            # Nueva gramática § 44.1: que, quien, el cual and their forms
            relative_subjects=(
                ("quien",),
                ("quienes",),
                ("que",),
                ("el", "cual"),
                ("la", "cual"),
                ("los", "cuales"),
                ("las", "cuales"),
            ),
            # Nueva gramática § 16.11: átonos
            clitics=frozenset("se lo la los las le les me te nos os".split()),
            gerund_endings=("ando", "iendo", "yendo"),
            infinitive_endings=("ar", "er", "ir"),
            # Nueva gramática, on the regular participle (-ado, -ido) and on
            # adverbs in -mente
            participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
            adverb_suffix="mente",
            # Nueva gramática, on the verb's endings ("-amos" left out: "Ramos")
            first_plural_endings=("emos", "imos"),
            # Nueva gramática § 43.9: "según dijo", "como explicó"
            incise_openers=frozenset({"como", "según"}),
            clause_openers=frozenset({"como", "así"}),
            agent_prepositions=frozenset({"por"}),
            # Nueva gramática § 40.10: las perífrasis de relativo
            cleft_copulas=frozenset("es era fue son eran fueron".split()),
            cleft_links=(
                ("quien",),
                ("quienes",),
                ("el", "que"),
                ("la", "que"),
                ("los", "que"),
                ("las", "que"),
            ),
            # Nueva gramática § 41.2: la pasiva perifrástica con "ser"
            passive_auxiliaries=frozenset("fue fueron sido es son era eran será serán sea".split()),
            # Nueva gramática § 29.9: locuciones prepositivas
            complex_prepositions=frozenset(
                "frente cerca junto delante detrás encima debajo lejos acerca alrededor "
                "además dentro fuera".split()
            ),
            source_prepositions=frozenset({"según", "para"}),
            oblique_relatives=(
                ("el", "cual"),
                ("la", "cual"),
                ("los", "cuales"),
                ("las", "cuales"),
                ("quien",),
                ("quienes",),
            ),
        ),
        "it": WordOrder(
            language="it",
            inverted_incise=True,
            bare_apposition=True,
            gerund_distinct=True,
            incise_inside_quotation=True,
            null_subjects=True,
            # Serianni VII §§ 234-244: che, il quale and its forms
            relative_subjects=(
                ("che",),
                ("il", "quale"),
                ("la", "quale"),
                ("i", "quali"),
                ("le", "quali"),
            ),
            # Serianni VII § 32: pronomi atoni
            clitics=frozenset("si lo la l' li le gli mi ti ci vi ne".split()),
            gerund_endings=("ando", "endo"),
            infinitive_endings=("are", "ere", "ire"),
            # Serianni, on the regular participle (-ato, -ito, -uto) and on
            # adverbs in -mente
            participle_endings=(
                *("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite"),
                *("uto", "uta", "uti", "ute"),
            ),
            adverb_suffix="mente",
            # Serianni, on the endings of the present and the imperative
            first_plural_endings=("iamo",),
            # Serianni XIV § 246: "come ha detto", "secondo quanto riferito da"
            incise_openers=frozenset({"come", "secondo", "quanto"}),
            clause_openers=frozenset({"come", "così"}),
            agent_prepositions=frozenset(
                {"da", "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle"}
            ),
            # Serianni XIV § 257: la frase scissa ("è stato X a dire", "è X che")
            cleft_copulas=frozenset("è era fu sono erano furono stato stata".split()),
            # "a" + infinitive only: "è un caso che …" is no cleft
            cleft_links=(("a",), ("ad",)),
            # Serianni XI § 5: il passivo con "essere" e "venire"
            passive_auxiliaries=frozenset(
                "stato stata stati state è sono era erano fu furono sarà "
                "viene vengono venne vennero".split()
            ),
            # Serianni VIII § 5: locuzioni preposizionali
            complex_prepositions=frozenset(
                "accanto vicino insieme davanti dietro lontano rispetto oltre fino "
                "dentro fuori".split()
            ),
            source_prepositions=frozenset({"secondo", "per"}),
            oblique_relatives=(
                ("il", "quale"),
                ("la", "quale"),
                ("i", "quali"),
                ("le", "quali"),
                # the invariable oblique relative after a preposition (Serianni,
                # *Grammatica*, VII: "secondo cui"); "per cui" is a connective,
                # "which is why", and no source (`quotes._clause.source_relative`)
                ("cui",),
            ),
        ),
    }
)


# The records again as plain dicts, for the two lookups below: quote attribution
# asks for a language's record several hundred thousand times per thousand
# stories, and a dict's own ``get`` costs half of a mapping proxy's.  Private and
# never handed out, so nothing can change them.
_ORDER_TABLE: dict[str, WordOrder] = dict(_ORDERS)
# Only the languages whose incise inverts its subject (see `word_order`).
_INCISE_ORDERS: dict[str, WordOrder] = {
    language: order for language, order in _ORDERS.items() if order.inverted_incise
}


def word_order(language: str) -> WordOrder | None:
    """Return the facts of ``language`` where the Romance incise holds, else None.

    The clause mechanisms of ``quotes._clause`` read only languages whose incise
    inverts its subject freely (:attr:`WordOrder.inverted_incise`); every
    supported language's record is :func:`order_of` (``grammar(language).order``).

    Example:
        >>> word_order("es").clitics >= {"se", "lo"}
        True
        >>> word_order("de") is None
        True
    """
    return _INCISE_ORDERS.get(language)


def order_of(language: str) -> WordOrder:
    """Return the word-order record of ``language``; a neutral record if unsupported.

    Example:
        >>> order_of("de").verb_second, order_of("en").verb_second
        (True, False)
        >>> order_of("nl") == WordOrder(language="nl")
        True
    """
    order = _ORDER_TABLE.get(language)
    return order if order is not None else WordOrder(language=language)
