"""Generate the closed-class word tables of ``newsdoc._grammar`` (not shipped).

Run with a scratch environment that has spaCy and spacy-lookups-data (never a
runtime dependency of newsdoc)::

    python -m venv /tmp/spacyvenv
    /tmp/spacyvenv/bin/pip install spacy spacy-lookups-data babel
    /tmp/spacyvenv/bin/python scripts/gen_closed_classes.py

Sources, per class and language, named again in each generated table:

* ``CORE``: the closed classes of a reference grammar, written out below as
  paradigms (articles, personal pronouns with person/number/gender, the simple
  prepositions, the coordinating and subordinating conjunctions, auxiliaries and
  modals, common adverbs and sentence adverbs, deictic time words).
* Contractions of preposition + article, generated from the paradigm
  (``di`` + ``la`` -> ``della``; ``zu`` + ``dem`` -> ``zum``; ``à`` + ``le`` -> ``au``).
* spaCy ``spacy-lookups-data``: the part-of-speech lemma tables where they
  exist (French ``fr_lemma_exc``: adp/aux/cconj/det/pron/sconj; Italian
  ``it_lemma_lookup_{adp,aux,det,pron}``), and for auxiliaries and modals the
  inflected forms whose lemma is an auxiliary or modal in ``<lang>_lemma_lookup``.
* spaCy ``spacy.lang.<code>.lex_attrs``: number words (class ``numeral``).
* Babel CLDR data: month and weekday names, wide forms (class ``time``).
* spaCy ``spacy.lang.<code>.stop_words``: a cross-check only; the stop words no
  class takes are printed, not added.

Published words that are not closed-class words (nouns such as Italian
``causa``, numerals written in digits) are left out by the labelled ``EXCLUDE``
lists below.
"""

from __future__ import annotations

import gzip
import importlib
import json
import pathlib
import subprocess
import sys
import textwrap
from typing import Any

import babel
import spacy_lookups_data

OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "newsdoc" / "_grammar"
DATA = pathlib.Path(spacy_lookups_data.__file__).parent / "data"
LANGS = ("en", "de", "fr", "es", "it")
CLASSES = (
    "determiner",
    "pronoun",
    "preposition",
    "conjunction",
    "auxiliary",
    "adverb",
    "time",
    "numeral",
)


def words(s: str) -> set[str]:
    """Return the white-space separated words of ``s``."""
    return set(s.split())


# --- Core closed classes from reference grammars ------------------------------------------
# Pronouns: "word:features", features person.number.gender ("3.sg.m"; "-" unknown).

CORE: dict[str, dict[str, str]] = {
    "en": {
        "determiner": """the a an this that these those my your his her its our their
            some any no every each either neither all both several many much few
            little more most less least other another such what which whatever
            whichever enough""",
        "pronoun": """i:1.sg.- me:1.sg.- myself:1.sg.- mine:1.sg.- we:1.pl.- us:1.pl.-
            ourselves:1.pl.- ours:1.pl.- you:2.-.- yourself:2.sg.- yourselves:2.pl.-
            yours:2.-.- he:3.sg.m him:3.sg.m himself:3.sg.m his:3.sg.m she:3.sg.f
            her:3.sg.f herself:3.sg.f hers:3.sg.f it:3.sg.n itself:3.sg.n
            they:3.pl.- them:3.pl.- themselves:3.pl.- theirs:3.pl.- one:3.sg.-
            who:3.-.- whom:3.-.- whose:3.-.- which:3.-.n that:3.-.- what:3.-.n
            someone:3.sg.- somebody:3.sg.- something:3.sg.n anyone:3.sg.-
            anybody:3.sg.- anything:3.sg.n everyone:3.sg.- everybody:3.sg.-
            everything:3.sg.n nobody:3.sg.- nothing:3.sg.n whoever:3.sg.-
            whomever:3.sg.- none:3.-.- each:3.sg.-
            both:3.pl.- all:3.pl.- many:3.pl.- several:3.pl.- few:3.pl.- others:3.pl.-
            this:3.sg.n these:3.pl.- those:3.pl.- there:3.-.-""",
        "preposition": """about above across after against along amid amidst among
            amongst around as at before behind below beneath beside besides between
            beyond by concerning despite down during except for from in inside into
            like near of off on onto opposite out outside over past per regarding
            since than through throughout till to toward towards under underneath
            unlike until up upon via with within without""",
        "conjunction": """and or but nor yet so for although though because since
            unless while whereas whether if that once until till when whenever where
            wherever after before as than lest""",
        "auxiliary": """be am is are was were been being have has had having do does
            did done doing will would shall should can could may might must ought
            'm 're 's 've 'd 'll ain't isn't aren't wasn't weren't hasn't haven't
            hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't cannot
            couldn't mightn't mustn't""",
        "adverb": """not never also only just even still already yet again always
            often sometimes usually rarely soon now then here there very too quite
            rather almost nearly about however therefore moreover furthermore
            meanwhile nevertheless nonetheless instead otherwise indeed perhaps
            maybe probably possibly certainly clearly obviously apparently
            reportedly allegedly reportedly actually really finally eventually
            initially recently lately earlier later afterwards thus hence so
            altogether anyway besides once twice ever further else how why where
            when n't elsewhere everywhere nowhere somewhere anywhere anyhow somehow
            together thereby hereby herein thereafter namely mostly formerly
            hence thence whence""",
        "time": """today yesterday tomorrow tonight now currently recently
            week weekend month year morning afternoon evening night
            decade century""",
    },
    "de": {
        "determiner": """der die das den dem des ein eine einen einem einer eines
            kein keine keinen keinem keiner keines mein meine meinen meinem meiner
            meines dein deine deinen deinem deiner deines sein seine seinen seinem
            seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren
            unserem unserer unseres euer eure euren eurem eurer eures dieser diese
            dieses diesen diesem jener jene jenes jenen jenem jeder jede jedes jeden
            jedem mancher manche manches manchen manchem solcher solche solches
            solchen solchem welcher welche welches welchen welchem alle allen aller
            alles einige einigen einiger mehrere mehreren viele vielen wenige
            wenigen beide beiden sämtliche andere anderen anderem anderer anderes
            derjenige diejenige dasjenige diejenigen denjenigen derjenigen
            derselbe dieselbe dasselbe denselben
            demselben derselben desselben""",
        "pronoun": """ich:1.sg.- mich:1.sg.- mir:1.sg.- wir:1.pl.- uns:1.pl.-
            du:2.sg.- dich:2.sg.- dir:2.sg.- ihr:2.pl.- euch:2.pl.- er:3.sg.m
            ihn:3.sg.m ihm:3.sg.m sie:3.-.f es:3.sg.n ihnen:3.pl.- sich:3.-.-
            man:3.sg.- jemand:3.sg.- niemand:3.sg.- etwas:3.sg.n nichts:3.sg.n
            jeder:3.sg.m jede:3.sg.f jedermann:3.sg.m alle:3.pl.- beide:3.pl.-
            jemandem:3.sg.- jemanden:3.sg.- niemandem:3.sg.- niemanden:3.sg.-
            dies:3.sg.n wer:3.sg.- wen:3.sg.- wem:3.sg.- wessen:3.-.- was:3.sg.n dessen:3.sg.-
            deren:3.-.- denen:3.pl.- einander:3.pl.- selbst:-.-.- selber:-.-.-""",
        "preposition": """ab an auf aus außer ausser bei binnen bis durch entgegen
            entlang für gegen gegenüber hinter in mit nach neben ohne seit statt
            anstatt trotz über um unter von vor während wegen zu zwischen laut
            gemäß mittels samt innerhalb außerhalb oberhalb unterhalb angesichts
            aufgrund infolge bezüglich dank""",
        "conjunction": """und oder aber sondern denn doch sowie sowohl weder noch
            entweder als dass daß ob weil da wenn wann falls obwohl obgleich
            während nachdem bevor ehe bis seit seitdem sobald solange damit sodass
            indem wie""",
        "auxiliary": """sein haben werden können müssen dürfen sollen wollen mögen
            möchte möchten möchtest möchtet lassen""",
        "adverb": """nicht auch noch schon nur sehr so dann da dort hier jetzt nun
            immer nie niemals oft bereits wieder etwa fast kaum ebenfalls zudem
            außerdem ausserdem jedoch allerdings trotzdem dennoch deshalb daher
            darum deswegen also somit zwar eben gerade bald sogar vielleicht
            ja nein je sonst wohl zuerst zugleich zurück zusammen überhaupt
            übrigens leider wenigstens weiter mehr oben unten warum wo einmal erst
            gern her hin irgend anders allein
            wahrscheinlich offenbar angeblich tatsächlich natürlich inzwischen
            mittlerweile zunächst schließlich endlich später früher damals bisher
            weiterhin ebenso ganz gar eher lieber besonders meist meistens
            manchmal""",
        "time": """heute gestern morgen vorgestern übermorgen heuer abends
            morgens mittags nachts vormittag nachmittag abend nacht woche
            wochenende monat jahr jahrzehnt jahrhundert""",
    },
    "fr": {
        "determiner": """le la les l' un une des du de d' ce cet cette ces mon ma
            mes ton ta tes son sa ses notre nos votre vos leur leurs quel quelle
            quels quelles aucun aucune chaque plusieurs quelques certains certaines
            tout toute tous toutes nul nulle divers diverses tel telle tels telles
            quelque autre autres même mêmes""",
        "pronoun": """je:1.sg.- j':1.sg.- me:1.sg.- m':1.sg.- moi:1.sg.- nous:1.pl.-
            tu:2.sg.- te:2.sg.- t':2.sg.- toi:2.sg.- vous:2.-.- il:3.sg.m elle:3.sg.f
            on:3.sg.- ils:3.pl.m elles:3.pl.f lui:3.sg.- leur:3.pl.- eux:3.pl.m
            se:3.-.- s':3.-.- soi:3.-.- le:3.sg.m la:3.sg.f les:3.pl.- l':3.sg.-
            y:-.-.- en:-.-.- ce:3.sg.n c':3.sg.n ça:3.sg.n cela:3.sg.n ceci:3.sg.n
            celui:3.sg.m celle:3.sg.f ceux:3.pl.m celles:3.pl.f qui:3.-.- que:3.-.-
            qu':3.-.- quoi:3.-.n dont:3.-.- lequel:3.sg.m laquelle:3.sg.f
            lesquels:3.pl.m lesquelles:3.pl.f auquel:3.sg.m duquel:3.sg.m
            personne:3.sg.- rien:3.sg.n quelqu'un:3.sg.m chacun:3.sg.m
            chacune:3.sg.f plusieurs:3.pl.- certains:3.pl.m quiconque:3.sg.-
            autrui:3.-.- où:-.-.-""",
        "preposition": """à de d' en dans par pour sur sous avec sans chez contre
            entre vers envers depuis pendant durant avant après selon malgré parmi
            devant derrière hormis outre sauf via dès jusque jusqu' près auprès
            lors face concernant suivant moyennant""",
        "conjunction": """et ou mais donc or ni car que qu' si comme quand lorsque
            lorsqu' puisque puisqu' quoique quoiqu' tandis afin parce bien""",
        "auxiliary": """être avoir pouvoir devoir vouloir aller venir""",
        "adverb": """ne n' pas plus jamais rien guère point aussi encore déjà
            toujours souvent parfois bientôt maintenant alors ici là très trop
            assez bien mal peu beaucoup tant tellement presque environ ensuite
            enfin puis cependant pourtant toutefois néanmoins ainsi notamment
            également surtout seulement vraiment peut-être sans doute certes
            désormais aujourd'hui depuis auparavant autrefois longtemps tard tôt
            vite d'abord plutôt même aussi tout moins combien comment pourquoi
            sinon voici voilà dedans dehors dessous dessus""",
        "time": """aujourd'hui hier demain avant-hier après-demain maintenant
            matin soir nuit semaine week-end mois an année décennie siècle
            après-midi veille lendemain""",
    },
    "es": {
        "determiner": """el la los las lo un una unos unas este esta estos estas
            ese esa esos esas aquel aquella aquellos aquellas mi mis tu tus su sus
            nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras
            algún alguna algunos algunas ningún ninguna ningunos ningunas cada
            varios varias todo toda todos todas otro otra otros otras mucho mucha
            muchos muchas poco poca pocos pocas cierto cierta ciertos ciertas
            tanto tanta tantos tantas cuál cuáles qué cuánto cuánta cuántos
            cuántas ambos ambas demás cualquier cualquiera cualesquiera mismo misma
            mismos mismas tal tales cuanto cuanta cuantos cuantas""",
        "pronoun": """yo:1.sg.- me:1.sg.- mí:1.sg.- conmigo:1.sg.- nosotros:1.pl.m
            nosotras:1.pl.f nos:1.pl.- tú:2.sg.- te:2.sg.- ti:2.sg.- contigo:2.sg.-
            vosotros:2.pl.m vosotras:2.pl.f os:2.pl.- usted:2.sg.- ustedes:2.pl.-
            él:3.sg.m ella:3.sg.f ello:3.sg.n ellos:3.pl.m ellas:3.pl.f le:3.sg.-
            les:3.pl.- lo:3.sg.m la:3.sg.f los:3.pl.m las:3.pl.f se:3.-.- sí:3.-.-
            consigo:3.-.- que:3.-.- quien:3.sg.- quienes:3.pl.- cual:3.sg.-
            cuales:3.pl.- cuyo:3.sg.m cuya:3.sg.f cuyos:3.pl.m cuyas:3.pl.f
            alguien:3.sg.- nadie:3.sg.- algo:3.sg.n nada:3.sg.n éste:3.sg.m
            ésta:3.sg.f éstos:3.pl.m éstas:3.pl.f ése:3.sg.m ésa:3.sg.f
            esto:3.sg.n eso:3.sg.n aquello:3.sg.n uno:3.sg.m una:3.sg.f""",
        "preposition": """a ante bajo cabe con contra de desde durante en entre
            hacia hasta mediante para por según sin so sobre tras versus vía
            excepto salvo incluso""",
        "conjunction": """y e o u ni pero mas sino aunque porque pues que si como
            cuando mientras donde conque luego siempre sea ya""",
        "auxiliary": """haber ser estar poder deber querer soler ir""",
        "adverb": """no sí también tampoco ya todavía aún siempre nunca jamás
            a_veces pronto luego después antes entonces ahora aquí allí ahí acá
            allá muy más menos bastante demasiado casi solo sólo solamente apenas
            además sin_embargo no_obstante incluso tan tanto así bien mal quizá
            quizás acaso probablemente posiblemente realmente finalmente
            actualmente recientemente entonces asimismo igualmente cómo cuándo
            dónde adónde dentro fuera encima debajo delante detrás enseguida
            además""",
        "time": """hoy ayer mañana anteayer anoche ahora madrugada tarde noche
            semana fin mes año década siglo víspera""",
    },
    "it": {
        "determiner": """il lo la i gli le l' un uno una un' questo questa questi
            queste quest' quel quello quella quei quegli quelle quell' mio mia miei
            mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro
            vostra vostri vostre loro ogni ciascun ciascuno ciascuna qualche alcun
            alcuno alcuna alcuni alcune nessun nessuno nessuna tutto tutta tutti
            tutte molto molta molti molte poco poca pochi poche tanto tanta tanti
            tante altro altra altri altre certo certa certi certe vari varie
            parecchi parecchie quale quali qualsiasi qualunque stesso stessa stessi
            stesse medesimo medesima tale tali""",
        "pronoun": """io:1.sg.- me:1.sg.- mi:1.sg.- m':1.sg.- noi:1.pl.- ci:1.pl.-
            tu:2.sg.- te:2.sg.- ti:2.sg.- t':2.sg.- voi:2.pl.- vi:2.pl.-
            lui:3.sg.m lei:3.sg.f egli:3.sg.m ella:3.sg.f esso:3.sg.m essa:3.sg.f
            essi:3.pl.m esse:3.pl.f loro:3.pl.- lo:3.sg.m la:3.sg.f li:3.pl.m
            le:3.-.f gli:3.-.m l':3.sg.- si:3.-.- s':3.-.- sé:3.-.- ne:-.-.-
            ci:-.-.- che:3.-.- cui:3.-.- chi:3.sg.- quale:3.sg.- quali:3.pl.-
            qualcuno:3.sg.m qualcuna:3.sg.f nessuno:3.sg.m niente:3.sg.n
            nulla:3.sg.n qualcosa:3.sg.n ognuno:3.sg.m ognuna:3.sg.f
            ciascuno:3.sg.m chiunque:3.sg.- costui:3.sg.m costei:3.sg.f
            costoro:3.pl.- colui:3.sg.m colei:3.sg.f coloro:3.pl.- ciò:3.sg.n
            questo:3.sg.m questa:3.sg.f quello:3.sg.m quella:3.sg.f""",
        "preposition": """di d' a ad da in con su per tra fra contro senza senz'
            sopra sotto dopo durante entro verso presso oltre dentro fuori dietro
            davanti prima lungo mediante tramite tranne secondo circa nonostante
            salvo eccetto malgrado fino sino""",
        "conjunction": """e ed o od ma però anche neanche nemmeno neppure né che
            se perché poiché siccome quando mentre come dove benché sebbene
            affinché oppure ovvero ossia quindi dunque pertanto infatti cioè
            qualora purché finché perciò giacché quantunque""",
        "auxiliary": """essere avere potere dovere volere stare venire""",
        "adverb": """non più mai già ancora sempre spesso poi allora ora adesso
            qui qua lì là molto poco troppo tanto assai quasi circa solo soltanto
            appena anche inoltre tuttavia comunque invece però pure proprio
            forse probabilmente certamente davvero infatti intanto frattanto
            dunque quindi così bene male piuttosto almeno persino perfino
            finalmente recentemente attualmente""",
        "time": """oggi ieri domani stamattina stamani stasera stanotte ieri_sera
            l'altro_ieri dopodomani mattina pomeriggio sera notte settimana mese
            anno decennio secolo vigilia""",
    },
}

# Preposition + article contractions, generated from the two paradigms.
CONTRACT: dict[str, dict[tuple[str, str], str]] = {
    "de": {
        ("an", "dem"): "am",
        ("an", "das"): "ans",
        ("auf", "das"): "aufs",
        ("bei", "dem"): "beim",
        ("durch", "das"): "durchs",
        ("für", "das"): "fürs",
        ("hinter", "dem"): "hinterm",
        ("hinter", "das"): "hinters",
        ("in", "dem"): "im",
        ("in", "das"): "ins",
        ("über", "dem"): "überm",
        ("über", "das"): "übers",
        ("um", "das"): "ums",
        ("unter", "dem"): "unterm",
        ("unter", "das"): "unters",
        ("von", "dem"): "vom",
        ("vor", "dem"): "vorm",
        ("vor", "das"): "vors",
        ("zu", "dem"): "zum",
        ("zu", "der"): "zur",
    },
    "fr": {
        ("à", "le"): "au",
        ("à", "les"): "aux",
        ("de", "le"): "du",
        ("de", "les"): "des",
        ("à", "lequel"): "auquel",
        ("à", "lesquels"): "auxquels",
        ("à", "lesquelles"): "auxquelles",
        ("de", "lequel"): "duquel",
        ("de", "lesquels"): "desquels",
        ("de", "lesquelles"): "desquelles",
    },
    "es": {("a", "el"): "al", ("de", "el"): "del"},
    "en": {},
}
# Italian: the articulated prepositions are regular: stem + article ending.
_IT_STEMS = {"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su", "con": "co"}
_IT_ARTICLES = {
    "il": "l",
    "lo": "llo",
    "la": "lla",
    "l'": "ll'",
    "i": "i",
    "gli": "gli",
    "le": "lle",
}
CONTRACT["it"] = {}
for _p, _stem in _IT_STEMS.items():
    for _art, _end in _IT_ARTICLES.items():
        # "di il" -> "del", "a il" -> "al", "in gli" -> "negli", "di la" -> "della"
        CONTRACT["it"][(_p, _art)] = _stem + _end

# German pronominal adverbs: da(r)- and wo(r)- + preposition ("dafür", "darauf", "wovon").
_DE_PRONOMINAL_PREPS = (
    "an auf aus bei durch für gegen hinter in mit nach neben über um unter von vor zu zwischen"
)


def german_pronominal_adverbs() -> set[str]:
    """Return da(r)- and wo(r)- + preposition: "dafür", "darauf", "wovon"."""
    out = set()
    for p in _DE_PRONOMINAL_PREPS.split():
        glue = "r" if p[0] in "aeiouäöü" else ""
        out |= {"da" + glue + p, "wo" + glue + p}
    return out


# --- Agreement: what a noun phrase or a verb group shows of number and gender ----------
# Written out from the reference grammars named in ``AGREEMENT_SOURCE`` (articles and
# demonstratives by number and gender; courtesy titles; the agentive suffixes that mark
# gender; the verb endings of the third person plural; the auxiliaries after which a
# participle agrees with its subject).  "word:number.gender" ("-": unmarked).

AGREEMENT: dict[str, dict[str, str]] = {
    "en": {
        "determiner": "these:pl.- those:pl.-",
        "honorific": """mr:sg.m mr.:sg.m mrs:sg.f mrs.:sg.f ms:sg.f ms.:sg.f miss:sg.f
            sir:sg.m dame:sg.f lord:sg.m lady:sg.f""",
        "suffix": "woman:sg.f women:pl.f man:sg.m men:pl.m",
        "plural_verb": "",
        "agreeing_auxiliary": "",
        "participle": "",
    },
    "de": {
        "determiner": """der:sg.m das:sg.n eine:sg.f dieser:sg.m dieses:sg.n jener:sg.m
            ein:sg.- kein:sg.- keine:-.-""",
        "honorific": "herr:sg.m herrn:sg.m frau:sg.f",
        # Movierung: "-in" makes the feminine of a person noun ("Ministerin"), after "die"
        "suffix": "in:sg.f innen:pl.f",
        "plural_verb": "",
        "agreeing_auxiliary": "",
        "participle": "",
    },
    "fr": {
        "determiner": """le:sg.m la:sg.f les:pl.- un:sg.m une:sg.f ce:sg.m cet:sg.m
            cette:sg.f ces:pl.- sa:sg.f ma:sg.f ta:sg.f notre:sg.- votre:sg.- leur:sg.-
            ses:pl.- nos:pl.- vos:pl.- leurs:pl.- du:sg.m des:pl.- au:sg.m aux:pl.-
            plusieurs:pl.- certains:pl.m certaines:pl.f""",
        "honorific": """m.:sg.m mm.:pl.m monsieur:sg.m messieurs:pl.m mme:sg.f mme.:sg.f
            madame:sg.f mmes:pl.f mesdames:pl.f mlle:sg.f mademoiselle:sg.f""",
        "suffix": "",
        "plural_verb": "",
        "agreeing_auxiliary": "",
        "participle": "",
    },
    "es": {
        "determiner": """el:sg.m la:sg.f los:pl.m las:pl.f un:sg.m una:sg.f unos:pl.m
            unas:pl.f este:sg.m esta:sg.f estos:pl.m estas:pl.f ese:sg.m esa:sg.f
            esos:pl.m esas:pl.f aquel:sg.m aquella:sg.f aquellos:pl.m aquellas:pl.f
            del:sg.m al:sg.m sus:pl.- varios:pl.m varias:pl.f""",
        "honorific": """sr.:sg.m sra.:sg.f srta.:sg.f sres.:pl.m señor:sg.m señora:sg.f
            señorita:sg.f don:sg.m doña:sg.f""",
        "suffix": "",
        # the third person plural ends in -n in every tense ("dicen", "dijeron", "han")
        "plural_verb": "n",
        # the participle agrees after ser and estar ("fue tajante" shows none)
        "agreeing_auxiliary": """es fue era será sido son fueron eran serán está estuvo
            estaba están estuvieron estaban""",
        "participle": "o:sg.m a:sg.f os:pl.m as:pl.f",
    },
    "it": {
        "determiner": """il:sg.m lo:sg.m la:sg.f i:pl.m gli:pl.m le:pl.f un:sg.m uno:sg.m
            una:sg.f questo:sg.m questa:sg.f questi:pl.m queste:pl.f quel:sg.m
            quello:sg.m quella:sg.f quei:pl.m quegli:pl.m quelle:pl.f del:sg.m
            dello:sg.m della:sg.f dei:pl.m degli:pl.m delle:pl.f al:sg.m allo:sg.m
            alla:sg.f ai:pl.m agli:pl.m alle:pl.f""",
        "honorific": """sig.:sg.m signor:sg.m signore:sg.m sig.ra:sg.f signora:sg.f
            signorina:sg.f""",
        "suffix": "",
        # the third person plural ends in -no ("dicono", "hanno") or -ro ("dissero")
        "plural_verb": "no ro",
        # the participle agrees after essere and with reflexive "si" ("si è detta")
        "agreeing_auxiliary": """è era fu sarà sono erano furono saranno stato stata
            stati state si""",
        "participle": "o:sg.m a:sg.f i:pl.m e:pl.f",
    },
}
AGREEMENT_SOURCE = {
    "en": "Huddleston & Pullum, *The Cambridge Grammar of the English Language* (2002), "
    "ch. 5 (determinatives, number) and ch. 19 (-man/-woman compounds); courtesy titles "
    "of the AP Stylebook",
    "de": "Duden, *Die Grammatik* (articles by case, number and gender; Movierung with "
    "-in/-innen); the courtesy titles Herr and Frau",
    "fr": "Grevisse & Goosse, *Le Bon Usage* (articles, demonstratives and possessives by "
    "number and gender); the courtesy titles of the Imprimerie nationale's *Lexique des "
    "règles typographiques*",
    "es": "RAE, *Nueva gramática de la lengua española* (articles and demonstratives; the "
    "third person plural in -n; participle agreement after ser and estar); courtesy "
    "titles of the *Ortografía* (abbreviations)",
    "it": "Serianni, *Grammatica italiana* (articles, articulated prepositions, "
    "demonstratives; the third person plural in -no/-ro; participle agreement after "
    "essere and reflexive si); courtesy titles",
}


# Auxiliary and modal lemmas whose inflected forms come from the lemma lookups.
AUX_LEMMAS = {
    "de": ("sein", "haben", "werden", "können", "müssen", "dürfen", "sollen", "wollen", "mögen"),
    "es": ("haber", "ser", "estar", "poder", "deber"),
    "fr": (),  # fr_lemma_exc has an "aux" table of its own
    "it": (),  # it_lemma_lookup_aux
    "en": (),  # the English paradigm is complete in CORE
}
MODAL_LEMMAS = {
    "en": words("can could may might must shall should will would ought"),
    "de": {"können", "müssen", "dürfen", "sollen", "wollen", "mögen"},
    "fr": {"pouvoir", "devoir", "vouloir"},
    "es": {"poder", "deber", "querer", "soler"},
    "it": {"potere", "dovere", "volere"},
}

# Published words kept out: nouns, verbs or content words homographic with a
# closed-class form, and spelling noise of the lookup tables.
EXCLUDE: dict[str, set[str]] = {
    "en": set(),
    "de": set(),
    "fr": words(
        "cents vingts différentes diverse pareille pareilles pareils mainte "
        "maintes maints qqch qqchose qqc qqn qq qqes qqs qd pcq paske pdt pr "
        "avt confer conf versus vs fait faits faite faites fais allé allée "
        "allées allés venu venue venues venus su sue sues sus"
    ),
    "es": words(
        "haberes poderes deberes seres estados estado estada estadas sed "
        "debida debidas debido debidos podida podidas"
    ),
    "it": words(
        "causa via lungo secondo pro insieme assieme accanto attorno ke stato stata stati state"
    ),
}


def load(name: str) -> Any:
    """Return a spacy-lookups-data table, or {} where the package has none."""
    path = DATA / f"{name}.json.gz"
    if not path.exists():
        return {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def fix(word: str) -> str:
    """Undo the UTF-8-read-as-Latin-1 mojibake of some lookup entries ("altresÃ¬")."""
    try:
        return word.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return word


def clean(found: set[str], lang: str) -> set[str]:
    """Return ``found`` folded, noise and ``EXCLUDE`` words left out."""
    out = set()
    for w in found:
        w = fix(w).casefold().replace("’", "'")
        core = w.replace("'", "").replace("-", "")
        if core.isalpha() and len(w) <= 16 and not w.startswith("-") and w not in EXCLUDE[lang]:
            out.add(w)
    return out


def num_words(lang: str) -> set[str]:
    """Return spaCy's number and ordinal words of ``lang``."""
    try:
        mod = importlib.import_module(f"spacy.lang.{lang}.lex_attrs")
    except ModuleNotFoundError:  # German has no number-word list in spaCy
        return set()
    found: set[str] = set()
    for name in ("_num_words", "_ordinal_words"):
        found |= set(getattr(mod, name, ()) or ())
    return clean(found, lang)


def stop_words(lang: str) -> set[str]:
    """Return spaCy's stop words of ``lang`` (a cross-check only)."""
    mod = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    return clean(set(mod.STOP_WORDS), lang)


def babel_time(lang: str) -> set[str]:
    """Return Babel's month and weekday names of ``lang``, wide forms, folded."""
    loc = babel.Locale.parse(lang)
    found: set[str] = set()
    for ctx in ("format", "stand-alone"):
        for width in ("wide",):  # abbreviations ("mar", "sun") clash with common words
            found |= {n.rstrip(".") for n in loc.months[ctx][width].values()}
            found |= {n.rstrip(".") for n in loc.days[ctx][width].values()}
    return {w.casefold() for w in found if w.isalpha() and len(w) > 2}


def published(lang: str) -> dict[str, set[str]]:
    """Closed-class words from spacy-lookups-data, by class."""
    out: dict[str, set[str]] = {c: set() for c in CLASSES}
    if lang == "fr":
        exc = load("fr_lemma_exc")
        out["preposition"] |= set(exc.get("adp", ()))
        out["auxiliary"] |= set(exc.get("aux", ()))
        out["conjunction"] |= set(exc.get("cconj", ())) | set(exc.get("sconj", ()))
        out["determiner"] |= set(exc.get("det", ()))
        out["pronoun"] |= set(exc.get("pron", ()))
    if lang == "it":
        for pos, cls in (
            ("adp", "preposition"),
            ("aux", "auxiliary"),
            ("det", "determiner"),
            ("pron", "pronoun"),
        ):
            out[cls] |= set(load(f"it_lemma_lookup_{pos}"))
        # the adverb table, less the open-ended "-mente" derivations
        out["adverb"] |= {w for w in load("it_lemma_lookup_adv") if not fix(w).endswith("mente")}
    if AUX_LEMMAS[lang]:
        lookup = load(f"{lang}_lemma_lookup")
        out["auxiliary"] |= {k for k, v in lookup.items() if v in AUX_LEMMAS[lang]}
    return {c: clean(ws, lang) for c, ws in out.items()}


def modal_forms(lang: str, aux: set[str]) -> set[str]:
    """Return the forms in ``aux`` whose lemma is a modal verb."""
    if lang == "en":
        return {
            w
            for w in aux
            if w in MODAL_LEMMAS["en"]
            or w.startswith(
                tuple(
                    n + "n'"
                    for n in ("could", "would", "should", "might", "must", "shan", "won", "can")
                )
            )
        }
    lookup = load(f"{lang}_lemma_lookup")
    if lang == "fr":
        lookup = load("fr_lemma_exc")["aux"]
    lookup = {k: (v[0] if isinstance(v, list) else v) for k, v in lookup.items()}
    if lang == "it":
        lookup = {**lookup, **load("it_lemma_lookup_aux")}
    return clean({k for k, v in lookup.items() if v in MODAL_LEMMAS[lang]}, lang) & aux | (
        MODAL_LEMMAS[lang] & aux
    )


def build(lang: str) -> dict[str, Any]:
    """Return every table of ``lang``."""
    core = {c: set() for c in CLASSES}
    features: dict[str, str] = {}
    for cls, text in CORE[lang].items():
        for item in text.split():
            word, _, feat = item.partition(":")
            word = word.replace("_", " ").casefold()
            core[cls].add(word)
            if feat:
                features.setdefault(word, feat)
    if lang == "de":
        core["adverb"] |= german_pronominal_adverbs()
    pub = published(lang)
    contractions = {form: pair for pair, form in CONTRACT[lang].items()}
    if lang == "it":  # elided forms of the articulated prepositions
        for (p, art), form in list(CONTRACT[lang].items()):
            if art == "l'":
                contractions[form] = (p, art)
    time = babel_time(lang)
    nums = num_words(lang)
    if lang == "it":  # the Italian lookups have a numeral table of their own
        nums |= clean(set(load("it_lemma_lookup_num")), lang)
    nums -= core["determiner"] | core["pronoun"]
    pub_only = {c: pub[c] - core[c] - nums for c in CLASSES}
    # modal verbs: every inflected form of a modal lemma in the auxiliary class
    aux_all = core["auxiliary"] | pub["auxiliary"]
    modals = modal_forms(lang, aux_all)
    return {
        "core": core,
        "published": pub_only,
        "contractions": contractions,
        "features": features,
        "months_days": time,
        "numerals": nums,
        "modals": modals,
    }


HEADER = '''"""Closed-class words of {name} (generated: do not edit by hand).

Written by ``scripts/gen_closed_classes.py``; every table names its source.
Words are case-folded, apostrophes written ``'``, multi-word units with a space.
"""

from __future__ import annotations

'''

# Hand-written word-order facts close a data module after this line; the generator keeps
# them as they stand (they come from a grammar, not from the generated tables).
WORD_ORDER_MARK = "# --- word order (hand-written; kept by scripts/gen_closed_classes.py) ---"


def _word_order_tail(path: pathlib.Path) -> str:
    """Return the hand-written word-order block of an existing data module, or ""."""
    if not path.exists():
        return ""
    text = path.read_text(encoding="utf-8")
    at = text.find(WORD_ORDER_MARK)
    return "" if at < 0 else "\n\n" + text[at:]


NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}

SOURCE_CORE = "the closed classes of a reference grammar, written out as paradigms in the generator"
SOURCE_PUB = {
    "fr": "spaCy spacy-lookups-data ``fr_lemma_exc`` (its part-of-speech tables adp, aux, "
    "cconj, det, pron, sconj)",
    "it": "spaCy spacy-lookups-data ``it_lemma_lookup_{adp,aux,det,pron,adv}`` (adverbs "
    "less the ``-mente`` derivations)",
    "de": "spaCy spacy-lookups-data ``de_lemma_lookup``: the forms whose lemma is an "
    "auxiliary or modal verb",
    "es": "spaCy spacy-lookups-data ``es_lemma_lookup``: the forms whose lemma is an "
    "auxiliary or modal verb",
    "en": "none: the English paradigms are complete",
}
PLURAL = {"auxiliary": "Auxiliaries"}


def doc(text: str) -> str:
    """Return ``text`` as an attribute docstring wrapped to the line length."""
    lines = textwrap.wrap(text, 92)
    if len(lines) == 1:
        return f'"""{lines[0]}"""\n\n'
    return '"""' + "\n".join(lines) + '\n"""\n\n'


def fmt_set(ws: set[str]) -> str:
    """Return the source of a frozenset of ``ws``, sorted (ruff formats it afterwards)."""
    return f"frozenset({sorted(ws)!r})" if ws else "frozenset()"


def emit(lang: str, data: dict[str, Any]) -> str:
    """Return the source of the data module of ``lang``."""
    core = data["core"]
    pub = data["published"]
    out = [HEADER.format(name=NAMES[lang])]
    stems = {
        "determiner": "DETERMINERS",
        "pronoun": "PRONOUNS",
        "preposition": "PREPOSITIONS",
        "conjunction": "CONJUNCTIONS",
        "auxiliary": "AUXILIARIES",
        "adverb": "ADVERBS",
    }
    for cls, const in stems.items():
        title = PLURAL.get(cls, cls.capitalize() + "s")
        out.append(f"{const}_CORE: frozenset[str] = {fmt_set(core[cls])}\n")
        out.append(doc(f"{title} from {SOURCE_CORE}."))
        out.append(f"{const}_PUBLISHED: frozenset[str] = {fmt_set(pub[cls])}\n")
        out.append(doc(f"{title} the paradigms lack, from {SOURCE_PUB[lang]}."))
    out.append(f"MODALS: frozenset[str] = {fmt_set(data['modals'])}\n")
    out.append(
        doc("Forms of the modal verbs among the auxiliaries (lemmas listed in the generator).")
    )
    out.append(f"PRONOUN_FEATURES: dict[str, str] = {dict(sorted(data['features'].items()))!r}\n")
    out.append(
        doc("Person.number.gender of the paradigm pronouns (``-``: unmarked), from the grammar.")
    )
    out.append(
        "CONTRACTIONS: dict[str, tuple[str, str]] = "
        f"{dict(sorted(data['contractions'].items()))!r}\n"
    )
    out.append(doc("Preposition + article contractions, generated from the two paradigms."))
    out.append(f"TIME_CORE: frozenset[str] = {fmt_set(core['time'])}\n")
    out.append(doc("Deictic time words and time-unit nouns, from the grammar."))
    out.append(f"MONTHS_DAYS: frozenset[str] = {fmt_set(data['months_days'])}\n")
    out.append(doc("Month and weekday names (wide forms), from Babel (CLDR)."))
    out.append(f"NUMERALS: frozenset[str] = {fmt_set(data['numerals'])}\n")
    out.append(
        doc("Number words, from spaCy ``spacy.lang.<code>.lex_attrs`` (Italian: its lookups).")
    )
    return "".join(out)


def emit_agreement(lang: str) -> str:
    """Return the source of the agreement tables of ``lang`` (see ``AGREEMENT``)."""
    data = AGREEMENT[lang]
    source = AGREEMENT_SOURCE[lang]

    def feats(key: str) -> dict[str, str]:
        return dict(sorted(item.split(":", 1) for item in data[key].split()))

    out = [f"\nDETERMINER_AGREEMENT: dict[str, str] = {feats('determiner')!r}\n"]
    out.append(doc(f"Number.gender a determiner shows of its noun phrase, from {source}."))
    out.append(f"HONORIFIC_AGREEMENT: dict[str, str] = {feats('honorific')!r}\n")
    out.append(doc("Number.gender of the courtesy titles before a name (same sources)."))
    out.append(f"SUFFIX_AGREEMENT: dict[str, str] = {feats('suffix')!r}\n")
    out.append(doc("Number.gender of person nouns ending so (same sources)."))
    out.append(f"PLURAL_VERB_ENDINGS: tuple[str, ...] = {tuple(data['plural_verb'].split())!r}\n")
    out.append(doc("Endings of the third person plural of a finite verb (same sources)."))
    agreeing = set(data["agreeing_auxiliary"].split())
    out.append(f"AGREEING_AUXILIARIES: frozenset[str] = {fmt_set(agreeing)}\n")
    out.append(doc("Auxiliaries after which a participle agrees with its subject (same sources)."))
    out.append(f"PARTICIPLE_AGREEMENT: dict[str, str] = {feats('participle')!r}\n")
    out.append(doc("Number.gender of a participle by its ending (same sources)."))
    return "".join(out)


def english_homographs(tables: dict[str, dict[str, Any]]) -> set[str]:
    """Return the closed-class words of de/fr/es/it that are common English words.

    "war", "die", "come", "son": among the 5,000 commonest English words and
    English nouns, verbs, adjectives or adverbs (WordNet lemmas in spaCy's
    lookups), so they are no evidence against English.
    """
    prob = load("en_lexeme_prob")
    common = sorted((w for w in prob if w.isalpha() and w.islower()), key=lambda w: -prob[w])[:5000]
    index = load("en_lemma_index")  # WordNet lemmas: English open-class words
    lemmas = set().union(*(set(words) for words in index.values()))
    exc = load("en_lemma_exc")  # and their irregular forms
    lemmas |= set().union(*(set(forms) for forms in exc.values()))
    common = [w for w in common if w in lemmas and len(w) >= 3]
    english = tables["en"]
    own = set().union(*english["core"].values(), *english["published"].values())
    other: set[str] = set()
    for lang, data in tables.items():
        if lang != "en":
            other |= set().union(*data["core"].values(), *data["published"].values())
            other |= set(data["contractions"])
    # WordNet lists abbreviations in lower case too: "des" is a drug there, not a word
    not_english = {"des"}
    return (set(common) & other) - own - not_english


def main() -> None:
    """Write the five data modules and print the stop words no class takes."""
    OUT.mkdir(exist_ok=True)
    tables = {lang: build(lang) for lang in LANGS}
    homographs = english_homographs(tables)
    for lang in LANGS:
        data = tables[lang]
        source = emit(lang, data) + emit_agreement(lang)
        if lang == "en":
            source += f"\nFREQUENT_HOMOGRAPHS: frozenset[str] = {fmt_set(homographs)}\n"
            source += doc(
                "Closed-class words of German, French, Spanish or Italian that are among the "
                "5,000 commonest English words of three letters or more (spaCy "
                "spacy-lookups-data ``en_lexeme_prob``) and "
                "English open-class words (WordNet lemmas, ``en_lemma_index``): "
                "as much evidence for English as for them."
            )
        source += _word_order_tail(OUT / f"{lang}.py")
        (OUT / f"{lang}.py").write_text(source, encoding="utf-8")
        classified = set().union(
            *data["core"].values(),
            *data["published"].values(),
            data["contractions"],
            data["months_days"],
            data["numerals"],
        )
        rest = sorted(stop_words(lang) - classified)
        subprocess.run(["ruff", "format", "-q", str(OUT / f"{lang}.py")], check=False)
        print(
            f"{lang}: {len(classified)} words; stop words in no class ({len(rest)}):",
            " ".join(rest[:400]),
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
