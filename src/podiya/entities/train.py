"""Train the CRF entity tagger on NER-UK 2.0 DEV and the BSNLP topics (python-crfsuite).

`train_model` is the one entry point: `podiya train ner` calls it to rebuild the shipped model, and
the BSNLP scorer calls it with `exclude_topics` for leave-one-topic-out evaluation.
"""
from __future__ import annotations

import logging
import time
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import PodiyaError
from .corpus import Sentence, bsnlp_sentences, bsnlp_topics, ner_uk_sentences
from .features import KB_FEATURE_PREFIXES, sequence_features

log = logging.getLogger(__name__)

# Tuned on held-out data (NER-UK DEV documents and BSNLP topics left out); see models/README.md.
DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.02, "feature.minfreq": 2, "feature.possible_transitions": True}
DEFAULT_ITERATIONS = 120
# BSNLP sentences count twice: they are fewer than NER-UK's and carry the conventions podiya outputs
# (BSNLP's boundaries and types). Measured with this weight against 1: leave-one-topic-out relaxed partial
# uk 0.823 -> 0.825, ru 0.862 -> 0.868; NER-UK DEV fold 0/5 F1 0.822 -> 0.826.
BSNLP_WEIGHT = 2


def training_sentences(data_dir: Path, *, exclude_topics: Sequence[str] = (), langs: Sequence[str] = ("uk", "ru"),
                       use_ner_uk: bool = True, ner_uk_fold: tuple[int, int] | None = None) -> list[Sentence]:
    """Every labelled sentence the model learns from (`ner_uk_fold=(k, n)`: without NER-UK DEV fold k of n)."""
    data_dir = Path(data_dir)
    unknown = set(exclude_topics) - set(bsnlp_topics(data_dir))
    if unknown:
        raise PodiyaError(f"unknown BSNLP topic(s) {sorted(unknown)}; known: {bsnlp_topics(data_dir)}")
    topics = [t for t in bsnlp_topics(data_dir) if t not in exclude_topics]
    sentences: list[Sentence] = []
    if use_ner_uk and "uk" in langs:
        sentences.extend(ner_uk_sentences(data_dir, "DEV", leave_out_fold=ner_uk_fold))
    sentences.extend(bsnlp_sentences(data_dir, topics, langs))
    if not sentences:
        raise PodiyaError(f"no training data found under {data_dir} for languages {list(langs)}")
    return sentences


def bilou(labels: Sequence[str]) -> list[str]:
    """BIO -> BILOU: the last token of a name is L-, a one-token name U- (a sharper signal for
    where names end than BIO gives a linear-chain CRF)."""
    out = list(labels)
    for k, label in enumerate(labels):
        nxt = labels[k + 1] if k + 1 < len(labels) else "O"
        continues = nxt.startswith("I-") and nxt[2:] == label[2:]
        if label.startswith("B-") and not continues:
            out[k] = "U-" + label[2:]
        elif label.startswith("I-") and not continues:
            out[k] = "L-" + label[2:]
    return out


def fit(sentences: Iterable[Sentence], out: Path, *, max_iterations: int = DEFAULT_ITERATIONS,
        params: dict | None = None) -> Path:
    """Train a CRF on labelled sentences and write it to `out`."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for number, sent in enumerate(sentences):
        features = sequence_features(sent.tokens, sent.lang)
        if zlib.crc32(f"{sent.source}/{number}".encode()) % 2:
            # KB feature dropout on half the sentences (a hash, so training is repeatable): see
            # features.USE_KB_FEATURES for why.
            features = [[f for f in item if not f.startswith(KB_FEATURE_PREFIXES)] for item in features]
        copies = BSNLP_WEIGHT if sent.source.startswith("bsnlp/") else 1
        for _ in range(copies):
            trainer.append(pycrfsuite.ItemSequence(features), bilou(sent.labels))
    trainer.set_params({**DEFAULT_PARAMS, **(params or {}), "max_iterations": max_iterations})
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    trainer.train(str(out))
    log.info("trained %s in %.0f s", out, time.perf_counter() - started)
    return out


def train_model(data_dir: Path, out: Path, *, exclude_topics: Sequence[str] = (), langs: Sequence[str] = ("uk", "ru"),
                use_ner_uk: bool = True, max_iterations: int = DEFAULT_ITERATIONS,
                ner_uk_fold: tuple[int, int] | None = None, params: dict | None = None) -> Path:
    """Write a .crfsuite model trained on NER-UK DEV + the BSNLP topics not excluded; returns its path."""
    sentences = training_sentences(data_dir, exclude_topics=exclude_topics, langs=langs, use_ner_uk=use_ner_uk,
                                   ner_uk_fold=ner_uk_fold)
    return fit(sentences, out, max_iterations=max_iterations, params=params)
