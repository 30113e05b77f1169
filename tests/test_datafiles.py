"""The one reader of packaged TSV tables: comments and blank lines skipped, bad rows cited by line."""
from __future__ import annotations

import pytest

import podiya.datafiles
from podiya.datafiles import tsv_rows
from podiya.errors import DataFileError


@pytest.fixture
def table(tmp_path, monkeypatch):
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(podiya.datafiles, "files", lambda package: tmp_path)
    return tmp_path / "data" / "t.tsv"


def test_rows_skip_comments_and_blank_lines_and_strip_cells(table):
    table.write_text("# lang\tlemma\tgloss\n\nuk\t уряд \tgovernment\n", encoding="utf-8")
    rows = list(tsv_rows("podiya.entities", "t.tsv", "lang<TAB>lemma<TAB>gloss", 3, 3))
    assert rows == [("entities/data/t.tsv", 3, ["uk", "уряд", "government"])]


@pytest.mark.parametrize("row", ["uk\tуряд", "uk\t\tgovernment", "uk\tуряд\tgovernment\textra"])
def test_a_bad_row_names_file_line_and_layout(table, row):
    table.write_text(f"uk\tсуд\tcourt\n{row}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"entities/data/t.tsv:2: expected lang<TAB>lemma<TAB>gloss"):
        list(tsv_rows("podiya.entities", "t.tsv", "lang<TAB>lemma<TAB>gloss", 3, 3))


def test_packaged_tables_load():
    from podiya.entities.actors import org_sector_words, state_body_words
    from podiya.entities.consistency import org_heads
    from podiya.entities.gazetteer import alias_stoplist, media_titles

    assert org_sector_words() and state_body_words() and org_heads()
    assert alias_stoplist() and media_titles()
