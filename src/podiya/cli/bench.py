"""`podiya bench`: documents, tokens and characters per second for reading + stages."""
from __future__ import annotations

import json

import typer

from .app import app


@app.command()
def bench(
    paths: list[str] = typer.Argument(..., help="Files or folders to read (e.g. ../shared/data/bsnlp2021/*/raw/uk)."),
    stages: str = typer.Option(None, "--stages", help="Comma-separated stages (default: the whole default pipeline)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Stop after this many documents."),
    input_format: str = typer.Option(None, "--input-format", "-i", help="Override format detection."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Time reading and each stage on one core (single process; start-up excluded)."""
    from ..evaluate.bench import bench as run_bench

    chosen = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    r = run_bench(paths, chosen, limit, input_format)
    if as_json:
        typer.echo(json.dumps(r.to_dict(), ensure_ascii=False))
        return
    typer.echo(f"stages: {', '.join(r.stages) or '(none: reading only)'}  (single process, one core)")
    typer.echo(f"{r.documents} documents, {r.tokens:,} tokens, {r.characters:,} characters in {r.seconds:.2f} s "
               f"(+ {r.startup_seconds:.2f} s start-up); {r.failed} failed")
    typer.echo(f"{r.documents_per_second:,.1f} documents/s  {r.tokens_per_second:,.0f} tokens/s  "
               f"{r.characters_per_second:,.0f} characters/s")
    typer.echo(f"  {'read':<12} {r.read_seconds:8.2f} s")
    for name, seconds in r.stage_seconds.items():
        typer.echo(f"  {name:<12} {seconds:8.2f} s")
    if r.documents == 0:
        raise typer.Exit(1)
