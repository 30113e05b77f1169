"""BSNLP shared-task scoring (2019/2021 measures) of podiya's entity layer.

Data layout (``../shared/data/bsnlp2021``): ``<topic>/raw/<lang>/*`` (raw articles) and
``<topic>/annotated/<lang>/*`` (gold ``.out`` files: line 1 the document id, then one line per
distinct mention form ``form<TAB>base<TAB>type<TAB>cross-lingual id``). A system response has the
same shape; for podiya it is derived from ``doc.entities`` (`doc_lines`), the key column being the
entity's ``key`` (KB id or transliterated key), so it is comparable across documents and languages.

Our reading of the measures (shared/data/README.md and the official evaluator's README), all
case-insensitive, micro-averaged over documents (counts are summed, then divided), per type and
over all types. Only the types PER ORG LOC EVT PRO are scored: MISC (2017 topics) is dropped on
both sides because podiya has no such type.

* An *entity* of a document is a group of its lines with one key (gold: cross-lingual id; system:
  the key column). Its type is its most frequent line type.
* relaxed exact: a gold entity is found when some system line of the same type has a form equal to
  one of the entity's forms (recall = found / gold entities); a system entity is correct when one
  of its forms equals a gold form of the same type (precision = correct / system entities).
* relaxed partial: as relaxed exact, but two forms match when they share a word n-gram, i.e. at
  least one word (maximal run of letters/digits), so "Терези Мей" matches "Мей".
* strict: the set of distinct (form, type) pairs, system against gold.
* normalization: only lines whose base differs from the form, on both sides (the official
  "mentions that need to be normalized on both sides"): a (form, base) pair is correct when the
  gold has the same pair; precision over the system's such lines, recall over the gold's.
* linking: LEA (Moosavi and Strube 2016) with importance = entity size, singletons scored by their
  self-link as in the reference implementation. A mention is a distinct form of a document
  (``(document, form)``); gold clusters are cross-lingual ids, system clusters keys. Levels: within
  each document (summed over documents), across the documents of one language of a topic, and
  across languages of a topic, where only links between mentions of different languages count
  (entities without such links weigh nothing). Numerators and denominators are summed over
  documents / topics before dividing.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..ingest import bsnlp as ingest_bsnlp
from ..knowledge.normalize import INVISIBLE

ENTITY_TYPES = ("PER", "ORG", "LOC", "EVT", "PRO")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Line:
    """One line of a .out file, lower-cased for case-insensitive comparison."""

    form: str
    base: str
    type: str
    key: str


@dataclass
class AnnotatedDoc:
    id: str
    topic: str
    lang: str
    lines: list[Line]
    source: str = ""


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})


_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))


def _clean(value: str) -> str:
    # Typographic apostrophes are one character for scoring ("об’єднане" = "об'єднане"); invisible
    # characters (zero-width spaces in "Тереза \u200bМей", soft hyphens) are not part of a name.
    return " ".join(value.translate(_INVISIBLE).split()).lower().translate(_APOSTROPHES)


def parse_out(text: str, source: str = "<string>") -> tuple[str, list[Line]]:
    """(document id, lines) of a .out file's text (read by ingest.bsnlp.parse_annotated), cleaned for
    scoring; lines of other types than ENTITY_TYPES and repeated (form, type) pairs are dropped."""
    doc_id, annotations = ingest_bsnlp.parse_annotated(text, source)
    return doc_id, _lines(annotations)


def _lines(annotations: Iterable[ingest_bsnlp.Annotation]) -> list[Line]:
    lines: list[Line] = []
    seen: set[tuple[str, str]] = set()
    for annotation in annotations:
        form, base, etype = _clean(annotation.form), _clean(annotation.base), annotation.type
        key = _clean(annotation.key) if annotation.key else f"{etype}-{base}".lower()
        if etype not in ENTITY_TYPES or not form or (form, etype) in seen:
            continue
        seen.add((form, etype))
        lines.append(Line(form, base or form, etype, key))
    return lines


def read_out(path: Path) -> tuple[str, list[Line]]:
    """(document id, lines) of a .out file, gold or system (decoded by the ingest rules: BOM, CRLF)."""
    doc_id, annotations = ingest_bsnlp.read_annotated(path)
    return doc_id, _lines(annotations)


def read_annotated(data_dir: Path, langs: Sequence[str] = ("uk", "ru"),
                   topics: Sequence[str] = ()) -> list[AnnotatedDoc]:
    """Gold documents of `data_dir/<topic>/annotated/<lang>/` for the chosen languages and topics."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise InputError(str(data_dir), "no such folder; expected a BSNLP folder with <topic>/annotated/<lang>/")
    found = ingest_bsnlp.topics(data_dir)
    unknown = [t for t in topics if t not in found]
    if unknown:
        raise InputError(str(data_dir), f"unknown topic(s) {', '.join(unknown)}; topics here: {', '.join(found)}")
    docs = []
    for topic in (topics or found):
        for lang in langs:
            for path in ingest_bsnlp.files(data_dir, topic, "annotated", lang):
                doc_id, lines = read_out(path)
                docs.append(AnnotatedDoc(doc_id, topic, lang, lines, str(path)))
    if not docs:
        raise InputError(str(data_dir), f"no annotated files for languages {', '.join(langs)}")
    return docs


def read_system(system_dir: Path, gold: Sequence[AnnotatedDoc]) -> dict[tuple[str, str, str], list[Line]]:
    """System .out files laid out as `<topic>/<lang>/` or `<topic>/annotated/<lang>/`, by (topic, lang, id)."""
    out: dict[tuple[str, str, str], list[Line]] = {}
    for topic, lang in sorted({(d.topic, d.lang) for d in gold}):
        for folder in (Path(system_dir) / topic / lang, Path(system_dir) / topic / "annotated" / lang):
            for path in sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else ():
                doc_id, lines = read_out(path)
                out[(topic, lang, doc_id)] = lines
    return out


def write_out(path: Path, doc_id: str, lines: Iterable[Line]) -> None:
    rows = [doc_id] + [f"{x.form}\t{x.base}\t{x.type}\t{x.key}" for x in lines]
    Path(path).write_text("\n".join(rows) + "\n", encoding="utf-8")


def doc_lines(doc) -> list[Line]:
    """The .out lines of a processed podiya Doc: one per distinct (form, type), keyed by entity key."""
    lines, seen = [], set()
    for entity in doc.entities:
        key = _clean(entity.key or f"{entity.type}-{entity.name}")
        for mention in entity.mentions:
            if mention.kind == "office":
                continue  # "президент РФ" standing for its holder: BSNLP annotates names, not office phrases
            form = _clean(mention.text)
            if entity.type in ENTITY_TYPES and form and (form, entity.type) not in seen:
                seen.add((form, entity.type))
                lines.append(Line(form, _clean(mention.base or mention.text), entity.type, key))
    return lines


# --- counting -------------------------------------------------------------------------------

@dataclass
class PR:
    """Precision and recall with separate numerators (relaxed measures count them differently)."""

    p_num: float = 0.0
    p_den: float = 0.0
    r_num: float = 0.0
    r_den: float = 0.0

    def add(self, other: "PR") -> None:
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den

    @property
    def precision(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def recall(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"p": round(self.precision, 4), "r": round(self.recall, 4), "f1": round(self.f1, 4),
                "gold": self.r_den, "system": self.p_den}


@dataclass
class Scores:
    """measure -> type ("ALL" and each type) -> PR, for the recognition and normalization measures;
    linking level -> PR."""

    recognition: dict[str, dict[str, PR]] = field(default_factory=dict)
    linking: dict[str, PR] = field(default_factory=dict)
    documents: int = 0

    def pr(self, measure: str, etype: str = "ALL") -> PR:
        return self.recognition.setdefault(measure, {}).setdefault(etype, PR())

    def as_dict(self) -> dict:
        return {"documents": self.documents,
                **{m: {t: pr.as_dict() for t, pr in by.items()} for m, by in self.recognition.items()},
                "linking": {level: pr.as_dict() for level, pr in self.linking.items()}}


def _entities(lines: Sequence[Line]) -> list[tuple[str, list[Line]]]:
    groups: dict[str, list[Line]] = defaultdict(list)
    for line in lines:
        groups[line.key].append(line)
    return [(Counter(x.type for x in g).most_common(1)[0][0], g) for g in groups.values()]


def _words(form: str) -> frozenset[str]:
    return frozenset(_WORD.findall(form))


def exact_match(a: str, b: str) -> bool:
    return a == b


def partial_match(a: str, b: str) -> bool:
    """True when the two forms share a word (a word 1-gram, hence any n-gram)."""
    return a == b or bool(_words(a) & _words(b))


def _relaxed(gold: Sequence[Line], system: Sequence[Line], match: Callable[[str, str], bool],
             scores: Scores, measure: str) -> None:
    for side, mine, other, is_gold in (("r", gold, system, True), ("p", system, gold, False)):
        for etype, group in _entities(mine):
            hit = any(match(x.form, y.form) for x in group for y in other if y.type == etype)
            for t in ("ALL", etype):
                pr = scores.pr(measure, t)
                if is_gold:
                    pr.r_den += 1
                    pr.r_num += hit
                else:
                    pr.p_den += 1
                    pr.p_num += hit


def _set_measure(gold: set, system: set, type_of: Mapping, scores: Scores, measure: str) -> None:
    for item in gold:
        for t in ("ALL", type_of[item]):
            pr = scores.pr(measure, t)
            pr.r_den += 1
            pr.r_num += item in system
    for item in system:
        for t in ("ALL", type_of[item]):
            pr = scores.pr(measure, t)
            pr.p_den += 1
            pr.p_num += item in gold


def score_document(gold: Sequence[Line], system: Sequence[Line], scores: Scores) -> None:
    """Add one document's recognition and normalization counts to `scores`."""
    scores.documents += 1
    _relaxed(gold, system, partial_match, scores, "relaxed_partial")
    _relaxed(gold, system, exact_match, scores, "relaxed_exact")
    types = {(x.form, x.type): x.type for x in [*gold, *system]}
    _set_measure({(x.form, x.type) for x in gold}, {(x.form, x.type) for x in system}, types, scores, "strict")
    # Normalization is scored per form, whatever type the system gave it.
    gold_norm = {(x.form, x.base): x.type for x in gold if x.base != x.form}
    sys_norm = {(x.form, x.base): x.type for x in system if x.base != x.form}
    _set_measure(set(gold_norm), set(sys_norm), {**sys_norm, **gold_norm}, scores, "normalization")


# --- LEA --------------------------------------------------------------------------------------

Mention = Hashable


def _lea_side(clusters: Sequence[Sequence[Mention]], other: Mapping[Mention, int],
              counts_link: Callable[[Mention, Mention], bool] | None) -> tuple[float, float]:
    """(sum of importance * resolution, sum of importance) of `clusters` against `other` (mention -> cluster)."""
    other_sizes = Counter(other.values())
    num = den = 0.0
    for cluster in clusters:
        pairs = [(a, b) for i, a in enumerate(cluster) for b in cluster[i + 1:]
                 if counts_link is None or counts_link(a, b)]
        if counts_link is None and len(cluster) == 1:
            # A singleton's only link is to itself: resolved when it is a singleton on the other side too.
            m = cluster[0]
            common = 1.0 if m in other and other_sizes[other[m]] == 1 else 0.0
            all_links = 1.0
        elif not pairs:
            continue
        else:
            all_links = float(len(pairs))
            common = sum(1 for a, b in pairs if a in other and b in other and other[a] == other[b])
        num += len(cluster) * common / all_links
        den += len(cluster)
    return num, den


def lea(key: Mapping[Mention, Hashable], response: Mapping[Mention, Hashable],
        counts_link: Callable[[Mention, Mention], bool] | None = None) -> PR:
    """LEA of a response clustering against a key clustering (each a mention -> cluster id map).

    `counts_link(a, b)` restricts the links that count (the cross-language level); with it,
    clusters without a countable link weigh nothing.
    """
    def clusters(assign: Mapping[Mention, Hashable]) -> tuple[list[list[Mention]], dict[Mention, int]]:
        ids: dict[Hashable, int] = {}
        groups: list[list[Mention]] = []
        index: dict[Mention, int] = {}
        for mention in sorted(assign, key=repr):
            cid = ids.setdefault(assign[mention], len(ids))
            if cid == len(groups):
                groups.append([])
            groups[cid].append(mention)
            index[mention] = cid
        return groups, index

    key_groups, key_index = clusters(key)
    resp_groups, resp_index = clusters(response)
    r_num, r_den = _lea_side(key_groups, resp_index, counts_link)
    p_num, p_den = _lea_side(resp_groups, key_index, counts_link)
    return PR(p_num, p_den, r_num, r_den)


def _mentions(docs: Iterable[tuple[AnnotatedDoc, Sequence[Line]]], gold_side: bool) -> dict:
    out = {}
    for doc, system in docs:
        for line in (doc.lines if gold_side else system):
            out[(doc.lang, doc.id, line.form)] = line.key
    return out


def score_linking(pairs: Sequence[tuple[AnnotatedDoc, Sequence[Line]]]) -> dict[str, PR]:
    """LEA within documents, across the documents of one language of a topic, and across languages of a topic."""
    levels = {"document": PR(), "language": PR(), "crosslingual": PR()}
    by_topic: dict[str, list] = defaultdict(list)
    for doc, system in pairs:
        levels["document"].add(lea(_mentions([(doc, system)], True), _mentions([(doc, system)], False)))
        by_topic[doc.topic].append((doc, system))
    for topic_pairs in by_topic.values():
        by_lang: dict[str, list] = defaultdict(list)
        for doc, system in topic_pairs:
            by_lang[doc.lang].append((doc, system))
        for lang_pairs in by_lang.values():
            levels["language"].add(lea(_mentions(lang_pairs, True), _mentions(lang_pairs, False)))
        if len(by_lang) > 1:
            levels["crosslingual"].add(lea(_mentions(topic_pairs, True), _mentions(topic_pairs, False),
                                           counts_link=lambda a, b: a[0] != b[0]))
    return levels


def score(gold: Sequence[AnnotatedDoc], system: Mapping[tuple[str, str, str], Sequence[Line]]) -> Scores:
    """Every BSNLP measure of `system` ((topic, lang, doc id) -> lines; absent = empty) against `gold`."""
    scores = Scores()
    pairs = [(doc, list(system.get((doc.topic, doc.lang, doc.id), ()))) for doc in gold]
    for doc, lines in pairs:
        score_document(doc.lines, lines, scores)
    scores.linking = score_linking(pairs)
    return scores


def score_dirs(gold_dir: Path, system_dir: Path, langs: Sequence[str] = ("uk", "ru"),
               topics: Sequence[str] = ()) -> Scores:
    """Score a folder of system .out files against the gold of `gold_dir`."""
    gold = read_annotated(gold_dir, langs, topics)
    return score(gold, read_system(system_dir, gold))


# --- name normalization given gold mentions ------------------------------------------------------

def _first_parse(form: str, lang: str, etype: str) -> str:
    from ..language.morphology import analyze
    return " ".join((analyze(w, lang) or (None,))[0].lemma if analyze(w, lang) else w for w in form.split())


def _simplemma(form: str, lang: str, etype: str) -> str:
    import simplemma
    return " ".join(simplemma.lemmatize(w, lang=lang) for w in form.split())


# Baselines of the published comparison (shared/data/README.md).
NORMALIZERS: dict[str, Callable[[str, str, str], str]] = {
    "unchanged": lambda form, lang, etype: form,
    "simplemma": _simplemma,
    "first-parse": _first_parse,
}


def normalization_accuracy(gold: Sequence[AnnotatedDoc], method: str = "podiya",
                           errors: list[tuple[str, str, str, str, str]] | None = None) -> dict[str, dict]:
    """Accuracy of base forms given the gold forms and types, per language and type.

    Every distinct (form, type) line of a document counts once (case-insensitive). `method` is
    "podiya" (entities.normalize.normalize_mention) or a baseline of NORMALIZERS; wrong answers
    are appended to `errors` as (lang, type, form, gold base, answer).
    """
    if method == "podiya":
        from ..entities.normalize import normalize_mention as normalizer
    elif method in NORMALIZERS:
        normalizer = NORMALIZERS[method]
    else:
        raise ValueError(f"unknown normalizer {method!r}; choose podiya or {', '.join(NORMALIZERS)}")
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for doc in gold:
        for line in doc.lines:
            answer = _clean(normalizer(line.form, doc.lang, line.type))
            right = answer == line.base
            for etype in ("ALL", line.type):
                counts[doc.lang][etype][0] += right
                counts[doc.lang][etype][1] += 1
            if not right and errors is not None:
                errors.append((doc.lang, line.type, line.form, line.base, answer))
    return {lang: {t: {"accuracy": round(ok / n, 4), "n": n} for t, (ok, n) in by.items()}
            for lang, by in counts.items()}


# --- running podiya on the raw files ------------------------------------------------------------

def run_podiya(data_dir: Path, gold: Sequence[AnnotatedDoc], model: Path | str | None = None,
               failures: list[str] | None = None,
               min_confidence: float | None = None) -> dict[tuple[str, str, str], list[Line]]:
    """podiya's .out lines for the raw documents behind `gold` (read with `podiya.read`), by (topic, lang, id).

    The pipeline runs up to the entity stage with `model` as its NER model and `min_confidence` as
    its ner_min_confidence (None: the settings' ones). Documents that fail are left out (scored as
    empty) and named in `failures`.
    """
    from .. import read
    from ..pipeline import Pipeline
    from ..settings import entity_settings

    settings = entity_settings(model, min_confidence)
    pipeline = Pipeline(settings, stages=["language", "segment", "morphology", "entities"])
    wanted = {(d.topic, d.lang, d.id) for d in gold}
    out: dict[tuple[str, str, str], list[Line]] = {}
    for topic, lang in sorted({(d.topic, d.lang) for d in gold}):
        folder = Path(data_dir) / topic / "raw" / lang
        on_error = (lambda err: failures.append(str(err))) if failures is not None else None
        for article in read(folder, input_format="bsnlp", on_error=on_error):
            if (topic, lang, article.id) not in wanted:
                continue
            article.lang = lang   # the folder is authoritative (2017 files say "ua")
            for doc in pipeline.pipe([article], on_error=(lambda f: failures.append(str(f.error)))
                                     if failures is not None else None):
                out[(topic, lang, article.id)] = doc_lines(doc)
    return out


def _model_fingerprint() -> str:
    """Hash of the recognizer's feature and training code and of the data its features read: cached
    models are rebuilt when any of it changes."""
    import hashlib
    from importlib.resources import files

    digest = hashlib.sha1()
    # the corpus reads its training data with the readers of ingest (one reader per corpus)
    for package, name in (("podiya.entities", "features.py"), ("podiya.entities", "corpus.py"),
                          ("podiya.entities", "train.py"), ("podiya.entities", "gazetteer.py"),
                          ("podiya.ingest", "bsnlp.py"), ("podiya.ingest", "ner_uk.py")):
        source = files(package).joinpath(name)
        if source.is_file():
            digest.update(source.read_bytes())
    # the features read the knowledge base (names, types) and the gazetteer's data files too
    for package in ("podiya.knowledge", "podiya.entities"):
        folder = files(package).joinpath("data")
        for data in sorted((f for f in folder.iterdir() if f.is_file()), key=lambda f: f.name):
            digest.update(data.name.encode() + data.read_bytes())
    return digest.hexdigest()[:10]


def topic_model(data_root: Path, topic: str, work_dir: Path, retrain: bool = False, reuse: bool = False) -> Path:
    """A NER model trained without `topic` (cached in `work_dir` by topic and code fingerprint).

    With `reuse`, a cached model for the topic is taken whatever code built it: for work on later
    layers (linking, normalization) while the recognizer's code is changing.
    """
    from ..entities.train import train_model

    if reuse and not retrain:
        cached = sorted(Path(work_dir).glob(f"ner-without-{topic}-*.crfsuite"))
        if cached:
            return cached[-1]
    path = Path(work_dir) / f"ner-without-{topic}-{_model_fingerprint()}.crfsuite"
    if retrain or not path.is_file():
        train_model(Path(data_root), path, exclude_topics=[topic])
        for stale in Path(work_dir).glob(f"ner-without-{topic}-*.crfsuite"):
            if stale != path:   # built by older recognizer code
                stale.unlink()
    return path


def evaluate_podiya(data_dir: Path, langs: Sequence[str] = ("uk", "ru"), topics: Sequence[str] = (), *,
                    model: Path | str | None = None, leave_one_topic_out: bool = False,
                    work_dir: Path | None = None, retrain: bool = False, reuse: bool = False,
                    save: Path | None = None, failures: list[str] | None = None,
                    by_topic: bool = False, min_confidence: float | None = None) -> dict[str, Scores]:
    """Run podiya on a BSNLP folder and score it: {"all": ..., lang: ...} (cross-language linking in "all").

    With `leave_one_topic_out`, each topic is processed by a model trained without it (the
    training data root is `data_dir`'s parent, which holds ner-uk-2.0 too).
    """
    data_dir = Path(data_dir)
    gold = read_annotated(data_dir, langs, topics)
    system: dict[tuple[str, str, str], list[Line]] = {}
    if leave_one_topic_out:
        work_dir = Path(work_dir or Path.home() / ".cache" / "podiya" / "bsnlp-loto")
        for topic in sorted({d.topic for d in gold}):
            path = topic_model(data_dir.parent, topic, work_dir, retrain, reuse)
            system.update(run_podiya(data_dir, [d for d in gold if d.topic == topic], path, failures, min_confidence))
    else:
        system = run_podiya(data_dir, gold, model, failures, min_confidence)
    if failures is not None:
        failures.extend(f"{d.source}: no podiya output for document {d.id!r} (its raw file is missing or failed)"
                        for d in gold if (d.topic, d.lang, d.id) not in system)
    if save is not None:
        for (topic, lang, doc_id), lines in system.items():
            folder = Path(save) / topic / lang
            folder.mkdir(parents=True, exist_ok=True)
            write_out(folder / f"{doc_id}.out", doc_id, lines)
    return score_by_language(gold, system, by_topic)


def score_by_language(gold: Sequence[AnnotatedDoc], system: Mapping, by_topic: bool = False) -> dict[str, Scores]:
    """Scores of all documents, of each language and (with `by_topic`) of each topic and language."""
    report = {"all": score(gold, system)}
    for lang in sorted({d.lang for d in gold}):
        report[lang] = score([d for d in gold if d.lang == lang], system)
    if by_topic:
        for topic, lang in sorted({(d.topic, d.lang) for d in gold}):
            report[f"{topic}/{lang}"] = score([d for d in gold if (d.topic, d.lang) == (topic, lang)], system)
    return report


MEASURES = ("relaxed_partial", "relaxed_exact", "strict", "normalization")


def format_report(report: Mapping[str, Scores]) -> str:
    """Plain-text tables: F1 (P/R) per measure and type for each language, then the linking levels."""
    rows = []
    for name, scores in report.items():
        types = ["ALL", *[t for t in ENTITY_TYPES if t in scores.recognition.get("strict", {})]]
        rows.append(f"\n{name} ({scores.documents} documents)")
        rows.append(f"{'measure':<18}" + "".join(f"{t:>20}" for t in types))
        for measure in MEASURES:
            cells = []
            for t in types:
                pr = scores.recognition.get(measure, {}).get(t)
                cells.append(f"{pr.f1:.3f} ({pr.precision:.2f}/{pr.recall:.2f})" if pr else "-")
            rows.append(f"{measure:<18}" + "".join(f"{c:>20}" for c in cells))
        for level, pr in scores.linking.items():
            if pr.r_den or pr.p_den:
                rows.append(f"{'link:' + level:<18}{pr.f1:>7.3f} (P {pr.precision:.3f} R {pr.recall:.3f})")
    return "\n".join(rows).lstrip("\n")


def report_as_dict(report: Mapping[str, Scores]) -> dict:
    return {name: scores.as_dict() for name, scores in report.items()}
