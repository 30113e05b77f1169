"""Evaluation gate: the events layer on the dev golds (tests/gold/events, events-dev2, and the fresh,
blind events-dev3 and events-dev4), floors pinned just below what it measures (see the figures in the events layer's
report). Skips when ../shared is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

from podiya.evaluate.events import evaluate_events
from podiya.pipeline import Pipeline

GOLD = Path(__file__).resolve().parents[1] / "gold"
STAGES = ["language", "segment", "morphology", "entities", "times", "events"]
# (gold set, level, language or "all") -> (precision floor, recall floor), about one event below the
# measured L3 (2026-11-29 10:40 UTC, h38, with the events, entities and knowledge files of that hour):
# events      all 0.887/0.667, uk 0.900/0.677, ru 0.876/0.657;
# events-dev2 all 0.828/0.609, uk 0.800/0.600, ru 0.853/0.617;
# events-dev3 all 0.581/0.236, uk 0.600/0.237, ru 0.571/0.235 (stage and lexicon of 10:45 UTC).
# The events ru floor went down from 0.88/0.65 when protests whose clause names no target lost the
# recipient the dev annotator gives them (three events there); the blind annotators of
# events-agreement and events-dev3 leave that recipient empty. The events uk floor went down from
# 0.89 when an undated mention took the day the text gives for the same happening ("днями
# виправдав" + "31 жовтня ... виправдав"), as the GUIDE now settles; the dev gold, made before, has null.
# The events ru floor went from 0.86 to 0.85 when the entity layer coded more people right (Kurz,
# Saif ul-Malook): one pronoun and one implied protester now resolve to a coded person the dev
# annotator did not choose.
# Round two (h44, 11:15 UTC): events all 0.875/0.662, uk 0.899/0.667, ru 0.855/0.657 (one more uk
# event: "переговори між Сполученим Королівством і ЄС" told as background, now a CONSULT);
# events-dev2 all 0.818/0.621, uk 0.800/0.600, ru 0.833/0.638;
# events-dev3 all 0.680/0.321, uk 0.632/0.316, ru 0.710/0.324 (dev3 floors raised to one event below).
# Stances (h48, 12:00 UTC): events uk 0.900/0.677 (+1: "занепокоєння діями" reaches the owner of the
# acts), ru 0.845/0.657: one more ACCUSE that gold leaves out ("исламисты, которые недовольны решением
# Верховного суда", coded there as the protest only), so the events ru floor went from 0.85 to 0.84.
# Fourth session (lead, 13:30 UTC, after h53's general rules, this session's KB additions and the retrained
# model): events all 0.866/0.677, uk 0.901/0.688, ru 0.837/0.667 (the retrained tagger costs one ru event of
# precision); events-dev2 unchanged; events-dev3 all 0.782/0.406, uk 0.722/0.342, ru 0.811/0.441;
# events-dev4 (new, blind, not tuned on) all 0.618/0.370, ru 0.611/0.429, uk 1.000/0.067 (1 of 15 required:
# too few for a uk floor of its own; the "all" floor covers it).
FLOORS = {
    ("events", "L3", "all"): (0.85, 0.66), ("events", "L3", "uk"): (0.88, 0.67),
    ("events", "L3", "ru"): (0.82, 0.65),
    ("events-dev2", "L3", "all"): (0.80, 0.58), ("events-dev2", "L3", "uk"): (0.76, 0.57),
    ("events-dev2", "L3", "ru"): (0.82, 0.59),
    ("events-dev3", "L3", "all"): (0.76, 0.39), ("events-dev3", "L3", "uk"): (0.68, 0.31),
    ("events-dev3", "L3", "ru"): (0.78, 0.42),
    ("events-dev4", "L3", "all"): (0.60, 0.35), ("events-dev4", "L3", "ru"): (0.60, 0.41),
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
