"""Gather one period's figures from the store as plain dataclasses, for writing and rendering.

Everything the report says comes from here, so the renderers and the sentence writer never touch
the database. Counts follow the store's own meanings:

- *events*: coded event mentions (raw events) whose day falls in the period;
- *real events*: canonical events (dedupe) with at least one such report;
- *documents*: documents reporting those events;
- *quotes* and *claims*: those in documents dated in the period (with a region: documents that
  report at least one event in the region).

A region narrows events the way `eventwire events --country` does (the place's country or either
actor's), or, for a division or place name, to events placed there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from eventwire.dedupe.views import CanonicalStore
from eventwire.errors import InputError
from eventwire.events.codes import describe
from eventwire.reports.period import Period, Region
from eventwire.store import countries

if TYPE_CHECKING:
    from eventwire.store import Store

TOP_SEVERE = 5
TOP_SPEAKERS = 6
QUOTES_PER_SPEAKER = 2
TOP_CLAIMS = 8
TOP_NEW = 12
TOP_THREADS = 5
REPORTS_PER_EVENT = 3
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}


@dataclass
class Figures:
    """Headline counts for one period."""

    events: int = 0
    real_events: int = 0
    documents: int = 0
    quotes: int = 0
    claims: int = 0


@dataclass
class Report_:
    """One document's report of a real event: where it was said, how, and in what words."""

    title: str
    source: str | None
    date: str | None
    sentence: str
    modality: str
    url: str | None = None


@dataclass
class RealEvent:
    """A canonical event in short, with up to `REPORTS_PER_EVENT` of its reports."""

    id: int
    day: str | None
    summary: str
    kind: str
    label: str
    quad_class: int | None
    goldstein: float | None
    modality: str
    modalities: dict[str, int]
    disputed: bool
    report_count: int
    document_count: int
    place: str | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None
    """The place's kind (city, admin1, country…): a country-level place is not mapped."""
    reports: list[Report_] = field(default_factory=list)
    killed: int | None = None
    """At least this many killed, as the most informed report says (None: not said)."""
    injured: int | None = None
    control: bool = False
    """A change of control: a town or area taken or retaken (ACLED's territory battles)."""
    actor: str | None = None
    """Who acted (the source's name), for changes of control."""


@dataclass
class Quote:
    text: str
    kind: str | None
    title: str | None
    date: str | None


@dataclass
class Speaker:
    """A speaker and some of what they said in the period."""

    name: str
    code: str | None
    count: int
    quotes: list[Quote]


@dataclass
class Claim:
    text: str
    claimant: str | None
    assessment: str | None
    assessment_text: str | None
    assessed_by: str | None
    title: str | None
    date: str | None
    documents: int = 1
    """How many documents carry the same claim with the same assessment."""


@dataclass
class Newcomer:
    """An actor or place first mentioned in this period."""

    name: str
    detail: str | None
    mentions: int


@dataclass
class Change:
    """A count in this period and the previous one, for one key (event type, place, pair)."""

    key: str
    count: int
    previous: int


@dataclass
class Thread:
    id: int
    title: str
    first_day: str | None
    last_day: str | None
    events: int
    documents: int
    quotes: int
    claims: int


@dataclass
class Alert:
    rule: str
    kind: str
    day: str | None
    summary: str


@dataclass
class ReportData:
    """Everything one report says, gathered from the store."""

    period: Period
    previous: Period
    region: Region | None
    generated: str
    now: Figures
    before: Figures
    daily: dict[str, dict[int, int]]
    """Real events per day and quad class, over the timeline's days (see `timeline_days`)."""
    timeline_days: list[str]
    kinds: list[Change]
    places: list[Change]
    drivers: list[Change]
    """(event type, place) pairs: what drove a rise or fall."""
    modalities: dict[str, int]
    events: list[RealEvent]
    """Every real event of the period (for the map), most severe first."""
    speakers: list[Speaker]
    speaker_total: int
    claims: list[Claim]
    claim_assessments: dict[str, int]
    new_actors: list[Newcomer]
    new_places: list[Newcomer]
    threads: list[Thread] | None
    alerts: list[Alert] | None
    rules: int
    earlier_documents: int
    """Documents dated before the period (if none, everything is "first seen")."""

    @property
    def severe(self) -> list[RealEvent]:
        """The most hostile real events (negative Goldstein score), worst first."""
        return severe(self.events)

    @property
    def top_story(self) -> RealEvent | None:
        """The event to lead with: the most severe and newest of those the text says
        happened (see `news_value`); None when nothing happened."""
        return top_story(self.events, self.period)

    @property
    def casualties(self) -> tuple[int, int, int]:
        """(killed, injured, events with a count) over the period's events that happened."""
        counted = [e for e in self.events if e.modality in HAPPENED
                   and (e.killed is not None or e.injured is not None)]
        return (sum(e.killed or 0 for e in counted), sum(e.injured or 0 for e in counted),
                len(counted))

    @property
    def changes_of_control(self) -> list[RealEvent]:
        """Towns and areas taken or retaken in the period, by day."""
        start = self.period.start.isoformat()
        return sorted((e for e in self.events if e.control and e.modality in HAPPENED
                       and (e.day or "") >= start), key=lambda e: (e.day or "", e.id))

    @property
    def most_reported(self) -> RealEvent | None:
        if not self.events:
            return None
        return max(self.events, key=lambda e: (e.report_count, e.document_count,
                                               -(e.goldstein or 0)))


# -- region --------------------------------------------------------------------------------


def _region_sql(region: Region | None) -> tuple[str, dict[str, Any]]:
    """An SQL condition on `events e` for the region, and its parameters."""
    if region is None:
        return "1", {}
    if region.alpha2:
        return ("(e.source_country = :r3 OR e.target_country = :r3 OR e.place_country = :r2)",
                {"r2": region.alpha2, "r3": region.alpha3})
    return ("(e.place_admin1 = :rn COLLATE NOCASE OR e.place_name = :rn COLLATE NOCASE "
            "OR e.place_text = :rn COLLATE NOCASE)", {"rn": region.name})


def check_region(conn: Connection, region: Region | None) -> Region | None:
    """The region, with its name as stored; `InputError` if no event was ever placed there."""
    if region is None or region.alpha2:
        return region
    row = conn.execute(text(
        "SELECT CASE WHEN place_admin1 = :rn COLLATE NOCASE THEN place_admin1 "
        "WHEN place_name = :rn COLLATE NOCASE THEN place_name ELSE place_text END "
        "FROM events e WHERE " + _region_sql(region)[0] + " LIMIT 1"),
        {"rn": region.name}).first()
    if row is None:
        raise InputError(f"unknown region {region.name!r}: not a country, and no stored event "
                         f"is placed in a division or place of that name", parameter="region")
    return Region(row[0], name=region.name)


# -- gathering -----------------------------------------------------------------------------


class _Query:
    """Queries for one period and region over one connection."""

    def __init__(self, conn: Connection, period: Period, region: Region | None) -> None:
        self.conn = conn
        self.period = period
        where, params = _region_sql(region)
        self.where = f"e.day >= :since AND e.day <= :until AND {where}"
        self.params = {**params, "since": period.start.isoformat(),
                       "until": period.end.isoformat()}
        self.region = region

    def rows(self, sql: str, **extra: Any) -> Sequence[Any]:
        return self.conn.execute(text(sql.replace("{where}", self.where)),
                                 {**self.params, **extra}).all()

    def documents_where(self) -> str:
        """Condition on `documents d`: dated in the period (and reporting the region)."""
        cond = "d.date >= :since AND d.date <= :until"
        if self.region is not None:
            where, _ = _region_sql(self.region)
            cond += f" AND d.pk IN (SELECT e.document_pk FROM events e WHERE {where})"
        return cond

    def figures(self) -> Figures:
        events, documents = self.rows(
            "SELECT count(*), count(DISTINCT e.document_pk) FROM events e WHERE {where}")[0]
        real = self.rows("SELECT count(DISTINCT l.canonical) FROM event_clusters l "
                         "JOIN events e ON e.pk = l.event_pk WHERE {where}")[0][0]
        docs = self.documents_where()
        quotes = self.rows(f"SELECT count(*) FROM quotes q JOIN documents d "
                           f"ON d.pk = q.document_pk WHERE {docs}")[0][0]
        claims = self.rows(f"SELECT count(*) FROM claims c JOIN documents d "
                           f"ON d.pk = c.document_pk WHERE {docs}")[0][0]
        return Figures(events, real, documents, quotes, claims)

    def canonical_records(self) -> list[dict[str, Any]]:
        rows = self.rows("SELECT c.record FROM canonical_events c WHERE c.pk IN "
                         "(SELECT l.canonical FROM event_clusters l JOIN events e "
                         "ON e.pk = l.event_pk WHERE {where})")
        return [json.loads(r[0]) for r in rows]

    def daily(self) -> dict[str, dict[int, int]]:
        rows = self.rows("SELECT e.day, c.quad_class, count(DISTINCT c.pk) FROM events e "
                         "JOIN event_clusters l ON l.event_pk = e.pk "
                         "JOIN canonical_events c ON c.pk = l.canonical "
                         "WHERE {where} GROUP BY e.day, c.quad_class")
        out: dict[str, dict[int, int]] = defaultdict(dict)
        for day, quad, n in rows:
            out[day][int(quad or 0)] = n
        return dict(out)

    def modalities(self) -> dict[str, int]:
        return dict(self.rows("SELECT e.modality, count(*) FROM events e WHERE {where} "
                              "GROUP BY e.modality ORDER BY count(*) DESC"))


def _actor_name(actor: dict[str, Any] | None) -> str | None:
    if not actor:
        return None
    return actor.get("name") or actor.get("text") or actor.get("code")


HAPPENED = frozenset({"asserted", "reported", "claimed"})
"""Modalities of events the text presents as having happened."""


def kind_of(record: dict[str, Any]) -> str:
    """The event type shown to readers: PLOVER's type, else the CAMEO label."""
    plover = (record.get("plover") or {}).get("event")
    if plover:
        return plover.lower()
    return describe(record["cameo"]).label if record.get("cameo") else "event"


def place_of(record: dict[str, Any]) -> str | None:
    place = record.get("place") or {}
    return place.get("admin1") or place.get("name")


def summarise(record: dict[str, Any]) -> str:
    """"Military: employ aerial weapons → civilians, Jisr ash Shughur (Idlib)"."""
    label = describe(record["cameo"]).label if record.get("cameo") else kind_of(record)
    source, target = _actor_name(record.get("source")), _actor_name(record.get("target"))
    text_ = f"{source}: {label}" if source else label[:1].upper() + label[1:]
    if target and target != source:
        text_ += f" → {target}"
    place = record.get("place") or {}
    if place.get("name"):
        text_ += f", {place['name']}"
        if place.get("admin1") and place["admin1"] != place["name"]:
            text_ += f" ({place['admin1']})"
    return text_


def news_value(event: RealEvent, period: Period) -> float:
    """How strongly an event claims the headline: severity (hostility on the Goldstein scale,
    material conflict, people killed, a change of control) and novelty (it began in the
    period rather than before), with how widely it was reported as a tie-breaker."""
    severity = -(event.goldstein or 0.0) * 2 + (5 if event.quad_class == 4 else 0)
    severity += min(event.killed or 0, 100) / 5 + (10 if event.control else 0)
    novelty = 5 if event.day and event.day >= period.start.isoformat() else 0
    return severity + novelty + min(event.report_count, 10) / 2


def top_story(events: list[RealEvent], period: Period) -> RealEvent | None:
    """The event with the most news value among those the text says happened (a statement
    only leads when nothing else happened)."""
    happened = [e for e in events if e.modality in HAPPENED]
    if not happened:
        return None
    return max(happened, key=lambda e: (news_value(e, period), -e.id))


def _count(casualties: dict[str, Any] | None, key: str) -> int | None:
    value = ((casualties or {}).get(key) or {}).get("min")
    return int(value) if value is not None else None


def _real_event(record: dict[str, Any]) -> RealEvent:
    place = record.get("place") or {}
    acled = record.get("acled") or {}
    return RealEvent(
        id=int(record["id"]), day=record.get("day"), summary=summarise(record),
        kind=kind_of(record),
        label=describe(record["cameo"]).label if record.get("cameo") else kind_of(record),
        quad_class=record.get("quad_class"), goldstein=record.get("goldstein"),
        modality=record.get("modality") or "asserted",
        modalities=dict(record.get("modalities") or {}),
        disputed=bool(record.get("disputed")),
        report_count=int(record.get("report_count") or 1),
        document_count=int(record.get("document_count") or 1),
        place=place.get("name"), admin1=place.get("admin1"), country=place.get("country"),
        lat=record.get("lat", place.get("lat")), lon=record.get("lon", place.get("lon")),
        feature=place.get("feature"),
        killed=_count(record.get("casualties"), "killed"),
        injured=_count(record.get("casualties"), "injured"),
        control="territory" in (acled.get("sub_event_type") or "").lower(),
        actor=_actor_name(record.get("source")))


def severe(events: list[RealEvent]) -> list[RealEvent]:
    """Up to `TOP_SEVERE` hostile events (Goldstein below 0) from events sorted by severity."""
    return [e for e in events if e.goldstein is not None and e.goldstein < 0][:TOP_SEVERE]


def _severity(event: RealEvent) -> tuple[float, int, int]:
    return (event.goldstein if event.goldstein is not None else 0.0, -event.report_count,
            event.id)


def _attach_reports(store: Store, events: list[RealEvent], period: Period) -> None:
    """Give each event its reports to cite: from the period's documents first, one per
    document before a second from the same one."""
    start, end = period.start.isoformat(), period.end.isoformat()

    def outside(report: dict[str, Any]) -> bool:
        day = (report.get("document") or {}).get("date") or ""
        return not start <= day[:10] <= end

    for event in events:
        full = CanonicalStore(store).event(event.id) or {}
        seen: set[str] = set()
        # One report per document first (the widest view), then more from the same documents.
        reports = full.get("reports", [])
        firsts: dict[str, int] = {}
        for i, report in enumerate(reports):
            firsts.setdefault(str(report.get("doc_id")), i)
        first = set(firsts.values())
        order = sorted(range(len(reports)),
                       key=lambda i: (outside(reports[i]), i not in first, i))
        for report in (reports[i] for i in order):
            sentence = (report.get("sentence_text") or report.get("text") or "").strip()
            if not sentence or sentence in seen:
                continue
            seen.add(sentence)
            document = report.get("document") or {}
            event.reports.append(Report_(
                title=document.get("title") or document.get("id") or "untitled",
                source=document.get("source") or document.get("url"),
                date=document.get("date"), sentence=sentence,
                modality=report.get("modality") or event.modality,
                url=document.get("url")))
            if len(event.reports) >= REPORTS_PER_EVENT:
                break


def _changes(now: Counter, before: Counter, limit: int) -> list[Change]:
    keys = set(now) | set(before)
    rows = [Change(str(k), now.get(k, 0), before.get(k, 0)) for k in keys]
    rows.sort(key=lambda c: (-c.count, -c.previous, c.key))
    return rows[:limit]


def _drivers(now: list[dict[str, Any]], before: list[dict[str, Any]]) -> list[Change]:
    def pairs(records: list[dict[str, Any]]) -> Counter:
        return Counter(f"{kind_of(r)}\t{place_of(r)}" for r in records if place_of(r))

    a, b = pairs(now), pairs(before)
    rows = [Change(k, a.get(k, 0), b.get(k, 0)) for k in set(a) | set(b)]
    rows.sort(key=lambda c: (-abs(c.count - c.previous), -c.count, c.key))
    return rows[:5]


def _speakers(q: _Query) -> tuple[list[Speaker], int]:
    docs = q.documents_where()
    rows = q.rows(f"SELECT q.speaker_name, q.speaker_code, q.text, q.kind, d.title, d.date "
                  f"FROM quotes q JOIN documents d ON d.pk = q.document_pk "
                  f"WHERE {docs} AND q.speaker_name IS NOT NULL "
                  f"AND coalesce(q.speaker_code, '') NOT LIKE '---%' ORDER BY d.date, q.pk")
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        grouped[row.speaker_name].append(row)
    ranked = sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    out = []
    for name, items in ranked[:TOP_SPEAKERS]:
        # Direct quotations first, then the longest: the words an analyst would cite.
        chosen = sorted(items, key=lambda r: (r.kind != "direct", -len(r.text)))
        quotes: list[Quote] = []
        for row in chosen:
            if any(_overlap(row.text, q.text) for q in quotes):
                continue
            quotes.append(Quote(row.text, row.kind, row.title, row.date))
            if len(quotes) >= QUOTES_PER_SPEAKER:
                break
        out.append(Speaker(name, items[0].speaker_code, len(items), quotes))
    return out, len(grouped)


def _words(text_: str) -> set[str]:
    return {w for w in text_.lower().split() if len(w) > 2}


def _overlap(a: str, b: str) -> bool:
    """True when two passages share most of their words (one quote cut two ways)."""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > 0.6


def _claims(q: _Query) -> tuple[list[Claim], dict[str, int]]:
    docs = q.documents_where()
    rows = q.rows(f"SELECT c.text, c.claimant_name, c.assessment, c.assessment_text, c.record, "
                  f"d.title, d.date FROM claims c JOIN documents d ON d.pk = c.document_pk "
                  f"WHERE {docs} ORDER BY d.date, c.pk")
    merged: dict[tuple[Any, ...], Claim] = {}
    assessments: Counter = Counter()
    for row in rows:
        record = json.loads(row.record)
        assessments[row.assessment or "unassessed"] += 1
        claim = Claim(row.text, row.claimant_name or record.get("claimant_text"),
                      row.assessment, row.assessment_text,
                      _actor_name(record.get("assessed_by")), row.title, row.date)
        key = (claim.text.lower(), claim.claimant, claim.assessment, claim.assessed_by)
        if key in merged:
            merged[key].documents += 1
        else:
            merged[key] = claim
    out = sorted(merged.values(), key=lambda c: (c.assessment is None, c.claimant is None,
                                                 -c.documents))
    return out[:TOP_CLAIMS], dict(assessments)


def _newcomers(q: _Query) -> tuple[list[Newcomer], list[Newcomer]]:
    """Actors and places mentioned in the period's documents and in no earlier document."""
    docs = q.documents_where()
    actors = q.rows(
        f"SELECT coalesce(a.name, a.code) AS who, max(a.code), count(*) FROM actor_mentions a "
        f"JOIN documents d ON d.pk = a.document_pk WHERE {docs} AND a.code IS NOT NULL "
        f"AND a.code NOT LIKE '---%' AND coalesce(a.name, a.code) NOT IN "
        f"(SELECT coalesce(a2.name, a2.code) FROM actor_mentions a2 JOIN documents d2 "
        f"ON d2.pk = a2.document_pk WHERE d2.date < :since AND a2.code IS NOT NULL) "
        f"GROUP BY who ORDER BY count(*) DESC, who LIMIT {TOP_NEW}")
    places = q.rows(
        f"SELECT p.name, max(p.admin1), max(p.country), count(*) FROM places p "
        f"JOIN documents d ON d.pk = p.document_pk WHERE {docs} AND p.geonameid IS NOT NULL "
        f"AND coalesce(p.feature, '') != 'country' "
        f"AND p.geonameid NOT IN (SELECT p2.geonameid FROM places p2 JOIN documents d2 "
        f"ON d2.pk = p2.document_pk WHERE d2.date < :since AND p2.geonameid IS NOT NULL) "
        f"GROUP BY p.geonameid ORDER BY count(*) DESC, p.name LIMIT {TOP_NEW}")
    return ([Newcomer(who, code if code != who else None, n) for who, code, n in actors],
            [Newcomer(name, ", ".join(x for x in (admin1, _country(country)) if x) or None, n)
             for name, admin1, country, n in places])


def _country(code: str | None) -> str | None:
    found = countries.lookup(code)
    return found[2] if found else code


def _threads(store: Store, period: Period, region: Region | None,
             event_ids: set[int]) -> list[Thread] | None:
    try:
        from eventwire import threads
    except ImportError:  # story threads not installed in this build
        return None
    built = threads.build(store, since=period.start.isoformat(), until=period.end.isoformat())
    out = []
    for t in built:
        if region is not None and not any(e["id"] in event_ids for e in t.events):
            continue
        s = t.summary()
        out.append(Thread(s["id"], s["title"], s["first_day"], s["last_day"], s["events"],
                          s["documents"], s["quotes"], s["claims"]))
    out.sort(key=lambda t: (-t.events, -t.documents, t.id))
    return out[:TOP_THREADS]


def _alerts(store: Store, period: Period) -> tuple[list[Alert] | None, int]:
    try:
        from eventwire import watch
    except ImportError:  # watch rules not installed in this build
        return None, 0
    rules = len(watch.list_rules(store))
    fired = watch.alerts(store, since=period.start, until=period.end)
    return [Alert(a.get("rule", "?"), a.get("kind", "?"), a.get("day"), a.get("summary", ""))
            for a in fired], rules


def gather(store: Store, period: Period, region: Region | None = None) -> ReportData:
    """Read everything the report for `period` (and `region`) needs from `store`."""
    previous = period.previous()
    span = max(period.days * 2, 7)
    timeline = Period(period.end - dt.timedelta(days=span - 1), period.end)
    with store.reading() as conn:
        region = check_region(conn, region)
        q_now, q_before = _Query(conn, period, region), _Query(conn, previous, region)
        now, before = q_now.figures(), q_before.figures()
        records = q_now.canonical_records()
        earlier = q_before.canonical_records()
        daily = _Query(conn, timeline, region).daily()
        modalities = q_now.modalities()
        speakers, speaker_total = _speakers(q_now)
        claims, assessments = _claims(q_now)
        new_actors, new_places = _newcomers(q_now)
        earlier_documents = conn.execute(text("SELECT count(*) FROM documents WHERE date < :d"),
                                         {"d": period.start.isoformat()}).scalar_one()
    events = sorted((_real_event(r) for r in records), key=_severity)
    leader = top_story(events, period)
    _attach_reports(store, severe(events) + ([leader] if leader and leader not in severe(events)
                                             else []), period)
    alerts, rules = _alerts(store, period)
    return ReportData(
        period=period, previous=previous, region=region,
        generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        now=now, before=before, daily=daily,
        timeline_days=[d.isoformat() for d in timeline.day_list()],
        kinds=_changes(Counter(kind_of(r) for r in records),
                       Counter(kind_of(r) for r in earlier), 8),
        places=_changes(Counter(p for r in records if (p := place_of(r))),
                        Counter(p for r in earlier if (p := place_of(r))), 8),
        drivers=_drivers(records, earlier), modalities=modalities, events=events,
        speakers=speakers, speaker_total=speaker_total, claims=claims,
        claim_assessments=assessments, new_actors=new_actors, new_places=new_places,
        threads=_threads(store, period, region, {e.id for e in events}),
        alerts=alerts, rules=rules, earlier_documents=earlier_documents)
