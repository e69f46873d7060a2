"""Group reports into real events: blocking, connected components, then complete linkage.

Clustering is a function of the set of reports, not of the order they arrived in, so that
recomputing a neighbourhood after a new report gives the same answer as a full rebuild:

1. Blocking: a report is indexed under (event class, day, 1° grid cell) for each class key
   (CAMEO root, PLOVER event) and each day of its range; vague places (tolerance over 60 km or
   none) sit in a per-(class, day) bucket seen by every cell. Only reports sharing a block are
   compared.
2. Components: matching pairs are joined with union-find. A component is the unit that is
   recomputed when a report arrives.
3. Partition: within a component, reports are taken most precise first (place, then date, then
   storage order) and each joins the cluster where it matches some report best and
   contradicts none, so a vague report cannot chain two different towns into one event.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from eventwire.dedupe.match import Coalitions, Match, coalitions, explain, score
from eventwire.dedupe.reports import MAX_RANGE_DAYS, Report

CELL_DEGREES = 1.0
"""Side of a grid cell; a report is compared with reports in its own and the 8 next cells."""

FINE_KM = 60.0
"""Places with a tolerance up to this are indexed by cell; vaguer ones by (class, day) only."""


def class_keys(report: Report) -> tuple[str, ...]:
    """The event-class blocking keys of a report: its CAMEO root and its PLOVER event."""
    keys = []
    if report.root:
        keys.append("c" + report.root)
    if report.plover:
        keys.append("p" + report.plover)
    return tuple(keys)


def _cell(report: Report) -> tuple[int, int] | None:
    if not report.has_place or report.tolerance_km > FINE_KM:
        return None
    return (math.floor(report.lat / CELL_DEGREES),  # type: ignore[operator]
            math.floor(report.lon / CELL_DEGREES))  # type: ignore[operator]


def _lon_reach(cell_y: int) -> int:
    """How many cells east and west hold places within `FINE_KM` (more near the poles)."""
    lat = min(89.0, max(abs(cell_y), abs(cell_y + 1)) * CELL_DEGREES)
    km_per_cell = 111.32 * CELL_DEGREES * math.cos(math.radians(lat))
    return max(1, math.ceil(FINE_KM / max(km_per_cell, 1e-6)))


def _days(report: Report) -> range:
    if report.span_days > MAX_RANGE_DAYS:
        return range(0)  # too vague to compare across documents; see `_by_document`
    return range(report.first, report.last + 1)


class BlockIndex:
    """Reports indexed by blocking key, to find the few worth comparing with a new one."""

    def __init__(self) -> None:
        self._fine: dict[tuple, list[Report]] = defaultdict(list)
        self._coarse: dict[tuple, list[Report]] = defaultdict(list)
        self._all: dict[tuple, list[Report]] = defaultdict(list)
        self._by_document: dict[int, list[Report]] = defaultdict(list)
        self._vague_by_document: dict[int, list[Report]] = defaultdict(list)

    def add(self, report: Report) -> None:
        cell = _cell(report)
        for key in class_keys(report):
            for day in _days(report):
                self._all[(key, day)].append(report)
                if cell is None:
                    self._coarse[(key, day)].append(report)
                else:
                    self._fine[(key, day, cell)].append(report)
        self._by_document[report.document].append(report)
        if report.span_days > MAX_RANGE_DAYS:
            self._vague_by_document[report.document].append(report)

    def candidates(self, report: Report) -> Iterator[Report]:
        """Every indexed report that shares a block with `report` (each once)."""
        seen: set[int] = {report.pk}
        cell = _cell(report)
        for key in class_keys(report):
            for day in _days(report):
                if cell is None:
                    pools = [self._all.get((key, day), ())]
                else:
                    y, x = cell
                    reach = _lon_reach(y)
                    pools = [self._fine.get((key, day, (y + dy, x + dx)), ())
                             for dy in (-1, 0, 1) for dx in range(-reach, reach + 1)]
                    pools.append(self._coarse.get((key, day), ()))
                for pool in pools:
                    for other in pool:
                        if other.pk not in seen:
                            seen.add(other.pk)
                            yield other
        same_document = (self._by_document if report.span_days > MAX_RANGE_DAYS
                         else self._vague_by_document)
        if report.document in same_document:
            for other in same_document[report.document]:
                if other.pk not in seen:
                    seen.add(other.pk)
                    yield other


class UnionFind:
    """Disjoint sets over report keys; the representative is the smallest key."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def add(self, key: int) -> None:
        self.parent.setdefault(key, key)

    def find(self, key: int) -> int:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            lo, hi = (ra, rb) if ra < rb else (rb, ra)
            self.parent[hi] = lo


def precision_order(report: Report) -> tuple:
    """Most precise reports first: place, then date, then storage order."""
    return (-report.place_rank, -report.date_rank, report.tolerance_km, report.pk)


@dataclass
class Twins:
    """A cluster's members with one `signature`, in cluster order and by document."""

    order: list[tuple[int, Report]] = field(default_factory=list)
    by_document: dict[int, list[tuple[int, Report]]] = field(default_factory=dict)

    def add(self, index: int, report: Report) -> None:
        self.order.append((index, report))
        self.by_document.setdefault(report.document, []).append((index, report))


@dataclass
class Cluster:
    """One real event: its reports (anchor first) and why each joined the anchor."""

    reports: list[Report]
    matches: dict[int, Match] = field(default_factory=dict)
    twins: dict[tuple, Twins] = field(default_factory=dict, repr=False)
    """Members by `signature`: see `_best_member`."""

    def __post_init__(self) -> None:
        for index, report in enumerate(self.reports):
            self.twins.setdefault(signature(report), Twins()).add(index, report)

    def add(self, report: Report, match: Match) -> None:
        self.twins.setdefault(signature(report), Twins()).add(len(self.reports), report)
        self.reports.append(report)
        self.matches[report.pk] = match

    @property
    def id(self) -> int:
        """Stable id: the smallest report pk, so later reports joining keep it."""
        return min(r.pk for r in self.reports)

    @property
    def anchor(self) -> Report:
        return self.reports[0]


def signature(report: Report) -> tuple:
    """Everything `score` reads of a report except its document and sentence: wire copies
    of one article give reports with equal signatures."""
    return (report.first, report.last, report.date_rank, report.cameo, report.root,
            report.plover, report.source, report.target, report.lat, report.lon,
            report.tolerance_km, report.place_name, report.place_country, report.place_rank,
            report.modality, report.realis)


def _best_member(report: Report, cluster: Cluster, table: Coalitions
                 ) -> tuple[float, int, Report] | None:
    """The member `report` matches best (score, place, member; the earliest of equals), or
    None if it contradicts any member or matches none.

    Members with one signature score alike, except as they share `report`'s document and
    sentence; so one member per signature and relation is scored, not all of them. That keeps
    N wire copies of an article linear instead of quadratic.
    """
    top: tuple[float, int, Report] | None = None
    for twins in cluster.twins.values():
        firsts: dict[tuple[bool, bool], tuple[int, Report]] = {}
        for index, member in twins.by_document.get(report.document, ()):
            firsts.setdefault((True, member.sentence == report.sentence), (index, member))
        for index, member in twins.order:  # passes at most the members of its document
            if member.document != report.document:
                firsts[(False, False)] = (index, member)
                break
        for index, member in firsts.values():
            value = score(report, member, table, strict=False)
            if value is None:
                return None
            if value > 0 and (top is None or (value, -index) > (top[0], -top[1])):
                top = (value, index, member)
    return top


def partition(reports: Iterable[Report], table: Coalitions | None = None) -> list[Cluster]:
    """Split one component into clusters, deterministically.

    Reports are taken most precise first; each joins the cluster in which it matches some
    report best and contradicts none (a report without a place contradicts nobody, but two
    towns 13 km apart contradict each other), else starts a cluster of its own.
    """
    table = table or coalitions()
    clusters: list[Cluster] = []
    for report in sorted(reports, key=precision_order):
        best_score = -1.0
        best: tuple[int, Report] | None = None
        for index, cluster in enumerate(clusters):
            top = _best_member(report, cluster, table)
            if top is not None and top[0] > best_score:
                best_score, best = top[0], (index, top[2])
        if best is None:
            clusters.append(Cluster([report]))
        else:
            clusters[best[0]].add(report, Match(best_score, explain(report, best[1], table)))
    clusters.sort(key=lambda c: c.id)
    return clusters


def components(reports: Iterable[Report], table: Coalitions | None = None
               ) -> list[list[Report]]:
    """Connected components of the match graph, found through the block index."""
    table = table or coalitions()
    index = BlockIndex()
    sets = UnionFind()
    ordered = sorted(reports, key=lambda r: r.pk)
    for report in ordered:
        sets.add(report.pk)
        for other in index.candidates(report):
            if (sets.find(other.pk) != sets.find(report.pk)
                    and score(report, other, table) is not None):
                sets.union(report.pk, other.pk)
        index.add(report)
    groups: dict[int, list[Report]] = defaultdict(list)
    for report in ordered:
        groups[sets.find(report.pk)].append(report)
    return [groups[key] for key in sorted(groups)]


def cluster_reports(reports: Iterable[Report], table: Coalitions | None = None
                    ) -> list[Cluster]:
    """All clusters of a set of reports: components, each partitioned, ordered by id."""
    table = table or coalitions()
    out: list[Cluster] = []
    for component in components(reports, table):
        out.extend(partition(component, table))
    out.sort(key=lambda c: c.id)
    return out
