"""Batch coding at scale: `code()` mapped over partitions, written as partitioned Parquet.

    inputs ─▶ plan (deterministic partitions) ─▶ run each partition (local or on Dask)
                                                   └─▶ <out>/<table>/part-NNNNN.parquet
                                                       <out>/rejects/part-NNNNN.jsonl
                                                       <out>/_done/part-NNNNN  (written last)

A partition is finished when its marker exists, so a rerun skips it: work is resumable after
a crash or an interrupted cluster. The tables' columns follow the output contract.
"""

from eventwire.batch.plan import Partition, plan_partitions
from eventwire.batch.run import BatchSummary, run_batch

__all__ = ["BatchSummary", "Partition", "plan_partitions", "run_batch"]
