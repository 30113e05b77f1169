"""Document-level consistency of entity labels.

A tagger decides token by token; a reader knows that "Баку" is the same name in every sentence of
an article. `propagate` (1) gives every occurrence of one form the type it got most often in the
document and (2) tags untagged occurrences of a tagged form, by exact words or by shared lemmas
("Путіна" tagged -> "Путін" tagged too; a person's surname alone), when they are capitalised like the tagged one.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..doc import Doc, Token


def _lemmas(tok: Token) -> frozenset[str]:
    return frozenset({a.lemma.lower() for a in tok.analyses} | {tok.text.lower()})


def _same_word(a: Token, b: Token) -> bool:
    if a.text.lower() == b.text.lower():
        return True
    # Lemma matches only for words long enough to carry a name ("ЄС" must not match "є").
    return len(a.text) > 3 and len(b.text) > 3 and bool(_lemmas(a) & _lemmas(b))


def propagate(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    tokens = doc.tokens
    if not spans or not tokens:
        return list(spans)
    start_index = {t.start: i for i, t in enumerate(tokens)}
    end_index = {t.end: i for i, t in enumerate(tokens)}
    # Token ranges of the tagged spans (spans that do not align with tokens are kept untouched).
    ranges = []
    for start, end, etype in spans:
        i, j = start_index.get(start), end_index.get(end)
        ranges.append((i, j, etype) if i is not None and j is not None else (start, end, etype, None))

    # (1) majority type per lower-cased form.
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in ranges:
        if len(r) == 3:
            votes[doc.text[tokens[r[0]].start:tokens[r[1]].end].lower()][r[2]] += 1
    majority = {form: c.most_common(1)[0][0] for form, c in votes.items()}

    taken = [False] * len(tokens)
    result: list[tuple[int, int, str]] = []
    forms: dict[tuple[str, ...], tuple[int, int, str]] = {}
    for r in ranges:
        if len(r) == 4:
            result.append(r[:3])
            continue
        i, j, etype = r
        form = doc.text[tokens[i].start:tokens[j].end].lower()
        etype = majority.get(form, etype)
        result.append((tokens[i].start, tokens[j].end, etype))
        for k in range(i, j + 1):
            taken[k] = True
        forms.setdefault(tuple(t.text.lower() for t in tokens[i:j + 1]), (i, j, etype))
        if etype == "PER" and j > i and tokens[j].text[:1].isupper() and len(tokens[j].text) > 2:
            # The surname alone refers to the same person later ("Алієва" after "Ільхама Алієва").
            forms.setdefault((tokens[j].text.lower(),), (j, j, etype))

    # (2) untagged occurrences of tagged forms, longest forms first.
    by_first: dict[str, list[int]] = defaultdict(list)
    for k, tok in enumerate(tokens):
        if tok.text[:1].isupper():
            for lemma in _lemmas(tok):
                by_first[lemma].append(k)
    for words, (i, j, etype) in sorted(forms.items(), key=lambda f: -len(f[0])):
        pattern = tokens[i:j + 1]
        if not pattern[0].text[:1].isupper():
            continue
        n = len(pattern)
        candidates = sorted({k for lemma in _lemmas(pattern[0]) for k in by_first.get(lemma, ())})
        for k in candidates:
            if k + n > len(tokens) or any(taken[k:k + n]) or tokens[k + n - 1].sent != tokens[k].sent:
                continue
            if all(_same_word(p, t) and (t.text[:1].isupper() == p.text[:1].isupper())
                   for p, t in zip(pattern, tokens[k:k + n])):
                for m in range(k, k + n):
                    taken[m] = True
                result.append((tokens[k].start, tokens[k + n - 1].end, etype))
    return sorted(result)


_PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})


def drop_common_words(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Without one-word spans that are common words written with a capital ("Голова", "Тому"):
    a word the document also writes in lower case, inside a sentence, that the dictionary knows
    only as a common word (no name grammemes)."""
    tokens = doc.tokens
    lower_lemmas: set[str] = set()
    for k, tok in enumerate(tokens):
        if tok.text[:1].islower() and k > 0 and tokens[k - 1].sent == tok.sent:
            lower_lemmas.update(a.lemma for a in tok.analyses)
    if not lower_lemmas:
        return list(spans)
    by_start = {t.start: t for t in tokens}
    out = []
    for start, end, etype in spans:
        tok = by_start.get(start)
        if tok is not None and tok.end == end and tok.analyses and tok.text[:1].isupper() \
                and not tok.text.isupper() and not any(a.tags & _PROPER_TAGS for a in tok.analyses) \
                and any(a.lemma in lower_lemmas for a in tok.analyses):
            continue
        out.append((start, end, etype))
    return out
