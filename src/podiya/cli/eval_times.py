"""`podiya eval times`: the time layer (and dateparser as a baseline) on the times gold."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import eval_app


def _default_shared() -> Path:
    here = Path.cwd() / ".." / "shared"
    if here.is_dir():
        return here.resolve()
    return Path(__file__).resolve().parents[3].parent / "shared"


@eval_app.command("times")
def eval_times(
    gold: list[Path] = typer.Argument(..., help="Gold .jsonl files or folders (tests/gold/times)."),
    shared: Path = typer.Option(None, "--shared", help="The shared folder the gold sources are relative to (default ../shared)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON (for CI gates)."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also score dateparser's search_dates."),
    errors: bool = typer.Option(False, "--errors", help="List every miss, spurious span and wrong value."),
) -> None:
    """Detection P/R/F1 (overlap and strict), value and granularity accuracy, per language."""
    from ..evaluate.times import evaluate_times

    systems = ("podiya", "dateparser") if baseline else ("podiya",)
    result = evaluate_times(gold, shared or _default_shared(), systems, with_errors=errors)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{'system':<11}{'lang':<5}{'docs':>5}{'gold':>6}{'sys':>6}  overlap P/R/F1      strict P/R/F1       value  gran")
    for name, per_lang in result.items():
        for lang, s in per_lang.items():
            o, st = s["overlap"], s["strict"]
            typer.echo(f"{name:<11}{lang:<5}{s['docs']:>5}{s['gold']:>6}{s['system']:>6}  "
                       f"{o['precision']:.3f} {o['recall']:.3f} {o['f1']:.3f}  "
                       f"{st['precision']:.3f} {st['recall']:.3f} {st['f1']:.3f}  "
                       f"{s['value_accuracy']:.3f} " + (f"{s['granularity_accuracy']:.3f}" if s['granularity_accuracy'] is not None else "  -"))
            for e in s.get("errors", []):
                typer.echo(f"    {e['kind']:<8} {e['where']}  gold={e.get('gold', {}).get('text')!r} "
                           f"{e.get('gold', {}).get('value')}  sys={e.get('system')}")
