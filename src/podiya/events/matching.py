"""Finding triggers: sentence tokens looked up in the trigger lexicon by lemma (multi-word entries with
a few words between their parts), kept when their form fits the entry, and re-read where the form says
more (a short passive with no agent but a court is a conviction; a governing verb takes over the nouns
it governs)."""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..doc import Token
from .arguments import find_arguments
from .clauses import is_infinitive
from .lexicon import Trigger, cue_words, form_fits, load_lexicon, normalize_lemma

_GOVERNED_SPAN = 8                           # "просить власти США, Британии и Канады предоставить"
_MWE_GAP = 5                                 # words allowed between the parts of a multi-word trigger
# Verbs that mean both "condemn" and "convict": their short passive of a person is a conviction.
_CONVICT_VERBS = frozenset({"осудить", "засудити"})


@dataclass
class Match:
    entry: Trigger
    anchor: int                              # token positions in the sentence
    end: int
    positions: tuple[int, ...]
    nouns: tuple[bool, bool] = (False, False)   # first and last word read as nouns (by the matched lemma)


def find_triggers(tokens: list[Token], lexicon) -> list[Match]:
    """Lexicon matches in one sentence, longest phrase first, no token used twice."""
    matches: list[Match] = []
    taken: set[int] = set()
    for i, tok in enumerate(tokens):
        if i in taken:
            continue
        # Dictionary order, so the same reading wins every time ("нападу": noun before verb).
        lemmas = list(dict.fromkeys([normalize_lemma(a.lemma) for a in tok.analyses if a.case != "voct"]
                                    + [normalize_lemma(tok.text)]))
        for lemma in lemmas:
            for entry, phrase in lexicon.candidates(lemma):
                positions = _phrase_positions(tokens, i, phrase)
                if positions is None or taken.intersection(positions):
                    continue
                if len(phrase) == 1 and _active_participle(tok, lemma):
                    continue                  # "протестующих", "обвиняемый": people, not an act
                if not form_fits(tokens, i, positions[-1], entry):
                    continue                  # "беспорядок" (a mess) for a plural-only "беспорядки": the next reading
                tail = tokens[positions[-1]]
                nouns = (_reads_as_noun(tok, phrase[0]), _reads_as_noun(tail, phrase[-1]))
                matches.append(Match(entry, i, positions[-1], positions, nouns))
                taken.update(positions)
                break
            if i in taken:
                break
    return matches


def _short_passive(token: Token, lemma: str) -> bool:
    """Every reading of the token with this lemma is a short passive participle ("осуждена")."""
    readings = [a for a in token.analyses if normalize_lemma(a.lemma) == lemma]
    return bool(readings) and all(a.pos == "PRTS" and "pssv" in a.tags for a in readings)


def _active_participle(token: Token, lemma: str) -> bool:
    """Every reading of the token with this lemma is an active participle or a noun made from one."""
    readings = [a for a in token.analyses if normalize_lemma(a.lemma) == lemma]
    return bool(readings) and all(a.pos == "PRTF" and "pssv" not in a.tags or a.pos == "NOUN" and lemma.endswith(
        ("ющий", "ащий", "ячий", "ючий")) for a in readings) and any(a.pos == "PRTF" for a in readings)


def _reads_as_noun(token: Token, lemma: str) -> bool:
    """The token's reading with this lemma is a noun ("нападу" as "напад", not "напасти")."""
    return any(a.pos == "NOUN" for a in token.analyses if normalize_lemma(a.lemma) == lemma)


def _phrase_positions(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> tuple[int, ...] | None:
    positions = [i]
    j = i
    # A negation binds the next word ("не визнає"); other parts may stand a few words apart.
    gap = 0 if phrase[0] in cue_words("negations") else _MWE_GAP
    for part in phrase[1:]:
        for k in range(j + 1, min(j + 2 + gap, len(tokens))):
            if tokens[k].text in (".", ";", "?", "!"):
                return None
            if part == normalize_lemma(tokens[k].text) or any(normalize_lemma(a.lemma) == part
                                                               for a in tokens[k].analyses):
                positions.append(k)
                j = k
                break
        else:
            return None
    return tuple(positions)


def governing_only(tokens: list[Token], matches: list[Match]) -> list[Match]:
    """Drop an infinitive trigger that is the object of another trigger ("закликав Росію припинити
    вогонь", "призвал закрыть ... и отключить"): the complement is what was asked or promised, not a
    second event. An infinitive governs no infinitive: "были вынуждены закрыть ..., усилить охрану
    ... и отключить связь" coordinates three acts under a verb that is no trigger, so each is kept."""
    governed = complements(tokens, matches)
    dropped = {id(m) for ms in governed.values() for m in ms}
    return [m for m in matches if id(m) not in dropped]


def complements(tokens: list[Token], matches: list[Match]) -> dict[int, list[Match]]:
    """Anchor of each governing trigger -> the infinitive triggers it governs, nearest first
    ("пригрозила ввести санкции": what is threatened says what kind of threat it is and against whom)."""
    def infinitive(m: Match) -> bool:
        return is_infinitive(tokens[m.anchor])

    out: dict[int, list[Match]] = {}
    governors: list[int] = []
    for m in sorted(matches, key=lambda m: m.anchor):
        if infinitive(m):
            near = [a for a in governors if 0 < m.anchor - a <= _GOVERNED_SPAN and not any(
                t.text in (".", ";", "?", "!", "—", "–") for t in tokens[a:m.anchor])]
            if near:
                out.setdefault(near[-1], []).append(m)
                continue
        else:
            governors.append(m.anchor)
    return out


def conviction(tokens, parties, match: Match, lang: str, clauses) -> "Match | None":
    """"Асия Биби была осуждена в 2010 году": a person condemned in the short passive, with no agent
    or a court as agent, is convicted (SANCTION convict), not criticised ("Действия России были
    осуждены Евросоюзом" stays a condemnation)."""
    entry, tok = match.entry, tokens[match.anchor]
    if entry.type != "ACCUSE" or match.end != match.anchor:
        return None
    lemma = next((normalize_lemma(a.lemma) for a in tok.analyses if normalize_lemma(a.lemma) in _CONVICT_VERBS), None)
    if lemma is None or not _short_passive(tok, lemma):
        return None
    guilty = next((e for e in load_lexicon(lang).entries if e.type == "SANCTION" and e.mode == "convict"
                   and e.id.endswith(".guilty")), None)
    if guilty is None:
        return None
    trial = find_arguments(tokens, parties, match.anchor, match.end, guilty, lang, match.nouns, clauses)
    if not trial.recipient or any(p.etype != "PER" for p in trial.recipient) \
            or any(p.sector != "JUD" for p in trial.actor):
        return None
    return replace(match, entry=guilty)
