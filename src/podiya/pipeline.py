"""Article -> Doc through the stages, with one place that handles a failing document.

A stage is a small callable object with `name`, `requires` and `provides` (names of Doc
attributes it reads and fills). Stages are registered here by name and built lazily from the
settings; `Pipeline` checks the chain when it is built, not halfway through a corpus.
"""
from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from .doc import Article, Doc
from .errors import DocumentError, PipelineError
from .settings import Settings, load_settings

log = logging.getLogger(__name__)


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Doc) -> Doc: ...


# name -> "module:factory"; factory(settings) -> Stage. The one registry of stages.
REGISTRY: dict[str, str] = {
    "language": "podiya.language.langid:LanguageStage",
    "segment": "podiya.language.segment:SegmentStage",
    "morphology": "podiya.language.morphology:MorphologyStage",
    "entities": "podiya.entities.stage:EntityStage",
    "times": "podiya.times.stage:TimeStage",
    "events": "podiya.events.stage:EventStage",
    "summary": "podiya.corpus.summary:SummaryStage",
}

# What a fresh Doc already has.
_GIVEN = {"text", "date", "article"}


def build_stage(name: str, settings: Settings) -> Stage:
    try:
        target = REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(REGISTRY)}") from None
    module_name, _, factory_name = target.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, factory_name)(settings)


@dataclass
class Failure:
    """A document the pipeline could not finish; reported, never silently dropped."""

    article: Article
    error: DocumentError


# With start-up objects frozen, the young generation is collected every 20,000 allocations, not 700.
GC_THRESHOLDS = (20_000, 20, 50)


def freeze_startup_objects() -> None:
    """Take every object alive now out of the cyclic garbage collector's reach, and collect less often.

    After the first document the process holds some 300,000 long-lived objects (dictionaries,
    knowledge base, lexicons, the tagger's caches) that every full collection walks again: about a
    tenth of a batch's time (measured with `podiya bench --no-freeze-gc`). For batch runs: the CLI
    commands call it once, after their first document.
    """
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


class Pipeline:
    def __init__(self, settings: Settings | None = None, stages: Iterable[str] | None = None):
        self.settings = settings or load_settings()
        names = tuple(stages) if stages is not None else self.settings.stages
        self.stages: list[Stage] = [build_stage(n, self.settings) for n in names]
        have = set(_GIVEN)
        for stage in self.stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise PipelineError(
                    f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage provides "
                    f"(have: {', '.join(sorted(have))}); put the stage that provides it first")
            have.update(stage.provides)

    def __call__(self, article: Article) -> Doc:
        """Run every stage on one article; a failure raises DocumentError naming the stage."""
        doc = Doc(article=article, lang=article.lang)
        for stage in self.stages:
            try:
                result = stage(doc)
            except Exception as exc:  # one handler for every stage's failure
                raise DocumentError(article.id, stage.name, exc) from exc
            if not isinstance(result, Doc):
                raise DocumentError(article.id, stage.name, TypeError(f"returned {type(result).__name__}, not Doc"))
            doc = result
        return doc

    def pipe(self, articles: Iterable[Article],
             on_error: Callable[[Failure], None] | None = None) -> Iterator[Doc]:
        """Process articles in order; failing documents go to `on_error` and the batch goes on."""
        for article in articles:
            try:
                yield self(article)
            except DocumentError as err:
                failure = Failure(article, err)
                if on_error is None:
                    log.error("%s", err)
                else:
                    on_error(failure)
