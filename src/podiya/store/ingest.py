"""Read inputs, run the pipeline, store the results: the loop behind `podiya ingest`."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..doc import Article
from ..errors import InputError
from ..pipeline import Failure, Pipeline
from .db import Store


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    updated: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def processed(self) -> int:
        """Documents that are in the store now, whether written by this run or before."""
        return self.stored + self.skipped + self.updated

    def summary(self) -> str:
        return (f"read {self.read}, stored {self.stored}, skipped {self.skipped}, "
                f"updated {self.updated}, failed {self.failed}")


def ingest(paths: Sequence[str | Path], store: Store, *, pipeline: Pipeline | None = None,
           input_format: str | None = None,
           on_input_error: Callable[[InputError], None] | None = None,
           on_doc_failure: Callable[[Failure], None] | None = None,
           on_result: Callable[[Article, str], None] | None = None) -> IngestReport:
    """Store every article of `paths` processed by `pipeline` (default: the default pipeline).

    An article whose text and date are stored already is skipped before the pipeline runs, so a
    re-run after a crash only processes what is missing. Bad inputs and failing documents are
    counted, passed to the callbacks and skipped; the batch goes on.
    """
    from ..ingest import read_paths

    pipeline = pipeline or Pipeline()
    report = IngestReport()
    # `podiya ingest .` with the database in that folder must not report its own files as bad input.
    own_files = {str(store.path.resolve()) + suffix for suffix in ("", "-wal", "-shm", "-journal")}

    def input_error(err: InputError) -> None:
        if _resolved(err.source) in own_files:
            return
        report.failed += 1
        report.errors.append(str(err))
        if on_input_error:
            on_input_error(err)

    def doc_failure(failure: Failure) -> None:
        report.failed += 1
        report.errors.append(f"{failure.article.source or failure.article.id}: {failure.error}")
        if on_doc_failure:
            on_doc_failure(failure)

    for article in read_paths(paths, input_format=input_format, on_error=input_error,
                              settings=pipeline.settings):
        report.read += 1
        if store.has_content(article):
            status = "skipped"
        else:
            docs = list(pipeline.pipe([article], on_error=doc_failure))
            if not docs:
                if on_result:
                    on_result(article, "failed")
                continue
            status = store.add(docs[0])
        setattr(report, status, getattr(report, status) + 1)
        if on_result:
            on_result(article, status)
    return report


def _resolved(source: str) -> str:
    try:
        return str(Path(source).resolve())
    except (OSError, ValueError):
        return source
