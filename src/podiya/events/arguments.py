"""Who did it to whom: the trigger's arguments among the sentence's parties, by case and position.

Role codes (lexicon.py) are read against the clause around the trigger: `subj` a nominative party
(nearest on the left, else on the right; a relative clause takes its antecedent; a verbal noun
only with a light verb: "висловила підтримку"), `obj` the accusative party opening the first noun
phrase after the verb (or the genitive owner of that phrase's noun: "заяви Путіна"), `owner` only
that owner (blocking "рішення ЄС" is a refusal, blocking "Ісламабад" is not), `dat` dative,
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

Rules for sides the grammar hides (each measured on the dev gold; the tests show one sentence each):
- "що/что" after a verb opens its complement: the complement's unnamed subject is that verb's
  subject ("Бенкс визнав, що передав послу РФ"); a speaker may also follow the clause ("...,
  заявив Ердоган") or open a first-person quote ("«Ми підтримуємо...», — заявив Макрон").
- Agreement: a singular verb does not take a plural-only noun ("Масих просит власти США"); past a
  relative clause a verb agreeing in gender and number keeps the main subject ("Рада ЄС ..., які
  залишаються в блоці, підтримала"); coordinated parties share a case.
- Owners stand for uncoded heads: a counted group ("27 міністрів країн ЄС"), a group noun or an
  uncoded organisation ("міністри всіх 27 держав ЄС", "МВД Италии"), an uncoded title ("Головний
  переговорник ЄС"), an uncoded person after an office ("Прес-секретар Пентагону Пітер Кук"), a
  person titled by an international organisation ("Віце-голова Єврокомісії Тіммерманс").
- Indefinite-personal plural verbs take the institution named as the place ("У Брюсселі хочуть
  зобов'язати"); a meeting's host is the organisation named as its place; talks with one side
  named are held by the sentence's main subject; a noun after "из-за/через" takes the subject.
- `scene`: condemning an act of violence with no named doer targets the state where it happened.
- Stances (support, criticism, refusal, deals): with no party in the phrase itself, the owner of
  the plan or deal it names is the other side ("не згоден з угодою Мей", "против плана Германии");
  a topic counts only within a few words of the trigger, and an organisation owning the noun the
  topic hangs on wins over it; a phrase opened by "не" reads its arguments from the verb after it.
- Prepositional roles take only the first phrase with that preposition after the trigger (a
  compound preposition, "в связи с", "у зв'язку з", is none); a dative may stand before the verb
  ("Убежище Биби предложили Франция"); exits and topics named before the trigger are the other side
  of a deal ("проект угоди про умови виходу Британії").
- Fourth session (measured on dev3, see the events report): a title completed by lower-case
  genitives is coded by its owner ("Міністр закордонних справ Франції засудив"), also after an
  opening "що"; a plan's author named by a passive participle is the other side of a stance
  ("несогласие со стратегией, избранной Терезой Мэй"); "в знак несогласия" is the subject's; an
  object pronoun may stand before the verb ("її критикує"); the "що/что" before a parenthesis
  ("заявили, что, по их данным, ...") opens the speaker's clause; a noun trigger governed by a verb
  through a preposition keeps its genitive owner ("заявив про підтримку України").

The role finder `_Finder` keeps the frames and roles here; its subject and speaker rules are in
subjects.py and its stance and topic rules in topics.py (mixed in), clause numbering and word-class tests
in clauses.py, coordinated parties in coordination.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..doc import Token
from .clauses import (BOUNDARIES, clause_ids, english_passive, genitive_word, is_infinitive, is_preposition, is_verbal,
                      passive_participle, predicate_adjective)
from .coordination import coordinated
from .implied import BIRTH, ORGANISATIONS as _ORGANISATIONS
from .lexicon import Trigger, support_verbs
from .parties import Party
from .subjects import SubjectRules
from .topics import TOPIC_TYPES, TopicRules
from .words import NEGATIONS as _NEGATION_WORDS

_OWN = frozenset({"свій", "свой", "own"})    # possessive words the uk dictionary reads as pronouns
# "из-за/через" give the reason; "в знак/на знак" the act the disagreement goes with: the subject acts.
_BECAUSE = frozenset({"из-за", "через", "because", "знак"})
_LINK_LINES = frozenset({"читайте також", "читайте также", "читать также", "дивіться також", "смотрите также",
                         "read also", "see also"})
_VIOLENCE = frozenset({"убийство", "вбивство", "нападение", "напад", "теракт", "атака", "обстрел", "обстріл",
                       "покушение", "замах", "взрыв", "вибух"})
_INCLUDING = frozenset({"включая", "включно", "зокрема", "including"})
_IN = frozenset({"в", "у", "во", "in"})
_APPOSITION_REACH = 8                        # "суд города Шейкхупура, Пенджаб, приговорил"
_SUCCEED = frozenset({"вдатися", "вдаватися", "удаться", "удаваться"})
# Nouns of conduct: a stance's cause is often not the side itself but its acts ("занепокоєння діями
# Росії", "обеспокоенность решением Польши"); the side is then the genitive owner of such a noun.
_CONDUCT = frozenset({"дія", "політика", "рішення", "крок", "заява", "поведінка", "вчинок", "поступка",
                      "действие", "политика", "решение", "шаг", "заявление", "поведение", "поступок",
                      "уступка"})
_PARTICIPLE_ROLES = (("agent", "з боку+gent", "со стороны+gent", "by+any"), ("patient",))


@dataclass
class Arguments:
    actor: list[Party] = field(default_factory=list)
    recipient: list[Party] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    certainty: float = 1.0


class _Finder(TopicRules, SubjectRules):
    def __init__(self, tokens: list[Token], parties: list[Party], anchor: int, end: int, lang: str,
                 nouns: tuple[bool, bool], clauses: list[int] | None = None):
        # `end` is the last word of a multi-word trigger; roles are read around the anchor, except
        # the genitive complement, which follows the last word ("виведення військ Росії").
        self.tokens, self.parties, self.anchor, self.tail, self.lang = tokens, parties, anchor, end, lang
        self.end = anchor
        self.anchor_noun, self.tail_noun = nouns
        self.clauses = clauses if clauses is not None else clause_ids(tokens, parties)
        self.clause = self.clauses[anchor]
        self.used: set[int] = set()
        self.etype = ""                           # the entry's event type, for rules of one kind of act

    def clause_start(self) -> int:
        """First token of the trigger's clause."""
        start = self.anchor
        while start > 0 and self.clauses[start - 1] == self.clause:
            start -= 1
        return start

    def clause_end(self) -> int:
        """Last token of the trigger's clause."""
        end = self.anchor
        while end + 1 < len(self.tokens) and self.clauses[end + 1] == self.clause:
            end += 1
        return end

    def in_clause(self, p: Party) -> bool:
        return self.clauses[p.first] == self.clause or self.clauses[p.last] == self.clause

    def _conduct_owner(self, bare: list[Party]) -> Party | None:
        """"висловила занепокоєння діями Росії": the genitive owner of a noun of conduct in the
        instrumental right after the phrase."""
        at = self.tail + 1
        if at >= len(self.tokens) or not any(a.pos == "NOUN" and a.case == "ablt" and a.lemma in _CONDUCT
                                             for a in self.tokens[at].analyses):
            return None
        owners = [p for p in bare if p.first == at + 1 and "gent" in p.cases]
        return owners[0] if owners else None

    def free(self) -> list[Party]:
        return [p for p in self.parties if id(p) not in self.used and p.source != "topic"
                and (p.source == "adjective" or not p.first <= self.anchor <= p.last)]

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
            if self._noun_trigger() and not self._support_verb() and not self._causal():
                if not self._succeeded():
                    return [], 0.0
                # "Мей не вдалося досягнути прориву на переговорах з Юнкером": the one who did or
                # did not succeed in the talks is their side, named first in the dative.
                dative = [p for p in self.free() if p.prep is None and "datv" in p.cases and p.last < self.anchor]
                found = min(dative, key=lambda p: p.first) if dative else None
                if found is None:
                    return [], 0.0
                group = coordinated(found, self.free(), self.tokens, self.used)
                self.used.update(id(p) for p in group)
                return group, 0.8
            if self._first_person():
                # "«Мы приветствуем ...», — заявил Схинас": the speaker of the quote is the subject.
                speaker = self._quote_speaker(free)
                if speaker is None:
                    return [], 0.0
                group = coordinated(speaker, free, self.tokens, self.used)
                self.used.update(id(p) for p in group)
                return group, 0.8
            nominative = [p for p in bare if "nomn" in p.cases and not self._number_clash(p)]
            if is_infinitive(self.tokens[self.anchor]):
                # "готов предоставить Биби убежище": an infinitive's subject is the one of the word
                # governing it, before it; a name after it is its object or addressee.
                nominative = [p for p in nominative if p.last < self.anchor]
            if self._plural_verb():
                # "Асию Биби признали виновной": one person is not the subject of a plural verb.
                nominative = [p for p in nominative if p.etype != "PER"
                              or len(coordinated(p, free, self.tokens, self.used)) > 1]
            found = self._nearest(nominative)
            if (found is None or found.first > self.end) and is_verbal(self.tokens[self.anchor]) \
                    and self._relative_subject():
                # "Джонсон, который критиковал линию Мэй": the relative word is the subject and
                # stands for its antecedent; "Мэй" after the verb is the object's owner.
                antecedent = self._subject_outside_clause(free)
                if antecedent is not None:
                    found, sure = antecedent, 0.9
            if found is not None and found.first > self.end and len(found.cases) >= 5 \
                    and is_verbal(self.tokens[self.anchor]) and not is_infinitive(self.tokens[self.anchor]):
                # "суд города Шейкхупура, Пенджаб, приговорил Биби": an indeclinable name after the
                # verb is its object when a nominative stands before the verb behind an apposition.
                left = [p for p in free if p.prep is None and "nomn" in p.cases and not self._number_clash(p)
                        and 0 < self.anchor - p.last <= _APPOSITION_REACH
                        and not any(is_verbal(t) or t.text in (".", ";", ":", "?", "!")
                                    for t in self.tokens[p.last + 1:self.anchor])]
                if left:
                    found, sure = min(left, key=lambda p: p.first), 0.8
            if found is not None and len(found.cases) >= 5 and found.last < self.anchor:
                # "Убежище Биби предложили Франция и Испания": an indeclinable name before the verb
                # yields to a subject that can only be nominative after it.
                clear = [p for p in nominative if p.first > self.end and p.cases == {"nomn"}]
                if clear:
                    found = min(clear, key=lambda p: p.first)
            if found is None and self._succeeded():
                # "Вашингтону и Пекину удалось договориться": the dative of "удаться" is the subject.
                found = self._nearest([p for p in bare if "datv" in p.cases and p.last < self.anchor])
            if found is not None and found.source == "implied" and (found.entity is None or found.etype == "ORG"):
                # "міністри всіх 27 держав-членів Європейського Союзу", "МВД Италии": a group noun or
                # an uncoded organisation given the article's country yields to the coded owner after it.
                owner = self._owner_after(found, bare)
                if owner is not None:
                    found = owner
            if (found is None or found.first > self.end) and self._plural_verb():
                # "27 міністрів країн ЄС підтримали": a counted group, its owner in the genitive.
                counted = self._counted_subject(bare)
                if counted is not None:
                    found, sure = counted, 0.8
            if found is None and is_verbal(self.tokens[self.anchor]):
                # "Головний переговорник Європейського Союзу з питань Brexit запропонував",
                # "Найбільший спонсор Brexit зустрічався": an uncoded title in the nominative,
                # coded by the genitive owner after it.
                topics = [p for p in self.parties if p.source == "topic" and p.prep is None and self.in_clause(p)]
                owned = self._title_owner(bare + topics)
                if owned is not None:
                    found, sure = owned, 0.75
            if found is None and self._indefinite():
                # "В ЄС запропонували продовжити", "У Брюсселі хочуть зобов'язати": a plural verb
                # with no subject, said of the institution or state named as the place.
                where = [p for p in clause if p.prep in _IN and p.last < self.anchor and "loct" in p.cases
                         and (p.etype == "ORG" or p.source == "metonym")]   # a country named is the venue
                if where:
                    found, sure = max(where, key=lambda p: p.last), 0.75
            if found is None and (is_verbal(self.tokens[self.anchor]) or predicate_adjective(self.tokens[self.anchor])):
                found, sure = self._subject_outside_clause(free), 0.75
        elif code == "scene":
            found, sure = self._scene(clause), 0.8
        elif code == "speaker":
            found, sure = self._speaker(free), 0.8
        elif code == "obj":
            found = self._object(bare, free)
            if found is None:
                found, sure = self._object_owner(free), 0.8
            if found is None:
                found, sure = self._appositive_person(), 0.75
            if found is None and is_verbal(self.tokens[self.anchor]):
                # "нині її критикує опозиція", "его поддержали": an object pronoun stands before the verb.
                left = [p for p in bare if p.source == "anaphor" and p.etype == "PER" and "accs" in p.cases
                        and "nomn" not in p.cases and self.anchor - 2 <= p.last < self.anchor]
                found = max(left, key=lambda p: p.last) if left else None
            if found is None and self._plural_verb():
                # "Асию Биби выпустили на свободу": an indefinite-personal verb, its object first.
                left = [p for p in bare if p.last < self.anchor and "accs" in p.cases]
                found = max(left, key=lambda p: p.last) if left else None
        elif code == "owner":
            found, sure = self._object_owner(free), 0.9
        elif code == "dat":
            right = [p for p in bare if p.first > self.end and "datv" in p.cases
                     and not (p.first > self.tail + 1 and p.attribute_of_noun(self.tokens))]
            found = min(right, key=lambda p: p.first) if right else None
            if found is None and is_verbal(self.tokens[self.anchor]):
                # "Убежище Биби предложили Франция", "Евросоюзу следует изучить": a dative before
                # the verb, the first word of its clause or right after the thing given.
                left = [p for p in bare if p.last < self.anchor and "datv" in p.cases
                        and self.anchor - p.last <= 2]
                found, sure = (max(left, key=lambda p: p.last), 0.8) if left else (None, 1.0)
        elif code == "gen":
            if not self.tail_noun:              # a genitive after a verb is its object's attribute
                return [], 0.0
            # Right after the noun, or after a chain of genitives ("зустріч Міністра закордонних
            # справ України Павла Клімкіна").
            between = lambda p: self.tokens[self.tail + 1:p.first]  # noqa: E731
            # "заявив про підтримку України": the parties layer gives the noun's genitive owner the
            # preposition that governs the noun; for a noun trigger governed by a verb that owner is
            # its genitive ("група з підтримки України" names a body, no act).
            own = self.tokens[self.tail - 1].text.lower() if self.tail > 1 and is_preposition(self.tokens[self.tail - 1]) \
                and is_verbal(self.tokens[self.tail - 2]) else None
            owned = [p for p in clause if own is not None and p.prep == own and p.first == self.tail + 1]
            after = [p for p in bare + owned if "gent" in p.cases and (
                         self.tail < p.first <= self.tail + 3 and not any(is_verbal(t) or is_preposition(t)
                                                                          for t in between(p))
                         or self.tail < p.first <= self.tail + 5 and all(genitive_word(t) for t in between(p)))
                     # "нежеланием партии Техрик-э-Лабайак": a name in apposition to a genitive noun
                     or self.tail + 1 < p.first <= self.tail + 3 and p.etype in ("ORG", "PER")
                     and all(genitive_word(t) for t in between(p)) and not self._after_preposition()
                     or p.source == "head" and p.first == self.tail != self.anchor]
            found = min(after, key=lambda p: p.first) if after else None
        elif code == "agent":
            # The instrumental agent follows its noun or participle ("визнання Москвою", "збитого
            # російською системою"); an indeclinable name before it is not one.
            # An indeclinable name ("підтримку Мей") reads as any case: after a noun it is rather
            # its genitive or dative than an instrumental agent.
            right = [p for p in bare if p.first > self.end and "ablt" in p.cases
                     and not (len(p.cases) >= 5 and self.anchor_noun)
                     and (p.source != "head" or p.first > self.tail > self.anchor)]   # "приговор отменен судом"
            found = min(right, key=lambda p: p.first) if right else None
            if found is None:
                found = self._conduct_owner(bare)
            if found is None and not is_verbal(self.tokens[self.anchor]):
                # "СМИ назначениями Трампа недовольны": the owner of the instrumental noun before it.
                owners = [p for p in bare if 1 <= p.first and p.last < self.anchor and "gent" in p.cases
                          and any(a.pos == "NOUN" and a.case == "ablt" for a in self.tokens[p.first - 1].analyses)
                          and self.tokens[p.first - 1].text[:1].islower()]
                found, sure = (max(owners, key=lambda p: p.last), 0.8) if owners else (None, 1.0)
        elif code == "adj":
            near = [p for p in free if p.source == "adjective" and
                    (self.anchor - 2 <= p.last <= self.anchor or p.last == self.anchor)]
            found = max(near, key=lambda p: p.last) if near else None
        elif code == "patient":
            near = [p for p in free if self.anchor - 3 <= p.last < self.anchor and p.prep is None
                    or self.end < p.first <= self.end + 2 and p.prep is None and p.cases != frozenset({"ablt"})]
            found = max(near, key=lambda p: p.last) if near else None
        else:
            prep, _, case = code.rpartition("+")
            # A noun's prepositional complement follows it ("торгівля з ЄС"); one before it hangs on
            # another word ("спільних з ЄС правил торгівлі").
            found = self._nearest([p for p in clause if p.prep == prep and (case == "any" or case in p.cases)
                                   and (self.anchor_noun or not p.inside_other_phrase(self.tokens)
                                        or self.anchor < p.first - 1 <= self.tail)
                                   and not (self.anchor_noun and p.last < self.anchor)
                                   and not self._later_phrase(p, prep)]
                                  + self._region_owners(clause, prep, case), left_first=False) \
                or self._nearest(self._stance_owners(clause, prep, case), left_first=False) \
                or self._participle_agent(prep)
        if found is None:
            return [], 0.0
        group = coordinated(found, free, self.tokens, self.used)
        for p in group:
            self.used.add(id(p))
        return group, sure

    def _number_clash(self, party: Party) -> bool:
        """A singular finite verb does not take a noun that can only be a nominative plural
        ("Масих просит власти США": "власти" is the object)."""
        verbs = [a for a in self.tokens[self.anchor].analyses if a.pos == "VERB"]
        if not verbs or not all(a.number == "sing" for a in verbs):
            return False
        for tok in self.tokens[party.first:party.last + 1]:
            nouns = [a for a in tok.analyses if a.pos == "NOUN" and a.case == "nomn"]
            if nouns:                         # names are left alone: the dictionary guesses them
                return tok.text[:1].islower() and all(a.number == "plur" for a in nouns)
        return False

    def _agrees(self, party: Party) -> bool:
        """The trigger verb agrees with the party's first noun in gender and number (a past form)."""
        verbs = [a for a in self.tokens[self.anchor].analyses if a.pos == "VERB" and "past" in a.tags]
        if not verbs:
            return False
        for tok in self.tokens[party.first:party.last + 1]:
            nouns = [a for a in tok.analyses if a.pos == "NOUN" and a.case == "nomn"]
            if nouns:
                # A past form shows gender in the singular ("підтримала") and number alone in the plural.
                return any(v.gender is not None and v.gender == n.gender and n.number == "sing"
                           or v.gender is None and v.number == n.number == "plur" for v in verbs for n in nouns)
        return False

    def _scene(self, clause: list[Party]) -> Party | None:
        """"осудил убийство российского посла в Турции": condemning an act of violence whose doer
        is not named targets the state where it happened (the victim's country is not the target)."""
        for j in range(self.end + 1, min(self.end + 3, len(self.tokens))):
            tok = self.tokens[j]
            if any(a.pos in ("ADJF", "PRTF") for a in tok.analyses) and not any(a.pos == "NOUN" for a in tok.analyses):
                continue
            if not any(a.lemma in _VIOLENCE for a in tok.analyses):
                return None
            places = [p for p in clause if p.first > j and p.prep in _IN and "loct" in p.cases]
            return min(places, key=lambda p: p.first) if places else None
        return None

    def included(self, after: int) -> list[Party]:
        """The parties listed after "включая/зокрема/including" that closes the phrase after `after`."""
        for j in range(after + 1, min(after + 16, len(self.tokens) - 1)):
            if self.tokens[j].text.lower() in _INCLUDING:
                first = [p for p in self.free() if j < p.first <= j + 2]
                if first:
                    return coordinated(min(first, key=lambda p: p.first), self.free(), self.tokens, self.used)
                return []
            if self.tokens[j].text in (".", ";", "?", "!") or j > self.tail and is_verbal(self.tokens[j]):
                return []                         # the list belongs to another clause
        return []

    def _after_preposition(self) -> bool:
        return self.anchor > 0 and any(a.pos == "PREP" for a in self.tokens[self.anchor - 1].analyses)

    def _causal(self) -> bool:
        """A verbal noun after "из-за/через" ("пішов у відставку через незгоду з планом") tells
        why the clause's subject acted: the subject is its actor."""
        return any(t.text.lower() in _BECAUSE for t in self.tokens[max(0, self.anchor - 2):self.anchor])

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

    def host(self) -> Party | None:
        """"в РСМД состоялась встреча с представителями ЕК": the organisation named as the place
        of a meeting hosts it."""
        found = [p for p in self.free() if p.prep in _IN and "loct" in p.cases and p.etype == "ORG"
                 and self.in_clause(p) and p.last < self.anchor]
        return max(found, key=lambda p: p.last) if found else None

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
            if tok.text in BOUNDARIES or any(p.first <= j <= p.last for p in free):
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
                      and all(genitive_word(t) for t in self.tokens[j + 1:p.first])]
            if owners:
                return min(owners, key=lambda p: p.first)
        return None


def _titled_persons(tokens: list[Token], parties: list[Party]) -> list[Party]:
    """"Прес-секретар Пентагону Пітер Кук", "глава МВД Италии Маттео Сальвини": a person the
    entity layer could not code takes the country of the coded genitive right before the name
    (the office's owner), not the article's; "Віце-голова Європейської комісії Франс Тіммерманс"
    acts for the organisation of his title, whatever his nationality."""
    by_last = {p.last: p for p in parties if p.prep is None and p.source != "implied"
               and ("gent" in p.cases or p.source == "head")}
    # "Лидер партии TLP Мухаммед Кадри": an uncoded person after a title and its uncoded owner of
    # the same (implied) country is that organisation's officer, not a stray name.
    titled = {p.last: p for p in parties if p.prep is None and p.source == "implied" and p.etype == "ORG"
              and p.first > 0 and any(a.pos == "NOUN" for a in tokens[p.first - 1].analyses)}
    out = []
    for p in parties:
        officer_of = titled.get(p.first - 1)
        if p.source == "implied" and p.etype == "PER" and officer_of is not None and officer_of.country == p.country:
            out.append(replace(p, source="apposition"))
            continue
        owner = by_last.get(p.first - 1)
        if p.etype == "PER" and owner is not None \
                and (p.source == "implied" or p.source == "entity" and owner.country in _ORGANISATIONS
                     and owner.country != p.country) \
                and tokens[p.first].text[:1].isupper() and not (
                    owner.first > 0 and any(a.lemma in BIRTH for a in tokens[owner.first - 1].analyses)):
            p = replace(p, country=owner.country, sector=owner.sector, source="apposition")
        out.append(p)
    return out


def _stance_state(entry: Trigger) -> bool:
    """A participle that names a state of mind ("Німеччина стурбована Росією", "Германия обеспокоена
    Россией"): its subject holds the stance and the instrumental is its cause, so the passive reading
    (the instrumental as the actor) does not apply. Told by the entry: its actor is the subject and its
    recipient the instrumental first. Entries that list a participle of an act ("збитий", "осуждён")
    keep the passive reading."""
    return entry.actor[:1] == ("subj",) and entry.recipient[:1] == ("agent",)


def find_arguments(tokens: list[Token], parties: list[Party], anchor: int, end: int,
                   entry: Trigger, lang: str, nouns: tuple[bool, bool] = (False, False),
                   clauses: list[int] | None = None) -> Arguments:
    """Actor and recipient of the trigger at token positions [anchor, end] of the sentence;
    `nouns` says whether its first and last words were matched as nouns; `clauses` is
    `clause_ids(tokens, parties)` when the caller has it (once per sentence, not per trigger)."""
    if len(tokens) > 2 and " ".join(t.text.lower() for t in tokens[:2]) in _LINK_LINES:
        return Arguments()                    # "Читайте також: ...": a link to another article
    if end > anchor and tokens[anchor].text.lower() in _NEGATION_WORDS and not passive_participle(tokens[anchor + 1]):
        # "не погоджується з позицією ЄС": the negation opens the phrase; the verb after it takes
        # the arguments (and may take its subject from the clause before: "Мей заявила, що не ...").
        anchor, nouns = anchor + 1, (nouns[1] if anchor + 1 == end else False, nouns[1])
    parties = _titled_persons(tokens, parties)
    finder = _Finder(tokens, parties, anchor, end, lang, nouns, clauses)
    finder.etype = entry.type
    args = Arguments()
    actor_roles, recipient_roles = entry.actor, entry.recipient
    if (passive_participle(tokens[anchor]) and not any(a.pos == "NOUN" for a in tokens[anchor].analyses)
            and not _stance_state(entry)
            or lang == "en" and english_passive(tokens, anchor)):
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
    if entry.symmetric and finder.anchor_noun and args.recipient and not args.actor:
        # "повернеться в Брюссель задля продовження переговорів з Юнкером": talks with one side
        # named are held by the sentence's main subject.
        subject = finder.main_subject() or finder.host()
        if subject is not None:
            args.actor = [subject]
            args.rules.append("actor:main-subject")
            certainties.append(0.7)
    if args.actor and not args.recipient and entry.type in TOPIC_TYPES:
        args.recipient = finder.topic(args.actor)
        if args.recipient:
            args.rules.append("recipient:topic")
            certainties.append(0.8)
    if args.actor and (not args.recipient or len(args.recipient) == 1 and args.recipient[0].source in ("implied", "head")):
        # "к властям целого ряда стран, включая Великобританию, США и Канаду": the list named.
        named = finder.included(args.recipient[0].last if args.recipient else finder.end)
        if named:
            args.recipient = named
            args.rules.append("recipient:including")
    if entry.symmetric and not args.actor and not args.recipient and not finder.noun_attribute():
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
    kept = [r for r in args.recipient if not (r.entity and (r.entity, r.sector) in actor_ids) and not any(
        a.country == r.country and (r.last + 1 >= a.first - 0 and r.first <= a.last + 1) for a in args.actor)]
    if args.recipient and not kept and entry.type in TOPIC_TYPES:
        # "Барньє запропонував продовжити перехідний період після виходу Британії з ЄС": the
        # phrase found was the actor's own side; the deal's topic names the other.
        kept = finder.topic(args.actor)
        if kept:
            args.rules.append("recipient:topic")
    args.recipient = kept
    args.certainty = min(certainties) if certainties else 0.0
    return args
