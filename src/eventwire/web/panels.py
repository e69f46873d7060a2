"""Routes behind the dashboard's panels: timeline, documents, summary, actors, alerts, base map.

Each list takes the same filters as `/api/events` (parsed by `eventwire.store.build_filter`),
so the map, the timeline, the list, the exports and the URL all show one filter state.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from eventwire import watch
from eventwire.dates import parse_query_date
from eventwire.dedupe.views import CanonicalStore
from eventwire.errors import InputError
from eventwire.store import EventFilter, Store, build_filter
from eventwire.store.filters import parse_bbox
from eventwire.web import basemap

MAX_OFFSET = 1_000_000_000
"""The deepest offset a page may start at (SQLite takes 64-bit integers, people do not)."""

BBOX_HELP = "south,west,north,east: MIN_LAT,MIN_LON,MAX_LAT,MAX_LON (latitude first, as in near)"


def event_filter(
    since: str | None = None, until: str | None = None, actor: str | None = None,
    country: str | None = None, cameo: str | None = None, plover: str | None = None,
    modality: str | None = None,
    near: Annotated[str | None, Query(description="LAT,LON,KM")] = None,
    text: str | None = None,
    bbox: Annotated[str | None, Query(description=BBOX_HELP)] = None,
) -> EventFilter:
    """The filters of every list endpoint, parsed as the CLI parses them (bad value: 400)."""
    return build_filter(since=since, until=until, actor=actor, country=country, cameo=cameo,
                        plover=plover, modality=modality, near=near, text=text, bbox=bbox)


Filters = Annotated[EventFilter, Depends(event_filter)]


def router(store: Store) -> APIRouter:
    """The panel routes over `store`."""
    api = APIRouter(prefix="/api")
    canonical = CanonicalStore(store)

    @api.get("/timeline", tags=["events"])
    def timeline(filters: Filters) -> dict[str, Any]:
        """Real events matching the filters per day and quad class."""
        return {"rows": canonical.day_counts(filters)}

    @api.get("/documents", tags=["documents"])
    def documents(q: Annotated[str | None, Query(description="words, all must occur")] = None,
                  since: str | None = None, until: str | None = None,
                  limit: Annotated[int, Query(ge=1, le=500)] = 20,
                  offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0) -> dict[str, Any]:
        """Stored documents, searched by full text (FTS5) with a snippet, and their total."""
        items, total = store.search_documents(
            words=q if q and q.strip() else None, since=parse_query_date(since, parameter="since"),
            until=parse_query_date(until, parameter="until"), limit=limit, offset=offset)
        return {"items": items, "total": total, "limit": limit, "offset": offset}

    @api.get("/summary", tags=["summary"])
    def summary() -> dict[str, Any]:
        """What the store holds: counts (real events too), date ranges, top types, actors."""
        found = store.summary()
        found["counts"]["real_events"] = canonical.count_events()
        return found

    @api.get("/counts", tags=["summary"])
    def counts() -> dict[str, int]:
        """Rows per table: cheap enough for the dashboard to ask every few seconds whether
        new documents or events have arrived."""
        return store.counts()

    @api.get("/actors", tags=["actors"])
    def actors(filters: Filters, limit: Annotated[int, Query(ge=1, le=500)] = 50
               ) -> dict[str, Any]:
        """Actors of the matching events, with how often each is source and target."""
        return {"items": store.actor_counts(filters, limit=limit)}

    @api.get("/alerts", tags=["alerts"])
    def alerts(since: str | None = None, until: str | None = None, rule: str | None = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict[str, Any]:
        """Alerts that watch rules fired, with the rules defined."""
        return {"items": watch.alerts(store, since=parse_query_date(since, parameter="since"),
                                      until=parse_query_date(until, parameter="until"), rule=rule,
                                      limit=limit),
                "rules": watch.list_rules(store)}

    @api.get("/basemap/labels", tags=["map"])
    def labels(bbox: Annotated[str, Query(description=BBOX_HELP)],
               zoom: Annotated[float, Query(ge=0, le=20)]) -> dict[str, Any]:
        """Place names for the visible map: the most populous first, more as one zooms in."""
        return {"items": basemap.load().labels(_box(bbox), zoom)}

    @api.get("/basemap/admin-sites", tags=["map"])
    def admin_sites(bbox: Annotated[str, Query(description=BBOX_HELP)]) -> dict[str, Any]:
        """Gazetteer places with their first-level division, for drawing province lines."""
        return {"items": basemap.load().admin_sites(_box(bbox))}

    @api.get("/basemap/countries", tags=["map"])
    def countries() -> dict[str, Any]:
        """ISO countries with alpha-2 code and ISO number (the id of a world-atlas shape)."""
        return {"items": basemap.country_table()}

    @api.get("/basemap/resolve", tags=["map"])
    def resolve(q: Annotated[str, Query(min_length=1, max_length=200)]) -> dict[str, Any]:
        """The coordinates of a place name (the most populous namesake), for the radius filter."""
        found = basemap.load().resolve(q)
        if found is None:
            raise InputError(f"unknown place {q!r}", parameter="q")
        return found

    return api


def _box(value: str) -> Any:
    box = parse_bbox(value)
    if box is None:
        raise InputError("give a bounding box", parameter="bbox")
    return box
