from pathlib import Path

import pytest

from podiya.entities.corpus import bio_labels, bsnlp_documents, by_sentence, ner_uk_sentences, project_mentions, tokenize
from podiya.errors import PodiyaError


def test_bio_labels_from_char_spans():
    _, tokens = tokenize("Зустріч Ільхама Алієва в Душанбе.", "uk")
    labels = bio_labels(tokens, [(8, 22, "PER"), (25, 32, "LOC")])
    assert labels == ["O", "B-PER", "I-PER", "O", "B-LOC", "O"]


def test_ner_uk_labels_map_types_and_keep_the_outer_span(tmp_path: Path):
    data = tmp_path / "ner-uk-2.0" / "data"
    (data / "ng").mkdir(parents=True)
    (data / "dev-test-split.txt").write_text("DEV\ndoc\nTEST\n", encoding="utf-8")
    (data / "ng" / "doc.txt").write_text("Міністерство фінансів України видало наказ .", encoding="utf-8")
    (data / "ng" / "doc.ann").write_text(
        "T1\tORG\t0\t29\tМіністерство фінансів України\n"
        "T2\tLOC\t22\t29\tУкраїни\n"
        "T3\tDATE\t30\t36\tвидало\n", encoding="utf-8")
    [sent] = ner_uk_sentences(tmp_path)
    assert sent.labels == ["B-ORG", "I-ORG", "I-ORG", "O", "O", "O"]   # nested LOC dropped, DATE no entity type


def test_ner_uk_rejects_malformed_line(tmp_path: Path):
    data = tmp_path / "ner-uk-2.0" / "data"
    (data / "bruk").mkdir(parents=True)
    (data / "dev-test-split.txt").write_text("DEV\nbad\n", encoding="utf-8")
    (data / "bruk" / "bad.txt").write_text("Київ", encoding="utf-8")
    (data / "bruk" / "bad.ann").write_text("T1 LOC 0 4 Київ\n", encoding="utf-8")
    with pytest.raises(PodiyaError, match="bad.ann:1"):
        list(ner_uk_sentences(tmp_path))


def test_projection_longest_form_first_and_case_insensitive():
    _, tokens = tokenize("Тереза Мей зустрілася з Мей. Європейський союз мовчить.", "uk")
    mentions = [("Мей", "Мей", "PER", "1"), ("Тереза Мей", "Тереза Мей", "PER", "1"),
                ("європейський союз", "європейський союз", "ORG", "2"), ("Союз", "Союз", "MISC", "3")]
    text = "Тереза Мей зустрілася з Мей. Європейський союз мовчить."
    spans = project_mentions(tokens, mentions, "uk")
    assert [(text[s:e], t) for s, e, t in spans] == [("Тереза Мей", "PER"), ("Мей", "PER"),
                                                    ("Європейський союз", "ORG")]


def test_bsnlp_documents_pair_raw_and_annotated_files(tmp_path: Path):
    topic = tmp_path / "bsnlp2021" / "trump"
    (topic / "raw" / "uk").mkdir(parents=True)
    (topic / "annotated" / "uk").mkdir(parents=True)
    (topic / "raw" / "uk" / "file_1.txt").write_bytes(
        "ua-1\r\nua\r\n2019-01-02T10:00\r\nhttp://x\r\nЗаголовок\r\n Текст про Брексіт.\r\n".encode())
    (topic / "raw" / "uk" / "file_2.txt").write_bytes("ua-2\r\nua\r\n\r\n\r\nБез анотації\r\nТекст.\r\n".encode())
    (topic / "annotated" / "uk" / "file_1.out").write_text(
        "\ufeffua-1\nБрексіт\tБрексіт\tEVT\tEVT-Brexit\nзаголовок\tзаголовок\tMISC\t9\n", encoding="utf-8")
    [doc] = bsnlp_documents(tmp_path)                  # a raw file without a .out is no training document
    assert (doc.doc_id, doc.lang, doc.date, doc.topic) == ("ua-1", "uk", "2019-01-02", "trump")
    assert doc.text == "Заголовок\n\nТекст про Брексіт."   # the ingest reading: CRLF gone, body stripped
    assert [m.type for m in doc.mentions] == ["EVT", "MISC"]
    assert list(bsnlp_documents(tmp_path, topics=["brexit"])) == []


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
