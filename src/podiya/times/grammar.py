"""The matcher: one regex per language, compiled from the lexicon, and the scan over a text.

Every family of expressions is one alternative of the regex (a named group `f_<family>`); at a
given position the first family that matches wins, so longer, more specific families come first.
`reading.read_match` turns a match into a `Spec` (what the words say: a day, a month, a shift of
so many weeks, ...) or rejects it; `resolve.py` turns specs into values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, form_pattern, load_lexicon, normalize_form
from .reading import read_match
from .spec import Spec


def _alt(lex: Lexicon, *kinds: str) -> str:
    forms = sorted({f for k in kinds for f in lex.forms(k)}, key=len, reverse=True)
    if not forms:
        return r"(?!x)x"  # matches nothing: this language has no such words
    # a form ending in a letter must end a word there; "р." may run on ("2013 р.в.")
    return "(?:" + "|".join(form_pattern(f) + (r"(?!\w)" if f[-1].isalnum() else "") for f in forms) + ")"


@dataclass(frozen=True)
class Grammar:
    lang: str
    lexicon: Lexicon
    pattern: re.Pattern
    families: tuple[str, ...]
    # First words of every lexicon form: the only words (besides numbers) where a match can start.
    # Trying the big pattern only there is ~20x faster than letting it search every position.
    start_words: frozenset[str]
    digit_pattern: re.Pattern        # the families that can start with a digit, for digit positions


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """The compiled matcher of `lang` (built once per process)."""
    lex = load_lexicon(lang)
    # Kinds whose words the pattern contains; words of other kinds (list words, subordinators,
    # context words: read around a match, never inside it) cannot begin a match.
    pattern_kinds: set[str] = set()

    def alt(*kinds: str) -> str:
        pattern_kinds.update(kinds)
        return _alt(lex, *kinds)

    B, E = r"(?<![\w\-])", r"(?!\w)"
    MONTH, WD = alt("month"), alt("weekday")
    SEASON, SADV = alt("season"), alt("season_adv")
    UNIT, YM, CM = alt("unit"), alt("yearmark"), alt("centurymark")
    DECW, RELDAY, RELMOD, RELYEAR = (alt(k) for k in ("decade_word", "relday", "relmod", "relyear"))
    ANAPH, AGO, LPRE, LPOST = (alt(k) for k in ("anaphor", "ago", "later_pre", "later_post"))
    NUMW, FUZZY, APPROX = alt("number"), alt("fuzzy"), alt("approx")
    MORE, AFTER = alt("more"), alt("after")
    WADJ, MADJ = alt("weekday_adj"), alt("month_adj")
    D = r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|th|st|nd|rd))?(?!\d)"
    Y = r"(?:1[0-9]\d\d|20\d\d)(?!\d)"
    YSUF = r"(?:\s?[-–]\s?(?:го|й|му|м|ий|ого|ому|ем|ом)(?!\w))?"
    DASH = r"\s*[-–—]\s*"
    YEAR_TAIL = rf"{YSUF}(?:\s*{YM})?"
    NUM = rf"(?:{NUMW}|\d{{1,3}})"

    def fz(name: str) -> str:
        return rf"(?:(?P<{name}_fz>{FUZZY})(?:\s+|(?<=-)))?"

    families = {
        "an": rf"{B}{ANAPH}",
        "rd": rf"{B}{RELDAY}",
        "ago": (rf"{B}(?:(?P<ago_ap>{APPROX})\s+)?(?:(?P<ago_n>{NUM})\s+(?:{MORE}\s+)?)?(?P<ago_u>{UNIT})"
                rf"(?:\s+(?P<ago_n2>{NUMW}))?\s+{AGO}"),
        "lat": rf"{B}{LPRE}\s+(?:(?P<lat_n>{NUM})\s+)?(?P<lat_u>{UNIT})(?=(?P<lat_after>\s+{AFTER})?)",
        "lp": rf"{B}(?P<lp_n>{NUM})\s+(?P<lp_u>{UNIT})\s+{LPOST}",
        "iso": rf"{B}(?P<iso_y>\d{{4}})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)",
        "dot": (rf"{B}(?<![\d.,])(?P<dot_d>\d{{1,2}})\.(?P<dot_m>\d\d?)(?:\.(?P<dot_y>\d{{4}}|\d\d))?(?!\d|[.,]\d)"
                rf"(?:\s*{YM})?"),
        "dm": (rf"{B}{fz('dm')}(?P<dm_d1>{D})(?:(?:{DASH}|\s+(?:по|до|to)\s+)(?P<dm_d2>{D}))?\s+"
               rf"(?P<dm_m1>{MONTH})(?:{DASH}(?P<dm_d3>{D})\s+(?P<dm_m2>{MONTH}))?"
               rf"(?:,?\s+(?:(?:{RELMOD}\s+)?(?P<dm_y>{Y}){YEAR_TAIL}|(?P<dm_rm>{RELMOD})\s+(?P<dm_ru>{UNIT})))?"),
        "mdy": (rf"{B}(?P<mdy_m>{MONTH})\s+(?P<mdy_d1>{D})(?:{DASH}(?P<mdy_d2>{D}))?{E}"
                rf"(?:,?\s+(?P<mdy_y>{Y}))?") if lang == "en" else None,
        "myr": (rf"{B}(?P<myr_m1>{MONTH})\s+(?P<myr_y1>{Y}){YEAR_TAIL}(?:{DASH}|\s+(?:по|до|to|until)\s+)"
                rf"(?P<myr_m2>{MONTH})\s+(?P<myr_y2>{Y}){YEAR_TAIL}"),
        "yr": (rf"{B}{fz('yr')}(?P<yr_y1>{Y}){YEAR_TAIL}(?:(?P<yr_dash>{DASH})|\s+(?:по|до|to|through|until|and)\s+)"
               rf"(?P<yr_y2>{Y}|\d\d(?!\d)){YSUF}(?:\s*(?P<yr_ym>{YM}))?"),
        "dec": (rf"{B}{fz('dec')}['’]?(?P<dec_n>(?:1[5-9]|20)?\d0)(?:\s?[-–]\s?(?:т\s?і|х|ті|тих|ые|ых|е|ми|м|х)(?!\w)|s{E})"
                rf"(?:\s+{YM})?"),
        "cent": (rf"{B}{fz('cent')}(?P<cent_n>[XIVХІ]{{1,5}}|\d{{1,2}}(?:\s?-?\s?(?:го|му|й|th|st|nd|rd|ого|ому))?)"
                 rf"(?:\s*[-–]\s*(?P<cent_n2>[XIVХІ]{{1,5}}|\d{{1,2}}))?\s+(?P<cent_cm>{CM})"),
        "year": rf"{B}{fz('year')}(?P<year_y>{Y})(?P<year_suf>{YSUF})(?:\s*(?P<year_ym>{YM}))?",
        "mrel": (rf"{B}{fz('mrel')}(?:(?P<mrel_m>{MONTH})|(?P<mrel_s>{SEASON}|{SADV}))\s+"
                 rf"(?:(?P<mrel_rm>{RELMOD})\s+(?P<mrel_u>{UNIT})|(?P<mrel_an>{ANAPH}))"),
        "rel": (rf"{B}{fz('rel')}(?P<rel_mod>{RELMOD})\s+"
                rf"(?:(?P<rel_u>{UNIT})|(?P<rel_s>{SEASON}|{SADV})|(?P<rel_w>{WD})|(?P<rel_m>{MONTH}))"),
        "ry": rf"{B}{fz('ry')}(?P<ry_w>{RELYEAR})",
        "sy": rf"{B}{fz('sy')}(?P<sy_w>{SEASON}|{SADV})\s+(?:of\s+)?(?P<sy_y>{Y}){YEAR_TAIL}",
        "sa": rf"{B}{fz('sa')}(?P<sa_w>{SADV})",
        "my": (rf"{B}{fz('my')}(?P<my_m1>{MONTH})(?:{DASH}(?P<my_m2>{MONTH}))?"
               rf"(?:,?\s+(?:of\s+)?(?P<my_y>{Y}){YEAR_TAIL})?"),
        "decw": rf"{B}{fz('decw')}(?:the\s+)?(?P<decw_w>{DECW})(?:\s+{YM})?",
        "wd": rf"{B}{fz('wd')}(?P<wd_w>{WD})(?:{DASH}(?P<wd_w2>{WD}))?",
        "adj": rf"{B}(?:(?P<adj_w>{WADJ})|(?P<adj_m>{MADJ}))",
    }
    families = {k: v for k, v in families.items() if v is not None}
    pattern = "|".join(f"(?P<f_{name}>{body})" for name, body in families.items())
    start_words = frozenset(normalize_form(_WORD.match(f).group()) for e in lex.entries for f in e.forms
                            if _WORD.match(f) and e.kind in pattern_kinds and e.kind not in _NEVER_FIRST) | {"the"}
    digit_families = [name for name in families if name in _DIGIT_FIRST]
    digit_pattern = "|".join(f"(?P<f_{name}>{families[name]})" for name in digit_families)
    return Grammar(lang, lex, re.compile(pattern, re.IGNORECASE), tuple(families), start_words,
                   re.compile(digit_pattern, re.IGNORECASE))


# Kinds whose words never begin an expression ("тому" ends "три роки тому").
_NEVER_FIRST = frozenset({"after", "more", "ago", "later_post", "yearmark", "centurymark"})
# Families whose match may begin with a digit.
_DIGIT_FIRST = frozenset({"ago", "lp", "iso", "dot", "dm", "yr", "dec", "cent", "year"})


_WORD = re.compile(r"\w+(?:['’ʼ`]\w+)*")
_ROMAN_WORD = re.compile(r"[XIVХІ]+$")
_ROMAN_LETTERS = frozenset("XIVХІ")
_ODD_LETTERS = re.compile(r"[’ʼ`ё]")


def scan(text: str, lang: str) -> list[Spec]:
    """Every time expression the grammar of `lang` finds in `text`, in text order, not overlapping."""
    g = grammar(lang)
    specs: list[Spec] = []
    match, match_digit, starts = g.pattern.match, g.digit_pattern.match, g.start_words
    done = 0   # end of the last accepted match: matches never overlap
    for word in _WORD.finditer(text):
        pos = word.start()
        if pos < done:
            continue
        w = word.group()
        if w[0].isdigit():
            m = match_digit(text, pos)
        else:
            key = w.lower()
            # most words: not a start word, no Roman numeral (its first letter is cheaper to test)
            if key not in starts and not (w[0] in _ROMAN_LETTERS and _ROMAN_WORD.match(w)) \
                    and not (_ODD_LETTERS.search(key) and normalize_form(key) in starts):
                continue
            m = match(text, pos)
        if m is None:
            continue
        spec = read_match(g, m, text)
        if spec is not None:
            specs.append(spec)
            done = spec.end
    return specs
