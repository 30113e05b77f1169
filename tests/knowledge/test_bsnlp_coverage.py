"""How many distinct gold names of the BSNLP dev topics the knowledge base knows (by exact lookup).

Not a recognizer score: it shows how far a gazetteer or linker can get from the KB alone. The
floors are pinned a little below the measured values so that a data edit that loses names fails.
"""
from collections import Counter

import pytest

pytestmark = pytest.mark.data

TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")


def coverage(data_dir, lang):
    from podiya.knowledge import load_kb
    kb = load_kb()
    seen, total, found = set(), Counter(), Counter()
    for path in sorted(data_dir.glob(f"bsnlp2021/*/annotated/{lang}/*.out")):
        for line in path.read_text(encoding="utf-8-sig").splitlines()[1:]:
            fields = line.split("\t")
            if len(fields) < 3 or fields[2].upper() not in TYPES:
                continue
            key = (fields[1].lower(), fields[2].upper())
            if key in seen:
                continue
            seen.add(key)
            total[key[1]] += 1
            if any(e.type == key[1] for e in kb.lookup(fields[1], lang) or kb.lookup(fields[1])):
                found[key[1]] += 1
    return total, found


@pytest.mark.parametrize("lang,floors", [
    ("uk", {"LOC": 0.72, "PER": 0.25, "ORG": 0.42, "all": 0.42}),      # measured 0.762 0.278 0.461 0.456
    ("ru", {"LOC": 0.46, "PER": 0.16, "ORG": 0.24, "all": 0.22}),      # measured 0.495 0.182 0.271 0.241
])
def test_kb_knows_gold_names(shared_data, lang, floors):
    total, found = coverage(shared_data, lang)
    share = {t: found[t] / total[t] for t in TYPES if total[t]}
    share["all"] = sum(found.values()) / sum(total.values())
    low = {t: round(share[t], 3) for t, floor in floors.items() if share[t] < floor}
    assert low == {}, f"coverage {share}"
