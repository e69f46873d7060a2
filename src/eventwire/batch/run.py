"""Running planned partitions, in this process or on a Dask cluster."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from eventwire.batch.plan import Partition
from eventwire.batch.read import read_partition
from eventwire.batch.tables import TABLES, rows_of, to_arrow
from eventwire.knowledge import Knowledge, default_knowledge
from eventwire.limits import limit

if TYPE_CHECKING:  # the coder itself loads in run_partition, on the worker
    from eventwire.coding import Failure


@dataclass
class PartitionReport:
    """What coding one partition did."""

    name: str
    documents: int = 0
    sentences: int = 0
    words: int = 0
    rejected: int = 0
    skipped: bool = False
    peak_rss_mb: float = 0.0


@dataclass
class BatchSummary:
    """What a whole batch run did."""

    partitions: list[PartitionReport] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(p.documents for p in self.partitions)

    @property
    def rejected(self) -> int:
        return sum(p.rejected for p in self.partitions)

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.partitions if p.skipped)


def run_partition(partition: Partition, out_dir: str, dictionaries: str | None = None,
                  imported_gazetteer: str | None = None) -> PartitionReport:
    """Code one partition and write its tables; the `_done` marker is written last."""
    from eventwire.coding import Failure, code_each

    out = Path(out_dir)
    marker = out / "_done" / partition.name
    report = PartitionReport(partition.name)
    if marker.exists():
        report.skipped = True
        report.rejected = _rejected_before(marker)  # a rerun still owns up to its rejects
        return report
    knowledge = _knowledge(dictionaries, imported_gazetteer)
    tables: dict[str, list[dict]] = {table: [] for table in TABLES}
    rejects: list[dict] = []
    for outcome in code_each(read_partition(partition), knowledge,
                             seconds=limit("document_seconds")):
        if isinstance(outcome, Failure):
            rejects.append(_reject(outcome))
            continue
        item, coded = outcome
        result = coded.to_dict()
        report.documents += 1
        report.sentences += len(result["sentences"])
        report.words += len(item.text.split())
        for table, rows in rows_of(result).items():
            tables[table].extend(rows)
    for table, rows in tables.items():
        _write_atomically(to_arrow(table, rows), out / table / f"{partition.name}.parquet")
    report.rejected = len(rejects)
    if rejects:
        reject_path = out / "rejects" / f"{partition.name}.jsonl"
        reject_path.parent.mkdir(parents=True, exist_ok=True)
        reject_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                       for r in rejects), encoding="utf-8")
    report.peak_rss_mb = _peak_rss_mb()
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(json.dumps(report.__dict__), encoding="utf-8")
    return report


@lru_cache(maxsize=4)
def _knowledge(dictionaries: str | None, imported_gazetteer: str | None) -> Knowledge:
    """One knowledge per process and settings: a worker codes many partitions with it."""
    if not dictionaries and not imported_gazetteer:
        return default_knowledge()
    return Knowledge(Path(dictionaries) if dictionaries else None,
                     imported_gazetteer=Path(imported_gazetteer) if imported_gazetteer else None)


def _reject(failure: Failure) -> dict[str, Any]:
    """A line of the rejects file: where the item came from and why it was rejected."""
    if failure.error is not None:
        error = failure.error
        return {"source": getattr(error, "source", None), "line": getattr(error, "line", None),
                "reason": str(error)}
    document = failure.document
    return {"source": document.source if document else None,
            "id": document.id if document else None, "reason": failure.reason}


def _rejected_before(marker: Path) -> int:
    """How many records the finished partition behind `marker` rejected."""
    try:
        return int(json.loads(marker.read_text(encoding="utf-8")).get("rejected", 0))
    except (OSError, ValueError, TypeError, AttributeError):
        return 0


def run_batch(partitions: Iterable[Partition], out_dir: str | Path, *, engine: str = "local",
              scheduler: str | None = None, workers: int = 2, dictionaries: str | None = None,
              imported_gazetteer: str | None = None,
              progress: Callable[[PartitionReport], None] | None = None) -> BatchSummary:
    """Run every partition not yet done; `engine` is "local" (this process) or "dask"."""
    out = str(out_dir)
    Path(out).mkdir(parents=True, exist_ok=True)
    todo = list(partitions)
    summary = BatchSummary()
    if engine == "local":
        for partition in todo:
            report = run_partition(partition, out, dictionaries, imported_gazetteer)
            summary.partitions.append(report)
            if progress:
                progress(report)
        return summary
    for report in _run_on_dask(todo, out, scheduler, workers, dictionaries, imported_gazetteer):
        summary.partitions.append(report)
        if progress:
            progress(report)
    summary.partitions.sort(key=lambda r: r.name)
    return summary


def _run_on_dask(todo: list[Partition], out: str, scheduler: str | None, workers: int,
                 dictionaries: str | None, imported_gazetteer: str | None):
    from dask.distributed import Client, LocalCluster, as_completed

    verbose = logging.getLogger().getEffectiveLevel() < logging.WARNING  # `eventwire -v`
    if not verbose:
        _quiet_dask()
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.WARNING)
        client = Client(cluster)
    try:
        futures = [client.submit(run_partition, p, out, dictionaries, imported_gazetteer,
                                 key=f"eventwire-{p.name}", pure=False) for p in todo]
        for future in as_completed(futures):
            yield future.result()
    finally:
        with _shutdown_quietly(verbose):
            client.close()
            if cluster is not None:
                cluster.close()


_DASK_LOGGERS = ("distributed", "tornado", "asyncio")


def _quiet_dask() -> None:
    """Dask's loggers at WARNING: the batch prints its own progress and summary."""
    for name in _DASK_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    warnings.filterwarnings("ignore", message="Port .* is already in use", module="distributed")


@contextlib.contextmanager
def _shutdown_quietly(verbose: bool) -> Iterator[None]:
    """While the cluster shuts down, drop the errors a normal shutdown logs (a worker's
    `CommClosedError` as its scheduler goes away) unless the user asked for `--verbose`."""
    if verbose:
        yield
        return
    loggers = [logging.getLogger(name) for name in _DASK_LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _write_atomically(table, path: Path) -> None:
    """Write a Parquet file under a temporary name and rename it, so no half file remains."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(f".tmp-{os.getpid()}")
    pq.write_table(table, temporary)
    os.replace(temporary, path)


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
