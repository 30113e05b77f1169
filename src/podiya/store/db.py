"""`Store`: processed documents in SQLite (WAL), one transaction per document.

Idempotent by content: a document whose hash (text and date) is already stored is skipped; the
same id with different content replaces the old rows. Each document is written in one
transaction, so a crash leaves every document either complete or absent, and a re-run of the
same job stores what is missing.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from ..doc import Article, Doc
from ..errors import PodiyaError
from ..schema import Document

SCHEMA_VERSION = 1
AddResult = Literal["stored", "skipped", "updated"]
_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")


class StoreError(PodiyaError):
    """The database cannot be used as a podiya store (wrong version, not SQLite, locked)."""


@lru_cache(maxsize=1)
def schema_sql() -> str:
    return files("podiya.store").joinpath("schema.sql").read_text(encoding="utf-8")


def content_hash(text: str, date: str | None) -> str:
    """What makes two documents the same for the store: their exact text and their date."""
    return hashlib.sha256(json.dumps([text, date], ensure_ascii=False).encode("utf-8")).hexdigest()


def article_hash(article: Article) -> str:
    return content_hash(article.text, article.date)


class Store:
    """A podiya database file; `add` processed documents, `get` them back, `search` their lemmas."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are opened and closed explicitly in `add`.
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self._create()
        except (sqlite3.DatabaseError, OSError) as exc:
            raise StoreError(f"{self.path}: cannot open as a podiya database: {exc}") from None

    def _create(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} has store schema version {version}; this podiya knows "
                             f"version {SCHEMA_VERSION}: upgrade podiya or use another --db")
        if version == SCHEMA_VERSION:
            return
        tables = self.conn.execute("SELECT count(*) FROM sqlite_master WHERE name='documents'").fetchone()[0]
        if version == 0 and tables:
            raise StoreError(f"{self.path} has a `documents` table but is not a podiya store; use another --db")
        self.conn.executescript(f"BEGIN;\n{schema_sql()}\nPRAGMA user_version={SCHEMA_VERSION};\nCOMMIT;")

    # -- writing -----------------------------------------------------------------------------

    def add(self, doc: Doc | Document) -> AddResult:
        """Store one processed document (all its rows or none); say what happened."""
        document = doc.to_document() if isinstance(doc, Doc) else doc
        source = doc.article.source if isinstance(doc, Doc) else getattr(document, "source", None)
        digest = content_hash(document.text, document.date)
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")  # take the write lock now: no lost update between check and write
        try:
            if conn.execute("SELECT 1 FROM documents WHERE hash = ?", (digest,)).fetchone():
                conn.execute("COMMIT")
                return "skipped"
            old = conn.execute("SELECT rowid FROM documents WHERE id = ?", (document.id,)).fetchone()
            if old:
                conn.execute("DELETE FROM search WHERE rowid = ?", old)
                conn.execute("DELETE FROM documents WHERE rowid = ?", old)  # children cascade
            rowid = self._insert(document, digest, source)
            conn.execute("INSERT INTO search(rowid, lemmas) VALUES (?, ?)", (rowid, index_terms(doc)))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return "updated" if old else "stored"

    def _insert(self, d: Document, digest: str, source: str | None) -> int:
        payload = json.dumps(d.to_json_dict(), ensure_ascii=False)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO documents(id, hash, lang, date, title, url, source, text, json, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.id, digest, d.lang, d.date, d.title, d.url, source, d.text, payload, now))
        rowid = cur.lastrowid
        ex = self.conn.executemany
        ex("INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)",
           [(rowid, e.id, e.type, e.name, e.key, e.country, e.sector) for e in d.entities])
        ex("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)",
           [(rowid, e.id, m.start, m.end, m.text, m.base) for e in d.entities for m in e.mentions])
        ex("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?)",
           [(rowid, t.start, t.end, t.text, t.value, t.granularity, t.anchor) for t in d.times])
        ex("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
           [(rowid, v.id, v.type, v.mode, v.date,
             v.location.name if v.location else None, v.location.entity if v.location else None,
             v.location.country if v.location else None, v.modality, v.attributed_to,
             v.trigger.start, v.trigger.end, v.trigger.text, v.sentence, v.confidence, v.score)
            for v in d.events])
        ex("INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?, ?)",
           [(rowid, v.id, role, p.entity, p.name, p.country, p.sector)
            for v in d.events for role, ps in (("actor", v.actor), ("recipient", v.recipient)) for p in ps])
        return rowid

    # -- reading -----------------------------------------------------------------------------

    def get(self, id: str) -> dict:
        """The contract JSON of document `id`; KeyError when it is not stored."""
        row = self.conn.execute("SELECT json FROM documents WHERE id = ?", (id,)).fetchone()
        if row is None:
            raise KeyError(f"no document {id!r} in {self.path}")
        return json.loads(row[0])

    def __contains__(self, id: object) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (id,)).fetchone() is not None

    def source_of(self, id: str) -> str | None:
        """Where the stored document `id` was read from (None when absent or unknown)."""
        row = self.conn.execute("SELECT source FROM documents WHERE id = ?", (id,)).fetchone()
        return row[0] if row else None

    def has_content(self, article: Article) -> bool:
        """True when this exact text and date are stored already (the pipeline can be skipped)."""
        return self.conn.execute("SELECT 1 FROM documents WHERE hash = ?",
                                 (article_hash(article),)).fetchone() is not None

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def ids(self) -> Iterator[str]:
        for (ident,) in self.conn.execute("SELECT id FROM documents ORDER BY rowid"):
            yield ident

    def search(self, query: str, limit: int = 100, langs: tuple[str, ...] | None = None) -> list[str]:
        """Ids of documents with every word of `query` (any inflection), best match first."""
        match = fts_query(query, langs)
        if not match:
            return []
        rows = self.conn.execute(
            "SELECT d.id FROM search JOIN documents d ON d.rowid = search.rowid "
            "WHERE search MATCH ? ORDER BY rank LIMIT ?", (match, limit))
        return [r[0] for r in rows]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def index_terms(doc: Doc | Document) -> str:
    """Every lemma of every word token plus the word itself, lower-cased, for FTS5.

    All parses' lemmas go in, not the first: the uk dictionary does not rank its parses, so the
    first lemma is often wrong ("Баку" -> "бак"); indexing them all keeps recall.
    """
    terms: list[str] = []
    tokens = doc.tokens if isinstance(doc, Doc) else []
    if tokens:
        for token in tokens:
            if not any(ch.isalnum() for ch in token.text):
                continue
            forms = dict.fromkeys([token.text.lower(), *(a.lemma.lower() for a in token.analyses)])
            terms.extend(forms)
    else:  # no tokens (a stored contract document, or a pipeline without segment): plain words
        terms = [w.lower() for w in _WORD.findall(doc.text)]
    return " ".join(terms)


def fts_query(query: str, langs: tuple[str, ...] | None = None) -> str:
    """An FTS5 expression: every query word must match, as itself or any of its lemmas."""
    from ..language.morphology import analyze

    groups = []
    for word in _WORD.findall(query):
        cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        chosen = langs or (("uk", "ru") if cyrillic else ("en",))
        forms = dict.fromkeys([word.lower(), *(a.lemma.lower() for lang in chosen for a in analyze(word, lang))])
        groups.append("(" + " OR ".join('"' + f.replace('"', '""') + '"' for f in forms) + ")")
    return " AND ".join(groups)
