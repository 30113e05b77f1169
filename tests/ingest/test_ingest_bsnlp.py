import pytest

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


# --- the readers the training corpus and the scorer share ------------------------------------------

def test_raw_file_crlf_iso_datetime_and_ua(tmp_path):
    from podiya.ingest.bsnlp import read_raw

    raw = tmp_path / "file_1.txt"
    raw.write_bytes("ua-1\r\nua\r\n2019-01-02T10:00\r\nhttp://x\r\nЗаголовок\r\n Текст про Брексіт.  \r\n\r\n".encode())
    article = read_raw(raw)
    assert (article.id, article.lang, article.date) == ("ua-1", "uk", "2019-01-02")
    # CRLF gone; the body stripped of the space before it and the blank lines after it
    assert article.text == "Заголовок\n\nТекст про Брексіт."


def test_raw_file_empty_date_and_no_title(tmp_path):
    from podiya.ingest.bsnlp import read_raw

    raw = tmp_path / "r.txt"
    raw.write_bytes(b"ru-9\r\nru\r\n\r\n\r\n\r\n\xd0\xa2\xd0\xb5\xd0\xba\xd1\x81\xd1\x82.\r\n")
    article = read_raw(raw)
    assert (article.id, article.lang, article.date, article.title, article.text) == ("ru-9", "ru", None, None, "Текст.")


def test_out_file_bom_crlf_misc_and_missing_key(tmp_path):
    from podiya.ingest.bsnlp import Annotation, read_annotated

    out = tmp_path / "file_1.out"
    out.write_bytes("\ufeffua-1\r\nБрексіт\tБрексіт\tEVT\tEVT-Brexit\r\n\r\nкиїв\tкиїв\tloc\r\n"
                    "євро-2012\tєвро-2012\tMISC\t30\r\n".encode())
    doc_id, rows = read_annotated(out)
    assert doc_id == "ua-1"            # the BOM is not part of the id
    assert rows == [Annotation("Брексіт", "Брексіт", "EVT", "EVT-Brexit"),
                    Annotation("київ", "київ", "LOC", ""),           # type upper-cased, no key
                    Annotation("євро-2012", "євро-2012", "MISC", "30")]  # MISC kept: the corpus needs it


def test_out_file_errors_name_the_line(tmp_path):
    from podiya.errors import InputError
    from podiya.ingest.bsnlp import parse_annotated

    with pytest.raises(InputError, match="f.out:3"):
        parse_annotated("d1\nМей\tМей\tPER\tx\nлише форма\n", "f.out")
    with pytest.raises(InputError, match="document id on line 1"):
        parse_annotated("\nМей\tМей\tPER\tx\n", "f.out")


def test_topic_layout(tmp_path):
    from podiya.ingest.bsnlp import files, topics

    for folder in ("brexit/annotated/uk", "brexit/raw/uk", "notes"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "brexit" / "raw" / "uk" / "b.txt").write_text("x", encoding="utf-8")
    (tmp_path / "brexit" / "raw" / "uk" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "brexit" / "raw" / "uk" / ".hidden").write_text("x", encoding="utf-8")
    assert topics(tmp_path) == ["brexit"]          # a folder without annotated/ is no topic
    assert [p.name for p in files(tmp_path, "brexit", "raw", "uk")] == ["a.txt", "b.txt"]
    assert files(tmp_path, "brexit", "raw", "ru") == []


def test_shared_quirks_are_all_read(shared_data):
    """The twelve ec/uk .out files with a BOM, the 2017 `ua` files, ISO and empty dates: all read cleanly."""
    from podiya.ingest.bsnlp import files, read_annotated, read_raw, topics

    root = shared_data / "bsnlp2021"
    boms = [p for p in files(root, "ec", "annotated", "uk") if p.read_bytes().startswith(b"\xef\xbb\xbf")]
    assert len(boms) == 12
    assert all(not read_annotated(p)[0].startswith("\ufeff") for p in boms)
    raws = [read_raw(p) for t in topics(root) for lang in ("uk", "ru") for p in files(root, t, "raw", lang)]
    assert len(raws) == 459 and {a.lang for a in raws} == {"uk", "ru"}
    assert all("\r" not in a.text and a.text == a.text.strip() for a in raws)
    assert any(a.date is None for a in raws) and all(a.date is None or len(a.date) == 10 for a in raws)
    def misc(topic):
        return sum(r.type == "MISC" for lang in ("uk", "ru") for p in files(root, topic, "annotated", lang)
                   for r in read_annotated(p)[1])
    assert misc("ec") and misc("trump") and not misc("brexit")     # MISC: the 2017 topics only
    ua = [read_raw(p) for p in files(root, "trump", "raw", "uk")]
    assert ua and all(a.lang == "uk" for a in ua)                    # their files say "ua"
