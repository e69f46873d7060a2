"""Parquet: `events.parquet` (flat event rows) and `documents.parquet` in one directory.

Written in row groups with explicit schemas, so memory stays flat on large stores and an empty
store still yields typed, readable tables (DuckDB: `SELECT * FROM 'out/events.parquet'`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.errors import StoreError
from eventwire.exports.flat import COLUMN_TYPES, flat_event
from eventwire.store import EventFilter
from eventwire.store.reader import EventSource

DOCUMENT_COLUMNS = ("id", "hash", "date", "title", "url", "source", "n_events",
                    "ingested_at", "text")
BATCH = 5000


def write(store: EventSource, filters: EventFilter, out: Path) -> int:
    """Write both tables into directory `out`; return the number of events written."""
    import pyarrow as pa

    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{out}: cannot create directory ({exc.strerror or exc})") from None
    event_schema = pa.schema([(c, _type(kind)) for c, kind in COLUMN_TYPES.items()])
    document_schema = pa.schema([
        (c, pa.int64() if c == "n_events" else pa.date32() if c == "date"
         else pa.timestamp("s", tz="UTC") if c == "ingested_at" else pa.string())
        for c in DOCUMENT_COLUMNS])
    written = _write_table(out / "events.parquet", event_schema,
                           (flat_event(e) for e in store.iter_events(filters)))
    _write_table(out / "documents.parquet", document_schema, store.iter_document_rows())
    return written


def _type(kind: type) -> Any:
    """The Arrow type of a flat column holding `kind` (an event's `date` is text: "2019-05",
    "2019-W18" are dates too; `day` and `document_date` are days)."""
    import pyarrow as pa

    arrow = {int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}
    return arrow.get(kind, pa.string())


def _write_table(path: Path, schema: Any, rows: Iterable[dict[str, Any]]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    strings = [f.name for f in schema if pa.types.is_string(f.type)]
    dates = [f.name for f in schema if pa.types.is_date(f.type)]
    stamps = [f.name for f in schema if pa.types.is_timestamp(f.type)]
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in _batches((_typed(row, strings, dates, stamps) for row in rows), BATCH):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
        if count == 0:
            writer.write_table(schema.empty_table())
    return count


def _typed(row: dict[str, Any], strings: list[str], dates: list[str], stamps: list[str]
           ) -> dict[str, Any]:
    """Text columns as text, whatever a record holds (a canonical event's id is a number);
    ISO dates and times as Python dates and datetimes (a malformed one as null)."""
    for column in strings:
        value = row.get(column)
        if value is not None and not isinstance(value, str):
            row[column] = str(value)
    for column in dates:
        row[column] = _parsed(row.get(column), dt.date.fromisoformat)
    for column in stamps:
        row[column] = _parsed(row.get(column), dt.datetime.fromisoformat)
    return row


def _parsed(value: Any, parse: Any) -> Any:
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse(value[:10] if parse is dt.date.fromisoformat else value)
    except ValueError:
        return None


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
