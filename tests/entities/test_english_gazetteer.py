from podiya.entities.corpus import tokenize
from podiya.entities.english import english_spans
from podiya.entities.gazetteer import gazetteer_spans
from podiya.entities.stage import merge_gazetteer


def _texts(text, spans):
    return [(text[s:e], t) for s, e, t, *_ in spans]


def test_capitalised_sequences_without_titles_or_sentence_starters():
    text = "Yesterday Prime Minister Keir Starmer visited the Ministry of Defence in London."
    _, tokens = tokenize(text, "en")
    found = _texts(text, english_spans(tokens))
    assert ("Keir Starmer", "PER") in found
    assert ("Ministry of Defence", "ORG") in found
    assert not any(form.startswith(("Yesterday", "Prime")) for form, _ in found)


def test_gazetteer_matches_inflected_kb_names():
    text = "Делегація Європейського Союзу прибула до Азербайджану."
    _, tokens = tokenize(text, "uk")
    found = _texts(text, gazetteer_spans(tokens, "uk"))
    assert ("Азербайджану", "LOC") in found


def test_merge_keeps_tagger_spans_and_adds_missing_kb_names():
    tagger = [(0, 5, "ORG")]
    kb = [(0, 5, "LOC", "Q1"), (3, 8, "LOC", "Q2"), (10, 14, "LOC", "Q3"), (20, 24, "LOC", "")]
    assert merge_gazetteer(tagger, kb) == [(0, 5, "LOC"), (10, 14, "LOC")]


def test_lowercase_event_names_match_but_lowercase_places_do_not():
    text = "После брексита лондон молчит."
    _, tokens = tokenize(text, "ru")
    found = _texts(text, gazetteer_spans(tokens, "ru"))
    assert ("брексита", "EVT") in found
    assert not any(form == "лондон" for form, _ in found)
