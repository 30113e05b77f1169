"""`Store`: processed documents in SQLite (WAL), one transaction per document.

Identity: a stored document is (origin, id), where origin is the input it was read from (the
file, absolute, or the URL, without its line / item / record part; see `origin_of`). Input ids
are not unique across inputs (BSNLP topics reuse them: `415` is an ec and a trump article), so
the same id from another file is another record; the contract's `id` stays the input's id.

Idempotent by content: a document whose hash (text and date) is stored already, under any
origin and id, is skipped; the same origin and id with different content replaces the old rows
("updated"). Each document is written in one transaction, so a crash leaves every document
either complete or absent, and a re-run of the same job stores what is missing.

Reading by id: `get(id)` returns the document when one record has that id and raises
`AmbiguousIdError` (listing the sources to choose from) when several do; `get(id, source=...)`
picks one. Returning "the first" silently would hand back a different article.
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

SCHEMA_VERSION = 2
AddResult = Literal["stored", "skipped", "updated"]
_WORD = re.compile(r"\w+(?:['’ʼ]\w+)*")
# The record part readers append to a source: `a.jsonl:3`, `feed.rss#item2`, `x.warc#record5`
# (a URL only gets the `#` kind: `https://host:8080` keeps its port).
_RECORD_PART = re.compile(r"(?:#(?:item|record)\d+|:\d+)\Z")
_URL_RECORD_PART = re.compile(r"#(?:item|record)\d+\Z")


class StoreError(PodiyaError):
    """The database cannot be used as a podiya store (wrong version, not SQLite, locked)."""


class AmbiguousIdError(StoreError, LookupError):
    """Several stored documents share the id asked for; `choices` are their sources."""

    def __init__(self, id: str, choices: list[str], path: Path):
        self.id = id
        self.choices = choices
        listed = "\n  ".join(choices)
        super().__init__(f"{len(choices)} documents in {path} have id {id!r} (inputs reuse ids); "
                         f"choose one by its source:\n  {listed}")


@lru_cache(maxsize=None)
def _sql(name: str) -> str:
    return files("podiya.store").joinpath(name).read_text(encoding="utf-8")


def schema_sql() -> str:
    return _sql("schema.sql")


def origin_of(source: str | None) -> str:
    """The input part of a reader's `source`, as the store's identity uses it ('' when unknown).

    The line / item / record part is dropped (a JSONL line that moves when lines are added above
    it is still the same document) and a file path is made absolute, so `podiya ingest data/`
    and `cd data && podiya ingest .` update the same records.
    """
    if not source:
        return ""
    if "://" in source:
        return _URL_RECORD_PART.sub("", source)
    base = _RECORD_PART.sub("", source)
    try:
        return str(Path(base).resolve())
    except (OSError, RuntimeError, ValueError):  # a symlink loop or an odd name: keep it as given
        return base


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
        if version == 1:
            self._upgrade_from_1()
            return
        tables = self.conn.execute("SELECT count(*) FROM sqlite_master WHERE name='documents'").fetchone()[0]
        if version == 0 and tables:
            raise StoreError(f"{self.path} has a `documents` table but is not a podiya store; use another --db")
        self.conn.executescript(f"BEGIN;\n{schema_sql()}\nPRAGMA user_version={SCHEMA_VERSION};\nCOMMIT;")

    def _upgrade_from_1(self) -> None:
        """Version 1 had one record per id; rebuild `documents` keyed by (origin, id), rows kept."""
        self.conn.create_function("podiya_origin", 1, origin_of, deterministic=True)
        self.conn.execute("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction: set it first
        try:
            self.conn.executescript(f"BEGIN IMMEDIATE;\n{_sql('upgrade_1_to_2.sql')}\n"
                                    f"PRAGMA user_version={SCHEMA_VERSION};\nCOMMIT;")
        except sqlite3.DatabaseError:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        finally:
            self.conn.execute("PRAGMA foreign_keys=ON")

    # -- writing -----------------------------------------------------------------------------

    def add(self, doc: Doc | Document) -> AddResult:
        """Store one processed document (all its rows or none); say what happened.

        "skipped": this text and date are stored already (under any source and id);
        "updated": the same source and id held other content, now replaced; "stored": new.
        """
        document = doc.to_document() if isinstance(doc, Doc) else doc
        source = doc.article.source if isinstance(doc, Doc) else getattr(document, "source", None)
        origin = origin_of(source)
        digest = content_hash(document.text, document.date)
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")  # take the write lock now: no lost update between check and write
        try:
            if conn.execute("SELECT 1 FROM documents WHERE hash = ?", (digest,)).fetchone():
                conn.execute("COMMIT")
                return "skipped"
            old = conn.execute("SELECT rowid FROM documents WHERE origin = ? AND id = ?",
                               (origin, document.id)).fetchone()
            if old:
                conn.execute("DELETE FROM search WHERE rowid = ?", old)
                conn.execute("DELETE FROM documents WHERE rowid = ?", old)  # children cascade
            rowid = self._insert(document, digest, source, origin)
            conn.execute("INSERT INTO search(rowid, lemmas) VALUES (?, ?)", (rowid, index_terms(doc)))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return "updated" if old else "stored"

    def _insert(self, d: Document, digest: str, source: str | None, origin: str) -> int:
        payload = json.dumps(d.to_json_dict(), ensure_ascii=False)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        cur = self.conn.execute(
            "INSERT INTO documents(id, origin, hash, lang, date, title, url, source, text, json, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (d.id, origin, digest, d.lang, d.date, d.title, d.url, source, d.text, payload, now))
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

    def get(self, id: str, source: str | None = None) -> dict:
        """The contract JSON of the document with input id `id`.

        `source` (a source as stored, or the file / URL it was read from) chooses among documents
        sharing the id; without it, several matches raise AmbiguousIdError listing their sources.
        KeyError when nothing matches.
        """
        rows = self.conn.execute("SELECT source, origin, json FROM documents WHERE id = ? ORDER BY rowid",
                                 (id,)).fetchall()
        if source is not None:
            wanted = origin_of(source)
            rows = [r for r in rows if r[0] == source or r[1] == wanted]
        if not rows:
            where = f" from {source}" if source is not None else ""
            raise KeyError(f"no document {id!r}{where} in {self.path}")
        if len(rows) > 1:
            raise AmbiguousIdError(id, [r[0] or r[1] or "(unknown source)" for r in rows], self.path)
        return json.loads(rows[0][2])

    def __contains__(self, id: object) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (id,)).fetchone() is not None

    def sources(self, id: str) -> list[str | None]:
        """Where each stored document with input id `id` was read from, in store order."""
        return [r[0] for r in self.conn.execute("SELECT source FROM documents WHERE id = ? ORDER BY rowid", (id,))]

    def has_content(self, article: Article) -> bool:
        """True when this exact text and date are stored already (the pipeline can be skipped)."""
        return self.conn.execute("SELECT 1 FROM documents WHERE hash = ?",
                                 (article_hash(article),)).fetchone() is not None

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def ids(self) -> Iterator[str]:
        """The input id of every stored document, in store order (an id repeats when inputs share it)."""
        for (ident,) in self.conn.execute("SELECT id FROM documents ORDER BY rowid"):
            yield ident

    def search(self, query: str, limit: int = 100, langs: tuple[str, ...] | None = None) -> list[str]:
        """Ids of documents with every word of `query` (any inflection), best match first.

        An id appears once per matching document, so twice when two inputs share it; `sources(id)`
        and `get(id, source=...)` tell them apart.
        """
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
