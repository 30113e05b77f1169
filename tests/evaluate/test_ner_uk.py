"""NER-UK exact-span scoring on hand-made spans."""
from __future__ import annotations

import pytest

from podiya.evaluate.ner_uk import parse_ann, read_gold, score_spans
from podiya.ingest.ner_uk import outer_spans


def test_parse_ann_maps_types_and_keeps_outer_spans():
    ann = ("T1\tPERS\t0\t14\tТарас Шевченко\nT2\tORG\t20\t39\tКіровоградської ОДА\n"
           "T3\tLOC\t20\t35\tКіровоградської\nT4\tDATE\t40\t50\tучора\n")
    assert parse_ann(ann) == [(0, 14, "PER"), (20, 39, "ORG")]


def test_outer_spans_drops_only_nested():
    assert outer_spans([(0, 5, "LOC"), (6, 9, "PER"), (0, 9, "ORG")]) == [(0, 9, "ORG")]


def test_score_spans_exact_match_per_type():
    gold = [(0, 5, "PER"), (10, 15, "ORG"), (20, 25, "LOC")]
    system = [(0, 5, "PER"), (10, 14, "ORG"), (20, 25, "ORG")]
    result = score_spans([(gold, system)])
    assert (result["ALL"].p_num, result["ALL"].p_den, result["ALL"].r_num, result["ALL"].r_den) == (1, 3, 1, 3)
    assert result["PER"].f1 == 1.0
    assert result["ORG"].p_den == 2 and result["ORG"].p_num == 0 and result["LOC"].recall == 0.0


def test_test_block_gold(shared_data):
    gold = read_gold(shared_data / "ner-uk-2.0")
    assert len(gold) == 169
    doc = gold[0]
    assert all(doc.text[s:e].strip() for s, e, _ in doc.spans)
    assert score_spans([(d.spans, d.spans) for d in gold])["ALL"].f1 == 1.0


def test_bad_ann_line_names_the_line():
    with pytest.raises(Exception, match=":2"):
        parse_ann("T1\tPERS\t0\t3\tабв\nT2\tORG\tx\t5\tзло\n", "f.ann")


def test_evaluate_runs_the_pipeline_on_the_txt_text(tmp_path, monkeypatch):
    import podiya.pipeline
    from podiya.evaluate.ner_uk import evaluate_podiya
    from podiya.schema import Entity, Mention

    class CapitalisedWordsArePeople:   # stands in for the entity stage
        name, requires, provides = "entities", ("tokens",), ("entities",)

        def __init__(self, settings):
            pass

        def __call__(self, doc):
            doc.entities = [Entity(id=f"e{i}", type="PER", name=t.text,
                                   mentions=[Mention(start=t.start, end=t.end, text=t.text, base=t.text)])
                            for i, t in enumerate(doc.tokens) if t.text[:1].isupper()]
            return doc

    real = podiya.pipeline.build_stage
    monkeypatch.setattr(podiya.pipeline, "build_stage", lambda name, settings: CapitalisedWordsArePeople(settings)
                        if name == "entities" else real(name, settings))
    data = tmp_path / "data"
    (data / "bruk").mkdir(parents=True)
    (data / "dev-test-split.txt").write_text("DEV\nzzz\nTEST\ndoc1\n", encoding="utf-8")
    (data / "bruk" / "doc1.txt").write_text("вчора Шевченко приїхав до Києва .", encoding="utf-8")
    (data / "bruk" / "doc1.ann").write_text("T1\tPERS\t6\t14\tШевченко\nT2\tLOC\t26\t31\tКиєва\n", encoding="utf-8")
    result = evaluate_podiya(tmp_path)
    # system: Шевченко PER (right) and Києва PER (wrong type); gold: Шевченко PER, Києва LOC
    assert (result["PER"].precision, result["PER"].recall) == (0.5, 1.0)
    assert result["LOC"].recall == 0.0 and (result["ALL"].precision, result["ALL"].recall) == (0.5, 0.5)
    # one DEV fold: only its documents are scored (DEV here: zzz, doc1 -> fold 1 of 2 is doc1)
    (data / "dev-test-split.txt").write_text("DEV\nzzz\ndoc1\nTEST\n", encoding="utf-8")
    assert evaluate_podiya(tmp_path, block="DEV", fold=(1, 2))["ALL"].r_den == 2
    with pytest.raises(Exception, match="zzz"):        # fold 0 holds zzz, which has no files
        evaluate_podiya(tmp_path, block="DEV", fold=(0, 2))


def test_type_ties_resolve_as_the_training_corpus_does():
    # one span annotated twice (DEV has "маєтку Даманських", PERS then LOC): the first written wins,
    # a rule that does not depend on hash order, and the one entities.corpus labels with
    assert parse_ann("T1\tPERS\t0\t5\tабвгд\nT2\tLOC\t0\t5\tабвгд\n") == [(0, 5, "PER")]
    assert outer_spans([(0, 5, "LOC"), (0, 5, "PER")]) == [(0, 5, "LOC")]


def test_dev_fold_gold_is_what_training_leaves_out(shared_data):
    # entities.corpus.ner_uk_sentences(leave_out_fold=...) reads DEV through documents(without_fold=...)
    from podiya.ingest.ner_uk import documents

    folder = shared_data / "ner-uk-2.0"
    scored = {d.id for d in read_gold(folder, "DEV", fold=(2, 5))}
    assert len(scored) == 78
    trained = {d.id for d in documents(folder, "DEV", without_fold=(2, 5))}
    assert not scored & trained and len(scored | trained) == 391


def test_cli_fold_scores_dev_only(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import podiya.evaluate.ner_uk
    from podiya.cli.app import app

    seen = {}

    def fake(data, model=None, block="TEST", failures=None, fold=None, min_confidence=None):
        seen.update(block=block, fold=fold, min_confidence=min_confidence)
        return score_spans([])

    monkeypatch.setattr(podiya.evaluate.ner_uk, "evaluate_podiya", fake)
    result = CliRunner().invoke(app, ["eval", "ner-uk", str(tmp_path), "--fold", "2/5", "--json"])
    assert result.exit_code == 0, result.output
    assert seen == {"block": "DEV", "fold": (2, 5), "min_confidence": None}
    CliRunner().invoke(app, ["eval", "ner-uk", str(tmp_path), "--min-confidence", "0"])
    assert seen == {"block": "TEST", "fold": None, "min_confidence": 0.0}
    for args, message in ((["--fold", "5/5"], "--fold wants K/N"), (["--fold", "1/5", "--block", "TEST"], "fold of DEV")):
        result = CliRunner().invoke(app, ["eval", "ner-uk", str(tmp_path), *args])
        assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
