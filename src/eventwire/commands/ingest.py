"""`eventwire ingest`: code documents and keep them, with all their records, in the store."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import click

from eventwire.coding import document_name
from eventwire.commands.store_options import db_option
from eventwire.commands.undated import Undated
from eventwire.dates import parse_date
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import iter_documents
from eventwire.ingest.text import text_document
from eventwire.knowledge import default_knowledge
from eventwire.model import Document
from eventwire.service import ingest
from eventwire.store import Store


@click.command("ingest", short_help="Code documents and keep them in the store.")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--date", "date_text", metavar="YYYY-MM-DD",
              help="Publication date for plain-text and HTML input that gives none.")
@click.option("--dictionaries", type=click.Path(file_okay=False, path_type=Path),
              help="Directory of extra or replacement dictionaries.")
def ingest_command(sources: tuple[str, ...], db: str, date_text: str | None,
                   dictionaries: Path | None) -> None:
    """Code every document in SOURCE... and store it (files, directories, feeds, JSONL, URLs).

    A SOURCE of - reads one plain-text document from stdin.

    A document already stored (same text) is skipped, so re-running is safe. A bad item is
    reported on stderr and the others go on; the exit status is 1 if any item failed.

    \b
    Example:
        eventwire ingest --db conflict.db examples/articles examples/batch/reports.jsonl
    """
    date = parse_date(date_text, source="--date")
    if dictionaries is not None and not dictionaries.is_dir():
        raise InputError("not a directory", source=str(dictionaries))
    knowledge = default_knowledge().with_dictionaries(dictionaries) if dictionaries else None
    undated = Undated()
    with Store.open(db) as store, _progress(undated.watch(_items(sources, date))) as items:
        report = ingest(store, items, knowledge,
                        on_failure=lambda failure: click.echo(f"error: {failure}", err=True))
    new = report.new
    click.echo(f"ingested {new} new document{'s' if new != 1 else ''} "
               f"({report.already_stored} already stored, {report.failed} failed)")
    if warning := undated.warning():
        click.echo(warning, err=True)
    if report.failed:
        sys.exit(1)


def _items(sources: tuple[str, ...], date) -> Iterator[Document | EventwireError]:
    for source in sources:
        try:
            if source == "-":  # one plain-text document, checked as `code -` checks it
                document = text_document(sys.stdin.buffer.read(), source="<stdin>",
                                         doc_id="stdin", date=date)
                yield replace(document, id=None)  # the store names it by its content
                continue
            yield from iter_documents(source, date=date)
        except EventwireError as exc:  # a reader that raises instead of yielding its error
            yield exc


@contextlib.contextmanager
def _progress(items: Iterator[Document | EventwireError]):
    """A progress bar on a terminal; the bare items when stderr is a pipe or file."""
    if not _on_terminal():
        yield items
        return
    with click.progressbar(items, label="ingesting", show_pos=True, file=sys.stderr,
                           item_show_func=lambda d: (document_name(d) if isinstance(d, Document)
                                                     else None)
                           ) as bar:
        yield bar


def _on_terminal() -> bool:
    return sys.stderr.isatty()
