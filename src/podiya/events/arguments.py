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
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..doc import Token
from .implied import ORGANISATIONS as _ORGANISATIONS
from .lexicon import Trigger, support_verbs
from .modality import speech_verb_lemmas
from .parties import Party

_BOUNDARY = frozenset({",", ";", ":", "–", "—", "-", "(", ")", "?", "!"})
_CONJ = frozenset({"і", "й", "та", "и", "and", "або", "или", "or"})
_COORD = frozenset({"і", "й", "та", "и", "and", ",", "а", "також", "or", "або", "или", "&"})
# Verbal types whose object may be a named event standing for its country ("угода про Brexit").
_TOPIC_TYPES = frozenset({"SUPPORT", "REJECT", "AGREE", "ACCUSE", "REQUEST"})
# How far after the trigger a topic may stand: "підтримала угоду про Brexit" (the topic in the
# object's phrase), not "відмовитися від участі в саміті ЄС щодо Brexit" (deep in a chain of phrases).
_TOPIC_REACH = 6
_RELATIVE = frozenset({"який", "котрий", "що", "который", "что", "which", "who", "that", "чий", "чей"})
_FROM = frozenset({"из", "з", "із", "зі", "from"})
_EXIT = frozenset({"выход", "вихід", "exit", "withdrawal"})
_OWN = frozenset({"свій", "свой", "own"})    # possessive words the uk dictionary reads as pronouns
_AND = frozenset({"и", "і", "й", "та", "and"})
_OPINION = frozenset({"считать", "вважати", "полагать", "believe", "think", "вывод", "висновок", "conclude"})
_QUANTITY = frozenset({"частина", "більшість", "половина", "часть", "большинство", "ряд", "група",
                       "группа", "десятки", "сотні", "сотни", "кілька", "несколько", "many", "most"})
# "из-за/через" give the reason; "в знак/на знак" the act the disagreement goes with: the subject acts.
_BECAUSE = frozenset({"из-за", "через", "because", "знак"})
_PREP_FORMS = {"з": {"з", "із", "зі", "зо"}, "с": {"с", "со"}, "в": {"в", "во", "у"}, "у": {"в", "у"}, "на": {"на"},
               "к": {"к", "ко"}, "від": {"від", "од"}, "от": {"от"}}
_BIRTH = frozenset({"уродженка", "уродженець", "уроженка", "уроженец", "native"})   # birth is not office
_LINK_LINES = frozenset({"читайте також", "читайте также", "читать также", "дивіться також", "смотрите также",
                         "read also", "see also"})
_VIOLENCE = frozenset({"убийство", "вбивство", "нападение", "напад", "теракт", "атака", "обстрел", "обстріл",
                       "покушение", "замах", "взрыв", "вибух"})
_INCLUDING = frozenset({"включая", "включно", "зокрема", "including"})
_IN = frozenset({"в", "у", "во", "in"})
_FIRST_PERSON = frozenset({"я", "ми", "мы", "i", "we"})
_THAT = frozenset({"що", "что", "that"})
_NEGATION_WORDS = frozenset({"не", "ні", "ни", "not"})
# Nouns that make a compound preposition with "в/у" ("в связи с", "у зв'язку з", "в отношении").
_COMPOUND_PREP_NOUNS = frozenset({"связи", "зв'язку", "зв’язку", "отношении", "відношенні", "рамках", "ході", "ходе"})
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
    firsts = {p.first: p for p in parties}
    lasts = {p.last: p for p in parties}
    ids, current = [], 0
    for i, tok in enumerate(tokens):
        if tok.text in _BOUNDARY and not (tok.text == "," and i - 1 in lasts and i + 1 in firsts
                                          and _case_agree(lasts[i - 1], firsts[i + 1])):
            current += 1
            ids.append(-1)
            continue
        ids.append(current)
    return ids


def _case_agree(left: Party, right: Party) -> bool:
    """Coordinated parties share a case ("британською асоціацією, Ашіг Масіх" are two phrases)."""
    return not left.cases or not right.cases or bool(left.cases & right.cases)


def _token_cases(token: Token) -> set[str]:
    return {a.case for a in token.analyses if a.case}


def _genitive_word(token: Token) -> bool:
    return any(a.case == "gent" and a.pos in ("NOUN", "ADJF", "PRTF", "NUMR") for a in token.analyses)


def _is_adjective(token: Token) -> bool:
    return any(a.pos in ("ADJF", "PRTF") for a in token.analyses) and token.text[:1].islower()


def _is_relative(token: Token) -> bool:
    return token.text.lower() in _RELATIVE or any(a.lemma in _RELATIVE for a in token.analyses)


def _is_preposition(token: Token) -> bool:
    """"переговорах про вихід Великої Британії": a genitive past a preposition belongs to that
    phrase's noun, not to the trigger."""
    return any(a.pos == "PREP" for a in token.analyses) and token.text[:1].islower()


def _is_verbal(token: Token) -> bool:
    return any(a.pos in ("VERB", "INFN", "GRND", "PRTS") for a in token.analyses)


def _predicate_adjective(token: Token) -> bool:
    """A short adjective used as a predicate ("готов", "намерен"): it takes a subject like a verb."""
    return any(a.pos == "ADJS" for a in token.analyses)


def _passive_participle(token: Token) -> bool:
    """A passive participle, or a Ukrainian impersonal "-но/-то" form ("Харків було обстріляно
    російськими військами"): its instrumental is the agent, the noun before it the patient."""
    return any("pssv" in a.tags and a.pos in ("ADJF", "PRTF", "PRTS") or a.pos == "VERB" and "Impe" in a.tags
               and token.text.lower().endswith(("но", "то")) for a in token.analyses)


_BE = frozenset({"is", "are", "was", "were", "been", "being", "be"})


def _english_passive(tokens: list[Token], anchor: int) -> bool:
    """"Navalny was detained by Russian police": a form of "be" right before the verb (an adverb
    between allowed) makes it passive, its "by" phrase the agent and the subject the patient."""
    before = [t.text.lower() for t in tokens[max(0, anchor - 2):anchor]]
    return bool(before) and (before[-1] in _BE or len(before) == 2 and before[0] in _BE and before[1].endswith("ly"))


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
        # "к правительствам Великобритании, Нидерландов и США": genitives coordinated with the one
        # inside a head-noun party share its head ("правительствам").
        shares_head = party.source == "head" and nxt is not None and nxt.prep is None and "gent" in nxt.cases \
            and "gent" in _token_cases(tokens[cur.last])
        # "до прем'єр-міністерки Терези Мей, президента США та прем'єра Канади": one preposition
        # governs the list; the later members agree with the first in case.
        shares_prep = nxt is not None and party.prep is not None and nxt.prep is None \
            and bool(party.cases & nxt.cases - {"nomn"})
        if nxt is not None and _speaker_of_sentence(tokens, nxt):
            break                                # "Russia may attack Lithuania, Zelensky said": the speaker
        if nxt is None or not joined(range(cur.last + 1, j)) or id(nxt) in used \
                or nxt.prep != party.prep and not (shares_head or shares_prep) \
                or not (shares_head or _case_agree(cur, nxt)):
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
        if prev is None or not joined(range(j + 1, top + 1)) or id(prev) in used or prev.prep != party.prep \
                or not _case_agree(prev, cur):
            break
        group.insert(0, prev)
        cur = prev
    return group


def _speaker_of_sentence(tokens: list[Token], party: Party) -> bool:
    """A name right before a speech verb that closes the sentence ("..., Zelensky said."): the speaker."""
    after = party.last + 1
    if after >= len(tokens) or not speech_verb_lemmas() & ({a.lemma for a in tokens[after].analyses}
                                                           | {tokens[after].text.lower()}):
        return False
    rest = [t.text for t in tokens[after + 1:]]
    return len(rest) <= 4 and (not rest or rest[-1] in (".", "!", "?", "…"))


class _Finder:
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

    def free(self) -> list[Party]:
        return [p for p in self.parties if id(p) not in self.used and p.source != "topic"
                and (p.source == "adjective" or not p.first <= self.anchor <= p.last)]

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
                group = _coordinated(found, self.free(), self.tokens, self.used)
                self.used.update(id(p) for p in group)
                return group, 0.8
            if self._first_person():
                # "«Мы приветствуем ...», — заявил Схинас": the speaker of the quote is the subject.
                speaker = self._quote_speaker(free)
                if speaker is None:
                    return [], 0.0
                group = _coordinated(speaker, free, self.tokens, self.used)
                self.used.update(id(p) for p in group)
                return group, 0.8
            nominative = [p for p in bare if "nomn" in p.cases and not self._number_clash(p)]
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
            if found is None and _is_verbal(self.tokens[self.anchor]):
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
            if found is None and (_is_verbal(self.tokens[self.anchor]) or _predicate_adjective(self.tokens[self.anchor])):
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
            if found is None and _is_verbal(self.tokens[self.anchor]):
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
            if found is None and _is_verbal(self.tokens[self.anchor]):
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
            own = self.tokens[self.tail - 1].text.lower() if self.tail > 1 and _is_preposition(self.tokens[self.tail - 1]) \
                and _is_verbal(self.tokens[self.tail - 2]) else None
            owned = [p for p in clause if own is not None and p.prep == own and p.first == self.tail + 1]
            after = [p for p in bare + owned if "gent" in p.cases and (
                         self.tail < p.first <= self.tail + 3 and not any(_is_verbal(t) or _is_preposition(t)
                                                                          for t in between(p))
                         or self.tail < p.first <= self.tail + 5 and all(_genitive_word(t) for t in between(p)))
                     # "нежеланием партии Техрик-э-Лабайак": a name in apposition to a genitive noun
                     or self.tail + 1 < p.first <= self.tail + 3 and p.etype in ("ORG", "PER")
                     and all(_genitive_word(t) for t in between(p)) and not self._after_preposition()
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
            if found is None and not _is_verbal(self.tokens[self.anchor]):
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
        start = self._that_before_parenthesis(self.clause_start())
        if start < 2 or self.tokens[start].text.lower() not in ("что", "що", "that"):
            return self._speaker_after(free, verbs)
        verb = next((i for i in range(start - 2, -1, -1) if any(a.lemma in verbs for a in self.tokens[i].analyses)),
                    None)
        if verb is None:
            return None
        before = [p for p in free if p.last < verb and p.prep is None and "nomn" in p.cases
                  and self.clauses[p.last] == self.clauses[verb]]
        return max(before, key=lambda p: p.last) if before else None

    def _that_before_parenthesis(self, start: int) -> int:
        """"заявили, что, по их данным, Россия стоит за ...": past a short parenthesis set off by
        commas, the "что" that opens the clause (its position; else `start` unchanged)."""
        j = start
        for _ in range(2):
            if j < 2 or self.tokens[j - 1].text != ",":
                return start
            k = j - 2                                  # last word of the clause before the comma
            first = k
            while first > 0 and self.clauses[first - 1] == self.clauses[k]:
                first -= 1
            words = self.tokens[first:k + 1]
            if len(words) == 1 and words[0].text.lower() in _THAT:
                return first
            if len(words) > 4 or any(_is_verbal(t) for t in words):
                return start
            j = first
        return start

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
        if self.etype not in _TOPIC_TYPES or case == "loct":
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
            if k > self.tail and _is_adjective(self.tokens[k]):
                k -= 1                            # "з новою угодою Мей"
            if k > self.tail - 1 and self.tokens[k].text.lower() in forms:
                out.append(p)
        return out

    def _participle_agent(self, prep: str) -> Party | None:
        """"несогласие со стратегией ..., избранной премьером Терезой Мэй", "з планом, запропонованим
        прем'єром": a stance towards a plan is taken towards whoever the passive participle after
        the plan names as its author (an instrumental party right after the participle, one comma
        allowed before it)."""
        if self.etype not in _TOPIC_TYPES or " " in prep:
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
            if tok.text in _BOUNDARY or tok.text in (".", "?", "!") or _is_verbal(tok) and not _passive_participle(tok):
                return None
            if _passive_participle(tok) and not any(a.pos == "NOUN" for a in tok.analyses):
                agents = [p for p in self.free() if p.prep is None and "ablt" in p.cases and j < p.first <= j + 3
                          and p.source != "topic"]
                return min(agents, key=lambda p: p.first) if agents else None
        return None

    def included(self, after: int) -> list[Party]:
        """The parties listed after "включая/зокрема/including" that closes the phrase after `after`."""
        for j in range(after + 1, min(after + 16, len(self.tokens) - 1)):
            if self.tokens[j].text.lower() in _INCLUDING:
                first = [p for p in self.free() if j < p.first <= j + 2]
                if first:
                    return _coordinated(min(first, key=lambda p: p.first), self.free(), self.tokens, self.used)
                return []
            if self.tokens[j].text in (".", ";", "?", "!") or j > self.tail and _is_verbal(self.tokens[j]):
                return []                         # the list belongs to another clause
        return []

    def _appositive_person(self) -> Party | None:
        """"розкритикував колишню королеву краси, уродженку Венесуели Алісію Мачадо": a person
        described first and named at the end of the apposition after the verb."""
        j = self.tail + 1
        if j >= len(self.tokens) or not any(a.pos in ("NOUN", "ADJF") and "anim" in a.tags or a.pos == "ADJF"
                                            for a in self.tokens[j].analyses):
            return None
        inside = {i: p for p in self.parties for i in range(p.first, p.last + 1)}
        for k in range(j, min(j + 10, len(self.tokens))):
            p = inside.get(k)
            if p is not None and p.etype == "PER" and id(p) not in self.used:
                return p
            tok = self.tokens[k]
            if tok.text in (".", ";", ":", "?", "!") or any(a.pos in ("PREP", "CONJ") for a in tok.analyses) \
                    or _is_verbal(tok) and not any(a.pos == "NOUN" for a in tok.analyses):
                return None
        return None

    def _after_preposition(self) -> bool:
        return self.anchor > 0 and any(a.pos == "PREP" for a in self.tokens[self.anchor - 1].analyses)

    def _title_owner(self, bare: list[Party]) -> Party | None:
        """The genitive party right after a nominative common noun that opens the trigger's clause
        (over adjectives), with no verb between it and the trigger."""
        start = self.clause_start()
        # "..., що кабінет міністрів Британії підтримав": the clause may open with "що" or "і".
        opening = start + 1 if start + 1 < self.anchor and self.tokens[start].text.lower() in _THAT | _AND else start
        for p in sorted(bare, key=lambda p: p.first):
            if not (opening < p.first and p.last < self.anchor and "gent" in p.cases):
                continue
            # The head may be followed by lower-case genitives that complete the title ("Міністр
            # закордонних справ Франції", "Министр обороны Польши"): the party owns the whole title.
            if not any(self._title_head(opening, h, p.first) for h in range(max(opening, p.first - 4), p.first)):
                continue
            if any(_is_verbal(t) for t in self.tokens[p.last + 1:self.anchor]):
                continue
            return p
        return None

    def _title_head(self, start: int, head: int, owner: int) -> bool:
        """Token `head` is a nominative noun heading a title: adjectives before it from `start`, only
        lower-case genitives between it and the owner at `owner`."""
        return any(a.pos == "NOUN" and a.case == "nomn" for a in self.tokens[head].analyses) \
            and all(any(a.pos in ("ADJF", "PRTF") for a in t.analyses) for t in self.tokens[start:head]) \
            and all(t.text[:1].islower() and _genitive_word(t) for t in self.tokens[head + 1:owner])

    def _owner_after(self, head: Party, bare: list[Party]) -> Party | None:
        """A coded genitive party right after `head`, over genitive words and numbers only."""
        for p in sorted(bare, key=lambda p: p.first):
            if head.last < p.first <= head.last + 6 and "gent" in p.cases and p.source != "implied" \
                    and p.country != head.country \
                    and all(_genitive_word(t) or t.text.isdigit() or any(a.pos == "NPRO" and a.case == "gent"
                                                                         for a in t.analyses)
                            for t in self.tokens[head.last + 1:p.first]):
                return p
        return None

    def _counted_subject(self, bare: list[Party]) -> Party | None:
        """"27 міністрів країн ЄС", "часть депутатов парламента": the genitive party owning a
        counted noun that opens the clause before the verb."""
        start = self.clause_start()
        for p in bare:
            if not (start < p.first < self.anchor and "gent" in p.cases):
                continue
            words = self.tokens[start:p.first]
            if len(words) > 6 or any(_is_verbal(t) or t.text in _BOUNDARY or any(a.pos == "PREP" for a in t.analyses)
                                     for t in words):
                continue                          # "В 2010 году Асию признали": a date, not a count
            for k, t in enumerate(words):
                counted = t.text.isdigit() or t.text.lower() in _QUANTITY \
                    or any(a.pos == "NUMR" or a.lemma in _QUANTITY for a in t.analyses)
                if counted and any(a.pos == "NOUN" and a.case == "gent" and a.number == "plur"
                                   for a in self.tokens[start + k + 1].analyses):
                    return p
        return None

    def _causal(self) -> bool:
        """A verbal noun after "из-за/через" ("пішов у відставку через незгоду з планом") tells
        why the clause's subject acted: the subject is its actor."""
        return any(t.text.lower() in _BECAUSE for t in self.tokens[max(0, self.anchor - 2):self.anchor])

    def _speaker_after(self, free: list[Party], verbs: frozenset[str]) -> Party | None:
        """"Судьи ... заслуживают смерти, заявили члены партии": a speech verb right after the
        trigger's clause, with its nominative subject after it."""
        end = self.clause_end()
        for i in range(end + 1, min(end + 4, len(self.tokens))):
            if any(a.lemma in verbs and a.pos == "VERB" for a in self.tokens[i].analyses):
                after = [p for p in free if i < p.first <= i + 8 and p.prep is None and "nomn" in p.cases]
                return min(after, key=lambda p: p.first) if after else None
        return None

    def _indefinite(self) -> bool:
        """A plural verb with no subject ("запропонували"), or an infinitive right after one ("хочуть зобов'язати")."""
        if self._plural_verb():
            return True
        head = self.tokens[self.anchor - 1] if self.anchor else None
        return head is not None and any(a.pos == "INFN" or "infn" in a.tags for a in self.tokens[self.anchor].analyses) and \
            any(a.pos == "VERB" and a.number == "plur" for a in head.analyses) and \
            all(a.number == "plur" for a in head.analyses if a.pos == "VERB")

    def _first_person(self) -> bool:
        """The trigger's subject is "я/ми/мы/I/we": a first-person verb, or the pronoun just before."""
        if any("1per" in a.tags for a in self.tokens[self.anchor].analyses if a.pos == "VERB"):
            return True
        return any(self.clauses[i] == self.clause and self.tokens[i].text.lower() in _FIRST_PERSON
                   for i in range(max(0, self.anchor - 4), self.anchor))

    def _quote_speaker(self, free: list[Party]) -> Party | None:
        """Who says the quote the trigger stands in: the subject of a speech verb after it
        ("..., — заявив він", "..., сказав Ашик") or of one before it that opens it with a colon."""
        from .modality import cues
        verbs = cues(self.lang).speech_verbs
        for i in range(self.anchor + 1, len(self.tokens)):
            if any(a.lemma in verbs and a.pos == "VERB" for a in self.tokens[i].analyses):
                # A pronoun ("— заявив він") is left out: it was resolved before the quote was read.
                after = [p for p in free if i < p.first <= i + 6 and p.prep is None and "nomn" in p.cases
                         and p.source != "anaphor"]
                before = [p for p in free if self.anchor < p.last < i and i - p.last <= 2 and p.prep is None
                          and "nomn" in p.cases and p.source != "anaphor"]
                if after or before:
                    return min(after, key=lambda p: p.first) if after else max(before, key=lambda p: p.last)
        for i in range(self.anchor - 1, 0, -1):
            if self.tokens[i].text == ":" and any(a.lemma in verbs for a in self.tokens[i - 1].analyses):
                return self._verb_subject(i - 1, free)
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

    def _plural_verb(self) -> bool:
        verbs = [a for a in self.tokens[self.anchor].analyses if a.pos == "VERB"]
        return bool(verbs) and all(a.number == "plur" for a in verbs)

    def _relative_subject(self) -> bool:
        """The trigger's clause opens with a relative word in the nominative ("который", "яка")."""
        start = self.clause_start()
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
        start = self.clause_start()
        if start < len(self.tokens) and self.tokens[start].text.lower() in _THAT and start >= 2 \
                and not any(p.last == start - 2 for p in free) and _is_verbal(self.tokens[start - 2]):
            # "Бенкс визнав, що передав послу ...": "що" after a verb opens its complement, whose
            # unnamed subject is the subject of that verb (a relative "що" follows its noun).
            return self._verb_subject(start - 2, free)
        if start < len(self.tokens) and _is_relative(self.tokens[start]):
            before = [p for p in free if p.last in (start - 2, start - 1)]
            return before[-1] if before else None
        earlier = [p for p in free if p.last < start and p.prep is None and "nomn" in p.cases]
        if not earlier:
            return None
        # "Судьи верховного суда, отменившие приговор, заслуживают смерти": past a participial
        # phrase set off by commas, the subject is the noun before it.
        if start >= 2 and self.tokens[start - 1].text == ",":
            k = start - 2
            while k > 0 and self.clauses[k - 1] == self.clauses[k]:
                k -= 1
            if k >= 2 and self.tokens[k - 1].text == "," and any(a.pos == "PRTF" for a in self.tokens[k].analyses):
                inside = {i for p in self.parties for i in range(p.first, p.last + 1)}
                for p in sorted(earlier, key=lambda p: -p.last):
                    if p.last <= k - 2 and all(i in inside or _genitive_word(self.tokens[i])
                                               for i in range(p.last + 1, k - 1)):
                        return p
        # Only the sentence's main subject: the first nominative party, with no other verb clause
        # introduced by a relative word between it and the trigger.
        first = min(earlier, key=lambda p: p.first)
        between = self.tokens[first.last + 1:start]
        if any(_is_relative(t) for t in between) and not self._second_predicate(start, first) \
                and not self._agrees(first):
            # "Рада ЄС ..., які залишаються в блоці, в понеділок підтримала": past the relative
            # clause, a verb that agrees in gender and number with the main subject is its own.
            return None
        return first

    def host(self) -> Party | None:
        """"в РСМД состоялась встреча с представителями ЕК": the organisation named as the place
        of a meeting hosts it."""
        found = [p for p in self.free() if p.prep in _IN and "loct" in p.cases and p.etype == "ORG"
                 and self.in_clause(p) and p.last < self.anchor]
        return max(found, key=lambda p: p.last) if found else None

    def main_subject(self) -> Party | None:
        """The sentence's first nominative party before the trigger, when no relative clause or
        other side stands between them."""
        free = [p for p in self.free() if p.prep is None and "nomn" in p.cases and p.last < self.anchor
                and p.source != "adjective"]
        if not free or self.noun_attribute():
            return None                           # "позиция Лондона на переговорах с ЕС": a noun's attribute
        first = min(free, key=lambda p: p.first)
        if any(_is_relative(t) and t.text.lower() not in _THAT for t in self.tokens[first.last + 1:self.anchor]):
            return None
        return first

    def noun_attribute(self) -> bool:
        """The trigger hangs on a noun before it through a preposition ("позиция Лондона на
        переговорах", "координатора ... на переговорах о выходе"): it names that noun's field, not a
        happening told."""
        a = self.anchor
        return a >= 2 and any(x.pos == "PREP" for x in self.tokens[a - 1].analyses) and (
            any(x.pos == "NOUN" for x in self.tokens[a - 2].analyses)
            or any(p.first <= a - 2 <= p.last for p in self.parties))

    def _verb_subject(self, verb: int, free: list[Party]) -> Party | None:
        """The nominative party before the verb at `verb`, in that verb's clause."""
        before = [p for p in free if p.last < verb and p.prep is None and "nomn" in p.cases
                  and self.clauses[p.last] == self.clauses[verb]]
        return max(before, key=lambda p: p.last) if before else None

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
                    owner.first > 0 and any(a.lemma in _BIRTH for a in tokens[owner.first - 1].analyses)):
            p = replace(p, country=owner.country, sector=owner.sector, source="apposition")
        out.append(p)
    return out


def find_arguments(tokens: list[Token], parties: list[Party], anchor: int, end: int,
                   entry: Trigger, lang: str, nouns: tuple[bool, bool] = (False, False),
                   clauses: list[int] | None = None) -> Arguments:
    """Actor and recipient of the trigger at token positions [anchor, end] of the sentence;
    `nouns` says whether its first and last words were matched as nouns; `clauses` is
    `clause_ids(tokens, parties)` when the caller has it (once per sentence, not per trigger)."""
    if len(tokens) > 2 and " ".join(t.text.lower() for t in tokens[:2]) in _LINK_LINES:
        return Arguments()                    # "Читайте також: ...": a link to another article
    if end > anchor and tokens[anchor].text.lower() in _NEGATION_WORDS and not _passive_participle(tokens[anchor + 1]):
        # "не погоджується з позицією ЄС": the negation opens the phrase; the verb after it takes
        # the arguments (and may take its subject from the clause before: "Мей заявила, що не ...").
        anchor, nouns = anchor + 1, (nouns[1] if anchor + 1 == end else False, nouns[1])
    parties = _titled_persons(tokens, parties)
    finder = _Finder(tokens, parties, anchor, end, lang, nouns, clauses)
    finder.etype = entry.type
    args = Arguments()
    actor_roles, recipient_roles = entry.actor, entry.recipient
    if (_passive_participle(tokens[anchor]) and not any(a.pos == "NOUN" for a in tokens[anchor].analyses)
            or lang == "en" and _english_passive(tokens, anchor)):
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
    if args.actor and not args.recipient and entry.type in _TOPIC_TYPES:
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
    if args.recipient and not kept and entry.type in _TOPIC_TYPES:
        # "Барньє запропонував продовжити перехідний період після виходу Британії з ЄС": the
        # phrase found was the actor's own side; the deal's topic names the other.
        kept = finder.topic(args.actor)
        if kept:
            args.rules.append("recipient:topic")
    args.recipient = kept
    args.certainty = min(certainties) if certainties else 0.0
    return args
