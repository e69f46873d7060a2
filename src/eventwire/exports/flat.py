"""One flat row per event: the shape shared by CSV output, GeoJSON properties and Parquet."""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventwire.model import EVENT_COLUMNS, event_columns

_KEY_TYPES: dict[str, type] = {"event_id": str, "document_id": str, "id": str, "day": dt.date}
_SOURCE_TYPES: dict[str, type] = {
    "sentence": int, "text": str, "start": int, "end": int, "sentence_text": str,
    "document_date": dt.date, "document_title": str, "document_url": str,
    "document_source": str}



def _column_types() -> dict[str, type]:
    columns = dict(_KEY_TYPES)
    for column, kind in EVENT_COLUMNS.items():
        columns[column] = kind
        if column == "modality":
            columns["modalities"] = str  # a real event's: the modalities of all its reports
        elif column == "confidence":
            columns["report_count"] = int  # how many reports a real event has
    return {**columns, **_SOURCE_TYPES}


COLUMN_TYPES = _column_types()
"""A flat event row's columns, in order, with the Python type each holds: its keys, the
contract event's own columns (`model.EVENT_COLUMNS`) with what the store adds to a real
event, and where it was said."""

COLUMNS: tuple[str, ...] = tuple(COLUMN_TYPES)
"""Column order of a flat event row."""


def event_key(event: dict[str, Any]) -> str:
    """A store-wide id for an event: its document's id and its own, `DOC:EVENT`; for a real
    event (deduplicated), that of its anchor report, the one whose document it carries."""
    document_id = event["document"]["id"]
    for report in event.get("reports") or ():
        if report.get("doc_id") == document_id and report.get("event_id"):
            return f"{document_id}:{report['event_id']}"
    return f"{document_id}:{event['id']}"


def flat_event(event: dict[str, Any]) -> dict[str, Any]:
    """Flatten an event from `Store.events()` into the columns of `COLUMNS`."""
    document = event.get("document") or {}
    row: dict[str, Any] = {
        **event_columns(event),
        "event_id": event_key(event),
        "document_id": document.get("id"),
        "id": event.get("id"),
        "day": event.get("day"),
        "modalities": ",".join(event.get("modalities") or [event.get("modality") or ""]),
        "report_count": event.get("report_count") or 1,
        "sentence": event.get("sentence"),
        "text": event.get("text"),
        "start": event.get("start"),
        "end": event.get("end"),
        "sentence_text": event.get("sentence_text"),
        "document_date": document.get("date"),
        "document_title": document.get("title"),
        "document_url": document.get("url"),
        "document_source": document.get("source"),
    }
    return {column: row[column] for column in COLUMNS}
