"""`eventwire batch` and `eventwire query`: Parquet output equal to `eventwire code`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from eventwire.batch import plan_partitions, run_batch
from eventwire.batch.tables import TABLES, record_of

ARTICLES = [
    ("kafr", "2019-05-06", "Syrian government helicopters dropped barrel bombs on Kafr Nabudah "
     "on Monday, rescuers said. Russian jets struck Khan Shaykhun later in the day."),
    ("council", "2019-05-07", 'Russia\'s envoy told the Security Council the militants were '
     '"a cancer" that must be removed. Turkey warned it would respond to any attack.'),
    ("talks", "2019-05-08", "The presidents will meet in Sochi on Thursday.\n\nNo strikes were "
     "reported in Idlib city overnight."),
]


def write_jsonl(path: Path, extra_lines: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps({"id": i, "text": t, "date": d, "title": i.title()})
             for i, d, t in ARTICLES]
    lines[1:1] = list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_back(out: Path) -> dict[str, dict]:
    """Rebuild each document's contract result from the Parquet tables."""
    docs: dict[str, dict] = {}
    for row in pq.read_table(out / "documents").to_pylist():
        docs[row["id"]] = record_of("documents", row)
        for table in TABLES[1:]:
            docs[row["id"]][table] = []
    for table in TABLES[1:]:
        for row in pq.read_table(out / table).to_pylist():
            docs[row["doc_id"]][table].append(record_of(table, row))
    return docs


def code_cli(path: Path) -> dict[str, dict]:
    completed = subprocess.run(
        [sys.executable, "-m", "eventwire", "code", "--format", "jsonl", str(path)],
        capture_output=True, text=True, check=False, env=os.environ.copy())
    return {json.loads(line)["id"]: json.loads(line) for line in completed.stdout.splitlines()}


def contract_view(result: dict) -> dict:
    keys = ["id", "date", "title", "text", *TABLES[1:]]
    return {key: result.get(key) for key in keys}


def test_batch_equals_code(tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    summary = run_batch(plan_partitions([str(source)], partitions=2), out)
    assert summary.documents == 3
    batch = read_back(out)
    coded = code_cli(source)
    assert set(batch) == set(coded) == {"kafr", "council", "talks"}
    for doc_id, result in coded.items():
        assert contract_view(batch[doc_id]) == contract_view(result)


def test_bad_records_go_to_rejects_and_rest_carry_on(tmp_path, run_cli):
    bad_date = '{"id": "d", "text": "x", "date": "2019-02-30"}'
    source = write_jsonl(tmp_path / "news.jsonl", ('{"id": "broken", "text": ', bad_date))
    out = tmp_path / "out"
    result = run_cli("batch", str(source), "--out", str(out))
    assert result.exit_code == 1
    rejects = [json.loads(line) for f in sorted((out / "rejects").glob("*.jsonl"))
               for line in f.read_text().splitlines()]
    assert [r["line"] for r in rejects] == [2, 3]
    assert "bad JSON" in rejects[0]["reason"]
    assert "bad date" in rejects[1]["reason"]
    assert pq.read_table(out / "documents").num_rows == 3


def test_rerun_skips_finished_partitions(tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    planned = plan_partitions([str(source)], partitions=3)
    run_batch(planned, out)
    (out / "_done" / planned[1].name).unlink()  # as if the run died during partition 1
    before = (out / "events" / f"{planned[0].name}.parquet").stat().st_mtime_ns
    summary = run_batch(planned, out)
    assert summary.skipped == 2
    assert [p.documents for p in summary.partitions if not p.skipped] == [1]
    assert (out / "events" / f"{planned[0].name}.parquet").stat().st_mtime_ns == before


def test_directory_and_parquet_inputs(tmp_path):
    import pyarrow as pa

    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLES[0][2], encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(ARTICLES[1][2], encoding="utf-8")
    table = pa.table({"id": ["p1"], "text": [ARTICLES[2][2]], "date": ["2019-05-08"]})
    pq.write_table(table, tmp_path / "in.parquet")
    out = tmp_path / "out"
    summary = run_batch(plan_partitions([str(folder), str(tmp_path / "in.parquet")]), out)
    assert summary.documents == 3
    ids = sorted(r["id"] for r in pq.read_table(out / "documents").to_pylist())
    assert ids == ["a", "b", "p1"]


def test_dask_engine_matches_local(tmp_path):
    source = write_jsonl(tmp_path / "news.jsonl")
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_batch(plan_partitions([str(source)], partitions=2), local)
    run_batch(plan_partitions([str(source)], partitions=2), dask, engine="dask", workers=2)
    assert read_back(local) == read_back(dask)


def test_query_runs_sql_over_output(tmp_path, run_cli):
    source = write_jsonl(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    run_batch(plan_partitions([str(source)]), out)
    result = run_cli("query", "--out", str(out), "--format", "jsonl",
                     "SELECT id, title FROM documents ORDER BY id")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows == [{"id": "council", "title": "Council"}, {"id": "kafr", "title": "Kafr"},
                    {"id": "talks", "title": "Talks"}]


def test_query_reports_bad_sql_in_one_line(tmp_path, runner):
    from eventwire.cli import cli

    source = write_jsonl(tmp_path / "news.jsonl")
    out = tmp_path / "out"
    run_batch(plan_partitions([str(source)]), out)
    result = runner.invoke(cli, ["query", "--out", str(out), "SELEC nonsense"])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr
