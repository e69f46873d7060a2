"""`eventwire trends`: real events per day or week by region, actor, class or modality."""

from __future__ import annotations

import datetime as dt
import json

import click

from eventwire.commands.store_options import date_range_options, db_option, open_existing
from eventwire.commands.table import render
from eventwire.trends import DIMENSIONS, INTERVALS, Escalation, trends


@click.command("trends")
@db_option
@click.option("--by", type=click.Choice(list(DIMENSIONS)), default="region", show_default=True,
              help="What to count by.")
@click.option("--interval", type=click.Choice(INTERVALS), default="week", show_default=True)
@date_range_options("First day shown.", "Last day shown.")
@click.option("--ratio", type=click.FloatRange(min=1.0), default=1.5, show_default=True,
              help="Escalation: count at least this times the baseline mean.")
@click.option("--baseline", type=click.IntRange(min=1), default=4, show_default=True,
              help="Escalation: periods before that make the baseline.")
@click.option("--min-events", type=click.IntRange(min=1), default=3, show_default=True,
              help="Escalation: at least this many events.")
@click.option("--escalating", is_flag=True, help="Only rows flagged as escalation.")
@click.option("--format", "output_format", type=click.Choice(["table", "json"]),
              default="table", show_default=True)
def trends_command(db: str, by: str, interval: str, since: dt.date | None, until: dt.date | None,
                   ratio: float, baseline: int, min_events: int, escalating: bool,
                   output_format: str) -> None:
    """Count real (deduplicated) events per period, with change and escalation flags.

    A row is an escalation when its count is at least --ratio times the mean of the
    previous --baseline periods and at least --min-events.

    \b
    Example:
        eventwire trends --by region --interval week
        eventwire trends --by actor --interval day --since 2019-05-01 --format json
        eventwire trends --escalating --ratio 3
    """
    with open_existing(db) as store:
        rows = trends(store, by, interval, since=since, until=until,
                      escalation=Escalation(ratio, baseline, min_events))
    if escalating:
        rows = [r for r in rows if r["escalation"]]
    if output_format == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(render(("period", by, "count", "previous", "change", "baseline", "ratio",
                       "escalation"),
                      [[r["period"], r["key"] if r["key"] is not None else "(unknown)",
                        r["count"], r["previous"], f"{r['change']:+d}", r["baseline"],
                        r["ratio"], "ESCALATION" if r["escalation"] else ""] for r in rows]))
