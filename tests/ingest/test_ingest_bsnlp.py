from podiya.ingest.bsnlp import looks_bsnlp


def test_bsnlp_sample(fixtures, read_all):
    [a], errors = read_all(fixtures / "bsnlp-sample.txt")
    assert errors == []
    assert (a.id, a.lang, a.date, a.url, a.title) == (
        "ua-7", "uk", "2018-11-16", "https://example.com/news/7", "Мей відстояла угоду")
    assert a.text == ("Мей відстояла угоду\n\nПрем'єр-міністр Тереза Мей заявила, що угода з ЄС "
                      "залишиться чинною.\nДругий абзац.")


def test_empty_title_and_date_and_epoch(tmp_path, read_all):
    (tmp_path / "r.txt").write_text("ru-3\nru\n\n\n\nТекст статьи.\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("449\nua\n1481202661\nhttp://x.ua/1\nЗаголовок\nТекст.\n", encoding="utf-8")
    [r, s], errors = read_all(tmp_path)
    assert errors == []
    assert (r.id, r.lang, r.date, r.title, r.url, r.text) == ("ru-3", "ru", None, None, None, "Текст статьи.")
    assert (s.lang, s.date, s.text) == ("uk", "2016-12-08", "Заголовок\n\nТекст.")


def test_header_shape():
    assert looks_bsnlp("uk-1\nuk\n2018-07-15\nhttps://x.ua/a\nTitle\nBody")
    assert not looks_bsnlp("Перший рядок\nдругий рядок тексту\nтретій\nчетвертий\nп'ятий")


def test_shared_brexit_uk_all_dated(shared_data, read_all):
    articles, errors = read_all(shared_data / "bsnlp2021" / "brexit" / "raw" / "uk")
    assert errors == []
    assert len(articles) == 50
    assert all(a.date and len(a.date) == 10 for a in articles)
    assert all(a.lang == "uk" and "\r" not in a.text for a in articles)
