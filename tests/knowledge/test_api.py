"""The knowledge-base API on facts the other stages rely on."""
import pytest

from podiya.knowledge import Entry, load_kb
from podiya.language.morphology import analyze


def test_load_is_cached(kb):
    assert load_kb() is kb
    assert len(kb) > 0


def test_get_by_qid_and_local_id(kb):
    assert kb.get("Q159").names["en"] == "Russia"
    assert kb.get("pd:per:heydar-aliyev").type == "PER"
    assert kb.get("Q999999999") is None


@pytest.mark.parametrize("form", ["РФ", "рф", "Росія", "Російська Федерація", "Russian Federation", "Россия"])
def test_lookup_russia_forms(kb, form):
    assert [e.id for e in kb.lookup(form)] == ["Q159"]


def test_lookup_normalizes_apostrophes_and_yo(kb):
    assert kb.lookup("Соединенные Штаты") == kb.lookup("Соединённые Штаты") != []
    ivory = kb.lookup("Кот-д'Івуар")
    assert ivory and kb.lookup("Кот-д’Івуар") == kb.lookup("КОТ-ДʼІВУАР") == ivory


def test_lookup_lang_restricts(kb):
    assert kb.lookup("Russia", lang="en")
    assert kb.lookup("Росія", lang="en") == []
    assert kb.lookup("Россия", lang="uk") == []
    # Latin letters in a uk/ru text are written as in English
    assert [e.id for e in kb.lookup("Russia", lang="uk")] == ["Q159"]
    assert [e.country for e in kb.lookup("NATO", lang="ru")] == ["NATO"]


@pytest.mark.parametrize("form", ["ЄС", "Євросоюз", "Європейський Союз", "Європейський союз", "EU", "Евросоюз"])
def test_eu_one_entry(kb, form):
    assert [e.id for e in kb.lookup(form)] == ["Q458"]


def test_alias_index_maps_forms_to_ids(kb):
    index = kb.alias_index()
    assert index["рф"] == ("Q159",)
    assert set(index["алієв"]) >= {"pd:per:ilham-aliyev", "pd:per:heydar-aliyev"}


def test_country_adjective_and_demonyms(kb):
    assert kb.country_adjective("азербайджанський") == "AZE"
    assert kb.country_adjective("азербайджанский") == "AZE"
    assert kb.country_adjective("Azerbaijani") == "AZE"
    assert kb.country_adjective("росіяни") == "RUS"
    assert kb.country_adjective("азербайджанського") == "AZE"   # inflected form still found
    assert kb.country_adjective("стіл") is None


def test_lemma_of_inflected_adjective_maps_to_aze(kb):
    lemmas = {a.lemma for a in analyze("азербайджанського", "uk")}
    assert any(kb.country_adjective(lemma) == "AZE" for lemma in lemmas)


def test_metonyms(kb):
    assert kb.metonym("Кремль") == ("RUS", "GOV")
    assert kb.metonym("кремль") == ("RUS", "GOV")
    assert kb.metonym("Банкова") == ("UKR", "GOV")
    assert kb.metonym("Баку") == ("AZE", "GOV")
    assert kb.metonym("Москва") == ("RUS", "GOV")
    assert kb.metonym("стіл") is None


@pytest.mark.parametrize("form,lang", [("Баку", "uk"), ("Baku", "en"), ("Баку", "ru")])
def test_baku_is_capital_of_aze(kb, form, lang):
    places = [e for e in kb.lookup(form, lang) if e.type == "LOC"]
    assert len(places) == 1
    assert places[0].kind == "capital" and places[0].country == "AZE"
    assert places[0].metonym == ("AZE", "GOV")


def test_pantsir_is_russian_product(kb):
    (pantsir,) = kb.lookup("Панцир", "uk")
    assert pantsir.type == "PRO" and pantsir.country == "RUS"


def test_office_holder_by_date(kb):
    assert kb.office_holder("RUS.head_of_state", "2025-10-17").id == "Q7747"
    assert kb.office_holder("RUS.head_of_state", "1999-06-01").names["en"] == "Boris Yeltsin"
    assert kb.office_holder("RUS.head_of_state", "2010-01-01").names["en"] == "Dmitry Medvedev"
    assert kb.office_holder("RUS.head_of_state", "2025") .id == "Q7747"
    with pytest.raises(KeyError, match="unknown office"):
        kb.office_holder("XXX.head_of_state", "2025-01-01")
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        kb.office_holder("RUS.head_of_state", "17.10.2025")


def test_ambiguous_surname_resolved_by_date(kb):
    aliyevs = kb.lookup("Алієв", "uk")
    assert len(aliyevs) >= 2
    in_2025 = [e for e in aliyevs if e.holds("AZE.head_of_state", "2025-10-17")]
    in_2000 = [e for e in aliyevs if e.holds("AZE.head_of_state", "2000-01-01")]
    assert [e.names["en"] for e in in_2025] == ["Ilham Aliyev"]
    assert [e.names["en"] for e in in_2000] == ["Heydar Aliyev"]


@pytest.mark.parametrize("lemmas,lang,office", [
    (["правитель", "росія"], "uk", "RUS.head_of_state"),
    (["президент", "рф"], "uk", "RUS.head_of_state"),
    (["глава", "кремль"], "uk", "RUS.head_of_state"),
    (["прем'єр-міністр", "україна"], "uk", "UKR.head_of_government"),
    (["прем’єр", "-", "міністр", "україна"], "uk", "UKR.head_of_government"),
    (["російський", "президент"], "uk", "RUS.head_of_state"),
    (["президент", "россия"], "ru", "RUS.head_of_state"),
    (["president", "of", "russia"], "en", "RUS.head_of_state"),
    (["russian", "president"], "en", "RUS.head_of_state"),
])
def test_match_office(kb, lemmas, lang, office):
    assert kb.match_office(lemmas, lang) == office


def test_match_office_needs_a_country(kb):
    assert kb.match_office(["президент"], "uk") is None
    assert kb.match_office(["президент"], "uk", country="UKR") == "UKR.head_of_state"
    assert kb.match_office(["стіл", "росія"], "uk") is None


def test_office_phrase_to_holder(kb):
    office = kb.match_office(["президент", "україна"], "uk")
    assert kb.office_holder(office, "2019-06-01").names["en"] == "Volodymyr Zelenskyy"
    assert kb.office_holder(office, "2018-06-01").names["en"] == "Petro Poroshenko"
    ruler = kb.match_office(["правитель", "росія"], "uk")
    assert kb.office_holder(ruler, "2025-10-17").id == "Q7747"
    assert kb.office_holder(ruler, "1999-06-01").names["en"] == "Boris Yeltsin"


def test_entry_is_hashable_by_id(kb):
    russia = kb.get("Q159")
    assert isinstance(russia, Entry)
    assert {russia, kb.lookup("РФ")[0]} == {russia}


@pytest.mark.parametrize("lemmas,lang,entry_id", [
    (["сполучений", "штат", "америка"], "uk", "Q30"),
    (["європейський", "союз"], "uk", "Q458"),
    (["ільхам", "алієв"], "uk", "pd:per:ilham-aliyev"),
    (["південний", "кавказ"], "uk", "pd:loc:south-caucasus"),
    (["перський", "затока"], "uk", "pd:loc:persian-gulf"),
])
def test_lookup_lemmas_spells_multiword_names(kb, lemmas, lang, entry_id):
    assert entry_id in [e.id for e in kb.lookup_lemmas(lemmas, lang)]


@pytest.mark.parametrize("words,lang,entry_id", [
    ("Соединённых Штатов", "ru", "Q30"), ("Сполучених Штатах", "uk", "Q30"), ("Європейського Союзу", "uk", "Q458"),
    ("Ильхама Алиева", "ru", "pd:per:ilham-aliyev"), ("Перській затоці", "uk", "pd:loc:persian-gulf"),
])
def test_lookup_lemmas_with_the_tagger_lemmas(kb, words, lang, entry_id):
    lemmas = [analyze(w, lang)[0].lemma for w in words.split()]      # whatever the first reading says
    assert entry_id in [e.id for e in kb.lookup_lemmas(lemmas, lang)]


def test_lookup_lemmas_needs_every_word(kb):
    assert kb.lookup_lemmas(["сполучений"], "uk") == []
    assert kb.lookup_lemmas([], "uk") == []


@pytest.mark.parametrize("lemmas,lang,office", [
    (["генсек", "ната"], "uk", "NATO.secretary_general"),        # the uk dictionary reads НАТО as "ната"
    (["генеральний", "секретар", "оон"], "uk", "UN.secretary_general"),
    (["канцлер", "німеччина"], "uk", "DEU.head_of_government"),
    (["король", "великий", "британія"], "uk", "GBR.head_of_state"),
    (["президент", "великий", "британія"], "uk", None),           # no such post
    (["держсекретар", "сша"], "uk", "USA.foreign_minister"),
    (["глава", "пентагон"], "uk", "USA.defence_minister"),
    (["президент", "єврокомісія"], "uk", "EU.commission_president"),
    (["міністр", "закордонний", "справа", "росія"], "uk", "RUS.foreign_minister"),
    (["глава", "мид", "россия"], "ru", "RUS.foreign_minister"),
    (["верховний", "лідер", "іран"], "uk", "IRN.supreme_leader"),
    (["лідер", "китай"], "uk", "CHN.head_of_state"),
    (["президент", "сполучений", "штат"], "uk", "USA.head_of_state"),
    (["us", "president"], "en", "USA.head_of_state"),
    (["british", "prime", "minister"], "en", "GBR.head_of_government"),
    (["лідер", "німеччина"], "uk", "DEU.head_of_government"),     # parliamentary: the leader is the chancellor
])
def test_match_office_more(kb, lemmas, lang, office):
    assert kb.match_office(lemmas, lang) == office


def test_by_date_picks_the_namesake_in_office(kb):
    aliyevs = kb.lookup("Алієв", "uk")
    assert kb.by_date(aliyevs, "2025-10-17").names["en"] == "Ilham Aliyev"
    assert kb.by_date(aliyevs, "2001").names["en"] == "Heydar Aliyev"
    assert kb.by_date(aliyevs, "1980-01-01") is None
    assert kb.by_date(aliyevs, None) is None
    assert kb.by_date(kb.lookup("Путін"), None).id == "Q7747"
    assert kb.by_date([], "2025-01-01") is None


def test_lookup_lemmas_with_every_reading(kb):
    # the first reading of "Південному" is the noun "південне"; the adjective reading must still match
    readings = [{a.lemma for a in analyze(w, "uk")} | {w} for w in ("Південному", "Кавказі")]
    assert [e.id for e in kb.lookup_lemmas(readings, "uk")] == ["pd:loc:south-caucasus"]


def test_lookup_tokens(kb):
    from podiya.doc import Token
    tokens = [Token(0, 9, "Північних", analyses=analyze("Північних", "uk")),
              Token(10, 17, "потоків", analyses=analyze("потоків", "uk"))]
    assert [e.type for e in kb.lookup_tokens(tokens, "uk")] == ["PRO"]


@pytest.mark.parametrize("a,b", [("ПВК «Вагнер»", "пвк вагнер"), ("\"Панцир\"", "панцир"), ("Соединённые  Штаты", "соединенные штаты"),
                                 ("Прем’єр — міністр", "прем'єр - міністр"), ("КОТ-ДʼІВУАР", "кот-д'івуар")])
def test_normalize(a, b):
    from podiya.knowledge import normalize
    assert normalize(a) == b
    assert normalize(normalize(a)) == normalize(a)


def test_normalize_is_idempotent_on_any_text():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from podiya.knowledge import normalize

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.sampled_from("аАёЁїЇ'’ʼ«»\"—– \u00a0xyzХ-"), max_size=30))
    def check(text):
        once = normalize(text)
        assert normalize(once) == once
        assert once == once.strip() and "  " not in once

    check()


def test_adjective_stem_takes_the_longest_ending_that_leaves_four_letters():
    # The stem is found by length (one set look-up per ending length); it must be what trying
    # every ending, longest first, gives.
    from podiya.knowledge.kb import _ADJ_ENDINGS, adjective_stem
    from podiya.knowledge.normalize import normalize

    def by_every_ending(word):
        key = normalize(word)
        for ending in _ADJ_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 4:
                return key[: -len(ending)]
        return key

    words = ["азербайджанського", "Російськими", "британський", "росіяни", "американцям", "ЄС", "ого",
             "нього", "Соединённых", "українськью", "британії", "x", "", "польськ"]
    for word in words:
        assert adjective_stem(word) == by_every_ending(word), word
    assert adjective_stem("азербайджанського") == "азербайджанськ"


def test_the_kbs_cached_key_is_normalize():
    # kb._key skips normalize() for plain words; it must give what normalize() gives for any form.
    from podiya.knowledge.kb import _key
    from podiya.knowledge.normalize import normalize

    forms = [chr(c) for c in range(0x0400, 0x0500)] + [chr(c) + "ва" for c in range(0x0400, 0x0500)]
    forms += ["Iнтерфакс", "Cергей", "Ёлка", "ёж", "NATO", "Nato", "прем'єр", "Прем’єр-міністр", "ʼєдність",
              "«Газпром»", "ПВК Вагнер", "İstanbul", "Straße", "Σ", "x\u00ady", "", " ", "Рада ЄС"]
    for form in forms:
        assert _key(form) == normalize(form), form
