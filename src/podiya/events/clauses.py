"""Clause numbering and the word-class tests the role rules read: a clause ends at punctuation (a comma
between two coordinated parties of one case does not end it); adjectives, prepositions, verbal forms,
passive participles and the English passive are told by their morphological analyses."""
from __future__ import annotations

from ..doc import Token
from .parties import Party
from .words import BE as _BE, CLAUSE_BREAKS, RELATIVE as _RELATIVE

BOUNDARIES = CLAUSE_BREAKS


def clause_ids(tokens: list[Token], parties: list[Party]) -> list[int]:
    """Clause number of every token; a comma between two coordinated parties does not split."""
    firsts = {p.first: p for p in parties}
    lasts = {p.last: p for p in parties}
    ids, current = [], 0
    for i, tok in enumerate(tokens):
        if tok.text in BOUNDARIES and not (tok.text == "," and i - 1 in lasts and i + 1 in firsts
                                          and case_agree(lasts[i - 1], firsts[i + 1])):
            current += 1
            ids.append(-1)
            continue
        ids.append(current)
    return ids


def case_agree(left: Party, right: Party) -> bool:
    """Coordinated parties share a case ("британською асоціацією, Ашіг Масіх" are two phrases)."""
    return not left.cases or not right.cases or bool(left.cases & right.cases)


def analysed_cases(token: Token) -> set[str]:
    return {a.case for a in token.analyses if a.case}


def genitive_word(token: Token) -> bool:
    return any(a.case == "gent" and a.pos in ("NOUN", "ADJF", "PRTF", "NUMR") for a in token.analyses)


def is_adjective(token: Token) -> bool:
    return any(a.pos in ("ADJF", "PRTF") for a in token.analyses) and token.text[:1].islower()


def is_relative(token: Token) -> bool:
    return token.text.lower() in _RELATIVE or any(a.lemma in _RELATIVE for a in token.analyses)


def is_preposition(token: Token) -> bool:
    """"переговорах про вихід Великої Британії": a genitive past a preposition belongs to that
    phrase's noun, not to the trigger."""
    return any(a.pos == "PREP" for a in token.analyses) and token.text[:1].islower()


def is_verbal(token: Token) -> bool:
    return any(a.pos in ("VERB", "INFN", "GRND", "PRTS") for a in token.analyses)


def is_infinitive(token: Token) -> bool:
    return any(a.pos == "INFN" or "infn" in a.tags for a in token.analyses)


def predicate_adjective(token: Token) -> bool:
    """A short adjective used as a predicate ("готов", "намерен"): it takes a subject like a verb."""
    return any(a.pos == "ADJS" for a in token.analyses)


def passive_participle(token: Token) -> bool:
    """A passive participle, or a Ukrainian impersonal "-но/-то" form ("Харків було обстріляно
    російськими військами"): its instrumental is the agent, the noun before it the patient."""
    return any("pssv" in a.tags and a.pos in ("ADJF", "PRTF", "PRTS") or a.pos == "VERB" and "Impe" in a.tags
               and token.text.lower().endswith(("но", "то")) for a in token.analyses)


def english_passive(tokens: list[Token], anchor: int) -> bool:
    """"Navalny was detained by Russian police": a form of "be" right before the verb (an adverb
    between allowed) makes it passive, its "by" phrase the agent and the subject the patient."""
    before = [t.text.lower() for t in tokens[max(0, anchor - 2):anchor]]
    return bool(before) and (before[-1] in _BE or len(before) == 2 and before[0] in _BE and before[1].endswith("ly"))
