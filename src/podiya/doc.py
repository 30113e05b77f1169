"""What flows through the pipeline: an `Article` comes in, a `Doc` goes out.

`Article` is what a reader produced (id, text and metadata). `Doc` carries the article's text and
everything the stages add: sentences, tokens with their morphology, entities, times, events and
the summary. `Doc.to_document()` turns it into the output contract (`schema.Document`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .schema import Document, Entity, Event, TimeExpr


@dataclass
class Article:
    """One input document, as read. `text` is the exact text every offset will point into."""

    id: str
    text: str
    lang: str | None = None
    date: str | None = None          # YYYY-MM-DD or None
    title: str | None = None
    url: str | None = None
    source: str | None = None        # file (and line / record) it came from
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class Analysis:
    """One morphological reading of a word (pymorphy3 tags mapped to plain fields)."""

    lemma: str
    pos: str | None                  # NOUN ADJF VERB INFN PRTF GRND NPRO PREP CONJ NUMR ADVB ...
    case: str | None = None          # nomn gent datv accs ablt loct voct (pymorphy3 names)
    number: str | None = None        # sing plur
    gender: str | None = None        # masc femn neut
    tags: frozenset[str] = frozenset()   # every grammeme, e.g. Name Surn Patr Abbr Geox Orgn past perf
    score: float = 1.0


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    sent: int = 0                    # sentence index
    analyses: tuple[Analysis, ...] = ()

    @property
    def lemma(self) -> str:
        return self.analyses[0].lemma if self.analyses else self.text.lower()

    @property
    def pos(self) -> str | None:
        return self.analyses[0].pos if self.analyses else None

    def has_tag(self, tag: str) -> bool:
        """True when any analysis carries the grammeme (the uk dictionary does not rank them)."""
        return any(tag in a.tags for a in self.analyses)


@dataclass
class Doc:
    article: Article
    lang: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    summary: list[int] = field(default_factory=list)
    # Stage-private results that later stages may read (e.g. mention -> entity maps).
    extras: dict[str, Any] = field(default_factory=dict)
    _token_index: tuple | None = field(default=None, repr=False, compare=False)

    def token_index(self) -> tuple[dict[int, int], dict[int, int]]:
        """(start offset -> token number, end offset -> token number) of the tokens, built once
        per token list: the entity passes map every span to tokens through them."""
        cached = self._token_index
        if cached is None or cached[0] is not self.tokens or cached[1] != len(self.tokens):
            tokens = self.tokens
            cached = (tokens, len(tokens), {t.start: i for i, t in enumerate(tokens)},
                      {t.end: i for i, t in enumerate(tokens)})
            self._token_index = cached
        return cached[2], cached[3]

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def date(self) -> str | None:
        return self.article.date

    def sentence_tokens(self, index: int) -> list[Token]:
        return [t for t in self.tokens if t.sent == index]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """The tokens that start in [start, end): from the token at `start` when there is one
        (tokens are in text order; a sentence starts at its first token), else by a scan of all."""
        first = self.token_index()[0].get(start)
        if first is None:
            return [t for t in self.tokens if start <= t.start < end]
        tokens = self.tokens
        last = first
        while last < len(tokens) and tokens[last].start < end:
            last += 1
        return tokens[first:last]

    def to_document(self) -> Document:
        a = self.article
        return Document(
            id=a.id, lang=self.lang or a.lang, date=a.date, title=a.title, url=a.url, text=a.text,
            sentences=[tuple(s) for s in self.sentences], entities=self.entities, times=self.times,
            events=self.events, summary=self.summary,
        )
