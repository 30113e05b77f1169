"""Political people and organisations that BSNLP-style news names (the UK cabinet of 2016-2019,
Pakistan's officials and courts, US officials of 2016-2018, EU officials, popes): each name
links to its entry with the right codes, and surnames that would link wrongly stay out."""
import pytest

from podiya.entities.actors import code_entity


def _codes(kb, eid, date):
    entry = kb.get(eid)
    return code_entity(entry, entry.type, True, date)


@pytest.mark.parametrize("form,lang,eid,date,codes", [
    ("Салман Тасир", "ru", "pd:per:salman-taseer", "2010-12-01", ("PAK", "GOV")),
    ("Салман Тасір", "uk", "pd:per:salman-taseer", "2010-12-01", ("PAK", "GOV")),
    ("Шахбаз Бхатти", "ru", "pd:per:shahbaz-bhatti", "2011-01-10", ("PAK", "GOV")),
    ("Мумтаз Кадри", "ru", "pd:per:mumtaz-qadri", "2016-02-29", ("PAK", "COP")),
    ("Нур-уль-Хак Кадри", "ru", "pd:per:noor-ul-haq-qadri", "2018-11-01", ("PAK", "GOV")),
    ("Асиф Саид Хоса", "ru", "pd:per:asif-saeed-khosa", "2018-11-01", ("PAK", "JUD")),
    ("Хафиз Саид", "ru", "pd:per:hafiz-saeed", "2018-11-01", ("PAK", "REB")),
    ("Верховный суд Пакистана", "ru", "pd:org:supreme-court-pakistan", "2018-11-01", ("PAK", "JUD")),
    ("Верховний суд Пакистану", "uk", "pd:org:supreme-court-pakistan", "2018-11-01", ("PAK", "JUD")),
    ("Высокий суд Лахора", "ru", "pd:org:lahore-high-court", "2010-11-20", ("PAK", "JUD")),
    ("Техрик-э-Лабаик", "ru", "pd:org:tehreek-e-labbaik-pakistan", "2018-11-01", ("PAK", "PTY")),
    ("Саджид Джавид", "ru", "pd:per:sajid-javid", "2018-11-01", ("GBR", "LEG")),
    ("Сюелла Браверман", "uk", "pd:per:suella-braverman", "2018-11-16", ("GBR", "LEG")),
    ("Андреа Лидсом", "ru", "pd:per:andrea-leadsom", "2018-11-16", ("GBR", "LEG")),
    ("Марк Седвилл", "ru", "pd:per:mark-sedwill", "2018-11-16", ("GBR", "GOV")),
    ("Джейкоб Різ-Мог", "uk", "pd:per:jacob-rees-mogg", "2018-11-16", ("GBR", "LEG")),
    ("Европейская исследовательская группа", "ru", "pd:org:european-research-group", "2018-11-16", ("GBR", "PTY")),
    ("Департамент по выходу Британии из ЕС", "ru", "pd:org:dexeu", "2018-11-16", ("GBR", "GOV")),
    ("Джон Болтон", "ru", "pd:per:john-bolton", "2018-11-16", ("USA", "GOV")),
    ("Пол Манафорт", "ru", "pd:per:paul-manafort", "2017-01-10", ("USA", "PTY")),
    ("Шон Спайсер", "uk", "pd:per:sean-spicer", "2017-01-25", ("USA", "GOV")),
    ("Сабине Вейанд", "ru", "pd:per:sabine-weyand", "2018-11-16", ("DEU", "IGO")),
    ("Мартін Зельмайр", "uk", "pd:per:martin-selmayr", "2018-03-01", ("DEU", "IGO")),
    ("Сергей Скрипаль", "ru", "pd:per:sergei-skripal", "2018-03-10", ("RUS", "SPY")),
    ("Константин Косачев", "ru", "pd:per:konstantin-kosachev", "2018-03-10", ("RUS", "LEG")),
    ("Кристалина Георгиева", "ru", "pd:per:kristalina-georgieva", "2015-03-10", ("BGR", "IGO")),
    ("Лео Варадкар", "uk", "pd:per:leo-varadkar", "2018-11-01", ("IRL", "GOV")),
    ("Джон Беркоу", "ru", "pd:per:john-bercow", "2019-01-15", ("GBR", "LEG")),
    ("Демократическая юнионистская партия", "ru", "pd:org:dup", "2018-11-01", ("GBR", "PTY")),
    ("UKIP", "uk", "pd:org:ukip", "2016-06-01", ("GBR", "PTY")),
    ("принц Чарльз", "ru", "pd:per:charles-iii", "2018-05-19", ("GBR", "GOV")),
])
def test_names_link_with_codes(kb, form, lang, eid, date, codes):
    assert eid in [e.id for e in kb.lookup(form, lang)]
    assert _codes(kb, eid, date) == codes


@pytest.mark.parametrize("office,day,expected", [
    ("PAK.head_of_state", "2010-06-01", "pd:per:asif-ali-zardari"),
    ("PAK.head_of_state", "2020-06-01", "pd:per:arif-alvi"),
    ("PAK.head_of_state", "2025-06-01", "pd:per:asif-ali-zardari"),
    ("PAK.foreign_minister", "2019-06-01", "pd:per:shah-mehmood-qureshi"),
    ("GBR.head_of_government", "1985-06-01", "pd:per:margaret-thatcher"),
    ("GBR.head_of_government", "1943-06-01", "pd:per:winston-churchill"),
    ("USA.head_of_state", "1985-06-01", "pd:per:ronald-reagan"),
    ("BEL.foreign_minister", "2015-06-01", "pd:per:didier-reynders"),
    ("BEL.head_of_government", "1994-06-01", "pd:per:jean-luc-dehaene"),
    ("VAT.head_of_state", "2010-06-01", "pd:per:pope-benedict-xvi"),
    ("VAT.head_of_state", "2018-11-01", "pd:per:pope-francis"),
    ("VAT.head_of_state", "2025-06-01", "pd:per:pope-leo-xiv"),
    ("IRL.head_of_government", "2018-11-01", "pd:per:leo-varadkar"),
    ("IRL.foreign_minister", "2018-11-01", "pd:per:simon-coveney"),
    ("PAK.defence_minister", "2020-06-01", "pd:per:pervez-khattak"),
    ("PAK.defence_minister", "2025-06-01", "pd:per:khawaja-asif"),
    ("PAK.foreign_minister", "2018-01-01", "pd:per:khawaja-asif"),
    ("PAK.foreign_minister", "2023-01-01", "pd:per:bilawal-bhutto-zardari"),
])
def test_office_holders(kb, office, day, expected):
    holder = kb.office_holder(office, day)
    assert holder is not None and holder.id == expected


def test_former_office_holder_falls_back_to_own_sector(kb):
    assert _codes(kb, "pd:per:arif-alvi", "2020-06-01") == ("PAK", "GOV")
    assert _codes(kb, "pd:per:arif-alvi", "2025-06-01") == ("PAK", "PTY")


@pytest.mark.parametrize("form,lang,not_id", [
    ("Хоган", "ru", "pd:per:phil-hogan"),             # Hulk Hogan
    ("Viola", "en", "pd:per:vincent-viola"),          # the instrument
    ("Кокс", "ru", "pd:per:geoffrey-cox"),            # coke
    ("Райт", "ru", "pd:per:jeremy-wright"),
    ("Мюллер", "ru", "pd:per:robert-mueller"),
    ("Круз", "ru", "pd:per:ted-cruz"),
    ("Саид", "ru", "pd:per:hafiz-saeed"),
    ("Кадри", "ru", "pd:per:mumtaz-qadri"),           # three Qadris in the Asia Bibi case
    ("Кадри", "ru", "pd:per:noor-ul-haq-qadri"),
    ("Раб", "ru", "pd:per:dominic-raab"),             # "slave"
    ("Яковенко", "uk", "pd:per:alexander-yakovenko"),
    ("Франциск", "en", "pd:per:pope-francis"),
    ("Francis", "en", "pd:per:pope-francis"),
    ("Тахир Махмуд", "ru", "pd:per:tahir-ashrafi"),   # a police officer of that name in the same news
    ("НГ", "ru", "pd:org:nezavisimaya-gazeta"),       # New Year
])
def test_risky_short_forms_left_out(kb, form, lang, not_id):
    assert not_id not in [e.id for e in kb.lookup(form, lang)]
