"""CAMEO-style codes: what a code says about country and sector, and which code holds on a date.

A code reads left to right in three-letter parts: who (an ISO 3166-1 alpha-3 country, or IGO,
NGO, IMG, or --- for unknown), then roles (GOV, MIL, REB...), then an optional tag for one
organisation (SYRREBFSA). People and some groups change code over time, so a code can carry a
date range; `code_on` picks the one that holds on a given day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.knowledge import data_path


@dataclass(frozen=True)
class Sector:
    """What one sector code says about an actor (a row of `data/actors/sectors.tsv`)."""

    code: str
    name: str | None
    state: bool
    armed: bool
    civilian: bool
    inter: int
    """ACLED's actor type: 1 state forces, 2 rebels, 3 militias, 6 protesters, 7 civilians,
    8 other."""


def _read_sectors() -> dict[str, Sector]:
    table: dict[str, Sector] = {}
    for line in data_path("actors/sectors.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")] + [""] * 5
        code, name, state, armed, civilian, inter = cells[:6]
        table[code] = Sector(code, name or None, state == "yes", armed == "yes",
                             civilian == "yes", int(inter) if inter else 8)
    return table


SECTOR_TABLE: dict[str, Sector] = _read_sectors()
"""Every sector code -> its row; the one place that says what a sector is."""

SECTORS = frozenset(SECTOR_TABLE)
"""Actor-type codes that may stand in the role part of a code."""


def sector_set(flag: str) -> frozenset[str]:
    """The sector codes whose row has `flag` ("state", "armed", "civilian") set."""
    return frozenset(code for code, row in SECTOR_TABLE.items() if getattr(row, flag))

NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "---"})
"""Who-parts that are not countries."""


@dataclass(frozen=True)
class DatedCode:
    """A code that holds from `start` to `end` (inclusive; None leaves that end open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    role: str | None = None

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def describe(code: str | None) -> tuple[str | None, str | None]:
    """Return (country, sector) for a code: ("SYR", "MIL") for SYRMIL, ("UNO", "REF") for IGOUNOREF.

    The sector is the last role part the code carries (GOVMED -> MED); None when it has none.
    """
    if not code:
        return None, None
    head = code[:3]
    rest = code[3:]
    if head in {"IGO", "NGO"} and len(code) >= 6:
        country = rest[:3] if head == "IGO" else "NGO"
        rest = rest[3:] if head == "IGO" else rest
    else:
        country = None if head == "---" else head
    parts = [rest[i:i + 3] for i in range(0, len(rest) - len(rest) % 3, 3)]
    roles = [p for p in parts if p in SECTORS]
    return country, (roles[-1] if roles else None)


def code_on(codes: Sequence[DatedCode], day: dt.date | None, default: str | None = None
            ) -> DatedCode | None:
    """The dated code that holds on `day`: the latest-starting one that covers it.

    Without a day, the latest-starting code (an open-ended one first). Outside every range the
    caller's fallback decides (see `fallback_code`); this returns None then.
    """
    if not codes:
        return None
    if day is None:
        return max(codes, key=lambda c: (c.end is None, c.start or dt.date.min))
    holding = [c for c in codes if c.holds_on(day)]
    if not holding:
        return None
    return max(holding, key=lambda c: c.start or dt.date.min)


def fallback_code(codes: Sequence[DatedCode], day: dt.date) -> str:
    """The code of someone on a day outside all their offices: their country's elite (RUSELI).

    For people whose offices are all in organisations (IGOUNO...), the nearest office's code.
    """
    nearest = min(codes, key=lambda c: _distance(c, day))
    country = nearest.code[:3]
    for c in codes:
        if c.code[:3] not in NON_STATE:
            country = c.code[:3]
            break
    if country in NON_STATE:
        return nearest.code
    return f"{country}ELI"


def _distance(code: DatedCode, day: dt.date) -> int:
    if code.start and day < code.start:
        return (code.start - day).days
    if code.end and day > code.end:
        return (day - code.end).days
    return 0


def parse_day(value: object, *, end: bool = False) -> dt.date | None:
    """Read YYYY, YYYY-MM or YYYY-MM-DD (or a date YAML already parsed); `end` rounds up."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int):
        value = str(value)
    text = str(value).strip()
    parts = text.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    month = int(parts[1])
    if len(parts) == 2:
        if not end:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(year, month, int(parts[2]))
