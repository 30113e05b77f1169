"""NER-UK 2.0 TEST (or one DEV fold, for tuning): exact-span precision, recall and F1 of PER, ORG and LOC.

Gold: the TEST block of ner-uk-2.0/data/dev-test-split.txt (or the documents of DEV fold K of N,
the ones `podiya train ner --leave-out-fold K/N` leaves out), read by ingest.ner_uk, the reader
the training corpus uses too: each document's `.txt` (the text the offsets point into) and `.ann`.
PERS is PER; the other NER-UK types are not scored. Where gold spans of these types nest, the
outer one is kept (as in the corpus's IOB files, which the published figures use). podiya runs on the
`.txt` content exactly (an Article built from it, language uk), so its mention offsets compare
directly; a system span counts when start, end and type all match.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..ingest import ner_uk
from ..ingest.ner_uk import Fold
from .bsnlp import PR

TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}
Span = tuple[int, int, str]


@dataclass
class GoldDoc:
    id: str
    text: str
    spans: list[Span]


def parse_ann(text: str, source: str = "<string>") -> list[Span]:
    """Scored spans of one .ann file: PER/ORG/LOC, outer spans only."""
    return ner_uk.outer_spans(ner_uk.parse_ann(text, source), TYPES)


def read_gold(data_dir: Path, block: str = "TEST", fold: Fold | None = None) -> list[GoldDoc]:
    """The scored documents of a block (with `fold`, only that fold's: for tuning on DEV)."""
    return [GoldDoc(doc.id, doc.text, ner_uk.outer_spans(doc.annotations, TYPES))
            for doc in ner_uk.documents(data_dir, block, only_fold=fold)]


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
            if m.kind != "office"]  # office phrases are not names in NER-UK either


def evaluate_podiya(data_dir: Path, model: Path | str | None = None, block: str = "TEST",
                    failures: list[str] | None = None, fold: Fold | None = None,
                    min_confidence: float | None = None) -> dict[str, PR]:
    """Run podiya (up to entities) on the block's documents (with `fold`, that fold's) and score its
    spans (`model`, `min_confidence`: instead of the settings' ner_model, ner_min_confidence)."""
    from ..doc import Article
    from ..pipeline import Pipeline
    from ..settings import entity_settings

    settings = entity_settings(model, min_confidence)
    pipeline = Pipeline(settings, stages=["language", "segment", "morphology", "entities"])
    gold = read_gold(data_dir, block, fold)
    pairs = []
    for doc in gold:
        article = Article(id=doc.id, text=doc.text, lang="uk", source=f"ner-uk/{doc.id}")
        processed = list(pipeline.pipe([article], on_error=(lambda f: failures.append(str(f.error)))
                                       if failures is not None else None))
        pairs.append((doc.spans, system_spans(processed[0]) if processed else []))
    return score_spans(pairs)
