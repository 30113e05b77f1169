"""How the knowledge base compares names: one normal form for every spelling variant.

News text writes the same name with different apostrophes (’ ʼ ' `), with ё or е, with
non-breaking spaces and typographic dashes, with or without quotes, with invisible zero-width
spaces or soft hyphens pasted in from web pages, and in any letter case;
`normalize` maps all of these to one key, so that "Прем’єр-міністр", "прем'єр-міністр" and
"ПРЕМʼЄР-МІНІСТР" compare equal, and so do "ПВК «Вагнер»" and "ПВК Вагнер".
"""
from __future__ import annotations

import re
from functools import lru_cache

# Invisible characters of web text (zero-width spaces and joiners, BOM, soft hyphen): not part of a name.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_TABLE = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "´": "'", "ʹ": "'",
                        "ё": "е", "Ё": "е", "‐": "-", "‑": "-", "–": "-", "—": "-",
                        "\u00a0": " ", "\u202f": " ",
                        # double quotes are not part of a name ("Панцир", «Газпром»)
                        "«": " ", "»": " ", '"': " ", "“": " ", "”": " ", "„": " ",
                        # invisible characters of web text are not part of a name
                        **dict.fromkeys(INVISIBLE, "")})
_SPACES = re.compile(r"\s+")
# Latin letters that look like Cyrillic ones, typed by mistake inside Cyrillic words ("Iнтерфакс",
# "Cергей"): in a word with a Cyrillic letter they are read as the Cyrillic letter.
_LOOKALIKES = str.maketrans("aceiopxyACEHIKMOPTXB", "асеіорхуАСЕНІКМОРТХВ")
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _fold_lookalikes(word: re.Match) -> str:
    text = word.group(0)
    return text.translate(_LOOKALIKES) if _CYRILLIC.search(text) else text


@lru_cache(maxsize=200_000)      # pure; ~144k calls per 138 documents, mostly the same few thousand words
def normalize(form: str) -> str:
    """The comparison key of a name: lower case, one apostrophe, е for ё, no double quotes, single
    spaces, Cyrillic letters for Latin look-alikes inside Cyrillic words."""
    key = _SPACES.sub(" ", form.translate(_TABLE)).strip()
    if _CYRILLIC.search(key) and _MIXED_WORD.search(key):
        key = _MIXED_WORD.sub(_fold_lookalikes, key)
    return key.lower()
