"""`eventwire code`: code documents and print the contract; stores nothing."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from eventwire.coding import Failure, code_each
from eventwire.commands.undated import Undated
from eventwire.dates import parse_date
from eventwire.errors import InputError
from eventwire.ingest import iter_documents
from eventwire.knowledge import default_knowledge
from eventwire.model import Document


@click.command("code")
@click.argument("paths", nargs=-1)
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Publication date of plain-text and HTML input.")
@click.option("--format", "output_format", type=click.Choice(["json", "jsonl"]), default="json",
              show_default=True, help="One JSON value, or one object per line.")
@click.option("--dictionaries", type=click.Path(file_okay=False, path_type=Path),
              help="Directory of extra or replacement dictionaries (PETRARCH format too).")
@click.option("--tokens", "with_tokens", is_flag=True,
              help="Also print each sentence's tokens (tag, UPOS, lemma, relation, head) and "
                   "the typed proper names.")
def code_command(paths: tuple[str, ...], date_text: str | None, output_format: str,
                 dictionaries: Path | None, with_tokens: bool) -> None:
    """Code documents and print the result as JSON (docs/contract.md); store nothing.

    PATH is a text file, an HTML page (.html/.htm), a feed (.xml/.rss/.atom), a JSON Lines
    file (.jsonl, one {"id", "text", "date"?, "title"?, "url"?} per line), a directory (read
    recursively) or an http(s) URL. No PATH, or -, reads text from standard input. A text file
    named YYYY-MM-DD-slug.txt takes its date from its name unless --date is given.

    \b
    Example:
        eventwire code --date 2019-05-06 article.txt
        echo "Russian jets struck Kafr Nabudah." | eventwire code --date 2019-05-06
        eventwire code --format jsonl reports.jsonl > coded.jsonl
    """
    date = parse_date(date_text, source="--date")
    if dictionaries is not None and not dictionaries.is_dir():
        raise InputError("not a directory", source=str(dictionaries))
    knowledge = default_knowledge().with_dictionaries(dictionaries) if dictionaries else None
    failures = 0
    results = []
    undated = Undated()
    for outcome in code_each(undated.watch(_documents(paths or ("-",), date)), knowledge):
        if isinstance(outcome, Failure):
            failures += 1
            click.echo(f"error: {outcome}", err=True)
            continue
        result = outcome[1].to_dict(tokens=with_tokens)
        if output_format == "jsonl":
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            results.append(result)
    if output_format == "json" and (results or not failures):
        value = results[0] if len(results) == 1 else results
        click.echo(json.dumps(value, ensure_ascii=False, indent=2))
    if warning := undated.warning():
        click.echo(warning, err=True)
    if failures:
        sys.exit(1)


def _documents(paths: tuple[str, ...], date) -> Iterator[Document | InputError]:
    for path in paths:
        yield from iter_documents(path, date=date)
