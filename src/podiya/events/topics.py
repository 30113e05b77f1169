"""Stance and topic rules of the role finder: the other side named only by its event ("підтримала угоду про
Brexit" -> GBR), the organisation owning the topic's noun ("саміті ЄС щодо Brexit"), the two sides of an
exit ("выхода Британии из ЕС"), the owner of the plan a stance is taken towards ("не згоден з угодою Терези
Мей", "з планом, запропонованим прем'єром"), the owner of a place noun ("на сході України"), and which
phrase after the trigger is its complement."""
from __future__ import annotations

from .clauses import BOUNDARIES, is_adjective, is_verbal, passive_participle
from .implied import ORGANISATIONS as _ORGANISATIONS
from .parties import Party

# Verbal types whose object may be a named event standing for its country ("угода про Brexit").
TOPIC_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE", "ACCUSE", "REQUEST"})
# How far after the trigger a topic may stand: "підтримала угоду про Brexit" (the topic in the
# object's phrase), not "відмовитися від участі в саміті ЄС щодо Brexit" (deep in a chain of phrases).
_TOPIC_REACH = 6
_FROM = frozenset({"из", "з", "із", "зі", "from"})
_EXIT = frozenset({"выход", "вихід", "exit", "withdrawal"})
_PREP_FORMS = {"з": {"з", "із", "зі", "зо"}, "с": {"с", "со"}, "в": {"в", "во", "у"}, "у": {"в", "у"}, "на": {"на"},
               "к": {"к", "ко"}, "від": {"від", "од"}, "от": {"от"}}
# Nouns that make a compound preposition with "в/у" ("в связи с", "у зв'язку з", "в отношении").
_COMPOUND_PREP_NOUNS = frozenset({"связи", "зв'язку", "зв’язку", "отношении", "відношенні", "рамках", "ході", "ходе"})


class TopicRules:
    """Rules of `_Finder` (arguments.py), which mixes them in: they read its tokens, anchor, clauses
    and parties."""

    def topic(self, actors: list[Party]) -> list[Party]:
        """The other side named only by its event ("підтримала угоду про Brexit" -> GBR)."""
        own = {p.country for p in actors}
        found = [p for p in self.parties if p.source == "topic" and self.in_clause(p) and p.country not in own
                 and self.anchor < p.first <= self.tail + _TOPIC_REACH]
        if not found:
            # "підтримає угоду щодо Brexit тільки за умови ...", "переговорник з питань Brexit
            # запропонував": the topic before the trigger.
            found = [p for p in self.parties if p.source == "topic" and self.in_clause(p) and p.country not in own
                     and p.last < self.anchor][-1:]
        if found:
            # "відмовитися від участі в саміті ЄС щодо Brexit": an organisation that owns the noun
            # the topic hangs on is the other side (EU), not the topic's country.
            owner = self._topic_owner(found[0], own)
            if owner is not None:
                return [owner]
        if not found:
            # "підтримала проект угоди про умови виходу Британії": the side whose exit it is.
            found = [p for p in self.free() if self.in_clause(p) and p.country not in own and p.first > self.anchor
                     and "gent" in p.cases and any(a.lemma in _EXIT for a in self.tokens[p.first - 1].analyses)]
        return found[:1]

    def _topic_owner(self, topic: Party, own: set[str]) -> Party | None:
        """A coded organisation in the genitive right before the topic's preposition, after a
        common noun ("саміті ЄС щодо Brexit", "саммита ЕС по Brexit")."""
        for p in self.free():
            gap = self.tokens[p.last + 1:topic.first]
            if p.prep is None and "gent" in p.cases and p.country not in own and self.in_clause(p) \
                    and (p.etype == "ORG" or p.country in _ORGANISATIONS) and p.first > self.tail \
                    and 1 <= len(gap) <= 2 and any(a.pos == "PREP" for a in gap[0].analyses) \
                    and p.first > 0 and any(a.pos == "NOUN" for a in self.tokens[p.first - 1].analyses) \
                    and self.tokens[p.first - 1].text[:1].islower():
                return p
        return None

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

    def _region_owners(self, clause: list[Party], prep: str, case: str) -> list[Party]:
        """"на сході України", "в регионах Болгарии": the owner of a place noun in the phrase
        stands in the place (a party in the genitive right after it)."""
        if case not in ("loct", "any"):
            return []
        forms = _PREP_FORMS.get(prep, {prep})
        return [p for p in clause if p.prep is None and "gent" in p.cases and p.first >= 2 and p.first > self.tail
                and self.tokens[p.first - 2].text.lower() in forms and self.tokens[p.first - 1].text[:1].islower()
                and any(a.pos == "NOUN" and a.case == "loct" for a in self.tokens[p.first - 1].analyses)
                and not self._later_phrase(p, prep)]

    def _stance_owners(self, clause: list[Party], prep: str, case: str) -> list[Party]:
        """"не згоден з угодою Терези Мей", "через незгоду з планом прем'єра", "против сделки
        Мэй": for a stance (support, criticism, refusal, a deal) the owner of the plan or deal named
        in the phrase is the side it is taken towards (a genitive party after the noun, past one
        adjective)."""
        if self.etype not in TOPIC_TYPES or case == "loct":
            return []
        forms = _PREP_FORMS.get(prep, {prep})
        out = []
        for p in clause:
            # The parties layer may give the owner the preposition of the noun it hangs on.
            if p.prep not in (None, prep) or "gent" not in p.cases or p.first <= self.tail + 1 \
                    or self._later_phrase(p, prep):
                continue
            noun = p.first - 1
            if not (self.tokens[noun].text[:1].islower()
                    and any(a.pos == "NOUN" and (case == "any" or a.case == case) for a in self.tokens[noun].analyses)):
                continue
            k = noun - 1
            if k > self.tail and is_adjective(self.tokens[k]):
                k -= 1                            # "з новою угодою Мей"
            if k > self.tail - 1 and self.tokens[k].text.lower() in forms:
                out.append(p)
        return out

    def _participle_agent(self, prep: str) -> Party | None:
        """"несогласие со стратегией ..., избранной премьером Терезой Мэй", "з планом, запропонованим
        прем'єром": a stance towards a plan is taken towards whoever the passive participle after
        the plan names as its author (an instrumental party right after the participle, one comma
        allowed before it)."""
        if self.etype not in TOPIC_TYPES or " " in prep:
            return None
        forms = _PREP_FORMS.get(prep, {prep})
        start = next((j for j in range(self.tail + 1, min(self.tail + 4, len(self.tokens)))
                      if self.tokens[j].text.lower() in forms), None)
        if start is None:
            return None
        commas = 0
        for j in range(start + 1, min(start + 14, len(self.tokens))):
            tok = self.tokens[j]
            if tok.text == ",":
                commas += 1
                if commas > 1:
                    return None
                continue
            if tok.text in BOUNDARIES or tok.text in (".", "?", "!") or is_verbal(tok) and not passive_participle(tok):
                return None
            if passive_participle(tok) and not any(a.pos == "NOUN" for a in tok.analyses):
                agents = [p for p in self.free() if p.prep is None and "ablt" in p.cases and j < p.first <= j + 3
                          and p.source != "topic"]
                return min(agents, key=lambda p: p.first) if agents else None
        return None

    def _later_phrase(self, party: Party, prep: str) -> bool:
        """"через незгоду з планом прем'єра щодо угод з ЄС": after the trigger, only the first
        phrase with its preposition is its complement; a party in a later one belongs to a noun."""
        if party.first <= self.tail or " " in prep:
            return False
        forms = _PREP_FORMS.get(prep, {prep})
        # (Also refusing a phrase past another preposition after a noun trigger was measured: dev
        # -1 false, -1 true event; dev2 +1 false event. Not kept.)
        words = self.tokens[self.tail + 1:party.first + 1]
        # "в связи с ситуацией в Польше", "у зв'язку з": a compound preposition is not a first phrase.
        return sum(t.text.lower() in forms and nxt.text.lower() not in _COMPOUND_PREP_NOUNS
                   for t, nxt in zip(words, words[1:])) > 1
