"""`podiya ingest`: read, process and store articles in the SQLite database."""
from __future__ import annotations

import contextlib
import os
import sys

import typer

from .app import app
from .common import Tally


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively, sorted) or feed URLs."),
    db: str = typer.Option(None, "--db", help="SQLite database file (default: $PODIYA_DB, else the `database` setting)."),
    input_format: str = typer.Option(None, "--input-format", "-i",
                                     help="Override format detection: text, bsnlp, jsonl, html, feed, warc."),
) -> None:
    """Process every article and store it; documents already stored (same text and date) are skipped."""
    from .. import Pipeline
    from ..store import Store, StoreError, ingest as run_ingest

    pipeline = Pipeline()
    tally = Tally()  # prints each error to stderr as it happens
    try:
        store = Store(db or os.environ.get("PODIYA_DB") or pipeline.settings.database)
    except StoreError as err:
        print(f"podiya ingest: {err}", file=sys.stderr)
        raise typer.Exit(1) from None
    with store, _progress() as advance:
        report = run_ingest(paths, store, pipeline=pipeline, input_format=input_format,
                            on_input_error=tally.input_error, on_doc_failure=tally.doc_failure,
                            on_result=advance)
    print(report.summary(), file=sys.stderr)
    if report.processed == 0:
        print("podiya ingest: nothing processed", file=sys.stderr)
        raise typer.Exit(1)


@contextlib.contextmanager
def _progress():
    """A rich progress line on stderr when it is a terminal; a no-op callback otherwise."""
    if not sys.stderr.isatty():
        yield lambda article, status: None
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=None)
        yield lambda article, status: bar.update(task, advance=1, description=f"{status}: {escape(article.id)}")
