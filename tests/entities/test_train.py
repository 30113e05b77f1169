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


def test_bilou_marks_last_and_single_tokens():
    from podiya.entities.train import bilou

    assert bilou(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG", "I-ORG"]) == \
        ["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG"]


def test_unknown_topic_is_refused(shared_data: Path, tmp_path: Path):
    with pytest.raises(PodiyaError, match="unknown BSNLP topic"):
        training_sentences(shared_data, exclude_topics=["no-such-topic"])
