"""`eventwire actors`: resolve actor descriptions; check PETRARCH dictionaries."""

from __future__ import annotations

import json
from pathlib import Path

import click

from eventwire.dates import parse_date
from eventwire.errors import InputError
from eventwire.knowledge import Knowledge, default_knowledge


@click.group("actors")
def actors_command() -> None:
    """Actors: code a free-text actor description, or check a dictionary directory.

    \b
    Example:
        eventwire actors resolve "Turkish Defence Minister Hulusi Akar" --date 2019-05-05
        eventwire actors check path/to/petrarch/dictionaries
    """


@actors_command.command("resolve")
@click.argument("text")
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Date the description refers to (office holders code by the office held).")
@click.option("--dictionaries", type=click.Path(path_type=Path),
              help="Directory of extra or replacement dictionaries (PETRARCH format too).")
def resolve_command(text: str, date_text: str | None, dictionaries: Path | None) -> None:
    """Print the actor TEXT describes as JSON, or {"text": TEXT, "code": null}.

    `evidence` says which fact gave the code: the data file and entry, and for a person the
    office held on --date (with its dates), or the rule that composed it.

    \b
    Example:
        eventwire actors resolve "Russian Defence Minister Sergei Shoigu" --date 2019-05-06
        eventwire actors resolve "Turkish-backed Syrian National Army"
    """
    from eventwire.actors import resolve_explained

    date = parse_date(date_text, source="--date")
    actor, evidence = resolve_explained(text, date=date, knowledge=_knowledge(dictionaries))
    value = dict(actor.to_dict(), evidence=evidence) if actor else {"text": text, "code": None}
    click.echo(json.dumps(value, ensure_ascii=False))


@actors_command.command("check")
@click.argument("directory", type=click.Path(path_type=Path))
def check_command(directory: Path) -> None:
    """Read a directory of PETRARCH actor/agent files and print what it holds.

    Prints counts as JSON, and each line that could not be read on stderr.

    \b
    Example:
        eventwire actors check dictionaries/
    """
    from eventwire.petrarch.actors import read_directory

    if not directory.is_dir():
        raise InputError("not a directory", source=str(directory))
    dictionaries = read_directory(directory)
    for problem in dictionaries.skipped:
        click.echo(f"skipped {problem}", err=True)
    click.echo(json.dumps(dictionaries.counts()))


def _knowledge(dictionaries: Path | None) -> Knowledge | None:
    if dictionaries is None:
        return None
    if not dictionaries.is_dir():
        raise InputError("not a directory", source=str(dictionaries))
    return default_knowledge().with_dictionaries(dictionaries)
