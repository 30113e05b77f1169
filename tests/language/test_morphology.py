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
