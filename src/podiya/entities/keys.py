"""Cross-document, cross-language keys of entities the knowledge base does not know.

One transliteration for Ukrainian and Russian (and a light folding of Latin spellings) so that
"Тереза Мей", "Тереза Мэй" and "Терези Мей" (after normalization) get one key: і/и/ы/й -> i,
е/є/э/ё -> e, ґ/г/х/h -> h (Ukrainian г is the Russian and English h: Гілларі/Хиллари/Hillary),
ь/ъ/apostrophes dropped, doubled letters collapsed. A key is "x:<latin-slug>", without the
type: the tagger calls the same name a person in one article and an organisation in the next
("Барклі"), and the key names the entity, not the tagger's guess. People are keyed by surname
(the last word, after initials: "С.Барклі" -> "барклі"), which is how news refers to them after
the first mention. Invisible characters (zero-width spaces, soft hyphens) are
dropped first: "Тереза\u200b Мей" is "Тереза Мей"; an acronym keeps only its capitals ("НАЗКу" is
"НАЗК").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge.normalize import INVISIBLE

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
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE))
# An acronym with a case ending the normalizer left on ("НАЗКу", "МВФом"): the capitals are the name.
_INFLECTED_ACRONYM = re.compile(r"^([A-ZА-ЯІЇЄҐ]{2,})[a-zа-яіїєґ]{1,3}$")
# A person's name split into words, initials ("С." "Ю.") counting as words.
_NAME_PARTS = re.compile(r"[^\s.]+\.?")


def person_name_parts(name: str) -> tuple[str, str]:
    """(first given name or initial, surname) of a person's name; ("", surname) for one word.

    "Стівен Барклі" -> ("Стівен", "Барклі"); "С.Барклі" -> ("С", "Барклі"); "Мей" -> ("", "Мей").
    """
    parts = [p.rstrip(".") for p in _NAME_PARTS.findall(name.translate(_INVISIBLE))]
    parts = [p for p in parts if p]
    if not parts:
        return "", ""
    return (parts[0] if len(parts) > 1 else ""), parts[-1]


@lru_cache(maxsize=100_000)
def transliterate(text: str) -> str:
    """Lower-case Latin skeleton of a name, the same for its uk, ru and (often) en spellings."""
    low = text.translate(_INVISIBLE).lower()
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
    """'x:mei' for "Тереза Мей"; 'x:tsentr-blizkoshidnih-doslidzhen' for an unknown ORG."""
    words = base.translate(_INVISIBLE).split()
    if etype == "PER":
        surname = person_name_parts(base)[1]
        words = [surname] if surname else words
    if len(words) == 1:
        acronym = _INFLECTED_ACRONYM.match(words[0])
        if acronym:
            words = [acronym.group(1)]
    slug = transliterate(" ".join(words)) or base.lower()
    return f"x:{slug}"
