import shutil
from pathlib import Path

from typer.testing import CliRunner

from podiya.cli import app
from podiya.store import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_ingest_twice_stores_each_document_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("kyiv-talks.uk.txt", "bsnlp-sample.txt", "articles.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    db = tmp_path / "p.db"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "read 5, stored 5, skipped 0, updated 0, failed 2" in first.output
    assert "articles.jsonl:3" in first.output  # each bad line reported
    second = runner.invoke(app, ["ingest", str(folder), "--db", str(db)])
    assert second.exit_code == 0
    assert "read 5, stored 0, skipped 5, updated 0, failed 2" in second.output
    with Store(db) as store:
        assert store.count() == 5
        assert sorted(store.ids()) == ["a1", "a6", "articles-2", "kyiv-talks.uk", "ua-7"]
        assert store.get("kyiv-talks.uk")["sentences"]  # the pipeline ran before storing


def test_changed_file_is_updated_and_db_from_environment(tmp_path, monkeypatch):
    doc = tmp_path / "note.uk.txt"
    doc.write_text("date 2025-10-17\nПерша версія тексту.", encoding="utf-8")
    monkeypatch.setenv("PODIYA_DB", str(tmp_path / "env.db"))
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(doc)]).exit_code == 0
    doc.write_text("date 2025-10-17\nДруга версія тексту.", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(doc)])
    assert "stored 0, skipped 0, updated 1" in result.output
    with Store(tmp_path / "env.db") as store:
        assert store.get("note.uk")["text"] == "Друга версія тексту."


def test_nothing_processed_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 1
    assert "read 0, stored 0, skipped 0, updated 0, failed 1" in result.output


def test_unusable_database_is_a_clear_error(tmp_path):
    (tmp_path / "not.db").write_bytes(b"plain text, not SQLite" * 50)
    result = CliRunner().invoke(app, ["ingest", str(FIXTURES / "kyiv-talks.uk.txt"), "--db", str(tmp_path / "not.db")])
    assert result.exit_code == 1 and "cannot open as a podiya database" in result.output


def test_topics_sharing_an_id_are_both_stored(tmp_path):
    fixtures = Path(__file__).resolve().parents[1] / "store" / "fixtures"
    db = tmp_path / "p.db"
    result = CliRunner().invoke(app, ["ingest", str(fixtures), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "read 2, stored 2, skipped 0, updated 0, failed 0" in result.stderr
    assert "\x1b[" not in result.stderr and "documents" not in result.stderr  # no progress bar on a pipe
    assert "replaces" not in result.output  # no warning: the second 415 is another document
    with Store(db) as store:
        assert store.sources("415") == [str(fixtures / "ec" / "file_415_ua.txt"),
                                        str(fixtures / "trump" / "file_415.txt")]


def test_usage_errors_are_not_tracebacks(tmp_path):
    runner = CliRunner()
    bad_format = runner.invoke(app, ["ingest", str(FIXTURES), "-i", "docx", "--db", str(tmp_path / "p.db")])
    assert bad_format.exit_code == 2 and "not an input format" in bad_format.output
    assert not (tmp_path / "p.db").exists()  # nothing created for a command that never ran
    folder_db = runner.invoke(app, ["ingest", str(FIXTURES / "kyiv-talks.uk.txt"), "--db", str(tmp_path)])
    assert folder_db.exit_code == 1 and "cannot open as a podiya database" in folder_db.stderr
    assert folder_db.exception is None or isinstance(folder_db.exception, SystemExit)


def test_database_error_midway_is_a_clear_error(tmp_path, monkeypatch):
    import sqlite3

    def locked(self, doc):
        raise sqlite3.OperationalError("database is locked")
    monkeypatch.setattr(Store, "add", locked)
    result = CliRunner().invoke(app, ["ingest", str(FIXTURES / "kyiv-talks.uk.txt"), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 1
    assert "database error: database is locked" in result.stderr and "run the same command again" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_progress_bar_only_on_a_terminal_and_logs_go_above_it(monkeypatch):
    import io
    import logging
    import sys

    from podiya.cli.common import progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    pipe = io.StringIO()
    monkeypatch.setattr(sys, "stderr", pipe)
    with progress() as advance:
        advance(type("A", (), {"id": "x"})(), "stored")
    assert pipe.getvalue() == ""  # nothing drawn into a pipe or file

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    handler = logging.StreamHandler(terminal)
    logging.getLogger().addHandler(handler)
    try:
        with progress() as advance:
            assert handler.stream is sys.stderr and handler.stream is not terminal  # rich's proxy
            logging.getLogger("podiya.test").warning("a warning while the bar runs")
            advance(type("A", (), {"id": "x"})(), "stored")
        assert handler.stream is terminal  # given back afterwards
    finally:
        logging.getLogger().removeHandler(handler)
    assert "a warning while the bar runs" in terminal.getvalue()
