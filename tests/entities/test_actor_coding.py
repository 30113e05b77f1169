"""Actor codes that the events layer needs: companies whatever their tag, people in undated
articles, organisations the KB does not know that name their state."""
import pytest

from podiya.entities.actors import code_entity, code_unknown_org, document_countries, state_in_name, undated_codes
from podiya.entities.link import Group, MentionRec


@pytest.mark.parametrize("entry_id, etype, expected", [
    ("pd:org:gazprom", "PRO", ("RUS", "BUS")),      # the tagger's PRO does not change the company's codes
    ("pd:org:gazprom", "ORG", ("RUS", "BUS")),
    ("pd:org:google", "PRO", ("USA", "BUS")),
    ("pd:pro:facebook", "PRO", ("USA", "BUS")),
    ("pd:pro:facebook", "ORG", ("USA", "BUS")),
])
def test_company_codes_whatever_the_tag(kb, entry_id, etype, expected):
    assert code_entity(kb.get(entry_id), etype, True, "2019-03-01") == expected


@pytest.mark.parametrize("entry_id, date, expected", [
    ("pd:per:donald-tusk", "2016-06-01", ("EU", "IGO")),
    ("pd:per:donald-tusk", "2012-06-01", ("POL", "GOV")),
    ("pd:per:donald-tusk", "2025-06-01", ("POL", "GOV")),
    ("pd:per:martin-schulz", "2015-06-01", ("EU", "IGO")),
    ("pd:per:antonio-tajani", "2018-03-01", ("EU", "IGO")),
    ("pd:per:roberta-metsola", "2024-03-01", ("EU", "IGO")),
    ("pd:per:josep-borrell", "2021-03-01", ("EU", "IGO")),
    ("pd:per:federica-mogherini", "2017-03-01", ("EU", "IGO")),
    ("pd:per:jose-manuel-barroso", "2008-03-01", ("EU", "IGO")),
    ("pd:per:herman-van-rompuy", "2012-03-01", ("EU", "IGO")),
    ("pd:per:frans-timmermans", "2024-03-01", ("NLD", "PTY")),     # back in Dutch politics
])
def test_eu_leaders_act_for_the_eu_while_in_office(kb, entry_id, date, expected):
    assert code_entity(kb.get(entry_id), "PER", True, date) == expected


def test_undated_person_takes_the_office_held_longest(kb):
    # Timmermans: First Vice-President of the Commission 2014-2023, otherwise a Dutch party man.
    assert code_entity(kb.get("pd:per:frans-timmermans"), "PER", True, None) == ("EU", "IGO")
    assert undated_codes(kb.get("pd:per:jean-claude-juncker")) == ("EU", "IGO")


def test_undated_person_follows_the_document(kb):
    tusk = kb.get("pd:per:donald-tusk")
    assert code_entity(tusk, "PER", True, None, {"EU": 5, "POL": 1}) == ("EU", "IGO")
    assert code_entity(tusk, "PER", True, None, {"POL": 3, "EU": 1}) == ("POL", "GOV")
    # The person's own codes count too: Timmermans in a text about Dutch politics.
    assert code_entity(kb.get("pd:per:frans-timmermans"), "PER", True, None, {"NLD": 2}) == ("NLD", "PTY")


def test_a_person_without_tenures_keeps_the_entry_codes(kb):
    entry = next(e for e in kb.entries.values() if e.type == "PER" and not e.tenures and e.country)
    assert code_entity(entry, "PER", True, None) == (entry.country, entry.sector)


def test_document_countries_count_kb_organisations_and_places(kb):
    groups = [Group([MentionRec(0, 2, "ЄС", "ORG", "ЄС", "Q458"), MentionRec(9, 11, "ЄС", "ORG", "ЄС", "Q458")], "Q458"),
              Group([MentionRec(20, 26, "Туска", "PER", "Туск", "pd:per:donald-tusk")], "pd:per:donald-tusk"),
              Group([MentionRec(30, 40, "Варшава", "LOC", "Варшава", None)], None)]
    assert document_countries(groups) == {"EU": 2}


@pytest.mark.parametrize("base, lang, expected", [
    ("министерство внутренних дел Италии", "ru", ("ITA", "GOV")),
    ("МВД Италии", "ru", ("ITA", "GOV")),
    ("МЗС Польщі", "uk", ("POL", "GOV")),
    ("кабінет міністрів Великої Британії", "uk", ("GBR", "GOV")),
    ("британский кабинет", "ru", ("GBR", "GOV")),
    ("Польський уряд", "uk", ("POL", "GOV")),
    ("поліція Італії", "uk", ("ITA", "COP")),
    ("Верховный суд Пакистана", "ru", ("PAK", "JUD")),
    ("армія Польщі", "uk", ("POL", "MIL")),
    ("парламент Європейського Союзу", "uk", ("EU", "LEG")),
    ("уряд Сполучених Штатів", "uk", ("USA", "GOV")),
    ("ТОВ «Ромашка»", "uk", (None, "BUS")),           # a sector and no state
    ("Кубок України", "uk", (None, None)),           # a state and no body: no actor
    ("Еврокомиссия по вопросам конкуренции", "ru", ("EU", "IGO")),   # a KB organisation heads the name
    ("Газпром нефть", "ru", ("RUS", "BUS")),
])
def test_unknown_organisation_named_with_its_state(base, lang, expected):
    assert code_unknown_org(base, lang) == expected


def test_state_in_name_ignores_names_without_a_state():
    assert state_in_name("Центр близькосхідних досліджень", "uk") is None
