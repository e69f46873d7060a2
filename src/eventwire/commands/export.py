"""`eventwire export`: write the store as JSONL, ACLED CSV, GDELT TSV, GeoJSON or Parquet."""

from __future__ import annotations

import click

from eventwire.commands.store_options import db_option, event_filter_options, open_existing
from eventwire.dedupe.views import CanonicalStore
from eventwire.exports import FORMATS, export
from eventwire.store import EventFilter


@click.command("export", short_help="Export as JSONL, ACLED CSV, GDELT TSV, GeoJSON or Parquet.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True,
              help="jsonl: the contract per document; acled-csv, gdelt-tsv, geojson: events; "
                   "parquet: events and documents tables.")
@click.option("--out", metavar="PATH",
              help="File to write (default: stdout); a directory for parquet.")
@click.option("--reports", is_flag=True,
              help="One row per report (each outlet's telling), not per real event.")
@click.option("--canonical", is_flag=True, hidden=True,
              help="One row per real event: the default (kept for old scripts).")
@db_option
@event_filter_options
def export_command(fmt: str, out: str | None, db: str, filters: EventFilter,
                   reports: bool, canonical: bool) -> None:
    """Export stored documents or events (filtered as for `eventwire events`).

    Event exports hold one row per real event (reports of it deduplicated, as in the API and
    the dashboard); --reports writes one row per report instead. ACLED and GDELT exports hold
    events the text presents as having happened (asserted, reported, claimed) unless
    --modality says otherwise; GeoJSON and Parquet carry every modality in a column.

    \b
    Example:
        eventwire export --format acled-csv --out out/acled.csv --since 2019-05-01
        eventwire export --format parquet --out out/parquet
    """
    with open_existing(db) as store:
        written = export(store if reports else CanonicalStore(store), fmt, out, filters)
    if out:
        click.echo(f"wrote {written} {'documents' if fmt == 'jsonl' else 'events'} to {out}",
                   err=True)
