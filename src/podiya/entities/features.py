"""CRF features of a token sequence: spelling, morphology, the knowledge base, a ±2 context window.

Knowledge-base features: the types and kinds of the entries a word or its lemma names, country
adjectives, and each token's place (BILOU) in a KB name that `gazetteer.gazetteer_spans` finds in
the sentence (inflected multi-word names, matched through lemmas).

Everything that depends on the word alone is computed once per (word, language) and cached
(`word_view`), so a sentence costs little more than concatenating cached tuples (the speed target
is ≥ 50 docs/s for the whole pipeline).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import groupby

from ..doc import Token
from ..language.morphology import analyze, analyzer
from .gazetteer import gazetteer_spans, kb_entries, knowledge_base

_NAME_TAGS = ("Name", "Surn", "Patr", "Abbr", "Geox", "Orgn", "Fixd")
_PROPER_TAGS = frozenset({"Name", "Surn", "Geox", "Orgn"})      # a reading that makes the word "propn"
_OPEN_QUOTES = frozenset("«\"„“'‘")
_CLOSE_QUOTES = frozenset("»\"“”'’")
_SHAPE_RUNS = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)
def _char_class(ch: str) -> str:
    if ch.isupper():
        return "X"
    if ch.islower():
        return "x"
    if ch.isdigit():
        return "d"
    return ch


class _CharClasses(dict):
    """code point -> `_char_class` of its character, filled on first sight (str.translate table)."""

    def __missing__(self, code: int) -> str:
        found = self[code] = _char_class(chr(code))
        return found


_CHAR_CLASSES = _CharClasses()


def word_shape(word: str) -> str:
    """Compressed shape: 'Путін' -> 'Xx', 'НАТО' -> 'X', 'С-400' -> 'X-d'."""
    classes = word.translate(_CHAR_CLASSES) if len(word) > 1 else _char_class(word) if word else ""
    if "\n" in classes:                  # the regex's "." stops at a line break
        return _SHAPE_RUNS.sub(r"\1", classes)
    return "".join(run for run, _ in groupby(classes))     # one of each run of equal classes


def _script(word: str) -> str:
    for ch in word:
        if "a" <= ch.lower() <= "z":
            return "lat"
        if "\u0400" <= ch <= "\u04ff":
            return "cyr"
    return "none"


def _known(word: str, lang: str) -> bool:
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
        # one pass over the readings: the first four lemmas, the readings' grammar, a capital lemma
        lemmas: dict[str, None] = {}
        readings = []
        capital_lemma = False
        for n, a in enumerate(analyses):
            if n < 4:
                lemmas[a.lemma] = None
            readings.append((a.pos, a.case, a.tags))
            if not capital_lemma and a.lemma[:1].isupper():
                capital_lemma = True
        feats.extend([f"lem={lemma}" for lemma in lemmas])
        grammar, proper = _grammar_features(tuple(readings))
        feats.extend(grammar)
        if proper or capital_lemma:
            feats.append("propn")
    return tuple(feats)


@lru_cache(maxsize=20_000)
def _grammar_features(readings: tuple[tuple[str | None, str | None, frozenset[str]], ...]) -> tuple[tuple[str, ...], bool]:
    """(the features of a word's readings as (pos, case, tags): parts of speech, name tags,
    cases; whether a reading is tagged as a proper name). Computed once per combination of
    readings: a few thousand recur over all the words (every noun of one declension shares one)."""
    poses = sorted({pos or "-" for pos, _, _ in readings})
    feats = ["pos=" + "|".join(poses[:4])]
    feats.extend(f"pos:{p}" for p in poses)
    tags = set().union(*(t for _, _, t in readings))
    feats.extend(f"t:{t}" for t in _NAME_TAGS if t in tags)
    feats.extend(f"case:{c}" for c in sorted({case for _, case, _ in readings if case}))
    return tuple(feats), not tags.isdisjoint(_PROPER_TAGS)


@lru_cache(maxsize=300_000)
def kb_word_features(word: str, lang: str) -> tuple[str, ...]:
    """What the knowledge base says about the word alone: the types and kinds of the entries it
    (or one of its lemmas) names ("Мей" -> PER, "Twitter" -> PRO/product, "Guardian" -> ORG/media),
    and whether it is a country adjective or demonym ("британський", "росіяни")."""
    if not word.isalnum() and not any(ch.isalnum() for ch in word):
        return ()
    feats: dict[str, None] = {}
    # Lemmas of short lower-case words (prepositions, pronouns) name nothing; skipping them keeps
    # the first sight of a word cheap.
    lemmas = [a.lemma for a in analyze(word, lang)[:4]] if not word[:1].islower() or len(word) >= 6 else []
    for form in dict.fromkeys([word, *lemmas]):
        for entry in kb_entries(form, lang):
            feats[f"kb:{entry.type}"] = None
            feats[f"kbk:{entry.kind}"] = None
    if len(word) > 3 and word.isalpha() and knowledge_base().adjective_entry(word) is not None:
        feats["cadj"] = None
    return tuple(feats)


def gazetteer_features(tokens: Sequence[Token], lang: str,
                       known: Sequence[tuple[int, int, str, str]] | None = None) -> list[tuple[str, ...]]:
    """Per token, its place in a knowledge-base name found by `gazetteer_spans` (inflected
    multi-word names through lemmas): BILOU position with the entry's type and kind. `known`:
    the `gazetteer_spans` of these tokens when the caller has them already."""
    out: list[tuple[str, ...]] = [()] * len(tokens)
    if known is not None:
        spans = known
    else:
        spans = gazetteer_spans(tokens, lang) if lang in ("uk", "ru") else []
    if not spans:
        return out
    kb = knowledge_base()
    index = {t.start: i for i, t in enumerate(tokens)}
    for start, end, etype, eid in spans:
        i = index.get(start)
        if i is None:
            continue
        entry = kb.get(eid) if eid else None
        kind = entry.kind if entry is not None else "?"
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].end <= end:
            j += 1
        for k in range(i, j + 1):
            pos = "U" if i == j else "B" if k == i else "L" if k == j else "I"
            out[k] = (f"gz={pos}-{etype}", f"gzT={etype}", f"gzk={kind}")
    return out


# Knowledge-base features. A tagger that always sees them learns to trust KB coverage of its
# training topics and misses names the KB lacks on a new topic ("Пенджаб", "Лахор" tagged as people,
# "Азии Биби" as the continent: leave-one-topic-out ru relaxed partial 0.855 -> 0.837), so
# training drops them from half the sentences (`train.fit`); with that they help (2026-11-29,
# leave-one-topic-out: uk 0.813 / 0.747 -> 0.818 / 0.756, ru 0.855 / 0.823 -> 0.862 / 0.832,
# relaxed partial / strict).
USE_KB_FEATURES = True
KB_FEATURE_PREFIXES = ("kb:", "kbk:", "gz", "cadj", "-1:kb:", "1:kb:", "-1:gzT", "1:gzT")

_NEAR = ("w=", "sh=", "pos=", "t:", "lem=", "quote", "cap", "s3=", "case:", "propn", "oov", "kb:")
_FAR = ("w=", "sh=", "pos=", "t:", "cap", "lem=")


def own_features(word: str, lang: str) -> tuple[str, ...]:
    """The features of the word itself (the first part of `word_view`)."""
    return (f"lang={lang}",) + word_features(word, lang) + (kb_word_features(word, lang) if USE_KB_FEATURES else ())


@lru_cache(maxsize=300_000)
def word_view(word: str, lang: str) -> tuple[tuple[str, ...], ...]:
    """Everything a sentence needs of one word, built once: its own features, the smaller sets it
    gives as a neighbour at -1, +1, -2, +2 (prefixed with the offset), and its lower-case form."""
    own = own_features(word, lang)
    near = [f for f in own if f.startswith(_NEAR)]
    far = [f for f in near if f.startswith(_FAR)]
    return (own, tuple("-1:" + f for f in near), tuple("1:" + f for f in near),
            tuple("-2:" + f for f in far), tuple("2:" + f for f in far), (word.lower(),))


_SLOT_PREFIXES = ("", "-1:", "1:", "-2:", "2:")


@lru_cache(maxsize=4)
def model_slots(attributes: frozenset[str]) -> dict[str, tuple[tuple[int, str], ...]]:
    """feature -> its forms in a `word_view` that the model has weights for, as (part, form):
    part 0 its own, 1..4 the neighbour parts (-1:, 1:, -2:, 2:); features without any are left out."""
    bases = set()
    for attribute in attributes:
        bases.add(attribute)
        for prefix in _SLOT_PREFIXES[1:]:
            if attribute.startswith(prefix):
                bases.add(attribute[len(prefix):])
    table = {}
    for base in bases:
        near, far = base.startswith(_NEAR), base.startswith(_FAR)
        forms = tuple((part, prefix + base) for part, (prefix, allowed)
                      in enumerate(zip(_SLOT_PREFIXES, (True, near, near, far, far)))
                      if allowed and prefix + base in attributes)
        if forms:
            table[base] = forms
    return table


@lru_cache(maxsize=300_000)
def model_view(word: str, lang: str, attributes: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    """`word_view` without the features a model has no weight for: they change nothing in its
    labels, and passing fewer strings to crfsuite makes tagging about a fifth cheaper. Built
    from the word's own features through `model_slots`, without the prefixed strings the
    model would drop (most of them): one dictionary look-up per feature."""
    slots = model_slots(attributes)
    parts: tuple[list[str], ...] = ([], [], [], [], [])
    for feature in own_features(word, lang):
        for part, form in slots.get(feature, ()):
            parts[part].append(form)
    return tuple(tuple(part) for part in parts) + ((word.lower(),),)


# Where a sentence feature goes in its token's list (`sentence_extras`): with the word's own
# features, after those of the word before it, after those of the word after it.
WITH_WORD, AFTER_LEFT, AFTER_RIGHT = 0, 1, 2


def sentence_extras(tokens: Sequence[Token], lang: str,
                    known: Sequence[tuple[int, int, str, str]] | None = None,
                    lows: Sequence[str] | None = None, bigrams: bool = True) -> list[tuple[int, int, str]]:
    """The features that depend on the sentence, not on one word and its neighbours' words:
    BOS (with cap@BOS for a capital), BOS+quote on the word after an opening quote, EOS, the
    bigram with the word before (`bi=`), each token's place in a gazetteer name (`gazetteer_features`)
    and the type of its neighbours' (`-1:gzT=`, `1:gzT=`). As (position, place, feature), place one
    of WITH_WORD, AFTER_LEFT, AFTER_RIGHT; `known` as for `gazetteer_features`; `lows`: the tokens'
    lower-case forms when the caller has them. The bigrams come first (token 1 to the last);
    `bigrams=False` leaves them out, for a caller that looks them up as pairs (`bigram_pairs`).

    The one definition of these features for both taggers: `sequence_features` puts them into the
    feature lists (in this order within a token's place: the order crfsuite was trained with),
    `viterbi.ScoreTagger` adds up their weights."""
    n = len(tokens)
    if not n:
        return []
    if lows is None:
        lows = [t.text.lower() for t in tokens]
    extras = [(i, AFTER_LEFT, f"bi={lows[i - 1]}|{lows[i]}") for i in range(1, n)] if bigrams else []
    if USE_KB_FEATURES and (known is None or known):
        for i, marks in enumerate(gazetteer_features(tokens, lang, known)):
            if marks:
                extras.extend((i, WITH_WORD, mark) for mark in marks)
                if i + 1 < n:
                    extras.append((i + 1, AFTER_LEFT, "-1:" + marks[1]))
                if i:
                    extras.append((i - 1, AFTER_RIGHT, "1:" + marks[1]))
    extras.append((0, AFTER_LEFT, "BOS"))
    if tokens[0].text[:1].isupper():
        extras.append((0, AFTER_LEFT, "cap@BOS"))   # sentence-initial capitals say little about names
    if n > 1 and tokens[0].text in _OPEN_QUOTES:
        extras.append((1, AFTER_LEFT, "BOS+quote"))
    extras.append((n - 1, AFTER_RIGHT, "EOS"))
    return extras


def bigram_pairs(attributes) -> dict[tuple[str, str], str]:
    """(word before, word) -> its bigram feature (`sentence_extras`' `bi=`), for every bigram
    feature among `attributes`: a sentence's pairs are looked up without building their strings.
    A feature whose words hold "|" is listed under every way to split it; only the pair that
    spells it can find it, so every pair finds exactly the feature `sentence_extras` would build."""
    pairs: dict[tuple[str, str], str] = {}
    for attribute in attributes:
        if attribute.startswith("bi="):
            rest = attribute[3:]
            at = rest.find("|")
            while at >= 0:
                pairs[(rest[:at], rest[at + 1:])] = attribute
                at = rest.find("|", at + 1)
    return pairs


def sequence_features(tokens: Sequence[Token], lang: str,
                      known: Sequence[tuple[int, int, str, str]] | None = None,
                      attributes: frozenset[str] | None = None) -> list[list[str]]:
    """Feature lists for one sentence (the CRF's item sequence): per token its word's features
    (`word_view`), those its neighbours give it at -2, -1, +1, +2, and the sentence's
    (`sentence_extras`); `known` as for `gazetteer_features`; `attributes`: only these features
    (a model's, for tagging; see `model_view`).

    `viterbi.ScoreTagger` adds up the same features as weights, from the same word views and
    `sentence_extras` (tests/entities/test_viterbi.py compares the two taggers' labels)."""
    if attributes is None:
        views = [word_view(t.text, lang) for t in tokens]
    else:
        views = [model_view(t.text, lang, attributes) for t in tokens]
    n = len(views)
    places: list[tuple[list[str], list[str], list[str]]] = [([], [], []) for _ in range(n)]
    for i, place, feature in sentence_extras(tokens, lang, known, [view[5][0] for view in views]):
        if attributes is None or feature in attributes:
            places[i][place].append(feature)
    out = []
    for i in range(n):
        with_word, after_left, after_right = places[i]
        feats = list(views[i][0])
        feats += with_word
        if i >= 2:
            feats += views[i - 2][3]
        if i >= 1:
            feats += views[i - 1][1]
        feats += after_left
        if i + 1 < n:
            feats += views[i + 1][2]
        feats += after_right
        if i + 2 < n:
            feats += views[i + 2][4]
        out.append(feats)
    return out
