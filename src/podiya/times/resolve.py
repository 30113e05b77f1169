"""Values for specs: against the article date, the previous time in the text, or nothing.

TIMEX3-like values: "2025-10-09" (day), "2025-W41" (week), "2025-10" (month), "2025-SU" (season),
"2025" (year), "199" (decade), "19" (century). A weekday, a month or a season named without a year
takes the clause's tense: past -> the last one on or before the article date, future -> the next
one, else the one in the article's week or year. With no article date a relative expression gets
value None, never a guess.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .spec import Spec

SEASONS = ("WI", "SP", "SU", "FA")
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "year": 4, "decade": 5, "century": 6}


@dataclass
class Resolved:
    value: str | None
    granularity: str
    anchor: str | None
    end_value: str | None = None
    point: dt.date | None = None   # a representative day, for anaphora that count from it


def season_of(day: dt.date) -> tuple[int, str]:
    """(year, season) of a day; December belongs to the winter of its own year."""
    if day.month == 12:
        return day.year, "WI"
    if day.month <= 2:
        return day.year - 1, "WI"
    return day.year, ("SP", "SU", "FA")[(day.month - 3) // 3]


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def fmt(day: dt.date, granularity: str) -> str:
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "season":
        year, season = season_of(day)
        return f"{year:04d}-{season}"
    if granularity == "year":
        return f"{day.year:04d}"
    if granularity == "decade":
        return f"{day.year:04d}"[:3]
    return f"{day.year:04d}"[:2]


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(day, n)
    if unit == "season":
        return add_months(day, 3 * n)
    if unit == "year":
        return dt.date(day.year + n, day.month, min(day.day, 28) if day.month == 2 else day.day)
    raise ValueError(f"cannot shift by unit {unit!r}")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], base: dt.date, tense: str | None, *, strict_future: bool,
          fallback: dt.date) -> dt.date:
    """Choose among candidate days by tense: past -> last on or before base, future -> next after."""
    if tense == "past":
        before = [c for c in candidates if c <= base]
        return max(before) if before else fallback
    if tense == "futr":
        after = [c for c in candidates if (c > base if strict_future else c >= base)]
        return min(after) if after else fallback
    return fallback


def resolve_weekday(base: dt.date, weekday: int, tense: str | None, offset: int | None) -> dt.date:
    this_week = base + dt.timedelta(days=weekday - base.isoweekday())
    if offset is not None:   # "минулого понеділка" / "наступного понеділка" / "цього понеділка"
        if offset < 0:
            return this_week if this_week < base else this_week - dt.timedelta(weeks=1)
        if offset > 0:
            return this_week if this_week > base else this_week + dt.timedelta(weeks=1)
        return this_week
    candidates = [this_week + dt.timedelta(weeks=k) for k in (-1, 0, 1)]
    # "в пятницу" in a future clause of a Friday's article is that same Friday
    return _pick(candidates, base, tense, strict_future=False, fallback=this_week)


def resolve_month(base: dt.date, month: int, tense: str | None, offset: int | None) -> dt.date:
    this_year = dt.date(base.year, month, 1)
    here = dt.date(base.year, base.month, 1)
    if offset is not None:
        if offset < 0:
            return this_year if this_year < here else dt.date(base.year - 1, month, 1)
        if offset > 0:
            return this_year if this_year > here else dt.date(base.year + 1, month, 1)
        return this_year
    candidates = [dt.date(base.year + k, month, 1) for k in (-1, 0, 1)]
    return _pick(candidates, here, tense, strict_future=False, fallback=this_year)


def resolve_season(base: dt.date, season: str, tense: str | None, offset: int | None) -> dt.date:
    """The first day of the meant season (a winter starts in December of its year)."""
    def start(year: int) -> dt.date:
        return dt.date(year, _SEASON_START[season], 1)
    now_year, now_season = season_of(base)
    now_start = dt.date(now_year, _SEASON_START[now_season], 1)
    candidates = [start(base.year + k) for k in (-2, -1, 0, 1, 2)]
    current = now_start if now_season == season else start(base.year)
    if offset is not None and offset < 0 or offset is None and tense == "past":
        strictly = offset is not None
        return max(c for c in candidates if (c < now_start if strictly else c <= base))
    if offset is not None and offset > 0 or offset is None and tense == "futr":
        return min(c for c in candidates if (c > now_start if offset is not None else c >= now_start))
    return current


# How far the nearest reading of "25 листопада" may lie on the wrong side of the article date
# before the clause's tense overrules it (tense from the nearest verb errs more often than that).
_TENSE_SLACK_DAYS = 45


def resolve_date_without_year(base: dt.date, month: int, day: int, tense: str | None,
                              weekday: int | None = None) -> dt.date | None:
    candidates = [d for d in (_safe_date(base.year + k, month, day) for k in (-1, 0, 1)) if d]
    if weekday is not None:   # "четверг, 12 июля": the year in which 12 July is a Thursday
        matching = [d for d in candidates if d.isoweekday() == weekday]
        candidates = matching or candidates
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: abs((d - base).days))
    if tense == "past" and (nearest - base).days > _TENSE_SLACK_DAYS:
        before = [c for c in candidates if c <= base]
        return max(before) if before else nearest
    if tense == "futr" and (base - nearest).days > _TENSE_SLACK_DAYS:
        after = [c for c in candidates if c >= base]
        return min(after) if after else nearest
    return nearest


def _year_from(spec: Spec, base: dt.date | None, previous: list[Resolved]) -> tuple[int | None, str | None]:
    """The year of a month/date named with a relative year ("минулого року", "того ж року")."""
    if spec.year_anchor == "previous":
        for earlier in reversed(previous):
            if earlier.point is not None and GRANULARITY_RANK.get(earlier.granularity, 9) <= GRANULARITY_RANK["year"]:
                return earlier.point.year + spec.year_offset, "previous"
    if base is None:
        return None, None
    return base.year + spec.year_offset, "document"


Tense = Callable[[Spec], str | None]


def resolve_spec(spec: Spec, base: dt.date | None, previous: list[Resolved], tense: Tense) -> Resolved:
    """The value of one spec; `previous` are the values resolved before it, in text order."""
    kind = spec.kind
    if spec.year is None and spec.year_offset is not None and kind in ("date", "month", "season"):
        year, anchor = _year_from(spec, base, previous)
        granularity = "day" if kind == "date" else kind
        if year is None:
            return Resolved(None, granularity, None)
        if kind == "season":
            return Resolved(f"{year:04d}-{spec.season}", "season", anchor, None, dt.date(year, _SEASON_START[spec.season], 1))
        day = _safe_date(year, spec.month, spec.day or 1)
        if day is None:
            return Resolved(None, granularity, None)
        return Resolved(fmt(day, granularity), granularity, anchor, None, day)
    if kind == "date":
        if spec.year is not None:
            day = _safe_date(spec.year, spec.month, spec.day)
            end = _safe_date(spec.end_year or spec.year, spec.end_month, spec.end_day) if spec.end_day else None
            return Resolved(day.isoformat() if day else None, "day", "absolute", end.isoformat() if end else None, day)
        if base is None:
            return Resolved(None, "day", None)
        day = resolve_date_without_year(base, spec.month, spec.day, tense(spec), spec.extra.get("weekday"))
        end = None
        if day and spec.end_day:
            end = _safe_date(day.year + (1 if spec.end_month < spec.month else 0), spec.end_month, spec.end_day)
        return Resolved(day.isoformat() if day else None, "day", "document", end.isoformat() if end else None, day)
    if kind == "month":
        if spec.year is not None:
            day = dt.date(spec.year, spec.month, 1)
            end = dt.date(spec.end_year or spec.year, spec.end_month, 1) if spec.end_month else None
            return Resolved(fmt(day, "month"), "month", "absolute", fmt(end, "month") if end else None, day)
        if base is None:
            return Resolved(None, "month", None)
        day = resolve_month(base, spec.month, tense(spec), spec.offset)
        end = None
        if spec.end_month:
            end = dt.date(day.year + (1 if spec.end_month < spec.month else 0), spec.end_month, 1)
        return Resolved(fmt(day, "month"), "month", "document", fmt(end, "month") if end else None, day)
    if kind == "year":
        end = f"{spec.end_year:04d}" if spec.end_year else None
        return Resolved(f"{spec.year:04d}", "year", "absolute", end, dt.date(spec.year, 7, 1))
    if kind in ("decade", "century"):
        return Resolved(spec.code, kind, "absolute")
    if kind == "season":
        if spec.year is not None:
            day = dt.date(spec.year, _SEASON_START[spec.season], 1)
            return Resolved(f"{spec.year:04d}-{spec.season}", "season", "absolute", None, day)
        if base is None:
            return Resolved(None, "season", None)
        day = resolve_season(base, spec.season, tense(spec), spec.offset)
        return Resolved(f"{day.year:04d}-{spec.season}", "season", "document", None, day)
    if kind == "weekday":
        if base is None:
            return Resolved(None, "day", None)
        day = resolve_weekday(base, spec.weekday, tense(spec), spec.offset)
        end = None
        if "end_weekday" in spec.extra:   # "понеділок-вівторок": the days after the first one
            end = day + dt.timedelta(days=(spec.extra["end_weekday"] - spec.weekday) % 7)
        return Resolved(day.isoformat(), "day", "document", end.isoformat() if end else None, day)
    if kind == "shift":
        granularity = spec.unit
        if spec.offset is None:         # "кілька років тому": a time, but no value
            return Resolved(None, granularity, None)
        if spec.past_counts_from_previous and previous and (base is None or tense(spec) == "past"):
            # "Через год ее приговорили": a year after the time the story was at
            return _resolve_anaphor(Spec(spec.start, spec.end, "anaphor", unit=spec.unit, offset=spec.offset),
                                    base, previous)
        if base is None:
            return Resolved(None, granularity, None)
        day = shift(base, spec.unit, spec.offset)
        if spec.unit == "week" and spec.offset == -1 and base.isoweekday() == 7:
            day = base   # on a Sunday, "минулого тижня" is the week now ending
        return Resolved(fmt(day, granularity), granularity, "document", None, day)
    if kind == "anaphor":
        return _resolve_anaphor(spec, base, previous)
    raise ValueError(f"no resolver for time spec kind {kind!r}")


def _resolve_anaphor(spec: Spec, base: dt.date | None, previous: list[Resolved]) -> Resolved:
    if spec.unit == "same":
        for earlier in reversed(previous):
            if earlier.value is not None:
                return Resolved(earlier.value, earlier.granularity, "previous", None, earlier.point)
        if base is None:
            return Resolved(None, "day", None)
        return Resolved(base.isoformat(), "day", "document", None, base)
    granularity = spec.unit
    needed = GRANULARITY_RANK[granularity]
    usable = [e for e in previous if e.point is not None and GRANULARITY_RANK.get(e.granularity, 9) <= needed]
    # A deadline mentioned in passing ("до 29 березня 2019 року") is rarely what "наступного дня"
    # counts from: prefer the latest time on or before the article date when there is one.
    settled = [e for e in usable if base is None or e.point <= base]
    for earlier in reversed(settled or usable):
        day = shift(earlier.point, spec.unit, spec.offset)
        return Resolved(fmt(day, granularity), granularity, "previous", None, day)
    if base is None:
        return Resolved(None, granularity, None)
    day = shift(base, spec.unit, spec.offset)
    return Resolved(fmt(day, granularity), granularity, "document", None, day)
