from pathlib import Path

import pytest

from podiya.doc import Article, Doc
from podiya.entities.consistency import propagate
from podiya.entities.corpus import tokenize
from podiya.entities.recognize import Recognizer, _sure_spans, decode_bio, packaged_model_path, trim_spans
from podiya.errors import PodiyaError


def _doc(text: str, lang: str = "uk") -> Doc:
    sentences, tokens = tokenize(text, lang)
    return Doc(article=Article(id="t", text=text, lang=lang), lang=lang, sentences=sentences, tokens=tokens)


def _texts(doc, spans):
    return [(doc.text[s:e], t) for s, e, t in spans]


def test_decode_bio_handles_stray_inside_and_type_change():
    doc = _doc("Ільхам Алієв Баку Москва")
    labels = ["B-PER", "I-PER", "I-LOC", "I-LOC"]
    assert _texts(doc, decode_bio(doc.tokens, labels)) == [("Ільхам Алієв", "PER"), ("Баку Москва", "LOC")]
    assert decode_bio(doc.tokens, ["O"] * 4) == []


def test_trim_cuts_person_before_a_title_and_splits_places():
    doc = _doc("статті Сергія Данилова Вибачення Путіна, а також Перській затоці і Аравійському морі")
    t = doc.text
    person = (t.index("Сергія"), t.index(","), "PER")
    places = (t.index("Перській"), len(t), "LOC")
    assert _texts(doc, trim_spans(doc.tokens, [person, places])) == [
        ("Сергія Данилова", "PER"), ("Перській затоці", "LOC"), ("Аравійському морі", "LOC")]


def test_propagate_unifies_types_and_tags_missed_occurrences():
    doc = _doc("Путін прибув до Баку. Баку чекав. Путіна зустріли в Баку. Зустріч Ільхама Алієва. Алієва чекали.")
    t = doc.text
    first_baku = t.index("Баку")
    second_baku = t.index("Баку", first_baku + 1)
    spans = [(0, 5, "PER"), (first_baku, first_baku + 4, "LOC"), (second_baku, second_baku + 4, "ORG"),
             (t.index("Ільхама"), t.index(". Алієва"), "PER")]
    out = _texts(doc, propagate(doc, spans))
    assert out.count(("Баку", "ORG")) == 0 and out.count(("Баку", "LOC")) == 3
    assert ("Путіна", "PER") in out                  # lemma match of a tagged form
    assert out[-1] == ("Алієва", "PER")              # the surname alone, after the full name


def test_missing_model_is_a_clear_error(tmp_path: Path):
    with pytest.raises(PodiyaError, match="podiya train ner"):
        Recognizer.load(tmp_path / "absent.crfsuite")


def test_packaged_model_tags_a_sentence():
    if not packaged_model_path().is_file():
        pytest.skip("the packaged model is absent; run `podiya train ner`")
    doc = _doc("Президент України Володимир Зеленський прибув до Варшави.")
    found = _texts(doc, Recognizer.load().spans(doc))
    assert ("Володимир Зеленський", "PER") in found
    assert ("Варшави", "LOC") in found


def test_unsure_spans_are_dropped_but_people_and_quoted_names_stay():
    doc = _doc("Засідання комісії ухвалив Шайлеш Вара і ТОВ « Партнер СВ » у Тисі.")
    t = doc.text
    spans = [(0, t.index(" ухвалив"), "ORG"), (t.index("Шайлеш"), t.index(" і "), "PER"),
             (t.index("ТОВ"), t.index(" у "), "ORG"), (t.index("Тисі"), t.index("."), "LOC")]
    confidence = [0.55] * len(doc.tokens)        # every word unsure ...
    confidence[-2] = 0.95                        # ... but "Тисі"
    kept = _texts(doc, _sure_spans(doc, spans, confidence, 0.8))
    assert kept == [("Шайлеш Вара", "PER"), ("ТОВ « Партнер СВ »", "ORG"), ("Тисі", "LOC")]
    assert _sure_spans(doc, spans, confidence, 0.5) == spans          # all at 0.5 or more
    confidence[1] = 0.4                          # one unsure word is enough to drop a span
    assert (0, t.index(" ухвалив"), "ORG") not in _sure_spans(doc, spans, confidence, 0.5)


def test_minimum_confidence_only_removes_spans():
    if not packaged_model_path().is_file():
        pytest.skip("the packaged model is absent; run `podiya train ner`")
    doc = _doc("Держінспекція перевірила Підприємство. Президент України Володимир Зеленський прибув до Варшави.")
    model = Recognizer.load()
    confidence: list[float] = []
    assert model.crf_spans(doc, confidence=confidence) == model.crf_spans(doc)
    assert len(confidence) == len(doc.tokens) and min(confidence) < 0.8 and max(confidence) <= 1.0
    every = _texts(doc, model.spans(doc))
    sure = _texts(doc, model.spans(doc, min_confidence=0.8))
    assert set(sure) <= set(every) and ("Підприємство", "ORG") in every
    assert ("Підприємство", "ORG") not in sure                   # a capitalised common noun, unsure
    assert ("Володимир Зеленський", "PER") in sure and ("Варшави", "LOC") in sure


def test_crfsuite_gives_the_same_confidence_when_numpy_cannot_tag():
    if not packaged_model_path().is_file():
        pytest.skip("the packaged model is absent; run `podiya train ner`")
    doc = _doc("Держінспекція перевірила Підприємство. Президент України Володимир Зеленський прибув до Варшави.")
    fast, slow = [], []
    model = Recognizer.load()
    plain = Recognizer(packaged_model_path())
    plain.scorer = None                          # as for a model file numpy cannot read
    assert plain.crf_spans(doc, confidence=slow) == model.crf_spans(doc, confidence=fast)
    assert len(slow) == len(fast) == len(doc.tokens)
    # numpy computes only sentences with a name that is not a person's; crfsuite computes all
    assert all(f == pytest.approx(s, abs=1e-6) or f == 1.0 for f, s in zip(fast, slow))
    assert _texts(doc, plain.spans(doc, min_confidence=0.7)) == _texts(doc, model.spans(doc, min_confidence=0.7))


def test_a_person_inside_an_unsure_span_is_kept():
    """The confidence is checked on the repaired spans: "Північної Ірландії Шейлеш Вара" tagged as
    one unsure span still gives the person once split after the KB's place."""
    if not packaged_model_path().is_file():
        pytest.skip("the packaged model is absent; run `podiya train ner`")
    doc = _doc("З посад пішли міністр у справах Північної Ірландії Шейлеш Вара та міністр праці Естер Макві.")
    found = _texts(doc, Recognizer.load().spans(doc, min_confidence=0.99))
    assert ("Шейлеш Вара", "PER") in found and ("Естер Макві", "PER") in found


def test_a_span_run_on_through_a_long_list_gives_its_names():
    """Thousands of names joined by "та" in one tagger span: one part each, without recursion."""
    doc = _doc(" та ".join(["Київ", "Харків", "Одеса"] * 1000) + ".")
    out = _texts(doc, trim_spans(doc.tokens, [(0, doc.text.index("."), "LOC")]))
    assert len(out) == 3000 and set(out) == {("Київ", "LOC"), ("Харків", "LOC"), ("Одеса", "LOC")}
    short = _doc("Київ та Харків")                  # under the length of a runaway: the usual repairs
    assert _texts(short, trim_spans(short.tokens, [(0, len(short.text), "LOC")])) == [("Київ", "LOC"), ("Харків", "LOC")]


def test_trim_cuts_commas_function_words_and_script_changes():
    doc = _doc("міністр з питань Brexit Домінік Рааб, державний секретар. Водночас Мей мовчить.")
    t = doc.text
    spans = [(t.index("Brexit"), t.index(" державний") + len(" державний секретар"), "PER"),
             (t.index("Водночас"), t.index(" мовчить"), "PER")]
    assert _texts(doc, trim_spans(doc.tokens, spans)) == [("Домінік Рааб", "PER"), ("Мей", "PER")]


def test_person_keeps_initials_and_regnal_numbers():
    doc = _doc("заявила Т.Мей, а королева Єлизавета II мовчала. Д. каже")
    t = doc.text
    spans = [(t.index("Мей"), t.index(","), "PER"),
             (t.index("Єлизавета"), t.index(" II"), "PER"),
             (t.index("Д."), t.index("Д.") + 2, "PER")]
    assert _texts(doc, trim_spans(doc.tokens, spans)) == [("Т.Мей", "PER"), ("Єлизавета II", "PER")]


def test_organisation_followed_by_person_is_split():
    doc = _doc("читайте статтю Центру близькосхідних досліджень Сергія Данилова Вибачення Путіна.")
    t = doc.text
    spans = [(t.index("Центру"), t.index("."), "ORG")]
    assert _texts(doc, trim_spans(doc.tokens, spans)) == [("Центру близькосхідних досліджень", "ORG"),
                                                         ("Сергія Данилова", "PER")]


def test_surname_tagged_as_place_becomes_person_but_known_places_stay():
    from podiya.entities.recognize import retype_surnames

    doc = _doc("Заяву підписав Коваленко, а не Київ.")
    t = doc.text
    spans = [(t.index("Коваленко"), t.index(","), "LOC"), (t.index("Київ"), t.index("Київ") + 4, "LOC")]
    assert _texts(doc, retype_surnames(doc.tokens, spans, "uk")) == [("Коваленко", "PER"), ("Київ", "LOC")]


def test_known_name_running_into_a_person_is_split():
    from podiya.entities.recognize import split_after_known_names

    doc = _doc("міністр у справах Північної Ірландії Шейлеш Вара подав у відставку.")
    t = doc.text
    spans = [(t.index("Північної"), t.index(" подав"), "ORG")]
    assert _texts(doc, split_after_known_names(doc.tokens, spans, "uk")) == [
        ("Північної Ірландії", "LOC"), ("Шейлеш Вара", "PER")]
    whole = [(t.index("Північної"), t.index(" Шейлеш"), "LOC")]
    assert split_after_known_names(doc.tokens, whole, "uk") == whole


def test_bare_head_of_an_organisation_is_the_organisation():
    from podiya.entities.recognize import head_mentions

    doc = _doc("Венеціанська комісія засідала. Комісія ухвалила висновок. Комісія Ради Європи мовчить.")
    t = doc.text
    spans = [(0, t.index(" засідала"), "ORG")]
    found = _texts(doc, head_mentions(doc.tokens, spans))
    assert found == [("Венеціанська комісія", "ORG"), ("Комісія", "ORG")]   # not before "Ради"


def test_one_word_person_known_to_the_kb_as_something_else_is_retyped():
    from podiya.entities.recognize import retype_known_words

    doc = _doc("Про це написав у Twitter Коваленко.")
    t = doc.text
    spans = [(t.index("Twitter"), t.index(" Коваленко"), "PER"), (t.index("Коваленко"), t.index("."), "PER")]
    assert _texts(doc, retype_known_words(doc.tokens, spans, "uk")) == [("Twitter", "PRO"), ("Коваленко", "PER")]


def test_trim_drops_dangling_words_and_quotes():
    doc = _doc('між Радою та Комісією; агентство "Благовіст-Інфо" і Європейська комісія « За право » ; '
               'Місія Центру - сприяти.')
    t = doc.text
    spans = [(t.index("Радою"), t.index(" Комісією"), "PER"), (t.index("Благовіст"), t.index(" і Євро"), "ORG"),
             (t.index("Європейська"), t.index(" За"), "ORG"), (t.index("Центру"), t.index(" сприяти"), "ORG")]
    assert _texts(doc, trim_spans(doc.tokens, spans)) == [
        ("Радою", "PER"), ("Благовіст-Інфо", "ORG"), ("Європейська комісія", "ORG"), ("Центру", "ORG")]


def test_trim_splits_names_joined_by_a_conjunction_unless_they_share_a_part():
    doc = _doc("між Радою міністрів та Комісією. Приїхала сім'я Айше і Таїра Аметових.")
    t = doc.text
    two = (t.index("Радою"), t.index("."), "ORG")
    family = (t.index("Айше"), len(t) - 1, "PER")
    assert _texts(doc, trim_spans(doc.tokens, [two, family])) == [
        ("Радою міністрів", "ORG"), ("Комісією", "ORG"), ("Айше і Таїра Аметових", "PER")]


def test_trim_keeps_the_name_after_a_comma_and_cuts_lowercase_openers_of_people():
    doc = _doc("Пішов Домінік Рааб, державний секретар у справах Північної Ірландії Шайлеш Вара. "
               "Видання за ред. Л.М.Ентін; притулок політичне убежище.")
    t = doc.text
    run_on = (t.index("Домінік"), t.index(". Видання"), "ORG")
    editor = (t.index("ред."), t.index(";"), "PER")
    lower = (t.index("політичне"), len(t) - 1, "LOC")
    assert _texts(doc, trim_spans(doc.tokens, [run_on, editor, lower])) == [
        ("Північної Ірландії Шайлеш Вара", "ORG"), ("Домінік Рааб", "ORG"), ("Л.М.Ентін", "PER")]


def test_trim_ends_a_name_before_a_bracket_that_is_not_closed():
    doc = _doc("Європейська асоціація суддів (EAJ; Державна служба (ДС) працює.")
    t = doc.text
    open_only = (t.index("Європейська"), t.index(";"), "ORG")
    closed = (t.index("Державна"), t.index(" працює"), "ORG")
    assert _texts(doc, trim_spans(doc.tokens, [open_only, closed])) == [
        ("Європейська асоціація суддів", "ORG"), ("Державна служба (ДС)", "ORG")]


def test_trim_drops_a_capital_preposition_a_leading_dash_and_a_footnote_mark():
    doc = _doc("У Маастрихтському договорі сказано. - Мей мовчить. [14] Комісія діє. В. Путін прибув.")
    t = doc.text
    spans = [(t.index("У "), t.index(" договорі"), "LOC"), (t.index("- Мей"), t.index(" мовчить"), "PER"),
             (t.index("[14]"), t.index(" діє"), "ORG"), (t.index("В. Путін"), t.index(" прибув"), "PER")]
    assert _texts(doc, trim_spans(doc.tokens, spans)) == [
        ("Маастрихтському", "LOC"), ("Мей", "PER"), ("Комісія", "ORG"), ("В. Путін", "PER")]
