"""Options in one typed object; defaults in one packaged file (`defaults.toml`)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from importlib.resources import files
from typing import Any

from .errors import PodiyaError


@dataclass(frozen=True)
class Settings:
    stages: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    fallback_language: str = "uk"
    max_input_bytes: int = 60_000_000
    max_text_chars: int = 2_000_000
    max_html_bytes: int = 5_000_000
    fetch_timeout: float = 5.0
    database: str = "podiya.db"
    ner_model: str = ""
    ner_min_confidence: float = 0.7
    extra: dict[str, Any] = field(default_factory=dict)

    def with_(self, **changes: Any) -> "Settings":
        return replace(self, **changes)


def load_settings(**overrides: Any) -> Settings:
    """Packaged defaults, then `overrides` (unknown names are an error, not ignored)."""
    raw = tomllib.loads(files("podiya").joinpath("defaults.toml").read_text(encoding="utf-8"))
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in {**raw, **overrides}.items():
        if key not in known:
            raise PodiyaError(f"unknown setting {key!r}; known: {', '.join(sorted(known))}")
        values[key] = tuple(value) if isinstance(value, list) else value
    confidence = values.get("ner_min_confidence", 0.0)
    if not isinstance(confidence, (int, float)) or not 0 <= confidence <= 1:
        raise PodiyaError(f"ner_min_confidence must be a probability from 0 to 1, not {confidence!r}")
    return Settings(**values)


def entity_settings(model: Any = None, min_confidence: float | None = None) -> Settings:
    """The settings with an entity model and a minimum tagger confidence instead of the defaults'
    (None: the defaults'), as the evaluation commands take them."""
    overrides: dict[str, Any] = {}
    if model:
        overrides["ner_model"] = str(model)
    if min_confidence is not None:
        overrides["ner_min_confidence"] = float(min_confidence)
    return load_settings(**overrides)
