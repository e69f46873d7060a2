"""Printing canonical events for `eventwire events` (its default view): table, JSON, CSV."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from eventwire.commands.store_options import open_existing
from eventwire.commands.table import render
from eventwire.exports.flat import COLUMNS, flat_event
from eventwire.store import EventFilter

EXTRA_COLUMNS = ("report_count", "document_count", "disputed", "modalities", "reports")
"""CSV columns a canonical event adds to the flat event columns."""

TABLE_HEADERS = ("id", "day", "cameo", "plover", "modality", "reports", "source", "target",
                 "place", "text")
TABLE_WIDTHS = {"source": 16, "target": 16, "place": 20, "text": 56}


def show(db: str, filters: EventFilter, output_format: str, limit: int, offset: int,
         newest_first: bool) -> None:
    """Print one page of canonical events in `output_format`."""
    with open_existing(db) as store:
        events = store.canonical_events(filters, limit=limit or None, offset=offset,
                                        newest_first=newest_first)
        total = store.count_canonical_events(filters) if output_format == "table" else None
    if output_format == "json":
        click.echo(json.dumps(events, ensure_ascii=False, indent=2))
    elif output_format == "jsonl":
        for event in events:
            click.echo(json.dumps(event, ensure_ascii=False))
    elif output_format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=COLUMNS + EXTRA_COLUMNS,
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(csv_row(e) for e in events)
    else:
        click.echo(render(TABLE_HEADERS, [_table_row(e) for e in events], widths=TABLE_WIDTHS))
        shown = f"{offset + 1}-{offset + len(events)}" if events else "0"
        click.echo(f"{shown} of {total} events (deduplicated; --reports for every report)",
                   err=True)


def csv_row(event: dict[str, Any]) -> dict[str, Any]:
    """A flat row of a canonical event: the flat event columns plus its report summary."""
    reports = ";".join(f"{r['doc_id']}:{r['event_id']}" for r in event.get("reports", []))
    modalities = ";".join(f"{m}={n}" for m, n in (event.get("modalities") or {}).items())
    return {**flat_event(event), "report_count": event.get("report_count"),
            "document_count": event.get("document_count"),
            "disputed": int(bool(event.get("disputed"))), "modalities": modalities,
            "reports": reports}


def _table_row(event: dict[str, Any]) -> list[Any]:
    def actor(role: str) -> str:
        a = event.get(role) or {}
        return a.get("code") or a.get("name") or a.get("text") or ""

    place = event.get("place") or {}
    modality = event.get("modality") or ""
    if event.get("disputed"):
        modality += " (disputed)"
    return [event.get("id"), event.get("day"), event.get("cameo"),
            (event.get("plover") or {}).get("event"), modality, event.get("report_count"),
            actor("source"), actor("target"), place.get("name") or place.get("text"),
            event.get("sentence_text")]
