"""GeoJSON: a FeatureCollection with one Point feature per event that has coordinates.

Properties are the flat event row (see `eventwire.exports.flat`), so a map can filter and
style by type, modality or actor and show the source sentence.
"""

from __future__ import annotations

import json
from typing import TextIO

from eventwire.exports.flat import flat_event
from eventwire.store import EventFilter
from eventwire.store.reader import EventSource


def write(store: EventSource, filters: EventFilter, out: TextIO) -> int:
    """Write the placed events matching `filters`, streaming one feature at a time."""
    out.write('{"type": "FeatureCollection", "features": [')
    written = 0
    for event in store.iter_events(filters):
        place = event.get("place") or {}
        if place.get("lat") is None or place.get("lon") is None:
            continue
        properties = flat_event(event)
        del properties["lat"], properties["lon"]
        feature = {
            "type": "Feature",
            "id": properties["event_id"],
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": properties,
        }
        out.write(",\n" if written else "\n")
        out.write(json.dumps(feature, ensure_ascii=False))
        written += 1
    out.write("\n]}\n")
    return written
