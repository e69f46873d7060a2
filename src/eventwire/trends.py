"""Trends over real events: counts per day or week by region, actor, class or modality.

Counts are of canonical events (one per real event, however many outlets reported it), so a
story covered by ten outlets does not look like ten attacks. Each row carries the change from
the previous period and an escalation flag in the manner of ACLED's Trendfinder: a key whose
count is at least `ratio` times the mean of its previous `baseline` periods, with at least
`min_events` events (a z-score over the same window is given too). A key needs `baseline`
periods of data before it can escalate, and events dated more vaguely than the interval (a
month, a year) are not counted.

Everything returns plain rows (dicts), for the CLI, the dashboard timeline
(`daily_quad_counts`) and the daily report (`period_change`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from eventwire.conditions import day_range
from eventwire.errors import InputError

if TYPE_CHECKING:
    from eventwire.store.reader import StoreReader

DIMENSIONS = {
    "region": "coalesce(place_admin1 || ', ' || place_country, place_country)",
    "country": "place_country",
    "place": "place_name",
    "actor": "source_code",
    "target": "target_code",
    "class": "coalesce(plover_event, 'CAMEO ' || substr(cameo, 1, 2))",
    "cameo": "substr(cameo, 1, 2)",
    "modality": "modality",
    "quad": "quad_class",
}
"""What `--by` may name -> the SQL expression over `canonical_events` that gives the key."""

INTERVALS = ("day", "week")


@dataclass(frozen=True)
class Escalation:
    """When a count is an escalation: `ratio` x the mean of the previous `baseline` periods,
    and at least `min_events`."""

    ratio: float = 1.5
    baseline: int = 4
    min_events: int = 3


def period_of(day: str, interval: str) -> str:
    """The period a day falls in: the day itself, or its ISO week (`2019-W19`)."""
    if interval == "day":
        return day
    year, week, _ = dt.date.fromisoformat(day).isocalendar()
    return f"{year}-W{week:02d}"


def _periods(first: str, last: str, interval: str) -> list[str]:
    """Every period from the one holding `first` to the one holding `last`, in order."""
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if interval == "week":
        start -= dt.timedelta(days=start.weekday())
    step = dt.timedelta(days=1 if interval == "day" else 7)
    out = []
    while start <= end:
        out.append(period_of(start.isoformat(), interval))
        start += step
    return out


def daily_counts(store: StoreReader, by: str = "region", *, since: dt.date | None = None,
                 until: dt.date | None = None, max_days: int = 1) -> list[dict[str, Any]]:
    """Canonical events per (day, key): rows `{"day", "key", "count"}` ordered by day, key.

    Only events dated to within `max_days` count (1: a day; 7: a week): an event the text
    dates only to "January 2018" is not a January 1st event.
    """
    if by not in DIMENSIONS:
        raise InputError(f"unknown dimension {by!r}; choose from {', '.join(DIMENSIONS)}",
                         parameter="by")
    bounds, days = day_range("day", since, until)
    where = ["day IS NOT NULL", "last_day - first_day < :span", *bounds]
    params: dict[str, Any] = {"span": max_days, **days}
    sql = (f"SELECT day, {DIMENSIONS[by]} AS key, count(*) AS n FROM canonical_events "
           f"WHERE {' AND '.join(where)} GROUP BY day, key ORDER BY day, key")
    with store.reading() as conn:
        rows = conn.execute(text(sql), params).all()
    return [{"day": day, "key": key, "count": n} for day, key, n in rows]


def trends(store: StoreReader, by: str = "region", interval: str = "week", *,
           since: dt.date | None = None, until: dt.date | None = None,
           escalation: Escalation | None = None) -> list[dict[str, Any]]:
    """Counts per (period, key) with change and escalation, ordered by period then count.

    Each row: `period`, `key`, `count`, `previous` (count in the period before),
    `change` (count - previous), `change_pct` (None when previous is 0), `baseline` (mean of
    the previous `escalation.baseline` periods), `ratio` (count / baseline), `z` (z-score
    against those periods) and `escalation` (bool). Periods before `since` feed the baselines
    but are not returned, so the first rows have real baselines.
    """
    if interval not in INTERVALS:
        raise InputError(f"unknown interval {interval!r}; choose day or week",
                         parameter="interval")
    rule = escalation or Escalation()
    lead = rule.baseline * (7 if interval == "week" else 1) + 7
    start = since - dt.timedelta(days=lead) if since else None
    counts: dict[Any, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    days = []
    span = 7 if interval == "week" else 1
    for row in daily_counts(store, by, since=start, until=until, max_days=span):
        counts[row["key"]][period_of(row["day"], interval)] += row["count"]
        days.append(row["day"])
    if not days:
        return []
    periods = _periods(min(days), (until.isoformat() if until else max(days)), interval)
    first_shown = period_of(since.isoformat(), interval) if since else periods[0]
    out = []
    for key, by_period in counts.items():
        series = [by_period.get(p, 0) for p in periods]
        for index, period in enumerate(periods):
            if period < first_shown or series[index] == 0:
                continue
            out.append(_row(period, key, series, index, rule))
    out.sort(key=lambda r: (r["period"], -r["count"], str(r["key"])))
    return out


def _row(period: str, key: Any, series: list[int], index: int, rule: Escalation
         ) -> dict[str, Any]:
    count = series[index]
    previous = series[index - 1] if index > 0 else 0
    # a baseline needs history: the first periods of the data cannot escalate
    window = series[index - rule.baseline:index] if index >= rule.baseline else []
    baseline = sum(window) / len(window) if window else None
    ratio = None
    z = None
    if baseline is not None:
        ratio = round(count / baseline, 2) if baseline else None
        sd = math.sqrt(sum((x - baseline) ** 2 for x in window) / len(window))
        z = round((count - baseline) / sd, 2) if sd else None
    escalation = bool(window) and count >= rule.min_events and (
        not baseline or count >= rule.ratio * baseline)
    return {"period": period, "key": key, "count": count, "previous": previous,
            "change": count - previous,
            "change_pct": round(100.0 * (count - previous) / previous, 1) if previous else None,
            "baseline": round(baseline, 2) if baseline is not None else None,
            "ratio": ratio, "z": z, "escalation": escalation}


def daily_quad_counts(store: StoreReader, *, since: dt.date | None = None,
                      until: dt.date | None = None) -> list[dict[str, Any]]:
    """Real events per day and quad class, for the dashboard timeline: `{day, quad_class,
    count}` rows, every quad class 1-4 present on each day that has events."""
    by_day: dict[str, dict[int, int]] = defaultdict(dict)
    for row in daily_counts(store, "quad", since=since, until=until):
        if row["key"] is not None:
            by_day[row["day"]][int(row["key"])] = row["count"]
    return [{"day": day, "quad_class": quad, "count": by_day[day].get(quad, 0)}
            for day in sorted(by_day) for quad in (1, 2, 3, 4)]


def period_change(store: StoreReader, by: str, since: dt.date, until: dt.date
                  ) -> list[dict[str, Any]]:
    """Counts per key in [since, until] against the previous period of the same length.

    Rows `{key, count, previous, change, change_pct}`, largest count first: what the daily
    report shows as "change vs the previous period".
    """
    length = (until - since).days + 1
    before = since - dt.timedelta(days=length)
    now: dict[Any, int] = defaultdict(int)
    then: dict[Any, int] = defaultdict(int)
    for row in daily_counts(store, by, since=before, until=until):
        target = now if row["day"] >= since.isoformat() else then
        target[row["key"]] += row["count"]
    rows = []
    for key in set(now) | set(then):
        count, previous = now.get(key, 0), then.get(key, 0)
        rows.append({"key": key, "count": count, "previous": previous,
                     "change": count - previous,
                     "change_pct": round(100.0 * (count - previous) / previous, 1)
                     if previous else None})
    rows.sort(key=lambda r: (-r["count"], -r["previous"], str(r["key"])))
    return rows
