"""HTML pages -> the main text and metadata, by trafilatura.

text = title + "\\n\\n" + body. Pages larger than `max_html_bytes` (setting, default 5 MB)
are refused, not cut: parsing costs about 0.3 s and 30 MB of memory per MB of HTML, and a prefix
of a page may hold the menus but not the article, so a cut page would give a wrong text silently.
Real news pages are well under the limit; raise the setting when you need to.
"""
from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from ..doc import Article
from ..errors import InputError
from ..settings import Settings
from .decode import decode_bytes, normalize_newlines, read_bytes_limited
from .fields import check_text, clean_date, id_from_name, join_title

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def max_html_bytes(settings: Settings) -> int:
    """The HTML size limit (setting `max_html_bytes`)."""
    return int(settings.max_html_bytes)


def decode_html(data: bytes, source: str, charset: str | None = None) -> str:
    """A declared charset (HTTP header, then <meta>) wins; else podiya's decoding rules."""
    declared = charset or _declared_charset(data[:4096])
    if declared and declared.lower().replace("_", "-") not in ("utf-8", "utf8"):
        try:
            codecs.lookup(declared)
        except LookupError:
            log.warning("%s: unknown charset %r declared; decoding by the usual rules", source, declared)
        else:
            return normalize_newlines(data.decode(declared, errors="replace").removeprefix("\ufeff"))
    return decode_bytes(data, source)


def _declared_charset(head: bytes) -> str | None:
    m = _META_CHARSET.search(head)
    return m[1].decode("ascii") if m else None


def parse_html(html: str, source: str, *, ident: str, max_chars: int, url: str | None = None,
               fallback_date: str | None = None) -> Article:
    import trafilatura  # heavy import: only when a page is read

    # Extensive date search reads copyright lines ("© 2025" -> 2025-01-01): a wrong date is worse
    # than none, because every relative time in the text resolves against it.
    date_params = {"original_date": True, "extensive_search": False,
                   "max_date": dt.date.today().isoformat()}
    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         date_extraction_params=date_params)
    body = (result.text or "") if result is not None else ""
    if not body.strip():
        raise InputError(source, "HTML page without a main text (trafilatura found none)")
    title = (result.title or "").strip() or None
    first_line, _, rest = body.strip().partition("\n")
    if title and first_line.strip() == title:  # many pages repeat the <h1> title in the body
        body = rest
    metadata = {k: v for k, v in (("author", result.author), ("sitename", result.sitename),
                                  ("description", result.description)) if v}
    return Article(
        id=ident, text=check_text(join_title(title, body), source, max_chars),
        date=clean_date(result.date, source) or fallback_date, title=title,
        url=result.url or url, source=source, metadata=metadata,
    )


def read_html(path: Path, settings: Settings) -> Iterator[Article]:
    source = str(path)
    data = read_bytes_limited(path, min(settings.max_input_bytes, max_html_bytes(settings)),
                              "max_html_bytes setting")
    yield parse_html(decode_html(data, source), source, ident=id_from_name(path),
                     max_chars=settings.max_text_chars)
