"""The events scorer on hand-made gold/system pairs; every expected number is counted by hand."""
from __future__ import annotations

import json

import pytest

from podiya.errors import InputError
from podiya.evaluate.events import EventScores, match_document, parties_agree, sectors_agree
from podiya.evaluate.events_gold import GoldEvent, gold_text, load_gold, offset_problems
from podiya.schema import Event, Party, Span

TEXT = "Алієв зустрівся з Путіним 9 жовтня. Путін визнав провину. Баку вимагав компенсації."
#       0         1         2         3         4         5         6         7         8


def gold(type_, actor, recipient, start, end, *, date=None, symmetric=False, required=True,
         modality="asserted") -> GoldEvent:
    return GoldEvent(type=type_, mode=None, actor=tuple(actor), recipient=tuple(recipient),
                     symmetric=symmetric, date=date, modality=modality, required=required,
                     start=start, end=end, text=TEXT[start:end], trigger="")


def system(type_, actor, recipient, start, end, *, date=None, modality="asserted", sectors=None) -> Event:
    sectors = sectors or {}
    party = lambda c: Party(entity=None, name=c, country=c, sector=sectors.get(c))  # noqa: E731
    return Event(id="V", type=type_, actor=[party(c) for c in actor], recipient=[party(c) for c in recipient],
                 date=date, modality=modality, trigger=Span(start=start, end=end, text=TEXT[start:end]),
                 sentence=0, confidence=0.5, score=0.0)


MEET = gold("CONSULT", ["AZE GOV"], ["RUS GOV"], 0, 35, date="2025-10-09", symmetric=True)
ADMIT = gold("CONCEDE", ["RUS GOV"], ["AZE GOV"], 36, 58, date="2025-10-09")
DEMAND = gold("REQUEST", ["AZE GOV"], ["RUS GOV"], 59, 84, required=False)


def test_symmetric_gold_accepts_swapped_parties_and_asymmetric_does_not():
    swapped = system("CONSULT", ["RUS"], ["AZE"], 6, 15)
    assert parties_agree(MEET, swapped)
    assert not parties_agree(ADMIT, system("CONCEDE", ["AZE"], ["RUS"], 42, 48))


def test_levels_need_type_then_date():
    wrong_date = system("CONSULT", ["AZE"], ["RUS"], 6, 15, date="2025-10-10")
    wrong_type = system("AGREE", ["AZE"], ["RUS"], 6, 15, date="2025-10-09")
    assert len(match_document("L1", [MEET], [wrong_type]).required_pairs) == 1
    assert len(match_document("L2", [MEET], [wrong_type]).required_pairs) == 0
    assert len(match_document("L2", [MEET], [wrong_date]).required_pairs) == 1
    assert len(match_document("L3", [MEET], [wrong_date]).required_pairs) == 0


def test_trigger_outside_the_evidence_does_not_match():
    elsewhere = system("CONSULT", ["AZE"], ["RUS"], 42, 48, date="2025-10-09")  # trigger in sentence 2
    assert match_document("L1", [MEET], [elsewhere]).pairs == {}


def test_one_gold_event_matches_one_system_event():
    twice = [system("CONSULT", ["AZE"], ["RUS"], 6, 15), system("CONSULT", ["AZE"], ["RUS"], 16, 25)]
    assert len(match_document("L2", [MEET], twice).required_pairs) == 1


def test_counts_precision_recall_with_a_borderline_event():
    # system: the meeting (right at L3), the admission with a wrong date (right at L2 only),
    # the borderline demand (excused), and one invented ASSAULT (false positive).
    events = [system("CONSULT", ["RUS"], ["AZE"], 6, 15, date="2025-10-09"),
              system("CONCEDE", ["RUS"], ["AZE"], 42, 48),
              system("REQUEST", ["AZE"], ["RUS"], 64, 71),
              system("ASSAULT", ["RUS"], ["AZE"], 0, 5)]
    scores = EventScores()
    scores.add_document("uk", [MEET, ADMIT, DEMAND], events)
    d = scores.as_dict()
    # L2: tp 2 (meeting, admission), fp 1 (assault; the demand is excused), fn 0 -> P 2/3, R 1
    assert d["levels"]["L2"] == {"tp": 2, "fp": 1, "fn": 0, "precision": 0.6667, "recall": 1.0, "f1": 0.8}
    # L3: the admission's date is missing -> tp 1, fp 2, fn 1 -> P 1/3, R 1/2, F1 0.4
    assert d["levels"]["L3"] == {"tp": 1, "fp": 2, "fn": 1, "precision": 0.3333, "recall": 0.5, "f1": 0.4}
    # L1: the ASSAULT (RUS -> AZE) overlaps the meeting's evidence but the meeting is already taken
    assert d["levels"]["L1"]["tp"] == 2 and d["levels"]["L1"]["fp"] == 1
    assert d["by_type"]["ASSAULT"]["L2"]["fp"] == 1
    assert d["by_language"]["uk"]["L2"]["tp"] == 2
    assert d["matched_l2"] == 3 and d["modality_accuracy"] == 1.0
    [error] = scores.details                       # the L2 errors: only the invented ASSAULT
    assert "FP ASSAULT" in error


def test_sector_agreement_compares_only_the_sectors_the_gold_gives():
    assert sectors_agree(ADMIT, system("CONCEDE", ["RUS"], ["AZE"], 42, 48,
                                       sectors={"RUS": "GOV", "AZE": "GOV"})) is True
    assert sectors_agree(ADMIT, system("CONCEDE", ["RUS"], ["AZE"], 42, 48,
                                       sectors={"RUS": "MIL", "AZE": "GOV"})) is False
    no_sectors = gold("ASSAULT", ["RUS"], ["UKR"], 0, 5)
    assert sectors_agree(no_sectors, system("ASSAULT", ["RUS"], ["UKR"], 0, 5)) is None


def test_modality_accuracy_counts_a_wrong_modality():
    scores = EventScores()
    scores.add_document("uk", [ADMIT], [system("CONCEDE", ["RUS"], ["AZE"], 42, 48, modality="reported")])
    assert scores.as_dict()["modality_accuracy"] == 0.0


def test_gold_loader_cites_file_and_line(tmp_path):
    path = tmp_path / "uk.jsonl"
    good = {"source": "x.txt", "lang": "uk", "events": []}
    bad = {"source": "y.txt", "events": [{"type": "MEET", "evidence": {"start": 0, "end": 1, "text": "a"}}]}
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"uk.jsonl:2.*MEET"):
        load_gold(path)


def test_offset_problems_name_the_event_and_where_the_text_is(tmp_path):
    source = tmp_path / "a.txt"
    source.write_bytes("date 2025-10-17\r\n\r\n" .encode() + TEXT.encode())
    text, date = gold_text(source)
    assert text == TEXT and date == "2025-10-17"
    path = tmp_path / "uk.jsonl"
    ev = {"type": "CONCEDE", "actor": ["RUS GOV"], "recipient": ["AZE GOV"],
          "evidence": {"start": 30, "end": 52, "text": TEXT[36:58]}}
    path.write_text(json.dumps({"source": "a.txt", "events": [ev]}, ensure_ascii=False), encoding="utf-8")
    [problem] = offset_problems(load_gold(path)[0], text)
    assert "event 0 CONCEDE" in problem and "occurs at 36" in problem


def test_bsnlp_text_is_title_blank_line_body(tmp_path):
    folder = tmp_path / "bsnlp2021"
    folder.mkdir()
    raw = folder / "doc.txt"
    raw.write_bytes("\ufeffuk-1\r\nuk\r\n2018-11-05T10:00\r\nhttp://x\r\nЗаголовок \r\n\r\nТіло.\r\n".encode())
    assert gold_text(raw) == ("Заголовок\n\nТіло.", "2018-11-05")


def test_the_shipped_gold_parses_and_has_both_languages():
    from pathlib import Path
    gold_dir = Path(__file__).resolve().parents[1] / "gold" / "events"
    for lang in ("uk", "ru"):
        docs = load_gold(gold_dir / f"{lang}.jsonl")
        assert len(docs) >= 30 and all(d.lang == lang for d in docs)
        assert sum(e.required for d in docs for e in d.events) >= 80
        assert any(not d.events for d in docs), "documents with no events test precision"
    uk = load_gold(gold_dir / "uk.jsonl")
    example = next(d for d in uk if d.source.startswith("examples/"))
    required = {(e.type, e.actor, e.recipient) for e in example.events if e.required}
    assert ("CONSULT", ("AZE GOV",), ("RUS GOV",)) in required
    assert ("ACCUSE", ("RUS MED",), ("RUS GOV",)) in required
    assert any(e.modality == "question" for e in example.events)


def _write_gold(path, events):
    record = {"source": "examples/x.uk.txt", "lang": "uk", "date": "2025-10-17",
              "events": [{"type": e.type, "mode": None, "actor": list(e.actor), "recipient": list(e.recipient),
                          "symmetric": e.symmetric, "date": e.date, "modality": e.modality,
                          "required": e.required, "evidence": {"start": e.start, "end": e.end, "text": e.text}}
                         for e in events]}
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_agreement_of_a_second_annotation_counts_only_its_required_events(tmp_path):
    from podiya.evaluate.events import agreement

    reference = _write_gold(tmp_path / "a.jsonl", [MEET, ADMIT, DEMAND])
    # the second annotator: the meeting on another date, the admission as borderline, the demand required
    other = [gold("CONSULT", ["AZE GOV"], ["RUS GOV"], 0, 35, date="2025-10-08", symmetric=True),
             gold("CONCEDE", ["RUS GOV"], ["AZE GOV"], 36, 58, date="2025-10-09", required=False),
             gold("REQUEST", ["AZE GOV"], ["RUS GOV"], 59, 84)]
    second = _write_gold(tmp_path / "b.jsonl", other)
    scores = agreement([reference], [second])
    l2, l3 = scores.overall["L2"], scores.overall["L3"]
    # L2: the meeting matches (tp), the demand meets a borderline reference event (excused), the
    # admission is missed (fn: borderline for the second annotator, so not its output)
    assert (l2.tp, l2.fp, l2.fn) == (1, 0, 1)
    assert (l3.tp, l3.fp, l3.fn) == (0, 1, 2)
    assert agreement([reference], [reference]).overall["L3"].f1 == 1.0
