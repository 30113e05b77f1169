"""`read_paths`: files, folders and feed URLs -> Articles, never raising for bad input.

Files come in the order given ("-" is standard input, read once), a folder's files recursively in sorted path order (hidden files
and folders, whose names start with ".", are skipped). The format of each file is detected from
its content, with the extension as a hint; `input_format` overrides detection. Whatever cannot
be read (a file, a JSONL line, a feed item, a WARC record) goes to `on_error` as an InputError
and reading goes on.
"""
from __future__ import annotations

import logging
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from ..doc import Article
from ..errors import InputError
from ..settings import Settings, load_settings
from .decode import read_head

log = logging.getLogger(__name__)

FORMATS = ("text", "bsnlp", "jsonl", "html", "feed", "warc")


def _log_error(err: InputError) -> None:
    log.error("%s", err)


def read_paths(paths: Sequence[str | Path], input_format: str | None = None,
               on_error: Callable[[InputError], None] | None = None,
               settings: Settings | None = None) -> Iterator[Article]:
    """Every article in `paths`, in order; bad inputs go to `on_error` (default: logged)."""
    report = on_error or _log_error
    if input_format is not None and input_format not in FORMATS:
        report(InputError("input format", f"unknown format {input_format!r}; choose one of {', '.join(FORMATS)}"))
        return
    if isinstance(paths, (str, Path)):  # one path given where a list was meant
        paths = [paths]
    settings = settings or load_settings()
    for given in paths:
        given = str(given)
        if given == STDIN:
            yield from _guarded(STDIN_SOURCE, lambda: read_stdin(input_format, settings, report), report)
            continue
        if given.startswith(("http://", "https://")):
            yield from _guarded(given, lambda: _read_url(given, input_format, settings, report), report)
            continue
        path = Path(given)
        if path.is_dir():
            for file in walk_sorted(path):
                yield from _guarded(str(file), lambda: read_file(file, input_format, settings, report), report)
        elif path.exists() or path.is_symlink():
            yield from _guarded(given, lambda: read_file(path, input_format, settings, report), report)
        else:
            report(InputError(given, "no such file or directory"))


STDIN = "-"
STDIN_SOURCE = "<stdin>"


def read_stdin(input_format: str | None, settings: Settings, on_error: Callable[[InputError], None],
               stream=None) -> Iterator[Article]:
    """The articles of standard input (any format a file may have), with source "<stdin>".

    The bytes are spooled to a private temporary file so that detection, the size limit and every
    reader work exactly as for a file; no more than the size limit (plus one byte) is copied.
    """
    stream = stream if stream is not None else sys.stdin.buffer
    limit = settings.max_input_bytes
    with tempfile.TemporaryDirectory(prefix="podiya-stdin-") as folder:
        spool = Path(folder, "stdin")
        with spool.open("wb") as out:
            shutil.copyfileobj(_bounded(stream, limit + 1), out)
        if spool.stat().st_size > limit:
            raise InputError(STDIN_SOURCE, f"standard input is over the limit of {limit:,} bytes (max_input_bytes)")
        try:
            for article in read_file(spool, input_format, settings, _renamed(on_error, str(spool))):
                article.source = STDIN_SOURCE if article.source in (None, str(spool)) else \
                    article.source.replace(str(spool), STDIN_SOURCE)
                yield article
        except InputError as err:
            raise InputError(STDIN_SOURCE, err.reason.replace(str(spool), STDIN_SOURCE), line=err.line) from None


class _bounded:
    """A read-only view of a binary stream that ends after `limit` bytes."""

    def __init__(self, stream, limit: int):
        self.stream, self.left = stream, limit

    def read(self, size: int = -1) -> bytes:
        if self.left <= 0:
            return b""
        size = self.left if size is None or size < 0 else min(size, self.left)
        chunk = self.stream.read(size)
        self.left -= len(chunk)
        return chunk


def _renamed(on_error: Callable[[InputError], None], spool: str) -> Callable[[InputError], None]:
    """Errors of records inside standard input (a bad JSONL line) name "<stdin>", not the spool file."""
    def report(err: InputError) -> None:
        source = err.source.replace(spool, STDIN_SOURCE)
        on_error(InputError(source, err.reason.replace(spool, STDIN_SOURCE), line=err.line))
    return report


def walk_sorted(folder: Path) -> list[Path]:
    """Every file under `folder`, recursively, in sorted path order; hidden entries skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, f) for f in files if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_file(path: Path, input_format: str | None, settings: Settings,
              on_error: Callable[[InputError], None]) -> Iterator[Article]:
    """The articles of one file; raises InputError when the whole file is unreadable."""
    from . import bsnlp, feed, html, jsonl, text, warc
    from .detect import detect_format

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
            raise InputError(str(path), "not a regular file")
        if info.st_size == 0:
            raise InputError(str(path), "empty file")
        head = read_head(path)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from None
    fmt = input_format or detect_format(path, head)
    log.debug("%s: reading as %s", path, fmt)
    if fmt == "text":
        return text.read_text(path, settings)
    if fmt == "bsnlp":
        return bsnlp.read_bsnlp(path, settings)
    if fmt == "jsonl":
        return jsonl.read_jsonl(path, settings, on_error)
    if fmt == "html":
        return html.read_html(path, settings)
    if fmt == "feed":
        return feed.read_feed(path, settings, on_error)
    return warc.read_warc(path, settings, on_error)


def _read_url(url: str, input_format: str | None, settings: Settings,
              on_error: Callable[[InputError], None]) -> Iterator[Article]:
    from .feed import read_url

    if input_format not in (None, "feed", "html"):
        raise InputError(url, f"a URL is read as a feed or an HTML page, not as {input_format!r}")
    return read_url(url, settings, on_error)


def _guarded(source: str, make: Callable[[], Iterator[Article]],
             on_error: Callable[[InputError], None]) -> Iterator[Article]:
    """Run a reader; an InputError (or an unexpected reader crash) becomes one report for `source`."""
    try:
        yield from make()
    except InputError as err:
        on_error(err)
    except Exception as exc:  # noqa: BLE001 - one odd file must not end a batch of thousands
        # A library choking on odd input (lxml, feedparser, warcio raise their own types): report it
        # as this input's error, with the traceback in the debug log for whoever fixes the reader.
        log.debug("reader crashed on %s", source, exc_info=True)
        on_error(InputError(source, f"cannot read: {type(exc).__name__}: {exc}"))
