-- podiya's SQLite store, version 2 (PRAGMA user_version). Derived from the output contract
-- (schema.Document): `documents.json` holds the full contract JSON; the other tables flatten it
-- for querying. Child rows cascade with their document, so replacing a document is one DELETE
-- and fresh INSERTs inside one transaction. Version 1 had `id` UNIQUE; upgrade_1_to_2.sql.

-- A stored document is (origin, id): the same id read from another file is another document
-- (BSNLP topics reuse ids), the same file and id again is an update. rowid is the store's own key.
CREATE TABLE IF NOT EXISTS documents (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL,             -- the input's id (contract `id`); repeats across inputs
    origin      TEXT NOT NULL,             -- input file (absolute) or URL without line/item part; '' unknown
    hash        TEXT NOT NULL UNIQUE,      -- sha256 of the article's text and date: same hash = same document
    lang        TEXT,
    date        TEXT,                      -- YYYY-MM-DD publication date
    title       TEXT,
    url         TEXT,
    source      TEXT,                      -- file (and line / record) it was read from
    text        TEXT NOT NULL,
    json        TEXT NOT NULL,             -- the contract JSON of the processed document
    ingested_at TEXT NOT NULL,             -- UTC, ISO 8601
    UNIQUE (origin, id)
);
CREATE INDEX IF NOT EXISTS documents_id ON documents(id);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date);

CREATE TABLE IF NOT EXISTS entities (
    doc       INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    entity    TEXT NOT NULL,               -- E1, E2 ... within the document
    type      TEXT NOT NULL,
    name      TEXT NOT NULL,
    key       TEXT,
    country   TEXT,
    sector    TEXT,
    PRIMARY KEY (doc, entity)
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);

CREATE TABLE IF NOT EXISTS mentions (
    doc       INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    entity    TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    base      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc, entity);

CREATE TABLE IF NOT EXISTS times (
    doc         INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT,
    granularity TEXT,
    anchor      TEXT
);
CREATE INDEX IF NOT EXISTS times_doc ON times(doc);
CREATE INDEX IF NOT EXISTS times_value ON times(value);

CREATE TABLE IF NOT EXISTS events (
    doc               INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    event             TEXT NOT NULL,       -- V1, V2 ... within the document
    type              TEXT NOT NULL,       -- PLOVER type
    mode              TEXT,
    date              TEXT,
    location          TEXT,
    location_entity   TEXT,
    location_country  TEXT,
    modality          TEXT NOT NULL,
    attributed_to     TEXT,
    trigger_start     INTEGER NOT NULL,
    trigger_end       INTEGER NOT NULL,
    trigger_text      TEXT NOT NULL,
    sentence          INTEGER NOT NULL,
    confidence        REAL NOT NULL,
    score             REAL NOT NULL,
    PRIMARY KEY (doc, event)
);
CREATE INDEX IF NOT EXISTS events_type ON events(type, date);

-- Actors and recipients: PLOVER allows several per event.
CREATE TABLE IF NOT EXISTS parties (
    doc       INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    event     TEXT NOT NULL,
    role      TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    entity    TEXT,
    name      TEXT,
    country   TEXT,
    sector    TEXT
);
CREATE INDEX IF NOT EXISTS parties_doc ON parties(doc, event);
CREATE INDEX IF NOT EXISTS parties_country ON parties(country, sector);

-- Full-text search over lemmas (FTS5 has no Ukrainian/Russian stemmer: lemmas stand in for it).
-- rowid = documents.rowid; rows are deleted with their document by the store, not by a trigger.
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(lemmas, tokenize = 'unicode61 remove_diacritics 0');
