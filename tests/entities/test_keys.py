from podiya.entities.keys import entity_key, transliterate


def test_uk_and_ru_spellings_share_a_key():
    assert entity_key("Тереза Мей", "PER") == entity_key("Тереза Мэй", "PER") == "x:mei"
    assert entity_key("Гілларі Клінтон", "PER") == entity_key("Хиллари Клинтон", "PER")
    assert entity_key("Борис Джонсон", "PER") == entity_key("Борис Джонсон", "PER")


def test_key_is_latin_slug_with_type_prefix():
    key = entity_key("Центр близькосхідних досліджень", "ORG")
    assert key == "x:tsentr-blizkoshidnih-doslidzhen" and key.isascii()


def test_transliteration_drops_soft_signs_and_apostrophes():
    assert transliterate("Об'єднане Королівство") == "obednane-korolivstvo"
    assert transliterate("Ольга") == transliterate("Ольга") == "olha"


def test_initials_and_invisible_characters_do_not_change_a_persons_key():
    from podiya.entities.keys import person_name_parts

    assert entity_key("С.Барклі", "PER") == entity_key("Стівен Барклі", "PER") == "x:barkli"
    assert entity_key("Тереза\u200b\u200b Мей", "PER") == "x:mei"
    assert person_name_parts("С.Ю.Кашкін") == ("С", "Кашкін")
    assert person_name_parts("Мей") == ("", "Мей")


def test_inflected_acronym_keeps_its_capitals():
    assert entity_key("НАЗКу", "ORG") == entity_key("НАЗК", "ORG") == "x:nazk"
    assert entity_key("НАТО", "ORG") == "x:nato"
