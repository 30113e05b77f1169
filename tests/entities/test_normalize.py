"""Base forms of mentions: the brief's examples and their Russian counterparts."""
from __future__ import annotations

import pytest

from podiya.entities.normalize import exceptions, normalize_mention


@pytest.mark.parametrize("text, lang, etype, base", [
    ("Терези Мей", "uk", "PER", "Тереза Мей"),
    ("Мей", "uk", "PER", "Мей"),
    ("Меркель", "uk", "PER", "Меркель"),
    ("Дональда Трампа", "uk", "PER", "Дональд Трамп"),
    ("Путіна", "uk", "PER", "Путін"),
    ("Міжнародним газовим союзом", "uk", "ORG", "Міжнародний газовий союз"),
    ("Центру близькосхідних досліджень", "uk", "ORG", "Центр близькосхідних досліджень"),
    ("Верховної Ради України", "uk", "ORG", "Верховна Рада України"),
    ("Верховна Рада України", "uk", "ORG", "Верховна Рада України"),
    ("Північного потоку-2", "uk", "PRO", "Північний потік-2"),
    ("«Економічну правду»", "uk", "PRO", "«Економічна правда»"),
    ("Сполучених Штатів", "uk", "LOC", "Сполучені Штати"),
    ("Києві", "uk", "LOC", "Київ"),
    ("Аравійському морі", "uk", "LOC", "Аравійське море"),     # "морі" is also a form of "мор": the KB's name wins
    ("Чорному морі", "uk", "LOC", "Чорне море"),
    ("Кракові", "uk", "LOC", "Краків"),
    ("Асію Бібі", "uk", "PER", "Асія Бібі"),       # an unknown name: no base ends in a vowel and "ь"
    ("Асією Бібі", "uk", "PER", "Асія Бібі"),
    ("Баку", "uk", "LOC", "Баку"),
    ("Білого дому", "uk", "LOC", "Білий дім"),
    ("ЄС", "uk", "ORG", "ЄС"),
    ("Brexit", "uk", "EVT", "Brexit"),
    ("Терезы Мэй", "ru", "PER", "Тереза Мэй"),
    ("Владимира Путина", "ru", "PER", "Владимир Путин"),
    ("Путина", "ru", "PER", "Путин"),
    ("Ангелы Меркель", "ru", "PER", "Ангела Меркель"),
    ("Доминика Рааба", "ru", "PER", "Доминик Рааб"),
    ("Маттео Сальвини", "ru", "PER", "Маттео Сальвини"),
    ("Международным газовым союзом", "ru", "ORG", "Международный газовый союз"),
    ("Верховного суда Пакистана", "ru", "ORG", "Верховный суд Пакистана"),
    ("Государственной думы", "ru", "ORG", "Государственная дума"),
    ("Северного потока-2", "ru", "PRO", "Северный поток-2"),
    ("Соединенных Штатов", "ru", "LOC", "Соединенные Штаты"),
    ("Киеве", "ru", "LOC", "Киев"),
    ("Баку", "ru", "LOC", "Баку"),
])
def test_base_forms(text, lang, etype, base):
    assert normalize_mention(text, lang, etype) == base


def test_keeps_lower_case_style():
    assert normalize_mention("верховної ради україни", "uk", "ORG") == "верховна рада україни"


def test_idempotent_on_its_own_output():
    for text, lang, etype in [("Терези Мей", "uk", "PER"), ("Верховної Ради", "uk", "ORG"),
                              ("Терезы Мэй", "ru", "PER"), ("Соединенных Штатов", "ru", "LOC")]:
        once = normalize_mention(text, lang, etype)
        assert normalize_mention(once, lang, etype) == once


def test_other_languages_and_empty_are_kept():
    assert normalize_mention("Theresa May's", "en", "PER") == "Theresa May's"
    assert normalize_mention("  ", "uk", "PER") == ""


def test_exceptions_file_loads_with_ids():
    table = exceptions()
    assert table[("uk", "name", "терези")] == "тереза"


from hypothesis import given, settings, strategies as st  # noqa: E402

_word = st.text(alphabet="абвгдеєжзиіїйклмнопрстуфхцчшщьюяАБВГДЕЖЗИІКЛМНОПРСТУФХЦЧШЩЮЯ'-", min_size=1, max_size=12)


@settings(max_examples=150, deadline=None)
@given(words=st.lists(_word, min_size=1, max_size=4), lang=st.sampled_from(["uk", "ru"]),
       etype=st.sampled_from(["PER", "ORG", "LOC", "EVT", "PRO"]))
def test_any_cyrillic_mention_keeps_its_word_count(words, lang, etype):
    text = " ".join(words)
    base = normalize_mention(text, lang, etype)
    assert len(base.split()) == len(text.split())


def test_kb_name_only_when_it_is_a_form_of_the_mention(monkeypatch):
    import podiya.entities.normalize as normalize

    class Entry:
        def __init__(self, name):
            self._name = name

        def name(self, lang):
            return self._name

    class FakeKB:
        names = {"Києві": "Київ", "Брексіт": "Брекзит", "ЄС": "Європейський Союз"}

        def lookup(self, text, lang):
            return [Entry(self.names[text])] if text in self.names else []

    monkeypatch.setattr(normalize, "_kb", lambda: FakeKB())
    assert normalize._kb_name("Києві", "uk") == "Київ"
    assert normalize._kb_name("Брексіт", "uk") is None      # a spelling variant, not a form
    assert normalize._kb_name("ЄС", "uk") is None           # an acronym keeps its form
    assert normalize.normalize_mention("Брексіт", "uk", "EVT") == "Брексіт"
