"""Parties the text implies but does not code: the country behind an uncoded name or a bare group noun.

News rarely repeats the country with every actor: "полиция оцепила центр", "власти запретили",
"Верховный суд оправдал Асию Биби" (a person the entity layer could not code), "исламисты
протестуют". Such a party takes the country named inside its own name ("Верховный суд
Пакистана"), else the place the sentence names ("в Пакистане"), else the country the article is
about (`focus_country`). It is marked `source="implied"`, so confidence can discount it.

The collective nouns are data (data/implied_groups.tsv); the focus country is the country with
most coded mentions when it clearly leads (a share of at least `_FOCUS_SHARE`).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib.resources import files

from ..doc import Doc, Token
from ..errors import DataFileError
from .lexicon import LANGS
from .parties import PLACE_PREPS, Party, governing_prep, span_cases, token_cases

_FOCUS_SHARE = 0.4              # the leading country's share of coded mentions
_FOCUS_MIN = 2                  # and at least this many mentions
_FOR = frozenset({"для", "for"})
_IMPLIED_TYPES = frozenset({"ORG", "PER"})      # an implied person is only ever a recipient (stage.py)
# International organisations are never the implied home of a court or a crowd.
_NOT_HOME = frozenset({"EU", "UN", "NATO", "CoE", "OSCE", "IMF", "WTO", "INT"})


@lru_cache(maxsize=1)
def group_nouns() -> dict[tuple[str, str], str]:
    """(lang, lemma) -> sector of the collective nouns that imply an actor (data/implied_groups.tsv)."""
    path = "podiya/events/data/implied_groups.tsv"
    text = files("podiya.events").joinpath("data", "implied_groups.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str], str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 3 or fields[0] not in LANGS or len(fields[2].strip()) != 3:
            raise DataFileError(path, number, f"expected lang<TAB>lemma<TAB>SECTOR with lang in {LANGS}")
        table[(fields[0], fields[1].strip().lower())] = fields[2].strip()
    return table


def focus_country(doc: Doc, adjectives=()) -> str | None:
    """The country the article is about: most coded mentions (a place or a country adjective
    counts twice: "в Пакистане", "пакистанские власти"), when it leads alone."""
    counts: Counter[str] = Counter()
    for entity in doc.entities:
        if entity.country and entity.type in ("LOC", "ORG", "PER"):
            counts[entity.country] += len(entity.mentions) * (2 if entity.type == "LOC" else 1)
    for adjective in adjectives:
        counts[adjective[2]] += 2
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    if top in _NOT_HOME or n < _FOCUS_MIN or n < _FOCUS_SHARE * sum(counts.values()) \
            or len(ranked) > 1 and ranked[1][1] == n:
        return None
    return top


def place_names(doc: Doc) -> dict[str, str]:
    """Lemma of a coded state or city name -> its country, for names inside other names."""
    starts = {t.start: t for t in doc.tokens}
    out: dict[str, str] = {}
    for entity in doc.entities:
        if entity.type != "LOC" or not entity.country or entity.country in _NOT_HOME:
            continue
        for mention in entity.mentions:
            tok = starts.get(mention.start)
            if tok is not None and tok.end >= mention.end:
                out.update({a.lemma: entity.country for a in tok.analyses})
                out[tok.text.lower()] = entity.country
    return out


def sentence_home(parties: list[Party], focus: str | None) -> str | None:
    """The country a sentence happens in: the place it names, else the article's focus country."""
    return _sentence_place([], parties) or focus


def _sentence_place(tokens: list[Token], parties: list[Party]) -> str | None:
    """A coded state or city named as the place of the sentence ("в Пакистане", "в Исламабаде")."""
    for p in parties:
        if p.prep in PLACE_PREPS and p.etype in (None, "LOC") and p.source in ("entity", "metonym") \
                and "loct" in p.cases and p.country not in _NOT_HOME:
            return p.country
    return None


def implied_parties(tokens: list[Token], s_mentions, parties: list[Party], lang: str, focus: str | None,
                    places: dict[str, str]) -> list[Party]:
    """Uncoded names and group nouns of one sentence as parties of an implied country."""
    taken = {i for p in parties for i in range(p.first, p.last + 1)}
    place = _sentence_place(tokens, parties)
    home = place or focus
    starts = {t.start: i for i, t in enumerate(tokens)}
    out: list[Party] = []
    for start, end, entity, mention in s_mentions:
        first = starts.get(start)
        if first is None or first in taken:
            continue
        if entity.type == "LOC" and entity.country and entity.country not in _NOT_HOME:
            # "допомоги для Донбасу": a region that things are given for stands for its people.
            cases = span_cases(tokens[first:first + 1], f"{mention.base} {entity.name}")
            if governing_prep(tokens, first, cases) in _FOR:
                out.append(Party(first, first, entity.country, "CVL", entity.id, entity.name, cases,
                                 governing_prep(tokens, first, cases), "implied", "LOC"))
                taken.add(first)
            continue
        if entity.country or entity.type not in _IMPLIED_TYPES:
            continue
        last = first
        while last + 1 < len(tokens) and tokens[last + 1].end <= end:
            last += 1
        inner = next((places[a.lemma] for t in tokens[first:last + 1] for a in t.analyses if a.lemma in places),
                     None)
        country = inner or home
        if country is None:
            continue
        cases = span_cases(tokens[first:last + 1], f"{mention.base} {entity.name}")
        if mention.text.lower() == (mention.base or "").lower():
            cases = cases | {"nomn"}
        if entity.type == "PER" and "gent" in cases:
            cases = cases | {"accs"}
        out.append(Party(first, last, country, entity.sector, entity.id, entity.name, cases,
                         governing_prep(tokens, first, cases), "implied", entity.type))
        taken.update(range(first, last + 1))
    if home is None:
        return out
    table = group_nouns()
    for i, tok in enumerate(tokens):
        if i in taken or not tok.text[:1].isalpha():
            continue
        sector = next((table[(lang, a.lemma)] for a in tok.analyses
                       if a.pos in ("NOUN", "ADJF", "PRTF") and (lang, a.lemma) in table
                       and (a.pos == "PRTF" or a.lemma[-3:] not in ("ать", "ять", "ить"))), None)
        if sector is None and lang == "en":
            sector = table.get((lang, tok.text.lower()))
        if sector is None:
            continue
        if i > 0 and any(a.pos in ("ADJF", "PRTF") for a in tokens[i - 1].analyses) and i - 1 in taken:
            continue                              # "пакистанская полиция": the adjective party has it
        cases = token_cases(tok)
        out.append(Party(i, i, home, sector, None, tok.text, cases, governing_prep(tokens, i, cases), "implied"))
    return out
