"""Standard input ("-") is read like a file: detected format, size limit, errors naming "<stdin>"."""
from __future__ import annotations

import dataclasses
import io

import pytest

from podiya.errors import InputError
from podiya.ingest.api import STDIN_SOURCE, read_stdin
from podiya.settings import load_settings


def read(data: bytes, input_format=None, **settings_changes):
    settings = dataclasses.replace(load_settings(), **settings_changes) if settings_changes else load_settings()
    errors: list[InputError] = []
    articles = list(read_stdin(input_format, settings, errors.append, stream=io.BytesIO(data)))
    return articles, errors


def test_plain_text_with_a_date_header_is_one_article():
    articles, errors = read("date 2025-10-17\nУряд провів засідання у Києві.".encode())
    assert errors == []
    [article] = articles
    assert (article.id, article.date, article.source) == ("stdin", "2025-10-17", STDIN_SOURCE)
    assert article.text == "Уряд провів засідання у Києві."


def test_jsonl_lines_are_articles_and_a_bad_line_names_stdin():
    data = '{"id": "a", "text": "Путин встретился с Алиевым."}\nnot json\n{"id": "b", "text": "Второй текст."}\n'
    articles, errors = read(data.encode(), input_format="jsonl")
    assert [a.id for a in articles] == ["a", "b"]
    assert all(a.source.startswith(STDIN_SOURCE) for a in articles)
    [error] = errors
    assert error.source == STDIN_SOURCE and error.line == 2


def test_empty_input_is_an_error_for_stdin():
    with pytest.raises(InputError) as caught:
        read(b"")
    assert caught.value.source == STDIN_SOURCE


def test_input_over_the_size_limit_is_refused_without_reading_it_all():
    with pytest.raises(InputError, match="over the limit"):
        read(b"x" * 5000, max_input_bytes=1000)


def test_read_paths_takes_dash_as_stdin(read_all, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("Переговори у Києві.".encode())))
    articles, errors = read_all(["-"])
    assert errors == [] and [a.source for a in articles] == [STDIN_SOURCE]
