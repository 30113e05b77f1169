"""The knowledge base: who and what the news names, with codes, tenures and metonyms.

`load_kb()` reads the JSON Lines files under `data/` once per process; see kb.py for the API.
"""
from .kb import KnowledgeBase, load_kb
from .normalize import normalize
from .records import Entry, Office, Tenure

__all__ = ["Entry", "KnowledgeBase", "Office", "Tenure", "load_kb", "normalize"]
