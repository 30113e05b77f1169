"""Attacks aimed at a place: the city after "обстріляла", "удар по", "атаковала" is the target, coded
as its country with no sector (the city stays the event's place); a city after "в/у" is only where
something happens. The sentences are made up for these tests."""
from __future__ import annotations

import pytest

from .conftest import codes, run

@pytest.mark.parametrize(("text", "lang", "actor", "city"), [
    ("Росія вночі обстріляла Харків.", "uk", "RUS GOV", "Харків"),
    ("Росія завдала ракетного удару по Одесі.", "uk", "RUS GOV", "Одеса"),
    ("Вночі Росія атакувала Одесу ударними дронами.", "uk", "RUS GOV", "Одеса"),
    ("Російські війська обстріляли Херсон.", "uk", "RUS MIL", "Херсон"),
    ("Россия обстреляла Харьков ночью.", "ru", "RUS GOV", "Харьков"),
    ("Российские войска нанесли ракетный удар по Киеву.", "ru", "RUS MIL", "Киев"),
    ("Russia shelled Kharkiv overnight.", "en", "RUS GOV", "Kharkiv"),
    ("Russia launched missiles at Kyiv.", "en", "RUS GOV", "Kyiv"),
    ("Харків було обстріляно російськими військами.", "uk", "RUS MIL", "Харків"),
    ("Kharkiv was shelled by Russia overnight.", "en", "RUS GOV", "Kharkiv"),
], ids=["uk-shell", "uk-po-dative", "uk-drones", "uk-troops", "ru-shell", "ru-capital", "en-shell", "en-at",
        "uk-impersonal-passive", "en-passive"])
def test_attack_on_a_city_targets_its_country(pipeline, text, lang, actor, city):
    doc = run(pipeline, text, lang)
    hits = [e for e in doc.events if e.type == "ASSAULT"]
    assert hits, doc.events
    (event,) = hits
    assert codes(event.actor) == [actor] and codes(event.recipient) == ["UKR"], event
    assert event.location is not None and event.location.name == city, event.location


@pytest.mark.parametrize("text", [
    "Путін зустрівся з Алієвим у Харкові.",          # a meeting in a city: the city is no side
    "Росія атакувала позиції ЗСУ в Харкові.",         # the target is named; the city is where
    "Він зайшов і захопив Крим.",                      # a guessed actor with a guessed target
], ids=["meeting", "named-target", "pronoun-actor"])
def test_a_city_as_a_place_is_no_target(pipeline, text):
    doc = run(pipeline, text, "uk")
    assert all("place" not in " ".join(e.why["rules"]) for e in doc.events), doc.events
    assert all(codes(e.recipient) != ["UKR"] for e in doc.events if e.type != "ASSAULT"), doc.events


def test_impersonal_passive_agent_is_the_actor(pipeline):
    doc = run(pipeline, "Опозиціонера було затримано поліцією Білорусі.", "uk")
    (event,) = [e for e in doc.events if e.type == "COERCE"]
    assert codes(event.actor) == ["BLR COP"] and codes(event.recipient) == ["BLR CVL"], event
