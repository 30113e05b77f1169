"""RSS / Atom feeds (feedparser), from a file or an http(s) URL: one article per item.

id = guid / id / link; date = published or updated; url = link;
text = title + "\\n\\n" + the item's content or summary with the HTML stripped.
A URL is fetched here, with a timeout (setting `fetch_timeout`) and a size
limit, so that a dead server costs seconds, not minutes. A URL that serves an HTML page instead
of a feed is read as that page.
"""
from __future__ import annotations

import email.utils
import html as html_lib
import re
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from ..doc import Article
from ..errors import InputError
from ..settings import Settings
from .decode import read_bytes_limited
from .fields import check_text, clean_date, id_from_name, join_title

_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section")
_SPACES = re.compile(r"[ \t\u00a0]+")


def html_fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment: block elements become line breaks, scripts and styles go."""
    if "<" not in fragment:
        return html_lib.unescape(fragment).strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml's parser errors have no common base worth naming; fall back to tags out
        return html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def fetch(url: str, settings: Settings) -> tuple[bytes, str]:
    """(body, content type) of a URL; InputError when it does not answer in time or fails."""
    timeout = float(settings.fetch_timeout)
    request = urllib.request.Request(url, headers={"User-Agent": "podiya (feed reader)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(settings.max_input_bytes + 1)
            content_type = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"the server answered HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(url, f"cannot fetch (no answer within {timeout:g} s or refused): {reason}") from None
    if len(data) > settings.max_input_bytes:
        raise InputError(url, f"response is over max_input_bytes={settings.max_input_bytes:,}")
    return data, content_type


def parse_feed(data: bytes, source: str, settings: Settings, on_error: Callable[[InputError], None],
               stem: str) -> Iterator[Article]:
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
        raise InputError(source, f"no feed items found (not RSS/Atom, or an empty feed){problem}")
    for number, entry in enumerate(parsed.entries, start=1):
        try:
            yield _entry_article(entry, source, number, stem, settings.max_text_chars)
        except InputError as err:
            on_error(err)


def _entry_article(entry, source: str, number: int, stem: str, max_chars: int) -> Article:
    title = html_fragment_to_text(entry.get("title", "")) or None
    contents = [c.get("value", "") for c in entry.get("content", [])]
    body = max(contents + [entry.get("summary", "")], key=len)
    text = join_title(title, html_fragment_to_text(body))
    where = f"{source}#item{number}"
    if not text:
        raise InputError(where, "feed item without title or text")
    link = entry.get("link") or None
    return Article(id=entry.get("id") or link or f"{stem}-{number}", text=check_text(text, where, max_chars),
                   date=_entry_date(entry, where), title=title, url=link, source=where,
                   metadata={k: entry[k] for k in ("author",) if entry.get(k)})


def _entry_date(entry, where: str) -> str | None:
    """The date as the feed wrote it, in the publisher's time zone (feedparser's parsed dates are
    UTC, which moves a late-evening Kyiv article to the day before)."""
    for key in ("published", "updated"):
        raw = (entry.get(key) or "").strip()
        if not raw:
            continue
        if raw[:1].isdigit():  # Atom / ISO 8601: the date part as written
            return clean_date(raw, where)
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()  # RSS (RFC 822)
        except (TypeError, ValueError):
            stamp = entry.get(f"{key}_parsed")  # feedparser understands more odd formats
            if stamp:
                return time.strftime("%Y-%m-%d", stamp)
            return clean_date(raw, where)
    return None


def read_feed(path: Path, settings: Settings, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    data = read_bytes_limited(path, settings.max_input_bytes)
    yield from parse_feed(data, str(path), settings, on_error, id_from_name(path))


def read_url(url: str, settings: Settings, on_error: Callable[[InputError], None]) -> Iterator[Article]:
    data, content_type = fetch(url, settings)
    head = data[:2048].lstrip().lower()
    if "html" in content_type.lower() and b"<rss" not in head and b"<feed" not in head:
        from .html import decode_html, max_html_bytes, parse_html

        if len(data) > max_html_bytes(settings):
            raise InputError(url, f"HTML page is {len(data):,} bytes, over max_html_bytes="
                                  f"{max_html_bytes(settings):,} (setting max_html_bytes)")
        charset = re.search(r"charset=([\w.:-]+)", content_type)
        page = decode_html(data, url, charset[1] if charset else None)
        yield parse_html(page, url, ident=url, max_chars=settings.max_text_chars, url=url)
        return
    stem = url.rstrip("/").rsplit("/", 1)[-1] or "feed"
    yield from parse_feed(data, url, settings, on_error, stem)
