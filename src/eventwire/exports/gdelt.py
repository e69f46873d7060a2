"""GDELT-style events: GDELT 2.0's event-table columns, tab-separated, one row per event.

The first line names the columns (GDELT's own files have none; skip it to append to them).
Geographic country codes are FIPS 10-4, as GDELT writes them (RS Russia, TU Turkey, GM
Germany); actor country codes stay CAMEO's three letters. `NumMentions` is the number of
reports of the real event, `NumSources` of distinct outlets and `NumArticles` of documents;
`SOURCEURL` is the first report's web address (empty for a local file). Differences from
GDELT's coder: `ActionGeo_FeatureID` is the GeoNames id, actors are not geocoded and tone is 0.
As with ACLED, only events the text presents as having happened are written unless the caller
filters on modality.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from typing import Any, TextIO

from eventwire.exports.acled import FACTUAL
from eventwire.exports.outlets import fips, host, reports_of, source_names
from eventwire.model import Event, Place, from_dict
from eventwire.store import EventFilter
from eventwire.store.reader import EventSource

ACTOR_COLUMNS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                 "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_COLUMNS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
               "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in ACTOR_COLUMNS), *(f"Actor2{c}" for c in ACTOR_COLUMNS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in GEO_COLUMNS), *(f"Actor2Geo_{c}" for c in GEO_COLUMNS),
    *(f"ActionGeo_{c}" for c in GEO_COLUMNS),
    "DATEADDED", "SOURCEURL",
)
"""GDELT 2.0 event columns, in order (61)."""

GEO_TYPES = {"country": 1, "admin1": 5, "admin2": 5, "region": 5, "city": 4, "other": 4,
             "water": 4}
"""GDELT geo types: 1 country, 4 world city, 5 world state (first-order division)."""


def write(store: EventSource, filters: EventFilter, out: TextIO) -> int:
    """Write the events matching `filters` as GDELT rows; return how many."""
    if filters.modality is None:
        filters = dataclasses.replace(filters, modality=FACTUAL)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                        escapechar="\\")
    writer.writerow(COLUMNS)
    written = 0
    for number, event in enumerate(store.iter_events(filters), start=1):
        row = gdelt_row(event, number)
        writer.writerow([_clean(row[c]) for c in COLUMNS])
        written += 1
    return written


def gdelt_row(event: dict[str, Any], number: int) -> dict[str, Any]:
    """One GDELT row for `event` (a stored event: the contract's fields, its `day`, its
    `document` and reports), numbered `number` in this export."""
    record = from_dict(Event, event)
    day = event.get("day") or ""
    date = dt.date.fromisoformat(day) if len(day) == 10 else None
    cameo = record.cameo or ""
    document = event.get("document") or {}
    row: dict[str, Any] = {
        "GLOBALEVENTID": number,
        "SQLDATE": date.strftime("%Y%m%d") if date else "",
        "MonthYear": date.strftime("%Y%m") if date else "",
        "Year": date.year if date else "",
        "FractionDate": f"{date.year + (date.timetuple().tm_yday - 1) / 365:.4f}" if date else "",
        "IsRootEvent": 1 if record.sentence == 0 else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": _or_blank(record.quad_class),
        "GoldsteinScale": _or_blank(record.goldstein),
        "NumMentions": event.get("report_count") or 1,
        "NumSources": max(1, len(source_names(event))),
        "NumArticles": event.get("document_count") or 1,
        "AvgTone": 0,
        "DATEADDED": _date_added(document.get("ingested_at")),
        "SOURCEURL": _source_url(event),
    }
    for slot, actor in (("Actor1", record.source), ("Actor2", record.target)):
        values = {} if actor is None else {
            "Code": actor.code, "Name": (actor.name or actor.text or "").upper(),
            "CountryCode": actor.country, "Type1Code": actor.sector}
        for column in ACTOR_COLUMNS:
            row[f"{slot}{column}"] = values.get(column) or ""
        for column in GEO_COLUMNS:
            row[f"{slot}Geo_{column}"] = 0 if column == "Type" else ""
    row.update(_action_geo(record.place))
    return row


def _or_blank(value: Any) -> Any:
    return "" if value is None else value


def _action_geo(place: Place | None) -> dict[str, Any]:
    if place is None or place.lat is None or place.lon is None:
        return {f"ActionGeo_{c}": (0 if c == "Type" else "") for c in GEO_COLUMNS}
    country = fips(place.country)
    admin1 = place.admin1 or ""
    full_name = ", ".join(p for p in (place.name or place.text, admin1, country) if p)
    return {
        "ActionGeo_Type": GEO_TYPES.get(place.feature or "", 4),
        "ActionGeo_FullName": full_name,
        "ActionGeo_CountryCode": country,
        "ActionGeo_ADM1Code": country + admin1 if admin1.isalnum() and len(admin1) <= 3
        else country,
        "ActionGeo_ADM2Code": "",
        "ActionGeo_Lat": place.lat,
        "ActionGeo_Long": place.lon,
        "ActionGeo_FeatureID": place.geonameid or "",
    }


def _source_url(event: dict[str, Any]) -> str:
    """The first web address among the event's reports (GDELT's SOURCEURL), else ''."""
    for report in reports_of(event):
        if host(report["url"]):
            return report["url"]
    return ""


def _date_added(iso: str | None) -> str:
    if not iso:
        return ""
    return dt.datetime.fromisoformat(iso).strftime("%Y%m%d%H%M%S")


def _clean(value: Any) -> Any:
    """Tabs and newlines would break a row: fold them to spaces."""
    if isinstance(value, str):
        return " ".join(value.split())
    return value
