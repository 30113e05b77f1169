"""Actor codes (country, sector) of entities, office phrases resolved by date, country adjectives.

* A KB entry gives the codes: organisations their own, people the office they hold at the
  article's date ("Путін" in 2025 -> RUS GOV), states GOV when they act as a state.
* Metonymy: a capital or building that acts ("Москва змушена", "визнання Москвою") is coded as
  the government it stands for; as the place of an event ("у Москві") it keeps only its country.
* Office phrases ("правитель Росії", "президента РФ") become mentions of the office holder at the
  article's date (1999 -> Yeltsin, 2025 -> Putin).
* Country adjectives ("азербайджанського") are not entities; they go to
  doc.extras["country_adjectives"] as (start, end, country) for the events layer.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from ..doc import Token
from ..language.morphology import analyze
from .gazetteer import knowledge_base, lemma_options, split_words

# Prepositions after which a place name is a place, not an actor (з/із/с: only with the genitive).
_PLACE_PREPS = frozenset({
    "в", "у", "на", "до", "під", "над", "біля", "поблизу", "через", "по", "від", "поза", "довкола",
    "во", "к", "около", "из", "от", "под", "возле", "вокруг", "in", "at", "near", "to", "into", "from",
})
_FROM_PREPS = frozenset({"з", "із", "зі", "с", "со"})
_STATE_KINDS = frozenset({"state", "territory", "occupied"})
_MAX_OFFICE_WORDS = 6


def acts(tokens: Sequence[Token], index: int) -> bool:
    """Whether the mention starting at token `index` reads as an actor rather than a location."""
    if index == 0 or tokens[index - 1].sent != tokens[index].sent:
        return True
    prev = tokens[index - 1].text.lower()
    if prev in _PLACE_PREPS:
        return False
    if prev in _FROM_PREPS:
        return not any(a.case == "gent" for a in tokens[index].analyses)
    return True


def code_entity(entry, etype: str, acting: bool, date: str | None,
                context: Mapping[str, int] | None = None) -> tuple[str | None, str | None]:
    """(country, sector) of an entity with KB `entry` (None: unknown to the KB).

    The codes come from the entry whatever type the tagger gave the mention: a company typed
    PRO is still its state's BUS. `context` (country or IO code -> how many mentions of the
    document name it) decides the office of a person when the article has no date.
    """
    if entry is None:
        return None, None
    kb = knowledge_base()
    if entry.tenures and date:
        for tenure in entry.tenures:
            if tenure.covers(date):
                office = kb.offices.get(tenure.office)
                if office is not None:
                    return office.country, office.sector
    elif entry.tenures:
        return undated_codes(entry, context)
    if entry.kind in _STATE_KINDS:
        return entry.country, "GOV" if acting else None
    if entry.metonym and etype == "LOC" and entry.kind != "metonym":
        return (entry.metonym if acting else (entry.country, None))
    if entry.metonym:
        return entry.metonym
    return entry.country, entry.sector


# Tenures still open are counted up to this day when tenures are compared by length (fixed, so
# that a document's codes do not change with the day it is processed).
_OPEN_TENURE_UNTIL = "2026-01-01"


def undated_codes(entry, context: Mapping[str, int] | None = None) -> tuple[str | None, str | None]:
    """(country, sector) of a person with tenures in a document without a date.

    The candidates are each office the person held and the entry's own codes (what the person
    is outside those offices). The one whose country the document names most wins (Tusk in an
    article about the EU summit: EU; in one about Polish politics: POL); without such evidence,
    the office held longest in total, the later one on a tie (Timmermans: First Vice-President
    of the Commission, 2014-2023, EU IGO), as that is how the news most often presented the person.
    """
    kb = knowledge_base()
    years: dict[tuple[str, str], float] = {}
    latest: dict[tuple[str, str], str] = {}
    for tenure in entry.tenures:
        office = kb.offices.get(tenure.office)
        if office is None:
            continue
        codes = (office.country, office.sector)
        years[codes] = years.get(codes, 0.0) + _years(tenure.start, tenure.end or _OPEN_TENURE_UNTIL)
        latest[codes] = max(latest.get(codes, ""), tenure.start)
    if not years:
        return entry.country, entry.sector
    own = (entry.country, entry.sector)
    candidates = list(years)
    if own not in years and entry.country:
        candidates.append(own)
    counts = context or {}
    best = max(candidates, key=lambda c: (counts.get(c[0] or "", 0), years.get(c, -1.0), latest.get(c, "")))
    return best


def _years(start: str, end: str) -> float:
    from datetime import date

    return max(0.0, (date.fromisoformat(end) - date.fromisoformat(start)).days / 365.25)


@lru_cache(maxsize=8)
def _role_words(lang: str) -> frozenset[str]:
    kb = knowledge_base()
    words = set()
    for role in kb.roles.values():
        for phrase in role.phrases.get(lang, ()):
            for w in split_words(phrase)[:1]:
                words |= lemma_options(w, lang)
    for office in kb.offices.values():
        for code in (lang, "any"):
            for title in office.titles.get(code, ()):
                for w in split_words(title)[:1]:
                    words |= lemma_options(w, lang)
    return frozenset(words)


# How many words a title may stand before the name it introduces ("патриарх Московский и всея
# Руси Кирилл"); punctuation in between ends its reach.
_TITLE_REACH = 6
_TITLE_BREAKS = frozenset(".,;:!?()\"«»—–")


def titled_starts(tokens: Sequence[Token], lang: str) -> set[int]:
    """Starts of the words a role or title word introduces: right after it or a few words on in
    its sentence, with no punctuation between ("президент [Павел]", "патриарх Московский и всея
    Руси [Кирилл]"); a name there may be the one name the KB knows that office holder by."""
    out = set()
    for i, tok in enumerate(tokens):
        readings, introduces = _introduces(tok.text, lang)
        if tok.analyses is not readings:    # not the morphology stage's own readings: decided here
            introduces = _is_role(tok.text, lang) or any(a.lemma.lower() in _titles(lang) for a in tok.analyses)
        if not introduces:
            continue
        for nxt in tokens[i + 1:i + 1 + _TITLE_REACH]:
            if nxt.sent != tok.sent or nxt.text in _TITLE_BREAKS:
                break
            out.add(nxt.start)
    return out


@lru_cache(maxsize=8)
def _titles(lang: str) -> frozenset[str]:
    from .consistency import title_nouns

    return frozenset(lemma for code, lemma in title_nouns() if code == lang)


def _is_role(word: str, lang: str) -> bool:
    roles = _role_words(lang) if lang in ("uk", "ru", "en") else frozenset()
    return not lemma_options(word, lang).isdisjoint(roles)


@lru_cache(maxsize=100_000)
def _introduces(word: str, lang: str) -> tuple[tuple, bool]:
    """(`analyze(word, lang)`, whether with those readings `word` is a role or title word of
    `titled_starts`): decided once per word."""
    readings = analyze(word, lang)
    titles = _titles(lang)
    return readings, _is_role(word, lang) or any(a.lemma.lower() in titles for a in readings)


def past_office_day(person, holder, date: str | None) -> str | None:
    """The first day of the latest office `person` held, before `date`, in the country of the
    office `holder` holds at `date` (a title before a former leader's name: "главе Пакистана
    Мамнуну Хусейну" in 2019 -> 2013-09-09); None when the person held none there."""
    if person is None or holder is None or not date or not person.tenures:
        return None
    kb = knowledge_base()
    countries = {kb.offices[t.office].country for t in holder.tenures
                 if t.covers(date) and t.office in kb.offices}
    starts = [t.start for t in person.tenures
              if t.office in kb.offices and kb.offices[t.office].country in countries and t.start <= date]
    return max(starts) if starts else None


def office_mentions(tokens: Sequence[Token], lang: str, date: str | None,
                    country: str | None = None) -> list[tuple[int, int, object]]:
    """(start, end, person entry) of office phrases whose holder at `date` the KB knows."""
    if not date or lang not in ("uk", "ru", "en"):
        return []
    kb = knowledge_base()
    roles = _role_words(lang)
    out = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if roles.isdisjoint(lemma_options(tok.text, lang)):
            i += 1
            continue
        found = None
        # Longest phrase first: "президент РФ", "глава МЗС Росії", an adjective before the role.
        for first in (i - 1, i):
            if first < 0 or tokens[first].sent != tok.sent:
                continue
            for last in range(min(len(tokens) - 1, first + _MAX_OFFICE_WORDS), first, -1):
                # A phrase ends on a word naming a country ("Росії", "РФ", "Кремля", "США"), or on
                # the role itself after a country adjective ("російський президент").
                if tokens[last].sent != tok.sent or (last > i and not tokens[last].text[:1].isupper()):
                    continue
                words = [t.text for t in tokens[first:last + 1] if any(ch.isalnum() for ch in t.text)]
                office = _match_office(tuple(_best_lemma(w, lang) for w in words), lang)
                if office:
                    holder = kb.office_holder(office, date)
                    if holder is not None:
                        found = (first, last, holder)
                    break
            if found:
                break
        if found:
            first, last, holder = found
            # The span starts and ends on words: a colon or quote before the role is not part of it.
            while first < last and not any(ch.isalnum() for ch in tokens[first].text):
                first += 1
            out.append((tokens[first].start, tokens[last].end, holder))
            i = last + 1
        else:
            i += 1
    return out


def warm_up(lang: str) -> None:
    """Build the KB's office-phrase tables of `lang` before the first document."""
    _role_words(lang)
    # A country named through lemmas ("сполучений штат") builds the KB's lemma index too.
    _match_office(("президент", "сполучений", "штат") if lang != "en" else ("president", "united", "state"), lang)


@lru_cache(maxsize=50_000)
def _match_office(lemmas: tuple[str, ...], lang: str) -> str | None:
    return knowledge_base().match_office(list(lemmas), lang)


@lru_cache(maxsize=50_000)
def _best_lemma(word: str, lang: str) -> str:
    """A word's lemma for office matching; for capitalised words a proper-name reading first."""
    from ..language.morphology import analyze

    readings = analyze(word, lang)
    if not readings:
        return word
    if word[:1].isupper():
        for a in readings:
            if a.tags & {"Geox", "Abbr", "Name", "Surn", "Orgn"} or a.lemma[:1].isupper():
                return a.lemma
    return readings[0].lemma


@lru_cache(maxsize=100_000)
def _adjective_country(word: str, lang: str) -> str | None:
    from ..language.morphology import analyze

    if not word[:1].isalpha() or len(word) < 4:
        return None
    readings = analyze(word, lang)
    if lang in ("uk", "ru") and not any(a.pos in ("ADJF", "NOUN") for a in readings):
        return None
    for lemma in dict.fromkeys([a.lemma for a in readings if a.pos == "ADJF"] + [word]):
        code = _lemma_country(lemma)
        if code:
            return code
    return None


@lru_cache(maxsize=100_000)
def _lemma_country(lemma: str) -> str | None:
    # Many word forms share an adjective lemma ("російського", "російська" -> "російський").
    return knowledge_base().country_adjective(lemma)


def country_adjectives(tokens: Sequence[Token], lang: str,
                       taken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str]]:
    """(start, end, country) of country adjectives and demonyms outside entity mentions."""
    inside = set()
    for start, end in taken:
        inside.add(start)
    out = []
    for tok in tokens:
        if tok.start in inside or lang == "en" and not tok.text[:1].isupper():   # English demonyms are capitalised
            continue
        code = _adjective_country(tok.text, lang)
        if code:
            out.append((tok.start, tok.end, code))
    return out


_SECTORS_FILE = "org_sectors.tsv"


def _lemma_sectors(package: str, name: str) -> dict[tuple[str, str], str]:
    """(lang, lemma) -> sector from a table of `id, lang, lemma, sector, example` rows."""
    from ..datafiles import tsv_rows
    from ..errors import DataFileError

    layout = "id<TAB>lang(uk|ru|en)<TAB>lemma<TAB>sector<TAB>example"
    table: dict[tuple[str, str], str] = {}
    for where, number, cells in tsv_rows(package, name, layout, 4):
        if cells[1] not in ("uk", "ru", "en"):
            raise DataFileError(where, number, f"expected {layout}; unknown language {cells[1]!r}")
        table[(cells[1], cells[2])] = cells[3]
    return table


@lru_cache(maxsize=1)
def org_sector_words() -> dict[tuple[str, str], str]:
    """(lang, lemma) -> sector of organisations' telling words, from entities/data/org_sectors.tsv."""
    return _lemma_sectors("podiya.entities", _SECTORS_FILE)


def _first_sector(base: str, lang: str, table: dict[tuple[str, str], str]) -> str | None:
    """The sector `table` gives the first of a name's first three words that it knows."""
    for word in base.replace("«", " ").replace("»", " ").split()[:3]:
        for option in lemma_options(word, lang):
            sector = table.get((lang, option))
            if sector:
                return sector
    return None


def guess_org_sector(base: str, lang: str) -> str | None:
    """Sector of an unknown organisation from a word of its base form ("ТОВ «…»" -> BUS)."""
    return _first_sector(base, lang, org_sector_words())


_BODIES_FILE = "state_bodies.tsv"
# Kinds of KB entries whose name inside an organisation's name makes it that state's (or that
# international organisation's) body: "МЗС Польщі", "парламент Європейського Союзу".
_OWNER_KINDS = frozenset({"state", "territory", "occupied", "io"})


@lru_cache(maxsize=1)
def state_body_words() -> dict[tuple[str, str], str]:
    """(lang, lemma) -> sector of state bodies' head nouns, from knowledge/data/state_bodies.tsv."""
    return _lemma_sectors("podiya.knowledge", _BODIES_FILE)


def state_in_name(base: str, lang: str) -> str | None:
    """The country a state name or a country adjective inside an organisation's name gives
    ("МЗС Польщі", "міністерство внутрішніх справ Італії", "кабінет міністрів Великої Британії",
    "британский кабинет") -> POL, ITA, GBR, GBR; None when the name holds none."""
    kb = knowledge_base()
    words = [w for w in base.replace("«", " ").replace("»", " ").split() if any(ch.isalpha() for ch in w)]
    # Two-word state names first ("Великої Британії", "Сполучених Штатів"), then single words.
    for size in (3, 2, 1):
        for at in range(1, len(words) - size + 1) if size > 1 else range(len(words)):
            span = words[at:at + size]
            if not all(w[:1].isupper() for w in span):
                continue
            entries = kb.lookup(" ".join(span), lang) or kb.lookup_lemmas(
                [set(lemma_options(w, lang)) for w in span], lang)
            owners = {e.country for e in entries if e.kind in _OWNER_KINDS and e.country}
            if len(owners) == 1:
                return owners.pop()
    for word in words:
        if word[:1].isupper() and lang != "en" and words.index(word) > 0:
            continue          # a capitalised uk/ru word after the first is a name, not an adjective
        code = _adjective_country(word, lang)
        if code:
            return code
    return None


def code_unknown_org(base: str, lang: str) -> tuple[str | None, str | None]:
    """(country, sector) of an organisation the KB does not know, from its own words: the sector
    from its head noun (state_bodies.tsv, then entities/data/org_sectors.tsv), the country from a
    state named inside it ("МЗС Польщі" -> POL GOV, "поліція Італії" -> ITA COP). A name with a
    state but no known head noun keeps no country: "Кубок України" is no actor."""
    sector = _first_sector(base, lang, state_body_words()) or guess_org_sector(base, lang)
    if sector is None:
        return _known_head(base, lang)
    return state_in_name(base, lang), sector


# A KB organisation's name extended by a preposition names a part of it only through a portfolio.
_PREPOSITIONS = frozenset({"з", "із", "зі", "у", "в", "по", "при", "для", "щодо", "с", "со", "of", "for", "on", "at"})
_PORTFOLIOS = frozenset({("з", "питань"), ("із", "питань"), ("у", "справах"), ("в", "справах"),
                         ("по", "вопросам"), ("по", "делам")})


def _known_head(base: str, lang: str) -> tuple[str | None, str | None]:
    """The codes of a KB organisation that the name starts with, the rest saying which part or
    task of it ("Еврокомиссия по вопросам конкуренции" -> EU IGO); (None, None) otherwise."""
    kb = knowledge_base()
    words = base.split()
    for size in range(min(3, len(words) - 1), 0, -1):
        rest = [w.lower() for w in words[size:]]
        if rest[0] in _PREPOSITIONS and tuple(rest[:2]) not in _PORTFOLIOS:
            # "Європейська комісія з прав людини" is another body (the Council of Europe's), not
            # a part of the European Commission; "Еврокомиссия по вопросам конкуренции" is one.
            continue
        span = words[:size]
        entries = kb.lookup(" ".join(span), lang) or kb.lookup_lemmas(
            [set(lemma_options(w, lang)) for w in span], lang)
        codes = {(e.country, e.sector) for e in entries if e.type == "ORG" and e.country and e.sector}
        if len(codes) == 1:
            return codes.pop()
    return None, None


def document_countries(groups) -> dict[str, int]:
    """Country or IO code -> how many mentions of the document name a KB organisation or place
    of it ("ЄС", "Єврокомісія", "Брюссель" count for EU): the context `code_entity` weighs the
    offices of a person with when the article has no date. `groups`: `link.Group`s."""
    kb = knowledge_base()
    counts: dict[str, int] = {}
    for group in groups:
        entry = kb.get(group.kb_id) if group.kb_id else None
        if entry is None or entry.type == "PER":
            continue
        code = entry.metonym[0] if entry.metonym else entry.country
        if code:
            counts[code] = counts.get(code, 0) + len(group.mentions)
    return counts


# Sectors of state bodies: one named without its state ("МЗС", "Верховний суд") belongs to the
# state the document is about.
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# How many times more often the document must name its main state than the next one.
_STATE_DOMINANCE = 2


def document_state(context: Mapping[str, int]) -> str | None:
    """The state (ISO code, not an IO) the document names most, when it names it at least twice
    and `_STATE_DOMINANCE` times more often than any other state; `context` as from
    `document_countries`."""
    from ..knowledge.records import IO_CODES

    states = sorted(((n, code) for code, n in context.items() if code not in IO_CODES), reverse=True)
    if not states or states[0][0] < 2:
        return None
    if len(states) > 1 and states[0][0] < _STATE_DOMINANCE * states[1][0]:
        return None
    return states[0][1]


def code_state_body(codes: tuple[str | None, str | None], context: Mapping[str, int]) -> tuple[str | None, str | None]:
    """Codes of an organisation the KB does not know, with the document's main state as its country
    when its name gives a state body's sector but no state ("МИД", "Верховный суд" in an article
    about Pakistan -> PAK)."""
    country, sector = codes
    if country is None and sector in _STATE_SECTORS:
        return document_state(context), sector
    return codes


def demonym_codes(base: str, lang: str) -> tuple[str | None, str | None]:
    """(country, CVL) of a "person" the tagger found that is a demonym ("американцы",
    "британці"): the people of a country acting as a group, not its state; (None, None) else."""
    words = base.split()
    if len(words) != 1:
        return None, None
    code = _adjective_country(words[0].lower(), lang) or _adjective_country(words[0], lang)
    return (code, "CVL") if code else (None, None)
