"""Checks that need the whole knowledge base: codes, offices, tenures, alias clashes.

`check` raises `DataFileError` at the first record (file and line) that breaks a rule.
"""
from __future__ import annotations

from collections import defaultdict

from ..errors import DataFileError
from .normalize import normalize
from .records import IO_CODES, Entry, Office, Role

# Kinds whose entry defines a country code that other entries may use as `country`.
CODE_KINDS = frozenset({"state", "territory"})


def _fail(where: str, reason: str):
    path, _, line = where.rpartition(":")
    raise DataFileError(path or where, int(line) if line.isdigit() else None, reason)


def country_codes(entries: list[Entry]) -> frozenset[str]:
    return frozenset(e.country for e in entries if e.kind in CODE_KINDS and e.country) | IO_CODES


def check(entries: list[Entry], offices: dict[str, Office], roles: dict[str, Role] | None = None) -> None:
    seen: dict[str, str] = {}
    for e in entries:
        if e.id in seen:
            _fail(e.origin, f"duplicate id {e.id!r} (first at {seen[e.id]})")
        seen[e.id] = e.origin
    codes = country_codes(entries)
    for e in entries:
        if e.kind in CODE_KINDS and not e.country:
            _fail(e.origin, f"a {e.kind} needs its code in 'country'")
        if e.country and e.country not in codes:
            _fail(e.origin, f"country {e.country!r} is neither a state's code in states.jsonl nor an IO code")
        if e.metonym and e.metonym[0] not in codes:
            _fail(e.origin, f"metonym country {e.metonym[0]!r} is unknown")
        own = {normalize(f) for f in e.forms()}
        for form in e.ambiguous:
            if normalize(form) not in own:
                _fail(e.origin, f"ambiguous form {form!r} is none of the entry's names or aliases")
        for t in e.tenures:
            if t.office not in offices:
                _fail(e.origin, f"tenure office {t.office!r} is not in offices.jsonl")
    for office in offices.values():
        if office.country not in codes:
            _fail(office.origin, f"office country {office.country!r} is unknown")
        for role in office.roles:
            if roles is not None and role not in roles:
                _fail(office.origin, f"office role {role!r} is not in roles.jsonl")
    _check_tenures(entries)
    _check_aliases(entries)


def _check_tenures(entries: list[Entry]) -> None:
    """One holder at a time per office: a tenure starts on or after the previous one ends."""
    by_office: dict[str, list] = defaultdict(list)
    for e in entries:
        for t in e.tenures:
            by_office[t.office].append((t.start, t.end, e))
    for office, spans in by_office.items():
        spans.sort(key=lambda s: s[0])
        for (s1, end1, e1), (s2, _end2, e2) in zip(spans, spans[1:]):
            if end1 is None or end1 > s2:
                _fail(e2.origin, f"{office}: tenure from {s2} of {e2.id} overlaps the tenure "
                                 f"{s1}..{end1 or 'now'} of {e1.id} ({e1.origin})")


def _check_aliases(entries: list[Entry]) -> None:
    """A form names one entry per type and language unless every entry sharing it says so."""
    owners: dict[tuple[str, str, str], list[Entry]] = defaultdict(list)
    for e in entries:
        for lang in set(e.names) | set(e.aliases):
            for form in set(map(normalize, e.forms(lang) if lang != "any" else e.aliases.get("any", ()))):
                owners[(lang, e.type, form)].append(e)
    for (lang, etype, form), found in owners.items():
        unique = list(dict.fromkeys(found))
        if len(unique) < 2:
            continue
        undeclared = [e for e in unique if form not in {normalize(a) for a in e.ambiguous}]
        if undeclared:
            others = ", ".join(f"{e.id} ({e.origin})" for e in unique)
            _fail(undeclared[0].origin, f"{lang} form {form!r} names several {etype} entries: {others}; "
                                        f"list it under 'ambiguous' in each if that is deliberate")
