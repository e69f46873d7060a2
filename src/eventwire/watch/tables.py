"""Watch's tables in the store: the rules, the alerts fired, and how far checking has got.

- `watch_rules`: one row per rule (`name` is the key; the validated rule as JSON).
- `alerts`: every alert fired: rule, kind (event, claim, spike), subject, day, summary and the
  full payload sent to notifiers, for the daily report's "alerts that fired".
- `alert_subjects`: (rule, subject) pairs already alerted on, so nothing fires twice: an event
  is covered by all its reports (`event:<pk>`), so a new report of an event that already
  fired does not fire again; claims are `claim:<pk>`, spikes `spike:<key>:<week>`.
- `watch_state`: watermarks (the last raw event and claim checked on ingest).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Connection, text

from eventwire.conditions import day_range
from eventwire.store.migrations import Migration, register
from eventwire.watch.rules import Rule, RuleError, parse_rule

MIGRATION_NAME = "0003_watch"

MIGRATION = (
    """CREATE TABLE watch_rules (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        rule TEXT NOT NULL,
        added_at TEXT NOT NULL
    )""",
    """CREATE TABLE alerts (
        pk INTEGER PRIMARY KEY,
        rule TEXT NOT NULL,
        kind TEXT NOT NULL,
        subject TEXT NOT NULL,
        day TEXT,
        fired_at TEXT NOT NULL,
        summary TEXT NOT NULL,
        payload TEXT NOT NULL
    )""",
    "CREATE INDEX alerts_day ON alerts(day, pk)",
    "CREATE INDEX alerts_fired ON alerts(fired_at, pk)",
    """CREATE TABLE alert_subjects (
        rule TEXT NOT NULL,
        subject TEXT NOT NULL,
        alert_pk INTEGER NOT NULL REFERENCES alerts(pk) ON DELETE CASCADE,
        PRIMARY KEY (rule, subject)
    )""",
    """CREATE TABLE watch_state (
        key TEXT PRIMARY KEY,
        value INTEGER NOT NULL
    )""",
)
"""DDL of migration `0003_watch` (frozen once released)."""


register(Migration(MIGRATION_NAME, MIGRATION))
# named 0003_watch before the store's day-ordered indexes landed; stores made then have it
# under that name, so the name stays


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def save_rules(conn: Connection, rules: list[Rule], *, replace: bool = False) -> list[str]:
    """Store rules; an existing name is an error unless `replace`. Returns names stored."""
    existing = {name for (name,) in conn.execute(text("SELECT name FROM watch_rules"))}
    clash = [r.name for r in rules if r.name in existing]
    if clash and not replace:
        raise RuleError(f"rule {clash[0]!r} already exists; use --replace to overwrite it")
    for rule in rules:
        conn.execute(text("INSERT OR REPLACE INTO watch_rules (name, kind, rule, added_at) "
                          "VALUES (:name, :kind, :rule, :at)"),
                     {"name": rule.name, "kind": rule.kind,
                      "rule": json.dumps(rule.to_dict(), ensure_ascii=False), "at": now()})
    return [r.name for r in rules]


def load_rules(conn: Connection) -> list[Rule]:
    """Every stored rule, by name."""
    rows = conn.execute(text("SELECT rule FROM watch_rules ORDER BY name")).all()
    return [parse_rule(json.loads(row.rule), source="store") for row in rows]


def rule_rows(conn: Connection) -> list[dict[str, Any]]:
    """Stored rules with when they were added and how many alerts each has fired."""
    rows = conn.execute(text(
        "SELECT r.name, r.kind, r.rule, r.added_at, count(a.pk) AS alerts FROM watch_rules r "
        "LEFT JOIN alerts a ON a.rule = r.name GROUP BY r.name ORDER BY r.name")).all()
    return [{"name": r.name, "kind": r.kind, "rule": json.loads(r.rule),
             "added_at": r.added_at, "alerts": r.alerts} for r in rows]


def remove_rule(conn: Connection, name: str) -> bool:
    """Delete a rule (its alerts stay); False if there was none."""
    return conn.execute(text("DELETE FROM watch_rules WHERE name = :n"), {"n": name}
                        ).rowcount > 0


def fired(conn: Connection, rule: str, subjects: list[str]) -> bool:
    """True if the rule already fired for any of these subjects."""
    if not subjects:
        return False
    marks = ", ".join(f":s{i}" for i in range(len(subjects)))
    params = {f"s{i}": s for i, s in enumerate(subjects)} | {"rule": rule}
    return conn.execute(text(f"SELECT 1 FROM alert_subjects WHERE rule = :rule "
                             f"AND subject IN ({marks}) LIMIT 1"), params).first() is not None


def record_alert(conn: Connection, alert: dict[str, Any], subjects: list[str]) -> int:
    """Store a fired alert and the subjects it covers; return its pk."""
    pk = conn.execute(text(
        "INSERT INTO alerts (rule, kind, subject, day, fired_at, summary, payload) VALUES "
        "(:rule, :kind, :subject, :day, :fired_at, :summary, :payload)"),
        {**{k: alert[k] for k in ("rule", "kind", "subject", "day", "fired_at", "summary")},
         "payload": json.dumps(alert, ensure_ascii=False)}).lastrowid
    conn.execute(text("INSERT OR IGNORE INTO alert_subjects (rule, subject, alert_pk) "
                      "VALUES (:rule, :subject, :pk)"),
                 [{"rule": alert["rule"], "subject": s, "pk": pk} for s in subjects])
    return int(pk)


def alerts(conn: Connection, *, since: str | None = None, until: str | None = None,
           rule: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Fired alerts (their payloads), by the day of what fired them, then firing order."""
    where, params = day_range("coalesce(day, substr(fired_at, 1, 10))", since, until)
    where.insert(0, "1")
    if rule:
        where.append("rule = :rule")
        params["rule"] = rule
    sql = f"SELECT pk, payload FROM alerts WHERE {' AND '.join(where)} ORDER BY day, pk"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [{"id": pk, **json.loads(payload)} for pk, payload in conn.execute(text(sql), params)]


def get_state(conn: Connection, key: str) -> int:
    value = conn.execute(text("SELECT value FROM watch_state WHERE key = :k"), {"k": key}
                         ).scalar()
    return int(value or 0)


def set_state(conn: Connection, key: str, value: int) -> None:
    conn.execute(text("INSERT OR REPLACE INTO watch_state (key, value) VALUES (:k, :v)"),
                 {"k": key, "v": value})
