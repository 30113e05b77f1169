"""Score podiya's events against the events gold (tests/gold/events, format in its GUIDE.md).

A system event is a candidate for a gold event when its trigger overlaps the gold evidence span
(or, for an event without trigger offsets, its sentence does). Candidates are then matched one to
one at three levels: L1 parties only (country codes of the actor set and of the recipient set,
swapped allowed when the gold event is symmetric), L2 type + parties, L3 type + parties + date.
Precision is over system events, recall over required gold events; a system event matched to a
borderline gold event (required: false) counts neither way. Sector agreement and modality
accuracy are measured on the L2 pairs, as diagnostics.
"""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..doc import Article
from ..errors import DocumentError, InputError
from ..schema import Event, Party, Span
from .events_gold import GoldEvent, gold_text, load_gold, offset_problems

LEVELS = ("L1", "L2", "L3")


# ---- comparing one system event with one gold event -------------------------------------------

def _countries(codes: Iterable[str]) -> frozenset[str]:
    return frozenset(code.split()[0] for code in codes if code)


def _system_countries(parties: Sequence[Party]) -> frozenset[str]:
    return frozenset(p.country for p in parties if p.country)


def parties_agree(gold: GoldEvent, system: Event) -> bool:
    """Country sets of actor and recipient equal, or swapped when the gold event is symmetric."""
    g_actor, g_recipient = _countries(gold.actor), _countries(gold.recipient)
    s_actor, s_recipient = _system_countries(system.actor), _system_countries(system.recipient)
    if (g_actor, g_recipient) == (s_actor, s_recipient):
        return True
    return gold.symmetric and (g_actor, g_recipient) == (s_recipient, s_actor)


def level_agrees(level: str, gold: GoldEvent, system: Event) -> bool:
    if not parties_agree(gold, system):
        return False
    if level == "L1":
        return True
    if system.type != gold.type:
        return False
    return level == "L2" or system.date == gold.date


def sectors_agree(gold: GoldEvent, system: Event) -> bool | None:
    """Whether every sector the gold gives ("CCC SEC") is the system's sector for that country and
    role; None when the gold gives no sector (nothing to compare)."""
    def check(codes: Iterable[str], parties: Sequence[Party]) -> list[bool]:
        found = {p.country: p.sector for p in parties if p.country}
        return [found.get(code.split()[0]) == code.split()[1] for code in codes if len(code.split()) == 2]

    straight = check(gold.actor, system.actor) + check(gold.recipient, system.recipient)
    if not straight:
        return None
    if all(straight):
        return True
    return gold.symmetric and all(check(gold.actor, system.recipient) + check(gold.recipient, system.actor))


def overlaps(gold: GoldEvent, system: Event, sentences: Sequence[tuple[int, int]]) -> bool:
    """The system event's trigger (else its sentence) overlaps the gold evidence span."""
    trigger = system.trigger
    if trigger is not None and trigger.end > trigger.start:
        return trigger.start < gold.end and gold.start < trigger.end
    if 0 <= system.sentence < len(sentences):
        start, end = sentences[system.sentence]
        return start < gold.end and gold.start < end
    return False


# ---- one-to-one matching ------------------------------------------------------------------------

def _max_matching(edges: dict[int, list[int]], taken: dict[int, int]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths); `taken` maps system -> gold."""
    def augment(g: int, seen: set[int]) -> bool:
        for s in edges.get(g, ()):
            if s in seen:
                continue
            seen.add(s)
            if s not in taken or augment(taken[s], seen):
                taken[s] = g
                return True
        return False

    for g in edges:
        augment(g, set())
    return taken


@dataclass
class DocMatch:
    """For one document and one level: system index -> gold index of the matched pairs."""

    level: str
    pairs: dict[int, int]
    required_pairs: dict[int, int]


def match_document(level: str, gold: Sequence[GoldEvent], system: Sequence[Event],
                   sentences: Sequence[tuple[int, int]] = ()) -> DocMatch:
    """Match required gold events first (they count), then borderline ones (they excuse)."""
    def edges(wanted_required: bool) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for gi, g in enumerate(gold):
            if g.required != wanted_required:
                continue
            out[gi] = [si for si, s in enumerate(system)
                       if overlaps(g, s, sentences) and level_agrees(level, g, s)]
        return out

    required = _max_matching(edges(True), {})
    pairs = dict(required)
    borderline = _max_matching(
        {g: [s for s in ss if s not in pairs] for g, ss in edges(False).items()}, {})
    pairs.update(borderline)
    return DocMatch(level, pairs, dict(required))


# ---- counting -----------------------------------------------------------------------------------

@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class EventScores:
    """Counts per level, per level and language, per level and event type; diagnostics on L2 pairs."""

    overall: dict[str, Counts] = field(default_factory=lambda: {lv: Counts() for lv in LEVELS})
    by_lang: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(dict))
    by_type: dict[str, dict[str, Counts]] = field(default_factory=lambda: defaultdict(dict))
    pairs_l2: int = 0
    sector_pairs: int = 0                 # L2 pairs whose gold gives a sector
    sector_agree: int = 0
    modality_agree: int = 0
    documents: int = 0
    gold_events: int = 0
    gold_required: int = 0
    system_events: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)   # documents the pipeline failed on
    details: list[str] = field(default_factory=list)    # L2 errors, one line each

    def _bucket(self, table: dict, key: str, level: str) -> Counts:
        return table[key].setdefault(level, Counts())

    def add_document(self, lang: str, gold: Sequence[GoldEvent], system: Sequence[Event],
                     sentences: Sequence[tuple[int, int]] = (), source: str = "") -> None:
        self.documents += 1
        self.gold_events += len(gold)
        self.gold_required += sum(g.required for g in gold)
        self.system_events += len(system)
        for level in LEVELS:
            match = match_document(level, gold, system, sentences)
            for si, s in enumerate(system):
                if si in match.required_pairs:
                    outcome = "tp"
                elif si in match.pairs:
                    continue                      # matched a borderline gold event: no penalty
                else:
                    outcome = "fp"
                for counts in (self.overall[level], self._bucket(self.by_lang, lang, level),
                               self._bucket(self.by_type, s.type, level)):
                    setattr(counts, outcome, getattr(counts, outcome) + 1)
            matched_gold = set(match.required_pairs.values())
            for gi, g in enumerate(gold):
                if g.required and gi not in matched_gold:
                    for counts in (self.overall[level], self._bucket(self.by_lang, lang, level),
                                   self._bucket(self.by_type, g.type, level)):
                        counts.fn += 1
            if level == "L2":
                self._explain(source, gold, system, match)
                for si, gi in match.pairs.items():
                    self.pairs_l2 += 1
                    self.modality_agree += system[si].modality == gold[gi].modality
                    sectors = sectors_agree(gold[gi], system[si])
                    if sectors is not None:
                        self.sector_pairs += 1
                        self.sector_agree += sectors

    def _explain(self, source: str, gold: Sequence[GoldEvent], system: Sequence[Event], match: DocMatch) -> None:
        """One line per L2 error (false positive, missed required event), for `--details`."""
        def codes(parties: Sequence[Party]) -> str:
            return ",".join(f"{p.country or '?'} {p.sector or ''}".strip() for p in parties) or "-"

        for si, s in enumerate(system):
            if si not in match.pairs:
                self.details.append(f"{source}  FP {s.type} {codes(s.actor)} -> {codes(s.recipient)} "
                                    f"date={s.date} {s.modality} trigger={s.trigger.text!r}@{s.trigger.start}")
        matched = set(match.required_pairs.values())
        for gi, g in enumerate(gold):
            if g.required and gi not in matched:
                self.details.append(f"{source}  FN {g.type} {','.join(g.actor) or '-'} -> "
                                    f"{','.join(g.recipient) or '-'} date={g.date} {g.modality} "
                                    f"evidence={g.text[:60]!r}@{g.start}")

    def as_dict(self) -> dict:
        def table(t: dict[str, dict[str, Counts]]) -> dict:
            return {k: {lv: c.as_dict() for lv, c in sorted(v.items())} for k, v in sorted(t.items())}

        return {
            "documents": self.documents, "gold_events": self.gold_events,
            "gold_required": self.gold_required, "system_events": self.system_events,
            "levels": {lv: c.as_dict() for lv, c in self.overall.items()},
            "by_language": table(self.by_lang), "by_type": table(self.by_type),
            "matched_l2": self.pairs_l2,
            "sector_agreement": round(self.sector_agree / self.sector_pairs, 4) if self.sector_pairs else None,
            "modality_accuracy": round(self.modality_agree / self.pairs_l2, 4) if self.pairs_l2 else None,
            "offset_problems": self.problems, "failures": self.failures, "notes": self.notes,
        }


# ---- running podiya on the gold documents ---------------------------------------------------------

def default_shared() -> Path:
    """PODIYA_SHARED, else ../shared beside the working directory, else beside the repository."""
    if os.environ.get("PODIYA_SHARED"):
        return Path(os.environ["PODIYA_SHARED"])
    for base in (Path.cwd(), Path(__file__).resolve().parents[3]):
        if (base.parent / "shared").is_dir():
            return base.parent / "shared"
    return Path.cwd().parent / "shared"


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The .jsonl files named, a folder standing for the .jsonl files inside it."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.glob("*.jsonl")))
        elif p.is_file():
            files.append(p)
        else:
            raise InputError(str(p), "no such gold file or folder")
    if not files:
        raise InputError(", ".join(map(str, paths)), "no .jsonl gold files found")
    return files


def read_article(path: Path, notes: list[str] | None = None) -> Article:
    """The article podiya reads from a shared file (its reader, so offsets are checked against it).

    While the readers are unavailable (a broken checkout), the gold format's own reading stands in,
    and a note says so."""
    try:
        from .. import read
        read(path)  # noqa: B018 -- imports the readers now, so a missing module is caught here
    except ImportError as exc:
        if notes is not None and not any("readers" in n for n in notes):
            notes.append(f"podiya's readers could not be imported ({exc}); texts built by the gold format instead")
        text, date = gold_text(path)
        return Article(id=path.stem, text=text, date=date, source=str(path))
    errors: list[InputError] = []
    articles = list(read(path, on_error=errors.append))
    if errors:
        raise errors[0]
    if len(articles) != 1:
        raise InputError(str(path), f"podiya read {len(articles)} articles from it; the gold expects one")
    return articles[0]


def evaluate_events(paths: Iterable[str | Path], shared: Path | None = None, pipeline=None,
                    progress: Callable[[str], None] | None = None) -> EventScores:
    """Run `pipeline` (default: the whole default pipeline) on every gold document and score it."""
    from .. import Pipeline

    shared = shared or default_shared()
    if not shared.is_dir():
        raise InputError(str(shared), "the shared folder is absent; pass --shared or set PODIYA_SHARED")
    pipeline = pipeline or Pipeline()
    scores = EventScores()
    for file in gold_files(paths):
        for gold in load_gold(file):
            source = shared / gold.source
            if not source.is_file():
                raise InputError(gold.where, f"gold document {gold.source} is absent under {shared}")
            article = read_article(source, scores.notes)
            expected, _ = gold_text(source)
            if article.text != expected:
                scores.problems.append(
                    f"{gold.where}: podiya reads a different text from {gold.source} than the gold format "
                    f"defines ({len(article.text)} vs {len(expected)} characters); offsets may be off")
            scores.problems.extend(offset_problems(gold, article.text))
            if progress:
                progress(gold.source)
            try:
                doc = pipeline(article)
            except DocumentError as err:      # scored as a document with no events, and reported
                scores.failures.append(f"{gold.source}: {err}")
                scores.add_document(gold.lang or "?", gold.events, [], [], gold.source)
                continue
            scores.add_document(gold.lang or doc.lang or "?", gold.events, doc.events, doc.sentences,
                                gold.source)
    return scores


def as_system_event(gold: GoldEvent, index: int) -> Event:
    """A second annotator's event in the shape of a system event (its evidence stands for the trigger)."""
    def parties(codes: Sequence[str]) -> list[Party]:
        return [Party(entity=None, name=None, country=code.split()[0],
                      sector=code.split()[1] if len(code.split()) > 1 else None) for code in codes]

    return Event(id=f"a{index}", type=gold.type, mode=gold.mode, actor=parties(gold.actor),
                 recipient=parties(gold.recipient), date=gold.date, modality=gold.modality,
                 trigger=Span(start=gold.start, end=gold.end, text=gold.text), sentence=-1,
                 confidence=1.0, score=0.0)


def agreement(reference: Iterable[str | Path], second: Iterable[str | Path]) -> EventScores:
    """Inter-annotator agreement: a second annotation of the same documents scored against the
    reference one as if it were a system. Only the second annotator's required events count as
    its output, so P is the share of them the reference has (required, or excused as borderline)
    and R the share of the reference's required events the second annotator required too."""
    by_source = {doc.source: doc for file in gold_files(second) for doc in load_gold(file)}
    scores = EventScores()
    seen = set()
    for file in gold_files(reference):
        for doc in load_gold(file):
            seen.add(doc.source)
            other = by_source.get(doc.source)
            if other is None:
                continue
            system = [as_system_event(g, i) for i, g in enumerate(other.events) if g.required]
            scores.add_document(doc.lang or "?", doc.events, system, (), doc.source)
    scores.notes.extend(f"{source}: not in the reference annotation" for source in sorted(set(by_source) - seen))
    return scores


def format_report(scores: EventScores, details: bool = False) -> str:
    """A plain-text report: levels, languages, types, diagnostics and any offset problems."""
    d = scores.as_dict()
    lines = [f"documents {d['documents']}, gold events {d['gold_events']} ({d['gold_required']} required), "
             f"system events {d['system_events']}", "",
             f"{'':14}{'level':>6}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]

    def row(name: str, level: str, c: dict) -> str:
        return (f"{name:14}{level:>6}{c['precision']:8.3f}{c['recall']:8.3f}{c['f1']:8.3f}"
                f"{c['tp']:6d}{c['fp']:6d}{c['fn']:6d}")

    for level, c in d["levels"].items():
        lines.append(row("all", level, c))
    for lang, levels in d["by_language"].items():
        for level, c in levels.items():
            lines.append(row(lang, level, c))
    lines.append("")
    for etype, levels in d["by_type"].items():
        lines.append(row(etype, "L2", levels.get("L2", Counts().as_dict())))
    fmt = lambda v: "n/a" if v is None else f"{v:.3f}"  # noqa: E731
    lines += ["", f"matched pairs (L2) {d['matched_l2']}: sector agreement {fmt(d['sector_agreement'])}, "
                  f"modality accuracy {fmt(d['modality_accuracy'])}"]
    lines += [f"note: {n}" for n in d["notes"]]
    if details:
        lines += ["", "L2 errors (FP: system event unmatched; FN: required gold event missed):", *scores.details]
    if d["failures"]:
        lines += ["", f"PIPELINE FAILURES ({len(d['failures'])}, scored as no events):", *d["failures"]]
    if d["offset_problems"]:
        lines += ["", f"OFFSET PROBLEMS ({len(d['offset_problems'])}):", *d["offset_problems"]]
    return "\n".join(lines)
