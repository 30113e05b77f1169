"""Knowledge-base corrections asked for by the events work: actor codes of EU officials by date,
religious leaders, companies, the people and party of the Asia Bibi case, Brussels as the EU."""
import pytest

from podiya.entities.actors import code_entity
from podiya.knowledge import normalize


def _codes(kb, eid, date, etype=None, acting=True):
    entry = kb.get(eid)
    return code_entity(entry, etype or entry.type, acting, date)


def test_barnier_acts_for_the_eu_while_brexit_negotiator(kb):
    barnier = "pd:per:michel-barnier"
    assert _codes(kb, barnier, "2018-11-20") == ("EU", "IGO")
    assert kb.office_holder("EU.brexit_negotiator", "2020-06-01").id == barnier
    assert _codes(kb, barnier, "2005-01-10") == ("FRA", "GOV")       # French foreign minister
    assert _codes(kb, barnier, "2023-03-01") == ("FRA", "PTY")       # out of office


@pytest.mark.parametrize("eid", ["pd:per:frans-timmermans", "pd:per:margrethe-vestager",
                                 "pd:per:christos-stylianides"])
def test_eu_commissioners_coded_eu_while_in_office(kb, eid):
    assert _codes(kb, eid, "2018-06-01") == ("EU", "IGO")
    assert _codes(kb, eid, "2012-06-01")[1] != "IGO"


def test_brexit_secretaries_by_date(kb):
    assert kb.office_holder("GBR.brexit_secretary", "2017-01-01").id == "pd:per:david-davis"
    assert kb.office_holder("GBR.brexit_secretary", "2018-09-01").id == "pd:per:dominic-raab"
    assert kb.office_holder("GBR.brexit_secretary", "2019-06-01").id == "pd:per:stephen-barclay"


def test_patriarch_kirill_is_russian_religious(kb):
    [entry] = [e for e in kb.lookup("Патріарх Кирил", "uk")]
    assert (entry.country, entry.sector) == ("RUS", "REL")
    assert kb.lookup("Патриарх Кирилл", "ru") == [entry]


@pytest.mark.parametrize("name,country", [("Apple", "USA"), ("Amazon", "USA"), ("EDF", "FRA"),
                                          ("Google", "USA"), ("ExxonMobil", "USA"), ("Volkswagen", "DEU")])
def test_major_companies_coded_business(kb, name, country):
    [entry] = kb.lookup(name, "uk")
    assert (entry.country, entry.sector) == (country, "BUS")


@pytest.mark.parametrize("form,codes", [("Асія Бібі", ("PAK", "CVL")), ("Азія Бібі", ("PAK", "CVL")),
                                        ("Ашік Масіх", ("PAK", "CVL")), ("Саїф уль-Мулук", ("PAK", "CVL")),
                                        ("Техрік-е-Лаббайк Пакистан", ("PAK", "PTY")), ("ТЛП", ("PAK", "PTY")),
                                        ("Хадім Хуссейн Різві", ("PAK", "REL"))])
def test_asia_bibi_case(kb, form, codes):
    [entry] = kb.lookup(form, "uk")
    assert (entry.country, entry.sector) == codes


def test_brussels_acting_is_the_eu_and_as_a_place_belgium(kb):
    [brussels] = kb.lookup("Брюссель", "uk")
    assert code_entity(brussels, "LOC", True, "2018-11-20") == ("EU", "IGO")
    assert code_entity(brussels, "LOC", False, "2018-11-20") == ("BEL", None)


def test_invisible_characters_do_not_hide_a_name(kb):
    assert normalize("Тереза\u200b\u200b Мей") == "тереза мей"
    assert [e.id for e in kb.lookup("Тереза\u200b Мей", "uk")] == ["pd:per:theresa-may"]


def test_commission_presidents_back_to_delors(kb):
    assert kb.office_holder("EU.commission_president", "1990-01-01").id == "pd:per:jacques-delors"
    assert kb.office_holder("EU.commission_president", "1997-01-01").id == "pd:per:jacques-santer"
    assert kb.office_holder("EU.commission_president", "1999-06-01") is None    # Marín acting, not listed


def test_us_states_are_regions_of_the_usa(kb):
    for form in ("Айова", "Нью-Гемпшир", "Вісконсін", "Техас"):
        [entry] = kb.lookup(form, "uk")
        assert (entry.kind, entry.country) == ("region", "USA")
    # plain "Джорджія" is the state; the country is Грузія
    assert kb.lookup("Джорджія", "uk")[0].country == "USA"
    assert kb.lookup("Грузія", "uk")[0].country == "GEO"
