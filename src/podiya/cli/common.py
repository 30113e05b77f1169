"""Small helpers the command modules share: error reporting, option checks, the input loop."""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn, TextIO

import typer

from ..doc import Article
from ..errors import InputError
from ..pipeline import Failure


@dataclass
class Tally:
    """Counts for the final summary line and the exit status."""

    read: int = 0
    done: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def input_error(self, err: InputError) -> None:
        self.failed += 1
        self.errors.append(str(err))
        print(f"error: {err}", file=sys.stderr, flush=True)

    def doc_failure(self, failure: Failure) -> None:
        self.failed += 1
        src = failure.article.source or failure.article.id
        self.errors.append(f"{src}: {failure.error}")
        print(f"error: {src}: {failure.error}", file=sys.stderr, flush=True)


def counted(articles: Iterator[Article], tally: Tally) -> Iterator[Article]:
    for article in articles:
        tally.read += 1
        yield article


def fail(command: str, message: object, status: int = 1) -> NoReturn:
    """One clear line on stderr and the exit status, instead of a traceback."""
    print(f"podiya {command}: {message}", file=sys.stderr, flush=True)
    raise typer.Exit(status)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def check_date(value: str | None) -> str | None:
    """Typer callback: a real calendar date written YYYY-MM-DD (what the contract stores)."""
    if value is None:
        return None
    if not _ISO_DATE.fullmatch(value.strip()):
        raise typer.BadParameter(f"{value!r} is not a date written YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError as exc:
        raise typer.BadParameter(f"{value!r} is not a calendar date ({exc})") from None


def check_input_format(value: str | None) -> str | None:
    """Typer callback: one of the reader formats (a usage error, not a failed input, when wrong)."""
    from ..ingest.api import FORMATS

    if value is None:
        return None
    if value.strip().lower() not in FORMATS:
        raise typer.BadParameter(f"{value!r} is not an input format; choose one of {', '.join(FORMATS)}")
    return value.strip().lower()


def check_lang(value: str | None) -> str | None:
    """Typer callback: one of the languages podiya is set up for (`ua` is accepted for uk)."""
    if value is None:
        return None
    from ..settings import load_settings

    code = {"ua": "uk"}.get(value.strip().lower(), value.strip().lower())
    known = load_settings().languages
    if code not in known:
        raise typer.BadParameter(f"{value!r} is not a language podiya reads; choose one of {', '.join(known)}")
    return code


@contextlib.contextmanager
def open_output(command: str, path: Path | None) -> Iterator[TextIO]:
    """Standard output, or `path` (its folder created) opened for writing; a clear error if it cannot be."""
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(path, "w", encoding="utf-8")
    except OSError as exc:
        fail(command, f"cannot write {path}: {exc.strerror or exc}", status=2)
    try:
        with handle:  # closing flushes: a full disk can show up here too
            yield handle
    except OSError as exc:  # the readers report their own OSErrors; what is left is writing
        fail(command, f"cannot write {path}: {exc.strerror or exc}; it holds what was written before")


def refuse_output_among_inputs(command: str, output: Path | None, inputs: Sequence[str]) -> None:
    """An output file inside an input folder would be read back as input while it is written."""
    if output is None or str(output) == "-":
        return
    target = output.resolve()
    for given in inputs:
        if given.startswith(("http://", "https://")):
            continue
        source = Path(given).resolve()
        inside = target == source or (source.is_dir() and target.is_relative_to(source)
                                      and not any(p.startswith(".") for p in target.relative_to(source).parts))
        if inside:
            fail(command, f"the output {output} is among the inputs ({given}) and would be read as one; "
                          "write it elsewhere", status=2)


def settling(advance):
    """The progress callback `advance`, freezing start-up objects once the first document is processed
    (pipeline.freeze_startup_objects): batches run about a tenth faster."""
    first = True

    def call(article, status) -> None:
        nonlocal first
        if first and status not in ("skipped", "failed"):   # a stage has run: its data is loaded
            from ..pipeline import freeze_startup_objects
            freeze_startup_objects()
            first = False
        advance(article, status)
    return call


@contextlib.contextmanager
def progress(enabled: bool = True):
    """A rich progress line on stderr when it is a terminal; a no-op callback otherwise.

    The callback takes (article, status); a pipe or a file never gets the bar's control codes.
    """
    if not enabled or not sys.stderr.isatty():
        yield lambda article, status: None
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)
        # While the bar runs, sys.stderr is rich's proxy that prints above the bar; log handlers
        # still hold the real stream and would write into the bar's line, so point them at it too.
        handlers = [h for h in logging.getLogger().handlers if type(h) is logging.StreamHandler]
        streams = [h.setStream(sys.stderr) for h in handlers]
        try:
            yield lambda article, status: bar.update(task, advance=1, description=f"{status}: {escape(article.id)}")
        finally:
            for handler, stream in zip(handlers, streams):
                handler.setStream(stream)
