"""Mentions of one document grouped into entities, each with a name and a key.

Grouping, in order: (1) a knowledge-base entry (an alias such as "ЄС"/"Євросоюз"/"Європейський
Союз" or "Росія"/"РФ" gives one entry id); (2) the same base form; (3) a one-word person mention
that is the surname (last word) of a longer person name in the document ("Алієв" after "Ільхам
Алієв"), or its given name alone ("Тереза" after "Тереза Мей"); (4) a short form of a longer
organisation name of the document: its head noun alone ("Комісія" after "Європейська комісія",
"Рада" after "Рада ЄС") or its first words ("Комітет міністрів" after "Комітет міністрів Ради
Європи"), when exactly one organisation of the document fits (or one clearly dominates); (5) an
acronym of a longer name of the document ("НАЗК" after "Національне агентство з питань
запобігання корупції"). The entity's name is the KB name in the document's language, else the
base form of its longest mention; its key is the KB id, else a transliteration key
(`keys.entity_key`).

Everything is decided inside one document and the KB: a document's keys never depend on which
other documents are processed with it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..knowledge.lemmas import lemma_options
from ..knowledge.normalize import normalize as _normalize
from .keys import entity_key, person_name_parts, transliterate
from .gazetteer import kb_entries, knowledge_base, split_words


@lru_cache(maxsize=100_000)
def kb_normalize(form: str) -> str:
    """The KB's comparison key of `form`, once per form: grouping compares each name of a
    document with the names of every group found before it."""
    return _normalize(form)


# How many times more often the document must name one of several organisations that a short
# form could shorten ("Комісія") before the short form is taken to be that one.
DOMINANCE = 2


@dataclass
class MentionRec:
    start: int
    end: int
    text: str
    type: str
    base: str
    kb_id: str | None = None
    kind: str | None = None          # "office": an office phrase standing for its holder


@dataclass
class Group:
    mentions: list[MentionRec] = field(default_factory=list)
    kb_id: str | None = None

    @property
    def type(self) -> str:
        # Votes weighted by length: a full name's type beats the tagger's guess on a lone head noun.
        votes: dict[str, int] = {}
        for m in self.mentions:
            if m.kind != "office":
                votes[m.type] = votes.get(m.type, 0) + len(m.base.split())
        if not votes:
            return self.mentions[0].type
        # the first type with the most votes, as Counter.most_common(1) gives it
        return max(votes, key=votes.__getitem__)

    def longest(self) -> MentionRec:
        named = [m for m in self.mentions if m.kind != "office"] or self.mentions
        return max(named, key=lambda m: (len(m.base.split()), len(m.base), -m.start))


def choose_entry(form: str, base: str, etype: str, lang: str, date: str | None):
    """The KB entry a mention names, or None when unknown or ambiguous."""
    candidates = kb_entries(base, lang) or kb_entries(form, lang)
    if not candidates and etype == "PER":
        candidates = _person_by_surname(base, lang) or _person_by_surname(form, lang) or _by_lemmas(form, lang)
    if not candidates and etype != "PER":
        candidates = _by_spelling(base) or _by_spelling(form)
    if not candidates and etype == "LOC":
        candidates = _place_by_lemmas(form, lang)
    if not candidates:
        return None
    same_type = [e for e in candidates if e.type == etype] or candidates
    # Ambiguous surnames (Алієв: Heydar or Ilham): the one in office at the article's date.
    return knowledge_base().by_date(list(same_type), date)


def _person_by_surname(base: str, lang: str) -> tuple:
    """People of the KB that a name the KB does not list names: an initial or a variant spelling
    of the first name before a known surname ("П. Клімкін", "Гіларі Клінтон", "Дональда Трамп"),
    or a surname spelled or inflected otherwise ("Йоханесс Хан" for Йоганнес Ган, "Домініка
    Рабе" for Домінік Рааб: `_people_by_surname_spelling`).

    The first name must agree with the entry's (same initial, or the same first three letters
    of its transliteration), so "Іванка Трамп" does not become Donald Trump.
    """
    given, surname = person_name_parts(base)
    if not given or not surname:
        return ()
    out = []
    for entry in dict.fromkeys([*kb_entries(surname, lang), *_people_by_surname_spelling(surname)]):
        if entry.type != "PER":
            continue
        firsts = {person_name_parts(name)[0] for name in entry.forms()} - {""}
        if any(_first_names_agree(given, first) for first in firsts):
            out.append(entry)
    return tuple(out)


@lru_cache(maxsize=1)
def _surname_spellings() -> dict[str, tuple]:
    """Transliteration of every KB person's surname (in every language) -> those people."""
    index: dict[str, list] = {}
    for entry in knowledge_base().entries.values():
        if entry.type != "PER":
            continue
        for name in entry.forms():
            key = transliterate(person_name_parts(name)[1])
            if len(key) >= 3 and entry not in index.setdefault(key, []):
                index[key].append(entry)
    return {key: tuple(people) for key, people in index.items()}


def _people_by_surname_spelling(surname: str) -> tuple:
    """KB people whose surname transliterates like `surname` (г/х, и/і, doubled letters agree:
    "Хан" = "Ган"), or like it without a case ending of one or two letters the normalizer left
    on ("Рабе" -> "Рааб"). The caller checks the first name."""
    key = transliterate(surname)
    index = _surname_spellings()
    found = list(index.get(key, ()))
    for cut in (1, 2):
        if len(key) - cut >= 3:
            found.extend(index.get(key[:-cut], ()))
    return tuple(dict.fromkeys(found))


# Shorter transliteration keys collide too easily ("Рада" and "Радо") to link by spelling alone.
_MIN_SPELLING_KEY = 10


@lru_cache(maxsize=1)
def _name_spellings() -> dict[str, tuple]:
    """Transliteration of every name and alias of KB organisations, places, events and products
    (in every language) -> those entries; only keys one entry owns."""
    index: dict[str, list] = {}
    for entry in knowledge_base().entries.values():
        if entry.type == "PER":
            continue
        for name in entry.forms():
            key = transliterate(name)
            if len(key) >= _MIN_SPELLING_KEY and entry not in index.setdefault(key, []):
                index[key].append(entry)
    return {key: tuple(found) for key, found in index.items() if len(found) == 1}


def _by_spelling(name: str) -> tuple:
    """The KB entry a long name the KB does not list spells otherwise ("Техрик-э-Лабаик
    Пакистан" for Техрик-е-Лаббайк Пакистан): the same transliteration skeleton (г/х, и/і, е/э,
    doubled letters agree)."""
    key = transliterate(name)
    return _name_spellings().get(key, ()) if len(key) >= _MIN_SPELLING_KEY else ()


def warm_up() -> None:
    """Build the KB's spelling indexes (about a tenth of a second) before the first document that
    needs them."""
    _surname_spellings()
    _name_spellings()


def _place_by_lemmas(form: str, lang: str) -> tuple:
    """KB places a one-word form names through any of its lemmas, for base forms the normalizer got
    wrong on a word the dictionary does not know ("Белуджистані", "Шимкенті": the guessed readings
    include the name). Places only: a lone word's lemmas reach too far for people."""
    if lang not in ("uk", "ru") or len(split_words(form)) != 1:
        return ()
    return tuple(e for e in knowledge_base().lookup_lemmas([set(lemma_options(form, lang))], lang)
                 if e.type == "LOC")


def _by_lemmas(form: str, lang: str) -> tuple:
    """KB entries a form names through every lemma of its words, for base forms the normalizer
    got wrong ("Домініка Рааба" read as "Домініка Рабе" is still "Домінік Рааб")."""
    if lang not in ("uk", "ru"):
        return ()
    from ..language.morphology import analyze

    words = form.split()
    # Whole names only: a lone word's lemmas reach too far ("Бориса" -> "Борис" -> "Борисов");
    # a hyphenated pair ("Асію-Бібі") is a whole name.
    if not 2 <= len(split_words(form)) <= 4 or len(words) > 4:
        return ()
    options = [{w.lower(), *(a.lemma for a in analyze(w, lang))} for w in words]
    return tuple(e for e in knowledge_base().lookup_lemmas(options, lang) if e.type == "PER")


def _first_names_agree(mention_first: str, entry_first: str) -> bool:
    a, b = transliterate(mention_first), transliterate(entry_first)
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:          # an initial
        return a[0] == b[0]
    return a[:3] == b[:3]


def unlink_lone_given_names(mentions: Sequence[MentionRec], lang: str,
                            titled: frozenset[int] | set[int] | Callable[[], set[int]] = frozenset(),
                            text: str = "") -> list[MentionRec]:
    """Mentions without the KB link of a lone first name that the KB knows as someone's surname
    ("чоловік Філіп" is not Pavel Filip, "Кирил" alone is not the patriarch) unless the document
    also names that person in more words ("Павел Філіп ... Філіп"), or a title or role comes
    right before it (`titled`: the starts of such mentions, "президент Павел"), or the person's
    own first name does, outside the mention (`text`: "Павел [Філіп]" when the tagger took one word).
    `titled` may also be a function that gives those starts: called only when a mention needs
    them (few documents have a lone first name), and then once.

    A first name here is a word the dictionary knows (not a guess from its ending) with a
    first-name reading and no surname reading ("Мартін" is also a surname: it stays linked)."""
    named_in_full = {m.kb_id for m in mentions if m.kb_id and len(m.base.split()) > 1}
    starts: list = [titled]

    def is_titled(start: int) -> bool:
        if callable(starts[0]):
            starts[0] = starts[0]()
        return start in starts[0]

    out = []
    for m in mentions:
        if m.kb_id and m.type == "PER" and m.kind is None and len(m.base.split()) == 1 \
                and m.kb_id not in named_in_full and _bare_given_name(m.text, lang) and not is_titled(m.start) \
                and not _after_own_first_name(text, m.start, m.kb_id):
            m = MentionRec(m.start, m.end, m.text, m.type, m.base, None, m.kind)
        out.append(m)
    return out


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def _after_own_first_name(text: str, start: int, kb_id: str) -> bool:
    """Whether the word before `start` is a capitalised first name of KB person `kb_id`."""
    found = _WORD_BEFORE.search(text[max(0, start - 40):start])
    entry = knowledge_base().get(kb_id)
    if not found or not found.group(1)[:1].isupper() or entry is None:
        return False
    firsts = {person_name_parts(name)[0] for name in entry.forms()} - {""}
    return any(_first_names_agree(found.group(1), first) for first in firsts)


@lru_cache(maxsize=50_000)
def _bare_given_name(word: str, lang: str) -> bool:
    """A dictionary word read as a first name and never as a surname ("Філіп", "Павел")."""
    if lang not in ("uk", "ru") or not word.isalpha():
        return False
    from ..language.morphology import analyze, analyzer

    if not analyzer(lang).word_is_known(word.lower()):
        return False
    readings = analyze(word, lang)
    return any("Name" in a.tags for a in readings) and not any("Surn" in a.tags for a in readings)


def group_mentions(mentions: Sequence[MentionRec], lang: str | None = None) -> list[Group]:
    """Mentions of one document grouped into entities (see the module's docstring for the rules).

    `lang` ("uk", "ru") helps find the head noun of organisation names; without it the
    language is guessed from the letters of each word.
    """
    groups: list[Group] = []
    by_kb: dict[str, Group] = {}
    by_base: dict[tuple[str, str], Group] = {}
    # Longer names first, so that surnames find the full name they belong to.
    order = sorted(mentions, key=lambda m: (-len(m.base.split()), m.start))
    for m in order:
        base_key = kb_normalize(m.base)
        group = None
        if m.kb_id:
            group = by_kb.get(m.kb_id)
        if group is None:
            group = by_base.get((m.type, base_key))
            if group is not None and m.kb_id and group.kb_id and group.kb_id != m.kb_id:
                group = None
        if group is None and m.type == "PER" and len(m.base.split()) == 1:
            group = _surname_owner(groups, base_key)
            if group is not None and m.kb_id and group.kb_id not in (None, m.kb_id):
                group = None
        if group is None and m.type == "PER" and len(m.base.split()) == 1 and not m.kb_id:
            group = _given_name_owner(groups, base_key, _is_given_name(m.base, lang), lang)
        if group is None and not m.kb_id and m.kind != "office":
            group = _organisation_owner(groups, m, lang)
        if group is None and not m.kb_id and _ACRONYM.match(m.text):
            group = _acronym_owner(groups, m.text)
        if group is None:
            group = Group()
            groups.append(group)
        group.mentions.append(m)
        if m.kb_id and not group.kb_id:
            group.kb_id = m.kb_id
        if group.kb_id:
            by_kb.setdefault(group.kb_id, group)
        by_base.setdefault((m.type, base_key), group)
    for g in groups:
        g.mentions.sort(key=lambda m: m.start)
    groups.sort(key=lambda g: g.mentions[0].start)
    return groups


def _surname_owner(groups: Sequence[Group], surname: str) -> Group | None:
    owners = [g for g in groups if g.type == "PER" and any(
        len(m.base.split()) > 1 and kb_normalize(m.base.split()[-1]) == surname for m in g.mentions)]
    return owners[0] if len(owners) == 1 else None


def _given_name_owner(groups: Sequence[Group], given: str, known_given_name: bool,
                      lang: str | None = None) -> Group | None:
    """The one person of the document whose full name starts with `given` ("Тереза" after
    "Тереза Мей"); None when several do ("Дональд": Trump and Tusk). Unless the dictionary knows
    `given` as a first name and the full name is written in capitals, only people of the KB
    count: a tagger's run-on span ("Радою і Парламентом") is no person."""
    owners = [g for g in groups if g.type == "PER" and any(
        len(m.base.split()) > 1 and kb_normalize(m.base.split()[0]) == given
        and (g.kb_id or known_given_name and _reads_as_full_name(m, lang))
        for m in g.mentions)]
    return owners[0] if len(owners) == 1 else None


def _reads_as_full_name(m: MentionRec, lang: str | None) -> bool:
    """Capitalised words ending on a surname, not on an adjective ("Радою Європейського")."""
    from ..language.morphology import analyze

    words = m.text.split()
    if not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    code = lang if lang in ("uk", "ru") else _guess_lang(last.lower())
    readings = analyze(last, code)
    return not readings or not all(a.pos == "ADJF" for a in readings)


@lru_cache(maxsize=50_000)
def _is_given_name(word: str, lang: str | None) -> bool:
    """Whether the morphology dictionary reads `word` as a first name ("Тереза", "Винни")."""
    from ..language.morphology import analyze

    code = lang if lang in ("uk", "ru") else _guess_lang(word.lower())
    return any("Name" in a.tags for a in analyze(word, code))


_ACRONYM = re.compile(r"^[A-ZА-ЯІЇЄҐ]{2,8}$")
# Words an acronym skips ("Європейський суд з прав людини" -> ЄСПЛ).
_FUNCTION_WORDS = frozenset({"з", "із", "зі", "і", "й", "та", "у", "в", "по", "до", "на", "для", "щодо", "и", "с",
                             "со", "о", "об", "of", "the", "for", "and", "on", "in", "at", "to"})


def _acronym_owner(groups: Sequence[Group], acronym: str) -> Group | None:
    """The one multi-word name of the document that `acronym` abbreviates ("НАЗК" after
    "Національне агентство з питань запобігання корупції"): its letters are initials of the name's
    words in order, from the first word's to the last word's."""
    owners = []
    letters = acronym.lower()
    for g in groups:
        if g.type == "PER":
            continue
        for other in g.mentions:
            words = [w for w in re.split(r"[\s\-]+", kb_normalize(other.base)) if w and w not in _FUNCTION_WORDS]
            if len(words) >= len(letters) and _initials_fit(letters, [w[0] for w in words]):
                owners.append(g)
                break
    return owners[0] if len(owners) == 1 else None


def _initials_fit(letters: str, initials: list[str]) -> bool:
    """`letters` a subsequence of `initials` that starts at the first and ends at the last."""
    if not initials or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    i = 0
    for ch in initials:
        if i < len(letters) and ch == letters[i]:
            i += 1
    return i == len(letters)


def _organisation_owner(groups: Sequence[Group], m: MentionRec, lang: str | None) -> Group | None:
    """The one organisation of the document whose longer name `m` shortens, else None.

    A one-word mention (of any type: the tagger often calls a lone "Рада" a person) must be the
    head noun of the longer name, as written in the document or as the KB names the group's
    entry; a longer ORG mention must be the first words of a name written in the document.
    """
    words = kb_normalize(m.base).split()
    if not words:
        return None
    owners = []
    for g in groups:
        if g.type != "ORG":
            continue
        names = [other.base for other in g.mentions if other.kind != "office"]
        entry = knowledge_base().get(g.kb_id) if g.kb_id else None
        if entry is not None and len(words) == 1:
            # The KB's full names count too: "Комісія" after "Єврокомісія" (Європейська комісія).
            names.extend(entry.forms(lang) if lang else entry.forms())
        for name in names:
            other_words = kb_normalize(name).split()
            if len(other_words) <= len(words):
                continue
            if len(words) == 1:
                fits = _head_noun(tuple(other_words), lang) == words[0]
            else:
                fits = m.type == "ORG" and other_words[:len(words)] == words
            if fits:
                owners.append(g)
                break
    if len(owners) > 1:
        # Several fit ("Європейська комісія" and "Венеціанська комісія"): the one the document
        # names most often, if it clearly dominates; else the short form stays apart.
        owners.sort(key=lambda g: -len(g.mentions))
        if len(owners[0].mentions) >= DOMINANCE * len(owners[1].mentions):
            return owners[0]
        return None
    return owners[0] if owners else None


@lru_cache(maxsize=50_000)
def _head_noun(words: tuple[str, ...], lang: str | None) -> str | None:
    """The head of a uk/ru organisation name: its first noun ("європейська комісія" -> "комісія",
    "рада єс" -> "рада", "комітет міністрів" -> "комітет"); None when no word is a noun."""
    from ..language.morphology import analyze

    for word in words:
        if not word.isalpha():
            return None
        code = lang if lang in ("uk", "ru") else _guess_lang(word)
        readings = analyze(word, code)
        if not readings:
            return None
        if readings[0].pos == "NOUN" and not any(r.pos == "ADJF" for r in readings):
            return word
        if not any(r.pos == "ADJF" for r in readings):
            return None      # neither adjective nor noun: a name, an acronym, a preposition
    return None


def _guess_lang(word: str) -> str:
    if any(ch in "ыэъё" for ch in word):
        return "ru"
    return "uk"


def group_name_and_key(group: Group, lang: str) -> tuple[str, str]:
    entry = knowledge_base().get(group.kb_id) if group.kb_id else None
    best = group.longest()
    if entry is not None:
        # A person's full name as the document writes it ("Владімір Путін") beats the KB's
        # spelling ("Володимир Путін"); otherwise the KB's name in the document's language.
        if group.type == "PER" and len(best.base.split()) > 1:
            return best.base, entry.id
        return entry.names.get(lang) or best.base, entry.id
    return best.base, entity_key(best.base, group.type)
