"""Hand-made documents for the events tests: the language stages plus a tiny gazetteer of actors.

The gazetteer stands in for the entity stage so that the events layer is tested on its own: each
word whose lemma is listed becomes an entity mention with the listed code.
"""
from __future__ import annotations

import pytest

from podiya.doc import Article, Doc
from podiya.pipeline import Pipeline
from podiya.schema import Entity, Mention, TimeExpr

# Every layer an event needs, for tests that run made-up sentences through the real pipeline.
FULL_STAGES = ["language", "segment", "morphology", "entities", "times", "events"]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(stages=FULL_STAGES)


@pytest.fixture(scope="module")
def stage():
    """The events stage alone, for hand-made documents (`annotate`)."""
    from podiya.events.stage import EventStage
    from podiya.settings import load_settings

    return EventStage(load_settings())


def run(pipeline: Pipeline, text: str, lang: str, date: str = "2025-03-01") -> Doc:
    """A made-up sentence through the whole pipeline, as an article of `date`."""
    return pipeline(Article(id="t", text=text, lang=lang, date=date))


def codes(parties) -> list[str]:
    """"CCC SEC" (or "CCC") of each party, sorted: what the tests compare."""
    return sorted(f"{p.country} {p.sector}" if p.sector else str(p.country) for p in parties)

# lemma -> (type, country, sector); lemmas as pymorphy3 gives them (lower case).
ACTORS = {
    "росія": ("LOC", "RUS", None), "россия": ("LOC", "RUS", None), "рф": ("LOC", "RUS", None),
    "україна": ("LOC", "UKR", None), "украина": ("LOC", "UKR", None),
    "азербайджан": ("LOC", "AZE", None), "польща": ("LOC", "POL", None), "польша": ("LOC", "POL", None),
    "німеччина": ("LOC", "DEU", None), "германия": ("LOC", "DEU", None),
    "франція": ("LOC", "FRA", None), "франция": ("LOC", "FRA", None),
    "туреччина": ("LOC", "TUR", None), "турция": ("LOC", "TUR", None),
    "китай": ("LOC", "CHN", None), "грузія": ("LOC", "GEO", None), "грузия": ("LOC", "GEO", None),
    "ізраїль": ("LOC", "ISR", None), "израиль": ("LOC", "ISR", None), "іран": ("LOC", "IRN", None),
    "иран": ("LOC", "IRN", None), "білорусь": ("LOC", "BLR", None), "беларусь": ("LOC", "BLR", None),
    "угорщина": ("LOC", "HUN", None), "венгрия": ("LOC", "HUN", None), "британія": ("LOC", "GBR", None),
    "британия": ("LOC", "GBR", None), "литва": ("LOC", "LTU", None), "абхазія": ("LOC", "GEO", None),
    "абхазия": ("LOC", "GEO", None), "європа": ("LOC", "EU", None), "европа": ("LOC", "EU", None),
    "пакистан": ("LOC", "PAK", None), "сша": ("LOC", "USA", None), "usa": ("LOC", "USA", None),
    "єс": ("ORG", "EU", "IGO"), "ес": ("ORG", "EU", "IGO"), "нато": ("ORG", "NATO", "IGO"),
    "оон": ("ORG", "UN", "IGO"), "мзс": ("ORG", "UKR", "GOV"), "кремль": ("ORG", "RUS", "GOV"),
    "путін": ("PER", "RUS", "GOV"), "путин": ("PER", "RUS", "GOV"), "зеленський": ("PER", "UKR", "GOV"),
    "зеленский": ("PER", "UKR", "GOV"), "алієв": ("PER", "AZE", "GOV"), "алиев": ("PER", "AZE", "GOV"),
    "макрон": ("PER", "FRA", "GOV"), "ердоган": ("PER", "TUR", "GOV"), "эрдоган": ("PER", "TUR", "GOV"),
    "трамп": ("PER", "USA", "GOV"), "мей": ("PER", "GBR", "GOV"), "лукашенко": ("PER", "BLR", "GOV"),
    "russia": ("LOC", "RUS", None), "ukraine": ("LOC", "UKR", None), "azerbaijan": ("LOC", "AZE", None),
    "poland": ("LOC", "POL", None), "germany": ("LOC", "DEU", None), "france": ("LOC", "FRA", None),
    "china": ("LOC", "CHN", None), "iran": ("LOC", "IRN", None), "israel": ("LOC", "ISR", None),
    "turkey": ("LOC", "TUR", None), "britain": ("LOC", "GBR", None), "georgia": ("LOC", "GEO", None),
    "belarus": ("LOC", "BLR", None), "eu": ("ORG", "EU", "IGO"), "nato": ("ORG", "NATO", "IGO"),
    "putin": ("PER", "RUS", "GOV"), "zelensky": ("PER", "UKR", "GOV"), "aliyev": ("PER", "AZE", "GOV"),
    "macron": ("PER", "FRA", "GOV"), "trump": ("PER", "USA", "GOV"), "kremlin": ("ORG", "RUS", "GOV"),
    "washington": ("LOC", "USA", "GOV"), "moscow": ("LOC", "RUS", "GOV"), "kyiv": ("LOC", "UKR", "GOV"),
    "москва": ("LOC", "RUS", "GOV"), "київ": ("LOC", "UKR", "GOV"), "киев": ("LOC", "UKR", "GOV"),
    "баку": ("LOC", "AZE", "GOV"),
}
ADJECTIVES = {"російський": "RUS", "азербайджанський": "AZE", "український": "UKR", "польський": "POL",
              "грузинський": "GEO", "російська": "RUS", "российский": "RUS", "азербайджанский": "AZE",
              "украинский": "UKR", "польский": "POL", "грузинский": "GEO", "russian": "RUS", "ukrainian": "UKR",
              "polish": "POL", "azerbaijani": "AZE"}

_LANGUAGE = Pipeline(stages=["language", "segment", "morphology"])


def annotate(text: str, lang: str | None = None, date: str | None = "2025-10-17") -> Doc:
    """A Doc with tokens, gazetteer entities (one per lemma) and country adjectives; no times."""
    doc = _LANGUAGE(Article(id="t", text=text, lang=lang, date=date))
    entities: dict[str, Entity] = {}
    adjectives = []
    for tok in doc.tokens:
        lemmas = [a.lemma for a in tok.analyses] + [tok.text.lower()]
        if tok.text[:1].isupper() or tok.text.isupper():
            hit = next((lem for lem in lemmas if lem in ACTORS), None)
            if hit is not None:
                etype, country, sector = ACTORS[hit]
                entity = entities.setdefault(hit, Entity(id=f"E{len(entities) + 1}", type=etype, name=hit.title(),
                                                         country=country, sector=sector))
                entity.mentions.append(Mention(start=tok.start, end=tok.end, text=tok.text, base=hit))
                continue
        code = next((ADJECTIVES[lem] for lem in lemmas if lem in ADJECTIVES), None)
        if code is not None:
            adjectives.append((tok.start, tok.end, code))
    doc.entities = list(entities.values())
    doc.extras["country_adjectives"] = adjectives
    return doc


def add_entity(doc: Doc, phrase: str, etype: str, country: str | None, sector: str | None = None,
               eid: str = "E90", nth: int = 0, key: str | None = None) -> Doc:
    """Add a mention of `phrase` (its `nth` occurrence in the text) to the entity `eid`, made with
    the given type, code and knowledge-base key when the doc has none of that id yet."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(phrase, start + 1)
    entity = next((e for e in doc.entities if e.id == eid), None)
    if entity is None:
        entity = Entity(id=eid, type=etype, name=phrase, key=key, country=country, sector=sector)
        doc.entities.append(entity)
    entity.mentions.append(Mention(start=start, end=start + len(phrase), text=phrase, base=phrase))
    return doc


_GRANULARITY = {10: "day", 7: "month", 4: "year"}


def add_time(doc: Doc, phrase: str, value: str) -> Doc:
    """Add the times layer's reading of `phrase` (its first occurrence) as `value` (YYYY[-MM[-DD]])."""
    start = doc.text.index(phrase)
    doc.times.append(TimeExpr(start=start, end=start + len(phrase), text=phrase, value=value,
                              granularity=_GRANULARITY[len(value)]))
    return doc
