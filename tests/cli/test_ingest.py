import shutil

from typer.testing import CliRunner

from podiya.cli import app
from podiya.store import Store

FIXTURES = __import__("pathlib").Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


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
