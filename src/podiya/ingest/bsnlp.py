"""BSNLP shared-task raw files: id, language, date, URL, title on lines 1-5, then the body.

text = title + "\\n\\n" + body.strip() (just the body without a title); `ua` means Ukrainian.
Dates may be empty, YYYY-MM-DD, an ISO datetime (its date part) or a Unix timestamp.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..doc import Article
from ..settings import Settings
from .decode import read_text_file
from .fields import check_text, clean_date, id_from_name, join_title

_LANG_CODE = re.compile(r"[a-z]{2}")
_URL = re.compile(r"https?://\S+")
_DATE_LIKE = re.compile(r"\d[\d\-T:+.Z ]*")
LANG_ALIASES = {"ua": "uk"}


def looks_bsnlp(text: str) -> bool:
    """The header shape: an id, a 2-letter language code, an empty or date-like line, a URL or nothing."""
    lines = text.split("\n", 5)
    if len(lines) < 5:
        return False
    ident, lang, date, url = (x.strip() for x in lines[:4])
    return (bool(ident) and len(ident) <= 200 and " " not in ident
            and bool(_LANG_CODE.fullmatch(lang))
            and (not date or bool(_DATE_LIKE.fullmatch(date)))
            and (not url or bool(_URL.fullmatch(url))))


def parse_bsnlp(text: str, source: str, path: Path, max_chars: int) -> Article:
    lines = text.split("\n")
    lines += [""] * (5 - len(lines))
    ident, lang, date, url, title = (x.strip() for x in lines[:5])
    body = "\n".join(lines[5:])
    lang = LANG_ALIASES.get(lang.lower(), lang.lower()) or None
    return Article(
        id=ident or id_from_name(path),
        text=check_text(join_title(title, body), source, max_chars),
        lang=lang, date=clean_date(date, source, 3), title=title or None, url=url or None,
        source=source,
    )


def read_bsnlp(path: Path, settings: Settings) -> Iterator[Article]:
    text = read_text_file(path, settings.max_input_bytes)
    yield parse_bsnlp(text, str(path), path, settings.max_text_chars)
