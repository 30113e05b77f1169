"""The knowledge base as seen by the entity layer: cached lookups and a gazetteer matcher.

`kb_entries` answers "which entries does this form name?" once per (form, language).
`gazetteer_spans` finds KB names in a document's tokens, inflected or not ("Європейського Союзу"
matches the alias "Європейський Союз" through lemmas), for the names the tagger missed.

Matching by lemma alone lets common words through: "Тому" shares the lemma "той" with one reading
of "Того" (Togo), "Малий" the lemma "малий" with "Малі" (Mali), "Хмельницької" the lemma of the city
"Хмельницький". A one-word name therefore matches only through a reading that agrees with a
reading of the name as a name: a noun or adjective (never a pronoun, adverb or conjunction) of the
same lemma, gender and number. Aliases that no grammar can tell from a common word are listed,
each with its reason, in data/alias_stoplist.tsv.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..doc import Token
from ..errors import DataFileError
from ..language.morphology import analyze
from ..knowledge.lemmas import lemma_options, split_words  # one definition, shared with the KB
from ..knowledge.normalize import normalize

# Entry kinds safe to add when the tagger missed them (places, states, organisations, products,
# named events). People are left to the tagger: surnames alone are too ambiguous.
ADDABLE_KINDS = frozenset({
    "state", "territory", "occupied", "capital", "city", "region", "sea", "strait", "gulf", "river",
    "lake", "island", "peninsula", "mountain", "continent", "io", "io_body", "government", "parliament",
    "ministry", "agency", "military", "court", "party", "company", "media", "alliance", "armed_group",
    "weapon", "aircraft", "pipeline", "vaccine", "treaty", "product", "project", "event", "war",
    "metonym", "document", "ngo",
})
_MAX_WORDS = 6
# Named events written in lower case too ("брексит", "евромайдан"); only long single words.
_LOWERCASE_KINDS = frozenset({"event"})
_MIN_LOWERCASE_EVENT = 6
# Products the KB itself lists in lower case ("твіттер", "ютуб"): the press writes them so.
_LOWERCASE_ALIAS_TYPES = frozenset({"PRO"})
_PROPER_TAGS = frozenset({"Name", "Surn", "Geox", "Orgn", "Abbr"})
# KB kinds whose one-word names open a sentence after the tagger when the dictionary reads the word only as a
# noun (`sentence_opening_places`).
_SENTENCE_OPENING_PLACES = frozenset({"territory", "occupied", "capital", "city", "region"})
# Parts of speech a one-word name can have; a pronoun or adverb reading never makes a name.
_NAME_POS = frozenset({"NOUN", "ADJF", None})
# Tokens a multiword name may span besides its words (dashes, apostrophes, opening quotes), not
# closing punctuation: "Стара» (площа" is not the name "Стара площа".
_INNER_PUNCT = frozenset({"-", "–", "—", "'", "’", "ʼ", ".", "«", '"', "“", "„", "/"})
_STOPLIST = "alias_stoplist.tsv"
_MEDIA_TITLES = "media_titles.tsv"
_METONYM_PLACES = "metonym_places.tsv"


log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def knowledge_base():
    """The knowledge base; an empty one (with an error logged) when its data files do not load,
    so that a broken data file degrades entity linking instead of failing every document."""
    from ..knowledge import load_kb
    from ..knowledge.kb import KnowledgeBase

    try:
        return load_kb()
    except DataFileError as err:
        log.error("knowledge base not loaded, entities get no KB ids or actor codes: %s", err)
        return KnowledgeBase([], {}, {})


@lru_cache(maxsize=100_000)
def kb_entries(form: str, lang: str) -> tuple:
    """KB entries whose name or alias (in `lang` or language-neutral) is `form`."""
    if not form.strip():
        return ()
    return tuple(knowledge_base().lookup(form, lang))


@lru_cache(maxsize=1)
def alias_stoplist() -> frozenset[tuple[str, str]]:
    """(language, normalized alias) pairs never matched alone; data/alias_stoplist.tsv, one
    `lang<TAB>alias<TAB>reason` a line (the reason is required: every entry must say why)."""
    from ..datafiles import tsv_rows

    return frozenset((cells[0], normalize(cells[1])) for _, _, cells in
                     tsv_rows("podiya.entities", _STOPLIST, "lang<TAB>alias<TAB>reason", 3, 3))


@lru_cache(maxsize=None)
def _kb_ids(name: str) -> frozenset[str]:
    """KB ids listed in a data file of `kb_id<TAB>reason` lines."""
    from ..datafiles import tsv_rows

    return frozenset(cells[0] for _, _, cells in tsv_rows("podiya.entities", name, "kb_id<TAB>reason", 2, 2))


def media_titles() -> frozenset[str]:
    """KB ids of media that are titles (PRO), not organisations (data/media_titles.tsv)."""
    return _kb_ids(_MEDIA_TITLES)


def metonym_places() -> frozenset[str]:
    """KB ids of metonyms that are places in the output (Кремль, Білий дім: LOC; data/metonym_places.tsv)."""
    return _kb_ids(_METONYM_PLACES)


def output_type(entry, etype: str, form: str = "") -> str:
    """The type a mention of `entry` gets in podiya's output: PRO for a media title the tagger
    or the KB calls an organisation; LOC for a building or street that stands for an institution
    (Кремль: its actor code stays); PER for a full name (two words or more) of a KB person that
    the tagger typed otherwise ("Домінік Рааб" as ORG); else `etype` unchanged."""
    if entry is None:
        return etype
    if entry.id in metonym_places():
        return "LOC"
    if etype == "ORG" and entry.id in media_titles():
        return "PRO"
    if entry.type == "PER" and etype != "PER" and len(form.split()) > 1:
        return "PER"
    return etype


def _reading_key(a) -> str:
    return f"{normalize(a.lemma)}|{a.pos}|{a.gender}|{a.number}"


@lru_cache(maxsize=200_000)
def reading_keys(word: str, lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(every reading of `word` as lemma|pos|gender|number, the readings that are proper names);
    readings that cannot be part of a name (pronouns, adverbs, verbs) are left out."""
    readings = [a for a in analyze(word, lang) if a.pos in _NAME_POS]
    return (frozenset(_reading_key(a) for a in readings),
            frozenset(_reading_key(a) for a in readings if a.tags & _PROPER_TAGS))


@lru_cache(maxsize=50_000)
def name_readings(word: str, lang: str) -> frozenset[str]:
    """Readings of a one-word name as written in the KB (a base form): its nominative readings,
    or all its readings when none is nominative; the word itself when the dictionary has none."""
    readings = [a for a in analyze(word, lang) if a.pos in _NAME_POS]
    nominative = [a for a in readings if a.case in ("nomn", None)]
    keys = frozenset(_reading_key(a) for a in (nominative or readings))
    return keys or frozenset({f"{normalize(word)}|None|None|None"})


@lru_cache(maxsize=8)
def _alias_patterns(lang: str) -> dict[str, list[tuple[tuple[frozenset[str], ...], str, frozenset[str] | None]]]:
    """first-word option -> [(pattern of word options, entry id, readings of a one-word name or
    None)] for every alias in `lang`."""
    kb = knowledge_base()
    stop = alias_stoplist()
    index: dict[str, list] = defaultdict(list)
    for entry in kb.entries.values():
        if entry.kind not in ADDABLE_KINDS:
            continue
        for form in entry.forms(lang):
            words = split_words(form)        # normalize() already drops the quotes
            if not words or len(words) > _MAX_WORDS:
                continue
            if len(words) == 1 and (lang, words[0]) in stop:
                continue
            # Short words (ЄС, США, ООН) match only as written: their lemmas collide with common words.
            pattern = tuple(frozenset({w}) if len(w) <= 3 else lemma_options(w, lang) for w in words)
            readings = name_readings(form.strip("«»\" "), lang) if len(words) == 1 and len(words[0]) > 3 else None
            for option in pattern[0]:
                index[option].append((pattern, entry.id, readings))
    return index


@lru_cache(maxsize=8)
def _lowercase_patterns(lang: str) -> dict[str, list[tuple[tuple[frozenset[str], ...], str, frozenset[str] | None]]]:
    """`_alias_patterns` of the only names a word in lower case can open: one-word names of the
    kinds (events) or types (products) written so (`_lowercase_name` decides for each)."""
    kb = knowledge_base()
    out: dict[str, list] = {}
    for option, patterns in _alias_patterns(lang).items():
        kept = [p for p in patterns if len(p[0]) == 1 and (kb.get(p[1]).kind in _LOWERCASE_KINDS
                                                            or kb.get(p[1]).type in _LOWERCASE_ALIAS_TYPES)]
        if kept:
            out[option] = kept
    return out


@lru_cache(maxsize=8)
def _lowercase_openers(lang: str) -> frozenset[str]:
    """Word options of the one-word product aliases the KB lists in lower case ("твіттер")."""
    out: set[str] = set()
    for entry in knowledge_base().entries.values():
        if entry.type in _LOWERCASE_ALIAS_TYPES and entry.kind in ADDABLE_KINDS:
            for form in entry.forms(lang):
                words = split_words(form)
                if len(words) == 1 and form[:1].islower() and (lang, words[0]) not in alias_stoplist():
                    out.update(_word_options(form, lang))
    return frozenset(out)


@lru_cache(maxsize=200_000)
def _word_options(text: str, lang: str) -> frozenset[str]:
    word = normalize(text)
    return frozenset({word}) if len(word) <= 3 else lemma_options(text, lang)


@lru_cache(maxsize=200_000)
def _units_of(text: str, lang: str) -> tuple[tuple[frozenset[str], ...], tuple[bool, ...]]:
    """(options of each word part of a token's text, whether a name may open at each part); ((), ())
    for punctuation. A name opens only at a capital letter or a digit, or at a part whose options
    meet those of a one-word name written in lower case (`_lowercase_patterns`): most words open none."""
    if not any(ch.isalnum() for ch in text):
        return (), ()
    if "-" not in text:
        parts = (_word_options(text, lang),)
    else:
        parts = tuple(_word_options(part, lang) for part in text.split("-") if part)
    if text[:1].isupper() or text[:1].isdigit():
        return parts, (True,) * len(parts)
    lowercase_keys = _lowercase_patterns(lang).keys()
    return parts, tuple(not lowercase_keys.isdisjoint(part) for part in parts)


def _word_units(tokens: Sequence[Token], lang: str
                ) -> tuple[list[int], list[bool], list[bool], list[frozenset[str]], list[bool]]:
    """The words of the tokens as the KB's split_words sees them: a hyphenated token ("Шрі-Ланки",
    "С-400", "Даунінг-стріт") is one unit per part. Per unit: its token index, whether it opens
    and closes its token, its options (lemmas), and whether a name may open there (`_units_of`)."""
    units = [_units_of(t.text, lang) for t in tokens]
    if all(len(u[0]) <= 1 for u in units):         # no hyphenated word: one unit per word token
        tok_of = [i for i, u in enumerate(units) if u[0]]
        every = [True] * len(tok_of)
        return tok_of, every, every, [units[i][0][0] for i in tok_of], [units[i][1][0] for i in tok_of]
    tok_of, opens, closes, options, may_open = [], [], [], [], []
    for i, (parts, flags) in enumerate(units):
        last = len(parts) - 1
        for n, unit in enumerate(parts):
            tok_of.append(i)
            opens.append(n == 0)
            closes.append(n == last)
            options.append(unit)
            may_open.append(flags[n])
    return tok_of, opens, closes, options, may_open


def gazetteer_spans(tokens: Sequence[Token], lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, type, entry id) of KB names in the tokens, longest match first, unambiguous only.

    A match must start with a capital letter (or a digit), except one-word names of events that
    the press writes in lower case ("брексита") and products the KB lists in lower case
    ("твіттері"). A one-word match must agree with the name in a noun or adjective reading
    (lemma, gender, number: "Хмельницької" is not the city "Хмельницький"); at the start of a
    sentence that reading must be a proper name in the dictionary ("Союз" opening a sentence is
    not the EU) or the name of a political metonym ("Кремль відкинув ..."), and after an initial ("Б. Хмельницького") the word is a surname. A multiword match does not cross closing punctuation, and takes the
    closing quote of a quote it opens ("ВО «Батьківщина»").
    """
    index = _alias_patterns(lang)
    # A word in lower case opens only a one-word event or product: the patterns of those alone
    # (the loop below skips every other pattern for it anyway).
    lowercase_index = _lowercase_patterns(lang)
    openers = _lowercase_openers(lang)
    kb = knowledge_base()
    words, opens, closes, options, may_open = _word_units(tokens, lang)
    out = []
    free = 0              # the first unit after the last match: matches do not overlap
    for k in [k for k, flag in enumerate(may_open) if flag]:     # most words: no name opens with them
        if k < free:
            continue
        tok = tokens[words[k]]
        best = None
        capital = tok.text[:1].isupper() or tok.text[:1].isdigit()
        lower_ok = not capital and not options[k].isdisjoint(openers)
        if opens[k] and (capital or lower_ok or len(tok.text) >= _MIN_LOWERCASE_EVENT):
            seen = set()
            patterns_of = index if capital else lowercase_index
            for option in options[k]:
                for pattern, eid, readings in patterns_of.get(option, ()):
                    n = len(pattern)
                    if (pattern, eid) in seen or k + n > len(words) or not closes[k + n - 1]:
                        continue
                    if not capital and (n > 1 or not _lowercase_name(kb.get(eid), lower_ok)):
                        continue
                    seen.add((pattern, eid))
                    if tokens[words[k + n - 1]].sent != tok.sent or words[k + n - 1] - words[k] > 2 * n:
                        continue
                    if not all(options[k + m] & pattern[m] for m in range(n)):
                        continue
                    if n > 1 and not _inner_punctuation_only(tokens, words[k], words[k + n - 1]):
                        continue
                    if readings is not None and not _agrees(tok, readings, tokens, words[k], lang,
                                                            kb.get(eid).kind):
                        continue
                    if n == 1 and readings is None and _initial(tokens, words[k]) and not (
                            tok.text.isupper() or any(a.tags & _PROPER_TAGS for a in analyze(tok.text, lang))):
                        continue
                    if best is None or n > best[0]:
                        best = (n, {eid})
                    elif n == best[0]:
                        best[1].add(eid)
        if best is not None:
            n, ids = best
            types = {kb.get(e).type for e in ids}
            if len(types) == 1:
                end = _close_quote(tokens, words[k], words[k + n - 1])
                out.append((tok.start, end, types.pop(), sorted(ids)[0] if len(ids) == 1 else ""))
                free = k + n
    return out


def sentence_opening_places(tokens: Sequence[Token], lang: str,
                            taken: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """KB cities, regions and territories that open a sentence as one word, where the dictionary reads the
    word only as a noun and knows no proper name in it (the uk dictionary tags "Харків", "Одеса" as plain
    nouns, so `gazetteer_spans` refuses them there, as it refuses "Союз"). Found after the tagger and kept
    out of its features, which were trained without them; `taken`: the spans already found."""
    index = _alias_patterns(lang)
    kb = knowledge_base()
    starts = {s for s, *_ in taken}
    out = []
    for i, tok in enumerate(tokens):
        if not _initial(tokens, i) or tok.start in starts or not tok.text[:1].isupper() or not _noun_only(tok.text, lang):
            continue
        if i + 1 < len(tokens) and tokens[i + 1].sent == tok.sent and tokens[i + 1].text[:1].isupper():
            continue                      # the first word of a longer name
        keys, _ = reading_keys(tok.text, lang)
        ids = {eid for option in _word_options(tok.text, lang) for pattern, eid, readings in index.get(option, ())
               if len(pattern) == 1 and readings is not None and keys & readings
               and kb.get(eid).kind in _SENTENCE_OPENING_PLACES}
        if len(ids) == 1:
            eid = ids.pop()
            out.append((tok.start, tok.end, kb.get(eid).type, eid))
    return out


def _noun_only(word: str, lang: str) -> bool:
    readings = analyze(word, lang)
    return bool(readings) and all(a.pos == "NOUN" for a in readings)


def _lowercase_name(entry, opens_lowercase_alias: bool) -> bool:
    return entry.kind in _LOWERCASE_KINDS or (opens_lowercase_alias and entry.type in _LOWERCASE_ALIAS_TYPES)


def _inner_punctuation_only(tokens: Sequence[Token], first: int, last: int) -> bool:
    return all(tokens[i].text in _INNER_PUNCT for i in range(first + 1, last)
               if not any(ch.isalnum() for ch in tokens[i].text))


def _agrees(tok: Token, readings: frozenset[str], tokens: Sequence[Token], i: int, lang: str,
            kind: str = "") -> bool:
    """Whether a one-word match at token i reads as the name (see `gazetteer_spans`). A political
    metonym of the KB ("Кремль", "Банкова") opens a sentence as a name even where the dictionary
    knows the word as a common noun (a kremlin, a citadel): the KB lists only the political ones.
    So does a state's name that the dictionary reads only as a noun: the uk dictionary has no proper-
    name tag for "Німеччина" or "Польща", but "Мали" (they had) or "Того" (of that) keep other readings.
    (Cities and regions: `sentence_opening_places`, after the tagger.)"""
    keys, proper = reading_keys(tok.text, lang)
    if not keys:                         # a word the dictionary does not know (foreign names)
        keys = frozenset({f"{normalize(tok.text)}|None|None|None"})
    shared = keys & readings
    if not shared:
        return False
    if _initial(tokens, i):
        # An acronym ("НАТО") or a word in capitals opens sentences as a name does.
        return bool(shared & proper) or kind == "metonym" or not analyze(tok.text, lang) \
            or (tok.text.isupper() and len(tok.text) > 1) \
            or kind == "state" and _noun_only(tok.text, lang)
    # "Б. Хмельницького", "Д. Трампа": a word after an initial is a surname.
    before = tokens[i - 1].text
    if before == "." and i >= 2:
        before = tokens[i - 2].text + "."
    return not (len(before) == 2 and before[0].isupper() and before[1] == ".")


def _initial(tokens: Sequence[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].sent != tokens[i].sent


def _close_quote(tokens: Sequence[Token], first: int, last: int) -> int:
    """End offset of a match, extended by one closing quote when the match opens a quote."""
    inner = [tokens[i].text for i in range(first, last + 1)]
    opens = inner.count("«") - inner.count("»")
    nxt = tokens[last + 1] if last + 1 < len(tokens) else None
    if nxt is not None and nxt.start == tokens[last].end:
        if (opens > 0 and nxt.text == "»") or (inner.count('"') % 2 == 1 and nxt.text == '"'):
            return nxt.end
    return tokens[last].end


def warm_up(lang: str) -> None:
    """Build the alias patterns of `lang` (about half a second) before the first document."""
    _alias_patterns(lang)
    _lowercase_patterns(lang)
    _lowercase_openers(lang)
