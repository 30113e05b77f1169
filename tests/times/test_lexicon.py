"""The time lexicons load, are well formed, and their loader reports bad records with file and line."""
from __future__ import annotations

import pytest

from podiya.errors import DataFileError
from podiya.times import lexicon as lexicon_module
from podiya.times.lexicon import KINDS, form_pattern, load_lexicon, normalize_form


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_every_language_has_months_weekdays_and_units(lang):
    lex = load_lexicon(lang)
    months = {e.value for e in lex.entries if e.kind == "month"}
    weekdays = {e.value for e in lex.entries if e.kind == "weekday"}
    units = {e.value for e in lex.entries if e.kind == "unit"}
    assert months == {str(m) for m in range(1, 13)}
    assert weekdays == {str(d) for d in range(1, 8)}
    assert units >= {"day", "week", "month", "year"}
    assert all(e.kind in KINDS and e.example for e in lex.entries)


# Kinds whose records' examples are time expressions on their own (the rest are context words).
_MATCHABLE = {"month", "weekday", "season", "season_adv", "unit", "yearmark", "centurymark", "decade_word",
              "relday", "relmod", "relyear", "anaphor", "ago", "later_pre", "later_post", "number", "fuzzy",
              "approx", "more", "weekday_adj", "month_adj"}


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_every_record_example_is_found(lang):
    from podiya.times import find_times
    missing = [e.id for e in load_lexicon(lang).entries
               if e.kind in _MATCHABLE and not find_times(e.example, "2025-10-17", lang)]
    assert missing == []


def test_lookup_ignores_case_apostrophe_and_yo():
    assert load_lexicon("uk").lookup("weekday", "П’ятницю").value == "5"
    assert load_lexicon("ru").lookup("anaphor", "днём ранее").value == "day:-1"
    assert normalize_form("  Днем   Раніше ") == "днем раніше"


def test_form_pattern_accepts_every_apostrophe():
    import re
    pattern = re.compile(form_pattern("п'ятниця"))
    assert all(pattern.fullmatch(w) for w in ("п'ятниця", "п’ятниця", "пʼятниця"))


def test_bad_record_names_file_and_line(monkeypatch, tmp_path):
    class FakeResource:
        def __init__(self, text):
            self.text = text

        def joinpath(self, *parts):
            return self

        def read_text(self, encoding):
            return self.text

    monkeypatch.setattr(lexicon_module, "files", lambda _: FakeResource("# c\nuk.x\tmonthh\t1\tсічня\tex\n"))
    load_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"uk.tsv:2: unknown kind 'monthh'"):
            load_lexicon("uk")
    finally:
        load_lexicon.cache_clear()


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="no time lexicon"):
        load_lexicon("de")
