"""The "entities" stage: recognize, normalize, link and code the entities of a document.

1. spans: the CRF tagger (uk, ru) or the English rules, made consistent across the document and
   repaired (`consistency`: first names, a place glued to a person, short forms of organisations,
   spans that cannot be names),
   plus knowledge-base names the tagger missed (countries, capitals, organisations, products);
   a media title is PRO, a KB person's full name PER (`gazetteer.output_type`);
2. each mention gets its base form (`normalize.normalize_mention`) and, when the KB knows it,
   its entry; office phrases ("правитель Росії") become mentions of the holder at the article date;
   a lone first name keeps a KB link only when the document backs it (`link.unlink_lone_given_names`);
   a title before a former office holder's name codes that person by their office ("главе Пакистана
   Мамнуну Хусейну" in 2019: PAK GOV);
3. mentions are grouped into entities (`link.group_mentions`) with a name, a key and actor codes
   (an unknown state body without its state takes the document's main state; a demonym found as
   a person is that country's CVL).
Also fills doc.extras["country_adjectives"] = [(start, end, country)] and
doc.extras["entity_of_span"] = {(start, end): entity id} for the events layer.
"""
from __future__ import annotations

import logging
from bisect import bisect_left
from itertools import accumulate
from functools import lru_cache

from ..doc import Doc
from ..schema import Entity, Mention
from ..settings import Settings
from .actors import (acts, code_entity, code_unknown_org, country_adjectives, document_countries, office_mentions,
                     code_state_body, demonym_codes, past_office_day, titled_starts)
from .consistency import (drop_non_names, first_names_are_people, organisation_phrases,
                          short_organisation_names, split_place_and_person)
from .english import english_spans
from .gazetteer import gazetteer_spans, knowledge_base, output_type, sentence_opening_places
from .link import MentionRec, choose_entry, group_mentions, group_name_and_key, unlink_lone_given_names
from .recognize import TAGGED_LANGS, Recognizer

log = logging.getLogger(__name__)


@lru_cache(maxsize=100_000)
def base_form(text: str, lang: str, etype: str) -> str:
    try:
        from .normalize import normalize_mention
    except ImportError:          # the normalizer is optional: fall back to the form itself
        return " ".join(text.split())
    return normalize_mention(text, lang, etype) or text


def merge_gazetteer(spans, kb_spans):
    """Tagger spans, retyped where a KB name covers exactly the same text, plus KB names that
    overlap no tagger span. A KB name that extends tagger spans with more words replaces them
    ("Європейська комісія [з прав людини]" is the Council of Europe's commission, not the EU's):
    the tagger stopped early, and the shorter name would take the wrong entry."""
    spans = _widen_to_kb_names(spans, kb_spans)
    exact = {(s, e): (t, eid) for s, e, t, eid in kb_spans}
    out = []
    for s, e, t in spans:
        kb = exact.get((s, e))
        out.append((s, e, kb[0] if kb and kb[1] else t))
    taken = sorted((s, e) for s, e, _ in spans)
    starts = [s for s, _ in taken]
    for s, e, t, eid in kb_spans:
        i = bisect_left(starts, e)
        if any(ts < e and s < te for ts, te in taken[max(0, i - 3):i + 1]) or not eid:
            continue
        out.append((s, e, t))
    return sorted(out)


def _widen_to_kb_names(spans, kb_spans):
    """Tagger spans, where KB names (with an entry) strictly contain some of them and cut no other
    tagger span, replaced by those KB names."""
    if not kb_spans or not spans:
        return list(spans)
    out = sorted(spans)

    def index(spans):   # starts, and the furthest end of the spans up to each one
        return [sp[0] for sp in spans], list(accumulate((sp[1] for sp in spans), max))

    starts, reach = index(out)
    for ks, ke, kt, eid in kb_spans:
        if not eid:
            continue
        # only the tagger spans that start inside the KB name can be inside it; one that starts
        # before it cuts it when it reaches past its start
        lo, hi = bisect_left(starts, ks), bisect_left(starts, ke)
        inside = [sp for sp in out[lo:hi] if sp[1] <= ke]
        if not inside or any(sp == (ks, ke, sp[2]) for sp in inside):
            continue
        if len(inside) < hi - lo or lo and reach[lo - 1] > ks:
            continue
        out = sorted([sp for sp in out if sp not in inside] + [(ks, ke, kt)])
        starts, reach = index(out)
    return out


class EntityStage:
    name = "entities"
    requires: tuple[str, ...] = ("tokens", "lang")
    provides: tuple[str, ...] = ("entities",)

    def __init__(self, settings: Settings):
        self.settings = settings
        self._recognizer: Recognizer | None = None
        self._warm_up()

    def _warm_up(self) -> None:
        """Load the model and build the KB indexes now, once per process, not inside the first document."""
        from .actors import warm_up as warm_up_offices
        from .gazetteer import warm_up as warm_up_gazetteer
        from .link import warm_up as warm_up_linking

        self._recognizer = Recognizer.load(self.settings.ner_model or None)
        for lang in self.settings.languages or ("uk", "ru", "en"):
            if lang in ("uk", "ru", "en"):
                warm_up_gazetteer(lang)
                warm_up_offices(lang)
        warm_up_linking()

    @property
    def recognizer(self) -> Recognizer:
        if self._recognizer is None:
            self._recognizer = Recognizer.load(self.settings.ner_model or None)
        return self._recognizer

    def spans(self, doc: Doc, lang: str) -> list[tuple[int, int, str]]:
        kb_lang = lang if lang in ("uk", "ru", "en") else "en"
        kb_spans = gazetteer_spans(doc.tokens, kb_lang)
        if lang in TAGGED_LANGS:
            # the tagger needs the same KB names (same tokens, same language): found once
            spans = self.recognizer.spans(doc, kb_spans if doc.lang == kb_lang else None,
                                          self.settings.ner_min_confidence)
            spans = split_place_and_person(doc, first_names_are_people(doc, spans), kb_spans)
            spans = drop_non_names(doc, organisation_phrases(doc, short_organisation_names(doc, spans)))
        else:
            spans = english_spans(doc.tokens)
        # cities and regions that open a sentence, which the tagger's KB features do not see (`sentence_opening_places`)
        openers = sentence_opening_places(doc.tokens, kb_lang, kb_spans) if kb_lang in ("uk", "ru") else []
        return merge_gazetteer(spans, sorted(kb_spans + openers) if openers else kb_spans)

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or self.settings.fallback_language
        tokens = doc.tokens
        text = doc.text
        start_index, _ = doc.token_index()
        mentions = []
        acting: dict[int, bool] = {}
        for start, end, etype in self.spans(doc, lang):
            form = text[start:end]
            base = base_form(form, lang, etype)
            entry = choose_entry(form, base, etype, lang, doc.date)
            etype = output_type(entry, etype, form)
            mentions.append(MentionRec(start, end, form, etype, base, entry.id if entry else None))
            i = start_index.get(start)
            acting[start] = acts(tokens, i) if i is not None else True
        # the titles' reach is read only when a lone first name needs it (few documents)
        mentions = unlink_lone_given_names(mentions, lang, lambda: titled_starts(tokens, lang), text)
        taken = [(m.start, m.end) for m in mentions]
        kb = knowledge_base()
        organisations = [(m.start, m.end) for m in mentions if m.type == "ORG"]
        people_at = {m.start: m for m in mentions if m.type == "PER" and m.kb_id}
        coded_at: dict[str, str] = {}      # KB person -> the day to code them at, when not the article's
        for start, end, holder in office_mentions(tokens, lang, doc.date):
            if any(s <= start and end <= e for s, e in organisations):
                continue      # "Офіс [президента України]": part of an organisation's name, not its holder
            form = text[start:end]
            # "главе Пакистана Мамнуну Хусейну" in 2019: the title names the person after it, as
            # of when they held an office of that country (2013-2018), not the holder at the date.
            gap = len(text[end:end + 3]) - len(text[end:end + 3].lstrip())
            named = people_at.get(end + gap)
            if named is not None and named.kb_id != holder.id:
                person = kb.get(named.kb_id)
                day = past_office_day(person, holder, doc.date)
                if day is None:
                    continue
                coded_at[named.kb_id] = day
                holder = person
            mentions.append(MentionRec(start, end, form, "PER", holder.name(lang), holder.id, kind="office"))
            acting[start] = True
        entities = []
        entity_of_span = {}
        groups = group_mentions(mentions, lang)
        context = document_countries(groups)      # weighs a person's offices when the date is unknown
        for n, group in enumerate(groups, 1):
            name, key = group_name_and_key(group, lang)
            entry = kb.get(group.kb_id) if group.kb_id else None
            country, sector = code_entity(entry, group.type, any(acting.get(m.start, True) for m in group.mentions),
                                          coded_at.get(group.kb_id or "", doc.date), context)
            if entry is None and group.type == "ORG":
                country, sector = code_state_body(code_unknown_org(name, lang), context)
            elif entry is None and group.type == "PER":
                country, sector = demonym_codes(name, lang)
            eid = f"E{n}"
            ms = []
            for m in group.mentions:
                extra = {"kind": m.kind} if m.kind else {}
                ms.append(Mention(start=m.start, end=m.end, text=m.text, base=m.base, **extra))
                entity_of_span[(m.start, m.end)] = eid
            entities.append(Entity(id=eid, type=group.type, name=name, key=key, country=country,
                                   sector=sector, mentions=ms))
        doc.entities = entities
        doc.extras["entity_of_span"] = entity_of_span
        doc.extras["country_adjectives"] = country_adjectives(tokens, lang, taken)
        return doc
