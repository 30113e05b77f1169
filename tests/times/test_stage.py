"""TimeStage in the pipeline, find_times' contract and governing_time for the events layer."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from podiya.doc import Article
from podiya.pipeline import Pipeline
from podiya.times import find_times, governing_time


def _doc(text: str, date: str = "2025-10-17", lang: str = "uk"):
    return Pipeline(stages=["language", "segment", "morphology", "times"])(Article(id="t", text=text, lang=lang, date=date))


def test_stage_fills_sorted_times_with_the_contract_fields():
    doc = _doc("Зустріч відбулася 9 жовтня. Вчора він заявив, що торік було інакше.")
    assert [t.text for t in doc.times] == ["9 жовтня", "Вчора", "торік"]
    assert [t.start for t in doc.times] == sorted(t.start for t in doc.times)
    for t in doc.times:
        assert doc.text[t.start:t.end] == t.text
    dumped = doc.to_document().to_json_dict()["times"][0]
    assert dumped == {"start": 18, "end": 26, "text": "9 жовтня", "value": "2025-10-09",
                      "granularity": "day", "anchor": "document"}


def test_stage_uses_the_pipeline_tense():
    doc = _doc("Міністри зустрінуться у четвер.")
    assert doc.times[0].value == "2025-10-23"


def test_range_end_value_is_serialised():
    doc = _doc("Саміт пройде 25-26 липня.")   # future, read in October: next July
    dumped = doc.to_document().to_json_dict()["times"][0]
    assert (dumped["value"], dumped["end_value"]) == ("2026-07-25", "2026-07-26")


def test_unknown_language_gives_no_times():
    assert find_times("9 octobre", "2025-10-17", "fr") == []


def test_bad_date_is_a_clear_error():
    import pytest
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        find_times("9 жовтня", "17.10.2025", "uk")


def test_governing_time_prefers_the_same_clause():
    text = "Путін, який 9 жовтня прибув до Душанбе, у п'ятницю зустрівся з Алієвим."
    doc = _doc(text)
    trigger = text.index("зустрівся")
    governing = governing_time(doc, trigger, trigger + len("зустрівся"))
    assert governing is not None and governing.text == "п'ятницю"
    arrive = text.index("прибув")
    assert governing_time(doc, arrive, arrive + 6).text == "9 жовтня"


def test_governing_time_skips_other_subordinate_clauses():
    text = "Алієв, який 9 жовтня прибув до Душанбе, зустрівся з Путіним."
    doc = _doc(text)
    trigger = text.index("зустрівся")
    assert governing_time(doc, trigger, trigger + 9) is None


def test_governing_time_outside_any_sentence_is_none():
    doc = _doc("Без дат тут.")
    assert governing_time(doc, 0, 3) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789 .,-жовтнярокуйвчорав2019XIVст", max_size=60))
def test_offsets_always_slice_the_text(text):
    for t in find_times(text, "2025-10-17", "uk"):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
