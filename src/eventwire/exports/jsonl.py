"""JSON Lines: each stored document's contract result, one per line, in storage order."""

from __future__ import annotations

import json
from typing import TextIO

from eventwire.store import EventFilter
from eventwire.store.reader import EventSource


def write(store: EventSource, filters: EventFilter, out: TextIO) -> int:
    """Write every document (or, with filters, those having a matching event)."""
    wanted: set[str] | None = None
    if filters != EventFilter():
        wanted = {event["document"]["id"] for event in store.iter_events(filters)}
    written = 0
    for result in store.iter_results():
        if wanted is not None and result["id"] not in wanted:
            continue
        out.write(json.dumps(result, ensure_ascii=False))
        out.write("\n")
        written += 1
    return written
