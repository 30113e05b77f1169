from pathlib import Path

import pytest

from podiya.entities.corpus import (bio_labels, by_sentence, ner_uk_document, project_mentions, read_bsnlp_annotated,
                                    read_bsnlp_raw, tokenize)
from podiya.errors import PodiyaError


def test_bio_labels_from_char_spans():
    _, tokens = tokenize("Зустріч Ільхама Алієва в Душанбе.", "uk")
    labels = bio_labels(tokens, [(8, 22, "PER"), (25, 32, "LOC")])
    assert labels == ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]


def test_ner_uk_document_maps_types_and_keeps_outer_span(tmp_path: Path):
    txt = tmp_path / "doc.txt"
    txt.write_text("Міністерство фінансів України видало наказ .", encoding="utf-8")
    (tmp_path / "doc.ann").write_text(
        "T1\tORG\t0\t29\tМіністерство фінансів України\n"
        "T2\tLOC\t22\t29\tУкраїни\n"
        "T3\tDATE\t30\t36\tвидало\n", encoding="utf-8")
    text, spans = ner_uk_document(txt)
    assert spans == [(0, 29, "ORG")]          # nested LOC dropped, DATE not an entity type


def test_ner_uk_document_rejects_malformed_line(tmp_path: Path):
    txt = tmp_path / "bad.txt"
    txt.write_text("Київ", encoding="utf-8")
    (tmp_path / "bad.ann").write_text("T1 LOC 0 4 Київ\n", encoding="utf-8")
    with pytest.raises(PodiyaError, match="bad.ann:1"):
        ner_uk_document(txt)


def test_projection_longest_form_first_and_case_insensitive():
    _, tokens = tokenize("Тереза Мей зустрілася з Мей. Європейський союз мовчить.", "uk")
    mentions = [("Мей", "Мей", "PER", "1"), ("Тереза Мей", "Тереза Мей", "PER", "1"),
                ("європейський союз", "європейський союз", "ORG", "2"), ("Союз", "Союз", "MISC", "3")]
    text = "Тереза Мей зустрілася з Мей. Європейський союз мовчить."
    spans = project_mentions(tokens, mentions, "uk")
    assert [(text[s:e], t) for s, e, t in spans] == [("Тереза Мей", "PER"), ("Мей", "PER"),
                                                    ("Європейський союз", "ORG")]


def test_bsnlp_files(tmp_path: Path):
    raw = tmp_path / "file_1.txt"
    raw.write_bytes("ua-1\r\nua\r\n2019-01-02T10:00\r\nhttp://x\r\nЗаголовок\r\nТекст про Брексіт.\r\n".encode())
    doc_id, lang, date, text = read_bsnlp_raw(raw)
    assert (doc_id, lang, date) == ("ua-1", "uk", "2019-01-02")
    assert text == "Заголовок\n\nТекст про Брексіт."
    ann = tmp_path / "file_1.out"
    ann.write_text("\ufeffua-1\nБрексіт\tБрексіт\tEVT\tEVT-Brexit\n", encoding="utf-8")
    assert read_bsnlp_annotated(ann) == ("ua-1", [("Брексіт", "Брексіт", "EVT", "EVT-Brexit")])


def test_sentences_are_the_crf_sequences():
    _, tokens = tokenize("Київ великий. Львів теж.", "uk")
    labels = ["B-LOC", "O", "O", "B-LOC", "O", "O"]
    sentences = list(by_sentence(tokens, labels, "uk", "t"))
    assert [s.labels for s in sentences] == [["B-LOC", "O", "O"], ["B-LOC", "O", "O"]]


def _ner_uk_tree(root: Path) -> Path:
    data = root / "ner-uk-2.0" / "data"
    (data / "bruk").mkdir(parents=True)
    (data / "dev-test-split.txt").write_text("DEV\nd1\nd2\nd3\nTEST\nd4\n", encoding="utf-8")
    texts = {"d1": ("Київ великий .\nСвято Різдва прийшло .", "T1\tLOC\t0\t4\tКиїв\nT2\tMISC\t22\t27\tРіздва\n"),
             "d2": ("Львів теж .", "T1\tLOC\t0\t5\tЛьвів\n"),
             "d3": ("Одеса біля моря .", "T1\tLOC\t0\t5\tОдеса\n")}
    for doc_id, (text, ann) in texts.items():
        (data / "bruk" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (data / "bruk" / f"{doc_id}.ann").write_text(ann, encoding="utf-8")
    return root


def test_ner_uk_sentences_skip_misc_and_leave_out_a_fold(tmp_path: Path):
    from podiya.entities.corpus import ner_uk_sentences

    root = _ner_uk_tree(tmp_path)
    words = [s.tokens[0].text for s in ner_uk_sentences(root, "DEV", skipped=frozenset({"MISC"}))]
    assert words == ["Київ", "Львів", "Одеса"]                  # the MISC sentence is skipped
    assert len(list(ner_uk_sentences(root, "DEV"))) == 4        # by default nothing is
    folded = {s.source for s in ner_uk_sentences(root, "DEV", leave_out_fold=(1, 3))}
    assert folded == {"ner-uk/d1", "ner-uk/d3"}
