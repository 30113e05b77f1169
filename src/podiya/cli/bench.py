"""`podiya bench`: documents, tokens and characters per second for reading + stages."""
from __future__ import annotations

import json

import typer

from .app import app
from .common import check_input_format, fail


@app.command()
def bench(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Files or folders to read (e.g. ../shared/data/bsnlp2021/*/raw/uk)."),
    stages: str = typer.Option(None, "--stages", help="Comma-separated stages (default: the whole default pipeline)."),
    limit: int = typer.Option(None, "--limit", min=1, help="Stop after this many documents."),
    input_format: str = typer.Option(None, "--input-format", "-i", callback=check_input_format,
                                     help="Override format detection: text, bsnlp, jsonl, html, feed, warc."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    freeze_gc: bool = typer.Option(True, "--freeze-gc/--no-freeze-gc",
                                   help="Freeze start-up objects and collect garbage less often, as extract and "
                                        "ingest do (--no-freeze-gc shows what the collector costs)."),
) -> None:
    """Time reading and each stage on one core (single process; start-up excluded)."""
    from ..errors import PodiyaError
    from ..evaluate.bench import bench as run_bench

    chosen = [s.strip() for s in stages.split(",") if s.strip()] if stages else None
    try:
        r = run_bench(paths, chosen, limit, input_format, freeze_gc=freeze_gc)
    except PodiyaError as err:  # an unknown stage, a chain whose needs are not met
        fail("bench", err, status=2)
    if r.documents == 0:
        fail("bench", f"no documents to time ({r.failed} failed); "
                      "`podiya extract` on the same paths shows each error")
    if as_json:
        typer.echo(json.dumps(r.to_dict(), ensure_ascii=False))
        return
    typer.echo(f"stages: {', '.join(r.stages) or '(none: reading only)'}  (single process, one core"
               f"{'; gc frozen after start-up' if r.freeze_gc else ''})")
    typer.echo(f"{r.documents} documents, {r.tokens:,} tokens, {r.characters:,} characters in {r.seconds:.2f} s "
               f"wall, {r.cpu_seconds:.2f} s CPU (+ {r.startup_seconds:.2f} s start-up); {r.failed} failed")
    typer.echo(f"{r.documents_per_second:,.1f} documents/s  {r.tokens_per_second:,.0f} tokens/s  "
               f"{r.characters_per_second:,.0f} characters/s (wall clock)")
    typer.echo(f"{r.documents_per_cpu_second:,.1f} documents/s  {r.tokens_per_cpu_second:,.0f} tokens/s (CPU time)")
    typer.echo(f"  {'':<12} {'wall':>8}   {'CPU':>8}")
    typer.echo(f"  {'read':<12} {r.read_seconds:8.2f} s {r.read_cpu_seconds:8.2f} s")
    for name, seconds in r.stage_seconds.items():
        typer.echo(f"  {name:<12} {seconds:8.2f} s {r.stage_cpu_seconds.get(name, 0.0):8.2f} s")
