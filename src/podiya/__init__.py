"""podiya: political event data from Ukrainian, Russian and English news.

Library first: `extract` for one text, `read` for files and folders, `Pipeline` for batches.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from .doc import Article, Doc
from .errors import DocumentError, InputError, PodiyaError
from .pipeline import Pipeline
from .settings import Settings, load_settings

__version__ = "0.1.0"
__all__ = ["Article", "Doc", "DocumentError", "InputError", "Pipeline", "PodiyaError", "Settings",
           "extract", "load_settings", "read"]


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline(load_settings())


def extract(text: str, date: str | None = None, lang: str | None = None, id: str = "doc") -> Doc:
    """Run the whole pipeline on one text; `date` (YYYY-MM-DD) anchors relative times."""
    return _default_pipeline()(Article(id=id, text=text, date=date, lang=lang))


def read(path: str | Path, input_format: str | None = None,
         on_error: Callable[[InputError], None] | None = None) -> Iterator[Article]:
    """Articles from a file or folder (recursively, sorted); bad inputs go to `on_error`."""
    from .ingest import read_paths
    return read_paths([path], input_format=input_format, on_error=on_error)
