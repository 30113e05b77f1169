"""Training material for the entity tagger: NER-UK 2.0 DEV and the BSNLP topics as labelled sentences.

Both corpora are turned into the SAME tokens the pipeline produces (`segment` + `analyze`), so the
tagger is trained on what it will see. NER-UK gives character offsets (tab-separated `.ann`);
BSNLP gives only each document's mention forms, which are projected onto the raw text by matching
token sequences, longest form first, case-insensitively (the 2017 topics are lower-cased).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..doc import Token
from ..errors import PodiyaError
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
_LANG_CODES = {"ua": "uk", "uk": "uk", "ru": "ru"}


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

def ner_uk_split(data_dir: Path, block: str) -> list[str]:
    """Document ids of the DEV or TEST block of ner-uk-2.0/data/dev-test-split.txt."""
    path = data_dir / "ner-uk-2.0" / "data" / "dev-test-split.txt"
    if not path.is_file():
        raise PodiyaError(f"NER-UK split file not found: {path}; pass --data pointing at shared/data")
    ids: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line in ("DEV", "TEST"):
            current = line
            ids[current] = []
        elif line and current:
            ids[current].append(line)
    if block not in ids:
        raise PodiyaError(f"{path} has no {block} block")
    return ids[block]


def ner_uk_document(txt: Path) -> tuple[str, list[tuple[int, int, str]]]:
    """(text, spans) of one NER-UK document, spans mapped to podiya types, nested spans dropped."""
    text = txt.read_text(encoding="utf-8")
    spans = []
    ann = txt.with_suffix(".ann")
    for lineno, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("T"):
            continue
        parts = line.split("\t")
        if len(parts) < 4:
            raise PodiyaError(f"{ann}:{lineno}: expected 'T<n> TYPE start end text', got {line!r}")
        etype = NER_UK_TYPES.get(parts[1])
        if etype:
            spans.append((int(parts[2]), int(parts[3]), etype))
    # Nested spans: keep the outer one (longest first, then skip anything inside a kept span).
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return text, kept


def ner_uk_skipped_spans(txt: Path, skipped: frozenset[str] = NER_UK_SKIPPED) -> list[tuple[int, int]]:
    """Character spans of the NER-UK annotations whose type is in `skipped`."""
    spans = []
    for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 4 and parts[1] in skipped:
            spans.append((int(parts[2]), int(parts[3])))
    return spans


def ner_uk_sentences(data_dir: Path, block: str = "DEV", *, leave_out_fold: tuple[int, int] | None = None,
                     skipped: frozenset[str] = NER_UK_SKIPPED) -> Iterator[Sentence]:
    """Labelled sentences of a NER-UK block, without sentences holding a name of a `skipped` type.

    `leave_out_fold=(k, n)` leaves out every n-th document starting at the k-th (0-based), for
    k-fold tuning on DEV: `podiya eval ner-uk --block DEV` then scores a model on the fold it never saw.
    """
    base = data_dir / "ner-uk-2.0" / "data"
    files = {p.stem: p for sub in ("bruk", "ng") for p in (base / sub).glob("*.txt")}
    for number, doc_id in enumerate(ner_uk_split(data_dir, block)):
        if leave_out_fold is not None and number % leave_out_fold[1] == leave_out_fold[0]:
            continue
        txt = files.get(doc_id)
        if txt is None:
            raise PodiyaError(f"NER-UK document {doc_id} listed in the split is missing under {base}")
        text, spans = ner_uk_document(txt)
        left_out = ner_uk_skipped_spans(txt, skipped) if skipped else []
        _, tokens = tokenize(text, "uk")
        for sent in by_sentence(tokens, bio_labels(tokens, spans), "uk", f"ner-uk/{doc_id}"):
            first, last = sent.tokens[0].start, sent.tokens[-1].end
            if not any(s < last and first < e for s, e in left_out):
                yield sent


# --- BSNLP ---------------------------------------------------------------------------------------

@dataclass
class BsnlpDocument:
    doc_id: str
    lang: str
    date: str | None
    text: str                       # title, a blank line, then the body (the reader's convention)
    mentions: list[tuple[str, str, str, str]]   # (form, base, type, cross-lingual id)
    topic: str
    path: Path


def read_bsnlp_raw(path: Path) -> tuple[str, str, str | None, str]:
    """(id, lang, date, text) of a BSNLP raw file; text = title + blank line + body."""
    lines = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(lines) < 5:
        raise PodiyaError(f"{path}: a BSNLP raw file needs 5 header lines (id, lang, date, url, title)")
    doc_id, lang, date, title = lines[0].strip(), lines[1].strip(), lines[2].strip(), lines[4].strip()
    body = "\n".join(lines[5:]).strip("\n")
    text = f"{title}\n\n{body}" if title else body
    return doc_id, _LANG_CODES.get(lang, lang), (date[:10] or None), text


def read_bsnlp_annotated(path: Path) -> tuple[str, list[tuple[str, str, str, str]]]:
    lines = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").split("\n")
    doc_id = lines[0].strip()
    mentions = []
    for lineno, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise PodiyaError(f"{path}:{lineno}: expected 'form<TAB>base<TAB>type<TAB>id', got {line!r}")
        parts += [""] * (4 - len(parts))
        mentions.append((parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip()))
    return doc_id, mentions


def bsnlp_documents(data_dir: Path, topics: Sequence[str] | None = None,
                    langs: Sequence[str] = ("uk", "ru")) -> Iterator[BsnlpDocument]:
    """Raw documents of the BSNLP topics paired with their annotations by document id."""
    root = data_dir / "bsnlp2021"
    if not root.is_dir():
        raise PodiyaError(f"BSNLP data not found: {root}; pass --data pointing at shared/data")
    for topic_dir in sorted(p for p in root.iterdir() if p.is_dir()):
        if topics is not None and topic_dir.name not in topics:
            continue
        for lang in langs:
            annotated = {}
            for ann in sorted((topic_dir / "annotated" / lang).glob("*")):
                doc_id, mentions = read_bsnlp_annotated(ann)
                annotated[doc_id] = mentions
            for raw in sorted((topic_dir / "raw" / lang).glob("*")):
                doc_id, _, date, text = read_bsnlp_raw(raw)
                if doc_id in annotated:
                    yield BsnlpDocument(doc_id, lang, date, text, annotated[doc_id], topic_dir.name, raw)


_SPACE = re.compile(r"\s+")


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
    root = data_dir / "bsnlp2021"
    return sorted(p.name for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
