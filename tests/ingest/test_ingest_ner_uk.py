"""The NER-UK 2.0 reader shared by the training corpus and the scorer."""
from __future__ import annotations

from pathlib import Path

import pytest

from podiya.errors import InputError, PodiyaError
from podiya.ingest.ner_uk import documents, in_fold, outer_spans, parse_ann, parse_fold, split_ids


def _corpus(root: Path) -> Path:
    data = root / "data"
    (data / "bruk").mkdir(parents=True)
    (data / "ng").mkdir()
    (data / "dev-test-split.txt").write_text("DEV\nd0\nd1\nd2\nd3\n\nTEST\nt0\n", encoding="utf-8")
    for doc_id in ("d0", "d1", "d2", "d3", "t0"):
        sub = "ng" if doc_id == "d2" else "bruk"
        (data / sub / f"{doc_id}.txt").write_text(f"Київ {doc_id} .", encoding="utf-8")
        (data / sub / f"{doc_id}.ann").write_text("T1\tLOC\t0\t4\tКиїв\n", encoding="utf-8")
    return root


def test_split_blocks_and_folds(tmp_path):
    root = _corpus(tmp_path)
    assert split_ids(root, "DEV") == ["d0", "d1", "d2", "d3"] and split_ids(root, "TEST") == ["t0"]
    assert [d.id for d in documents(root, "DEV", only_fold=(1, 3))] == ["d1"]
    assert [d.id for d in documents(root, "DEV", without_fold=(1, 3))] == ["d0", "d2", "d3"]
    assert [d.id for d in documents(root, "DEV", only_fold=(0, 2))] == ["d0", "d2"]   # ng/ is read too
    assert in_fold(4, (1, 3)) and not in_fold(3, (1, 3))


def test_missing_split_and_document(tmp_path):
    with pytest.raises(InputError, match="no split file"):
        split_ids(tmp_path, "DEV")
    root = _corpus(tmp_path)
    (root / "data" / "bruk" / "d1.txt").unlink()
    with pytest.raises(InputError, match="d1 of the DEV block is missing"):
        list(documents(root, "DEV"))


@pytest.mark.parametrize("text, fold", [("0/5", (0, 5)), ("4/5", (4, 5))])
def test_parse_fold(text, fold):
    assert parse_fold(text) == fold


@pytest.mark.parametrize("text", ["5/5", "3/2", "a/b", "3", "-1/4"])
def test_parse_fold_refuses(text):
    with pytest.raises(PodiyaError, match="--fold wants K/N"):
        parse_fold(text)


def test_ann_tabs_continuation_lines_and_bad_rows():
    # a span text running over a line break continues on the next line, which is not an annotation
    ann = "T1\tART\t0\t22\tНаші гроші.\nЗапоріжжя\nT2\tPERS\t30\t35\tМарко\n"
    assert parse_ann(ann) == [(0, 22, "ART"), (30, 35, "PERS")]
    with pytest.raises(InputError, match="f.ann:1"):
        parse_ann("T1 LOC 0 4 Київ\n", "f.ann")        # brat's spaces, not v2.0's tabs
    with pytest.raises(InputError, match="f.ann:2"):
        parse_ann("T1\tPERS\t0\t3\tабв\nT2\tORG\tx\t5\tзло\n", "f.ann")


def test_outer_spans_types_nesting_and_ties():
    spans = [(0, 29, "ORG"), (22, 29, "LOC"), (30, 36, "DATE"), (40, 50, "DOC"), (41, 45, "ORG")]
    assert outer_spans(spans, {"ORG": "ORG", "LOC": "LOC"}) == [(0, 29, "ORG"), (41, 45, "ORG")]
    assert outer_spans(spans)[:2] == [(0, 29, "ORG"), (30, 36, "DATE")]
    # the same characters annotated twice: the annotation written first wins, in either order
    assert outer_spans([(0, 5, "PERS"), (0, 5, "LOC")], {"PERS": "PER", "LOC": "LOC"}) == [(0, 5, "PER")]
    assert outer_spans([(0, 5, "LOC"), (0, 5, "PERS")], {"PERS": "PER", "LOC": "LOC"}) == [(0, 5, "LOC")]


def test_shared_split_sizes_and_offsets(shared_data):
    folder = shared_data / "ner-uk-2.0"
    assert (len(split_ids(folder, "DEV")), len(split_ids(folder, "TEST"))) == (391, 169)
    folds = [[d.id for d in documents(folder, "DEV", only_fold=(k, 5))] for k in range(5)]
    assert sorted(sum(folds, [])) == sorted(split_ids(folder, "DEV"))      # the folds cover DEV once
    doc = next(documents(folder, "DEV"))
    assert all(doc.text[s:e].strip() for s, e, _ in doc.annotations)
