"""Document-level consistency of entity labels.

A tagger decides token by token; a reader knows that "Баку" is the same name in every sentence of
an article. `propagate` (1) gives every occurrence of one form the type it got most often in the
document and (2) tags untagged occurrences of a tagged form, by exact words or by shared lemmas
("Путіна" tagged -> "Путін" tagged too; a person's surname alone), when they are capitalised like the tagged one.
`drop_common_words` removes common words and lower-case descriptions the tagger took for names.
The stage then repairs types and boundaries with the dictionary and the KB: `first_names_are_people`
("Олексій" as ORG), `split_place_and_person` ("Північної Ірландії Шейлеш Вара" as one ORG) and
`short_organisation_names` ("Комісія" after "Європейська комісія" is that ORG, not a place);
`drop_non_names` removes what cannot be a name whatever the tagger says (initials alone, contact
details, "Генеральний [директор]", "Голова [Комісії]", "Ко-місія" hyphenated at a line break).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..doc import Doc, Token


def _lemmas(tok: Token) -> frozenset[str]:
    return frozenset({a.lemma.lower() for a in tok.analyses} | {tok.text.lower()})


def _same_word(a: Token, b: Token) -> bool:
    if a.text.lower() == b.text.lower():
        return True
    # Lemma matches only for words long enough to carry a name ("ЄС" must not match "є").
    return len(a.text) > 3 and len(b.text) > 3 and bool(_lemmas(a) & _lemmas(b))


def propagate(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    tokens = doc.tokens
    if not spans or not tokens:
        return list(spans)
    start_index, end_index = doc.token_index()
    # Token ranges of the tagged spans (spans that do not align with tokens are kept untouched).
    ranges = []
    for start, end, etype in spans:
        i, j = start_index.get(start), end_index.get(end)
        ranges.append((i, j, etype) if i is not None and j is not None else (start, end, etype, None))

    # (1) majority type per lower-cased form.
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in ranges:
        if len(r) == 3:
            votes[doc.text[tokens[r[0]].start:tokens[r[1]].end].lower()][r[2]] += 1
    majority = {form: c.most_common(1)[0][0] for form, c in votes.items()}

    taken = [False] * len(tokens)
    result: list[tuple[int, int, str]] = []
    forms: dict[tuple[str, ...], tuple[int, int, str]] = {}
    for r in ranges:
        if len(r) == 4:
            result.append(r[:3])
            continue
        i, j, etype = r
        form = doc.text[tokens[i].start:tokens[j].end].lower()
        etype = majority.get(form, etype)
        result.append((tokens[i].start, tokens[j].end, etype))
        for k in range(i, j + 1):
            taken[k] = True
        forms.setdefault(tuple(t.text.lower() for t in tokens[i:j + 1]), (i, j, etype))
        if etype == "PER" and j > i and tokens[j].text[:1].isupper() and len(tokens[j].text) > 2:
            # The surname alone refers to the same person later ("Алієва" after "Ільхама Алієва").
            forms.setdefault((tokens[j].text.lower(),), (j, j, etype))

    # (2) untagged occurrences of tagged forms, longest forms first.
    by_first: dict[str, list[int]] = defaultdict(list)
    lemmas_of: dict[tuple[str, int], frozenset[str]] = {}     # repeats of a word share its readings
    for k, tok in enumerate(tokens):
        if tok.text[:1].isupper():
            key = (tok.text, id(tok.analyses))
            lemmas = lemmas_of.get(key)
            if lemmas is None:
                lemmas = lemmas_of[key] = _lemmas(tok)
            for lemma in lemmas:
                by_first[lemma].append(k)
    for words, (i, j, etype) in sorted(forms.items(), key=lambda f: -len(f[0])):
        pattern = tokens[i:j + 1]
        if not pattern[0].text[:1].isupper():
            continue
        n = len(pattern)
        candidates = sorted({k for lemma in _lemmas(pattern[0]) for k in by_first.get(lemma, ())})
        for k in candidates:
            if k + n > len(tokens) or any(taken[k:k + n]) or tokens[k + n - 1].sent != tokens[k].sent:
                continue
            if all(_same_word(p, t) and (t.text[:1].isupper() == p.text[:1].isupper())
                   for p, t in zip(pattern, tokens[k:k + n])):
                for m in range(k, k + n):
                    taken[m] = True
                result.append((tokens[k].start, tokens[k + n - 1].end, etype))
    return sorted(result)


_PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})


def _known_to_kb(tok: Token, lang: str) -> bool:
    from .gazetteer import kb_entries

    return bool(kb_entries(tok.text, lang)) or any(kb_entries(a.lemma, lang) for a in tok.analyses)


def _lowercase_common_word(tok: Token, lang: str) -> bool:
    """A word written in lower case that the dictionary knows only as a common word ("центру"):
    never a name on its own; names the press writes in lower case are in the KB ("брексит")."""
    return tok.text.islower() and bool(tok.analyses) \
        and not any(a.tags & _PROPER_TAGS for a in tok.analyses) and not _known_to_kb(tok, lang)


def _in_dictionary(tok: Token, lang: str) -> bool:
    """Whether the readings come from the dictionary, not from pymorphy's guesser (which gives
    "Укрстрой" a first-name reading). The uk dictionary scores every known reading 1.0."""
    return bool(tok.analyses) and (lang != "uk" or all(a.score == 1.0 for a in tok.analyses))


def _first_name_only(tok: Token, lang: str) -> bool:
    """A dictionary word read only as a first name: "Олексій", not "Соня" (also "соня", a
    sleepyhead) or "Раду" (also "рада", a council)."""
    return _in_dictionary(tok, lang) and all("Name" in a.tags for a in tok.analyses)


def _surname_like(tok: Token, lang: str) -> bool:
    """A surname or patronymic in the dictionary (a guessed word may be a company's name:
    "Альфа Трейдинг"; KB people are typed by the stage: "Домінік Рааб")."""
    return _in_dictionary(tok, lang) and any(a.tags & {"Surn", "Patr"} for a in tok.analyses)


def first_names_are_people(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """ORG/LOC spans of the tagger that are a person's name, retyped PER: one word that is only a
    first name ("Олексій"), or two or three capitalised words from a first name to a surname or
    patronymic ("Олександр Петренко"). Names the KB knows keep their type."""
    lang = doc.lang or ""
    tokens = doc.tokens
    start_index, end_index = doc.token_index()
    out = []
    for start, end, etype in spans:
        i, j = start_index.get(start), end_index.get(end)
        if etype in ("ORG", "LOC") and i is not None and j is not None and j - i < 3 \
                and all(t.text[:1].isupper() for t in tokens[i:j + 1]) and _first_name_only(tokens[i], lang) \
                and (i == j or _surname_like(tokens[j], lang)) \
                and not _known_to_kb(tokens[i], lang) and not _kb_name(doc.text[start:end], lang):
            etype = "PER"
        out.append((start, end, etype))
    return out


def organisation_heads(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> set[str]:
    """Lemmas of the head nouns of the document's multi-word ORG spans: the first common noun
    ("Європейська [комісія]", "[Рада] ЄС"), not a place or name inside the name ("Аеропорт
    Бориспіль", "Союз ... України")."""
    tokens = doc.tokens
    start_index, end_index = doc.token_index()
    heads: set[str] = set()
    for start, end, etype in spans:
        i, j = start_index.get(start), end_index.get(end)
        if etype == "ORG" and i is not None and j is not None and j > i:
            heads |= organisation_head(tokens[i:j + 1])
    return heads


def organisation_head(name: Sequence[Token]) -> frozenset[str]:
    """Lemmas of the head noun of an organisation's name: its first word with a common-noun
    reading ("Європейська [комісія]", "[Рада] ЄС"), not a place or a name inside it ("Аеропорт
    Бориспіль", "Союз ... України"); empty when it has none."""
    for t in name:
        head = frozenset(a.lemma for a in t.analyses if a.pos == "NOUN" and not a.tags & _PROPER_TAGS)
        if head:
            return head
    return frozenset()


def short_organisation_names(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One-word PER/LOC spans that are a common noun of an organisation named in full in the
    document ("Комісія" after "Європейська комісія", "Радою" after "Рада ЄС"), retyped ORG: the
    short form names the same organisation. The word must have a common-noun reading (not only a
    name: "Рада" is also a first name) whose lemma is the head noun of a longer ORG span."""
    tokens = doc.tokens
    start_index, _ = doc.token_index()
    org_nouns = organisation_heads(doc, spans)
    if not org_nouns:
        return list(spans)
    out = []
    for start, end, etype in spans:
        i = start_index.get(start)
        if etype in ("PER", "LOC") and i is not None and tokens[i].end == end and tokens[i].text[:1].isupper() \
                and any(a.pos == "NOUN" and not a.tags & _PROPER_TAGS and a.lemma in org_nouns
                        for a in tokens[i].analyses):
            etype = "ORG"
        out.append((start, end, etype))
    return out


@lru_cache(maxsize=1)
def org_heads() -> frozenset[tuple[str, str]]:
    """(language, lemma) of the head nouns of institution names; data/org_heads.tsv, one
    `lang<TAB>lemma<TAB>gloss` a line."""
    from ..datafiles import tsv_rows

    return frozenset((cells[0], cells[1]) for _, _, cells in
                     tsv_rows("podiya.entities", "org_heads.tsv", "lang<TAB>lemma<TAB>gloss", 3, 3))


def _common_adjective(tok: Token) -> bool:
    return any(a.pos == "ADJF" and not a.tags & _PROPER_TAGS for a in tok.analyses)


def _head_noun(tok: Token, heads: frozenset[str] | set[str]) -> bool:
    return tok.text.islower() and any(a.pos == "NOUN" and a.lemma in heads for a in tok.analyses)


def organisation_phrases(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Institution names the tagger missed, added as ORG: inside a sentence, a capitalised
    adjective, more lower-case adjectives, and the head noun of an institution (data/org_heads.tsv):
    "Верховный суд", "Консервативна партія", "Пакистанский суд". A place right after it in the
    genitive belongs to the name ("Верховный суд Пакистана"): its LOC span is absorbed. Words some
    span already covers are left to that span."""
    lang = doc.lang or ""
    heads = {lemma for code, lemma in org_heads() if code == lang}
    tokens = doc.tokens
    if not heads or not tokens:
        return list(spans)
    covering: list[tuple[int, int, str] | None] = [None] * len(tokens)
    starts = [t.start for t in tokens]
    from bisect import bisect_left

    for span in spans:
        k = bisect_left(starts, span[0])
        while k < len(tokens) and tokens[k].start < span[1]:
            covering[k] = span
            k += 1
    out = list(spans)
    absorbed = set()
    i = 1
    while i < len(tokens):
        tok = tokens[i]
        if covering[i] is None and tok.text[:1].isupper() and not tok.text.isupper() \
                and tokens[i - 1].sent == tok.sent and _common_adjective(tok):
            j = i + 1
            while j < len(tokens) and covering[j] is None and tokens[j].text.islower() \
                    and _common_adjective(tokens[j]) and not _head_noun(tokens[j], heads):
                j += 1
            if j < len(tokens) and covering[j] is None and tokens[j].sent == tok.sent and _head_noun(tokens[j], heads) \
                    and not predicative_at(tokens, j, lang):
                end = tokens[j].end
                after = covering[j + 1] if j + 1 < len(tokens) else None
                if after is not None and after[2] == "LOC" and after[0] == tokens[j + 1].start \
                        and any(a.case == "gent" for a in tokens[j + 1].analyses):
                    end = after[1]
                    absorbed.add(after)
                out.append((tok.start, end, "ORG"))
                i = j + 1
                continue
        i += 1
    return sorted(span for span in out if span not in absorbed)


@lru_cache(maxsize=1)
def predicative_adjectives() -> frozenset[tuple[str, str]]:
    """(language, lemma) of adjectives used predicatively ("рада", "готов", "согласен");
    data/predicative_adjectives.tsv, one `lang<TAB>lemma<TAB>gloss` a line."""
    from ..datafiles import tsv_rows

    return frozenset((cells[0], cells[1]) for _, _, cells in
                     tsv_rows("podiya.entities", "predicative_adjectives.tsv", "lang<TAB>lemma<TAB>gloss", 3, 3))


# Words before a predicative adjective: a copula is read from its lemma; these adverbs directly.
_BEFORE_PREDICATE = frozenset({"не", "дуже", "вельми", "так", "вже", "завжди", "очень", "весьма", "уже", "всегда"})
# Words after one: a clause it governs ("рада, що", "рад, что").
_AFTER_PREDICATE = frozenset({"що", "щоб", "аби", "что", "чтобы", "бо"})


def predicative_at(tokens: Sequence[Token], j: int, lang: str) -> bool:
    """Whether token `j` is a lower-case adjective used as a predicate ("Королева рада схвалити",
    "Королева була рада", "рад, что"): "glad", not a council ("рада"), and never the end of a name.
    The reading needs the context: an infinitive or a clause after it, or a copula or an adverb
    before it; "Національна рада, яка" stays a council."""
    tok = tokens[j]
    if not tok.text.islower() or not any((lang, a.lemma) in predicative_adjectives() for a in tok.analyses):
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) and tokens[j + 1].sent == tok.sent else None
    if after is not None:
        if after.text.lower() in _AFTER_PREDICATE:
            return True
        if after.text == "," and j + 2 < len(tokens) and tokens[j + 2].text.lower() in _AFTER_PREDICATE:
            return True
        if any(a.pos == "INFN" or "infn" in a.tags for a in after.analyses):
            return True
    before = tokens[j - 1] if j > 0 and tokens[j - 1].sent == tok.sent else None
    return before is not None and (before.text.lower() in _BEFORE_PREDICATE or any(
        a.pos == "VERB" and a.lemma in ("бути", "быть") for a in before.analyses))


def cut_predicates(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Spans without a predicative adjective at their end ("[Тереза Мей] рада, що"); an ORG
    span that ends on one loses its head noun ("Королева рада схвалити": "royal council" is a
    misreading of "the Queen is glad to") and is dropped, unless the KB knows the rest."""
    lang = doc.lang or ""
    if lang not in ("uk", "ru"):
        return list(spans)
    tokens = doc.tokens
    start_index, end_index = doc.token_index()
    out = []
    for start, end, etype in spans:
        i, j = start_index.get(start), end_index.get(end)
        if i is None or j is None or not predicative_at(tokens, j, lang):
            out.append((start, end, etype))
            continue
        k = j - 1
        while k >= i and not any(ch.isalnum() for ch in tokens[k].text):
            k -= 1
        if k < i:
            continue
        rest = doc.text[start:tokens[k].end]
        if etype == "ORG" and not _kb_name(rest, lang):
            continue
        out.append((start, tokens[k].end, etype))
    return out


def _kb_name(form: str, lang: str) -> bool:
    from .gazetteer import kb_entries

    return bool(kb_entries(form, lang))


def split_known_name_and_person(doc_tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]],
                                known: Sequence[tuple[int, int, str, str]], splits,
                                index: tuple[dict[int, int], dict[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """Spans that run from a knowledge-base name (`known`: (start, end, type, id)) on into a
    person's name, split in two: the KB name with its type and the rest as PER, wherever
    `splits(etype, rest_tokens, start, end)` says so. The one splitter behind
    `split_place_and_person` (the stage) and `recognize.split_after_known_names` (the tagger).
    `index`: the tokens' `Doc.token_index()` when the caller has it."""
    known_at = {start: (end, kb_type) for start, end, kb_type, _ in known}
    if not known_at:
        return list(spans)
    if index is not None:
        start_index, end_index = index
    else:
        start_index = {t.start: i for i, t in enumerate(doc_tokens)}
        end_index = {t.end: i for i, t in enumerate(doc_tokens)}
    out = []
    for start, end, etype in spans:
        kb_end, kb_type = known_at.get(start, (None, None))
        i, j = start_index.get(start), end_index.get(end)
        k = end_index.get(kb_end) if kb_end is not None and kb_end < end else None
        if i is not None and j is not None and k is not None \
                and splits(etype, doc_tokens[k + 1:j + 1], start, end):
            out.append((start, kb_end, kb_type))
            out.append((doc_tokens[k + 1].start, end, "PER"))
            continue
        out.append((start, end, etype))
    return out


def split_place_and_person(doc: Doc, spans: Sequence[tuple[int, int, str]],
                           kb_spans: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, int, str]]:
    """An ORG span of the tagger that is a KB place followed by a person's name ("[міністр у справах]
    Північної Ірландії Шейлеш Вара", "[президент] Азербайджану Ільхам Алієв") split in two: the
    place (LOC), and the one to three capitalised words after it (PER) when they open with a first
    name or, in Ukrainian, a word the dictionary only guesses at (a foreign name)."""
    lang = doc.lang or ""

    def splits(etype, rest, start, end) -> bool:
        # Only ORG spans: a PER span opening with a place name is often a person ("Азии Биби").
        return etype == "ORG" and 0 < len(rest) <= 3 \
            and all(t.text[:1].isupper() and t.text.isalpha() for t in rest) \
            and _person_start(rest[0], lang) and not _kb_name(doc.text[start:end], lang)

    places = [(s, e, t, eid) for s, e, t, eid in kb_spans if t == "LOC" and eid]
    return split_known_name_and_person(doc.tokens, spans, places, splits, doc.token_index())


def _person_start(tok: Token, lang: str) -> bool:
    """A first name, or (uk, whose dictionary scores every known reading 1.0) a capitalised word
    the dictionary only guesses at: a foreign name ("Шейлеш")."""
    if any("Name" in a.tags for a in tok.analyses):
        return True
    return lang == "uk" and bool(tok.analyses) and all(a.score < 1.0 for a in tok.analyses)


def _lowercase_phrase(form: str, lang: str) -> bool:
    """A phrase without a capital letter that the KB does not know ("консервативної партії",
    "обласної державної адміністрації"): a description, not an organisation's name."""
    return " " in form and not any(ch.isupper() for ch in form) and not _kb_name(form, lang)


def drop_common_words(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Without ORG phrases written all in lower case (descriptions), and one-word spans that are
    common words: ORG/LOC written in lower case ("центру"; BSNLP annotates lower-case events and
    people: "референдума", "пакистанец"), or written
    with a capital ("Голова", "Тому") when the document also writes the word in lower case, inside
    a sentence, and the dictionary knows it only as a common word (no name grammemes)."""
    tokens = doc.tokens
    by_start = {t.start: t for t in tokens}
    lang = doc.lang or ""
    spans = [(s, e, t) for s, e, t in spans
             if not (t in ("ORG", "LOC") and s in by_start and by_start[s].end == e
                     and _lowercase_common_word(by_start[s], lang))
             and not (t == "ORG" and _lowercase_phrase(doc.text[s:e], lang))]
    suspects = []         # one-word spans in capitals that only common-word readings could drop
    for start, end, _ in spans:
        tok = by_start.get(start)
        if tok is not None and tok.end == end and tok.analyses and tok.text[:1].isupper() \
                and not tok.text.isupper() and not any(a.tags & _PROPER_TAGS for a in tok.analyses):
            suspects.append((start, end))
    if not suspects:
        return list(spans)
    # Lemmas of the words written in lower case inside a sentence; readings shared by the
    # repeats of a word (one tuple from the morphology cache) are read once.
    readings: dict[int, tuple] = {}
    for k, tok in enumerate(tokens):
        if tok.text[:1].islower() and k > 0 and tokens[k - 1].sent == tok.sent:
            readings.setdefault(id(tok.analyses), tok.analyses)
    lower_lemmas = {a.lemma for analyses in readings.values() for a in analyses}
    dropped = {(start, end) for start, end in suspects
               if any(a.lemma in lower_lemmas for a in by_start[start].analyses)}
    return [(start, end, etype) for start, end, etype in spans if (start, end) not in dropped]


_INITIALS_ONLY = re.compile(r"^(?:[^\W\d_]\s*\.\s*)+[^\W\d_]?\.?$")
# Written contact details and web addresses, not names ("@dexeugov", "info@…", "www.…").
_CONTACT = re.compile(r"@|://|\bwww\.", re.IGNORECASE)


def _dictionary_word(tok: Token, lang: str) -> bool:
    """Whether the morphology dictionary knows the word itself (not a guess from its ending)."""
    if lang not in ("uk", "ru") or not tok.analyses:
        return False
    from ..language.morphology import analyzer

    return analyzer(lang).word_is_known(tok.text.lower())


# Endings of relative adjectives ("генеральний", "конституційний", "амстердамський"); possessive
# ones ("Лесин", "Данків", "Божий") are left alone: NER-UK annotates them as the person.
_RELATIVE_ADJECTIVE = re.compile(r"(?:н|ськ|цьк|зьк|ск|цк|зк)(?:ий|ій|ый|ой)$")


def _only_adjective(tok: Token, lang: str) -> bool:
    """A dictionary relative adjective with no name reading ("Генеральний", "Конституційному",
    "Амстердамським"): it modifies a name, it is not one."""
    return _dictionary_word(tok, lang) and all(
        a.pos == "ADJF" and not a.tags & _PROPER_TAGS and _RELATIVE_ADJECTIVE.search(a.lemma) for a in tok.analyses)


def _modifies_next_noun(tokens: Sequence[Token], i: int, lang: str) -> bool:
    """A dictionary adjective with no name reading followed, in its sentence, by a lower-case
    noun in the same case: it modifies that noun ("Генеральний директор", "Амстердамським
    договором"). An adjective standing alone stays: it may stand for a place ("в Одеській,
    Херсонській [областях]")."""
    tok = tokens[i]
    if i + 1 >= len(tokens) or not _only_adjective(tok, lang):
        return False
    after = tokens[i + 1]
    cases = {a.case for a in tok.analyses if a.case}
    return after.sent == tok.sent and after.text.islower() \
        and any(a.pos == "NOUN" and a.case in cases for a in after.analyses)


@lru_cache(maxsize=1)
def title_nouns() -> frozenset[tuple[str, str]]:
    """(language, lemma) of nouns of titles and roles; data/title_nouns.tsv, one
    `lang<TAB>lemma<TAB>gloss` a line."""
    from ..datafiles import tsv_rows

    return frozenset((cells[0], cells[1]) for _, _, cells in
                     tsv_rows("podiya.entities", "title_nouns.tsv", "lang<TAB>lemma<TAB>gloss", 3, 3))


def _title_noun(tok: Token, lang: str) -> bool:
    """A title or role ("Голова", "Експерт", "Омбудсмана"), not a person's or a place's name:
    every reading is a common noun and one is a title of data/title_nouns.tsv."""
    titles = title_nouns()
    return bool(tok.analyses) and all(a.pos == "NOUN" and not a.tags & _PROPER_TAGS for a in tok.analyses) \
        and any((lang, a.lemma.lower()) in titles for a in tok.analyses)


def _broken_word(tok: Token, lang: str) -> bool:
    """A common word hyphenated at a line break ("Ко-місія", "Спіль-ноти"): the halves joined
    are a dictionary word with no name reading, and the word with its hyphen is not one."""
    if "-" not in tok.text or tok.text.count("-") != 1 or lang not in ("uk", "ru"):
        return False
    from ..language.morphology import analyze, analyzer

    joined = tok.text.replace("-", "")
    morph = analyzer(lang)
    if morph.word_is_known(tok.text.lower()) or not morph.word_is_known(joined.lower()):
        return False
    return not any(a.tags & _PROPER_TAGS for a in analyze(joined, lang))


def drop_non_names(doc: Doc, spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Without spans that cannot be names whatever the tagger thought: initials alone ("Ю.А.",
    "М." in a reference list), a lone lower-case letter, contact details and web addresses, and one word the knowledge base
    does not know that is a relative adjective modifying the next word ("Генеральний директор"),
    a title ("Голова [Комісії]") or a common word hyphenated at a line break; a predicative
    adjective at a span's end is cut off first (`cut_predicates`: "Королева рада схвалити")."""
    lang = doc.lang or ""
    by_start = {t.start: t for t in doc.tokens}
    index = {t.start: i for i, t in enumerate(doc.tokens)}
    out = []
    for start, end, etype in cut_predicates(doc, spans):
        form = doc.text[start:end]
        if _INITIALS_ONLY.match(form) or _CONTACT.search(form) or (len(form) == 1 and form.islower()):
            continue                      # ... or a list's item letter ("а) з 1 січня ...")
        tok = by_start.get(start)
        if tok is not None and tok.end == end and not _known_to_kb(tok, lang) and (
                _modifies_next_noun(doc.tokens, index[start], lang) or _broken_word(tok, lang)
                or _title_noun(tok, lang)):
            continue
        out.append((start, end, etype))
    return out

