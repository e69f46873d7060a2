"""Options shared by the commands that use the store: `--db` and the event filters."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import click

from eventwire.dates import parse_query_date
from eventwire.store import DEFAULT_PATH, EventFilter, Store, build_filter

F = Callable[..., Any]


def db_option(command: F) -> F:
    """`--db PATH` (env `EVENTWIRE_DB`, default `./eventwire.db`)."""
    return click.option(
        "--db", "db", envvar="EVENTWIRE_DB", default=DEFAULT_PATH, show_default=True,
        metavar="PATH", help="SQLite store to use (env EVENTWIRE_DB).")(command)


def open_existing(db: str) -> Store:
    """Open a store that must already exist (reading commands never create an empty one)."""
    return Store.open(db, create=False)


def _query_day(ctx: click.Context, param: click.Parameter, value: str | None
               ) -> dt.date | None:
    return parse_query_date(value, source=f"--{param.name}")


def date_range_options(since_help: str | None = None, until_help: str | None = None
                       ) -> Callable[[F], F]:
    """`--since` and `--until` YYYY-MM-DD, given to the command as `dt.date | None` (checked
    as every date filter is, by `parse_query_date`), for commands without the full filters."""
    def decorate(command: F) -> F:
        for name, text in (("until", until_help), ("since", since_help)):
            command = click.option(f"--{name}", metavar="YYYY-MM-DD", callback=_query_day,
                                   help=text)(command)
        return command
    return decorate


_FILTER_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("--since",), {"metavar": "YYYY-MM-DD", "help": "Events on or after this day."}),
    (("--until",), {"metavar": "YYYY-MM-DD", "help": "Events on or before this day."}),
    (("--actor",), {"metavar": "CODE|NAME",
                    "help": "Source or target: CAMEO code prefix (RUS, SYRMIL) or name."}),
    (("--country",), {"metavar": "CODE|NAME",
                      "help": "Actor's or place's country: SY, SYR or Syria."}),
    (("--cameo",), {"metavar": "PREFIX", "help": "CAMEO code or prefix (19 = all fighting)."}),
    (("--plover",), {"metavar": "TYPE", "help": "PLOVER event type (ASSAULT, PROTEST…)."}),
    (("--modality",), {"metavar": "NAME[,NAME]", "multiple": True,
                       "help": "asserted, reported, claimed, speculated, threatened, …"}),
    (("--near",), {"metavar": "LAT,LON,KM", "help": "Events placed within KM of LAT,LON."}),
    (("--bbox",), {"metavar": "S,W,N,E",
                   "help": "Events placed in MIN_LAT,MIN_LON,MAX_LAT,MAX_LON (latitude first, "
                           "as in --near)."}),
    (("--text",), {"metavar": "WORDS", "help": "Words that all occur in the event's sentence."}),
)


def event_filter_options(command: F) -> F:
    """The event filters, passed to the command as one `filters: EventFilter` argument."""
    names = [opts[0].lstrip("-") for opts, _ in _FILTER_OPTIONS]

    @functools.wraps(command)
    def wrapper(**kwargs: Any) -> Any:
        values = {name: kwargs.pop(name) for name in names}
        kwargs["filters"] = build_filter(**values)
        return command(**kwargs)

    for opts, attrs in reversed(_FILTER_OPTIONS):
        wrapper = click.option(*opts, **attrs)(wrapper)
    return wrapper


def is_unfiltered(filters: EventFilter) -> bool:
    """True when no filter is set."""
    return filters == EventFilter()
