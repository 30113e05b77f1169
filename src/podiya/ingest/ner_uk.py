"""NER-UK 2.0 (lang-uk) files: the DEV/TEST split, each document's `.txt` and its `.ann` spans.

The one reader of the corpus: the tagger's training data (entities.corpus) and the NER-UK scorer
(evaluate.ner_uk) both read it here, so both see the same documents, folds and spans.

Layout of the `ner-uk-2.0` folder: `data/dev-test-split.txt` (a `DEV` block, then a `TEST` block,
one document id a line) and `data/bruk/`, `data/ng/` with `<id>.txt` (the text the offsets point
into) and `<id>.ann`. Quirks of the v2.0 `.ann` files:
- lines are tab-separated everywhere, `T1<TAB>ORG<TAB>0<TAB>17<TAB>ПАТ «Укртрансгаз»` (not
  brat's `TYPE start end`);
- a span's text can run over a line break, so a line not starting `T<number>` continues the
  previous one and is skipped;
- the same characters are sometimes annotated twice (with one type or two), and spans nest.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, PodiyaError

BLOCKS = ("DEV", "TEST")
Span = tuple[int, int, str]
Fold = tuple[int, int]
_ANNOTATION = re.compile(r"T\d+\b")


def split_ids(folder: Path, block: str = "TEST") -> list[str]:
    """Document ids of the DEV or TEST block of `folder`/data/dev-test-split.txt."""
    path = Path(folder) / "data" / "dev-test-split.txt"
    if not path.is_file():
        raise InputError(str(path), "no split file; expected the ner-uk-2.0 folder (data/dev-test-split.txt, data/bruk/, data/ng/)")
    blocks: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line in BLOCKS:
            current = blocks.setdefault(line, [])
        elif line and current is not None:
            current.append(line)
    if block not in blocks:
        raise InputError(str(path), f"no {block} block (blocks: {', '.join(BLOCKS)})")
    return blocks[block]


def parse_fold(text: str, option: str = "--fold") -> Fold:
    """(k, n) from "K/N" with 0 <= K < N: fold k of n is every n-th document of the block from the k-th (0-based)."""
    k, _, n = text.partition("/")
    if not (k.strip().isdigit() and n.strip().isdigit() and int(k) < int(n)):
        raise PodiyaError(f"{option} wants K/N with 0 <= K < N, got {text!r}")
    return int(k), int(n)


def in_fold(number: int, fold: Fold) -> bool:
    """Whether the block's `number`-th document (0-based) belongs to `fold`."""
    return number % fold[1] == fold[0]


def parse_ann(text: str, source: str = "<string>") -> list[Span]:
    """Every annotation of a .ann file's text as (start, end, NER-UK type), in file order."""
    spans = []
    for number, row in enumerate(text.splitlines(), start=1):
        if not _ANNOTATION.match(row):
            continue       # the continuation of a span text over a line break, or a note
        cells = row.split("\t")
        if len(cells) < 4 or not cells[2].isdigit() or not cells[3].isdigit():
            raise InputError(source, f"expected T<n><TAB>TYPE<TAB>start<TAB>end<TAB>text, got {row!r}", line=number)
        spans.append((int(cells[2]), int(cells[3]), cells[1]))
    return spans


def outer_spans(spans: Iterable[Span], types: Mapping[str, str] | None = None) -> list[Span]:
    """The spans not inside another, sorted; with `types`, only those types, renamed, are considered.

    Where two spans cover the same characters (one span annotated with two types), the one written
    first in the file is kept: a fixed rule, so every run and every reader agrees.
    """
    if types is not None:
        spans = [(s, e, types[t]) for s, e, t in spans if t in types]
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):   # stable: file order among ties
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


@dataclass
class Document:
    id: str
    text: str
    annotations: list[Span]      # every .ann span, NER-UK types, file order (see outer_spans)
    path: Path


def documents(folder: Path, block: str = "TEST", *, only_fold: Fold | None = None,
              without_fold: Fold | None = None) -> Iterator[Document]:
    """The documents of a block in split order: all, those of `only_fold`, or all but `without_fold`."""
    base = Path(folder) / "data"
    ids = split_ids(folder, block)
    paths = {p.stem: p for sub in ("bruk", "ng") for p in (base / sub).glob("*.txt")}
    for number, doc_id in enumerate(ids):
        if only_fold is not None and not in_fold(number, only_fold):
            continue
        if without_fold is not None and in_fold(number, without_fold):
            continue
        txt = paths.get(doc_id)
        if txt is None:
            raise InputError(str(base), f"document {doc_id} of the {block} block is missing (no bruk/ or ng/{doc_id}.txt)")
        ann = txt.with_suffix(".ann")
        # Read as written, no decoding rules: the .ann offsets count the characters of this very text.
        yield Document(doc_id, txt.read_text(encoding="utf-8"), parse_ann(ann.read_text(encoding="utf-8"), str(ann)), txt)
