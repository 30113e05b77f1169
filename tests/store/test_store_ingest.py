from pathlib import Path

from podiya.pipeline import Pipeline
from podiya.store import Store, ingest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


class Exploding:
    """A stage that fails on one document, to check the batch goes on."""

    name, requires, provides = "explode", ("tokens",), ()

    def __call__(self, doc):
        if doc.article.id == "a1":
            raise ValueError("boom")
        return doc


def test_ingest_counts_failures_and_skips_before_the_pipeline(tmp_path):
    pipeline = Pipeline(stages=["language", "segment"])
    pipeline.stages.append(Exploding())
    results = []
    with Store(tmp_path / "p.db") as store:
        report = ingest([FIXTURES / "articles.jsonl", FIXTURES / "kyiv-talks.uk.txt"], store, pipeline=pipeline,
                        on_result=lambda article, status: results.append((article.id, status)))
        assert report.summary() == "read 4, stored 3, skipped 0, updated 0, failed 3"
        assert results[0] == ("a1", "failed")
        assert any("boom" in e for e in report.errors) and any("articles.jsonl:3" in e for e in report.errors)
        assert store.search("Душанбе") == ["articles-2"]  # tokens of a ru text, found by its word
        calls = []
        pipeline.stages.insert(0, type("Spy", (), {"name": "spy", "requires": (), "provides": (),
                                                    "__call__": lambda self, doc: calls.append(doc) or doc})())
        again = ingest([FIXTURES / "kyiv-talks.uk.txt"], store, pipeline=pipeline)
        assert again.skipped == 1 and calls == []  # stored content is not processed again


def test_database_in_the_input_folder_is_not_an_input(tmp_path):
    (tmp_path / "note.txt").write_text("Текст новини.", encoding="utf-8")
    with Store(tmp_path / "p.db") as store:
        store.conn.execute("SELECT 1")
        report = ingest([tmp_path], store, pipeline=Pipeline(stages=["language", "segment"]))
    assert (report.read, report.stored, report.failed) == (1, 1, 0)
