"""How often an event of a given confidence is right: the calibration table of the events layer.

Runs the pipeline on one or more events golds (folders or .jsonl files), matches system events
to gold events as the scorer does (podiya.evaluate.events, level L3 by default), and buckets the
system events by confidence. An event matched to a required gold event is right, an unmatched one
is wrong, and one matched to a borderline gold event counts neither way (as in the scorer's
precision). The last line is the promise of the output contract: of the events given 0.8 or
more, the share right (it should be at least 0.8).

    python -m podiya.events.calibration tests/gold/events tests/gold/events-dev2 tests/gold/events-dev3 [--level L3]
"""
from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass
class Bucket:
    low: float
    high: float
    right: int = 0
    wrong: int = 0

    @property
    def share(self) -> float | None:
        total = self.right + self.wrong
        return self.right / total if total else None


def calibration_table(paths: Iterable[str | Path], shared: Path | None = None, pipeline=None,
                      level: str = "L3") -> list[Bucket]:
    """Right and wrong system events per confidence bucket [low, high) on the gold under `paths`."""
    from ..evaluate.events import default_shared, gold_files, match_document, read_article
    from ..evaluate.events_gold import load_gold
    from ..pipeline import Pipeline

    shared = shared or default_shared()
    pipeline = pipeline or Pipeline()
    buckets = [Bucket(lo, hi) for lo, hi in zip(BUCKETS, BUCKETS[1:])]
    for file in gold_files(paths):
        for gold in load_gold(file):
            doc = pipeline(read_article(shared / gold.source))
            match = match_document(level, gold.events, doc.events, doc.sentences)
            right = set(match.required_pairs)          # system index -> gold index
            borderline = set(match.pairs) - right
            for si, event in enumerate(doc.events):
                if si in borderline:
                    continue
                bucket = next(b for b in buckets if b.low <= event.confidence < b.high)
                if si in right:
                    bucket.right += 1
                else:
                    bucket.wrong += 1
    return buckets


def format_table(buckets: list[Bucket]) -> str:
    lines = ["confidence      right  wrong  share right"]
    for b in buckets:
        share = "-" if b.share is None else f"{b.share:.2f}"
        lines.append(f"[{b.low:.2f}, {min(b.high, 1.0):.2f})  {b.right:6d} {b.wrong:6d}  {share:>11}")
    sure = [b for b in buckets if b.low >= 0.8]
    high = Bucket(0.8, 1.01, sum(b.right for b in sure), sum(b.wrong for b in sure))
    share = "-" if high.share is None else f"{high.share:.2f}"
    lines.append(f">= 0.80       {high.right:6d} {high.wrong:6d}  {share:>11}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    level = "L3"
    if "--level" in args:
        at = args.index("--level")
        level = args[at + 1]
        del args[at:at + 2]
    if not args:
        print("usage: python -m podiya.events.calibration GOLD_DIR_OR_FILE... [--level L1|L2|L3]", file=sys.stderr)
        return 2
    print(format_table(calibration_table(args, level=level)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
