"""The knowledge base: states, places, organisations, people with tenures, offices, products,
named events and metonyms, read from the JSON Lines files in `data/` by one cached loader.

    kb = load_kb()
    kb.lookup("РФ")                          -> [Entry Q159 Russia]
    kb.office_holder("RUS.head_of_state", "1999-06-01") -> Entry Boris Yeltsin
    kb.match_office(["правитель", "росія"], "uk")      -> "RUS.head_of_state"
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..errors import DataFileError
from . import validate
from .normalize import normalize
from .lemmas import LemmaIndex
from .offices import OfficeMatcher
from .records import ALIAS_LANGS, Entry, Office, Role, parse_entry, parse_office, parse_role

ENTRY_FILES = ("states.jsonl", "territories.jsonl", "places.jsonl", "organisations.jsonl",
               "people.jsonl", "products.jsonl", "events.jsonl", "metonyms.jsonl")
OFFICE_FILE = "offices.jsonl"
ROLE_FILE = "roles.jsonl"

# Inflection endings of uk/ru adjectives and demonyms, longest first, so that an inflected
# adjective ("азербайджанського", "российскими") finds the stem of its masculine lemma.
_ADJ_ENDINGS = sorted({
    "ий", "ій", "ого", "ому", "им", "ім", "их", "іх", "ими", "іми", "а", "я", "у", "ю", "ою", "ої",
    "е", "є", "і", "ї", "ьому", "ього", "ьої", "ьою", "ьої",
    "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "его", "ему", "ым", "ых", "ыми", "ую", "юю",
    "ей", "ью", "ого",
}, key=len, reverse=True)


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def first_day(date: str) -> str:
    """YYYY-MM-DD of a date given as YYYY, YYYY-MM or YYYY-MM-DD (a month or year from its first day)."""
    if not isinstance(date, str) or not _DATE.match(date):
        raise ValueError(f"date {date!r} is not YYYY-MM-DD, YYYY-MM or YYYY")
    return date + {4: "-01-01", 7: "-01"}.get(len(date), "")


# The same endings by length, longest first: a word has one ending of each length, so one set
# look-up per length finds what trying every ending in `_ADJ_ENDINGS` order finds.
_ADJ_ENDINGS_BY_LENGTH = tuple((n, frozenset(e for e in _ADJ_ENDINGS if len(e) == n))
                               for n in sorted({len(e) for e in _ADJ_ENDINGS}, reverse=True))


# A word of Cyrillic letters other than ё (or of ASCII letters) has nothing for `normalize` to
# map but its letter case: most words of a text, looked up once each.
_PLAIN_WORD = re.compile(r"[\u0400\u0402-\u0450\u0452-\u04ff]+|[A-Za-z]+")


@lru_cache(maxsize=200_000)
def _key(form: str) -> str:
    """`normalize(form)`, once per form: the KB compares the same words of every document again."""
    if _PLAIN_WORD.fullmatch(form):
        return form.lower()
    return normalize(form)


@lru_cache(maxsize=200_000)
def adjective_stem(word: str) -> str:
    key = _key(word)
    for n, endings in _ADJ_ENDINGS_BY_LENGTH:
        if len(key) - n >= 4 and key[-n:] in endings:
            return key[:-n]
    return key


class KnowledgeBase:
    def __init__(self, entries: list[Entry], offices: dict[str, Office], roles: dict[str, Role]):
        self.entries = {e.id: e for e in entries}
        self.offices = offices
        self.roles = roles
        self._forms: dict[str, list[tuple[str, str]]] = defaultdict(list)   # form -> [(lang, id)]
        self._adjectives: dict[str, str] = {}      # normalized lemma or stem -> entry id
        self._adjective_stems: dict[str, str] = {}
        self._holders: dict[str, list[tuple[str, str | None, str]]] = defaultdict(list)
        for e in entries:
            for lang in ALIAS_LANGS:
                for form in (([e.names[lang]] if lang in e.names else []) + list(e.aliases.get(lang, ()))):
                    key = normalize(form)
                    if (lang, e.id) not in self._forms[key]:
                        self._forms[key].append((lang, e.id))
            for table in (e.adjectives, e.demonyms):
                for forms in table.values():
                    for form in forms:
                        self._adjectives.setdefault(normalize(form), e.id)
                        self._adjective_stems.setdefault(adjective_stem(form), e.id)
            for t in e.tenures:
                self._holders[t.office].append((t.start, t.end, e.id))
        # First three letters of every adjective key and stem: a word whose key starts otherwise
        # cannot match either (a stem is its key's prefix of four letters or more), and most words
        # of a text are ruled out by this one set lookup.
        self._adjective_openings = frozenset(k[:3] for k in (*self._adjectives, *self._adjective_stems))
        self._lemma_indexes: dict[str, LemmaIndex] = {}
        self._matcher = OfficeMatcher(self)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def lookup(self, form: str, lang: str | None = None) -> list[Entry]:
        """Entries with this exact name or alias (normalized); of `lang` (and "any") when given.

        A name in Latin letters inside a uk or ru text ("NATO", "Reuters") is written as in
        English, so for it `lang` also admits the English names.
        """
        hits = self._forms.get(_key(form), ())
        if not hits:                 # most words name nothing
            return []
        langs = {lang, "any"}
        if lang in ("uk", "ru") and not _CYRILLIC.search(form):
            langs.add("en")
        ids = [eid for code, eid in hits if lang is None or code in langs]
        return [self.entries[eid] for eid in dict.fromkeys(ids)]

    def lookup_lemmas(self, lemmas: list[str] | list[set[str]], lang: str) -> list[Entry]:
        """Entries a mention names, given its words' lemmas: ["сполучений", "штат"] -> [USA].

        An item may also be the set of lemmas of all readings of a word ({"південне",
        "південний"}), which is safer than the first reading. Exact `lookup` of the joined lemmas
        first; else each name of `lang` is compared word by word through the lemmas the
        morphology gives it (that index is built on first use, under a second).
        """
        if all(isinstance(item, str) for item in lemmas):
            exact = self.lookup(" ".join(lemmas), lang)
            if exact:
                return exact
        if lang not in self._lemma_indexes:
            self._lemma_indexes[lang] = LemmaIndex(self, lang)
        return [self.entries[eid] for eid in self._lemma_indexes[lang].find(lemmas)]

    def lookup_tokens(self, tokens, lang: str) -> list[Entry]:
        """Entries that a span of `doc.Token`s names, through every reading of every token."""
        return self.lookup_lemmas([{t.text, *(a.lemma for a in t.analyses)} for t in tokens], lang)

    def alias_index(self) -> dict[str, tuple[str, ...]]:
        """Normalized name/alias -> ids of the entries it names (all languages)."""
        return _alias_index(self)

    def adjective_entry(self, word: str) -> Entry | None:
        """The entry a country adjective or demonym points to: "азербайджанського" -> Azerbaijan."""
        key = _key(word)
        if key[:3] not in self._adjective_openings:
            return None
        eid = self._adjectives.get(key) or self._adjective_stems.get(adjective_stem(key))
        return self.entries[eid] if eid else None

    def country_adjective(self, lemma: str) -> str | None:
        """"азербайджанський"/"азербайджанский"/"Azerbaijani"/"росіяни" -> the country code."""
        entry = self.adjective_entry(lemma)
        return entry.country if entry else None

    def metonym(self, form_or_lemma: str) -> tuple[str, str] | None:
        """(country, sector) a place or building name stands for when it acts: "Кремль" -> (RUS, GOV)."""
        found = [e for e in self.lookup(form_or_lemma) if e.metonym]
        found.sort(key=lambda e: e.kind != "metonym")     # Кремль-the-institution before a city
        return found[0].metonym if found else None

    def holders(self, office_id: str) -> list[tuple[str, str | None, Entry]]:
        """(start, end, person) of every known holder of the office, in order."""
        return [(s, e, self.entries[i]) for s, e, i in sorted(self._holders.get(office_id, ()))]

    def office_holder(self, office_id: str, date: str) -> Entry | None:
        """Who held the office on `date` (YYYY-MM-DD; a YYYY-MM or YYYY date means its first day)."""
        if office_id not in self.offices:
            raise KeyError(f"unknown office {office_id!r}; offices look like 'RUS.head_of_state'")
        day = first_day(date)
        for start, end, eid in self._holders.get(office_id, ()):
            if start <= day and (end is None or day < end):
                return self.entries[eid]
        return None

    @staticmethod
    def by_date(entries: list[Entry], date: str | None) -> Entry | None:
        """Of entries sharing a name ("Алієв"), the one in office on `date`; the only one; or None.

        In office means holding any tenure that covers the date; when several namesakes are in
        office on it, the name stays ambiguous (None): a wrong link is worse than none.
        """
        if len(entries) == 1:
            return entries[0]
        if not entries or not date:
            return None
        day = first_day(date)
        in_office = [e for e in entries if any(t.covers(day) for t in e.tenures)]
        return in_office[0] if len(in_office) == 1 else None

    def match_office(self, lemmas: list[str], lang: str, country: str | None = None) -> str | None:
        """The office an office phrase names: ["президент", "рф"] -> "RUS.head_of_state".

        `country` is used when the phrase names no country ("президент" in a text about Russia).
        """
        return self._matcher.match(lemmas, lang, country)


@lru_cache(maxsize=4)
def _alias_index(kb: KnowledgeBase) -> dict[str, tuple[str, ...]]:
    return {form: tuple(dict.fromkeys(eid for _lang, eid in hits)) for form, hits in kb._forms.items()}


def _read_jsonl(path: Path, parse):
    records = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise DataFileError(path.name, number, f"not valid JSON: {err.msg} at column {err.colno}")
            records.append(parse(obj, where))
    return records


def data_dir() -> Path:
    return Path(str(files("podiya.knowledge").joinpath("data")))


def load_kb(directory: str | Path | None = None) -> KnowledgeBase:
    """Read and validate every data file (packaged data unless `directory` is given); cached."""
    return _load(str(directory) if directory else "")


@lru_cache(maxsize=4)
def _load(directory: str) -> KnowledgeBase:
    root = Path(directory) if directory else data_dir()
    entries: list[Entry] = []
    for name in ENTRY_FILES:
        if (root / name).exists():
            entries.extend(_read_jsonl(root / name, parse_entry))
    offices = {}
    if (root / OFFICE_FILE).exists():
        for office in _read_jsonl(root / OFFICE_FILE, parse_office):
            if office.id in offices:
                raise DataFileError(OFFICE_FILE, int(office.origin.rpartition(":")[2]),
                                    f"duplicate office {office.id!r}")
            offices[office.id] = office
    roles = {}
    if (root / ROLE_FILE).exists():
        roles = {r.id: r for r in _read_jsonl(root / ROLE_FILE, parse_role)}
    validate.check(entries, offices, roles)
    return KnowledgeBase(entries, offices, roles)


load_kb.cache_clear = _load.cache_clear      # tests reload after editing data files
