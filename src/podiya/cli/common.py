"""Small helpers the command modules share: error reporting and the input loop."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..doc import Article
from ..errors import InputError
from ..pipeline import Failure


@dataclass
class Tally:
    """Counts for the final summary line and the exit status."""

    read: int = 0
    done: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)

    def input_error(self, err: InputError) -> None:
        self.failed += 1
        self.errors.append(str(err))
        print(f"error: {err}", file=sys.stderr, flush=True)

    def doc_failure(self, failure: Failure) -> None:
        self.failed += 1
        src = failure.article.source or failure.article.id
        self.errors.append(f"{src}: {failure.error}")
        print(f"error: {src}: {failure.error}", file=sys.stderr, flush=True)


def counted(articles: Iterator[Article], tally: Tally) -> Iterator[Article]:
    for article in articles:
        tally.read += 1
        yield article
