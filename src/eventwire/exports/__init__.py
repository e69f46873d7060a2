"""Exports of the store in the formats the field already uses.

`FORMATS` maps a format name to the module that writes it; each module has
`write(store, filters, out) -> int` (records written), where `out` is a text stream, except
Parquet, which writes `events.parquet` and `documents.parquet` into a directory.

- `jsonl`: the contract, one document per line (`eventwire code --format jsonl`).
- `acled-csv`: events that have an ACLED type, in ACLED's columns.
- `gdelt-tsv`: every event in GDELT 2.0's event-table columns, tab-separated, with a header.
- `geojson`: a FeatureCollection of events that have coordinates.
- `parquet`: flat `events` and `documents` tables (for DuckDB, pandas, Spark).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TextIO

from eventwire.errors import InputError, StoreError
from eventwire.store import EventFilter
from eventwire.store.reader import EventSource

FORMATS: dict[str, str] = {
    "jsonl": "eventwire.exports.jsonl",
    "acled-csv": "eventwire.exports.acled",
    "gdelt-tsv": "eventwire.exports.gdelt",
    "geojson": "eventwire.exports.geojson",
    "parquet": "eventwire.exports.parquet",
}
"""Format name -> module with `write(store, filters, out)`."""

DIRECTORY_FORMATS = {"parquet"}
"""Formats that write several files into a directory rather than one stream."""


def export(store: EventSource, fmt: str, out: str | Path | TextIO | None = None,
           filters: EventFilter | None = None) -> int:
    """Write the store (events matching `filters`) as `fmt` to `out` (stdout if None).

    `out` is a path, an open text stream (the HTTP API writes into memory), or None.

    Returns:
        The number of records written (documents for JSONL, events otherwise).

    Raises:
        InputError: unknown format, or a directory format without `out`.
        StoreError: `out` cannot be written.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}",
                         parameter="format")
    module = importlib.import_module(FORMATS[fmt])
    filters = filters or EventFilter()
    if fmt in DIRECTORY_FORMATS:
        if out is None or not isinstance(out, str | Path):
            raise InputError(f"{fmt} writes several files: give a directory to write them to",
                             parameter="format")
        return module.write(store, filters, Path(out))
    if out is not None and not isinstance(out, str | Path):  # an open stream
        return module.write(store, filters, out)
    if out is None or str(out) == "-":
        return module.write(store, filters, sys.stdout)
    path = Path(out)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as stream:
            return module.write(store, filters, stream)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write ({exc.strerror or exc})") from None
