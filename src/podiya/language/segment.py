"""Sentences and tokens with exact character offsets.

Lines are hard boundaries (news paragraphs; a title is followed by a blank line). Within a line,
Ukrainian goes through tokenize-uk (abbreviations like "м. Душанбе", apostrophes, "Z-канали"),
Russian and English through razdel, which is rule-based and fast.
"""
from __future__ import annotations

import re

from ..doc import Doc, Token
from ..settings import Settings

_LINE = re.compile(r"[^\n]+")


def _uk_sentences(text: str) -> list[tuple[int, int]]:
    from tokenize_uk import tokenize_sents_with_spans
    return [(s, e) for _, s, e in tokenize_sents_with_spans(text)]


def _uk_words(text: str) -> list[tuple[int, int]]:
    from tokenize_uk import tokenize_words_with_spans
    return [(s, e) for _, s, e in tokenize_words_with_spans(text)]


def _razdel_sentences(text: str) -> list[tuple[int, int]]:
    from razdel import sentenize
    return [(s.start, s.stop) for s in sentenize(text)]


def _razdel_words(text: str) -> list[tuple[int, int]]:
    from razdel import tokenize
    return [(t.start, t.stop) for t in tokenize(text)]


def _splitters(lang: str | None):
    if lang == "uk":
        return _uk_sentences, _uk_words
    return _razdel_sentences, _razdel_words


def segment(text: str, lang: str | None) -> tuple[list[tuple[int, int]], list[Token]]:
    """(sentences, tokens) of `text`; every offset slices `text` exactly, tokens carry their sentence index."""
    split_sentences, split_words = _splitters(lang)
    sentences: list[tuple[int, int]] = []
    tokens: list[Token] = []
    for line in _LINE.finditer(text):
        base = line.start()
        chunk = line.group()
        for s_start, s_end in split_sentences(chunk):
            piece = chunk[s_start:s_end]
            # Trim surrounding whitespace so the sentence span starts and ends on text.
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            s_start, s_end = s_start + lead, s_end - trail
            if s_end <= s_start:
                continue
            index = len(sentences)
            sentences.append((base + s_start, base + s_end))
            offset = base + s_start
            for w_start, w_end in split_words(chunk[s_start:s_end]):
                start, end = offset + w_start, offset + w_end
                tokens.append(Token(start=start, end=end, text=text[start:end], sent=index))
    return sentences, tokens


class SegmentStage:
    name = "segment"
    requires: tuple[str, ...] = ("text", "lang")
    provides: tuple[str, ...] = ("sentences", "tokens")

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        doc.sentences, doc.tokens = segment(doc.text, doc.lang)
        return doc
