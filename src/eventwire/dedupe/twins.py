"""Wire copies join their twins' clusters directly, without re-partitioning a component.

A feed delivers one article many times (syndicated copies, a new byline each): every event of
the new copy has *twins*, stored reports with the same `signature`, so they score alike
against everything. Folding such a document in by re-partitioning the components it touches
costs the size of those components, so N copies cost N²; here it costs the number of
distinct signatures in them.

Why the result is the rebuild's (tests/test_dedupe_twins.py compares them on copies, near
copies and other documents), for a new document D whose events all have larger pks:

- Components. If twins of a new report x lie in two or more stored documents, x matches a
  stored report z exactly when some twin in another document than z's does, so x's matches
  lie in its twins' one component; x also matches its twins (checked on a copy of x in
  another document). The events of D must not match each other across components.
- Its cluster. `partition` takes reports most precise first (pk last), so x comes after all
  its twins; before x, the clusters hold the stored reports that precede x in that order and
  D's earlier events. `_best_member` only ever scores the first member of each signature
  (and members of the report's own document), so replaying x's step over the first member
  of each (cluster, signature) of the component plus D's placed events gives x's choice,
  score and reason exactly.
- Nothing else moves. If x joins a cluster where its signature already has members from two
  stored documents, no later report ever scores x (for any report, one of those earlier
  twins is in another document than its own), so every stored report keeps its cluster,
  score and reason, and cluster and component ids (smallest pks) stay.
- Events of D's own. A report that never scores above 0 with another document's report (no
  place and no source, or dated vaguer than a week: `own_document_only`) matches no stored
  report: its component is that of the events of D it matches, or a new one of D's events
  alone. It may start a cluster of its own, which no later stored report can join as long
  as only such reports are in it.

When any condition fails (a new signature, twins in one document only, a store whose rows
predate `twin_key`), the document takes the full path in `tables`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from sqlalchemy import Connection, text

from eventwire.dedupe.cluster import (
    Cluster,
    UnionFind,
    _best_member,
    partition,
    precision_order,
    signature,
)
from eventwire.dedupe.match import Coalitions, Match, explain, score
from eventwire.dedupe.reports import MAX_RANGE_DAYS, Report

MIGRATION_NAME = "0006_dedupe_twins"

MIGRATION = (
    "ALTER TABLE event_clusters ADD COLUMN twin_key TEXT",
    "CREATE INDEX event_clusters_twin ON event_clusters(twin_key, canonical)",
)
"""DDL of migration `0006_dedupe_twins` (frozen once released): each raw event's `twin_key`.
Rows stored before it keep NULL (their documents take the full path) until a rebuild."""


def twin_key(report: Report) -> str:
    """A short digest of the report's `signature`: equal for twins, indexed in the store."""
    return hashlib.blake2b(repr(signature(report)).encode(), digest_size=16).hexdigest()


@dataclass(frozen=True)
class Joined:
    """A new report, the component and canonical event it joins, and why."""

    report: Report
    component: int
    canonical: int
    match: Match


@dataclass
class Plan:
    """Where a document's new reports go: into stored clusters (`joined`), or into clusters
    of their own (`fresh`, with their component), made of reports of this document only."""

    joined: list[Joined]
    fresh: list[tuple[int, Cluster]]


def own_document_only(report: Report) -> bool:
    """Whether `report` never scores above 0 with a report of another document: dated more
    vaguely than a week, or with neither place nor source (see `match.score`)."""
    return report.span_days > MAX_RANGE_DAYS or not (report.has_place or report.source.code)


def plan(conn: Connection, new: list[Report], table: Coalitions,
         read: Callable[[set[int]], list[Report]]) -> Plan | None:
    """Where each new report of one document goes when all are twins of stored clusters
    (or match only within the document), or None when the document must take the full path
    (nothing is written here)."""
    stored: dict[int, int] = {}
    for report in new:
        if own_document_only(report):
            continue  # its component is that of the reports of its document it matches
        found = [c for (c,) in conn.execute(text(
            "SELECT DISTINCT component FROM event_clusters WHERE twin_key = :key LIMIT 2"),
            {"key": twin_key(report)})]
        twin = replace(report, pk=-1, document=-1, sentence=-1, row=None)
        if len(found) != 1 or score(report, twin, table) is None:
            return None
        stored[report.pk] = found[0]
    groups = UnionFind()
    for index, report in enumerate(new):
        groups.add(report.pk)
        for other in new[:index]:
            if score(report, other, table) is not None:
                groups.union(report.pk, other.pk)
    members: dict[int, list[Report]] = {}
    for report in new:
        members.setdefault(groups.find(report.pk), []).append(report)
    out = Plan([], [])
    for group in members.values():
        touched = {stored[r.pk] for r in group if r.pk in stored}
        if len(touched) > 1:
            return None  # the document would join two components
        if not touched:  # a component of this document's reports alone
            number = min(r.pk for r in group)
            out.fresh.extend((number, c) for c in partition(group, table))
            continue
        number = touched.pop()
        firsts = _first_members(conn, number, read)
        placed = _replay(group, firsts, table) if firsts is not None else None
        if placed is None:
            return None
        fresh: dict[int, Cluster] = {}
        for report, canonical, match in placed:
            if canonical < 0:  # a cluster of its own, anchored by report -canonical
                if match is None:
                    fresh[canonical] = Cluster([report])
                else:
                    fresh[canonical].add(report, match)
            elif match is not None and _seen_twice(conn, report, canonical):
                out.joined.append(Joined(report, number, canonical, match))
            else:
                return None
        out.fresh.extend((number, c) for c in fresh.values())
    return out


def _first_members(conn: Connection, component: int, read: Callable[[set[int]], list[Report]]
                   ) -> list[tuple[int, Report]] | None:
    """(canonical, report) for the first stored member of each signature in each cluster of
    `component`; None if some member has no `twin_key`."""
    groups = conn.execute(text(
        "SELECT canonical, twin_key, min(event_pk) FROM event_clusters WHERE component = :c "
        "GROUP BY canonical, twin_key"), {"c": component}).all()
    if any(key is None for _, key, _ in groups):
        return None
    canonical_of = {pk: canonical for canonical, _, pk in groups}
    reports = read(set(canonical_of))
    if len(reports) != len(canonical_of):
        return None
    return [(canonical_of[r.pk], r) for r in reports]


def _replay(new: Iterable[Report], firsts: list[tuple[int, Report]], table: Coalitions
            ) -> list[tuple[Report, int, Match | None]] | None:
    """`partition`'s step for each new report, over the clusters as they stand when it comes
    (first members of each signature, and the new reports placed before it): (report,
    cluster, match), a cluster of its own being -pk of its anchor (match None for the
    anchor). None if a report that scores with other documents would be in a new cluster,
    where later stored reports could join it."""
    placed: list[tuple[int, Report]] = []
    out: list[tuple[Report, int, Match | None]] = []
    for report in sorted(new, key=precision_order):
        at = precision_order(report)
        members: dict[int, list[Report]] = {}
        for canonical, member in firsts:
            if precision_order(member) < at:
                members.setdefault(canonical, []).append(member)
        for canonical, member in placed:
            members.setdefault(canonical, []).append(member)
        best_score, best = -1.0, None
        # clusters in the order partition made them: by their anchor, the most precise member
        for canonical, group in sorted(members.items(),
                                       key=lambda item: min(map(precision_order, item[1]))):
            top = _best_member(report, Cluster(sorted(group, key=precision_order)), table)
            if top is not None and top[0] > best_score:
                best_score, best = top[0], (canonical, top[2])
        if (best is None or best[0] < 0) and not own_document_only(report):
            return None
        if best is None:
            placed.append((-report.pk, report))
            out.append((report, -report.pk, None))
            continue
        placed.append((best[0], report))
        out.append((report, best[0], Match(best_score, explain(report, best[1], table))))
    return out


def _seen_twice(conn: Connection, report: Report, canonical: int) -> bool:
    """Whether cluster `canonical` holds twins of `report` from two stored documents."""
    documents = conn.execute(text(
        "SELECT DISTINCT e.document_pk FROM event_clusters c JOIN events e ON e.pk = c.event_pk "
        "WHERE c.twin_key = :key AND c.canonical = :canonical LIMIT 2"),
        {"key": twin_key(report), "canonical": canonical}).all()
    return len(documents) == 2
