from podiya.entities.corpus import tokenize
from podiya.entities.english import english_spans
from podiya.entities.gazetteer import gazetteer_spans, sentence_opening_places
from podiya.entities.stage import merge_gazetteer


def _texts(text, spans):
    return [(text[s:e], t) for s, e, t, *_ in spans]


def _found(text, lang):
    """(form, type) of the KB names `gazetteer_spans` finds in `text`."""
    _, tokens = tokenize(text, lang)
    return _texts(text, gazetteer_spans(tokens, lang))


def test_capitalised_sequences_without_titles_or_sentence_starters():
    text = "Yesterday Prime Minister Keir Starmer visited the Ministry of Defence in London."
    _, tokens = tokenize(text, "en")
    found = _texts(text, english_spans(tokens))
    assert ("Keir Starmer", "PER") in found
    assert ("Ministry of Defence", "ORG") in found
    assert not any(form.startswith(("Yesterday", "Prime")) for form, _ in found)


def test_gazetteer_matches_inflected_kb_names():
    text = "Делегація Європейського Союзу прибула до Азербайджану."
    found = _found(text, "uk")
    assert ("Азербайджану", "LOC") in found


def test_merge_keeps_tagger_spans_and_adds_missing_kb_names():
    tagger = [(0, 5, "ORG")]
    kb = [(0, 5, "LOC", "Q1"), (3, 8, "LOC", "Q2"), (10, 14, "LOC", "Q3"), (20, 24, "LOC", "")]
    assert merge_gazetteer(tagger, kb) == [(0, 5, "LOC"), (10, 14, "LOC")]


def test_lowercase_event_names_match_but_lowercase_places_do_not():
    text = "После брексита лондон молчит."
    found = _found(text, "ru")
    assert ("брексита", "EVT") in found
    assert not any(form == "лондон" for form, _ in found)


def test_one_word_names_match_only_through_an_agreeing_name_reading():
    # "Тому" shares the lemma "той" with a reading of "Того" (Togo); "Малий" the adjective of
    # "Малі" (Mali); "Суму" the noun "сума" of "Суми"; "Хмельницької" is feminine, the city is not.
    text = ("Посол поїхав до Того, а Тому Малий казав про Суму. "
            "Він жив у Хмельницькому біля Хмельницької траси, де стоїть пам'ятник Б. Хмельницького.")
    found = _found(text, "uk")
    assert ("Того", "LOC") in found and ("Хмельницькому", "LOC") in found
    forms = {form for form, _ in found}
    assert not forms & {"Тому", "Малий", "Суму", "Хмельницької", "Хмельницького"}


def test_multiword_names_take_their_closing_quote_and_never_cross_closing_punctuation():
    text = "Депутати ВО «Батьківщина» голосували. Біля будинку «Стара» (площа) людно."
    found = _found(text, "uk")
    assert ("ВО «Батьківщина»", "ORG") in found
    assert not any("площа" in form for form, _ in found)


def test_alias_stoplist_is_data_with_a_reason_per_entry():
    from podiya.entities.gazetteer import alias_stoplist

    stop = alias_stoplist()
    assert ("uk", "дружба") in stop and ("ru", "дружба") in stop
    text = "Трубопровід Дружба працює."
    assert not any(form == "Дружба" for form, _ in _found(text, "uk"))


def test_media_titles_are_products_and_agencies_stay_organisations():
    from podiya.entities.gazetteer import knowledge_base, output_type

    kb = knowledge_base()
    assert output_type(kb.get("pd:org:the-guardian"), "ORG") == "PRO"
    assert output_type(kb.get("pd:org:reuters"), "ORG") == "ORG"
    assert output_type(None, "ORG") == "ORG"
    assert output_type(kb.get("pd:org:the-guardian"), "PER") == "PER"   # only an organisation reading changes


def test_products_the_kb_lists_in_lower_case_match_in_lower_case_places_do_not():
    text = "Він написав у твіттері, що окупанти пішли з києва."
    found = _found(text, "uk")
    assert ("твіттері", "PRO") in found
    assert not any(form in ("окупанти", "києва") for form, _ in found)


def test_hyphenated_names_in_one_token_match_whole_tokens_only():
    text = "Делегація Шрі-Ланки прибула до Нью-Йорка, де обговорили С-400 і Даунінг-стріт."
    found = _found(text, "uk")
    for form in ("Шрі-Ланки", "Нью-Йорка", "С-400", "Даунінг-стріт"):
        assert form in {f for f, _ in found}, form


def test_full_names_of_kb_people_are_people_whatever_the_tagger_said():
    from podiya.entities.gazetteer import knowledge_base, output_type

    person = next(e for e in knowledge_base().entries.values() if e.type == "PER")
    assert output_type(person, "ORG", "Домінік Рааб") == "PER"
    assert output_type(person, "LOC", "Вашингтон") == "LOC"      # one word: a place may share it


def test_capitals_do_not_make_a_common_word_a_name_but_acronyms_open_sentences():
    text = "ТОМУ ВІЙНА ТРИВАЄ. НАТО відповіло."
    found = _found(text, "uk")
    assert ("НАТО", "ORG") in found
    assert not any(form == "ТОМУ" for form, _ in found)


def test_a_political_metonym_opens_a_sentence_but_a_shortened_alias_does_not():
    text = "Кремль отверг обвинения. Союз нерушимый республик свободных."
    found = _found(text, "ru")
    assert ("Кремль", "ORG") in found
    assert not any(form == "Союз" for form, _ in found)


def test_a_state_or_city_opens_a_sentence_unless_the_word_reads_otherwise():
    # the uk dictionary reads "Німеччина" only as a common noun; "Мали" (they had) is a verb, "Того" a pronoun
    text = "Німеччина занепокоєна діями Росії. Мали вони рацію. Того дня Польща мовчала. Харків обстріляли."
    _, tokens = tokenize(text, "uk")
    spans = gazetteer_spans(tokens, "uk")
    found = _texts(text, spans)
    assert ("Німеччина", "LOC") in found
    assert ("Польща", "LOC") in found
    assert not any(form in ("Мали", "Того") for form, _ in found)
    # a city that opens a sentence is found after the tagger, outside the tagger's features
    assert _texts(text, sentence_opening_places(tokens, "uk", spans)) == [("Харків", "LOC")]


def test_buildings_that_stand_for_institutions_are_places_with_their_actor_code():
    from podiya.entities.gazetteer import knowledge_base, metonym_places, output_type

    kb = knowledge_base()
    assert all(kb.get(eid) is not None and kb.get(eid).kind == "metonym" for eid in metonym_places())
    assert output_type(kb.get("pd:org:kremlin"), "ORG") == "LOC"
    assert output_type(kb.get("pd:org:white-house"), "ORG") == "LOC"
    assert output_type(kb.get("pd:org:pentagon"), "ORG") == "ORG"       # the benchmarks call it an organisation


def test_an_acting_kremlin_is_a_place_coded_as_the_russian_government(pipeline):
    from podiya.doc import Article

    doc = pipeline(Article(id="t", text="Кремль відкинув звинувачення Києва.", lang="uk"))
    (kremlin,) = [e for e in doc.entities if e.name == "Кремль"]
    assert (kremlin.type, kremlin.country, kremlin.sector) == ("LOC", "RUS", "GOV")
