"""Helpers for the reader tests: the hand-made fixture folder and an error collector."""
from __future__ import annotations

from pathlib import Path

import pytest

from podiya.errors import InputError
from podiya.ingest import read_paths

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def read_all():
    """read_all(paths, **kw) -> (articles, errors): everything read_paths gives, nothing raised."""
    def run(paths, **kwargs):
        errors: list[InputError] = []
        articles = list(read_paths(paths if isinstance(paths, list) else [paths], on_error=errors.append, **kwargs))
        return articles, errors
    return run
