"""Linking, keys and actor codes on hand-made mentions; needs the knowledge base's core entries."""
from podiya.entities.actors import acts, code_entity, country_adjectives, office_mentions
from podiya.entities.corpus import tokenize
from podiya.entities.link import MentionRec, choose_entry, group_mentions, group_name_and_key
from podiya.knowledge import load_kb


def _m(text, etype, base, lang="uk", date="2025-10-17", start=0):
    entry = choose_entry(text, base, etype, lang, date)
    return MentionRec(start, start + len(text), text, etype, base, entry.id if entry else None)


def test_russia_and_rf_are_one_entity():
    groups = group_mentions([_m("Росії", "LOC", "Росія", start=0), _m("РФ", "LOC", "РФ", start=10)])
    assert len(groups) == 1
    name, key = group_name_and_key(groups[0], "uk")
    assert (name, key) == ("Росія", "Q159")


def test_surname_after_full_name_joins_it():
    groups = group_mentions([_m("Олега Кривошиєнка", "PER", "Олег Кривошиєнко", start=0),
                             _m("Кривошиєнка", "PER", "Кривошиєнко", start=40)])
    assert len(groups) == 1
    name, key = group_name_and_key(groups[0], "uk")
    assert name == "Олег Кривошиєнко" and key == "x:per:krivoshienko"


def test_different_bases_stay_apart():
    groups = group_mentions([_m("Вірменії", "LOC", "Вірменія"), _m("Ірану", "LOC", "Іран", start=20)])
    assert len(groups) == 2


def test_place_or_actor_by_preposition():
    _, tokens = tokenize("Москва змушена шукати. Зустріч у Москві.", "uk")
    moscow = load_kb().lookup("Москва", "uk")[0]
    assert acts(tokens, 0)
    place_index = next(i for i, t in enumerate(tokens) if t.text == "Москві")
    assert not acts(tokens, place_index)
    assert code_entity(moscow, "LOC", True, "2025-10-17") == ("RUS", "GOV")
    assert code_entity(moscow, "LOC", False, "2025-10-17") == ("RUS", None)


def test_office_phrase_resolved_by_date():
    _, tokens = tokenize("Правитель Росії визнав провину.", "uk")
    found = office_mentions(tokens, "uk", "2025-10-17")
    assert len(found) == 1 and found[0][:2] == (0, len("Правитель Росії"))
    assert found[0][2].id == "Q7747"
    assert office_mentions(tokens, "uk", None) == []


def test_country_adjectives_recorded():
    text = "катастрофа азербайджанського літака, збитого російською системою"
    _, tokens = tokenize(text, "uk")
    codes = [(text[s:e], c) for s, e, c in country_adjectives(tokens, "uk")]
    assert codes == [("азербайджанського", "AZE"), ("російською", "RUS")]


def test_unknown_organisation_sector_from_its_name():
    from podiya.entities.actors import guess_org_sector

    assert guess_org_sector("ТОВ «Тальнівський щебзавод»", "uk") == "BUS"
    assert guess_org_sector("Міністерство фінансів України", "uk") == "GOV"
    assert guess_org_sector("Единая Россия", "ru") is None
