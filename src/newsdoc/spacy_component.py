"""A spaCy pipeline component that runs newsdoc: ``nlp.add_pipe("newsdoc")``.

Install it with the ``spacy`` extra (``pip install "newsdoc[spacy]"``).  spaCy finds
the ``"newsdoc"`` factory through the ``spacy_factories`` entry point, so nothing
needs importing first; importing this module registers it as well.  ``import newsdoc``
never imports spaCy.

The component parses ``doc.text`` with :func:`newsdoc.parse` in the pipeline's
language (``nlp.lang``; a language newsdoc does not support, such as spaCy's
multi-language ``"xx"``, is detected from the text instead).  It stores the
:class:`~newsdoc.Article` on ``doc._.newsdoc`` and one span group per kind of fact in
``doc.spans``: ``newsdoc_quotes`` (label ``QUOTE``), ``newsdoc_speakers``
(``SPEAKER``), ``newsdoc_cues`` (``CUE``), ``newsdoc_captions`` (``CAPTION``),
``newsdoc_credits`` (``CREDIT``), ``newsdoc_bylines`` (``BYLINE``),
``newsdoc_datelines`` (``DATELINE``), ``newsdoc_timestamps`` (``TIMESTAMP``) and
``newsdoc_votes`` (``VOTE``).  A span's ``id_`` is the index of its object in the
article's tuple, so a speaker span and its quote span share an ``id_``.  Character
spans become token spans with ``alignment_mode="expand"``: a token span covers the
whole tokens that the characters touch.

The article survives ``doc.to_bytes()``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(..., n_process=2)``: importing this module teaches spaCy's serialiser to
write newsdoc's objects as tagged maps and to read them back.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("newsdoc")
    >>> doc = nlp("“The bridge opens in May,” the mayor said.")
    >>> [(span.text, span.label_) for span in doc.spans["newsdoc_quotes"]]
    [('“The bridge opens in May,”', 'QUOTE')]
    >>> [span.text for span in doc.spans["newsdoc_speakers"]]
    ['the mayor']
    >>> doc._.newsdoc.quotes[0].speaker
    'the mayor'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

import attrs
import srsly
from attrs import AttrsInstance
from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

import newsdoc
from newsdoc.article import Article
from newsdoc.bylines import Byline, Person
from newsdoc.captions import Caption, Credit
from newsdoc.datelines import Dateline, Place, Timestamp
from newsdoc.quotes import Quote
from newsdoc.spans import Span as NewsSpan
from newsdoc.votes import VoteTally

__all__ = ["SPAN_GROUPS", "NewsdocComponent", "make_newsdoc"]

# The span groups the component writes, each with the label of its spans.
SPAN_GROUPS: Mapping[str, str] = MappingProxyType(
    {
        "quotes": "QUOTE",
        "speakers": "SPEAKER",
        "cues": "CUE",
        "captions": "CAPTION",
        "credits": "CREDIT",
        "bylines": "BYLINE",
        "datelines": "DATELINE",
        "timestamps": "TIMESTAMP",
        "votes": "VOTE",
    }
)
"""Kinds of span group (the key after ``newsdoc_``) and the label of their spans.

Example:
    >>> from newsdoc.spacy_component import SPAN_GROUPS
    >>> SPAN_GROUPS["quotes"]
    'QUOTE'
"""

_T = TypeVar("_T")


class NewsdocComponent:
    """The pipeline component: parses each ``Doc`` and records what newsdoc found.

    Args:
        nlp: The pipeline the component belongs to (for its language).
        name: The component's name in the pipeline.
        language: A language code newsdoc supports, overriding ``nlp.lang``; None
            takes ``nlp.lang`` when newsdoc supports it and detects it otherwise.
        reference_date: The default reference date as an ISO date
            (``"2024-05-06"``), for datelines without a year.  A date set on
            ``doc._.newsdoc_reference_date`` before the component runs wins.
        spans_prefix: The prefix of the ``doc.spans`` keys.

    Raises:
        ValueError: ``language`` is not supported or ``reference_date`` is not an
            ISO date.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("de")
        >>> component = nlp.add_pipe("newsdoc", config={"reference_date": "2024-05-06"})
        >>> component.language, component.reference_date
        ('de', datetime.date(2024, 5, 6))
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "newsdoc",
        *,
        language: str | None = None,
        reference_date: str | None = None,
        spans_prefix: str = "newsdoc_",
    ) -> None:
        self.name = name
        self.language = _pipeline_language(nlp.lang, language)
        self.reference_date = None if reference_date is None else _iso_date(reference_date)
        self.spans_prefix = spans_prefix
        for extension in ("newsdoc", "newsdoc_reference_date"):
            if not Doc.has_extension(extension):
                Doc.set_extension(extension, default=None)

    def __call__(self, doc: Doc) -> Doc:
        """Parse ``doc.text`` and set ``doc._.newsdoc`` and the span groups.

        Example:
            >>> import spacy
            >>> nlp = spacy.blank("en")
            >>> component = nlp.add_pipe("newsdoc")
            >>> doc = component(nlp.make_doc("LISBON (AP) — The port reopened."))
            >>> doc.spans["newsdoc_datelines"][0].text
            'LISBON (AP) —'
        """
        reference = doc._.newsdoc_reference_date
        if reference is None:
            reference = self.reference_date
        article = newsdoc.parse(doc.text, reference_date=reference, language=self.language)
        doc._.newsdoc = article
        for kind, label in SPAN_GROUPS.items():
            key = self.spans_prefix + kind
            spans = _spans_of(doc, _located(article, kind), label)
            doc.spans[key] = SpanGroup(doc, name=key, spans=spans)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        """Run the component over a stream of documents (``nlp.pipe`` calls this).

        Example:
            >>> import spacy
            >>> nlp = spacy.blank("es")
            >>> component = nlp.add_pipe("newsdoc")
            >>> docs = component.pipe(nlp.make_doc(t) for t in ("Uno.", "Dos."))
            >>> [doc._.newsdoc.language for doc in docs]
            ['es', 'es']
        """
        for doc in docs:
            yield self(doc)


@Language.factory(
    "newsdoc",
    default_config={"language": None, "reference_date": None, "spans_prefix": "newsdoc_"},
    assigns=["doc._.newsdoc", "doc.spans"],
)
def make_newsdoc(
    nlp: Language,
    name: str,
    language: str | None,
    reference_date: str | None,
    spans_prefix: str,
) -> NewsdocComponent:
    """Build the component; spaCy calls this for ``nlp.add_pipe("newsdoc")``.

    Example:
        >>> import spacy
        >>> from newsdoc.spacy_component import make_newsdoc
        >>> make_newsdoc(spacy.blank("it"), "newsdoc", None, None, "nd_").spans_prefix
        'nd_'
    """
    return NewsdocComponent(
        nlp, name, language=language, reference_date=reference_date, spans_prefix=spans_prefix
    )


def _pipeline_language(lang: str | None, language: str | None) -> str | None:
    """Return the configured language, else ``lang`` if newsdoc supports it, else None."""
    if language is not None:
        return newsdoc.resolve_language("", language)
    return lang if lang in newsdoc.SUPPORTED_LANGUAGES else None


def _iso_date(value: str) -> dt.date:
    """Return the date written ``YYYY-MM-DD``, or raise ValueError naming the setting."""
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise ValueError(
            f"reference_date must be an ISO date such as 2024-05-06, not {value!r}"
        ) from error


def _located(article: Article, kind: str) -> list[tuple[int, NewsSpan]]:
    """Return ``(index, span)`` pairs of one kind, the index into the article's tuple."""
    if kind == "quotes":
        return [(i, q.span) for i, q in enumerate(article.quotes)]
    if kind == "speakers":
        return _optional(article.quotes, lambda q: q.speaker_span)
    if kind == "cues":
        return _optional(article.quotes, lambda q: q.cue_span)
    if kind == "captions":
        return [(i, c.span) for i, c in enumerate(article.captions)]
    if kind == "credits":
        return _optional(article.captions, lambda c: None if c.credit is None else c.credit.span)
    if kind == "bylines":
        return [(i, b.span) for i, b in enumerate(article.bylines)]
    if kind == "datelines":
        return [] if article.dateline is None else [(0, article.dateline.span)]
    if kind == "timestamps":
        return [(i, t.span) for i, t in enumerate(article.timestamps)]
    return [(i, v.span) for i, v in enumerate(article.votes)]


def _optional(
    items: tuple[_T, ...], span_of: Callable[[_T], NewsSpan | None]
) -> list[tuple[int, NewsSpan]]:
    """Return the ``(index, span)`` pairs of the items that have such a span."""
    pairs = ((i, span_of(item)) for i, item in enumerate(items))
    return [(i, span) for i, span in pairs if span is not None]


def _spans_of(doc: Doc, located: list[tuple[int, NewsSpan]], label: str) -> list[Span]:
    """Return token spans covering the character spans (none for a blank one)."""
    spans: list[Span] = []
    for index, where in located:
        span = doc.char_span(
            where.start, where.end, label=label, alignment_mode="expand", span_id=str(index)
        )
        if span is not None:
            spans.append(span)
    return spans


# Serialisation: spaCy writes doc.user_data (where doc._.newsdoc lives) with msgpack
# through srsly, whose encoders and decoders are registries.  newsdoc's objects go
# out as maps tagged with the class name and come back from that closed list only.
_TAG = "__newsdoc__"
_SERIALISED: tuple[type[AttrsInstance], ...] = (
    *(Article, Byline, Caption, Credit, Dateline, Person, Place, Quote),
    *(NewsSpan, Timestamp, VoteTally),
)
_CLASSES: Mapping[str, type[AttrsInstance]] = MappingProxyType(
    {cls.__name__: cls for cls in _SERIALISED}
)
_TIMES: Mapping[str, Callable[[str], object]] = MappingProxyType(
    {
        "datetime": dt.datetime.fromisoformat,
        "date": dt.date.fromisoformat,
        "time": dt.time.fromisoformat,
    }
)


def _packed(value: object) -> object:
    """Return ``value`` with newsdoc objects and dates turned into tagged maps."""
    cls = _CLASSES.get(type(value).__name__)
    if cls is not None and type(value) is cls:
        fields = {f.name: _packed(getattr(value, f.name)) for f in attrs.fields(cls)}
        return {_TAG: cls.__name__, **fields}
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return {_TAG: type(value).__name__, "iso": value.isoformat()}
    if isinstance(value, tuple):
        return [_packed(item) for item in value]
    return value


def _encode(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """Encode a newsdoc object for msgpack; pass anything else down the chain."""
    if _CLASSES.get(type(obj).__name__) is type(obj):
        return _packed(obj)
    return obj if chain is None else chain(obj)


def _decode(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """Rebuild a tagged map (its members are already rebuilt: maps decode inside out)."""
    name = obj.get(_TAG) if isinstance(obj, dict) else None
    if isinstance(obj, dict) and isinstance(name, str):
        iso = obj.get("iso")
        if name in _TIMES and isinstance(iso, str):
            return _TIMES[name](iso)
        if name in _CLASSES:
            fields = {k: tuple(v) if isinstance(v, list) else v for k, v in obj.items()}
            del fields[_TAG]
            return _CLASSES[name](**fields)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register("newsdoc", func=_encode)
srsly.msgpack_decoders.register("newsdoc", func=_decode)
