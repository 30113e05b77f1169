"""How an event is stated: asserted, reported (and by whom), future, hypothetical, question, negated.

Cues come from data/modality.toml. They are read in the trigger's clause (negation right before
the trigger, modal and intent words before it) and in the sentence (a question mark that ends an
interrogative sentence, "за словами X", "X заявив, що ..."). The first modality that applies wins:
question > negated > hypothetical > future > reported > asserted. A denial verb's "що/что/that"
clause is negated ("заперечив, що", "опроверг, что", "denied that"); "would" after a speech verb is
the future of a statement ("said it would"), not a condition; a speaker after the clause ("...,
сказал РБК эксперт", "..., Zelensky said") makes it reported (stage.py: asserted when the speaker is
the event's actor).
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..doc import Token
from ..errors import DataFileError

# Auxiliaries that mark the future only in a future form ("буде", not "було") or before an infinitive.
_AUX = frozenset({"бути", "быть", "мати"})


@dataclass(frozen=True)
class Cues:
    negation: frozenset[str]
    hypothetical: frozenset[str]
    future: frozenset[str]
    reported_phrases: tuple[tuple[str, ...], ...]
    speech_verbs: frozenset[str]
    hedges: frozenset[str] = frozenset()     # adjectives that make a noun hypothetical ("можливі заворушення")
    denials: frozenset[str] = frozenset()    # "заперечив, що ...": what follows did not happen
    reported_future: frozenset[str] = frozenset()   # "said it would": the future seen from a past statement


@lru_cache(maxsize=4)
def cues(lang: str) -> Cues:
    path = "podiya/events/data/modality.toml"
    data = tomllib.loads(files("podiya.events").joinpath("data", "modality.toml").read_text(encoding="utf-8"))
    if lang not in data:
        lang = "uk" if lang not in ("ru", "en") else lang
    table = data.get(lang)
    needed = ("negation", "hypothetical", "future", "reported_phrases", "speech_verbs")
    if table is None or any(k not in table for k in needed):
        raise DataFileError(path, None, f"section [{lang}] needs the lists {', '.join(needed)}")
    return Cues(frozenset(table["negation"]), frozenset(table["hypothetical"]), frozenset(table["future"]),
                tuple(tuple(p.split()) for p in table["reported_phrases"]), frozenset(table["speech_verbs"]),
                frozenset(table.get("hedges", ())), frozenset(table.get("denials", ())),
                frozenset(table.get("reported_future", ())))


@lru_cache(maxsize=1)
def speech_verb_lemmas() -> frozenset[str]:
    """The speech verbs of every language (a name before one that ends the sentence is its speaker)."""
    return frozenset().union(*(cues(lang).speech_verbs for lang in ("uk", "ru", "en")))


@dataclass(frozen=True)
class Modality:
    value: str
    attributed_to: str | None = None     # entity id
    cue: str | None = None


def _lemmas(token: Token) -> set[str]:
    return {a.lemma for a in token.analyses} | {token.text.lower()}


def hedged(tokens: list[Token], clause: list[int], anchor: int, lang: str) -> bool:
    """A hedging adjective (modality.toml `hedges`) right before the noun at `anchor` or as its
    predicate a few words later in its clause: "можливі заворушення", "заворушення малоймовірні"."""
    words = cues(lang).hedges
    near = [i for i in range(max(0, anchor - 2), min(len(tokens), anchor + 4)) if i != anchor]
    return any(clause[i] == clause[anchor] and (tokens[i].text.lower() in words or _lemmas(tokens[i]) & words)
               for i in near)


def modality(tokens: list[Token], anchor: int, clause: list[int], lang: str,
             entity_at: dict[int, str], noun: bool = False) -> Modality:
    """Modality of the trigger at `anchor`; `clause` gives each token's clause number (-1 = boundary),
    `entity_at` maps token positions to entity ids (for the source of a report); `noun` says the
    trigger was read as a noun, which a hedging adjective makes hypothetical."""
    c = cues(lang)
    text_end = [t.text for t in tokens if t.text not in ('"', "»", "“", "”", "'")]
    if text_end and text_end[-1] == "?":
        return Modality("question", cue="?")
    own = clause[anchor]
    before = [i for i in range(max(0, anchor - 8), anchor) if clause[i] == own]
    for i in before[-3:]:
        if tokens[i].text.lower() in c.negation:
            return Modality("negated", cue=tokens[i].text)
    denial = _denied(tokens, anchor, c)
    if denial is not None:
        return Modality("negated", cue=tokens[denial].text)
    for i in before:
        if _lemmas(tokens[i]) & c.hypothetical:
            if tokens[i].text.lower() in c.reported_future and _after_speech_verb(tokens, i, c):
                return Modality("future", cue=tokens[i].text)    # "Israel said it would release"
            return Modality("hypothetical", cue=tokens[i].text)
    if noun and hedged(tokens, clause, anchor, lang):
        return Modality("hypothetical", cue="hedge")
    trigger = tokens[anchor]
    if any("futr" in a.tags for a in trigger.analyses if a.pos in ("VERB",)):
        return Modality("future", cue=trigger.text)
    for i in before:
        lemmas = _lemmas(tokens[i]) & c.future
        if not lemmas:
            continue
        if lemmas <= _AUX:
            is_future_form = any("futr" in a.tags for a in tokens[i].analyses)
            before_infinitive = i + 1 == anchor and any(a.pos == "INFN" or "infn" in a.tags for a in trigger.analyses)
            if not (is_future_form or before_infinitive and "мати" in lemmas):
                continue
        return Modality("future", cue=tokens[i].text)
    return _reported(tokens, anchor, c, entity_at) or Modality("asserted")


def _denied(tokens: list[Token], anchor: int, c: Cues) -> int | None:
    """A denial verb whose "що/что/that" clause holds the trigger ("Росія заперечила, що обстрілювала
    Харків", "Russia denied that it attacked Ukraine"): the event is negated. Position of the verb."""
    for i in range(anchor - 1, max(-1, anchor - 12), -1):
        if tokens[i].text in (".", ";", "?", "!"):
            return None
        if _lemmas(tokens[i]) & c.denials:
            nxt = [t.text.lower() for t in tokens[i + 1:min(anchor, i + 3)]]
            if any(w in ("що", "что", "that") for w in nxt):
                return i
            return None
    return None


def _after_speech_verb(tokens: list[Token], i: int, c: Cues) -> bool:
    """A speech or promise verb a few words before position i ("said it would", "announced that they would")."""
    return any(_lemmas(tokens[k]) & (c.speech_verbs | c.future) for k in range(max(0, i - 4), i))


def _reported(tokens: list[Token], anchor: int, c: Cues, entity_at: dict[int, str]) -> Modality | None:
    words = [t.text.lower() for t in tokens]
    for phrase in c.reported_phrases:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == phrase:
                source = next((entity_at[j] for j in range(i + n, min(i + n + 4, len(tokens))) if j in entity_at), None)
                return Modality("reported", source, " ".join(phrase))
    # "X заявив, що <trigger>": a speech verb before the trigger, followed by a comma and "що/что/that".
    for i in range(anchor - 1, -1, -1):
        if _lemmas(tokens[i]) & c.speech_verbs and i + 2 < len(tokens) and i + 2 <= anchor:
            nxt = words[i + 1:i + 3]
            if "що" in nxt or "что" in nxt or "that" in nxt or "," in nxt:
                source = next((entity_at[j] for j in range(i - 1, max(-1, i - 6), -1) if j in entity_at), None)
                return Modality("reported", source, tokens[i].text)
    # A speaker after the clause: "..., сказал РБК эксперт Иванов", "..., — заявив Макрон", "..., Zelensky
    # said." (stage.py keeps it asserted when the speaker is the event's own actor).
    for i in range(anchor + 1, len(tokens) - 1):
        if tokens[i].text not in (",", "-", "–", "—"):
            continue
        for k in range(i + 1, min(i + 5, len(tokens))):
            if tokens[k].text in (",", ".", ";", "?", "!", "-", "–", "—") and k > i + 1:
                break
            if _lemmas(tokens[k]) & c.speech_verbs:
                rest = [t.text for t in tokens[k + 1:]]
                if len(rest) > 10 or any(t in (",", ";", ":") for t in rest) and len(rest) > 6:
                    break
                source = next((entity_at[j] for j in list(range(k + 1, len(tokens))) + list(range(k - 1, i, -1))
                               if j in entity_at), None)
                return Modality("reported", source, "trailing speaker")
    # A headline quote signed at its end: "ЄС не має наміру ..., - Альтмаєр".
    if len(tokens) >= 3 and tokens[-2].text in ("-", "–", "—") and len(tokens) - 1 in entity_at:
        return Modality("reported", entity_at[len(tokens) - 1], "signed quote")
    return None
