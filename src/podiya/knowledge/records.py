"""The records of the knowledge base and how one JSON line becomes one record.

Every parser takes the decoded JSON object and `where` ("people.jsonl:12") and raises
`DataFileError` naming that place when a field is missing or malformed. Checks that need the
whole base (known country codes, offices, overlapping tenures, alias clashes) live in
`validate.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import DataFileError

LANGS = ("uk", "ru", "en")
# Aliases under "any" are written the same in every language ("HIMARS", "F-16", "SOCAR").
ALIAS_LANGS = LANGS + ("any",)
TYPES = frozenset({"PER", "ORG", "LOC", "EVT", "PRO"})
SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "REB", "PRM", "UAF", "BUS",
                     "MED", "JRN", "CVL", "LAB", "REL", "EDU", "NGO", "IGO", "UNK"})
# International organisations that output-format.md allows as an actor's `country`.
IO_CODES = frozenset({"EU", "NATO", "UN", "OSCE", "ICAO", "IMF", "WTO", "CIS", "CSTO", "SCO", "EAEU",
                      "G7", "G20", "OPEC", "IAEA", "WHO", "ICC", "PACE", "CoE"})
KINDS = frozenset({
    # places
    "state", "territory", "occupied", "capital", "city", "region", "sea", "strait", "gulf", "river",
    "lake", "island", "peninsula", "mountain", "continent",
    # people and organisations
    "person", "io", "io_body", "government", "parliament", "ministry", "agency", "military", "court",
    "party", "company", "media", "ngo", "alliance", "armed_group",
    # things and events
    "weapon", "aircraft", "pipeline", "vaccine", "treaty", "document", "product", "project",
    "event", "war", "election", "disaster", "metonym",
})
_QID = re.compile(r"^Q[1-9][0-9]*$")
_LOCAL_ID = re.compile(r"^pd:(per|org|loc|evt|pro):[a-z0-9][a-z0-9-]*$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")
_OFFICE = re.compile(r"^([A-Z]{3}|[A-Za-z0-9]{2,4})\.[a-z_]+$")


@dataclass(frozen=True, slots=True)
class Tenure:
    office: str                   # "RUS.head_of_state"
    start: str                    # YYYY-MM-DD, first day in office
    end: str | None = None        # YYYY-MM-DD, the successor's first day; None = still in office

    def covers(self, day: str) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, eq=False)
class Entry:
    """One real-world entity. Equal (and hashed) by id."""

    id: str                                   # Wikidata QID, or "pd:<type>:<slug>"
    type: str                                 # PER ORG LOC EVT PRO
    kind: str                                 # state capital person io company weapon metonym ...
    names: dict[str, str]                     # lang -> canonical base form (nominative)
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)    # lang|"any" -> forms
    country: str | None = None                # ISO 3166-1 alpha-3 or an IO code
    sector: str | None = None                 # PLOVER sector
    tenures: tuple[Tenure, ...] = ()
    metonym: tuple[str, str] | None = None    # (country, sector) the name stands for when it acts
    adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)  # masculine lemmas
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ambiguous: tuple[str, ...] = ()           # aliases deliberately shared with another entry
    example: str | None = None
    origin: str = ""                          # "people.jsonl:12", for messages

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entry) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)

    def __repr__(self) -> str:
        return f"Entry({self.id} {self.type}/{self.kind} {self.name()!r} {self.country or '-'} {self.sector or '-'})"

    def name(self, lang: str | None = None) -> str:
        """The canonical name in `lang`, else in English, Ukrainian, Russian."""
        for code in (lang, "en", "uk", "ru"):
            if code and code in self.names:
                return self.names[code]
        return self.id

    def forms(self, lang: str | None = None) -> tuple[str, ...]:
        """Every name and alias (of `lang` and "any" when given, else of all languages)."""
        langs = (lang, "any") if lang else ALIAS_LANGS
        out: list[str] = []
        for code in langs:
            if code in self.names:
                out.append(self.names[code])
            out.extend(self.aliases.get(code, ()))
        return tuple(out)

    def holds(self, office: str, day: str) -> bool:
        return any(t.office == office and t.covers(day) for t in self.tenures)


@dataclass(frozen=True, slots=True)
class Office:
    """A post that one person holds at a time: "RUS.head_of_state"."""

    id: str
    country: str
    role: str                                  # head_of_state head_of_government foreign_minister ...
    sector: str = "GOV"
    leader: bool = False                       # "правитель/лідер/глава" + country means this office
    generic: bool = True                       # the role's generic phrases apply ("президент" + country)
    roles: tuple[str, ...] = ()                # other roles that name this office: "monarch", "chancellor"
    titles: dict[str, tuple[str, ...]] = field(default_factory=dict)   # whole phrases: "Держсекретар США"
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Role:
    """Generic phrases of a role in each language: "міністр закордонних справ", "глава МЗС"."""

    id: str                                    # head_of_state, leader, foreign_minister ...
    phrases: dict[str, tuple[str, ...]]
    origin: str = ""


def _fail(where: str, reason: str):
    path, _, line = where.rpartition(":")
    raise DataFileError(path or where, int(line) if line.isdigit() else None, reason)


def _str(obj: dict, key: str, where: str, required: bool = False) -> str | None:
    value = obj.get(key)
    if value is None:
        if required:
            _fail(where, f"missing field {key!r}")
        return None
    if not isinstance(value, str) or not value.strip():
        _fail(where, f"field {key!r} must be a non-empty string, got {value!r}")
    return value


def _lang_map(obj: dict, key: str, where: str, langs=ALIAS_LANGS) -> dict[str, tuple[str, ...]]:
    raw = obj.get(key) or {}
    if not isinstance(raw, dict):
        _fail(where, f"field {key!r} must map a language to a list of strings")
    out = {}
    for lang, forms in raw.items():
        if lang not in langs:
            _fail(where, f"field {key!r}: unknown language {lang!r} (known: {', '.join(langs)})")
        if isinstance(forms, str):
            forms = [forms]
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            _fail(where, f"field {key!r}[{lang!r}] must be a list of non-empty strings")
        out[lang] = tuple(forms)
    return out


def check_day(value: Any, where: str, what: str) -> str:
    if not isinstance(value, str):
        _fail(where, f"{what} must be a date YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        _fail(where, f"{what} must be a date YYYY-MM-DD, got {value!r}")
    if len(value) != 10:
        _fail(where, f"{what} must be a date YYYY-MM-DD, got {value!r}")
    return value


def _tenures(obj: dict, where: str) -> tuple[Tenure, ...]:
    out = []
    for item in obj.get("tenures") or ():
        if not isinstance(item, dict) or "office" not in item or "start" not in item:
            _fail(where, f"a tenure needs 'office' and 'start', got {item!r}")
        office = item["office"]
        if not isinstance(office, str) or not _OFFICE.match(office):
            _fail(where, f"tenure office {office!r} is not like 'RUS.head_of_state'")
        start = check_day(item["start"], where, "tenure start")
        end = item.get("end")
        if end is not None:
            check_day(end, where, "tenure end")
            if end <= start:
                _fail(where, f"tenure of {office} ends ({end}) before it starts ({start})")
        out.append(Tenure(office, start, end))
    return tuple(out)


def parse_entry(obj: Any, where: str) -> Entry:
    if not isinstance(obj, dict):
        _fail(where, "each line must be a JSON object")
    known = {"id", "type", "kind", "names", "aliases", "country", "sector", "tenures", "metonym",
             "adjectives", "demonyms", "ambiguous", "example", "note"}
    unknown = set(obj) - known
    if unknown:
        _fail(where, f"unknown field(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
    entry_id = _str(obj, "id", where, required=True)
    if not (_QID.match(entry_id) or _LOCAL_ID.match(entry_id)):
        _fail(where, f"id {entry_id!r} is neither a Wikidata QID (Q159) nor 'pd:<type>:<latin-slug>'")
    etype = _str(obj, "type", where, required=True)
    if etype not in TYPES:
        _fail(where, f"type {etype!r} is not one of {', '.join(sorted(TYPES))}")
    if entry_id.startswith("pd:") and entry_id.split(":")[1] != etype.lower():
        _fail(where, f"local id {entry_id!r} does not carry its type {etype!r}")
    kind = _str(obj, "kind", where, required=True)
    if kind not in KINDS:
        _fail(where, f"kind {kind!r} is unknown; known: {', '.join(sorted(KINDS))}")
    names_raw = obj.get("names")
    if not isinstance(names_raw, dict) or not names_raw:
        _fail(where, "field 'names' must map at least one of uk/ru/en to a name")
    for lang, name in names_raw.items():
        if lang not in LANGS or not isinstance(name, str) or not name.strip():
            _fail(where, f"names[{lang!r}] must be a non-empty string in one of {', '.join(LANGS)}")
    country = _str(obj, "country", where)
    sector = _str(obj, "sector", where)
    if sector is not None and sector not in SECTORS:
        _fail(where, f"sector {sector!r} is not a PLOVER sector ({', '.join(sorted(SECTORS))})")
    metonym = obj.get("metonym")
    if metonym is not None:
        if (not isinstance(metonym, list) or len(metonym) != 2
                or not all(isinstance(m, str) for m in metonym) or metonym[1] not in SECTORS):
            _fail(where, f"metonym must be [country, sector], got {metonym!r}")
        metonym = (metonym[0], metonym[1])
    ambiguous = obj.get("ambiguous") or []
    if not isinstance(ambiguous, list) or not all(isinstance(a, str) for a in ambiguous):
        _fail(where, "field 'ambiguous' must be a list of aliases")
    return Entry(
        id=entry_id, type=etype, kind=kind, names=dict(names_raw),
        aliases=_lang_map(obj, "aliases", where), country=country, sector=sector,
        tenures=_tenures(obj, where), metonym=metonym,
        adjectives=_lang_map(obj, "adjectives", where, LANGS),
        demonyms=_lang_map(obj, "demonyms", where, LANGS),
        ambiguous=tuple(ambiguous), example=_str(obj, "example", where), origin=where,
    )


def parse_office(obj: Any, where: str) -> Office:
    if not isinstance(obj, dict):
        _fail(where, "each line must be a JSON object")
    office_id = _str(obj, "id", where, required=True)
    if not _OFFICE.match(office_id):
        _fail(where, f"office id {office_id!r} is not like 'RUS.head_of_state'")
    country, _, role = office_id.partition(".")
    sector = obj.get("sector", "GOV")
    if sector not in SECTORS:
        _fail(where, f"sector {sector!r} is not a PLOVER sector")
    return Office(id=office_id, country=country, role=role, sector=sector,
                  leader=bool(obj.get("leader", False)), generic=bool(obj.get("generic", True)),
                  roles=tuple(obj.get("roles") or ()),
                  titles=_lang_map(obj, "titles", where), origin=where)


def parse_role(obj: Any, where: str) -> Role:
    if not isinstance(obj, dict):
        _fail(where, "each line must be a JSON object")
    role_id = _str(obj, "id", where, required=True)
    return Role(id=role_id, phrases=_lang_map(obj, "phrases", where), origin=where)
