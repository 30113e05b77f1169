"""Values: tense for weekdays and months, anaphora, anchors, and no guessing without a date."""
from __future__ import annotations

import datetime as dt

import pytest

from podiya.times import find_times
from podiya.times.resolve import resolve_date_without_year, resolve_month, resolve_season, resolve_weekday

DATE = "2025-10-17"   # Friday
BASE = dt.date(2025, 10, 17)


@pytest.mark.parametrize("lang,text,value", [
    ("uk", "Вони зустрілися у четвер.", "2025-10-16"),
    ("uk", "Вони зустрінуться у четвер.", "2025-10-23"),
    ("uk", "Він приїхав минулого понеділка.", "2025-10-13"),
    ("ru", "В среду он заявил.", "2025-10-15"),
    ("ru", "В среду он заявит.", "2025-10-22"),
    ("en", "On Monday he said.", "2025-10-13"),
    ("en", "He will arrive on Monday.", "2025-10-20"),
])
def test_weekday_by_tense(lang, text, value):
    (found,) = find_times(text, DATE, lang)
    assert (found.value, found.granularity, found.anchor) == (value, "day", "document")


def test_month_and_season_by_tense():
    assert resolve_month(BASE, 11, "past", None) == dt.date(2024, 11, 1)
    assert resolve_month(BASE, 11, "futr", None) == dt.date(2025, 11, 1)
    assert resolve_month(BASE, 3, None, None) == dt.date(2025, 3, 1)
    assert resolve_month(BASE, 10, "futr", None) == dt.date(2025, 10, 1)
    assert resolve_season(BASE, "SU", "past", None) == dt.date(2025, 6, 1)
    assert resolve_season(BASE, "SU", "futr", None) == dt.date(2026, 6, 1)
    assert resolve_season(BASE, "WI", None, -1) == dt.date(2024, 12, 1)


def test_weekday_edges():
    assert resolve_weekday(BASE, 5, "futr", None) == BASE           # "в пятницу" on a Friday, future
    assert resolve_weekday(BASE, 5, "past", None) == BASE
    assert resolve_weekday(BASE, 5, None, -1) == dt.date(2025, 10, 10)
    assert resolve_weekday(BASE, 1, None, 1) == dt.date(2025, 10, 20)


def test_date_without_year_takes_the_nearest_unless_tense_overrules():
    assert resolve_date_without_year(dt.date(2018, 1, 5), 12, 28, None) == dt.date(2017, 12, 28)
    assert resolve_date_without_year(BASE, 10, 25, "past") == dt.date(2025, 10, 25)   # within the slack
    assert resolve_date_without_year(BASE, 4, 1, "futr") == dt.date(2026, 4, 1)
    # "четверг, 12 июля" read on 2018-07-10: the year where 12 July is a Thursday
    assert resolve_date_without_year(dt.date(2018, 7, 10), 7, 12, "past", weekday=4) == dt.date(2018, 7, 12)


def test_example_article_values(example_article):
    import re
    text = re.sub(r"^\s*date \d{4}-\d\d-\d\d\s*", "", example_article.read_text(encoding="utf-8")).strip()
    found = {t.text: t for t in find_times(text, DATE, "uk")}
    assert (found["9 жовтня"].value, found["9 жовтня"].granularity, found["9 жовтня"].anchor) == ("2025-10-09", "day", "document")
    assert (found["днем раніше"].value, found["днем раніше"].anchor) == ("2025-10-08", "previous")
    assert (found["минулорічна"].value, found["минулорічна"].granularity) == ("2024", "year")


def test_example_values_inline():
    text = ("Зустріч 9 жовтня в Душанбе. Минулорічна катастрофа літака. "
            "У кімнаті, де днем раніше приймали президента.")
    values = [(t.text, t.value, t.granularity, t.anchor) for t in find_times(text, DATE, "uk")]
    assert values == [("9 жовтня", "2025-10-09", "day", "document"),
                      ("Минулорічна", "2024", "year", "document"),
                      ("днем раніше", "2025-10-08", "day", "previous")]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зустріч 9 жовтня. Наступного дня він поїхав. Тоді ж заявив.",
     [("9 жовтня", "2025-10-09"), ("Наступного дня", "2025-10-10"), ("Тоді ж", "2025-10-10")]),
    ("ru", "Встреча 9 октября. Накануне он прибыл. В тот же день уехал.",
     [("9 октября", "2025-10-09"), ("Накануне", "2025-10-08"), ("В тот же день", "2025-10-08")]),
    ("en", "The talks on October 9. The day before he arrived.",
     [("October 9", "2025-10-09"), ("The day before", "2025-10-08")]),
    ("uk", "Угоду підписали в грудні 2010 року, а в лютому того ж року був візит.",
     [("грудні 2010 року", "2010-12"), ("лютому того ж року", "2010-02")]),
])
def test_anaphora_count_from_the_previous_time(lang, text, expected):
    found = find_times(text, DATE, lang)
    assert [(t.text, t.value) for t in found] == expected
    assert found[1].anchor == "previous"


def test_anaphora_prefer_a_settled_time_over_a_deadline():
    text = ("У вівторок 14 жовтня уряд погодив текст, який набуде чинності 29 березня 2026 року. "
            "Наступного дня міністр пішов у відставку.")
    found = {t.text: t.value for t in find_times(text, DATE, "uk")}
    assert found["Наступного дня"] == "2025-10-15"


def test_weekday_with_date_is_one_expression():
    (found,) = find_times("У середу, 15 жовтня, він сказав.", DATE, "uk")
    assert (found.text, found.value) == ("середу, 15 жовтня", "2025-10-15")
    (found,) = find_times("Сегодня, 9 июля, он сказал.", "2018-07-09", "ru")
    assert (found.text, found.value) == ("Сегодня, 9 июля", "2018-07-09")


def test_without_article_date_relative_is_null_absolute_is_resolved():
    found = find_times("Вчора, 9 жовтня, у 2019 році і минулого тижня.", None, "uk")
    values = {t.text: t.value for t in found}
    assert values["2019 році"] == "2019"
    assert values["минулого тижня"] is None
    assert all(v is None for k, v in values.items() if k != "2019 році")


def test_past_story_counts_later_from_the_previous_time():
    found = find_times("Її заарештували в червні 2009 року. Через рік її засудили.", DATE, "uk")
    assert [(t.text, t.value, t.anchor) for t in found][1] == ("Через рік", "2010", "previous")
