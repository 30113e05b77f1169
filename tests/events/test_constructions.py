"""Constructions of round two, each on a made-up sentence through the whole pipeline: denials negate,
"said it would" is future, a speaker after the clause makes it reported (asserted when the speaker is
the actor), "переговори між X і Y" is a symmetric CONSULT, a person "была осуждена" is convicted."""
from __future__ import annotations

import pytest

from .conftest import codes, run

def events(pipeline, text, lang):
    return run(pipeline, text, lang).events


@pytest.mark.parametrize(("text", "lang", "etype", "value"), [
    ("Росія заперечила, що атакувала Україну.", "uk", "ASSAULT", "negated"),
    ("Россия опровергла, что атаковала Украину.", "ru", "ASSAULT", "negated"),
    ("Russia denied that it attacked Ukraine.", "en", "ASSAULT", "negated"),
    ("Israel said it would release Palestinian prisoners.", "en", "RETREAT", "future"),
    ("Israel would release Palestinian prisoners.", "en", "RETREAT", "hypothetical"),
    ("Росія обстріляла Харків, заявив Зеленський.", "uk", "ASSAULT", "reported"),
    ("Россия обстреляла Харьков, сказал РБК эксперт Иванов.", "ru", "ASSAULT", "reported"),
    ("Russia attacked Lithuania, Zelensky said.", "en", "ASSAULT", "reported"),
    ("«Ми підтримуємо Україну», — заявив Макрон.", "uk", "SUPPORT", "asserted"),
], ids=["uk-deny", "ru-deny", "en-deny", "en-said-would", "en-would", "uk-trailing", "ru-trailing", "en-trailing",
        "own-quote"])
def test_modality_constructions(pipeline, text, lang, etype, value):
    hits = [e for e in events(pipeline, text, lang) if e.type == etype]
    assert hits and hits[0].modality == value, hits


def test_trailing_speaker_is_no_recipient(pipeline):
    (event,) = [e for e in events(pipeline, "Russia may attack Lithuania, Zelensky said.", "en") if e.type == "ASSAULT"]
    assert codes(event.recipient) == ["LTU GOV"] and event.modality == "hypothetical"


@pytest.mark.parametrize(("text", "lang", "sides"), [
    ("Офіційні переговори між Лондоном і Брюсселем почалися 19 червня.", "uk", {"GBR", "EU"}),
    ("Переговоры между Москвой и Киевом прошли в Стамбуле.", "ru", {"RUS", "UKR"}),
], ids=["uk", "ru"])
def test_talks_between_two_sides(pipeline, text, lang, sides):
    (event,) = [e for e in events(pipeline, text, lang) if e.type == "CONSULT"]
    assert {p.country for p in event.actor + event.recipient} == sides and len(event.actor) == 1


def test_person_condemned_in_short_passive_is_convicted(pipeline):
    found = events(pipeline, "Асия Биби была осуждена в 2010 году.", "ru")
    assert [(e.type, e.mode, codes(e.actor), codes(e.recipient)) for e in found] == \
        [("SANCTION", "convict", ["PAK JUD"], ["PAK CVL"])]


def test_act_condemned_in_short_passive_stays_a_condemnation(pipeline):
    found = events(pipeline, "Действия России были осуждены Евросоюзом.", "ru")
    assert [e.type for e in found] == ["ACCUSE"], found


@pytest.mark.parametrize(("text", "lang"), [
    ("Тереза Мей представила план. Борис Джонсон виступив проти її плану.", "uk"),
    ("Тереза Мэй представила план. Борис Джонсон выступил против ее плана.", "ru"),
], ids=["uk", "ru"])
def test_owner_of_a_plan_named_by_a_possessive_is_the_recipient(pipeline, text, lang):
    (event,) = [e for e in events(pipeline, text, lang) if e.type == "ACCUSE"]
    assert [p.name for p in event.actor] == ["Борис Джонсон"] and [p.name for p in event.recipient][0].startswith("Тереза")


def test_a_possessive_before_another_noun_is_no_party(pipeline):
    found = events(pipeline, "Тереза Мей представила план. Борис Джонсон розкритикував її рішення.", "uk")
    assert not any(e.type == "ACCUSE" for e in found), found
