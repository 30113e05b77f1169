"""Pronoun resolution helpers: the gender of a person from their names or from the verbs they are the subject of."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from podiya.doc import Article
from podiya.events.anaphora import entity_gender
from podiya.pipeline import Pipeline


@pytest.fixture(scope="module")
def morph() -> Pipeline:
    return Pipeline(stages=["language", "segment", "morphology"])


def _gender(morph, text, name, lang="ru"):
    doc = morph(Article(id="t", text=text, lang=lang))
    mentions = []
    at = text.find(name)
    while at >= 0:
        mentions.append(SimpleNamespace(start=at, end=at + len(name)))
        at = text.find(name, at + 1)
    return entity_gender(doc.tokens, [t.start for t in doc.tokens], SimpleNamespace(mentions=mentions))


def test_gender_from_the_name_words(morph):
    assert _gender(morph, "Терезу Мэй встретили в Брюсселе.", "Терезу Мэй") == "femn"


def test_gender_from_the_verb_when_the_name_is_either(morph):
    # "Мишель" is a man's or a woman's name: the past-tense verb of which she is the subject tells
    assert _gender(morph, "Мишель Обама «должно быть, говорила о прошлом».", "Мишель Обама") == "femn"
    assert _gender(morph, "Мишель Барнье сказал, что сделка возможна.", "Мишель Барнье") == "masc"


def test_no_gender_from_a_verb_with_another_subject_first(morph):
    assert _gender(morph, "Мишель Обама и Трамп встретились. Об этом Мишель Обама Трампу писала.",
                   "Мишель Обама") is None
