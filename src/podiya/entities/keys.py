"""Cross-document, cross-language keys of entities the knowledge base does not know.

One transliteration for Ukrainian and Russian (and a light folding of Latin spellings) so that
"Тереза Мей", "Тереза Мэй" and "Терези Мей" (after normalization) get one key: і/и/ы/й -> i,
е/є/э/ё -> e, ґ/г/х/h -> h (Ukrainian г is the Russian and English h: Гілларі/Хиллари/Hillary),
ь/ъ/apostrophes dropped, doubled letters collapsed. A key is "x:<type>:<latin-slug>"; people are
keyed by surname (the last word), which is how news refers to them after the first mention.
"""
from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "є": "e", "ё": "e", "э": "e",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "ы": "i", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ь": "", "ъ": "", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
}
# Latin spellings folded towards the Cyrillic transliteration (longest first).
_LATIN_FOLDS = (("sch", "sh"), ("th", "t"), ("ph", "f"), ("kh", "h"), ("ck", "k"), ("ch", "ch"), ("c", "k"),
                ("w", "v"), ("y", "i"), ("x", "ks"), ("q", "k"), ("j", "dzh"), ("g", "h"))
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=100_000)
def transliterate(text: str) -> str:
    """Lower-case Latin skeleton of a name, the same for its uk, ru and (often) en spellings."""
    low = text.lower()
    out = []
    for ch in low:
        out.append(_CYRILLIC.get(ch, ch))
    latin = "".join(out)
    # Fold only the parts that were Latin in the input (the Cyrillic map already produced its own).
    if any("a" <= ch <= "z" for ch in low):
        for src, dst in _LATIN_FOLDS:
            if src != "ch":
                latin = latin.replace(src, dst)
    latin = latin.replace("kh", "h")
    latin = _DOUBLES.sub(r"\1", latin)
    return _NON_ALNUM.sub("-", latin).strip("-")


def entity_key(base: str, etype: str) -> str:
    """'x:per:mei' for "Тереза Мей"; 'x:org:tsentr-blizkoshidnih-doslidzhen' for an unknown ORG."""
    words = base.split()
    if etype == "PER" and len(words) > 1:
        words = words[-1:]
    slug = transliterate(" ".join(words)) or base.lower()
    return f"x:{etype.lower()}:{slug}"
