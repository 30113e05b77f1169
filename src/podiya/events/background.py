"""Triggers that tell no act of their own: an aim ("щоб укласти угоду"), a negated condition ("якщо ... не
укладуть"), a protest that only dates or ends another act, and a protest restated a sentence or two later."""
from __future__ import annotations

from ..doc import Token
from ..schema import Event
from .lexicon import cue_words
from .matching import Match

_RESTATED_WITHIN = 2                         # sentences
_PLAN_WINDOW = 6                             # words from the trigger to the plan noun


def names_plan(tokens: list[Token], clauses: list[int], match: Match) -> bool:
    """The trigger's clause names a plan or deal a few words after it ("підтримав проект угоди",
    "несогласие с планом премьера") or right before it ("Незгоду з угодою висловили")."""
    nouns = cue_words("plan_nouns")
    clause = clauses[match.anchor]
    near = range(max(0, match.anchor - 3), min(len(tokens), match.end + 1 + _PLAN_WINDOW))
    # "не підтримає Brexit без угоди": a deal that is not there is no deal taken a stance on.
    return any(clauses[i] == clause and any(a.lemma in nouns for a in tokens[i].analyses)
               and not (i and tokens[i - 1].text.lower() in cue_words("without")) for i in near)


def restated_protest(event: Event, events: list[Event], index: int) -> bool:
    """"Протести пішли на спад" right after "спалахнули протести": protests with no named
    protesters, one or two sentences after a protest in the same country, are the same happening
    told again (a title and its lead are both kept: the title is sentence 0)."""
    if event.type != "PROTEST" or "actor:implied-home" not in event.why["rules"]:
        return False
    country = event.actor[0].country if event.actor else None
    return any(e.type == "PROTEST" and 0 < e.sentence and index - e.sentence <= _RESTATED_WITHIN
               and e.actor and e.actor[0].country == country for e in events)


def own_clauses(tokens: list[Token], clauses: list[int], anchor: int) -> list[Token]:
    """The trigger's clause and a relative clause right after it ("протесты исламистов, которые
    недовольны решением суда"), not the other clauses of the sentence."""
    own = clauses[anchor]
    wanted = {own}
    following = [i for i in range(anchor + 1, len(tokens)) if clauses[i] == own + 1]
    if following and (tokens[following[0]].text.lower() in cue_words("relative_words")
                      or any(a.lemma in cue_words("relative_words") for a in tokens[following[0]].analyses)):
        wanted.add(own + 1)
    return [t for i, t in enumerate(tokens) if clauses[i] in wanted]


def in_clause_of(tokens: list[Token], clauses: list[int], anchor: int, words: frozenset[str]) -> bool:
    """The trigger stands in a clause opened by one of `words` ("Если лидеры не перестанут
    призывать ...", "щоб укласти угоду")."""
    return any(clauses[i] == clauses[anchor] and tokens[i].text.lower() in words for i in range(anchor))


def protest_background(tokens: list[Token], clauses: list[int], anchor: int) -> bool:
    """A protest noun that is said to end ("беспорядки прекратились", "протести вдалося припинити")
    or that only dates another act ("Після протестів ісламістів її справу переглянуть")."""
    if anchor and tokens[anchor - 1].text.lower() in cue_words("background_preps"):
        return True
    near = range(max(0, anchor - 4), min(len(tokens), anchor + 5))
    return any(clauses[i] == clauses[anchor] and any(a.lemma in cue_words("cease") for a in tokens[i].analyses)
               and not _demanded(tokens, i) for i in near)


def _demanded(tokens: list[Token], i: int) -> bool:
    """An infinitive hanging on a noun ("протести з вимогою припинити війну") is what the crowd
    wants, not the protest ending ("протести вдалося припинити" hangs on a verb)."""
    infinitive = [a.pos == "INFN" or "infn" in a.tags or "INFN" in a.tags for a in tokens[i].analyses]
    if not infinitive or not all(infinitive) or i == 0:
        return False
    return any(a.pos == "NOUN" for a in tokens[i - 1].analyses) and not any(
        a.pos in ("VERB", "PRED", "ADVB") for a in tokens[i - 1].analyses)
