"""`eventwire report`: the daily situation report from the store, as HTML or Markdown."""

from __future__ import annotations

import click

from eventwire.commands.store_options import db_option, open_existing


@click.command("report")
@click.option("--date", "date", required=True, metavar="YYYY-MM-DD",
              help="Last day of the period reported on.")
@click.option("--days", type=int, default=1, show_default=True,
              help="Length of the period in days, compared with the same length before it.")
@click.option("--region", metavar="COUNTRY|NAME",
              help="Only events in a country (SY, SYR, Syria) or a province or place (Idlib).")
@click.option("--out", "out", metavar="FILE",
              help="Write to FILE: .html (self-contained) or .md (charts as PNG beside it). "
                   "Without it, Markdown without charts goes to standard output.")
@db_option
def report_command(date: str, days: int, region: str | None, out: str | None, db: str) -> None:
    """Write a situation report: what changed, where, and who said what.

    \b
    Example:
        eventwire report --db out/demo.db --date 2019-05-10 --days 7 --out report.html
        eventwire report --db out/demo.db --date 2019-05-06 --region Idlib
    """
    from eventwire import reports

    if out is not None:
        reports.format_for(out)  # a bad suffix fails before any work
    with open_existing(db) as store:
        if out is None:
            click.echo(reports.report(store, date, days, region, fmt="markdown", charts=False),
                       nl=False)
            return
        path = reports.write(store, out, date, days, region)
    click.echo(f"wrote {path}", err=True)
