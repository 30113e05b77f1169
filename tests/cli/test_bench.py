import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from podiya.cli import app
from podiya.evaluate.bench import bench

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_bench_library_counts_and_times():
    result = bench([FIXTURES / "kyiv-talks.uk.txt", FIXTURES / "bsnlp-sample.txt"], ["language", "segment"])
    assert result.stages == ("language", "segment")
    assert result.documents == 2 and result.failed == 0
    assert result.tokens > 20 and result.characters > 100
    assert result.seconds > 0 and result.tokens_per_second > 0
    assert set(result.stage_seconds) == {"language", "segment"}
    # CPU time of this process, per stage too: on a shared machine the wall clock also counts waiting.
    assert set(result.stage_cpu_seconds) == {"language", "segment"}
    assert result.cpu_seconds > 0 and result.documents_per_cpu_second > 0
    assert result.cpu_seconds <= result.seconds * 1.5 + 0.05


def test_bench_cli_limit_and_json():
    out = CliRunner().invoke(app, ["bench", str(FIXTURES), "--stages", "language,segment", "--limit", "3", "--json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.output.strip().splitlines()[-1])
    assert figures["documents"] == 3 and figures["processes"] == 1
    assert figures["documents_per_second"] > 0
    assert figures["documents_per_cpu_second"] > 0 and figures["cpu_seconds"] > 0
    assert set(figures["stage_cpu_seconds"]) == {"language", "segment"}


def test_bench_cli_text_report():
    out = CliRunner().invoke(app, ["bench", str(FIXTURES / "kyiv-talks.uk.txt")])
    assert out.exit_code == 0, out.output
    assert "documents/s" in out.output and "tokens/s" in out.output and "single process" in out.output
    assert "(CPU time)" in out.output and "(wall clock)" in out.output


def test_bench_cli_errors_are_one_clear_line(tmp_path):
    runner = CliRunner()
    unknown = runner.invoke(app, ["bench", str(FIXTURES / "kyiv-talks.uk.txt"), "--stages", "language,nope"])
    assert unknown.exit_code == 2 and "unknown stage 'nope'" in unknown.stderr
    assert unknown.exception is None or isinstance(unknown.exception, SystemExit)
    unmet = runner.invoke(app, ["bench", str(FIXTURES / "kyiv-talks.uk.txt"), "--stages", "segment"])
    assert unmet.exit_code == 2 and "needs lang" in unmet.stderr
    nothing = runner.invoke(app, ["bench", str(tmp_path / "missing")])
    assert nothing.exit_code == 1 and "no documents to time (1 failed)" in nothing.stderr
    assert "documents/s" not in nothing.stdout  # no table of zeros


def test_bench_freeze_gc_restores_the_collector():
    import gc

    before = gc.get_threshold()
    result = bench([FIXTURES / "kyiv-talks.uk.txt"], ["language", "segment"], freeze_gc=True)
    assert result.documents == 1 and result.to_dict()["freeze_gc"] is True
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    out = CliRunner().invoke(app, ["bench", str(FIXTURES / "kyiv-talks.uk.txt"), "--stages", "language,segment",
                                   "--freeze-gc"])
    assert out.exit_code == 0 and "gc frozen after start-up" in out.output


def test_settling_freezes_once_after_the_first_document(monkeypatch):
    import podiya.pipeline
    from podiya.cli.common import settling

    frozen, seen = [], []
    monkeypatch.setattr(podiya.pipeline, "freeze_startup_objects", lambda: frozen.append(1))
    advance = settling(lambda article, status: seen.append((article, status)))
    for name in ("a", "b", "c"):
        advance(name, "done")
    assert frozen == [1] and [a for a, _ in seen] == ["a", "b", "c"]


def test_freeze_startup_objects_moves_objects_out_of_reach():
    import gc

    from podiya.pipeline import GC_THRESHOLDS, freeze_startup_objects

    freeze_startup_objects()
    assert gc.get_freeze_count() > 0 and gc.get_threshold() == GC_THRESHOLDS


def test_settling_waits_for_a_document_that_ran_the_stages(monkeypatch):
    import podiya.pipeline
    from podiya.cli.common import settling

    frozen = []
    monkeypatch.setattr(podiya.pipeline, "freeze_startup_objects", lambda: frozen.append(1))
    advance = settling(lambda article, status: None)
    advance("stored-before", "skipped")
    advance("broken", "failed")
    assert frozen == []
    advance("new", "stored")
    advance("next", "stored")
    assert frozen == [1]


@pytest.mark.parametrize("args, message", [
    (["eval", "ner-uk", "{tmp}"], "no split file"),
    (["train", "ner", "--leave-out-fold", "3/2"], "wants K/N"),
    (["eval", "bsnlp", "{tmp}/absent", "--system", "{tmp}"], "no such folder"),
])
def test_model_commands_give_one_clear_line_for_bad_input(tmp_path, args, message):
    from typer.testing import CliRunner

    from podiya.cli.app import app

    result = CliRunner().invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
