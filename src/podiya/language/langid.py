"""Language identification: the alphabet first (fast, sure on whole articles), lingua when it is not.

Ukrainian and Russian share most of the Cyrillic alphabet; each has letters the other lacks
(і ї є ґ against ы э ъ ё). On a news article that difference decides almost always; lingua,
restricted to the configured languages, settles the rest (short or mixed texts).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from ..settings import Settings

_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")

# How much more frequent one side's own letters must be before the alphabet decides alone.
_MARGIN = 4
_SAMPLE = 5000


@lru_cache(maxsize=8)
def _lingua(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    # Low-accuracy mode: 29 MB instead of 200 MB; whole articles do not need the high-accuracy models.
    return (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
            .with_low_accuracy_mode().with_preloaded_language_models().build())


def _by_alphabet(sample: str, languages: tuple[str, ...]) -> str | None:
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if lat > 3 * cyr and "en" in languages:
        return "en"
    if cyr <= lat:
        return None
    uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
    # One side's own letters with none of the other's decide even in a short text.
    if "uk" in languages and uk and (ru == 0 or uk >= _MARGIN * ru):
        return "uk"
    if "ru" in languages and ru and (uk == 0 or ru >= _MARGIN * uk):
        return "ru"
    return None


def detect(text: str, languages: tuple[str, ...] = ("uk", "ru", "en"), fallback: str | None = None) -> str | None:
    """ISO 639-1 code of `text` among `languages`; `fallback` when nothing can decide."""
    sample = text[:_SAMPLE]
    lang = _by_alphabet(sample, languages)
    if lang:
        return lang
    if len(languages) > 1 and sample.strip():
        found = _lingua(tuple(sorted(languages))).detect_language_of(sample)
        if found is not None:
            return found.iso_code_639_1.name.lower()
    return fallback


class LanguageStage:
    """Sets doc.lang: the input's own language when it has one, else detected."""

    name = "language"
    requires: tuple[str, ...] = ("text",)
    provides: tuple[str, ...] = ("lang",)

    def __init__(self, settings: Settings):
        self.languages = tuple(settings.languages)
        self.fallback = settings.fallback_language

    def __call__(self, doc: Doc) -> Doc:
        if not doc.lang:
            doc.lang = detect(doc.text, self.languages, self.fallback)
        return doc
