"""Plain text files: the whole file is one article, with an optional `date YYYY-MM-DD` header.

id = file name without its last extension; lang from a `.uk.` / `.ru.` / `.en.` name part.
The header is the first line (after optional leading whitespace) starting `date <date>`; it is
removed with the whitespace after it, and the rest, stripped, is the text (offsets point into it).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..doc import Article
from ..settings import Settings
from .decode import read_text_file
from .fields import check_text, clean_date, id_from_name, lang_from_name

# `date` then something date-shaped; a bad date still counts as a header (and is dropped).
_HEADER = re.compile(r"\A\s*date[ \t]+(\d+[./-]\d+[./-]\d+)(?=\s|\Z)\s*")


def split_header(text: str) -> tuple[str | None, str]:
    """(raw header date or None, text after the header) — the text is not stripped here."""
    m = _HEADER.match(text)
    if not m:
        return None, text
    return m[1], text[m.end():]


def parse_text(text: str, source: str, path: Path, max_chars: int) -> Article:
    raw_date, rest = split_header(text)
    body = check_text(rest.strip(), source, max_chars)
    return Article(id=id_from_name(path), text=body, lang=lang_from_name(path),
                   date=clean_date(raw_date, source), source=source)


def read_text(path: Path, settings: Settings) -> Iterator[Article]:
    text = read_text_file(path, settings.max_input_bytes)
    yield parse_text(text, str(path), path, settings.max_text_chars)
