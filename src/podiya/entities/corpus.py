"""Training material for the entity tagger: NER-UK 2.0 DEV and the BSNLP topics as labelled sentences.

Both corpora are turned into the SAME tokens the pipeline produces (`segment` + `analyze`), so the
tagger is trained on what it will see. The files are read by the one reader of each corpus,
ingest.ner_uk and ingest.bsnlp (the scorers and `podiya extract` use the same), so a BSNLP text
here is exactly the text the pipeline gets. NER-UK gives character offsets; BSNLP gives only each
document's mention forms, which are projected onto the raw text by matching token sequences,
longest form first, case-insensitively (the 2017 topics are lower-cased).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..doc import Token
from ..errors import PodiyaError
from ..ingest import bsnlp, ner_uk
from ..ingest.bsnlp import Annotation
from ..ingest.ner_uk import Fold
from ..language.morphology import analyze
from ..language.segment import segment

# NER-UK types -> podiya types. ART (artworks, codes, media titles) fits BSNLP's PRO; DOC (laws,
# orders, often long descriptive spans) does not, and is dropped so inner ORG/LOC names survive.
NER_UK_TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "ART": "PRO"}
# NER-UK types whose sentences are left out of training. MISC holds names BSNLP does label
# (events: "Євро-2012", "Революції Гідності"; products, holidays) under no podiya type, so its
# sentences teach "this name is O"; but skipping them measured worse (2026-11-29, model without
# topic trump: ru relaxed partial 0.820 -> 0.794, uk 0.828 -> 0.821), so none are skipped.
NER_UK_SKIPPED: frozenset[str] = frozenset()
BSNLP_TYPES = {"PER", "ORG", "LOC", "EVT", "PRO"}


@dataclass
class Sentence:
    """One training sequence: tokens with their analyses and a BIO label per token."""

    tokens: list[Token]
    labels: list[str]
    lang: str
    source: str            # "ner-uk/<doc>" or "bsnlp/<topic>/<lang>/<doc>"


def tokenize(text: str, lang: str) -> tuple[list[tuple[int, int]], list[Token]]:
    """The pipeline's tokens (segment + morphology) for `text`."""
    sentences, tokens = segment(text, lang)
    for token in tokens:
        token.analyses = analyze(token.text, lang)
    return sentences, tokens


def bio_labels(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[str]:
    """BIO label per token from character spans; a token starting inside a span belongs to it."""
    labels = ["O"] * len(tokens)
    starts = [t.start for t in tokens]
    for start, end, etype in spans:
        i = bisect_left(starts, start)
        first = True
        while i < len(tokens) and tokens[i].start < end:
            labels[i] = ("B-" if first else "I-") + etype
            first = False
            i += 1
    return labels


def by_sentence(tokens: list[Token], labels: list[str], lang: str, source: str) -> Iterator[Sentence]:
    """Cut a document's labelled tokens into sentences (the CRF's sequences)."""
    current: list[int] = []
    for i, tok in enumerate(tokens):
        if current and tokens[current[-1]].sent != tok.sent:
            yield Sentence([tokens[j] for j in current], [labels[j] for j in current], lang, source)
            current = []
        current.append(i)
    if current:
        yield Sentence([tokens[j] for j in current], [labels[j] for j in current], lang, source)


# --- NER-UK 2.0 --------------------------------------------------------------------------------

def ner_uk_sentences(data_dir: Path, block: str = "DEV", *, leave_out_fold: Fold | None = None,
                     skipped: frozenset[str] = NER_UK_SKIPPED) -> Iterator[Sentence]:
    """Labelled sentences of a NER-UK block, without sentences holding a name of a `skipped` type.

    `leave_out_fold=(k, n)` leaves out every n-th document starting at the k-th (0-based), for
    k-fold tuning on DEV: `podiya eval ner-uk --fold K/N` then scores a model on the fold it never saw.
    Spans of NER_UK_TYPES, the outer one where they nest (ingest.ner_uk.outer_spans).
    """
    for doc in ner_uk.documents(Path(data_dir) / "ner-uk-2.0", block, without_fold=leave_out_fold):
        spans = ner_uk.outer_spans(doc.annotations, NER_UK_TYPES)
        left_out = [(s, e) for s, e, t in doc.annotations if t in skipped]
        _, tokens = tokenize(doc.text, "uk")
        for sent in by_sentence(tokens, bio_labels(tokens, spans), "uk", f"ner-uk/{doc.id}"):
            first, last = sent.tokens[0].start, sent.tokens[-1].end
            if not any(s < last and first < e for s, e in left_out):
                yield sent


# --- BSNLP ---------------------------------------------------------------------------------------

@dataclass
class BsnlpDocument:
    doc_id: str
    lang: str                       # the folder's language (2017 files say "ua")
    date: str | None
    text: str                       # title, a blank line, then the body (ingest.bsnlp's reading)
    mentions: list[Annotation]      # (form, base, type, cross-lingual id), MISC included
    topic: str
    path: Path


def bsnlp_documents(data_dir: Path, topics: Sequence[str] | None = None,
                    langs: Sequence[str] = ("uk", "ru")) -> Iterator[BsnlpDocument]:
    """Raw documents of the BSNLP topics paired with their annotations by document id."""
    root = Path(data_dir) / "bsnlp2021"
    if not root.is_dir():
        raise PodiyaError(f"BSNLP data not found: {root}; pass --data pointing at shared/data")
    for topic in bsnlp.topics(root):
        if topics is not None and topic not in topics:
            continue
        for lang in langs:
            annotated = dict(bsnlp.read_annotated(path) for path in bsnlp.files(root, topic, "annotated", lang))
            for raw in bsnlp.files(root, topic, "raw", lang):
                article = bsnlp.read_raw(raw)
                if article.id in annotated:
                    yield BsnlpDocument(article.id, lang, article.date, article.text, annotated[article.id], topic, raw)


def project_mentions(tokens: Sequence[Token], mentions: Sequence[tuple[str, str, str, str]],
                     lang: str) -> list[tuple[int, int, str]]:
    """Character spans of every occurrence of the mention forms, longest form first, no overlaps.

    MISC forms are matched too (so their words are not claimed by a shorter form) but not returned.
    """
    words = [t.text.lower() for t in tokens]
    forms = []
    for form, _, etype, _ in mentions:
        _, form_tokens = segment(form, lang)
        pieces = tuple(t.text.lower() for t in form_tokens)
        if pieces:
            forms.append((pieces, etype))
    forms.sort(key=lambda f: -len(f[0]))
    taken = [False] * len(tokens)
    first_index: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        first_index.setdefault(w, []).append(i)
    spans = []
    for pieces, etype in forms:
        n = len(pieces)
        for i in first_index.get(pieces[0], ()):
            if i + n > len(tokens) or any(taken[i:i + n]):
                continue
            if tuple(words[i:i + n]) != pieces or tokens[i + n - 1].sent != tokens[i].sent:
                continue
            for j in range(i, i + n):
                taken[j] = True
            if etype in BSNLP_TYPES:
                spans.append((tokens[i].start, tokens[i + n - 1].end, etype))
    return sorted(spans)


def bsnlp_sentences(data_dir: Path, topics: Sequence[str] | None = None,
                    langs: Sequence[str] = ("uk", "ru")) -> Iterator[Sentence]:
    for doc in bsnlp_documents(data_dir, topics, langs):
        _, tokens = tokenize(doc.text, doc.lang)
        spans = project_mentions(tokens, doc.mentions, doc.lang)
        yield from by_sentence(tokens, bio_labels(tokens, spans), doc.lang,
                               f"bsnlp/{doc.topic}/{doc.lang}/{doc.doc_id}")


def bsnlp_topics(data_dir: Path) -> list[str]:
    return bsnlp.topics(Path(data_dir) / "bsnlp2021")
