"""Names matched through lemmas: "Сполучених Штатів" -> lemmas ["сполучений", "штат"] -> USA.

A name's nominative ("Сполучені Штати") and the lemmas a tagger gives for an inflected mention
differ in multiword names (adjectives lemmatize to the masculine singular) and in words the
dictionary misreads ("НАТО" -> "ната"). Both sides go through the same morphology here: each word of
every name becomes the set of its possible lemmas, and a mention matches when each of its lemmas
is in the set of the word at its place.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from .normalize import normalize

if TYPE_CHECKING:
    from .kb import KnowledgeBase

Pattern = tuple[frozenset[str], ...]


@lru_cache(maxsize=50_000)
def lemma_options(word: str, lang: str) -> frozenset[str]:
    """The word itself and every lemma the morphology gives it, normalized."""
    key = normalize(word)
    options = {key}
    if lang in ("uk", "ru", "en") and any(ch.isalpha() for ch in key):
        from ..language.morphology import analyze
        options.update(normalize(a.lemma) for a in analyze(word, lang))
    return frozenset(options)


def split_words(text: str) -> list[str]:
    """Words of a phrase; hyphenated compounds count as their parts ("прем'єр-міністр")."""
    return [part for word in normalize(text).split() for part in word.split("-") if part]


def pattern(text: str, lang: str) -> Pattern:
    return tuple(lemma_options(w, lang) for w in split_words(text))


def matches(pat: Pattern, words: list[str], at: int = 0) -> bool:
    return at + len(pat) <= len(words) and all(words[at + i] in opts for i, opts in enumerate(pat))


def word_options(lemmas: Iterable[str | Iterable[str]]) -> list[frozenset[str]]:
    """One set of acceptable lemmas per word of a mention.

    Each item is a lemma or the alternative lemmas of one token (all its readings); hyphenated
    items become their parts, as names do ("прем'єр-міністр" -> "прем'єр", "міністр").
    """
    out: list[frozenset[str]] = []
    for item in lemmas:
        alternatives = [item] if isinstance(item, str) else list(item)
        split = [split_words(a) for a in alternatives]
        split = [parts for parts in split if parts]
        if not split:
            continue
        # readings that split differently: keep the most common number of parts
        size = Counter(len(parts) for parts in split).most_common(1)[0][0]
        kept = [parts for parts in split if len(parts) == size]
        out.extend(frozenset(parts[i] for parts in kept) for i in range(size))
    return out


class LemmaIndex:
    """Every name and alias of one language as a lemma pattern, indexed by its first word."""

    def __init__(self, kb: "KnowledgeBase", lang: str):
        self._by_first: dict[tuple[int, str], list[tuple[Pattern, str]]] = defaultdict(list)
        for entry in kb.entries.values():
            for form in set(entry.forms(lang)):
                pat = pattern(form, lang)
                if not pat:
                    continue
                for option in pat[0]:
                    self._by_first[(len(pat), option)].append((pat, entry.id))

    def find(self, lemmas: Iterable[str | Iterable[str]]) -> list[str]:
        """Ids of the entries one of whose names these lemmas spell, in data order.

        Each item is the lemma of one word, or the set of lemmas of all its readings.
        """
        words = word_options(lemmas)
        if not words:
            return []
        candidates = [c for first in sorted(words[0]) for c in self._by_first.get((len(words), first), ())]
        found = [eid for pat, eid in candidates
                 if all(words[i] & opts for i, opts in enumerate(pat))]
        return list(dict.fromkeys(found))
