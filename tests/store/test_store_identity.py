"""A stored document is (origin, id): BSNLP topics reuse ids, and those are different articles."""
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from podiya.doc import Article, Doc
from podiya.pipeline import Pipeline
from podiya.store import AmbiguousIdError, Store, ingest, origin_of
from podiya.store.db import schema_sql

FIXTURES = Path(__file__).resolve().parent / "fixtures"
EC, TRUMP = FIXTURES / "ec" / "file_415_ua.txt", FIXTURES / "trump" / "file_415.txt"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(stages=["language", "segment"])


@pytest.fixture
def topics(tmp_path):
    """Writable copies of the two topic files that share id 415."""
    for src in (EC, TRUMP):
        (tmp_path / src.parent.name).mkdir()
        shutil.copy(src, tmp_path / src.parent.name / src.name)
    return tmp_path / "ec" / EC.name, tmp_path / "trump" / TRUMP.name


def test_same_id_from_two_files_is_two_documents(tmp_path, pipeline):
    with Store(tmp_path / "p.db") as store:
        report = ingest([EC, TRUMP], store, pipeline=pipeline)
        assert (report.stored, report.updated, report.failed) == (2, 0, 0)
        assert store.count() == 2 and list(store.ids()) == ["415", "415"]
        assert store.sources("415") == [str(EC), str(TRUMP)]
        with pytest.raises(AmbiguousIdError) as caught:
            store.get("415")
        assert caught.value.choices == [str(EC), str(TRUMP)]
        assert str(EC) in str(caught.value) and "choose one by its source" in str(caught.value)
        ec = store.get("415", source=str(EC))
        assert ec["id"] == "415" and "Брюсселі" in ec["text"] and ec["date"] == "2019-05-20"
        assert "Ханої" in store.get("415", source=str(TRUMP))["text"]
        with pytest.raises(KeyError, match="from nowhere.txt"):
            store.get("415", source="nowhere.txt")
        assert sorted(store.search("Ханої") + store.search("Брюсселі")) == ["415", "415"]
        again = ingest([EC, TRUMP], store, pipeline=pipeline)
        assert (again.stored, again.skipped, again.updated) == (0, 2, 0) and store.count() == 2


def test_editing_one_file_updates_only_its_document(topics, tmp_path, pipeline):
    ec, trump = topics
    with Store(tmp_path / "p.db") as store:
        ingest([ec, trump], store, pipeline=pipeline)
        ec.write_text(ec.read_text(encoding="utf-8").replace("наступний рік", "2020 рік"), encoding="utf-8")
        report = ingest([ec, trump], store, pipeline=pipeline)
        assert (report.stored, report.skipped, report.updated) == (0, 1, 1)
        assert store.count() == 2
        assert "2020 рік" in store.get("415", source=str(ec))["text"]
        assert "Ханої" in store.get("415", source=str(trump))["text"]
        assert store.conn.execute("SELECT count(*) FROM search").fetchone()[0] == 2


def test_same_content_anywhere_is_skipped(topics, tmp_path, pipeline):
    ec, _ = topics
    copy = tmp_path / "elsewhere" / "renamed.txt"
    copy.parent.mkdir()
    shutil.copy(ec, copy)
    with Store(tmp_path / "p.db") as store:
        assert ingest([ec], store, pipeline=pipeline).stored == 1
        assert ingest([copy], store, pipeline=pipeline).skipped == 1
        assert store.count() == 1 and store.sources("415") == [str(ec)]


def test_relative_and_absolute_paths_are_the_same_input(topics, tmp_path, pipeline, monkeypatch):
    ec, _ = topics
    with Store(tmp_path / "p.db") as store:
        ingest([ec], store, pipeline=pipeline)
        ec.write_text(ec.read_text(encoding="utf-8") + "Ще одне речення.\n", encoding="utf-8")
        monkeypatch.chdir(ec.parent)
        report = ingest([ec.name], store, pipeline=pipeline)  # `cd ec && podiya ingest file_415_ua.txt`
        assert report.updated == 1 and store.count() == 1


def test_jsonl_line_that_moves_is_still_the_same_document(tmp_path, pipeline):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Перша версія."}, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(tmp_path / "p.db") as store:
        ingest([path], store, pipeline=pipeline)
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (
            {"id": "new", "text": "Новий запис зверху."}, {"id": "x", "text": "Друга версія."})) + "\n",
            encoding="utf-8")
        report = ingest([path], store, pipeline=pipeline)
        assert (report.stored, report.updated) == (1, 1)
        assert store.get("x")["text"] == "Друга версія." and store.sources("x") == [f"{path}:2"]


def test_origin_drops_the_record_part_and_resolves_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert origin_of("a.jsonl:3") == origin_of(str(tmp_path / "a.jsonl")) == str(tmp_path / "a.jsonl")
    assert origin_of("feed.rss#item12") == str(tmp_path / "feed.rss")
    assert origin_of("crawl.warc.gz#record7") == str(tmp_path / "crawl.warc.gz")
    assert origin_of("https://example.com/feed#item2") == "https://example.com/feed"
    assert origin_of("https://example.com:8080") == "https://example.com:8080"
    assert origin_of(None) == origin_of("") == ""


def test_documents_without_source_keep_id_identity(tmp_path):
    with Store(tmp_path / "p.db") as store:
        assert store.add(Doc(article=Article(id="n", text="Один."))) == "stored"
        assert store.add(Doc(article=Article(id="n", text="Два."))) == "updated"
        assert store.count() == 1 and store.get("n")["text"] == "Два."


# Version 1 of the documents table: `id` was UNIQUE (the rest of the schema is unchanged).
V1_DOCUMENTS = """CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE, lang TEXT, date TEXT,
    title TEXT, url TEXT, source TEXT, text TEXT NOT NULL, json TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE INDEX documents_date ON documents(date);
"""


def test_version_1_database_is_upgraded_in_place(tmp_path, pipeline):
    fresh = sqlite3.connect(":memory:")
    fresh.executescript(schema_sql())
    rest = schema_sql().split("CREATE TABLE IF NOT EXISTS entities", 1)[1]
    db = tmp_path / "v1.db"
    old = sqlite3.connect(db)
    old.executescript(V1_DOCUMENTS + "CREATE TABLE IF NOT EXISTS entities" + rest + "PRAGMA user_version=1;")
    document = json.dumps({"schema": 1, "id": "415", "text": "Стара."}, ensure_ascii=False)
    old.execute("INSERT INTO documents VALUES (7, '415', 'h', 'uk', NULL, NULL, NULL, ?, 'Стара.', ?, 'now')",
                (str(EC), document))
    old.execute("INSERT INTO entities VALUES (7, 'E1', 'LOC', 'Брюссель', NULL, NULL, NULL)")
    old.execute("INSERT INTO search(rowid, lemmas) VALUES (7, 'стара')")
    old.commit()
    old.close()
    with Store(db) as store:
        q = store.conn.execute
        assert q("PRAGMA user_version").fetchone()[0] == 2
        assert q("SELECT rowid, id, origin FROM documents").fetchall() == [(7, "415", str(EC))]
        columns = lambda conn: [r[1:] for r in conn.execute("PRAGMA table_info(documents)")]
        indexes = lambda conn: sorted(r[2:4] for r in conn.execute("PRAGMA index_list(documents)"))
        assert columns(store.conn) == columns(fresh) and indexes(store.conn) == indexes(fresh)
        assert q("PRAGMA foreign_key_check").fetchall() == [] and q("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.search("стара") == ["415"]
        assert ingest([TRUMP], store, pipeline=pipeline).stored == 1  # the shared id is allowed now
        assert ingest([EC], store, pipeline=pipeline).updated == 1    # same origin and id: replaced
        assert q("SELECT count(*) FROM entities WHERE doc = 7").fetchone()[0] == 0  # cascaded with it
        assert store.count() == 2
