"""SQL over a batch output with DuckDB: each table is a view over its Parquet parts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.batch.tables import TABLES
from eventwire.errors import EventwireError, InputError


class QueryError(EventwireError):
    """A SQL statement DuckDB refused (syntax, unknown column…)."""


def query(out_dir: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run `sql` over the batch output in `out_dir`; return column names and rows."""
    import duckdb

    out = Path(out_dir)
    if not out.is_dir():
        raise InputError("not a batch output directory", source=str(out))
    connection = duckdb.connect()
    try:
        for table in TABLES:
            parts = out / table
            if any(parts.glob("*.parquet")):
                pattern = str(parts / "*.parquet").replace("'", "''")
                connection.execute(f"CREATE VIEW {table} AS SELECT * FROM "
                                   f"read_parquet('{pattern}', union_by_name = true)")
        try:
            cursor = connection.execute(sql)
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return columns, cursor.fetchall()
    finally:
        connection.close()
