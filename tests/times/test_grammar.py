"""Detection and rejection, one construction family per test, in uk, ru and en."""
from __future__ import annotations

import pytest

from podiya.times import find_times

DATE = "2025-10-17"   # a Friday; ISO week 42


def spans(text: str, lang: str, date: str | None = DATE) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.value, t.granularity) for t in find_times(text, date, lang)]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Зустріч відбулася 9 жовтня.", [("9 жовтня", "2025-10-09", "day")]),
    ("uk", "У жовтні 2024 року він приїхав.", [("жовтні 2024 року", "2024-10", "month")]),
    ("uk", "Це сталося 2019 року.", [("2019 року", "2019", "year")]),
    ("uk", "Від 21.01.2021 та 2021-01-21.", [("21.01.2021", "2021-01-21", "day"), ("2021-01-21", "2021-01-21", "day")]),
    ("ru", "В 2014 году он приехал.", [("2014 году", "2014", "year")]),
    ("ru", "В октябре 2024 года.", [("октябре 2024 года", "2024-10", "month")]),
    ("ru", "Решение от 7 ноября 2018 г.", [("7 ноября 2018 г.", "2018-11-07", "day")]),
    ("en", "The meeting took place on October 9.", [("October 9", "2025-10-09", "day")]),
    ("en", "It happened on 9 October 2025.", [("9 October 2025", "2025-10-09", "day")]),
    ("en", "March 29, 2019 is the date.", [("March 29, 2019", "2019-03-29", "day")]),
])
def test_explicit_dates(lang, text, expected):
    assert spans(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Саміт 25-26 липня.", [("25-26 липня", "2025-07-25", "day")]),
    ("uk", "У травні-червні він працював.", [("травні-червні", "2025-05", "month")]),
    ("uk", "З 2014 по 2022 рік він працював.", [("2014 по 2022 рік", "2014", "year")]),
    ("ru", "В 1991-1994гг. он работал.", [("1991-1994гг.", "1991", "year")]),
])
def test_ranges_carry_end_value(lang, text, expected):
    found = find_times(text, DATE, lang)
    assert [(t.text, t.value, t.granularity) for t in found] == expected
    assert found[0].end_value in {"2025-07-26", "2025-06", "2022", "1994"}


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Наприкінці лютого він поїхав.", [("Наприкінці лютого", "2025-02", "month")]),
    ("uk", "На початку 2020 року почалась пандемія.", [("На початку 2020 року", "2020", "year")]),
    ("uk", "В середині 90-х він працював.", [("В середині 90-х", "199", "decade")]),
    ("ru", "В конце февраля он уехал.", [("В конце февраля", "2025-02", "month")]),
    ("en", "At the end of February.", [("At the end of February", "2025-02", "month")]),
])
def test_fuzzy_keeps_the_period_value(lang, text, expected):
    assert spans(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "У дев'яностих роках.", [("дев'яностих роках", "199", "decade")]),
    ("uk", "У XX столітті.", [("XX столітті", "19", "century")]),
    ("ru", "В 1990-х годах и в XXI веке.", [("1990-х годах", "199", "decade"), ("XXI веке", "20", "century")]),
    ("en", "In the 1990s and the 20th century.", [("1990s", "199", "decade"), ("20th century", "19", "century")]),
])
def test_decades_and_centuries(lang, text, expected):
    assert spans(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Вчора він заявив.", [("Вчора", "2025-10-16", "day")]),
    ("uk", "Позавчора він заявив.", [("Позавчора", "2025-10-15", "day")]),
    ("uk", "Минулого тижня уряд заявив.", [("Минулого тижня", "2025-W41", "week")]),
    ("uk", "Торік він поїхав.", [("Торік", "2024", "year")]),
    ("uk", "Минулорічна катастрофа.", [("Минулорічна", "2024", "year")]),
    ("uk", "Через два тижні відбудуться вибори.", [("Через два тижні", "2025-W44", "week")]),
    ("uk", "Три роки тому він поїхав.", [("Три роки тому", "2022", "year")]),
    ("uk", "Цього літа буде саміт.", [("Цього літа", "2025-SU", "season")]),
    ("uk", "Наступного року буде саміт.", [("Наступного року", "2026", "year")]),
    ("uk", "У листопаді минулого року.", [("листопаді минулого року", "2024-11", "month")]),
    ("ru", "В прошлом году он уехал.", [("прошлом году", "2024", "year")]),
    ("ru", "На прошлой неделе он уехал.", [("прошлой неделе", "2025-W41", "week")]),
    ("ru", "Три года назад он уехал.", [("Три года назад", "2022", "year")]),
    ("ru", "Прошлогодняя катастрофа.", [("Прошлогодняя", "2024", "year")]),
    ("ru", "Этим летом будет саммит.", [("Этим летом", "2025-SU", "season")]),
    ("en", "Yesterday he said.", [("Yesterday", "2025-10-16", "day")]),
    ("en", "Last week he left.", [("Last week", "2025-W41", "week")]),
    ("en", "Three years ago he left.", [("Three years ago", "2022", "year")]),
])
def test_relative_expressions(lang, text, expected):
    assert spans(text, lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("uk", "Він прожив там два роки і сім днів, протягом тижня."),
    ("uk", "Йому 45 років."),
    ("uk", "Показник зріс на 15%."),
    ("uk", "Коштує 2019 гривень."),
    ("uk", "Прийшло 1500 осіб."),
    ("uk", "О 15:00 почалось засідання."),
    ("uk", "Згідно зі ст. 2019 та законом № 2019."),
    ("uk", "Лютий ворог."),
    ("uk", "Екологічна середа."),
    ("ru", "Он прожил два года там и семь дней тут."),
    ("ru", "Пришло 1500 человек."),
    ("ru", "Накануне референдума он прибыл."),
    ("ru", "Окружающей среды."),
    ("en", "He may come. The march was long."),
    ("en", "He spent two years there; it rose by 15%."),
    ("en", "It cost 2019 dollars."),
])
def test_rejections(lang, text):
    assert spans(text, lang) == []


def test_vague_ago_is_a_time_without_value():
    assert spans("Несколько лет назад.", "ru") == [("Несколько лет назад", None, "year")]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Влітку 2016 року відбувся референдум.", [("Влітку 2016 року", "2016-SU", "season")]),
    ("uk", "Навесні він поїхав.", [("Навесні", "2025-SP", "season")]),
    ("ru", "Осенью прошлого года.", [("Осенью прошлого года", "2024-FA", "season")]),
    ("en", "Last summer he left.", [("Last summer", "2025-SU", "season")]),   # the summer just past
])
def test_seasons(lang, text, expected):
    assert spans(text, lang) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Переговори пройдуть у понеділок-вівторок.", ("понеділок-вівторок", "2025-10-20", "2025-10-21")),
    ("ru", "Саммит 18-20 февраля 2009 г.", ("18-20 февраля 2009 г.", "2009-02-18", "2009-02-20")),
    ("uk", "У 1995-99 він керував.", ("1995-99", "1995", "1999")),
])
def test_more_ranges(lang, text, expected):
    (found,) = find_times(text, DATE, lang)
    assert (found.text, found.value, found.end_value) == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Дані за 2015, 2014 і 2013 роки.", ["2015", "2014", "2013 роки"]),
    ("uk", "Автомобіль 2013 р.в. та мати 1948 р.н.", ["2013", "1948"]),
    ("ru", "Перед июньскими выборами 2017 года.", ["июньскими", "2017 года"]),
    ("ru", "В пятничном заявлении.", ["пятничном"]),
])
def test_lists_model_years_and_adjectives(lang, text, expected):
    assert [t for t, _, _ in spans(text, lang)] == expected


def test_press_release_dateline_stands_in_for_a_missing_article_date():
    text = "КОМІСІЯ. 599 28.10.1999. Комісія проводить цього тижня своє останнє засідання."
    found = find_times(text, None, "uk")
    assert [(t.text, t.value, t.anchor) for t in found] == [
        ("28.10.1999", "1999-10-28", "absolute"), ("цього тижня", "1999-W43", "previous")]


@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Сьогодні християни є найбільш пригнобленою спільнотою.", []),
    ("uk", "Ми сьогодні обговорюємо ці документи.", [("сьогодні", "2025-10-17", "day")]),
    ("ru", "Сегодня ЕК обнародует доклад.", [("Сегодня", "2025-10-17", "day")]),
])
def test_today_as_the_day_not_as_nowadays(lang, text, expected):
    assert spans(text, lang) == expected


def test_only_words_the_pattern_contains_start_a_match():
    from podiya.times.grammar import grammar

    starts = grammar("uk").start_words
    # Month, unit and fuzzy words can begin an expression; list words and subordinators never do
    # (the scan would only try the whole pattern there in vain).
    assert {"листопада", "року", "на"} <= starts
    assert not {"та", "що"} & starts
