"""Closed-class words of English (generated: do not edit by hand).

Written by ``scripts/gen_closed_classes.py``; every table names its source.
Words are case-folded, apostrophes written ``'``, multi-word units with a space.
"""

from __future__ import annotations

DETERMINERS_CORE: frozenset[str] = frozenset(
    [
        "a",
        "all",
        "an",
        "another",
        "any",
        "both",
        "each",
        "either",
        "enough",
        "every",
        "few",
        "her",
        "his",
        "its",
        "least",
        "less",
        "little",
        "many",
        "more",
        "most",
        "much",
        "my",
        "neither",
        "no",
        "other",
        "our",
        "several",
        "some",
        "such",
        "that",
        "the",
        "their",
        "these",
        "this",
        "those",
        "what",
        "whatever",
        "which",
        "whichever",
        "your",
    ]
)
"""Determiners from the closed classes of a reference grammar, written out as paradigms in the
generator.
"""

DETERMINERS_PUBLISHED: frozenset[str] = frozenset()
"""Determiners the paradigms lack, from none: the English paradigms are complete."""

PRONOUNS_CORE: frozenset[str] = frozenset(
    [
        "all",
        "anybody",
        "anyone",
        "anything",
        "both",
        "each",
        "everybody",
        "everyone",
        "everything",
        "few",
        "he",
        "her",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "i",
        "it",
        "itself",
        "many",
        "me",
        "mine",
        "myself",
        "nobody",
        "none",
        "nothing",
        "one",
        "others",
        "ours",
        "ourselves",
        "several",
        "she",
        "somebody",
        "someone",
        "something",
        "that",
        "theirs",
        "them",
        "themselves",
        "there",
        "these",
        "they",
        "this",
        "those",
        "us",
        "we",
        "what",
        "which",
        "who",
        "whoever",
        "whom",
        "whomever",
        "whose",
        "you",
        "yours",
        "yourself",
        "yourselves",
    ]
)
"""Pronouns from the closed classes of a reference grammar, written out as paradigms in the
generator.
"""

PRONOUNS_PUBLISHED: frozenset[str] = frozenset()
"""Pronouns the paradigms lack, from none: the English paradigms are complete."""

PREPOSITIONS_CORE: frozenset[str] = frozenset(
    [
        "about",
        "above",
        "across",
        "after",
        "against",
        "along",
        "amid",
        "amidst",
        "among",
        "amongst",
        "around",
        "as",
        "at",
        "before",
        "behind",
        "below",
        "beneath",
        "beside",
        "besides",
        "between",
        "beyond",
        "by",
        "concerning",
        "despite",
        "down",
        "during",
        "except",
        "for",
        "from",
        "in",
        "inside",
        "into",
        "like",
        "near",
        "of",
        "off",
        "on",
        "onto",
        "opposite",
        "out",
        "outside",
        "over",
        "past",
        "per",
        "regarding",
        "since",
        "than",
        "through",
        "throughout",
        "till",
        "to",
        "toward",
        "towards",
        "under",
        "underneath",
        "unlike",
        "until",
        "up",
        "upon",
        "via",
        "with",
        "within",
        "without",
    ]
)
"""Prepositions from the closed classes of a reference grammar, written out as paradigms in the
generator.
"""

PREPOSITIONS_PUBLISHED: frozenset[str] = frozenset()
"""Prepositions the paradigms lack, from none: the English paradigms are complete."""

CONJUNCTIONS_CORE: frozenset[str] = frozenset(
    [
        "after",
        "although",
        "and",
        "as",
        "because",
        "before",
        "but",
        "for",
        "if",
        "lest",
        "nor",
        "once",
        "or",
        "since",
        "so",
        "than",
        "that",
        "though",
        "till",
        "unless",
        "until",
        "when",
        "whenever",
        "where",
        "whereas",
        "wherever",
        "whether",
        "while",
        "yet",
    ]
)
"""Conjunctions from the closed classes of a reference grammar, written out as paradigms in the
generator.
"""

CONJUNCTIONS_PUBLISHED: frozenset[str] = frozenset()
"""Conjunctions the paradigms lack, from none: the English paradigms are complete."""

AUXILIARIES_CORE: frozenset[str] = frozenset(
    [
        "'d",
        "'ll",
        "'m",
        "'re",
        "'s",
        "'ve",
        "ain't",
        "am",
        "are",
        "aren't",
        "be",
        "been",
        "being",
        "can",
        "can't",
        "cannot",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "done",
        "had",
        "hadn't",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "is",
        "isn't",
        "may",
        "might",
        "mightn't",
        "must",
        "mustn't",
        "ought",
        "shall",
        "shan't",
        "should",
        "shouldn't",
        "was",
        "wasn't",
        "were",
        "weren't",
        "will",
        "won't",
        "would",
        "wouldn't",
    ]
)
"""Auxiliaries from the closed classes of a reference grammar, written out as paradigms in the
generator.
"""

AUXILIARIES_PUBLISHED: frozenset[str] = frozenset()
"""Auxiliaries the paradigms lack, from none: the English paradigms are complete."""

ADVERBS_CORE: frozenset[str] = frozenset(
    [
        "about",
        "actually",
        "afterwards",
        "again",
        "allegedly",
        "almost",
        "already",
        "also",
        "altogether",
        "always",
        "anyhow",
        "anyway",
        "anywhere",
        "apparently",
        "besides",
        "certainly",
        "clearly",
        "earlier",
        "else",
        "elsewhere",
        "even",
        "eventually",
        "ever",
        "everywhere",
        "finally",
        "formerly",
        "further",
        "furthermore",
        "hence",
        "here",
        "hereby",
        "herein",
        "how",
        "however",
        "indeed",
        "initially",
        "instead",
        "just",
        "lately",
        "later",
        "maybe",
        "meanwhile",
        "moreover",
        "mostly",
        "n't",
        "namely",
        "nearly",
        "never",
        "nevertheless",
        "nonetheless",
        "not",
        "now",
        "nowhere",
        "obviously",
        "often",
        "once",
        "only",
        "otherwise",
        "perhaps",
        "possibly",
        "probably",
        "quite",
        "rarely",
        "rather",
        "really",
        "recently",
        "reportedly",
        "so",
        "somehow",
        "sometimes",
        "somewhere",
        "soon",
        "still",
        "then",
        "thence",
        "there",
        "thereafter",
        "thereby",
        "therefore",
        "thus",
        "together",
        "too",
        "twice",
        "usually",
        "very",
        "when",
        "whence",
        "where",
        "why",
        "yet",
    ]
)
"""Adverbs from the closed classes of a reference grammar, written out as paradigms in the
generator.
"""

ADVERBS_PUBLISHED: frozenset[str] = frozenset()
"""Adverbs the paradigms lack, from none: the English paradigms are complete."""

MODALS: frozenset[str] = frozenset(
    [
        "can",
        "could",
        "couldn't",
        "may",
        "might",
        "mightn't",
        "must",
        "mustn't",
        "ought",
        "shall",
        "should",
        "shouldn't",
        "will",
        "would",
        "wouldn't",
    ]
)
"""Forms of the modal verbs among the auxiliaries (lemmas listed in the generator)."""

PRONOUN_FEATURES: dict[str, str] = {
    "all": "3.pl.-",
    "anybody": "3.sg.-",
    "anyone": "3.sg.-",
    "anything": "3.sg.n",
    "both": "3.pl.-",
    "each": "3.sg.-",
    "everybody": "3.sg.-",
    "everyone": "3.sg.-",
    "everything": "3.sg.n",
    "few": "3.pl.-",
    "he": "3.sg.m",
    "her": "3.sg.f",
    "hers": "3.sg.f",
    "herself": "3.sg.f",
    "him": "3.sg.m",
    "himself": "3.sg.m",
    "his": "3.sg.m",
    "i": "1.sg.-",
    "it": "3.sg.n",
    "itself": "3.sg.n",
    "many": "3.pl.-",
    "me": "1.sg.-",
    "mine": "1.sg.-",
    "myself": "1.sg.-",
    "nobody": "3.sg.-",
    "none": "3.-.-",
    "nothing": "3.sg.n",
    "one": "3.sg.-",
    "others": "3.pl.-",
    "ours": "1.pl.-",
    "ourselves": "1.pl.-",
    "several": "3.pl.-",
    "she": "3.sg.f",
    "somebody": "3.sg.-",
    "someone": "3.sg.-",
    "something": "3.sg.n",
    "that": "3.-.-",
    "theirs": "3.pl.-",
    "them": "3.pl.-",
    "themselves": "3.pl.-",
    "there": "3.-.-",
    "these": "3.pl.-",
    "they": "3.pl.-",
    "this": "3.sg.n",
    "those": "3.pl.-",
    "us": "1.pl.-",
    "we": "1.pl.-",
    "what": "3.-.n",
    "which": "3.-.n",
    "who": "3.-.-",
    "whoever": "3.sg.-",
    "whom": "3.-.-",
    "whomever": "3.sg.-",
    "whose": "3.-.-",
    "you": "2.-.-",
    "yours": "2.-.-",
    "yourself": "2.sg.-",
    "yourselves": "2.pl.-",
}
"""Person.number.gender of the paradigm pronouns (``-``: unmarked), from the grammar."""

CONTRACTIONS: dict[str, tuple[str, str]] = {}
"""Preposition + article contractions, generated from the two paradigms."""

TIME_CORE: frozenset[str] = frozenset(
    [
        "afternoon",
        "century",
        "currently",
        "decade",
        "evening",
        "month",
        "morning",
        "night",
        "now",
        "recently",
        "today",
        "tomorrow",
        "tonight",
        "week",
        "weekend",
        "year",
        "yesterday",
    ]
)
"""Deictic time words and time-unit nouns, from the grammar."""

MONTHS_DAYS: frozenset[str] = frozenset(
    [
        "april",
        "august",
        "december",
        "february",
        "friday",
        "january",
        "july",
        "june",
        "march",
        "may",
        "monday",
        "november",
        "october",
        "saturday",
        "september",
        "sunday",
        "thursday",
        "tuesday",
        "wednesday",
    ]
)
"""Month and weekday names (wide forms), from Babel (CLDR)."""

NUMERALS: frozenset[str] = frozenset(
    [
        "bazillion",
        "bazillionth",
        "billion",
        "billionth",
        "decillion",
        "decillionth",
        "eight",
        "eighteen",
        "eighteenth",
        "eighth",
        "eightieth",
        "eighty",
        "eleven",
        "eleventh",
        "fifteen",
        "fifteenth",
        "fifth",
        "fiftieth",
        "fifty",
        "first",
        "five",
        "fortieth",
        "forty",
        "four",
        "fourteen",
        "fourteenth",
        "fourth",
        "gajillion",
        "gajillionth",
        "hundred",
        "hundredth",
        "million",
        "millionth",
        "nine",
        "nineteen",
        "nineteenth",
        "ninetieth",
        "ninety",
        "ninth",
        "nonillion",
        "nonillionth",
        "octillion",
        "octillionth",
        "quadrillion",
        "quadrillionth",
        "quintillion",
        "quintillionth",
        "second",
        "septillion",
        "septillionth",
        "seven",
        "seventeen",
        "seventeenth",
        "seventh",
        "seventieth",
        "seventy",
        "sextillion",
        "sextillionth",
        "six",
        "sixteen",
        "sixteenth",
        "sixth",
        "sixtieth",
        "sixty",
        "ten",
        "tenth",
        "third",
        "thirteen",
        "thirteenth",
        "thirtieth",
        "thirty",
        "thousand",
        "thousandth",
        "three",
        "trillion",
        "trillionth",
        "twelfth",
        "twelve",
        "twentieth",
        "twenty",
        "two",
        "zero",
    ]
)
"""Number words, from spaCy ``spacy.lang.<code>.lex_attrs`` (Italian: its lookups)."""

DETERMINER_AGREEMENT: dict[str, str] = {"these": "pl.-", "those": "pl.-"}
"""Number.gender a determiner shows of its noun phrase, from Huddleston & Pullum, *The
Cambridge Grammar of the English Language* (2002), ch. 5 (determinatives, number) and ch. 19
(-man/-woman compounds); courtesy titles of the AP Stylebook.
"""

HONORIFIC_AGREEMENT: dict[str, str] = {
    "dame": "sg.f",
    "lady": "sg.f",
    "lord": "sg.m",
    "miss": "sg.f",
    "mr": "sg.m",
    "mr.": "sg.m",
    "mrs": "sg.f",
    "mrs.": "sg.f",
    "ms": "sg.f",
    "ms.": "sg.f",
    "sir": "sg.m",
}
"""Number.gender of the courtesy titles before a name (same sources)."""

SUFFIX_AGREEMENT: dict[str, str] = {"man": "sg.m", "men": "pl.m", "woman": "sg.f", "women": "pl.f"}
"""Number.gender of person nouns ending so (same sources)."""

PLURAL_VERB_ENDINGS: tuple[str, ...] = ()
"""Endings of the third person plural of a finite verb (same sources)."""

AGREEING_AUXILIARIES: frozenset[str] = frozenset()
"""Auxiliaries after which a participle agrees with its subject (same sources)."""

PARTICIPLE_AGREEMENT: dict[str, str] = {}
"""Number.gender of a participle by its ending (same sources)."""


FREQUENT_HOMOGRAPHS: frozenset[str] = frozenset(
    [
        "car",
        "come",
        "comment",
        "con",
        "den",
        "die",
        "due",
        "era",
        "face",
        "falls",
        "fan",
        "far",
        "fast",
        "fit",
        "font",
        "hat",
        "male",
        "man",
        "non",
        "okay",
        "par",
        "para",
        "pas",
        "plus",
        "point",
        "pour",
        "pure",
        "put",
        "sea",
        "sin",
        "solo",
        "son",
        "star",
        "stare",
        "sue",
        "ton",
        "war",
    ]
)
"""Closed-class words of German, French, Spanish or Italian that are among the 5,000 commonest
English words of three letters or more (spaCy spacy-lookups-data ``en_lexeme_prob``) and
English open-class words (WordNet lemmas, ``en_lemma_index``): as much evidence for English
as for them.
"""


# --- word order (hand-written; kept by scripts/gen_closed_classes.py) ---

RELATIVE_SUBJECTS: frozenset[str] = frozenset(["that", "which", "who"])
"""Relative pronouns that can be the subject of their clause ("the mayor, who said …"),
from a reference grammar of English (Huddleston and Pullum 2002, ch. 12: "who" for
persons, "which" for things, "that" for either; "whom" and "whose" are never subjects).
"""

PERSONAL_RELATIVES: frozenset[str] = frozenset(["who"])
"""The subject relative pronouns that stand for a person only (same source): "who"."""

RELATIVE_VERB_FOLLOWS: bool = True
"""English relative clauses put their verb right after a subject relative pronoun (with
adverbs and auxiliaries between): "who has long said", "which warned"."""

FALSE_TITLES: bool = True
"""English news writes bare descriptive nouns before a name, with no determiner ("former
city engineer Tom Hale", "undecided voter Kim Ray"): the "false title" of news style
(Bell 1988, "The British base and the American connection in New Zealand media
English", American Speech 63), found after a postposed verb of saying too."""

FRONTED_ADVERBIAL_COMMA: bool = True
"""A prepositional phrase fronted before the subject is set off by a comma ("Like his
rivals, Lee said …", "Despite the vote, the union …"): the comma after an introductory
phrase of English punctuation (Chicago Manual of Style, 17th ed., 6.24-6.25).  German puts
the verb right after a fronted phrase instead, with no comma (see ``subject``)."""

PASSIVE_AGENT: str = "by"
"""The preposition that introduces the agent of a passive verb ("was asked by the host"),
from a reference grammar of English (Huddleston and Pullum 2002, ch. 16)."""

FREE_INVERSION: bool = False
"""English puts the subject after a verb of saying only in quotative inversion: the verb
opens its clause or follows a comma ('"…," said Ann Lee', 'Said Ann Lee: "…"'); German,
French, Spanish and Italian invert after any fronted phrase (Quirk et al. 1985, A
Comprehensive Grammar of the English Language, on subject-verb inversion)."""
