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

_MODALITY_FACTOR = {"asserted": 1.0, "reported": 0.95, "future": 0.9, "negated": 0.85,
                    "hypothetical": 0.8, "question": 0.75}


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


# Measured on the dev gold (tests/gold/events, L3): the surest tier (entry reliability 0.85, both
# sides found by a clear rule, asserted) was right about 70% of the time, so it maps to ~0.75 and
# no event claims 0.8 until the layer earns it.
_CALIBRATION = 0.88


def confidence(reliability: float, certainty: float, both_sides: bool, modality: str,
               implied: bool) -> float:
    value = _CALIBRATION * reliability * certainty * _MODALITY_FACTOR.get(modality, 0.8)
    if not both_sides:
        value *= 0.8
    if implied:
        value *= 0.75
    return round(max(0.05, min(value, 0.99)), 2)
