"""Reading the documents of one partition, each as a Document or the reason it was rejected."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice

from eventwire.batch.plan import Partition
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import decode_bytes, document_from_record, iter_documents
from eventwire.model import Document


def read_partition(partition: Partition) -> Iterator[Document | InputError]:
    """Yield the partition's documents in input order; a bad item yields an InputError."""
    if partition.kind == "jsonl":
        yield from _jsonl(partition)
    elif partition.kind == "parquet":
        yield from _parquet(partition)
    else:
        for path in partition.files:
            yield from iter_documents(path)


def _jsonl(partition: Partition) -> Iterator[Document | InputError]:
    assert partition.path is not None
    with open(partition.path, "rb") as handle:
        lines = islice(handle, partition.first, partition.stop)
        for number, raw in enumerate(lines, start=partition.first + 1):
            line = decode_bytes(raw).strip()
            if not line:
                continue
            try:
                yield document_from_record(json.loads(line), source=partition.path, line=number)
            except json.JSONDecodeError as exc:
                yield InputError(f"bad JSON: {exc.msg} (column {exc.colno})",
                                 source=partition.path, line=number)
            except EventwireError as exc:
                yield _as_input_error(exc, partition.path, number)


def _parquet(partition: Partition) -> Iterator[Document | InputError]:
    import pyarrow.parquet as pq

    assert partition.path is not None
    table = pq.read_table(partition.path)
    missing = {"text"} - set(table.column_names)
    if missing:
        yield InputError('Parquet input needs a "text" column', source=partition.path)
        return
    rows = table.slice(partition.first, partition.stop - partition.first).to_pylist()
    for number, row in enumerate(rows, start=partition.first + 1):
        try:
            if row.get("date") is not None:
                row["date"] = str(row["date"])
            yield document_from_record(row, source=partition.path, line=number)
        except EventwireError as exc:
            yield _as_input_error(exc, partition.path, number)


def _as_input_error(exc: EventwireError, source: str, line: int) -> InputError:
    return exc if isinstance(exc, InputError) else InputError(str(exc), source=source, line=line)
