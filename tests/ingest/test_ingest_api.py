import codecs
import shutil

import pytest

from podiya.ingest import FORMATS, read_paths
from podiya.ingest.api import walk_sorted
from podiya.ingest.detect import detect_format


def make_mixed_folder(root, fixtures):
    """Good files of every format and one bad file of every kind, in nested folders."""
    for name in ("kyiv-talks.uk.txt", "bsnlp-sample.txt", "page.html", "feed.atom"):
        shutil.copy(fixtures / name, root / name)
    (root / "sub").mkdir()
    (root / "sub" / "b-cp1251.ru.txt").write_bytes("Встреча в Душанбе прошла спокойно.".encode("cp1251"))
    (root / "sub" / "a-utf16.uk.txt").write_bytes("Зустріч у Душанбе.".encode("utf-16"))
    (root / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\n\t ")
    (root / "latin1.txt").write_bytes("Ça coûte très cher à Genève, déjà été.".encode("latin-1"))
    (root / ".hidden.txt").write_text("не читати")
    (root / "lines.jsonl").write_text('{"id": "j1", "text": "Перший."}\n{oops\n', encoding="utf-8")


def test_mixed_folder_every_good_document_and_one_error_per_bad_one(tmp_path, fixtures, read_all):
    make_mixed_folder(tmp_path, fixtures)
    articles, errors = read_all(tmp_path)
    assert [a.id for a in articles] == ["ua-7", "urn:example:entry:1", "kyiv-talks.uk", "j1", "page",
                                        "a-utf16.uk", "b-cp1251.ru"]
    assert articles[-1].text == "Встреча в Душанбе прошла спокойно." and articles[-1].lang == "ru"
    assert articles[-2].text == "Зустріч у Душанбе."
    by_file = {e.source.rsplit("/", 1)[-1]: e for e in errors}
    assert sorted(by_file) == ["binary.txt", "blank.txt", "empty.txt", "latin1.txt", "lines.jsonl"]
    assert "binary" in by_file["binary.txt"].reason
    assert "empty" in by_file["empty.txt"].reason and "empty" in by_file["blank.txt"].reason
    assert "cannot decode" in by_file["latin1.txt"].reason
    assert by_file["lines.jsonl"].line == 2
    # errors come in the same sorted order as the files
    assert [e.source.rsplit("/", 1)[-1] for e in errors] == ["binary.txt", "blank.txt", "empty.txt",
                                                             "latin1.txt", "lines.jsonl"]


def test_files_in_given_order_and_missing_path(tmp_path, fixtures, read_all):
    articles, errors = read_all([fixtures / "page.html", tmp_path / "nope.txt", fixtures / "kyiv-talks.uk.txt"])
    assert [a.id for a in articles] == ["page", "kyiv-talks.uk"]
    assert "no such file" in errors[0].reason


def test_input_format_overrides_detection(fixtures, read_all):
    [a], _ = read_all(fixtures / "bsnlp-sample.txt", input_format="text")
    assert a.id == "bsnlp-sample" and a.text.startswith("ua-7\nua\n")
    articles, errors = read_all(fixtures / "page.html", input_format="nonsense")
    assert articles == [] and "unknown format" in errors[0].reason


def test_default_on_error_logs_and_never_raises(tmp_path, caplog):
    (tmp_path / "x.bin").write_bytes(b"\x00\x01\x02")
    assert list(read_paths([tmp_path])) == []
    assert "binary" in caplog.text


def test_over_max_input_bytes_refused_without_reading(tmp_path, read_all):
    from podiya.settings import load_settings

    (tmp_path / "big.txt").write_text("а" * 1000, encoding="utf-8")
    _, errors = read_all(tmp_path / "big.txt", settings=load_settings(max_input_bytes=500))
    assert "over the limit" in errors[0].reason


@pytest.mark.parametrize("name,head,expected", [
    ("a.txt", b"date 2025-10-17\nText", "text"),
    ("a.txt", b"uk-1\nuk\n2018-07-15\nhttps://x.ua\nT\nBody", "bsnlp"),
    ("a.txt", codecs.BOM_UTF8 + b"344\r\nua\r\n\r\n\r\nT\r\nBody", "bsnlp"),
    ("a.data", b'{"id": 1, "text": "x"}\n', "jsonl"),
    ("a", b"  <!DOCTYPE html><html>", "html"),
    ("a.xml", b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
    ("a.xml", b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
    ("a.bin", b"WARC/1.0\r\nWARC-Type: warcinfo", "warc"),
    ("a.htm", b"Just a fragment without tags", "html"),
])
def test_detect_format(tmp_path, name, head, expected):
    assert detect_format(tmp_path / name, head) == expected
    assert expected in FORMATS


def test_walk_sorted_is_path_order(tmp_path):
    for rel in ("b/2.txt", "a.txt", "b/1.txt", "a/z.txt", ".git/x"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in walk_sorted(tmp_path)] == ["a/z.txt", "a.txt", "b/1.txt", "b/2.txt"]


def test_fifo_and_broken_link_are_reported_not_read(tmp_path, read_all):
    import os

    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "dangling").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "ok.txt").write_text("Текст.", encoding="utf-8")
    articles, errors = read_all(tmp_path)
    assert [a.id for a in articles] == ["ok"]
    assert sorted(e.source.rsplit("/", 1)[-1] for e in errors) == ["dangling", "pipe"]


def test_utf16_jsonl(tmp_path, read_all):
    (tmp_path / "u.jsonl").write_bytes('{"id": "u1", "text": "Текст один."}\r\n{"id": "u2", "text": "Два."}\r\n'.encode("utf-16"))
    articles, errors = read_all(tmp_path / "u.jsonl")
    assert errors == [] and [(a.id, a.text) for a in articles] == [("u1", "Текст один."), ("u2", "Два.")]
