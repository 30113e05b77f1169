import pytest

from podiya import Article, Pipeline
from podiya.doc import Doc
from podiya.errors import DocumentError, PipelineError, PodiyaError
from podiya.pipeline import REGISTRY


def test_chain_is_checked_when_built():
    with pytest.raises(PipelineError, match="needs"):
        Pipeline(stages=["morphology"])


def test_unknown_stage_names_the_known_ones():
    with pytest.raises(PipelineError, match="segment"):
        Pipeline(stages=["nonsense"])


def test_a_failing_document_is_reported_and_the_batch_goes_on(monkeypatch):
    pipeline = Pipeline(stages=["language", "segment"])

    class Boom:
        name, requires, provides = "boom", (), ()

        def __call__(self, doc: Doc) -> Doc:
            if "bad" in doc.text:
                raise ValueError("broken on purpose")
            return doc

    pipeline.stages.append(Boom())
    failures = []
    docs = list(pipeline.pipe([Article("1", "Добрий день."), Article("2", "bad text"), Article("3", "Ще текст.")],
                              on_error=failures.append))
    assert [d.article.id for d in docs] == ["1", "3"]
    assert len(failures) == 1 and isinstance(failures[0].error, DocumentError)
    assert failures[0].error.stage == "boom" and "broken on purpose" in str(failures[0].error)


def test_every_registered_stage_is_importable():
    import importlib
    for name, target in REGISTRY.items():
        module, _, cls = target.partition(":")
        assert hasattr(importlib.import_module(module), cls), name


def test_entity_settings_override_the_defaults_only_where_given():
    from podiya.settings import entity_settings, load_settings

    defaults = load_settings()
    assert 0 < defaults.ner_min_confidence < 1
    assert entity_settings() == defaults
    assert entity_settings(min_confidence=0).ner_min_confidence == 0.0
    assert entity_settings("m.crfsuite").ner_model == "m.crfsuite"
    assert entity_settings("m.crfsuite").ner_min_confidence == defaults.ner_min_confidence
    for wrong in (1.5, -0.1, "high"):
        with pytest.raises(PodiyaError, match="ner_min_confidence"):
            load_settings(ner_min_confidence=wrong)


def test_tokens_between_offsets_are_the_tokens_starting_there():
    from podiya.entities.corpus import tokenize

    text = "Росія атакувала Харків. Україна відповіла."
    sentences, tokens = tokenize(text, "uk")
    doc = Doc(article=Article(id="t", text=text, lang="uk"), lang="uk", sentences=sentences, tokens=tokens)
    second = text.index("Україна")
    assert [t.text for t in doc.tokens_between(second, len(text))] == ["Україна", "відповіла", "."]
    assert [t.text for t in doc.tokens_between(0, second)] == ["Росія", "атакувала", "Харків", "."]
    # an offset inside a word: the tokens that start after it, by a scan
    assert [t.text for t in doc.tokens_between(second + 2, len(text))] == ["відповіла", "."]
