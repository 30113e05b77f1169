"""`podiya eval events`: score the event layer on the events gold (tests/gold/events)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .app import eval_app


@eval_app.command("events")
def eval_events(
    gold: list[Path] = typer.Argument(..., help="Gold files (.jsonl) or folders holding them, e.g. tests/gold/events."),
    shared: Path = typer.Option(None, "--shared", help="The shared folder the gold sources are relative to "
                                "(default: PODIYA_SHARED, else ../shared)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object (for CI gates)."),
    details: bool = typer.Option(False, "--details", help="Also list every L2 error (false positive, missed event)."),
    against: list[Path] = typer.Option([], "--against", help="Score this second annotation of the same documents "
                                       "against GOLD instead of running podiya (inter-annotator agreement)."),
    stages: str = typer.Option(None, "--stages", help="Comma-separated stages to run instead of the default "
                               "pipeline, e.g. language,segment,morphology,entities,times,events."),
) -> None:
    """Precision, recall and F1 of events at three levels (parties; + type; + date), per type and language."""
    from ..errors import PodiyaError
    from ..evaluate.events import agreement, evaluate_events, format_report
    from ..pipeline import Pipeline

    try:
        pipeline = Pipeline(stages=[s.strip() for s in stages.split(",")]) if stages else None
        scores = agreement(gold, against) if against else evaluate_events(gold, shared=shared, pipeline=pipeline,
                                 progress=None if as_json else lambda s: print(f"  {s}", file=sys.stderr))
    except PodiyaError as err:
        print(f"podiya eval events: {err}", file=sys.stderr)
        raise typer.Exit(2) from None
    print(json.dumps(scores.as_dict(), ensure_ascii=False, indent=2) if as_json else format_report(scores, details))
    if scores.problems or scores.failures:   # offsets off or documents failed: visible to CI
        raise typer.Exit(1)
