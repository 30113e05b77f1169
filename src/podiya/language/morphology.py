"""Morphology with pymorphy3 (uk and ru dictionaries), every analysis kept.

The Ukrainian dictionary gives every parse the same score (no ranking: "Баку" parses as "бак"
first), so podiya never trusts the first parse alone: `analyze` returns all of them, and the
later layers choose by context (proper-name tags, agreement, capitalisation). English words get
a lemma from simplemma and no grammemes.
"""
from __future__ import annotations

from functools import lru_cache

from ..doc import Analysis, Doc
from ..settings import Settings

_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})
_NUMBERS = frozenset({"sing", "plur"})
_GENDERS = frozenset({"masc", "femn", "neut", "ms-f"})
MORPH_LANGS = ("uk", "ru")


@lru_cache(maxsize=2)
def analyzer(lang: str):
    """The shared pymorphy3 analyzer of `lang` ('uk' or 'ru'); loaded once per process."""
    if lang not in MORPH_LANGS:
        raise ValueError(f"no morphology dictionary for {lang!r}; podiya has {', '.join(MORPH_LANGS)}")
    import pymorphy3
    return pymorphy3.MorphAnalyzer(lang=lang)


def _to_analysis(parse) -> Analysis:
    grammemes = frozenset(parse.tag.grammemes)
    return Analysis(
        lemma=parse.normal_form,
        pos=parse.tag.POS,
        case=next(iter(grammemes & _CASES), None),
        # The uk dictionary marks only the plural; a declined form without "plur" is singular.
        number=next(iter(grammemes & _NUMBERS), None) or ("sing" if grammemes & _CASES else None),
        gender=next(iter(grammemes & _GENDERS), None),
        tags=grammemes,
        score=float(parse.score),
    )


@lru_cache(maxsize=300_000)
def analyze(word: str, lang: str) -> tuple[Analysis, ...]:
    """Every reading of `word` (distinct lemma+tag), in the dictionary's order; () for punctuation."""
    if not any(ch.isalnum() for ch in word):
        return ()
    if lang in MORPH_LANGS:
        seen: set[tuple[str, str]] = set()
        out = []
        for parse in analyzer(lang).parse(word):
            key = (parse.normal_form, str(parse.tag))
            if key not in seen:
                seen.add(key)
                out.append(_to_analysis(parse))
        return tuple(out)
    if lang == "en":
        return (Analysis(lemma=_english_lemma(word.lower()), pos=None),)
    return (Analysis(lemma=word.lower(), pos=None),)


@lru_cache(maxsize=100_000)
def _english_lemma(word: str) -> str:
    import simplemma
    return simplemma.lemmatize(word, lang="en")


class MorphologyStage:
    name = "morphology"
    requires: tuple[str, ...] = ("tokens", "lang")
    provides: tuple[str, ...] = ("morphology",)

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or self.settings.fallback_language
        for token in doc.tokens:
            token.analyses = analyze(token.text, lang)
        return doc
