"""Bytes -> text by podiya's reader rules, the same for every format.

The rules (other layers compute offsets against the result, so they are fixed):
a BOM decides UTF-8 / UTF-16 / UTF-32; else strict UTF-8; else cp1251 when the bytes decode and
read as Cyrillic text; else the input is refused. NUL bytes or mostly control characters mean a
binary file. The BOM is dropped and CRLF / CR become "\\n".
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError

# Longest BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# How much of a file the binary / Cyrillic tests look at: enough to judge, cheap on big files.
_SAMPLE_CHARS = 20_000


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte-order mark announces, or None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside a UTF-16/32 file) or a high share of control bytes: not text."""
    if bom_encoding(data) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return False
    if b"\x00" in data:
        return True
    sample = data[:_SAMPLE_CHARS]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return bool(sample) and controls / len(sample) > 0.05


def looks_cyrillic(text: str) -> bool:
    """True when most letters are Cyrillic and there are no stray control characters.

    cp1251 decodes almost any byte string, so a successful decode proves nothing; Latin-1 or
    KOI8-R text read as cp1251 gives mostly non-Cyrillic letters or symbols, which this rejects.
    """
    sample = text[:_SAMPLE_CHARS]
    if _CONTROL.search(sample):
        return False
    letters = _LETTER.findall(sample)
    if not letters:
        return False
    cyrillic = [ch for ch in letters if _CYRILLIC.match(ch)]
    if len(cyrillic) / len(letters) < 0.6:
        return False
    # KOI8-R bytes read as cp1251 come out as Cyrillic too, but with the case swapped: mostly capitals.
    capitals = sum(1 for ch in cyrillic if ch.isupper())
    return len(cyrillic) < 20 or capitals / len(cyrillic) < 0.5


def decode_bytes(data: bytes, source: str, *, line: int | None = None) -> str:
    """Decode by the rules above; InputError (binary, undecodable, empty) names `source`."""
    encoding = bom_encoding(data)
    if encoding is None and looks_binary(data):
        raise InputError(source, "binary file (NUL or control bytes), not text; give a text, HTML, "
                                 "JSONL, feed or WARC file", line)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(source, f"cannot decode as {encoding} (its byte-order mark says so): {exc.reason} "
                                     f"at byte {exc.start}", line) from None
        text = text.removeprefix("\ufeff")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text = _cp1251_or_none(data)
            if text is None:
                raise InputError(source, f"cannot decode: not UTF-8 ({exc.reason} at byte {exc.start}) and "
                                         "not Cyrillic cp1251; convert the file to UTF-8", line) from None
    text = normalize_newlines(text)
    if not text.strip():
        raise InputError(source, "empty input (nothing but whitespace)", line)
    return text


def _cp1251_or_none(data: bytes) -> str | None:
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:  # 0x98 is unassigned in cp1251
        return None
    return text if looks_cyrillic(text) else None


def read_head(path: Path, size: int = 65_536) -> bytes:
    """The first bytes of a file, for format detection without reading it whole."""
    with open(path, "rb") as fh:
        return fh.read(size)


def read_bytes_limited(path: Path, limit: int, what: str = "max_input_bytes") -> bytes:
    """The whole file, refused (InputError) when it is larger than `limit` bytes."""
    size = path.stat().st_size
    if size > limit:
        raise InputError(str(path), f"file is {size:,} bytes, over the limit of {limit:,} ({what}); "
                                    "split it or raise the setting")
    with open(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:  # it grew while we looked
        raise InputError(str(path), f"file is over the limit of {limit:,} bytes ({what})")
    return data


def read_text_file(path: Path, limit: int) -> str:
    """Read, size-check and decode one file by the rules."""
    return decode_bytes(read_bytes_limited(path, limit), str(path))
