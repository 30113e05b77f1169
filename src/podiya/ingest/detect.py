"""Which reader a file needs, from its first bytes (content first, the extension as a hint)."""
from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

from .bsnlp import looks_bsnlp
from .decode import bom_encoding, normalize_newlines

_FEED_EXTENSIONS = (".rss", ".atom", ".xml")
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_JSONL_EXTENSIONS = (".jsonl", ".ndjson", ".json")
_WARC_EXTENSIONS = (".warc", ".warc.gz")


def detect_format(path: Path, head: bytes) -> str:
    """One of `text`, `bsnlp`, `jsonl`, `html`, `feed`, `warc` for a file starting with `head`."""
    name = path.name.lower()
    if head.startswith(b"WARC/") or (head.startswith(b"\x1f\x8b") and _gunzip_head(head).startswith(b"WARC/")):
        return "warc"
    text = _head_text(head)
    start = text.lstrip()[:2048].lower()
    if start.startswith("<"):
        if "<rss" in start or "<feed" in start or "<rdf:rdf" in start:
            return "feed"
        if start.startswith("<?xml") and name.endswith(_FEED_EXTENSIONS):
            return "feed"
        return "html"
    if start.startswith("{") and _first_line_is_object(text):
        return "jsonl"
    if start.startswith("[") and name.endswith(_JSONL_EXTENSIONS):  # a JSON array of articles
        return "jsonl"
    if looks_bsnlp(text):
        return "bsnlp"
    for extensions, fmt in ((_WARC_EXTENSIONS, "warc"), (_HTML_EXTENSIONS, "html"),
                            (_FEED_EXTENSIONS, "feed"), (_JSONL_EXTENSIONS, "jsonl")):
        if name.endswith(extensions):
            return fmt
    return "text"


def _head_text(head: bytes) -> str:
    """Lenient decoding, only to look at the shape (the reader decodes by the strict rules)."""
    encoding = bom_encoding(head) or "utf-8"
    return normalize_newlines(head.decode(encoding, errors="replace").removeprefix("\ufeff"))


def _first_line_is_object(text: str) -> bool:
    first = text.lstrip().split("\n", 1)[0]
    try:
        return isinstance(json.loads(first), dict)
    except json.JSONDecodeError:
        # The head may cut a long first line; an object start with a key is enough then.
        return "\n" not in text.lstrip() and first.lstrip().startswith(('{"', "{ \""))


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 16)
    except (zlib.error, gzip.BadGzipFile):
        return b""
