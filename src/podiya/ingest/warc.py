"""WARC archives (.warc, .warc.gz; warcio): every HTML `response` record -> the HTML reader.

id = WARC-Record-ID (or the target URI); url = WARC-Target-URI; date from WARC-Date only when the
page gives none (the crawl date is a poor stand-in for the publication date). The archive is
streamed record by record, so its size is not limited; each page is held to max_html_bytes.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ..doc import Article
from ..errors import InputError
from ..settings import Settings
from .html import decode_html, max_html_bytes, parse_html

_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)


def read_warc(path: Path, settings: Settings, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source, limit = str(path), max_html_bytes(settings)
    with open(path, "rb") as stream:
        records = iter(ArchiveIterator(stream))
        number = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except (ArchiveLoadFailed, ValueError, OSError, EOFError) as exc:  # a corrupt archive ends here
                on_error(InputError(source, f"cannot read WARC record after record {number}: {exc}"))
                return
            number += 1
            content_type = record.http_headers.get_header("Content-Type", "") if record.http_headers else ""
            if record.rec_type != "response" or "html" not in content_type.lower():
                continue
            try:
                yield _record_article(record, f"{source}#record{number}", content_type, limit,
                                      settings.max_text_chars)
            except InputError as err:
                on_error(err)


def _record_article(record, source: str, content_type: str, limit: int, max_chars: int) -> Article:
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or None
    ident = (headers.get_header("WARC-Record-ID") or "").strip("<>") or uri or source
    data = record.content_stream().read(limit + 1)
    if len(data) > limit:
        raise InputError(source, f"HTML page is over {limit:,} bytes (max_html_bytes, settings.extra); skipped")
    missing = getattr(record.raw_stream, "limit", 0)  # warcio reads a cut record up to EOF silently
    if missing:
        raise InputError(source, f"truncated WARC record ({missing:,} bytes missing); skipped")
    charset = _CHARSET.search(content_type)
    page = decode_html(data, source, charset[1] if charset else None)
    crawl_date = (headers.get_header("WARC-Date") or "")[:10] or None
    return parse_html(page, source, ident=ident, max_chars=max_chars, url=uri, fallback_date=crawl_date)
