"""`eventwire threads`: storylines of real events, quotes and claims; `threads show ID`."""

from __future__ import annotations

import datetime as dt
import json

import click

from eventwire.commands.store_options import date_range_options, db_option, open_existing
from eventwire.commands.table import render
from eventwire.errors import InputError
from eventwire.threads import thread, threads


@click.group("threads", invoke_without_command=True)
@db_option
@date_range_options("Only events on or after this day.", "Only events on or before this day.")
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True,
              help="Hide threads with fewer events.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
@click.pass_context
def threads_command(ctx: click.Context, db: str, since: dt.date | None, until: dt.date | None,
                    min_events: int, output_format: str) -> None:
    """List story threads: real events linked by place, time, actors, documents and links.

    \b
    Example:
        eventwire threads --min-events 3
        eventwire threads show 12
    """
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    with open_existing(db) as store:
        rows = threads(store, since=since.isoformat() if since else None,
                       until=until.isoformat() if until else None, min_events=min_events)
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(render(("id", "first", "last", "events", "reports", "docs", "quotes", "claims",
                       "title"),
                      [[r["id"], r["first_day"], r["last_day"], r["events"], r["reports"],
                        r["documents"], r["quotes"], r["claims"], r["title"]] for r in rows],
                      widths={"title": 80}))


@threads_command.command("show")
@click.argument("thread_id", type=int)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]),
              default="text", show_default=True)
@click.pass_context
def show_command(ctx: click.Context, thread_id: int, output_format: str) -> None:
    """Show thread THREAD_ID: its events, documents, quotes, claims and why they are joined."""
    with open_existing(ctx.obj["db"]) as store:
        found = thread(store, thread_id)
    if found is None:
        raise InputError(f"no thread {thread_id}; see 'eventwire threads'")
    if output_format == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"Thread {found['id']}: {found['title']}")
    click.echo(f"{found['first_day']} – {found['last_day']}: {found['counts']['events']} "
               f"events, {found['reports']} reports, {found['counts']['documents']} documents, "
               f"{found['counts']['quotes']} quotes, {found['counts']['claims']} claims")
    click.echo("\nEvents")
    for event in found["events"]:
        place = (event.get("place") or {}).get("name") or "?"
        kind = (event.get("plover") or {}).get("event") or event.get("cameo")
        click.echo(f"  [{event['id']}] {event['day']} {kind} at {place} "
                   f"({event['modality']}, {event['report_count']} reports): "
                   f"{event.get('sentence_text') or ''}")
    if found["quotes"]:
        click.echo("\nQuotes")
        for quote in found["quotes"]:
            who = quote.get("speaker_name") or quote.get("speaker_text") or "?"
            click.echo(f"  {who}: \"{quote['text']}\" ({quote['document_id']})")
    if found["claims"]:
        click.echo("\nClaims")
        for claim in found["claims"]:
            who = claim.get("claimant_name") or claim.get("claimant_code") or "?"
            assessed = f" [{claim['assessment']}]" if claim.get("assessment") else ""
            click.echo(f"  {who}: \"{claim['text']}\"{assessed} ({claim['document_id']})")
    click.echo("\nDocuments")
    for doc in found["documents"]:
        click.echo(f"  {doc['date']} {doc['id']}: {doc.get('title') or ''}")
    if found["links"]:
        click.echo("\nWhy these belong together")
        for link in found["links"]:
            click.echo(f"  {link['from']} + {link['to']}: {link['reason']}")
