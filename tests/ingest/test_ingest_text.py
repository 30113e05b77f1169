import datetime as dt
import logging

from podiya.ingest.text import split_header


def test_header_file(fixtures, read_all):
    [a], errors = read_all(fixtures / "kyiv-talks.uk.txt")
    assert errors == []
    assert (a.id, a.lang, a.date) == ("kyiv-talks.uk", "uk", "2025-10-17")
    assert a.text.startswith("Зустріч у Києві") and a.text.endswith("переговори.")


def test_header_on_the_same_line_and_leading_whitespace(tmp_path, read_all):
    (tmp_path / "x.txt").write_text("  \n date 2024-02-29   Текст одразу після дати.\n\n", encoding="utf-8")
    [a], _ = read_all(tmp_path / "x.txt")
    assert (a.id, a.lang, a.date, a.text) == ("x", None, "2024-02-29", "Текст одразу після дати.")


def test_without_header_text_is_stripped(tmp_path, read_all):
    (tmp_path / "note.ru.md.txt").write_text("\n\n  Текст без даты.  \n", encoding="utf-8")
    [a], _ = read_all(tmp_path / "note.ru.md.txt")
    assert (a.id, a.lang, a.date, a.text) == ("note.ru.md", None, None, "Текст без даты.")


def test_bad_header_date_keeps_document_and_warns(tmp_path, read_all, caplog):
    (tmp_path / "bad.uk.txt").write_text("date 2025-13-45\nТекст новини.", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        [a], errors = read_all(tmp_path / "bad.uk.txt")
    assert errors == [] and a.date is None and a.text == "Текст новини."
    assert "2025-13-45" in caplog.text


def test_future_date_is_kept_with_a_warning(tmp_path, read_all, caplog):
    future = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    (tmp_path / "f.txt").write_text(f"date {future}\nТекст.", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        [a], _ = read_all(tmp_path / "f.txt")
    assert a.date == future and "future" in caplog.text


def test_split_header_ignores_prose_starting_with_date():
    assert split_header("date night in Kyiv") == (None, "date night in Kyiv")
    assert split_header("date 12 people came") == (None, "date 12 people came")
    assert split_header("date 17.10.2025 Text")[0] == "17.10.2025"  # a header, with a date to warn about
    assert split_header("date 2025-10-17\n\nBody") == ("2025-10-17", "Body")


def test_shared_example(example_article, read_all):
    [a], errors = read_all(example_article)
    assert errors == []
    assert (a.id, a.date) == ("dushanbe-2025-10-17.uk", "2025-10-17")
    assert a.text.startswith("Зустріч Ільхама Алієва")


from hypothesis import given, settings as hsettings, strategies as st  # noqa: E402


@hsettings(max_examples=40, deadline=None)
@given(body=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=300)
       .filter(lambda t: t.strip() and "\x00" not in t))
def test_reading_is_idempotent(tmp_path_factory, body):
    """Reading a file, writing its text back and reading again gives the same text."""
    from podiya.ingest import read_paths
    from podiya.ingest.text import parse_text

    folder = tmp_path_factory.mktemp("p")
    path = folder / "doc.txt"
    path.write_bytes(body.encode("utf-8"))
    errors: list = []
    articles = list(read_paths([path], input_format="text", on_error=errors.append))
    if errors:  # only control-character junk may be refused, never with a crash
        assert "binary" in errors[0].reason or "empty" in errors[0].reason or "no text" in errors[0].reason
        return
    [a] = articles
    assert "\r" not in a.text and a.text == a.text.strip()
    again = parse_text(a.text, "again", path, 10**9)
    assert again.text == a.text or split_header(a.text)[0] is not None
