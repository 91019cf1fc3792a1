"""The text a German verb of quoting quotes from (private helper of ``quotes``).

"zitieren" takes the one quoted as its object ("Der Sender zitiert den
Minister: „…“") or the text quoted from in a prepositional phrase with "aus"
("Der Sender zitiert aus einem Brief des Ministers: „…“", "zitiert aus der
Zeitung „Tagblatt“, wonach …"; Duden, Bedeutungswörterbuch, *zitieren*: etwas,
jemanden zitieren; aus etwas zitieren).  The subject only passes the words on:
the phrase after "aus" is their source, as the object is.  Only the verb
right before "aus" is read, so the cost is one short window per quotation.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from newsdoc._lexicon.grammar import QUOTING_VERBS
from newsdoc.quotes._cues import Attribution, speaker_after, tokens

# The preposition of the source text of "zitieren" (Duden, valency "aus etwas"),
# per language: only German has an entry.
_FROM: Mapping[str, str] = {"de": "aus"}
# How far past the preposition (characters) the source phrase is read.
_REACH = 120


def quoted_from(text: str, attr: Attribution | None, hi: int, language: str) -> Attribution | None:
    """Return ``attr`` crediting the source after "zitiert aus", else ``attr`` itself.

    Example:
        >>> t = "Der Sender zitiert aus einem Brief des Ministers: x"
        >>> a = Attribution(speaker_start=0, speaker_end=10, cue_start=11, cue_end=18)
        >>> b = quoted_from(t, a, len(t), "de")
        >>> t[b.speaker_start : b.speaker_end]
        'einem Brief des Ministers'
    """
    if (
        language not in _FROM
        or attr is None
        or attr.speaker_start < 0
        or attr.speaker_end > attr.cue_start
        or text[attr.cue_start : attr.cue_end].lower() not in QUOTING_VERBS
    ):
        return attr
    nxt = tokens(text, attr.cue_end, min(hi, attr.cue_end + 12))
    if not nxt or nxt[0][2] != _FROM[language] or text[attr.cue_end : nxt[0][0]].strip():
        return attr
    source = speaker_after(text, nxt[0][1], min(hi, nxt[0][1] + _REACH), language)
    if source is None:
        return attr
    return attrs.evolve(attr, speaker_start=source[0], speaker_end=source[1])
