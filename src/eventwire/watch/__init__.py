"""Watch rules: alerts when something crosses a line the analyst drew.

    >>> from eventwire.store import Store
    >>> from eventwire import watch
    >>> store = Store.open(":memory:")
    >>> watch.add(store, watch.parse_rules("name: threats\\nwhen: {plover: THREATEN}"))
    ['threats']
    >>> watch.check(store)
    []

Rules (YAML, see `rules`) live in the store; `check()` runs after each ingested document
(after dedupe), `run()` over any date range; alerts are stored (and never fired twice for the
same event and rule) and sent to stderr, a JSON Lines file or a webhook (see `notify`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from eventwire.watch import tables
from eventwire.watch.engine import check, check_places, run
from eventwire.watch.rules import Rule, RuleError, load_rules, parse_rules

if TYPE_CHECKING:
    from eventwire.store.reader import StoreWriter

__all__ = ["Rule", "RuleError", "add", "alerts", "check", "list_rules", "load_rules",
           "parse_rules", "remove", "run"]


def add(store: StoreWriter, rules: list[Rule], *, replace: bool = False) -> list[str]:
    """Store validated rules (checking that named places are known); return their names."""
    with store.reading() as conn:
        check_places(conn, rules)
    with store.writing() as conn:
        return tables.save_rules(conn, rules, replace=replace)


def list_rules(store: StoreWriter) -> list[dict[str, Any]]:
    """Stored rules: name, kind, rule, added_at and how many alerts each has fired."""
    with store.reading() as conn:
        return tables.rule_rows(conn)


def remove(store: StoreWriter, name: str) -> bool:
    """Delete a rule by name (its past alerts stay); False if there is none."""
    with store.writing() as conn:
        return tables.remove_rule(conn, name)


def alerts(store: StoreWriter, *, since: dt.date | None = None, until: dt.date | None = None,
           rule: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Alerts that fired (for the daily report), by the day of what fired them."""
    with store.reading() as conn:
        return tables.alerts(conn, since=since.isoformat() if since else None,
                             until=until.isoformat() if until else None, rule=rule,
                             limit=limit)
