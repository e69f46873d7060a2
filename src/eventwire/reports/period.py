"""The report's period and region: parsed from user text, with one-line errors.

A period is `days` days ending on `end` (inclusive); it is compared with the period of the same
length just before it. A region is a country (ISO code or English name) or the name of a first-
level division or place as the gazetteer spells it ("Idlib", "Khan Shaykhun").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from eventwire.dates import parse_query_date
from eventwire.errors import InputError
from eventwire.store import countries

MAX_DAYS = 366


@dataclass(frozen=True)
class Period:
    """Days `start`..`end`, both included."""

    start: dt.date
    end: dt.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        """The period of the same length that ends the day before this one starts."""
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def day_list(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(self.days)]

    @property
    def label(self) -> str:
        """"6 May 2019" or "4–10 May 2019" or "28 Apr – 4 May 2019"."""
        if self.days == 1:
            return _day(self.end)
        if (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return f"{self.start.day}–{_day(self.end)}"
        if self.start.year == self.end.year:
            return f"{self.start.day} {self.start:%b} – {_day(self.end)}"
        return f"{_day(self.start)} – {_day(self.end)}"


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def parse_period(date: str | None, days: int | None) -> Period:
    """The period of `days` days (default 1) ending on `date` (YYYY-MM-DD)."""
    if not date:
        raise InputError("give the report's last day, such as 2019-05-10", parameter="date")
    end = parse_query_date(date, parameter="date")
    assert end is not None
    n = 1 if days is None else days
    if not 1 <= n <= MAX_DAYS:
        raise InputError(f"expected a number of days from 1 to {MAX_DAYS}, got {n}",
                         parameter="days")
    return Period(end - dt.timedelta(days=n - 1), end)


@dataclass(frozen=True)
class Region:
    """What `--region` named: a country (`alpha2`, `alpha3`) or a division/place `name`."""

    label: str
    alpha2: str | None = None
    alpha3: str | None = None
    name: str | None = None


def parse_region(value: str | None) -> Region | None:
    """A country if `value` is an ISO code or country name, else a division or place name.

    Whether a division or place name is known is checked against the store (see
    `data.check_region`), since the gazetteer holds far more names than the store has events.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    found = countries.resolve(text)
    if found is not None:
        info = countries.lookup(found[0])
        return Region(info[2] if info else text, alpha2=found[0], alpha3=found[1])
    return Region(text, name=text)
