"""Acts offered, promised or threatened (commitments.py), obligations told by a speaker, conditions,
and the fifth-session lexicon phrases: each rule on made-up sentences of both languages."""
from __future__ import annotations

import pytest

from podiya.events.lexicon import _record

from .conftest import annotate, run


def events_of(stage, text, lang):
    return stage(annotate(text, lang=lang)).events


def countries(parties) -> list[str]:
    return sorted(p.country for p in parties)


@pytest.mark.parametrize(("text", "lang"), [
    ("Франція готова надати Пакистану допомогу.", "uk"),
    ("Франция готова предоставить Пакистану помощь.", "ru"),
], ids=["uk", "ru"])
def test_readiness_to_give_is_an_offer(stage, text, lang):
    # GUIDE: an offer of help or asylum is AGREE, not the AID that has not been given.
    (event,) = events_of(stage, text, lang)
    assert event.type == "AGREE" and countries(event.recipient) == ["PAK"], event
    assert "type:commitment-agree" in event.why["rules"]


@pytest.mark.parametrize(("text", "lang", "mode", "target"), [
    ("Росія пригрозила запровадити санкції проти Польщі.", "uk", "restrict", "POL"),
    ("Россия пригрозила ввести санкции против Польши.", "ru", "restrict", "POL"),
    ("США пообещали ввести санкции против России.", "ru", "restrict", "RUS"),
    ("США пообещали Украине ввести санкции против России.", "ru", "restrict", "RUS"),
    ("Росія пригрозила атакувати Україну.", "uk", "violence", "UKR"),
], ids=["uk-threat-sanctions", "ru-threat-sanctions", "ru-promise-sanctions", "ru-promise-to-another",
        "uk-threat-attack"])
def test_threat_or_promise_of_a_coercive_act_is_a_threat(stage, text, lang, mode, target):
    events = events_of(stage, text, lang)
    assert [e.type for e in events] == ["THREATEN"], events
    (event,) = events
    assert event.mode == mode and countries(event.recipient) == [target], event
    assert event.modality == "asserted"               # the threat was made


@pytest.mark.parametrize(("text", "lang"), [
    ("Росія пообіцяла допомогти Польщі.", "uk"),
    ("Россия пообещала помочь Польше.", "ru"),
], ids=["uk", "ru"])
def test_promise_of_help_stays_an_agreement(stage, text, lang):
    events = events_of(stage, text, lang)
    assert [e.type for e in events] == ["AGREE"], events


def test_coercive_act_announced_by_its_actor_is_a_threat(stage):
    (event,) = events_of(stage, "Россия заявила, что атакует Украину.", "ru")
    assert (event.type, event.mode, event.modality) == ("THREATEN", "violence", "asserted"), event
    assert countries(event.recipient) == ["UKR"]


def test_coercive_act_predicted_by_others_stays_the_act(stage):
    events = events_of(stage, "Эксперты считают, что Россия атакует Украину.", "ru")
    assert [e.type for e in events] == ["ASSAULT"], events


def test_condition_of_another_clauses_event_is_no_event(stage):
    # "если ... оправдает": the acquittal is the condition of the threat, not an acquittal; told
    # alone, the same clause is a hypothetical acquittal.
    condition = "если суд Польши оправдает гражданина Украины"
    threat = events_of(stage, f"Россия пообещала ввести санкции, {condition}.", "ru")
    assert [e.type for e in threat] == ["THREATEN"], threat
    alone = events_of(stage, f"Е{condition[1:]}, это будет ошибкой.", "ru")
    assert [(e.type, e.modality) for e in alone] == [("RETREAT", "hypothetical")], alone


def test_condition_alone_stays_hypothetical(stage):
    (event,) = events_of(stage, "Якщо Росія нападе на Литву, НАТО відповість.", "uk")
    assert (event.type, event.modality) == ("ASSAULT", "hypothetical")


@pytest.mark.parametrize(("text", "expected"), [
    ("Путін заявив, що Україна має піти.", ["REQUEST"]),
    ("Путін заявив, що Україна має право на це.", []),
    ("Путін заявив, що Україна має намір піти.", []),
], ids=["obligation", "has-a-right", "has-an-intention"])
def test_obligation_mati_needs_an_infinitive(stage, text, expected):
    assert [e.type for e in events_of(stage, text, "uk")] == expected


def test_demand_made_by_the_speaker_is_asserted(stage):
    (event,) = events_of(stage, "Путін заявив, що Україна повинна піти.", "uk")
    assert event.type == "REQUEST" and event.modality == "asserted", event


def test_ones_own_obligation_is_no_demand(stage):
    assert not events_of(stage, "Путін заявив, що Росія повинна піти.", "uk")


def test_infin_flag_is_read():
    entry = _record(["x", "REQUEST", "change", "мати", "speaker", "subj", "recip,infin", "Приклад."], "t.tsv", 1)
    assert entry.infinitive


@pytest.mark.parametrize(("text", "lang", "etype"), [
    ("Верховный суд Польши оставил в силе приговор гражданину Украины.", "ru", "SANCTION"),
    ("Суд Польщі визнав невинуватим громадянина України.", "uk", "RETREAT"),
    ("Польша инициировала оспаривание решения Германии.", "ru", "ACCUSE"),
], ids=["uphold", "innocent", "contest"])
def test_legal_phrases(stage, text, lang, etype):
    assert etype in [e.type for e in events_of(stage, text, lang)]


def test_verbal_noun_after_against_is_the_act_opposed(stage):
    text = "Уряд Польщі не стане заперечувати проти оскарження рішення Німеччини."
    assert not [e for e in events_of(stage, text, "uk") if e.type == "ACCUSE"]


def test_future_act_in_a_relative_clause_is_no_event(stage):
    text = "Почалися переговори про умови, на яких Британія вийде з ЄС."
    assert not [e for e in events_of(stage, text, "uk") if e.type == "SANCTION"]


@pytest.mark.parametrize(("text", "lang", "etype", "target"), [
    ("Німеччина розкритикувала те, що Росія вийшла з переговорів.", "uk", "ACCUSE", "RUS"),
    ("Германия недовольна тем, что Польша не выполняет решения суда.", "ru", "ACCUSE", "POL"),
    ("Німеччина вимагає, щоб Росія вивела війська.", "uk", "REQUEST", "RUS"),
    ("Россия предупредила, что Украина пожалеет об этом.", "ru", "THREATEN", "UKR"),
], ids=["uk-criticise-that", "ru-displeased-that", "uk-demand-that", "ru-warn-that"])
def test_stance_on_a_clause_is_aimed_at_its_subject(stage, text, lang, etype, target):
    (event,) = [e for e in events_of(stage, text, lang) if e.type == etype]
    assert countries(event.recipient) == [target] and "recipient:clause-subject" in event.why["rules"], event


def test_clause_after_a_stance_without_demonstrative_is_not_its_object(stage):
    # "заявила, що ...": only "те, що" / "тем, что" make the clause the object of the stance.
    events = events_of(stage, "Німеччина розкритикувала рішення, і заявила, що Росія вийшла з переговорів.", "uk")
    assert not [e for e in events if e.type == "ACCUSE"], events


def test_dative_pronoun_before_a_noun_is_a_party_not_a_possessive(stage):
    # "запропонувала їй допомогу": "їй" is only a dative; "її рішення" is a possessive (no party).
    (event,) = events_of(stage, "Мей прилетіла до Парижа. Франція запропонувала їй допомогу.", "uk")
    assert event.type == "AGREE" and countries(event.recipient) == ["GBR"], event
    assert not events_of(stage, "Мей прилетіла до Парижа. Франція розкритикувала її рішення.", "uk")


@pytest.mark.parametrize(("opener", "date"), [("Тоді ", "2014"), ("", None)], ids=["then", "no-then"])
def test_then_takes_the_one_time_of_the_sentence_before(pipeline, opener, date):
    text = f"У 2014 році Польща розкритикувала Росію. {opener}Україна розкритикувала Польщу."
    doc = run(pipeline, text, "uk", "2018-11-20")
    (event,) = [e for e in doc.events if [p.country for p in e.actor] == ["UKR"]]
    assert event.date == date, event


def test_stance_on_what_ones_own_country_does_is_not_aimed_at_it(stage):
    # "нарікає на те, що США займаються тим, чим мала б займатися Європа": the complaint is not
    # about the speaker's own side.
    events = events_of(stage, "Німеччина розкритикувала те, що Німеччина платить за всіх.", "uk")
    assert not [e for e in events if e.type == "ACCUSE"], events


def test_indeclinable_name_after_the_verb_yields_to_a_subject_behind_an_apposition(pipeline):
    text = "Асию Биби обвинили в Пакистане. В 2010 году суд города Шейкхупура, Пенджаб, приговорил Биби к смерти."
    doc = run(pipeline, text, "ru", "2018-11-20")
    (event,) = [e for e in doc.events if e.type == "SANCTION"]
    assert [(p.country, p.sector) for p in event.actor] == [("PAK", "JUD")], event
    assert [p.name for p in event.recipient] == ["Асия Биби"], event
