"""Entity recognition: the CRF tagger over the pipeline's tokens, decoded to character spans.

`Recognizer.spans(doc)` tags each sentence, turns BIO labels into (start, end, type) spans,
repairs them with the knowledge base and the morphology (a KB name run on into a person's name is
split, over-long spans trimmed, surnames typed as places and one-word "persons" the KB knows as
something else retyped), makes the labels of one document consistent (`consistency.propagate`: a
form tagged once is tagged the same wherever else it occurs) and adds the bare heads of its
multi-word organisation names ("Комісія" after "Венеціанська комісія").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from ..doc import Doc, Token
from ..errors import PodiyaError
from .consistency import drop_common_words, organisation_head, propagate, split_known_name_and_person
from .features import model_slots, sequence_features
from .viterbi import ScoreTagger

PACKAGED_MODEL = "ner.crfsuite"
TAGGED_LANGS = ("uk", "ru")


def packaged_model_path() -> Path:
    return Path(str(files("podiya.models").joinpath(PACKAGED_MODEL)))


def decode_bio(tokens: Sequence[Token], labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Character spans from BIO or BILOU labels; a stray I- (or a type change) opens a new span."""
    spans: list[tuple[int, int, str]] = []
    start = end = None
    etype = None
    for tok, label in zip(tokens, labels):
        if label == "O":            # most tokens: ends an open span, as the general case below would
            if start is not None:
                spans.append((start, end, etype))
                start = None
            continue
        prefix, _, ltype = label.partition("-")
        if prefix in ("I", "L") and etype == ltype and start is not None:
            end = tok.end
            if prefix == "L":
                spans.append((start, end, etype))
                start = None
            continue
        if start is not None:
            spans.append((start, end, etype))
            start = None
        if prefix == "U":
            spans.append((tok.start, tok.end, ltype))
        elif prefix in ("B", "I", "L"):
            start, end, etype = tok.start, tok.end, ltype
    if start is not None:
        spans.append((start, end, etype))
    return spans


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_CONJUNCTIONS = frozenset({"і", "й", "та", "и", "and"})


def _common_noun(tok: Token) -> bool:
    """A capitalised dictionary word that is only a common noun ("Вибачення" opening a title)."""
    return bool(tok.analyses) and all(
        a.pos == "NOUN" and not (a.tags & _NAME_TAGS) and a.lemma[:1].islower() and "Abbr" not in a.tags
        for a in tok.analyses)


_NAMED_AFTER = frozenset({"імені", "ім.", "ім", "имени", "им.", "им"})
_OPENING = frozenset("«„“")
_CLOSING = frozenset("»”“")


def _balance_quotes(tokens: Sequence[Token], i: int, j: int) -> int:
    """Last token index of the span i..j with its guillemets balanced: "ТОВ « Тальнівський
    щебзавод" takes the closing "»" that follows; an unopened closing quote at the end is dropped."""
    depth = 0
    for tok in tokens[i:j + 1]:
        if tok.text in _OPENING and not (tok.text == "“" and depth > 0):
            depth += 1
        elif tok.text in _CLOSING and depth > 0:
            depth -= 1
    while depth > 0 and j + 1 < len(tokens) and tokens[j + 1].text in _CLOSING \
            and tokens[j + 1].sent == tokens[i].sent:
        j += 1
        depth -= 1
    opened = sum(t.text in _OPENING for t in tokens[i:j + 1])
    if j > i and tokens[j].text in _CLOSING and opened == 0:
        j -= 1
    return j


_FUNCTION_POS = frozenset({"ADVB", "CONJ", "PREP", "PRCL", "NPRO", "VERB", "INTJ", "PRED", "GRND"})
_DASHES = frozenset({"-", "–", "—"})
# Prepositions that a capital letter at a sentence start can make look like part of a name ("У
# Маастрихтському договорі"): the dictionary also reads a capital "У" or "В" as a letter's name.
_PREPOSITIONS = frozenset({"у", "в", "з", "із", "зі", "на", "до", "від", "про", "при", "над", "під", "о", "об",
                           "к", "с", "со", "из", "от", "во"})


def _strip_dangling(tokens: Sequence[Token], i: int, j: int) -> tuple[int, int]:
    """Token range i..j without what a name never ends with: a conjunction or preposition ("Радою
    та" before "Комісією"), a dash, an opening guillemet ("Європейська комісія «"); and without a
    straight quote at either edge that has no partner inside ("Благовіст-Інфо\""); an opening
    bracket that is not closed ends the name before it ("Європейська асоціація суддів (EAJ")."""
    unpaired = next((k for k in range(i + 1, j + 1) if tokens[k].text == "(" and not any(
        t.text == ")" for t in tokens[k + 1:j + 1])), None)
    if unpaired is not None:
        j = unpaired - 1
    while j > i:
        last = tokens[j]
        if last.text in _DASHES or last.text in _OPENING and last.text != "“" or last.text.lower() in _CONJUNCTIONS \
                or last.analyses and all(a.pos in ("CONJ", "PREP") for a in last.analyses):
            j -= 1
        elif last.text == "." and len(tokens[j - 1].text) > 3 and tokens[j - 1].text.isalpha():
            j -= 1          # a sentence's full stop, not an abbreviation's ("вул.", "ст.")
        elif last.text == '"' and sum(t.text == '"' for t in tokens[i:j + 1]) % 2 \
                or last.text == ")" and not any(t.text == "(" for t in tokens[i:j]):
            j -= 1
        elif tokens[i].text == "(" and not any(t.text == ")" for t in tokens[i + 1:j + 1]):
            i += 1
        elif tokens[i].text == '"' and sum(t.text == '"' for t in tokens[i:j + 1]) % 2:
            i += 1
        else:
            break
    return i, j


def _script(text: str) -> str | None:
    for ch in text:
        if ch.isalpha():
            return "lat" if ch.isascii() else "cyr"
    return None


def _cut_edges(tokens: Sequence[Token], i: int, j: int, etype: str = "PER") -> tuple[int, int]:
    """Token range i..j without what a name never contains: a comma and what follows it, a
    leading function word ("Водночас Мей"), and a leading word in another script ("Brexit
    Домінік Рааб": the last part is the name the tagger meant)."""
    # Places keep their commas: addresses ("вул. Грушевського, 4") are one place.
    comma = None if etype == "LOC" else next((k for k in range(i + 1, j + 1) if tokens[k].text == ","), None)
    if comma is not None:
        j = comma - 1
    while j > i and (tokens[i].analyses and all(a.pos in _FUNCTION_POS for a in tokens[i].analyses)
                     or tokens[i].text.lower() in _PREPOSITIONS and tokens[i + 1].text != "."   # not "В. Путін"
                     or tokens[i].text in _DASHES):
        i += 1
    if j > i + 2 and tokens[i].text == "[" and tokens[i + 1].text.isdigit() and tokens[i + 2].text == "]":
        i += 3              # a footnote mark before the name ("[14] Голова")
    scripts = [_script(t.text) for t in tokens[i:j + 1]]
    for k in range(j - i, 0, -1):
        if scripts[k] and scripts[k - 1] and scripts[k] != scripts[k - 1] \
                and tokens[i + k].start > tokens[i + k - 1].end:     # not inside one word ("Cергей")
            return i + k, j
    return i, j


def _after_comma(tokens: Sequence[Token], i: int, j: int, etype: str) -> int | None:
    """Index of the first capitalised word after the first comma of a non-place span i..j (the
    words between are lower case: a title), or None."""
    if etype == "LOC":
        return None
    comma = next((k for k in range(i + 1, j + 1) if tokens[k].text == ","), None)
    if comma is None:
        return None
    return next((k for k in range(comma + 1, j + 1) if tokens[k].text[:1].isupper() and tokens[k].text.isalpha()), None)


# Lower-case words that belong to a person's name ("Шарль де Голль", "Урсула фон дер Ляєн").
_NAME_PARTICLES = frozenset({"де", "да", "ді", "дю", "дер", "ван", "фон", "ла", "ле", "аль", "ель", "эль", "ибн",
                             "ібн", "бін", "бен", "бин", "ал", "уль", "de", "da", "di", "du", "der", "van", "von",
                             "la", "le", "al", "el", "bin", "ibn"})


def _shared_part(tokens: Sequence[Token], i: int, j: int, conj: int, etype: str) -> bool:
    """Whether the words on both sides of a conjunction share the rest of the name: first names
    before one family's surname in the plural ("Айше і Таїра Аметових", "Володимир і Дмитро
    Хом’яки") or places after one institution ("міністерствами культури Грузії й Польщі")."""
    from .gazetteer import kb_entries

    after = tokens[conj + 1]
    if etype == "PER":
        return conj - i == 1 and bool(tokens[j].analyses) and all(a.number == "plur" for a in tokens[j].analyses)
    # The tokens carry no language: a place in the uk or ru KB ("Польщі", "Польши").
    return etype != "LOC" and any(e.type == "LOC" for lang in TAGGED_LANGS
                                  for form in {after.text, *(a.lemma for a in after.analyses)}
                                  for e in kb_entries(form, lang))


def _first_capital(tokens: Sequence[Token], i: int, j: int) -> int | None:
    """The first capitalised word of i..j when the span opens with lower-case words that are
    no name particle ("городе Карачи", "ред. Л.М.Ентін" -> "Карачи", "Л.М.Ентін"); i when it
    opens with a particle; None when no word is capitalised."""
    if tokens[i].text.lower() in _NAME_PARTICLES:
        return i
    return next((k for k in range(i, j + 1) if tokens[k].text[:1].isupper()), None)


_ROMAN = re.compile(r"^[IVX]{1,5}$")
_INITIAL = re.compile(r"^[A-ZА-ЯІЇЄҐЁ]\.?$")


def _person_extent(tokens: Sequence[Token], i: int, j: int) -> tuple[int | None, int]:
    """A person's name with its initials ("Т.Мей", "С. Барклі") and regnal numbers ("Єлизавета
    II"); (None, j) for a span that is only an initial or a numeral."""
    # The sentence splitter may cut after an initial ("Т." | "Мей"), so sentences are not checked;
    # the initial must touch the name or be one space away.
    while i >= 2 and tokens[i - 1].text == "." and _INITIAL.match(tokens[i - 2].text) \
            and tokens[i].start - tokens[i - 1].end <= 1:
        i -= 2
    if i >= 1 and _INITIAL.match(tokens[i - 1].text) and tokens[i - 1].text.endswith(".") \
            and tokens[i].start - tokens[i - 1].end <= 1:
        i -= 1
    if j + 1 < len(tokens) and _ROMAN.match(tokens[j + 1].text) and tokens[j + 1].sent == tokens[j].sent:
        j += 1
    words = [t.text for t in tokens[i:j + 1] if t.text != "."]
    if all(_INITIAL.match(w) or _ROMAN.match(w) for w in words):
        return None, j
    return i, j


def trim_spans(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Repairs of typical over-long spans.

    * A person's name does not run on into a following title: "Сергія Данилова Вибачення Путіна"
      is cut before the first common noun after two name words.
    * No comma inside, no leading function word, no leading word in another script.
    * Guillemets are balanced ("ТОВ « Тальнівський щебзавод" + "»").
    * An organisation followed by a person ("Центру … досліджень Сергія Данилова") is two names.
    * Two names joined by a conjunction ("Перській затоці і Аравійському морі", "Радою міністрів
      та Комісією") are two names.
    * No trailing conjunction, preposition, dash or opening quote; no unpartnered straight quote
      or bracket at an edge.
    * A span run on through a comma into a title and the next name also gives that name.
    * A span longer than any name (`_LONGEST_NAME` tokens) is first cut at its commas and conjunctions.
    """
    index = {t.start: i for i, t in enumerate(tokens)}
    out: list[tuple[int, int, str]] = []
    # Spans to repair ("fix") and repaired ones to give ("done"), last first: the parts a repair
    # splits off are repaired in turn, in order, without recursion (a list of a thousand names
    # joined by "та" is a thousand parts).
    work: list[tuple[str, tuple[int, int, str]]] = [("fix", span) for span in reversed(_runaways_split(tokens, index, spans))]
    while work:
        what, span = work.pop()
        if what == "done":
            out.append(span)
        else:
            work.extend(reversed(_trim_one(tokens, index, *span)))
    return out


# No name is this long: a tagger span of more tokens ran on through a list ("Київ, Харків та
# Одеса та ..." over a page) and is cut at its commas and conjunctions before the repairs, each of
# which reads the whole span (a thousand parts would cost a million token visits).
_LONGEST_NAME = 40


def _runaways_split(tokens: Sequence[Token], index: dict[int, int],
                    spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out = []
    for start, end, etype in spans:
        i = index.get(start)
        if i is None or i + _LONGEST_NAME >= len(tokens) or tokens[i + _LONGEST_NAME].end > end:
            out.append((start, end, etype))
            continue
        first = i
        k = i
        while k < len(tokens) and tokens[k].end <= end:
            if tokens[k].text in _CONJUNCTIONS or tokens[k].text in (",", ";"):
                if k > first:
                    out.append((tokens[first].start, tokens[k - 1].end, etype))
                first = k + 1
            k += 1
        if first < k:
            out.append((tokens[first].start, tokens[k - 1].end, etype))
    return out


def _trim_one(tokens: Sequence[Token], index: dict[int, int], start: int, end: int,
              etype: str) -> list[tuple[str, tuple[int, int, str]]]:
    """`trim_spans`' repairs of one span: what it gives, in order, as ("done", span) or ("fix",
    span) for a part that needs repairs of its own."""
    i = index.get(start)
    if i is None:
        return [("done", (start, end, etype))]
    parts: list[tuple[str, tuple[int, int, str]]] = []
    j = i
    while j + 1 < len(tokens) and tokens[j + 1].end <= end:
        j += 1
    rest = _after_comma(tokens, i, j, etype)
    if rest is not None:
        # The tagger ran a name on through a comma into a title and the next name ("Домінік
        # Рааб, державний секретар … Північної Ірландії Шайлеш Вара"): that name counts too.
        parts.append(("fix", (tokens[rest].start, end, etype)))
    i, j = _cut_edges(tokens, i, j, etype)
    if etype in ("PER", "LOC") and j > i and tokens[i].text[:1].islower():
        first = _first_capital(tokens, i, j)
        if first is None:
            return parts            # "политическое убежище": no name in it
        if etype == "PER":
            i = first           # a place keeps its description: NER-UK annotates "сквері Пам’яті"
    if etype == "PER":
        i, j = _person_extent(tokens, i, j)
        if i is None:
            return parts
    j = _balance_quotes(tokens, i, j)
    i, j = _strip_dangling(tokens, i, j)
    start, end = tokens[i].start, tokens[j].end
    conj = next((k for k in range(i + 1, j) if tokens[k].text in _CONJUNCTIONS
                 and tokens[k + 1].text[:1].isupper()), None) if j - i >= 2 else None
    if conj is not None and not _shared_part(tokens, i, j, conj, etype):
        # Two names joined by a conjunction ("Радою міністрів та Комісією", "Перській затоці
        # і Аравійському морі") are two names.
        return parts + [("fix", (start, tokens[conj - 1].end, etype)), ("fix", (tokens[conj + 1].start, end, etype))]
    if etype == "PER" and j - i >= 2:
        cut = next((k for k in range(i + 2, j + 1) if _common_noun(tokens[k])), None)
        if cut is not None:
            return parts + [("done", (start, tokens[cut - 1].end, etype))]
    if etype == "ORG" and j > i:
        # "Центру близькосхідних досліджень Сергія Данилова": a given name after a lower-case
        # word starts a person (not after "імені", which names an institution after someone).
        person = next((k for k in range(i + 1, j + 1) if tokens[k].text[:1].isupper()
                       and tokens[k - 1].text[:1].islower() and tokens[k - 1].text.lower() not in _NAMED_AFTER
                       and any("Name" in a.tags for a in tokens[k].analyses)), None)
        if person is not None:
            return parts + [("done", (start, tokens[person - 1].end, etype)), ("fix", (tokens[person].start, end, "PER"))]
    return parts + [("done", (start, end, etype))]


def retype_surnames(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]],
                    lang: str) -> list[tuple[int, int, str]]:
    """A one-word "place" that the dictionary reads as a surname or given name ("Журавко",
    "Загребельської") and the knowledge base does not know as a place is a person."""
    from .gazetteer import kb_entries

    by_start = {t.start: t for t in tokens}
    out = []
    for start, end, etype in spans:
        tok = by_start.get(start)
        if etype == "LOC" and tok is not None and tok.end == end \
                and any(a.tags & {"Surn", "Name", "Patr"} for a in tok.analyses) \
                and not any(a.tags & {"Geox"} for a in tok.analyses) \
                and not any(e.type == "LOC" for e in kb_entries(tok.text, lang)) \
                and not any(e.type == "LOC" for a in tok.analyses for e in kb_entries(a.lemma, lang)):
            etype = "PER"
        out.append((start, end, etype))
    return out


_NAME_LIKE = frozenset({"Geox", "Orgn", "Abbr"})


def split_after_known_names(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]], lang: str,
                            known: Sequence[tuple[int, int, str, str]] | None = None,
                            index: tuple[dict[int, int], dict[int, int]] | None = None) -> list[tuple[int, int, str]]:
    """A span that runs from a knowledge-base name on into two or three capitalised words the
    KB does not know ("Північної Ірландії Шейлеш Вара" after "міністр у справах") is the name
    and a person: the tagger saw one long name where a title's complement meets the holder's name.
    `known`: the `gazetteer_spans` of the tokens when the caller has them; `index`: their
    `Doc.token_index()`, likewise."""
    from .gazetteer import gazetteer_spans, kb_entries

    if not spans or not tokens:
        return list(spans)
    if known is None:
        known = gazetteer_spans(tokens, lang)

    def splits(etype, rest, start, end) -> bool:
        return etype != "PER" and 2 <= len(rest) <= 3 and all(
            t.text[:1].isupper() and not t.text.isupper() and t.text.isalpha()
            and not any(a.tags & _NAME_LIKE for a in t.analyses) and not kb_entries(t.text, lang) for t in rest)

    return split_known_name_and_person(tokens, spans, known, splits, index)


def _noun_lemmas(tok: Token) -> frozenset[str]:
    return frozenset(a.lemma.lower() for a in tok.analyses if a.pos == "NOUN")


def head_mentions(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """`spans` plus the bare heads of the document's multi-word organisation names where they
    stand alone with a capital ("Венеціанська комісія" ... "Комісія вважає", "Рада Європи" ...
    "Рада ухвалила"): the same organisation, and BSNLP annotates it so. The head is the first
    common noun of the name (`consistency.organisation_head`); a head followed by another capitalised
    word is left alone (a longer name)."""
    start_index = {t.start: i for i, t in enumerate(tokens)}
    taken = [False] * len(tokens)
    heads: set[str] = set()
    for start, end, etype in spans:
        i = start_index.get(start)
        if i is None:
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].end <= end:
            j += 1
        for k in range(i, j + 1):
            taken[k] = True
        if etype == "ORG" and j > i:
            heads |= {lemma for lemma in organisation_head(tokens[i:j + 1]) if len(lemma) > 3}
    if not heads:
        return list(spans)
    out = list(spans)
    for k, tok in enumerate(tokens):
        if taken[k] or not tok.text[:1].isupper() or tok.text.isupper() or len(tok.text) <= 3:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].sent == tok.sent and tokens[k + 1].text[:1].isupper():
            continue
        if _noun_lemmas(tok) & heads:
            out.append((tok.start, tok.end, "ORG"))
    return sorted(out)


def retype_known_words(tokens: Sequence[Token], spans: Sequence[tuple[int, int, str]],
                       lang: str) -> list[tuple[int, int, str]]:
    """A one-word "person" that the knowledge base knows, by the word or a lemma, only as
    something else ("Брекзита" -> the event, "Даунинг-стрит" -> the office) takes the KB's type:
    inflected names the dictionary cannot parse look like surnames to the tagger."""
    from .gazetteer import kb_entries

    by_start = {t.start: t for t in tokens}
    out = []
    for start, end, etype in spans:
        tok = by_start.get(start)
        if etype == "PER" and tok is not None and tok.end == end:
            types = {e.type for form in dict.fromkeys([tok.text, *(a.lemma for a in tok.analyses[:4])])
                     for e in kb_entries(form, lang)}
            if len(types) == 1 and "PER" not in types:
                etype = types.pop()
        out.append((start, end, etype))
    return out


def _unsure(tokens: Sequence[Token], labels: Sequence[str], known: Sequence[tuple[int, int, str, str]]) -> bool:
    """Whether the confidence of a sentence's labels is worth computing: it has a name that is not
    a person's and is not exactly a KB name with an entry (such a name the stage adds again from
    the KB, `stage.merge_gazetteer`, whatever the tagger's confidence). The other sentences get
    1.0, so a part that the repairs cut from such a name is kept too: on the BSNLP topics and
    NER-UK TEST this changes no span, on NER-UK DEV fold 0/5 one ("Силам" of "Збройним Силам")."""
    if all(y == "O" or y.endswith("-PER") for y in labels):
        return False
    names = {(start, end) for start, end, _, entry in known if entry}
    return any(etype != "PER" and (start, end) not in names for start, end, etype in decode_bio(tokens, labels))


_QUOTES = frozenset('«»„“”"')


def _sure_spans(doc: Doc, spans: Sequence[tuple[int, int, str]], confidence: Sequence[float],
                minimum: float) -> list[tuple[int, int, str]]:
    """The spans whose words' labels all have a marginal probability (`confidence`, by token of
    doc.tokens) of at least `minimum`. Kept whatever it is: people's names, spans with a given name
    in them (the stage splits "Brexit Домінік Рааб" later) and names the writer put in quotes
    ("ТОВ «Партнер СВ»"). On BSNLP news (leave-one-topic-out) most organisations, places and
    products under the default 0.7 are not names the annotators marked ("Генеральні директорати",
    "Засідання комісії", a bibliography's "М.: Терра"), while people's names under it are mostly
    right ("Шайлеш Вара"); on NER-UK more of them are right (companies, villages): README.md gives
    both figures."""
    tokens = doc.tokens
    first_of, last_of = doc.token_index()
    out = []
    for start, end, etype in spans:
        first, last = first_of.get(start), last_of.get(end)
        if etype == "PER" or first is None or last is None \
                or min(confidence[first:last + 1], default=1.0) >= minimum \
                or any(t.text in _QUOTES or t.text[:1].isupper() and any("Name" in a.tags for a in t.analyses)
                       for t in tokens[first:last + 1]):
            out.append((start, end, etype))
    return out


def sentences_of(tokens: Sequence[Token]) -> list[list[Token]]:
    out: list[list[Token]] = []
    for tok in tokens:
        if not out or out[-1][-1].sent != tok.sent:
            out.append([])
        out[-1].append(tok)
    return out


class Recognizer:
    """A loaded CRF model; `spans(doc)` gives the document's entity spans."""

    def __init__(self, path: Path):
        import pycrfsuite

        if not Path(path).is_file():
            raise PodiyaError(f"entity model not found: {path}; rebuild it with `podiya train ner` "
                              "or set ner_model to an existing .crfsuite file")
        self.path = Path(path)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(path))
        # The features the model has weights for; the others are not passed to it (see model_view).
        info = self.tagger.info()
        self.attributes = frozenset(attribute for attribute, _ in info.state_features)
        model_slots(self.attributes)        # built at start-up (about 0.1 s), not in the first document
        # The same labels from the model's weights in numpy (see viterbi.py); None: crfsuite tags.
        self.scorer = ScoreTagger.load(self.path, self.tagger, self.attributes, info)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "Recognizer":
        """The model at `path`, or the packaged one (src/podiya/models/ner.crfsuite) for None or ""."""
        return _load(str(path) if path else str(packaged_model_path()))

    def tag(self, tokens: Sequence[Token], lang: str, known: Sequence | None = None) -> list[str]:
        """Labels of one sentence (`known`: its `gazetteer_spans`, computed when None)."""
        return self.tagger.tag(sequence_features(tokens, lang, known, self.attributes))

    def crf_spans(self, doc: Doc, known: Sequence[tuple[int, int, str, str]] | None = None,
                  confidence: list[float] | None = None) -> list[tuple[int, int, str]]:
        """The tagger's spans; `known` is `gazetteer_spans(doc.tokens, lang)` when the caller has it.
        A list `confidence` is filled with the marginal probability of each token's label, in the
        order of doc.tokens (1.0 in sentences with no name but people's, see `tag_sentences`)."""
        from .gazetteer import gazetteer_spans

        lang = doc.lang if doc.lang in TAGGED_LANGS else "uk"
        if known is None:
            known = gazetteer_spans(doc.tokens, lang)
        # KB names never cross sentences: hand each sentence its own (one matching pass per document).
        by_sentence: dict[int, list] = {}
        sent_of = {t.start: t.sent for t in doc.tokens}
        for span in known:
            by_sentence.setdefault(sent_of.get(span[0], -1), []).append(span)
        sentences = sentences_of(doc.tokens)
        knowns = [by_sentence.get(sent[0].sent, []) for sent in sentences]
        sure: list | None = [] if confidence is not None else None
        if self.scorer is not None:
            labels = self.scorer.tag_sentences(sentences, lang, knowns, sure,
                                               lambda n, labels: _unsure(sentences[n], labels, knowns[n]))
        else:
            labels = []
            for sent, sent_known in zip(sentences, knowns):
                labels.append(self.tag(sent, lang, sent_known))
                if sure is not None:            # crfsuite keeps the sentence it tagged last
                    sure.append([self.tagger.marginal(y, t) for t, y in enumerate(labels[-1])])
        if confidence is not None:
            confidence[:] = [value for sentence in sure for value in sentence]
        spans: list[tuple[int, int, str]] = []
        for sent, sent_labels in zip(sentences, labels):
            spans.extend(decode_bio(sent, sent_labels))
        return spans

    def spans(self, doc: Doc, known: list | None = None, min_confidence: float = 0.0) -> list[tuple[int, int, str]]:
        """Entity spans (start, end, type) over doc.tokens, consistent within the document
        (`known`: `gazetteer_spans(doc.tokens, lang)` when the caller has it, computed when None).

        With `min_confidence`, the tagger's spans, once split and repaired, are kept only when the
        marginal probability of their words' labels is at least that (`_sure_spans`); the
        document's other mentions of a dropped name may bring it back (`propagate`)."""
        from .gazetteer import gazetteer_spans

        lang = doc.lang if doc.lang in TAGGED_LANGS else "uk"
        if known is None:
            known = gazetteer_spans(doc.tokens, lang)
        confidence: list[float] | None = [] if min_confidence > 0 else None
        spans = split_after_known_names(doc.tokens, self.crf_spans(doc, known, confidence), lang, known,
                                        doc.token_index())
        spans = retype_surnames(doc.tokens, trim_spans(doc.tokens, spans), lang)
        spans = retype_known_words(doc.tokens, spans, lang)
        if confidence is not None:
            spans = _sure_spans(doc, spans, confidence, min_confidence)
        return head_mentions(doc.tokens, drop_common_words(doc, propagate(doc, spans)))


@lru_cache(maxsize=4)
def _load(path: str) -> Recognizer:
    return Recognizer(Path(path))
