"""`podiya eval bsnlp`: the BSNLP measures of the entity layer (recognition, normalization, linking)."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import eval_app
from .common import fail


@eval_app.command("bsnlp")
def eval_bsnlp(
    data: Path = typer.Argument(..., help="A BSNLP folder: <topic>/raw/<lang>/ and <topic>/annotated/<lang>/."),
    lang: list[str] = typer.Option(["uk", "ru"], "--lang", help="Languages to score (repeatable)."),
    topic: list[str] = typer.Option([], "--topic", help="Topics to score (repeatable; default all)."),
    leave_one_topic_out: bool = typer.Option(False, "--leave-one-topic-out",
                                             help="Score each topic with a model trained without it."),
    model: Path = typer.Option(None, "--model", help="NER model to use (default: the settings' / packaged one)."),
    system: Path = typer.Option(None, "--system", help="Score this folder of system .out files instead of running podiya."),
    normalization_only: bool = typer.Option(False, "--normalization-only",
                                            help="Accuracy of base forms given the gold mentions, with baselines."),
    work: Path = typer.Option(None, "--work", help="Where leave-one-topic-out models are cached (~/.cache/podiya/bsnlp-loto)."),
    retrain: bool = typer.Option(False, "--retrain", help="Retrain cached leave-one-topic-out models."),
    reuse: bool = typer.Option(False, "--reuse", help="Use cached leave-one-topic-out models even if the recognizer's code changed since."),
    save: Path = typer.Option(None, "--save", help="Write podiya's .out files here (<topic>/<lang>/<id>.out)."),
    by_topic: bool = typer.Option(False, "--by-topic", help="Also a table for each topic and language."),
    min_confidence: float = typer.Option(None, "--min-confidence",
                                         help="Keep the tagger's non-person spans only at this marginal probability or "
                                              "more (default: the settings' ner_min_confidence; 0 keeps all)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON (for CI gates)."),
) -> None:
    """Relaxed partial/exact, strict and normalization P/R/F1 per type; LEA linking per document, language and across languages."""
    from ..errors import PodiyaError
    from ..evaluate import bsnlp

    failures: list[str] = []
    try:       # a folder that is not BSNLP's layout, a missing model or system folder: one clear line
        if normalization_only:
            gold = bsnlp.read_annotated(data, lang, topic)
            result = {m: bsnlp.normalization_accuracy(gold, m) for m in ("podiya", *bsnlp.NORMALIZERS)}
            _print_normalization(result, as_json)
            return
        if system is not None:
            gold = bsnlp.read_annotated(data, lang, topic)
            report = bsnlp.score_by_language(gold, bsnlp.read_system(system, gold), by_topic)
        else:
            report = bsnlp.evaluate_podiya(data, lang, topic, model=model, leave_one_topic_out=leave_one_topic_out,
                                           work_dir=work, retrain=retrain, reuse=reuse, save=save, failures=failures,
                                           by_topic=by_topic, min_confidence=min_confidence)
    except PodiyaError as err:
        fail("eval bsnlp", err, status=2)
    if as_json:
        typer.echo(json.dumps({**bsnlp.report_as_dict(report), "failures": failures}, ensure_ascii=False, indent=2))
    else:
        typer.echo(bsnlp.format_report(report))
    for failure in failures:
        typer.echo(f"failed: {failure}", err=True)
    if failures:   # a document podiya failed on is scored as empty: never let that pass unnoticed
        fail("eval bsnlp", f"{len(failures)} document(s) failed and were scored as empty")


def _print_normalization(result: dict, as_json: bool) -> None:
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    for method, per_lang in result.items():
        for code, by_type in per_lang.items():
            cells = "  ".join(f"{t} {v['accuracy']:.3f} ({v['n']})" for t, v in by_type.items())
            typer.echo(f"{method:<12}{code:<4}{cells}")
