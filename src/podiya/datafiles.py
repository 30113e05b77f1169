"""Rows of the packaged tab-separated data files (lexicons, stop-lists, head-noun tables).

One reader for every small TSV table under a package's `data/` folder: blank lines and lines
starting with '#' are skipped, and a row with too few cells, or an empty cell among the required
ones, raises DataFileError naming the file and line with the expected `layout`.
"""
from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files

from .errors import DataFileError


def tsv_rows(package: str, name: str, layout: str, required: int,
             most: int | None = None) -> Iterator[tuple[str, int, list[str]]]:
    """(where, line number, stripped cells) of each row of `package`'s data/`name`.

    `layout` describes the columns for error messages ("lang<TAB>lemma<TAB>gloss"); the first
    `required` cells must be present and non-empty, and a row may have at most `most` cells.
    """
    where = f"{package.removeprefix('podiya.').replace('.', '/')}/data/{name}"
    text = files(package).joinpath("data", name).read_text(encoding="utf-8")
    for number, row in enumerate(text.splitlines(), start=1):
        if not row.strip() or row.startswith("#"):
            continue
        cells = [cell.strip() for cell in row.split("\t")]
        if len(cells) < required or not all(cells[:required]) or (most is not None and len(cells) > most):
            raise DataFileError(where, number, f"expected {layout}, got {row!r}")
        yield where, number, cells
