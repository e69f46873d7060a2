"""`eventwire batch`: code many documents into partitioned Parquet, locally or on Dask."""

from __future__ import annotations

import sys
import time

import click

from eventwire.batch import plan_partitions, run_batch
from eventwire.knowledge import imported_gazetteer_path


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output directory of Parquet tables (created if missing).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True, help="Code in this process, or on a Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Dask scheduler address (tcp://host:8786); default: a local cluster.")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True,
              help="Workers of the local Dask cluster.")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Number of partitions (default: about 500 documents each).")
@click.option("--dictionaries", type=click.Path(file_okay=False),
              help="Directory of extra or replacement dictionaries.")
def batch_command(inputs: tuple[str, ...], out_dir: str, engine: str, scheduler: str | None,
                  workers: int, partitions: int | None, dictionaries: str | None) -> None:
    """Code JSONL, Parquet or directories of documents into Parquet tables.

    Writes OUT/{documents,events,actors,places,times,quotes,claims,...}/part-N.parquet and
    OUT/rejects/part-N.jsonl (bad records with the reason). Finished partitions are skipped
    on a rerun, so an interrupted batch resumes where it stopped.

    \b
    Example:
        eventwire batch news.jsonl --out coded/ --engine dask --workers 2
        eventwire query --out coded/ "SELECT cameo, count(*) FROM events GROUP BY 1"
    """
    if scheduler and engine != "dask":
        engine = "dask"
    planned = plan_partitions(inputs, partitions=partitions)
    started = time.perf_counter()
    quiet = not sys.stderr.isatty()

    def progress(report) -> None:
        if not quiet:
            state = "skipped (done before)" if report.skipped else (
                f"{report.documents} documents, {report.rejected} rejected")
            click.echo(f"{report.name}: {state}", err=True)

    summary = run_batch(planned, out_dir, engine=engine, scheduler=scheduler, workers=workers,
                        dictionaries=dictionaries, progress=progress,
                        imported_gazetteer=str(imported_gazetteer_path()))
    elapsed = time.perf_counter() - started
    click.echo(f"coded {summary.documents} documents in {len(planned)} partitions "
               f"({summary.skipped} already done, {summary.rejected} rejected) "
               f"in {elapsed:.1f} s -> {out_dir}", err=True)
    if summary.rejected:
        click.echo(f"rejected records and reasons: {out_dir}/rejects/", err=True)
        sys.exit(1)
