"""The README and the CLI cannot drift apart."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefing.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_docs_every_command_has_help_and_is_in_readme(name):
    cmd = cli.commands[name]
    assert cmd.help and "Example" in cmd.help
    assert f"briefing {name}" in README


def test_docs_quick_start_has_the_two_commands_ci_runs():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[0].strip() == "python3 -m pip install . && python3 -m briefing build"
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text(encoding="utf-8")
    assert blocks[1].strip() in ci
