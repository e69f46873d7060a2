"""`eventwire documents`: list stored documents; `documents show ID` prints one."""

from __future__ import annotations

import datetime as dt
import json

import click

from eventwire.commands.store_options import date_range_options, db_option, open_existing
from eventwire.commands.table import echo_json, render
from eventwire.errors import InputError


@click.group("documents", invoke_without_command=True,
             short_help="List stored documents, or show one.")
@db_option
@date_range_options("Published on or after this day.", "Published on or before this day.")
@click.option("--text", metavar="WORDS", help="Words that all occur in the title or text.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "jsonl"]),
              default="table", show_default=True, help="Output format.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most this many documents (0 = all).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.pass_context
def documents_command(ctx: click.Context, db: str, since: dt.date | None, until: dt.date | None,
                      text: str | None, output_format: str, limit: int, offset: int) -> None:
    """List stored documents by date (or show one: `documents show ID`).

    \b
    Example:
        eventwire documents --since 2019-05-06 --text Idlib
        eventwire documents show 2019-05-06-kafr-nabudah
    """
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    with open_existing(db) as store:
        rows = store.documents(since=since, until=until, text=text, limit=limit or None,
                               offset=offset)
    if not echo_json(rows, output_format):
        headers = ("id", "date", "events", "chars", "title")
        click.echo(render(headers, [(r["id"], r["date"], r["n_events"], r["chars"],
                                     r["title"] or r["source"]) for r in rows],
                          widths={"id": 40, "title": 60}))


@documents_command.command("show")
@click.argument("document_id", metavar="ID")
@click.option("--db", "db", default=None, metavar="PATH",
              help="SQLite store to use (default: as for `documents`).")
@click.pass_context
def show_command(ctx: click.Context, document_id: str, db: str | None) -> None:
    """Print a stored document's coded result (the contract JSON) by its id."""
    path = db or ctx.obj["db"]
    with open_existing(path) as store:
        document = store.document(document_id)
    if document is None:
        raise InputError(f"no document with id {document_id!r} in {path}")
    click.echo(json.dumps(document["result"], ensure_ascii=False, indent=2))
