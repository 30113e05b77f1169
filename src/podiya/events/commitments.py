"""Acts told as promised, offered or threatened: their type is that of the commitment (PLOVER).

A side that declares itself ready to do a cooperative act makes an offer ("Франция готова
предоставить Биби убежище", GUIDE: an offer of asylum is AGREE, not AID); one ready, promising or
threatening to do a coercive act makes a threat ("Мэй готова уволить министра", "пообещал ввести
санкции", "пригрозила атаковать Киев": THREATEN, its mode saying what is threatened). The act
itself has not happened, so it is not coded as the act. A promise or threat verb whose own
recipient slot is empty ("пригрозила атаковать Киев", "пообіцяла допомогти Сербії") takes the
recipient of the act it governs. Force or repression a side announces it will use ("Росія заявила,
що атакуватиме Київ") is a threat made when it is said (plover.md: THREATEN, mode violence).
"""
from __future__ import annotations

from dataclasses import replace

from ..doc import Token
from .clauses import is_infinitive
from .lexicon import Trigger, cue_words, normalize_lemma
from .modality import cues

# Material acts a side may offer (AGREE) or threaten (THREATEN) to do.
_OFFERED = frozenset({"AID", "COOPERATE", "RETREAT"})
_THREATENED = frozenset({"ASSAULT", "COERCE", "SANCTION"})
_ANNOUNCED_THREATS = frozenset({"ASSAULT", "COERCE"})
# PLOVER's THREATEN modes for what is threatened (plover.md): violence, arrest, restrict, expel, relations.
_COERCE_MODES = {"arrest": "arrest", "deport": "expel"}
_SANCTION_MODES = {"expel": "expel", "withdraw": "relations", "discontinue": "relations"}
# Governors whose empty recipient the governed act fills.
_COMMITMENT_TYPES = frozenset({"AGREE", "THREATEN"})
_WINDOW = 2                                  # "готова немедленно уволить": one word between at most


def threat_mode(act: Trigger) -> str:
    if act.type == "ASSAULT":
        return "violence"
    if act.type == "COERCE":
        return _COERCE_MODES.get(act.mode or "", "restrict")
    return _SANCTION_MODES.get(act.mode or "", "restrict")


def as_commitment(entry: Trigger, kind: str) -> Trigger:
    """The entry re-read as an offer (kind AGREE) or a threat of its act (kind THREATEN)."""
    if kind == "THREATEN":
        return replace(entry, type="THREATEN", mode=threat_mode(entry), symmetric=False)
    return replace(entry, type="AGREE", mode=None, symmetric=False)


def readiness(tokens: list[Token], anchor: int, entry: Trigger) -> Trigger | None:
    """"готов предоставить убежище", "готова уволить": an infinitive act right after a word of
    readiness is offered or threatened, not done. None when the rule does not apply."""
    if entry.type not in _OFFERED | _THREATENED or not is_infinitive(tokens[anchor]):
        return None
    ready = cue_words("readiness")
    for i in range(anchor - 1, max(-1, anchor - 1 - _WINDOW), -1):
        if tokens[i].text in (",", ".", ";", ":", "—", "–", "-"):
            return None
        if any(normalize_lemma(a.lemma) in ready for a in tokens[i].analyses) \
                or normalize_lemma(tokens[i].text) in ready:
            return as_commitment(entry, "THREATEN" if entry.type in _THREATENED else "AGREE")
    return None


def governed_commitment(entry: Trigger, act: Trigger) -> Trigger | None:
    """A promise or offer verb governing a coercive act is a threat ("пообещал ввести санкции"); a
    threat verb takes its mode from what it threatens ("пригрозила атаковать": violence)."""
    if entry.type == "AGREE" and act.type in _THREATENED:
        return replace(entry, type="THREATEN", mode=threat_mode(act), symmetric=False)
    if entry.type == "THREATEN" and entry.mode is None and act.type in _THREATENED:
        return replace(entry, mode=threat_mode(act))
    return None


def borrows_recipient(entry: Trigger, act: Trigger, has_recipient: bool) -> bool:
    """The governed act names the other side of a promise or threat that names none itself; the
    side a threat is aimed at is the threatened act's object even when the verb has an addressee
    ("пообещали Украине ввести санкции против России": the threat is against Russia)."""
    if entry.type not in _COMMITMENT_TYPES or act.type not in _OFFERED | _THREATENED:
        return False
    return not has_recipient or entry.type == "THREATEN" and act.type in _THREATENED


def announced_threat(tokens: list[Token], anchor: int, entry: Trigger, future: bool,
                     own_speakers: frozenset[int], lang: str) -> Trigger | None:
    """"Росія заявила, що атакуватиме Київ": force or repression its own side announces for the
    future is a threat made now (THREATEN), not the act; told by anyone else it stays a planned act.
    Sanctions announced are left as planned sanctions: an announcement often fixes them ("з понеділка
    запровадить"), while a promise or threat verb makes them a threat (governed_commitment)."""
    if entry.type not in _ANNOUNCED_THREATS or not future:
        return None
    verbs = cues(lang).speech_verbs
    said = [i for i in range(anchor) if any(a.lemma in verbs for a in tokens[i].analyses)]
    if said and any(p < said[-1] for p in own_speakers):
        return as_commitment(entry, "THREATEN")
    return None
