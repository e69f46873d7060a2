"""The canonical record of one real event, built from all the reports that carry it.

The most precise date and place win; the most specific known actor codes win; the modality is
the strongest evidence among the reports (an asserted report beats a reported one), and when
some reports say it happened while others deny or negate it, the event is `disputed` and the
`modalities` count shows the split. Every report stays listed with its document, sentence,
span, modality, outlet and the reason it was joined. Like a raw event from `Store.events()`,
the record carries the `sentence_text` and `document` of its anchor report, so exports and
tables that take raw events take canonical ones too.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from functools import partial
from typing import Any

from eventwire.dedupe.cluster import Cluster, precision_order
from eventwire.dedupe.match import Match
from eventwire.dedupe.reports import Report, iso_day

STRENGTH = ("asserted", "reported", "claimed", "speculated", "planned", "intended",
            "threatened", "hypothetical", "negated", "denied")
"""Modalities from the strongest evidence that an event happened (or will) to the weakest."""

POSITIVE = frozenset({"asserted", "reported", "claimed"})
NEGATIVE = frozenset({"negated", "denied"})

ANCHOR_REASON = "anchor: the most precise report"
ALONE_REASON = "no other report matches"
UNDATED_REASON = "no date: not compared with other reports"


def _record(report: Report) -> dict[str, Any]:
    row = report.row or {}
    record = row.get("record")
    if isinstance(record, str):
        record = json.loads(record)
        row["record"] = record
    return record or {}


def _best_actor(reports: list[Report], role: str) -> dict[str, Any] | None:
    """The most specific known actor for `role`: the longest code, then the most reported."""
    known = [r for r in reports if getattr(r, role).code]
    if not known:
        return None
    counts = Counter(getattr(r, role).code for r in known)
    best = min(known, key=lambda r: (-len(getattr(r, role).code), -counts[getattr(r, role).code],
                                     precision_order(r)))
    row = best.row or {}
    if f"{role}_text" not in row:
        return _record(best).get(role)
    return {field: row.get(f"{role}_{field}") for field in (
        "text", "code", "country", "sector", "name")}


def best_casualties(reports: list[Report]) -> dict[str, Any] | None:
    """The casualties of a real event: for the dead and for the injured, the figure the most
    reports give (a later report breaks a tie: tolls are revised upwards as bodies are
    counted), never a sum of the reports' figures; victims from every report."""
    records = [(r, (_record(r).get("casualties") or {})) for r in reports]
    records = [(r, c) for r, c in records if c]
    if not records:
        return None
    out: dict[str, Any] = {}
    for kind in ("killed", "injured"):
        given = [(r, c[kind]) for r, c in records if c.get(kind)]
        if not given:
            out[kind] = None
            continue
        support = Counter((count.get("min"), count.get("max")) for _r, count in given)
        _report, count = max(given, key=lambda rc: (
            support[(rc[1].get("min"), rc[1].get("max"))],
            (rc[0].row or {}).get("document_date") or "", rc[1].get("min") or 0))
        out[kind] = count
    victims: list[dict[str, Any]] = []
    for _r, c in records:
        victims.extend(v for v in c.get("victims") or [] if v not in victims)
    out["victims"] = victims
    return out


def modality_summary(modalities: list[str]) -> tuple[str, dict[str, int], bool]:
    """(canonical modality, count per modality, disputed) of a cluster's reports."""
    if len(modalities) == 1:
        return modalities[0], {modalities[0]: 1}, False
    counts = Counter(modalities)
    ordered = {m: counts[m] for m in sorted(counts, key=lambda m: (
        STRENGTH.index(m) if m in STRENGTH else len(STRENGTH), m))}
    strongest = next(iter(ordered))
    disputed = bool(POSITIVE & counts.keys()) and bool(NEGATIVE & counts.keys())
    return strongest, ordered, disputed


def report_entry(report: Report, reason: str, score: float | None) -> dict[str, Any]:
    """How one report appears in its canonical event's `reports`."""
    row = report.row or {}
    return {
        "doc_id": row.get("document_id"),
        "sentence": report.sentence,
        "start": row.get("span_start"),
        "end": row.get("span_end"),
        "modality": report.modality,
        "outlet": row.get("document_source") or row.get("document_title"),
        "url": row.get("document_url"),
        "title": row.get("document_title"),
        "event_id": row.get("id"),
        "event_pk": report.pk,
        "text": row.get("text"),
        "reason": reason,
        "score": score,
    }


def reasons(cluster: Cluster, alone: str = ALONE_REASON) -> dict[int, tuple[str, float | None]]:
    """Why each report of a cluster is in it, keyed by report pk."""
    out: dict[int, tuple[str, float | None]] = {}
    for report in cluster.reports:
        match = cluster.matches.get(report.pk)
        if match is not None:
            out[report.pk] = (match.reason, match.score)
        elif len(cluster.reports) == 1:
            out[report.pk] = (alone, None)
        else:
            out[report.pk] = (ANCHOR_REASON, None)
    return out


def canonical_row(cluster: Cluster, component: int, *, alone: str = ALONE_REASON
                  ) -> dict[str, Any]:
    """The `canonical_events` row (flat columns plus `record` JSON) of one cluster.

    `alone` is the reason given for a report that is the only one of its event.
    """
    reports = cluster.reports
    anchor = cluster.anchor
    base = dict(_record(anchor))
    if len(reports) == 1:
        dated = placed = cameo_report = anchor
        cameo = anchor.cameo
        source, target = base.get("source"), base.get("target")
    else:
        dated = min(reports, key=lambda r: (-r.date_rank, r.span_days, r.pk))
        placed = min(reports, key=precision_order)
        cameos = Counter(r.cameo for r in reports if r.cameo)
        cameo = (min(cameos, key=lambda c: (-cameos[c], -len(c), c)) if cameos
                 else anchor.cameo)
        cameo_report = next(
            (r for r in sorted(reports, key=precision_order) if r.cameo == cameo), anchor)
        source, target = _best_actor(reports, "source"), _best_actor(reports, "target")
    dated_record, placed_record = _record(dated), _record(placed)
    klass = _record(cameo_report)
    modality, modalities, disputed = modality_summary([r.modality for r in reports])
    why = reasons(cluster, alone)
    entries = [report_entry(r, *why[r.pk]) for r in sorted(reports, key=lambda r: r.pk)]
    documents = {r.document for r in reports}
    place = placed_record.get("place") if placed.has_place else base.get("place")
    record: dict[str, Any] = {
        **base,
        "id": cluster.id,
        "cameo": cameo,
        "plover": klass.get("plover", base.get("plover")),
        "acled": klass.get("acled", base.get("acled")),
        "quad_class": klass.get("quad_class", base.get("quad_class")),
        "goldstein": klass.get("goldstein", base.get("goldstein")),
        "source": source,
        "target": target,
        "date": dated_record.get("date") or (dated.row or {}).get("day"),
        "date_granularity": dated_record.get("date_granularity")
        or ("day" if (dated.row or {}).get("day") else None),
        "day": iso_day(dated.first) if dated.first > 0 else None,
        "place": place,
        "modality": modality,
        "modalities": modalities,
        "disputed": disputed,
        "confidence": max(((r.row or {}).get("confidence") or 0.0) for r in reports),
        "report_count": len(reports),
        "document_count": len(documents),
        "reports": entries,
    }
    if len(reports) > 1:
        record["casualties"] = best_casualties(reports)
    casualties = record.get("casualties") or {}
    anchor_row = anchor.row or {}
    record["sentence_text"] = anchor_row.get("sentence_text")
    record["document"] = {key: anchor_row.get(f"document_{key}") for key in (
        "id", "date", "title", "url", "source", "ingested_at")}
    source, target = source or {}, target or {}
    place = place or {}
    return {
        "pk": cluster.id, "component": component,
        "day": record["day"], "first_day": dated.first, "last_day": dated.last,
        "date": record["date"], "date_granularity": record["date_granularity"],
        "cameo": cameo, "plover_event": (record.get("plover") or {}).get("event"),
        "acled_event_type": (record.get("acled") or {}).get("event_type"),
        "quad_class": record.get("quad_class"), "goldstein": record.get("goldstein"),
        "source_code": source.get("code"), "source_name": source.get("name"),
        "source_country": source.get("country"),
        "target_code": target.get("code"), "target_name": target.get("name"),
        "target_country": target.get("country"),
        "place_name": place.get("name") or place.get("text"),
        "place_country": place.get("country"), "place_admin1": place.get("admin1"),
        "place_feature": place.get("feature"),
        "lat": place.get("lat"), "lon": place.get("lon"),
        "modality": modality, "disputed": int(disputed),
        "report_count": len(reports), "document_count": len(documents),
        "record": json.dumps(record, ensure_ascii=False),
        "killed": (casualties.get("killed") or {}).get("min"),
        "injured": (casualties.get("injured") or {}).get("min"),
    }


def _longest_then_commonest(counts: Counter, code: str) -> tuple[int, int, str]:
    """Rank of an actor code: the most specific (longest) first, then the most reported."""
    return (-len(code), -counts[code], code)


def _top(counts: Counter, key: Callable[[str], tuple]) -> str | None:
    """The one value ranked first by `key`, or None when two share the first rank."""
    ranked = sorted(counts, key=key)
    if len(ranked) > 1 and key(ranked[0])[:2] == key(ranked[1])[:2]:
        return None
    return ranked[0] if ranked else None


def grown_row(row: dict[str, Any], joined: list[tuple[Report, Match]],
              stored: list[tuple[str | None, str | None, str | None, int]],
              tolled: Callable[[], list[Report]]) -> dict[str, Any] | None:
    """The `canonical_events` row of a cluster after `joined` reports join it, derived from its
    stored `row`; or None when it must be built from all its reports again.

    The joined reports are twins of members (`dedupe.twins`), stored after all of them: the
    anchor and the reports giving the date and place stay, and so does the report giving
    the class or an actor as long as the most reported value does. So only the counts, the
    modality, the confidence and the list of reports change, and the casualties if a joined
    report gives some: they are taken again from the members that give casualties, read by
    `tolled()`. `stored` holds (cameo, source code, target code, count) of the stored
    members.
    """
    record = json.loads(row["record"])
    if any(_record(r).get("casualties") for r, _ in joined):
        record["casualties"] = best_casualties(
            sorted(tolled() + [r for r, _ in joined], key=precision_order))
    tally: dict[str, Counter] = {"cameo": Counter(), "source": Counter(), "target": Counter()}
    for cameo, source, target, count in stored:
        for name, value in (("cameo", cameo), ("source", source), ("target", target)):
            if value:
                tally[name][value] += count
    for report, _ in joined:
        for name, value in (("cameo", report.cameo), ("source", report.source.code),
                            ("target", report.target.code)):
            if value:
                tally[name][value] += 1
    cameos = tally["cameo"]
    if cameos and _top(cameos, lambda c: (-cameos[c], -len(c), c)) != record.get("cameo"):
        return None
    for role in ("source", "target"):
        codes = tally[role]
        best = _top(codes, partial(_longest_then_commonest, codes)) if codes else None
        if best != (record.get(role) or {}).get("code"):
            return None
    modalities = [m for m, n in record["modalities"].items() for _ in range(n)]
    modality, counts, disputed = modality_summary(
        modalities + [r.modality for r, _ in joined])
    entries = record["reports"] + [report_entry(r, m.reason, m.score) for r, m in joined]
    documents = {e["doc_id"] for e in record["reports"]}
    record.update(
        modality=modality, modalities=counts, disputed=disputed,
        confidence=max([record["confidence"]] + [(r.row or {}).get("confidence") or 0.0
                                                 for r, _ in joined]),
        report_count=len(entries),
        document_count=record["document_count"] + len(
            {(r.row or {}).get("document_id") for r, _ in joined} - documents),
        reports=sorted(entries, key=lambda e: e["event_pk"]))
    casualties = record.get("casualties") or {}
    return {**row, "modality": modality, "disputed": int(disputed),
            "killed": (casualties.get("killed") or {}).get("min"),
            "injured": (casualties.get("injured") or {}).get("min"),
            "report_count": record["report_count"], "document_count": record["document_count"],
            "record": json.dumps(record, ensure_ascii=False)}
