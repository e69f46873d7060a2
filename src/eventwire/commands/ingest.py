"""`eventwire ingest`: code documents and keep them, with all their records, in the store."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import click

from eventwire import watch
from eventwire.commands.store_options import db_option
from eventwire.dates import parse_date
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import iter_documents
from eventwire.ingest.text import text_document
from eventwire.knowledge import Knowledge
from eventwire.model import Document
from eventwire.pipeline import code
from eventwire.store import Store

log = logging.getLogger(__name__)


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
    knowledge = Knowledge(dictionaries) if dictionaries else None
    new = old = failed = 0
    with Store.open(db) as store, _progress(_items(sources, date)) as items:
        for item in items:
            if isinstance(item, EventwireError):
                failed += 1
                click.echo(f"error: {item}", err=True)
                continue
            try:
                result = code(item, knowledge=knowledge)
            except EventwireError as exc:
                failed += 1
                click.echo(f"error: {_name(item)}: {exc}", err=True)
                continue
            except Exception as exc:  # a coding bug in one document must not sink the batch
                failed += 1
                log.debug("coding %s failed", _name(item), exc_info=True)
                click.echo(f"error: {_name(item)}: coding failed: {type(exc).__name__}: {exc}",
                           err=True)
                continue
            if store.add(item, result):
                new += 1
                watch.check(store)  # watch rules, after dedupe folded the new events in
            else:
                old += 1
    click.echo(f"ingested {new} new document{'s' if new != 1 else ''} "
               f"({old} already stored, {failed} failed)")
    if failed:
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


def _name(document: Document) -> str:
    return document.source or document.id or "document"


@contextlib.contextmanager
def _progress(items: Iterator[Document | EventwireError]):
    """A progress bar on a terminal; the bare items when stderr is a pipe or file."""
    if not _on_terminal():
        yield items
        return
    with click.progressbar(items, label="ingesting", show_pos=True, file=sys.stderr,
                           item_show_func=lambda d: _name(d) if isinstance(d, Document) else None
                           ) as bar:
        yield bar


def _on_terminal() -> bool:
    return sys.stderr.isatty()
