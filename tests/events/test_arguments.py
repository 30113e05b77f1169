"""Argument rules (arguments.py) on hand-made sentences: who did it to whom when the grammar hides it."""
from __future__ import annotations

import pytest

from podiya.events.stage import EventStage
from podiya.schema import Entity, Mention
from podiya.settings import load_settings

from .conftest import annotate


@pytest.fixture(scope="module")
def stage():
    return EventStage(load_settings())


def sides(event):
    return sorted({p.country for p in event.actor}), sorted({p.country for p in event.recipient})


def of_type(stage, text, etype, lang="uk", doc=None):
    return [e for e in stage(doc or annotate(text, lang=lang)).events if e.type == etype]


def test_that_clause_takes_the_subject_of_the_verb_before_it(stage):
    # "що" after a verb opens its complement; a relative "що" would follow its noun.
    (event,) = of_type(stage, "Польща визнала, що передала Україні інформацію.", "COOPERATE")
    assert sides(event) == (["POL"], ["UKR"])


def test_singular_verb_does_not_take_a_plural_noun_as_subject(stage):
    # "власти Польши" after "просит" is the object, not the subject of the singular verb.
    found = of_type(stage, "В своем видеообращении Масих просит власти Польши предоставить убежище.", "REQUEST",
                    lang="ru")
    assert not any("POL" in sides(e)[0] for e in found)


def test_counted_group_is_coded_by_its_genitive_owner(stage):
    (event,) = of_type(stage, "27 міністрів ЄС підтримали Україну.", "SUPPORT")
    assert sides(event) == (["EU"], ["UKR"])


def test_group_noun_yields_to_the_coded_owner_after_it(stage):
    (event,) = of_type(stage, "Міністри всіх 27 держав ЄС підтримали Україну.", "SUPPORT")
    assert sides(event) == (["EU"], ["UKR"])


def test_dative_before_the_verb(stage):
    (event,) = of_type(stage, "Притулок Україні запропонувала Польща.", "AGREE")
    assert sides(event) == (["POL"], ["UKR"])


def test_talks_with_one_side_named_are_held_by_the_main_subject(stage):
    found = of_type(stage, "Макрон заявив, що повернеться до Києва задля продовження переговорів з Путіним.",
                    "CONSULT")
    assert any(sorted(sides(e)[0] + sides(e)[1]) == ["FRA", "RUS"] and "actor:main-subject" in e.why["rules"]
               for e in found)


def test_talks_hanging_on_a_noun_are_no_event(stage):
    assert not of_type(stage, "Макрон оприлюднив позицію Франції на переговорах з Росією.", "CONSULT")


def test_only_the_first_phrase_with_the_preposition_is_the_complement(stage):
    found = of_type(stage, "Польща вийшла з договору через незгоду з планом уряду щодо угоди з Німеччиною.",
                    "ACCUSE")
    assert not any(sides(e) == (["POL"], ["DEU"]) for e in found)


def test_first_person_quote_is_the_speakers_act(stage):
    (event,) = of_type(stage, "«Ми підтримуємо Україну», — заявив Макрон.", "SUPPORT")
    assert sides(event) == (["FRA"], ["UKR"])


def test_speaker_after_the_clause(stage):
    (event,) = of_type(stage, "Ізраїль заслуговує смерті, заявив Ердоган.", "THREATEN")
    assert sides(event) == (["TUR"], ["ISR"])


def test_uncoded_person_takes_the_country_of_the_office_before_the_name(stage):
    text = "Речник Кремля Пітер Кук закликав Польщу повернути дрон."
    doc = annotate(text, lang="uk")
    start = text.index("Пітер")
    doc.entities.append(Entity(id="E99", type="PER", name="Пітер Кук", country=None, sector=None,
                               mentions=[Mention(start=start, end=start + len("Пітер Кук"), text="Пітер Кук",
                                                 base="Пітер Кук")]))
    (event,) = of_type(stage, text, "REQUEST", doc=doc)
    assert sides(event) == (["RUS"], ["POL"])


def test_plural_verb_without_subject_is_the_institution_named_as_place(stage):
    (event,) = of_type(stage, "У НАТО закликали Росію припинити навчання.", "REQUEST")
    assert sides(event) == (["NATO"], ["RUS"])


def test_exit_names_the_other_side_of_a_deal(stage):
    (event,) = of_type(stage, "ЄС підтримав проект угоди про умови виходу Британії.", "SUPPORT")
    assert sides(event) == (["EU"], ["GBR"])


def test_condemned_violence_targets_the_state_where_it_happened(stage):
    # The victim's adjective ("российского посла") is not the target of the condemnation.
    (event,) = of_type(stage, "Трамп осудил убийство российского посла в Турции.", "ACCUSE", lang="ru")
    assert sides(event) == (["USA"], ["TUR"]) and "recipient:scene" in event.why["rules"]


def test_condemning_a_state_is_still_its_object(stage):
    (event,) = of_type(stage, "Трамп осудил Россию.", "ACCUSE", lang="ru")
    assert sides(event) == (["USA"], ["RUS"])


def test_organisation_named_as_the_place_hosts_the_meeting(stage):
    (event,) = of_type(stage, "В НАТО состоялась встреча с представителями России.", "CONSULT", lang="ru")
    assert sorted(sides(event)[0] + sides(event)[1]) == ["NATO", "RUS"]


def test_uncoded_title_is_coded_by_its_genitive_owner(stage):
    (event,) = of_type(stage, "Головний переговорник ЄС з питань торгівлі запропонував Україні угоду.", "AGREE")
    assert sides(event) == (["EU"], ["UKR"])


def test_topic_named_before_the_trigger(stage):
    text = "Польща підтримає угоду щодо Brexit тільки за умови нових переговорів."
    doc = annotate(text, lang="uk")
    start = text.index("Brexit")
    doc.entities.append(Entity(id="E98", type="EVT", name="Brexit", country="GBR", sector=None,
                               mentions=[Mention(start=start, end=start + 6, text="Brexit", base="Brexit")]))
    (event,) = of_type(stage, text, "REQUEST", doc=doc)
    assert sides(event) == (["POL"], ["GBR"])


def test_preposition_governs_the_whole_list_and_coordination_needs_one_case(stage):
    # "записаному польською асоціацією, Зеленський звернувся": an instrumental and a nominative
    # separated by a comma are not one coordinated side; "до Польщі, Німеччини та Франції" is.
    text = "У відео, записаному польською асоціацією, Зеленський звернувся до Польщі, Німеччини та Франції."
    (event,) = of_type(stage, text, "REQUEST")
    assert sides(event) == (["UKR"], ["DEU", "FRA", "POL"])


def test_subject_before_a_participial_phrase(stage):
    # Past the participle's commas the subject is the noun before them ("Израиль").
    (event,) = of_type(stage, "Израиль, отвергнувший требования, заслуживает смерти, заявил Эрдоган.", "THREATEN",
                       lang="ru")
    assert sides(event) == (["TUR"], ["ISR"])


def test_list_after_including_is_the_other_side(stage):
    text = "Путин обращался с просьбой к властям ряда стран, включая Польшу, Германию и Францию."
    found = of_type(stage, text, "REQUEST", lang="ru")
    assert any(sides(e) == (["RUS"], ["DEU", "FRA", "POL"]) for e in found)


def test_owner_of_a_region_is_the_place(stage):
    (event,) = of_type(stage, "ЄС виділив 4 млн євро допомоги на сході України.", "AID")
    assert sides(event) == (["EU"], ["UKR"])


def test_actor_side_phrase_gives_way_to_the_topic(stage):
    # "з ЄС" names the actor's own side; the exit names the other one.
    (event,) = of_type(stage, "ЄС запропонував продовжити перехідний період після виходу Британії з ЄС.", "AGREE")
    assert sides(event) == (["EU"], ["GBR"])


def test_person_named_at_the_end_of_an_apposition(stage):
    text = "Ердоган розкритикував колишню прем'єрку, уродженку Польщі Юлію Тимошенко."
    doc = annotate(text, lang="uk")
    start = text.index("Юлію")
    doc.entities.append(Entity(id="E97", type="PER", name="Юлія Тимошенко", country="UKR", sector="GOV",
                               mentions=[Mention(start=start, end=len(text) - 1, text="Юлію Тимошенко",
                                                 base="Юлія Тимошенко")]))
    (event,) = of_type(stage, text, "ACCUSE", doc=doc)
    assert sides(event) == (["TUR"], ["UKR"])   # the person named, not her birthplace
