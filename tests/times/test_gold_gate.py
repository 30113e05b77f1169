"""Evaluation gate: the time layer on the times gold (tests/gold/times) must stay above pinned floors.

Floors sit just below the figures measured when they were pinned (see the lead's README table);
raise them when the layer improves, never lower them to let a regression through.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from podiya.evaluate.times import evaluate_times

GOLD = Path(__file__).resolve().parents[1] / "gold" / "times"

# lang -> (overlap F1, strict F1, value accuracy); measured when pinned (75 gold documents):
# uk 0.991 / 0.977 / 0.965, ru 0.990 / 0.982 / 0.980. The margin leaves room for the gold to grow.
FLOORS = {
    "uk": (0.96, 0.94, 0.93),
    "ru": (0.96, 0.95, 0.95),
}


@pytest.fixture(scope="module")
def scores(shared_dir):
    if not any(GOLD.glob("*.jsonl")):
        pytest.skip(f"no times gold files in {GOLD}")
    return evaluate_times([GOLD], shared_dir, systems=("podiya",))["podiya"]


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_time_layer_stays_above_its_floors(scores, lang):
    if lang not in scores:
        pytest.skip(f"no {lang} documents in the times gold")
    s = scores[lang]
    overlap_floor, strict_floor, value_floor = FLOORS[lang]
    assert s["gold_text_mismatches"] == 0, "a gold span's text does not match the document: fix the gold"
    assert s["overlap"]["f1"] >= overlap_floor, s
    assert s["strict"]["f1"] >= strict_floor, s
    assert s["value_accuracy"] >= value_floor, s
