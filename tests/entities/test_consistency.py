"""Document-level repairs of tagger spans: common words dropped, first names typed as people."""
from podiya.doc import Article, Doc
from podiya.entities.consistency import (drop_common_words, first_names_are_people, org_heads,
                                        organisation_phrases, short_organisation_names, split_place_and_person)
from podiya.entities.corpus import tokenize


def _doc(text: str, lang: str = "uk") -> Doc:
    sentences, tokens = tokenize(text, lang)
    return Doc(article=Article(id="t", text=text, lang=lang), lang=lang, sentences=sentences, tokens=tokens)


def _span(text: str, form: str, etype: str) -> tuple[int, int, str]:
    start = text.index(form)
    return (start, start + len(form), etype)


def test_lowercase_common_words_are_not_organisations_or_places():
    text = "Працівники центру та Києва зібралися біля центру міста."
    doc = _doc(text)
    spans = [_span(text, "центру", "ORG"), _span(text, "Києва", "LOC")]
    assert drop_common_words(doc, spans) == [_span(text, "Києва", "LOC")]


def test_lowercase_events_are_kept():
    # BSNLP annotates lower-case event words ("референдума"); only ORG/LOC are dropped.
    text = "После референдума страна изменилась."
    doc = _doc(text, "ru")
    span = _span(text, "референдума", "EVT")
    assert drop_common_words(doc, [span]) == [span]


def test_first_names_typed_as_organisations_become_people():
    text = "Вчора Олексій приїхав до Києва, а Софія зустріла його."
    doc = _doc(text)
    spans = [_span(text, "Олексій", "ORG"), _span(text, "Києва", "LOC"), _span(text, "Софія", "LOC")]
    # "Софія" is also a capital in the KB: its type stays the tagger's.
    assert first_names_are_people(doc, spans) == [
        _span(text, "Олексій", "PER"), _span(text, "Києва", "LOC"), _span(text, "Софія", "LOC")]


def test_lowercase_descriptions_are_not_organisations():
    text = "Члени консервативної партії та Консервативної партії зібралися."
    doc = _doc(text)
    lower, upper = _span(text, "консервативної партії", "ORG"), _span(text, "Консервативної партії", "ORG")
    assert drop_common_words(doc, [lower, upper]) == [upper]


def test_first_name_and_surname_typed_as_organisation_become_a_person_but_companies_do_not():
    text = "Вчора Олександр Петренко і компанія Укрстрой підписали угоду."
    doc = _doc(text)
    spans = [_span(text, "Олександр Петренко", "ORG"), _span(text, "Укрстрой", "ORG")]
    assert first_names_are_people(doc, spans) == [_span(text, "Олександр Петренко", "PER"), spans[1]]


def test_place_glued_to_a_person_is_split():
    text = "Заявив міністр у справах Північної Ірландії Шейлеш Вара."
    doc = _doc(text)
    glued = _span(text, "Північної Ірландії Шейлеш Вара", "ORG")
    place = _span(text, "Північної Ірландії", "LOC")
    kb = [(place[0], place[1], "LOC", "pd:loc:northern-ireland")]
    assert split_place_and_person(doc, [glued], kb) == [place, _span(text, "Шейлеш Вара", "PER")]
    person = _span(text, "Північної Ірландії Шейлеш Вара", "PER")      # PER spans are left alone
    assert split_place_and_person(doc, [person], kb) == [person]


def test_head_noun_of_an_organisation_named_in_full_is_that_organisation():
    text = "Європейська комісія схвалила план. Комісія також відзначила Аеропорт Бориспіль, а Бориспіль радіє."
    doc = _doc(text)
    full = _span(text, "Європейська комісія", "ORG")
    short = _span(text, "Комісія", "LOC")
    airport = _span(text, "Аеропорт Бориспіль", "ORG")
    town = (text.rindex("Бориспіль"), text.rindex("Бориспіль") + len("Бориспіль"), "LOC")
    assert short_organisation_names(doc, [full, short, airport, town]) == [
        full, (short[0], short[1], "ORG"), airport, town]


def test_institution_names_the_tagger_missed_are_found_with_their_place():
    text = "Вчера Верховный суд Пакистана оправдал её, а Новый год и Верховный суд ждут."
    doc = _doc(text, "ru")
    place = _span(text, "Пакистана", "LOC")
    found = organisation_phrases(doc, [place])
    assert _span(text, "Верховный суд Пакистана", "ORG") in found and place not in found
    assert not any(text[s:e].startswith("Новый") for s, e, _ in found)      # "год" heads no institution
    second = text.rindex("Верховный суд")
    assert (second, second + len("Верховный суд"), "ORG") in found


def test_institution_heads_are_data():
    heads = org_heads()
    assert ("uk", "суд") in heads and ("ru", "партия") in heads


def test_spans_that_cannot_be_names_are_dropped():
    from podiya.entities.consistency import drop_non_names

    text = ("Генеральний директор прибув. Голова Комісії та Експерт говорили. Ю.А. Борко пише, "
            "що Ко-місія діє. Пишіть на info@ec.europa.eu. Класи є в Одеській, Херсонській школах. а) з 2005 р.")
    doc = _doc(text)
    dropped = [_span(text, "Генеральний", "PER"), _span(text, "Голова", "LOC"), _span(text, "Експерт", "ORG"),
               _span(text, "Ю.А.", "PER"), _span(text, "Ко-місія", "ORG"), _span(text, "info@ec.europa.eu", "LOC"),
               (text.index("а)"), text.index("а)") + 1, "ORG")]     # a list's item letter
    kept = [_span(text, "Комісії", "ORG"), _span(text, "Борко", "PER"), _span(text, "Одеській", "LOC")]
    assert drop_non_names(doc, sorted(dropped + kept)) == sorted(kept)


def test_organisation_heads_are_the_first_common_nouns_of_long_names():
    from podiya.entities.consistency import organisation_heads

    text = "Європейська комісія і Рада ЄС та Аеропорт Бориспіль."
    doc = _doc(text)
    spans = [_span(text, "Європейська комісія", "ORG"), _span(text, "Рада ЄС", "ORG"),
             _span(text, "Аеропорт Бориспіль", "ORG")]
    assert {"комісія", "рада", "аеропорт"} <= organisation_heads(doc, spans)
    assert "бориспіль" not in organisation_heads(doc, spans)


def test_a_capitalised_common_word_is_dropped_alone_not_the_longer_span_it_opens():
    # "Голова" is written in lower case inside a sentence too: the one-word span goes, the span
    # that starts on the same word and goes on is judged on its own and stays.
    text = "Вчора Голова приїхав до Києва. Потім голова комісії пішов."
    doc = _doc(text)
    start = text.index("Голова")
    one, longer = (start, start + len("Голова"), "ORG"), (start, start + len("Голова приїхав"), "ORG")
    kyiv = _span(text, "Києва", "LOC")
    assert drop_common_words(doc, [one, longer, kyiv]) == [longer, kyiv]
