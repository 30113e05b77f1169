"""Where an event happens: the city an attack, seizure or blockade aims at (made the recipient as its
country), and the place a preposition names in the trigger's clause."""
from __future__ import annotations

from dataclasses import replace

from ..schema import Place
from .arguments import find_arguments
from .lexicon import Trigger
from .parties import PLACE_PREPS, Party, governing_prep, token_cases

# Acts aimed at a place: a city after "обстріляла", "удар по", "захопили" is the target, and the
# recipient is the place's country ("Росія обстріляла Харків" -> UKR); other acts happen in a place.
_PLACE_TARGET_TYPES = frozenset({"ASSAULT"})
_PLACE_TARGET_MODES = frozenset({("COERCE", "seize"), ("SANCTION", "blockade")})


def aims_at_place(entry: Trigger) -> bool:
    return entry.type in _PLACE_TARGET_TYPES or (entry.type, entry.mode) in _PLACE_TARGET_MODES


def place_target(tokens, parties, places, match, entry, lang, clauses, args) -> Party | None:
    """The place an attack, seizure or blockade is aimed at, made the recipient as its country with
    no sector ("Росія обстріляла Харків", "ракетний удар по Києву" -> UKR): the roles of the trigger
    are read again with the sentence's cities as candidates, and only a city may fill the slot the
    first reading left empty. A capital read as its government ("удар по Києву") is the place too."""
    if args.recipient:
        if len(args.recipient) == 1 and args.recipient[0].source == "metonym" and args.recipient[0].etype == "LOC":
            capital = args.recipient[0]
            args.recipient = [replace(capital, sector=None, source="place")]
            args.rules.append("recipient:place")
            return capital
        return None
    if not places or all(p.source in ("anaphor", "implied") for p in args.actor):
        return None                           # "він захопив Крим": a guessed actor and a guessed target
    found = find_arguments(tokens, sorted(parties + places, key=lambda p: p.first), match.anchor, match.end,
                           entry, lang, match.nouns, clauses)
    targets = [p for p in found.recipient if p.source == "place"]
    if not targets or len(targets) != len(found.recipient):
        return None
    args.recipient = targets
    args.rules.append("recipient:place")
    return targets[0]


def event_location(tokens, clauses, anchor, s_mentions) -> Place | None:
    """A LOC governed by a place preposition in the trigger's clause ("в Душанбе", "у Женеві")."""
    for start, end, entity, mention in s_mentions:
        if entity.type != "LOC":
            continue
        pos = next((i for i, t in enumerate(tokens) if t.start == start), None)
        if pos is None or clauses[pos] != clauses[anchor]:
            continue
        cases = token_cases(tokens[pos], frozenset(f"{mention.base} {entity.name}".lower().split()))
        if "loct" in cases and governing_prep(tokens, pos, cases) in PLACE_PREPS:
            return Place(entity=entity.id, name=entity.name, country=entity.country)
    return None
