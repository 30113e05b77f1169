"""Mentions of one document grouped into entities, each with a name and a key.

Grouping, in order: (1) a knowledge-base entry (an alias such as "ЄС"/"Євросоюз"/"Європейський
Союз" or "Росія"/"РФ" gives one entry id); (2) the same base form; (3) a one-word person mention
that is the surname (last word) of a longer person name in the document ("Алієв" after "Ільхам
Алієв"). The entity's name is the KB name in the document's language, else the base form of its
longest mention; its key is the KB id, else a transliteration key (`keys.entity_key`).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..knowledge.normalize import normalize as kb_normalize
from .keys import entity_key
from .gazetteer import kb_entries


@dataclass
class MentionRec:
    start: int
    end: int
    text: str
    type: str
    base: str
    kb_id: str | None = None
    kind: str | None = None          # "office": an office phrase standing for its holder


@dataclass
class Group:
    mentions: list[MentionRec] = field(default_factory=list)
    kb_id: str | None = None

    @property
    def type(self) -> str:
        return Counter(m.type for m in self.mentions if m.kind != "office").most_common(1)[0][0] \
            if any(m.kind != "office" for m in self.mentions) else self.mentions[0].type

    def longest(self) -> MentionRec:
        named = [m for m in self.mentions if m.kind != "office"] or self.mentions
        return max(named, key=lambda m: (len(m.base.split()), len(m.base), -m.start))


def choose_entry(form: str, base: str, etype: str, lang: str, date: str | None):
    """The KB entry a mention names, or None when unknown or ambiguous."""
    candidates = kb_entries(base, lang) or kb_entries(form, lang)
    if not candidates:
        return None
    same_type = [e for e in candidates if e.type == etype] or candidates
    if len(same_type) == 1:
        return same_type[0]
    # Ambiguous surnames (Алієв: Heydar or Ilham): the one in office at the article's date.
    if date:
        in_office = [e for e in same_type if any(t.covers(date) for t in e.tenures)]
        if len(in_office) == 1:
            return in_office[0]
    return None


def group_mentions(mentions: Sequence[MentionRec]) -> list[Group]:
    groups: list[Group] = []
    by_kb: dict[str, Group] = {}
    by_base: dict[tuple[str, str], Group] = {}
    # Longer names first, so that surnames find the full name they belong to.
    order = sorted(mentions, key=lambda m: (-len(m.base.split()), m.start))
    for m in order:
        base_key = kb_normalize(m.base)
        group = None
        if m.kb_id:
            group = by_kb.get(m.kb_id)
        if group is None:
            group = by_base.get((m.type, base_key))
            if group is not None and m.kb_id and group.kb_id and group.kb_id != m.kb_id:
                group = None
        if group is None and m.type == "PER" and len(m.base.split()) == 1:
            group = _surname_owner(groups, base_key)
            if group is not None and m.kb_id and group.kb_id not in (None, m.kb_id):
                group = None
        if group is None:
            group = Group()
            groups.append(group)
        group.mentions.append(m)
        if m.kb_id and not group.kb_id:
            group.kb_id = m.kb_id
        if group.kb_id:
            by_kb.setdefault(group.kb_id, group)
        by_base.setdefault((m.type, base_key), group)
    for g in groups:
        g.mentions.sort(key=lambda m: m.start)
    groups.sort(key=lambda g: g.mentions[0].start)
    return groups


def _surname_owner(groups: Sequence[Group], surname: str) -> Group | None:
    owners = [g for g in groups if g.type == "PER" and any(
        len(m.base.split()) > 1 and kb_normalize(m.base.split()[-1]) == surname for m in g.mentions)]
    return owners[0] if len(owners) == 1 else None


def group_name_and_key(group: Group, lang: str) -> tuple[str, str]:
    from .gazetteer import knowledge_base

    entry = knowledge_base().get(group.kb_id) if group.kb_id else None
    best = group.longest()
    if entry is not None:
        # A person's full name as the document writes it ("Владімір Путін") beats the KB's
        # spelling ("Володимир Путін"); otherwise the KB's name in the document's language.
        if group.type == "PER" and len(best.base.split()) > 1:
            return best.base, entry.id
        return entry.names.get(lang) or best.base, entry.id
    return best.base, entity_key(best.base, group.type)
