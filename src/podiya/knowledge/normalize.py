"""How the knowledge base compares names: one normal form for every spelling variant.

News text writes the same name with different apostrophes (’ ʼ ' `), with ё or е, with
non-breaking spaces and typographic dashes, with or without quotes, with invisible zero-width
spaces or soft hyphens pasted in from web pages, and in any letter case;
`normalize` maps all of these to one key, so that "Прем’єр-міністр", "прем'єр-міністр" and
"ПРЕМʼЄР-МІНІСТР" compare equal, and so do "ПВК «Вагнер»" and "ПВК Вагнер".
"""
from __future__ import annotations

import re

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


def normalize(form: str) -> str:
    """The comparison key of a name: lower case, one apostrophe, е for ё, no double quotes, single spaces."""
    return _SPACES.sub(" ", form.translate(_TABLE)).strip().lower()
