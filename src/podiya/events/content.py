"""Stances and demands whose object is a clause: the other side is the subject of that clause.

"Меркель розкритикувала те, що Лондон вийшов з переговорів", "недовольна тем, что Польша не
выполняет решения суда": criticism, approval or refusal of what someone did is aimed at whoever did
it; "вимагає, щоб Росія вивела війська" asks it of the one who is to act; "попередила, що міністри
... будуть звільнені" warns those it names. Only the clause right after the trigger counts (a
demonstrative "те/то/тем..." and "що/что" for a stance, "щоб/чтобы" for a demand, "що/что" for a
warning), and only its nominative subject named before its verb, not any party it mentions.
"""
from __future__ import annotations

from ..doc import Token
from .clauses import is_verbal
from .lexicon import cue_words
from .parties import Party
from .words import THAT

_STANCES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_DEMANDS = frozenset({"REQUEST"})
_WARNINGS = frozenset({"THREATEN"})          # "попередила, що міністри, які ..., будуть звільнені"
_REACH = 3                                   # "розкритикувала за те, що": a preposition between


def clause_subject(tokens: list[Token], parties: list[Party], clauses: list[int], end: int,
                   event_type: str, actor: list[Party]) -> list[Party]:
    """The subject of the object clause opening right after the trigger ending at `end`; [] when
    there is none or the rule does not apply to `event_type`."""
    if event_type in _STANCES:
        opener = _after_demonstrative(tokens, end)
    elif event_type in _DEMANDS:
        opener = _opener(tokens, end, cue_words("purpose"))
    elif event_type in _WARNINGS:
        opener = _opener(tokens, end, THAT)
    else:
        return []
    if opener is None:
        return []
    # A warning may be aimed at the actor's own people ("Мей попередила, що міністри ... будуть
    # звільнені"); a stance or demand on what one's own country does rather targets a third side
    # the clause names later ("нарікає на те, що США займаються тим, чим мала б Європа").
    own_entities = {p.entity for p in actor if p.entity}
    own_countries = set() if event_type in _WARNINGS else {p.country for p in actor}
    clause = clauses[opener + 1] if opener + 1 < len(tokens) else -1
    verb = next((j for j in range(opener + 1, len(tokens)) if clauses[j] == clause and is_verbal(tokens[j])), None)
    subjects = [p for p in parties if p.first > opener and clauses[p.first] == clause and p.prep is None
                and "nomn" in p.cases and (verb is None or p.last < verb) and not (p.entity and p.entity in own_entities)
                and p.country not in own_countries]
    return subjects[:1]


def _opener(tokens: list[Token], end: int, words: frozenset[str]) -> int | None:
    """Position of a clause opener from `words` right after the trigger (a comma between)."""
    for j in range(end + 1, min(end + 3, len(tokens))):
        if tokens[j].text.lower() in words:
            return j
        if tokens[j].text != ",":
            return None
    return None


def _after_demonstrative(tokens: list[Token], end: int) -> int | None:
    """Position of "що/что" in "те, що" / "тем, что" right after the trigger (a preposition allowed
    before the demonstrative), else None."""
    demonstratives = cue_words("demonstratives")
    for j in range(end + 1, min(end + 1 + _REACH, len(tokens) - 2)):
        if tokens[j].text.lower() in demonstratives:
            if tokens[j + 1].text == "," and tokens[j + 2].text.lower() in THAT:
                return j + 2
            return None
        if tokens[j].text in (",", ".", ";", ":"):
            return None
    return None
