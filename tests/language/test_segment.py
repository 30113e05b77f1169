from hypothesis import given, settings, strategies as st

from podiya.language.segment import segment

TEXT = ("Заголовок без крапки\n\n"
        "Зустріч відбулася в м. Душанбе 9 жовтня. Російські Z-канали були незадоволені!\n"
        "П'ятниця стала днем переговорів.")


def test_lines_and_sentences_have_exact_offsets():
    sentences, tokens = segment(TEXT, "uk")
    texts = [TEXT[s:e] for s, e in sentences]
    assert texts == ["Заголовок без крапки", "Зустріч відбулася в м. Душанбе 9 жовтня.",
                     "Російські Z-канали були незадоволені!", "П'ятниця стала днем переговорів."]
    assert all(TEXT[t.start:t.end] == t.text for t in tokens)


def test_ukrainian_tokens_keep_abbreviations_apostrophes_and_hyphens():
    _, tokens = segment(TEXT, "uk")
    words = [t.text for t in tokens]
    assert "м." in words and "Z-канали" in words and "П'ятниця" in words


def test_tokens_carry_their_sentence_index():
    sentences, tokens = segment(TEXT, "uk")
    for t in tokens:
        s, e = sentences[t.sent]
        assert s <= t.start and t.end <= e


def test_russian_uses_razdel():
    text = "Встреча прошла в Москве. В среду Путин заявил об этом."
    sentences, tokens = segment(text, "ru")
    assert [text[s:e] for s, e in sentences] == ["Встреча прошла в Москве.", "В среду Путин заявил об этом."]
    assert [t.text for t in tokens][:4] == ["Встреча", "прошла", "в", "Москве"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="абвгґдеєжзиіїйклмнопрстуфхцчшщьюя АБВ.,!?'\n-0123456789«»", max_size=200),
       st.sampled_from(["uk", "ru", "en"]))
def test_offsets_always_slice_the_text(text, lang):
    sentences, tokens = segment(text, lang)
    for s, e in sentences:
        assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]
    for t in tokens:
        assert text[t.start:t.end] == t.text and t.text.strip()
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


def test_ukrainian_sentences_match_tokenize_uk():
    # The faster iterator must give tokenize-uk's own sentences, also where the SRX rule with an
    # empty "before" pattern ("<0}") or line-break rules could apply.
    from tokenize_uk import tokenize_sents_with_spans

    from podiya.language.segment import _uk_sentences

    texts = [TEXT, "Перше речення.Друге речення! Третє?", "Текст <0} розмітки {0> тут. Далі.",
             "Рядок\r\nще один\u2029і ще. Кінець…", "В. Путін і т. д. прибув о 12:00. Так.",
             "   ", "Ось «цитата.» Потім — інше. 1.5 млн. грн. Все."]
    for text in texts:
        assert _uk_sentences(text) == [(s, e) for _, s, e in tokenize_sents_with_spans(text)], text


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="абвгдеєжзиіїАБВЗ .,!?…'\r\n\u2029-«»<>{}0", max_size=120))
def test_ukrainian_sentences_match_tokenize_uk_on_any_text(text):
    from tokenize_uk import tokenize_sents_with_spans

    from podiya.language.segment import _uk_sentences

    assert _uk_sentences(text) == [(s, e) for _, s, e in tokenize_sents_with_spans(text)]


def test_without_the_fast_iterator_tokenize_uk_splits(monkeypatch):
    from podiya.language import segment as module

    fast = module.segment(TEXT, "uk")
    monkeypatch.setattr(module, "_uk_sentence_iterator", lambda: None)
    assert module.segment(TEXT, "uk") == fast


WORD_TEXTS = ["Зустріч у м. Душанбе 9 жовтня 2025 р. о 12:30, в2018 році.", "П\"ять тис. грн (5,5 млн) — В. Зеленський.",
              "Сайт www.president.gov.ua, пошта a@b.ua, ʼєдність’ «Нафтогаз»-Україна 3-й; С-400 і Ту-154М.",
              "ком`юніті об´єкт м”ята сім\u201fя 2 000 000 грн, -20C, 5%-й, +380.", "   ", "Без цифр і лапок.",
              # marks tokenize-uk puts in and takes out token by token (see segment._restoring_tokenize)
              "Див. https://www.pravda.com.ua/news/2025/10/17/ та ftp://x.org (або 3/4) <тег> [1] с/г Л/ДНР #тег",
              "Ст. 5 п. 3, т. зв. «Слуга народу»-2, 1990-2000 рр. — А.Б. Петров і Дж. Байден, 12,5 тис. грн.",
              "пере\u00ad\nнос \ue001 і \ue120 у тексті, сайт Укрінформ.UA, XIX–XX ст., пн.-зах. кв. м",
              # the abbreviation passes segment._GUARDED_PATTERNS runs only where their text occurs
              "Чл.-кор. НАН, с.-г. угіддя, у т. ч. і т. д., т. зв. ІІ–IV ст., 3.14 і 1.2.2020, Арт. 5 та мал. 7, "
              "Ман. Сіті, лат. Rosa, Київська губ. (ред.) 5 млн. грн, 1950 нар., нар. 1950, в. о. голови, к. с. "
              "ч. л. куб. м, тис. грн, 3 тис. людей, Б.-Хмельницький, пд.-сх., «Ліга»-2, у-«Ліга»-х"]


def test_ukrainian_words_match_tokenize_uk():
    # The guarded tokenizer skips passes that cannot match; it must give tokenize-uk's own tokens.
    from podiya.language.segment import _guarded_words, _tokenize_uk_words, _uk_word_tokenizer

    import importlib.metadata

    from podiya.language.segment import _CHECKED_TOKENIZE_UK

    splitter = _uk_word_tokenizer()
    if importlib.metadata.version("tokenize-uk") != _CHECKED_TOKENIZE_UK:
        assert splitter is None, "an unchecked tokenize-uk release must use its own tokenizer"
        return
    assert splitter is not None, "the guarded tokenizer should build on this tokenize-uk"
    for text in WORD_TEXTS:
        assert _guarded_words(splitter, text) == _tokenize_uk_words(text), text


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="бвмпєїюяАБВ .,'\"`´\u201d\u201f0123456789-–«»:%+()", max_size=80))
def test_ukrainian_words_match_tokenize_uk_on_any_text(text):
    from podiya.language.segment import _guarded_words, _tokenize_uk_words, _uk_word_tokenizer

    assert _guarded_words(_uk_word_tokenizer(), text) == _tokenize_uk_words(text)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="абвтсАВ .,:/@#%<>[]()—–-«»\"0123456789wthpf\u00ad\ue001\ue120", max_size=60))
def test_ukrainian_words_match_tokenize_uk_with_marks_and_urls(text):
    # tokens holding tokenize-uk's private-use marks or URL stand-ins get its replacements
    from podiya.language.segment import _guarded_words, _tokenize_uk_words, _uk_word_tokenizer

    assert _guarded_words(_uk_word_tokenizer(), text) == _tokenize_uk_words(text)


def test_without_the_guarded_tokenizer_tokenize_uk_splits_words(monkeypatch):
    from podiya.language import segment as module

    fast = module.segment(WORD_TEXTS[0] + "\n" + WORD_TEXTS[3], "uk")
    monkeypatch.setattr(module, "_uk_word_tokenizer", lambda: None)
    assert module.segment(WORD_TEXTS[0] + "\n" + WORD_TEXTS[3], "uk") == fast
