"""An extractive summary: the 3-5 sentences that best stand for the article, in text order.

Each sentence is scored by its position (news puts the point first), how many entity mentions and
events it holds, and its centrality: how much of its vocabulary (lemmas of content words) it shares
with the other sentences (degree centrality over cosine similarity, a light TextRank). Sentences too
short to say anything are passed over when there are enough others.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from ..doc import Doc
from ..settings import Settings

_WORD = re.compile(r"\w[\w'’-]*", re.UNICODE)
_CONTENT_POS = frozenset({"NOUN", "VERB", "INFN", "ADJF", "PRTF", None})
_MIN_WORDS = 5
# Weights of the four signals; position and centrality carry most of the choice.
_WEIGHTS = {"position": 0.3, "centrality": 0.4, "entities": 0.15, "events": 0.15}


def summary_size(n_sentences: int) -> int:
    """3 sentences for a short article, 4 up to 25 sentences, 5 beyond; never more than there are."""
    size = 3 if n_sentences <= 10 else 4 if n_sentences <= 25 else 5
    return min(size, n_sentences)


def _bags(doc: Doc) -> list[Counter]:
    bags = [Counter() for _ in doc.sentences]
    if doc.tokens:
        for tok in doc.tokens:
            if len(tok.text) > 2 and tok.text[0].isalpha() and 0 <= tok.sent < len(bags):
                first = tok.analyses[0] if tok.analyses else None
                if first is None or first.pos in _CONTENT_POS:
                    bags[tok.sent][first.lemma if first else tok.text.lower()] += 1
    else:
        for i, (start, end) in enumerate(doc.sentences):
            bags[i].update(w.lower() for w in _WORD.findall(doc.text[start:end]) if len(w) > 3)
    return bags


def _centrality(bags: list[Counter]) -> list[float]:
    """Sum of cosine similarities of each sentence's lemma bag with every other sentence's.

    The dot products are integers (counts times counts), summed per lemma over the sentences that
    hold it (most pairs of sentences share no lemma, and cost nothing); each total then adds its
    similarities one by one in sentence order, as a loop over all pairs would, so the scores are
    the same numbers to the last bit."""
    n = len(bags)
    holders: dict[str, list[tuple[int, int]]] = {}
    for i, bag in enumerate(bags):
        for lemma, count in bag.items():
            holders.setdefault(lemma, []).append((i, count))
    dots: list[dict[int, int]] = [{} for _ in range(n)]
    for held in holders.values():
        for a, (i, ci) in enumerate(held):
            row = dots[i]
            for j, cj in held[a + 1:]:
                row[j] = row.get(j, 0) + ci * cj
    norms = [math.sqrt(sum(v * v for v in bag.values())) for bag in bags]
    shared: list[dict[int, float]] = [{} for _ in range(n)]   # sentence -> {other: similarity}
    for i, row in enumerate(dots):
        for j, dot in row.items():
            if dot:
                shared[i][j] = shared[j][i] = dot / (norms[i] * norms[j])
    totals = []
    for i in range(n):
        total = 0.0
        for j in sorted(shared[i]):
            total += shared[i][j]
        totals.append(total)
    return totals


def _normalized(values: list[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top if top > 0 else 0.0 for v in values]


def sentence_scores(doc: Doc, bags: list[Counter] | None = None) -> list[float]:
    """One score per sentence in [0, 1]."""
    n = len(doc.sentences)
    bags = bags if bags is not None else _bags(doc)
    centrality = _normalized(_centrality(bags))
    position = [1.0 / (1 + i) for i in range(n)]
    starts = [s for s, _ in doc.sentences]

    def sentence_of(offset: int) -> int:
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if starts[mid] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    mentions = [0.0] * n
    for entity in doc.entities:
        for m in entity.mentions:
            i = sentence_of(m.start)
            if 0 <= i < n:
                mentions[i] += 1
    events = [0.0] * n
    for event in doc.events:
        if 0 <= event.sentence < n:
            events[event.sentence] += 1
    parts = {"position": position, "centrality": centrality,
             "entities": _normalized(mentions), "events": _normalized(events)}
    return [sum(_WEIGHTS[k] * parts[k][i] for k in _WEIGHTS) for i in range(n)]


def summarize(doc: Doc) -> list[int]:
    """Indices of the summary sentences, in text order."""
    n = len(doc.sentences)
    if n == 0:
        return []
    bags = _bags(doc)
    scores = sentence_scores(doc, bags)
    size = summary_size(n)
    long_enough = [i for i in range(n) if sum(bags[i].values()) >= _MIN_WORDS - 2
                   or len(_WORD.findall(doc.text[doc.sentences[i][0]:doc.sentences[i][1]])) >= _MIN_WORDS]
    pool = long_enough if len(long_enough) >= size else list(range(n))
    chosen = sorted(pool, key=lambda i: (-scores[i], i))[:size]
    return sorted(chosen)


class SummaryStage:
    name = "summary"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("summary",)

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        doc.summary = summarize(doc)
        return doc
