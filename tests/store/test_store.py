import sqlite3

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from podiya.doc import Analysis, Article, Doc, Token
from podiya.schema import Entity, Event, Mention, Party, Place, Span, TimeExpr
from podiya.store import Store, StoreError
from podiya.store.db import fts_query, index_terms

TEXT = "Путін зустрівся з Алієвим у Душанбе 9 жовтня."


def make_doc(id="d1", text=TEXT, date="2025-10-17") -> Doc:
    words = [(0, 5, "Путін", ("путін",)), (6, 15, "зустрівся", ("зустрітися",)), (18, 25, "Алієвим", ("алієв",)),
             (28, 35, "Душанбе", ("душанбе",)), (36, 37, "9", ()), (38, 44, "жовтня", ("жовтень",)), (44, 45, ".", ())]
    tokens = [Token(s, e, t, 0, tuple(Analysis(lemma=l, pos=None) for l in lemmas)) for s, e, t, lemmas in words]
    entities = [Entity(id="E1", type="PER", name="Путін", key="Q7747", country="RUS", sector="GOV",
                       mentions=[Mention(start=0, end=5, text="Путін", base="Путін")]),
                Entity(id="E2", type="PER", name="Алієв", mentions=[Mention(start=18, end=25, text="Алієвим", base="Алієв")]),
                Entity(id="E3", type="LOC", name="Душанбе", country="TJK",
                       mentions=[Mention(start=28, end=35, text="Душанбе", base="Душанбе")])]
    times = [TimeExpr(start=36, end=44, text="9 жовтня", value="2025-10-09", granularity="day", anchor="document")]
    events = [Event(id="V1", type="CONSULT", actor=[Party(entity="E1", name="Путін", country="RUS", sector="GOV")],
                    recipient=[Party(entity="E2", name="Алієв", country="AZE", sector="GOV")], date="2025-10-09",
                    location=Place(entity="E3", name="Душанбе", country="TJK"), trigger=Span(start=6, end=15, text="зустрівся"),
                    sentence=0, confidence=0.8, score=1.0)]
    return Doc(article=Article(id=id, text=text, date=date, lang="uk", source="test.txt"), lang="uk",
               sentences=[(0, len(text))], tokens=tokens, entities=entities, times=times, events=events)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "p.db") as s:
        yield s


def test_add_get_round_trip_and_flat_tables(store):
    doc = make_doc()
    assert store.add(doc) == "stored"
    assert store.get("d1") == doc.to_document().to_json_dict()
    q = store.conn.execute
    assert q("SELECT journal_mode FROM pragma_journal_mode").fetchone()[0] == "wal"
    assert q("SELECT count(*) FROM entities").fetchone()[0] == 3
    assert q("SELECT entity, text FROM mentions ORDER BY start").fetchall() == [("E1", "Путін"), ("E2", "Алієвим"), ("E3", "Душанбе")]
    assert q("SELECT value, granularity FROM times").fetchall() == [("2025-10-09", "day")]
    assert q("SELECT type, location, location_country, trigger_text FROM events").fetchall() == [
        ("CONSULT", "Душанбе", "TJK", "зустрівся")]
    assert q("SELECT role, country FROM parties ORDER BY role").fetchall() == [("actor", "RUS"), ("recipient", "AZE")]
    assert q("SELECT source FROM documents").fetchone()[0] == "test.txt"


def test_idempotent_and_update(store):
    assert store.add(make_doc()) == "stored"
    assert store.add(make_doc()) == "skipped"
    assert store.add(make_doc(id="copy")) == "skipped"  # same content under another id: a duplicate
    changed = make_doc(text=TEXT.replace("9 жовтня", "10 жовтня"))
    assert store.add(changed) == "updated"
    assert store.count() == 1
    assert store.get("d1")["text"] == changed.text
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 3  # old rows replaced, not added
    assert store.conn.execute("SELECT count(*) FROM search").fetchone()[0] == 1
    with pytest.raises(KeyError, match="nope"):
        store.get("nope")


def test_search_matches_inflected_forms(store):
    store.add(make_doc())
    store.add(Doc(article=Article(id="d2", text="Зеленський виступив у Брюсселі.")))  # no tokens
    assert store.search("Душанбе") == ["d1"]
    assert store.search("жовтень") == ["d1"]            # lemma of "жовтня"
    assert store.search("Путіна Душанбе") == ["d1"]     # every word, any inflection
    assert store.search("Путін Брюссель") == []
    assert store.search("Брюсселі") == ["d2"]           # no tokens: plain lower-cased words
    assert store.search('"; DROP TABLE documents; --') == []
    assert store.count() == 2


def test_crash_mid_document_leaves_nothing_then_rerun_completes(store, monkeypatch):
    doc = make_doc()
    original = store._insert

    def crash(*args):
        original(*args)
        raise RuntimeError("power cut")
    monkeypatch.setattr(store, "_insert", crash)
    with pytest.raises(RuntimeError):
        store.add(doc)
    for table in ("documents", "entities", "mentions", "times", "events", "parties", "search"):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    monkeypatch.setattr(store, "_insert", original)
    assert store.add(doc) == "stored" and store.count() == 1


def test_reopen_and_foreign_database(tmp_path):
    with Store(tmp_path / "p.db") as s:
        s.add(make_doc())
    with Store(tmp_path / "p.db") as s:
        assert list(s.ids()) == ["d1"] and "d1" in s
    other = sqlite3.connect(tmp_path / "other.db")
    other.execute("CREATE TABLE documents(x)")
    other.commit()
    other.close()
    with pytest.raises(StoreError, match="not a podiya store"):
        Store(tmp_path / "other.db")
    (tmp_path / "junk.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        Store(tmp_path / "junk.db")


def test_index_terms_keep_every_lemma():
    doc = make_doc()
    doc.tokens[0].analyses = (Analysis(lemma="бак", pos=None), Analysis(lemma="путін", pos=None))
    terms = index_terms(doc).split()
    assert "бак" in terms and "путін" in terms and "." not in terms
    assert fts_query("") == ""


@hsettings(max_examples=30, deadline=None)
@given(text=st.text(min_size=1, max_size=200).filter(str.strip), date=st.one_of(st.none(), st.dates().map(str)))
def test_round_trip_is_lossless(tmp_path_factory, text, date):
    path = tmp_path_factory.mktemp("h") / "h.db"
    doc = Doc(article=Article(id="h", text=text, date=date), sentences=[(0, len(text))])
    with Store(path) as s:
        assert s.add(doc) == "stored"
        assert s.get("h") == doc.to_document().to_json_dict()
        s.search(text)  # any text is a safe query


KILLED_WRITER = """
import os, sys
sys.path.insert(0, {tests!r})
from test_store import TEXT, make_doc
from podiya.store import Store
store = Store({db!r})
original = store._insert
def insert(document, *rest):
    rowid = original(document, *rest)
    if document.id == "d3":
        os._exit(9)  # the process dies inside the transaction: no rollback, no close
    return rowid
store._insert = insert
for n in range(1, 6):
    store.add(make_doc(id=f"d{{n}}", text=TEXT + " " * n))
"""


def test_killed_process_leaves_a_consistent_database(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    db = tmp_path / "k.db"
    code = KILLED_WRITER.format(tests=str(Path(__file__).parent), db=str(db))
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 9
    with Store(db) as store:
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert sorted(store.ids()) == ["d1", "d2"]
        assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 6
        assert store.conn.execute("SELECT count(*) FROM search").fetchone()[0] == 2
        statuses = [store.add(make_doc(id=f"d{n}", text=TEXT + " " * n)) for n in range(1, 6)]
    assert statuses == ["skipped", "skipped", "stored", "stored", "stored"]
