from podiya.language.morphology import analyze


def test_all_ukrainian_parses_are_kept():
    # The uk dictionary does not rank parses: "Баку" first reads as "бак"; the city must still be among them.
    lemmas = {a.lemma for a in analyze("Баку", "uk")}
    assert "бак" in lemmas and "баку" in lemmas


def test_case_number_gender_and_name_tags():
    readings = analyze("Ільхама", "uk")
    assert any(a.case == "gent" and a.number == "sing" and a.gender == "masc" and "Name" in a.tags for a in readings)
    assert any(a.lemma == "ільхам" for a in readings)


def test_russian_parses_are_ranked_and_tagged():
    readings = analyze("Москве", "ru")
    assert readings[0].lemma == "москва" and readings[0].case == "loct" and "Geox" in readings[0].tags


def test_punctuation_has_no_analysis_and_english_gets_a_lemma():
    assert analyze("«", "uk") == ()
    assert analyze("meetings", "en")[0].lemma == "meeting"


def test_case_variants_share_readings_but_a_capital_initial_does_not():
    assert analyze("ПУТІН", "uk") == analyze("Путін", "uk") == analyze("путін", "uk")
    # A single capital letter is an initial ("В. Путін"); the preposition "в" is not.
    assert any("Init" in a.tags for a in analyze("В", "uk"))
    assert not any("Init" in a.tags for a in analyze("в", "uk"))


def test_readings_match_pymorphy_after_both_dictionaries_are_loaded():
    # Tags are read once per (tag, language); rare grammemes of either dictionary must survive.
    from podiya.language.morphology import analyzer

    for word, lang in (("кращий", "uk"), ("більш", "uk"), ("лучше", "ru"), ("найкраще", "uk"), ("ёлка", "ru")):
        expected = {(p.normal_form, frozenset(p.tag.grammemes), p.tag.POS) for p in analyzer(lang).parse(word)}
        assert {(a.lemma, a.tags, a.pos) for a in analyze(word, lang)} == expected


def test_pymorphy_parses_are_shared_across_case_variants():
    from podiya.language.morphology import parses

    assert parses("Києві", "uk") is parses("києві", "uk")
    assert any(p.normal_form == "київ" for p in parses("Києві", "uk"))
