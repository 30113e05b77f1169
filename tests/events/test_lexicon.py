"""The trigger lexicon: every record valid, and every entry's example sentence coded with its type."""
from __future__ import annotations

import pytest

from podiya.errors import DataFileError
from podiya.events.lexicon import LANGS, _record, load_lexicon
from podiya.events.stage import EventStage
from podiya.settings import load_settings

from .conftest import annotate

ENTRIES = [(lang, entry) for lang in LANGS for entry in load_lexicon(lang).entries]


def test_every_language_has_a_broad_lexicon():
    sizes = {lang: len(load_lexicon(lang).entries) for lang in LANGS}
    assert sizes["uk"] >= 150 and sizes["ru"] >= 150 and sizes["en"] >= 40, sizes
    for lang in ("uk", "ru"):
        types = {e.type for e in load_lexicon(lang).entries}
        assert len(types) == 16, f"{lang} lacks {16 - len(types)} PLOVER types"


def test_bad_record_cites_file_and_line():
    with pytest.raises(DataFileError, match=r"triggers.uk.tsv:7: type 'MEET'"):
        _record(["x", "MEET", "-", "зустріч", "subj", "-", "-", "Приклад."], "triggers.uk.tsv", 7)
    with pytest.raises(DataFileError, match="unknown role code"):
        _record(["x", "CONSULT", "-", "зустріч", "subject", "-", "-", "Приклад."], "t.tsv", 3)
    with pytest.raises(DataFileError, match="no spaces"):
        _record(["x", "CONSULT", "-", "подати+у відставку", "subj", "-", "-", "Приклад."], "t.tsv", 3)


@pytest.mark.parametrize(("lang", "entry"), ENTRIES, ids=[e.id for _, e in ENTRIES])
def test_example_is_coded_with_the_entry_type(lang, entry):
    stage = EventStage(load_settings())
    doc = stage(annotate(entry.example, lang=lang))
    found = [(e.type, e.why["entry"]) for e in doc.events]
    assert entry.type in {t for t, _ in found}, f"{entry.where}: {entry.example!r} gave {found}"


def test_cue_words_are_data_with_one_loader():
    from podiya.events.lexicon import cue_words

    assert "щоб" in cue_words("purpose") and "чтобы" in cue_words("purpose")
    assert "припинити" in cue_words("cease")
    with pytest.raises(KeyError, match="no cue list"):
        cue_words("no-such-list")


@pytest.mark.parametrize(("text", "lang"), [
    ("Німеччина висловилася за продовження санкцій проти Росії.", "uk"),
    ("Германия высказалась за продление санкций против России.", "ru"),
], ids=["uk", "ru"])
def test_near_phrase_does_not_reach_over_other_words(text, lang):
    # "висловилася ... проти" five words apart is no vote against Russia: `near` keeps "за"/"проти" by the verb.
    doc = EventStage(load_settings())(annotate(text, lang=lang))
    assert not [e for e in doc.events if e.type == "REJECT"], [(e.type, e.why) for e in doc.events]
    entry = _record(["x", "REJECT", "-", "висловитися+проти", "subj", "проти+gent", "near", "Приклад."], "t.tsv", 1)
    assert entry.near and not _record(["x", "REJECT", "-", "висловитися+проти", "subj", "проти+gent", "-",
                                       "Приклад."], "t.tsv", 1).near


@pytest.mark.parametrize(("text", "lang"), [
    ("Польща не виключає можливості переговорів з Росією.", "uk"),
    ("Польша не исключает возможности переговоров с Россией.", "ru"),
], ids=["uk", "ru"])
def test_affirm_phrase_is_no_event_under_negation(text, lang):
    # "не виключає можливості" leaves it open: no refusal; without "не" it is one (the entry's example).
    doc = EventStage(load_settings())(annotate(text, lang=lang))
    assert not [e for e in doc.events if e.type == "REJECT"], [(e.type, e.why) for e in doc.events]
    doc = EventStage(load_settings())(annotate(text.replace(" не ", " "), lang=lang))
    assert [e for e in doc.events if e.type == "REJECT"]


@pytest.mark.parametrize(("text", "lang", "etype", "actor", "recipient"), [
    ("Франція виступає проти членства Туреччини.", "uk", "ACCUSE", "FRA", "TUR"),
    ("Польща негативно сприйняла рішення Німеччини.", "uk", "ACCUSE", "POL", "DEU"),
    ("Угорщина заперечує проти вступу України.", "uk", "REJECT", "HUN", "UKR"),
    ("Польша выразила несогласие с решением Германии.", "ru", "ACCUSE", "POL", "DEU"),
    ("Германия довольна Польшей.", "ru", "SUPPORT", "DEU", "POL"),
    ("Poland hit out at Russia over the raid.", "en", "ACCUSE", "POL", "RUS"),
    ("The EU welcomed the decision of Ukraine.", "en", "SUPPORT", "EU", "UKR"),
], ids=["uk-oppose", "uk-negative-take", "uk-object", "ru-disagreement", "ru-satisfied", "en-hit-out", "en-welcome-of"])
def test_stance_entries_code_who_criticises_or_approves_whom(text, lang, etype, actor, recipient):
    # The example test checks only the type; a stance coded the wrong way round is worse than none.
    doc = EventStage(load_settings())(annotate(text, lang=lang))
    found = [(e.type, [p.country for p in e.actor], [p.country for p in e.recipient]) for e in doc.events]
    assert (etype, [actor], [recipient]) in found, found
