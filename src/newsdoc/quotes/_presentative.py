"""English presentative introducers of a quotation: "Here's Ann Lee in 2012:", "From the report:".

News and blog writing introduces a quotation with no verb of saying: a presentative "here"
clause whose subject, after the verb, names the one quoted ("Here's the mayor on Monday: “…”";
Quirk et al. 1985, §18.47, subject-verb inversion after "here"), or a bare source phrase
with "from" before a colon ("From the audit: “…”", "More from Lee and Roe: “…”"). The noun
phrase is the speaker; a time or place adjunct after it ("in 2012", "on Monday") is not.
"""

from __future__ import annotations

import regex

from newsdoc.quotes._chunk import speaker_mention

# The opening of a presentative clause or a source phrase, from the sentence's start.
_OPENER = regex.compile(
    r"""[ \t]*+(?:(?:And|But|So)[ ]++)?
    (?:
        (?:Here|HERE)(?:['’]s|[ ]++(?:is|are|was|were|comes))
      | (?:More[ ]++)?(?:from|From|FROM)
    )[ ]++""",
    regex.VERBOSE,
)
# Where the noun phrase ends: an adjunct of time or place, an aside, or a speaking participle
# ("Here's Lee in May:", "Here's Lee, speaking Monday:", "From Lee on the vote:").
_ADJUNCT = regex.compile(
    r"[ ]++(?:in|on|at|during|last|this|earlier|speaking|writing|talking|about)\b|,|[ ]\p{Pd}"
)
_MAX_PHRASE = 120  # longer words before the colon are a clause, not an introducer


def presentative_speaker(text: str, lo: int, colon: int) -> tuple[int, int] | None:
    """Return the noun phrase a presentative introducer ``text[lo:colon]`` names, or None.

    Example:
        >>> text = "Here's Ann Lee in May 2012: “We will not raise taxes.”"
        >>> s, e = presentative_speaker(text, 0, text.index(":"))
        >>> text[s:e]
        'Ann Lee'
        >>> text = "He was clear: “No.”"
        >>> presentative_speaker(text, 0, text.index(":")) is None
        True
    """
    if colon - lo > _MAX_PHRASE:
        return None
    m = _OPENER.match(text, lo, colon)
    if m is None:
        return None
    cut = _ADJUNCT.search(text, m.end(), colon)
    end = cut.start() if cut is not None else colon
    if end <= m.end():
        return None
    return speaker_mention(text, m.end(), end, "en")
