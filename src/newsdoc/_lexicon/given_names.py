"""Given names whose bearer's sex the name itself shows, for pronoun agreement (private).

A pronoun or a dropped subject takes up the latest speaker that agrees with it
in number and gender ("she said" never stands for "Paul Roe").  A bare name
showed no gender before; a given name that is borne by one sex only does.

Sources: the most frequent given names of the birth registers of the five
languages' countries as their statistics offices publish them (ONS, "Baby names
in England and Wales"; the US Social Security Administration's popular names;
INSEE, *Fichier des prénoms*; INE, *Nombres y apellidos más frecuentes*; ISTAT,
*I nomi più frequenti*; the Gesellschaft für deutsche Sprache's yearly list),
with the names of public figures those countries' news most often writes from
other languages (Arabic, Slavic, Scandinavian, South Asian, West African and East
Asian given names in their usual Latin spelling).

A name borne by both sexes in any of those lists is left out of the shared
table ("Alex", "Dominique", "Kim", "Sasha", "Jordan", "Robin", "Ali"): it
shows nothing.  A name whose sex differs by language ("Andrea" and "Simone" are
men's names in Italian, women's elsewhere; "Jean" a man's in French, a woman's
in English) is listed only for the languages where it is one sex's, in
``BY_LANGUAGE``, and shows nothing in the others.  Keys are lower case.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["BY_LANGUAGE", "SHARED", "given_name_gender"]

_MEN = """
aaron abdullah adam adolfo adrian adriano ahmad ahmed alain alan albert alberto
albrecht alejandro alessandro alessio alexander alexandre alexei alfonso alfred
alfredo amir andré andreas andrés andrew andrzej angelo anthony antoine anton
antonio armin arnaud arthur arturo axel benedikt benjamin benoît bernard bernd
bernardo boris brian bruno carl carlo carlos charles christian christoph
christophe christopher claudio clemens constantin cristian cristiano daniel
dario david denis dennis diego dieter dimitri dirk domenico donald douglas
dmitri dmitry edgar eduardo edward emanuele emilio emmanuel enrico enrique eric
erich erik ernesto ernst esteban ettore eugen eugenio fabian fabio fabrice
federico felipe felix félix fernando filippo florian francesco francis
francisco franck frank franz françois frédéric friedrich gaetano george georg
georges gerald gérard gerhard giacomo gianluca gianni gilbert gilles giorgio
giovanni giulio giuseppe gonzalo gregor gregory guido guillaume günter günther
gustavo hans harald harry heinrich heinz helmut henri henry herbert hermann
horst hubert hugo ignacio igor ivan jacob jacques jaime james javier jeffrey
jens jérôme jesús joachim joaquín johann johannes john jonathan jordi jörg jorge
josé josef joseph juan julian julien jürgen karl karim kevin klaus konrad kurt
lars laurent leonardo lorenzo lothar louis luca luigi luis lukas luke manfred
manuel marc marcel marco marcus mario mark markus martin massimo mateo matteo
matthew matthias mattia maurice maurizio michael michel miguel mikhail mohamed
mohammed muhammad nicolas nikolai norbert olaf oliver olivier omar oscar oskar
otto pablo paolo pascal patrick paul pedro peter philip philipp philippe pierre
pietro rafael raffaele rainer ralf ramón raúl raymond reinhard rené ricardo
riccardo richard robert roberto rodrigo roger roland rolf roman ronald rudolf
salvatore samuel santiago sebastian sebastián sébastien sergei sergey sergio
simon stefan stefano stephan stéphane steven sven thierry thomas thorsten
tim timothy tobias tom tommaso torsten ulrich umberto uwe vicente victor vincent
vincenzo vladimir volker volodymyr walter werner wilhelm william wolfgang xavier
yannick yves
bill bob bobby brad bradley bruce carlos chad charlie chuck craig dale dan danny dave
derek don doug duncan dwight earl ed eddie elijah ethan frederick fred gary gavin
glenn gordon graham greg harold hunter jack jake jared jason jeff jeffery jeremy
jerry jesse jim jimmy joel joey jon josh joshua keith ken kenneth kirk kyle lance
larry lawrence leonard lloyd marvin matt mike mitch mitchell neil nick
nicholas noah norman ralph randy ray rick ricky rob rod ron ross roy
russell ryan scott sean seth shane stan stanley steve stuart ted tony travis
troy vernon wayne willie zachary
álvaro ángel borja césar cristóbal fermín gregorio guillermo íñigo iker jacinto jaume
julián julio marcos mariano maximiliano nicolás óscar salvador tomás agustín aitor
unai xabier iñaki gerardo héctor horacio isidro marcelo mauricio patricio rubén
teodoro valentín víctor attilio corrado davide edoardo enzo fabrizio flavio franco
giancarlo ignazio jacopo luciano marcello mauro nicolò niccolò pierluigi piero renato
rocco sandro silvio ugo valerio vittorio aurélien baptiste bertrand cédric clément
damien didier éric étienne gaël grégoire hervé hugues joël lionel loïc luc lucas
mathieu matthieu quentin raphaël rémi romain serge sylvain thibault yann detlef egon
fritz gerd heiko holger hubertus ingo jochen lutz rüdiger ulf
raj rahul arjun vikram ravi sanjay amit anil ashok deepak manoj rajesh suresh vijay
narendra hassan hussein khalid ibrahim yusuf mustafa tariq mahmoud walid bilal hamza
kwame kofi chinedu oluwaseun hiroshi kenji takeshi
"""

_WOMEN = """
ada adriana agnès agnieszka alejandra alessandra alexandra alice alicia alina
amanda amélie ana anastasia angela angelika angelina anita ann anna anne
anneliese annette antonella antonia ariane barbara beatrice beatriz béatrice
bettina birgit brigitte carla carmen carolina caroline catherine cecilia cécile
charlotte chiara christa christiane christina christine claire clara claudia
cristina daniela deborah delphine diana dolores doris dorothea dorothy elena
eleonora elisa elisabeth elizabeth ella elsa emilia emily emma erika esther eva
fabienne fatima federica francesca françoise franziska gabriela gabrielle giorgia
giovanna giulia gloria greta gudrun hanna hannah heidi helen helena helga hélène
ilse ines inés ingrid irene iris isabel isabella isabelle jacqueline jana janet
jennifer jessica joanna johanna josefina julia juliane julie justine karin
katarina katharina kathleen katja katrin kerstin laura lea léa lena leonie linda
lisa lorena louise lucia lucía luisa lydia magdalena manuela margaret margarita
margherita maria maría marie marina marion marta martha martina mary mathilde
melanie mercedes michela michelle monica mónica monika montserrat nadia nadine
natalia nathalie nicole nina olena olga paola patricia paula petra pilar rachel
raquel rebecca renate rita roberta rosa ruth sabine sabrina sandra sara sarah
silvia simona sofia sofía sonia sophie stefanie stephanie susan susanne sylvie
tanja teresa ursula valentina valeria valérie vanessa verena veronica véronique
victoria virginie yolanda yvonne
abigail alison allison amy angie barb becky beth
betsy betty beverly bonnie brenda bridget brittany candace carly carol carole
caroline catherine cathy cheryl cindy claire colleen connie courtney crystal cynthia
dana? dawn debbie debora debra denise diane donna dora eileen elaine eleanor ellen
emmy erin evelyn felicia frances gail gina ginger gwen heather heidi hillary holly
hope irma jane janice jeanne jenna jenny jill joanne jodi joy
joyce judith judy julianne karen kate katherine kathryn kathy katie kay
kayla kendra kimberly kirsten kristen kristin laurie leah lillian lindsay
lindsey lois loretta lori lorraine lynn madeleine madeline maggie marcia marcy
margo marianne marilyn marjorie marsha maureen meg megan megyn melissa meredith
mika? mildred miriam molly nancy naomi natalie nora pam pamela patti peggy penny
phyllis priscilla rhonda rose rosemary samantha sharon
sheila shelley sherry shirley stacey stacy sue susie suzanne tamara tammy tara
theresa tiffany tina valerie vera vicki vickie virginia wanda wendy
amparo begoña noelia rocío consuelo inmaculada encarnación nuria núria ainhoa alba
paloma soledad trinidad milagros esperanza nieves maite itziar aitana susana verónica
macarena guadalupe leticia marisol concepción vanesa miriam estela gema rebeca ainara
laia neus mireia meritxell montse alessia annalisa arianna benedetta camilla caterina
cinzia donatella elisabetta emanuela erica gabriella giada gianna giuseppina ilaria
letizia marcella mariella mirella noemi ornella patrizia raffaella rosanna rossella
serena stefania susanna tiziana vittoria amandine anaïs annie audrey aurélie bernadette
capucine céline chantal christelle clémence colette corinne élise élodie émilie
estelle fanny florence geneviève ginette jeanne josiane juliette laetitia laure
laurence lucie madeleine manon marine martine maryse monique muriel océane odile
pascale pauline sandrine ségolène solène suzanne yvette anja anke annegret astrid
bärbel beate cornelia dagmar dorothee elke gisela hannelore heike hildegard jutta
margit silke svenja ulrike ute waltraud
priya sunita lakshmi kavita pooja neha anjali deepika aisha amina leila yasmin zainab
nadia noura salma layla ngozi chiamaka yuki yoko keiko mei
"""


def _table(men: str, women: str) -> dict[str, str]:
    """Return the gender of each name in the two word lists ("m" or "f")."""
    table = dict.fromkeys(men.split(), "m")
    clash = table.keys() & set(women.split())
    if clash:  # a name in both lists shows nothing: the tables are wrong
        raise ValueError(f"given names listed for both sexes: {sorted(clash)}")
    table.update(dict.fromkeys(women.split(), "f"))
    return table


#: Given names borne by one sex in all five languages' registers.
SHARED: Mapping[str, str] = MappingProxyType(_table(_MEN, _WOMEN))

#: Given names whose sex depends on the language of the copy.
BY_LANGUAGE: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "it": MappingProxyType(_table("andrea simone nicola gabriele daniele michele felice", "")),
        "fr": MappingProxyType(_table("jean patrice", "simone andrea gabriele")),
        "de": MappingProxyType(_table("jan", "andrea simone gabriele nicola")),
        "es": MappingProxyType(_table("joan", "andrea abril")),
        "en": MappingProxyType(_table("", "andrea nicola simone joan april june")),
    }
)


def given_name_gender(name: str, language: str) -> str | None:
    """Return "m" or "f" when the given name ``name`` is borne by one sex in ``language``.

    Example:
        >>> given_name_gender("Martha", "en"), given_name_gender("Andrea", "it")
        ('f', 'm')
        >>> given_name_gender("Andrea", "de"), given_name_gender("Alex", "en")
        ('f', None)
    """
    key = name.lower()
    own = BY_LANGUAGE.get(language)
    if own is not None and key in own:
        return own[key]
    return SHARED.get(key)
