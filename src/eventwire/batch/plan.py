"""Splitting batch inputs into deterministic partitions.

A partition names where its documents live (a JSONL file and a line range, a Parquet file and a
row range, or a list of document files) rather than holding them, so planning a million
documents costs a line count, not the documents' text, and every worker reads its own part.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import InputError

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
PARQUET_SUFFIXES = {".parquet"}


@dataclass(frozen=True)
class Partition:
    """One unit of batch work; `number` fixes its output file names."""

    number: int
    kind: str  # "jsonl" | "parquet" | "files"
    path: str | None = None
    first: int = 0  # first line (JSONL, 0-based) or row (Parquet)
    stop: int = 0  # one past the last line or row
    files: tuple[str, ...] = field(default_factory=tuple)

    @property
    def name(self) -> str:
        return f"part-{self.number:05d}"


def plan_partitions(inputs: Iterable[str], *, partitions: int | None = None,
                    per_partition: int = 500) -> list[Partition]:
    """Plan partitions over the inputs.

    Args:
        inputs: JSONL files, Parquet files, directories of documents (text, HTML, JSONL...).
        partitions: how many partitions to aim for over all inputs; by default the count that
            puts about `per_partition` documents in each.
        per_partition: documents per partition when `partitions` is not given.
    """
    units: list[tuple[str, str | None, int, tuple[str, ...]]] = []  # kind, path, size, files
    for source in inputs:
        path = Path(source)
        if not path.exists():
            raise InputError("no such file or directory", source=source)
        if path.is_dir():
            files = tuple(sorted(str(p) for p in path.rglob("*") if p.is_file()
                                 and not p.name.startswith(".")))
            units.append(("files", None, len(files), files))
        elif path.suffix.lower() in PARQUET_SUFFIXES:
            units.append(("parquet", str(path), _parquet_rows(path), ()))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            units.append(("jsonl", str(path), _count_lines(path), ()))
        else:
            units.append(("files", None, 1, (str(path),)))
    total = sum(size for _, _, size, _ in units)
    if partitions is None:
        partitions = max(1, -(-total // per_partition))
    chunk = max(1, -(-total // max(1, partitions)))
    planned: list[Partition] = []
    for kind, path, size, files in units:
        for first in range(0, size, chunk):
            stop = min(size, first + chunk)
            if kind == "files":
                planned.append(Partition(len(planned), kind, files=files[first:stop]))
            else:
                planned.append(Partition(len(planned), kind, path, first, stop))
    return planned


def _count_lines(path: Path) -> int:
    count = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
    if path.stat().st_size and not _ends_with_newline(path):
        count += 1
    return count


def _ends_with_newline(path: Path) -> bool:
    with path.open("rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1) == b"\n"


def _parquet_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    try:
        return pq.ParquetFile(path).metadata.num_rows
    except Exception as exc:  # pyarrow raises several types for a broken file
        raise InputError(f"cannot read Parquet: {exc}", source=str(path)) from None
