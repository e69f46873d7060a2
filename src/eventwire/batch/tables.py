"""Parquet tables of coded documents: one row per record, columns named as in the contract.

Nested contract objects (an event's `source`, `plover`, `place`…) stay nested as Parquet
structs, so `SELECT source.code FROM events` works in DuckDB and a row read back is the
contract's own object. Fields a later version adds beyond these schemas are kept, as JSON, in
the `extra` column rather than dropped.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

STRING = pa.string()
INT = pa.int64()
FLOAT = pa.float64()

ACTOR = pa.struct([("text", STRING), ("code", STRING), ("country", STRING), ("sector", STRING),
                   ("name", STRING)])
PLACE_FIELDS: list[tuple[str, pa.DataType]] = [
                ("text", STRING), ("start", INT), ("end", INT), ("geonameid", INT),
                ("name", STRING), ("lat", FLOAT), ("lon", FLOAT), ("country", STRING),
                ("admin1", STRING), ("feature", STRING), ("role", STRING), ("relation", STRING)]
SPAN: list[tuple[str, pa.DataType]] = [("start", INT), ("end", INT)]
COUNT = pa.struct([("min", INT), ("max", INT), ("text", STRING), *SPAN])
CASUALTIES = pa.struct([("killed", COUNT), ("injured", COUNT), ("victims", pa.list_(ACTOR))])

SCHEMAS: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": [("id", STRING), ("date", STRING), ("title", STRING), ("url", STRING),
                  ("text", STRING)],
    "segments": [*SPAN, ("time", STRING), ("label", STRING)],
    "sentences": [("index", INT), *SPAN],
    "actors": [("text", STRING), ("code", STRING), ("country", STRING), ("sector", STRING),
               ("name", STRING), *SPAN],
    "places": PLACE_FIELDS,
    "times": [("text", STRING), *SPAN, ("value", STRING), ("granularity", STRING)],
    "events": [("id", STRING), ("sentence", INT), ("text", STRING), *SPAN,
               ("source", ACTOR), ("target", ACTOR), ("cameo", STRING),
               ("plover", pa.struct([("event", STRING), ("mode", STRING)])),
               ("acled", pa.struct([("event_type", STRING), ("sub_event_type", STRING)])),
               ("quad_class", INT), ("goldstein", FLOAT), ("modality", STRING),
               ("date", STRING), ("date_granularity", STRING),
               ("place", pa.struct(PLACE_FIELDS)), ("casualties", CASUALTIES),
               ("confidence", FLOAT)],
    "quotes": [("speaker", ACTOR), ("speaker_text", STRING), ("text", STRING), *SPAN,
               ("kind", STRING), ("cue", STRING)],
    "claims": [("claimant", ACTOR), ("text", STRING), *SPAN, ("about", pa.list_(ACTOR)),
               ("assessment", STRING), ("assessment_text", STRING)],
    "links": [("text", STRING), *SPAN, ("title", STRING), ("date", STRING), ("url", STRING)],
}
"""Contract columns of each table; every table but `documents` also has `doc_id` first."""

TABLES = tuple(SCHEMAS)


def schema(table: str) -> pa.Schema:
    """The Parquet schema of `table`: doc_id (records only), contract columns, then extra."""
    columns = list(SCHEMAS[table])
    if table != "documents":
        columns.insert(0, ("doc_id", STRING))
    return pa.schema([*columns, ("extra", STRING)])


def rows_of(result: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Split one contract result into rows per table."""
    doc_id = result.get("id")
    document = {key: result.get(key) for key in ("id", "date", "title", "url", "text")}
    document["url"] = document["url"] or result.get("url")
    rows: dict[str, list[dict[str, Any]]] = {"documents": [_split_extra("documents", document)]}
    for table in TABLES[1:]:
        rows[table] = [_split_extra(table, {"doc_id": doc_id, **record})
                       for record in result.get(table, [])]
    return rows


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    """Rows of one table as an Arrow table with its fixed schema."""
    return pa.Table.from_pylist(rows, schema=schema(table))


def record_of(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Turn a row read back from Parquet into the contract record it came from."""
    record = {name: row.get(name) for name, _ in SCHEMAS[table]}
    if row.get("extra"):
        _merge(record, json.loads(row["extra"]))
    return record


def _split_extra(table: str, record: dict[str, Any]) -> dict[str, Any]:
    """Fit a record to the table's columns; what does not fit goes, as JSON, into `extra`."""
    columns = dict(SCHEMAS[table])
    row: dict[str, Any] = {"doc_id": record["doc_id"]} if "doc_id" in record else {}
    extra: dict[str, Any] = {}
    for key, value in record.items():
        if key == "doc_id":
            continue
        if key not in columns:
            extra[key] = value
            continue
        row[key], leftover = _fit(value, columns[key])
        if leftover:
            extra[key] = leftover
    for name in columns:
        row.setdefault(name, None)
    row["extra"] = json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None
    return row


def _fit(value: Any, kind: pa.DataType) -> tuple[Any, Any]:
    """Split a value into what its Arrow type holds and the leftover fields (or None)."""
    if value is None:
        return None, None
    if pa.types.is_struct(kind) and isinstance(value, dict):
        names = {kind.field(i).name: kind.field(i).type for i in range(kind.num_fields)}
        fitted, leftover = {}, {}
        for name, sub_kind in names.items():
            fitted[name], rest = _fit(value.get(name), sub_kind)
            if rest:
                leftover[name] = rest
        leftover.update({k: v for k, v in value.items() if k not in names})
        return fitted, leftover or None
    if pa.types.is_list(kind) and isinstance(value, list):
        pairs = [_fit(item, kind.value_type) for item in value]
        leftovers = [rest for _, rest in pairs]
        return [fitted for fitted, _ in pairs], leftovers if any(leftovers) else None
    return value, None


def _merge(target: dict[str, Any], extra: dict[str, Any]) -> None:
    """Put leftover fields back where `_fit` took them from."""
    for key, value in extra.items():
        current = target.get(key)
        if isinstance(value, dict) and isinstance(current, dict):
            _merge(current, value)
        elif isinstance(value, list) and isinstance(current, list):
            for item, rest in zip(current, value, strict=False):
                if isinstance(item, dict) and isinstance(rest, dict):
                    _merge(item, rest)
        else:
            target[key] = value
