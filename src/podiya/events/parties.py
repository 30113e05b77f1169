"""Who can take part in an event: the coded parties of one sentence, with their case and preposition.

A party is a span of the sentence that stands for a coded actor (a country, optionally a sector):
an entity mention with a country code, a country adjective with the noun it qualifies
("російською системою ППО" -> RUS MIL), a capital or seat used as a metonym ("Баку" -> AZE GOV),
or a sector noun with a country in the genitive ("уряд Пакистану" -> PAK GOV, whose case is the
head noun's); an office and the name after it are one party ("Президент України Петро
Порошенко"), and when the office's country differs from the person's code the office wins
("Председатель ЕС Дональд Туск" acts for the EU). What follows "|" in a title line is the
site's name, never a party. A product name the entity layer codes as a firm or an outlet
("Facebook" USA BUS) is a party, and a noun naming its kind right before it is part of it
("звинуватила соцмережу Facebook"); "Панцир" (RUS MIL) is a thing and never acts.
A named event of one country ("угода про Brexit") is kept only as a last-resort recipient (topic).
Cases come from every morphological reading (the uk dictionary does not rank them), narrowed
across the span's words; the preposition governing the span is recorded for role rules.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from ..datafiles import tsv_rows
from ..doc import Doc, Token
from ..errors import DataFileError, PodiyaError

log = logging.getLogger(__name__)

ACTOR_TYPES = frozenset({"PER", "ORG", "LOC"})
# A product name the entity layer codes as a firm or an outlet ("Facebook" USA BUS) stands for that
# firm ("Єврокомісія звинуватила Facebook"); weapons and other things ("Панцир" RUS MIL) never act.
_PRODUCT_FIRMS = frozenset({"BUS", "MED"})
ALL_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})
# Prepositions of place: a LOC after them is where something happens, not who acts.
PLACE_PREPS = frozenset({"в", "у", "на", "во", "in", "at"})
_PUNCT_STOP = frozenset({".", ",", ";", ":", "!", "?", "(", ")", "–", "—", "-", "\"", "«", "»"})
_EN_PREPS = frozenset({"in", "at", "with", "against", "to", "from", "by", "of", "on", "into", "near", "for",
                       "over", "toward", "towards"})
# Nouns of time: a preposition before them heads a time phrase, not a following name ("во вторник ЕК",
# "у неділю Мей": the name is the subject).
_TIME_NOUNS = frozenset({"год", "день", "неделя", "месяц", "час", "минута", "рік", "день", "тиждень", "місяць",
                         "година", "хвилина", "year", "day", "week", "month",
                         "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
                         "понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя",
                         "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                         "октябрь", "ноябрь", "декабрь", "січень", "лютий", "березень", "квітень", "травень",
                         "червень", "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
                         "утро", "вечер", "ночь", "ранок", "вечір", "ніч", "выходные", "вихідні",
                         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_TWO_WORD_PREPS = {("з", "бік"): "з боку", ("з", "боку"): "з боку", ("со", "сторона"): "со стороны",
                   ("с", "сторона"): "со стороны", ("на", "адрес"): "на адресу", ("в", "адрес"): "в адрес",
                   ("on", "behalf"): "on behalf"}


@dataclass(frozen=True)
class Party:
    first: int                 # token positions inside the sentence's token list, inclusive
    last: int
    country: str
    sector: str | None
    entity: str | None         # entity id, or None for an adjective or implied party
    name: str
    cases: frozenset[str]
    prep: str | None           # lemma of the governing preposition, "з боку" for two-word ones
    source: str                # entity, adjective, metonym, head, apposition, anaphor, topic
    etype: str | None = None   # PER ORG LOC ... of the entity

    def attribute_of_noun(self, tokens: list[Token]) -> bool:
        """A genitive right after a common noun is that noun's attribute ("беспилотник США"),
        not the verb's object or dative."""
        if self.first <= 0 or self.prep is not None or "gent" not in self.cases:
            return False
        if not tokens[self.first].text[:1].isupper():
            return False                      # "до ув'язнення громадянина України": a head noun of its own
        before = tokens[self.first - 1]
        if not (before.text[:1].islower() and any(a.pos == "NOUN" for a in before.analyses)):
            return False
        # "христианке Асии Биби" agrees in the dative: an apposition, not an attribute. An
        # indeclinable name cannot tell: after a person noun it is an apposition, after a thing
        # ("беспилотник США", "силы США") an attribute.
        nouns = [a for a in before.analyses if a.pos == "NOUN"]
        shared = {a.case for a in nouns} & self.cases - {"gent"}
        if len(self.cases) >= 5:
            return not any("anim" in a.tags for a in nouns)
        return not shared

    def inside_other_phrase(self, tokens: list[Token]) -> bool:
        """A prepositional party hanging on a noun of another prepositional phrase ("на
        переговорах з ЄС"): it belongs to that noun, not to the verb."""
        if self.prep is None:
            return False
        at = next((i for i in range(self.first - 1, max(-1, self.first - 5), -1)
                   if tokens[i].text.lower() == self.prep.split()[0]), None)
        if at is None or at < 2:
            return False
        noun, prep = tokens[at - 1], tokens[at - 2]
        # Only a circumstance in the locative ("на переговорах з ЄС"); "від переговорів з Україною"
        # names what is refused, and its partner is the event's other side.
        return (noun.text[:1].islower() and any(a.pos == "NOUN" for a in noun.analyses)
                and {a.case for a in noun.analyses if a.pos == "NOUN"} == {"loct"}
                and any(a.pos == "PREP" for a in prep.analyses))


def _classifier_before(tokens: list[Token], first: int, sector: str, lang: str) -> int | None:
    """Position of a common noun right before a name (an opening quote between them allowed)
    that names the kind of actor the name's sector is ("соцмережу Facebook", "газета «Ведомости»")."""
    if first > 1 and tokens[first - 1].text in ("«", "\"", "„", "“"):
        first -= 1
    head = _head_noun_before(tokens, first, lang)
    if head is None or head[1] != sector or not tokens[head[0]].text[:1].islower():
        return None
    return head[0]


@lru_cache(maxsize=1)
def sector_nouns() -> dict[tuple[str, str], str]:
    """(lang, lemma) -> sector code ("=" keeps the country's sector), from data/sectors.tsv."""
    table: dict[tuple[str, str], str] = {}
    for where, number, cells in tsv_rows("podiya.events", "sectors.tsv", "lemma<TAB>sector<TAB>lang", 3):
        lemma, sector, lang = cells[:3]
        if len(sector) != 3 and sector != "=":
            raise DataFileError(where, number, f"sector {sector!r} is not a PLOVER sector code")
        table[(lang, lemma.lower())] = sector
    return table


@lru_cache(maxsize=1)
def knowledge():
    """The knowledge base when it is installed and loads, else None (events then rely on entities alone)."""
    try:
        from ..knowledge import load_kb
        return load_kb()
    except (ImportError, AttributeError):
        return None
    except PodiyaError as err:     # a broken data file elsewhere should not stop event coding
        log.warning("knowledge base unavailable, coding events from entities alone: %s", err)
        return None


@lru_cache(maxsize=50_000)
def kb_kind(form: str, lang: str) -> str | None:
    kb = knowledge()
    if kb is None or not hasattr(kb, "lookup"):
        return None
    entries = kb.lookup(form, lang=lang) or kb.lookup(form)
    return entries[0].kind if entries else None


@lru_cache(maxsize=50_000)
def kb_state(lemma: str, lang: str) -> str | None:
    """The country code of a state the lemma names ("италия" -> ITA), for names inside names."""
    kb = knowledge()
    if kb is None or not hasattr(kb, "lookup"):
        return None
    entries = [e for e in kb.lookup(lemma, lang=lang) or kb.lookup(lemma) if e.kind in ("state", "country")]
    return getattr(entries[0], "country", None) if entries else None


@lru_cache(maxsize=50_000)
def kb_metonym(form: str) -> tuple[str, str] | None:
    kb = knowledge()
    return kb.metonym(form) if kb is not None and hasattr(kb, "metonym") else None


@lru_cache(maxsize=50_000)
def kb_country_adjective(lemma: str) -> str | None:
    kb = knowledge()
    return kb.country_adjective(lemma) if kb is not None and hasattr(kb, "country_adjective") else None


def token_cases(token: Token, lemmas: frozenset[str] = frozenset()) -> frozenset[str]:
    """Cases of the token's readings; only the readings of `lemmas` when some are ("Литву" is
    "литва" accs, not "литво" loct, once we know the name)."""
    readings = [a for a in token.analyses if a.lemma in lemmas]
    if lemmas and not readings and token.text[:1].isupper():
        return ALL_CASES                      # a name the dictionary misreads ("Асию" as "асий"): unknown
    cases = frozenset(a.case for a in (readings or token.analyses) if a.case in ALL_CASES)
    return cases or ALL_CASES


def span_cases(tokens: list[Token], base: str = "") -> frozenset[str]:
    """Cases the span can be in: narrowed word by word, skipping genitive dependents that would empty it."""
    lemmas = frozenset(base.lower().split())
    cases = ALL_CASES
    for token in tokens:
        if not any(ch.isalpha() for ch in token.text):
            continue
        narrowed = cases & token_cases(token, lemmas)
        if narrowed:
            cases = narrowed
    return cases


def is_prep(token: Token) -> bool:
    return any(a.pos == "PREP" for a in token.analyses) or token.text.lower() in _EN_PREPS


def governing_prep(tokens: list[Token], first: int, cases: frozenset[str] = ALL_CASES) -> str | None:
    """The preposition before position `first`, over at most two words of the same phrase: the
    word right after the preposition must agree in case with the party ("з президентом Росії
    Путіним"), so "від Республіканської партії Дональд Трамп" does not govern "Трамп"."""
    i = first - 1
    between: list[Token] = []
    for _ in range(3):
        if i < 0 or tokens[i].text in _PUNCT_STOP:
            return None
        tok = tokens[i]
        low = tok.text.lower()
        if is_prep(tok):
            if any(a.pos == "ADVB" for a in tok.analyses) and (i == 0 or tokens[i - 1].text in _PUNCT_STOP):
                return None                   # "Раніше Різві закликав", "После ...": an adverb opening the clause
            if any(t.text[:1].islower() and any(a.pos == "NOUN" for a in t.analyses) for t in between) \
                    and tokens[first].text[:1].islower():
                return None                   # "на свободу громадянина": the preposition has its own noun
            if any(any(a.lemma in _TIME_NOUNS for a in t.analyses) for t in between):
                return None                   # "через год Асию Биби признали": a time phrase, then the name
            if between:
                common = token_cases(between[-1]) & cases
                # Agreeing only in the genitive, the party is the head noun's attribute ("на
                # поступки Азербайджану", "до кордону України"), not the preposition's object.
                if not common or common == {"gent"} and not between[-1].text[:1].isupper():
                    return None
            if i + 1 < len(tokens):
                pair = (low, tokens[i + 1].lemma)
                if pair in _TWO_WORD_PREPS and i + 1 < first:
                    return _TWO_WORD_PREPS[pair]
            return low
        if i > 0 and (tokens[i - 1].text.lower(), tok.lemma) in _TWO_WORD_PREPS:
            return _TWO_WORD_PREPS[(tokens[i - 1].text.lower(), tok.lemma)]
        if any(a.pos in ("VERB", "INFN", "CONJ") for a in tok.analyses):
            return None
        agrees = bool(token_cases(tok) & cases)
        genitive_name = tok.text[:1].isupper() and "gent" in token_cases(tok)
        if not (agrees or genitive_name):
            return None
        between.append(tok)
        i -= 1
    return None


def _head_noun_before(tokens: list[Token], first: int, lang: str) -> tuple[int, str] | None:
    """A sector noun right before a genitive country ("уряд Пакистану", "Верховний суд Пакистану")."""
    table = sector_nouns()
    for i in (first - 1,):
        if i < 0 or tokens[i].text in _PUNCT_STOP:
            return None
        for a in tokens[i].analyses or ():
            sector = table.get((lang, a.lemma))
            if sector is not None and a.pos == "NOUN":
                return i, sector
        if lang == "en":
            sector = table.get((lang, tokens[i].lemma.lower()))
            if sector is not None:
                return i, sector
    return None


def _noun_after(tokens: list[Token], pos: int, lang: str) -> tuple[int, str | None] | None:
    """The noun an adjective qualifies (within three words) and the sector it implies, if any."""
    table = sector_nouns()
    for i in range(pos + 1, min(pos + 4, len(tokens))):
        tok = tokens[i]
        if tok.text in _PUNCT_STOP:
            return None
        lemmas = [a.lemma for a in tok.analyses] or [tok.text.lower()]
        sectors = [table[(lang, lem)] for lem in lemmas if (lang, lem) in table]
        if sectors:
            # "система ППО": a generic head followed by a more specific one; take the later one when it is MIL.
            if i + 1 < len(tokens) and (lang, tokens[i + 1].lemma) in table and table[(lang, tokens[i + 1].lemma)] != "=":
                return i + 1, table[(lang, tokens[i + 1].lemma)]
            return i, sectors[0]
        if any(a.pos in ("NOUN", "PRTF") for a in tok.analyses) or (lang == "en" and tok.text[:1].islower()):
            return i, None
    return None


def _is_state_like(entity, mention_text: str, base: str, lang: str) -> bool:
    """A LOC that acts as a state (Росія, Україна) rather than a city or a region."""
    kind = kb_kind(base, lang) or kb_kind(mention_text, lang)
    if kind is None:
        return True          # no knowledge base: trust the entity's country code
    return kind in ("state", "territory", "io", "country")


def sentence_parties(doc: Doc, tokens: list[Token], mentions, adjectives, lang: str) -> list[Party]:
    """Coded parties of one sentence. `mentions`: (start, end, entity, mention) inside it;
    `adjectives`: (start, end, country) country adjectives inside it."""
    if not tokens:
        return []
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}

    def token_range(start: int, end: int) -> tuple[int, int] | None:
        first = starts.get(start)
        last = ends.get(end)
        if first is None:
            first = next((i for i, t in enumerate(tokens) if t.end > start), None)
        if last is None:
            last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].start < end), None)
        if first is None or last is None or last < first:
            return None
        return first, last

    parties: list[Party] = []
    country_ends = {}                         # "канцлером Австрії": last token -> country, after an office noun
    table = sector_nouns()
    for start, end, entity, mention in mentions:
        span = token_range(start, end)
        if span is not None and entity.type == "LOC" and entity.country and span[0] > 0 and any(
                (lang, a.lemma) in table for a in tokens[span[0] - 1].analyses):
            country_ends[span[1]] = entity.country
    for start, end, entity, mention in mentions:
        if entity.type not in ACTOR_TYPES and not (entity.type == "EVT" and entity.country) \
                and not (entity.type == "PRO" and entity.country and entity.sector in _PRODUCT_FIRMS):
            continue                          # "Панцир": things do not act
        span = token_range(start, end)
        if span is None:
            continue
        first, last = span
        cases = span_cases(tokens[first:last + 1], f"{mention.base} {entity.name}")
        if mention.text.lower() == (mention.base or "").lower():
            cases = cases | {"nomn"}          # the form is its own base form: "Мэй" can be a subject
        prep = governing_prep(tokens, first, cases)
        country, sector, source = entity.country, entity.sector, "entity"
        if entity.type == "LOC":
            metonym = kb_metonym(mention.base) or kb_metonym(mention.text)
            if metonym is not None:
                country, sector, source = metonym[0], metonym[1], "metonym"
            elif not _is_state_like(entity, mention.text, mention.base, lang):
                continue
            else:
                sector = sector or "GOV"          # a state acting is its government
        if not country and entity.type == "PER" and first > 0 and first - 1 in country_ends:
            # "канцлером Австрії Себастьяном Курцем": a person named right after a country's name.
            country, sector, source = country_ends[first - 1], "GOV", "apposition"
        if not country:
            continue
        if entity.type == "PER" and "gent" in cases:
            cases = cases | {"accs"}          # a person's accusative is the genitive form ("пригласил Макрона")
        head = _head_noun_before(tokens, first, lang) if "gent" in cases and entity.type in ("LOC", "ORG") else None
        if head is not None:
            pos, noun_sector = head
            head_prep = governing_prep(tokens, pos, span_cases(tokens[pos:pos + 1]))
            parties.append(Party(pos, last, country, sector if noun_sector == "=" else noun_sector, entity.id,
                                 entity.name, span_cases(tokens[pos:pos + 1]), head_prep, "head", entity.type))
            continue
        if entity.type in ("ORG", "PRO") and sector and prep is None and first > 0:
            kind = _classifier_before(tokens, first, sector, lang)
            if kind is not None:
                # "звинуватила соцмережу Facebook", "газета «Ведомости» пишет": the noun naming
                # the firm's kind carries the case, and the phrase is one party.
                kind_cases = token_cases(tokens[kind])
                parties.append(Party(kind, last, country, sector, entity.id, entity.name, kind_cases,
                                     governing_prep(tokens, kind, kind_cases), source, entity.type))
                continue
        if entity.type == "EVT":
            # "угода про Brexit": a named event of one country stands for that country's side, as
            # a last resort for a missing recipient (arguments.py), never as an actor.
            source, sector = "topic", None
        parties.append(Party(first, last, country, sector, entity.id, entity.name, cases, prep, source, entity.type))
    covered = {i for p in parties for i in range(p.first, p.last + 1)}
    for start, end, country in adjectives:
        span = token_range(start, end)
        if span is None or span[0] in covered:
            continue
        first, last = span
        noun = _noun_after(tokens, last, lang)
        if noun is None:
            continue
        npos, sector = noun
        cases = span_cases(tokens[first:npos + 1])
        head = _head_noun_before(tokens, first, lang) if "gent" in cases else None
        if head is not None:                  # "Глава української держави": the office is the party
            first, sector = head[0], head[1] if head[1] != "=" else sector
            cases = span_cases(tokens[first:first + 1])
        parties.append(Party(first, npos, country, None if sector == "=" else sector, None,
                             tokens[first].text, cases, governing_prep(tokens, first, cases), "adjective"))
    # "... операторів Чехії | Європейська правда": what follows a bar in a title line is the site's name.
    bar = next((i for i, t in enumerate(tokens) if t.text == "|"), None)
    if bar is not None:
        parties = [p for p in parties if p.first < bar]
    return _merge_appositions(_without_nested(parties))


def place_parties(tokens: list[Token], mentions, parties: list[Party], lang: str) -> list[Party]:
    """Cities and regions of the sentence that no party already covers, as parties of their country
    with no sector (source "place"): only the target of an attack, a seizure or a blockade may be one
    ("Росія обстріляла Харків", "удар по Одесі" -> UKR); everywhere else a city is where things happen."""
    if not tokens:
        return []
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    covered = {i for p in parties for i in range(p.first, p.last + 1)}
    out: list[Party] = []
    for start, end, entity, mention in mentions:
        if entity.type != "LOC" or not entity.country:
            continue
        first, last = starts.get(start), ends.get(end)
        if first is None or last is None or last < first or first in covered:
            continue
        if kb_metonym(mention.base) is not None or kb_metonym(mention.text) is not None \
                or _is_state_like(entity, mention.text, mention.base, lang):
            continue                          # a state or a seat of power is a party already
        cases = span_cases(tokens[first:last + 1], f"{mention.base} {entity.name}")
        if mention.text.lower() == (mention.base or "").lower():
            cases = cases | {"nomn", "accs"}  # an indeclinable or base form: "обстріляли Харків"
        out.append(Party(first, last, entity.country, None, entity.id, entity.name, cases,
                         governing_prep(tokens, first, cases), "place", "LOC"))
    return out


def _merge_appositions(parties: list[Party]) -> list[Party]:
    """"Президент України Петро Порошенко": an office and the name right after it, of one
    country, are one party (the name's entity, the office's case if the name has none)."""
    out: list[Party] = []
    for party in parties:
        prev = out[-1] if out else None
        if (prev is not None and prev.last + 1 == party.first and prev.country == party.country
                and prev.source in ("head", "adjective", "entity") and party.etype == "PER"
                and prev.prep is None and party.prep is None):
            cases = (prev.cases & party.cases) or party.cases
            out[-1] = Party(prev.first, party.last, party.country, party.sector or prev.sector, party.entity,
                            party.name, cases, prev.prep, party.source, "PER")
            continue
        if (prev is not None and prev.last + 1 == party.first and prev.source == "head" and party.etype == "PER"
                and prev.prep is None and party.prep is None):
            # "Председатель ЕС Дональд Туск": the office the text gives the person is the side he
            # acts for, whatever country the person is coded with.
            cases = (prev.cases & party.cases) or party.cases
            out[-1] = Party(prev.first, party.last, prev.country, prev.sector, party.entity, party.name, cases,
                            prev.prep, "head", "PER")
            continue
        out.append(party)
    return out


def _without_nested(parties: list[Party]) -> list[Party]:
    """Drop parties inside a longer one ("Росії" inside "Правитель Росії Путін"); sort by position."""
    parties.sort(key=lambda p: (p.first, -(p.last - p.first)))
    kept: list[Party] = []
    for party in parties:
        if kept and party.first >= kept[-1].first and party.last <= kept[-1].last:
            continue
        kept.append(party)
    return kept


def find_country_adjectives(tokens: list[Token]) -> list[tuple[int, int, str]]:
    """Country adjectives by the knowledge base, for when the entity stage did not record them."""
    out = []
    for tok in tokens:
        if not tok.text[:1].isalpha():
            continue
        for a in tok.analyses:
            if a.pos == "ADJF":
                code = kb_country_adjective(a.lemma)
                if code:
                    out.append((tok.start, tok.end, code))
                    break
    return out

