"""Reading one regex match of the time grammar into a `Spec`, with the checks a regex cannot make.

A bare month needs a preposition before it ("у жовтні"), "1500 осіб" is a count and not a year,
"напередодні виборів" is the eve of an event, "№ 2019" a law number: these checks look at the text
around the match (and, for the genitive test, at the next word's morphology).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import Lexicon, load_lexicon, normalize_form
from .spec import Spec

if TYPE_CHECKING:
    from .grammar import Grammar

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "Х": 10, "І": 1}


def _number(lex: Lexicon, text: str | None) -> float | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    entry = lex.lookup("number", text)
    return float(entry.value) if entry else None


def _roman(text: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total or None


def _previous_word(text: str, start: int) -> str:
    before = text[max(0, start - 40):start].rstrip()
    m = re.search(r"(\S+)$", before)
    return m.group(1).strip("(«\"'“„").lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s*([^\s]+)", text[end:end + 40])
    return m.group(1) if m else ""


_YEAR_LIST_AFTER = re.compile(r"(?:\s*,\s*|\s+(?:і|й|та|и|and|or|або|или)\s+)\d{4}(?!\d)")
_YEAR_LIST_BEFORE = re.compile(r"\d{4}(?:\s*,\s*|\s+(?:і|й|та|и|and|or|або|или)\s+)$")


def _in_year_list(text: str, start: int, end: int) -> bool:
    """"за 2015, 2014 і 2013 роки": each year of a list counts, not only the one with "роки"."""
    return bool(_YEAR_LIST_AFTER.match(text, end) or _YEAR_LIST_BEFORE.search(text[max(0, start - 12):start]))


def _genitive_follows(text: str, end: int, lang: str) -> bool:
    """A lowercase noun or adjective in the genitive right after ("напередодні виборів")."""
    word = _next_word(text, end).strip(".,;:!?»\"")
    if not word or not word[0].islower() or lang not in ("uk", "ru"):
        return False
    from ..language.morphology import analyze
    analyses = analyze(word, lang)
    if any(a.pos in ("VERB", "ADVB", "NPRO", "PREP", "CONJ", "INFN") for a in analyses):
        return False
    return any(a.case == "gent" and a.pos in ("NOUN", "ADJF") for a in analyses)


def _after_number_sign(lex: Lexicon, text: str, start: int) -> bool:
    """"№ 2019", "ст. 2019": a law, page or article number, not a year."""
    before = text[max(0, start - 8):start].rstrip()
    return any(before.endswith(sign) for sign in lex.forms("number_sign"))


def _has_date_context(g: Grammar, text: str, start: int) -> bool:
    return g.lexicon.has("context", _previous_word(text, start))


@lru_cache(maxsize=None)
def _quantity_pattern(lang: str) -> re.Pattern:
    """A percent sign, a decimal part or a counted word ("млн", "гривень") right after a number."""
    words = "|".join(re.escape(w) for w in sorted(load_lexicon(lang).forms("quantity_word"), key=len, reverse=True))
    return re.compile(rf"\s*%|[.,]\d|\s*(?:{words})", re.IGNORECASE)


def _looks_like_quantity(text: str, end: int, lang: str = "en") -> bool:
    """A number followed by %, a decimal part or a lowercase noun ("1500 осіб") is not a year."""
    if _quantity_pattern(lang).match(text, end):
        return True
    if lang == "en":   # English puts any word after a year ("In 2019 he left")
        return False
    word = _next_word(text, end)
    word_core = word.strip(".,;:!?)»\"'")
    if not (word_core and word_core[0].isalpha() and word_core[0].islower()
            and not load_lexicon(lang).has("list_word", word_core) and word == word_core):
        return False
    if lang in ("uk", "ru"):   # "у 1999 очолив": a verb after a year is no counted noun
        from ..language.morphology import analyze
        return not any(a.pos in ("VERB", "ADVB", "PREP", "CONJ", "PRCL") for a in analyze(word_core, lang))
    return True


def _capitalized(g: Grammar, word: str | None) -> bool:
    """English month and weekday names are written with a capital ("May" against "may")."""
    return g.lang != "en" or word is None or word[:1].isupper()


def read_match(g: Grammar, m: re.Match, text: str) -> Spec | None:
    """The Spec of one regex match, or None when the context shows it is not a date."""
    family = m.lastgroup[2:]   # the family's wrapper group f_<family> is the last to close
    lex = g.lexicon
    get = m.group
    start, end = m.start(), m.end()
    fuzzy_text = get(f"{family}_fz") if f"{family}_fz" in m.re.groupindex else None
    fuzzy = lex.lookup("fuzzy", fuzzy_text).value if fuzzy_text else None

    def month_of(word: str | None) -> int | None:
        if word is None:
            return None
        entry = lex.lookup("month", word)
        return int(entry.value) if entry else None

    def day_of(word: str | None) -> int | None:
        return int(re.match(r"\d+", word).group()) if word else None

    if family == "an":
        if lex.has("eve", get(0)) and _genitive_follows(text, end, g.lang):
            return None   # "напередодні виборів": the eve of an event, not of a time
        unit, _, offset = lex.lookup("anaphor", get(0)).value.partition(":")
        return Spec(start, end, "anaphor", unit=unit, offset=int(offset))
    if family == "rd":
        return Spec(start, end, "shift", unit="day", offset=int(lex.lookup("relday", get(0)).value))
    if family in ("ago", "lat", "lp"):
        n_text, unit_text = get(f"{family}_n"), get(f"{family}_u")
        if family == "ago" and n_text is None:
            n_text = get("ago_n2")          # "років два тому"
        unit = lex.lookup("unit", unit_text).value
        entry = lex.lookup("number", n_text) if n_text else None
        if entry is not None and entry.value == "vague":
            if family != "ago":
                return None   # "через кілька днів" is left out; "кілька років тому" is a time without value
            return Spec(start, end, "shift", unit=unit, offset=None)
        n = _number(lex, n_text) if n_text else 1
        if n is None:
            return None
        if unit == "halfyear":          # "півроку тому", "полгода назад": six months
            unit, n = "month", 6 * n
        elif unit == "year" and n == 0.5:   # "пів року тому"
            unit, n = "month", 6
        if n != int(n):
            return None  # a fraction of a day or week has no value of that granularity
        if family == "ago":
            return Spec(start, end, "shift", unit=unit, offset=-int(n))
        if family == "lat":
            if get("lat_after"):   # "через два роки після ...": from an earlier time, not from now
                return Spec(start, end, "anaphor", unit=unit, offset=int(n))
            return Spec(start, end, "shift", unit=unit, offset=int(n), past_counts_from_previous=True)
        return Spec(start, end, "anaphor", unit=unit, offset=int(n))
    if family == "iso":
        y, mo, d = int(get("iso_y")), int(get("iso_m")), int(get("iso_d"))
        return Spec(start, end, "date", year=y, month=mo, day=d) if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if family == "dot":
        mo, d = int(get("dot_m")), int(get("dot_d"))
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        if get("dot_y") is None:   # "16.11": a day of the article's year, if it is not a number
            if len(get("dot_m")) != 2 or _looks_like_quantity(text, end, g.lang):
                return None
            return Spec(start, end, "date", month=mo, day=d)
        y = int(get("dot_y"))
        return Spec(start, end, "date", year=y + 2000 if y < 100 else y, month=mo, day=d)
    if family == "dm":
        if not _capitalized(g, get("dm_m1")):
            return None
        m1, m2 = month_of(get("dm_m1")), month_of(get("dm_m2"))
        d1 = day_of(get("dm_d1"))
        d2 = day_of(get("dm_d2")) or day_of(get("dm_d3"))
        y = int(get("dm_y")) if get("dm_y") else None
        spec = Spec(start, end, "date", year=y, month=m1, day=d1, fuzzy=fuzzy)
        if get("dm_rm"):          # "25 листопада минулого року"
            if lex.lookup("unit", get("dm_ru")).value != "year":
                return None
            spec.year_offset, spec.year_anchor = int(lex.lookup("relmod", get("dm_rm")).value), "document"
        if get("dm_d3"):          # "30 червня – 2 липня": the first month is the start's
            spec.end_month, spec.end_day = m2, d2
        elif d2:
            if d2 <= d1:
                return None   # "25-20 липня" is no range; a later position may still match
            spec.end_month, spec.end_day = m1, d2
        if spec.end_month:
            spec.end_year = y
        return spec
    if family == "mdy":
        if not _capitalized(g, get("mdy_m")):
            return None
        mo, d1, d2 = month_of(get("mdy_m")), day_of(get("mdy_d1")), day_of(get("mdy_d2"))
        y = int(get("mdy_y")) if get("mdy_y") else None
        spec = Spec(start, end, "date", year=y, month=mo, day=d1)
        if d2:
            spec.end_year, spec.end_month, spec.end_day = y, mo, d2
        return spec
    if family == "myr":
        y1, y2 = int(get("myr_y1")), int(get("myr_y2"))
        m1, m2 = month_of(get("myr_m1")), month_of(get("myr_m2"))
        if (y2, m2) <= (y1, m1):
            return None
        return Spec(start, end, "month", year=y1, month=m1, end_year=y2, end_month=m2)
    if family == "yr":
        y1, y2_text = int(get("yr_y1")), get("yr_y2")
        y2 = int(y2_text) if len(y2_text) == 4 else y1 // 100 * 100 + int(y2_text)
        if len(y2_text) == 2 and not get("yr_dash"):
            return None
        if y2 <= y1 or y2 - y1 > 150:
            return None
        if not get("yr_ym") and _looks_like_quantity(text, end, g.lang) and not (
                _has_date_context(g, text, start) and 1900 <= y1 and y2 - y1 <= 30):
            return None
        if _after_number_sign(lex, text, start):
            return None
        return Spec(start, end, "year", year=y1, end_year=y2, fuzzy=fuzzy)
    if family == "dec":
        n = get("dec_n")
        code = n[:3] if len(n) == 4 else ("20" + n[0] if n[0] in "01" and len(n) == 2 and n != "10" else "19" + n[0])
        return Spec(start, end, "decade", code=code, fuzzy=fuzzy)
    if family == "decw":
        digit = lex.lookup("decade_word", get("decw_w")).value
        return Spec(start, end, "decade", code=("20" if digit == "0" else "19") + digit, fuzzy=fuzzy)
    if family == "cent":
        raw = get("cent_n")
        number = _roman(raw) if raw[0] in "XIVХІxivхі" else int(re.match(r"\d+", raw).group())
        if number is None or not 1 <= number <= 21:
            return None
        if get("cent_cm").lower() in {"ст.", "в."} and not raw[0].isalpha():
            return None   # "5 ст." is an article number, "XX ст." a century
        return Spec(start, end, "century", code=f"{number - 1:02d}", fuzzy=fuzzy)
    if family == "year":
        y = int(get("year_y"))
        ym = get("year_ym")
        if ym and lex.has("duration_mark", ym):
            return None
        if ym and ym.endswith(".") and text[end:end + 1].isalpha():
            # "2013 р.в." (рік випуску), "1948 р.н." (рік народження): the year alone
            return Spec(start, m.end("year_suf"), "year", year=y, fuzzy=fuzzy)
        if _after_number_sign(lex, text, start):
            return None
        if not ym and not get("year_suf"):
            if not (1900 <= y <= 2099) or _looks_like_quantity(text, end, g.lang):
                return None
            if not fuzzy and not _has_date_context(g, text, start) and not _in_year_list(text, start, end):
                return None
        return Spec(start, end, "year", year=y, fuzzy=fuzzy)
    if family == "mrel":
        if get("mrel_rm"):
            if lex.lookup("unit", get("mrel_u")).value != "year":
                return None
            offset, anchor = int(lex.lookup("relmod", get("mrel_rm")).value), "document"
        else:
            unit, _, n = lex.lookup("anaphor", get("mrel_an")).value.partition(":")
            if unit not in ("same", "year") and not (unit in ("day", "week", "month") and n == "0"):
                return None
            offset, anchor = int(n), "previous"
        if get("mrel_m"):
            spec = Spec(start, end, "month", month=month_of(get("mrel_m")), fuzzy=fuzzy)
        else:
            word = get("mrel_s")
            entry = lex.lookup("season", word) or lex.lookup("season_adv", word)
            spec = Spec(start, end, "season", season=entry.value, fuzzy=fuzzy)
        spec.year_offset, spec.year_anchor = offset, anchor
        return spec
    if family == "rel":
        offset = int(lex.lookup("relmod", get("rel_mod")).value)
        if get("rel_u"):
            unit = lex.lookup("unit", get("rel_u")).value
            # "наступного року" in a past story is the year after the story's time, not the article's
            return Spec(start, end, "shift", unit=unit, offset=offset, fuzzy=fuzzy,
                        past_counts_from_previous=offset > 0)
        if get("rel_s"):
            word = get("rel_s")
            entry = lex.lookup("season", word) or lex.lookup("season_adv", word)
            return Spec(start, end, "season", season=entry.value, offset=offset, fuzzy=fuzzy)
        if get("rel_w"):
            if not _capitalized(g, get("rel_w")):
                return None
            return Spec(start, end, "weekday", weekday=int(lex.lookup("weekday", get("rel_w")).value), offset=offset)
        if not _capitalized(g, get("rel_m")):
            return None
        return Spec(start, end, "month", month=month_of(get("rel_m")), offset=offset, fuzzy=fuzzy)
    if family == "ry":
        return Spec(start, end, "shift", unit="year", offset=int(lex.lookup("relyear", get("ry_w")).value), fuzzy=fuzzy)
    if family == "sy":
        word = get("sy_w")
        entry = lex.lookup("season", word) or lex.lookup("season_adv", word)
        return Spec(start, end, "season", season=entry.value, year=int(get("sy_y")), fuzzy=fuzzy)
    if family == "sa":
        return Spec(start, end, "season", season=lex.lookup("season_adv", get("sa_w")).value, fuzzy=fuzzy)
    if family == "my":
        if not _capitalized(g, get("my_m1")):
            return None
        y = int(get("my_y")) if get("my_y") else None
        if y is None and not fuzzy and not _has_date_context(g, text, start):
            return None
        spec = Spec(start, end, "month", year=y, month=month_of(get("my_m1")), fuzzy=fuzzy)
        if get("my_m2"):
            spec.end_year, spec.end_month = y, month_of(get("my_m2"))
        return spec
    if family == "wd":
        if not _capitalized(g, get("wd_w")):
            return None
        if not fuzzy and not _has_date_context(g, text, start) and not re.match(r",?\s*\d", text[end:end + 4]):
            return None
        spec = Spec(start, end, "weekday", weekday=int(lex.lookup("weekday", get("wd_w")).value), fuzzy=fuzzy)
        if get("wd_w2"):          # "понеділок-вівторок"
            spec.extra["end_weekday"] = int(lex.lookup("weekday", get("wd_w2")).value)
        return spec
    if family == "adj":
        if not get(0)[0].islower():
            return None   # "Жовтневий район", "Октябрьская революция": names, not times
        if get("adj_w"):
            return Spec(start, end, "weekday", weekday=int(lex.lookup("weekday_adj", get("adj_w")).value))
        # the year may follow a few words later ("июньскими выборами 2017 года"): see stage.py
        return Spec(start, end, "month", month=int(lex.lookup("month_adj", get("adj_m")).value),
                    extra={"adjective": True})
    raise ValueError(f"time grammar family {family!r} has no reader")  # a family added without one
