"""Helper for annotating tests/gold/events: show a document, fill offsets, check a gold file.

    python tools/annotate_events.py show data/bsnlp2021/brexit/raw/uk/brexit_ua.txt_file_1.txt
    python tools/annotate_events.py fill tests/gold/events/uk.jsonl   # evidence given as text only
    python tools/annotate_events.py check tests/gold/events/*.jsonl
The shared folder is ../shared beside the repository unless PODIYA_SHARED says otherwise.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

from podiya.evaluate.events_gold import gold_text, load_gold, offset_problems

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PODIYA_SHARED", ROOT.parent / "shared"))
_SENT = re.compile(r"[^\n]+?(?:[.!?…]+[»\"”)]*(?=\s)|$)", re.M)


def show(source: str) -> None:
    text, date = gold_text(SHARED / source)
    print(f"# {source} date={date} chars={len(text)}")
    for m in _SENT.finditer(text):
        if m.group().strip():
            print(f"[{m.start()}:{m.end()}] {m.group().strip()}")


def fill(path: Path) -> None:
    """Turn evidence given as a string (or with wrong offsets) into {start, end, text}."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text, date = gold_text(SHARED / record["source"])
        record.setdefault("date", date)
        for ev in record.get("events", []):
            evidence = ev["evidence"]
            snippet = evidence if isinstance(evidence, str) else evidence["text"]
            start = ev.get("_at") if isinstance(ev.get("_at"), int) else None
            if not isinstance(evidence, str) and text[evidence["start"]:evidence["end"]] == snippet:
                continue
            start = text.find(snippet, start or 0)
            if start < 0:
                sys.exit(f"{path}:{number}: evidence not found in {record['source']}: {snippet!r}")
            if text.count(snippet) > 1 and "_at" not in ev:
                print(f"{path}:{number}: note, evidence occurs {text.count(snippet)} times; first taken: {snippet[:50]!r}")
            ev["evidence"] = {"start": start, "end": start + len(snippet), "text": snippet}
            ev.pop("_at", None)
            if ev.get("trigger") and ev["trigger"] not in snippet:
                sys.exit(f"{path}:{number}: trigger {ev['trigger']!r} not in evidence {snippet!r}")
        out.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def check(paths: list[str]) -> int:
    bad = 0
    types, langs, docs = Counter(), Counter(), Counter()
    for p in paths:
        for doc in load_gold(p):
            text, _ = gold_text(SHARED / doc.source)
            for problem in offset_problems(doc, text):
                print(problem)
                bad += 1
            docs[doc.lang] += 1
            for ev in doc.events:
                types[ev.type] += 1
                langs[doc.lang] += 1
    print(f"documents {dict(docs)}; events {dict(langs)}; by type {dict(types.most_common())}; problems {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    command, *args = sys.argv[1:] or ["help"]
    if command == "show":
        for source in args:
            show(source)
    elif command == "fill":
        for a in args:
            fill(Path(a))
    elif command == "check":
        sys.exit(check(args))
    else:
        print(__doc__)
