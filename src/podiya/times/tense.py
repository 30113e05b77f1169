"""The tense of the clause around a time expression, from the verbs' morphology.

"у четвер" means last Thursday in "зустрілися у четвер" and next Thursday in "зустрінуться у
четвер". The past or future verb nearest to the expression in the same clause decides (pymorphy3
tags `past`, `futr`; a present verb says little and is passed over); without one in the clause,
the nearest one in the sentence. English has no analyses: a few auxiliaries and -ed stand in.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Token
from .lexicon import LANGUAGES, load_lexicon

# Tokens that end a clause: punctuation and subordinating words start a new one.
CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "?", "!", "\"", "«", "»"})
_EN_FUTURE = frozenset({"will", "shall", "'ll", "going", "plans", "plan", "expected", "scheduled"})
_EN_PAST = frozenset({"was", "were", "had", "did", "said", "met", "held", "took", "went", "came"})


@lru_cache(maxsize=None)
def subordinators(lang: str | None) -> frozenset[str]:
    """Words that open a subordinate clause ("який", "что", "which"), from the time lexicon."""
    return load_lexicon(lang).words("subordinator") if lang in LANGUAGES else frozenset()


def clause_spans(tokens: list[Token], lang: str | None) -> list[tuple[int, int]]:
    """Index ranges [i, j) of the clauses of one sentence's tokens."""
    spans, begin = [], 0
    opener = subordinators(lang)
    for i, tok in enumerate(tokens):
        if tok.text in CLAUSE_PUNCT or (i > begin and tok.text.lower() in opener):
            if i > begin:
                spans.append((begin, i))
            begin = i if tok.text not in CLAUSE_PUNCT else i + 1
    if begin < len(tokens):
        spans.append((begin, len(tokens)))
    return spans


def verb_tense(token: Token, lang: str) -> str | None:
    if lang == "en":
        word = token.text.lower()
        if word in _EN_FUTURE:
            return "futr"
        if word in _EN_PAST or (len(word) > 4 and word.endswith("ed")):
            return "past"
        return None
    for analysis in token.analyses:
        if analysis.pos == "VERB":
            if "past" in analysis.tags:
                return "past"
            if "futr" in analysis.tags:
                return "futr"
            return "pres"
    return None


def tense_at(tokens: list[Token], start: int, end: int, lang: str) -> str | None:
    """'past', 'futr', 'pres' or None for the clause of the span [start, end) in `tokens` (one sentence)."""
    if not tokens:
        return None
    inside = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
    anchor = inside[0] if inside else min(range(len(tokens)), key=lambda i: abs(tokens[i].start - start))
    clause = next(((a, b) for a, b in clause_spans(tokens, lang) if a <= anchor < b), (0, len(tokens)))
    for lo, hi in (clause, (0, len(tokens))):
        best: tuple[int, str] | None = None
        for i in range(lo, hi):
            if tokens[i].start < end and tokens[i].end > start:
                continue
            tense = verb_tense(tokens[i], lang)
            # the present says little about which Thursday is meant: look for past or future
            if tense is not None and tense != "pres":
                distance = abs(i - anchor)
                if best is None or distance < best[0]:
                    best = (distance, tense)
        if best is not None:
            return best[1]
    return None


_WORD = re.compile(r"\w+(?:['’ʼ-]\w+)*|[^\w\s]")


def quick_tokens(text: str, start: int, end: int, lang: str) -> list[Token]:
    """Tokens with analyses for one sentence, for callers without the pipeline's tokens."""
    from ..language.morphology import analyze

    tokens = []
    for m in _WORD.finditer(text, start, end):
        analyses = analyze(m.group(), lang) if lang in ("uk", "ru") else ()
        tokens.append(Token(m.start(), m.end(), m.group(), 0, analyses))
    return tokens
