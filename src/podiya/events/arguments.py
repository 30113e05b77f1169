"""Who did it to whom: the trigger's arguments among the sentence's parties, by case and position.

Role codes (lexicon.py) are read against the clause around the trigger: `subj` a nominative party
(nearest on the left, else on the right; a relative clause takes its antecedent; a verbal noun
only with a light verb: "висловила підтримку"), `obj` the accusative party opening the first noun
phrase after the verb (or the genitive owner of that phrase's noun: "заяви Путіна"), `dat` dative,
`gen` a genitive after a noun trigger ("зустріч Алієва"), `agent` an instrumental after the trigger
("визнання Москвою", "збитого російською системою"), `adj` a country adjective on the trigger
noun, `patient` the noun a participle qualifies ("літака, збитого"), `speaker` the subject of the
speech or opinion verb whose "что/що" clause holds the trigger ("Она подчеркнула, что ЕС должен"),
and `PREP+case` a party governed by that preposition ("з+ablt", "проти+gent"). A party fills at
most one role; coordinated parties ("Алієва та Путіна") fill it together. A plural verb does not
take one person as subject ("Асию Биби признали виновной"), a nominative relative word stands for
its antecedent ("Джонсон, который критиковал линию Мэй"), a dative before "удалось/вдалося" is the
subject, and talks about one side's exit from the other are between the two ("переговоры о
выходе Британии из ЕС").
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
_FROM = frozenset({"из", "з", "із", "зі", "from"})
_EXIT = frozenset({"выход", "вихід", "exit", "withdrawal", "брекзит", "brexit"})
_OWN = frozenset({"свій", "свой", "own"})    # possessive words the uk dictionary reads as pronouns
_AND = frozenset({"и", "і", "й", "та", "and"})
_OPINION = frozenset({"считать", "вважати", "полагать", "believe", "think"})
_SUCCEED = frozenset({"вдатися", "вдаватися", "удаться", "удаваться"})
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
                if not self._succeeded():
                    return [], 0.0
                # "Мей не вдалося досягнути прориву на переговорах з Юнкером": the one who did or
                # did not succeed in the talks is their side, named first in the dative.
                dative = [p for p in self.free() if p.prep is None and "datv" in p.cases and p.last < self.anchor]
                found = min(dative, key=lambda p: p.first) if dative else None
                if found is None:
                    return [], 0.0
                group = _coordinated(found, self.free(), self.tokens, self.used)
                self.used.update(id(p) for p in group)
                return group, 0.8
            nominative = [p for p in bare if "nomn" in p.cases]
            if self._plural_verb():
                # "Асию Биби признали виновной": one person is not the subject of a plural verb.
                nominative = [p for p in nominative if p.etype != "PER"
                              or len(_coordinated(p, free, self.tokens, self.used)) > 1]
            found = self._nearest(nominative)
            if (found is None or found.first > self.end) and _is_verbal(self.tokens[self.anchor]) \
                    and self._relative_subject():
                # "Джонсон, который критиковал линию Мэй": the relative word is the subject and
                # stands for its antecedent; "Мэй" after the verb is the object's owner.
                antecedent = self._subject_outside_clause(free)
                if antecedent is not None:
                    found, sure = antecedent, 0.9
            if found is not None and len(found.cases) >= 5 and found.last < self.anchor:
                # "Убежище Биби предложили Франция и Испания": an indeclinable name before the verb
                # yields to a subject that can only be nominative after it.
                clear = [p for p in nominative if p.first > self.end and p.cases == {"nomn"}]
                if clear:
                    found = min(clear, key=lambda p: p.first)
            if found is None and self._succeeded():
                # "Вашингтону и Пекину удалось договориться": the dative of "удаться" is the subject.
                found = self._nearest([p for p in bare if "datv" in p.cases and p.last < self.anchor])
            if found is None and _is_verbal(self.tokens[self.anchor]):
                found, sure = self._subject_outside_clause(free), 0.75
        elif code == "speaker":
            found, sure = self._speaker(free), 0.8
        elif code == "obj":
            found = self._object(bare, free)
            if found is None:
                found, sure = self._object_owner(free), 0.8
            if found is None and self._plural_verb():
                # "Асию Биби выпустили на свободу": an indefinite-personal verb, its object first.
                left = [p for p in bare if p.last < self.anchor and "accs" in p.cases]
                found = max(left, key=lambda p: p.last) if left else None
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

    def exit_sides(self) -> tuple[Party, Party] | None:
        """"Переговоры об условиях выхода Британии из ЕС": talks about one side leaving the other
        are between the two."""
        after = sorted((p for p in self.free() if self.in_clause(p) and p.first > self.tail), key=lambda p: p.first)
        for left, right in zip(after, after[1:]):
            if right.prep in _FROM and right.first - left.last <= 2 and left.country != right.country \
                    and any(a.lemma in _EXIT for t in self.tokens[self.tail:left.first]
                                                     for a in t.analyses):
                return left, right
        return None

    def _speaker(self, free: list[Party]) -> Party | None:
        """"Она подчеркнула, что ЕС должен ...": the subject of the speech or opinion verb that
        introduces the trigger's clause with "что/що"."""
        from .modality import cues
        verbs = cues(self.lang).speech_verbs | _OPINION
        start = self.anchor
        while start > 0 and self.clauses[start - 1] == self.clause:
            start -= 1
        if start < 2 or self.tokens[start].text.lower() not in ("что", "що", "that"):
            return None
        verb = next((i for i in range(start - 2, -1, -1) if any(a.lemma in verbs for a in self.tokens[i].analyses)),
                    None)
        if verb is None:
            return None
        before = [p for p in free if p.last < verb and p.prep is None and "nomn" in p.cases
                  and self.clauses[p.last] == self.clauses[verb]]
        return max(before, key=lambda p: p.last) if before else None

    def _plural_verb(self) -> bool:
        verbs = [a for a in self.tokens[self.anchor].analyses if a.pos == "VERB"]
        return bool(verbs) and all(a.number == "plur" for a in verbs)

    def _relative_subject(self) -> bool:
        """The trigger's clause opens with a relative word in the nominative ("который", "яка")."""
        start = self.anchor
        while start > 0 and self.clauses[start - 1] == self.clause:
            start -= 1
        tok = self.tokens[start]
        return start < self.anchor and _is_relative(tok) and tok.text.lower() not in ("что", "що", "that") \
            and any(a.case == "nomn" for a in tok.analyses)

    def _succeeded(self) -> bool:
        """A verb of (not) succeeding in the sentence ("удалось", "не вдалося"), whose dative is the doer."""
        return any(any(a.lemma in _SUCCEED for a in t.analyses) for t in self.tokens)

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
        if any(_is_relative(t) for t in between) and not self._second_predicate(start, first):
            return None
        return first

    def _second_predicate(self, start: int, subject: Party) -> bool:
        """"Лондон заявил, что ..., и обвинил Россию": a clause opening with "и" and the verb is
        the main subject's second predicate, past the "что" clause between them."""
        words = self.tokens[start:self.anchor]
        return bool(words) and words[0].text.lower() in _AND and subject.first == min(
            (p.first for p in self.parties if p.prep is None), default=-1) and all(
            any(a.pos in ("ADVB", "PRCL", "ADJS") for a in t.analyses) for t in words[1:])

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
            if any(a.pos in ("ADVB", "PRCL", "ADJF", "PRTF", "NUMR") or a.lemma in _OWN for a in tok.analyses):
                continue                          # "вже", "нову", "своїх"
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
    if entry.symmetric and not args.actor and not args.recipient:
        sides = finder.exit_sides()
        if sides is not None:
            args.actor, args.recipient = [sides[0]], [sides[1]]
            args.rules.append("sides:exit-from")
            certainties.append(0.7)
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
