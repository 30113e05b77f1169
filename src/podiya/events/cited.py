"""Text that cites rather than tells: a copyright notice and the byline after "©", boilerplate lines, the
headline of a cited piece ("Читайте також: ...", "в матеріалі <author> <title>") and the attribution
formula ("..., передає УНН"). Events found there are not the article's."""
from __future__ import annotations

from ..doc import Token
from .lexicon import cue_words
from .matching import Match

CITED_SPAN = 25                             # words a cited headline may run after its cue


def attribution_formula(tokens: list[Token], match: Match) -> bool:
    """A reporting verb set off after a comma, a dash or a closing quote ("..., передає УНН",
    "«...», — передает ТАСС") names the source of the sentence; "передає" is no handing over there."""
    if len(match.positions) != 1 or match.anchor == 0:
        return False
    if not any(a.lemma in cue_words("reporting") for a in tokens[match.anchor].analyses):
        return False
    return tokens[match.anchor - 1].text in (",", "-", "—", "–", "»", "\"", "”")


def before_copyright(tokens: list[Token]) -> list[Token]:
    """A title run into its byline ("... обвинила Facebook ... / Москва / © РИА Новый День"): the
    words before the copyright sign; the notice itself states nothing."""
    at = next((i for i, t in enumerate(tokens) if t.text == "©"), None)
    return tokens if at is None else tokens[:at]


def boilerplate(tokens: list[Token]) -> bool:
    """A site's copyright notice ("Передрук ... суворо заборонено", "Перепечатка ... запрещена")."""
    return any(t.text == "©" or any(a.lemma in cue_words("copyright") for a in t.analyses) or t.text.lower() in cue_words("copyright")
               for t in tokens)


def cited_title_start(tokens: list[Token]) -> int | None:
    """Where a cited piece's headline starts in the sentence ("Читайте також: ...", "читайте в
    статті <author> <title>", "в матеріалі <author> <title>: ..."), or None. A reading cue needs its
    usual companion word ("також", ":", "в"), so "Russia read the statement" is no cue; a piece noun
    needs a capitalised word after it and a colon later (a headline), so "у статті Конституції"
    (an article of a law) is none."""
    for i, tok in enumerate(tokens):
        low = tok.text.lower()
        after = tokens[i + 1].text.lower() if i + 1 < len(tokens) else ""
        if low in cue_words("read_cues") and after in cue_words("read_companions"):
            return i + 1
        if i and tokens[i - 1].text.lower() in ("в", "у", "во", "in") and i + 1 < len(tokens) \
                and tokens[i + 1].text[:1].isupper() and any(a.lemma in cue_words("piece_nouns") for a in tok.analyses) \
                and any(t.text == ":" for t in tokens[i + 2:]):
            return i + 1
    return None
