"""Printing canonical events for `eventwire events` (its default view): table, JSON, CSV."""

from __future__ import annotations

from typing import Any

from eventwire.commands.store_options import open_existing
from eventwire.commands.table import actor_cell, echo_events, page_span
from eventwire.dedupe.views import CanonicalStore
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
        canonical = CanonicalStore(store)
        total: int | None
        if output_format == "table" and limit:  # the page and its total in one pass
            events, total = canonical.page(filters, limit=limit, offset=offset,
                                           newest_first=newest_first)
        else:
            events = canonical.events(filters, limit=limit or None, offset=offset,
                                      newest_first=newest_first)
            total = len(events) + offset if output_format == "table" else None
    echo_events(events, output_format, csv_fields=COLUMNS + EXTRA_COLUMNS, csv_row=csv_row,
                headers=TABLE_HEADERS, table_row=_table_row, widths=TABLE_WIDTHS,
                footer=f"{page_span(offset, len(events))} of {total} events "
                       "(deduplicated; --reports for every report)")


def csv_row(event: dict[str, Any]) -> dict[str, Any]:
    """A flat row of a canonical event: the flat event columns plus its report summary."""
    reports = ";".join(f"{r['doc_id']}:{r['event_id']}" for r in event.get("reports", []))
    modalities = ";".join(f"{m}={n}" for m, n in (event.get("modalities") or {}).items())
    return {**flat_event(event), "report_count": event.get("report_count"),
            "document_count": event.get("document_count"),
            "disputed": int(bool(event.get("disputed"))), "modalities": modalities,
            "reports": reports}


def _table_row(event: dict[str, Any]) -> list[Any]:
    place = event.get("place") or {}
    modality = event.get("modality") or ""
    if event.get("disputed"):
        modality += " (disputed)"
    return [event.get("id"), event.get("day"), event.get("cameo"),
            (event.get("plover") or {}).get("event"), modality, event.get("report_count"),
            actor_cell(event, "source"), actor_cell(event, "target"),
            place.get("name") or place.get("text"),
            event.get("sentence_text")]
