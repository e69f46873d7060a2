"""Flatten one contract result into rows for the store's tables.

Works on the contract dict (`Result.to_dict()`), not the dataclasses, so fields other stages
add to records are kept in each row's `record` JSON without changes here.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Table

from eventwire.model import event_columns
from eventwire.store import schema

_EVENT_COLUMNS = frozenset(schema.events.c.keys())
"""Flat event columns the `events` table has (a place's role and demonym stay in `record`)."""


def unique_event_ids(data: dict[str, Any]) -> None:
    """Give events with an empty or repeated id a unique one (`e3`, `x-e1#2`), in place.

    Event ids key events within a document (`DOC:EVENT` across the store), so they must be
    unique; a stage that forgot to number its events must not make the document unstorable.
    """
    seen: set[str] = set()
    for index, event in enumerate(data.get("events", []), start=1):
        event_id = str(event.get("id") or "")
        if not event_id:
            event_id = f"e{index}"
        while event_id in seen:
            event_id = f"{event_id}#{index}"
        event["id"] = event_id
        seen.add(event_id)


def record_rows(document_pk: int, data: dict[str, Any]) -> dict[Table, list[dict[str, Any]]]:
    """Rows for `events` and every record table, for the document stored as `document_pk`."""
    text = data["text"]
    sentences = {s["index"]: (s["start"], s["end"]) for s in data.get("sentences", [])}
    pk = {"document_pk": document_pk}
    return {
        schema.events: [
            {**pk, **event_row(e, text, sentences, data.get("date"))}
            for e in data.get("events", [])
        ],
        schema.actor_mentions: [
            {**pk, **_span(a), **{f: a.get(f) for f in ("code", "country", "sector", "name")}}
            for a in data.get("actors", [])
        ],
        schema.places: [
            {**pk, **_span(p), **{f: p.get(f) for f in (
                "geonameid", "name", "lat", "lon", "country", "admin1", "feature", "role",
                "relation")}}
            for p in data.get("places", [])
        ],
        schema.times: [
            {**pk, **_span(t), "value": t.get("value"), "granularity": t.get("granularity")}
            for t in data.get("times", [])
        ],
        schema.quotes: [
            {**pk, **_span(q), "kind": q.get("kind"), "cue": q.get("cue"),
             "speaker_text": q.get("speaker_text"),
             "speaker_code": (q.get("speaker") or {}).get("code"),
             "speaker_name": (q.get("speaker") or {}).get("name"),
             "record": _json(q)}
            for q in data.get("quotes", [])
        ],
        schema.claims: [
            {**pk, **_span(c), "claimant_code": (c.get("claimant") or {}).get("code"),
             "claimant_name": (c.get("claimant") or {}).get("name"),
             "assessment": c.get("assessment"), "assessment_text": c.get("assessment_text"),
             "record": _json(c)}
            for c in data.get("claims", [])
        ],
        schema.links: [
            {**pk, **_span(link), "title": link.get("title"), "date": link.get("date"),
             "url": link.get("url")}
            for link in data.get("links", [])
        ],
    }


def event_row(event: dict[str, Any], text: str, sentences: dict[int, tuple[int, int]],
              document_date: str | None) -> dict[str, Any]:
    """One `events` row: the contract event flattened, with its sentence and filter day."""
    start, end = sentences.get(event.get("sentence", -1), (event["start"], event["end"]))
    date = event.get("date")
    row = {name: value for name, value in event_columns(event).items()
           if name in _EVENT_COLUMNS}
    row.update({
        "id": str(event["id"]),
        "day": date[:10] if isinstance(date, str) and len(date) >= 10 else document_date,
        "sentence": event.get("sentence", -1),
        "sentence_text": text[start:end],
        "text": event.get("text") or text[event["start"]:event["end"]],
        "span_start": event["start"],
        "span_end": event["end"],
        "modality": event.get("modality") or "asserted",
        "record": _json(event),
    })
    return row


def _span(record: dict[str, Any]) -> dict[str, Any]:
    return {"span_start": record["start"], "span_end": record["end"], "text": record["text"]}


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)
