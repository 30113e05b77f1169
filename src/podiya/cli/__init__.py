"""The `podiya` command: thin shells over the library, one module per command."""
from __future__ import annotations

import importlib

from .app import app

# One module per command; each attaches itself to `app`, `eval_app` or `train_app`.
COMMAND_MODULES = ["extract", "ingest", "bench", "eval_bsnlp", "eval_nerUK", "eval_times",
                   "eval_events", "train_ner"]

for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}")


def main() -> None:
    import logging
    logging.addLevelName(logging.WARNING, "warning")
    logging.addLevelName(logging.ERROR, "error")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    app()
