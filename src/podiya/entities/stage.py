"""The "entities" stage: recognize, normalize, link and code the entities of a document.

1. spans: the CRF tagger (uk, ru) or the English rules, made consistent across the document and
   repaired (`consistency`: first names, a place glued to a person, short forms of organisations,
   spans that cannot be names),
   plus knowledge-base names the tagger missed (countries, capitals, organisations, products);
   a media title is PRO, a KB person's full name PER (`gazetteer.output_type`);
2. each mention gets its base form (`normalize.normalize_mention`) and, when the KB knows it,
   its entry; office phrases ("правитель Росії") become mentions of the holder at the article date;
3. mentions are grouped into entities (`link.group_mentions`) with a name, a key and actor codes.
Also fills doc.extras["country_adjectives"] = [(start, end, country)] and
doc.extras["entity_of_span"] = {(start, end): entity id} for the events layer.
"""
from __future__ import annotations

import logging
from bisect import bisect_left
from functools import lru_cache

from ..doc import Doc
from ..schema import Entity, Mention
from ..settings import Settings
from .actors import acts, code_entity, code_unknown_org, country_adjectives, document_countries, office_mentions
from .consistency import (drop_non_names, first_names_are_people, organisation_phrases,
                          short_organisation_names, split_place_and_person)
from .english import english_spans
from .gazetteer import gazetteer_spans, output_type
from .link import MentionRec, choose_entry, group_mentions, group_name_and_key
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
    overlap no tagger span."""
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

        self._recognizer = Recognizer.load(self.settings.ner_model or None)
        for lang in self.settings.languages or ("uk", "ru", "en"):
            if lang in ("uk", "ru", "en"):
                warm_up_gazetteer(lang)
                warm_up_offices(lang)

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
            spans = self.recognizer.spans(doc, kb_spans if doc.lang == kb_lang else None)
            spans = split_place_and_person(doc, first_names_are_people(doc, spans), kb_spans)
            spans = drop_non_names(doc, organisation_phrases(doc, short_organisation_names(doc, spans)))
        else:
            spans = english_spans(doc.tokens)
        return merge_gazetteer(spans, kb_spans)

    def __call__(self, doc: Doc) -> Doc:
        lang = doc.lang or self.settings.fallback_language
        tokens = doc.tokens
        text = doc.text
        start_index = {t.start: i for i, t in enumerate(tokens)}
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
        taken = [(m.start, m.end) for m in mentions]
        for start, end, holder in office_mentions(tokens, lang, doc.date):
            form = text[start:end]
            mentions.append(MentionRec(start, end, form, "PER", holder.name(lang), holder.id, kind="office"))
            acting[start] = True
        from .gazetteer import knowledge_base
        kb = knowledge_base()
        entities = []
        entity_of_span = {}
        groups = group_mentions(mentions, lang)
        context = document_countries(groups)      # weighs a person's offices when the date is unknown
        for n, group in enumerate(groups, 1):
            name, key = group_name_and_key(group, lang)
            entry = kb.get(group.kb_id) if group.kb_id else None
            country, sector = code_entity(entry, group.type, any(acting.get(m.start, True) for m in group.mentions),
                                          doc.date, context)
            if entry is None and group.type == "ORG":
                country, sector = code_unknown_org(name, lang)
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
