-- Store version 1 -> 2: `id` is no longer unique; a document is (origin, id).
-- SQLite cannot drop a UNIQUE constraint, so the table is rebuilt (sqlite.org/lang_altertable.html,
-- "other kinds of table schema changes"); rowids are kept, so child rows and the search index
-- stay attached. Run with foreign keys off, inside one transaction; podiya_origin() is
-- registered by the store (db.origin_of).

CREATE TABLE documents_v2 (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,
    origin      TEXT NOT NULL,
    hash        TEXT NOT NULL UNIQUE,
    lang        TEXT,
    date        TEXT,
    title       TEXT,
    url         TEXT,
    source      TEXT,
    text        TEXT NOT NULL,
    json        TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    UNIQUE (origin, id)
);
INSERT INTO documents_v2(rowid, id, origin, hash, lang, date, title, url, source, text, json, ingested_at)
    SELECT rowid, id, podiya_origin(source), hash, lang, date, title, url, source, text, json, ingested_at
    FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v2 RENAME TO documents;
CREATE INDEX documents_id ON documents(id);
CREATE INDEX documents_date ON documents(date);
