"""Stances (h25): disagreement, approval and refusal with the owner of the plan as recipient, the
lexicon's form constraints (plur, tight), resignations, acquittals and the topic's reach."""
from __future__ import annotations

import pytest

from podiya.events.lexicon import _record, form_fits, load_lexicon

from .conftest import annotate


def coded(stage, text, lang="uk"):
    return [(e.type, sorted({p.country for p in e.actor}), sorted({p.country for p in e.recipient}))
            for e in stage(annotate(text, lang=lang)).events]


@pytest.mark.parametrize(("text", "lang", "owner"), [
    ("Польща не погоджується з рішенням ЄС.", "uk", "EU"),      # the owner of the decision
    ("Польща не згодна з планом Німеччини.", "uk", "DEU"),
    ("Польша не согласна с решением Германии.", "ru", "DEU"),
])
def test_disagreeing_with_a_plan_accuses_its_owner(stage, text, lang, owner):
    assert ("ACCUSE", ["POL"], [owner]) in coded(stage, text, lang)


def test_no_confidence_is_disapproval(stage):
    assert ("ACCUSE", ["POL"], ["DEU"]) in coded(stage, "Польща висловила недовіру уряду Німеччини.")
    assert ("ACCUSE", ["POL"], ["DEU"]) in coded(stage, "Польша выразила недоверие правительству Германии.", "ru")


def test_approving_a_deal_supports_the_other_side(stage):
    assert ("SUPPORT", ["EU"], ["GBR"]) in coded(stage, "ЄС схвалив угоду з Британією.")
    assert ("SUPPORT", ["EU"], ["GBR"]) in coded(stage, "ЕС одобрил соглашение с Британией.", "ru")


def test_not_supporting_is_a_refusal_not_a_negated_support(stage):
    found = coded(stage, "Угорщина не підтримає Україну.")
    assert ("REJECT", ["HUN"], ["UKR"]) in found and not any(t == "SUPPORT" for t, _, _ in found)


def test_agreeing_not_to_act_is_a_refusal(stage):
    found = coded(stage, "ЄС домовився не поновлювати переговори з Британією.")
    assert ("REJECT", ["EU"], ["GBR"]) in found and not any(t == "AGREE" for t, _, _ in found)


def test_acquittal_is_a_release_never_a_conviction(stage):
    found = coded(stage, "Суд Росії виніс виправдувальний вирок громадянину України.")
    assert any(t == "RETREAT" for t, _, _ in found) and not any(t == "SANCTION" for t, _, _ in found)
    found = coded(stage, "Суд России вынес оправдательный приговор гражданину Украины.", "ru")
    assert any(t == "RETREAT" for t, _, _ in found) and not any(t == "SANCTION" for t, _, _ in found)


def test_a_domestic_resignation_is_no_event(stage):
    # The guide makes it borderline; the lexicon no longer codes it.
    assert coded(stage, "Прем'єр Британії Мей пішла у відставку.") == []
    assert coded(stage, "Премьер Британии Мэй ушла в отставку.", "ru") == []


def test_singular_mess_is_no_riot():
    riot = next(e for e in load_lexicon("ru").entries if e.id == "ru.protest.riot")
    mess = annotate("В Британии беспорядок.", lang="ru")
    riots = annotate("В Британии беспорядки.", lang="ru")
    at = lambda doc: next(i for i, t in enumerate(doc.tokens) if t.text.startswith("беспоряд"))  # noqa: E731
    assert not form_fits(mess.tokens, at(mess), at(mess), riot)
    assert form_fits(riots.tokens, at(riots), at(riots), riot)


def test_tight_phrase_does_not_reach_over_a_comma():
    entry = _record(["x", "REJECT", "-", "домовитися+не", "subj", "obj", "tight", "Приклад."], "t.tsv", 1)
    assert entry.tight and not entry.plural
    near = annotate("Вони домовилися не поновлювати переговори.", lang="uk")
    far = annotate("Вони домовилися, що якщо не зможуть, то ні.", lang="uk")
    ne = lambda doc: next(i for i, t in enumerate(doc.tokens) if t.text == "не")  # noqa: E731
    assert form_fits(near.tokens, 1, ne(near), entry)
    assert not form_fits(far.tokens, 1, ne(far), entry)


def test_topic_deep_in_a_chain_of_phrases_is_not_the_other_side(stage):
    # "щодо Brexit" hangs on the summit, seven words after the refusal: not Britain's side.
    doc = annotate("Німеччина може відмовитися від участі в позачерговому засіданні лідерів щодо Brexit.")
    from podiya.schema import Entity, Mention
    start = doc.article.text.index("Brexit")
    doc.entities.append(Entity(id="E9", type="EVT", name="Brexit", country="GBR",
                               mentions=[Mention(start=start, end=start + 6, text="Brexit", base="Brexit")]))
    assert not any("GBR" in r for _, _, r in
                   [(e.type, None, {p.country for p in e.recipient}) for e in stage(doc).events])


def test_negated_phrase_takes_the_subject_of_the_speech_verb(stage):
    # The phrase opens with "не"; its verb takes the subject from the clause before "що".
    assert ("ACCUSE", ["GBR"], ["EU"]) in coded(stage, "Мей заявила, що не погоджується з позицією ЄС.")


def test_opposing_a_plan_targets_its_owner(stage):
    assert ("ACCUSE", ["POL"], ["DEU"]) in coded(stage, "Польща виступила проти плану Німеччини.")
    assert ("ACCUSE", ["POL"], ["DEU"]) in coded(stage, "Польша выступила против плана Германии.", "ru")


def test_indeclinable_name_after_a_noun_is_not_its_agent(stage):
    # "Мей" reads as any case; after "підтримку" it is the recipient, not an instrumental agent.
    assert ("SUPPORT", ["USA"], ["GBR"]) in coded(stage, "Трамп висловив підтримку Мей.")


def test_active_participle_opening_a_phrase_describes_a_person():
    entry = next(e for e in load_lexicon("ru").entries if e.id == "ru.retreat.acquittal")
    doc = annotate("Вынесший оправдательный приговор судья опасается за свою жизнь.", lang="ru")
    assert not form_fits(doc.tokens, 0, 2, entry)
    told = annotate("Суд вынес оправдательный приговор.", lang="ru")
    assert form_fits(told.tokens, 1, 3, entry)


@pytest.mark.parametrize(("text", "lang"), [
    ("Німеччина стурбована Росією.", "uk"),        # the subject holds the stance, not the instrumental
    ("Азербайджан обурений Росією.", "uk"),
    ("Германия обеспокоена Россией.", "ru"),
    ("Германия возмущена действиями России.", "ru"),
])
def test_a_participle_of_a_state_of_mind_is_not_passive(stage, text, lang):
    events = coded(stage, text, lang)
    assert ("ACCUSE", [text[:1] == "А" and "AZE" or "DEU"], ["RUS"]) in events
    assert not any(actor == ["RUS"] for _, actor, _ in events)


def test_a_participle_of_an_act_stays_passive(stage):
    assert ("ASSAULT", ["RUS"], ["AZE"]) in coded(stage, "Азербайджанський літак був збитий Росією.")


@pytest.mark.parametrize(("text", "lang"), [
    ("Німеччина висловила занепокоєння діями Росії.", "uk"),
    ("Германия выразила обеспокоенность действиями России.", "ru"),
])
def test_concern_over_acts_accuses_their_owner(stage, text, lang):
    assert ("ACCUSE", ["DEU"], ["RUS"]) in coded(stage, text, lang)


def test_satisfaction_with_a_decision_supports_its_owner(stage):
    assert ("SUPPORT", ["POL"], ["DEU"]) in coded(stage, "Уряд Польщі задоволений рішенням Німеччини.")
