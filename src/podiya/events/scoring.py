"""PLOVER intensity per type (data/plover.tsv) and the event's confidence.

Confidence multiplies how often the lexicon entry means the event, how sure the argument rules
were, whether both sides were found, and how the event is stated, scaled to the precision the
layer measures on the dev gold (tests/gold/events) so that a confidence means what it says.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

from ..errors import DataFileError
from .lexicon import EVENT_TYPES


@lru_cache(maxsize=1)
def plover_scores() -> dict[str, float]:
    path = "podiya/events/data/plover.tsv"
    table: dict[str, float] = {}
    text = files("podiya.events").joinpath("data", "plover.tsv").read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if len(fields) != 3 or fields[0] not in EVENT_TYPES:
            raise DataFileError(path, number, "expected TYPE<TAB>quad<TAB>score with a PLOVER type")
        table[fields[0]] = float(fields[2])
    missing = EVENT_TYPES - table.keys()
    if missing:
        raise DataFileError(path, None, f"no score for {', '.join(sorted(missing))}")
    return table


# Calibrated on the dev gold (tests/gold/events, L3; `python -m podiya.events.calibration
# tests/gold/events` prints the table): events with both sides named by a clear rule and stated as
# fact were right 83% of the time, so they get ~0.84 at the lexicon's default reliability (0.85);
# the factors below are the measured ratios of the other groups to that one, rounded.
_CALIBRATION = 0.84
_DEFAULT_RELIABILITY = 0.85
_MODALITY_FACTOR = {"asserted": 1.0, "reported": 0.95, "future": 0.95, "negated": 0.7,
                    "hypothetical": 0.7, "question": 0.6}
_IMPLIED = 0.95              # a side implied (focus country, the agent of a passive, context): 0.80 right
_IMPLIED_NOT_ASSERTED = 0.6  # and not stated as fact: 0.4 right
_WEAK_RULE = 0.75            # dative, patient or agent roles, a passive participle, an inherited date: 0.6


def confidence(reliability: float, certainty: float, both_sides: bool, modality: str,
               implied: bool, weak: bool = False) -> float:
    """How likely the event is right at L3 (type, parties and date), per the dev-gold calibration."""
    value = _CALIBRATION * (reliability / _DEFAULT_RELIABILITY) * certainty * _MODALITY_FACTOR.get(modality, 0.7)
    if not both_sides:
        value *= 0.8
    if implied:
        value *= _IMPLIED if modality == "asserted" else _IMPLIED * _IMPLIED_NOT_ASSERTED
    if weak:
        value *= _WEAK_RULE
    return round(max(0.05, min(value, 0.99)), 2)
