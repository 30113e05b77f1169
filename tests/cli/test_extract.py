"""`podiya extract` end to end, as a user runs it: good and bad inputs, every output format."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from podiya.cli import app
from podiya.schema import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
GOOD_UK = "date 2025-10-17\nУряд України провів засідання у Києві 9 жовтня."
GOOD_RU = "Переговоры прошли в Москве в понедельник."


def run(*args: str) -> subprocess.CompletedProcess:
    """The real command in a fresh process: real stdout / stderr, logging set up by `main`."""
    code = "import sys; from podiya.cli import main; sys.argv[0] = 'podiya'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120)


def documents(jsonl: str) -> list[dict]:
    """Parse JSON Lines output; every line must be a valid contract document."""
    docs = [json.loads(line) for line in jsonl.splitlines()]
    for doc in docs:
        Document.model_validate(doc)
    return docs


def good_and_bad(folder: Path) -> dict[str, str]:
    """A folder with two good files, a JSONL file mixing good and bad lines and every bad input.

    Returns what each bad input's one stderr line must name.
    """
    folder.mkdir()
    (folder / "01-good.uk.txt").write_text(GOOD_UK, encoding="utf-8")
    (folder / "02-binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "03-empty.txt").write_bytes(b"")
    (folder / "04-undecodable.txt").write_bytes("Latin-1 text: café, naïve, façade".encode("latin-1") + b"\x81\x8d")
    page = "<html><head><title>Big</title></head><body>" + "<p>Новина дня про уряд.</p>\n" * 200_000 + "</body></html>"
    (folder / "05-huge.html").write_text(page, encoding="utf-8")
    assert (folder / "05-huge.html").stat().st_size > 5_000_000
    (folder / "06-lines.jsonl").write_text("\n".join([
        json.dumps({"id": "j1", "text": "Президент підписав указ.", "date": "2025-10-01", "lang": "uk"},
                   ensure_ascii=False),
        "{this is not json",
        json.dumps({"id": "j3", "text": "Міністр відвідав Львів.", "date": "2025-10-02"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    (folder / "07-bad-date.uk.txt").write_text("date 2025-02-30\nДепутати ухвалили закон.", encoding="utf-8")
    (folder / "08-good.ru.txt").write_text(GOOD_RU, encoding="utf-8")
    return {"binary": "02-binary.txt", "empty": "03-empty.txt", "undecodable": "04-undecodable.txt",
            "huge": "05-huge.html", "not json": "06-lines.jsonl:2", "bad date": "07-bad-date.uk.txt"}


def test_example_article_end_to_end(example_article):
    result = CliRunner().invoke(app, ["extract", str(example_article)])
    assert result.exit_code == 0, result.output
    [doc] = documents(result.stdout)
    raw = example_article.read_text(encoding="utf-8")
    assert (doc["id"], doc["lang"], doc["date"], doc["title"]) == ("dushanbe-2025-10-17.uk", "uk", "2025-10-17", None)
    assert doc["text"] == raw.split("2025-10-17", 1)[1].strip()  # the header line gone, nothing else
    text, sentences = doc["text"], doc["sentences"]
    assert len(sentences) > 10
    covered = set()
    for (start, end), (next_start, _) in zip(sentences, sentences[1:] + [(len(text), None)]):
        piece = text[start:end]
        assert 0 <= start < end <= next_start <= len(text)
        assert piece == piece.strip() and piece, (start, end)  # a sentence starts and ends on a character
        covered.update(range(start, end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())  # nothing falls between
    assert "Душанбе" in text[slice(*sentences[0])]


def test_mixed_folder_keeps_order_and_reports_each_bad_input_once(tmp_path):
    bad = good_and_bad(tmp_path / "in")
    result = run("extract", str(tmp_path / "in"))
    assert result.returncode == 0, result.stderr
    docs = documents(result.stdout)
    assert [d["id"] for d in docs] == ["01-good.uk", "j1", "j3", "07-bad-date.uk", "08-good.ru"]
    assert [d["date"] for d in docs] == ["2025-10-17", "2025-10-01", "2025-10-02", None, None]
    assert [d["lang"] for d in docs] == ["uk", "uk", "uk", "uk", "ru"]
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    for what, name in bad.items():
        naming = [line for line in lines if f"{name}:" in line]
        assert len(naming) == 1, (what, naming)
        assert naming[0].startswith(("error: ", "warning: ")), naming[0]
    reasons = {what: next(line for line in lines if f"{name}:" in line) for what, name in bad.items()}
    assert "binary" in reasons["binary"] and "empty" in reasons["empty"]
    assert "convert the file to UTF-8" in reasons["undecodable"] and "max_html_bytes" in reasons["huge"]
    assert "not JSON" in reasons["not json"] and "kept without a date" in reasons["bad date"]
    assert lines[-1] == "podiya extract: 5 documents written, 5 failed"
    assert len(lines) == len(bad) + 1  # one line per bad input and the summary, nothing else


def test_only_bad_inputs_exit_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.dat").write_bytes(b"\x00\x01\x02" * 100)
    result = CliRunner().invoke(app, ["extract", str(tmp_path), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "empty.txt: empty file" in result.stderr and "missing.txt: no such file or directory" in result.stderr
    assert "nothing processed (every input failed)" in result.stderr
    nothing = CliRunner().invoke(app, ["extract", str(tmp_path / "none")])
    assert nothing.exit_code == 1


def test_json_view_and_output_file(tmp_path):
    inputs = [str(FIXTURES / "kyiv-talks.uk.txt"), str(FIXTURES / "bsnlp-sample.txt")]
    runner = CliRunner()
    as_json = runner.invoke(app, ["extract", *inputs, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    docs = json.loads(as_json.stdout)  # one JSON value however many documents
    assert [d["id"] for d in docs] == ["kyiv-talks.uk", "ua-7"]
    for doc in docs:
        Document.model_validate(doc)
    view = runner.invoke(app, ["extract", inputs[1], "-f", "view"])
    assert view.exit_code == 0 and "ua-7" in view.stdout and "sentences" in view.stdout
    assert "Мей відстояла угоду" in view.stdout  # the title
    assert "\x1b[" not in view.stdout  # no colour codes written to a pipe or file
    target = tmp_path / "new" / "folder" / "out.jsonl"
    written = runner.invoke(app, ["extract", *inputs, "-o", str(target)])
    assert written.exit_code == 0 and written.stdout == ""
    assert written.stderr.strip() == f"podiya extract: 2 documents written to {target}, 0 failed"
    assert [d["id"] for d in documents(target.read_text(encoding="utf-8"))] == ["kyiv-talks.uk", "ua-7"]
    empty = runner.invoke(app, ["extract", str(tmp_path / "none"), "-f", "json"])
    assert empty.exit_code == 1 and json.loads(empty.stdout) == []


def test_output_problems_are_clear_errors(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.uk.txt").write_text(GOOD_UK, encoding="utf-8")
    runner = CliRunner()
    for output, expected in ((tmp_path, "cannot write"), (tmp_path / "in" / "out.jsonl", "among the inputs")):
        result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(output)])
        assert result.exit_code == 2 and expected in result.stderr, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not (tmp_path / "in" / "out.jsonl").exists()
    same = runner.invoke(app, ["extract", str(tmp_path / "in" / "a.uk.txt"), "-o", str(tmp_path / "in" / "a.uk.txt")])
    assert same.exit_code == 2 and (tmp_path / "in" / "a.uk.txt").read_text(encoding="utf-8") == GOOD_UK
    if Path("/dev/full").exists():  # a disk that fills up while writing
        full = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", "/dev/full"])
        assert full.exit_code == 1 and "cannot write /dev/full: No space left on device" in full.stderr
    hidden = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "in" / ".out" / "x.jsonl")])
    assert hidden.exit_code == 0  # hidden folders are not read as input


def test_options_are_checked_and_fill_missing_values(tmp_path):
    plain = tmp_path / "note.txt"
    plain.write_text(GOOD_RU, encoding="utf-8")
    runner = CliRunner()
    filled = runner.invoke(app, ["extract", str(plain), "--date", "2025-10-20", "--lang", "ru"])
    assert filled.exit_code == 0, filled.output
    [doc] = documents(filled.stdout)
    assert (doc["date"], doc["lang"]) == ("2025-10-20", "ru")
    dated = runner.invoke(app, ["extract", str(FIXTURES / "kyiv-talks.uk.txt"), "--date", "2000-01-01"])
    assert documents(dated.stdout)[0]["date"] != "2000-01-01"  # an input's own date wins
    for option, value, message in (("--date", "2025-13-01", "not a calendar date"),
                                   ("--date", "20251001", "not a date written YYYY-MM-DD"),
                                   ("--lang", "xx", "choose one of uk, ru, en"),
                                   ("--input-format", "docx", "choose one of text, bsnlp")):
        result = runner.invoke(app, ["extract", str(plain), option, value])
        assert result.exit_code == 2, (option, value)
        assert message in re.sub(r"[\s│]+", " ", result.output), result.output


@pytest.mark.data
def test_bsnlp_topic_folder(shared_data):
    folder = shared_data / "bsnlp2021" / "brexit" / "raw" / "uk"
    result = CliRunner().invoke(app, ["extract", str(folder)])
    assert result.exit_code == 0, result.stderr
    docs = documents(result.stdout)
    assert len(docs) == 50 == len(list(folder.iterdir()))
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["date"] or "") for d in docs)
    assert all(d["lang"] == "uk" for d in docs)
    assert len({d["id"] for d in docs}) == 50


def test_a_pipeline_that_cannot_be_built_is_one_line(monkeypatch):
    import podiya.pipeline
    from podiya.errors import PipelineError

    def broken(self, *args, **kwargs):
        raise PipelineError("stage 'times' needs tokens, which no earlier stage provides")
    monkeypatch.setattr(podiya.pipeline.Pipeline, "__init__", broken)
    result = CliRunner().invoke(app, ["extract", str(FIXTURES / "kyiv-talks.uk.txt")])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.strip() == "podiya extract: stage 'times' needs tokens, which no earlier stage provides"


def test_view_prints_bracketed_text_as_written(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_text("odd-1\nua\n2025-10-17\n\nЗаголовок [/i] з дужками [bold]\n\nТекст [/] статті.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), str(FIXTURES / "kyiv-talks.uk.txt"), "-f", "view"])
    assert result.exit_code == 0, result.output  # rich markup errors must not end the batch
    assert "Заголовок [/i] з дужками [bold]" in result.stdout and "kyiv-talks.uk" in result.stdout


def test_dash_reads_standard_input():
    code = "import sys; from podiya.cli import main; sys.argv[0] = 'podiya'; main()"
    result = subprocess.run([sys.executable, "-c", code, "extract", "-"], input=GOOD_UK, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    [doc] = documents(result.stdout)
    assert doc["id"] == "stdin" and doc["date"] == "2025-10-17"
    assert any(e["name"] == "Київ" for e in doc["entities"])
