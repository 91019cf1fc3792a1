"""A false title opened by the proper name of a body (private helper of ``quotes``).

"said City Council member Eli Grant", "said White House press secretary Kim
Roe": AP style lowercases a description standing before a name as a title
("false titles", the AP Stylebook's "titles" entry) but keeps the proper noun
of the body it belongs to capitalised.  The phrase then opens in upper case, and
its lower-case noun of office would read as a verb after a name ("City Council
member" cut to "City Council").  The run is read as one phrase when the word
right before the final name (two capitalised words or more) is a noun of person
or office (tables ``OFFICE_NOUNS``, ``SOURCE_NOUNS`` and ``ENGLISH_PERSON_NOUNS``:
"said Dunmore Rovers manager Colin Reyes", "Harbor Foods chief executive Nia Oduya
said"), so "Ann Lee told Tom Hale" stays cut at the verb.
"""

from __future__ import annotations

from newsdoc._grammar import closed_class
from newsdoc._lexicon.persons import ENGLISH_PERSON_NOUNS
from newsdoc._lexicon.speakers import OFFICE_NOUNS, SOURCE_NOUNS

__all__ = ["body_false_title_end"]

# How many words the title and the name may hold together.
_WORDS = 8


# The nouns a false title ends with: offices, sources and persons ("member",
# "spokesman", "skipper", "manager").
_NOUNS = OFFICE_NOUNS["en"] | SOURCE_NOUNS["en"] | ENGLISH_PERSON_NOUNS


def body_false_title_end(text: str, toks: list[tuple[int, int, str]], language: str) -> int | None:
    """Return the end of the name after a capitalised false title, or None.

    ``toks`` are the words after a cue (start, end, lower-cased word).

    Example:
        >>> from newsdoc.quotes._cues import tokens
        >>> t = "City Council member Eli Grant at noon"
        >>> t[: body_false_title_end(t, tokens(t, 0, len(t)), "en")]
        'City Council member Eli Grant'
    """
    if language != "en" or not toks or not text[toks[0][0]].isupper():
        return None
    nouns = _NOUNS
    k = 0
    while k < len(toks) and k < _WORDS and closed_class(toks[k][2], language) is None:
        if k and text[toks[k - 1][1] : toks[k][0]].strip():
            break  # punctuation inside: no single phrase
        k += 1
    run = 0
    while run < k and text[toks[k - 1 - run][0]].isupper():
        run += 1
    if run < 2 or run == k or toks[k - 1 - run][2] not in nouns:
        return None
    return toks[k - 1][1]
