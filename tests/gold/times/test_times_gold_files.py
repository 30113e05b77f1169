"""The time-expression gold stays usable: well-formed records, exact spans, parseable values."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent
TOOL = GOLD.parents[2] / "tools" / "annotate_times.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("annotate_times", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records(lang: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_gold_is_large_enough_and_well_formed(lang):
    tool = load_tool()
    docs = records(lang)
    assert len(docs) >= 22
    assert len({doc["source"] for doc in docs}) == len(docs), "a document appears twice"
    for doc in docs:
        assert doc["lang"] == lang
        previous_end = -1
        for time in doc["times"]:
            assert time["start"] >= previous_end, f"{doc['source']}: {time['text']!r} overlaps or is out of order"
            previous_end = time["end"]
            assert time["end"] - time["start"] == len(time["text"])
            assert time["granularity"] in tool.GRANULARITIES
            assert time.get("anchor") in ("document", "previous", "absolute")
            if time["value"] is not None:
                assert tool.value_granularity(time["value"]) == time["granularity"], time
            if "end_value" in time:
                tool.value_granularity(time["end_value"])


def test_gold_holds_enough_expressions():
    assert sum(len(doc["times"]) for lang in ("uk", "ru") for doc in records(lang)) >= 500


@pytest.mark.data
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_every_span_slices_the_document_text(lang, shared_dir):
    tool = load_tool()
    tool.SHARED = shared_dir
    for doc in records(lang):
        if not (shared_dir / doc["source"]).is_file():
            pytest.skip(f"{doc['source']} is absent under {shared_dir}")
        text, date = tool.read_text(doc["source"])
        assert doc["date"] == date, doc["source"]
        for time in doc["times"]:
            assert text[time["start"]:time["end"]] == time["text"], (doc["source"], time)
