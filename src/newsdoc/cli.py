"""The ``newsdoc`` command line.

``newsdoc parse FILE...`` prints the facts of each document as JSON (JSON Lines when
there is more than one); ``newsdoc parse --jsonl corpus.jsonl`` reads and writes JSON
Lines, passing the records' other fields through; both stream, writing each result as
soon as it is parsed.  ``newsdoc demo`` parses a bundled sample article written for
this project; ``newsdoc schema`` prints the JSON Schema of the results.

Exit status: 0 when every document was parsed; 1 when some records were bad (each is
reported on stderr with its file and line, and skipped); 2 for a usage or input error
found before anything was written; 130 when interrupted (Ctrl-C), keeping the results
already written.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from newsdoc.article import Article, article_schema, parse
from newsdoc.batch import ParsedRecord, RecordError, parse_many
from newsdoc.languages import SUPPORTED_LANGUAGES

__all__ = ["main"]

# Exit statuses (see the module docstring).
_EXIT_SKIPPED = 1
_EXIT_USAGE = 2
_EXIT_INTERRUPTED = 130


class CliError(Exception):
    """A user error: reported as one line on stderr with exit status 2."""


def _date_arg(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _language_arg(value: str) -> str:
    code = value.casefold()
    if code not in SUPPORTED_LANGUAGES:
        raise argparse.ArgumentTypeError(
            f"unsupported language {value!r}; choose from {', '.join(SUPPORTED_LANGUAGES)}"
        )
    return code


def _jobs_arg(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (0 = all CPUs), got {value!r}"
        )
    return jobs or _cpu_count()


def _cpu_count() -> int:
    """Return the CPUs this process may run on (fewer than the machine's in a container)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _indent_arg(value: str) -> int:
    try:
        indent = int(value)
    except ValueError:
        indent = -1
    if indent < 0:
        raise argparse.ArgumentTypeError(f"expected a number of spaces, got {value!r}")
    return indent


_EPILOG = """\
output: one JSON object per document: Article.to_dict() plus "file" for text files, or
plus the record's other fields for JSON Lines (the text field left out; the facts win a
clash of names).  A single text file is printed as indented JSON; anything more as JSON
Lines, one object per line, written and flushed as soon as each document is parsed.

exit status: 0 all parsed; 1 some records were bad (reported on stderr as FILE:LINE: and
skipped); 2 usage or input error, nothing written; 130 interrupted, output so far kept.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdoc",
        description="Extract datelines, bylines, captions, quotes and vote tallies from news text.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {_version()}", help="print the version"
    )
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="what to do (COMMAND -h for more)"
    )

    p = sub.add_parser(
        "parse",
        help="parse documents and print their facts as JSON",
        description="Parse news documents and print their facts as JSON or JSON Lines.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="text files, one document each (or JSON Lines files with --jsonl); "
        "- or no FILE reads standard input",
    )
    p.add_argument(
        "--jsonl",
        action="store_true",
        help="read JSON Lines, one object per line with the document's text in a field "
        "(see --text-field), and write one result per line",
    )
    p.add_argument(
        "--text-field",
        metavar="NAME",
        help="with --jsonl: the field holding each document's text (default: text)",
    )
    p.add_argument(
        "--id-field",
        metavar="NAME",
        help="with --jsonl: the field holding each document's id, named in error "
        "messages (default: id)",
    )
    p.add_argument(
        "--date-field",
        metavar="NAME",
        help="with --jsonl: a field holding each document's own reference date, an ISO "
        "date or datetime (2024-03-01, 2024-03-01T09:30:00Z); --reference-date is "
        "used where it is missing or empty",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs_arg,
        default=1,
        metavar="N",
        help="parse in N worker processes (default: 1; 0: one per CPU); output stays in "
        "input order",
    )
    p.add_argument(
        "--reference-date",
        type=_date_arg,
        metavar="YYYY-MM-DD",
        help="the story date used to resolve datelines without a year (default: a "
        "publication stamp found in the text)",
    )
    p.add_argument(
        "--language",
        type=_language_arg,
        metavar="CODE",
        help=f"the language of every document, one of {', '.join(SUPPORTED_LANGUAGES)} "
        "(default: detected per document)",
    )
    p.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    p.add_argument(
        "--include-text",
        action="store_true",
        help='add each document\'s text to its result as "text"',
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE instead of standard output, as the shell's > does: an existing "
        "file keeps its permissions, a symlink is written through",
    )
    p.add_argument(
        "--indent",
        type=_indent_arg,
        default=2,
        metavar="N",
        help="JSON indent when the output is a single document (default: 2)",
    )

    sub.add_parser(
        "demo",
        help="parse a bundled sample article and print what was found",
        description="Parse a bundled sample article (written for newsdoc) and print a summary.",
    )
    sub.add_parser(
        "schema",
        help="print the JSON Schema of the objects parse writes",
        description="Print the JSON Schema (draft 2020-12) of one result of newsdoc parse "
        "without its file or input fields: Article.to_dict().",
    )
    return parser


def _version() -> str:
    import newsdoc

    return str(newsdoc.__version__)


def _decode(name: str, data: bytes, encoding: str, line: int | None = None) -> str:
    """Return ``data`` decoded, or raise CliError naming the file (and line)."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        where = name if line is None else f"{name}:{line}"
        raise CliError(
            f"{where}: not valid {encoding} (byte {exc.start}); pass --encoding to override"
        ) from None


def _check_inputs(files: Sequence[str], output: str | None) -> None:
    """Fail before writing anything if an input cannot be opened or is the output."""
    if list(files).count("-") > 1:
        raise CliError("stdin (-) can be given only once")
    for name in files:
        if name == "-":
            continue
        path = Path(name)
        if path.is_dir():
            raise CliError(f"{name}: is a directory")
        if not path.exists():
            raise CliError(f"{name}: no such file")
        if not os.access(path, os.R_OK):
            raise CliError(f"{name}: permission denied")
        if output is not None and Path(output).exists() and path.samefile(output):
            raise CliError(f"{name}: is also the output file")


def _check_encoding(encoding: str, jsonl: bool) -> None:
    try:
        newline = "\n".encode(encoding)
    except LookupError:
        raise CliError(f"unknown encoding {encoding!r}") from None
    if jsonl and newline != b"\n":
        raise CliError(f"--jsonl needs an encoding with one-byte newlines, not {encoding!r}")


@contextlib.contextmanager
def _open_input(name: str) -> Iterator[BinaryIO]:
    if name == "-":
        stdin = sys.stdin
        if stdin is None:
            raise CliError("no standard input to read; name a FILE")
        if stdin.isatty():
            sys.stderr.write("newsdoc: reading standard input (end it with Ctrl-D)\n")
        yield stdin.buffer
        return
    try:
        with Path(name).open("rb") as handle:
            yield handle
    except OSError as exc:
        raise CliError(f"{name}: {exc.strerror or exc}") from None


class _Session:
    """One run of ``newsdoc parse``: reads inputs, tracks where each record came from."""

    def __init__(self, args: argparse.Namespace, errors: TextIO) -> None:
        self.args = args
        self.errors = errors
        self.skipped = 0
        # (file, line) of each record handed to parse_many and not yet answered: the
        # answers come back in input order, so the oldest entry is always the next one.
        self.pending: collections.deque[tuple[str, int | None]] = collections.deque()

    def report(self, name: str, line: int | None, reason: str) -> None:
        where = name if line is None else f"{name}:{line}"
        self.errors.write(f"newsdoc: {where}: {reason}\n")
        self.errors.flush()
        self.skipped += 1

    def on_error(self, error: RecordError) -> None:
        name, line = self.pending.popleft()
        known = error.id is not None and self.args.jsonl
        about = f"{self.args.id_field or 'id'} {error.id!r}: " if known else ""
        self.report(name, line, about + error.reason)

    def documents(self) -> Iterator[Mapping[str, object]]:
        """Yield one record per text file, read when parse_many asks for it."""
        for name in self.args.files:
            with _open_input(name) as handle:
                data = handle.read()
            try:
                text = _decode(name, data, self.args.encoding)
            except CliError as exc:
                self.errors.write(f"newsdoc: {exc}\n")
                self.skipped += 1
                continue
            self.pending.append((name, None))
            yield {"file": name, "text": text}

    def lines(self) -> Iterator[Mapping[str, object]]:
        """Yield the objects of the JSON Lines inputs, a line at a time."""
        for name in self.args.files:
            with _open_input(name) as handle:
                for number, raw in enumerate(handle, start=1):
                    record = self._record(name, number, raw)
                    if record is not None:
                        self.pending.append((name, number))
                        yield record

    def _record(self, name: str, number: int, raw: bytes) -> Mapping[str, object] | None:
        try:
            line = _decode(name, raw, self.args.encoding, number)
        except CliError as exc:
            self.errors.write(f"newsdoc: {exc}\n")
            self.skipped += 1
            return None
        if number == 1:
            line = line.removeprefix("\ufeff")  # a byte-order mark some editors write
        if not line.strip():
            return None
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            self.report(name, number, f"malformed JSON ({exc.msg})")
            return None
        if not isinstance(record, dict):
            self.report(name, number, f"expected a JSON object, got {type(record).__name__}")
            return None
        return record


class _Progress:
    """A one-line counter on stderr, shown only when stderr is a terminal."""

    def __init__(self, stream: TextIO, total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.enabled = stream.isatty()

    def __call__(self, done: int) -> None:
        if self.enabled and done % 25 == 0:
            of = f"/{self.total}" if self.total else ""
            self.stream.write(f"\rparsed {done}{of}")
            self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\033[K")
            self.stream.flush()


class _Sink:
    """Where results go, as UTF-8, flushed after every document."""

    def __init__(self, *, binary: IO[bytes] | None = None, text: TextIO | None = None) -> None:
        self.binary = binary
        self.text = text

    def write(self, data: str) -> None:
        try:
            if self.binary is not None:
                self.binary.write(data.encode("utf-8"))
                self.binary.flush()
            elif self.text is not None:
                self.text.write(data)
                self.text.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise CliError(f"cannot write output ({exc.strerror or exc})") from None


@contextlib.contextmanager
def _output(name: str | None) -> Iterator[_Sink]:
    """Yield a sink on stdout, or on the file ``name`` opened as the shell's ``>`` does."""
    if name is None:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)  # none in doctests' stand-in
        yield _Sink(binary=buffer) if buffer is not None else _Sink(text=sys.stdout)
        return
    with contextlib.ExitStack() as stack:
        try:  # "wb" follows a symlink, and an existing file keeps its mode
            handle = stack.enter_context(Path(name).open("wb"))
        except OSError as exc:
            raise CliError(f"{name}: cannot write ({exc.strerror or exc})") from None
        yield _Sink(binary=handle)


def _result(record: ParsedRecord, args: argparse.Namespace) -> dict[str, object]:
    return {**record.fields, **record.article.to_dict(include_text=args.include_text)}


def _parse_command(args: argparse.Namespace) -> int:
    """Run ``newsdoc parse``; return the exit status."""
    if not args.files:
        args.files = ["-"]
    if not args.jsonl:
        for option in ("text_field", "id_field", "date_field"):
            if getattr(args, option) is not None:
                flag = "--" + option.replace("_", "-")
                raise CliError(f"{flag} needs --jsonl")
    _check_encoding(args.encoding, args.jsonl)
    _check_inputs(args.files, args.output)
    session = _Session(args, sys.stderr)
    single = not args.jsonl and len(args.files) == 1
    source = session.lines() if args.jsonl else session.documents()
    progress = _Progress(sys.stderr, None if args.jsonl else len(args.files))
    results = parse_many(
        source,
        processes=args.jobs,
        reference_date=args.reference_date,
        language=args.language,
        text_field=args.text_field or "text",
        id_field=(args.id_field or "id") if args.jsonl else "file",
        date_field=args.date_field,
        progress=progress,
        on_error=session.on_error,
    )
    with _output(args.output) as out, contextlib.closing(results):
        for record in results:
            session.pending.popleft()
            data = _result(record, args)
            indent = args.indent if single else None
            out.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")
    progress.finish()
    if session.skipped:
        sys.stderr.write(f"newsdoc: {session.skipped} bad record(s) skipped\n")
        return _EXIT_SKIPPED
    return 0


def sample_article() -> str:
    """Return the bundled sample article (a fictional wire story written for newsdoc)."""
    return resources.files("newsdoc").joinpath("data/sample_article.txt").read_text("utf-8")


def _snippet(article: Article, start: int, end: int, limit: int = 70) -> str:
    text = " ".join(article.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_demo(article: Article) -> str:
    """Return a readable summary of the facts found in ``article``."""
    lines = [f"Language: {article.language}"]
    d = article.dateline
    if d is not None:
        place = d.place
        where = (
            ", ".join(x for x in (place.city, place.region, place.country) if x) if place else "?"
        )
        when = d.date.isoformat() if d.date else "no date"
        agencies = ", ".join(d.agencies) or "no agency"
        lines.append(f"Dateline: {where} ({when}; {agencies})")
    else:
        lines.append("Dateline: none found")
    lines.append(f"Bylines: {len(article.bylines)}")
    for b in article.bylines:
        people = "; ".join(
            p.name + (f" ({p.role})" if p.role else "") + (f" {p.location}" if p.location else "")
            for p in b.people
        )
        lines.append(f"  [{b.position}] {people or '-'}  orgs: {', '.join(b.organizations) or '-'}")
    lines.append(f"Captions: {len(article.captions)}")
    for c in article.captions:
        credit = c.credit
        who = ", ".join((*credit.photographers, *credit.agencies)) if credit else "no credit"
        lines.append(f"  {_snippet(article, c.span.start, c.span.end)}  [{who}]")
    lines.append(f"Quotes: {len(article.quotes)}")
    for q in article.quotes:
        speaker = q.speaker or "?"
        mention = ""
        if q.speaker_span is not None:
            mention = f" (as {article.text[q.speaker_span.start : q.speaker_span.end]!r})"
        kind = " (partial)" if q.kind == "partial" else ""
        quoted = _snippet(article, q.span.start, q.span.end)
        lines.append(f"  {speaker}{mention} {q.cue or '-'}{kind}: {quoted}")
    lines.append(f"Votes: {len(article.votes)}")
    for v in article.votes:
        counts = "unanimous" if v.unanimous and v.yes is None else f"{v.yes} for, {v.no} against"
        if v.abstain is not None:
            counts += f", {v.abstain} abstaining"
        lines.append(f"  {counts}; outcome: {v.outcome or '?'}; body: {v.body or '?'}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> main(["parse", "/nonexistent/story.txt"])
        2
    """
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "demo":
            sys.stdout.write(render_demo(parse(sample_article())))
            sys.stdout.flush()
            return 0
        if args.command == "schema":
            sys.stdout.write(json.dumps(article_schema(), indent=2, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            return 0
        return _parse_command(args)
    except CliError as exc:
        sys.stderr.write(f"newsdoc: error: {exc}\n")
        return _EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("\nnewsdoc: interrupted; the results written so far are kept\n")
        return _EXIT_INTERRUPTED
    except BrokenPipeError:  # e.g. piped into head: stop quietly
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point stdout at the null device, so the exit flush does not fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
