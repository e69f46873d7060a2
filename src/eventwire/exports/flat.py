"""One flat row per event: the shape shared by CSV output, GeoJSON properties and Parquet."""

from __future__ import annotations

from typing import Any

from eventwire.model import ACTOR_COLUMNS, event_columns

PLACE_FIELDS = ("text", "name", "geonameid", "country", "admin1", "feature", "role",
                "relation")

COLUMNS: tuple[str, ...] = (
    "event_id", "document_id", "id", "day", "date", "date_granularity",
    *(f"source_{f}" for f in ACTOR_COLUMNS), *(f"target_{f}" for f in ACTOR_COLUMNS),
    "cameo", "plover_event", "plover_mode", "acled_event_type", "acled_sub_event_type",
    "quad_class", "goldstein", "modality", "modalities", "confidence", "report_count",
    "killed", "injured", *(f"place_{f}" for f in PLACE_FIELDS), "place_precision", "lat", "lon",
    "sentence", "text", "start", "end", "sentence_text",
    "document_date", "document_title", "document_url", "document_source",
)
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
