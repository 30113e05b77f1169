"""Field rules every reader shares: dates, ids from file names, title + body, size of the text."""
from __future__ import annotations

import datetime as dt
import logging
import re
from pathlib import Path

from ..errors import InputError

log = logging.getLogger(__name__)

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])")
_EPOCH = re.compile(r"\d{9,10}")
FILE_LANGUAGES = ("uk", "ru", "en")


def clean_date(value: object, source: str, line: int | None = None) -> str | None:
    """A publication date as YYYY-MM-DD, or None.

    Accepts a date, an ISO datetime (its date part, as written: no time-zone shift) or a Unix
    timestamp (UTC). A value that is not a real date is logged as a warning and dropped, never
    fatal: the document is still worth reading. A date after today is kept, with a warning.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        result = value
    else:
        text = str(value).strip()
        if not text:
            return None
        where = f"{source}:{line}" if line is not None else source
        result = None
        m = _ISO_DATE.match(text)
        if m:
            try:
                result = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                result = None
        elif _EPOCH.fullmatch(text):
            result = dt.datetime.fromtimestamp(int(text), tz=dt.timezone.utc).date()
        if result is None:
            log.warning("%s: date %r is not a valid YYYY-MM-DD date; the document is kept without a date",
                        where, text)
            return None
    if result > dt.date.today():
        where = f"{source}:{line}" if line is not None else source
        log.warning("%s: date %s is in the future; kept as given", where, result.isoformat())
    return result.isoformat()


def id_from_name(path: Path) -> str:
    """File name without its last extension: `dushanbe-2025-10-17.uk.txt` -> `dushanbe-2025-10-17.uk`."""
    name = path.name
    stem, dot, _ = name.rpartition(".")
    return stem if dot and stem else name


def lang_from_name(path: Path) -> str | None:
    """`uk`, `ru` or `en` when the name has `.uk.` / `.ru.` / `.en.` before its extension."""
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2] in FILE_LANGUAGES:
        return parts[-2]
    return None


def join_title(title: str | None, body: str) -> str:
    """The contract's text: title, a blank line, the body (just the body without a title)."""
    title = (title or "").strip()
    body = body.strip()
    if title and body:
        return f"{title}\n\n{body}"
    return title or body


def check_text(text: str, source: str, max_chars: int, line: int | None = None) -> str:
    """Refuse an empty text or one over `max_text_chars` (the stages are not built for it)."""
    if not text.strip():
        raise InputError(source, "no text (empty after reading)", line)
    if len(text) > max_chars:
        raise InputError(source, f"text is {len(text):,} characters, over max_text_chars={max_chars:,}; "
                                 "split the document or raise the setting", line)
    return text
