"""Routes of the HTTP API and the dashboard page.

Every filter goes through `eventwire.store.build_filter`, the same parser the CLI uses, so a bad
value is a 400 with the CLI's message; every query is parameterised by SQLAlchemy.
"""

from __future__ import annotations

import hmac
import io
import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Header, HTTPException, Query
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from eventwire import __version__, threads, trends
from eventwire.dates import parse_query_date
from eventwire.dedupe.views import CanonicalStore
from eventwire.errors import InputError
from eventwire.events.codes import describe
from eventwire.exports import export as export_store
from eventwire.limits import limit
from eventwire.model import MODALITIES
from eventwire.store import Store
from eventwire.web import panels
from eventwire.web.errors import install_error_handlers
from eventwire.web.guard import LOOPBACK_HOSTS, Guard
from eventwire.web.panels import MAX_OFFSET, Filters

STATIC = Path(str(resources.files("eventwire") / "web" / "static"))
WEB_SOURCES = STATIC.parents[3] / "web" / "src"
"""The dashboard's sources, in a checkout of the repository (absent from an installed wheel)."""
MAX_PAGE = 5000
MAX_ID = 2**63 - 1
"""SQLite's largest integer: a larger id can name no record (and cannot be bound)."""
STREAM_FORMATS = {
    "jsonl": ("application/x-ndjson", ".jsonl"),
    "acled-csv": ("text/csv", ".csv"),
    "gdelt-tsv": ("text/tab-separated-values", ".tsv"),
    "geojson": ("application/geo+json", ".geojson"),
}
"""Export formats the API streams, with their media type and file suffix."""


class Page(BaseModel):
    """One page of records and how many match in all."""

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class NewDocument(BaseModel):
    """A document to code and store: the JSONL record form."""

    text: str = Field(min_length=1)
    id: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None


def bundle_problem(bundle: Path = STATIC / "dist" / "app.js",
                   sources: Path = WEB_SOURCES) -> str | None:
    """Why the dashboard would not show what the checkout holds, if it would not: never built,
    or built before a later change to `web/src` (a `git pull` without `make setup`)."""
    if not bundle.exists():
        return "the dashboard is not built: run `make setup` (needs npm)"
    built = bundle.stat().st_mtime
    if sources.is_dir() and any(f.stat().st_mtime > built for f in sources.iterdir()):
        return f"the dashboard was built before a change to {sources}: run `make setup` " \
               "to rebuild it"
    return None


def with_label(event: dict[str, Any]) -> dict[str, Any]:
    """The event with `cameo_label`, its CAMEO code's meaning ("make statement" for 010): the
    dashboard names the codes that have no PLOVER class by it rather than by their digits."""
    if event.get("cameo"):
        event["cameo_label"] = describe(event["cameo"]).label
    return event


def bearer_matches(authorization: str | None, token: str) -> bool:
    """True for exactly `Bearer <token>` (the scheme in any case, RFC 6750), in constant time."""
    scheme, _, offered = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not offered or offered != offered.strip():
        offered = ""
    return bool(offered) and hmac.compare_digest(offered.encode(), token.encode())


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET)]
EventId = Annotated[int, PathParam(ge=1, le=MAX_ID)]


def create_app(db_path: str | Path, *, token: str | None = None,
               allowed_hosts: Iterable[str] = LOOPBACK_HOSTS, create: bool = True) -> FastAPI:
    """The API and dashboard over the store at `db_path`.

    Args:
        db_path: the SQLite store.
        create: make the store when `db_path` does not exist; when false, a missing file
            raises `StoreError` (so `serve --db typo.db` does not serve an empty store).
        token: when set (by default from `EVENTWIRE_TOKEN`), `POST /api/documents` accepts
            requests carrying `Authorization: Bearer <token>`; without it, posting is off.
        allowed_hosts: host names requests may address (`Host`, `Origin`); loopback names
            by default, "*" for any (see `eventwire.web.guard`).
    """
    token = (token if token is not None else os.environ.get("EVENTWIRE_TOKEN")) or None
    store = Store.open(db_path, create=create)
    canonical = CanonicalStore(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(title="eventwire", version=__version__, lifespan=lifespan,
                  description="Structured, source-linked conflict events from news.")
    app.state.store = store
    install_error_handlers(app)
    app.include_router(panels.router(store))
    app.add_middleware(Guard, allowed_hosts=allowed_hosts,
                       max_body_bytes=limit("request_bytes"))

    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        if not (STATIC / "dist" / "app.js").exists():
            return HTMLResponse("<h1>eventwire</h1><p>The dashboard is not built: run "
                                "<code>make setup</code> (needs npm).</p>", status_code=503)
        return FileResponse(STATIC / "index.html")

    @app.get("/api/events", response_model=Page, tags=["events"])
    def events(filters: Filters, limit: Limit = 100, offset: Offset = 0,
               order: Annotated[str, Query(pattern="^(newest|oldest)$")] = "newest") -> Page:
        """Canonical events matching the filters, a page at a time, newest day first."""
        items, total = canonical.page(filters, limit=limit, offset=offset,
                                      newest_first=order == "newest")
        return Page(items=[with_label(item) for item in items], total=total, limit=limit,
                    offset=offset)

    @app.get("/api/events/{event_id}", tags=["events"])
    def event(event_id: EventId) -> dict[str, Any]:
        """One canonical event with its reports, each with its sentence's offsets."""
        found = canonical.event(event_id)
        if found is None:
            raise HTTPException(404, f"no event {event_id}")
        sentences: dict[str, list[dict[str, Any]]] = {}
        for report in found.get("reports", []):
            doc_id = report["doc_id"]
            if doc_id not in sentences:
                stored = store.document(doc_id)
                sentences[doc_id] = stored["result"]["sentences"] if stored else []
            spans = sentences[doc_id]
            if 0 <= report["sentence"] < len(spans):
                report["sentence_start"] = spans[report["sentence"]]["start"]
                report["sentence_end"] = spans[report["sentence"]]["end"]
        return with_label(found)

    @app.get("/api/trends", tags=["trends"])
    def trend_rows(
        by: Annotated[str, Query(pattern="^(quad_class|region|actor|class|modality)$")] = "region",
        interval: Annotated[str, Query(pattern="^(day|week)$")] = "week",
        since: str | None = None, until: str | None = None,
    ) -> dict[str, Any]:
        """Real-event counts per day or week: by quad class (the timeline) or with change and
        escalation by region, actor, event class or modality."""
        start = parse_query_date(since, source="since")
        end = parse_query_date(until, source="until")
        if by == "quad_class":
            rows = trends.daily_quad_counts(store, since=start, until=end)
            return {"rows": [{"date": r["day"], "quad_class": r["quad_class"],
                              "count": r["count"]} for r in rows if r["count"]]}
        return {"rows": trends.trends(store, by, interval, since=start, until=end)}

    @app.get("/api/threads", tags=["threads"])
    def story_threads(since: str | None = None, until: str | None = None,
                      limit: Limit = 50) -> dict[str, Any]:
        """Storylines: events, quotes and claims grouped by actors, places, time and links."""
        start = parse_query_date(since, source="since")
        end = parse_query_date(until, source="until")
        built = threads.build(store, since=start.isoformat() if start else None,
                              until=end.isoformat() if end else None)
        return {"items": [t.summary() for t in built[:limit]], "total": len(built)}

    @app.get("/api/quotes", response_model=Page, tags=["statements"])
    def quotes(filters: Filters, limit: Limit = 100, offset: Offset = 0) -> Page:
        """Quotes (who said what) in documents matching the time, actor and text filters."""
        items, total = store.quotes(filters, limit=limit, offset=offset)
        return Page(items=items, total=total, limit=limit, offset=offset)

    @app.get("/api/claims", response_model=Page, tags=["statements"])
    def claims(filters: Filters, limit: Limit = 100, offset: Offset = 0) -> Page:
        """Claims in play, with their claimants and assessments."""
        items, total = store.claims(filters, limit=limit, offset=offset)
        return Page(items=items, total=total, limit=limit, offset=offset)

    @app.get("/api/places", tags=["places"])
    def places(filters: Filters, limit: Limit = 200) -> dict[str, Any]:
        """Places where matching events happened, with their event counts."""
        return {"items": store.event_places(filters, limit=limit)}

    @app.get("/api/documents/{doc_id:path}", tags=["documents"])
    def document(doc_id: str) -> dict[str, Any]:
        """A document's text with all its annotations (the output contract)."""
        found = store.document(doc_id)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        result = found.pop("result")
        return {**result, **{k: v for k, v in found.items() if k not in result}}

    @app.post("/api/documents", status_code=201, tags=["documents"])
    def add_document(new: NewDocument,
                     authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Code and store a document. Needs the server's token as `Authorization: Bearer`."""
        if token is None:
            raise HTTPException(403, "posting documents is off: start the server with "
                                     "EVENTWIRE_TOKEN set")
        if not bearer_matches(authorization, token):
            raise HTTPException(401, "missing or wrong token", {"WWW-Authenticate": "Bearer"})
        from eventwire.ingest import document_from_record
        from eventwire.service import ingest

        doc = document_from_record(new.model_dump(), source="request body")
        report = ingest(store, [doc])
        if report.failures:
            raise HTTPException(422, f"the document could not be coded: "
                                     f"{report.failures[0].reason}")
        stored = store.document_for_text(doc.text)
        return {"ok": True, "new": report.new == 1, "id": stored["id"] if stored else doc.id}

    @app.get("/api/facets", tags=["events"])
    def facets() -> dict[str, list[str]]:
        """Values the dashboard's choice filters offer."""
        return {"plover": store.distinct_event_values("plover_event"),
                "modality": list(MODALITIES)}

    @app.get("/api/export", tags=["export"])
    def export(filters: Filters, format: str = "jsonl", canonical: bool = True,
               reports: bool = False) -> Response:
        """Matching events as jsonl (documents), acled-csv, gdelt-tsv or geojson: one row per
        real event, or per report with `reports=true`."""
        if format not in STREAM_FORMATS:
            raise InputError(f"unknown format {format!r}; choose from "
                             f"{', '.join(STREAM_FORMATS)}", source="format")
        buffer = io.StringIO()
        per_event = canonical and not reports
        export_store(CanonicalStore(store) if per_event else store, format, buffer, filters)
        media_type, suffix = STREAM_FORMATS[format]
        return Response(buffer.getvalue(), media_type=media_type, headers={
            "Content-Disposition": f'attachment; filename="eventwire-events{suffix}"'})

    if STATIC.is_dir():
        app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
