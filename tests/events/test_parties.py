"""Parties of a sentence: cases, prepositions, heads, country adjectives; and the small data files."""
from __future__ import annotations

import pytest

from podiya.events.lexicon import support_verbs
from podiya.events.modality import cues
from podiya.events.parties import sector_nouns, sentence_parties
from podiya.events.scoring import confidence, plover_scores
from podiya.events.stage import EventStage
from podiya.schema import Entity, Mention
from podiya.settings import load_settings

from .conftest import annotate


def parties_of(text, lang="uk"):
    doc = annotate(text, lang=lang)
    mentions = sorted(((m.start, m.end, e, m) for e in doc.entities for m in e.mentions), key=lambda x: x[0])
    found = sentence_parties(doc, doc.tokens, mentions, doc.extras["country_adjectives"], lang)
    return {doc.text[doc.tokens[p.first].start:doc.tokens[p.last].end]: p for p in found}


def test_country_adjective_takes_the_sector_of_its_noun():
    parties = parties_of("Російська система ППО збила літак, а російські Z-канали це помітили.")
    assert parties["Російська система ППО"].country == "RUS" and parties["Російська система ППО"].sector == "MIL"
    assert parties["російські Z-канали"].sector == "MED"


def test_office_noun_with_a_country_in_the_genitive_is_one_party():
    party = parties_of("Уряд Пакистану погодився.")["Уряд Пакистану"]
    assert (party.country, party.sector, party.source) == ("PAK", "GOV", "head")
    assert "nomn" in party.cases


def test_preposition_of_a_noun_is_not_the_partys():
    party = parties_of("Росія пішла на поступки Азербайджану.")["Азербайджану"]
    assert party.prep is None and "datv" in party.cases
    assert parties_of("Путін зустрівся з Алієвим.")["Алієвим"].prep == "з"


def test_name_inside_the_actors_title_is_not_the_other_side():
    stage = EventStage(load_settings())
    doc = stage(annotate("Правитель Росії Путін визнав провину перед Алієвим."))
    (event,) = doc.events
    assert [p.country for p in event.actor] == ["RUS"] and [p.country for p in event.recipient] == ["AZE"]


def test_named_event_stands_for_its_country_as_a_last_resort():
    text = "Рада ЄС підтримала проект угоди про Brexit."
    doc = annotate(text)
    start = text.index("Brexit")
    doc.entities.append(Entity(id="E9", type="EVT", name="Brexit", country="GBR",
                               mentions=[Mention(start=start, end=start + 6, text="Brexit", base="Brexit")]))
    (event,) = EventStage(load_settings())(doc).events
    assert event.type == "SUPPORT" and [p.country for p in event.recipient] == ["GBR"]
    assert "recipient:topic" in event.why["rules"]


def test_data_files_load():
    assert len(plover_scores()) == 16 and plover_scores()["ASSAULT"] == -9
    assert sector_nouns()[("uk", "уряд")] == "GOV" and sector_nouns()[("ru", "армия")] == "MIL"
    assert "висловити" in support_verbs("uk") and "выразить" in support_verbs("ru")
    assert "не" in cues("uk").negation and ("по", "словам") in cues("ru").reported_phrases


@pytest.mark.parametrize("modality", ["asserted", "reported", "future", "negated", "hypothetical", "question"])
def test_confidence_stays_in_range_and_drops_with_doubt(modality):
    sure = confidence(0.85, 1.0, True, "asserted", False)
    value = confidence(0.85, 1.0, True, modality, False)
    assert 0 < value <= sure < 1
    assert confidence(0.85, 0.75, False, modality, True) < value
