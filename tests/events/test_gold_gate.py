"""Evaluation gate: the events layer on the dev golds (tests/gold/events, events-dev2 and the fresh,
blind events-dev3), floors pinned just below what it measures (see the figures in the events layer's
report). Skips when ../shared is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from podiya.evaluate.events import evaluate_events
from podiya.pipeline import Pipeline

GOLD = Path(__file__).resolve().parents[1] / "gold"
STAGES = ["language", "segment", "morphology", "entities", "times", "events"]
# (gold set, level, language or "all") -> (precision floor, recall floor), about one event below the
# measured L3 (2026-11-29 10:15 UTC, with the events, entities and knowledge files of that hour):
# events      all 0.893/0.662, uk 0.913/0.677, ru 0.875/0.648;
# events-dev2 all 0.778/0.563, uk 0.733/0.550, ru 0.818/0.575;
# events-dev3 all 0.514/0.179, uk 0.455/0.132, ru 0.538/0.206.
# The events ru floor went down from 0.88/0.65 when protests whose clause names no target lost the
# recipient the dev annotator gives them (three events there); the blind annotators of
# events-agreement and events-dev3 leave that recipient empty.
FLOORS = {
    ("events", "L3", "all"): (0.88, 0.65), ("events", "L3", "uk"): (0.89, 0.66),
    ("events", "L3", "ru"): (0.86, 0.63),
    ("events-dev2", "L3", "all"): (0.74, 0.51), ("events-dev2", "L3", "uk"): (0.70, 0.52),
    ("events-dev2", "L3", "ru"): (0.77, 0.48),
    ("events-dev3", "L3", "all"): (0.48, 0.16), ("events-dev3", "L3", "uk"): (0.36, 0.10),
    ("events-dev3", "L3", "ru"): (0.49, 0.19),
}
SETS = sorted({key[0] for key in FLOORS})


@pytest.fixture(scope="module")
def scores(shared_dir):
    out = {}
    for name in SETS:
        folder = GOLD / name
        if not any(folder.glob("*.jsonl")):
            pytest.skip(f"no events gold under {folder}")
        out[name] = evaluate_events([folder], shared=shared_dir, pipeline=Pipeline(stages=STAGES)).as_dict()
    return out


@pytest.mark.data
@pytest.mark.parametrize(("name", "level", "lang"), sorted(FLOORS))
def test_floors(scores, name, level, lang):
    table = scores[name]["levels"] if lang == "all" else scores[name]["by_language"][lang]
    got = table[level]
    precision, recall = FLOORS[(name, level, lang)]
    assert got["precision"] >= precision and got["recall"] >= recall, (name, level, lang, got)


@pytest.mark.data
@pytest.mark.parametrize("name", SETS)
def test_no_document_fails(scores, name):
    assert not scores[name]["failures"], scores[name]["failures"][:3]
