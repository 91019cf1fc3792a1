"""The ``newsdoc`` command line.

``newsdoc parse FILE...`` prints the facts of each document as JSON;
``newsdoc parse --jsonl corpus.jsonl`` reads and writes JSON Lines;
``newsdoc demo`` parses a bundled sample article written for this project.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from newsdoc.article import Article, parse
from newsdoc.languages import SUPPORTED_LANGUAGES

__all__ = ["main"]


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdoc",
        description="Extract datelines, bylines, captions, quotes and vote tallies from news text.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse documents and print their facts as JSON")
    p.add_argument("files", nargs="+", metavar="FILE", help="text files, or - for stdin")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON Lines ({"id": ..., "text": ...}) and write one result per line',
    )
    p.add_argument("--reference-date", type=_date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--language", type=_language_arg, metavar="CODE")
    p.add_argument("--encoding", default="utf-8", help="input encoding (default: utf-8)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--indent", type=int, default=2, help="JSON indent for plain files")

    sub.add_parser("demo", help="parse a bundled sample article and print what was found")
    return parser


def _version() -> str:
    import newsdoc

    return str(newsdoc.__version__)


def _read(name: str, encoding: str) -> str:
    """Return the decoded content of a file (or stdin for ``-``)."""
    try:
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            path = Path(name)
            if path.is_dir():
                raise CliError(f"{name}: is a directory")
            data = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{name}: no such file") from None
    except PermissionError:
        raise CliError(f"{name}: permission denied") from None
    except OSError as exc:
        raise CliError(f"{name}: {exc.strerror or exc}") from None
    try:
        return data.decode(encoding)
    except LookupError:
        raise CliError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise CliError(
            f"{name}: not valid {encoding} (byte {exc.start}); pass --encoding to override"
        ) from None


def _jsonl_records(name: str, content: str) -> Iterator[tuple[Any, str]]:
    """Yield (id, text) from JSON Lines content, naming the bad line on error."""
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CliError(f"{name}:{number}: malformed JSON ({exc.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise CliError(f'{name}:{number}: expected an object with a string "text" field')
        yield record.get("id"), record["text"]


class _Progress:
    """A one-line progress counter on stderr, shown only on a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.enabled = total >= 50 and stream.isatty()

    def update(self, done: int) -> None:
        if self.enabled and (done % 25 == 0 or done == self.total):
            width = 30
            filled = width * done // self.total
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(f"\r[{bar}] {done}/{self.total}")
            if done == self.total:
                self.stream.write("\n")
            self.stream.flush()


def _write_output(text: str, output: str | None) -> None:
    """Write all of ``text`` at once; to a file atomically, so nothing is half-written."""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    target = Path(output)
    directory = target.parent if str(target.parent) else Path()
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise CliError(f"{output}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise CliError(f"{output}: cannot write ({exc.strerror or exc})") from None


def _parse_command(args: argparse.Namespace) -> str:
    """Return everything the ``parse`` command prints, having read every input first."""
    if args.files.count("-") > 1:
        raise CliError("stdin (-) can be given only once")
    contents = [(name, _read(name, args.encoding)) for name in args.files]
    out: list[str] = []
    if args.jsonl:
        records = [rec for name, content in contents for rec in _jsonl_records(name, content)]
        progress = _Progress(len(records), sys.stderr)
        for done, (doc_id, text) in enumerate(records, start=1):
            article = parse(text, reference_date=args.reference_date, language=args.language)
            out.append(json.dumps({"id": doc_id, **article.to_dict()}, ensure_ascii=False))
            progress.update(done)
        return "".join(line + "\n" for line in out)
    for name, text in contents:
        article = parse(text, reference_date=args.reference_date, language=args.language)
        data = {"file": name, **article.to_dict()}
        out.append(json.dumps(data, ensure_ascii=False, indent=args.indent))
    return "".join(doc + "\n" for doc in out)


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
            text = sample_article()
            output = render_demo(parse(text))
            _write_output(output, None)
        else:
            _write_output(_parse_command(args), args.output)
    except CliError as exc:
        sys.stderr.write(f"newsdoc: error: {exc}\n")
        return 2
    except BrokenPipeError:  # e.g. piped into head
        return 0
    return 0
