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
    upper = _successor(prefix)
    if upper is None:  # the prefix is all U+10FFFF: nothing sorts after it
        return column >= prefix
    return and_(column >= prefix, column < upper)


def _successor(prefix: str) -> str | None:
    """The least string above every string starting with `prefix`; None if there is none.

    The next code point skips the surrogates (U+D800..U+DFFF), which no stored UTF-8 text can
    hold and SQLite cannot bind, and past U+10FFFF the character before is raised instead.
    """
    while prefix:
        point = ord(prefix[-1]) + 1
        if 0xD800 <= point <= 0xDFFF:
            point = 0xE000
        if point <= 0x10FFFF:
            return prefix[:-1] + chr(point)
        prefix = prefix[:-1]
    return None


def actor_match(actor: str, code_columns: Sequence[Any], name_columns: Sequence[Any]
                ) -> ColumnElement[bool]:
    """Any of `code_columns` starts with `actor` (as a code), or any name column is `actor` or
    holds it as whole words.

    "SYR" matches SYRMIL and SYRGOV; "Bashar al-Assad" matches the canonical name in any case,
    and so does "Assad"; "Ass" matches no name (a piece of a word is not a word).
    """
    code = actor.upper()
    return or_(*(starts_with(c, code) for c in code_columns),
               *(name_has_words(c, actor) for c in name_columns))


def name_has_words(column: Any, words: str) -> ColumnElement[bool]:
    """`column` is `words` or holds them as whole words, ignoring case."""
    escaped = words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(column.collate("NOCASE") == words,
               *(column.ilike(pattern, escape="\\") for pattern in (
                   f"{escaped} %", f"% {escaped}", f"% {escaped} %")))
