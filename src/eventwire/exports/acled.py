"""ACLED-style CSV: events that have an ACLED type, in ACLED's own column names and codes.

Only events the text presents as having happened are written (asserted, reported, claimed)
unless the caller filters on modality itself: ACLED records events, not threats or
speculation. Interaction codes are ACLED's numeric actor types (1 state forces, 2 rebel
groups, 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
8 external/other forces), derived from the actors' sectors and countries. `fatalities` is the
real event's `casualties.killed.min` (0 only where the text says nobody was killed, empty
where it gives no figure); `source` lists the outlets of every report and `source_scale` their
scales (see `eventwire.exports.outlets`); `admin2` is the place's district from the gazetteer.
`tags` carries the modality when it is not `asserted`. A last column, `eventwire_id`, links
each row back to its event (`DOC:EVENT`).
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from typing import Any, TextIO

from eventwire.actors.codes import SECTOR_TABLE
from eventwire.exports.flat import event_key
from eventwire.exports.outlets import source_names, source_scale
from eventwire.model import Acled, Actor, Event, Place, from_dict
from eventwire.places.admin import admin2
from eventwire.store import EventFilter
from eventwire.store.countries import ACLED_REGIONS, event_country, lookup
from eventwire.store.reader import EventSource

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
    "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
    "source_scale", "notes", "fatalities", "tags", "timestamp", "eventwire_id",
)

FACTUAL = ("asserted", "reported", "claimed")
"""Modalities of events that the text presents as having happened."""

DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}

TIME_PRECISION = {"minute": 1, "day": 1, "week": 2, "month": 3, "year": 3}


def write(store: EventSource, filters: EventFilter, out: TextIO) -> int:
    """Write the ACLED rows of the events matching `filters`; return how many."""
    if filters.modality is None:
        filters = dataclasses.replace(filters, modality=FACTUAL)
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    numbers: dict[str, int] = {}
    written = 0
    for event in store.iter_events(filters):
        if not event.get("acled"):
            continue
        writer.writerow(acled_row(event, numbers))
        written += 1
    return written


def acled_row(event: dict[str, Any], numbers: dict[str, int]) -> dict[str, Any]:
    """One ACLED row for a stored event with an ACLED type (the contract's fields, its `day`,
    `document` and reports); `numbers` counts rows per country to number `event_id_cnty`."""
    record = from_dict(Event, event)
    acled = record.acled or Acled("", "")
    place = record.place if event.get("place") else None  # an empty place is none
    country = event_country(record)
    alpha2, alpha3, name, numeric = country or ("", "XXX", "", None)
    numbers[alpha3] = numbers.get(alpha3, 0) + 1
    day = event.get("day") or ""
    inter1 = inter_code(event.get("source"), alpha3)
    inter2 = inter_code(event.get("target"), alpha3)
    event_type = acled.event_type or ""
    return {
        "event_id_cnty": f"{alpha3}{numbers[alpha3]}",
        "event_date": day,
        "year": day[:4],
        "time_precision": _time_precision(record),
        "disorder_type": DISORDER_TYPES.get(event_type, ""),
        "event_type": event_type,
        "sub_event_type": acled.sub_event_type or "",
        "actor1": _actor_name(record.source),
        "assoc_actor_1": "",
        "inter1": inter1 or "",
        "actor2": _actor_name(record.target),
        "assoc_actor_2": "",
        "inter2": inter2 or "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if (
            inter2 == 7 or event_type == "Violence against civilians") else "",
        "iso": numeric if numeric is not None else "",
        "region": ACLED_REGIONS.get(alpha2, ""),
        "country": name,
        "admin1": place and place.admin1 or "",
        "admin2": admin2(place),
        "admin3": "",
        "location": place and (place.name or place.text) or "",
        "latitude": _coordinate(place.lat if place else None),
        "longitude": _coordinate(place.lon if place else None),
        "geo_precision": geo_precision(place),
        "source": "; ".join(source_names(event)),
        "source_scale": source_scale(event, alpha2 or None),
        "notes": event.get("sentence_text") or event.get("text") or "",
        "fatalities": _fatalities(record),
        "tags": "" if record.modality == "asserted" else record.modality or "",
        "timestamp": _timestamp((event.get("document") or {}).get("ingested_at")),
        "eventwire_id": event_key(event),
    }


def inter_code(actor: dict[str, Any] | None, event_alpha3: str) -> int | None:
    """ACLED's actor type for an actor, from its sector and whether it is foreign."""
    if not actor:
        return None
    row = SECTOR_TABLE.get((actor.get("sector") or "").upper())
    if row is None:
        return 8
    if row.inter == 1:  # state forces abroad are "external/other forces"
        home = lookup(actor.get("country"))
        return 1 if home is None or home[1] == event_alpha3 else 8
    return row.inter


def geo_precision(place: Place | None) -> int | str:
    """1 the town itself, 2 near a town or a district, 3 a province, region or country."""
    if place is None:
        return ""
    feature = place.feature
    if feature == "city":
        return 2 if place.relation else 1
    if feature in ("admin2", "other", "water"):
        return 2
    return 3


def _interaction(inter1: int | None, inter2: int | None) -> int | str:
    if inter1 is None and inter2 is None:
        return ""
    if inter1 is None or inter2 is None:
        return int(f"{inter1 or inter2}0")
    low, high = sorted((inter1, inter2))
    return int(f"{low}{high}")


def _time_precision(event: Event) -> int:
    if not event.date:
        return 2  # dated by the report, not the text
    return TIME_PRECISION.get(event.date_granularity or "", 2)


def _actor_name(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.name or actor.text or actor.code or ""


def _fatalities(event: Event) -> int | str:
    killed = event.casualties.killed if event.casualties else None
    return killed.min if killed is not None and isinstance(killed.min, int) else ""


def _coordinate(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _timestamp(iso: str | None) -> int | str:
    if not iso:
        return ""
    return int(dt.datetime.fromisoformat(iso).timestamp())
