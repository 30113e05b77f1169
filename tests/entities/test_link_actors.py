"""Linking, keys and actor codes on hand-made mentions; needs the knowledge base's core entries."""
import pytest
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
    assert name == "Олег Кривошиєнко" and key == "x:krivoshienko"


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


def _group_of(groups, text):
    return next(g for g in groups if any(m.text == text for m in g.mentions))


def test_head_noun_after_full_organisation_name_joins_it():
    groups = group_mentions([_m("Європейська комісія", "ORG", "Європейська комісія", start=0),
                             _m("Комісія", "ORG", "Комісія", start=40)], "uk")
    assert len(groups) == 1
    assert group_name_and_key(groups[0], "uk")[1] == "pd:org:european-commission"
    # the KB's full name counts: "Єврокомісія" is "Європейська комісія"
    groups = group_mentions([_m("Єврокомісія", "ORG", "Єврокомісія", start=0),
                             _m("Комісії", "ORG", "Комісія", start=40)], "uk")
    assert len(groups) == 1


def test_head_noun_of_two_organisations_stays_apart():
    groups = group_mentions([_m("Рада ЄС", "ORG", "Рада ЄС", start=0),
                             _m("Рада Європи", "ORG", "Рада Європи", start=20),
                             _m("Рада", "ORG", "Рада", start=40)], "uk")
    assert len(groups) == 3


def test_short_form_takes_the_organisation_the_document_names_most():
    mentions = [_m("Європейська комісія", "ORG", "Європейська комісія", start=0),
                _m("Центральна виборча комісія", "ORG", "Центральна виборча комісія", start=30),
                _m("Центральна виборча комісія", "ORG", "Центральна виборча комісія", start=70),
                _m("Комісія", "PER", "Комісія", start=110)]
    groups = group_mentions(mentions, "uk")
    owner = _group_of(groups, "Комісія")
    assert {m.start for m in owner.mentions} == {30, 70, 110}
    assert owner.type == "ORG"           # the full name's type, not the tagger's guess on "Комісія"


def test_first_words_of_an_organisation_name_join_it():
    groups = group_mentions([_m("Комітет міністрів Ради Європи", "ORG", "Комітет міністрів Ради Європи", start=0),
                             _m("Комітет міністрів", "ORG", "Комітет міністрів", start=50)], "uk")
    assert len(groups) == 1
    assert group_name_and_key(groups[0], "uk")[1] == "pd:org:coe-committee-of-ministers"


def test_known_surname_with_variant_first_name_or_initial():
    assert choose_entry("Гіларі Клінтон", "Гіларі Клінтон", "PER", "uk", "2016-11-01").id == "Q6294"
    assert choose_entry("П. Клімкін", "П. Клімкін", "PER", "uk", "2016-11-01").id == "pd:per:pavlo-klimkin"
    assert choose_entry("Дональда Трамп", "Дональда Трамп", "PER", "uk", "2018-01-01").id == "Q22686"
    # another first name is another person
    assert choose_entry("Фред Трамп", "Фред Трамп", "PER", "uk", "2018-01-01") is None


def test_known_person_with_a_surname_spelled_or_inflected_otherwise():
    # "Хан" for Ган (г/х), a doubled letter dropped, a case ending the normalizer left on
    assert choose_entry("Йоханесс Хан", "Йоханесс Хан", "PER", "uk", "2016-11-01").id == "pd:per:johannes-hahn"
    assert choose_entry("Домініка Рабе", "Домінік Рабе", "PER", "uk", "2018-11-15").id == "pd:per:dominic-raab"
    assert choose_entry("Тереза Мей", "Тереза Мей", "PER", "ru", "2018-11-15").id == "pd:per:theresa-may"
    # the first name must still agree
    assert choose_entry("Імран Ган", "Імран Ган", "PER", "uk", "2016-11-01").id != "pd:per:johannes-hahn"


def test_the_stage_groups_with_the_documents_language(monkeypatch):
    from podiya.doc import Article
    from podiya.entities import stage as stage_module
    from podiya.entities.recognize import packaged_model_path
    from podiya.pipeline import Pipeline

    if not packaged_model_path().is_file():
        pytest.skip("the packaged model is absent; run `podiya train ner`")
    seen = []
    real = stage_module.group_mentions
    monkeypatch.setattr(stage_module, "group_mentions", lambda mentions, lang=None: seen.append(lang) or real(mentions, lang))
    Pipeline(stages=["language", "segment", "morphology", "entities"])(
        Article(id="t", text="Президент России Владимир Путин прибыл в Баку.", lang="ru"))
    assert seen == ["ru"]


def test_given_name_after_full_name_joins_it():
    for lang in ("uk", None):
        groups = group_mentions([_m("Тереза Мей", "PER", "Тереза Мей", start=0),
                                 _m("Тереза", "PER", "Тереза", start=30)], lang)
        assert len(groups) == 1 and groups[0].kb_id == "pd:per:theresa-may"
    # a run-on span of the tagger is no person's full name
    groups = group_mentions([_m("Радою і Парламентом", "PER", "Рада і Парламент", start=0),
                             _m("Рада", "PER", "Рада", start=40)], "uk")
    assert len(groups) == 2


def test_names_the_kb_does_not_hold_do_not_reach_a_namesake():
    assert choose_entry("Бориса", "Борис", "PER", "ru", "2018-07-10") is None      # not Boyko Borisov
    assert choose_entry("Т.Мэй", "Т.Мэи", "PER", "ru", "2018-07-10").id == "pd:per:theresa-may"


def test_english_mentions_group_without_errors():
    mentions = [MentionRec(0, 19, "European Commission", "ORG", "European Commission"),
                MentionRec(30, 40, "Commission", "ORG", "Commission"),
                MentionRec(50, 60, "Theresa May", "PER", "Theresa May"),
                MentionRec(70, 77, "Theresa", "PER", "Theresa")]
    groups = group_mentions(mentions, "en")
    assert 2 <= len(groups) <= 4
    assert group_mentions(mentions) and all(group_name_and_key(g, "en")[1] for g in groups)


def test_acronym_after_its_full_name_joins_it():
    full = "Національне агентство з питань запобігання корупції"
    groups = group_mentions([_m(full, "ORG", full, start=0), _m("НАЗК", "ORG", "НАЗК", start=80),
                             _m("Блок Петра Порошенка", "ORG", "Блок Петра Порошенка", start=100),
                             _m("БПП", "ORG", "БПП", start=130), _m("США", "LOC", "США", start=140)], "uk")
    assert {m.text for m in _group_of(groups, "НАЗК").mentions} == {full, "НАЗК"}
    assert {m.text for m in _group_of(groups, "БПП").mentions} == {"Блок Петра Порошенка", "БПП"}
    assert len(groups) == 3


def test_group_type_is_the_vote_by_length_first_type_on_a_tie_offices_not_counted():
    from podiya.entities.link import Group

    def rec(start, etype, base, kind=None):
        return MentionRec(start, start + len(base), base, etype, base, None, kind=kind)

    # ORG 2 words, PER 2 words: a tie, the type seen first wins (as Counter.most_common)
    assert Group([rec(0, "ORG", "Рада Європи"), rec(20, "PER", "Петро Іванов")]).type == "ORG"
    assert Group([rec(0, "PER", "Петро Іванов"), rec(20, "ORG", "Рада Європи")]).type == "PER"
    assert Group([rec(0, "LOC", "Рада"), rec(20, "ORG", "Рада Європи")]).type == "ORG"
    # an office phrase does not vote; with only office phrases the first mention's type stands
    assert Group([rec(0, "PER", "президент Франції", kind="office"), rec(30, "ORG", "Макрон")]).type == "ORG"
    assert Group([rec(0, "PER", "президент Франції", kind="office")]).type == "PER"


def test_an_unknown_inflected_place_links_through_its_lemmas():
    # the dictionary does not know these words: the normalizer's base is wrong, a lemma reading is the name
    for form, wrong_base, key in [("Белуджистані", "Белуджистань", "pd:loc:balochistan"),
                                  ("Шимкенті", "Шимкенть", "pd:loc:shymkent")]:
        entry = choose_entry(form, wrong_base, "LOC", "uk", "2020-01-01")
        assert entry is not None and entry.id == key
    assert choose_entry("Белуджистані", "Белуджистань", "PER", "uk", "2020-01-01") is None
