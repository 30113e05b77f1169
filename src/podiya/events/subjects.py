"""Subject and speaker rules of the role finder: the speaker of the statement or quote the trigger stands in
("Она подчеркнула, что ...", "..., — заявив він"), a subject outside the trigger's clause (the antecedent
of a relative clause, the main subject of a second predicate), the genitive owner of a title or of a
counted noun opening the clause ("27 міністрів країн ЄС"), an appositive person, and tests for first-person
and indefinite subjects."""
from __future__ import annotations

from .clauses import BOUNDARIES, genitive_word, is_relative, is_verbal
from .parties import Party
from .words import AND as _AND, THAT as _THAT

_OPINION = frozenset({"считать", "вважати", "полагать", "believe", "think", "вывод", "висновок", "conclude"})
_QUANTITY = frozenset({"частина", "більшість", "половина", "часть", "большинство", "ряд", "група",
                       "группа", "десятки", "сотні", "сотни", "кілька", "несколько", "many", "most"})
_FIRST_PERSON = frozenset({"я", "ми", "мы", "i", "we"})


class SubjectRules:
    """Rules of `_Finder` (arguments.py), which mixes them in: they read its tokens, anchor, clauses
    and parties."""

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
            if len(words) > 4 or any(is_verbal(t) for t in words):
                return start
            j = first
        return start

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
                    or is_verbal(tok) and not any(a.pos == "NOUN" for a in tok.analyses):
                return None
        return None

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
            if any(is_verbal(t) for t in self.tokens[p.last + 1:self.anchor]):
                continue
            return p
        return None

    def _title_head(self, start: int, head: int, owner: int) -> bool:
        """Token `head` is a nominative noun heading a title: adjectives before it from `start`, only
        lower-case genitives between it and the owner at `owner`."""
        return any(a.pos == "NOUN" and a.case == "nomn" for a in self.tokens[head].analyses) \
            and all(any(a.pos in ("ADJF", "PRTF") for a in t.analyses) for t in self.tokens[start:head]) \
            and all(t.text[:1].islower() and genitive_word(t) for t in self.tokens[head + 1:owner])

    def _owner_after(self, head: Party, bare: list[Party]) -> Party | None:
        """A coded genitive party right after `head`, over genitive words and numbers only."""
        for p in sorted(bare, key=lambda p: p.first):
            if head.last < p.first <= head.last + 6 and "gent" in p.cases and p.source != "implied" \
                    and p.country != head.country \
                    and all(genitive_word(t) or t.text.isdigit() or any(a.pos == "NPRO" and a.case == "gent"
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
            if len(words) > 6 or any(is_verbal(t) or t.text in BOUNDARIES or any(a.pos == "PREP" for a in t.analyses)
                                     for t in words):
                continue                          # "В 2010 году Асию признали": a date, not a count
            for k, t in enumerate(words):
                counted = t.text.isdigit() or t.text.lower() in _QUANTITY \
                    or any(a.pos == "NUMR" or a.lemma in _QUANTITY for a in t.analyses)
                if counted and any(a.pos == "NOUN" and a.case == "gent" and a.number == "plur"
                                   for a in self.tokens[start + k + 1].analyses):
                    return p
        return None

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

    def _plural_verb(self) -> bool:
        verbs = [a for a in self.tokens[self.anchor].analyses if a.pos == "VERB"]
        return bool(verbs) and all(a.number == "plur" for a in verbs)

    def _relative_subject(self) -> bool:
        """The trigger's clause opens with a relative word in the nominative ("который", "яка")."""
        start = self.clause_start()
        tok = self.tokens[start]
        return start < self.anchor and is_relative(tok) and tok.text.lower() not in ("что", "що", "that") \
            and any(a.case == "nomn" for a in tok.analyses)

    def _subject_outside_clause(self, free: list[Party]) -> Party | None:
        """Relative clause -> the antecedent before it; else the nearest nominative in an earlier clause."""
        start = self.clause_start()
        if start < len(self.tokens) and self.tokens[start].text.lower() in _THAT and start >= 2 \
                and not any(p.last == start - 2 for p in free) and is_verbal(self.tokens[start - 2]):
            # "Бенкс визнав, що передав послу ...": "що" after a verb opens its complement, whose
            # unnamed subject is the subject of that verb (a relative "що" follows its noun).
            return self._verb_subject(start - 2, free)
        if start < len(self.tokens) and is_relative(self.tokens[start]):
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
                    if p.last <= k - 2 and all(i in inside or genitive_word(self.tokens[i])
                                               for i in range(p.last + 1, k - 1)):
                        return p
        # Only the sentence's main subject: the first nominative party, with no other verb clause
        # introduced by a relative word between it and the trigger.
        first = min(earlier, key=lambda p: p.first)
        between = self.tokens[first.last + 1:start]
        if any(is_relative(t) for t in between) and not self._second_predicate(start, first) \
                and not self._agrees(first):
            # "Рада ЄС ..., які залишаються в блоці, в понеділок підтримала": past the relative
            # clause, a verb that agrees in gender and number with the main subject is its own.
            return None
        return first

    def main_subject(self) -> Party | None:
        """The sentence's first nominative party before the trigger, when no relative clause or
        other side stands between them."""
        free = [p for p in self.free() if p.prep is None and "nomn" in p.cases and p.last < self.anchor
                and p.source != "adjective"]
        if not free or self.noun_attribute():
            return None                           # "позиция Лондона на переговорах с ЕС": a noun's attribute
        first = min(free, key=lambda p: p.first)
        if any(is_relative(t) and t.text.lower() not in _THAT for t in self.tokens[first.last + 1:self.anchor]):
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
