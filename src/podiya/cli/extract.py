"""`podiya extract`: articles -> the output contract (JSON Lines by default)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer

from .app import app
from .common import Tally, counted


class OutputFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    view = "view"


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (read recursively, sorted) or feed URLs."),
    format: OutputFormat = typer.Option(OutputFormat.jsonl, "--format", "-f",
                                        help="jsonl: one document per line (the contract); json: pretty; view: for reading."),
    input_format: str = typer.Option(None, "--input-format", "-i",
                                     help="Override format detection: text, bsnlp, jsonl, html, feed, warc."),
    lang: str = typer.Option(None, "--lang", help="Language of every input (skips detection)."),
    date: str = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for inputs that have none."),
    output: Path = typer.Option(None, "--output", "-o", help="Write here instead of standard output."),
) -> None:
    """Extract entities, times, events and a summary from each article, in input order."""
    from .. import Pipeline, read
    from ..ingest import read_paths

    tally = Tally()
    pipeline = Pipeline()
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        articles = counted(read_paths(paths, input_format=input_format, on_error=tally.input_error), tally)
        for article in articles:
            if lang and not article.lang:
                article.lang = lang
            if date and not article.date:
                article.date = date
            for doc in pipeline.pipe([article], on_error=tally.doc_failure):
                tally.done += 1
                payload = doc.to_document().to_json_dict()
                if format is OutputFormat.jsonl:
                    out.write(json.dumps(payload, ensure_ascii=False) + "\n")
                elif format is OutputFormat.json:
                    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
                else:
                    from .view import render
                    render(doc, out)
                out.flush()
    finally:
        if output:
            out.close()
    if tally.done == 0:
        reason = "every input failed" if tally.failed else "no documents found"
        print(f"podiya extract: nothing processed ({reason})", file=sys.stderr)
        raise typer.Exit(1)
    if tally.failed:
        print(f"podiya extract: {tally.done} documents written, {tally.failed} failed", file=sys.stderr)
