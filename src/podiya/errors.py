"""The small error hierarchy of podiya.

Every error says which input (file, line) or which stage it concerns and, where it can, what to
do about it. Bad input raises `InputError`; the pipeline turns a failure inside one document into
a `DocumentError` for that document and goes on with the batch.
"""
from __future__ import annotations


class PodiyaError(Exception):
    """Base class of every error podiya raises on purpose."""


class InputError(PodiyaError):
    """An input could not be read: the file (and line) and the reason."""

    def __init__(self, source: str, reason: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


class DocumentError(PodiyaError):
    """A stage failed on one document; the batch goes on without it."""

    def __init__(self, doc_id: str, stage: str, cause: BaseException):
        self.doc_id = doc_id
        self.stage = stage
        self.cause = cause
        super().__init__(f"document {doc_id!r}: stage {stage!r} failed: {type(cause).__name__}: {cause}")


class PipelineError(PodiyaError):
    """The pipeline was built wrong (a stage needs what no earlier stage provides)."""


class DataFileError(PodiyaError):
    """A packaged data file (lexicon, gazetteer, knowledge base) has a bad record."""

    def __init__(self, path: str, line: int | None, reason: str):
        self.path = path
        self.line = line
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")
