"""Shared fixtures. Data under ../shared is read in place; tests needing it skip when it is absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PODIYA_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is absent ({SHARED}); this test reads the shared example and data there")
    return SHARED


@pytest.fixture(scope="session")
def shared_data(shared_dir: Path) -> Path:
    data = shared_dir / "data"
    if not (data / "bsnlp2021").is_dir() or not (data / "ner-uk-2.0").is_dir():
        pytest.skip(f"benchmark data is absent under {data}; see ../shared/data/README.md")
    return data


@pytest.fixture(scope="module")
def kb():
    """The packaged knowledge base."""
    from podiya.knowledge import load_kb

    return load_kb()


@pytest.fixture(scope="session")
def example_article(shared_dir: Path) -> Path:
    path = shared_dir / "examples" / "dushanbe-2025-10-17.uk.txt"
    if not path.is_file():
        pytest.skip(f"the shared example article is absent ({path})")
    return path


@pytest.fixture(autouse=True)
def _gc_as_it_was():
    """CLI commands freeze start-up objects for the rest of their process (pipeline.freeze_startup_objects);
    in the test process each test gets the collector back as it found it."""
    import gc

    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
