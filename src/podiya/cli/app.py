"""The Typer applications every command module attaches to."""
from __future__ import annotations

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, pretty_exceptions_show_locals=False,
                  help="podiya: political event data from Ukrainian, Russian and English news.")
eval_app = typer.Typer(no_args_is_help=True, help="Score podiya's layers on benchmarks and gold files.")
train_app = typer.Typer(no_args_is_help=True, help="Rebuild podiya's shipped models from ../shared/data.")
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")
