"""Evaluation gate: podiya's events on the events dev gold must not fall below pinned floors."""
from __future__ import annotations

from pathlib import Path

import pytest

from podiya.evaluate.events import evaluate_events

GOLD = Path(__file__).resolve().parents[1] / "gold" / "events"

# Pinned a little below the dev figures measured on 2026-11-29 with
# `podiya eval events tests/gold/events` (L1 0.665, L2 0.652, L3 0.627 F1).
FLOORS = {"L1": 0.64, "L2": 0.63, "L3": 0.60}


@pytest.fixture(scope="module")
def scores(shared_data: Path):
    return evaluate_events([GOLD], shared=shared_data.parent)


def test_gold_offsets_match_the_texts_podiya_reads(scores):
    assert scores.problems == [], "\n".join(scores.problems[:10])


def test_the_pipeline_finishes_every_gold_document(scores):
    assert scores.failures == [], "\n".join(scores.failures[:10])


@pytest.mark.parametrize("level", sorted(FLOORS))
def test_event_f1_floor(scores, level):
    f1 = scores.overall[level].f1
    assert f1 >= FLOORS[level], f"events {level} F1 {f1:.3f} fell below the pinned floor {FLOORS[level]}"
