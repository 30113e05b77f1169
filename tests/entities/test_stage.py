"""The entity stage end to end: the shared example article and English text."""
import re

import pytest

from podiya.doc import Article

@pytest.fixture(scope="module")
def example(pipeline, example_article):
    raw = example_article.read_text(encoding="utf-8")
    header = re.match(r"\s*date (\d{4}-\d\d-\d\d)\s*", raw)
    doc = pipeline(Article(id="example", text=raw[header.end():], date=header.group(1)))
    by_name = {e.name: e for e in doc.entities}
    return doc, by_name


def _forms(entity):
    return {m.text for m in entity.mentions}


def test_example_people(example):
    doc, by_name = example
    assert "Ільхам Алієв" in by_name and by_name["Ільхам Алієв"].country == "AZE"
    putin = by_name["Владімір Путін"]
    assert putin.key == "Q7747" and (putin.country, putin.sector) == ("RUS", "GOV")
    assert {"Путін", "Путіна", "Правитель Росії", "правителю Росії"} <= _forms(putin)
    office = [m for m in putin.mentions if m.text == "Правитель Росії"]
    assert office[0].model_dump().get("kind") == "office"
    assert by_name["Сергій Данилов"].type == "PER"


def test_example_places_and_metonymy(example):
    doc, by_name = example
    russia = by_name["Росія"]
    assert {"Росія", "РФ"} <= _forms(russia)
    assert not any(e.name == "РФ" for e in doc.entities)
    for name in ("Душанбе", "Азербайджан", "Вірменія", "Туреччина", "Іран", "Україна"):
        assert by_name[name].type == "LOC", name
    assert (by_name["Баку"].country, by_name["Баку"].sector) == ("AZE", "GOV")
    for name in ("Москва", "Кремль"):
        assert (by_name[name].country, by_name[name].sector) == ("RUS", "GOV"), name


def test_example_products_and_organisations(example):
    doc, by_name = example
    assert by_name["Панцир"].type == "PRO"
    assert by_name["Центр близькосхідних досліджень"].type == "ORG"
    assert (doc.text.index("азербайджанського"), doc.text.index("азербайджанського") + 17, "AZE") \
        in doc.extras["country_adjectives"]


def test_every_mention_points_into_the_text(example):
    doc, _ = example
    for entity in doc.entities:
        for m in entity.mentions:
            assert doc.text[m.start:m.end] == m.text


def test_english_entities(pipeline):
    text = "Russian President Vladimir Putin met Ilham Aliyev in Dushanbe. The European Union was silent."
    doc = pipeline(Article(id="en", text=text, lang="en", date="2025-10-17"))
    found = {(m.text, e.type) for e in doc.entities for m in e.mentions}
    assert ("Vladimir Putin", "PER") in found and ("Dushanbe", "LOC") in found
    assert ("European Union", "ORG") in found or ("The European Union", "ORG") in found
