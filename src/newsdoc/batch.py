"""Parse many documents: a streaming generator, in input order, on one core or several.

:func:`parse_many` takes an iterable of texts or of records (mappings such as the
objects of a JSON Lines file) and yields one :class:`ParsedRecord` per input, in input
order, as soon as it is parsed.  With ``processes > 1`` a pool of worker processes
parses in parallel; at most a few chunks per worker are in flight at any time, so the
input is read as the output is consumed and memory stays flat however long the input.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import multiprocessing
import signal
import types
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from multiprocessing.pool import AsyncResult

import attrs

from newsdoc.article import Article, parse
from newsdoc.languages import resolve_language

__all__ = ["ParsedRecord", "RecordError", "parse_many"]

# Records handed to a worker at once by default: large enough that the cost of
# sending a task is small beside parsing it (about 5-10 ms a story), small enough that
# the first results come quickly.
_DEFAULT_CHUNKSIZE = 8
# Chunks queued per worker: one being parsed and one waiting, so no worker idles.
_CHUNKS_PER_WORKER = 2

_EMPTY: Mapping[str, object] = types.MappingProxyType({})


@attrs.frozen(kw_only=True)
class ParsedRecord:
    """One parsed input of :func:`parse_many`.

    Attributes:
        index: The record's position in the input, counting from 0.
        id: The value of the record's id field (a str or an int), or None when the
            input was a bare string or the record had none.
        article: What :func:`newsdoc.parse` found in the record's text.
        fields: Every field of the input record except its text (the id and date
            fields included), read-only; empty for a bare string.

    Example:
        >>> import newsdoc
        >>> record = next(newsdoc.parse_many([{"id": "a1", "text": "Rain.", "url": "u"}]))
        >>> record.index, record.id, record.article.language, dict(record.fields)
        (0, 'a1', 'en', {'id': 'a1', 'url': 'u'})
    """

    index: int
    id: str | int | None
    article: Article
    fields: Mapping[str, object] = attrs.field(default=_EMPTY, hash=False)

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the fields as a dict (a read-only mapping view does not pickle)."""
        return (_rebuild_record, (self.index, self.id, self.article, dict(self.fields)))


def _rebuild_record(
    index: int, id: str | int | None, article: Article, fields: dict[str, object]
) -> ParsedRecord:
    return ParsedRecord(index=index, id=id, article=article, fields=types.MappingProxyType(fields))


class RecordError(ValueError):
    """A record that could not be parsed: wrong types, a bad date, or a parser failure.

    Attributes:
        index: The record's position in the input, counting from 0.
        id: The record's id when it could be read, else None.
        reason: What was wrong, in a few words.

    Example:
        >>> import newsdoc
        >>> list(newsdoc.parse_many([{"id": 7, "body": "no text field"}]))
        Traceback (most recent call last):
        newsdoc.batch.RecordError: record 0 (id 7): no str field 'text'
    """

    def __init__(self, index: int, id: str | int | None, reason: str) -> None:
        label = f"record {index}" + (f" (id {id!r})" if id is not None else "")
        super().__init__(f"{label}: {reason}")
        self.index = index
        self.id = id
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with the three arguments, so the error crosses process boundaries."""
        return (type(self), (self.index, self.id, self.reason))


@attrs.frozen(kw_only=True)
class _Options:
    """The per-call settings of parse_many, checked once."""

    reference_date: dt.date | None
    language: str | None
    text_field: str
    id_field: str
    date_field: str | None


@attrs.frozen(kw_only=True)
class _Task:
    """A checked record: what a worker needs, and what stays with the caller."""

    index: int
    id: str | int | None
    text: str
    reference_date: dt.date | None
    fields: Mapping[str, object]


@attrs.frozen(kw_only=True)
class _Failure:
    """A record that failed: kept in its place so the outcomes stay in input order."""

    error: RecordError


def parse_many(
    records: Iterable[str | Mapping[str, object]],
    *,
    processes: int | None = None,
    reference_date: dt.date | None = None,
    language: str | None = None,
    text_field: str = "text",
    id_field: str = "id",
    date_field: str | None = None,
    chunksize: int = _DEFAULT_CHUNKSIZE,
    progress: Callable[[int], None] | None = None,
    on_error: Callable[[RecordError], None] | None = None,
) -> Generator[ParsedRecord, None, None]:
    """Parse every record, yielding a :class:`ParsedRecord` for each, in input order.

    A record is either a ``str`` (the text) or a mapping with the text under
    ``text_field`` and, optionally, an id under ``id_field`` and the story's date
    under ``date_field``; its other fields come back in :attr:`ParsedRecord.fields`.

    The input is read lazily: with one process a record is read, parsed and yielded
    before the next is read; with several, at most ``2 * processes * chunksize``
    records are in flight.  The workers stop when the generator is exhausted, closed
    or dropped: ``for record in parse_many(...)`` ending early (``break``, an
    exception) drops it; a generator kept in a variable is stopped by its ``close()``
    or ``with contextlib.closing(parse_many(...)) as results:``.

    Args:
        records: Texts or mappings; any iterable, read once.
        processes: Worker processes.  None or 1 parses in this process; more start a
            ``multiprocessing`` pool for the duration of the loop.
        reference_date: The date for every record without its own (see
            :func:`newsdoc.parse`).
        language: An ISO 639-1 code for every record; None detects each one's.
        text_field: The key of a mapping's text.
        id_field: The key of a mapping's id (a str or an int; optional).
        date_field: The key of a mapping's own reference date, an ISO 8601 date or
            datetime string (``2024-03-01``, ``2024-03-01T09:30:00Z``) or a
            :class:`datetime.date`; a missing, null or empty value falls back to
            ``reference_date``.
        chunksize: Records sent to a worker at once (with ``processes > 1``).
        progress: Called with the number of records done so far, after each one.
        on_error: Called with the :class:`RecordError` of each bad record, which is
            then skipped; when None (the default) the first bad record raises it,
            after the records before it have been yielded.

    Yields:
        One :class:`ParsedRecord` per good record, in input order.

    Raises:
        TypeError: An argument has the wrong type (raised at the call).
        ValueError: ``processes`` or ``chunksize`` is below 1, or ``language`` is not
            supported (raised at the call).
        RecordError: A record is bad and ``on_error`` is None (raised in the loop).

    Example:
        >>> import datetime, newsdoc
        >>> stories = [
        ...     "ROME (AP) — The senate voted 150-110 on Friday to pass the budget.",
        ...     {"id": 2, "text": "“We will appeal,” the lawyer said.", "date": "2024-05-06"},
        ... ]
        >>> for rec in newsdoc.parse_many(stories, date_field="date"):
        ...     print(rec.index, rec.id, rec.article.reference_date, len(rec.article.quotes))
        0 None None 0
        1 2 2024-05-06 1
    """
    _check_arguments(records, processes, chunksize, (text_field, id_field, date_field))
    if reference_date is not None and not isinstance(reference_date, dt.date):
        raise TypeError(
            f"reference_date must be a datetime.date or None, not {type(reference_date).__name__}"
        )
    options = _Options(
        reference_date=_as_date(reference_date),
        language=None if language is None else resolve_language("", language),
        text_field=text_field,
        id_field=id_field,
        date_field=date_field,
    )
    tasks = _tasks(records, options)
    if processes is None or processes == 1:
        outcomes = _serial_outcomes(tasks, options.language)
    else:
        outcomes = _pool_outcomes(tasks, options.language, processes, chunksize)
    return _deliver(outcomes, progress, on_error)


def _check_arguments(
    records: object, processes: object, chunksize: object, names: tuple[object, ...]
) -> None:
    if isinstance(records, (str, bytes, Mapping)) or not isinstance(records, Iterable):
        raise TypeError(
            f"records must be an iterable of str or mappings, not {type(records).__name__}"
        )
    for label, number in (("processes", processes), ("chunksize", chunksize)):
        if number is None and label == "processes":
            continue
        if not isinstance(number, int) or isinstance(number, bool):
            raise TypeError(f"{label} must be an int, not {type(number).__name__}")
        if number < 1:
            raise ValueError(f"{label} must be at least 1, got {number}")
    for name in names:
        if name is not None and not isinstance(name, str):
            raise TypeError(f"field names must be str, not {type(name).__name__}")


def _as_date(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def _parse_date(value: object) -> dt.date | None:
    """Return the date of an ISO 8601 date or datetime string (or date object)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return _as_date(value)
    if not isinstance(value, str):
        raise ValueError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    text = value.strip()
    text = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise ValueError(f"not an ISO 8601 date: {value[:40]!r}") from None


def _tasks(
    records: Iterable[str | Mapping[str, object]], options: _Options
) -> Iterator[_Task | _Failure]:
    """Check each record in turn, yielding a task or the failure in its place."""
    for index, record in enumerate(records):
        try:
            yield _task(index, record, options)
        except RecordError as exc:
            yield _Failure(error=exc)


def _task(index: int, record: object, options: _Options) -> _Task:
    if isinstance(record, str):
        return _Task(
            index=index, id=None, text=record, reference_date=options.reference_date, fields=_EMPTY
        )
    if not isinstance(record, Mapping):
        raise RecordError(index, None, f"expected a str or a mapping, got {type(record).__name__}")
    record_id = record.get(options.id_field)
    if record_id is not None and (
        not isinstance(record_id, (str, int)) or isinstance(record_id, bool)
    ):
        raise RecordError(
            index,
            None,
            f"id field {options.id_field!r} must be a str or an int, "
            f"not {type(record_id).__name__}",
        )
    text = record.get(options.text_field)
    if not isinstance(text, str):
        raise RecordError(index, record_id, f"no str field {options.text_field!r}")
    reference_date = options.reference_date
    if options.date_field is not None:
        try:
            reference_date = _parse_date(record.get(options.date_field)) or reference_date
        except ValueError as exc:
            reason = f"date field {options.date_field!r}: {exc}"
            raise RecordError(index, record_id, reason) from None
    fields = types.MappingProxyType(
        {key: value for key, value in record.items() if key != options.text_field}
    )
    return _Task(index=index, id=record_id, text=text, reference_date=reference_date, fields=fields)


def _parse_one(text: str, reference_date: dt.date | None, language: str | None) -> Article | str:
    """Parse one text; a failure (a bug) comes back as its message, not as an exception."""
    try:
        return parse(text, reference_date=reference_date, language=language)
    except Exception as exc:  # one bad document must not stop the batch
        return f"parser failed: {type(exc).__name__}: {exc}"


def _outcome(task: _Task, result: Article | str) -> ParsedRecord | _Failure:
    if isinstance(result, str):
        return _Failure(error=RecordError(task.index, task.id, result))
    return ParsedRecord(index=task.index, id=task.id, article=result, fields=task.fields)


def _serial_outcomes(
    tasks: Iterator[_Task | _Failure], language: str | None
) -> Generator[ParsedRecord | _Failure, None, None]:
    for task in tasks:
        if isinstance(task, _Failure):
            yield task
        else:
            yield _outcome(task, _parse_one(task.text, task.reference_date, language))


# What a worker receives for one chunk, and what it sends back: texts go one way only
# (the caller keeps each text and puts it back into its Article).
_Job = tuple[tuple[tuple[str, dt.date | None], ...], str | None]


def _quiet_worker() -> None:
    """Leave Ctrl-C to the parent process, which stops the pool (no worker tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_chunk(job: _Job) -> list[Article | str]:
    """Parse a chunk in a worker, returning articles without their text (it is known)."""
    items, language = job
    results: list[Article | str] = []
    for text, reference_date in items:
        result = _parse_one(text, reference_date, language)
        results.append(attrs.evolve(result, text="") if isinstance(result, Article) else result)
    return results


def _pool_outcomes(
    tasks: Iterator[_Task | _Failure], language: str | None, processes: int, chunksize: int
) -> Generator[ParsedRecord | _Failure, None, None]:
    """Parse chunks in a pool, keeping a bounded window of them in flight, in order."""
    window: collections.deque[tuple[list[_Task | _Failure], AsyncResult[list[Article | str]]]]
    window = collections.deque()
    limit = processes * _CHUNKS_PER_WORKER
    with multiprocessing.get_context().Pool(processes, initializer=_quiet_worker) as pool:
        exhausted = False
        while True:
            while not exhausted and len(window) < limit:
                chunk = _take(tasks, chunksize)
                exhausted = len(chunk) < chunksize
                if chunk:
                    work = tuple((t.text, t.reference_date) for t in chunk if isinstance(t, _Task))
                    window.append((chunk, pool.apply_async(_parse_chunk, ((work, language),))))
            if not window:
                return
            chunk, pending = window.popleft()
            results = iter(pending.get())
            for task in chunk:
                if isinstance(task, _Failure):
                    yield task
                    continue
                result = next(results)
                if isinstance(result, Article):
                    result = attrs.evolve(result, text=task.text)
                yield _outcome(task, result)


def _take(tasks: Iterator[_Task | _Failure], count: int) -> list[_Task | _Failure]:
    chunk: list[_Task | _Failure] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) == count:
            break
    return chunk


def _deliver(
    outcomes: Generator[ParsedRecord | _Failure, None, None],
    progress: Callable[[int], None] | None,
    on_error: Callable[[RecordError], None] | None,
) -> Generator[ParsedRecord, None, None]:
    """Yield the parsed records; hand failures to ``on_error`` (or raise); count both."""
    with contextlib.closing(outcomes):
        for done, outcome in enumerate(outcomes, start=1):
            if isinstance(outcome, _Failure):
                if on_error is None:
                    raise outcome.error
                on_error(outcome.error)
            if progress is not None:
                progress(done)
            if isinstance(outcome, ParsedRecord):
                yield outcome
