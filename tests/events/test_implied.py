"""Implied parties and the sides the grammar leaves unsaid (events/implied.py, stage.py)."""
from __future__ import annotations

import pytest

from podiya.errors import DataFileError
from podiya.events import implied
from podiya.events.calibration import Bucket, format_table
from podiya.events.stage import EventStage
from podiya.settings import load_settings

from .conftest import annotate


def _events(text: str, lang: str):
    return EventStage(load_settings())(annotate(text, lang=lang)).events


def _sides(event) -> tuple[set[str], set[str]]:
    return {p.country for p in event.actor}, {p.country for p in event.recipient}


def test_group_nouns_load():
    table = implied.group_nouns()
    assert table[("ru", "полиция")] == "COP" and table[("uk", "влада")] == "GOV"


def test_focus_country_needs_a_clear_lead():
    doc = annotate("Польща і Україна. Польща підтримала Україну.", lang="uk")
    assert implied.focus_country(doc) is None            # two mentions each: no focus
    doc = annotate("Польща і Україна. Польща підтримала Польщу.", lang="uk")
    assert implied.focus_country(doc) == "POL"


def test_police_of_the_place_named_in_the_sentence():
    found = _events("В Пакистане полиция задержала лидера партии.", "ru")
    coerce = [e for e in found if e.type == "COERCE"]
    assert coerce and _sides(coerce[0]) == ({"PAK"}, {"PAK"})
    assert "recipient:implied-domestic" in coerce[0].why["rules"]


def test_agentless_arrest_is_the_states_own_act():
    found = _events("У Пакистані затримали лідера протестів.", "uk")
    coerce = [e for e in found if e.type == "COERCE"]
    assert coerce and _sides(coerce[0]) == ({"PAK"}, {"PAK"})
    assert "actor:implied-home" in coerce[0].why["rules"]


def test_protest_against_a_named_ruling_is_against_its_own_state():
    found = _events("В Пакистане проходят массовые протесты против решения суда.", "ru")
    protest = [e for e in found if e.type == "PROTEST"]
    assert protest and _sides(protest[0]) == ({"PAK"}, {"PAK"})
    assert protest[0].actor[0].sector == "CVL" and protest[0].recipient[0].sector == "GOV"


def test_protest_without_a_named_target_has_none():
    # the blind annotators (events-agreement, events-dev3) leave an unnamed target empty
    found = _events("В Пакистане проходят массовые протесты.", "ru")
    protest = [e for e in found if e.type == "PROTEST"]
    assert protest and _sides(protest[0]) == ({"PAK"}, set())
    assert protest[0].actor[0].sector == "CVL"


def test_in_protest_idiom_is_not_a_street_protest():
    assert not [e for e in _events("Польша в знак протеста отозвала посла из России.", "ru")
                if e.type == "PROTEST"]


def test_protest_restated_next_sentence_is_one_happening():
    text = "Титул.\n\nУ Пакистані спалахнули протести. Протести пішли на спад."
    assert len([e for e in _events(text, "uk") if e.type == "PROTEST"]) == 1


def test_meeting_of_one_organ_with_itself_is_dropped():
    assert not [e for e in _events("Україна провела переговори з Україною.", "uk") if e.type == "CONSULT"]


def test_speaker_of_a_must_clause_requests():
    found = _events("Путин заявил, что Украина должна уйти.", "ru")
    request = [e for e in found if e.type == "REQUEST"]
    assert request and _sides(request[0]) == ({"RUS"}, {"UKR"})


def test_offer_of_a_post_is_an_appointment_not_an_agreement():
    assert not [e for e in _events("Трамп предложил Путину пост госсекретаря.", "ru") if e.type == "AGREE"]
    assert [e for e in _events("Трамп предложил Путину помощь.", "ru") if e.type == "AGREE"]


def test_calibration_table_formats_shares():
    table = format_table([Bucket(0.5, 0.8, right=1, wrong=3), Bucket(0.8, 0.9, right=8, wrong=2), Bucket(0.9, 1.01)])
    lines = table.splitlines()
    assert "0.80" in table and "-" in lines[-2]           # the empty bucket
    assert lines[-1].startswith(">= 0.80") and lines[-1].split()[-3:] == ["8", "2", "0.80"]
    assert Bucket(0.0, 0.5, 3, 1).share == pytest.approx(0.75)


def test_data_file_errors_name_the_file(monkeypatch):
    class Broken:
        def joinpath(self, *parts):
            return self

        def read_text(self, encoding):
            return "uk\tполіція\n"

    from podiya import datafiles

    monkeypatch.setattr(datafiles, "files", lambda package: Broken())
    implied.group_nouns.cache_clear()
    try:
        with pytest.raises(DataFileError, match="implied_groups.tsv"):
            implied.group_nouns()
    finally:
        monkeypatch.undo()
        implied.group_nouns.cache_clear()


def test_clash_with_police_has_the_crowd_on_the_other_side():
    found = _events("В Пакистане произошли столкновения с полицией.", "ru")
    clash = [e for e in found if e.type == "ASSAULT"]
    assert clash and _sides(clash[0]) == ({"PAK"}, {"PAK"}) and clash[0].actor[0].sector == "CVL"


def test_released_person_as_subject_implies_the_releasing_state():
    found = _events("Гражданин Грузии вышел из тюрьмы.", "ru")
    release = [e for e in found if e.type == "RETREAT"]
    assert release and "actor:implied-state" in release[0].why["rules"]
    assert not [e for e in found if e.type == "SANCTION"]      # "выйти из" alone is no withdrawal


def test_ukrainian_impersonal_and_predicative_passive_are_agentless():
    found = _events("У Пакистані було арештовано лідера партії.", "uk")
    assert [e for e in found if e.type == "COERCE" and _sides(e) == ({"PAK"}, {"PAK"})]


def test_object_before_an_indefinite_personal_verb():
    found = _events("Путина задержали.", "ru")
    coerce = [e for e in found if e.type == "COERCE"]
    assert coerce and _sides(coerce[0]) == ({"RUS"}, {"RUS"})
    assert "actor:implied-state" in coerce[0].why["rules"]


def test_dative_of_succeeding_is_the_side_of_the_talks():
    found = _events("Путіну не вдалося досягнути прориву на переговорах з Україною.", "uk")
    talks = [e for e in found if e.type == "CONSULT"]
    assert talks and _sides(talks[0]) in (({"RUS"}, {"UKR"}), ({"UKR"}, {"RUS"}))


def test_dismissal_is_not_a_release():
    assert not [e for e in _events("Путін звільнив Лукашенка.", "uk") if e.type == "RETREAT"]
    assert [e for e in _events("Путін звільнив з полону Лукашенка.", "uk") if e.type == "RETREAT"]


def test_legislators_are_a_group_noun_of_the_legislature():
    table = implied.group_nouns()
    assert table[("uk", "законодавець")] == "LEG" and table[("ru", "парламент")] == "LEG"


@pytest.mark.parametrize(("text", "lang"), [
    ("В Пакистане оправдали христианку после восьми лет в тюрьме.", "ru"),
    ("У Пакистані виправдали християнку після восьми років у в'язниці.", "uk"),
])
def test_agentless_acquittal_is_the_act_of_the_state_on_its_own_people(text, lang):
    """GUIDE: an unstated actor that can only be one institution (the court that acquits) is coded."""
    (event,) = [e for e in _events(text, lang) if e.type == "RETREAT"]
    assert [p.country for p in event.actor] == ["PAK"] and [p.country for p in event.recipient] == ["PAK"]
