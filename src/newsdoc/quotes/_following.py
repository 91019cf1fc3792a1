"""The speaker named again right after a dropped-subject cue: "«…», aseguró. El ministro …".

Spanish drops the subject of a verb of saying set after the quotation ("«…»,
dijo."), and a story then often goes on with a sentence about the same person
that names them again, by office or by surname, as its subject: "«…», reveló.
En la rueda de prensa, el ministro detalló …", "«…», dijo ante los vecinos. Gil
enseñó luego los planos …".  The dropped subject and that subject
are one referent: the topic of the passage carries over (RAE, *Nueva gramática
de la lengua española*, ch. 16 "El pronombre personal. La correferencia", on the
tacit subject and the coreference it keeps, and ch. 14 on the definite article,
which takes up a referent known from the discourse), and the mention written
next to the quotation is the one that credits it, as a pronoun right before the
quotation would.

The mention after the cue replaces the one read back from the sentences before
only when it can be the same person:

- it is the subject of the very next sentence, in the same paragraph (after a
  fronted phrase set off by a comma: "En la rueda de prensa, el ministro …");
- it is a definite noun phrase headed by a noun of person ("el alcalde", "la
  experta", "El jefe del servicio de urgencias"; `person_head`), or the surname of
  the mention read back ("Tomás Gil Rey" … "Gil");
- it agrees with the cue's verb in number and with the mention read back in
  number and gender ("dijo" wants one person; "la experta" is not "el
  ministro");
- no connective of contrast opens its sentence: "Por su parte, el alcalde …"
  and "En cambio, la ministra …" bring in another person (RAE, *Nueva
  gramática*, the discourse connectives of contrast and of topic change).
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from newsdoc._grammar import grammar
from newsdoc.quotes._cues import sentence_end, subject, tokens
from newsdoc.quotes._discourse import Features, agree, mention_features
from newsdoc.quotes._persons import person_head

__all__ = ["following_mention", "names_a_person"]

# Languages that drop the subject of a verb of saying after a quotation and
# whose stories name the speaker again in the sentence after (see module doc).
_LANGUAGES = frozenset({"es"})

# Definite determiners: only a definite noun phrase takes up a known referent
# ("el ministro"); an indefinite one brings in a new one ("un ministro").
_DEFINITE: dict[str, frozenset[str]] = {"es": frozenset("el la los las".split())}

# Connectives that open a sentence about another participant: "Por su parte,",
# "En cambio,", "A su vez,", "Por otro lado," (see the module's docstring).
_CONTRAST: dict[str, regex.Pattern[str]] = {
    "es": regex.compile(
        r"(?i)\s*+(?:por\s++su\s++parte|en\s++cambio|a\s++su\s++vez|por\s++otro\s++lado"
        r"|por\s++el\s++contrario|mientras\s++tanto)\b"
    ),
}

# What may stand between a quotation's closing mark and its cue: a comma.
_QUOTE_TO_CUE = regex.compile(r"[\s,.]*+")
# Spaces and closing marks before the next sentence.
_GAP = regex.compile(r"[\s\"”»’)]*+")

# A name set after a noun phrase by a comma: ", Marcos Lema".
_APPOSED_NAME = regex.compile(
    r",[ \t]*+(?P<name>\p{Lu}[\p{L}\p{M}.'’\-]*+(?:[ \t]++\p{Lu}[\p{L}\p{M}.'’\-]*+){0,3})"
)

# How far the next sentence is read (characters).
_REACH = 400


def following_mention(
    text: str,
    quote_end: int,
    cue: tuple[int, int],
    para_end: int,
    mention: Callable[[], tuple[int, int] | None],
    features: tuple[Features, Features],
    language: str,
) -> tuple[int, int] | None:
    """Return the subject of the sentence after a dropped-subject cue that names its speaker again.

    ``cue`` is the (start, end) of the cue after the quotation ending at
    ``quote_end``; ``mention`` gives the name of the speaker read back for it
    (or None; asked only when a lone capitalised word may be its surname),
    ``features`` the (number, gender) the cue wants and that speaker shows.
    None when the next sentence (in the paragraph or the one after, up to
    ``para_end``) names nobody who can be that speaker.

    Example:
        >>> s = "«Bajaremos los precios», aseguró. El ministro habló después."
        >>> at = s.index("aseguró")
        >>> span = following_mention(s, at - 2, (at, at + 7), len(s), lambda: None,
        ...                          (("sg", None), (None, None)), "es")
        >>> s[span[0]:span[1]]
        'El ministro'
    """
    if language not in _LANGUAGES:
        return None
    cue_start, cue_end = cue
    if cue_start < quote_end or _QUOTE_TO_CUE.fullmatch(text, quote_end, cue_start) is None:
        return None  # the cue does not follow the quotation straight away
    hi = min(para_end, cue_end + _REACH)
    end = sentence_end(text, cue_end, hi)
    if end >= hi:
        return None  # nothing after the cue's sentence, or no end to it within reach
    gap = _GAP.match(text, end, para_end)
    start = gap.end() if gap is not None else end
    if start >= para_end or _CONTRAST[language].match(text, start, para_end):
        return None
    stop = sentence_end(text, start, min(para_end, start + _REACH))
    found = subject(text, start, stop, language)
    if found is None:
        return None
    if not _same_referent(text, found, mention, language):
        return None
    want, shown = features
    feats = mention_features(text, found[0], found[1], language)
    if not (agree(feats, want) and agree(feats, shown)):
        return None
    return found


def _same_referent(
    text: str,
    found: tuple[int, int],
    mention: Callable[[], tuple[int, int] | None],
    language: str,
) -> bool:
    """Return whether ``found`` can take up the speaker: a definite person noun or the surname."""
    toks = tokens(text, *found)
    if not toks:
        return False
    if toks[0][2] in _DEFINITE[language]:
        if not person_head(text, toks, language):
            return False
        comma = text.find(",", *found)
        apposed = _APPOSED_NAME.match(text, comma if comma >= 0 else found[1])
        if apposed is None:
            return True
        # "El ministro de Salud, Marcos Lema, …": an apposed name says who it
        # is, the speaker only when it shares a word with the speaker's name
        name = mention()
        own = {w for _a, _b, w in tokens(text, apposed.start("name"), apposed.end("name"))}
        return name is not None and bool(own & {w for _a, _b, w in tokens(text, *name)})
    if len(toks) != 1 or not text[toks[0][0]].isupper():
        return False
    if grammar(language).closed_class(toks[0][2]) is not None:
        return False
    name = mention()
    if name is None:
        return False
    # "Tomás Gil Rey … Gil", "Rosa Vidal … Rosa": a word of the full
    # name read back (a name of one word is the mention itself, nothing nearer)
    named = tokens(text, *name)
    return len(named) > 1 and any(text[a:b] == text[toks[0][0] : toks[0][1]] for a, b, _w in named)


def names_a_person(text: str, span: tuple[int, int], language: str) -> bool:
    """Return whether a mention read back names a person the mention after can take up.

    A pronoun, a bare name ("Gil Ortega") or a noun phrase headed by a noun of
    person ("la catedrática") does; a body ("El Gobierno regional") does not.

    Example:
        >>> s = "Gil Ortega y El Gobierno regional y ella"
        >>> names_a_person(s, (0, 10), "es"), names_a_person(s, (13, 33), "es")
        (True, False)
        >>> names_a_person(s, (36, 40), "es")
        True
    """
    toks = tokens(text, *span)
    if not toks:
        return False
    g = grammar(language)
    if len(toks) == 1 and g.features(toks[0][2]) is not None:
        return True
    if g.closed_class(toks[0][2]) is None:
        return all(text[a].isupper() for a, _b, _w in toks)
    return person_head(text, toks, language)
