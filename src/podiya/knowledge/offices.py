"""Office phrases to office ids: "правитель Росії", "президент РФ", "глава Кремля",
"Russian foreign minister", "Держсекретар США" -> "RUS.head_of_state", "USA.foreign_minister".

A phrase is either a whole title of one office (offices.jsonl "titles") or a generic role phrase
(roles.jsonl) plus words that name a country: a state, its adjective, its capital or a metonym
("Кремль"), or an international organisation. The role "leader" ("лідер", "правитель", "глава")
means the office marked `leader` for that country (the president in Russia, the chancellor in
Germany). Phrase words are compared through their lemmas, so the data files hold plain text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .lemmas import lemma_options, split_words  # noqa: F401  (also imported from here by the entity layer)
from .lemmas import matches as _matches
from .lemmas import pattern as _pattern

if TYPE_CHECKING:
    from .kb import KnowledgeBase

# Words between the role and the country that carry no meaning for the match.
_FILLERS = {"en": {"of", "the", "'s", "s"}, "uk": set(), "ru": set()}
# Entries whose name stands for a country in an office phrase.
_COUNTRY_KINDS = frozenset({"state", "territory", "occupied", "capital", "metonym", "io"})


class OfficeMatcher:
    def __init__(self, kb: "KnowledgeBase"):
        self.kb = kb
        self._compiled: dict[str, tuple] = {}
        # (country, role) -> office: the leader's office, and offices that list other roles
        self._by_role: dict[tuple[str, str], str] = {}
        for office in kb.offices.values():
            if office.leader:
                self._by_role.setdefault((office.country, "leader"), office.id)
            for role in office.roles:
                self._by_role.setdefault((office.country, role), office.id)

    def _tables(self, lang: str):
        """(titles, roles) for `lang`, compiled on first use."""
        if lang not in self._compiled:
            titles = [(_pattern(t, lang), office.id) for office in self.kb.offices.values()
                      for code in (lang, "any") for t in office.titles.get(code, ())]
            roles = [(_pattern(p, lang), role.id) for role in self.kb.roles.values()
                     for p in role.phrases.get(lang, ())]
            roles.sort(key=lambda r: -len(r[0]))          # the longest role phrase wins
            # roles by the lemmas their first word may have: only those are tried at a word
            starting: dict[str, list[int]] = {}
            for n, (pattern, _) in enumerate(roles):
                for lemma in pattern[0] if pattern else ():
                    starting.setdefault(lemma, []).append(n)
            self._compiled[lang] = (titles, roles, starting)
        return self._compiled[lang]

    @staticmethod
    def _code(entry) -> str | None:
        if entry.metonym:
            return entry.metonym[0]
        if entry.kind in _COUNTRY_KINDS:
            return entry.country
        return None

    def country_of(self, words: list[str], lang: str) -> str | None:
        """The country that these lemmas name ("рф", "сполучений штат", "російський"), or None."""
        if not words:
            return None
        text = " ".join(words)
        for entry in self.kb.lookup(text):
            code = self._code(entry)
            if code:
                return code
        # through lemmas too: "сполучений штат" spells "Сполучені Штати", "ната" spells "НАТО"
        for entry in self.kb.lookup_lemmas(words, lang):
            code = self._code(entry)
            if code:
                return code
        if len(words) == 1:
            return self.kb.country_adjective(words[0])
        return None

    def match(self, lemmas: list[str], lang: str, country: str | None = None) -> str | None:
        fillers = _FILLERS.get(lang, set())
        words = [w for lemma in lemmas for w in split_words(lemma) if w not in fillers]
        if not words:
            return None
        titles, roles, starting = self._tables(lang)
        for pattern, office_id in titles:
            if len(pattern) == len(words) and _matches(pattern, words, 0):
                return office_id
        # (role, position) pairs in the order of trying every role (longest first) at every position
        tries = sorted((n, at) for at, word in enumerate(words) for n in starting.get(word, ()))
        for n, at in tries:
            pattern, role = roles[n]
            if not _matches(pattern, words, at):
                continue
            rest = words[:at] + words[at + len(pattern):]
            code = self.country_of(rest, lang) if rest else country
            if code:
                office = self._office(code, role)
                if office:
                    return office
        return None

    def _office(self, code: str, role: str) -> str | None:
        """The office of `code` that `role` names: the leader's, one listing the role, or code.role."""
        if (code, role) in self._by_role:
            return self._by_role[(code, role)]
        office = self.kb.offices.get(f"{code}.{role}")
        return office.id if office and office.generic else None
