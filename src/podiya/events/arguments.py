"""Who did it to whom: the trigger's arguments among the sentence's parties, by case and position.

Role codes (lexicon.py) are read against the clause around the trigger: `subj` a nominative party
(nearest on the left, else on the right; a relative clause takes its antecedent; a verbal noun
only with a light verb: "висловила підтримку"), `obj` the accusative party opening the first noun
phrase after the verb (or the genitive owner of that phrase's noun: "заяви Путіна"), `dat` dative,
`gen` a genitive after a noun trigger ("зустріч Алієва"), `agent` an instrumental after the trigger
("визнання Москвою", "збитого російською системою"), `adj` a country adjective on the trigger
noun, `patient` the noun a participle qualifies ("літака, збитого"), and `PREP+case` a party
governed by that preposition ("з+ablt", "проти+gent"). A party fills at most one role; coordinated
parties ("Алієва та Путіна") fill it together.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..doc import Token
from .lexicon import Trigger, support_verbs
from .parties import Party

_BOUNDARY = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "?", "!"})
_CONJ = frozenset({"і", "й", "та", "и", "and", "або", "или", "or"})
_COORD = frozenset({"і", "й", "та", "и", "and", ",", "а", "також", "or", "або", "или", "&"})
# Verbal types whose object may be a named event standing for its country ("угода про Brexit").
_TOPIC_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE", "ACCUSE", "REQUEST"})
_RELATIVE = frozenset({"який", "котрий", "що", "который", "что", "which", "who", "that", "чий", "чей"})
_PARTICIPLE_ROLES = (("agent", "з боку+gent", "со стороны+gent", "by+any"), ("patient",))


@dataclass
class Arguments:
    actor: list[Party] = field(default_factory=list)
    recipient: list[Party] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    certainty: float = 1.0


def clause_ids(tokens: list[Token], parties: list[Party]) -> list[int]:
    """Clause number of every token; a comma between two coordinated parties does not split."""
    firsts = {p.first for p in parties}
    lasts = {p.last for p in parties}
    ids, current = [], 0
    for i, tok in enumerate(tokens):
        if tok.text in _BOUNDARY and not (tok.text == "," and i - 1 in lasts and i + 1 in firsts):
            current += 1
            ids.append(-1)
            continue
        ids.append(current)
    return ids


def _genitive_word(token: Token) -> bool:
    return any(a.case == "gent" and a.pos in ("NOUN", "ADJF", "PRTF", "NUMR") for a in token.analyses)


def _is_adjective(token: Token) -> bool:
    return any(a.pos in ("ADJF", "PRTF") for a in token.analyses) and token.text[:1].islower()


def _is_relative(token: Token) -> bool:
    return token.text.lower() in _RELATIVE or any(a.lemma in _RELATIVE for a in token.analyses)


def _is_verbal(token: Token) -> bool:
    return any(a.pos in ("VERB", "INFN", "GRND", "PRTS") for a in token.analyses)


def _passive_participle(token: Token) -> bool:
    return any("pssv" in a.tags and a.pos in ("ADJF", "PRTF", "PRTS") for a in token.analyses)


def _coordinated(party: Party, parties: list[Party], tokens: list[Token], used: set[int]) -> list[Party]:
    """The party with those joined to it by і/та/and/commas (same preposition), in text order."""
    by_first = {p.first: p for p in parties}
    by_last = {p.last: p for p in parties}

    def joined(gap: range) -> bool:
        return 0 < len(gap) <= 2 and all(tokens[k].text.lower() in _COORD for k in gap)

    # "обидві сторони": several implied parties share one span and act together.
    group = [party] + [p for p in parties if p is not party and (p.first, p.last) == (party.first, party.last)
                       and id(p) not in used]
    cur = party
    while True:                                  # to the right: "Алієва та Путіна"
        j = cur.last + 1
        while j < len(tokens) and j - cur.last <= 2 and tokens[j].text.lower() in _COORD:
            j += 1
        if j not in by_first and j < len(tokens) and j > cur.last + 1 and _is_adjective(tokens[j]):
            j += 1                               # "і новообраний Президент США"
            nxt = by_first.get(j)
            if nxt is not None and joined(range(cur.last + 1, j - 1)) and id(nxt) not in used \
                    and nxt.prep == party.prep and all(tokens[k].text.lower() in _CONJ
                                                       for k in range(cur.last + 1, j - 1)):
                group.append(nxt)
                cur = nxt
                continue
            break
        nxt = by_first.get(j)
        if nxt is None or not joined(range(cur.last + 1, j)) or id(nxt) in used or nxt.prep != party.prep:
            break
        group.append(nxt)
        cur = nxt
    cur = party
    while True:                                  # to the left: "Україна та Польща підписали"
        j = cur.first - 1
        skipped_adjective = j >= 0 and _is_adjective(tokens[j])
        if skipped_adjective:
            j -= 1                               # "Порошенко і новообраний Президент США"
        top = j
        while j >= 0 and top - j < 2 and tokens[j].text.lower() in _COORD:
            j -= 1
        if skipped_adjective and not all(tokens[k].text.lower() in _CONJ for k in range(j + 1, top + 1)):
            break                                # over an adjective, only a real conjunction joins
        prev = by_last.get(j)
        if prev is None or not joined(range(j + 1, top + 1)) or id(prev) in used or prev.prep != party.prep:
            break
        group.insert(0, prev)
        cur = prev
    return group


class _Finder:
    def __init__(self, tokens: list[Token], parties: list[Party], anchor: int, end: int, lang: str,
                 nouns: tuple[bool, bool]):
        # `end` is the last word of a multi-word trigger; roles are read around the anchor, except
        # the genitive complement, which follows the last word ("виведення військ Росії").
        self.tokens, self.parties, self.anchor, self.tail, self.lang = tokens, parties, anchor, end, lang
        self.end = anchor
        self.anchor_noun, self.tail_noun = nouns
        self.clauses = clause_ids(tokens, parties)
        self.clause = self.clauses[anchor]
        self.used: set[int] = set()

    def in_clause(self, p: Party) -> bool:
        return self.clauses[p.first] == self.clause or self.clauses[p.last] == self.clause

    def free(self) -> list[Party]:
        return [p for p in self.parties if id(p) not in self.used and p.source != "topic"
                and (p.source == "adjective" or not p.first <= self.anchor <= p.last)]

    def topic(self, actors: list[Party]) -> list[Party]:
        """The other side named only by its event ("підтримала угоду про Brexit" -> GBR)."""
        own = {p.country for p in actors}
        found = [p for p in self.parties if p.source == "topic" and self.in_clause(p) and p.country not in own
                 and p.first > self.anchor]
        return found[:1]

    def _nearest(self, cands: list[Party], left_first: bool = True) -> Party | None:
        left = [p for p in cands if p.last < self.anchor]
        right = [p for p in cands if p.first > self.end]
        if left_first:
            if left:
                return max(left, key=lambda p: p.last)
            return min(right, key=lambda p: p.first) if right else None
        if right:
            return min(right, key=lambda p: p.first)
        return max(left, key=lambda p: p.last) if left else None

    def role(self, code: str) -> tuple[list[Party], float]:
        """Parties filling role `code` and how sure the rule is (1.0 = a clear case)."""
        free = self.free()
        clause = [p for p in free if self.in_clause(p)]
        bare = [p for p in clause if p.prep is None]
        found, sure = None, 1.0
        if code == "subj":
            if self._noun_trigger() and not self._support_verb():
                return [], 0.0
            found = self._nearest([p for p in bare if "nomn" in p.cases])
            if found is None and _is_verbal(self.tokens[self.anchor]):
                found, sure = self._subject_outside_clause(free), 0.75
        elif code == "obj":
            found = self._object(bare, free)
            if found is None:
                found, sure = self._object_owner(free), 0.8
        elif code == "dat":
            right = [p for p in bare if p.first > self.end and "datv" in p.cases
                     and not (p.first > self.tail + 1 and p.attribute_of_noun(self.tokens))]
            found = min(right, key=lambda p: p.first) if right else None
        elif code == "gen":
            if not self.tail_noun:              # a genitive after a verb is its object's attribute
                return [], 0.0
            # Right after the noun, or after a chain of genitives ("зустріч Міністра закордонних
            # справ України Павла Клімкіна").
            between = lambda p: self.tokens[self.tail + 1:p.first]  # noqa: E731
            after = [p for p in bare if "gent" in p.cases and (
                         self.tail < p.first <= self.tail + 3 and not any(_is_verbal(t) for t in between(p))
                         or self.tail < p.first <= self.tail + 5 and all(_genitive_word(t) for t in between(p)))
                     or p.source == "head" and p.first == self.tail != self.anchor]
            found = min(after, key=lambda p: p.first) if after else None
        elif code == "agent":
            # The instrumental agent follows its noun or participle ("визнання Москвою", "збитого
            # російською системою"); an indeclinable name before it is not one.
            right = [p for p in bare if p.first > self.end and "ablt" in p.cases and p.source != "head"]
            found = min(right, key=lambda p: p.first) if right else None
        elif code == "adj":
            near = [p for p in free if p.source == "adjective" and
                    (self.anchor - 2 <= p.last <= self.anchor or p.last == self.anchor)]
            found = max(near, key=lambda p: p.last) if near else None
        elif code == "patient":
            near = [p for p in free if self.anchor - 3 <= p.last < self.anchor and p.prep is None
                    or self.end < p.first <= self.end + 2 and p.prep is None]
            found = max(near, key=lambda p: p.last) if near else None
        else:
            prep, _, case = code.rpartition("+")
            found = self._nearest([p for p in clause if p.prep == prep and (case == "any" or case in p.cases)
                                   and (self.anchor_noun or not p.inside_other_phrase(self.tokens)
                                        or self.anchor < p.first - 1 <= self.tail)], left_first=False)
        if found is None:
            return [], 0.0
        group = _coordinated(found, free, self.tokens, self.used)
        for p in group:
            self.used.add(id(p))
        return group, sure

    def _noun_trigger(self) -> bool:
        return self.anchor_noun

    def _support_verb(self) -> bool:
        """A light verb in the clause ("висловила підтримку") lends its subject to the noun."""
        verbs = support_verbs(self.lang)
        return any(self.clauses[i] == self.clause and any(a.lemma in verbs for a in t.analyses)
                   for i, t in enumerate(self.tokens) if i != self.anchor)

    def _subject_outside_clause(self, free: list[Party]) -> Party | None:
        """Relative clause -> the antecedent before it; else the nearest nominative in an earlier clause."""
        start = self.anchor
        while start > 0 and self.clauses[start - 1] == self.clause:
            start -= 1
        if start < len(self.tokens) and _is_relative(self.tokens[start]):
            before = [p for p in free if p.last in (start - 2, start - 1)]
            return before[-1] if before else None
        earlier = [p for p in free if p.last < start and p.prep is None and "nomn" in p.cases]
        if not earlier:
            return None
        # Only the sentence's main subject: the first nominative party, with no other verb clause
        # introduced by a relative word between it and the trigger.
        first = min(earlier, key=lambda p: p.first)
        between = self.tokens[first.last + 1:start]
        if any(_is_relative(t) for t in between):
            return None
        return first

    def _object(self, bare: list[Party], free: list[Party]) -> Party | None:
        """The accusative party that opens the first noun phrase after the verb; when that phrase
        is headed by a common noun ("розкритикував плани Мей"), no party further on is the object."""
        starts = {p.first: p for p in bare if p.first > self.end}
        in_pp = False                             # inside a prepositional phrase ("к заключению")
        for j in range(self.end + 1, min(self.end + 7, len(self.tokens))):
            if j in starts:
                party = starts[j]
                return party if "accs" in party.cases and not in_pp else None
            tok = self.tokens[j]
            if tok.text in _BOUNDARY or any(p.first <= j <= p.last for p in free):
                return None
            if j <= self.tail or self.lang == "en":
                continue                          # the rest of the trigger ("атакувала дронами Росію")
            if any(a.pos == "PREP" for a in tok.analyses):
                in_pp = True
                continue
            if any(a.pos in ("ADVB", "PRCL", "ADJF", "PRTF", "NUMR") for a in tok.analyses):
                continue                          # "вже", "нову"
            if in_pp:
                in_pp = False                     # the preposition's noun; the object may follow
                continue
            return None                           # a common noun heads the object
        return None

    def _object_owner(self, free: list[Party]) -> Party | None:
        """'зустріли заяви Путіна': the genitive owner of the object noun right after the verb
        (or right after a multi-word trigger: "не визнає вибори Росії")."""
        for j in sorted({self.end + 1, self.tail + 1}):
            if j >= len(self.tokens) or not any(a.pos == "NOUN" for a in self.tokens[j].analyses):
                continue
            # Right after the noun, or after a chain of genitives ("плани прем'єр-міністра країни Терези Мей").
            owners = [p for p in free if j < p.first <= j + 3 and p.prep is None and "gent" in p.cases
                      and all(_genitive_word(t) for t in self.tokens[j + 1:p.first])]
            if owners:
                return min(owners, key=lambda p: p.first)
        return None


def find_arguments(tokens: list[Token], parties: list[Party], anchor: int, end: int,
                   entry: Trigger, lang: str, nouns: tuple[bool, bool] = (False, False)) -> Arguments:
    """Actor and recipient of the trigger at token positions [anchor, end] of the sentence;
    `nouns` says whether its first and last words were matched as nouns."""
    finder = _Finder(tokens, parties, anchor, end, lang, nouns)
    args = Arguments()
    actor_roles, recipient_roles = entry.actor, entry.recipient
    if _passive_participle(tokens[anchor]) and not any(a.pos == "NOUN" for a in tokens[anchor].analyses):
        actor_roles, recipient_roles = _PARTICIPLE_ROLES
        args.rules.append("passive-participle")
    certainties = []
    for slot, roles in (("actor", actor_roles), ("recipient", recipient_roles)):
        for code in roles:
            group, sure = finder.role(code)
            if group:
                getattr(args, slot).extend(group)
                args.rules.append(f"{slot}:{code}")
                certainties.append(sure)
                break
    if args.actor and not args.recipient and entry.type in _TOPIC_TYPES:
        args.recipient = finder.topic(args.actor)
        if args.recipient:
            args.rules.append("recipient:topic")
            certainties.append(0.8)
    if entry.symmetric and not args.recipient and len(args.actor) >= 2:
        args.recipient = args.actor[1:]
        args.actor = args.actor[:1]
        args.rules.append("symmetric-split")
    # One entity is never on both sides, and a same-country party touching the actor is part of its
    # name ("Правитель Росії Путін"), not the other side.
    actor_ids = {(p.entity, p.sector) for p in args.actor if p.entity}
    args.recipient = [r for r in args.recipient if not (r.entity and (r.entity, r.sector) in actor_ids) and not any(
        a.country == r.country and (r.last + 1 >= a.first - 0 and r.first <= a.last + 1) for a in args.actor)]
    args.certainty = min(certainties) if certainties else 0.0
    return args
