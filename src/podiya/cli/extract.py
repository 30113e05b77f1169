"""`podiya extract`: articles -> the output contract (JSON Lines by default)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import TextIO

import typer

from .app import app
from .common import (Tally, check_date, check_input_format, check_lang, counted, fail, open_output, progress,
                     refuse_output_among_inputs, settling)


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    view = "view"


class Emitter:
    """Writes documents as they come; `json` is one array, valid JSON for any number of documents."""

    def __init__(self, format: OutputFormat, out: TextIO):
        self.format, self.out, self.count = format, out, 0

    def __call__(self, doc) -> None:
        if self.format is OutputFormat.view:
            from .view import render
            render(doc, self.out)
        else:
            payload = doc.to_document().to_json_dict()
            if self.format is OutputFormat.jsonl:
                self.out.write(json.dumps(payload, ensure_ascii=False) + "\n")
            else:
                item = json.dumps(payload, ensure_ascii=False, indent=2).replace("\n", "\n  ")
                self.out.write(("[\n  " if self.count == 0 else ",\n  ") + item)
        self.count += 1
        self.out.flush()  # a reader of the pipe sees each document as soon as it is done

    def close(self) -> None:
        if self.format is OutputFormat.json:
            self.out.write("\n]\n" if self.count else "[]\n")
            self.out.flush()


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files, folders (read recursively, sorted), feed URLs, or - for standard input."),
    format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f",
                                        help="jsonl: one document per line (the contract); json: one JSON "
                                             "array of the documents, indented; view: for reading."),
    input_format: str = typer.Option(None, "--input-format", "-i", callback=check_input_format,
                                     help="Override format detection: text, bsnlp, jsonl, html, feed, warc."),
    lang: str = typer.Option(None, "--lang", callback=check_lang,
                             help="Language (uk, ru, en) of inputs that state none; skips detection for them."),
    date: str = typer.Option(None, "--date", callback=check_date,
                             help="Publication date YYYY-MM-DD for inputs that have none."),
    output: Path = typer.Option(None, "--output", "-o", help="Write here instead of standard output (`-`: standard output)."),
) -> None:
    """Extract entities, times, events and a summary from each article, in input order.

    Bad inputs are reported on standard error, one line each, and skipped; the exit status is 1 only when no document could be processed.
    """
    from ..errors import PodiyaError
    from ..ingest import read_paths
    from ..pipeline import Pipeline

    refuse_output_among_inputs("extract", output, paths)
    try:
        pipeline = Pipeline()
    except PodiyaError as err:
        fail("extract", err, status=2)
    tally = Tally()
    to_file = output is not None and str(output) != "-"
    # A bar on the terminal only when the documents go elsewhere (a file, a pipe, a redirect).
    with open_output("extract", output) as out, progress(to_file or not sys.stdout.isatty()) as advance:
        emit = Emitter(format, out)
        advance = settling(advance)
        articles = counted(read_paths(paths, input_format=input_format, on_error=tally.input_error,
                                      settings=pipeline.settings), tally)
        for article in articles:
            article.lang = article.lang or lang
            article.date = article.date or date
            status = "failed"
            for doc in pipeline.pipe([article], on_error=tally.doc_failure):
                tally.done += 1
                emit(doc)
                status = "done"
            advance(article, status)
        emit.close()
    if tally.done == 0:
        reason = "every input failed" if tally.failed else "no documents found"
        fail("extract", f"nothing processed ({reason})")
    if tally.failed or to_file:
        where = f" to {output}" if to_file else ""
        print(f"podiya extract: {tally.done} documents written{where}, {tally.failed} failed", file=sys.stderr)
