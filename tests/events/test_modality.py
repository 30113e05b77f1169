"""Modality cues (modality.py, data/modality.toml): hedging adjectives make a noun hypothetical."""
from __future__ import annotations

from podiya.events.clauses import clause_ids
from podiya.events.modality import cues, hedged, modality

from .conftest import annotate


def _at(doc, prefix):
    return next(i for i, t in enumerate(doc.tokens) if t.text.lower().startswith(prefix))


def test_every_language_lists_hedges():
    for lang in ("uk", "ru", "en"):
        assert cues(lang).hedges, lang
    assert "можливий" in cues("uk").hedges and "маловероятный" in cues("ru").hedges


def test_hedged_noun_is_hypothetical():
    doc = annotate("Поліція готується до можливих заворушень.", lang="uk")
    clauses = clause_ids(doc.tokens, [])
    anchor = _at(doc, "заворуш")
    assert hedged(doc.tokens, clauses, anchor, "uk")
    assert modality(doc.tokens, anchor, clauses, "uk", {}, noun=True).value == "hypothetical"
    assert modality(doc.tokens, anchor, clauses, "uk", {}).value != "hypothetical"   # the old call


def test_predicate_hedge_and_plain_noun():
    doc = annotate("Беспорядки маловероятны, считает полиция.", lang="ru")
    assert hedged(doc.tokens, clause_ids(doc.tokens, []), _at(doc, "беспоряд"), "ru")
    plain = annotate("Беспорядки охватили город.", lang="ru")
    assert not hedged(plain.tokens, clause_ids(plain.tokens, []), _at(plain, "беспоряд"), "ru")
