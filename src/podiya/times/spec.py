"""What one matched time expression says, before it is resolved (grammar -> Spec -> resolve)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Spec:
    """What one matched expression says, before it is resolved against a date."""

    start: int
    end: int
    kind: str                  # date month year season decade century weekday shift anaphor
    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    weekday: int | None = None
    code: str | None = None    # decade "199", century "19"
    unit: str | None = None    # for shift/anaphor and relmod: day week month year season weekday
    offset: int | None = None  # shift amount; relmod offset for month/season/weekday
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    fuzzy: str | None = None
    # A month or season named with a relative year ("листопаді минулого року", "грудня того ж року"):
    # the year is the article's (anchor "document") or the previous time's ("previous") plus this.
    year_offset: int | None = None
    year_anchor: str | None = None
    # A shift that counts from the previous time when the clause is past ("через год" in a story).
    past_counts_from_previous: bool = False
    extra: dict = field(default_factory=dict)
