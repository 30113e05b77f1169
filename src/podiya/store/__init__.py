"""The SQLite store: processed documents, their entities, times and events, and lemma search."""
from __future__ import annotations

from .db import Store, StoreError, content_hash
from .ingest import IngestReport, ingest

__all__ = ["IngestReport", "Store", "StoreError", "content_hash", "ingest"]
