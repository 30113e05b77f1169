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


@lru_cache(maxsize=20_000)
def _tag_fields(tag, lang: str) -> tuple:
    """(pos, case, number, gender, grammemes) of a pymorphy tag (hashed by its grammemes); a few
    thousand tags recur over all words, so each is read once."""
    grammemes = frozenset(tag.grammemes)
    # pymorphy3's POS is a str subclass whose == and hash run in Python (and == raises for a
    # string that is no grammeme); every later layer compares parts of speech, so a plain str.
    return (str(tag.POS) if tag.POS is not None else None,
            next(iter(grammemes & _CASES), None),
            # The uk dictionary marks only the plural; a declined form without "plur" is singular.
            next(iter(grammemes & _NUMBERS), None) or ("sing" if grammemes & _CASES else None),
            next(iter(grammemes & _GENDERS), None),
            grammemes)


def _to_analysis(parse, lang: str) -> Analysis:
    pos, case, number, gender, grammemes = _tag_fields(parse.tag, lang)
    return Analysis(lemma=parse.normal_form, pos=pos, case=case, number=number, gender=gender,
                    tags=grammemes, score=float(parse.score))


@lru_cache(maxsize=300_000)
def analyze(word: str, lang: str) -> tuple[Analysis, ...]:
    """Every reading of `word` (distinct lemma+tag), in the dictionary's order; () for punctuation."""
    if not any(ch.isalnum() for ch in word):
        return ()
    # pymorphy3 reads only the lower-cased word, except its initials units (a single capital
    # letter: "В" is an initial, "в" is not), so "Путін", "путін" and "ПУТІН" share one parse.
    return _analyze_form(word.lower() if len(word) > 1 else word, lang)


@lru_cache(maxsize=50_000)
def parses(word: str, lang: str) -> tuple:
    """pymorphy3's own parses of `word` (for inflect() and lexemes), shared by every caller.

    Case variants share one entry, as in `analyze`; a parse's `word` is always lower case. The
    cache is smaller than `analyze`'s: parses are big, and their callers (base forms of
    mentions) want the words of the document at hand.
    """
    if lang not in MORPH_LANGS:
        raise ValueError(f"no morphology dictionary for {lang!r}; podiya has {', '.join(MORPH_LANGS)}")
    form = word.lower() if len(word) > 1 else word
    if form != word:
        return parses(form, lang)
    return tuple(analyzer(lang).parse(word))


@lru_cache(maxsize=300_000)
def _analyze_form(word: str, lang: str) -> tuple[Analysis, ...]:
    if lang in MORPH_LANGS:
        seen: set[tuple[str, str]] = set()
        out = []
        for parse in parses(word, lang):
            key = (parse.normal_form, str(parse.tag))
            if key not in seen:
                seen.add(key)
                out.append(_to_analysis(parse, lang))
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
