"""Parquet tables of coded documents: one row per record, columns named as in the contract.

Nested contract objects (an event's `source`, `plover`, `place`…) stay nested as Parquet
structs, so `SELECT source.code FROM events` works in DuckDB and a row read back is the
contract's own object. Fields a later version adds beyond these schemas are kept, as JSON, in
the `extra` column rather than dropped.
"""

from __future__ import annotations

import json
from typing import Any, get_args, get_origin

import pyarrow as pa

from eventwire.model import Record, Result, contract_fields, value_type

STRING = pa.string()
INT = pa.int64()
FLOAT = pa.float64()

_SCALARS: dict[Any, pa.DataType] = {str: STRING, int: INT, float: FLOAT, bool: pa.bool_()}
"""Arrow types of the contract's scalars; dates and times print as ISO text, so are strings."""


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a contract field: a record is a struct, a list a list."""
    kind = value_type(hint)
    if get_origin(kind) is list:
        return pa.list_(arrow_type(get_args(kind)[0]))
    if isinstance(kind, type) and issubclass(kind, Record):
        return pa.struct(record_fields(kind))
    return _SCALARS.get(kind, STRING)


def record_fields(cls: type) -> list[tuple[str, pa.DataType]]:
    """(column, Arrow type) of each contract field of a record, in contract order."""
    return [(name, arrow_type(hint)) for name, hint in contract_fields(cls)]


DOCUMENT_FIELDS: list[tuple[str, pa.DataType]] = [
    (name, STRING) for name in ("id", "date", "title", "url", "text")]
"""A document row: the result's own fields (and its url, which the contract leaves out)."""

SCHEMAS: dict[str, list[tuple[str, pa.DataType]]] = {
    "documents": DOCUMENT_FIELDS,
    **{name: record_fields(get_args(hint)[0]) for name, hint in contract_fields(Result)
       if get_origin(hint) is list},
}
"""Contract columns of each table, derived from `model.Result`: one table per list of
records; every table but `documents` also has `doc_id` first."""

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
