"""Administrative levels of a coded place that the contract does not carry (admin2), read from
the gazetteer by the place's GeoNames id, for exports whose columns ask for them (ACLED)."""

from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache

from eventwire.model import Place

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _connection() -> sqlite3.Connection:
    from eventwire.places.index import ensure_built

    return sqlite3.connect(f"file:{ensure_built()}?mode=ro", uri=True, check_same_thread=False)


@lru_cache(maxsize=65536)
def _admin2_of(geonameid: int) -> str:
    with _lock:
        row = _connection().execute("SELECT admin2 FROM places WHERE id = ?",
                                    (geonameid,)).fetchone()
    return (row[0] or "") if row else ""


def admin2(place: Place | None) -> str:
    """The second-level division (district) of a place: its own name for a district, the
    gazetteer's district of a town, '' when unknown (a province, a country, our own areas)."""
    if place is None:
        return ""
    if place.feature == "admin2":
        return place.name or ""
    geonameid = place.geonameid
    if place.feature != "city" or not isinstance(geonameid, int):
        return ""
    return _admin2_of(geonameid)
