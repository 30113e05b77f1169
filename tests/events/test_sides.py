"""Which sides an event gets: firms named like products, kind nouns before a name, bylines, an
organisation's own procedure and an organ acting on itself (parties.py, stage.py)."""
from __future__ import annotations

import pytest

from .conftest import add_entity, add_time, annotate


def _sides(event):
    return {p.country for p in event.actor}, {p.country for p in event.recipient}


@pytest.mark.parametrize(("text", "lang"), [
    ("Єврокомісія звинуватила соцмережу Facebook у наданні неправдивих даних.", "uk"),
    ("Еврокомиссия обвинила социальную сеть Facebook в предоставлении неверных данных.", "ru"),
    ("Еврокомиссия обвинила Facebook в предоставлении неверных данных.", "ru"),
])
def test_a_firm_the_entity_layer_calls_a_product_is_a_party(stage, text, lang):
    doc = annotate(text, lang=lang)
    add_entity(doc, text.split()[0], "ORG", "EU", "IGO", eid="E91")
    add_entity(doc, "Facebook", "PRO", "USA", "BUS")
    accusations = [e for e in stage(doc).events if e.type == "ACCUSE"]
    assert accusations and _sides(accusations[0]) == ({"EU"}, {"USA"})


def test_a_weapon_named_as_a_product_never_acts(stage):
    text = "Панцир атакував Литву."
    doc = annotate(text)
    add_entity(doc, "Панцир", "PRO", "RUS", "MIL")
    assert not any("RUS" in _sides(e)[0] for e in stage(doc).events)


def test_the_title_before_a_copyright_sign_states_its_event_and_the_byline_time_is_no_date(stage):
    text = "Росія напала на Литву / 20.12.16 / Москва / © Агенція Новин"
    doc = add_time(annotate(text), "20.12.16", "2016-12-20")
    events = stage(doc).events
    assert [e.type for e in events] == ["ASSAULT"] and events[0].date is None


def test_a_copyright_line_alone_states_nothing(stage):
    assert stage(annotate("© Росія напала на Литву")).events == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Комісія ЄС може звернутися до Суду ЄС з позовом.", "uk"),
    ("Рада ЄС та Парламент ЄС ведуть прямі переговори.", "uk"),
])
def test_an_organisation_dealing_with_its_own_organs_is_no_event(stage, text, lang):
    doc = annotate(text, lang=lang)
    assert [e for e in stage(doc).events if e.type in ("REQUEST", "CONSULT")] == []
    # the same verbs between the organisation and a state stay events
    assert stage(annotate("ЄС звернувся до Польщі з проханням.", lang=lang)).events


def test_an_organ_acting_on_itself_is_a_misread_patient(stage):
    # "вирок суду": the verdict's court is no patient of the court that quashes it
    text = "Верховний суд Пакистану скасував вирок суду в місті Лахор."
    doc = annotate(text)
    events = [e for e in stage(doc).events if e.type == "RETREAT"]
    assert events
    assert all({(p.country, p.sector) for p in e.actor} != {(p.country, p.sector) for p in e.recipient}
               for e in events)


def test_a_body_of_a_state_is_a_party_in_its_own_right(stage):
    text = "Лідера партії затримали правоохоронні органи Пакистану."
    arrests = [e for e in stage(annotate(text)).events if e.type == "COERCE"]
    assert arrests and {(p.country, p.sector) for p in arrests[0].actor} == {("PAK", "GOV")}


@pytest.mark.parametrize(("text", "lang"), [
    ("В Пакистане исламисты протестуют против оправдания христианки.", "ru"),
    ("Решение суда вызвало протесты в Пакистане.", "ru"),
    ("У Пакистані ісламісти протестують проти рішення суду.", "uk"),
])
def test_a_protest_whose_target_is_named_is_aimed_at_its_own_state(stage, text, lang):
    protests = [e for e in stage(annotate(text, lang=lang)).events if e.type == "PROTEST"]
    assert protests and _sides(protests[0]) == ({"PAK"}, {"PAK"})


@pytest.mark.parametrize(("text", "lang"), [
    ("В Пакистане исламисты протестуют уже второй день.", "ru"),
    ("У Пакистані протестувальники палили шини.", "uk"),
    # the court named in another clause is not this protest's target
    ("Одни демонстранты собрались у здания суда в Пакистане, а другие исламисты протестуют на улицах.", "ru"),
])
def test_a_protest_with_no_named_target_has_no_recipient(stage, text, lang):
    protests = [e for e in stage(annotate(text, lang=lang)).events if e.type == "PROTEST"]
    assert protests and protests[-1].recipient == [] and {p.country for p in protests[-1].actor} == {"PAK"}


def test_a_side_no_word_names_lowers_the_confidence(stage):
    from podiya.events.scoring import confidence

    assert confidence(0.85, 1.0, True, "asserted", True, invented=True) < 0.8 <= confidence(
        0.85, 1.0, True, "asserted", True)
    stated = [e for e in stage(annotate("Поліція Пакистану затримала лідера партії.")).events if e.type == "COERCE"]
    invented = [e for e in stage(annotate("У Пакистані затримали лідера партії.")).events if e.type == "COERCE"]
    assert stated and invented and invented[0].confidence < stated[0].confidence


def test_a_statement_is_dated_by_the_attribution_right_after_it(stage):
    text = "ЄС запропонував Україні продовжити перехідний період. Про це заявив речник 18 листопада."
    doc = add_time(annotate(text), "18 листопада", "2025-11-18")
    offers = [e for e in stage(doc).events if e.type == "AGREE"]
    assert offers and offers[0].date == "2025-11-18" and "date:attribution-after" in offers[0].why["rules"]
    # a sentence that does not attribute the one before gives it no date
    text = "ЄС запропонував Україні продовжити перехідний період. Речник виступив 18 листопада."
    doc = add_time(annotate(text), "18 листопада", "2025-11-18")
    offers = [e for e in stage(doc).events if e.type == "AGREE"]
    assert offers and offers[0].date is None


def test_an_admission_answers_an_act_done_not_one_planned(stage):
    done = "Росія вимагала від Азербайджану поступок. Путін визнав, що ракета була російська."
    planned = "Азербайджан планує вимагати від Росії поступок. Путін визнав, що ракета була російська."
    admissions = [e for e in stage(annotate(done)).events if e.type == "CONCEDE"]
    assert admissions and {p.country for p in admissions[0].recipient} == {"AZE"}
    assert not [e for e in stage(annotate(planned)).events if e.type == "CONCEDE"]


def test_a_third_partys_act_quoted_after_the_day_is_not_dated_by_it(stage):
    def dated(text):
        doc = add_time(annotate(text), "28 лютого", "2014-02-28")
        return [e.date for e in stage(doc).events if e.type == "REQUEST"]

    assert dated('28 лютого Трамп реагує на події твітом : "США закликали Росію не вторгатися до України".') == [None]
    assert dated("28 лютого США закликали Росію не нападати на Україну.") == ["2014-02-28"]
