"""Running podiya on a BSNLP folder: raw files in, .out lines scored; leave-one-topic-out caching.

The entity stage is replaced by a tiny stand-in (capitalised words are PER entities) so these
tests check the scorer's plumbing, not the recognizer.
"""
from __future__ import annotations

import pytest

import podiya.pipeline
from podiya.evaluate import bsnlp
from podiya.schema import Entity, Mention

RAW = "d1\nuk\n2019-01-02\nhttps://example.org/1\nЗаголовок\n\nсьогодні Мей зустрілася з Меркель.\n"
GOLD = "d1\nМей\tМей\tPER\tmay\nМеркель\tМеркель\tPER\tmerkel\n"


class CapitalisedWords:
    name = "entities"
    requires = ("tokens",)
    provides = ("entities",)
    models: list[str] = []

    def __init__(self, settings):
        CapitalisedWords.models.append(settings.ner_model)

    def __call__(self, doc):
        doc.entities = [Entity(id=f"e{i}", type="PER", name=t.text, key=t.text.lower(),
                               mentions=[Mention(start=t.start, end=t.end, text=t.text, base=t.text)])
                        for i, t in enumerate(doc.tokens) if t.text[:1].isupper() and t.sent > 0]
        return doc


@pytest.fixture
def bsnlp_dir(tmp_path, monkeypatch):
    real = podiya.pipeline.build_stage
    monkeypatch.setattr(podiya.pipeline, "build_stage",
                        lambda name, settings: CapitalisedWords(settings) if name == "entities" else real(name, settings))
    CapitalisedWords.models.clear()
    for topic in ("alpha", "beta"):
        (tmp_path / topic / "raw" / "uk").mkdir(parents=True)
        (tmp_path / topic / "annotated" / "uk").mkdir(parents=True)
        (tmp_path / topic / "raw" / "uk" / "a.txt").write_text(RAW, encoding="utf-8")
        (tmp_path / topic / "annotated" / "uk" / "a.out").write_text(GOLD, encoding="utf-8")
    return tmp_path


def test_run_and_score(bsnlp_dir, tmp_path):
    report = bsnlp.evaluate_podiya(bsnlp_dir, langs=("uk",), topics=["alpha"], save=tmp_path / "out")
    assert report["uk"].pr("strict").f1 == 1.0
    assert report["all"].linking["document"].f1 == 1.0
    assert (tmp_path / "out" / "alpha" / "uk" / "d1.out").read_text(encoding="utf-8").startswith("d1\n")
    assert "strict" in bsnlp.format_report(report)


def test_leave_one_topic_out_trains_once_per_topic(bsnlp_dir, tmp_path, monkeypatch):
    import podiya.entities.train as train

    calls = []

    def fake_train(data_root, out, *, exclude_topics=(), **_):
        calls.append(tuple(exclude_topics))
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("model", encoding="utf-8")
        return out

    monkeypatch.setattr(train, "train_model", fake_train)
    stale = tmp_path / "w" / "ner-without-alpha-0000000000.crfsuite"
    stale.parent.mkdir(parents=True)
    stale.write_text("old model", encoding="utf-8")
    for _ in range(2):
        report = bsnlp.evaluate_podiya(bsnlp_dir, langs=("uk",), leave_one_topic_out=True, work_dir=tmp_path / "w")
    assert sorted(calls) == [("alpha",), ("beta",)]
    assert not stale.exists()
    assert any("ner-without-alpha" in m for m in CapitalisedWords.models)
    assert report["uk"].documents == 2


def test_gold_document_without_raw_file_is_reported(bsnlp_dir):
    (bsnlp_dir / "alpha" / "annotated" / "uk" / "b.out").write_text("d2\nМей\tМей\tPER\tmay\n", encoding="utf-8")
    failures: list[str] = []
    report = bsnlp.evaluate_podiya(bsnlp_dir, langs=("uk",), topics=["alpha"], failures=failures)
    assert len(failures) == 1 and "'d2'" in failures[0]
    assert report["uk"].pr("strict").recall == pytest.approx(2 / 3)   # d2's gold line is missed


def test_reuse_takes_a_cached_model_built_by_other_code(bsnlp_dir, tmp_path, monkeypatch):
    import podiya.entities.train as train

    def refuse(*_, **__):
        raise AssertionError("--reuse must not retrain when a model for the topic is cached")

    monkeypatch.setattr(train, "train_model", refuse)
    work = tmp_path / "w"
    work.mkdir()
    for topic in ("alpha", "beta"):
        (work / f"ner-without-{topic}-0123456789.crfsuite").write_text("older model", encoding="utf-8")
    report = bsnlp.evaluate_podiya(bsnlp_dir, langs=("uk",), leave_one_topic_out=True, work_dir=work, reuse=True)
    assert report["uk"].documents == 2
    assert all("0123456789" in m for m in CapitalisedWords.models)


def test_cli_exits_1_when_a_document_failed(bsnlp_dir):
    from typer.testing import CliRunner

    from podiya.cli.app import app

    (bsnlp_dir / "alpha" / "annotated" / "uk" / "b.out").write_text("d2\nМей\tМей\tPER\tmay\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "bsnlp", str(bsnlp_dir), "--lang", "uk", "--topic", "alpha"])
    assert result.exit_code == 1
    assert "1 document(s) failed" in result.output


def test_cached_models_are_keyed_on_the_knowledge_base_too(monkeypatch, tmp_path):
    import importlib.resources

    real_files = importlib.resources.files
    before = bsnlp._model_fingerprint()
    knowledge = tmp_path / "knowledge"
    (knowledge / "data").mkdir(parents=True)
    (knowledge / "data" / "people.jsonl").write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(importlib.resources, "files",
                        lambda package: knowledge if package == "podiya.knowledge" else real_files(package))
    assert bsnlp._model_fingerprint() != before
