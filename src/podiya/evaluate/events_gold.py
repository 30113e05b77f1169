"""The events gold files (tests/gold/events/*.jsonl): reading, validating, locating their texts.

One JSON object per document: `source` (a path relative to the shared folder), `lang`, `date` and
`events`, each event with `type`, `mode`, `actor`, `recipient` (party codes "CCC SEC" or "CCC"),
`symmetric`, `date`, `modality`, `required`, `evidence` {start, end, text} and `trigger`.
Offsets point into the document text as the format in tests/gold/events/GUIDE.md defines it;
`gold_text` rebuilds that text so a gold file can be checked without running podiya's readers.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..schema import EventType, Modality

EVENT_TYPES = frozenset(EventType.__args__)
MODALITIES = frozenset(Modality.__args__)
_PARTY = re.compile(r"^[A-Za-z]{2,4}( [A-Z]{3})?$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-(SP|SU|FA|WI))?$")
_HEADER_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s*")


@dataclass(frozen=True)
class GoldEvent:
    type: str
    mode: str | None
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    symmetric: bool
    date: str | None
    modality: str
    required: bool
    start: int
    end: int
    text: str
    trigger: str
    note: str | None = None


@dataclass
class GoldDoc:
    source: str
    lang: str
    date: str | None
    events: list[GoldEvent] = field(default_factory=list)
    where: str = ""                  # file:line, for messages


def gold_text(path: Path) -> tuple[str, str | None]:
    """(text, date) of a shared document, built exactly as the gold offsets expect."""
    raw = path.read_bytes().decode("utf-8")
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if any(part.startswith("bsnlp") for part in path.parts):
        lines = raw.split("\n")
        if len(lines) < 5:
            raise InputError(str(path), "a BSNLP raw file needs 5 header lines (id, lang, date, url, title)")
        date = lines[2].strip()[:10]
        date = date if re.match(r"^\d{4}-\d{2}-\d{2}$", date) else None   # some give a Unix time
        title, body = lines[4].strip(), "\n".join(lines[5:]).strip()
        return (f"{title}\n\n{body}" if title else body), date
    header = _HEADER_DATE.match(raw)
    if header:
        return raw[header.end():].strip(), header.group(1)
    return raw.strip(), None


def _event(record: dict, path: Path, line: int, index: int) -> GoldEvent:
    def fail(msg: str) -> InputError:
        return InputError(str(path), f"event {index}: {msg}", line)

    if record.get("type") not in EVENT_TYPES:
        raise fail(f"event type {record.get('type')!r} is not one of the 16 PLOVER types")
    if record.get("modality", "asserted") not in MODALITIES:
        raise fail(f"modality {record.get('modality')!r} is not one of {sorted(MODALITIES)}")
    for role in ("actor", "recipient"):
        for code in record.get(role) or []:
            if not _PARTY.match(code):
                raise fail(f"{role} code {code!r} is not 'CCC SEC' or 'CCC'")
    if record.get("date") is not None and not _DATE.match(record["date"]):
        raise fail(f"date {record['date']!r} is not a TIMEX3-like value")
    ev = record.get("evidence") or {}
    if not {"start", "end", "text"} <= ev.keys():
        raise fail("evidence needs start, end and text")
    if record.get("trigger") and record["trigger"] not in ev["text"]:
        raise fail(f"trigger {record['trigger']!r} is not inside the evidence text")
    return GoldEvent(
        type=record["type"], mode=record.get("mode"), actor=tuple(record.get("actor") or ()),
        recipient=tuple(record.get("recipient") or ()), symmetric=bool(record.get("symmetric")),
        date=record.get("date"), modality=record.get("modality", "asserted"),
        required=bool(record.get("required", True)), start=int(ev["start"]), end=int(ev["end"]),
        text=ev["text"], trigger=record.get("trigger") or "", note=record.get("note"))


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Every document of one gold file; a malformed line raises InputError citing file and line."""
    path = Path(path)
    docs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(str(path), f"not JSON ({exc})", number) from None
        if not isinstance(record, dict) or "source" not in record:
            raise InputError(str(path), "a gold document needs 'source' (a path under the shared folder)", number)
        events = [_event(e, path, number, i) for i, e in enumerate(record.get("events") or [])]
        docs.append(GoldDoc(source=record["source"], lang=record.get("lang", ""), date=record.get("date"),
                            events=events, where=f"{path}:{number}"))
    return docs


def offset_problems(doc: GoldDoc, text: str) -> list[str]:
    """Messages for every event whose evidence offsets do not point at its evidence text."""
    problems = []
    for i, ev in enumerate(doc.events):
        found = text[ev.start:ev.end]
        if found != ev.text:
            hint = text.find(ev.text)
            where = f" (the text occurs at {hint})" if hint >= 0 else " (the text does not occur)"
            problems.append(f"{doc.where} event {i} {ev.type}: text[{ev.start}:{ev.end}] is "
                            f"{found[:60]!r}, gold says {ev.text[:60]!r}{where}")
    return problems
