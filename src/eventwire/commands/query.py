"""`eventwire query`: SQL over a batch output with DuckDB."""

from __future__ import annotations

import csv
import json
import sys

import click

from eventwire.batch.query import query


@click.command("query")
@click.argument("sql")
@click.option("--out", "out_dir", required=True, type=click.Path(),
              help="The batch output directory (as given to `eventwire batch --out`).")
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "jsonl"]),
              default="table", show_default=True)
def query_command(sql: str, out_dir: str, output_format: str) -> None:
    """Run SQL over batch output; tables: documents, events, actors, places, times, quotes,
    claims, segments, sentences, links (nested fields as structs: source.code).

    \b
    Example:
        eventwire query --out coded/ "SELECT cameo, count(*) FROM events GROUP BY 1"
    """
    columns, rows = query(out_dir, sql)
    if output_format == "jsonl":
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row, strict=True)), default=str,
                                  ensure_ascii=False))
    elif output_format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        click.echo(_table(columns, rows))


def _table(columns: list[str], rows: list[tuple]) -> str:
    cells = [[str(c) for c in columns]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [min(60, max(len(row[i]) for row in cells)) for i in range(len(columns))]
    lines = ["  ".join(value[:60].ljust(widths[i]) for i, value in enumerate(row))
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)
