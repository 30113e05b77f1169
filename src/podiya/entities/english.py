"""English entities without a model: KB names plus capitalised word sequences.

A run of capitalised words (allowing "of", "the", "for", "and" inside) that does not start a
sentence with a common word is a name; its type comes from the KB when it knows the name, else
from its last word (Ministry/Party/Bank... -> ORG, Street/River/Sea... -> LOC), else PER for two
or three words that look like given name + surname, else ORG. Leading titles and demonyms go
("Russian President Vladimir Putin" -> "Vladimir Putin") unless the whole is a KB name or ends in
an organisation head ("Russian Orthodox Church"); a demonym alone ("Russian air defence") is no
name: the actor layer reads it as a country adjective. "and" splits two KB names ("Germany and
France"); dotted initials are one word ("U.S."); a title-case headline is left to the KB.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from ..datafiles import tsv_rows
from ..doc import Token
from ..errors import DataFileError
from .gazetteer import kb_entries

_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "von", "van", "al"})
# Words a title-case headline may leave in lower case.
_SMALL_WORDS = _CONNECTORS | {"a", "an", "in", "on", "at", "to", "by", "with", "or", "as", "from", "into", "over"}


@lru_cache(maxsize=None)
def english_words(kind: str) -> frozenset[str]:
    """The words of one class in entities/data/english_words.tsv: org_head, loc_head, starter,
    title, never_alone."""
    words = {}
    for where, number, (list_name, word) in tsv_rows("podiya.entities", "english_words.tsv", "list<TAB>word", 2, 2):
        if list_name not in _WORD_CLASSES:
            raise DataFileError(where, number, f"unknown list {list_name!r}; known: {', '.join(_WORD_CLASSES)}")
        words.setdefault(list_name, set()).add(word.lower())
    if kind not in _WORD_CLASSES:
        raise ValueError(f"unknown English word class {kind!r}")
    return frozenset(words.get(kind, ()))


_WORD_CLASSES = ("org_head", "loc_head", "starter", "title", "never_alone")
# A capitalised word, or an acronym with at least one letter ("F-16", "G7"; "100" is a number).
_CAPITALISED = re.compile(r"^[A-Z][A-Za-z'’.\-]*$|^(?=.*[A-Z])[A-Z0-9][A-Z0-9\-]+$")


def _type_of(words: Sequence[str]) -> str:
    entries = kb_entries(" ".join(words), "en")
    if entries:
        types = [e.type for e in entries]
        return "LOC" if "LOC" in types else types[0]     # a capital that is also a metonym is a place
    lower = [w.lower() for w in words]
    if any(w in english_words("org_head") for w in lower) or lower[0] == "the":
        return "ORG"
    last = lower[-1]
    if last in english_words("loc_head"):
        return "LOC"
    if words[-1].isupper() and len(words) == 1:
        return "ORG"
    if 2 <= len(words) <= 3:
        return "PER"
    return "ORG"


def _is_adjective(word: str) -> bool:
    from .gazetteer import knowledge_base

    return word.endswith(("an", "ish", "ese", "i", "ic")) and knowledge_base().country_adjective(word) is not None


def _name_part(words: Sequence[str]) -> tuple[int, int]:
    """The part [a, b) of a capitalised run that is the name: leading demonyms and titles go
    ("Russian President Vladimir Putin" -> "Vladimir Putin"), and a run that joins a known name to
    a titled person ("US Secretary of State Marco Rubio") keeps the person; a run the KB knows or
    that ends in an organisation or place head stays whole ("Russian Orthodox Church",
    "Foreign Ministry")."""
    lower = [w.lower().rstrip(".") for w in words]
    if len(words) > 1 and (kb_entries(" ".join(words), "en") or lower[-1] in english_words("org_head") or lower[-1] in english_words("loc_head")):
        return 0, len(words)
    titled = [k for k, w in enumerate(lower) if w in english_words("title")]
    last_title = titled[-1] if titled else -1
    if 0 <= last_title < len(words) - 1:
        return last_title + 1, len(words)
    a = 0
    while len(words) - a > 1 and (lower[a] in english_words("title") or _is_adjective(words[a])
                                  or a > 0 and lower[a] in ("and", "of")):   # "Ukrainian and Polish"
        a += 1
    return a, len(words)


def _lowercase_tail(word: str) -> bool:
    """"Kyiv-based", "Russian-backed": a hyphenated modifier, not a name."""
    return "-" in word and word.rsplit("-", 1)[1][:1].islower()


def _split_at_and(tokens: Sequence[_Unit], i: int, j: int) -> int:
    """The last token of the first name in tokens[i..j]: "Germany and France" are two names when the
    part before "and" is a name the KB knows and the whole is not ("Bosnia and Herzegovina" is one)."""
    ands = [k for k in range(i + 1, j) if tokens[k].text.lower() == "and"]
    if not ands or kb_entries(" ".join(t.text for t in tokens[i:j + 1]), "en"):
        return j
    left = [t.text for t in tokens[i:ands[0]]]
    a, _ = _name_part(left)
    return ands[0] - 1 if kb_entries(" ".join(left[a:]), "en") else j


class _Unit(NamedTuple):
    """A token, or dotted initials the tokenizer split ("U", ".", "S", ".") joined back into "U.S."."""
    start: int
    end: int
    text: str
    sent: int


def _units(tokens: Sequence[Token]) -> list[_Unit]:
    out: list[_Unit] = []
    i, n = 0, len(tokens)
    while i < n:
        j = i
        while (j + 1 < n and len(tokens[j].text) == 1 and tokens[j].text.isupper() and tokens[j + 1].text == "."
               and tokens[j + 1].start == tokens[j].end and tokens[j + 1].sent == tokens[i].sent
               and (j > i or j + 2 < n and len(tokens[j + 2].text) == 1 and tokens[j + 2].text.isupper()
                    and tokens[j + 2].start == tokens[j + 1].end)):
            j += 2
        if j > i:
            text = "".join(t.text for t in tokens[i:j])
            out.append(_Unit(tokens[i].start, tokens[j - 1].end, text, tokens[i].sent))
            i = j
            continue
        t = tokens[i]
        out.append(_Unit(t.start, t.end, t.text, t.sent))
        i += 1
    return out


def _title_case_sentences(units: Sequence[_Unit]) -> set[int]:
    """Sentences written in title case ("Russia Launches Massive Drone Attack On Ukraine"): their
    capitals say nothing about names, only the KB finds names there."""
    words: dict[int, list[bool]] = {}
    for u in units:
        if u.text[:1].isalpha() and u.text.lower() not in _SMALL_WORDS:
            words.setdefault(u.sent, []).append(u.text[:1].isupper())
    # every word but the small ones capitalised: a headline, where running text has some verb in lower case
    return {sent for sent, caps in words.items() if len(caps) >= 4 and all(caps)}


def english_spans(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """(start, end, type) of the names in English tokens; demonyms ("Russian") are no names, they
    are country adjectives for the actor layer."""
    tokens = _units(tokens)
    headlines = _title_case_sentences(tokens)
    spans = []
    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        if not _CAPITALISED.match(tok.text) or tok.sent in headlines or _lowercase_tail(tok.text):
            i += 1
            continue
        initial = i == 0 or tokens[i - 1].sent != tok.sent or tokens[i - 1].text in {'"', "“", "(", "«"}
        j = i
        while j + 1 < n and tokens[j + 1].sent == tok.sent and (
                _CAPITALISED.match(tokens[j + 1].text) and not _lowercase_tail(tokens[j + 1].text)
                or (tokens[j + 1].text.lower() in _CONNECTORS and j + 2 < n
                    and _CAPITALISED.match(tokens[j + 2].text))):
            j += 1
        j = _split_at_and(tokens, i, j)
        first = i
        words = [t.text for t in tokens[i:j + 1]]
        if initial and words[0].lower() in english_words("starter"):
            if len(words) == 1:
                i += 1
                continue
            words, first = words[1:], first + 1
        while words and words[-1].lower() in _CONNECTORS:
            words, j = words[:-1], j - 1
        a, _ = _name_part(words)
        if a > 0:
            # what stands before a title is a name of its own when the KB knows it ("US", "NATO")
            lead = next((k for k, w in enumerate(words[:a]) if w.lower().rstrip(".") in english_words("title")), a)
            head = words[:lead]
            if head and kb_entries(" ".join(head), "en") and not _is_adjective(head[0]):
                spans.append((tokens[first].start, tokens[first + lead - 1].end, _type_of(head)))
            words, first = words[a:], first + a
        if not words or len(words) == 1 and (_is_adjective(words[0])
                                             or words[0].lower().rstrip(".") in english_words("never_alone")):
            i = j + 1                         # "Russian air defence": a country adjective, not a name
            continue
        if initial and first == i and len(words) == 1 and not kb_entries(words[0], "en"):
            i = j + 1
            continue
        if words[0].lower() in english_words("starter") and words[0].lower() != "the":
            i += 1
            continue
        spans.append((tokens[first].start, tokens[j].end, _type_of(words)))
        i = j + 1
    return spans
