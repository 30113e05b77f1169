"""The time lexicons (data/<lang>.tsv) and their one cached loader.

Each record is one line: id, kind, value, forms (separated by "|"), example. The kinds:
  month (1-12), weekday (1-7, ISO), month_adj / weekday_adj ("июньскими", "пятничной"), season / season_adv (SP SU FA WI; the _adv forms may stand
  alone, "влітку"), unit (day week month year: nouns counted or qualified, "тижня"), yearmark
  (what follows a year number, "року", "г."), centurymark ("століття"), decade_word (the decade
  digit, "дев'яностих" -> 9), relday (day offset, "вчора" -> -1), relmod (offset of the qualified
  unit, "минулого" -> -1), relyear (year offset words, "торік", "минулорічна"), anaphor ("unit:offset"
  against the previous time, "днем раніше" -> day:-1, "тоді ж" -> same:0), ago / later_pre /
  later_post (the words of "три роки тому", "через два тижні", "two days later"), number (number
  words, "двох" -> 2; "кілька" -> vague: a time without a value), fuzzy ("наприкінці": part of a
  period; the value stays the period's), approx / more ("понад 20 років тому", "два с лишним года
  назад"), after ("через два роки після ...": counted from an earlier time, not the article date).
Context words, used by the checks around a match: context (before a bare month, weekday or year:
"у жовтні"), list_word ("2015, 2014 і 2013 роки"), number_sign ("№ 2019" is no year),
duration_mark ("1500 років" is no year), quantity_word (the start of a word that counts after a
number: "2019 гривень", "млн"), eve ("напередодні виборів" is no time), subordinator
(starts a clause: "який", "что", "which"), stative ("сьогодні християни є ...": with a stative
present verb in its clause "сьогодні" means "nowadays", not the day).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..errors import DataFileError

KINDS = frozenset({
    "month", "weekday", "season", "season_adv", "unit", "yearmark", "centurymark", "decade_word",
    "relday", "relmod", "relyear", "anaphor", "ago", "later_pre", "later_post", "number", "fuzzy", "approx", "more", "after", "weekday_adj", "month_adj",
    # context words for the checks around a match
    "context", "list_word", "number_sign", "duration_mark", "eve", "subordinator", "quantity_word", "stative",
})
LANGUAGES = ("uk", "ru", "en")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "ё": "е", "Ё": "Е"})


def normalize_form(text: str) -> str:
    """Lookup key of a word or phrase: lower case, one apostrophe, ё as е, single spaces."""
    return " ".join(text.translate(_APOSTROPHES).lower().split())


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    value: str
    forms: tuple[str, ...]
    example: str
    line: int


@dataclass(frozen=True)
class Lexicon:
    lang: str
    entries: tuple[Entry, ...]
    # (kind, normalized form) -> entry; a form is unique within its kind.
    index: dict[tuple[str, str], Entry]

    def forms(self, kind: str) -> list[str]:
        return [f for e in self.entries if e.kind == kind for f in e.forms]

    def lookup(self, kind: str, text: str) -> Entry | None:
        return self.index.get((kind, normalize_form(text)))

    def has(self, kind: str, text: str) -> bool:
        return (kind, normalize_form(text)) in self.index

    def words(self, kind: str) -> frozenset[str]:
        return frozenset(normalize_form(f) for f in self.forms(kind))


def form_pattern(form: str) -> str:
    """Regex of one lexicon form: any apostrophe, е/ё alike, any run of spaces between words."""
    out = []
    for ch in form:
        if ch == "'":
            out.append("['’ʼ`]")
        elif ch in "её":
            out.append("[её]")
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    if lang not in LANGUAGES:
        raise ValueError(f"no time lexicon for {lang!r}; podiya has {', '.join(LANGUAGES)}")
    resource = files("podiya.times").joinpath("data", f"{lang}.tsv")
    path = f"podiya/times/data/{lang}.tsv"
    entries: list[Entry] = []
    index: dict[tuple[str, str], Entry] = {}
    seen_ids: set[str] = set()
    for number, raw in enumerate(resource.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 5:
            raise DataFileError(path, number, f"expected 5 tab-separated fields (id kind value forms example), got {len(fields)}")
        id_, kind, value, forms_field, example = (f.strip() for f in fields)
        if kind not in KINDS:
            raise DataFileError(path, number, f"unknown kind {kind!r}; known: {', '.join(sorted(KINDS))}")
        if id_ in seen_ids:
            raise DataFileError(path, number, f"duplicate id {id_!r}")
        forms = tuple(f.strip() for f in forms_field.split("|") if f.strip())
        if not forms:
            raise DataFileError(path, number, "no forms")
        entry = Entry(id_, kind, value, forms, example, number)
        seen_ids.add(id_)
        entries.append(entry)
        for form in forms:
            key = (kind, normalize_form(form))
            other = index.get(key)
            if other is not None and other.id != id_:
                raise DataFileError(path, number, f"form {form!r} of kind {kind} is already in {other.id} (line {other.line})")
            index[key] = entry
    return Lexicon(lang, tuple(entries), index)
