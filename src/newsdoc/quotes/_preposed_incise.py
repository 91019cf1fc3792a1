"""An incise right before a quotation's opening mark (private helper of ``quotes``).

French writes the subject pronoun of an incise after its verb, joined by a
hyphen ("dit-il", "ajoute-t-elle", with the euphonic "-t-" after a vowel;
Grevisse & Goosse, *Le Bon Usage*, on the incise and on the hyphen of the
inverted subject pronoun).  The incise may come before the quoted words it
attributes, set off by commas after a conjunction or a clause of our own:
"Mais, ajoute-t-il, « … »", "car, nous assure-t-elle, « … »".  A verb that
carries a hyphenated subject pronoun is a verb, whatever its lemma, so no
list of verbs of saying is needed; a dative clitic may stand before it
("nous assure-t-elle").

Only third-person personal pronouns are read: a "dis-je" credits the writer,
and a "dit-on" reports hearsay, which no one in particular said.
"""

from __future__ import annotations

import regex

from newsdoc.quotes._cues import Attribution

__all__ = ["preposed_incise"]

# ", nous assure-t-elle, " right before the opening mark: a dative clitic, the
# verb, the euphonic "-t-", the subject pronoun, a comma, nothing else after.
# Searched in the short stretch before the mark only, anchored at its end.
_INCISE = regex.compile(
    r"""
    ,[ \t]*+
    (?: (?:nous|vous|me|te|lui|leur)[ \t]++ | [mt][’'] )?         # "nous assure", "m’assure"
    (?P<verb> \p{Ll}[\p{Ll}’']*+ )                                # "assure"
    (?: -t )?+ -                                                  # "-t-" or "-"
    (?P<pronoun> il|elle|ils|elles )                              # "elle"
    [ \t]*+ , [ \t]*+ \Z
    """,
    regex.VERBOSE,
)
# How many characters before the opening mark the incise may span at most.
_REACH = 60
# The languages whose orthography joins an inverted subject pronoun with a hyphen.
_HYPHENATED = frozenset({"fr"})


def preposed_incise(text: str, lo: int, opening: int, language: str) -> Attribution | None:
    """Return the incise right before the quotation opened at ``opening``.

    Example:
        >>> t = "Mais, ajoute-t-il, « rien ne presse »."
        >>> a = preposed_incise(t, 0, t.index("«"), "fr")
        >>> t[a.speaker_start : a.speaker_end], t[a.cue_start : a.cue_end]
        ('il', 'ajoute')
        >>> preposed_incise("Mais, dis-je, « non ».", 0, 14, "fr") is None
        True
    """
    if language not in _HYPHENATED:
        return None
    start = max(lo, opening - _REACH)
    m = _INCISE.search(text[start:opening])
    if m is None:
        return None
    return Attribution(
        speaker_start=start + m.start("pronoun"),
        speaker_end=start + m.end("pronoun"),
        cue_start=start + m.start("verb"),
        cue_end=start + m.end("verb"),
    )
