"""One stored event as dedupe sees it: a `Report` with its day range, class, actors and place.

Dedupe compares reports millions of times, so a report is a small slotted record computed once
from an `events` row: the date as a range of ordinal days (a week-level date covers seven days),
the place as coordinates with a tolerance in km that fits how precise the place is ("Kafr
Nabudah" is a town, a few km; "Idlib province" is an admin1 area, about a hundred km).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

GRANULARITY_RANK = {"year": 1, "month": 2, "week": 3, "day": 4, "hour": 5, "minute": 5}
"""How precise a date is; a higher rank wins when reports are merged."""

FEATURE_KM = {"city": 3.0, "other": 10.0, "admin2": 40.0, "region": 60.0, "water": 60.0,
              "admin1": 120.0, "country": 600.0}
"""How far a report at a place of this type may be from another report of the same event.

A town is a point: two differently named towns a few km apart are different targets (Kafr
Nabudah and Khan Shaykhun are 13 km apart), so a town's own tolerance only absorbs geocoding
differences; reports naming the *same* place always agree on place.
"""

FEATURE_RANK = {"city": 5, "other": 4, "admin2": 3, "region": 2, "water": 2, "admin1": 1,
                "country": 0}
"""How precise a place is; a higher rank wins when reports are merged."""

PRECISION_KM = {1: 3.0, 2: 15.0, 3: 60.0}
"""Tolerance for an ACLED-style geo precision code (1 town, 2 near a town, 3 region)."""

DEFAULT_KM = 25.0
"""Tolerance of a place whose type and precision are unknown."""

MAX_RANGE_DAYS = 7
"""Reports dated more vaguely than a week are only merged within their own document."""

IRREALIS = frozenset({"threatened", "intended", "planned", "hypothetical"})
"""Modalities of events that have not happened; they never merge with ones that have."""

_KM = re.compile(r"(\d+(?:\.\d+)?)\s*(?:km|kilomet)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ActorKey:
    """The parts of an actor dedupe compares."""

    code: str | None
    country: str | None
    sector: str | None
    name: str | None = None


@dataclass(slots=True)
class Report:
    """One raw event (a report of a real event), ready for comparison."""

    pk: int
    document: int
    sentence: int
    first: int
    last: int
    date_rank: int
    cameo: str | None
    root: str | None
    plover: str | None
    source: ActorKey
    target: ActorKey
    lat: float | None
    lon: float | None
    tolerance_km: float
    place_name: str | None
    place_country: str | None
    place_rank: int
    modality: str
    realis: bool
    row: dict[str, Any] | None = None

    @property
    def span_days(self) -> int:
        return self.last - self.first + 1

    @property
    def has_place(self) -> bool:
        return self.lat is not None and self.lon is not None


def day_range(date: str | None, granularity: str | None,
              fallback: str | None) -> tuple[int, int, int] | None:
    """(first ordinal day, last ordinal day, rank) of an event date; None if there is none.

    `date` is a contract date (`2019-05-06`, `2019-05-06T13:30`, `2019-W19`, `2019-05`,
    `2019`); without one, the fallback day (the document's date) counts as a day-level date.
    """
    for value, gran in ((date, granularity), (fallback, "day")):
        if not value:
            continue
        try:
            return _parse_range(str(value), gran)
        except ValueError:
            continue
    return None


def _parse_range(value: str, granularity: str | None) -> tuple[int, int, int]:
    if "-W" in value:
        year, week = value.split("-W")
        first = dt.date.fromisocalendar(int(year), int(week[:2]), 1).toordinal()
        return first, first + 6, GRANULARITY_RANK["week"]
    if len(value) >= 10:
        day = dt.date.fromisoformat(value[:10]).toordinal()
        rank = GRANULARITY_RANK.get(granularity or "day", GRANULARITY_RANK["day"])
        return day, day, max(rank, GRANULARITY_RANK["day"])
    if len(value) == 7:
        first = dt.date.fromisoformat(value + "-01")
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first.toordinal(), nxt.toordinal() - 1, GRANULARITY_RANK["month"]
    if len(value) == 4:
        year = int(value)
        return (dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal(),
                GRANULARITY_RANK["year"])
    raise ValueError(value)


def tolerance_km(feature: str | None, precision: int | None, relation: str | None) -> float:
    """How far from its coordinates an event at this place may really be, in km."""
    km = FEATURE_KM.get(feature or "", 0.0)
    if isinstance(precision, int) and precision in PRECISION_KM:
        km = max(km, PRECISION_KM[precision])
    if not km:
        km = DEFAULT_KM
    if relation:
        match = _KM.search(relation)
        if match:
            km += float(match.group(1))
        else:
            km += 8.0  # near, outside, on the outskirts of, north of
    return km


def _actor(row: dict[str, Any], role: str) -> ActorKey:
    return ActorKey(row.get(f"{role}_code"), row.get(f"{role}_country"),
                    row.get(f"{role}_sector"), row.get(f"{role}_name"))


def report_from_row(row: dict[str, Any], *, keep_row: bool = True) -> Report | None:
    """Build a report from a flattened `events` row (the store's columns plus `document_pk`).

    Returns None for an event with no date at all: it cannot be placed in time, so dedupe
    leaves it as its own canonical event.
    """
    days = day_range(row.get("date"), row.get("date_granularity"), row.get("day"))
    if days is None:
        return None
    first, last, rank = days
    cameo = row.get("cameo") or None
    lat, lon = row.get("lat"), row.get("lon")
    has_place = lat is not None and lon is not None
    sentence = row.get("sentence")
    feature = row.get("place_feature")
    modality = row.get("modality") or "asserted"
    return Report(
        pk=int(row["pk"]),
        document=int(row["document_pk"]),
        sentence=int(sentence) if sentence is not None else -1,
        first=first, last=last, date_rank=rank,
        cameo=cameo, root=cameo[:2] if cameo else None,
        plover=row.get("plover_event") or None,
        source=_actor(row, "source"), target=_actor(row, "target"),
        lat=float(lat) if lat is not None and has_place else None,
        lon=float(lon) if lon is not None and has_place else None,
        tolerance_km=tolerance_km(feature, row.get("place_precision"),
                                  row.get("place_relation")) if has_place else 0.0,
        place_name=row.get("place_name") or row.get("place_text"),
        place_country=row.get("place_country"),
        place_rank=(FEATURE_RANK.get(feature or "", 3) + 1) if has_place else 0,
        modality=modality,
        realis=modality not in IRREALIS,
        row=row if keep_row else None,
    )


def iso_day(ordinal: int) -> str:
    """An ordinal day as YYYY-MM-DD."""
    return dt.date.fromordinal(ordinal).isoformat()
