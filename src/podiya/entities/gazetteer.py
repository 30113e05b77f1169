"""The knowledge base as seen by the entity layer: cached lookups and a gazetteer matcher.

`kb_entries` answers "which entries does this form name?" once per (form, language).
`gazetteer_spans` finds KB names in a document's tokens, inflected or not ("Європейського Союзу"
matches the alias "Європейський Союз" through lemmas), for the names the tagger missed.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from ..doc import Token
from ..errors import DataFileError
from ..knowledge.lemmas import lemma_options, split_words  # one definition, shared with the KB
from ..knowledge.normalize import normalize

# Entry kinds safe to add when the tagger missed them (places, states, organisations, products,
# named events). People are left to the tagger: surnames alone are too ambiguous.
ADDABLE_KINDS = frozenset({
    "state", "territory", "occupied", "capital", "city", "region", "sea", "strait", "gulf", "river",
    "lake", "island", "peninsula", "mountain", "continent", "io", "io_body", "government", "parliament",
    "ministry", "agency", "military", "court", "party", "company", "media", "alliance", "armed_group",
    "weapon", "aircraft", "pipeline", "vaccine", "treaty", "product", "project", "event", "war",
    "metonym",
})
_MAX_WORDS = 6
# Named events written in lower case too ("брексит", "евромайдан"); only long single words.
_LOWERCASE_KINDS = frozenset({"event"})
_MIN_LOWERCASE_EVENT = 6
_PROPER_TAGS = frozenset({"Name", "Surn", "Geox", "Orgn", "Abbr"})


log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def knowledge_base():
    """The knowledge base; an empty one (with an error logged) when its data files do not load,
    so that a broken data file degrades entity linking instead of failing every document."""
    from ..knowledge import load_kb
    from ..knowledge.kb import KnowledgeBase

    try:
        return load_kb()
    except DataFileError as err:
        log.error("knowledge base not loaded, entities get no KB ids or actor codes: %s", err)
        return KnowledgeBase([], {}, {})


@lru_cache(maxsize=100_000)
def kb_entries(form: str, lang: str) -> tuple:
    """KB entries whose name or alias (in `lang` or language-neutral) is `form`."""
    if not form.strip():
        return ()
    return tuple(knowledge_base().lookup(form, lang))


@lru_cache(maxsize=8)
def _alias_patterns(lang: str) -> dict[str, list[tuple[tuple[frozenset[str], ...], str]]]:
    """first-word option -> [(pattern of word options, entry id)] for every alias in `lang`."""
    kb = knowledge_base()
    index: dict[str, list] = defaultdict(list)
    for entry in kb.entries.values():
        if entry.kind not in ADDABLE_KINDS:
            continue
        for form in entry.forms(lang):
            words = split_words(form.replace("«", " ").replace("»", " ").replace('"', " "))
            if not words or len(words) > _MAX_WORDS:
                continue
            # Short words (ЄС, США, ООН) match only as written: their lemmas collide with common words.
            pattern = tuple(frozenset({w}) if len(w) <= 3 else lemma_options(w, lang) for w in words)
            for option in pattern[0]:
                index[option].append((pattern, entry.id))
    return index


@lru_cache(maxsize=200_000)
def _word_options(text: str, lang: str) -> frozenset[str]:
    word = normalize(text)
    return frozenset({word}) if len(word) <= 3 else lemma_options(text, lang)


def _token_options(tok: Token, lang: str) -> frozenset[str]:
    return _word_options(tok.text, lang)


def _word_tokens(tokens: Sequence[Token]) -> list[int]:
    """Indices of tokens that are words; hyphens split compounds as the KB's split_words does."""
    return [i for i, t in enumerate(tokens) if any(ch.isalnum() for ch in t.text)]


def gazetteer_spans(tokens: Sequence[Token], lang: str) -> list[tuple[int, int, str, str]]:
    """(start, end, type, entry id) of KB names in the tokens, longest match first, unambiguous only.

    A match must start with a capital letter (or a digit), except one-word names of events that
    the press writes in lower case ("брексита"); a one-word match at the start of a sentence must
    be a proper name in the dictionary ("Союз" opening a sentence is not the EU).
    """
    index = _alias_patterns(lang)
    kb = knowledge_base()
    words = _word_tokens(tokens)
    options = [_token_options(tokens[i], lang) for i in words]
    out = []
    k = 0
    while k < len(words):
        tok = tokens[words[k]]
        best = None
        capital = tok.text[:1].isupper() or tok.text[:1].isdigit()
        if capital or len(tok.text) >= _MIN_LOWERCASE_EVENT:
            seen = set()
            for option in options[k]:
                for pattern, eid in index.get(option, ()):
                    n = len(pattern)
                    if (pattern, eid) in seen or k + n > len(words):
                        continue
                    if not capital and (n > 1 or kb.get(eid).kind not in _LOWERCASE_KINDS):
                        continue
                    seen.add((pattern, eid))
                    if tokens[words[k + n - 1]].sent != tok.sent or words[k + n - 1] - words[k] > 2 * n:
                        continue
                    if all(options[k + m] & pattern[m] for m in range(n)):
                        if best is None or n > best[0]:
                            best = (n, {eid})
                        elif n == best[0]:
                            best[1].add(eid)
        if best is not None:
            n, ids = best
            types = {kb.get(e).type for e in ids}
            first = words[k]
            is_initial = first == 0 or tokens[first - 1].sent != tok.sent
            proper = any(a.tags & _PROPER_TAGS or a.lemma[:1].isupper() for a in tok.analyses) or not tok.analyses
            if len(types) == 1 and (n > 1 or not is_initial or proper or tok.text.isupper()):
                eid = sorted(ids)[0] if len(ids) == 1 else sorted(ids)[0]
                out.append((tok.start, tokens[words[k + n - 1]].end, types.pop(), eid if len(ids) == 1 else ""))
                k += n
                continue
        k += 1
    return out


def warm_up(lang: str) -> None:
    """Build the alias patterns of `lang` (about half a second) before the first document."""
    _alias_patterns(lang)
