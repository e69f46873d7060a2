"""Reading canonical events: pages for lists, one event with its reports in full context.

A canonical event matches a filter when any of its reports (raw events) matches it, so
`--actor RUSMIL` finds the strike that one outlet blamed on Russian jets even if the canonical
source is the Syrian military. `CanonicalStore(store)` serves these over an open store.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, Connection, Float, Integer, MetaData, Table, Text, func, select

from eventwire.conditions import day_between
from eventwire.dedupe.tables import rebuild
from eventwire.store.core import matching_pks

if TYPE_CHECKING:
    from eventwire.store import EventFilter, Store

metadata = MetaData()

canonical_events = Table(
    "canonical_events", metadata,
    Column("pk", Integer, primary_key=True), Column("component", Integer),
    Column("day", Text), Column("first_day", Integer), Column("last_day", Integer),
    Column("date", Text), Column("date_granularity", Text), Column("cameo", Text),
    Column("plover_event", Text), Column("acled_event_type", Text),
    Column("quad_class", Integer), Column("goldstein", Float),
    Column("source_code", Text), Column("source_name", Text), Column("source_country", Text),
    Column("target_code", Text), Column("target_name", Text), Column("target_country", Text),
    Column("place_name", Text), Column("place_country", Text), Column("place_admin1", Text),
    Column("place_feature", Text), Column("lat", Float), Column("lon", Float),
    Column("modality", Text), Column("disputed", Integer), Column("report_count", Integer),
    Column("document_count", Integer), Column("record", Text),
    Column("killed", Integer), Column("injured", Integer),
)

event_clusters = Table(
    "event_clusters", metadata,
    Column("event_pk", Integer, primary_key=True), Column("first_day", Integer),
    Column("last_day", Integer), Column("class_root", Text), Column("class_plover", Text),
    Column("component", Integer), Column("canonical", Integer), Column("reason", Text),
    Column("score", Float), Column("twin_key", Text),
)

C, L = canonical_events, event_clusters


def _selection(matching: Any | None, *columns: Any, where: Sequence[Any] = ()) -> Any:
    query = select(*(columns or (C.c.pk, C.c.record))).where(*where)
    if matching is not None:
        query = query.where(C.c.pk.in_(select(L.c.canonical).where(L.c.event_pk.in_(matching))))
    return query


def page(conn: Connection, matching: Any | None = None, *, limit: int | None = 100,
         offset: int = 0, newest_first: bool = False, where: Sequence[Any] = ()
         ) -> list[dict[str, Any]]:
    """Canonical events (records with `reports`), by day then id.

    `matching` is a select of raw event pks; only canonical events with a report among them
    are returned (None: all). `where` adds conditions on the canonical row itself (its day).
    """
    order = (C.c.day.desc(), C.c.pk.desc()) if newest_first else (C.c.day, C.c.pk)
    # Sort and cut the page on (day, pk) alone, then read the records of that page only:
    # sorting thousands of matches with their JSON records attached is what costs.
    keys = _selection(matching, C.c.pk, where=where).order_by(*order).offset(offset)
    if limit is not None:
        keys = keys.limit(limit)
    query = select(C.c.record).where(C.c.pk.in_(keys.scalar_subquery())).order_by(*order)
    return [json.loads(row.record) for row in conn.execute(query)]


def page_and_count(conn: Connection, matching: Any | None = None, *, limit: int = 100,
                   offset: int = 0, newest_first: bool = False, where: Sequence[Any] = ()
                   ) -> tuple[list[dict[str, Any]], int]:
    """One page of canonical events and how many match in all, finding the matches once.

    With a filter, the matching canonical events are found in one pass (their id and day
    only), counted, sorted and cut here, and only the page's records are read: the HTTP API
    asks for a page and its total together, and finding the matches is the costly part.
    """
    if matching is None:
        return page(conn, None, limit=limit, offset=offset, newest_first=newest_first,
                    where=where), count(conn, None, where=where)
    keys = [(row.day or "", row.pk) for row in
            conn.execute(_selection(matching, C.c.pk, C.c.day, where=where))]
    keys.sort(reverse=newest_first)
    chosen = [pk for _, pk in keys[offset:offset + limit]]
    records = {row.pk: row.record for row in
               conn.execute(select(C.c.pk, C.c.record).where(C.c.pk.in_(chosen)))}
    return [json.loads(records[pk]) for pk in chosen if pk in records], len(keys)


def after(conn: Connection, matching: Any | None, last: int, limit: int,
          where: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """Up to `limit` canonical events with id above `last`, by id (for iterating)."""
    query = (_selection(matching, where=where).where(C.c.pk > last).order_by(C.c.pk)
             .limit(limit))
    return [json.loads(row.record) for row in conn.execute(query)]


def count(conn: Connection, matching: Any | None = None, where: Sequence[Any] = ()) -> int:
    """How many canonical events have a report among `matching` (None: all)."""
    return conn.execute(select(func.count()).select_from(
        _selection(matching, C.c.pk, where=where).subquery())).scalar_one()


def day_counts(conn: Connection, matching: Any | None = None, where: Sequence[Any] = ()
               ) -> list[dict[str, Any]]:
    """Canonical events per day and quad class (the dashboard's timeline), by day."""
    keys = _selection(matching, C.c.pk, where=where).subquery()
    query = (select(C.c.day, C.c.quad_class, func.count().label("count"))
             .where(C.c.pk.in_(select(keys.c.pk)), C.c.day.is_not(None))
             .group_by(C.c.day, C.c.quad_class).order_by(C.c.day, C.c.quad_class))
    return [{"date": row.day, "quad_class": row.quad_class, "count": row.count}
            for row in conn.execute(query)]


def one(conn: Connection, canonical_id: int) -> dict[str, Any] | None:
    """One canonical event with each report's sentence and document, for provenance."""
    row = conn.execute(select(C.c.record).where(C.c.pk == canonical_id)).first()
    if row is None:
        return None
    record = json.loads(row.record)
    pks = [r["event_pk"] for r in record.get("reports", [])]
    if pks:
        context = {r.pk: r for r in conn.exec_driver_sql(
            "SELECT e.pk, e.sentence_text, d.id AS doc_id, d.title, d.url, d.date, d.source "
            f"FROM events e JOIN documents d ON d.pk = e.document_pk "
            f"WHERE e.pk IN ({', '.join(str(int(p)) for p in pks)})")}
        for report in record["reports"]:
            ctx = context.get(report["event_pk"])
            if ctx is not None:
                report["sentence_text"] = ctx.sentence_text
                report["document"] = {"id": ctx.doc_id, "title": ctx.title, "url": ctx.url,
                                      "date": ctx.date, "source": ctx.source}
    return record


def of_event(conn: Connection, event_pk: int) -> int | None:
    """The canonical event id a raw event belongs to."""
    return conn.execute(select(L.c.canonical).where(L.c.event_pk == event_pk)).scalar()


def own_days(filters: EventFilter | None) -> list[Any]:
    """A date range holds for the real event's own day too, not only for one of its reports:
    a canonical event dated outside the range is not in it."""
    if filters is None:
        return []
    return day_between(C.c.day, filters.since, filters.until)


class CanonicalStore:
    """A store seen through its canonical events: one record per real event, with its reports.

    `events`, `iter_events` and `count_events` give canonical events where a `Store` gives raw
    ones, so every exporter written for raw events writes one row per real event through this
    view (canonical records carry their anchor report's `document` and `sentence_text`); every
    other attribute is the store's own.

        >>> CanonicalStore(store).events(EventFilter(actor="RUSMIL"))
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def events(self, filters: EventFilter | None = None, *, limit: int | None = 100,
               offset: int = 0, newest_first: bool = False) -> list[dict[str, Any]]:
        """One page of canonical events with a report matching `filters`, by day then id."""
        with self._store.reading() as conn:
            return page(conn, matching_pks(filters), limit=limit, offset=offset,
                        newest_first=newest_first, where=own_days(filters))

    def page(self, filters: EventFilter | None = None, *, limit: int = 100, offset: int = 0,
             newest_first: bool = False) -> tuple[list[dict[str, Any]], int]:
        """One page of canonical events matching `filters` and their total, in one pass."""
        with self._store.reading() as conn:
            return page_and_count(conn, matching_pks(filters), limit=limit, offset=offset,
                                  newest_first=newest_first, where=own_days(filters))

    def iter_events(self, filters: EventFilter | None = None, *, batch_size: int = 1000
                    ) -> Iterator[dict[str, Any]]:
        """Every canonical event with a report matching `filters`, by id, a page at a time."""
        last = 0
        while True:
            with self._store.reading() as conn:
                chunk = after(conn, matching_pks(filters), last, batch_size,
                              where=own_days(filters))
            yield from chunk
            if len(chunk) < batch_size:
                return
            last = chunk[-1]["id"]

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many canonical events have a report matching `filters`."""
        with self._store.reading() as conn:
            return count(conn, matching_pks(filters), own_days(filters))

    def day_counts(self, filters: EventFilter | None = None) -> list[dict[str, Any]]:
        """Canonical events matching `filters` per day and quad class (the timeline)."""
        with self._store.reading() as conn:
            return day_counts(conn, matching_pks(filters), own_days(filters))

    def event(self, id: int) -> dict[str, Any] | None:
        """One canonical event, each report with its sentence text and document; or None."""
        with self._store.reading() as conn:
            return one(conn, int(id))

    def rebuild(self) -> int:
        """Recompute every canonical event from scratch; return the number of raw events."""
        with self._store.writing() as conn:
            return rebuild(conn)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)
