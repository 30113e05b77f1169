"""Argument rules (arguments.py) on hand-made sentences: who did it to whom when the grammar hides it."""
from __future__ import annotations

import pytest

from podiya.schema import Entity, Mention

from .conftest import annotate


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


@pytest.mark.parametrize(("text", "lang"), [
    ("Міністр закордонних справ Польщі розкритикував Росію.", "uk"),
    ("Министр обороны Польши раскритиковал Россию.", "ru"),
], ids=["uk", "ru"])
def test_title_with_genitive_complement_is_coded_by_its_owner(stage, text, lang):
    # "Міністр закордонних справ Польщі": lower-case genitives complete the title; the owner after them acts.
    (event,) = of_type(stage, text, "ACCUSE", lang=lang)
    assert sides(event) == (["POL"], ["RUS"])


def test_title_owner_needs_the_title_to_open_the_clause(stage):
    # A genitive party inside the object ("план міністра оборони Польщі") is no title's owner.
    assert not of_type(stage, "Вчора розкритикували план міністра оборони Польщі.", "ACCUSE")


@pytest.mark.parametrize(("text", "lang"), [
    ("ЄС висловив стурбованість у зв'язку з ситуацією в Польщі.", "uk"),
    ("ЕС выразил озабоченность в связи с ситуацией в Польше.", "ru"),
], ids=["uk", "ru"])
def test_compound_preposition_is_not_a_first_phrase(stage, text, lang):
    # "в связи с" is one preposition: the "в Польше" after it is still the first "в" phrase of the concern.
    (event,) = of_type(stage, text, "ACCUSE", lang=lang)
    assert sides(event) == (["EU"], ["POL"])


def test_genitive_of_a_noun_trigger_governed_by_a_verb_keeps_its_preposition(stage):
    # "заявила про підтримку України": the genitive owner carries "про" from the parties layer.
    (event,) = of_type(stage, "Польща заявила про підтримку України.", "SUPPORT")
    assert sides(event) == (["POL"], ["UKR"])
    # "група з підтримки України" names a body: no act of support.
    assert not of_type(stage, "Група з підтримки України працює в Брюсселі.", "SUPPORT")


def test_criticism_with_a_light_verb_takes_the_subject_as_critic(stage):
    # With "виступила з критикою" the genitive after the noun is what is criticised, not the critic.
    (event,) = of_type(stage, "Польща виступила з різкою критикою дій Росії.", "ACCUSE")
    assert sides(event) == (["POL"], ["RUS"])
    (event,) = of_type(stage, "Критика Китаю на адресу Польщі посилилася.", "ACCUSE")
    assert sides(event) == (["CHN"], ["POL"])


def test_passive_participle_of_criticism(stage):
    (event,) = of_type(stage, "Рішення Польщі було розкритиковане Німеччиною.", "ACCUSE")
    assert sides(event) == (["DEU"], ["POL"])


@pytest.mark.parametrize(("text", "lang"), [
    ("Франція висловила незгоду з планом, запропонованим Німеччиною.", "uk"),
    ("Франция выразила несогласие со стратегией, избранной Германией.", "ru"),
], ids=["uk", "ru"])
def test_author_of_the_plan_named_by_a_passive_participle_is_the_other_side(stage, text, lang):
    # "несогласие со стратегией, избранной X": the stance is taken towards the plan's author.
    (event,) = of_type(stage, text, "ACCUSE", lang=lang)
    assert sides(event) == (["FRA"], ["DEU"])


def test_a_sign_of_disagreement_is_the_subjects(stage):
    # "в знак несогласия" like "из-за несогласия": the clause's subject disagrees.
    (event,) = of_type(stage, "Польша вышла из договора в знак несогласия с Германией.", "ACCUSE", lang="ru")
    assert sides(event) == (["POL"], ["DEU"])


def test_blocking_takes_the_owner_of_what_is_blocked_not_a_place(stage):
    # "заблокувала рішення ЄС" refuses the EU; "блокували Київ" (a city, a protest) refuses nobody.
    (event,) = of_type(stage, "Угорщина заблокувала рішення ЄС.", "REJECT")
    assert sides(event) == (["HUN"], ["EU"])
    assert not of_type(stage, "Громадяни України блокували Польщу.", "REJECT")


def test_criticism_phrase_in_either_order(stage):
    # "С критикой на X обрушились Y": the noun before the verb still opens the phrase.
    (event,) = of_type(stage, "С критикой на Германию обрушилась Польша.", "ACCUSE", lang="ru")
    assert sides(event) == (["POL"], ["DEU"])


def test_object_pronoun_before_the_verb(stage):
    # "його розкритикував Макрон": the accusative pronoun before the verb is its object (the person named before).
    found = of_type(stage, "Трамп виступив у Києві. Вчора його розкритикував Макрон.", "ACCUSE")
    assert [sides(e) for e in found] == [(["FRA"], ["USA"])]


def test_title_owner_after_a_complementizer(stage):
    # "..., що міністр оборони Польщі підтримав": "що" opens the clause, the title follows it; the
    # speaker of the main clause is not the actor.
    (event,) = of_type(stage, "Прем'єр заявив, що міністр оборони Польщі підтримав Україну.", "SUPPORT")
    assert sides(event) == (["POL"], ["UKR"])
    (event,) = of_type(stage, "Глава МЗС сказав, що міністр оборони Польщі розкритикував Росію.", "ACCUSE")
    assert sides(event) == (["POL"], ["RUS"])


@pytest.mark.parametrize(("text", "lang"), [
    ("Польща заявила, що, за її даними, Росія стоїть за атакою.", "uk"),
    ("Польша заявила, что, по ее данным, Россия стоит за атакой.", "ru"),
], ids=["uk", "ru"])
def test_speaker_past_a_parenthesis_after_that(stage, text, lang):
    # "заявила, що, за її даними, Росія ...": the "що" before the parenthesis opens the clause.
    (event,) = of_type(stage, text, "ACCUSE", lang=lang)
    assert sides(event) == (["POL"], ["RUS"])


def test_denied_involvement_is_no_allegation(stage):
    # `affirm`: "не причетна" clears, it does not accuse.
    assert not of_type(stage, "Польща заявила, що Росія не причетна до атаки.", "ACCUSE")
    (event,) = of_type(stage, "Польща заявила, що Росія причетна до атаки.", "ACCUSE")
    assert sides(event) == (["POL"], ["RUS"])


def test_prepositional_phrase_before_a_noun_trigger_is_not_its_complement(stage):
    # "спільних з ЄС правил торгівлі": "з ЄС" hangs on the adjective; "торгівля з ЄС" is the noun's.
    assert not of_type(stage, "Польща зберігає спільні з ЄС правила торгівлі.", "COOPERATE")
    (event,) = of_type(stage, "Польща розвиває торгівлю з Україною.", "COOPERATE")
    assert sorted(sides(event)[0] + sides(event)[1]) == ["POL", "UKR"]
