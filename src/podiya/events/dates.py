"""An event's date: the time governing the trigger's clause (times layer) unless it belongs to a report,
a dateline, a byline, a limit or another clause; else the day of a statement the actor's side makes just
after it, or the day the text gives for the same happening elsewhere (see stage.py for the order)."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..doc import Doc, Token
from ..schema import Event, TimeExpr
from .lexicon import cue_words
from .modality import cues
from .parties import Party

_STATEMENT_AFTER = 3                         # sentences a speaker's dated statement may follow the act
_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")   # a year, a month or a day (not a week or a season)
_CLOCK_AFTER = re.compile(r"\s*,?\s*\d{1,2}:\d{2}\b")
_QUOTE_OPEN = re.compile(r":\s*[\"«„“]")       # a quotation opened between a time and the trigger
_BYLINE_FIELD = re.compile(r"\s*[/|]")          # a time standing alone between the bars of a byline
_BYLINE_BEFORE = re.compile(r"[/|]\s*$")


def share_dates(events: list[Event], symmetric: set[int]) -> None:
    """An event whose own sentence gives no time takes the day the text gives for the same
    happening elsewhere (GUIDE, "Points settled"): another event of the same type between the same
    sides, dated by its own sentence, before or after it ("Зустріч Алієва та Путіна" in the title,
    "зустрілися 9 жовтня" in the lead). Only a happening told as real lends its day to one told as
    real, and only when every such mention gives the same day (two dated meetings of one pair are
    two happenings, and the undated one could be either)."""
    def sides(event: Event, swapped: bool = False) -> tuple[frozenset, frozenset]:
        actor = frozenset(p.country for p in event.actor)
        recipient = frozenset(p.country for p in event.recipient)
        return (recipient, actor) if swapped else (actor, recipient)

    def real(event: Event) -> bool:
        return event.modality in ("asserted", "reported")

    own = [e for e in events if e.date is not None and not any(r.startswith("date:") for r in e.why["rules"])]
    for event in events:
        if event.date is not None or not real(event):
            continue
        keys = {sides(event)} | ({sides(event, True)} if id(event) in symmetric else set())
        days = {e.date for e in own if e is not event and e.type == event.type and real(e) and sides(e) in keys}
        if len(days) == 1:
            event.date = days.pop()
            event.why["rules"].append("date:same-happening")


def event_date(doc: Doc, tokens, clauses, anchor, s_times: list[TimeExpr], wanted: set[int],
               speakers: frozenset[int] = frozenset()) -> str | None:
    """The time governing the trigger's clause (the times layer decides when it offers a rule).
    A speech act told in a clause of its own side's speaker's statement ("ЄС підтримує ..., заявив у
    понеділок Барньє") happened when the statement was made, so the statement's time is the act's."""
    try:
        from ..times.stage import governing_time
    except ImportError:
        governing_time = None
    tok = tokens[anchor]
    if governing_time is not None and not wanted - {clauses[anchor]}:
        found = governing_time(doc, tok.start, tok.end)
        if found is None:
            return None
        # A time next to a reporting verb dates the report ("..., повідомляє в неділю телеканал",
        # "Сегодня появились сообщения, что ...").
        at = next((i for i, t in enumerate(tokens) if t.end > found.start), anchor)
        lo, hi = sorted((at, anchor))
        speech = cues(doc.lang or "uk").speech_verbs | cue_words("reporting")
        window = tokens[max(0, lo - 2):hi + 3] if at > anchor else tokens[lo:hi]
        # A time before a speech verb whose own clause holds the trigger dates a statement that is
        # the act ("Дэвис накануне заявил о своем уходе из-за несогласия с планом Мэй"); so does the
        # time of a statement by the actor's own side ("ЄС підтримує ..., заявив у понеділок Барньє")
        # unless an outlet's report stands between them.
        time_in_own_clause_before = at < anchor and clauses[at] == clauses[anchor]
        own_side_speaks_then = any(clauses[i] != clauses[anchor] and (clauses[i] == clauses[at] or at > anchor and i > at)
                                   for i in speakers)
        report_between = any(a.lemma in cue_words("reporting") for t in tokens[lo:hi + 1] for a in t.analyses)
        own_statement = time_in_own_clause_before or (own_side_speaks_then and not report_between)
        if any(a.lemma in speech and a.pos == "VERB" and not own_statement
               or a.lemma in cue_words("report_nouns") and a.pos == "NOUN" for t in window for a in t.analyses):
            return None
        if _CLOCK_AFTER.match(doc.text, found.end) or _BYLINE_FIELD.match(doc.text, found.end) \
                and _BYLINE_BEFORE.search(doc.text, max(0, found.start - 3), found.start):
            return None                       # "18 листопада, 23:08 Роздрукувати ...", "... / 20.12.16 / Москва": a dateline
        if at and tokens[at - 1].text.lower() in cue_words("until"):
            return None                       # "продовжити перехідний період до грудня 2022 року": a limit
        if past_verb(tok) and doc.article.date and _CALENDAR.match(found.value or "") \
                and found.value > doc.article.date[:len(found.value)]:
            return None                       # "оправдали через 8 лет": a past act is never dated after its article
        if at > anchor and clauses[at] != clauses[anchor] and relative_clause(tokens, clauses, anchor):
            # "..., якій суд скасував вирок, у неділю попросив": a time after a relative clause is
            # the resumed main clause's ("Вчера выступил Хан, который осудил" keeps its "вчера").
            return None
        return found.value
    best, best_distance = None, None
    for t in s_times:
        positions = [i for i, x in enumerate(tokens) if x.start >= t.start and x.end <= t.end]
        if not positions or clauses[positions[0]] not in wanted or t.value is None:
            continue
        distance = min(abs(i - anchor) for i in positions)
        if best_distance is None or distance < best_distance:
            best, best_distance = t.value, distance
    return best


def quoting_third_party(doc: Doc, tokens: list[Token], anchor: int, s_times: list[TimeExpr],
                        actor: list[Party]) -> bool:
    """The trigger stands in a quotation opened after the sentence's times, and its actor is named
    inside the quotation: the speaker relays someone else's act, and the day is the speaker's."""
    start = tokens[anchor].start
    before = [t for t in s_times if t.end <= start]
    if not before or not actor or any(p.first < 0 for p in actor):
        return False
    opened = _QUOTE_OPEN.search(doc.text, max(t.end for t in before), start)
    return opened is not None and all(tokens[p.first].start > opened.start() for p in actor)


@dataclass(frozen=True)
class _Statement:
    """A sentence that tells a statement and gives one day: the day a speech act told a little
    before it was made."""
    index: int
    day: str
    speakers: frozenset[str]                 # entities named right next to a speech verb or noun
    attributes_previous: bool                # opens with "Про це", "Свою заяву": about the sentence before


class Statements:
    """The dated statements of a document, read per sentence when first asked for."""

    def __init__(self, by_sentence: dict[int, list[Token]], days: dict[int, set[str]], mentions,
                 mention_starts: list[int], lang: str):
        self.by_sentence, self.days, self.mentions, self.mention_starts = by_sentence, days, mentions, mention_starts
        self.speech, self.report_words = cues(lang).speech_verbs, cue_words("reporting") | cue_words("report_nouns")
        self.read: dict[int, _Statement | None] = {}

    def day_of(self, index: int, actor: list[Party]) -> tuple[str, str] | None:
        """(day, rule) for a speech act of sentence `index` by `actor`: the day of the sentence right
        after it when that one attributes it ("Барньє запропонував ..." + "Про це Барньє заявив ...
        18 листопада"), else of the first statement a little later by its one named person
        ("Сальвини предложил помощь ..." + "..., заявил Сальвини 6 ноября")."""
        following = [self.statement(j) for j in range(index + 1, index + 1 + _STATEMENT_AFTER)]
        if following[0] is not None and following[0].attributes_previous:
            return following[0].day, "date:attribution-after"
        if len(actor) != 1 or actor[0].entity is None or actor[0].etype != "PER":
            return None
        return next(((s.day, "date:statement-after") for s in following
                     if s is not None and actor[0].entity in s.speakers), None)

    def statement(self, index: int) -> _Statement | None:
        if index not in self.read:
            days, tokens = self.days.get(index, set()), self.by_sentence.get(index, [])
            self.read[index] = None if len(days) != 1 else _Statement(
                index, next(iter(days)), self._speakers(tokens),
                len(tokens) >= 3 and f"{tokens[0].text.lower()} {tokens[1].text.lower()}"
                in cue_words("attribution_openers"))
        return self.read[index]

    def _speakers(self, tokens: list[Token]) -> frozenset[str]:
        """People named within two words of a speech verb or a statement noun of the sentence
        ("заявил Сальвини", "Барньє заявив", "Свою заяву Барньє зробив"). A report by an outlet
        ("повідомляє в неділю телеканал") names no speaker of the act."""
        if not tokens or any(a.lemma in self.report_words for t in tokens for a in t.analyses):
            return frozenset()
        spoken = [i for i, t in enumerate(tokens) if any(
            a.lemma in self.speech and a.pos in ("VERB", "NOUN") or a.lemma in cue_words("statement_nouns")
            for a in t.analyses)]
        ends = [t.end for t in tokens]
        lo = bisect_right(self.mention_starts, tokens[0].start - 1)
        hi = bisect_right(self.mention_starts, tokens[-1].end - 1)
        return frozenset(entity.id for start, _, entity, _ in self.mentions[lo:hi] if entity.type == "PER"
                         and any(abs(bisect_right(ends, start) - i) <= 2 for i in spoken))


def continues_speaker(actor: list[Party], prior: tuple[set[str], set[str]]) -> bool:
    """"Він також попросив ..." right after a sentence that names the same person and gives one
    day ("..., сказав Ашик Масіх у відеозверненні, поширеному 4 листопада"): a pronoun subject
    goes on telling that person's act of that day."""
    named, days = prior
    return len(days) == 1 and len(actor) == 1 and actor[0].source == "anaphor" and actor[0].etype == "PER" \
        and actor[0].entity is not None and actor[0].entity in named


def sentence_index(doc: Doc):
    """Offset -> index of the sentence holding it."""
    starts = [s for s, _ in doc.sentences]
    return lambda offset: bisect_right(starts, offset) - 1


def present_verb(token: Token) -> bool:
    """A finite verb in the present or future ("Польща визнає", "Іспанія вимагає"): a standing
    position, not a step of the exchange just told, so it takes no counterpart from the context."""
    verbs = [a for a in token.analyses if a.pos == "VERB"]
    return bool(verbs) and all("pres" in a.tags or "futr" in a.tags for a in verbs)


def relative_clause(tokens: list[Token], clauses: list[int], anchor: int) -> bool:
    """The trigger's clause opens with a relative pronoun ("якій суд скасував вирок")."""
    start = anchor
    while start > 0 and clauses[start - 1] == clauses[anchor]:
        start -= 1
    words = tokens[start:anchor]
    return any(t.text.lower() in cue_words("relative_words") or any(a.lemma in cue_words("relative_words") for a in t.analyses)
               for t in words[:2])


def past_verb(token: Token) -> bool:
    """A finite verb in the past ("визнав"): an act told in sequence, which takes the day of the
    last dated act between the same sides; nouns and present tense are background."""
    return any(a.pos == "VERB" and "past" in a.tags for a in token.analyses)
