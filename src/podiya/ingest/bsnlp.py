"""BSNLP shared-task files: raw articles and annotated `.out` files, one reader for each.

Every user reads them here: `podiya extract`/ingest (raw files), the tagger's training corpus
(entities.corpus) and the BSNLP scorer (evaluate.bsnlp), so the quirks are handled once.

Raw file: id, language, date, URL, title on lines 1-5, then the body. text = title + "\\n\\n" +
body.strip() (just the body without a title); `ua` (2017 topics) means Ukrainian. Dates may be
empty, YYYY-MM-DD, an ISO datetime (its date part) or a Unix timestamp. Most files are CRLF.

Annotated file: line 1 the document id, then `form<TAB>base<TAB>type<TAB>cross-lingual id` per
distinct mention form (types PER ORG LOC EVT PRO, and MISC in the 2017 topics). Some start with a
UTF-8 BOM. Both kinds are decoded by the shared rules of ingest.decode (BOM, CRLF, cp1251).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from ..doc import Article
from ..errors import InputError
from ..settings import Settings
from .decode import normalize_newlines, read_text_file
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
    yield read_raw(path, settings)


def read_raw(path: Path, settings: Settings | None = None) -> Article:
    """The Article of one raw file (InputError for an unreadable or empty one)."""
    settings = settings or Settings()
    text = read_text_file(path, settings.max_input_bytes)
    return parse_bsnlp(text, str(path), path, settings.max_text_chars)


# --- annotated .out files ------------------------------------------------------------------------

class Annotation(NamedTuple):
    """One line of a .out file as written (cells stripped; the type upper-cased; key "" when absent)."""

    form: str
    base: str
    type: str
    key: str


def parse_annotated(text: str, source: str = "<string>") -> tuple[str, list[Annotation]]:
    """(document id, every mention line) of a .out file's text, in file order, MISC included."""
    rows = normalize_newlines(text.removeprefix("\ufeff")).split("\n")
    if not rows[0].strip():
        raise InputError(source, "a BSNLP .out file starts with the document id on line 1", line=1)
    annotations = []
    for number, row in enumerate(rows[1:], start=2):
        if not row.strip():
            continue
        cells = row.split("\t")
        if len(cells) < 3:
            raise InputError(source, f"expected form<TAB>base<TAB>type<TAB>id, got {row!r}", line=number)
        cells += [""] * (4 - len(cells))
        annotations.append(Annotation(cells[0].strip(), cells[1].strip(), cells[2].strip().upper(), cells[3].strip()))
    return rows[0].strip(), annotations


def read_annotated(path: Path, settings: Settings | None = None) -> tuple[str, list[Annotation]]:
    """(document id, mention lines) of one .out file (gold or a system's)."""
    settings = settings or Settings()
    return parse_annotated(read_text_file(Path(path), settings.max_input_bytes), str(path))


# --- the shared-task folder layout: <topic>/raw/<lang>/ and <topic>/annotated/<lang>/ --------------

def topics(root: Path) -> list[str]:
    """Names of the topic folders of a BSNLP folder (those with an annotated/ folder)."""
    root = Path(root)
    return sorted(p.name for p in root.iterdir() if (p / "annotated").is_dir()) if root.is_dir() else []


def files(root: Path, topic: str, kind: str, lang: str) -> list[Path]:
    """The files of `root/topic/kind/lang` (kind "raw" or "annotated"), sorted; none when the folder is absent."""
    folder = Path(root) / topic / kind / lang
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")) \
        if folder.is_dir() else []
