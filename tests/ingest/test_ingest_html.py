import time

from podiya.settings import load_settings


def test_html_page(fixtures, read_all):
    [a], errors = read_all(fixtures / "page.html")
    assert errors == []
    assert (a.id, a.title, a.date, a.url) == ("page", "Переговори в Душанбе", "2025-10-17",
                                               "https://example.com/news/dushanbe")
    assert a.text.startswith("Переговори в Душанбе\n\nЗустріч Ільхама Алієва")
    assert "Головна" not in a.text and "tracking" not in a.text and a.text.count("Переговори в Душанбе") == 1
    assert a.metadata["author"] == "Олена Коваль"


def test_html_without_text_is_an_error(tmp_path, read_all):
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body><script>1</script></body></html>")
    articles, errors = read_all(tmp_path / "empty.html")
    assert articles == [] and "without a main text" in errors[0].reason


def test_50mb_html_refused_quickly_and_batch_goes_on(tmp_path, read_all, fixtures):
    big = tmp_path / "a-big.html"
    with open(big, "w", encoding="utf-8") as fh:
        fh.write("<html><body>")
        chunk = "<p>" + "Дуже довгий абзац. " * 50 + "</p>\n"
        for _ in range(50_000_000 // len(chunk.encode()) + 1):
            fh.write(chunk)
        fh.write("</body></html>")
    assert big.stat().st_size > 50_000_000
    (tmp_path / "b-note.txt").write_text("Звичайний текст.", encoding="utf-8")
    started = time.perf_counter()
    articles, errors = read_all(tmp_path)
    assert time.perf_counter() - started < 5
    assert [a.id for a in articles] == ["b-note"]
    assert len(errors) == 1 and "a-big.html" in errors[0].source and "max_html_bytes" in errors[0].reason


def test_html_limit_is_a_setting(fixtures, read_all):
    _, errors = read_all(fixtures / "page.html", settings=load_settings(max_html_bytes=100))
    assert "max_html_bytes" in errors[0].reason


def test_declared_charset_is_used(tmp_path, read_all):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><title>Новости</title>'
            '</head><body><article><p>Встреча лидеров прошла в Душанбе девятого октября, стороны договорились о '
            'новых консультациях.</p></article></body></html>')
    (tmp_path / "koi.html").write_bytes(page.encode("koi8-r"))
    [a], errors = read_all(tmp_path / "koi.html")
    assert errors == [] and "Встреча лидеров" in a.text


def test_title_is_not_cut_from_a_longer_first_line(tmp_path, read_all):
    (tmp_path / "t.html").write_text(
        "<html><head><title>Новини</title></head><body><article><p>Новинами дня стали переговори в Душанбе "
        "між лідерами двох країн.</p></article></body></html>", encoding="utf-8")
    [a], _ = read_all(tmp_path / "t.html")
    assert a.text == "Новини\n\nНовинами дня стали переговори в Душанбе між лідерами двох країн."
