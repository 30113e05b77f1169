"""NER-UK 2.0 TEST: exact-span precision, recall and F1 of PER, ORG and LOC.

Gold: the TEST block of ner-uk-2.0/data/dev-test-split.txt; each document's `.txt` (the text the
offsets point into) and `.ann` (tab-separated `T1<TAB>TYPE<TAB>start<TAB>end<TAB>text`). PERS is
PER; the other NER-UK types are not scored. Where gold spans of these types nest, the outer one
is kept (as in the corpus's IOB files, which the published figures use). podiya runs on the
`.txt` content exactly (an Article built from it, language uk), so its mention offsets compare
directly; a system span counts when start, end and type all match.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .bsnlp import PR

TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}
Span = tuple[int, int, str]


@dataclass
class GoldDoc:
    id: str
    text: str
    spans: list[Span]


def split_ids(data_dir: Path, block: str = "TEST") -> list[str]:
    """Document ids of the DEV or TEST block of data/dev-test-split.txt."""
    path = Path(data_dir) / "data" / "dev-test-split.txt"
    if not path.is_file():
        raise InputError(str(path), "no split file; pass the ner-uk-2.0 folder (it holds data/dev-test-split.txt)")
    blocks: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line in ("DEV", "TEST"):
            current = blocks.setdefault(line, [])
        elif line and current is not None:
            current.append(line)
    if block not in blocks:
        raise InputError(str(path), f"no {block} block")
    return blocks[block]


def parse_ann(text: str, source: str = "<string>") -> list[Span]:
    """Scored spans of one .ann file: PER/ORG/LOC, outer spans only."""
    spans = []
    for number, row in enumerate(text.splitlines(), start=1):
        if not row.startswith("T"):
            continue
        cells = row.split("\t")
        if len(cells) < 4 or not cells[2].isdigit() or not cells[3].isdigit():
            raise InputError(source, f"expected T<n><TAB>TYPE<TAB>start<TAB>end<TAB>text, got {row!r}", line=number)
        if cells[1] in TYPES:
            spans.append((int(cells[2]), int(cells[3]), TYPES[cells[1]]))
    return outer_spans(spans)


def outer_spans(spans: Iterable[Span]) -> list[Span]:
    kept: list[Span] = []
    # Ties (the same offsets annotated with two types) resolve by type name, so runs agree.
    for span in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]), s[2])):
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def read_gold(data_dir: Path, block: str = "TEST") -> list[GoldDoc]:
    base = Path(data_dir) / "data"
    files = {p.stem: p for sub in ("bruk", "ng") for p in (base / sub).glob("*.txt")}
    docs = []
    for doc_id in split_ids(data_dir, block):
        txt = files.get(doc_id)
        if txt is None:
            raise InputError(str(base), f"document {doc_id} of the {block} block is missing")
        ann = txt.with_suffix(".ann")
        docs.append(GoldDoc(doc_id, txt.read_text(encoding="utf-8"),
                            parse_ann(ann.read_text(encoding="utf-8"), str(ann))))
    return docs


def score_spans(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> dict[str, PR]:
    """Exact-match P/R per type and "ALL" over (gold spans, system spans) pairs of documents."""
    result = {t: PR() for t in ("ALL", *TYPES.values())}
    for gold, system in pairs:
        gold_set, sys_set = set(gold), set(system)
        for span in gold_set:
            for t in ("ALL", span[2]):
                result[t].r_den += 1
                result[t].r_num += span in sys_set
        for span in sys_set:
            for t in ("ALL", span[2]):
                result[t].p_den += 1
                result[t].p_num += span in gold_set
    return result


def system_spans(doc) -> list[Span]:
    """PER/ORG/LOC mention spans of a processed Doc."""
    return [(m.start, m.end, e.type) for e in doc.entities if e.type in ("PER", "ORG", "LOC") for m in e.mentions
            if getattr(m, "kind", None) != "office"]  # office phrases are not names in NER-UK either


def evaluate_podiya(data_dir: Path, model: Path | str | None = None, block: str = "TEST",
                    failures: list[str] | None = None) -> dict[str, PR]:
    """Run podiya (up to entities) on the block's documents and score its spans."""
    from ..doc import Article
    from ..pipeline import Pipeline
    from ..settings import load_settings

    settings = load_settings(**({"ner_model": str(model)} if model else {}))
    pipeline = Pipeline(settings, stages=["language", "segment", "morphology", "entities"])
    gold = read_gold(data_dir, block)
    pairs = []
    for doc in gold:
        article = Article(id=doc.id, text=doc.text, lang="uk", source=f"ner-uk/{doc.id}")
        processed = list(pipeline.pipe([article], on_error=(lambda f: failures.append(str(f.error)))
                                       if failures is not None else None))
        pairs.append((doc.spans, system_spans(processed[0]) if processed else []))
    return score_spans(pairs)
