"""The output format (shared/docs/output-format.md, schema version 1) as typed models.

This module is the one place the JSON shape is defined: `podiya extract`, the store, the exports
and the evaluation read and write these models. `json_schema()` derives the published JSON Schema;
a test keeps `docs/document.schema.json` in sync with it.
"""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

SCHEMA_VERSION = 1

EntityType = Literal["PER", "ORG", "LOC", "EVT", "PRO"]
Modality = Literal["asserted", "reported", "future", "hypothetical", "question", "negated"]
Granularity = Literal["day", "week", "month", "season", "year", "decade", "century"]
Anchor = Literal["document", "previous", "absolute"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=False)


class Mention(_Model):
    start: int
    end: int
    text: str
    base: str
    kind: Literal["office"] | None = Field(
        default=None, description='"office": an office phrase standing for its holder ("президент РФ" for Putin); '
                                  'absent for a name. Written only when set.')

    @model_serializer(mode="wrap")
    def _without_empty_kind(self, handler):
        # A name (the common case) carries no "kind": documents stay as they were before the field was declared.
        data = handler(self)
        if data.get("kind") is None:
            data.pop("kind", None)
        return data


class Entity(_Model):
    id: str
    type: EntityType
    name: str
    key: str | None = None
    country: str | None = None
    sector: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class TimeExpr(_Model):
    start: int
    end: int
    text: str
    value: str | None
    granularity: Granularity | None = None
    anchor: Anchor | None = None


class Party(_Model):
    entity: str | None
    name: str | None
    country: str | None = None
    sector: str | None = None


class Place(_Model):
    entity: str | None
    name: str
    country: str | None = None


class Span(_Model):
    start: int
    end: int
    text: str


class Event(_Model):
    id: str
    type: EventType
    mode: str | None = None
    actor: list[Party] = Field(default_factory=list)
    recipient: list[Party] = Field(default_factory=list)
    date: str | None = None
    location: Place | None = None
    modality: Modality = "asserted"
    attributed_to: str | None = None
    trigger: Span
    sentence: int
    confidence: float
    score: float
    why: dict | None = None


class Document(_Model):
    schema_: int = Field(SCHEMA_VERSION, alias="schema")
    id: str
    lang: str | None
    date: str | None
    title: str | None = None
    url: str | None = None
    text: str
    sentences: list[tuple[int, int]] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    summary: list[int] = Field(default_factory=list)

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def to_json_dict(self) -> dict:
        """The contract's JSON object, with `schema` first and keys in the documented order."""
        return self.model_dump(by_alias=True, mode="json", exclude_none=False)


def json_schema() -> dict:
    """JSON Schema of one output document, derived from the models above."""
    return Document.model_json_schema(by_alias=True)
