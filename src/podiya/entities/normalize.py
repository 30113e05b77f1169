"""Base forms of entity mentions: "Терези Мей" -> "Тереза Мей", "Верховної Ради України" -> "Верховна Рада України".

pymorphy3 gives every reading of a word, and the Ukrainian dictionary does not rank them ("Києві"
is also a form of the name "Кий", "Баку" of "бак"), so the choice is made here, by the mention's
entity type and by agreement between its words:

* people (PER): readings tagged Name/Surn/Patr are preferred; all words take one case and one
  gender (indeclinable words such as "Мей", "Меркель" fit any), and each word is inflected to the
  nominative singular of that gender, so feminine surnames stay feminine. Names the dictionary
  does not know get readings from their endings ("Рааба" -> gent "Рааб"; "Сальвини" indeclinable);
  on a tie the masculine, then the nominative reading wins. A mention whose words are all
  plural ("Скрипалей", "американців") is a group and keeps its number;
* other types: a phrase is inflected as a noun phrase. The head is the first noun after leading
  adjectives; the adjectives and the head go to the nominative in the head's number and gender,
  the tail ("України", "близькосхідних досліджень", a quoted name) is kept. Person readings are
  avoided, singular readings preferred over plural ones, the nominative over other cases.

Words pymorphy does not know, Latin-script words and abbreviations are kept as they are. The
result keeps the mention's capitalisation, word by word. Known misreadings are corrected by the
data file `data/normalize_exceptions.tsv`. A form the knowledge base knows as an alias of one
entry gets the KB's name in that language only when each word of that name is a form of the
mention's word: BSNLP's base of "ЄС" is "ЄС", not "Європейський Союз".
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Token
from ..errors import DataFileError

MORPH_LANGS = ("uk", "ru")
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
PROPER_TAGS = frozenset({"Geox", "Orgn", "Trad"})
NOMINAL = frozenset({"NOUN", "ADJF", "PRTF"})
ADJECTIVAL = frozenset({"ADJF", "PRTF"})
CASE_ORDER = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
QUOTES = "«»\"„“”'‘’"
_WORD = re.compile(r"\S+")
_QUOTED = re.compile(rf"^([\s{QUOTES}]*)(.*?)([\s{QUOTES}]*)$", re.S)
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_EXCEPTIONS_FILE = "normalize_exceptions.tsv"
log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def exceptions() -> dict[tuple[str, str, str], str]:
    """(lang, scope, lower-cased form) -> base, from data/normalize_exceptions.tsv.

    Columns: id, lang, scope ("mention": the whole mention; "name": one word of a person's
    name; "word": the head word of another name), form, base, note. Lines starting with '#' are comments.
    """
    from ..datafiles import tsv_rows

    layout = "id<TAB>lang(uk|ru)<TAB>scope(mention|name|word)<TAB>form<TAB>base[<TAB>note]"
    table: dict[tuple[str, str, str], str] = {}
    for where, number, cells in tsv_rows("podiya.entities", _EXCEPTIONS_FILE, layout, 5):
        if cells[1] not in MORPH_LANGS or cells[2] not in ("mention", "name", "word"):
            raise DataFileError(where, number, f"expected {layout}")
        table[(cells[1], cells[2], cells[3].lower())] = cells[4]
    return table


@lru_cache(maxsize=200_000)
def _parses(word: str, lang: str) -> tuple:
    from ..language.morphology import parses
    return tuple(p for p in parses(word, lang) if p.tag.POS in NOMINAL)


def _gender(parse) -> str | None:
    # Compared as plain strings: the uk tagset rejects grammemes it lacks (ms-f) in comparisons.
    return next((g for g in ("masc", "femn", "neut", "ms-f") if g in parse.tag.grammemes), None)


def _restyle(new: str, old: str) -> str:
    """`new` written in the capitalisation of `old`, hyphen part by hyphen part."""
    if old.islower():
        return new.lower()
    if old.isupper() and len(old) > 1:
        return new.upper()
    old_parts, new_parts = old.split("-"), new.split("-")
    if len(old_parts) != len(new_parts):
        old_parts = [old] * len(new_parts)
    return "-".join(n[:1].upper() + n[1:] if o[:1].isupper() else n for n, o in zip(new_parts, old_parts))


def _fix_yo(new: str, old: str) -> str:
    # pymorphy writes ё in its forms; news (and BSNLP's gold) mostly write е.
    return new if "ё" in old.lower() else new.replace("ё", "е")


def _inflect(parse, grammemes: set[str], old: str) -> str:
    # The uk tagset marks only the plural, so "sing" is dropped before the gender is.
    for wanted in (grammemes, grammemes - {"sing"}):
        form = parse.inflect(wanted)
        if form is not None:
            return _restyle(_fix_yo(form.word, old), old)
    if "masc" in grammemes or (parse.tag.POS == "NOUN" and "Surn" not in parse.tag):
        # Some uk lexemes lack the "nomn" mark on their first form; that form is the lemma.
        return _restyle(_fix_yo(parse.normal_form, old), old)
    form = parse.inflect(grammemes - {"sing", "masc", "femn", "neut"})
    return _restyle(_fix_yo(form.word, old), old) if form is not None else old


def _is_plain(word: str) -> bool:
    """True for words that are kept as written: no Cyrillic, digits, abbreviations."""
    letters = [c for c in word if c.isalpha()]
    return not _CYRILLIC.search(word) or (len(letters) > 1 and word.isupper())


def _split_suffix(word: str) -> tuple[str, str]:
    """'потоку-2' -> ('потоку', '-2'): a numeric or closing-punctuation tail is kept aside."""
    match = re.match(r"^(.*?[^\W\d_])((?:-\d+)?[^\w]*)$", word)
    return (match.group(1), match.group(2)) if match else (word, "")


# --- people ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Reading:
    """One way to read a word of a person's name: its case and gender (None = any) and base form."""

    case: str | None
    gender: str | None
    weight: float
    parse: object = None        # a pymorphy parse to inflect, or
    base: str | None = None     # a base form guessed from the ending


def _from_dictionary(parse) -> bool:
    return len(parse.methods_stack) == 1 and type(parse.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"


# Case endings of names pymorphy does not know (foreign surnames): (case, gender, ending, replacement).
_GUESSES = (
    ("gent", "masc", "а", ""), ("gent", "masc", "я", "ь"), ("datv", "masc", "у", ""),
    ("datv", "masc", "ю", "ь"), ("ablt", "masc", "ом", ""), ("ablt", "masc", "ем", "ь"),
    ("ablt", "masc", "ым", ""), ("ablt", "masc", "им", ""), ("datv", "masc", "ові", ""),
    ("gent", "femn", "ы", "а"), ("gent", "femn", "ии", "ия"), ("gent", "femn", "ії", "ія"),
    ("accs", "femn", "у", "а"), ("accs", "femn", "ю", "я"), ("datv", "femn", "е", "а"),
    ("ablt", "femn", "ой", "а"), ("ablt", "femn", "ою", "а"), ("ablt", "femn", "ей", "я"),
    ("ablt", "femn", "єю", "я"),
)
_VOWELS = frozenset("аеєиіїоуюяыэё")
# Foreign names ending in a vowel are often indeclinable ("Сальвини", "Монтедуро"); -у, -ю, -е
# are case endings as often, so those readings weigh less.
_INDECLINABLE_ENDINGS = {"о": 0.3, "и": 0.3, "і": 0.3, "э": 0.3, "ї": 0.3, "у": 0.2, "ю": 0.2, "е": 0.2}
_HUSHING = tuple("цжшщч")
# Endings of oblique case forms; an unknown name ending otherwise is taken as written.
_CASE_FINAL = tuple("аяуюеєыймх")


def _guesses(word: str) -> list[_Reading]:
    """Readings of a name pymorphy does not know, from its ending."""
    low = word.lower()
    out = []
    for case, gender, ending, repl in _GUESSES:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            if ending == "ем" and low[:-2].endswith(_HUSHING):
                repl = ""     # "Курцем" -> "Курц", not "Курць"
            if repl == "ь" and low[-len(ending) - 1] in _VOWELS:
                continue      # no name ends in a vowel and "ь": "Асію" is not "Асіь"
            # Masculine readings slightly ahead: foreign surnames in the news are mostly men's.
            out.append(_Reading(case, gender, 0.3 if gender == "masc" else 0.22,
                                base=word[:len(word) - len(ending)] + repl))
    if low[-1:] in _INDECLINABLE_ENDINGS:
        out.append(_Reading(None, None, _INDECLINABLE_ENDINGS[low[-1]], base=word))
    else:
        feminine = low.endswith(("а", "я"))
        # As written, it is a nominative; less likely so when its ending is also a case ending.
        weight = 0.25 if feminine else 0.2 if out else 0.3
        out.append(_Reading("nomn", "femn" if feminine else "masc", weight, base=word))
    return out


def _person_readings(word: str, lang: str) -> list[_Reading]:
    fixed = exceptions().get((lang, "name", word.lower()))
    if fixed is not None:
        return [_Reading(None, None, 1.0, base=_restyle(fixed, word))]
    if _is_plain(word):
        return [_Reading(None, None, 0.1, base=word)]
    out = []
    known_person = False
    for p in _parses(word, lang):
        grammemes = set(p.tag.grammemes)
        fixed = "Fixd" in grammemes
        if "plur" in grammemes or (p.tag.case is None and not fixed):
            continue
        person = bool(PERSON_TAGS & grammemes)
        if p.tag.POS == "NOUN" or person:
            weight = p.score * (2 if person else 1)
        else:   # adjectival surnames ("Курячої", "Зеленського") when nothing better fits
            weight = p.score * 0.5
        if not _from_dictionary(p):
            weight *= 0.25   # pymorphy's suffix guesses: no better than ours below
        known_person |= person and _from_dictionary(p)
        out.append(_Reading(None if fixed else str(p.tag.case), None if fixed else _gender(p), weight, parse=p))
    return out if known_person else out + _guesses(word)


def _fits(reading: _Reading, case: str, gender: str | None) -> bool:
    return (reading.case in (None, case)
            and (gender is None or reading.gender in (None, gender, "ms-f")))


def _only_plural(word: str, lang: str) -> bool:
    parses = _parses(word, lang)
    return bool(parses) and all("plur" in p.tag.grammemes for p in parses)


def _person(words: list[str], lang: str) -> list[str]:
    if all(_only_plural(w, lang) for w in words):     # a group: "Скрипалей", "американців"
        return _phrase(words, lang)
    options = [_person_readings(w, lang) for w in words]
    best, best_score = None, 0.0
    # Ties keep the earlier reading: masculine first (most people in the news are men), then the
    # nominative ("Павла Клімкіна" is Павло Клімкін; "Мей", "Меркель" stay as they are).
    for gender in ("masc", "femn", None):
        for case in CASE_ORDER:
            total = sum(max((r.weight for r in rs if _fits(r, case, gender)), default=0.0) for rs in options)
            if total > best_score + 1e-9:
                best, best_score = (case, gender), total
    if best is None:
        return words
    case, gender = best
    out = []
    for word, readings in zip(words, options):
        fitting = [r for r in readings if _fits(r, case, gender)]
        if not fitting:
            out.append(word)
            continue
        reading = max(fitting, key=lambda r: r.weight)
        if reading.parse is None:
            out.append(reading.base or word)
        elif reading.case is None:      # indeclinable
            out.append(word)
        else:
            want = {"nomn", "sing"} | ({gender} if gender else set())
            out.append(_inflect(reading.parse, want, word))
    return out


# --- other names: noun phrases -----------------------------------------------------------------

def _distance(a: str, b: str) -> int:
    """Insertions plus deletions between two words (via their longest common subsequence)."""
    row = [0] * (len(b) + 1)
    for ch in a:
        prev = 0
        for j, other in enumerate(b, start=1):
            prev, row[j] = row[j], prev + 1 if ch == other else max(row[j], row[j - 1])
    return len(a) + len(b) - 2 * row[-1]


def _rank(parse, word: str = "") -> tuple:
    """Sort key, best first: no person reading, inanimate, proper-name tags, singular, not a guessed
    neuter, nominative, dictionary score, then the lemma nearest to the word ("Києві" -> "київ", not "кий")."""
    grammemes = set(parse.tag.grammemes)
    # A guessed neuter lexeme ("брексито" for "брекситу") is the predictor's usual junk for a foreign name.
    guessed_neuter = "neut" in grammemes and not _from_dictionary(parse)
    return (bool(PERSON_TAGS & grammemes), "anim" in grammemes, not (PROPER_TAGS & grammemes), "plur" in grammemes,
            guessed_neuter, parse.tag.case != "nomn", -round(parse.score, 3), _distance(word.lower(), parse.normal_form))


def _agrees(adjective, noun) -> bool:
    a, n = adjective.tag, noun.tag
    if a.case != n.case:
        return False
    if "plur" in n.grammemes or "plur" in a.grammemes:
        return ("plur" in n.grammemes) == ("plur" in a.grammemes)
    return _gender(adjective) in (None, _gender(noun)) or _gender(noun) in (None, "ms-f") or "Fixd" in n


def _head_choices(words: list[str], lang: str) -> list[int]:
    """Possible head positions, most adjectives first: leading words that can be adjectives, then a noun."""
    choices = []
    for i, word in enumerate(words):
        if _is_plain(word):
            break
        parses = _parses(_split_suffix(word)[0], lang)
        if any(p.tag.POS == "NOUN" for p in parses):
            choices.append(i)
        if not any(p.tag.POS in ADJECTIVAL for p in parses):
            break
    return choices[::-1]


def _phrase(words: list[str], lang: str) -> list[str]:
    stem, tail = _split_suffix(words[0])
    fixed = exceptions().get((lang, "word", stem.lower()))
    if fixed is not None:
        return [_restyle(fixed, stem) + tail] + words[1:]
    choices = _head_choices(words, lang)
    if not choices and len(words) == 1 and not _is_plain(words[0]):
        # A lone adjective ("британских" tagged LOC): BSNLP's base is its masculine singular.
        adjectives = sorted((p for p in _parses(words[0], lang) if p.tag.POS == "ADJF"), key=lambda p: -p.score)
        return [_restyle(_fix_yo(adjectives[0].normal_form, words[0]), words[0])] if adjectives else words
    for head_at in choices:
        stem, tail = _split_suffix(words[head_at])
        nouns = sorted((p for p in _parses(stem, lang) if p.tag.POS == "NOUN"), key=lambda p: _rank(p, stem))
        if not any(_from_dictionary(p) for p in nouns) and not stem.lower().endswith(_CASE_FINAL):
            return words   # an unknown word that does not end like a case form: "Маргіч", "Барклі"
        adjectives = [[p for p in _parses(w, lang) if p.tag.POS in ADJECTIVAL] for w in words[:head_at]]
        # The head readings that every leading adjective agrees with, best first.
        agreeing_heads = [n for n in nouns if all(any(_agrees(a, n) for a in adj) for adj in adjectives)]
        if not agreeing_heads:
            continue
        if "Fixd" in agreeing_heads[0].tag or agreeing_heads[0].tag.case == "nomn":
            return words
        first = _inflect_phrase(words, head_at, adjectives, agreeing_heads[0], stem, tail)
        kb = _kb() if len(agreeing_heads) > 1 else None
        if kb is not None:
            # "Аравійському морі": "море" and "мор" both agree; "Кракові": "Краків" or "Крак". A reading
            # the KB knows as a name wins.
            for head in agreeing_heads:
                reading = first if head is agreeing_heads[0] else _inflect_phrase(
                    words, head_at, adjectives, head, stem, tail)
                if kb.lookup(" ".join(reading), lang):
                    return reading
        return first
    return words


def _inflect_phrase(words: list[str], head_at: int, adjectives: list[list], head, stem: str, tail: str) -> list[str]:
    """`words` with the leading adjectives and the head (reading `head`) in the nominative."""
    number = "plur" if "plur" in head.tag.grammemes else "sing"
    out = []
    for word, adj in zip(words[:head_at], adjectives):
        agreeing = sorted((a for a in adj if _agrees(a, head)), key=lambda p: -p.score)
        want = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", _gender(head) or "masc"}
        out.append(_inflect(agreeing[0], want, word))
    out.append(_inflect(head, {"nomn", number}, stem) + tail)
    return out + words[head_at + 1:]


# --- entry point -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _kb():
    """The knowledge base, or None when it cannot be loaded (it is optional here; logged once)."""
    try:
        from ..knowledge import load_kb
        return load_kb()
    except Exception as exc:   # a broken KB must not stop base forms
        log.warning("normalizer works without the knowledge base: %s", exc)
        return None


@lru_cache(maxsize=20_000)
def _in_lexeme(candidate: str, word: str, lang: str) -> bool:
    """True when `candidate` is `word` itself or another form of one of its readings."""
    wanted = candidate.lower().replace("ё", "е")
    return wanted == word.lower().replace("ё", "е") or any(
        form.word.replace("ё", "е") == wanted for p in _parses(word, lang) for form in p.lexeme)


def _kb_name(text: str, lang: str) -> str | None:
    """The KB's name (in `lang`) of the one entry that has `text` as an alias, when every word of
    that name is a form of the mention's word: the KB picks among the readings ("Києві" -> "Київ")
    but never replaces the mention (BSNLP's base of "ЄС" is "ЄС", of "Брексіт" not "Брекзит")."""
    kb = _kb()
    if kb is None:
        return None
    names = {e.name(lang) for e in kb.lookup(text, lang)}
    if len(names) != 1:
        return None
    name = names.pop()
    words, name_words = text.split(), name.split()
    if len(words) != len(name_words) or any(
            _is_plain(w) or not _in_lexeme(n, w, lang) for w, n in zip(words, name_words)):
        return None
    return " ".join(_restyle(n, w) for n, w in zip(name_words, words))


def normalize_mention(text: str, lang: str, etype: str, tokens: Sequence[Token] | None = None) -> str:
    """Base form of an entity mention (nominative singular; the form itself for indeclinables).

    `etype` is PER ORG LOC EVT or PRO; `tokens` (the mention's tokens) are accepted for callers
    that have them, the words are re-analysed here either way.
    """
    stripped = " ".join(text.split())
    if lang not in MORPH_LANGS or not stripped:
        return stripped
    table = exceptions()
    known = table.get((lang, "mention", stripped.lower()))
    if known is not None:
        return _restyle(known, stripped) if " " not in known else known
    kb_name = _kb_name(stripped, lang)
    if kb_name is not None:
        return kb_name
    # A quoted name ("«Північного потоку-2»") is normalized inside its quotes.
    prefix, inner, suffix = _QUOTED.match(stripped).groups()
    words = _WORD.findall(inner)
    if not words:
        return stripped
    out = _person(words, lang) if etype == "PER" else _phrase(words, lang)
    return prefix + " ".join(out) + suffix
