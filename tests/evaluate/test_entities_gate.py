"""Evaluation gate for the entity layer on a topic the model has never seen.

A model is trained without the BSNLP topic `trump` (NER-UK DEV + the other three topics, about
3 minutes on 2 cores) and scored on that topic with the official BSNLP measures. Floors are
pinned a little below the figures measured on 2026-11-29 with
`podiya eval bsnlp ../shared/data/bsnlp2021 --topic trump --leave-one-topic-out`.
"""
from __future__ import annotations

import pytest

from podiya.evaluate.bsnlp import evaluate_podiya

FLOORS = {  # (language, measure) -> floor
    ("uk", "relaxed_partial"): 0.83, ("uk", "strict"): 0.83,   # measured 0.850 / 0.854
    ("ru", "relaxed_partial"): 0.85, ("ru", "strict"): 0.84,   # measured 0.875 / 0.862
}
LINK_FLOORS = {("all", "crosslingual"): 0.74, ("uk", "language"): 0.73, ("ru", "language"): 0.78}  # 0.765, 0.754, 0.801


@pytest.fixture(scope="module")
def report(shared_data, tmp_path_factory):
    failures: list[str] = []
    scores = evaluate_podiya(shared_data / "bsnlp2021", topics=["trump"], leave_one_topic_out=True,
                             work_dir=tmp_path_factory.mktemp("loto"), failures=failures)
    assert failures == []
    return scores


@pytest.mark.slow
@pytest.mark.parametrize("lang,measure", sorted(FLOORS))
def test_unseen_topic_recognition_floor(report, lang, measure):
    f1 = report[lang].pr(measure).f1
    assert f1 >= FLOORS[(lang, measure)], f"{lang} {measure} F1 {f1:.3f} < floor {FLOORS[(lang, measure)]}"


@pytest.mark.slow
@pytest.mark.parametrize("lang,level", sorted(LINK_FLOORS))
def test_unseen_topic_linking_floor(report, lang, level):
    f1 = report[lang].linking[level].f1
    assert f1 >= LINK_FLOORS[(lang, level)], f"{lang} {level} linking F1 {f1:.3f} < floor"
