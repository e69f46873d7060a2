"""Parsing of user-given dates (`--date`, JSONL `date`): strict, with a clear error."""

from __future__ import annotations

import datetime as dt

from eventwire.errors import DateError


def parse_date(value: str | dt.date | None, *, source: str | None = None,
               line: int | None = None, parameter: str | None = None) -> dt.date | None:
    """Parse YYYY-MM-DD (a longer ISO timestamp is cut to its date); None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise DateError(f"date must be a string YYYY-MM-DD, got {value!r}", source=source,
                        line=line, parameter=parameter)
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise DateError(f"bad date {value!r}: expected YYYY-MM-DD", source=source,
                        line=line, parameter=parameter) from None
