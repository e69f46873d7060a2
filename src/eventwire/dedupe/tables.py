"""Dedupe's tables in the store, and keeping them current as documents arrive.

- `event_clusters`: one row per raw event: its day range and class keys (the blocking columns),
  its `component` (connected part of the match graph, the unit of recomputation), its
  `canonical` event and the `reason` it was joined, in words.
- `canonical_events`: one row per real event, with flat columns for filtering and the
  canonical record (with its `reports`) as JSON.

`resolve_pending()` runs inside the store's write transaction right after a document is added:
each new event is compared with the stored events that share its class and overlap its days;
the components it touches are merged and re-partitioned from scratch, so the result never
depends on the order documents arrived in (`rebuild()` gives the same tables).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from functools import partial
from typing import Any

from sqlalchemy import Connection, text

from eventwire.dedupe import twins
from eventwire.dedupe.canonical import UNDATED_REASON, canonical_row, grown_row, reasons
from eventwire.dedupe.cluster import Cluster, UnionFind, components, partition, precision_order
from eventwire.dedupe.match import Match, coalitions, score
from eventwire.dedupe.reports import MAX_RANGE_DAYS, ActorKey, Report, report_from_row
from eventwire.store.core import after_add
from eventwire.store.migrations import Migration, register

log = logging.getLogger(__name__)

MIGRATION_NAME = "0002_dedupe"

MIGRATION = (
    """CREATE TABLE event_clusters (
        event_pk INTEGER PRIMARY KEY REFERENCES events(pk) ON DELETE CASCADE,
        first_day INTEGER,
        last_day INTEGER,
        class_root TEXT,
        class_plover TEXT,
        component INTEGER NOT NULL,
        canonical INTEGER NOT NULL,
        reason TEXT NOT NULL,
        score REAL
    )""",
    "CREATE INDEX event_clusters_first_day ON event_clusters(first_day)",
    "CREATE INDEX event_clusters_component ON event_clusters(component)",
    "CREATE INDEX event_clusters_canonical ON event_clusters(canonical)",
    """CREATE TABLE canonical_events (
        pk INTEGER PRIMARY KEY,
        component INTEGER NOT NULL,
        day TEXT, first_day INTEGER, last_day INTEGER, date TEXT, date_granularity TEXT,
        cameo TEXT, plover_event TEXT, acled_event_type TEXT, quad_class INTEGER,
        goldstein REAL,
        source_code TEXT, source_name TEXT, source_country TEXT,
        target_code TEXT, target_name TEXT, target_country TEXT,
        place_name TEXT, place_country TEXT, place_admin1 TEXT, place_feature TEXT,
        lat REAL, lon REAL,
        modality TEXT NOT NULL,
        disputed INTEGER NOT NULL,
        report_count INTEGER NOT NULL,
        document_count INTEGER NOT NULL,
        record TEXT NOT NULL
    )""",
    "CREATE INDEX canonical_events_day ON canonical_events(day, pk)",
    "CREATE INDEX canonical_events_component ON canonical_events(component)",
)
"""DDL of migration `0002_dedupe` (frozen once released)."""

ROW_SELECT = """SELECT e.pk, e.document_pk, e.id, e.sentence, e.day, e.date,
    e.date_granularity, e.cameo, e.plover_event, e.confidence, e.source_text, e.target_text,
    e.source_code, e.source_country, e.source_sector, e.source_name,
    e.target_code, e.target_country, e.target_sector, e.target_name,
    e.lat, e.lon, e.place_feature, e.place_precision, e.place_relation, e.place_name,
    e.place_text, e.place_country, e.modality, e.span_start, e.span_end, e.text, e.record,
    e.sentence_text, d.id AS document_id, d.source AS document_source,
    d.title AS document_title, d.date AS document_date, d.url AS document_url,
    d.ingested_at AS document_ingested_at
    FROM events e JOIN documents d ON d.pk = e.document_pk"""

_CANONICAL_COLUMNS = (
    "pk", "component", "day", "first_day", "last_day", "date", "date_granularity", "cameo",
    "plover_event", "acled_event_type", "quad_class", "goldstein", "source_code",
    "source_name", "source_country", "target_code", "target_name", "target_country",
    "place_name", "place_country", "place_admin1", "place_feature", "lat", "lon", "modality",
    "disputed", "report_count", "document_count", "record", "killed", "injured")

_INSERT_CANONICAL = (
    f"INSERT OR REPLACE INTO canonical_events ({', '.join(_CANONICAL_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _CANONICAL_COLUMNS)})")

_LINK_COLUMNS = ("event_pk", "first_day", "last_day", "class_root", "class_plover",
                 "component", "canonical", "reason", "score", "twin_key")

_UPSERT_LINK = (
    f"INSERT OR REPLACE INTO event_clusters ({', '.join(_LINK_COLUMNS)}) "
    f"VALUES ({', '.join('?' for _ in _LINK_COLUMNS)})")


def _rows(conn: Connection, where: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    cursor = conn.exec_driver_sql(f"{ROW_SELECT} WHERE {where} ORDER BY e.pk", params)
    names = [d[0] for d in cursor.cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.cursor.fetchall()]


def _link(report: Report, component: int, canonical: int, reason: str,
          score: float | None) -> dict[str, Any]:
    return {"event_pk": report.pk, "first_day": report.first, "last_day": report.last,
            "class_root": report.root, "class_plover": report.plover, "component": component,
            "canonical": canonical, "reason": reason, "score": score,
            "twin_key": twins.twin_key(report)}


def _collect(component: int, clusters: list[Cluster], links: list[dict[str, Any]],
             canon: list[dict[str, Any]]) -> None:
    for cluster in clusters:
        why = reasons(cluster)
        for report in cluster.reports:
            links.append(_link(report, component, cluster.id, *why[report.pk]))
        canon.append(canonical_row(cluster, component))


def _write(conn: Connection, component: int, clusters: list[Cluster]) -> None:
    links: list[dict[str, Any]] = []
    canon: list[dict[str, Any]] = []
    _collect(component, clusters, links, canon)
    _flush(conn, links, canon)


def _flush(conn: Connection, links: list[dict[str, Any]], canon: list[dict[str, Any]]) -> None:
    if links:
        conn.exec_driver_sql(_UPSERT_LINK, [tuple(r[c] for c in _LINK_COLUMNS) for r in links])
    if canon:
        conn.exec_driver_sql(_INSERT_CANONICAL,
                             [tuple(r[c] for c in _CANONICAL_COLUMNS) for r in canon])


def _sentence(row: dict[str, Any]) -> int:
    value = row.get("sentence")
    return -1 if value is None else int(value)


def _write_undated(conn: Connection, rows: Iterable[dict[str, Any]]) -> None:
    """Events with no date at all: each is its own canonical event."""
    for row in rows:
        pk = int(row["pk"])
        nobody = ActorKey(None, None, None)
        report = Report(pk=pk, document=int(row["document_pk"]),
                        sentence=_sentence(row), first=0, last=0,
                        date_rank=0, cameo=row.get("cameo"), root=None, plover=None,
                        source=nobody, target=nobody, lat=None, lon=None,
                        tolerance_km=0.0, place_name=None, place_country=None, place_rank=0,
                        modality=row.get("modality") or "asserted", realis=True, row=row)
        cluster = Cluster([report])
        out = canonical_row(cluster, pk, alone=UNDATED_REASON)
        out.update(first_day=None, last_day=None, day=None)
        _flush(conn, [{**_link(report, pk, pk, UNDATED_REASON, None),
                       "first_day": None, "last_day": None, "twin_key": None}], [out])


def _reports(conn: Connection, pks: set[int], known: dict[int, Report]) -> list[Report]:
    """The reports of events `pks` in pk order, read from the store only once per `resolve`
    call (`known`): an event's row never changes, and the neighbourhood of a document's
    events is mostly the same for each of them (N wire copies: the same N-1 reports)."""
    missing = sorted(pks - known.keys())
    for start in range(0, len(missing), 10_000):
        chunk = missing[start:start + 10_000]
        for row in _rows(conn, f"e.pk IN ({', '.join(map(str, chunk))})", {}):
            report = report_from_row(row)
            if report is not None:
                known[report.pk] = report
    return [known[pk] for pk in sorted(pks) if pk in known]


def _candidates(conn: Connection, report: Report, known: dict[int, Report]) -> list[Report]:
    """Stored reports worth comparing: same class with overlapping days, or same document."""
    pks = {pk for (pk,) in conn.execute(text(
        "SELECT event_pk FROM event_clusters WHERE first_day BETWEEN :lo AND :hi "
        "AND last_day >= :first AND (class_root = :root OR class_plover = :plover)"),
        {"lo": report.first - MAX_RANGE_DAYS, "hi": report.last, "first": report.first,
         "root": report.root, "plover": report.plover})}
    pks.update(pk for (pk,) in conn.execute(text(
        "SELECT c.event_pk FROM events e JOIN event_clusters c ON c.event_pk = e.pk "
        "WHERE e.document_pk = :doc AND c.first_day IS NOT NULL"), {"doc": report.document}))
    pks.discard(report.pk)
    return _reports(conn, pks, known) if pks else []


def resolve(conn: Connection, rows: list[dict[str, Any]]) -> int:
    """Fold new events (rows of `ROW_SELECT`) into the clusters; return how many.

    The events of one document are folded in together (`_resolve_document`): the same result
    as one at a time, but each component they touch is partitioned and written once, not once
    per event. Should that fail, the events go one at a time, each in its own savepoint.
    """
    table = coalitions()
    undated: list[dict[str, Any]] = []
    known: dict[int, Report] = {}
    by_document: dict[int, list[tuple[dict[str, Any], Report]]] = {}
    for row in rows:
        report = report_from_row(row)
        if report is None:
            undated.append(row)
        else:
            by_document.setdefault(report.document, []).append((row, report))
    for pairs in by_document.values():
        try:
            with conn.begin_nested():
                _resolve_document(conn, [r for _, r in pairs], table, known)
            continue
        except Exception:  # fall back to one event at a time
            log.warning("dedupe of a document's events together failed; one at a time",
                        exc_info=True)
        for row, report in pairs:
            try:
                with conn.begin_nested():  # a savepoint: a failure undoes only this event
                    _resolve_one(conn, report, table, known)
            except Exception:  # a bug here must not lose the document: keep the event alone
                log.warning("dedupe failed for event %s; kept as its own event",
                            row.get("id"), exc_info=True)
                undated.append(row)
    _write_undated(conn, undated)
    return len(rows)


def _resolve_document(conn: Connection, new: list[Report], table: Any,
                      known: dict[int, Report]) -> None:
    """Fold the new events of one document in at once.

    Folding them in one at a time joins each new event with the components of the stored
    events it matches and with the earlier new events it matches, then re-partitions the
    union. The end state is the partition of each connected group of new events and touched
    components, which is what is computed here, once per group.
    """
    new = sorted(new, key=lambda r: r.pk)
    plan = twins.plan(conn, new, table, lambda pks: _reports(conn, pks, known))
    if plan is not None:
        _join(conn, plan, known)
        log.debug("document %s joined its twins' clusters", new[0].document)
        return
    groups = UnionFind()
    for index, report in enumerate(new):
        node = -report.pk  # new events as negative keys, components as their ids
        groups.add(node)
        # the stored candidates: new events are not in `event_clusters` yet
        matched = [c.pk for c in _candidates(conn, report, known)
                   if score(report, c, table) is not None]
        if matched:
            for (component,) in conn.execute(text(
                    "SELECT DISTINCT component FROM event_clusters WHERE event_pk IN "
                    f"({', '.join(map(str, matched))})")):
                groups.add(component)
                groups.union(node, component)
        for earlier in new[:index]:
            if score(report, earlier, table) is not None:
                groups.union(node, -earlier.pk)
    members: dict[int, list[Report]] = {}
    touched: dict[int, list[int]] = {}
    for report in new:
        members.setdefault(groups.find(-report.pk), []).append(report)
    for key in groups.parent:
        if key > 0 and groups.find(key) in members:
            touched.setdefault(groups.find(key), []).append(key)
    for root, reports in members.items():
        components = touched.get(root, [])
        if components:
            listed = ", ".join(map(str, sorted(components)))
            stored_pks = {pk for (pk,) in conn.execute(text(
                f"SELECT event_pk FROM event_clusters WHERE component IN ({listed})"))}
            reports = reports + _reports(conn, stored_pks, known)
            conn.execute(text(f"DELETE FROM canonical_events WHERE component IN ({listed})"))
        _write(conn, min(r.pk for r in reports), partition(reports, table))
    for report in new:
        known[report.pk] = report


def _join(conn: Connection, plan: twins.Plan, known: dict[int, Report]) -> None:
    """Write new reports into the clusters `twins.plan` found for them: their links, and
    each cluster's canonical row grown from its stored one (or built again, see
    `grown_row`); and the clusters of their own."""
    joined = plan.joined
    by_cluster: dict[int, list[twins.Joined]] = {}
    for item in joined:
        by_cluster.setdefault(item.canonical, []).append(item)
    canon = []
    for canonical, items in by_cluster.items():
        params = {"k": canonical}
        row = conn.execute(text("SELECT * FROM canonical_events WHERE pk = :k"),
                           params).mappings().one()
        stored = [tuple(r) for r in conn.execute(text(
            "SELECT e.cameo, e.source_code, e.target_code, count(*) FROM event_clusters c "
            "JOIN events e ON e.pk = c.event_pk WHERE c.canonical = :k GROUP BY 1, 2, 3"),
            params)]
        grown = grown_row(dict(row), [(i.report, i.match) for i in items], stored,
                          partial(_tolled, conn, canonical))
        canon.append(grown or _built_again(conn, canonical, items, known))
    links = [_link(i.report, i.component, i.canonical, i.match.reason, i.match.score)
             for i in joined]
    for component, cluster in plan.fresh:
        _collect(component, [cluster], links, canon)
    _flush(conn, links, canon)
    for item in joined:
        known[item.report.pk] = item.report
    for _, cluster in plan.fresh:
        known.update((r.pk, r) for r in cluster.reports)


def _tolled(conn: Connection, canonical: int) -> list[Report]:
    """The members of cluster `canonical` that give casualties, with only those in their
    record: reading whole rows (and records) of every member would cost the cluster's size
    in parsing for each copy that joins it."""
    cursor = conn.exec_driver_sql(
        "SELECT e.pk, e.document_pk, e.sentence, e.day, e.date, e.date_granularity, e.cameo, "
        "e.plover_event, e.source_code, e.source_country, e.source_sector, e.source_name, "
        "e.target_code, e.target_country, e.target_sector, e.target_name, e.lat, e.lon, "
        "e.place_feature, e.place_precision, e.place_relation, e.place_name, e.place_text, "
        "e.place_country, e.modality, d.date AS document_date, "
        "json_extract(e.record, '$.casualties') AS casualties "
        "FROM event_clusters c JOIN events e ON e.pk = c.event_pk "
        "JOIN documents d ON d.pk = e.document_pk WHERE c.canonical = ? "
        "AND json_extract(e.record, '$.casualties') IS NOT NULL", (canonical,))
    names = [d[0] for d in cursor.cursor.description]
    out = []
    for values in cursor.cursor.fetchall():
        row = dict(zip(names, values, strict=True))
        row["record"] = {"casualties": json.loads(row.pop("casualties"))}
        report = report_from_row(row)
        if report is not None:
            out.append(report)
    return out


def _built_again(conn: Connection, canonical: int, items: list[twins.Joined],
                 known: dict[int, Report]) -> dict[str, Any]:
    """The canonical row of a cluster from all its reports: the stored ones keep the score
    and reason stored with them, the anchor (the most precise) none."""
    stored = conn.execute(text("SELECT event_pk, reason, score FROM event_clusters "
                               "WHERE canonical = :k"), {"k": canonical}).all()
    reports = sorted(_reports(conn, {pk for pk, _, _ in stored}, known)
                     + [i.report for i in items], key=precision_order)
    matches = {pk: Match(value, reason) for pk, reason, value in stored
               if pk != reports[0].pk}
    matches.update((i.report.pk, i.match) for i in items)
    return canonical_row(Cluster(reports, matches), items[0].component)


def _resolve_one(conn: Connection, report: Report, table: Any, known: dict[int, Report]
                 ) -> None:
    """Fold one new report into the components it matches and re-partition them."""
    matched = [c for c in _candidates(conn, report, known)
               if score(report, c, table) is not None]
    touched = sorted({pk for (pk,) in conn.execute(text(
        "SELECT DISTINCT component FROM event_clusters WHERE event_pk IN "
        f"({', '.join(str(c.pk) for c in matched) or 'NULL'})"))})
    members = [report]
    if touched:
        listed = ", ".join(map(str, touched))
        member_pks = {pk for (pk,) in conn.execute(text(
            f"SELECT event_pk FROM event_clusters WHERE component IN ({listed})"))}
        members += _reports(conn, member_pks, known)
        conn.execute(text(f"DELETE FROM canonical_events WHERE component IN ({listed})"))
    component = min(r.pk for r in members)
    _write(conn, component, partition(members, table))
    known[report.pk] = report


def resolve_pending(conn: Connection) -> int:
    """Cluster every stored event that dedupe has not seen yet; return how many.

    Called in the store's write transaction after each added document (and safe to call on
    any store: a store filled before dedupe existed is caught up on the first call).
    """
    done = conn.execute(text("SELECT coalesce(max(event_pk), 0) FROM event_clusters")
                        ).scalar_one()
    rows = _rows(conn, "e.pk > :done", {"done": done})
    return resolve(conn, rows) if rows else 0


def rebuild(conn: Connection) -> int:
    """Recompute every cluster from scratch (same result as incremental); return events seen."""
    conn.execute(text("DELETE FROM event_clusters"))
    conn.execute(text("DELETE FROM canonical_events"))
    rows = _rows(conn, "1", {})
    reports, undated = [], []
    for row in rows:
        report = report_from_row(row)
        if report is None:
            undated.append(row)
        else:
            reports.append(report)
    table = coalitions()
    links: list[dict[str, Any]] = []
    canon: list[dict[str, Any]] = []
    for component in components(reports, table):
        _collect(min(r.pk for r in component), partition(component, table), links, canon)
    _flush(conn, links, canon)
    _write_undated(conn, undated)
    return len(rows)


register(Migration(MIGRATION_NAME, MIGRATION))  # dedupe's tables (issue 7)
register(Migration(twins.MIGRATION_NAME, twins.MIGRATION))  # twin keys (issue 22)
after_add(resolve_pending)  # each added document's events fold in, in the same transaction
