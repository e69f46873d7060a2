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
        source = store if reports else CanonicalStore(store)
        written = export(source, fmt, out, filters)
        if out and fmt != "jsonl":
            click.echo(_wrote_events(written, source.count_events(filters), fmt, out,
                                     reports, filters), err=True)
        elif out:
            click.echo(f"wrote {written} documents to {out}", err=True)


# Why an event export holds fewer rows than the events that match: a new user who sees 505
# events in the dashboard and 115 rows in the ACLED file should be told which ones went.
SKIPPED = {
    "acled-csv": "ACLED rows are events of an ACLED type that the text presents as having "
                 "happened",
    "gdelt-tsv": "GDELT rows are events that the text presents as having happened",
    "geojson": "GeoJSON features are events with a place",
}


def _wrote_events(written: int, matching: int, fmt: str, out: str, reports: bool,
                  filters: EventFilter) -> str:
    noun = "reports" if reports else "real events"
    if written >= matching or fmt not in SKIPPED:
        return f"wrote {written} {noun} to {out}"
    reason = SKIPPED[fmt]
    if filters.modality is None and fmt in ("acled-csv", "gdelt-tsv"):
        reason += " (asserted, reported, claimed; --modality widens it)"
    return f"wrote {written} of {matching} {noun} to {out}: {reason}"
