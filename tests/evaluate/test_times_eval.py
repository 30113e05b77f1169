"""The times scorer: reader rules, one-to-one overlap matching, strict offsets, value accuracy, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from podiya.errors import InputError
from podiya.evaluate.times import GoldDoc, GoldTime, Scores, document_text, evaluate_times, read_gold, score_doc


def _shared(tmp_path: Path) -> Path:
    raw = tmp_path / "data" / "bsnlp2021" / "t" / "raw" / "uk"
    raw.mkdir(parents=True)
    (raw / "a.txt").write_bytes("\ufeffid1\r\nuk\r\n2025-10-17\r\nhttp://x\r\n Заголовок \r\nЗустріч 9 жовтня.\r\nВчора заявив.\r\n".encode())
    (tmp_path / "plain.txt").write_text("  date 2025-10-17\n\n Торік було так. \n", encoding="utf-8")
    return tmp_path


def test_reader_rules(tmp_path):
    shared = _shared(tmp_path)
    assert document_text(shared, "data/bsnlp2021/t/raw/uk/a.txt") == "Заголовок\n\nЗустріч 9 жовтня.\nВчора заявив."
    assert document_text(shared, "plain.txt") == "Торік було так."
    with pytest.raises(InputError, match="--shared"):
        document_text(shared, "missing.txt")


def test_scores_overlap_strict_and_values():
    gold = GoldDoc("s", "uk", "2025-10-17", [GoldTime(0, 8, "9 жовтня", "2025-10-09", "day"),
                                             GoldTime(20, 25, "вчора", "2025-10-16", "day"),
                                             GoldTime(40, 45, "торік", "2024", "year")], "g:1")
    text = "9 жовтня" + " " * 12 + "вчора" + " " * 40
    system = [{"start": 0, "end": 8, "text": "9 жовтня", "value": "2025-10-09", "granularity": "day"},
              {"start": 18, "end": 25, "text": "  вчора", "value": "2025-10-15", "granularity": "day"},
              {"start": 50, "end": 55, "text": "зайве", "value": "2020", "granularity": "year"}]
    scores = Scores()
    score_doc(scores, gold, text, system)
    s = scores.summary()
    assert (s["gold"], s["system"]) == (3, 3)
    assert s["overlap"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert s["strict"]["f1"] == 0.3333
    assert s["value_accuracy"] == 0.5 and s["granularity_accuracy"] == 1.0
    assert s["gold_text_mismatches"] == 1          # gold "торік" does not slice this text
    assert {e["kind"] for e in scores.errors} == {"value", "boundary", "missed", "spurious"}


def test_one_system_span_matches_one_gold_span():
    gold = GoldDoc("s", "uk", None, [GoldTime(0, 4, "2019", "2019", "year"), GoldTime(5, 9, "2020", "2020", "year")], "g:1")
    scores = Scores()
    score_doc(scores, gold, "2019 2020", [{"start": 0, "end": 9, "text": "2019 2020", "value": "2019", "granularity": "year"}])
    assert scores.overlap_matches == 1


def test_bad_gold_line_is_reported_with_line(tmp_path):
    path = tmp_path / "uk.jsonl"
    path.write_text('{"source": "a", "lang": "uk", "times": []}\n{"lang": "uk"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"uk.jsonl:2"):
        read_gold([path])


def test_evaluate_end_to_end_and_cli(tmp_path):
    shared = _shared(tmp_path)
    gold = tmp_path / "gold"
    gold.mkdir()
    text = document_text(shared, "data/bsnlp2021/t/raw/uk/a.txt")
    start = text.index("9 жовтня")
    record = {"source": "data/bsnlp2021/t/raw/uk/a.txt", "lang": "uk", "date": "2025-10-17",
              "times": [{"start": start, "end": start + 8, "text": "9 жовтня", "value": "2025-10-09", "granularity": "day"},
                        {"start": text.index("Вчора"), "end": text.index("Вчора") + 5, "text": "Вчора",
                         "value": "2025-10-16", "granularity": "day"}]}
    (gold / "uk.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    result = evaluate_times([gold], shared, systems=("podiya",))
    uk = result["podiya"]["uk"]
    assert uk["overlap"]["f1"] == 1.0 and uk["strict"]["f1"] == 1.0 and uk["value_accuracy"] == 1.0

    from typer.testing import CliRunner
    from podiya.cli import app
    out = CliRunner().invoke(app, ["eval", "times", str(gold), "--shared", str(shared), "--json", "--no-baseline"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["podiya"]["uk"]["strict"]["f1"] == 1.0


def test_dateparser_baseline_runs(tmp_path):
    pytest.importorskip("dateparser")
    shared = _shared(tmp_path)
    gold = tmp_path / "uk.jsonl"
    text = document_text(shared, "data/bsnlp2021/t/raw/uk/a.txt")
    start = text.index("9 жовтня")
    gold.write_text(json.dumps({"source": "data/bsnlp2021/t/raw/uk/a.txt", "lang": "uk", "date": "2025-10-17",
                                "times": [{"start": start, "end": start + 8, "text": "9 жовтня",
                                           "value": "2025-10-09", "granularity": "day"}]}, ensure_ascii=False) + "\n")
    result = evaluate_times([gold], shared, systems=("dateparser",))
    assert result["dateparser"]["uk"]["gold"] == 1
    assert result["dateparser"]["uk"]["granularity_accuracy"] is None
