"""Readers: files, folders, URLs -> Articles. `read_paths` is the one entry point."""
from __future__ import annotations

from .api import FORMATS, read_paths

__all__ = ["FORMATS", "read_paths"]
