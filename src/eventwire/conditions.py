"""SQL conditions shared by every reader of the store: a day range, a prefix, an actor match.

Features that write their own SQL (threads, trends, watch rules, alerts) and the store's own
Core queries (events, quotes, claims) bound days and match actors the same way, so `--since`
means the same thing in every command. The module depends on SQLAlchemy alone, so the store
and the features above it can both use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, or_

Day = dt.date | str | None
"""An ISO day as a date or its text; None leaves that end of a range open."""


def _iso(day: dt.date | str) -> str:
    return day.isoformat() if isinstance(day, dt.date) else day


def day_range(expression: str, since: Day, until: Day) -> tuple[list[str], dict[str, str]]:
    """SQL text conditions keeping `expression` (an ISO day) within [since, until].

    Returns the conditions (to join with AND) and their bound parameters `since`/`until`.
    """
    where: list[str] = []
    params: dict[str, str] = {}
    if since:
        where.append(f"{expression} >= :since")
        params["since"] = _iso(since)
    if until:
        where.append(f"{expression} <= :until")
        params["until"] = _iso(until)
    return where, params


def day_between(column: Any, since: Day, until: Day) -> list[ColumnElement[bool]]:
    """Core conditions keeping `column` (an ISO day or date) within [since, until]."""
    conditions: list[ColumnElement[bool]] = []
    if since:
        conditions.append(column >= _iso(since))
    if until:
        conditions.append(column <= _iso(until))
    return conditions


def starts_with(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as a range so that SQLite uses the column's index."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def actor_match(actor: str, code_columns: Sequence[Any], name_columns: Sequence[Any]
                ) -> ColumnElement[bool]:
    """Any of `code_columns` starts with `actor` (as a code), or any name column is `actor`.

    "SYR" matches SYRMIL and SYRGOV; "Bashar al-Assad" matches the canonical name in any case.
    """
    code = actor.upper()
    return or_(*(starts_with(c, code) for c in code_columns),
               *(c.collate("NOCASE") == actor for c in name_columns))
