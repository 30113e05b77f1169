"""`podiya train ner`: rebuild the entity tagger from NER-UK 2.0 DEV and the BSNLP topics."""
from __future__ import annotations

import time
from pathlib import Path

import typer

from .app import train_app
from .common import fail


@train_app.command("ner")
def train_ner(
    data: Path = typer.Option(Path("../shared/data"), "--data",
                              help="Folder holding ner-uk-2.0/ and bsnlp2021/ (see shared/data/README.md)."),
    out: Path = typer.Option(None, "--out", help="Model file to write (default: the packaged src/podiya/models/ner.crfsuite)."),
    exclude_topic: list[str] = typer.Option([], "--exclude-topic", help="BSNLP topic to leave out (repeatable)."),
    lang: list[str] = typer.Option(["uk", "ru"], "--lang", help="Languages to train on (repeatable)."),
    no_ner_uk: bool = typer.Option(False, "--no-ner-uk", help="Train on the BSNLP topics only."),
    iterations: int = typer.Option(None, "--iterations", help="L-BFGS iterations (default: the tuned value)."),
    leave_out_fold: str = typer.Option(None, "--leave-out-fold", metavar="K/N",
                                       help="Leave NER-UK DEV fold K of N out (every N-th document from the K-th, "
                                            "0-based), to score the model on that fold."),
) -> None:
    """Train the CRF entity tagger (about 2 minutes on 2 cores) and write it to --out."""
    from ..entities.recognize import packaged_model_path
    from ..entities.train import DEFAULT_ITERATIONS, train_model
    from ..errors import PodiyaError
    from ..ingest.ner_uk import parse_fold

    target = out or packaged_model_path()
    started = time.perf_counter()
    try:
        fold = parse_fold(leave_out_fold, "--leave-out-fold") if leave_out_fold else None
        path = train_model(data, target, exclude_topics=exclude_topic, langs=tuple(lang), use_ner_uk=not no_ner_uk,
                           max_iterations=iterations or DEFAULT_ITERATIONS, ner_uk_fold=fold)
    except PodiyaError as err:     # no data where --data points, an unknown topic, a bad fold
        fail("train ner", err, status=2)
    size = path.stat().st_size / 1e6
    typer.echo(f"wrote {path} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s")
