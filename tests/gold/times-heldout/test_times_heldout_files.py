"""The held-out time gold stays usable and stays held out: well-formed, exact spans, no dev document."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parent
DEV = HELDOUT.parent / "times"
TOOL = HELDOUT.parents[2] / "tools" / "annotate_times.py"


def load_tool():
    spec = importlib.util.spec_from_file_location("annotate_times", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def records(folder: Path, lang: str) -> list[dict]:
    return [json.loads(line) for line in (folder / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_heldout_is_large_enough_and_well_formed(lang):
    tool = load_tool()
    docs = records(HELDOUT, lang)
    assert len(docs) >= 20
    assert len({doc["source"] for doc in docs}) == len(docs), "a document appears twice"
    for doc in docs:
        assert doc["lang"] == lang
        assert doc["date"] is not None, f"{doc['source']}: held-out documents are chosen with an article date"
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


def test_heldout_holds_enough_expressions():
    assert sum(len(doc["times"]) for lang in ("uk", "ru") for doc in records(HELDOUT, lang)) >= 250


def test_no_heldout_document_is_in_the_dev_gold():
    dev = {doc["source"] for lang in ("uk", "ru") for doc in records(DEV, lang)}
    heldout = {doc["source"] for lang in ("uk", "ru") for doc in records(HELDOUT, lang)}
    assert not dev & heldout, sorted(dev & heldout)


@pytest.mark.data
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_every_span_slices_the_text_podiya_reads(lang, shared_dir):
    import podiya

    for doc in records(HELDOUT, lang):
        path = shared_dir / doc["source"]
        if not path.is_file():
            pytest.skip(f"{doc['source']} is absent under {shared_dir}")
        (article,) = list(podiya.read(path))
        assert article.date == doc["date"], doc["source"]
        for time in doc["times"]:
            assert article.text[time["start"]:time["end"]] == time["text"], (doc["source"], time)
