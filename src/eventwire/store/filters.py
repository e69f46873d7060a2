"""What an analyst can ask of the events: one frozen filter object, parsed from user text.

`EventFilter` is shared by the library (`Store.events`), the CLI (`eventwire events`,
`eventwire export`) and, later, the HTTP API, so that every interface filters the same way.
Parsing helpers raise `InputError` with a one-line message naming the option.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from eventwire.dates import parse_query_date
from eventwire.errors import InputError
from eventwire.geo import bounding_box, distance_km
from eventwire.model import MODALITIES


@dataclass(frozen=True)
class Near:
    """A circle on the earth: events whose place lies within `km` of (`lat`, `lon`)."""

    lat: float
    lon: float
    km: float

    def bounding_box(self) -> tuple[float, float, float, float]:
        """(min_lat, max_lat, min_lon, max_lon) enclosing the circle, for the R*Tree."""
        return bounding_box(self.lat, self.lon, self.km)


@dataclass(frozen=True)
class EventFilter:
    """Conditions on events; None means "any". All given conditions must hold.

    - `since`/`until`: inclusive bounds on the event's day (its own date when the text gives a
      day, else its document's date).
    - `actor`: a CAMEO-style code prefix of the source or target (`RUS` matches `RUSMIL`), or
      an actor's canonical name (case-insensitive).
    - `country`: ISO 3166 alpha-2/alpha-3 code or English name; matches the source's or
      target's country or the country of the event's place.
    - `cameo`: a CAMEO code prefix (`19` = all fighting); `plover`: a PLOVER event type.
    - `modality`: one or more of `MODALITIES`.
    - `near`: a `Near` circle; `text`: words that must all occur in the event's sentence.
    - `document_id`: events of one document.
    - `bbox`: a `BoundingBox` on the map (the dashboard's visible area).
    """

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str | None = None
    country: str | None = None
    cameo: str | None = None
    plover: str | None = None
    modality: tuple[str, ...] | None = None
    near: Near | None = None
    text: str | None = None
    document_id: str | None = None
    bbox: BoundingBox | None = None


@dataclass(frozen=True)
class BoundingBox:
    """A rectangle of latitudes and longitudes (south, west, north, east)."""

    min_lat: float
    min_lon: float
    max_lat: float
    max_lon: float


def parse_bbox(value: str | None) -> BoundingBox | None:
    """Parse `MIN_LAT,MIN_LON,MAX_LAT,MAX_LON` (such as `34.8,35.5,36.6,37.5`).

    Latitude comes first, as in `near` (LAT,LON,KM): one coordinate order for every filter.
    A box whose west edge is east of its east edge crosses the antimeridian.
    """
    if value is None or not value.strip():
        return None
    try:
        numbers = [float(p) for p in value.split(",")]
        if len(numbers) != 4 or any(math.isnan(n) for n in numbers):
            raise ValueError
    except ValueError:
        raise InputError(f"expected MIN_LAT,MIN_LON,MAX_LAT,MAX_LON such as "
                         f"34.8,35.5,36.6,37.5, got {value!r}", parameter="bbox") from None
    box = BoundingBox(*numbers)
    if not (-90 <= box.min_lat <= box.max_lat <= 90 and -180 <= box.min_lon <= 180
            and -180 <= box.max_lon <= 180):
        raise InputError(f"bounding box out of range or inverted: {value!r}", parameter="bbox")
    return box


def parse_near(value: str | None) -> Near | None:
    """Parse `LAT,LON,KM` (such as `35.93,36.63,25`) into a `Near`."""
    if value is None:
        return None
    parts = [p.strip() for p in value.split(",")]
    try:
        if len(parts) != 3:
            raise ValueError
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise InputError(f"expected LAT,LON,KM such as 35.93,36.63,25, got {value!r}",
                         parameter="near") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"latitude must be in -90..90 and longitude in -180..180, got {value!r}",
                         parameter="near")
    if not km > 0 or math.isinf(km):
        raise InputError(f"radius must be a positive number of km, got {value!r}",
                         parameter="near")
    return Near(lat, lon, km)


def parse_modalities(value: str | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """Parse one or more modalities (comma-separated or repeated) and check each."""
    if not value:
        return None
    items = value.split(",") if isinstance(value, str) else [
        part for v in value for part in v.split(",")]
    names = tuple(item.strip().lower() for item in items if item.strip())
    unknown = [n for n in names if n not in MODALITIES]
    if unknown:
        raise InputError(f"unknown modality {unknown[0]!r}; choose from {', '.join(MODALITIES)}",
                         parameter="modality")
    return names or None


def parse_plover(value: str | None) -> str | None:
    """Check a PLOVER event type against the codebook's (ASSAULT, COERCE, PROTEST…)."""
    if value is None or not value.strip():
        return None
    from eventwire.events.codes import plover_events

    name = value.strip().upper()
    allowed = plover_events()
    if name not in allowed:
        raise InputError(f"unknown PLOVER event type {value!r}; choose from "
                         f"{', '.join(allowed)}", parameter="plover")
    return name


def parse_cameo(value: str | None) -> str | None:
    """Check a CAMEO code prefix: digits only (`19`, `195`, `0231`)."""
    if value is None:
        return None
    code = value.strip()
    if not re.fullmatch(r"\d{1,4}", code):
        raise InputError(f"expected a CAMEO code or prefix of digits such as 19 or 190, "
                         f"got {value!r}", parameter="cameo")
    return code


def build_filter(*, since: str | None = None, until: str | None = None,
                 actor: str | None = None, country: str | None = None,
                 cameo: str | None = None, plover: str | None = None,
                 modality: str | tuple[str, ...] | None = None, near: str | None = None,
                 text: str | None = None, document_id: str | None = None,
                 bbox: str | None = None) -> EventFilter:
    """Build an `EventFilter` from user text, raising `InputError` on the first bad value."""
    start = parse_query_date(since, parameter="since")
    end = parse_query_date(until, parameter="until")
    if start and end and start > end:
        raise InputError(f"{start} is after the end of the range, {end}", parameter="since")
    return EventFilter(
        since=start, until=end,
        actor=actor.strip() if actor and actor.strip() else None,
        country=country.strip() if country and country.strip() else None,
        cameo=parse_cameo(cameo),
        plover=parse_plover(plover),
        modality=parse_modalities(modality),
        near=parse_near(near),
        text=text if text and text.strip() else None,
        document_id=document_id,
        bbox=parse_bbox(bbox),
    )


def haversine_km(lat1: float | None, lon1: float | None, lat2: float, lon2: float) -> float | None:
    """Great-circle distance in km (registered as an SQL function for `--near`)."""
    if lat1 is None or lon1 is None:
        return None
    return distance_km(lat1, lon1, lat2, lon2)


def fts_query(text: str) -> str:
    """Turn user words into a safe FTS5 query: every word must occur; `word*` is a prefix.

    Quoting each word keeps punctuation in names ("Ma'arrat", "al-Nu'man") from being read as
    FTS5 syntax, so a user's search can never fail with a syntax error.
    """
    terms = []
    for match in re.finditer(r"(\w+(?:['\u2019-]\w+)*)(\*?)", text):
        word, star = match.groups()
        terms.append('"' + " ".join(re.findall(r"\w+", word)) + '"' + star)
    if not terms:
        raise InputError(f"no words to search for in {text!r}", parameter="text")
    return " ".join(terms)
