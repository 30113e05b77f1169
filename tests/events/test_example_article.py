"""The shared example article through the whole pipeline: the five events the brief names."""
from __future__ import annotations

import pytest

from podiya.doc import Article
from podiya.evaluate.events_gold import gold_text
from podiya.pipeline import Pipeline

STAGES = ["language", "segment", "morphology", "entities", "times", "events"]


def _countries(parties):
    return {p.country for p in parties}


@pytest.fixture(scope="module")
def events(example_article):
    text, date = gold_text(example_article)
    doc = Pipeline(stages=STAGES)(Article(id="dushanbe", text=text, date=date, lang="uk"))
    return doc, doc.events


def _find(events, etype, actor, recipient, symmetric=False):
    for e in events:
        pair = (_countries(e.actor), _countries(e.recipient))
        if e.type == etype and (pair == (actor, recipient) or symmetric and pair == (recipient, actor)):
            return e
    return None


def test_meeting_in_dushanbe(events):
    doc, found = events
    e = _find(found, "CONSULT", {"AZE"}, {"RUS"}, symmetric=True)
    assert e is not None, [(x.type, x.trigger.text) for x in found]
    assert e.date == "2025-10-09" and e.sentence == 0
    assert e.location is not None and e.location.country == "TJK"


def test_shooting_down(events):
    _, found = events
    e = _find(found, "ASSAULT", {"RUS"}, {"AZE"})
    assert e is not None and e.date == "2024"
    assert {p.sector for p in e.actor} == {"MIL"}


def test_putins_admission(events):
    _, found = events
    e = _find([x for x in found if x.trigger.text.startswith("визна")], "CONCEDE", {"RUS"}, {"AZE"})
    assert e is not None and e.date == "2025-10-09"


def test_bakus_demands(events):
    _, found = events
    assert _find(found, "REQUEST", {"AZE"}, {"RUS"}) is not None


def test_z_channels_displeasure(events):
    _, found = events
    e = _find(found, "ACCUSE", {"RUS"}, {"RUS"})
    assert e is not None
    assert [p.sector for p in e.actor] == ["MED"] and [p.sector for p in e.recipient] == ["GOV"]


def test_no_asserted_war_in_the_baltic(events):
    doc, found = events
    question = next(i for i, (s, e) in enumerate(doc.sentences) if "Балтиці" in doc.text[s:e])
    assert all(e.modality != "asserted" for e in found if e.sentence == question)


def test_cited_headline_yields_no_concession(events):
    """"Вибачення Путіна: чому РФ пішла на поступки Азербайджану" is the title of another piece,
    cited twice (line 7, line 41): the article's only concession is Putin's admission."""
    doc, found = events
    concessions = [e for e in found if e.type == "CONCEDE" and _countries(e.actor) == {"RUS"}]
    assert [e.trigger.text for e in concessions] == ["визнав"], [(e.trigger.text, e.sentence) for e in concessions]
