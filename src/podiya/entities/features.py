"""CRF features of a token sequence: spelling, morphology and a ±2 context window.

Everything that depends on the word alone is computed once per (word, language) and cached, so a
document costs little more than concatenating cached tuples (the speed target is ≥ 50 docs/s).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..doc import Token
from ..language.morphology import analyze

_NAME_TAGS = ("Name", "Surn", "Patr", "Abbr", "Geox", "Orgn", "Fixd")
_OPEN_QUOTES = frozenset("«\"„“'‘")
_CLOSE_QUOTES = frozenset("»\"“”'’")
_SHAPE_RUNS = re.compile(r"(.)\1+")


def _char_class(ch: str) -> str:
    if ch.isupper():
        return "X"
    if ch.islower():
        return "x"
    if ch.isdigit():
        return "d"
    return ch


def word_shape(word: str) -> str:
    """Compressed shape: 'Путін' -> 'Xx', 'НАТО' -> 'X', 'С-400' -> 'X-d'."""
    return _SHAPE_RUNS.sub(r"\1", "".join(_char_class(c) for c in word))


def _script(word: str) -> str:
    for ch in word:
        if "a" <= ch.lower() <= "z":
            return "lat"
        if "\u0400" <= ch <= "\u04ff":
            return "cyr"
    return "none"


def _known(word: str, lang: str) -> bool:
    from ..language.morphology import analyzer

    # strict: a plain dictionary lookup (no ё/е substitutions), several times faster
    return analyzer(lang).word_is_known(word, strict=True)


@lru_cache(maxsize=300_000)
def word_features(word: str, lang: str) -> tuple[str, ...]:
    """Features of the word itself (no context)."""
    low = word.lower()
    feats = [f"w={low}", f"sh={word_shape(word)}", f"sc={_script(word)}", f"s2={low[-2:]}",
             f"s3={low[-3:]}", f"s4={low[-4:]}", f"s1={low[-1:]}", f"p2={low[:2]}", f"p3={low[:3]}",
             f"p4={low[:4]}", f"len={min(len(word), 8)}"]
    if word[:1].isupper():
        feats.append("cap")
        if word.isupper() and len(word) > 1:
            feats.append("allcap")
    if word in _OPEN_QUOTES or word in _CLOSE_QUOTES:
        feats.append("quote")
    analyses = analyze(word, lang)
    if lang in ("uk", "ru") and word[:1].isalpha() and not _known(low, lang):
        feats.append("oov")           # names the dictionary lacks ("Кокседж") are often entities
    if analyses:
        feats.extend(f"lem={lemma}" for lemma in dict.fromkeys(a.lemma for a in analyses[:4]))
        poses = sorted({a.pos or "-" for a in analyses})
        feats.append("pos=" + "|".join(poses[:4]))
        feats.extend(f"pos:{p}" for p in poses)
        tags = set().union(*(a.tags for a in analyses))
        feats.extend(f"t:{t}" for t in _NAME_TAGS if t in tags)
        cases = sorted({a.case for a in analyses if a.case})
        feats.extend(f"case:{c}" for c in cases)
        if any(a.lemma[:1].isupper() or a.tags & {"Name", "Surn", "Geox", "Orgn"} for a in analyses):
            feats.append("propn")
    return tuple(feats)


@lru_cache(maxsize=300_000)
def context_features(word: str, lang: str, offset: int) -> tuple[str, ...]:
    """The smaller feature set a neighbour at `offset` contributes."""
    keep = ("w=", "sh=", "pos=", "t:", "lem=", "quote", "cap", "s3=", "case:", "propn", "oov") if abs(offset) == 1 \
        else ("w=", "sh=", "pos=", "t:", "cap", "lem=")
    return tuple(f"{offset}:{f}" for f in word_features(word, lang) if f.startswith(keep))


def sequence_features(tokens: Sequence[Token], lang: str) -> list[list[str]]:
    """Feature lists for one sentence (the CRF's item sequence)."""
    words = [t.text for t in tokens]
    n = len(words)
    own = [(f"lang={lang}",) + word_features(w, lang) for w in words]
    ctx = {off: [context_features(w, lang, off) for w in words] for off in (-2, -1, 1, 2)}
    lowered = [w.lower() for w in words]
    out = []
    for i in range(n):
        feats = list(own[i])
        if i >= 2:
            feats += ctx[-2][i - 2]
        if i >= 1:
            feats += ctx[-1][i - 1]
            feats.append(f"bi={lowered[i - 1]}|{lowered[i]}")
        if i + 1 < n:
            feats += ctx[1][i + 1]
        if i + 2 < n:
            feats += ctx[2][i + 2]
        if i == 0:
            feats.append("BOS")
            if words[0][:1].isupper():
                feats.append("cap@BOS")   # sentence-initial capitals say little about names
        elif i == 1 and words[0] in _OPEN_QUOTES:
            feats.append("BOS+quote")
        if i == n - 1:
            feats.append("EOS")
        out.append(feats)
    return out
