"""Distances on the earth: one radius and one formula for every stage that measures them.

Places (nearby candidates, "20 km north of"), dedupe (same place?), watch rules (within N km),
the store's `--near` filter, threads and the report's map frame all use these, so a distance
means the same everywhere.
"""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088
"""The earth's mean radius (IUGG), in kilometres."""


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres between two points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def offset(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) on `bearing_deg` (0 = north, 90 = east)."""
    r = km / EARTH_RADIUS_KM
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1),
                         math.cos(r) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


def bounding_box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) enclosing the circle of `km` around a point.

    Near a pole, or for a circle wider than half the globe, the box spans every longitude.
    """
    dlat = math.degrees(km / EARTH_RADIUS_KM)
    min_lat, max_lat = max(lat - dlat, -90.0), min(lat + dlat, 90.0)
    if min_lat <= -90.0 or max_lat >= 90.0:
        return min_lat, max_lat, -180.0, 180.0
    dlon = math.degrees(km / (EARTH_RADIUS_KM * math.cos(math.radians(lat))))
    if dlon >= 180.0:
        return min_lat, max_lat, -180.0, 180.0
    return min_lat, max_lat, lon - dlon, lon + dlon
