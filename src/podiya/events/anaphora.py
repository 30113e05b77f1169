"""Parties a sentence names only by a pronoun or a group noun ("він", "його", "сторони"): the person of the
right case and gender the text named last, or the parties of the sentence before."""
from __future__ import annotations

from bisect import bisect_right

from ..doc import Token
from .lexicon import cue_words
from .parties import Party

_NOM, _ACC, _DAT, _ABL = (frozenset({c}) for c in ("nomn", "accs", "datv", "ablt"))
_PERSON_PRONOUNS = {
    "він": _NOM, "вона": _NOM, "його": _ACC | {"gent"}, "її": _ACC | {"gent"}, "йому": _DAT, "їй": _DAT,
    "ним": _ABL, "нею": _ABL, "он": _NOM, "она": _NOM, "его": _ACC | {"gent"}, "её": _ACC | {"gent"},
    "ее": _ACC | {"gent"}, "ему": _DAT, "ей": _DAT | _ABL, "им": _ABL, "he": _NOM, "she": _NOM,
    "him": _ACC, "her": _ACC,
}
_PRONOUN_GENDER = {w: "masc" for w in ("він", "його", "йому", "ним", "он", "его", "ему", "им", "he", "him")}
_PRONOUN_GENDER.update({w: "femn" for w in ("вона", "її", "їй", "нею", "она", "её", "ее", "ей", "she", "her")})
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def entity_positions(tokens: list[Token], s_mentions) -> dict[int, str]:
    out: dict[int, str] = {}
    for start, end, entity, _ in s_mentions:
        for i, tok in enumerate(tokens):
            if tok.start >= start and tok.end <= end:
                out[i] = entity.id
    return out


def anaphors(tokens: list[Token], parties: list[Party], previous: list[Party],
             persons: list[tuple[int, Party, str | None]]) -> list[Party]:
    """"обидві сторони"/"лідери" -> the last event's parties; "він"/"її"/"йому" -> the person
    named last before it (a coded PER mention)."""
    taken = {i for p in parties for i in range(p.first, p.last + 1)}
    starts = [person[0] for person in persons]
    out = []
    for i, tok in enumerate(tokens):
        if i in taken:
            continue
        low = tok.text.lower()
        lemmas = {a.lemma for a in tok.analyses}
        if previous and lemmas & cue_words("group_anaphors") and any(a.case == "nomn" and a.number == "plur" for a in tok.analyses):
            for p in previous:
                out.append(Party(i, i, p.country, p.sector, p.entity, p.name, frozenset({"nomn"}), None, "anaphor"))
            continue
        cases = _PERSON_PRONOUNS.get(low)
        if cases is None or not persons:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        last = i
        # Only the genitive forms are also possessives ("його рішення"); "їй притулок" is a dative.
        if nxt is not None and "gent" in cases and any(a.pos in ("NOUN", "ADJF") for a in nxt.analyses):
            if i + 1 in taken or not {a.lemma for a in nxt.analyses if a.pos == "NOUN"} & cue_words("plan_nouns"):
                continue                      # "його рішення": a possessive, not a party
            # "проти її плану", "против его плана": the owner of a plan stands for it, like "плана Мэй".
            cases, last = frozenset(a.case for a in nxt.analyses if a.pos == "NOUN" and a.case), i + 1
        k = bisect_right(starts, tok.start) - 1
        wanted = _PRONOUN_GENDER.get(low)
        while k >= 0 and wanted and persons[k][2] and persons[k][2] != wanted:
            k -= 1                            # "он" skips "Хиллари Клинтон" back to "Трамп"
        if k < 0:
            continue
        person = persons[k][1]
        if not person.country:
            continue
        prep = tokens[i - 1].text.lower() if i > 0 and any(a.pos == "PREP" for a in tokens[i - 1].analyses) else None
        out.append(Party(i, last, person.country, person.sector, person.entity, person.name, cases, prep,
                         "anaphor", "PER"))
    return out


def entity_gender(tokens: list[Token], token_starts: list[int], entity) -> str | None:
    """The one gender the name words of an entity's mentions show, or None (none known, or both);
    where the names show none ("Мишель" is a man's or a woman's name), the one gender of the past-tense
    verbs these mentions are the subject of ("Мишель Обама ... говорила")."""
    genders = {_gender(tokens, token_starts, m.start, m.end) for m in entity.mentions} - {None}
    if not genders:
        genders = {_predicate_gender(tokens, token_starts, m.start, m.end) for m in entity.mentions} - {None}
    return genders.pop() if len(genders) == 1 else None


_PREDICATE_WINDOW = 6       # tokens after a mention in which its verb may follow ("Обама «должно быть, говорила")


def _predicate_gender(tokens: list[Token], token_starts: list[int], start: int, end: int) -> str | None:
    """The gender of the first past-tense verb after a nominative mention, in its sentence, before any
    other nominative noun could be that verb's subject."""
    k = bisect_right(token_starts, end - 1)
    if k == 0 or not any(a.case == "nomn" for a in tokens[k - 1].analyses):
        return None
    sent = tokens[k - 1].sent
    for tok in tokens[k:k + _PREDICATE_WINDOW]:
        if tok.sent != sent:
            return None
        if tok.analyses and all(a.pos == "VERB" for a in tok.analyses):
            genders = {a.gender for a in tok.analyses if a.gender in ("masc", "femn")}
            return genders.pop() if len(genders) == 1 else None
        if tok.text[:1].isupper() or any(a.pos == "NOUN" and a.case == "nomn" for a in tok.analyses):
            return None
    return None


def _gender(tokens: list[Token], token_starts: list[int], start: int, end: int) -> str | None:
    """A person's grammatical gender from the name words of the mention, when the dictionary knows it."""
    lo = bisect_right(token_starts, start - 1)
    for tok in tokens[lo:]:
        if tok.start >= end:
            break
        genders = {a.gender for a in tok.analyses if a.gender in ("masc", "femn") and a.tags & _NAME_TAGS}
        if len(genders) == 1:
            return genders.pop()
    return None
