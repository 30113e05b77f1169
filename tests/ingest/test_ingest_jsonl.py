def test_jsonl_good_and_bad_lines(fixtures, read_all):
    articles, errors = read_all(fixtures / "articles.jsonl")
    assert [a.id for a in articles] == ["a1", "articles-2", "a6"]
    a1 = articles[0]
    assert a1.text == "Переговори в Душанбе\n\nЛідери зустрілися 9 жовтня." and a1.title == "Переговори в Душанбе"
    assert (a1.lang, a1.date, a1.url, a1.metadata) == ("uk", "2025-10-17", "https://example.com/a1",
                                                       {"source_name": "Приклад"})
    assert articles[1].date == "2025-10-09"
    assert articles[2].date is None  # "17.10.2025" is not a YYYY-MM-DD date: warned, dropped
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [(3, "not JSON"), (4, "no `text` field (or it is empty / not a string)")]


def test_contract_output_keeps_its_text_exactly(tmp_path, read_all):
    (tmp_path / "out.jsonl").write_text('{"schema": 1, "id": "d", "title": "T", "text": "T\\n\\nBody", "lang": "uk", "date": null}\n',
                                        encoding="utf-8")
    [a], _ = read_all(tmp_path / "out.jsonl")
    assert a.text == "T\n\nBody" and a.metadata == {"schema": 1}


def test_overlong_line_is_skipped_and_next_read(tmp_path, read_all):
    from podiya.settings import load_settings

    long_text = "а" * 500
    (tmp_path / "big.jsonl").write_text(f'{{"text": "{long_text}"}}\n{{"text": "short"}}\n', encoding="utf-8")
    articles, errors = read_all(tmp_path / "big.jsonl", settings=load_settings(max_text_chars=100))
    assert [a.text for a in articles] == ["short"]
    assert errors[0].line == 1 and "over" in errors[0].reason


def test_json_array_and_pretty_object(tmp_path, read_all):
    (tmp_path / "a.json").write_text('[\n {"id": "x", "text": "Перший."},\n {"id": "y"},\n {"text": "Третій.", "lang": "ua"}\n]',
                                     encoding="utf-8")
    (tmp_path / "b.json").write_text('{\n  "id": "p",\n  "text": "Гарно відформатований."\n}\n', encoding="utf-8")
    articles, errors = read_all(tmp_path)
    assert [(a.id, a.lang) for a in articles] == [("x", None), ("a-3", "uk"), ("p", None)]
    assert len(errors) == 1 and errors[0].source.endswith("a.json#item2")
