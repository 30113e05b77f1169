"""Tagging with the CRF model's own weights in numpy: crfsuite's labels, without its per-token strings.

crfsuite takes every token's features as strings and looks each one up: most of its tagging
time, and the same word brings the same strings every time it occurs. Here the summed weights of
a word's features (`features.model_view`: its own, and those it gives its neighbours at -2, -1,
+1, +2) are computed once per word as five vectors over the labels; a sentence's state scores
are those vectors added at their offsets plus the few features that depend on the sentence
(`features.sentence_extras`: bigrams, gazetteer positions, BOS/EOS), and Viterbi runs over all
sentences of a document at once.

The weights are read from the model file's feature chunk at full precision (crfsuite's dump,
`Tagger.info()`, prints six decimals) and checked against that dump; a model that does not read
as expected gets no `ScoreTagger` (crfsuite tags). Only the order of the additions differs from
crfsuite's, which moves a score in its last bits; a sentence whose best path is decided anywhere
(the final label, or a back-pointer on the path) by less than `MARGIN` is tagged by crfsuite, so
the labels are crfsuite's own. On request the same scores also give each label's marginal
probability (forward-backward, `_marginals`): the recognizer's confidence (`ner_min_confidence`).
"""
from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from ..doc import Token
from . import features as F

# A decision closer than this could go either way between two orders of the same additions
# (they differ by ~1e-12 on scores of a few hundred); such sentences go to crfsuite.
MARGIN = 1e-6
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_FEATURE = struct.Struct("<IIId")
_STATE, _TRANSITION = 0, 1
_MAX_WORDS = 60_000           # words whose vectors are kept (about 50 MB with 21 labels), then afresh
# Sentences are tagged together in batches padded to their longest one; a batch stays within this
# many padded cells per real token (plus a constant), so a run of thousands of words without a full
# stop (a pasted table, a page of links) beside short sentences costs its own length, not
# length x sentences.
_PADDING = 4
_PADDING_SLACK = 1024


def _names_not_people(_: int, labels: Sequence[str]) -> bool:
    """Whether a sentence's labels hold a name that is not a person's (`recognize._sure_spans`
    keeps people's names whatever their confidence)."""
    return any(y != "O" and not y.endswith("-PER") for y in labels)


# Rows per matrix product in `_marginals`: OpenBLAS multiplies on one thread while rows x 21 x 21
# stays under its threshold (4 x 65536); more threads would stay awake spinning after the
# product, and their CPU time would land on the stages after this one.
_PRODUCT_ROWS = 512


def _product(a: np.ndarray, b: np.ndarray, out: np.ndarray) -> np.ndarray:
    """a @ b into `out` for a small square b, in slices of rows that keep BLAS on one thread."""
    if len(a) <= _PRODUCT_ROWS:
        return np.matmul(a, b, out=out)
    for i in range(0, len(a), _PRODUCT_ROWS):
        np.matmul(a[i:i + _PRODUCT_ROWS], b, out=out[i:i + _PRODUCT_ROWS])
    return out


def _read_features(path: Path) -> list[tuple[int, int, int, float]] | None:
    """(type, source, destination, weight) of every feature of a crfsuite 1st-order model file, in id order."""
    data = Path(path).read_bytes()
    if len(data) < _HEADER.size:
        return None
    magic, _, kind, _, _, _, _, off_features, *_ = _HEADER.unpack_from(data)
    if magic != b"lCRF" or kind != b"FOMC" or data[off_features:off_features + 4] != b"FEAT":
        return None
    size, count = struct.unpack_from("<II", data, off_features + 4)
    if size != 12 + count * _FEATURE.size or off_features + size > len(data):
        return None
    return list(_FEATURE.iter_unpack(data[off_features + 12:off_features + size]))


class ScoreTagger:
    """The labels crfsuite gives, from per-word score vectors; built by `load` or None."""

    def __init__(self, tagger, labels: list[str], attr_index: dict[str, int], weights: np.ndarray,
                 transitions: np.ndarray, attributes: frozenset[str]):
        self.tagger = tagger                 # crfsuite, for the sentences too close to call
        self.labels = labels
        self.attr_index = attr_index         # attribute -> row of `weights`
        self.weights = weights
        self._weights_t = np.ascontiguousarray(weights.T)   # [label, row]
        self.transitions = transitions       # [from, to]
        self._into = np.ascontiguousarray(transitions.T)
        self.attributes = attributes
        # (word before, word) -> row of its bigram feature (`features.bigram_pairs`)
        self._bigram_row = {pair: attr_index[feature] for pair, feature in F.bigram_pairs(attr_index).items()}
        # A word's own feature -> its number here (0: none the model weighs); _part_rows[part][number]:
        # the row of `weights` of its form in that part of `features.model_view`, or the zero row.
        slots = F.model_slots(attributes)
        self._feature_number = {feature: n for n, feature in enumerate(slots, 1)}
        self._zero = zero = weights.shape[0] - 1
        self._part_rows = np.full((5, len(slots) + 1), zero, dtype=np.intp)
        for n, forms in enumerate(slots.values(), 1):
            for part, form in forms:
                self._part_rows[part, n] = attr_index[form]
        # Each word's five vectors, computed once: _row_of[lang][word] is its row of `_vectors`.
        self._row_of: dict[str, dict[str, int]] = {}
        self._words = 0                      # rows of `_vectors` in use, over all languages
        self._vectors = np.zeros((4096, 5, len(labels)))

    @classmethod
    def load(cls, path: Path, tagger, attributes: frozenset[str], info=None) -> "ScoreTagger | None":
        """From the model at `path` (open in `tagger`; `info`: its `tagger.info()` when the caller
        has it), or None when its file does not read as the dump says (another crfsuite format):
        the caller then tags with crfsuite."""
        try:
            raw = _read_features(path)
        except (OSError, struct.error, ValueError):       # unreadable or cut short: crfsuite tags
            return None
        if raw is None:
            return None
        info = info if info is not None else tagger.info()
        label_id = {label: int(i) for label, i in info.labels.items()}
        labels = [label for label, _ in sorted(label_id.items(), key=lambda kv: kv[1])]
        states = [f for f in raw if f[0] == _STATE]
        moves = [f for f in raw if f[0] == _TRANSITION]
        if len(states) != len(info.state_features) or len(moves) != len(info.transitions) \
                or len(states) + len(moves) != len(raw) or sorted(label_id.values()) != list(range(len(labels))):
            return None
        attr_index: dict[str, int] = {}
        source_of: dict[int, int] = {}
        weights = []
        for (_, src, dst, weight), ((attribute, label), shown) in zip(states, info.state_features.items()):
            row = attr_index.setdefault(attribute, len(attr_index))
            if source_of.setdefault(src, row) != row or dst != label_id[label] or abs(weight - shown) > 1e-6:
                return None
            weights.append((row, dst, weight))
        matrix = np.zeros((len(attr_index) + 1, len(labels)))      # the last row: zeros
        for row, dst, weight in weights:
            matrix[row, dst] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (_, src, dst, weight), ((first, second), shown) in zip(moves, info.transitions.items()):
            if src != label_id[first] or dst != label_id[second] or abs(weight - shown) > 1e-6:
                return None
            transitions[src, dst] = weight
        return cls(tagger, labels, attr_index, matrix, transitions, attributes)

    def word_rows(self, words: Sequence[str], lang: str) -> list[int]:
        """Rows of `_vectors` holding each word's five vectors: the summed weights of its own
        features and of those it gives its neighbours at -1, +1, -2, +2 (the parts of
        `features.model_view`). Words not seen before are computed together, in one pass."""
        row_of = self._row_of.get(lang)
        if row_of is None:
            row_of = self._row_of[lang] = {}
        missing = [w for w in dict.fromkeys(words) if w not in row_of]
        if missing:
            if self._words + len(missing) > _MAX_WORDS:      # a long-running process: start afresh
                self._row_of.clear()
                row_of = self._row_of[lang] = {}
                self._words = 0
                missing = list(dict.fromkeys(words))
                self._vectors = np.zeros((4096, *self._vectors.shape[1:]))   # and give back what one big document took
            used = self._words
            needed = used + len(missing)
            if needed > len(self._vectors):
                grown = np.zeros((max(needed, min(2 * needed, _MAX_WORDS)), *self._vectors.shape[1:]))
                grown[:used] = self._vectors[:used]
                self._vectors = grown
            # every missing word's feature numbers (0: a feature the model does not weigh), in one run
            features = list(map(F.own_features, missing, repeat(lang, len(missing))))
            counts = list(map(len, features))
            numbers = np.fromiter(map(self._feature_number.get, chain.from_iterable(features), repeat(0)),
                                  dtype=np.intp, count=sum(counts))
            owners = np.repeat(np.arange(len(missing)), counts)
            weighed = numbers != 0
            numbers, owners = numbers[weighed], owners[weighed]
            block = self._vectors[used:needed]
            block[:] = 0.0
            for part in range(5):
                rows = self._part_rows[part, numbers]
                weighed = rows != self._zero
                rows, owner = rows[weighed], owners[weighed]
                if not len(rows):
                    continue
                counts = np.bincount(owner, minlength=len(missing))
                starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
                # reduceat sums each word's rows (they are consecutive); words without any keep zeros.
                # Summed as columns of the transposed weights: the same additions in the same order,
                # faster than along rows of 21 numbers.
                sums = np.add.reduceat(self._weights_t[:, np.append(rows, self._zero)], starts, axis=1)
                block[counts > 0, part] = sums.T[counts > 0]
            row_of.update(zip(missing, range(used, needed)))
            self._words = needed
        return list(map(row_of.__getitem__, words))

    def _state_scores(self, sentences: Sequence[Sequence[Token]], lang: str, knowns: Sequence) -> np.ndarray:
        """(tokens of all sentences in order, labels): the state scores of the features
        `features.sequence_features` gives each sentence, summed: the word vectors at their
        offsets, and the weights of `features.sentence_extras`."""
        tokens = [t for sent in sentences for t in sent]
        n = len(tokens)
        sentence = np.repeat(np.arange(len(sentences)), [len(sent) for sent in sentences])
        rows = np.array(self.word_rows([t.text for t in tokens], lang), dtype=np.intp)   # may grow _vectors: first
        vectors = self._vectors                   # each part gathered where it is needed, not all five of every word
        scores = vectors[rows, 0]
        # a word's neighbour features reach only the words of its own sentence
        for shift, before, after in ((1, 1, 2), (2, 3, 4)):
            if n > shift:
                same = np.flatnonzero(sentence[shift:] == sentence[:-shift])
                scores[same + shift] += vectors[rows[same], before]     # word i as the -shift neighbour of i + shift
                scores[same] += vectors[rows[same + shift], after]      # word i + shift as the +shift neighbour of i
        row_of_feature, row_of_bigram = self.attr_index.get, self._bigram_row.get
        at: list[int] = []
        weighed: list[int] = []
        lows = [t.text.lower() for t in tokens]
        first = 0
        for sent, known in zip(sentences, knowns):
            last = first + len(sent)
            words = lows[first:last]
            # sentence_extras' bigrams (first in its list), looked up as pairs; then the others
            for i, pair in enumerate(zip(words, words[1:]), first + 1):
                row = row_of_bigram(pair)
                if row is not None:
                    at.append(i)
                    weighed.append(row)
            for i, _, feature in F.sentence_extras(sent, lang, known, words, bigrams=False):
                row = row_of_feature(feature)
                if row is not None:
                    at.append(first + i)
                    weighed.append(row)
            first = last
        if at:
            np.add.at(scores, at, self.weights[weighed])
        return scores

    def tag_sentences(self, sentences: Sequence[Sequence[Token]], lang: str, knowns: Sequence,
                      confidences: list | None = None, unsure: Callable | None = None) -> list[list[str]]:
        """Labels of each sentence (`knowns`: each sentence's `gazetteer_spans`), in batches of
        sentences of similar length (see _PADDING); an empty sentence has no labels. With a list
        `confidences`, it is filled with each sentence's marginal probabilities of its labels
        (`_marginals`), one list of floats per sentence; they are computed only for the sentences
        where `unsure(sentence number, labels)` is true (default: a name that is not a person's),
        the others get 1.0 for every label."""
        out: list[list[str]] = [[] for _ in sentences]
        if confidences is not None:
            confidences[:] = [[] for _ in sentences]
        order = sorted((b for b, sent in enumerate(sentences) if sent), key=lambda b: -len(sentences[b]))
        start = 0
        while start < len(order):
            longest, end, tokens = len(sentences[order[start]]), start + 1, len(sentences[order[start]])
            while end < len(order) and \
                    longest * (end - start + 1) <= _PADDING * (tokens + len(sentences[order[end]])) + _PADDING_SLACK:
                tokens += len(sentences[order[end]])
                end += 1
            batch = order[start:end]
            wants = None
            if confidences is not None:
                wants = (lambda n, labels, batch=batch: unsure(batch[n], labels)) if unsure else _names_not_people
            found = self._tag_batch([sentences[b] for b in batch], lang, [knowns[b] for b in batch], wants)
            for b, labels, sure in zip(batch, *found):
                out[b] = labels
                if confidences is not None:
                    confidences[b] = sure
            start = end
        return out

    def _tag_batch(self, sentences: Sequence[Sequence[Token]], lang: str, knowns: Sequence,
                   marginals: Callable | None = None) -> tuple[list[list[str]], list[list[float]]]:
        """Labels of each of these (non-empty) sentences, by one Viterbi over all of them, and
        each label's marginal probability in the sentences for which `marginals(number, labels)`
        is true (1.0 in the others; no marginals at all, empty lists, when it is None)."""
        scores = self._state_scores(sentences, lang, knowns)
        # Sentences longest first, so that the ones still running at step t are a prefix.
        order = sorted(range(len(sentences)), key=lambda b: -len(sentences[b]))
        lengths = np.array([len(sentences[b]) for b in order])
        offsets = np.cumsum([0] + [len(sent) for sent in sentences])
        count, width, longest = len(order), len(self.labels), int(lengths[0])
        slot_of = np.empty(len(sentences), dtype=np.intp)
        slot_of[order] = np.arange(count)
        # states[t, slot]: token t of the sentence in that slot
        token_sentence = np.repeat(np.arange(len(sentences)), [len(sent) for sent in sentences])
        position = np.arange(len(scores)) - offsets[token_sentence]
        states = np.zeros((longest, count, width))
        states[position, slot_of[token_sentence]] = scores
        alphas = np.empty((longest, count, width))
        backs = np.zeros((longest, count, width), dtype=np.intp)
        alphas[0] = states[0]
        running = np.searchsorted(-lengths, -np.arange(longest), side="left")   # sentences longer than t
        into = self._into                                   # transitions as [to, from]
        buffer = np.empty((count, width, width))
        cells = np.arange(count * width)
        for t in range(1, longest):
            active = int(running[t])
            candidates = np.add(alphas[t - 1, :active, None, :], into, out=buffer[:active])   # [sentence, to, from]
            flat = candidates.reshape(-1, width)             # [(sentence, to), from]
            best = flat.argmax(axis=1)                       # the first best, as crfsuite's strict comparison
            backs[t, :active] = best.reshape(active, width)
            # the best value itself, read at its place (the same number max() gives, one pass fewer)
            np.add(flat[cells[:active * width], best].reshape(active, width), states[t, :active],
                   out=alphas[t, :active])
        # the best paths, traced back for all sentences at once: labels[t, slot]
        slots = np.arange(count)
        finals = alphas[lengths - 1, slots]                  # [slot, label]
        ends = finals.argmax(axis=1)                         # the first best, as crfsuite
        # Past its end a sentence's back-pointers all lead to its final label, so that one walk
        # back over every slot starts each sentence at its own end (labels past an end are unused).
        past_end = np.arange(longest)[:, None] >= lengths[None, :]          # [t, slot]
        backs[past_end] = np.broadcast_to(ends, (longest, count))[past_end][:, None]
        labels_at = np.empty((longest, count), dtype=np.intp)
        current = labels_at[longest - 1] = ends
        for t in range(longest - 1, 0, -1):
            current = labels_at[t - 1] = backs[t, slots, current]
        close = self._close_calls(alphas, finals, labels_at, lengths)
        paths = labels_at.T.tolist()
        out: list[list[str]] = [[] for _ in sentences]
        sure: list[list[float]] = [[] for _ in sentences]
        labels = self.labels
        index = {label: y for y, label in enumerate(labels)}
        for slot, b in enumerate(order):
            if close[slot]:
                out[b] = self.tagger.tag(F.sequence_features(sentences[b], lang, knowns[b], self.attributes))
            else:
                out[b] = [labels[y] for y in paths[slot][:lengths[slot]]]
        if marginals:
            wanted = [slot for slot, b in enumerate(order) if marginals(b, out[b])]
            if wanted:
                chosen = np.array(wanted)
                sub_lengths = lengths[chosen]
                steps = np.arange(int(sub_lengths[0]))
                probabilities = self._marginals(states[:len(steps), chosen], sub_lengths,
                                                np.searchsorted(-sub_lengths, -steps, side="left"))
                for column, slot in enumerate(wanted):
                    b = order[slot]
                    sure[b] = probabilities[np.arange(lengths[slot]), column, [index[y] for y in out[b]]].tolist()
            for slot, b in enumerate(order):
                if not sure[b]:
                    sure[b] = [1.0] * len(out[b])
        return out, sure

    def _marginals(self, states: np.ndarray, lengths: np.ndarray, running: np.ndarray) -> np.ndarray:
        """P(label at t | sentence) for every [t, slot, label], by the scaled forward-backward
        algorithm over the same scores as Viterbi (slots sorted longest first, as there).
        `states` is overwritten."""
        longest, count, width = states.shape
        steps = np.exp(self.transitions - self.transitions.max())            # [from, to]
        back = np.ascontiguousarray(steps.T)                                 # [to, from]
        # [t, slot, label]: in place, `states` being the caller's copy (a long document's arrays are big)
        local = states
        local -= states.max(axis=2, keepdims=True)
        np.exp(local, out=local)
        # Any factor per (t, sentence) cancels in the final normalisation: the scaling only keeps
        # the numbers in range, so it is done every few steps. A step shrinks a sentence's sum at
        # most by 21 x e^-(range of the transition weights) (the best label's local score is 1);
        # `every` steps stay far above the smallest double, for alphas and betas and their product.
        spread = float(self.transitions.max() - self.transitions.min()) + np.log(width) + 1
        every = max(1, min(8, int(150 // spread)))
        alphas = np.ones_like(states)
        alphas[0] = local[0]
        for t in range(1, longest):
            active = int(running[t])
            alpha = alphas[t, :active]
            _product(alphas[t - 1, :active], steps, alpha)
            alpha *= local[t, :active]
            if t % every == 0:
                alpha /= alpha.sum(axis=1, keepdims=True)
        betas = np.ones_like(states)
        for t in range(longest - 2, -1, -1):
            active = int(running[t + 1])                  # sentences that go on after t
            beta = betas[t, :active]
            _product(betas[t + 1, :active] * local[t + 1, :active], back, beta)
            if t % every == 0:
                beta /= beta.sum(axis=1, keepdims=True)
        alphas *= betas
        del betas
        alphas /= alphas.sum(axis=2, keepdims=True)
        return alphas

    def _close_calls(self, alphas: np.ndarray, finals: np.ndarray, labels_at: np.ndarray,
                     lengths: np.ndarray) -> np.ndarray:
        """Per slot, whether a decision on its best path (the final label, or a back-pointer) was
        closer than MARGIN: then another order of the same additions might decide otherwise."""
        count, width = finals.shape
        if width < 2:
            return np.zeros(count, dtype=bool)
        gap = finals.max(axis=1) - np.partition(finals, -2, axis=1)[:, -2]
        # back-pointers: at step t the path came from labels_at[t - 1] into labels_at[t]
        t, slot = np.nonzero(np.arange(1, len(labels_at))[:, None] < lengths[None, :])
        if len(t):
            t = t + 1
            came, went = labels_at[t - 1, slot], labels_at[t, slot]
            candidates = alphas[t - 1, slot] + self.transitions[:, went].T          # [step, from]
            top = candidates[np.arange(len(t)), came]
            second = np.partition(candidates, -2, axis=1)[:, -2]
            np.minimum.at(gap, slot, top - second)
        return gap < MARGIN
