"""The sides of an event the text leaves to the reader, and checks on the sides it names: an agentless
arrest or sentence is its state's act on its own people, a protest is aimed at its own state, a named deal
("угода про асоціацію") supplies its other party; both sides at one level make no event."""
from __future__ import annotations

from functools import lru_cache

from ..datafiles import tsv_rows
from ..doc import Doc, Token
from .implied import INTERNATIONAL
from .lexicon import Trigger
from .parties import Party

# Acts only a state performs, coded to the patient's own state when no agent is named (sector).
_STATE_ACTS = {"COERCE": "COP", "SANCTION": "JUD", "RETREAT": "GOV"}
_STATE_SECTORS = frozenset({"GOV", "COP", "JUD", "MIL", "SPY", None})
_DOMESTIC_MODES = frozenset({"arrest", "restrict", "censor", "curfew", "convict", "release"})


def implied_sides(args, entry: Trigger, anchor: Token, home: str | None, before: Token | None = None,
                  target_stated: bool = True) -> None:
    """Sides the grammar leaves unsaid. An arrest, a sentence or a release told without its agent
    ("задержан", "були засуджені", "Асию Биби выпустили") is the act of the patient's own state;
    "У Пакистані затримали лідера": an indefinite-personal act of a state on its own people;
    a protest against a ruling or a body the sentence names (`target_stated`: "протестуют против
    оправдания") is aimed at the authorities of the protesters' country, one naming none has no
    recipient, and one with no named protesters ("протесты в Пакистане") is made by that
    country's civilians."""
    if entry.home and home is not None and not args.actor and args.recipient \
            and {p.country for p in args.recipient} == {home}:
        # "столкновения с полицией": the unnamed side of a clash with the police is the crowd.
        args.actor = [Party(-1, -1, home, "CVL", None, "CVL", frozenset(), None, "implied")]
        args.rules.append("actor:implied-home")
    if home is not None and home not in INTERNATIONAL and not args.actor:
        if entry.type == "PROTEST" and _told_as_act(anchor) or entry.type in ("COERCE", "SANCTION", "RETREAT") \
                and entry.mode in _DOMESTIC_MODES and _agentless(anchor, before) and not args.recipient:
            sector = "CVL" if entry.type == "PROTEST" else _STATE_ACTS.get(entry.type, "GOV")
            args.actor = [Party(-1, -1, home, sector, None, sector, frozenset(), None, "implied")]
            args.rules.append("actor:implied-home")
            if entry.type != "PROTEST":
                args.recipient = [Party(-1, -1, home, "CVL", None, "CVL", frozenset(), None, "implied")]
                args.rules.append("recipient:implied-home")
    own = {p.country for p in args.actor}
    if any(p.source == "implied" and p.etype == "PER" for p in args.actor) and (
            not args.recipient
            or any(p.country in own and (p.source != "implied" or p.sector in _STATE_SECTORS)
                   for p in args.recipient)
            or any(p.country not in own and p.sector not in _STATE_SECTORS for p in args.recipient)):
        # A person the entity layer could not code is too often a foreigner ("Тиммерманс" in an
        # article about Poland) to act for the focus country towards that country's named organs;
        # towards another state ("Масих просит власти США") or towards the home country's own
        # people ("Різві закликав своїх прихильників") the home country is the better guess.
        args.actor = []
    if args.actor and not args.recipient and (entry.mode in _DOMESTIC_MODES or entry.home) \
            and "passive-participle" not in args.rules:
        # "Правоохоронці затримали близько 300 прибічників": a state organ's arrest, sentence or
        # release of people with no coded country falls on its own citizens.
        home = args.actor[0]
        # An organ, not a person: "Трамп заявив, що візи переслідують інтереси" is no arrest.
        if home.country not in INTERNATIONAL and home.sector in _STATE_SECTORS and home.etype != "PER":
            args.recipient = [Party(home.first, home.first, home.country, "CVL", None, "CVL", frozenset(), None,
                                    "implied")]
            args.rules.append("recipient:implied-domestic")
    if not entry.actor and entry.type in _STATE_ACTS and not args.recipient and home is not None \
            and home not in INTERNATIONAL:
        # "Оправданная христианка вышла из тюрьмы в Пакистане": someone of the place was released.
        args.recipient = [Party(-1, -1, home, "CVL", None, "CVL", frozenset(), None, "implied")]
        args.rules.append("recipient:implied-home")
    if not args.actor and args.recipient and entry.type in _STATE_ACTS and (
            not entry.actor or _agentless(anchor, before)):
        home = args.recipient[0]
        if home.country not in INTERNATIONAL:
            sector = _STATE_ACTS[entry.type]
            args.actor = [Party(home.first, home.first, home.country, sector, None, sector, frozenset(), None,
                                "implied")]
            args.rules.append("actor:implied-state")
    elif args.actor and not args.recipient and entry.type == "PROTEST" and target_stated:
        home = args.actor[0]
        if home.country not in INTERNATIONAL:
            args.recipient = [Party(home.first, home.first, home.country, "GOV", None, "GOV", frozenset(), None,
                                    "implied")]
            args.rules.append("recipient:implied-state")


@lru_cache(maxsize=1)
def _deal_table() -> dict[str, tuple[str, str]]:
    """Knowledge-base id of a named deal's event -> (state side, other side) (data/deal_sides.tsv)."""
    return {cells[0]: (cells[1], cells[2]) for _, _, cells in tsv_rows(
        "podiya.events", "deal_sides.tsv", "kb id<TAB>state side<TAB>other side", 3, 3)}


def named_deal(doc: Doc) -> tuple[str, str] | None:
    """The sides of the one named deal the document talks about: an EVT entity the entity layer
    linked to a deal of data/deal_sides.tsv ("Brexit": GBR and the EU)."""
    table = _deal_table()
    found = {table[e.key] for e in doc.entities if e.type == "EVT" and e.key in table}
    return found.pop() if len(found) == 1 else None


def deal_recipient(deal: tuple[str, str], actor: list[Party], event_type: str) -> Party | None:
    """Who a stance on the document's deal is aimed at: criticism from the state side is aimed at
    its own government (the deal is its plan), everything else at the deal's other side."""
    state, other = deal
    own = {p.country for p in actor}
    if len(own) != 1 or not own <= {state, other}:
        return None
    if event_type == "ACCUSE" and own == {state}:
        target = state
    else:
        target = other if own == {state} else state
    sector = "IGO" if target in INTERNATIONAL else "GOV"
    return Party(-1, -1, target, sector, None, target, frozenset(), None, "implied")


def side_keys(parties: list[Party], level: str) -> frozenset:
    """What makes parties one side at `level`: "organ" (country and sector), "body" (an IO's organs
    and envoys, sector None or IGO, count as its government: "ЄК", "посли ЄС") or "country"."""
    if level == "country":
        return frozenset(p.country for p in parties)
    if level == "body":
        return frozenset((p.country, "GOV" if p.sector in (None, "IGO") else p.sector) for p in parties)
    return frozenset((p.country, p.sector) for p in parties)


def one_side(args, level: str) -> bool:
    """Actor and recipient are the same side at `level` (_side_keys)."""
    return bool(args.actor and args.recipient) and side_keys(args.actor, level) == side_keys(args.recipient, level)


def _told_as_act(token: Token) -> bool:
    """A verb, or a noun as subject or object ("протесты охватили", "вызвала протесты"), not a
    noun hanging on another one ("лидер протестов", "в ответ на протестам")."""
    return any(a.pos in ("VERB", "INFN") or a.pos == "NOUN" and a.case in ("nomn", "accs") for a in token.analyses)


def _agentless(token: Token, before: Token | None = None) -> bool:
    """A short passive participle ("задержан"), a plural verb with no subject ("задержали"), a
    Ukrainian impersonal form ("арештовано"), or a participle after "бути/быть" ("була засуджена");
    a full participle alone ("оправданная христианка") only describes, it tells no act."""
    if before is not None and any(a.lemma in ("бути", "быть") for a in before.analyses) \
            and any("pssv" in a.tags for a in token.analyses):
        return True
    return any(a.pos == "PRTS" or a.pos == "VERB" and (a.number == "plur" or "Impe" in a.tags)
               for a in token.analyses) and not any(a.pos == "PRTF" for a in token.analyses)
