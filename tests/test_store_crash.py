"""A real `eventwire ingest` killed with SIGKILL mid-run loses nothing committed.

Each document is committed with all its records in one transaction, so after the kill the
store is sound, holds only whole documents, and re-running the same command completes it.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import EventFilter, Store

SRC = Path(__file__).resolve().parent.parent / "src"
TOWNS = ["Kafr Nabudah", "Khan Shaykhun", "Ariha", "Maarat al-Numan", "Jisr al-Shughur",
         "Qalaat al-Madiq", "Saraqib", "Latamneh"]
ACTORS = ["Government helicopters", "Russian jets", "Rebel fighters", "Turkish artillery",
          "Pro-government militias"]
VERBS = ["struck", "shelled", "bombed", "attacked", "pounded"]


def _reports(count: int) -> list[dict]:
    reports = []
    for n in range(count):
        town, other = TOWNS[n % len(TOWNS)], TOWNS[(n * 3 + 1) % len(TOWNS)]
        actor, verb = ACTORS[n % len(ACTORS)], VERBS[n % len(VERBS)]
        text = (f"{actor} {verb} {town} on Monday, report {n}. Residents of {other} said "
                f"they heard explosions through the night. Monitors counted {n % 9 + 1} "
                f"strikes near the road to {other}.")
        reports.append({"id": f"report-{n}", "date": f"2019-05-{n % 28 + 1:02d}", "text": text})
    return reports


def _documents_in(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _ingest(db: Path, batch: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen([sys.executable, "-m", "eventwire", "ingest", "--db", str(db),
                             str(batch)], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")
def test_sigkill_mid_ingest_leaves_whole_documents_and_rerun_completes(tmp_path):
    total = 120
    batch = tmp_path / "reports.jsonl"
    batch.write_text("".join(json.dumps(r) + "\n" for r in _reports(total)))
    db = tmp_path / "crash.db"

    process = _ingest(db, batch)
    deadline = time.monotonic() + 60
    while _documents_in(db) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.005)
    assert process.poll() is None, "ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with Store.open(db) as store:
        assert store.check() == []
        stored = store.counts()["documents"]
        assert 5 <= stored < total
        for row in store.documents(limit=None):
            document = store.document(row["id"])
            assert document["result"]["id"] == row["id"]
            assert store.count_events(EventFilter(document_id=row["id"])) == row["n_events"]

    rerun = _ingest(db, batch)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert out == (f"ingested {total - stored} new documents ({stored} already stored, "
                   f"0 failed)\n")
    with Store.open(db) as store:
        assert store.counts()["documents"] == total
        assert store.check() == []
        assert len(store.documents(text="explosions", limit=None)) == total

