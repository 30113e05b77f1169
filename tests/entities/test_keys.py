from podiya.entities.keys import entity_key, transliterate


def test_uk_and_ru_spellings_share_a_key():
    assert entity_key("Тереза Мей", "PER") == entity_key("Тереза Мэй", "PER") == "x:per:mei"
    assert entity_key("Гілларі Клінтон", "PER") == entity_key("Хиллари Клинтон", "PER")
    assert entity_key("Борис Джонсон", "PER") == entity_key("Борис Джонсон", "PER")


def test_key_is_latin_slug_with_type_prefix():
    key = entity_key("Центр близькосхідних досліджень", "ORG")
    assert key.startswith("x:org:") and key.isascii() and " " not in key


def test_transliteration_drops_soft_signs_and_apostrophes():
    assert transliterate("Об'єднане Королівство") == "obednane-korolivstvo"
    assert transliterate("Ольга") == transliterate("Ольга") == "olha"
