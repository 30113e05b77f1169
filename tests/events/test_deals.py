"""Stances on a named deal (events/data/deal_sides.tsv, cue list plan_nouns): GUIDE, "Points settled
after the agreement study" — approving or criticising a bilateral deal takes the deal's other side
as recipient; criticism from inside the negotiating government's camp is aimed at that government."""
from __future__ import annotations

from .conftest import add_entity, annotate


def stances(stage, text, lang="uk", deal_key="pd:evt:brexit"):
    """Stances in `text`, whose "Brexit" the entity layer linked as the EVT entity `deal_key`."""
    doc = annotate(text, lang=lang)
    if "Brexit" in text:
        add_entity(doc, "Brexit", "EVT", "GBR", eid="E99", key=deal_key)
    return [(e.type, [p.country for p in e.actor], [p.country for p in e.recipient], e.why["rules"])
            for e in stage(doc).events if e.type in ("SUPPORT", "ACCUSE", "REJECT")]


def test_approving_the_deal_is_aimed_at_its_other_side(stage):
    ((etype, actor, recipient, rules),) = stances(stage, "Британія підтримала проект угоди про Brexit.")
    assert (etype, actor, recipient) == ("SUPPORT", ["GBR"], ["EU"]) and "recipient:deal-side" in rules
    ((etype, actor, recipient, _),) = stances(stage, "ЄС підтримав проект угоди щодо Brexit.")
    assert (actor, recipient) == (["EU"], ["GBR"])


def test_criticism_from_the_state_side_is_aimed_at_its_own_government(stage):
    text = "Британія висловила незгоду з угодою про Brexit."
    ((etype, actor, recipient, _),) = stances(stage, text)
    assert (etype, actor, recipient) == ("ACCUSE", ["GBR"], ["GBR"])


def test_no_deal_side_without_a_named_deal_or_a_plan_noun(stage):
    assert stances(stage, "Британія підтримала проект угоди.") == []          # no named deal
    assert stances(stage, "Британія підтримала Brexit вчора.") == []           # no plan or deal noun
    assert stances(stage, "Британія не підтримає Brexit без угоди.") == []    # a deal that is not there


def test_a_third_state_gets_no_deal_side(stage):
    # (the topic rule may still aim Poland's support at Britain, arguments.py)
    assert all("recipient:deal-side" not in rules
               for *_, rules in stances(stage, "Польща підтримала проект угоди про Brexit."))


def test_the_deal_is_found_by_its_linked_event_not_by_its_spelling(stage):
    # an event the knowledge base does not list as a deal gives no deal side
    found = stances(stage, "Британія підтримала проект угоди про Brexit.", deal_key="pd:evt:other")
    assert all("recipient:deal-side" not in rules for *_, rules in found)
