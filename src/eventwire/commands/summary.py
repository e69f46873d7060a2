"""`eventwire summary`: what the store holds — counts, event types, top actors and places."""

from __future__ import annotations

import json
from typing import Any

import click

from eventwire.commands.store_options import db_option, open_existing
from eventwire.dedupe.views import CanonicalStore


@click.command("summary", short_help="Summarise what the store holds.")
@db_option
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many actors, places and types to list.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
def summary_command(db: str, top: int, output_format: str) -> None:
    """Summarise the store: documents, events by type and modality, top actors and places.

    \b
    Example:
        eventwire summary --db out/demo.db
    """
    with open_existing(db) as store:
        summary = store.summary(top=top)
        summary["counts"]["real_events"] = CanonicalStore(store).count_events()
    if output_format == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    click.echo("\n".join(_text(summary)))


def _text(summary: dict[str, Any]) -> list[str]:
    counts = summary["counts"]
    first, last = summary["documents_dates"]
    lines = [f"{counts['documents']} documents ({first or '?'} to {last or '?'}), "
             f"{counts['real_events']} real events from {counts['events']} reports, "
             f"{counts['actor_mentions']} actor mentions, "
             f"{counts['places']} place mentions, {counts['quotes']} quotes, "
             f"{counts['claims']} claims"]
    sections = (
        ("event reports by PLOVER type", "events_by_plover", None),
        ("event reports by ACLED type", "events_by_acled", None),
        ("event reports by modality", "events_by_modality", None),
        ("top actors", "top_actors", "name"),
        ("top places", "top_places", "country"),
    )
    if not counts["events"]:
        lines.append("no events coded")
    for title, key, extra in sections:
        rows = summary[key]
        if not rows:
            continue
        lines.append("")
        lines.append(f"{title}:")
        width = max(len(str(r["key"])) for r in rows)
        for r in rows:
            note = f"  ({r[extra]})" if extra and r.get(extra) and r[extra] != r["key"] else ""
            lines.append(f"  {r['count']:>6}  {str(r['key']).ljust(width)}{note}".rstrip())
    return lines
