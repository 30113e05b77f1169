"""Shared fixtures of the entity tests."""
from __future__ import annotations

import pytest

from podiya.entities.recognize import packaged_model_path
from podiya.pipeline import Pipeline

ENTITY_STAGES = ["language", "segment", "morphology", "entities"]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The pipeline up to entities with the packaged model (skips when the model is absent)."""
    if not packaged_model_path().is_file():
        pytest.skip("the packaged model is absent; run `podiya train ner`")
    return Pipeline(stages=ENTITY_STAGES)
