"""The docs are tested: every command is in the README and has help with an example."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from eventwire.cli import COMMANDS, cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_in_the_readme_and_has_an_example(name, runner):
    assert re.search(rf"`eventwire {name}`", README), f"README does not list `eventwire {name}`"
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_quick_start_is_the_two_make_commands():
    quick_start = README.split("## Quick start", 1)[1].split("##", 1)[0]
    assert "$ make demo" in quick_start and "$ make test" in quick_start


def test_version_and_help_read_well(runner):
    from eventwire import __version__

    assert runner.invoke(cli, ["--version"]).output.strip() == f"eventwire, version {__version__}"
    listing = runner.invoke(cli, ["--help"]).output
    for name in COMMANDS:
        assert name in listing


def test_every_limit_is_documented_with_its_default():
    from eventwire.limits import LIMITS

    limits = (ROOT / "docs" / "limits.md").read_text(encoding="utf-8")
    for limit in LIMITS:
        assert f"`{limit.env}` | {limit.default:,}" in limits, limit.env
