"""`eventwire code`: code documents and print the contract; stores nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from eventwire.dates import parse_date
from eventwire.errors import InputError
from eventwire.ingest import decode_bytes, iter_documents
from eventwire.knowledge import Knowledge
from eventwire.model import Document
from eventwire.pipeline import code


@click.command("code")
@click.argument("paths", nargs=-1)
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Publication date of plain-text and HTML input.")
@click.option("--format", "output_format", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True, help="One JSON value, or one object per line.")
@click.option("--dictionaries", type=click.Path(file_okay=False, path_type=Path),
              help="Directory of extra or replacement dictionaries (PETRARCH format too).")
def code_command(paths: tuple[str, ...], date_text: str | None, output_format: str,
                 dictionaries: Path | None) -> None:
    """Code documents and print the result as JSON (see CONTRACT.md); store nothing.

    PATH is a text file, an HTML file (.html/.htm) or a JSON Lines file (.jsonl, one
    {"id", "text", "date"?, "title"?, "url"?} per line). No PATH, or -, reads text from stdin.

    \b
    Example:
        eventwire code --date 2019-05-06 article.txt
        echo "Russian jets struck Kafr Nabudah." | eventwire code --date 2019-05-06
    """
    date = parse_date(date_text, source="--date")
    if dictionaries is not None and not dictionaries.is_dir():
        raise InputError("not a directory", source=str(dictionaries))
    knowledge = Knowledge(dictionaries) if dictionaries else None
    failures = 0
    results = []
    for item in _documents(paths or ("-",), date):
        if isinstance(item, InputError):
            failures += 1
            click.echo(f"error: {item}", err=True)
            continue
        result = code(item, knowledge=knowledge).to_dict()
        if output_format == "jsonl":
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            results.append(result)
    if output_format == "json" and (results or not failures):
        value = results[0] if len(results) == 1 else results
        click.echo(json.dumps(value, ensure_ascii=False, indent=2))
    if failures:
        sys.exit(1)


def _documents(paths: tuple[str, ...], date):
    for path in paths:
        if path == "-":
            text = decode_bytes(sys.stdin.buffer.read())
            yield Document(text=text, id="stdin", date=date, source="<stdin>")
        else:
            yield from iter_documents(path, date=date)
