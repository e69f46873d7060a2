"""`eventwire eval KIND PATH`: score the coder on gold data in the field's formats.

Each kind is a module here exposing a click command named `command`; gold data is read from
the path the user gives at run time and never shipped with the package.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click


def dictionary_command(name: str, dictionaries_help: str, misses_help: str
                       ) -> Callable[[Callable[..., Any]], click.Command]:
    """An eval command scoring actor coding on a gold PATH: `--dictionaries DIR` and
    `--show-misses`, as `eval actors` and `eval petrarch` take them."""
    def decorate(function: Callable[..., Any]) -> click.Command:
        function = click.option("--show-misses", is_flag=True, help=misses_help)(function)
        function = click.option("--dictionaries", help=dictionaries_help,
                                type=click.Path(file_okay=False, path_type=Path))(function)
        function = click.argument("path", type=click.Path(path_type=Path))(function)
        return click.command(name)(function)
    return decorate
