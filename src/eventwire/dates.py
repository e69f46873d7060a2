"""Parsing of user-given dates (`--date`, JSONL `date`): strict, with a clear error."""

from __future__ import annotations

import datetime as dt
import re

from eventwire.errors import DateError

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

QUERY_RANGE = (dt.date(1800, 1, 1), dt.date(2199, 12, 31))
"""Dates a filter (`--since`, `until=`) may name: any real report falls inside, and counting
days or weeks from either end can never leave the calendar."""


def parse_date(value: str | dt.date | None, *, source: str | None = None,
               line: int | None = None, parameter: str | None = None) -> dt.date | None:
    """Parse YYYY-MM-DD, or a whole ISO timestamp (cut to its date); None stays None.

    Strict: "2019-05-06junk" and "20190506" are refused, so a typo never passes as a date.
    """
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
        if not _DAY.match(text):
            raise ValueError(text)
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError:
        raise DateError(f"bad date {value!r}: expected YYYY-MM-DD", source=source,
                        line=line, parameter=parameter) from None


def parse_query_date(value: str | dt.date | None, *, source: str | None = None,
                     parameter: str | None = None) -> dt.date | None:
    """A filter's date: strict as `parse_date`, and inside `QUERY_RANGE`."""
    day = parse_date(value, source=source, parameter=parameter)
    low, high = QUERY_RANGE
    if day is not None and not low <= day <= high:
        raise DateError(f"{day.isoformat()} is outside the dates a filter takes "
                        f"({low.isoformat()} to {high.isoformat()})", source=source,
                        parameter=parameter)
    return day
