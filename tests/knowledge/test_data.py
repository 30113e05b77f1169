"""The shipped data: coverage, the facts other stages rely on, examples that name their entry."""
import json
import re

import pytest

from podiya.knowledge import normalize
from podiya.knowledge.kb import ENTRY_FILES, data_dir

# UN member states (193) and the two observer states.
UN_STATES = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN
IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL
MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL
POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA
SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE VAT PSE""".split()
REGION = "UKR RUS BLR MDA POL LTU LVA EST ROU HUN SVK CZE BGR GEO ARM AZE KAZ UZB KGZ TJK TKM".split()
G20 = "USA GBR FRA DEU ITA JPN CAN AUS IND CHN TUR BRA ARG MEX KOR IDN SAU ZAF".split()


def test_un_member_and_observer_states_are_all_there(kb):
    assert len(UN_STATES) == 195
    states = {e.country: e for e in kb.entries.values() if e.kind == "state"}
    assert sorted(set(UN_STATES) - set(states)) == []
    for code in UN_STATES:
        assert set(states[code].names) == {"uk", "ru", "en"}, code


@pytest.mark.parametrize("form,country", [
    ("Крим", "UKR"), ("Абхазія", "GEO"), ("Южная Осетия", "GEO"), ("Transnistria", "MDA"),
    ("Нагірний Карабах", "AZE"), ("Косово", "XKX"), ("Taiwan", "TWN"), ("Палестина", "PSE"),
    ("Western Sahara", "ESH"), ("Північний Кіпр", "CYP"), ("ДНР", "UKR"), ("ЛНР", "UKR"),
])
def test_disputed_territories(kb, form, country):
    places = [e for e in kb.lookup(form) if e.type == "LOC"]
    assert [e.country for e in places] == [country]


@pytest.mark.parametrize("form,code", [
    ("Росія", "RUS"), ("Велика Британія", "GBR"), ("Британія", "GBR"), ("Білорусь", "BLR"), ("Молдова", "MDA"),
    ("Россия", "RUS"), ("Великобритания", "GBR"), ("Белоруссия", "BLR"), ("Беларусь", "BLR"),
    ("Сполучені Штати Америки", "USA"), ("ФРН", "DEU"), ("Туреччина", "TUR"), ("Türkiye", "TUR"),
])
def test_colloquial_state_names(kb, form, code):
    assert [e.country for e in kb.lookup(form) if e.kind == "state"] == [code]


def test_region_states_have_adjectives_and_demonyms(kb):
    for code in REGION:
        (state,) = [e for e in kb.entries.values() if e.kind == "state" and e.country == code]
        assert set(state.adjectives) == {"uk", "ru", "en"}, code
        assert set(state.demonyms) >= {"uk", "ru"}, code
        for lang in ("uk", "ru"):
            assert kb.country_adjective(state.adjectives[lang][0]) == code


@pytest.mark.parametrize("day", ["2001-06-01", "2008-06-01", "2016-06-01", "2025-10-17"])
def test_region_and_g20_heads_known_on_sample_days(kb, day):
    missing = [office for code in REGION + G20 for office in (f"{code}.head_of_state", f"{code}.head_of_government")
               if office in kb.offices and kb.office_holder(office, day) is None]
    # Turkey abolished its prime minister in 2018; Korea's prime ministers are not listed.
    assert [m for m in missing if m not in ("TUR.head_of_government", "KOR.head_of_government")] == []


def test_region_heads_of_government_known_since_2000(kb):
    missing = [(code, day) for code in REGION if f"{code}.head_of_government" in kb.offices and code != "TKM"
               for day in ("2000-06-01", "2004-06-01", "2012-06-01", "2020-06-01", "2025-10-17")
               if kb.office_holder(f"{code}.head_of_government", day) is None]
    # Kyrgyzstan's prime ministers before 2010 are only partly listed.
    assert [m for m in missing if m[0] != "KGZ"] == []


@pytest.mark.parametrize("office,day,name", [
    ("UKR.head_of_state", "2019-06-01", "Volodymyr Zelenskyy"), ("UKR.head_of_state", "2018-01-01", "Petro Poroshenko"),
    ("UKR.head_of_state", "2012-01-01", "Viktor Yanukovych"), ("RUS.head_of_state", "1999-06-01", "Boris Yeltsin"),
    ("RUS.foreign_minister", "2025-10-17", "Sergey Lavrov"), ("RUS.defence_minister", "2020-01-01", "Sergei Shoigu"),
    ("USA.head_of_state", "2025-10-17", "Donald Trump"), ("USA.head_of_state", "2022-01-01", "Joe Biden"),
    ("DEU.head_of_government", "2010-01-01", "Angela Merkel"), ("AZE.head_of_state", "2025-10-09", "Ilham Aliyev"),
    ("EU.commission_president", "2025-10-17", "Ursula von der Leyen"), ("NATO.secretary_general", "2020-01-01", "Jens Stoltenberg"),
    ("UN.secretary_general", "2010-01-01", "Ban Ki-moon"), ("TUR.head_of_state", "2025-10-17", "Recep Tayyip Erdoğan"),
])
def test_known_office_holders(kb, office, day, name):
    assert kb.office_holder(office, day).names["en"] == name


def test_every_person_named_in_three_languages(kb):
    people = [e for e in kb.entries.values() if e.type == "PER"]
    assert len(people) > 400
    assert [e.id for e in people if set(e.names) != {"uk", "ru", "en"}] == []


def test_example_people_of_the_dushanbe_article(kb):
    assert kb.lookup("Владімір Путін", "uk")[0].id == "Q7747"
    assert kb.lookup("Володимир Путін", "uk")[0].id == "Q7747"
    assert kb.lookup("Путін", "uk")[0].id == "Q7747"
    assert kb.lookup("Сергій Данилов", "uk")[0].country == "UKR"
    assert kb.lookup("Південний Кавказ", "uk")[0].type == "LOC"
    assert kb.lookup("Перська затока", "uk")[0].type == "LOC"
    assert kb.lookup("Аравійське море", "uk")[0].type == "LOC"
    assert kb.lookup("Північний потік", "uk")[0].type == "PRO"


@pytest.mark.parametrize("form,country,sector", [
    ("Газпром", "RUS", "BUS"), ("ЗСУ", "UKR", "MIL"), ("СБУ", "UKR", "SPY"), ("ФСБ", "RUS", "SPY"),
    ("ТАСС", "RUS", "MED"), ("Укрінформ", "UKR", "MED"), ("НАТО", "NATO", "IGO"), ("ОБСЄ", "OSCE", "IGO"),
    ("SOCAR", "AZE", "BUS"), ("Нафтогаз", "UKR", "BUS"), ("Міноборони РФ", "RUS", "GOV"), ("Росгвардия", "RUS", "COP"),
])
def test_organisations_carry_actor_codes(kb, form, country, sector):
    (org,) = [e for e in kb.lookup(form) if e.type == "ORG"]
    assert (org.country, org.sector) == (country, sector)


@pytest.mark.parametrize("form,code", [("Білий дім", ("USA", "GOV")), ("Брюссель", ("EU", "IGO")), ("Пентагон", ("USA", "MIL")),
                                       ("Вашингтон", ("USA", "GOV")), ("Єреван", ("ARM", "GOV")), ("Анкара", ("TUR", "GOV")),
                                       ("Тегеран", ("IRN", "GOV")), ("Пекін", ("CHN", "GOV")), ("Лондон", ("GBR", "GOV")),
                                       ("Даунінг-стріт", ("GBR", "GOV")), ("Уайтхолл", ("GBR", "GOV")), ("Київ", ("UKR", "GOV"))])
def test_metonyms_from_the_brief(kb, form, code):
    assert kb.metonym(form) == code


@pytest.mark.parametrize("form", ["HIMARS", "Javelin", "Bayraktar", "Іскандер", "Калібр", "Шахед", "ATACMS", "Storm Shadow",
                                  "Patriot", "F-16", "Leopard", "Північний потік-2", "Турецький потік", "Sputnik V", "Мінські угоди",
                                  "С-300", "С-400", "Бук"])
def test_products_from_the_brief(kb, form):
    assert [e.type for e in kb.lookup(form)] == ["PRO"]


def _stems(form: str) -> list[str]:
    """Each word of a name cut to a stem that its inflected forms keep ("Алієва" keeps "Аліє")."""
    return [w[: max(3, len(w) - 2)] if len(w) > 4 else w[:3] for w in normalize(form).split()]


def test_every_example_names_its_entry(kb):
    bad = []
    for entry in kb.entries.values():
        if entry.example is None:
            continue
        text = normalize(entry.example)
        if not any(all(stem in text for stem in _stems(form)) for form in entry.forms()):
            bad.append((entry.origin, entry.example))
    assert bad == []


def test_files_sorted_by_id_one_object_per_line():
    for name in ENTRY_FILES + ("offices.jsonl", "roles.jsonl"):
        ids = [json.loads(line)["id"] for line in (data_dir() / name).read_text(encoding="utf-8").splitlines()]
        assert ids == sorted(ids), name


def test_local_ids_are_stable_slugs(kb):
    for entry_id in kb.entries:
        assert re.match(r"^(Q\d+|pd:(per|org|loc|evt|pro):[a-z0-9-]+)$", entry_id), entry_id
