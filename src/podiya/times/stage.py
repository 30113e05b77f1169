"""The time layer's public face: `find_times`, `governing_time` and the pipeline stage."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import replace

from ..doc import Doc, Token
from ..schema import TimeExpr
from ..settings import Settings
from .grammar import scan
from .spec import Spec
from .lexicon import LANGUAGES, load_lexicon
from .resolve import Resolved, resolve_spec
from .tense import clause_spans, quick_tokens, subordinators, tense_at

_DATELINE_WITHIN = 150   # characters from the start of the text
_NUMERIC_DATE = re.compile(r"[\d.\-/]+")
_ROUGH_SENTENCE = re.compile(r"[^\n.!?]+[.!?]*")
# Between a weekday and the date that follows it ("у четвер, 9 жовтня"): the date decides.
_WEEKDAY_DATE_GAP = re.compile(r"\s*,?\s*")


def _parse_date(date: str | None) -> dt.date | None:
    if not date:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        raise ValueError(f"article date {date!r} is not YYYY-MM-DD") from None


class _Sentences:
    """Sentence lookup for tense: the pipeline's tokens when given, else a quick local reading."""

    def __init__(self, text: str, lang: str, tokens: list[Token] | None, sentences: list[tuple[int, int]] | None):
        self.text, self.lang = text, lang
        if sentences is None:
            sentences = [(m.start(), m.end()) for m in _ROUGH_SENTENCE.finditer(text)]
        self.sentences = sentences
        self.starts = [s for s, _ in sentences]
        self.by_sentence: dict[int, list[Token]] | None = None
        if tokens is not None:
            self.by_sentence = {}
            for tok in tokens:
                self.by_sentence.setdefault(tok.sent, []).append(tok)

    def index(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i if i >= 0 and pos < self.sentences[i][1] else None

    def tokens(self, pos: int) -> list[Token]:
        i = self.index(pos)
        if i is None:
            return []
        if self.by_sentence is not None:
            toks = self.by_sentence.get(i, [])
            if self.lang in ("uk", "ru") and toks and not any(t.analyses for t in toks):
                from ..language.morphology import analyze
                toks = [Token(t.start, t.end, t.text, t.sent, analyze(t.text, self.lang)) for t in toks]
            return toks
        s, e = self.sentences[i]
        return quick_tokens(self.text, s, e, self.lang)


def find_times(text: str, date: str | None, lang: str | None, tokens: list[Token] | None = None,
               sentences: list[tuple[int, int]] | None = None) -> list[TimeExpr]:
    """Every date expression of `text`, resolved against the article `date` (YYYY-MM-DD or None).

    `tokens` and `sentences` (from the pipeline, with analyses) make the tense decisions cheaper;
    without them the sentence around an expression that needs a tense is read on the spot.
    """
    if lang not in LANGUAGES:
        return []
    base = _parse_date(date)
    specs = scan(text, lang)
    if not specs:
        return []
    context = _Sentences(text, lang, tokens, sentences)

    def tense(spec: Spec) -> str | None:
        return tense_at(context.tokens(spec.start), spec.start, spec.end, lang)

    specs = year_for_month_adjectives(merge_day_names(specs, text), text)
    reference, via_dateline = base, False
    if base is None:
        # A press release without an article date often opens with its own date ("28.10.1999"):
        # relative expressions then count from that dateline (anchor "previous"), not from nothing.
        dateline = next((s for s in specs if s.start < _DATELINE_WITHIN and s.kind == "date" and s.year
                         and _NUMERIC_DATE.fullmatch(text, s.start, s.end)), None)
        if dateline is not None:
            reference, via_dateline = dt.date(dateline.year, dateline.month, dateline.day), True
    resolved: list[Resolved] = []
    out: list[TimeExpr] = []
    for spec in specs:
        if _means_nowadays(spec, context, lang):
            continue
        r = resolve_spec(spec, reference, resolved, tense)
        if via_dateline and r.anchor == "document":
            r.anchor = "previous"
        resolved.append(r)
        expr = TimeExpr(start=spec.start, end=spec.end, text=text[spec.start:spec.end], value=r.value,
                        granularity=r.granularity, anchor=r.anchor)
        if r.end_value is not None:
            expr.end_value = r.end_value
        out.append(expr)
    return out


def _means_nowadays(spec: Spec, context: _Sentences, lang: str) -> bool:
    """"сьогодні християни є ...", "що є сьогодні": today as an era, not as the article's day."""
    if not (spec.kind == "shift" and spec.unit == "day" and spec.offset == 0):
        return False
    lex = load_lexicon(lang)
    tokens = context.tokens(spec.start)
    inside = [i for i, t in enumerate(tokens) if t.start <= spec.start < t.end]
    if not inside:
        return False
    clause = next(((a, b) for a, b in clause_spans(tokens, lang) if a <= inside[0] < b), (0, len(tokens)))
    return any(lex.has("stative", tokens[i].text) for i in range(*clause))


def _names_a_day(spec: Spec) -> bool:
    return (spec.kind == "weekday" and spec.offset is None and "end_weekday" not in spec.extra) or \
        (spec.kind == "shift" and spec.unit == "day" and spec.offset == 0)


def merge_day_names(specs: list[Spec], text: str) -> list[Spec]:
    """"у неділю, 4 листопада", "Сегодня, 9 июля": one expression, dated by its date."""
    out: list[Spec] = []
    for spec in specs:
        previous = out[-1] if out else None
        if (spec.kind == "date" and previous is not None and _names_a_day(previous)
                and _WEEKDAY_DATE_GAP.fullmatch(text, previous.end, spec.start)):
            spec = replace(spec, start=previous.start, extra={**spec.extra})
            if previous.kind == "weekday":
                spec.extra["weekday"] = previous.weekday
            out[-1] = spec
        else:
            out.append(spec)
    return out


_SHORT_GAP = re.compile(r"[^.!?\n]{0,40}")


def year_for_month_adjectives(specs: list[Spec], text: str) -> list[Spec]:
    """"июньскими выборами 2017 года": the month adjective takes the year named just after it."""
    for spec, following in zip(specs, specs[1:]):
        if (spec.extra.get("adjective") and following.kind == "year" and following.end_year is None
                and _SHORT_GAP.fullmatch(text, spec.end, following.start)):
            spec.year = following.year
    return specs


def governing_time(doc: Doc, start: int, end: int) -> TimeExpr | None:
    """The time expression that governs the clause of the span [start, end) (an event trigger).

    Same clause first; else the sentence's times outside other subordinate clauses ("який
    відбувся 9 жовтня" does not date the main clause); the nearest one to the span wins.
    """
    sentence = next((i for i, (s, e) in enumerate(doc.sentences) if s <= start < e), None)
    if sentence is None:
        return None
    s_start, s_end = doc.sentences[sentence]
    candidates = [t for t in doc.times if s_start <= t.start < s_end]
    if not candidates:
        return None
    tokens = doc.tokens_between(s_start, s_end)
    opener = subordinators(doc.lang)
    spans = clause_spans(tokens, doc.lang) if tokens else []
    clauses = [(tokens[a].start, tokens[b - 1].end, tokens[a].text.lower() in opener) for a, b in spans]

    def clause_of(pos: int) -> int | None:
        return next((k for k, (cs, ce, _) in enumerate(clauses) if cs <= pos < ce), None)

    def distance(t: TimeExpr) -> int:
        return 0 if t.start < end and t.end > start else min(abs(t.start - end), abs(start - t.end))

    own = clause_of(start)
    # A time after a participle phrase set off by a comma ("освободили христианку, приговоренную ...
    # еще в 2010 году") dates the participle's act, not the span's.
    candidates = [t for t in candidates if not _participle_between(tokens, end, t.start)]
    same = [t for t in candidates if own is not None and clause_of(t.start) == own]
    if same:
        return min(same, key=distance)
    # Nor does a time in a later clause joined by a conjunction and holding a verb of its own
    # ("..., і вже наступного дня подали у відставку"), or in a subordinate clause.
    later_coordinated = {k for k, (a, b) in enumerate(spans) if tokens[a].start >= end
                         and _coordinated(tokens, a, b, opener)}
    outside = [t for t in candidates
               if (k := clause_of(t.start)) is None or not clauses[k][2] and k not in later_coordinated]
    return min(outside, key=distance) if outside else None


_PARTICIPLE_VOICE = frozenset({"pssv", "actv"})   # a Ukrainian participle is an adjective with a voice tag


def _participle(token: Token) -> bool:
    return any(a.pos == "PRTF" or a.pos == "ADJF" and a.tags & _PARTICIPLE_VOICE for a in token.analyses) \
        and not any(a.pos in ("VERB", "NOUN") for a in token.analyses)


def _participle_between(tokens: list[Token], end: int, start: int) -> bool:
    """A participle right after a comma between offsets `end` and `start`."""
    return any(i and tokens[i - 1].text == "," and tokens[i - 1].start >= end and tok.end <= start
               and _participle(tok) for i, tok in enumerate(tokens))


def _coordinated(tokens: list[Token], a: int, b: int, subordinators: frozenset[str]) -> bool:
    """Clause tokens [a, b) open with a conjunction that is no subordinator and hold a verb."""
    first = tokens[a]
    return first.text.lower() not in subordinators and any(x.pos == "CONJ" for x in first.analyses) \
        and any(x.pos == "VERB" for t in tokens[a:b] for x in t.analyses)


class TimeStage:
    """Fills doc.times with every date expression, resolved against the article date."""

    name = "times"
    requires: tuple[str, ...] = ("tokens",)
    provides: tuple[str, ...] = ("times",)

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or self.settings.fallback_language
        doc.times = sorted(find_times(doc.text, doc.date, lang, doc.tokens or None, doc.sentences or None),
                           key=lambda t: (t.start, t.end))
        return doc
