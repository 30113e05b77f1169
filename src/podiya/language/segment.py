"""Sentences and tokens with exact character offsets.

Lines are hard boundaries (news paragraphs; a title is followed by a blank line). Within a line,
Ukrainian goes through tokenize-uk (abbreviations like "м. Душанбе", apostrophes, "Z-канали"),
Russian and English through razdel, which is rule-based and fast.

Ukrainian sentences come from the same SRX rules tokenize-uk uses (choppa, language "uk_two"),
through an iterator that gives the same segments faster: see `_uk_sentence_iterator`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Token
from ..settings import Settings

_LINE = re.compile(r"[^\n]+")
# The SRX language tokenize-uk's sentence splitter uses (tokenize_uk.pipeline.SENTENCE_LANGUAGE_CODE).
_UK_SRX_LANGUAGE = "uk_two"


@lru_cache(maxsize=1)
def _uk_sentence_iterator():
    """(SRX document, iterator class) for Ukrainian sentences, or None to use tokenize-uk's own.

    choppa's iterator starts one matcher per break rule and searches the text with each. One rule
    of the LanguageTool ruleset has an empty "before" pattern, so its matcher tries the "after"
    pattern in a Python loop at every character of the text, which is most of the splitter's
    time. A rule with an empty "before" pattern breaks exactly where its "after" pattern matches,
    so when one regex search finds no such place in the text the rule can never break there, and
    leaving its matcher out gives the same segments (the iterator drops a matcher that finds
    nothing anyway).
    """
    try:
        from choppa import DEFAULT_SRX_RULESET, SrxDocument, SrxTextIterator
        from choppa.iterators import RuleMatcher
    except ImportError:  # a choppa without these names: tokenize-uk's splitter is still correct
        return None

    class UkSentenceIterator(SrxTextIterator):
        def init_matchers(self) -> None:
            self.rule_matcher_list = []
            text = self.text_manager.get_text()
            for rule in self.rule_manager.break_rule_list:
                if not rule.before_pattern and self.document.compile(rule.after_pattern).search(text) is None:
                    continue
                matcher = RuleMatcher(document=self.document, rule=rule, text=text)
                matcher.find()
                if not matcher.hit_end():
                    self.rule_matcher_list.append(matcher)

    splitter = (SrxDocument(ruleset=DEFAULT_SRX_RULESET), UkSentenceIterator)
    # The subclass leans on choppa's internals: a choppa that changed them falls back, not fails.
    return _checked(splitter, _iterate, _tokenize_uk_sentences,
                    "Зустріч у м. Душанбе. Ще одне речення! А це <0} третє… Так.")


def _checked(fast, run, reference, sample: str):
    """`fast` when `run(fast, sample)` gives what tokenize-uk's own `reference(sample)` gives, else None:
    any difference or failure of the fast path means tokenize-uk's own code is used."""
    try:
        if run(fast, sample) == reference(sample):
            return fast
    except Exception:  # noqa: BLE001  any failure of the fast path means: use tokenize-uk's own
        pass
    return None


def _tokenize_uk_sentences(text: str) -> list[tuple[int, int]]:
    from tokenize_uk import tokenize_sents_with_spans
    return [(s, e) for _, s, e in tokenize_sents_with_spans(text)]


def _iterate(splitter, text: str) -> list[tuple[int, int]]:
    document, iterator = splitter
    spans = []
    offset = 0
    # As tokenize_uk.tokenize_sents_with_spans: segments without text are dropped, the rest trimmed.
    for piece in iterator(document, _UK_SRX_LANGUAGE, text):
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((offset + lead, offset + lead + len(stripped)))
        offset += len(piece)
    return spans


def _uk_sentences(text: str) -> list[tuple[int, int]]:
    splitter = _uk_sentence_iterator()
    return _iterate(splitter, text) if splitter is not None else _tokenize_uk_sentences(text)


class _OnlyWith:
    """A compiled pattern whose `sub` runs only when `guard` (a stdlib regex) finds something in
    the text, which every match of the pattern contains; otherwise the text is returned as it is,
    as the search would."""

    def __init__(self, pattern, guard: "re.Pattern[str]"):
        self.pattern = pattern
        self.guard = guard

    def sub(self, repl, text: str, count: int = 0) -> str:
        if self.guard.search(text) is not None:
            return self.pattern.sub(repl, text, count)
        return text

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


class _CompiledOnce:
    """The `regex` module as tokenize-uk's module sees it, except that `sub` with a pattern given
    as a string compiles it once: tokenize-uk calls `re.sub("...", ...)` on every sentence, and
    each call looks the pattern up in the module's cache again (about a tenth of its passes' time)."""

    def __init__(self, module, trailing_space: str):
        self.module = module
        self.compiled: dict[tuple[str, int], object] = {}
        # `re.sub("[<spaces>]*$", "", text)`, which tries the pattern at every position of the
        # sentence, removes exactly the trailing run of those characters (they include "\n", so
        # "$" before a final line break adds nothing): rstrip does the same.
        self.trailing_space = trailing_space
        self.trailing_pattern = "[" + trailing_space + "]*$"

    def sub(self, pattern, repl, string, count=0, flags=0):
        if pattern == self.trailing_pattern and repl == "" and not flags and "\n" in self.trailing_space:
            return string.rstrip(self.trailing_space)
        if not isinstance(pattern, str):
            return self.module.sub(pattern, repl, string, count, flags)
        compiled = self.compiled.get((pattern, flags))
        if compiled is None:            # a handful of literal patterns: bounded
            compiled = self.compiled[(pattern, flags)] = self.module.compile(pattern, flags)
        return compiled.sub(repl, string, count)

    def __getattr__(self, name: str):
        return getattr(self.module, name)


def _any_of(chars: str) -> "re.Pattern[str]":
    return re.compile("[" + re.escape(chars) + "]")


def _any_of_texts(*texts: str) -> "re.Pattern[str]":
    return re.compile("|".join(map(re.escape, texts)))


# Passes of tokenize-uk's word tokenizer that run on every sentence and find nothing in most, each
# with what every match of it needs: a letter glued to a number ("в2018") an ASCII digit; a quote
# used as an apostrophe ("п"ять") one of its quote marks (the text has already had its ’ ʼ ‘ made
# '); a compound with a quoted part («Слуга народу»-2) an opening quote; a number with a dash
# between Roman numerals (XIX–XX) one of their capitals; an abbreviation at the end a full stop;
# a number written in groups (2 000 000) a digit (\d: any decimal digit, as the regex module's).
_GUARDED_PATTERNS = {"NUMBER_MISSING_SPACE": _any_of("0123456789"),
                     "WEIRD_APOSTROPH_PATTERN": _any_of('"\u201d\u201f`\u00b4'),
                     "COMPOUND_WITH_QUOTES1": _any_of('«"„'), "COMPOUND_WITH_QUOTES2": _any_of('«"„'),
                     "DASH_NUMBERS_PATTERN": _any_of("IVXІХ"), "ABBR_DOT_ENDING_PATTERN": _any_of("."),
                     "DECIMAL_SPACE_PATTERN": re.compile(r"\d"),
                     # Passes that run on every sentence with a full stop inside (the abbreviations,
                     # initials and numbers block) or with a comma: the literal text every match holds.
                     "DECIMAL_COMMA_PATTERN": re.compile(r"\d,\d"),
                     "DOTTED_NUMBERS_PATTERN": re.compile(r"\d\.\d"), "DOTTED_NUMBERS_PATTERN3": re.compile(r"\d\.\d"),
                     "ABBR_DOT_NAR_PATTERN_1": _any_of_texts("нар."), "ABBR_DOT_NAR_PATTERN_2": _any_of_texts("нар."),
                     "ABBR_DOT_VO_PATTERN1": _any_of_texts("о."), "ABBR_DOT_VO_PATTERN2": _any_of_texts("с."),
                     "ABBR_DOT_VO_PATTERN3": _any_of_texts("л."),
                     "ABBR_DOT_ART_PATTERN": _any_of_texts("Арт.", "арт.", "Мал.", "мал.", "Рис.", "рис.", "Спр.", "спр."),
                     "ABBR_DOT_MAN_PATTERN": _any_of_texts("Ман."),
                     "ABBR_DOT_TYS_PATTERN1": _any_of_texts("тис.", "арт."),
                     "ABBR_DOT_TYS_PATTERN2": _any_of_texts("тис.", "арт."),
                     "ABBR_DOT_LAT_PATTERN": _any_of_texts("лат."), "ABBR_DOT_GUB_PATTERN": _any_of_texts("губ."),
                     "ABBR_DOT_DASH_PATTERN": _any_of_texts(".-", ".\u2013"),
                     "ABBR_DOT_CHL_KOR_PATTERN": _any_of_texts("чл.-кор."), "ABBR_DOT_S_G_PATTERN": _any_of_texts("с.-г."),
                     "ABBR_DOT_PN_ZAH_PATTERN": _any_of_texts(".-"),
                     "ABBR_DOT_KUB_SM_PATTERN": _any_of_texts("кв.", "куб."),
                     "ABBR_DOT_I_T_P_PATTERN": _any_of_texts("т."), "ABBR_DOT_I_T_CH_PATTERN": _any_of_texts("ч."),
                     "ABBR_DOT_T_ZV_PATTERN": _any_of_texts("зв."),
                     "ABBR_DOT_RED_AVT_PATTERN": _any_of_texts("Ред.", "ред.", "Авт.", "авт."),
                     "INVALID_MLN_DOT_PATTERN": _any_of_texts("млн.", "млрд.")}


_CHECKED_TOKENIZE_UK = "2.0.0"    # the release whose passes _GUARDED_PATTERNS was written for


@lru_cache(maxsize=1)
def _uk_word_tokenizer():
    """tokenize-uk's word tokenizer with the passes of `_GUARDED_PATTERNS` skipped where they cannot
    match (about a fifth of Ukrainian segmentation), or None to use tokenize-uk's own function.

    The tokenizer's own methods run unchanged, on a copy of its module's names in which those two
    patterns are guarded; a tokenize-uk other than the release this was checked against
    (`_CHECKED_TOKENIZE_UK`), one whose internals differ, or one that gives other tokens on a sample,
    falls back.
    """
    import importlib.metadata
    import types

    try:
        if importlib.metadata.version("tokenize-uk") != _CHECKED_TOKENIZE_UK:
            return None
        from tokenize_uk import tokenize_uk as engine
        from tokenize_uk.pipeline import NON_CONTENT_CHARS, _is_content_token
        base = engine.UkrainianWordTokenizer
        names = dict(vars(engine))
        for name, guard in _GUARDED_PATTERNS.items():
            names[name] = _OnlyWith(getattr(engine, name), guard)
        names["re"] = _CompiledOnce(engine.re, engine.HORIZONTAL_SPACE + engine.VERTICAL_SPACE)
        methods = {}
        for method in ("adjust_text_for_tokenizing", "cleanup"):
            original = getattr(base, method)
            methods[method] = types.FunctionType(original.__code__, names, original.__name__,
                                                 original.__defaults__, original.__closure__)
        methods["tokenize"] = _restoring_tokenize(engine)
        tokenizer = type("GuardedUkrainianWordTokenizer", (base,), methods)()
    except (ImportError, AttributeError, TypeError, importlib.metadata.PackageNotFoundError):
        return None
    # _is_content_token is `bool(token.strip(NON_CONTENT_CHARS))`: the strip is made inline
    if _is_content_token(" \u00ad") or not _is_content_token("а"):
        return None
    return _checked((tokenizer, NON_CONTENT_CHARS), _guarded_words, _tokenize_uk_words,
                    "Зустріч у м. Душанбе 9 жовтня 2025 р. о 12:30, в2018 році п\"ять тис. грн (5,5 млн) — "
                    "В. Зеленський, www.president.gov.ua, ʼєдність’ «Нафтогаз»-Україна 3-й; С-400.")


# tokenize-uk's tokenize() marks places in the text with private-use characters and turns each
# token's marks back into text with these replacements, in this order (then the URLs it took out).
_RESTORES = (("DECIMAL_COMMA_SUBST", ","), ("NON_BREAKING_SLASH_SUBST", "/"), ("NON_BREAKING_COLON_SUBST", ":"),
             ("NON_BREAKING_SPACE_SUBST", " "), ("LEFT_BRACE_SUBST", "("), ("RIGHT_BRACE_SUBST", ")"),
             ("LEFT_ANGLE_SUBST", "<"), ("RIGHT_ANGLE_SUBST", ">"), ("SLASH_SUBST", "/"),
             ("NON_BREAKING_DOT_SUBST", "."), ("SOFT_HYPHEN_WRAP_SUBST", "SOFT_HYPHEN_WRAP"),
             ("NON_BREAKING_PLACEHOLDER", ""), ("NON_BREAKING_PLACEHOLDER2", ""))
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _restoring_tokenize(engine):
    """tokenize-uk's `tokenize`, with its thirteen replacements per token (most of the time after
    the regex passes) made only for tokens that hold a private-use character, which every mark
    and URL stand-in is: the other tokens come out of them unchanged."""
    restores = tuple((getattr(engine, name), getattr(engine, text) if text.isupper() else text)
                     for name, text in _RESTORES)
    breaking, split_chars = engine.BREAKING_PLACEHOLDER, engine.SPLIT_CHARS_REGEX

    def split(text: str) -> list[str]:
        # tokenize-uk's split_with_delimiters, in C: the pattern is one group (then a look-ahead),
        # so re.split keeps every delimiter; the empty pieces it adds between them are dropped.
        return [piece for piece in split_chars.split(text) if piece]

    whole_match_is_group = split_chars.groups == 1 and split_chars.pattern.startswith("(")

    def tokenize(self, text: str) -> list[str]:
        urls: dict[str, str] = {}
        if text.strip():
            text, urls = self.adjust_text_for_tokenizing(text)
        tokens = split(text) if whole_match_is_group else self.split_with_delimiters(text, split_chars)
        if not _PRIVATE_USE.search(text):       # no marks, no URLs taken out
            return tokens
        out = []
        for token in tokens:
            if token == breaking:
                continue
            if _PRIVATE_USE.search(token):
                for mark, replacement in restores:
                    token = token.replace(mark, replacement)
                for stand_in, url in urls.items():
                    token = token.replace(stand_in, url)
            out.append(token)
        return out

    return tokenize


def _guarded_words(splitter, text: str) -> list[tuple[int, int]]:
    tokenizer, non_content = splitter
    spans = []
    offset = 0
    # As tokenize_uk.tokenize_words_with_spans: the raw tokens concatenate back to the text, and
    # a token counts unless it is all whitespace or invisible characters (its _is_content_token).
    for token in tokenizer.tokenize(text):
        end = offset + len(token)
        if token.strip(non_content):
            spans.append((offset, end))
        offset = end
    return spans


def _tokenize_uk_words(text: str) -> list[tuple[int, int]]:
    from tokenize_uk import tokenize_words_with_spans
    return [(s, e) for _, s, e in tokenize_words_with_spans(text)]


def _uk_words(text: str) -> list[tuple[int, int]]:
    splitter = _uk_word_tokenizer()
    return _guarded_words(splitter, text) if splitter is not None else _tokenize_uk_words(text)


def _razdel_sentences(text: str) -> list[tuple[int, int]]:
    from razdel import sentenize
    return [(s.start, s.stop) for s in sentenize(text)]


def _razdel_words(text: str) -> list[tuple[int, int]]:
    from razdel import tokenize
    return [(t.start, t.stop) for t in tokenize(text)]


def _splitters(lang: str | None):
    if lang == "uk":
        return _uk_sentences, _uk_words
    return _razdel_sentences, _razdel_words


def segment(text: str, lang: str | None) -> tuple[list[tuple[int, int]], list[Token]]:
    """(sentences, tokens) of `text`; every offset slices `text` exactly, tokens carry their sentence index."""
    split_sentences, split_words = _splitters(lang)
    sentences: list[tuple[int, int]] = []
    tokens: list[Token] = []
    for line in _LINE.finditer(text):
        base = line.start()
        chunk = line.group()
        for s_start, s_end in split_sentences(chunk):
            piece = chunk[s_start:s_end]
            # Trim surrounding whitespace so the sentence span starts and ends on text.
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            s_start, s_end = s_start + lead, s_end - trail
            if s_end <= s_start:
                continue
            index = len(sentences)
            sentences.append((base + s_start, base + s_end))
            offset = base + s_start
            for w_start, w_end in split_words(chunk[s_start:s_end]):
                start, end = offset + w_start, offset + w_end
                tokens.append(Token(start, end, text[start:end], index))     # (start, end, text, sent)
    return sentences, tokens


class SegmentStage:
    name = "segment"
    requires: tuple[str, ...] = ("text", "lang")
    provides: tuple[str, ...] = ("sentences", "tokens")

    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Doc) -> Doc:
        doc.sentences, doc.tokens = segment(doc.text, doc.lang)
        return doc
