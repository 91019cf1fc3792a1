"""The reference in parentheses after a quotation (private helper of ``quotes``).

A quotation may be credited by a reference in parentheses set right after its
closing mark, the author first, then what describes them or the work: "« Rien
ne se perd. » (Lavoisier, chimiste)", "“Less is more.” (Mies van der Rohe)".
French typography places that parenthesis between the closing mark and the
final full stop (Bureau de la traduction, *Clefs du français pratique*,
« Citations : référence de la citation », entre parenthèses); academic styles
write the same "(Author, year)" reference (APA author-date citations).  The
name that opens the parenthesis, up to its first comma, is the quotation's
source.

Only a parenthesis that opens on a name is read: a year, a page, "(sic)", a
translation note or a lower-case aside ("(en anglais)") names nobody.
"""

from __future__ import annotations

import regex

from newsdoc.quotes._chunk import leading_name
from newsdoc.quotes._cues import Attribution

__all__ = ["parenthesised_reference"]

# A reference's first part is a name with its title, a few words ("Pr Léa
# Morin", "Le Petit Larousse illustré"); longer, the parenthesis is an aside.
_HEAD_WORDS = 6

# A parenthesis right after the closing mark, its words up to the first comma,
# semicolon or closing parenthesis: "» (Léa Morin, historienne)" -> "Léa Morin".
# At most 120 characters inside, no line break, no nested parenthesis.
_REFERENCE = regex.compile(
    r"""
    [^\S\n]*+ \( [^\S\n]*+                # " (" right after the quotation
    (?P<head> [^(),;\n]{2,80}+ )          # "Léa Morin": the reference's first part
    (?= [,;] [^()\n]{0,100}+ \) | \) )    # then ", historienne)" or ")"
    """,
    regex.VERBOSE,
)


def parenthesised_reference(text: str, end: int, language: str) -> Attribution | None:
    """Return the source named in a parenthesis right after the quotation ending at ``end``.

    Example:
        >>> t = "« Tout passe. » (Léa Morin, historienne). Puis vint la pluie."
        >>> a = parenthesised_reference(t, t.index("»") + 1, "fr")
        >>> t[a.speaker_start : a.speaker_end]
        'Léa Morin'
        >>> parenthesised_reference("« Tout passe. » (en anglais)", 15, "fr") is None
        True
    """
    m = _REFERENCE.match(text, end)
    if m is None:
        return None
    start, stop = m.span("head")
    found = leading_name(text, start, stop, language)
    if found is None or len(text[start:stop].split()) > _HEAD_WORDS:
        return None  # no name opens it, or a sentence of its own: an aside
    # the whole first part is the name, its lower-case words too ("Le Livre
    # des marées", "Pr Léa morin" typed in haste)
    stop = start + len(text[start:stop].rstrip())
    paren = text.index("(", end)
    return Attribution(speaker_start=found[0], speaker_end=stop, cue_start=paren, cue_end=paren + 1)
