"""Scoring the time layer on the times gold (tests/gold/times/<lang>.jsonl), with a dateparser baseline.

Detection: a system span matches a gold span when they overlap (one-to-one, in text order);
`strict` also needs identical offsets. Value accuracy: of the overlap-matched pairs, the share whose
value (and end_value, for ranges) equals the gold's; granularity accuracy likewise. The baseline is
dateparser's `search_dates` (RELATIVE_BASE = the article date); it has no granularity, so its
datetime is cut to the gold's granularity before comparing (generous to the baseline).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InputError

_HEADER_DATE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*")


@dataclass
class GoldTime:
    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    end_value: str | None = None


@dataclass
class GoldDoc:
    source: str
    lang: str
    date: str | None
    times: list[GoldTime]
    where: str                     # gold file and line, for messages


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.glob("*.jsonl")))
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(str(p), "no such gold file or folder")
    return out


def read_gold(paths: Iterable[str | Path]) -> list[GoldDoc]:
    docs = []
    for path in gold_files(paths):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                times = [GoldTime(t["start"], t["end"], t["text"], t.get("value"), t.get("granularity"),
                                  t.get("end_value")) for t in raw.get("times", [])]
                docs.append(GoldDoc(raw["source"], raw["lang"], raw.get("date"), times, f"{path}:{number}"))
            except (ValueError, KeyError, TypeError) as exc:
                raise InputError(str(path), f"bad gold record: {exc}", number) from exc
    return docs


def document_text(shared: Path, source: str) -> str:
    """The text podiya reads from a shared file (the reader rules of the gold format)."""
    path = shared / source
    if not path.is_file():
        raise InputError(str(path), "gold source not found; pass --shared DIR")
    text = path.read_bytes().decode("utf-8")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "/bsnlp2021/" in source and "/raw/" in source:
        lines = text.split("\n")
        title, body = (lines[4] if len(lines) > 4 else "").strip(), "\n".join(lines[5:]).strip()
        return f"{title}\n\n{body}" if title else body
    return _HEADER_DATE.sub("", text, count=1).strip()


@dataclass
class Scores:
    docs: int = 0
    gold: int = 0
    system: int = 0
    overlap_matches: int = 0
    strict_matches: int = 0
    value_correct: int = 0
    granularity_scored: int = 0      # matched pairs where the system states a granularity
    granularity_correct: int = 0
    mismatched_gold_text: int = 0
    errors: list[dict] = field(default_factory=list)

    @staticmethod
    def _prf(matches: int, system: int, gold: int) -> dict:
        p = matches / system if system else 0.0
        r = matches / gold if gold else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4),
                "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}

    def summary(self) -> dict:
        n = self.overlap_matches
        return {
            "docs": self.docs, "gold": self.gold, "system": self.system,
            "overlap": self._prf(self.overlap_matches, self.system, self.gold),
            "strict": self._prf(self.strict_matches, self.system, self.gold),
            "value_accuracy": round(self.value_correct / n, 4) if n else 0.0,
            # None for a system that gives no granularity (the dateparser baseline)
            "granularity_accuracy": (round(self.granularity_correct / self.granularity_scored, 4)
                                     if self.granularity_scored else None),
            "gold_text_mismatches": self.mismatched_gold_text,
        }


def _match(gold: list[GoldTime], system: list[dict]) -> list[tuple[GoldTime, dict]]:
    """One-to-one overlap matches, preferring identical offsets, then the largest overlap."""
    pairs, used = [], set()
    for g in gold:
        best, best_key = None, None
        for j, s in enumerate(system):
            if j in used or s["end"] <= g.start or s["start"] >= g.end:
                continue
            key = (s["start"] == g.start and s["end"] == g.end,
                   min(g.end, s["end"]) - max(g.start, s["start"]))
            if best_key is None or key > best_key:
                best, best_key = j, key
        if best is not None:
            used.add(best)
            pairs.append((g, system[best]))
    return pairs


def score_doc(scores: Scores, doc: GoldDoc, text: str, system: list[dict]) -> None:
    scores.docs += 1
    scores.gold += len(doc.times)
    scores.system += len(system)
    scores.mismatched_gold_text += sum(text[g.start:g.end] != g.text for g in doc.times)
    matched = _match(doc.times, system)
    matched_ids = {id(s) for _, s in matched}
    for g, s in matched:
        scores.overlap_matches += 1
        scores.strict_matches += s["start"] == g.start and s["end"] == g.end
        value_ok = s.get("value") == g.value and (g.end_value is None or s.get("end_value") == g.end_value)
        scores.value_correct += value_ok
        if s.get("granularity") is not None:
            scores.granularity_scored += 1
            scores.granularity_correct += s["granularity"] == g.granularity
        if (s["start"], s["end"]) != (g.start, g.end):
            scores.errors.append({"where": doc.where, "kind": "boundary", "gold": g.__dict__,
                                  "system": {k: s.get(k) for k in ("text", "value")}})
        if not value_ok or s.get("granularity") not in (None, g.granularity):
            scores.errors.append({"where": doc.where, "kind": "value", "gold": g.__dict__,
                                  "system": {k: s.get(k) for k in ("text", "value", "granularity", "end_value")}})
    matched_gold = {id(g) for g, _ in matched}
    for g in doc.times:
        if id(g) not in matched_gold:
            scores.errors.append({"where": doc.where, "kind": "missed", "gold": g.__dict__})
    for s in system:
        if id(s) not in matched_ids:
            scores.errors.append({"where": doc.where, "kind": "spurious",
                                  "system": {k: s.get(k) for k in ("start", "text", "value")}})


@lru_cache(maxsize=1)
def _pipeline():
    from ..pipeline import Pipeline
    return Pipeline(stages=["language", "segment", "morphology", "times"])


def podiya_times(text: str, doc: GoldDoc) -> list[dict]:
    from ..doc import Article
    result = _pipeline()(Article(id=doc.source, text=text, lang=doc.lang, date=doc.date))
    return [t.model_dump() for t in result.times]


def _cut(value: dt.datetime, granularity: str | None) -> str:
    if granularity == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "month":
        return value.strftime("%Y-%m")
    if granularity == "year":
        return f"{value.year:04d}"
    if granularity == "decade":
        return f"{value.year:04d}"[:3]
    return value.date().isoformat()


def dateparser_times(text: str, doc: GoldDoc) -> list[dict]:
    from dateparser.search import search_dates
    settings = {"RETURN_AS_TIMEZONE_AWARE": False}
    if doc.date:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(doc.date[:10])
    found = search_dates(text, languages=[doc.lang], settings=settings) or []
    out, pos = [], 0
    for substring, value in found:
        start = text.find(substring, pos)
        if start < 0:
            continue
        pos = start + len(substring)
        out.append({"start": start, "end": pos, "text": substring, "value": value, "granularity": None})
    for item in out:   # cut to the granularity of the overlapping gold span, else day
        g = next((g for g in doc.times if g.start < item["end"] and g.end > item["start"]), None)
        item["value"] = _cut(item["value"], g.granularity if g else "day")
    return out


SYSTEMS: dict[str, Callable[[str, GoldDoc], list[dict]]] = {"podiya": podiya_times, "dateparser": dateparser_times}


def evaluate_times(gold_paths: Iterable[str | Path], shared: Path, systems: Iterable[str] = ("podiya", "dateparser"),
                   with_errors: bool = False) -> dict:
    """{system: {lang: summary}} over the gold documents (`with_errors` adds the error list)."""
    docs = read_gold(gold_paths)
    result: dict[str, dict] = {}
    texts = {d.source: document_text(shared, d.source) for d in docs}
    for name in systems:
        run = SYSTEMS[name]
        per_lang: dict[str, Scores] = {}
        for doc in docs:
            scores = per_lang.setdefault(doc.lang, Scores())
            score_doc(scores, doc, texts[doc.source], run(texts[doc.source], doc))
        result[name] = {lang: s.summary() | ({"errors": s.errors} if with_errors else {})
                        for lang, s in sorted(per_lang.items())}
    return result
