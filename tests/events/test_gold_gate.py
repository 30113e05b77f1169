"""Evaluation gate: the events layer on the dev gold (tests/gold/events), floors pinned just below
what it measures (see the figures in the events layer's report). Skips when ../shared is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from podiya.evaluate.events import evaluate_events
from podiya.pipeline import Pipeline

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events"
STAGES = ["language", "segment", "morphology", "entities", "times", "events"]
# (level, language or "all") -> (precision floor, recall floor), just below the measured L3:
# all 0.835/0.502, uk 0.842/0.516, ru 0.828/0.491.
FLOORS = {("L3", "all"): (0.81, 0.48), ("L3", "uk"): (0.82, 0.49), ("L3", "ru"): (0.80, 0.47)}


@pytest.fixture(scope="module")
def scores(shared_dir):
    if not any(GOLD.glob("*.jsonl")):
        pytest.skip(f"no events gold under {GOLD}")
    return evaluate_events([GOLD], shared=shared_dir, pipeline=Pipeline(stages=STAGES)).as_dict()


@pytest.mark.data
@pytest.mark.parametrize(("level", "lang"), sorted(FLOORS))
def test_floors(scores, level, lang):
    table = scores["levels"] if lang == "all" else scores["by_language"][lang]
    got = table[level]
    precision, recall = FLOORS[(level, lang)]
    assert got["precision"] >= precision and got["recall"] >= recall, (level, lang, got)


@pytest.mark.data
def test_no_document_fails(scores):
    assert not scores["failures"], scores["failures"][:3]
