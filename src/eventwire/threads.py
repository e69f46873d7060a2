"""Story threads: real events, quotes and claims grouped into storylines.

A thread is a connected component of a graph over canonical (deduplicated) events, so it is
deterministic and every join can be explained. Two events are linked when they belong to the
same *arena* (fighting and coercion, quad classes 3-4, or talk and cooperation, 1-2) and:

- they are reported in the same document, within `DOCUMENT_DAYS` of each other and (fighting)
  within `DOCUMENT_KM`, or (talk) with a country in common ("reported together in DOC");
- they happened at the same place (same name, or within `PLACE_KM`) within `PLACE_DAYS` days;
- they are talk between the same pair of countries within `DYAD_DAYS` days (an Erdogan-Putin
  call and its follow-ups);
- a document that reports one links to a document that reports the other (a "see our report
  of 6 May" cross-reference, or an HTML link, resolved to a stored document by URL or title).

Quotes and claims join the thread that holds most of their document's events (or, for a
document without events, of the documents it links to). A thread's id is its smallest event
id, so it stays put as reports arrive; its title is made from its dominant event type, actors
and places.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from eventwire.conditions import day_range
from eventwire.dedupe.cluster import UnionFind
from eventwire.events.codes import root_category
from eventwire.geo import distance_km

if TYPE_CHECKING:
    from eventwire.store.reader import StoreReader

PLACE_KM = 10.0
PLACE_DAYS = 3
DYAD_DAYS = 3
DOCUMENT_DAYS = 2
"""Events of one document are joined only if they happened within this many days of each
other (a story's background paragraphs, "the Sochi deal of September 2018", stay out)."""
DOCUMENT_KM = 60.0
"""... and, for fighting, within this distance (a live blog covers several fronts)."""

TOWN_FEATURES = frozenset({"city", "other", "admin2"})
"""Places precise enough to tie two events together by name ("Idlib province" is not)."""

QUIET_ROOTS = frozenset({"01", "02"})
"""CAMEO roots left out of threads: statements and appeals are what quotes already cover, and
they would tie every storyline to every other."""

@dataclass
class _Item:
    id: int
    day: str | None
    ordinal: int | None
    arena: str
    place: str | None
    lat: float | None
    lon: float | None
    dyad: tuple[str, ...] | None
    countries: frozenset[str]
    documents: set[int]
    record: dict[str, Any]

    @property
    def point(self) -> tuple[float, float] | None:
        """(lat, lon) where the event has a place with coordinates."""
        if self.lat is None or self.lon is None:
            return None
        return self.lat, self.lon


@dataclass
class Thread:
    """One storyline: its events, the documents reporting them, quotes, claims, and why."""

    id: int
    events: list[dict[str, Any]]
    documents: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)

    @property
    def first_day(self) -> str | None:
        days = [e["day"] for e in self.events if e.get("day")]
        return min(days) if days else None

    @property
    def last_day(self) -> str | None:
        days = [e["day"] for e in self.events if e.get("day")]
        return max(days) if days else None

    @property
    def title(self) -> str:
        return thread_title(self.events)

    def summary(self) -> dict[str, Any]:
        """The row `eventwire threads` lists."""
        return {"id": self.id, "title": self.title, "first_day": self.first_day,
                "last_day": self.last_day, "events": len(self.events),
                "reports": sum(e.get("report_count", 1) for e in self.events),
                "documents": len(self.documents), "quotes": len(self.quotes),
                "claims": len(self.claims)}

    def to_dict(self) -> dict[str, Any]:
        """Everything about the thread, for `eventwire threads show`."""
        return {**self.summary(), "events": self.events, "documents": self.documents,
                "quotes": self.quotes, "claims": self.claims, "links": self.links,
                "counts": {"events": len(self.events), "documents": len(self.documents),
                           "quotes": len(self.quotes), "claims": len(self.claims)}}


def _arena(record: dict[str, Any]) -> str:
    return "talk" if (record.get("quad_class") or 4) in (1, 2) else "fight"


def _actor_label(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("name") or actor.get("code") or actor.get("text")


def thread_title(events: list[dict[str, Any]]) -> str:
    """"<event type> by <main actors> in <main places>" from the thread's dominant features."""
    def top(values: list[str | None], n: int) -> list[str]:
        counts = Counter(v for v in values if v)
        return [v for v, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]

    kinds = top([root_category(e.get("cameo")) for e in events], 1)
    actors = top([_actor_label(e.get("source")) for e in events], 2)
    targets = top([_actor_label(e.get("target")) for e in events], 1)
    places = top([(e.get("place") or {}).get("name") for e in events], 2)
    title = kinds[0] if kinds else "Events"
    if actors:
        title += " by " + " and ".join(actors)
    if targets and targets[0] not in actors:
        title += (" against " if _arena(events[0]) == "fight" else " with ") + targets[0]
    if places:
        title += " in " + ", ".join(places)
    return title


def _load(conn: Connection, since: str | None, until: str | None
          ) -> tuple[list[_Item], dict[int, list[int]]]:
    where, params = day_range("c.day", since, until)
    where.insert(0, "1")
    rows = conn.execute(text(
        f"SELECT c.pk, c.day, c.first_day, c.record FROM canonical_events c "
        f"WHERE {' AND '.join(where)} ORDER BY c.pk"), params).all()
    docs_of: dict[int, set[int]] = defaultdict(set)
    for canonical, doc in conn.execute(text(
            "SELECT l.canonical, e.document_pk FROM event_clusters l "
            "JOIN events e ON e.pk = l.event_pk")):
        docs_of[canonical].add(doc)
    items = []
    for row in rows:
        record = json.loads(row.record)
        if (record.get("cameo") or "")[:2] in QUIET_ROOTS:
            continue
        place = record.get("place") or {}
        town = place.get("feature") in TOWN_FEATURES
        named = {(a or {}).get("country") or (a or {}).get("code")
                 for a in (record.get("source"), record.get("target"))}
        countries: list[str] = sorted(c for c in named if c is not None)
        items.append(_Item(
            id=row.pk, day=row.day, ordinal=row.first_day, arena=_arena(record),
            place=place.get("name") if town else None,
            lat=place.get("lat"), lon=place.get("lon"),
            dyad=tuple(countries) if len(countries) == 2 else None,
            countries=frozenset(countries),
            documents=docs_of.get(row.pk, set()), record=record))
    by_document: dict[int, list[int]] = defaultdict(list)
    for item in items:
        for doc in item.documents:
            by_document[doc].append(item.id)
    return items, by_document


def _document_links(conn: Connection) -> list[tuple[int, int, str]]:
    """(from document pk, to document pk, link text) for links that resolve to a stored doc."""
    docs = conn.execute(text("SELECT pk, url, title FROM documents")).all()
    by_url = {d.url.rstrip("/"): d.pk for d in docs if d.url}
    by_title = {d.title.casefold().strip(): d.pk for d in docs if d.title}
    out = []
    for link in conn.execute(text("SELECT document_pk, url, title, text FROM links "
                                  "ORDER BY pk")):
        target = None
        if link.url:
            target = by_url.get(link.url.rstrip("/"))
        if target is None and link.title:
            target = by_title.get(link.title.casefold().strip())
        if target is not None and target != link.document_pk:
            out.append((link.document_pk, target, link.title or link.text))
    return out


def build(store: StoreReader, *, since: str | None = None, until: str | None = None
          ) -> list[Thread]:
    """Every thread over the canonical events in [since, until], largest id last."""
    with store.reading() as conn:
        items, by_document = _load(conn, since, until)
        links = _document_links(conn)
        doc_rows = {r.pk: dict(r._mapping) for r in conn.execute(text(
            "SELECT pk, id, date, title, url, source FROM documents"))}
        quotes = [dict(r._mapping) for r in conn.execute(text(
            "SELECT q.pk, q.document_pk, q.text, q.speaker_text, q.speaker_code, "
            "q.speaker_name, q.kind, d.id AS document_id FROM quotes q "
            "JOIN documents d ON d.pk = q.document_pk ORDER BY q.pk"))]
        claims = [dict(r._mapping) for r in conn.execute(text(
            "SELECT c.pk, c.document_pk, c.text, c.claimant_code, c.claimant_name, "
            "c.assessment, c.assessment_text, d.id AS document_id FROM claims c "
            "JOIN documents d ON d.pk = c.document_pk ORDER BY c.pk"))]
    index = {item.id: item for item in items}
    sets = UnionFind()
    edges: list[tuple[int, int, str]] = []

    def join(a: int, b: int, reason: str) -> None:
        sets.add(a)
        sets.add(b)
        if sets.find(a) != sets.find(b):
            sets.union(a, b)
            edges.append((min(a, b), max(a, b), reason))

    for item in items:
        sets.add(item.id)
    # same document, same arena, close in time (and, for fighting, in space)
    doc_ids = {pk: row["id"] for pk, row in doc_rows.items()}
    for doc, ids in sorted(by_document.items()):
        members = sorted((index[i] for i in ids), key=lambda i: (i.ordinal or 0, i.id))
        for n, item in enumerate(members):
            for other in members[:n]:
                if _same_story(other, item):
                    join(other.id, item.id, f"reported together in {doc_ids.get(doc)}")
                    break
    # same place within a few days; same pair of countries talking within a week
    by_place: dict[tuple[str, str], list[_Item]] = defaultdict(list)
    by_dyad: dict[tuple, list[_Item]] = defaultdict(list)
    for item in sorted(items, key=lambda i: (i.ordinal or 0, i.id)):
        if item.ordinal is None:
            continue
        if item.place and item.lat is not None:
            for other in reversed(by_place[(item.arena, item.place)]):
                if item.ordinal - (other.ordinal or 0) > PLACE_DAYS:
                    break
                join(other.id, item.id, f"same place {item.place} within "
                                        f"{item.ordinal - (other.ordinal or 0)} days")
                break
            by_place[(item.arena, item.place)].append(item)
        if item.arena == "talk" and item.dyad:
            for other in reversed(by_dyad[item.dyad]):
                if item.ordinal - (other.ordinal or 0) > DYAD_DAYS:
                    break
                join(other.id, item.id, f"talk between {'-'.join(item.dyad)} within "
                                        f"{item.ordinal - (other.ordinal or 0)} days")
                break
            by_dyad[item.dyad].append(item)
    _near_places(items, join)
    # cross-references between documents
    for source_doc, target_doc, title in links:
        pairs = [(abs((index[a].ordinal or 0) - (index[b].ordinal or 0)), a, b)
                 for a in by_document.get(source_doc, []) for b in by_document.get(target_doc, [])
                 if index[a].arena == index[b].arena]
        if pairs:
            _, a, b = min(pairs)
            join(a, b, f"{doc_ids.get(source_doc)} links to {doc_ids.get(target_doc)} ({title})")
    groups: dict[int, list[_Item]] = defaultdict(list)
    for item in items:
        groups[sets.find(item.id)].append(item)
    threads = {root: Thread(root, [_event_row(i) for i in members])
               for root, members in groups.items()}
    for a, b, reason in edges:
        threads[sets.find(a)].links.append({"from": a, "to": b, "reason": reason})
    doc_thread = _document_threads(by_document, sets, links)
    for root, thread in threads.items():
        docs = sorted({d for i in groups[root] for d in i.documents})
        thread.documents = [{k: doc_rows[d][k] for k in ("id", "date", "title", "url",
                                                          "source")} for d in docs]
    for quote in quotes:
        root = doc_thread.get(quote["document_pk"])
        if root in threads:
            threads[root].quotes.append(_strip(quote))
    for claim in claims:
        root = doc_thread.get(claim["document_pk"])
        if root in threads:
            threads[root].claims.append(_strip(claim))
    return [threads[root] for root in sorted(threads)]


def _same_story(a: _Item, b: _Item) -> bool:
    """Whether two events of one document belong to one story."""
    if a.arena != b.arena or a.ordinal is None or b.ordinal is None:
        return False
    if abs(a.ordinal - b.ordinal) > DOCUMENT_DAYS:
        return False
    if a.arena == "talk":
        return bool(a.countries & b.countries)
    if a.point is None or b.point is None:
        return True
    return distance_km(*a.point, *b.point) <= DOCUMENT_KM


def _near_places(items: list[_Item], join: Any) -> None:
    """Link events at differently named but close places (within PLACE_KM and PLACE_DAYS)."""
    # (arena, lat*10, lon*10) -> the placed, dated events seen so far in that cell
    cells: dict[tuple, list[tuple[_Item, int, float, float]]] = defaultdict(list)
    for item in items:
        day, lat, lon = item.ordinal, item.lat, item.lon
        if item.place is None or lat is None or lon is None or day is None:
            continue
        cell = (item.arena, round(lat * 10), round(lon * 10))
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for other, other_day, other_lat, other_lon in cells.get(
                        (item.arena, cell[1] + dy, cell[2] + dx), ()):
                    if other.place != item.place and abs(day - other_day) <= PLACE_DAYS \
                            and distance_km(lat, lon, other_lat, other_lon) <= PLACE_KM:
                        join(other.id, item.id, f"{item.place} and {other.place} within "
                                                f"{PLACE_KM:.0f} km and {PLACE_DAYS} days")
        cells[cell].append((item, day, lat, lon))


def _document_threads(by_document: dict[int, list[int]], sets: Any,
                      links: list[tuple[int, int, str]]) -> dict[int, int]:
    """The thread (root id) each document belongs to: where most of its events are, else
    where the documents it links to are."""
    out: dict[int, int] = {}
    for doc, ids in by_document.items():
        roots = Counter(sets.find(i) for i in ids)
        out[doc] = min(roots, key=lambda r: (-roots[r], r))
    for source_doc, target_doc, _ in links:
        if source_doc not in out and target_doc in out:
            out[source_doc] = out[target_doc]
        elif target_doc not in out and source_doc in out:
            out[target_doc] = out[source_doc]
    return out


def _event_row(item: _Item) -> dict[str, Any]:
    r = item.record
    return {"id": r["id"], "day": r.get("day"), "cameo": r.get("cameo"),
            "plover": r.get("plover"), "quad_class": r.get("quad_class"),
            "modality": r.get("modality"), "disputed": r.get("disputed", False),
            "source": r.get("source"), "target": r.get("target"), "place": r.get("place"),
            "report_count": r.get("report_count", 1), "sentence_text": r.get("sentence_text")}


def _strip(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("pk", "document_pk")}


def threads(store: StoreReader, *, since: str | None = None, until: str | None = None,
            min_events: int = 1) -> list[dict[str, Any]]:
    """Summary rows of every thread with at least `min_events` events, latest first."""
    rows = [t.summary() for t in build(store, since=since, until=until)
            if len(t.events) >= min_events]
    rows.sort(key=lambda r: (r["last_day"] or "", r["events"], -r["id"]), reverse=True)
    return rows


def thread(store: StoreReader, thread_id: int) -> dict[str, Any] | None:
    """One thread in full (events, documents, quotes, claims, links with reasons)."""
    for candidate in build(store):
        if candidate.id == thread_id:
            return candidate.to_dict()
    return None
