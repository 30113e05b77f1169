from pathlib import Path

import numpy as np
import pytest

from podiya.entities import viterbi
from podiya.entities.corpus import Sentence, tokenize
from podiya.entities.features import model_view, sequence_features, word_view
from podiya.entities.gazetteer import gazetteer_spans
from podiya.entities.recognize import Recognizer, packaged_model_path, sentences_of
from podiya.entities.train import fit

TEXTS = {
    "uk": "Президент України Володимир Зеленський прибув до Варшави.\n"
          "«Нафтогаз» подав позов проти «Газпрому» до Стокгольмського арбітражу.\n"
          "Прем'єр-міністерка Великобританії Тереза Мей зустрілася з Дональдом Трампом у Брюсселі.\n"
          "Ок.",
    "ru": "Президент России Владимир Путин прилетел в Душанбе.\n"
          "Евросоюз ввёл санкции против «Газпрома», сообщает Reuters.",
}


def _model() -> Recognizer:
    if not packaged_model_path().is_file():
        pytest.skip("the packaged model is absent; run `podiya train ner`")
    return Recognizer.load()


def _sentences(text: str, lang: str):
    _, tokens = tokenize(text, lang)
    sentences = sentences_of(tokens)
    return sentences, [gazetteer_spans(sent, lang) for sent in sentences]


def _crfsuite_labels(model: Recognizer, sentences, knowns, lang):
    return [model.tagger.tag(sequence_features(sent, lang, known, model.attributes))
            for sent, known in zip(sentences, knowns)]


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_scores_give_crfsuites_labels(lang):
    model = _model()
    assert model.scorer is not None, "the packaged model should read as a crfsuite 1st-order model"
    sentences, knowns = _sentences(TEXTS[lang], lang)
    labels = model.scorer.tag_sentences(sentences, lang, knowns)
    assert labels == _crfsuite_labels(model, sentences, knowns, lang)
    assert any(label != "O" for sent in labels for label in sent)      # names were found at all


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_marginals_are_crfsuites(lang):
    model = _model()
    sentences, knowns = _sentences(TEXTS[lang] + "\nВ.", lang)     # sentences of different lengths
    confidences: list = []
    labels = model.scorer.tag_sentences(sentences, lang, knowns, confidences)
    assert [len(c) for c in confidences] == [len(sent) for sent in sentences]
    computed = 0
    for sent, known, sent_labels, sure in zip(sentences, knowns, labels, confidences):
        if all(label == "O" or label.endswith("-PER") for label in sent_labels):
            assert sure == [1.0] * len(sent)          # nothing the confidence could drop: not computed
            continue
        computed += 1
        model.tagger.set(sequence_features(sent, lang, known, model.attributes))
        expected = [model.tagger.marginal(label, t) for t, label in enumerate(sent_labels)]
        assert sure == pytest.approx(expected, abs=1e-6)
    assert computed >= 2
    assert any(c < 0.99 for sure in confidences for c in sure)        # not all certain: a real test


def test_close_calls_go_to_crfsuite(monkeypatch):
    model = _model()
    sentences, knowns = _sentences(TEXTS["uk"], "uk")
    asked = []

    class Counting:
        def tag(self, items):
            asked.append(items)
            return model.tagger.tag(items)

    scorer = viterbi.ScoreTagger(Counting(), model.scorer.labels, model.scorer.attr_index,
                                 model.scorer.weights, model.scorer.transitions, model.attributes)
    assert scorer.tag_sentences(sentences, "uk", knowns) == _crfsuite_labels(model, sentences, knowns, "uk")
    assert asked == []
    monkeypatch.setattr(viterbi, "MARGIN", float("inf"))      # every decision is "too close"
    assert scorer.tag_sentences(sentences, "uk", knowns) == _crfsuite_labels(model, sentences, knowns, "uk")
    assert len(asked) == len(sentences)


def test_a_fresh_model_reads_and_tags_as_crfsuite(tmp_path: Path):
    def sentence(text, labels):
        _, tokens = tokenize(text, "uk")
        return Sentence(tokens, labels, "uk", "test")

    data = [sentence("Петро Порошенко прибув до Києва .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
            sentence("Компанія Нафтогаз подала позов .", ["O", "B-ORG", "O", "O", "O"])] * 5
    model = Recognizer(fit(data, tmp_path / "tiny.crfsuite", max_iterations=30, params={"feature.minfreq": 1}))
    assert model.scorer is not None
    sentences, knowns = _sentences("Олег Ляшко поїхав до Одеси.\nКомпанія Укрнафта подала позов.", "uk")
    assert model.scorer.tag_sentences(sentences, "uk", knowns) == _crfsuite_labels(model, sentences, knowns, "uk")


def test_a_file_that_is_not_a_crfsuite_model_is_not_read(tmp_path: Path):
    path = tmp_path / "other.bin"
    path.write_bytes(b"not a model at all, just some bytes" * 3)
    assert viterbi._read_features(path) is None


def test_model_view_is_the_word_view_without_unweighted_features():
    model = _model()
    for word in ("Зеленський", "Варшави", "прибув", ".", "«", "НАТО", "С-400"):
        full, kept = word_view(word, "uk"), model_view(word, "uk", model.attributes)
        assert kept[:5] == tuple(tuple(f for f in part if f in model.attributes) for part in full[:5])
        assert kept[5] == full[5]


def test_one_word_sentences_empty_documents_and_a_full_word_store(monkeypatch):
    model = _model()
    sentences, knowns = _sentences("Київ\nТак.\nПрезидент України Володимир Зеленський прибув до Варшави.", "uk")
    assert [len(s) for s in sentences][0] == 1
    expected = _crfsuite_labels(model, sentences, knowns, "uk")
    assert model.scorer.tag_sentences([], "uk", []) == []
    # a store smaller than one document's words starts afresh on every document, with the same labels
    monkeypatch.setattr(viterbi, "_MAX_WORDS", 3)
    scorer = viterbi.ScoreTagger(model.tagger, model.scorer.labels, model.scorer.attr_index,
                                 model.scorer.weights, model.scorer.transitions, model.attributes)
    for _ in range(2):
        assert scorer.tag_sentences(sentences, "uk", knowns) == expected


def test_a_long_run_without_full_stops_is_batched_apart_from_short_sentences(monkeypatch):
    model = _model()
    long_text = " ".join(["Київ", "Харків", "Одеса", "Львів", "Дніпро"] * 400)   # 2,000 words, no full stop
    sentences, knowns = _sentences(long_text + ".\n" + "\n".join(["Зеленський прибув до Варшави."] * 300), "uk")
    batches = []
    real = viterbi.ScoreTagger._tag_batch

    def recording(self, batch, lang, batch_knowns, marginals=False):
        batches.append([len(sent) for sent in batch])
        return real(self, batch, lang, batch_knowns, marginals)

    monkeypatch.setattr(viterbi.ScoreTagger, "_tag_batch", recording)
    labels = model.scorer.tag_sentences(sentences, "uk", knowns)
    assert labels == _crfsuite_labels(model, sentences, knowns, "uk")
    for lengths in batches:   # padded cells stay within a constant factor of the real tokens
        assert max(lengths) * len(lengths) <= viterbi._PADDING * sum(lengths) + viterbi._PADDING_SLACK
    long_batch = next(lengths for lengths in batches if 2001 in lengths)
    assert len(batches) >= 2 and len(long_batch) <= 5      # not 2,001 x 301 padded cells


def test_empty_sentences_get_no_labels():
    model = _model()
    sentences, knowns = _sentences(TEXTS["uk"], "uk")
    labels = model.scorer.tag_sentences([[]] + sentences, "uk", [[]] + knowns)
    assert labels[0] == [] and labels[1:] == _crfsuite_labels(model, sentences, knowns, "uk")


def test_a_model_file_cut_short_falls_back_to_crfsuite(tmp_path):
    model = _model()
    data = packaged_model_path().read_bytes()
    cut = tmp_path / "cut.crfsuite"
    cut.write_bytes(data[:len(data) // 3])
    assert viterbi.ScoreTagger.load(cut, model.tagger, model.attributes) is None


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_state_scores_are_the_summed_weights_of_the_crfsuite_features(lang):
    # Stronger than equal labels: every token's scores are those of the features crfsuite gets
    # (a sentence feature one tagger lacks changes scores long before it changes a label).
    model = _model()
    scorer = model.scorer
    sentences, knowns = _sentences(TEXTS[lang] + "\n«Київ»", lang)
    knowns[0] = knowns[0] + [(sentences[0][0].start, sentences[0][1].end, "ORG", "")]   # a gazetteer name at BOS
    expected = [scorer.weights[[scorer.attr_index[f] for f in item if f in scorer.attr_index]].sum(axis=0)
                for sent, known in zip(sentences, knowns)
                for item in sequence_features(sent, lang, known, model.attributes)]
    assert np.allclose(scorer._state_scores(sentences, lang, knowns), np.array(expected), rtol=0, atol=1e-9)


def test_bigram_pairs_find_exactly_the_bigram_features():
    # ScoreTagger looks a sentence's word pairs up instead of building "bi=" strings: every pair
    # must find the feature sentence_extras would build for it, and only that one
    from podiya.entities.features import bigram_pairs

    pairs = bigram_pairs({"bi=у|києві", "bi=||x", "bi=a|", "w=у", "bi=noseparator"})
    assert pairs[("у", "києві")] == "bi=у|києві"
    assert pairs[("|", "x")] == "bi=||x" and pairs[("", "|x")] == "bi=||x"
    assert pairs[("a", "")] == "bi=a|"
    assert all(f"bi={first}|{second}" == feature for (first, second), feature in pairs.items())
    assert len(pairs) == 4


def test_products_in_slices_equal_one_product():
    rng = np.random.default_rng(0)
    a, b = rng.random((1300, 21)), rng.random((21, 21))
    assert np.allclose(viterbi._product(a, b, np.empty((1300, 21))), a @ b)
    assert np.allclose(viterbi._product(a[:7], b, np.empty((7, 21))), a[:7] @ b)
