"""The SQLite store: processed documents, their entities, times and events, and lemma search."""
from __future__ import annotations

from .db import AmbiguousIdError, Store, StoreError, content_hash, origin_of
from .ingest import IngestReport, ingest

__all__ = ["AmbiguousIdError", "IngestReport", "Store", "StoreError", "content_hash", "ingest", "origin_of"]
