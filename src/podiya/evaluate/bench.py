"""Throughput of reading plus a chain of stages, single-process (one core), per stage too.

The pipeline is built and warmed up on one short text first (loading dictionaries and models is
start-up, not throughput); then every document is read and processed in order and timed. Both the
wall clock and this process's CPU time are kept: on a machine shared with other jobs the wall clock
also counts the time spent waiting for a core, the CPU time only the work done.

`freeze_gc` shows what the cyclic garbage collector costs: after start-up the process holds a few
hundred thousand long-lived objects (dictionaries, lexicons, the knowledge base, models), and
every full collection walks all of them again. Freezing them (gc.freeze) and collecting the
young generation less often takes that time off each document.
"""
from __future__ import annotations

import gc
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..doc import Article, Doc
from ..errors import DocumentError, InputError
from ..pipeline import Pipeline, freeze_startup_objects
from ..settings import load_settings

_WARM_UP = {"uk": "Зустріч Ільхама Алієва та Владіміра Путіна 9 жовтня в Душанбе.",
            "ru": "Встреча Ильхама Алиева и Владимира Путина 9 октября в Душанбе.",
            "en": "Ilham Aliyev met Vladimir Putin in Dushanbe on 9 October."}


@dataclass
class BenchResult:
    stages: tuple[str, ...]
    documents: int = 0
    tokens: int = 0
    characters: int = 0
    failed: int = 0
    startup_seconds: float = 0.0
    read_seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    read_cpu_seconds: float = 0.0
    stage_cpu_seconds: dict[str, float] = field(default_factory=dict)
    freeze_gc: bool = False

    @property
    def seconds(self) -> float:
        """Reading plus every stage (start-up excluded)."""
        return self.read_seconds + sum(self.stage_seconds.values())

    @property
    def cpu_seconds(self) -> float:
        """Process CPU time of reading plus every stage (start-up excluded)."""
        return self.read_cpu_seconds + sum(self.stage_cpu_seconds.values())

    def rate(self, amount: int) -> float:
        return amount / self.seconds if self.seconds > 0 else 0.0

    def cpu_rate(self, amount: int) -> float:
        return amount / self.cpu_seconds if self.cpu_seconds > 0 else 0.0

    @property
    def documents_per_second(self) -> float:
        return self.rate(self.documents)

    @property
    def tokens_per_second(self) -> float:
        return self.rate(self.tokens)

    @property
    def characters_per_second(self) -> float:
        return self.rate(self.characters)

    @property
    def documents_per_cpu_second(self) -> float:
        return self.cpu_rate(self.documents)

    @property
    def tokens_per_cpu_second(self) -> float:
        return self.cpu_rate(self.tokens)

    def to_dict(self) -> dict:
        return {"stages": list(self.stages), "documents": self.documents, "tokens": self.tokens,
                "characters": self.characters, "failed": self.failed, "seconds": round(self.seconds, 3),
                "startup_seconds": round(self.startup_seconds, 3), "read_seconds": round(self.read_seconds, 3),
                "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
                "documents_per_second": round(self.documents_per_second, 2),
                "tokens_per_second": round(self.tokens_per_second, 1),
                "characters_per_second": round(self.characters_per_second, 1),
                "cpu_seconds": round(self.cpu_seconds, 3), "read_cpu_seconds": round(self.read_cpu_seconds, 3),
                "stage_cpu_seconds": {k: round(v, 3) for k, v in self.stage_cpu_seconds.items()},
                "documents_per_cpu_second": round(self.documents_per_cpu_second, 2),
                "tokens_per_cpu_second": round(self.tokens_per_cpu_second, 1), "freeze_gc": self.freeze_gc,
                "processes": 1}



def bench(paths: Sequence[str | Path], stages: Sequence[str] | None = None, limit: int | None = None,
          input_format: str | None = None, freeze_gc: bool = False) -> BenchResult:
    """Read up to `limit` documents from `paths` and time reading and each stage on them.

    With `freeze_gc`, objects alive after start-up are frozen and collections are rarer while
    the documents run (the process's settings are restored afterwards).
    """
    if not freeze_gc:
        return _bench(paths, stages, limit, input_format, freeze_gc)
    thresholds = gc.get_threshold()
    try:
        return _bench(paths, stages, limit, input_format, freeze_gc)
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _bench(paths, stages, limit, input_format, freeze_gc: bool) -> BenchResult:
    from ..ingest import read_paths

    settings = load_settings()
    started = time.perf_counter()
    pipeline = Pipeline(settings, stages=stages)
    names = tuple(stage.name for stage in pipeline.stages)
    for lang, text in _WARM_UP.items():
        _run(pipeline, Article(id=f"warm-up-{lang}", text=text, lang=lang), {}, {})
    if freeze_gc:
        freeze_startup_objects()
    result = BenchResult(stages=names, startup_seconds=time.perf_counter() - started,
                         stage_seconds=dict.fromkeys(names, 0.0), stage_cpu_seconds=dict.fromkeys(names, 0.0),
                         freeze_gc=freeze_gc)
    errors: list[InputError] = []
    articles = _timed(read_paths(paths, input_format=input_format, on_error=errors.append, settings=settings),
                      result)
    for article in articles:
        try:
            doc = _run(pipeline, article, result.stage_seconds, result.stage_cpu_seconds)
        except DocumentError:
            result.failed += 1
            continue
        result.documents += 1
        result.tokens += len(doc.tokens)
        result.characters += len(doc.text)
        if limit is not None and result.documents >= limit:
            break
    result.failed += len(errors)
    return result


def _timed(articles: Iterator[Article], result: BenchResult) -> Iterator[Article]:
    """Yield articles, adding the time spent reading each to `result.read_seconds` (and its CPU time)."""
    while True:
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            article = next(articles)
        except StopIteration:
            return
        finally:
            result.read_seconds += time.perf_counter() - start
            result.read_cpu_seconds += time.process_time() - cpu_start
        yield article


def _run(pipeline: Pipeline, article: Article, seconds: dict[str, float], cpu_seconds: dict[str, float]) -> Doc:
    """The pipeline's own loop, with a wall clock and a CPU clock around each stage."""
    doc = Doc(article=article, lang=article.lang)
    for stage in pipeline.stages:
        start, cpu_start = time.perf_counter(), time.process_time()
        try:
            doc = stage(doc)
        except Exception as exc:  # the same rule as Pipeline: one failing document is counted, not fatal
            raise DocumentError(article.id, stage.name, exc) from exc
        finally:
            seconds[stage.name] = seconds.get(stage.name, 0.0) + time.perf_counter() - start
            cpu_seconds[stage.name] = cpu_seconds.get(stage.name, 0.0) + time.process_time() - cpu_start
    return doc
