"""BSNLP measures on hand-made gold/system pairs; every expected number is computed by hand."""
from __future__ import annotations

import pytest

from podiya.evaluate.bsnlp import (AnnotatedDoc, Line, format_report, lea, parse_out, partial_match,
                                   read_annotated, read_system, score, score_by_language, score_dirs, write_out)

GOLD = [Line("терези мей", "тереза мей", "PER", "may"), Line("мей", "мей", "PER", "may"),
        Line("лондон", "лондон", "LOC", "london"), Line("євросоюзу", "євросоюз", "ORG", "eu")]
SYSTEM = [Line("терези мей", "тереза мей", "PER", "k1"), Line("мей", "мей", "PER", "k1"),
          Line("британії", "британія", "LOC", "k2"), Line("євросоюзу", "євросоюза", "ORG", "k3"),
          Line("лондон сіті", "лондон сіті", "LOC", "k4")]


@pytest.fixture
def one_doc():
    gold = [AnnotatedDoc("d1", "t", "uk", GOLD)]
    return score(gold, {("t", "uk", "d1"): SYSTEM})


def test_relaxed_exact_counts_entities(one_doc):
    pr = one_doc.pr("relaxed_exact")
    # gold entities may, eu found of may/london/eu; system k1, k3 correct of k1..k4
    assert (pr.r_num, pr.r_den, pr.p_num, pr.p_den) == (2, 3, 2, 4)


def test_relaxed_partial_accepts_a_shared_word(one_doc):
    pr = one_doc.pr("relaxed_partial")
    # "лондон сіті" shares the word "лондон" with the gold LOC
    assert (pr.r_num, pr.r_den, pr.p_num, pr.p_den) == (3, 3, 3, 4)
    assert pr.precision == pytest.approx(0.75) and pr.recall == 1.0


def test_strict_and_per_type(one_doc):
    pr = one_doc.pr("strict")
    assert (pr.p_num, pr.p_den, pr.r_num, pr.r_den) == (3, 5, 3, 4)
    assert one_doc.pr("strict", "PER").f1 == 1.0
    loc = one_doc.pr("strict", "LOC")
    assert (loc.p_num, loc.p_den, loc.r_num, loc.r_den) == (0, 2, 0, 1)


def test_normalization_counts_only_forms_that_need_it(one_doc):
    pr = one_doc.pr("normalization")
    # gold: терези мей, євросоюзу; system: терези мей (right), британії, євросоюзу (wrong base)
    assert (pr.p_num, pr.p_den, pr.r_num, pr.r_den) == (1, 3, 1, 2)


def test_document_lea(one_doc):
    pr = one_doc.linking["document"]
    # recall: may 2*1/1 + london 0 (missing) + eu singleton resolved 1 = 3 of 4
    # precision: k1 2 + k2 0 + k3 1 + k4 0 = 3 of 5
    assert (pr.r_num, pr.r_den) == (3, 4)
    assert (pr.p_num, pr.p_den) == (3, 5)


def test_language_lea_across_documents():
    gold = [AnnotatedDoc("d1", "t", "uk", [Line("мей", "мей", "PER", "may")]),
            AnnotatedDoc("d2", "t", "uk", [Line("мей", "мей", "PER", "may"),
                                          Line("терези мей", "тереза мей", "PER", "may")])]
    system = {("t", "uk", "d1"): [Line("мей", "мей", "PER", "a")],
              ("t", "uk", "d2"): [Line("мей", "мей", "PER", "a"), Line("терези мей", "тереза мей", "PER", "b")]}
    pr = score(gold, system).linking["language"]
    # key cluster of 3 mentions, 3 links, 1 kept: 3 * 1/3 = 1 of 3
    assert pr.recall == pytest.approx(1 / 3)
    # response a: 2 * 1/1; b: singleton whose key cluster is not a singleton: 0; 2 of 3
    assert pr.precision == pytest.approx(2 / 3)


def test_crosslingual_lea_counts_only_links_between_languages():
    gold = [AnnotatedDoc("u", "t", "uk", [Line("мей", "мей", "PER", "may"), Line("лондон", "лондон", "LOC", "ldn")]),
            AnnotatedDoc("r", "t", "ru", [Line("мэй", "мэй", "PER", "may"), Line("лондон", "лондон", "LOC", "ldn")])]
    system = {("t", "uk", "u"): [Line("мей", "мей", "PER", "x"), Line("лондон", "лондон", "LOC", "l1")],
              ("t", "ru", "r"): [Line("мэй", "мэй", "PER", "x"), Line("лондон", "лондон", "LOC", "l2")]}
    scores = score(gold, system)
    cross = scores.linking["crosslingual"]
    assert (cross.r_num, cross.r_den) == (2, 4)      # may linked, london not
    assert (cross.p_num, cross.p_den) == (2, 2)      # l1 and l2 have no cross-language link: no weight
    assert scores.linking["language"].f1 == 1.0      # within each language every cluster is a singleton


def test_lea_identical_clusterings_score_one():
    key = {"a": 1, "b": 1, "c": 2}
    assert lea(key, key).f1 == 1.0
    split = lea(key, {"a": 1, "b": 3, "c": 2})
    # recall: {a,b} lost its link (0 of weight 2), {c} resolved (1); precision: {a},{b} are
    # singletons whose key cluster is not (0 each), {c} is (1)
    assert split.recall == pytest.approx(1 / 3) and split.precision == pytest.approx(1 / 3)


def test_partial_match_is_by_word_not_substring():
    assert partial_match("тереза мей", "мей")
    assert not partial_match("лондона", "лондон")


def test_parse_out_lowercases_drops_misc_and_bom():
    doc_id, lines = parse_out("\ufeff7\nДональда Трампа\tДональд Трамп\tPER\tPER-Trump\nфраза\tфраза\tMISC\t30\n")
    assert doc_id == "7"
    assert lines == [Line("дональда трампа", "дональд трамп", "PER", "per-trump")]


def test_score_dirs_reads_system_folder(tmp_path):
    for root in ("gold/t/annotated/uk", "sys/t/uk"):
        (tmp_path / root).mkdir(parents=True)
    write_out(tmp_path / "gold/t/annotated/uk/a.out", "a", GOLD)
    write_out(tmp_path / "sys/t/uk/whatever.out", "a", SYSTEM)
    scores = score_dirs(tmp_path / "gold", tmp_path / "sys", langs=("uk",))
    assert scores.pr("strict").precision == pytest.approx(3 / 5)


def test_system_files_are_read_by_the_shared_reader(tmp_path):
    # a system folder written on Windows: CRLF and a BOM; a line without a key gets TYPE-base
    gold = [AnnotatedDoc("a", "t", "uk", GOLD)]
    (tmp_path / "t" / "annotated" / "uk").mkdir(parents=True)
    (tmp_path / "t" / "annotated" / "uk" / "a.out").write_bytes(
        "\ufeffa\r\nДональда Трампа\tДональд Трамп\tper\r\nТрамп\tТрамп\tPER\tx\r\nТрампа\tТрамп\tPER\tx\r\n".encode())
    lines = read_system(tmp_path, gold)[("t", "uk", "a")]
    assert lines == [Line("дональда трампа", "дональд трамп", "PER", "per-дональд трамп"),
                     Line("трамп", "трамп", "PER", "x"), Line("трампа", "трамп", "PER", "x")]


def test_gold_against_itself_is_perfect(shared_data):
    gold = read_annotated(shared_data / "bsnlp2021", topics=["brexit"])
    scores = score(gold, {(d.topic, d.lang, d.id): d.lines for d in gold})
    assert len(gold) == 203
    for measure in ("relaxed_partial", "relaxed_exact", "strict", "normalization"):
        assert scores.pr(measure).f1 == 1.0
    assert all(pr.f1 == 1.0 for pr in scores.linking.values())


def test_report_by_language_and_topic():
    gold = [AnnotatedDoc("d1", "t", "uk", GOLD), AnnotatedDoc("d9", "s", "ru", GOLD[:1])]
    report = score_by_language(gold, {("t", "uk", "d1"): SYSTEM}, by_topic=True)
    assert set(report) == {"all", "uk", "ru", "t/uk", "s/ru"}
    assert report["ru"].pr("strict").recall == 0.0 and report["t/uk"].pr("strict").recall == 0.75
    assert "link:document" in format_report(report)


def test_invisible_characters_are_not_part_of_a_form():
    _, lines = parse_out("d1\nТереза \u200b\u200bМей\tТереза Мей\tPER\tmay\nЄв\u00adросоюз\tЄвросоюз\tORG\teu\n")
    assert [line.form for line in lines] == ["тереза мей", "євросоюз"]
