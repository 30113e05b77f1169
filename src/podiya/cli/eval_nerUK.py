"""`podiya eval ner-uk`: exact-span PER/ORG/LOC scores on the NER-UK 2.0 TEST block or one DEV fold."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .app import eval_app
from .common import fail


@eval_app.command("ner-uk")
def eval_ner_uk(
    data: Path = typer.Argument(..., help="The ner-uk-2.0 folder (data/dev-test-split.txt, data/bruk, data/ng)."),
    model: Path = typer.Option(None, "--model", help="NER model to use (default: the settings' / packaged one)."),
    block: str = typer.Option(None, "--block", help="Split block to score: TEST (default) or DEV."),
    fold: str = typer.Option(None, "--fold", metavar="K/N",
                             help="Score only DEV fold K of N (the documents `podiya train ner --leave-out-fold K/N` "
                                  "leaves out), so tuning never needs TEST."),
    min_confidence: float = typer.Option(None, "--min-confidence",
                                         help="Keep the tagger's non-person spans only at this marginal probability or "
                                              "more (default: the settings' ner_min_confidence; 0 keeps all)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON (for CI gates)."),
) -> None:
    """Precision, recall and F1 per type and micro-averaged (PERS is PER; nested spans: the outer one)."""
    from ..errors import PodiyaError
    from ..evaluate.ner_uk import evaluate_podiya
    from ..ingest.ner_uk import parse_fold

    failures: list[str] = []
    try:
        if fold and block not in (None, "DEV"):
            raise PodiyaError(f"--fold scores a fold of DEV, not of {block}; leave out --block or give --block DEV")
        folded = parse_fold(fold) if fold else None
        result = evaluate_podiya(data, model=model, block="DEV" if fold else block or "TEST",
                                 failures=failures, fold=folded, min_confidence=min_confidence)
    except PodiyaError as err:     # not a NER-UK folder, an unknown block or fold, a missing model
        fail("eval ner-uk", err, status=2)
    if as_json:
        typer.echo(json.dumps({**{t: pr.as_dict() for t, pr in result.items()}, "failures": failures}, indent=2))
    else:
        _table(result)
    for failure in failures:
        typer.echo(f"failed: {failure}", err=True)
    if failures:   # a document podiya failed on is scored as empty: never let that pass unnoticed
        fail("eval ner-uk", f"{len(failures)} document(s) failed and were scored as empty")


def _table(result) -> None:
    typer.echo(f"{'type':<6}{'gold':>7}{'system':>8}{'P':>8}{'R':>8}{'F1':>8}")
    for etype, pr in result.items():
        typer.echo(f"{etype:<6}{pr.r_den:>7.0f}{pr.p_den:>8.0f}{pr.precision:>8.3f}{pr.recall:>8.3f}{pr.f1:>8.3f}")
