"""The dashboard's base map from our own gazetteer: place labels and first-level admin areas.

No tile server and no boundary files beyond world-atlas's countries: labels are gazetteer
places chosen by population for the zoom level, and province lines are drawn by the browser
between gazetteer places of different first-level divisions (a Voronoi split of the
country, coarse but offline and ours to ship). Each request is one query over the gazetteer's
SQLite file: a scan of its places in C is faster than holding them in Python, and costs no
start-up time.
"""

from __future__ import annotations

import sqlite3
import threading
from functools import lru_cache
from typing import Any

from eventwire.places.normalize import name_key
from eventwire.store.countries import lookup
from eventwire.store.filters import BoundingBox

LABEL_LIMIT = 400
"""Most labels per request: a screenful of names, the most populous first."""

SITE_LIMIT = 6000
"""Most admin-area sites per request: enough for the provinces of a few countries."""

MIN_POPULATION = {3: 2_000_000, 4: 1_000_000, 5: 300_000, 6: 100_000, 7: 30_000,
                  8: 10_000, 9: 3_000}
"""Smallest population labelled at each zoom level (below 3: none; above 9: every place)."""

COUNTRY_LABELS_UNTIL = 7
"""Country names are printed below this zoom."""

COUNTRY_MIN_POPULATION = {0: 2_000_000, 1: 2_000_000, 2: 2_000_000, 3: 500_000, 4: 100_000}
"""Smallest country named at each zoom (from 5: every one): a world view names Sudan and Chad,
not Saint Pierre and Miquelon or Gibraltar, whose names would crowd the map's few labels."""

PROVINCE_LABELS_FROM = 6
"""Province names are printed from this zoom."""


class BaseMap:
    """Read-only queries over the gazetteer's places."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._lock = threading.Lock()

    def _rows(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._connection.execute(sql, params).fetchall()

    def labels(self, box: BoundingBox, zoom: float) -> list[dict[str, Any]]:
        """Names to print in `box` at `zoom`: countries up to zoom 6, provinces from zoom 6,
        towns by population (more as one zooms in), the most populous first."""
        floor = 0 if zoom > 9 else MIN_POPULATION.get(int(zoom), 10**12)
        country_floor = COUNTRY_MIN_POPULATION.get(int(zoom), 0)
        where, params = _within(box)
        rows = self._rows(
            "SELECT name, lat, lon, feature, population FROM places WHERE " + where +
            " AND ((feature = 'country' AND ? < ? AND coalesce(population, 0) >= ?)"
            " OR (feature = 'admin1' AND ? >= ?)"
            " OR (feature = 'city' AND population > 0 AND population >= ?))"
            " ORDER BY population DESC LIMIT ?",
            (*params, zoom, COUNTRY_LABELS_UNTIL, country_floor, zoom, PROVINCE_LABELS_FROM,
             floor, LABEL_LIMIT))
        return [{"name": name, "lat": lat, "lon": lon,
                 "kind": "place" if feature == "city" else feature, "population": population}
                for name, lat, lon, feature, population in rows]

    def admin_sites(self, box: BoundingBox) -> list[dict[str, Any]]:
        """Towns in `box` with their country and first-level division, for province lines."""
        where, params = _within(box)
        rows = self._rows(
            "SELECT lat, lon, country, admin1 FROM places WHERE " + where +
            " AND feature = 'city' AND admin1 IS NOT NULL ORDER BY population DESC LIMIT ?",
            (*params, SITE_LIMIT))
        return [{"lat": lat, "lon": lon, "country": country, "admin1": admin1}
                for lat, lon, country, admin1 in rows]

    def resolve(self, name: str) -> dict[str, Any] | None:
        """The most populous town known by `name` (any spelling the gazetteer has), else such
        a division or country: a radius is drawn around a town, not a province's centre."""
        rows = self._rows(
            "SELECT p.name, p.lat, p.lon, p.country, p.feature FROM names n "
            "JOIN places p ON p.id = n.id WHERE n.key = ? AND p.lat IS NOT NULL "
            "ORDER BY p.feature != 'city', p.population DESC LIMIT 1", (name_key(name),))
        if not rows:
            return None
        found_name, lat, lon, country, feature = rows[0]
        return {"name": found_name, "lat": lat, "lon": lon, "country": country,
                "feature": feature}


def _within(box: BoundingBox) -> tuple[str, tuple[float, ...]]:
    """An SQL condition for places inside `box` (across the antimeridian when west > east)."""
    if box.min_lon <= box.max_lon:
        return ("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?",
                (box.min_lat, box.max_lat, box.min_lon, box.max_lon))
    return ("lat BETWEEN ? AND ? AND (lon >= ? OR lon <= ?)",
            (box.min_lat, box.max_lat, box.min_lon, box.max_lon))


@lru_cache(maxsize=1)
def load() -> BaseMap:
    """The base map over the built gazetteer (one read-only connection per process)."""
    from eventwire.places.index import ensure_built

    return BaseMap(sqlite3.connect(f"file:{ensure_built()}?mode=ro", uri=True,
                                   check_same_thread=False))


@lru_cache(maxsize=1)
def country_table() -> list[dict[str, Any]]:
    """Every ISO country with its alpha-2 code and ISO number (world-atlas's feature id)."""
    import pycountry

    out = []
    for country in pycountry.countries:
        found = lookup(country.alpha_2)
        if found:
            out.append({"alpha2": found[0], "alpha3": found[1], "name": found[2],
                        "numeric": f"{found[3]:03d}" if found[3] is not None else None})
    return out
