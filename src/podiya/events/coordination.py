"""Coordinated parties: a party with those joined to it by і/та/and or commas, to the right and to the
left, under the same preposition and in the same case ("до прем'єр-міністерки Терези Мей, президента США
та прем'єра Канади"); the speaker closing a sentence ("..., Zelensky said") is not one of them."""
from __future__ import annotations

from ..doc import Token
from .clauses import analysed_cases, case_agree, is_adjective
from .modality import speech_verb_lemmas
from .parties import Party
from .words import CONJUNCTIONS as _CONJ, COORDINATORS as _COORD



def coordinated(party: Party, parties: list[Party], tokens: list[Token], used: set[int]) -> list[Party]:
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
        if j not in by_first and j < len(tokens) and j > cur.last + 1 and is_adjective(tokens[j]):
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
            and "gent" in analysed_cases(tokens[cur.last])
        # "до прем'єр-міністерки Терези Мей, президента США та прем'єра Канади": one preposition
        # governs the list; the later members agree with the first in case.
        shares_prep = nxt is not None and party.prep is not None and nxt.prep is None \
            and bool(party.cases & nxt.cases - {"nomn"})
        if nxt is not None and _speaker_of_sentence(tokens, nxt):
            break                                # "Russia may attack Lithuania, Zelensky said": the speaker
        if nxt is None or not joined(range(cur.last + 1, j)) or id(nxt) in used \
                or nxt.prep != party.prep and not (shares_head or shares_prep) \
                or not (shares_head or case_agree(cur, nxt)):
            break
        group.append(nxt)
        cur = nxt
    cur = party
    while True:                                  # to the left: "Україна та Польща підписали"
        j = cur.first - 1
        skipped_adjective = j >= 0 and is_adjective(tokens[j])
        if skipped_adjective:
            j -= 1                               # "Порошенко і новообраний Президент США"
        top = j
        while j >= 0 and top - j < 2 and tokens[j].text.lower() in _COORD:
            j -= 1
        if skipped_adjective and not all(tokens[k].text.lower() in _CONJ for k in range(j + 1, top + 1)):
            break                                # over an adjective, only a real conjunction joins
        prev = by_last.get(j)
        if prev is None or not joined(range(j + 1, top + 1)) or id(prev) in used or prev.prep != party.prep \
                or not case_agree(prev, cur):
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
