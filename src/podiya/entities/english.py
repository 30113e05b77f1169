"""English entities without a trained model: KB names plus capitalised word sequences.

A run of capitalised words (allowing "of", "the", "for", "and" inside) that does not start a
sentence with a common word is a name; its type comes from the KB when it knows the name, else
from its last word (Ministry/Party/Bank... -> ORG, Street/River/Sea... -> LOC), else PER for two
or three words that look like given name + surname, else ORG.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..doc import Token
from .gazetteer import kb_entries

_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "von", "van", "al"})
_ORG_HEADS = frozenset({
    "ministry", "party", "bank", "council", "commission", "committee", "union", "organization",
    "organisation", "agency", "company", "corporation", "corp", "inc", "ltd", "group", "institute",
    "university", "court", "parliament", "assembly", "army", "forces", "office", "service", "news",
    "times", "post", "fund", "association", "department", "federation", "front", "movement",
})
_LOC_HEADS = frozenset({"street", "river", "sea", "ocean", "mountains", "island", "islands", "city",
                        "region", "province", "oblast", "bay", "gulf", "strait", "lake", "valley"})
_COMMON_STARTERS = frozenset({
    "the", "a", "an", "in", "on", "at", "this", "that", "these", "those", "it", "he", "she", "they",
    "we", "i", "but", "and", "or", "if", "when", "while", "after", "before", "as", "for", "with",
    "his", "her", "their", "our", "its", "there", "here", "what", "who", "how", "why", "yesterday",
    "today", "tomorrow", "on", "by", "from", "to", "according", "meanwhile", "however", "also",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mr", "mrs", "ms", "dr", "president", "minister",
})
# Titles and roles are not part of a name ("President Vladimir Putin" -> "Vladimir Putin").
_TITLES = frozenset({
    "president", "prime", "minister", "chancellor", "secretary", "general", "foreign", "defence",
    "defense", "mr", "mrs", "ms", "dr", "sir", "lord", "king", "queen", "prince", "pope", "premier",
    "deputy", "vice", "chairman", "chief", "head", "speaker", "senator", "governor", "mayor", "ambassador",
    "former", "acting", "leader", "state", "commissioner", "spokesman", "spokeswoman", "colonel", "lieutenant",
})
_CAPITALISED = re.compile(r"^[A-Z][A-Za-z'’.\-]*$|^[A-Z0-9][A-Z0-9\-]+$")


def _type_of(words: Sequence[str]) -> str:
    entries = kb_entries(" ".join(words), "en")
    if entries:
        types = [e.type for e in entries]
        return "LOC" if "LOC" in types else types[0]     # a capital that is also a metonym is a place
    lower = [w.lower() for w in words]
    if any(w in _ORG_HEADS for w in lower) or lower[0] == "the":
        return "ORG"
    last = lower[-1]
    if last in _LOC_HEADS:
        return "LOC"
    if words[-1].isupper() and len(words) == 1:
        return "ORG"
    if 2 <= len(words) <= 3:
        return "PER"
    return "ORG"


def _is_adjective(word: str) -> bool:
    from .gazetteer import knowledge_base

    return word.endswith(("an", "ish", "ese", "i", "ic")) and knowledge_base().country_adjective(word) is not None


def english_spans(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    spans = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if not _CAPITALISED.match(tok.text):
            i += 1
            continue
        initial = i == 0 or tokens[i - 1].sent != tok.sent or tokens[i - 1].text in {'"', "“", "(", "«"}
        j = i
        while j + 1 < n and tokens[j + 1].sent == tok.sent and (
                _CAPITALISED.match(tokens[j + 1].text)
                or (tokens[j + 1].text.lower() in _CONNECTORS and j + 2 < n
                    and _CAPITALISED.match(tokens[j + 2].text))):
            j += 1
        words = [t.text for t in tokens[i:j + 1]]
        if initial and words[0].lower() in _COMMON_STARTERS:
            if len(words) == 1:
                i += 1
                continue
            words = words[1:]
            i += 1
        # Leading titles and country adjectives ("Russian President") are not part of the name.
        while len(words) > 1 and (words[0].lower().rstrip(".") in _TITLES or _is_adjective(words[0])):
            words = words[1:]
            i += 1
        if initial and len(words) == 1 and not kb_entries(words[0], "en"):
            i = j + 1
            continue
        if words[0].lower() in _COMMON_STARTERS and words[0].lower() != "the":
            i += 1
            continue
        spans.append((tokens[i].start, tokens[j].end, _type_of(words)))
        i = j + 1
    return spans
