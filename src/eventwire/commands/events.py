"""`eventwire events`: list stored events, filtered, as a table, JSON, JSON Lines or CSV."""

from __future__ import annotations

from typing import Any

import click

from eventwire.commands import canonical
from eventwire.commands.store_options import db_option, event_filter_options, open_existing
from eventwire.commands.table import actor_cell, echo_events, page_span
from eventwire.exports.flat import COLUMNS, flat_event
from eventwire.store import EventFilter


@click.command("events", short_help="List stored events, filtered.")
@db_option
@event_filter_options
@click.option("--format", "output_format", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True, help="Output format.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="At most this many events (0 = all).")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many first.")
@click.option("--newest-first", is_flag=True, help="Latest day first.")
@click.option("--reports", is_flag=True,
              help="List raw events (one per report) instead of canonical events.")
def events_command(db: str, filters: EventFilter, output_format: str, limit: int, offset: int,
                   newest_first: bool, reports: bool) -> None:
    """List stored events that match every filter given, in order of day.

    By default each real event is listed once (deduplicated), with its `reports` and
    `report_count`; a canonical event matches when any of its reports does. `--reports`
    lists every report (raw event) instead.

    \b
    Example:
        eventwire events --actor RUS --cameo 19 --since 2019-05-01
        eventwire events --near 35.42,36.51,20 --modality asserted,reported --format csv
        eventwire events --text "barrel bombs" --format jsonl
    """
    if not reports:
        return canonical.show(db, filters, output_format, limit, offset, newest_first)
    with open_existing(db) as store:
        events = store.events(filters, limit=limit or None, offset=offset,
                              newest_first=newest_first)
        total = store.count_events(filters) if output_format == "table" else None
    echo_events(events, output_format, csv_fields=COLUMNS, csv_row=flat_event,
                headers=TABLE_HEADERS, table_row=_table_row, widths=TABLE_WIDTHS,
                footer=f"{page_span(offset, len(events))} of {total} events")


TABLE_HEADERS = ("day", "cameo", "plover", "modality", "source", "target", "place", "text")
TABLE_WIDTHS = {"source": 22, "target": 22, "place": 20, "text": 60}


def _table_row(event: dict[str, Any]) -> list[Any]:
    place = event.get("place") or {}
    return [event.get("day"), event.get("cameo"), (event.get("plover") or {}).get("event"),
            event.get("modality"), actor_cell(event, "source"), actor_cell(event, "target"),
            place.get("name") or place.get("text"), event.get("sentence_text")]
