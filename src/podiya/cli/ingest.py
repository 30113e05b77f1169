"""`podiya ingest`: read, process and store articles in the SQLite database."""
from __future__ import annotations

import os
import sqlite3
import sys

import typer

from .app import app
from .common import Tally, check_input_format, fail, progress, settling


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, folders (read recursively, sorted) or feed URLs."),
    db: str = typer.Option(None, "--db", help="SQLite database file (default: $PODIYA_DB, else the `database` setting)."),
    input_format: str = typer.Option(None, "--input-format", "-i", callback=check_input_format,
                                     help="Override format detection: text, bsnlp, jsonl, html, feed, warc."),
) -> None:
    """Process every article and store it.

    A document is its input file (or URL) and id: the same file and id again updates it, the same id from another file is another document. Text and date stored already (from any input) are skipped without processing.
    """
    from ..errors import PodiyaError
    from ..pipeline import Pipeline
    from ..store import Store, ingest as run_ingest

    try:
        pipeline = Pipeline()
        store = Store(db or os.environ.get("PODIYA_DB") or pipeline.settings.database)
    except PodiyaError as err:
        fail("ingest", err)
    tally = Tally()  # prints each error to stderr as it happens
    try:
        with store, progress() as advance:
            report = run_ingest(paths, store, pipeline=pipeline, input_format=input_format,
                                on_input_error=tally.input_error, on_doc_failure=tally.doc_failure,
                                on_result=settling(advance))
    except sqlite3.Error as exc:  # locked by another writer, disk full, read-only file
        fail("ingest", f"{store.path}: database error: {exc}; documents stored before it are kept, "
                       "run the same command again to add the rest")
    print(report.summary(), file=sys.stderr)
    if report.processed == 0:
        fail("ingest", "nothing processed")
