import pytest

from podiya.language.langid import detect

UK = "Зустріч Ільхама Алієва та Владіміра Путіна відбулася в Душанбе, де обидва лідери обговорили відносини."
RU = "Встреча Ильхама Алиева и Владимира Путина состоялась в Душанбе, где оба лидера обсудили отношения."
EN = "The meeting of Ilham Aliyev and Vladimir Putin took place in Dushanbe on Thursday."


@pytest.mark.parametrize("text,lang", [(UK, "uk"), (RU, "ru"), (EN, "en")])
def test_detects_article_languages(text, lang):
    assert detect(text) == lang


def test_short_text_without_telltale_letters_uses_lingua():
    # "Привет, как дела" has no ы/э/ъ/ё: the alphabet cannot decide, lingua must.
    assert detect("Привет, как дела у тебя сегодня", ("uk", "ru")) == "ru"


def test_restricted_language_set_is_respected():
    assert detect(EN, ("uk", "ru"), fallback="uk") in {"uk", "ru"}


def test_empty_text_gets_the_fallback():
    assert detect("   ", fallback="uk") == "uk"
    assert detect("12345 ...", ("uk", "ru", "en")) is None


def test_short_ukrainian_with_one_telltale_letter():
    assert detect("Президент підписав указ.", ("uk", "ru")) == "uk"
    assert detect("Президент подписал этот указ.", ("uk", "ru")) == "ru"
