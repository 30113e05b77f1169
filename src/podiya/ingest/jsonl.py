"""JSON Lines: one article per line (id, date, title, text, lang, url; other keys -> metadata).

The file is streamed line by line, so a corpus dump of any size can be read; each line is held
to max_text_chars. A bad line is reported with its number and the next line is read.
A line that is podiya's own output (it has `"schema"`) keeps its text exactly: that text already
holds the title, and its offsets must stay valid.
A `.json` file holding one JSON array of such objects (or one pretty-printed object) is read too,
whole (within max_input_bytes); its items are numbered `#item1`, `#item2`, ... in reports.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from ..doc import Article
from ..errors import InputError
from ..settings import Settings
from .decode import bom_encoding, decode_bytes, read_bytes_limited
from .bsnlp import LANG_ALIASES
from .fields import check_text, clean_date, id_from_name, join_title

_KNOWN = ("id", "date", "title", "text", "lang", "url")


def parse_record(line: str, source: str, number: int, stem: str, max_chars: int) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(source, f"not JSON: {exc.msg} at column {exc.colno}", number) from None
    return record_article(record, source, number, stem, max_chars)


def record_article(record: object, source: str, number: int | None, stem: str, max_chars: int,
                   item: int | None = None) -> Article:
    """One JSON object -> Article; `number` is its line, `item` its index in a JSON array."""
    if item is not None:
        source, number = f"{source}#item{item}", None
    if not isinstance(record, dict):
        raise InputError(source, f"a JSON {type(record).__name__}, not an object with a `text` field", number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(source, "no `text` field (or it is empty / not a string)", number)
    title = record.get("title")
    title = title.strip() if isinstance(title, str) and title.strip() else None
    if "schema" not in record:
        text = join_title(title, text)
    ident = record.get("id")
    lang = str(record.get("lang") or "").strip().lower()
    return Article(
        id=str(ident) if ident not in (None, "") else f"{stem}-{number or item}",
        text=check_text(text, source, max_chars, number),
        lang=LANG_ALIASES.get(lang, lang) or None,
        date=clean_date(record.get("date"), source, number),
        title=title, url=record.get("url") or None, source=f"{source}:{number}" if number else source,
        metadata={k: v for k, v in record.items() if k not in _KNOWN},
    )


def read_jsonl(path: Path, settings: Settings,
               on_error: Callable[[InputError], None]) -> Iterator[Article]:
    source, stem = str(path), id_from_name(path)
    whole = _whole_json(path, settings)
    if whole is not None:
        for item, record in enumerate(whole if isinstance(whole, list) else [whole], start=1):
            try:
                yield record_article(record, source, None, stem, settings.max_text_chars, item=item)
            except InputError as err:
                on_error(err)
        return
    for number, raw in _numbered_lines(path, settings):
        try:
            if isinstance(raw, InputError):
                raise raw
            if not raw.strip():  # a blank line is no error
                continue
            line = decode_bytes(raw, source, line=number) if isinstance(raw, bytes) else raw
            yield parse_record(line, source, number, stem, settings.max_text_chars)
        except InputError as err:
            on_error(err)


def _whole_json(path: Path, settings: Settings) -> object | None:
    """The file as one JSON value when it is an array or a multi-line object, else None (JSON Lines)."""
    with open(path, "rb") as fh:
        head = fh.read(4096)
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start not in (b"[", b"{") or bom_encoding(head) not in (None, "utf-8"):
        return None
    if start == b"{":
        first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        try:
            json.loads(first)
            return None  # a complete object on the first line: JSON Lines
        except (json.JSONDecodeError, UnicodeDecodeError):
            pass
    if path.stat().st_size > settings.max_input_bytes:
        return None
    try:
        return json.loads(decode_bytes(read_bytes_limited(path, settings.max_input_bytes), str(path)))
    except (json.JSONDecodeError, InputError):
        return None  # not one JSON value: read line by line, and report the bad lines


def _numbered_lines(path: Path, settings: Settings) -> Iterator[tuple[int, bytes | str | InputError]]:
    """(line number, raw line) in file order; an over-long line comes as an InputError, unread."""
    with open(path, "rb") as fh:
        if bom_encoding(fh.read(4)) not in (None, "utf-8"):
            # UTF-16/32 cannot be split on b"\n": read it whole (size-limited) and split the text.
            text = decode_bytes(read_bytes_limited(path, settings.max_input_bytes), str(path))
            yield from enumerate(text.split("\n"), start=1)
            return
        fh.seek(0)
        limit = settings.max_text_chars * 4 + 4096  # UTF-8: at most 4 bytes a character, plus the keys
        number = 0
        while raw := fh.readline(limit):
            number += 1
            if len(raw) == limit and not raw.endswith(b"\n"):
                while (rest := fh.readline(limit)) and not rest.endswith(b"\n"):
                    pass  # skip the rest of the over-long line without holding it
                yield number, InputError(str(path), f"line is over {limit:,} bytes (max_text_chars="
                                                    f"{settings.max_text_chars:,}); skipped", number)
                continue
            yield number, raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw
