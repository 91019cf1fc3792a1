"""German verbs of saying, conjugated from their lemmas.

A reporter's German verb of saying appears in the third person of the present
and the Präteritum, in the Partizip II of the perfect and the passive, and, when
it has a separable prefix, in two shapes: split in a main clause ("teilte …
mit", "wies … zurück") and joined at the end of a subordinate clause ("wie die
Polizei mitteilte", "nachdem er die Vorwürfe zurückgewiesen hatte").  Typing
every shape by hand leaves holes; :func:`german_forms` builds them from the
lemma by the rules of the grammar:

- weak verbs: present ``stem + t``, Präteritum ``stem + te``, Partizip II
  ``ge + stem + t``, with an ``e`` put in after a stem ending in ``t`` or ``d``
  or in ``m``/``n`` after another consonant ("antwortet", "begründete",
  "rechnet") (Duden, *Die Grammatik*, 9th ed., §§ 640–645, e-Erweiterung);
- strong and mixed verbs: their principal parts (third person present,
  Präteritum, Partizip II) from :data:`STRONG_PARTS`, the plural Präteritum
  adding ``en`` (or ``n`` after ``e``: "nannten") (Duden §§ 650–660, Ablautreihen);
- Partizip II without ``ge-`` when the first syllable is unstressed: an
  inseparable prefix (written ``be+stätigen``) or a verb in ``-ieren``
  (Duden §§ 668–669);
- a separable prefix (written ``mit|teilen``) joins the finite verb at the end
  of a subordinate clause and stands before ``ge`` in the participle
  ("mitteilte", "mitgeteilt") (Duden §§ 700–705, Partikelverben).

The split main-clause shape of a separable verb ("teilte" alone) is left out:
the bare verb is often another verb ("führte" of "ausführen" is also "led"), so
the hand-typed list in :mod:`newsdoc._lexicon.cues` keeps the few that are safe.
The lemmas are the verbs of saying of :data:`SPEECH_LEMMAS`: Levin's (1993)
communication classes (§ 37: say, tell, manner of speaking, complain, advise)
and FrameNet's Statement, Reporting, Response and Judgment_communication frames,
rendered by the verbs German news reports use for them.
"""

from __future__ import annotations

import attrs
import regex

__all__ = [
    "BRACKET_FINITES",
    "PERFECT_AUXILIARIES",
    "SPEECH_LEMMAS",
    "STATEMENT_LEMMAS",
    "STRONG_PARTS",
    "Conjugation",
    "conjugate",
    "german_cue_forms",
    "german_forms",
    "split_stems",
]

#: The finite forms that open a German verb bracket closed by a participle or an
#: infinitive (Duden, *Die Grammatik*, Satzklammer): the perfect auxiliary
#: "haben", the passive and future auxiliary "werden" and the modal verbs, in
#: the indicative and both subjunctives ("hat … gesagt", "wird … zitiert", "soll
#: … gesagt haben", "habe … erklärt"; paradigms from Duden §§ 640-700).  The
#: generated closed classes miss some (the lookup reads "soll" as the noun "Soll").
BRACKET_FINITES: frozenset[str] = frozenset(
    """
    habe hast hat haben habt hatte hattest hatten hattet hätte hättest hätten hättet
    werde wirst wird werden werdet wurde wurdest wurden wurdet würde würdest würden
    soll sollst sollen sollt sollte solltest sollten solle
    muss musst müssen müsst musste musstest mussten müsse müsste müssten
    kann kannst können könnt konnte konntest konnten könne könnte könnten
    darf darfst dürfen dürft durfte durften dürfe dürfte dürften
    will willst wollen wollt wollte wolltest wollten wolle
    mag magst mögen mögt mochte mochten möge möchte möchten
    """.split()
)

#: The finite forms of "haben" that make the perfect and pluperfect, main clause
#: and reported speech ("hat … betont", "hatte … erklärt", "habe … gesagt").
PERFECT_AUXILIARIES: frozenset[str] = frozenset("habe hat haben hatte hatten hätte hätten".split())

#: The lemmas of :data:`SPEECH_LEMMAS` whose complement is the utterance itself
#: (FrameNet's Statement and Response frames: "sagen", "erklären", "mitteilen"),
#: not a person addressed or a thing judged, asked for or named ("kritisieren",
#: "auffordern", "fragen", "nennen": Judgment_communication, Request,
#: Questioning, Labeling).  Only their participles close a perfect that cues a
#: quotation ("hat am Montag betont: „…“"); "hat den Plan kritisiert" is about
#: the plan, and "wurde als „…“ bezeichnet" names.
STATEMENT_LEMMAS: frozenset[str] = frozenset(
    """
    sagen er+klären be+tonen meinen schreiben be+richten äußern ver+künden antworten
    er+läutern be+stätigen kommentieren ver+sichern be+kräftigen ent+gegnen be+gründen
    argumentieren er+innern resümieren er+gänzen präzisieren be+haupten wider+sprechen
    bilanzieren mutmaßen ver+muten konstatieren unter+streichen prophezeien be+teuern
    dementieren er+zählen be+merken kontern er+widern twittern mit|teilen hinzu|fügen
    hervor|heben bekannt|geben fest|stellen aus|führen ein|räumen an|geben hin|weisen
    zu|geben an|merken ein|wenden klar|stellen dar|legen fest|halten
    """.split()
)

#: Principal parts of the strong and mixed verbs among the bases of
#: :data:`SPEECH_LEMMAS`: third person singular present, Präteritum singular,
#: Partizip II (Duden, *Die Grammatik*, Liste der starken und unregelmäßigen Verben).
STRONG_PARTS: dict[str, tuple[str, str, str]] = {
    "sprechen": ("spricht", "sprach", "gesprochen"),
    "schreiben": ("schreibt", "schrieb", "geschrieben"),
    "rufen": ("ruft", "rief", "gerufen"),
    "heißen": ("heißt", "hieß", "geheißen"),
    "raten": ("rät", "riet", "geraten"),
    "empfehlen": ("empfiehlt", "empfahl", "empfohlen"),
    "weisen": ("weist", "wies", "gewiesen"),
    "heben": ("hebt", "hob", "gehoben"),
    "geben": ("gibt", "gab", "gegeben"),
    "werfen": ("wirft", "warf", "geworfen"),
    "streiten": ("streitet", "stritt", "gestritten"),
    "nennen": ("nennt", "nannte", "genannt"),
    "wenden": ("wendet", "wandte", "gewandt"),
    "bringen": ("bringt", "brachte", "gebracht"),
    "halten": ("hält", "hielt", "gehalten"),
    "schließen": ("schließt", "schloss", "geschlossen"),
    "streichen": ("streicht", "strich", "gestrichen"),
    "bitten": ("bittet", "bat", "gebeten"),
    "lügen": ("lügt", "log", "gelogen"),
    "schwören": ("schwört", "schwor", "geschworen"),
}

#: Verbs of saying a reporter uses, as lemmas: ``|`` after a separable prefix
#: ("mit|teilen"), ``+`` after an inseparable one ("be+tonen").  Verbs whose
#: infinitive is also a common noun in the plural ("Klagen", "Fragen") keep
#: their infinitive: the third person plural is the same word, and the readers
#: of :data:`~newsdoc._lexicon.cues.CUE_VERBS` check the words around it.
SPEECH_LEMMAS: tuple[str, ...] = tuple(
    """
    sagen er+klären be+tonen meinen schreiben warnen kritisieren fordern be+richten
    sprechen nennen be+zeichnen äußern ver+künden antworten er+läutern be+stätigen
    kommentieren ver+sichern be+kräftigen ent+gegnen zitieren be+schreiben
    be+gründen argumentieren fragen klagen be+klagen mahnen loben würdigen
    schimpfen er+innern resümieren er+gänzen präzisieren be+haupten ver+teidigen
    charakterisieren appellieren wider+sprechen bilanzieren mutmaßen ver+muten
    konstatieren be+mängeln ver+weisen unter+streichen prophezeien ver+sprechen
    monieren rügen drohen melden schildern raten empfehlen be+urteilen be+werten
    werten be+teuern be+streiten dementieren er+zählen be+merken kontern
    spotten scherzen jubeln schwärmen be+dauern be+schwichtigen ver+langen
    er+widern be+richtigen ver+lauten twittern urteilen
    mit|teilen hinzu|fügen an|kündigen hervor|heben zurück|weisen bekannt|geben
    fest|stellen aus|führen ein|räumen an|geben hin|weisen auf|fordern vor|werfen
    zu|geben an|merken ein|wenden vor|bringen zu|sichern fest|halten
    an|mahnen dar|legen klar|stellen auf|rufen ab|streiten
    """.split()
)

#: Weak verbs stressed after their first syllable without a prefix: no "ge-" in
#: the participle ("prophezeit"), like the verbs in "-ieren" (Duden § 669).
_UNSTRESSED_FIRST = frozenset({"prophezeien"})

#: Forms that are more often another verb than the verb of saying: "geraten" is
#: mostly the participle of "geraten" (to get into: "in die Kritik geraten").
_OTHER_VERBS = frozenset({"geraten"})

#: Separable verbs whose object is the one addressed (Levin's tell and advise
#: verbs, § 37.2, 37.9): at the end of a subordinate clause the noun phrase
#: just before them is that object ("…, der die Regierung auffordert"), so
#: their joined forms are not read as cues; the hand list keeps "aufforderte".
_ADDRESSEE_LEMMAS = frozenset({"auf|fordern", "an|mahnen", "auf|rufen"})

_INSEPARABLE = "+"
_SEPARABLE = "|"

# A weak stem takes an "e" before the ending after t/d, or after m/n that
# follow another consonant other than l or r ("rechn-et", "zeichn-et", "atm-et";
# not "lern-t", nor "wohn-t" with its silent h): Duden §§ 640-645.
_E_INSERTION = regex.compile(r"(?:[td]|(?<=ch|[^aeiouäöülrhmn])[mn])$")


def _weak(base: str) -> tuple[str, str, str]:
    """Principal parts of a weak verb: 'antworten' -> antwortet, antwortete, geantwortet."""
    stem = base[:-2] if base.endswith("en") else base[:-1]  # "äußern" -> "äußer"
    link = "e" if _E_INSERTION.search(stem) else ""
    return stem + link + "t", stem + link + "te", "ge" + stem + link + "t"


@attrs.frozen(kw_only=True)
class Conjugation:
    """The forms of one lemma a report uses, prefix included.

    'mit|teilen' -> present 'mitteilt', plural 'mitteilen', past 'mitteilte',
    'mitteilten', participle 'mitgeteilt'; ``separable`` when the prefix may
    stand apart.
    """

    present: str
    plural: str
    past: str
    past_plural: str
    participle: str
    separable: bool

    @property
    def finite(self) -> tuple[str, ...]:
        """The finite forms: third person present and Präteritum, singular and plural."""
        return (self.present, self.plural, self.past, self.past_plural)


def conjugate(lemma: str) -> Conjugation:
    """Conjugate one lemma written as in :data:`SPEECH_LEMMAS`.

    'mit|teilen' -> mitteilt, mitteilen, mitteilte, mitteilten, mitgeteilt;
    'be+tonen' -> betont, betonen, betonte, betonten, betont.
    """
    prefix, joined, base = "", "", lemma
    for mark in (_SEPARABLE, _INSEPARABLE):
        if mark in lemma:
            prefix, base = lemma.split(mark)
            joined = mark
    present, past, participle = STRONG_PARTS.get(base) or _weak(base)
    # an unstressed first syllable takes no "ge-": "betont", "kritisiert", "prophezeit"
    if joined == _INSEPARABLE or base.endswith("ieren") or base in _UNSTRESSED_FIRST:
        participle = participle.removeprefix("ge")
    return Conjugation(
        present=prefix + present,
        plural=prefix + base,
        past=prefix + past,
        past_plural=prefix + past + ("n" if past.endswith("e") else "en"),
        participle=prefix + participle,
        separable=joined == _SEPARABLE,
    )


def german_forms(lemma: str) -> frozenset[str]:
    """Every form :func:`conjugate` gives for one lemma."""
    c = conjugate(lemma)
    return frozenset((*c.finite, c.participle))


def german_cue_forms() -> frozenset[str]:
    """The finite forms of the lemmas of :data:`SPEECH_LEMMAS` that cue a quotation.

    Two shapes are left out.  The Partizip II stands at the end of its clause,
    far from the subject and often in a passive or an attributive use ("die
    genannten Zahlen"); it stays with the hand-typed list and the readers of
    the perfect.  The plural of an unprefixed verb has the shape of its
    infinitive, which is more often governed by "zu" or a modal ("um darüber zu
    sprechen", "will erklären") than the finite verb of a clause; the hand list
    keeps the few that are common plurals.  A separable verb's joined forms
    ("mitteilen", "mitteilte") are all kept: they only stand at a clause's end.
    A finite form with the participle's shape ("betont", "bestritten") is read
    as the participle.
    """
    forms: set[str] = set()
    for lemma in SPEECH_LEMMAS:
        c = conjugate(lemma)
        if c.separable and lemma in _ADDRESSEE_LEMMAS:
            continue
        finite = c.finite if c.separable else (c.present, c.past, c.past_plural)
        # "betont", "bestritten": a finite form shaped like the participle is read as one
        forms.update(form for form in finite if form != c.participle)
    return frozenset(forms - _OTHER_VERBS)


def split_stems(hand_typed: frozenset[str]) -> dict[str, frozenset[str]]:
    """The bare finite forms of the separable lemmas, each with the particles that close it.

    In a main clause a separable verb stands second and its particle last
    ("führte der Sprecher aus", "hielt das Gericht fest"; Duden §§ 700-705,
    Verbklammer).  The bare form alone is often another verb ("führte" = led,
    "hielt" = held), so it cues a quotation only with its particle closing the
    clause; forms already in ``hand_typed`` (the cues that are safe alone:
    "teilte", "wies") are left out.
    """
    stems: dict[str, set[str]] = {}
    for lemma in SPEECH_LEMMAS:
        if _SEPARABLE not in lemma:
            continue
        particle, base = lemma.split(_SEPARABLE)
        bare = conjugate(base)
        for form in (bare.present, bare.plural, bare.past, bare.past_plural):
            if form not in hand_typed:
                stems.setdefault(form, set()).add(particle)
    return {form: frozenset(particles) for form, particles in stems.items()}


def statement_participles() -> frozenset[str]:
    """The participles of :data:`STATEMENT_LEMMAS` ("betont", "mitgeteilt", "gesagt")."""
    return frozenset(conjugate(lemma).participle for lemma in STATEMENT_LEMMAS) - _OTHER_VERBS


def speech_plurals() -> frozenset[str]:
    """The third person plural present of the lemmas of :data:`SPEECH_LEMMAS` ("sprechen").

    The form is the infinitive's, left out of the cues read anywhere
    (:func:`german_cue_forms`); readers use it where word order makes it finite.
    """
    return frozenset(conjugate(lemma).plural for lemma in SPEECH_LEMMAS) - _OTHER_VERBS
