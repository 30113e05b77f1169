"""The trigger lexicon: one validated record per line in data/triggers.<lang>.tsv.

A record says which lemma (or lemma sequence) carries an event, its PLOVER type and mode, where
its arguments stand (role codes, see `ROLE_CODES`) and gives an example sentence that a test runs
through the whole pipeline. Columns (tab-separated, `#` starts a comment line):

    id  type  mode  lemmas  actor  recipient  flags  example

- `lemmas`: alternatives separated by `|`; an alternative of several lemmas joined by `+` is a
  multi-word expression whose parts follow the first in order within a few tokens
  ("визнати+провина", "запровадити+санкція").
- `actor`, `recipient`: comma-separated role codes in order of preference (arguments.py explains
  them: subj obj owner dat gen agent adj patient speaker scene, or PREP+case); `-` for none.
- `flags`: comma-separated: `sym` (actor and recipient may be swapped: meetings, cooperation),
  `rel=0.8` (how often the entry means the event when it fires), `recip` (a recipient is required),
  `solo` (the event may have no recipient: strikes, ceasefires; every other entry needs both sides),
  `home` (the side not named is the home country's people: a police cordon's target, the crowd in
  "столкновения с полицией"), `plur` (the anchor means the event only in the plural: "беспорядки" are
  riots, "беспорядок" is a mess), `tight` (the parts of a phrase stand in one clause: "домовилися не
  поновлювати" is a refusal, "домовилися, що якщо ... не" is not), `near` (the parts stand together,
  one word between at most: "виступив за вступ" is support, "висловився за продовження санкцій
  проти Росії" is no vote against Russia), `affirm` (no event under a negation: "виключає
  можливість" rules it out, "не виключає можливості" leaves it open), `infin` (the anchor is
  followed by an infinitive, one word between at most: "Лондон має заплатити" is an obligation,
  "Лондон має право" is not).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..errors import DataFileError
from ..schema import EventType
from .clauses import is_infinitive
from .words import CLAUSE_BREAKS as _CLAUSE_BREAKS

EVENT_TYPES = frozenset(EventType.__args__)
LANGS = ("uk", "ru", "en")
# Role codes without a preposition; a preposition role is "PREP+case" ("з+ablt", "з боку+gent").
ROLE_CODES = frozenset({"subj", "obj", "owner", "dat", "gen", "agent", "adj", "patient", "speaker", "scene"})
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "any"})
_ROLE = re.compile(r"^[^\W\d_]+( [^\W\d_]+)?\+[a-z]+$")
_FLAG_NAMES = frozenset({"sym", "recip", "solo", "home", "plur", "tight", "near", "affirm", "infin"})


@lru_cache(maxsize=100_000)      # called for every reading of every token (~300k times per 138 documents)
def normalize_lemma(word: str) -> str:
    """Lower case, one apostrophe (’ ʼ ` -> '), ё -> е: how lexicon and text lemmas are compared."""
    return word.strip().lower().replace("’", "'").replace("ʼ", "'").replace("`", "'").replace("ё", "е")


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str
    mode: str | None
    phrases: tuple[tuple[str, ...], ...]     # each a sequence of lemmas; phrase[0] is the anchor
    actor: tuple[str, ...]
    recipient: tuple[str, ...]
    symmetric: bool
    needs_recipient: bool
    solo: bool                               # may be coded with an actor alone (resign, strike)
    reliability: float
    example: str
    where: str                               # file:line, for messages
    home: bool = False                       # no recipient named: the actor's own people
    plural: bool = False                     # the anchor must read as a plural ("беспорядки")
    tight: bool = False                      # all words of the phrase in one clause
    near: bool = False                       # the words of the phrase side by side (one word between at most)
    affirm: bool = False                     # no event when a negation stands right before the phrase
    infinitive: bool = False                 # the anchor governs an infinitive right after it


@dataclass(frozen=True)
class Lexicon:
    lang: str
    entries: tuple[Trigger, ...]
    by_anchor: dict[str, tuple[tuple[Trigger, tuple[str, ...]], ...]]   # anchor lemma -> (entry, phrase)

    def candidates(self, lemma: str) -> tuple[tuple[Trigger, tuple[str, ...]], ...]:
        return self.by_anchor.get(lemma, ())


def _roles(value: str, path: str, line: int) -> tuple[str, ...]:
    if value == "-":
        return ()
    out = []
    for code in (c.strip() for c in value.split(",")):
        if code in ROLE_CODES:
            out.append(code)
        elif _ROLE.match(code) and code.rsplit("+", 1)[1] in CASES:
            out.append(code)
        else:
            raise DataFileError(path, line, f"unknown role code {code!r}; use one of {sorted(ROLE_CODES)} "
                                            f"or PREP+case with a case in {sorted(CASES)}")
    return tuple(out)


def _record(fields: list[str], path: str, line: int) -> Trigger:
    if len(fields) != 8:
        raise DataFileError(path, line, f"expected 8 tab-separated columns "
                                        f"(id type mode lemmas actor recipient flags example), got {len(fields)}")
    rid, etype, mode, lemmas, actor, recipient, flags, example = (f.strip() for f in fields)
    if etype not in EVENT_TYPES:
        raise DataFileError(path, line, f"type {etype!r} is not one of the 16 PLOVER types")
    phrases = tuple(tuple(normalize_lemma(w) for w in p.strip().split("+")) for p in lemmas.split("|") if p.strip())
    if not phrases or any(not all(phrase) or any(" " in w for w in phrase) for phrase in phrases):
        raise DataFileError(path, line, f"bad lemmas {lemmas!r}: alternatives split by '|', words of one by '+' "
                                        "(one lemma per word, no spaces)")
    reliability, symmetric, needs_recipient, solo, home, plural, tight, near, affirm, infinitive = 0.85, *[False] * 9
    for flag in (f.strip() for f in flags.split(",") if f.strip() and f.strip() != "-"):
        if flag.startswith("rel="):
            try:
                reliability = float(flag[4:])
            except ValueError:
                raise DataFileError(path, line, f"rel= needs a number, got {flag!r}") from None
            if not 0 < reliability <= 1:
                raise DataFileError(path, line, f"rel= must be in (0, 1], got {reliability}")
        elif flag in _FLAG_NAMES:
            symmetric |= flag == "sym"
            needs_recipient |= flag == "recip"
            solo |= flag == "solo"
            home |= flag == "home"
            plural |= flag == "plur"
            tight |= flag == "tight"
            near |= flag == "near"
            affirm |= flag == "affirm"
            infinitive |= flag == "infin"
        else:
            raise DataFileError(path, line, f"unknown flag {flag!r}; known: sym, recip, solo, home, plur, tight, "
                                            "near, affirm, infin, rel=N")
    if not example:
        raise DataFileError(path, line, "every entry needs an example sentence")
    return Trigger(id=rid, type=etype, mode=None if mode in ("", "-") else mode, phrases=phrases,
                   actor=_roles(actor, path, line), recipient=_roles(recipient, path, line),
                   symmetric=symmetric, needs_recipient=needs_recipient, solo=solo, home=home,
                   plural=plural, tight=tight, near=near, affirm=affirm, infinitive=infinitive,
                   reliability=reliability,
                   example=example, where=f"{path}:{line}")




def form_fits(tokens, anchor: int, end: int, entry: Trigger) -> bool:
    """The words matched at token positions [anchor, end] have the form `entry` asks for: a plural
    anchor for `plur` entries ("беспорядок" is a mess, "беспорядки" a riot), one clause for
    `tight` phrases ("домовилися не поновлювати", not "домовилися, що якщо ... не"), side by side for
    `near` ones ("виступив проти", not "висловився за продовження санкцій проти"); a phrase opened
    by an active participle describes a person, it tells no act ("вынесший приговор судья"). A match that
    does not fit should yield to the next candidate of the same word."""
    anchors = {phrase[0] for phrase in entry.phrases}
    readings = [a for a in tokens[anchor].analyses if normalize_lemma(a.lemma) in anchors]
    if entry.plural and not any(a.number == "plur" for a in readings):
        return False
    if end > anchor and readings and all(a.pos == "PRTF" and "pssv" not in a.tags for a in readings):
        return False                          # "Вынесший оправдательный приговор судья": a person described
    if entry.affirm and anchor > 0 and normalize_lemma(tokens[anchor - 1].text) in cue_words("negations"):
        return False                          # "не виключає можливості": nothing is ruled out
    if entry.near and end - anchor > max(len(phrase) for phrase in entry.phrases):
        return False                          # "висловився за продовження санкцій проти": "за" and "проти" apart
    if entry.infinitive and not _infinitive_after(tokens, end):
        return False                          # "Лондон має право", "має намір досягти": no obligation
    return not (entry.tight and any(t.text in _CLAUSE_BREAKS for t in tokens[anchor:end + 1]))


def _infinitive_after(tokens, end: int) -> bool:
    """An infinitive right after position `end`, or after one adverb or particle ("має негайно піти")."""
    nxt = tokens[end + 1:end + 3]
    if nxt and is_infinitive(nxt[0]):
        return True
    return len(nxt) == 2 and any(a.pos in ("ADVB", "PRCL") for a in nxt[0].analyses) and is_infinitive(nxt[1])


@lru_cache(maxsize=len(LANGS))
def load_lexicon(lang: str) -> Lexicon:
    """The trigger lexicon of `lang`, validated; errors cite file and line."""
    if lang not in LANGS:
        raise ValueError(f"no trigger lexicon for {lang!r}; podiya has {', '.join(LANGS)}")
    name = f"triggers.{lang}.tsv"
    resource = files("podiya.events").joinpath("data", name)
    path = f"podiya/events/data/{name}"
    entries: list[Trigger] = []
    seen: set[str] = set()
    for number, raw in enumerate(resource.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        entry = _record(raw.split("\t"), path, number)
        if entry.id in seen:
            raise DataFileError(path, number, f"duplicate id {entry.id!r}")
        seen.add(entry.id)
        entries.append(entry)
    index: dict[str, list[tuple[Trigger, tuple[str, ...]]]] = {}
    for entry in entries:
        for phrase in entry.phrases:
            index.setdefault(phrase[0], []).append((entry, phrase))
    # Longer phrases first, so "визнати+провина" wins over plain "визнати".
    return Lexicon(lang=lang, entries=tuple(entries),
                   by_anchor={k: tuple(sorted(v, key=lambda ep: -len(ep[1]))) for k, v in index.items()})


@lru_cache(maxsize=len(LANGS))
def support_verbs(lang: str) -> frozenset[str]:
    """Light verbs of `lang` (data/support_verbs.tsv) that lend their subject to a verbal noun."""
    path = "podiya/events/data/support_verbs.tsv"
    out = set()
    text = files("podiya.events").joinpath("data", "support_verbs.tsv").read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 2 or fields[0] not in LANGS:
            raise DataFileError(path, number, f"expected lang<TAB>lemma with lang in {LANGS}")
        if fields[0] == lang:
            out.add(normalize_lemma(fields[1]))
    return frozenset(out)


@lru_cache(maxsize=1)
def _cue_table() -> dict[str, frozenset[str]]:
    import tomllib

    path = "events/data/cues.toml"
    try:
        data = tomllib.loads(files("podiya.events").joinpath("data", "cues.toml").read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, None, str(exc)) from None
    table = {}
    for name, words in data.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            raise DataFileError(path, None, f"{name!r} must be a list of non-empty words")
        table[name] = frozenset(words)
    return table


def cue_words(name: str) -> frozenset[str]:
    """The cue words `name` of events/data/cues.toml (lemmas of uk, ru and en together)."""
    table = _cue_table()
    if name not in table:
        raise KeyError(f"no cue list {name!r} in events/data/cues.toml; it has {', '.join(sorted(table))}")
    return table[name]
