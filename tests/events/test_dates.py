"""Dates of events on hand-made texts: the sentence's own time, the same happening dated elsewhere
in the text, and a speaker's dated statement (GUIDE, "Points settled after the agreement study")."""
from __future__ import annotations

import pytest

from .conftest import add_time, annotate


def dated(text: str, times: dict[str, str], lang: str = "uk"):
    """A hand-made doc whose times layer found each phrase of `times` (phrase -> value)."""
    doc = annotate(text, lang=lang)
    for phrase, value in times.items():
        add_time(doc, phrase, value)
    return doc


def of_type(events, etype):
    return [e for e in events if e.type == etype]


def test_title_takes_the_day_its_lead_gives_for_the_same_meeting(stage):
    text = "Зустріч Алієва та Путіна в Душанбе\n\nАлієв і Путін зустрілися 9 жовтня в Душанбе."
    title, lead = of_type(stage(dated(text, {"9 жовтня": "2025-10-09"})).events, "CONSULT")
    assert lead.date == "2025-10-09" and "date:same-happening" not in lead.why["rules"]
    assert title.date == "2025-10-09" and "date:same-happening" in title.why["rules"]


def test_a_later_mention_takes_the_day_of_an_earlier_one_in_both_directions(stage):
    text = "Росія засудила Польщу. Раніше, 3 жовтня, Росія засудила Польщу."
    first, second = of_type(stage(dated(text, {"3 жовтня": "2025-10-03"})).events, "ACCUSE")
    assert (first.date, second.date) == ("2025-10-03", "2025-10-03")


def test_two_days_for_one_pair_leave_the_undated_mention_undated(stage):
    text = ("Зустріч Алієва та Путіна. Алієв і Путін зустрілися 9 жовтня. "
            "Алієв і Путін також зустрілися 3 липня.")
    events = of_type(stage(dated(text, {"9 жовтня": "2025-10-09", "3 липня": "2025-07-03"})).events, "CONSULT")
    assert [e.date for e in events] == [None, "2025-10-09", "2025-07-03"]


def test_other_sides_or_types_lend_no_day(stage):
    text = "Росія засудила Польщу. 3 жовтня Росія засудила Литву."
    events = of_type(stage(dated(text, {"3 жовтня": "2025-10-03"})).events, "ACCUSE")
    assert [e.date for e in events] == [None, "2025-10-03"]


def test_an_unreal_mention_takes_no_day(stage):
    text = "Росія може засудити Польщу. 3 жовтня Росія засудила Польщу."
    events = of_type(stage(dated(text, {"3 жовтня": "2025-10-03"})).events, "ACCUSE")
    assert events[0].modality != "asserted" and events[0].date is None


def test_speech_act_takes_the_day_of_the_speakers_statement_told_after_it(stage):
    text = "Путин предложил Азербайджану помощь. «Мы готовы помочь», заявил Путин 9 октября."
    (event,) = of_type(stage(dated(text, {"9 октября": "2025-10-09"}, lang="ru")).events, "AGREE")
    assert event.date == "2025-10-09" and "date:statement-after" in event.why["rules"]


def test_an_outlets_report_is_no_statement_of_the_actor(stage):
    text = "Путин предложил Азербайджану помощь. «Мы готовы помочь», сказал Путин, пишет 9 октября ТАСС."
    (event,) = of_type(stage(dated(text, {"9 октября": "2025-10-09"}, lang="ru")).events, "AGREE")
    assert event.date is None


@pytest.mark.parametrize(("speaker", "date"), [("Путін", "2025-10-13"), ("Макрон", None)])
def test_a_statement_of_the_actors_own_side_dates_the_act(stage, speaker, date):
    """"Росія підтримує ..., заявив у понеділок Путін": Putin's statement is Russia's support; the
    same words reported by Macron date only his report."""
    text = f"Росія підтримує Азербайджан, заявив у понеділок {speaker}."
    (event,) = of_type(stage(dated(text, {"у понеділок": "2025-10-13"})).events, "SUPPORT")
    assert event.date == date


def test_a_time_in_a_participle_phrase_dates_the_participle_not_the_act(stage):
    text = "В Польше освободили гражданина Украины, осужденного еще в 2010 году."
    events = stage(dated(text, {"2010 году": "2010"}, lang="ru")).events
    (release,) = of_type(events, "RETREAT")
    assert release.date is None


def test_a_past_act_is_never_dated_after_its_article(stage):
    """"оправдали через 8 лет": the times layer reads "через 8 лет" forward from the article date."""
    text = "Суд Польши оправдал гражданина Украины через 8 лет."
    (event,) = of_type(stage(dated(text, {"через 8 лет": "2033"}, lang="ru")).events, "RETREAT")
    assert event.date is None
    text = "Суд Польши оправдал гражданина Украины в 2018 году."
    (event,) = of_type(stage(dated(text, {"2018 году": "2018"}, lang="ru")).events, "RETREAT")
    assert event.date == "2018"


def test_a_time_in_a_later_coordinated_clause_dates_that_clauses_verb(stage):
    text = "Росія засудила Польщу, і вже 3 жовтня Польща вислала дипломатів."
    (event,) = of_type(stage(dated(text, {"3 жовтня": "2025-10-03"})).events, "ACCUSE")
    assert event.date is None


def test_the_actors_own_dated_statement_dates_the_act_it_tells(stage):
    """"14 жовтня Путін заявив, що підтримує Азербайджан": the speaker is the actor."""
    text = "У понеділок Путін заявив, що Росія підтримує Азербайджан."
    (event,) = of_type(stage(dated(text, {"У понеділок": "2025-10-13"})).events, "SUPPORT")
    assert event.date == "2025-10-13"
    text = "У понеділок Макрон заявив, що Росія підтримує Азербайджан."
    (event,) = of_type(stage(dated(text, {"У понеділок": "2025-10-13"})).events, "SUPPORT")
    assert event.date is None


def test_a_report_whose_speaker_is_not_the_actors_side_keeps_its_time_to_itself(stage):
    text = "У понеділок журналісти повідомили, що Росія засудила Польщу."
    (event,) = of_type(stage(dated(text, {"У понеділок": "2025-10-13"})).events, "ACCUSE")
    assert event.date is None


@pytest.mark.parametrize(("text", "lang", "trigger"), [
    ("Незгоду висловили міністри, і вже наступного дня подали у відставку.", "uk", "висловили"),
    ("В Пакистане освободили христианку, приговоренную к казни еще в 2010 году.", "ru", "освободили"),
])
def test_the_times_layer_leaves_out_a_later_coordinated_clause_and_a_participle_phrase(text, lang, trigger):
    from podiya.pipeline import Pipeline
    from podiya.doc import Article
    from podiya.times.stage import governing_time

    doc = Pipeline(stages=["language", "segment", "morphology", "times"])(
        Article(id="t", text=text, lang=lang, date="2018-11-20"))
    start = text.index(trigger)
    assert doc.times and governing_time(doc, start, start + len(trigger)) is None
