"""Docs that are tested: every `podiya` command is in README.md and answers `--help`."""
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from podiya.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"


def command_paths(group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand under a Click group, as word tuples (("eval", "times"), ...)."""
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append(path)
        if hasattr(command, "commands"):
            found.extend(command_paths(command, path))
    return found


COMMANDS = command_paths(typer.main.get_command(app))


def test_the_walk_finds_the_known_commands():
    assert {("extract",), ("ingest",), ("bench",), ("eval",), ("train",)} <= set(COMMANDS)
    assert any(len(path) == 2 and path[0] == "eval" for path in COMMANDS)


def test_every_command_is_in_the_readme():
    readme = " ".join(README.read_text(encoding="utf-8").split())
    missing = [" ".join(("podiya", *path)) for path in COMMANDS if " ".join(("podiya", *path)) not in readme]
    assert not missing, "README.md does not mention: " + ", ".join(missing)


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_help(path):
    result = CliRunner().invoke(app, [*path, "--help"], prog_name="podiya")
    assert result.exit_code == 0, result.output
    assert "Usage: podiya " + " ".join(path) in " ".join(result.output.split())
    assert len(result.output.strip().splitlines()) > 3  # a description and options, not just usage


def test_top_level_help_lists_every_command():
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for path in COMMANDS:
        if len(path) == 1:
            assert path[0] in result.output
