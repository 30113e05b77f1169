from pathlib import Path

import pytest

from podiya.entities.corpus import Sentence, tokenize
from podiya.entities.recognize import Recognizer, decode_bio
from podiya.entities.train import fit, training_sentences
from podiya.errors import PodiyaError


def _sentence(text, labels, lang="uk"):
    _, tokens = tokenize(text, lang)
    assert len(tokens) == len(labels), [t.text for t in tokens]
    return Sentence(tokens, labels, lang, "test")


def test_fit_writes_a_model_that_learns_its_data(tmp_path: Path):
    data = [
        _sentence("Петро Порошенко прибув до Києва .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        _sentence("Віктор Ющенко поїхав до Львова .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]),
        _sentence("Компанія Нафтогаз подала позов .", ["O", "B-ORG", "O", "O", "O"]),
    ] * 5
    path = fit(data, tmp_path / "tiny.crfsuite", max_iterations=30, params={"feature.minfreq": 1})
    assert path.is_file() and path.stat().st_size > 0
    tagger = Recognizer(path)
    tokens = data[0].tokens
    assert decode_bio(tokens, tagger.tag(tokens, "uk")) == decode_bio(tokens, data[0].labels)
    # Leaving out the features the model has no weights for changes no label.
    from podiya.entities.features import sequence_features

    other = _sentence("Олег Ляшко поїхав до Одеси .", ["B-PER", "I-PER", "O", "O", "B-LOC", "O"]).tokens
    assert tagger.tag(other, "uk") == tagger.tagger.tag(sequence_features(other, "uk"))
    assert len(sum(sequence_features(other, "uk", attributes=tagger.attributes), [])) \
        < len(sum(sequence_features(other, "uk"), []))


def test_bilou_marks_last_and_single_tokens():
    from podiya.entities.train import bilou

    assert bilou(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"]) == \
        ["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG"]


def test_unknown_topic_is_refused(shared_data: Path, tmp_path: Path):
    with pytest.raises(PodiyaError, match="unknown BSNLP topic"):
        training_sentences(shared_data, exclude_topics=["no-such-topic"])


def test_knowledge_base_features_mark_names_types_and_country_adjectives():
    from podiya.entities.features import gazetteer_features, kb_word_features

    assert "kb:LOC" in kb_word_features("Лондоні", "uk")          # through the lemma "Лондон"
    assert "cadj" in kb_word_features("британський", "uk")
    assert kb_word_features("сказала", "uk") == ()
    _, tokens = tokenize("Рішення Європейського Союзу відома .", "uk")
    marks = gazetteer_features(tokens, "uk")
    assert marks[0] == () and marks[-1] == ()
    assert "gz=B-ORG" in marks[1] and "gz=L-ORG" in marks[2]

