"""Precision rules of the events layer: text that states no event of the article, dates that are
not the event's, and parties chosen on evidence in the sentence (stage.py, implied.py, parties.py)."""
from __future__ import annotations

import pytest

from .conftest import add_entity, add_time, annotate


def types(stage, text, lang="uk"):
    return [e.type for e in stage(annotate(text, lang=lang)).events]


def sides(event) -> tuple[set[str], set[str]]:
    return {p.country for p in event.actor}, {p.country for p in event.recipient}


@pytest.mark.parametrize("text", [
    "Читайте також: Росія напала на Литву",
    "Більше пояснень – в матеріалі Сергія Данилова Вибачення Путіна: чому Росія пішла на поступки Азербайджану.",
    "Про це читайте в статті Сергія Данилова Чому Росія пішла на поступки Азербайджану.",
])
def test_a_cited_headline_states_no_event(stage, text):
    assert types(stage, text) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Згідно зі статтею 5 договору, Росія напала на Литву.", "uk"),
    ("У статті Конституції сказано, що Росія напала на Литву.", "uk"),
    ("Russia read the statement and attacked Ukraine.", "en"),
])
def test_an_article_of_a_law_or_a_plain_verb_is_not_a_cited_piece(stage, text, lang):
    assert "ASSAULT" in types(stage, text, lang)


def test_a_copyright_notice_states_no_ban(stage):
    assert types(stage, "Передрук матеріалів Росії суворо заборонено Україною.") == []


def test_a_negated_condition_is_no_event(stage):
    found = types(stage, "НАТО відповість, якщо Росія і Україна не укладуть угоду.")
    assert "AGREE" not in found


def test_a_purpose_clause_is_no_event(stage):
    found = types(stage, "Німеччина передала Україні танки, щоб Україна уклала угоду з Польщею.")
    assert found == ["AID"]


@pytest.mark.parametrize("text", [
    "Протести в Пакистані припинилися.",
    "Після протестів у Пакистані суд переглянув справу.",
    "Поліція Пакистану придушить можливі заворушення.",
])
def test_a_protest_that_ends_dates_or_may_come_is_not_reported(stage, text):
    assert "PROTEST" not in types(stage, text)


def test_a_protest_demanding_an_end_is_still_a_protest(stage):
    assert "PROTEST" in types(stage, "У Пакистані тривають протести з вимогою припинити переслідування.")


def test_a_present_statement_takes_no_counterpart_from_context(stage):
    events = stage(annotate("Путін зустрівся з Алієвим. Росія визнає свободу слова.")).events
    assert not [e for e in events if e.type == "CONCEDE"]
    events = stage(annotate("Путін зустрівся з Алієвим. Путін визнав провину.")).events
    concede = [e for e in events if e.type == "CONCEDE"]
    assert concede and sides(concede[0]) == ({"RUS"}, {"AZE"})


def test_a_time_governed_by_until_is_a_limit_not_the_date(stage):
    text = "ЄС запропонував Україні продовжити період до грудня 2022 року."
    doc = add_time(annotate(text), "грудня 2022 року", "2022-12")
    events = stage(doc).events
    assert events and all(e.date is None for e in events)


def test_the_time_after_a_relative_clause_is_the_main_verbs(stage):
    text = "Росія, яка напала на Україну, 4 жовтня зустрілася з Китаєм."
    doc = add_time(annotate(text), "4 жовтня", "2025-10-04")
    by_type = {e.type: e for e in stage(doc).events}
    assert by_type["ASSAULT"].date is None and by_type["CONSULT"].date == "2025-10-04"


def test_a_state_named_inside_an_uncoded_name_is_its_country(stage):
    text = "Глава МВД Италии предложил убежище для Путина."
    doc = annotate(text, lang="ru")
    add_entity(doc, "МВД Италии", "ORG", None)
    offers = [e for e in stage(doc).events if e.type == "AGREE"]
    assert offers and {p.country for p in offers[0].actor} == {"ITA"}


def test_what_follows_a_bar_in_a_title_is_the_sites_name(stage):
    text = "ЄС почав розслідування проти Польщі | Українська правда"
    doc = annotate(text)
    add_entity(doc, "Українська правда", "ORG", "UKR", "MED")
    events = stage(doc).events
    assert events and all("UKR" not in sides(e)[0] | sides(e)[1] for e in events)


def test_the_office_given_in_the_text_is_the_side_a_person_acts_for(stage):
    text = "Голова ЄС Лукашенко закликав Росію до переговорів."
    events = stage(annotate(text)).events
    request = [e for e in events if e.type == "REQUEST"]
    assert request and sides(request[0]) == ({"EU"}, {"RUS"})


def test_a_talk_with_a_journalist_is_an_interview(stage):
    text = "Путін розповів у телефонній розмові з журналістом Reuters про війну."
    doc = annotate(text)
    add_entity(doc, "Reuters", "ORG", "GBR", "MED")
    doc.extras["country_adjectives"] = []
    assert [e for e in stage(doc).events if e.type == "CONSULT"] == []


def test_the_authorities_of_many_states_are_not_the_home_country(stage):
    events = stage(annotate("В Пакистане муж Асии обращался к властям целого ряда стран.", lang="ru")).events
    assert not [e for e in events if {"PAK"} == sides(e)[1]]


def test_an_event_told_in_a_relative_clause_is_less_sure(stage):
    (main,) = [e for e in stage(annotate("Росія напала на Україну.")).events if e.type == "ASSAULT"]
    (background,) = [e for e in stage(annotate("Китай засудив Росію, яка напала на Україну.")).events
                     if e.type == "ASSAULT"]
    assert "clause:relative" in background.why["rules"] and background.confidence < main.confidence


def test_an_uncoded_person_after_an_office_of_a_named_state_holds_it(stage):
    text = "Глава министерства Италии Маттео Сальвини предложил убежище для Путина."
    doc = annotate(text, lang="ru")
    add_entity(doc, "министерства Италии", "ORG", None, "GOV", eid="E91")
    add_entity(doc, "Маттео Сальвини", "PER", None, eid="E92")
    offers = [e for e in stage(doc).events if e.type == "AGREE"]
    assert offers and {p.country for p in offers[0].actor} == {"ITA"}


def test_infinitives_coordinated_under_a_plain_verb_are_each_an_act(stage):
    text = ("Власти Пакистана были вынуждены закрыть учебные заведения по всей стране, усилить охрану церквей "
            "и даже отключить мобильную связь.")
    assert "COERCE" in types(stage, text, lang="ru")
    # the object of a trigger stays no event of its own
    assert types(stage, "ЄС закликав Росію припинити вогонь.") == ["REQUEST"]


def test_a_preposition_does_not_reach_over_a_time_noun():
    from podiya.events.parties import governing_prep
    doc = annotate("Во вторник ЕС попросит Польшу выплатить штраф.", lang="ru")
    tokens = [t for t in doc.tokens if t.sent == 0]
    eu = next(i for i, t in enumerate(tokens) if t.text == "ЕС")
    assert governing_prep(tokens, eu) is None
    poland = next(i for i, t in enumerate(tokens) if t.text == "Польшу")
    assert governing_prep(tokens, poland) is None and governing_prep(tokens, 1) == "во"


def test_a_bare_head_noun_is_the_organisation_named_before(stage):
    text = "Европейская комиссия начала проверку. Позже комиссия обвинила Польшу в нарушениях."
    doc = annotate(text, lang="ru")
    add_entity(doc, "Европейская комиссия", "ORG", "EU", "IGO")
    (event,) = stage(doc).events
    assert event.type == "ACCUSE" and sides(event) == ({"EU"}, {"POL"})


def test_he_also_asked_takes_the_day_of_the_speakers_act_before(stage):
    text = "Трамп виступив зі зверненням, поширеним 4 листопада. Він також попросив про допомогу владу Німеччини."
    doc = annotate(text)
    add_time(doc, "4 листопада", "2025-11-04")
    (event,) = [e for e in stage(doc).events if e.type == "REQUEST"]
    assert event.date == "2025-11-04" and "date:same-speaker-before" in event.why["rules"]
    # without the same person named before, the act stays undated
    text = "Зеленський виступив зі зверненням, поширеним 4 листопада. Трамп попросив про допомогу владу Німеччини."
    doc = annotate(text)
    add_time(doc, "4 листопада", "2025-11-04")
    (event,) = [e for e in stage(doc).events if e.type == "REQUEST"]
    assert event.date is None


def test_a_day_before_the_speakers_own_statement_dates_the_act(stage):
    text = "Эрдоган накануне заявил о своем несогласии с планом Путина."
    doc = annotate(text, lang="ru")
    add_time(doc, "накануне", "2025-10-16")
    (event,) = stage(doc).events
    assert event.type == "ACCUSE" and event.date == "2025-10-16"
    text = "Накануне Эрдоган заявил, что Россия напала на Украину."
    doc = annotate(text, lang="ru")
    add_time(doc, "Накануне", "2025-10-16")
    (event,) = [e for e in stage(doc).events if e.type == "ASSAULT"]
    assert event.date is None                      # the time of the report, not of the attack
